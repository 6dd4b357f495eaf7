"""Shared ground of the REST services: named queries, ids and IRIs, RDF terms to JSON values, answers."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from api.services.backends import ProtocolBackend
from api.services.negotiation import FormatChoice
from api.services.protocol import ProtocolError, QueryOperation
from ckg.namespaces import CKG, ID
from ckg.paths import QUERIES_DIR
from ckg.query_runner import GRAPH_FORMATS, SOLUTIONS_FORMATS, QueryOutput
from ckg.sparql_text import bind_values
from ckg.store import QuerySyntaxError, Row, Store, StoreError, ox_to_rdflib
from ckg.ids import ACTOR_CLASSES, ENTITY_ID, ITEM_ID, actor_iri, document_iri as source_iri, item_iri, place_iri  # noqa: F401 (re-exported)

# What the id in a URL may look like: the same rules the curator's files follow (data/README.md).
ENTITY_ID_PATTERN = ENTITY_ID
ITEM_ID_PATTERN = ITEM_ID
# An actor's kind as the registry writes it ("armed-group") <-> its ontology class.
KIND_OF_CLASS = {CKG[name]: kind for kind, name in ACTOR_CLASSES.items()}
CLASS_OF_KIND = {kind: cls for cls, kind in KIND_OF_CLASS.items()}

_EVENT_LIKE = re.compile(r"^source/([^/]+)/(event|claim|statement|membership|mention)/([^/]+)$")


class NotFound(LookupError):
    """The client asked for an id the graph does not hold; the message says which."""


@dataclass
class Answer:
    """What a REST service returns: the JSON body, the rows a CSV carries, the resources RDF describes."""

    body: dict
    rows: list[dict] = field(default_factory=list)
    resources: list[URIRef] = field(default_factory=list)


# --- the store, as the REST services query it -------------------------------------------------------

# What the backend is asked to answer in: formats pyoxigraph parses back into terms exactly.
_RESULT_FORMATS = FormatChoice(solutions="json", boolean="json", graph="ntriples")


class TimeLimitedStore(Store):
    """The served store as the REST services see it: each query runs on the backend /sparql uses (killable
    workers for the embedded store, the HTTP client for a remote one) under CKG_QUERY_TIMEOUT.

    A query stopped or a store failing raises the ProtocolError /sparql answers with (503 timeout, 502/503/504
    remote). Results come back as the Store interface promises, rdflib terms, converted here alone.
    Read-only: the REST endpoints never write.
    """

    def __init__(self, backend: ProtocolBackend, timeout: float):
        self.backend = backend
        self.timeout = timeout
        self.kind = backend.kind

    def _run(self, query: str, bindings: Mapping[str, Node | None] | None, kind: str) -> QueryOutput:
        operation = QueryOperation(bind_values(query, bindings))
        try:
            return self.backend.query(operation, _RESULT_FORMATS, kind, None, self.timeout)
        except ProtocolError as exc:
            if exc.status == 400:  # a named query the store cannot parse: our bug, not the client's request
                raise QuerySyntaxError(exc.message) from None
            raise

    def _results(self, query: str, bindings, kind: str):
        output = self._run(query, bindings, kind)
        try:
            return ox.parse_query_results(output.body, format=SOLUTIONS_FORMATS[_RESULT_FORMATS.for_kind(kind)])
        except (SyntaxError, ValueError) as exc:
            raise _unreadable(output, exc) from None

    def select(self, query, bindings=None):
        solutions = self._results(query, bindings, "solutions")
        names = [variable.value for variable in solutions.variables]
        rows = []
        for solution in solutions:
            values = ((name, solution[name]) for name in names)
            rows.append({name: ox_to_rdflib(value) for name, value in values if value is not None})
        return rows

    def ask(self, query, bindings=None):
        return bool(self._results(query, bindings, "boolean"))

    def construct(self, query, bindings=None):
        output = self._run(query, bindings, "graph")
        graph = Graph()
        try:
            for triple in ox.parse(output.body, format=GRAPH_FORMATS[_RESULT_FORMATS.graph]):
                graph.add((ox_to_rdflib(triple.subject), ox_to_rdflib(triple.predicate), ox_to_rdflib(triple.object)))
        except (SyntaxError, ValueError) as exc:
            raise _unreadable(output, exc) from None
        return graph

    def update(self, update):
        raise StoreError("the REST endpoints only read; updates go through /sparql with the write token")


def _unreadable(output: QueryOutput, error: Exception) -> ProtocolError:
    return ProtocolError(502, f"the store's answer could not be read as {output.media_type}: {error}")


# --- named queries ---------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def query_text(name: str) -> str:
    """The text of queries/NAME.rq, read once."""
    return (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")


def run(store: Store, name: str, **bindings: Node | None) -> list[Row]:
    """Run the named SELECT query with typed bindings (None leaves a parameter unbound)."""
    return store.select(query_text(name), bindings)


# --- ids and IRIs ----------------------------------------------------------------------------------

def entity_iri(value: str | None, mint: Callable[[str], URIRef]) -> URIRef | None:
    """An id ("aleppo") or a full IRI, as a parameter may give it, to the IRI."""
    if value is None:
        return None
    return URIRef(value) if value.startswith(str(ID)) else mint(value)


def local_id(iri: Node | None) -> str | None:
    """The id a URL uses for an IRI minted by data/README.md's rules.

    Actors, places and sources: their own id; events, claims, statements: "{source id}/{item id}".
    """
    if iri is None:
        return None
    text = str(iri)
    if not text.startswith(str(ID)):
        return None
    rest = text[len(str(ID)):]
    match = _EVENT_LIKE.match(rest)
    if match:
        return f"{match.group(1)}/{match.group(3)}"
    kind, _, ident = rest.partition("/")
    return ident if kind in ("actor", "place", "source") and "/" not in ident else None


def href(kind: str, iri: Node | None) -> str | None:
    """The REST URL of a resource ("/places/aleppo"), or None when it has no route."""
    ident = local_id(iri)
    return None if ident is None else f"/{kind}/{ident}"


# --- RDF terms to JSON values ----------------------------------------------------------------------

_INTEGER_TYPES = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger, XSD.positiveInteger,
                  XSD.nonPositiveInteger, XSD.negativeInteger, XSD.unsignedInt, XSD.unsignedLong}
_REAL_TYPES = {XSD.decimal, XSD.double, XSD.float}


def plain(term: Node | None):
    """A JSON value for an RDF term: numbers and booleans as such, dates and everything else as text."""
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype in _INTEGER_TYPES:
            return int(term)
        if term.datatype in _REAL_TYPES:
            value = term.toPython()
            return float(value) if isinstance(value, (Decimal, float)) else str(term)
        if term.datatype == XSD.boolean:
            return str(term).strip().lower() in ("true", "1")
    return str(term)


def time_span(row: Row) -> dict:
    """An event's or statement's time span from the columns every named query names alike."""
    return {
        "date": plain(row.get("date")),
        "precision": plain(row.get("precisionNotation")),
        "earliest": plain(row.get("earliest")),
        "latest": plain(row.get("latest")),
        "phrase": plain(row.get("datePhrase")),
    }


def day(term: Node | None) -> dt.date | None:
    """An xsd:date literal as a date (None when absent or not a day)."""
    try:
        return dt.date.fromisoformat(str(term)) if term is not None else None
    except ValueError:
        return None


def first_per(rows: Iterable[Row], key: str) -> list[Row]:
    """The first row for each value of `key`, in order (a second label or type adds a row to a query)."""
    seen, kept = set(), []
    for row in rows:
        if row.get(key) not in seen:
            seen.add(row.get(key))
            kept.append(row)
    return kept


def collect(rows: Iterable[Row], key: str, column: str) -> dict[Node, list[Node]]:
    """Every distinct value of `column` per value of `key`, in order of appearance."""
    values: dict[Node, list[Node]] = {}
    for row in rows:
        bucket = values.setdefault(row[key], [])
        value = row.get(column)
        if value is not None and value not in bucket:
            bucket.append(value)
    return values


def reference(kind: str, iri: Node | None, name: Node | None = None, name_key: str = "name") -> dict | None:
    """A link to another resource: its id, IRI, REST URL and name."""
    if iri is None:
        return None
    return {"id": local_id(iri), "iri": str(iri), "href": href(kind, iri), name_key: plain(name)}


def source_reference(iri: Node | None, title: Node | None = None) -> dict | None:
    return reference("sources", iri, title, name_key="title")


def concept(iri: Node | None, notation: Node | None, name: Node | None = None) -> dict | None:
    if iri is None:
        return None
    return {"notation": plain(notation), "name": plain(name), "iri": str(iri)}


def actor_kind(actor_class: Node | None) -> str | None:
    """The registry's word for an actor's class ("armed-group" for ckg:ArmedGroup)."""
    return KIND_OF_CLASS.get(actor_class) if actor_class is not None else None


def page(items: list, limit: int, offset: int) -> dict:
    """One page of a sorted list, with the total so that a client can page on.

    The named queries return every match sorted; paging happens here because a SPARQL LIMIT cannot be
    bound as a parameter, and the total comes for free.
    """
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


# --- evidence ----------------------------------------------------------------------------------------

def text_span(row: Row) -> dict:
    """The exact words of an evidence span, their context and offsets (the columns of evidence.rq)."""
    return {
        "exact": plain(row.get("exact")),
        "prefix": plain(row.get("prefix")),
        "suffix": plain(row.get("suffix")),
        "start": plain(row.get("start")),
        "end": plain(row.get("end")),
    }


def evidence_item(row: Row) -> dict:
    """One evidence span and the document it is in."""
    return {**text_span(row), "source": source_reference(row.get("doc"))}


def evidence_by_subject(store: Store, *, subject: URIRef | None = None, doc: URIRef | None = None,
                        link: URIRef = CKG.evidence) -> dict[Node, list[dict]]:
    """The evidence spans (or, with link=ckg:mention, the mentions) of one subject or of everything."""
    spans: dict[Node, list[dict]] = {}
    for row in first_per(run(store, "evidence", subject=subject, doc=doc), "evidence"):
        if row["link"] == link:
            spans.setdefault(row["subject"], []).append(evidence_item(row))
    return spans


# --- filters shared by events, claims and statements -------------------------------------------------

def date_term(value: dt.date | None) -> Literal | None:
    return None if value is None else Literal(value.isoformat(), datatype=XSD.date)


def text_term(value: str | None) -> Literal | None:
    """A client's text (a notation, a search string) as a plain literal: a value, never query syntax."""
    return None if value is None else Literal(value)


@dataclass(frozen=True)
class EventFilters:
    """The filters /events and /claims share; ids or IRIs as the client gave them."""

    from_date: dt.date | None = None
    to_date: dt.date | None = None
    place: str | None = None
    actor: str | None = None
    type: str | None = None
    source: str | None = None

    def bindings(self) -> dict[str, Node | None]:
        return {
            "from": date_term(self.from_date),
            "to": date_term(self.to_date),
            "place": entity_iri(self.place, place_iri),
            "actor": entity_iri(self.actor, actor_iri),
            "type": text_term(self.type),
            "source": entity_iri(self.source, source_iri),
        }


# --- CSV ---------------------------------------------------------------------------------------------

def csv_text(columns: Sequence[str], rows: list[dict]) -> str:
    """Rows as CSV (RFC 4180 line ends) in the given columns; None and a missing key are empty cells."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "" if row.get(c) is None else row[c] for c in columns})
    return out.getvalue()
