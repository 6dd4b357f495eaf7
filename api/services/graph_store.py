"""The SPARQL 1.1 Graph Store HTTP Protocol: read, replace, merge, create and delete one graph of the served store.

Each operation runs as the SPARQL its specification gives as its equivalent (GSP §5), through the same
backend as /sparql: GET is `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <g> { ?s ?p ?o } }` (negotiated and
time-limited like any query, on killable workers for the embedded store); PUT is one update
`DROP SILENT GRAPH <g> ; CREATE SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`, a single
transaction on either backend, so a graph is never seen half-replaced. The body is parsed here, whole,
before anything is written: a body that does not parse writes nothing and gets a 400 naming its line.
Writes follow SPARQL Update's policy (`SparqlService.authorize_update`: the write token).
"""
from __future__ import annotations

import json
import pyexpat
import re
import secrets
from dataclasses import dataclass
from email import policy as email_policy
from email.message import Message
from email.parser import BytesParser
from urllib.parse import parse_qsl

import pyoxigraph as ox

from api.services.protocol import ProtocolError, QueryOperation
from api.services.sparql import SparqlService
from ckg.query_runner import QueryOutput

GRAPH_STORE_WRITES = "Writing to the Graph Store"  # how a refusal names the write
MULTIPART = "multipart/form-data"
# The RDF syntaxes a body may be sent in, by media type: (name for messages, parser format).
RDF_BODY_FORMATS: dict[str, tuple[str, ox.RdfFormat]] = {
    "text/turtle": ("Turtle", ox.RdfFormat.TURTLE),
    "application/x-turtle": ("Turtle", ox.RdfFormat.TURTLE),
    "application/n-triples": ("N-Triples", ox.RdfFormat.N_TRIPLES),
    "application/rdf+xml": ("RDF/XML", ox.RdfFormat.RDF_XML),
    "application/ld+json": ("JSON-LD", ox.RdfFormat.JSON_LD),
}
BODY_MEDIA_TYPES = (*RDF_BODY_FORMATS, MULTIPART)
# A multipart part sent without a Content-Type is read by its file name's extension.
_FORMATS_BY_EXTENSION = {".ttl": "text/turtle", ".nt": "application/n-triples", ".rdf": "application/rdf+xml",
                         ".owl": "application/rdf+xml", ".jsonld": "application/ld+json"}

# pyoxigraph's RDF/XML parser expands DTD entities without bound (a kilobyte of nested entities becomes
# gigabytes) and takes time quadratic in element depth (200,000 levels: minutes, uninterruptible), so
# RDF/XML is first read by expat with these bounds. Legitimate RDF/XML nests a few levels and uses
# entities to shorten namespace IRIs, which expands a document a few times at most.
MAX_XML_DEPTH = 256
XML_EXPANSION_FACTOR = 16
XML_EXPANSION_ALLOWANCE = 1 << 20  # characters of text and attribute values, on top of the factor

# pyoxigraph's message repeats the position it also gives as lineno/offset: keep only the reason.
_POSITION_IN_MESSAGE = re.compile(r"^Parser error at line \d+ (?:column \d+|between columns \d+ and \d+): |"
                                  r" \(line \d+\)$")


@dataclass(frozen=True)
class GraphRequest:
    """What the protocol reads from an HTTP request, whatever the web framework."""

    query_string: bytes
    endpoint_url: str  # the URL of /store itself: new graphs are named under it
    direct_url: str | None = None  # the request URL, when it names the graph itself (/store/<path>)
    accept: str | None = None
    authorization: str | None = None
    content_type: str | None = None
    body: bytes = b""


@dataclass(frozen=True)
class GraphTarget:
    """The graph a request addresses: a named graph by IRI, or the default graph (iri None)."""

    iri: str | None

    def pattern(self, triples: str) -> str:
        """`triples` as a pattern or data block in this graph."""
        return f"{{ {triples} }}" if self.iri is None else f"{{ GRAPH <{self.iri}> {{ {triples} }} }}"


@dataclass(frozen=True)
class WriteOutcome:
    """A write's answer: 201 with the graph's IRI when it created the graph, else 204."""

    created: bool
    location: str | None = None


class GraphStoreService:
    """What /store does, on whichever backend the SPARQL service runs."""

    def __init__(self, sparql: SparqlService):
        self.sparql = sparql

    # --- operations -------------------------------------------------------------------------------

    def read(self, request: GraphRequest) -> QueryOutput:
        """GET: the graph in the format the Accept header asks for; 404 if the store has no such graph."""
        target = self._required_target(request)
        self._require_existing(target, request.endpoint_url)
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {target.pattern('?s ?p ?o')}"
        return self.sparql.run_query(QueryOperation(query), request.accept, request.endpoint_url)

    def replace(self, request: GraphRequest) -> WriteOutcome:
        """PUT: the graph becomes exactly the body's triples, in one transaction."""
        self.sparql.authorize_update(request.authorization, GRAPH_STORE_WRITES)
        target = self._required_target(request)
        triples = parse_rdf_body(request.content_type, request.body, target.iri or request.endpoint_url)
        created = not self._exists(target, request.endpoint_url)
        steps = ["DROP SILENT DEFAULT"] if target.iri is None else [
            f"DROP SILENT GRAPH <{target.iri}>", f"CREATE SILENT GRAPH <{target.iri}>"]
        self._write(steps + _insert_data(target, triples), request.endpoint_url)
        return WriteOutcome(created)

    def add(self, request: GraphRequest) -> WriteOutcome:
        """POST: merge the body into the graph named (created if absent), or into a new graph named here."""
        self.sparql.authorize_update(request.authorization, GRAPH_STORE_WRITES)
        target = graph_target(request.query_string, request.direct_url)
        if target is None:
            target = GraphTarget(f"{request.endpoint_url}/{secrets.token_hex(16)}")
            created, location = True, target.iri
        else:
            created, location = not self._exists(target, request.endpoint_url), None
        triples = parse_rdf_body(request.content_type, request.body, target.iri or request.endpoint_url)
        steps = [] if target.iri is None else [f"CREATE SILENT GRAPH <{target.iri}>"]
        self._write(steps + _insert_data(target, triples), request.endpoint_url)
        return WriteOutcome(created, location)

    def delete(self, request: GraphRequest) -> None:
        """DELETE: drop the graph (empty the default graph); 404 if there is no such graph."""
        self.sparql.authorize_update(request.authorization, GRAPH_STORE_WRITES)
        target = self._required_target(request)
        self._require_existing(target, request.endpoint_url)
        self._write(["DROP SILENT DEFAULT" if target.iri is None else f"DROP SILENT GRAPH <{target.iri}>"],
                    request.endpoint_url)

    # --- helpers ----------------------------------------------------------------------------------

    @staticmethod
    def _required_target(request: GraphRequest) -> GraphTarget:
        target = graph_target(request.query_string, request.direct_url)
        if target is None:
            raise ProtocolError(400, "name the graph: `graph=<absolute IRI>` or `default` in the query string, "
                                     "or a URL under /store/ (direct identification)")
        return target

    def _exists(self, target: GraphTarget, base_iri: str) -> bool:
        """The default graph always exists; a named graph does once created, even empty (Oxigraph keeps it)."""
        if target.iri is None:
            return True
        output = self.sparql.run_query(QueryOperation(f"ASK {target.pattern('')}"),
                                       "application/sparql-results+json", base_iri)
        return bool(json.loads(output.body)["boolean"])

    def _require_existing(self, target: GraphTarget, base_iri: str) -> None:
        if not self._exists(target, base_iri):
            raise ProtocolError(404, f"the store has no graph <{target.iri}>")

    def _write(self, steps: list[str], base_iri: str) -> None:
        """Run the steps as one update request: one transaction on the embedded store and on a remote one."""
        if not steps:  # nothing to add to the default graph
            return
        try:
            self.sparql.backend.update(" ;\n".join(steps), base_iri, self.sparql.settings.query_timeout)
        except ProtocolError as exc:
            if exc.status != 400:
                raise
            # The update is built here from triples already parsed, so a 400 is not about the client's
            # syntax: a remote store refused it for its own reasons (older `oxigraph serve` reads at most
            # 1 MiB per request), or the update text is this module's mistake on the embedded store.
            status = 502 if self.sparql.backend.kind == "remote" else 500
            raise ProtocolError(status, f"the store refused the update made from the body: {exc.message}") from None


def _insert_data(target: GraphTarget, triples: list[ox.Triple]) -> list[str]:
    """An INSERT DATA step with the triples as N-Triples (valid SPARQL terms, blank nodes included)."""
    if not triples:
        return []
    ntriples = "\n" + ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return [f"INSERT DATA {target.pattern(ntriples)}"]


# --- which graph --------------------------------------------------------------------------------------

def graph_target(query_string: bytes, direct_url: str | None) -> GraphTarget | None:
    """The graph a request names: `graph=<IRI>`, `default`, or the request URL itself (direct
    identification); None when it names none. The query string is percent-decoded once, as a URL is."""
    try:
        params = parse_qsl(query_string.decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeError:
        raise ProtocolError(400, "the URL's query string is not percent-encoded UTF-8") from None
    graphs = [value for key, value in params if key == "graph"]
    has_default = any(key == "default" for key, _ in params)
    if direct_url is not None:
        if graphs or has_default:
            raise ProtocolError(400, "`graph` and `default` are for /store itself: a URL under /store/ names its graph "
                                     "by itself (direct identification)")
        return GraphTarget(_absolute_iri(direct_url, "the request URL"))
    if graphs and has_default:
        raise ProtocolError(400, "give either `graph=<IRI>` or `default`, not both")
    if len(graphs) > 1:
        raise ProtocolError(400, f"the `graph` parameter is given {len(graphs)} times; give it once")
    if graphs:
        return GraphTarget(_absolute_iri(graphs[0], "`graph`"))
    return GraphTarget(None) if has_default else None


def _absolute_iri(text: str, what: str) -> str:
    try:
        ox.NamedNode(text)
    except ValueError as exc:
        raise ProtocolError(400, f"{what} must be an absolute IRI, got {text!r} ({exc})") from None
    return text


# --- reading a body -----------------------------------------------------------------------------------

def parse_rdf_body(content_type: str | None, body: bytes, base_iri: str) -> list[ox.Triple]:
    """The triples of a request body, all of them or a ProtocolError: 415 for a type that is not RDF, 400
    naming the line (and column, part) where the body does not parse."""
    media_type = _body_media_type(content_type)
    if media_type != MULTIPART:
        return _parse_document(body, media_type, base_iri, "the body")
    triples: list[ox.Triple] = []
    for number, part in enumerate(_multipart_parts(content_type, body), 1):
        name = part.get_filename() or part.get_param("name", header="content-disposition")
        where = f"part {number}" + (f" ({name})" if name else "")
        if part.defects:
            problems = "; ".join(type(defect).__name__ for defect in part.defects)
            raise ProtocolError(400, f"{where} of the multipart/form-data body is malformed ({problems})")
        part_type = _part_media_type(part, name, where)
        payload = part.get_payload(decode=True)
        if payload is None:
            raise ProtocolError(415, f"{where} is itself multipart; send one RDF document per part")
        # Blank node labels are local to their document: two parts' `_:b` are two nodes.
        triples += _fresh_blank_nodes(_parse_document(payload, part_type, base_iri, where))
    return triples


def _body_media_type(content_type: str | None) -> str:
    accepted = ", ".join(BODY_MEDIA_TYPES)
    if not content_type or not content_type.strip():
        raise ProtocolError(415, f"a body needs a Content-Type; this endpoint reads {accepted}")
    media_type, *params = (part.strip() for part in content_type.split(";"))
    media_type = media_type.lower()
    if media_type not in BODY_MEDIA_TYPES:
        raise ProtocolError(415, f"unsupported Content-Type {media_type!r}; use one of {accepted}")
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() != "charset":
            continue
        charset = value.strip().strip('"').lower()
        if charset not in ("utf-8", "utf8"):
            raise ProtocolError(415, f"the body must be UTF-8, not charset={charset}")
    return media_type


def _multipart_parts(content_type: str, body: bytes) -> list[Message]:
    message = BytesParser(policy=email_policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1", errors="replace") + b"\r\n\r\n" + body)
    if not message.is_multipart() or message.defects:
        problems = "; ".join(type(defect).__name__ for defect in message.defects) or "no parts"
        raise ProtocolError(400, f"the multipart/form-data body is malformed ({problems}): it needs a `boundary` "
                                 "parameter and parts each opened by --boundary, the last closed by --boundary--")
    return list(message.iter_parts())


def _part_media_type(part: Message, name: str | None, where: str) -> str:
    if part.get("Content-Type") is None:
        extension = "." + name.rsplit(".", 1)[-1].lower() if name and "." in name else ""
        if extension not in _FORMATS_BY_EXTENSION:
            raise ProtocolError(415, f"{where} has no Content-Type and no file name ending in "
                                     + ", ".join(_FORMATS_BY_EXTENSION))
        return _FORMATS_BY_EXTENSION[extension]
    try:
        media_type = _body_media_type(str(part["Content-Type"]))
    except ProtocolError as exc:
        raise ProtocolError(exc.status, f"{where}: {exc.message}") from None
    if media_type == MULTIPART:
        raise ProtocolError(415, f"{where} is itself multipart; send one RDF document per part")
    return media_type


def _parse_document(data: bytes, media_type: str, base_iri: str, where: str) -> list[ox.Triple]:
    syntax, rdf_format = RDF_BODY_FORMATS[media_type]
    if rdf_format == ox.RdfFormat.RDF_XML:
        _refuse_hostile_xml(data, where)
    try:
        quads = list(ox.parse(data, format=rdf_format, base_iri=base_iri))
    except (SyntaxError, ValueError) as exc:
        reason = _POSITION_IN_MESSAGE.sub("", str(exc))
        line, column = getattr(exc, "lineno", None), getattr(exc, "offset", None)
        position = f" at line {line}" + (f", column {column}" if column else "") if line else ""
        raise ProtocolError(400, f"{where} is not valid {syntax}{position}: {reason}") from None
    if any(quad.graph_name != ox.DefaultGraph() for quad in quads):
        raise ProtocolError(400, f"{where} holds named graphs; the Graph Store Protocol takes the triples of one "
                                 "graph (the URL names it)")
    return [ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads]


def _fresh_blank_nodes(triples: list[ox.Triple]) -> list[ox.Triple]:
    renamed: dict[str, ox.BlankNode] = {}

    def fresh(term):
        if not isinstance(term, ox.BlankNode):
            return term
        if term.value not in renamed:
            renamed[term.value] = ox.BlankNode()
        return renamed[term.value]

    return [ox.Triple(fresh(t.subject), t.predicate, fresh(t.object)) for t in triples]


class _HostileXml(Exception):
    pass


def _refuse_hostile_xml(data: bytes, where: str) -> None:
    """Read the XML with expat first: a 400 for XML that is not well-formed (with its line and column),
    nests deeper than MAX_XML_DEPTH, or expands its entities past the allowance."""
    parser = pyexpat.ParserCreate()
    parser.buffer_text = True
    limit = XML_EXPANSION_ALLOWANCE + XML_EXPANSION_FACTOR * len(data)
    depth = expanded = 0

    def count(characters: int) -> None:
        nonlocal expanded
        expanded += characters
        if expanded > limit:
            raise _HostileXml(f"its entities expand it past {limit:,} characters of text")

    def start(_name, attributes):
        nonlocal depth
        depth += 1
        if depth > MAX_XML_DEPTH:
            raise _HostileXml(f"its elements nest deeper than {MAX_XML_DEPTH} levels")
        count(sum(len(value) for value in attributes.values()))

    def end(_name):
        nonlocal depth
        depth -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = lambda text: count(len(text))
    try:
        parser.Parse(data, True)
    except pyexpat.ExpatError as exc:
        raise ProtocolError(400, f"{where} is not well-formed XML at line {exc.lineno}, column {exc.offset + 1}: "
                                 f"{pyexpat.ErrorString(exc.code)}") from None
    except _HostileXml as exc:
        raise ProtocolError(400, f"{where} is refused as RDF/XML: {exc}") from None
