"""/sparql: the SPARQL 1.1 Protocol endpoint (query, update) and, for a browser, the query editor."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.dependencies import get_settings, get_sparql_service
from api.services.editor import render_editor
from api.services.negotiation import prefers_html
from api.services.protocol import ProtocolError, UpdateOperation, base_iri, parse_operation
from api.services.sparql import SparqlService
from api.services.sparql_syntax import MAX_NESTING, MAX_STRUCTURE
from api.settings import Settings

router = APIRouter(tags=["SPARQL"])

EXAMPLE_QUERY = (
    "PREFIX ckg: <https://w3id.org/conflictkg/ontology#>\n"
    "SELECT ?claim ?count WHERE { GRAPH ?g { ?claim a ckg:CasualtyClaim ; ckg:count ?count } }"
)
EXAMPLE_UPDATE = "DROP SILENT GRAPH <https://w3id.org/conflictkg/graph/scratch>"
_DATASET_PARAMETERS = [
    {"name": "default-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graph IRI making up the default graph (repeatable); replaces the query's FROM.",
     "example": ["https://w3id.org/conflictkg/graph/registry"]},
    {"name": "named-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graph IRI available to GRAPH (repeatable); replaces the query's FROM NAMED.",
     "example": ["https://w3id.org/conflictkg/graph/source/2016-11-03_new-arab_aleppo-rebel-push"]},
]
_RESULT_EXAMPLES = {
    "application/sparql-results+json": {"example": {
        "head": {"vars": ["claim", "count"]},
        "results": {"bindings": [{
            "claim": {"type": "uri", "value": "https://w3id.org/conflictkg/id/source/2016-11-03_new-arab_aleppo-rebel-push/claim/c1"},
            "count": {"type": "literal", "value": "9", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
        }]},
    }},
    "application/sparql-results+xml": {"example": '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">...</sparql>'},
    "text/csv": {"example": "claim,count\r\nhttps://w3id.org/conflictkg/id/source/2016-11-03_new-arab_aleppo-rebel-push/claim/c1,9\r\n"},
    "text/tab-separated-values": {"example": "?claim\t?count\n<https://w3id.org/conflictkg/id/source/2016-11-03_new-arab_aleppo-rebel-push/claim/c1>\t9\n"},
    "text/turtle": {"example": "<https://w3id.org/conflictkg/id/place/aleppo> <http://www.w3.org/2000/01/rdf-schema#label> \"Aleppo\"@en ."},
    "application/n-triples": {"example": "<https://w3id.org/conflictkg/id/place/aleppo> <http://www.w3.org/2000/01/rdf-schema#label> \"Aleppo\"@en .\n"},
    "application/rdf+xml": {"example": "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">...</rdf:RDF>"},
    "application/ld+json": {"example": [{"@id": "https://w3id.org/conflictkg/id/place/aleppo",
                                         "http://www.w3.org/2000/01/rdf-schema#label": [{"@value": "Aleppo", "@language": "en"}]}]},
    "text/html": {"example": "<!doctype html><html>... the YASGUI query editor ...</html>"},
}


def _error(status: int, example: str) -> dict:
    return {"description": example, "content": {"text/plain": {"example": example}}}


_COMMON_ERRORS = {
    400: _error(400, "query syntax error: error at 1:6: expected one of ..."),
    406: _error(406, "no acceptable format for a solutions result; this endpoint offers application/sparql-results+json, ..."),
    503: _error(503, "the query ran longer than the 30 s limit (CKG_QUERY_TIMEOUT) and was stopped"),
    504: _error(504, "the remote store did not answer in time"),
}


async def _handle(request: Request, service: SparqlService, settings: Settings, method: str | None = None) -> Response:
    body = await request.body()
    operation = parse_operation(method or request.method, request.scope.get("query_string", b""),
                                request.headers.get("content-type"), body)
    accept = request.headers.get("accept")
    if operation is None:
        if prefers_html(accept):
            return HTMLResponse(render_editor(settings.queries_dir, str(request.url_for("static", path="")),
                                              settings.query_timeout, settings.updates_enabled))
        raise ProtocolError(400, "missing `query`: send ?query=... (GET), a form-encoded `query` or `update` "
                                 "(POST), or a body of type application/sparql-query or application/sparql-update")
    base = base_iri(str(request.url.replace(query="", fragment="")), request.headers.get("host"))
    if isinstance(operation, UpdateOperation):
        await run_in_threadpool(service.run_update, operation, request.headers.get("authorization"), base)
        return Response(status_code=204)
    output = await run_in_threadpool(service.run_query, operation, accept, base)
    return Response(output.body, media_type=output.media_type, headers={"Vary": "Accept"})


@router.get(
    "/sparql",
    summary="SPARQL query by GET, or the query editor for a browser",
    description=(
        "SPARQL 1.1 Protocol query via GET. Results are negotiated by `Accept`: SELECT and ASK as SPARQL "
        "JSON, XML (and CSV, TSV for SELECT); CONSTRUCT and DESCRIBE as Turtle, N-Triples, RDF/XML or "
        "JSON-LD. Without `query`, a browser (Accept: text/html) gets the YASGUI query editor preloaded "
        "with the example queries. Queries stop after CKG_QUERY_TIMEOUT seconds (503). Refused with 400: "
        "SERVICE (this endpoint queries no other endpoint), and queries nested more than "
        f"{MAX_NESTING} brackets deep or with more than {MAX_STRUCTURE:,} brackets, separators and operators "
        "outside VALUES (they would overflow the SPARQL engine's stack)."
    ),
    response_class=Response,
    responses={200: {"description": "query results, or the editor page", "content": _RESULT_EXAMPLES},
               **_COMMON_ERRORS,
               405: _error(405, "SPARQL Update must be sent with POST, not GET")},
    openapi_extra={"parameters": [
        {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "The SPARQL query (once).", "example": EXAMPLE_QUERY},
        *_DATASET_PARAMETERS,
    ]},
)
async def sparql_get(request: Request, service: SparqlService = Depends(get_sparql_service),
                     settings: Settings = Depends(get_settings)) -> Response:
    return await _handle(request, service, settings)


@router.post(
    "/sparql",
    summary="SPARQL query or update by POST",
    description=(
        "A query as `application/sparql-query` body or form-encoded `query=`; an update as "
        "`application/sparql-update` body or form-encoded `update=`. Updates are refused (403) unless the "
        "server has CKG_WRITE_TOKEN set and the request sends `Authorization: Bearer <token>` (else 401). "
        "Bodies must be UTF-8 (else 415). Queries are refused as for GET (SERVICE, too deep or too long: "
        "400); updates with SERVICE or LOAD (the server fetches nothing for a client) or nested too deep, and "
        "updates on a missing graph (or creating an "
        "existing one) without SILENT, get 400 too."
    ),
    response_class=Response,
    status_code=200,
    responses={200: {"description": "query results", "content": _RESULT_EXAMPLES},
               204: {"description": "update applied"},
               **_COMMON_ERRORS,
               401: _error(401, "SPARQL Update needs the header `Authorization: Bearer <CKG_WRITE_TOKEN>`"),
               403: _error(403, "SPARQL Update is switched off on this endpoint (the server has no CKG_WRITE_TOKEN)"),
               413: _error(413, "the request body is larger than this server accepts: at most 67108864 bytes (CKG_MAX_BODY_BYTES)"),
               415: _error(415, "unsupported Content-Type 'text/plain'; use one of application/x-www-form-urlencoded, ...")},
    openapi_extra={
        "parameters": [
            *_DATASET_PARAMETERS,
            {"name": "using-graph-uri", "in": "query", "required": False,
             "schema": {"type": "array", "items": {"type": "string"}},
             "description": "Update only: graph IRI for the WHERE clause's default graph (repeatable).",
             "example": ["https://w3id.org/conflictkg/graph/registry"]},
            {"name": "using-named-graph-uri", "in": "query", "required": False,
             "schema": {"type": "array", "items": {"type": "string"}},
             "description": "Update only: graph IRI available to GRAPH in the WHERE clause (repeatable).",
             "example": ["https://w3id.org/conflictkg/graph/registry"]},
        ],
        "requestBody": {"required": True, "content": {
            "application/sparql-query": {"schema": {"type": "string"}, "example": EXAMPLE_QUERY},
            "application/sparql-update": {"schema": {"type": "string"}, "example": EXAMPLE_UPDATE},
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "properties": {"query": {"type": "string"}, "update": {"type": "string"}}},
                "example": {"query": EXAMPLE_QUERY},
            },
        }},
    },
)
async def sparql_post(request: Request, service: SparqlService = Depends(get_sparql_service),
                      settings: Settings = Depends(get_settings)) -> Response:
    return await _handle(request, service, settings)


@router.head("/sparql", include_in_schema=False)
async def sparql_head(request: Request, service: SparqlService = Depends(get_sparql_service),
                      settings: Settings = Depends(get_settings)) -> Response:
    """What a GET would answer (status, type, length), without the body: link checkers and caches ask so."""
    response = await _handle(request, service, settings, method="GET")
    return Response(status_code=response.status_code, headers=dict(response.headers))


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_other_methods(request: Request, service: SparqlService = Depends(get_sparql_service),
                               settings: Settings = Depends(get_settings)) -> Response:
    """Answered by the protocol's own 405 (with Allow: GET, POST) rather than the framework's."""
    return await _handle(request, service, settings)
