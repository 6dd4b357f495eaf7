"""One store interface, two backends: an embedded Oxigraph store and any remote SPARQL 1.1 endpoint.

The rest of the code asks `open_store()` for a `Store` and never knows which backend it talks to.
Results come back as rdflib terms so that callers handle one term model.
"""
from __future__ import annotations

import os
import tempfile
import shutil
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ckg.paths import DEFAULT_STORE_DIR
from ckg.sparql_text import bind_values, strip_comments

Row = dict[str, Node]


class StoreError(RuntimeError):
    """The store could not be reached or refused an operation."""


class QuerySyntaxError(ValueError):
    """The query or update text is not valid SPARQL; the message carries the parser's position."""


@dataclass(frozen=True)
class StoreConfig:
    """Where the store lives; read from the environment by `StoreConfig.from_env()`."""

    location: str  # a directory path, "memory", or an http(s) URL of a SPARQL query endpoint
    update_url: str | None = None

    @property
    def is_remote(self) -> bool:
        return self.location.startswith(("http://", "https://"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "StoreConfig":
        env = os.environ if environ is None else environ
        location = env.get("CKG_STORE") or str(DEFAULT_STORE_DIR)
        return cls(
            location=location,
            update_url=env.get("CKG_STORE_UPDATE") or None,
        )


def _nquads_insert(graphs: Mapping[str, Graph]) -> str:
    """One SPARQL Update that drops and refills each graph: a single request, hence a single transaction."""
    parts = []
    for iri, graph in graphs.items():
        parts.append(f"DROP SILENT GRAPH <{iri}>")
        body = graph.serialize(format="nt")
        if body.strip():
            parts.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{body}\n}} }}")
    return " ;\n".join(parts)


class Store(ABC):
    """What every backend offers. Queries take `bindings`: typed rdflib terms, never pasted text."""

    kind: str

    @abstractmethod
    def select(self, query: str, bindings: Mapping[str, Node | None] | None = None) -> list[Row]: ...

    @abstractmethod
    def ask(self, query: str, bindings: Mapping[str, Node | None] | None = None) -> bool: ...

    @abstractmethod
    def construct(self, query: str, bindings: Mapping[str, Node | None] | None = None) -> Graph: ...

    @abstractmethod
    def update(self, update: str) -> None: ...

    def replace_graphs(self, graphs: Mapping[str, Graph]) -> None:
        """Replace each named graph's content with the given triples, all in one transaction."""
        if graphs:
            self.update(_nquads_insert(graphs))

    def drop_graphs(self, iris: list[str]) -> None:
        if iris:
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{iri}>" for iri in iris))

    def named_graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        return [str(r["g"]) for r in rows]

    def triple_count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(rows[0]["n"]) if rows else 0

    def dataset(self) -> Dataset:
        """Every quad in the store, as an rdflib Dataset (for exports)."""
        ds = Dataset()
        rows = self.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        for r in rows:
            ds.graph(r["g"]).add((r["s"], r["p"], r["o"]))
        for r in self.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"):
            ds.default_graph.add((r["s"], r["p"], r["o"]))
        return ds

    def close(self) -> None:  # pragma: no cover - trivial default
        pass


# --- embedded Oxigraph -------------------------------------------------------------------------

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def ox_to_rdflib(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            # RDF 1.1 makes "a" and "a"^^xsd:string the same term; rdflib only treats the first as equal
            # to the literals it builds, so both backends hand out the plain form.
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported term from Oxigraph: {term!r}")


class OxigraphStore(Store):
    """The embedded default: pyoxigraph on disk (a directory) or in memory."""

    kind = "oxigraph"

    def __init__(self, location: str | Path | None = None, *, read_only: bool = False):
        self.location = None if location in (None, "memory") else Path(location)
        self.read_only = read_only
        if self.location is None:
            self._ox = ox.Store()
        elif read_only:
            self._ox = ox.Store.read_only(str(self.location))
        else:
            self.location.mkdir(parents=True, exist_ok=True)
            self._ox = ox.Store(str(self.location))

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs its native serialisers."""
        return self._ox

    def _query(self, query: str, bindings):
        try:
            return self._ox.query(bind_values(query, bindings))
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(str(exc)) from exc

    def select(self, query, bindings=None):
        result = self._query(query, bindings)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row = {}
            for name in names:
                value = solution[name]
                if value is not None:
                    row[name] = ox_to_rdflib(value)
            rows.append(row)
        return rows

    def ask(self, query, bindings=None):
        return bool(self._query(query, bindings))

    def construct(self, query, bindings=None):
        graph = Graph()
        for triple in self._query(query, bindings):
            graph.add((ox_to_rdflib(triple.subject), ox_to_rdflib(triple.predicate), ox_to_rdflib(triple.object)))
        return graph

    def update(self, update):
        try:
            self._ox.update(update)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(str(exc)) from exc

    def close(self):
        if not self.read_only:
            self._ox.flush()
        del self._ox


# --- remote SPARQL 1.1 endpoint -----------------------------------------------------------------

def _derived_url(query_url: str, suffix: str) -> str:
    """Oxigraph serves /query, /update and /store side by side; Fuseki /ds/query, /ds/update, /ds/data."""
    for ending in ("/query", "/sparql"):
        if query_url.endswith(ending):
            return query_url[: -len(ending)] + suffix
    return query_url.rstrip("/") + suffix


def _json_term(value: dict) -> Node:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        if "datatype" in value and value["datatype"] != XSD_STRING:
            return Literal(value["value"], datatype=URIRef(value["datatype"]))
        return Literal(value["value"])
    raise StoreError(f"unsupported term in SPARQL JSON results: {value!r}")


class RemoteStore(Store):
    """Any SPARQL 1.1 server: queries through SPARQLWrapper, writes through SPARQL 1.1 Update."""

    kind = "remote"

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 60.0):
        self.query_url = query_url
        self.update_url = update_url or _derived_url(query_url, "/update")
        self.timeout = timeout

    def _wrapper(self, url: str):
        from SPARQLWrapper import SPARQLWrapper

        sw = SPARQLWrapper(url)
        sw.setTimeout(int(self.timeout))
        sw.setMethod("POST")
        return sw

    def _run(self, sw):
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
        from urllib.error import URLError

        try:
            return sw.query()
        except QueryBadFormed as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (URLError, OSError) as exc:
            raise StoreError(f"SPARQL endpoint {sw.endpoint} unreachable: {exc}") from exc

    @staticmethod
    def _text(query: str, bindings) -> str:
        # SPARQLWrapper guesses query versus update by searching the text for keywords, comments
        # included ("# adds ..."), so comments are blanked before it sees the text.
        return strip_comments(bind_values(query, bindings))

    def select(self, query, bindings=None):
        from SPARQLWrapper import JSON

        sw = self._wrapper(self.query_url)
        sw.setQuery(self._text(query, bindings))
        sw.setReturnFormat(JSON)
        data = self._run(sw).convert()
        return [{k: _json_term(v) for k, v in b.items()} for b in data["results"]["bindings"]]

    def ask(self, query, bindings=None):
        from SPARQLWrapper import JSON

        sw = self._wrapper(self.query_url)
        sw.setQuery(self._text(query, bindings))
        sw.setReturnFormat(JSON)
        return bool(self._run(sw).convert()["boolean"])

    def construct(self, query, bindings=None):
        from SPARQLWrapper import N3

        sw = self._wrapper(self.query_url)
        sw.setQuery(self._text(query, bindings))
        sw.setReturnFormat(N3)  # SPARQLWrapper asks for Turtle with this format
        raw = self._run(sw).response.read()
        graph = Graph()
        graph.parse(data=raw, format="turtle")
        return graph

    def update(self, update):
        sw = self._wrapper(self.update_url)
        sw.setQuery(update)  # SPARQLWrapper sees the update keyword and sends it form-encoded as `update=`
        self._run(sw)


def open_store(config: StoreConfig | None = None, *, read_only: bool = False) -> Store:
    """The store named by CKG_STORE (see README): a directory (default var/store), `memory`, or a URL."""
    config = config or StoreConfig.from_env()
    if config.is_remote:
        return RemoteStore(config.location, config.update_url)
    return OxigraphStore(config.location, read_only=read_only)


def temporary_store_dir() -> Path:
    """A throwaway directory for an embedded store (tests, scratch builds)."""
    return Path(tempfile.mkdtemp(prefix="ckg-store-"))


def remove_store_dir(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
