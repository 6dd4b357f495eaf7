"""/store: the SPARQL 1.1 Graph Store HTTP Protocol (GET, HEAD, PUT, POST, DELETE of one graph), as Oxigraph serves it.

`/store?graph=<IRI>` and `/store?default` name a graph indirectly; `/store/<path>` names the graph whose
IRI is the request URL itself. The work is in api.services.graph_store.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.convertors import PathConvertor, register_url_convertor

from api.dependencies import get_sparql_service
from api.services.graph_store import BODY_MEDIA_TYPES, GraphRequest, GraphStoreService, WriteOutcome
from api.services.protocol import ProtocolError, base_iri
from api.services.sparql import SparqlService

router = APIRouter(tags=["Graph Store"])


class AnyPathConvertor(PathConvertor):
    """Starlette's `path` (`.*`) stops at a newline, and an IRI may hold `%0A`: match every path."""

    regex = "(?s:.*)"


register_url_convertor("anypath", AnyPathConvertor())
DIRECT_PATH = "/store/{path:anypath}"

ALLOWED_METHODS = "GET, HEAD, PUT, POST, DELETE"
EXAMPLE_GRAPH = "https://w3id.org/conflictkg/graph/source/2016-11-03_new-arab_aleppo-rebel-push"
EXAMPLE_TURTLE = ('<https://w3id.org/conflictkg/id/place/aleppo> '
                  '<http://www.w3.org/2000/01/rdf-schema#label> "Aleppo"@en .\n')

_INDIRECT_PARAMETERS = [
    {"name": "graph", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "The absolute IRI of the graph (percent-encoded once, as any query parameter).",
     "example": EXAMPLE_GRAPH},
    {"name": "default", "in": "query", "required": False, "allowEmptyValue": True, "schema": {"type": "string"},
     "description": "Present (with no value): the default graph. Give `graph` or `default`, not both."},
]
_DIRECT_PARAMETERS = [
    {"name": "path", "in": "path", "required": True, "schema": {"type": "string"},
     "description": "Direct identification: the graph's IRI is this request's URL, e.g. "
                    "`http://127.0.0.1:8000/store/notes/1` (as sent, percent-encoding kept).",
     "example": "notes/1"},
]
_GRAPH_EXAMPLES = {
    "text/turtle": {"example": EXAMPLE_TURTLE},
    "application/n-triples": {"example": EXAMPLE_TURTLE},
    "application/rdf+xml": {"example": '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">...</rdf:RDF>'},
    "application/ld+json": {"example": [{"@id": "https://w3id.org/conflictkg/id/place/aleppo",
                                         "http://www.w3.org/2000/01/rdf-schema#label": [{"@value": "Aleppo", "@language": "en"}]}]},
}
_REQUEST_BODY = {"required": True, "content": {
    **{media_type: {"schema": {"type": "string"}, "example": EXAMPLE_TURTLE}
       for media_type in BODY_MEDIA_TYPES if media_type != "multipart/form-data"},
    "multipart/form-data": {"schema": {"type": "object", "additionalProperties": {"type": "string", "format": "binary"}}},
}}


def _error(example: str) -> dict:
    return {"description": example, "content": {"text/plain": {"example": example}}}


_READ_ERRORS = {
    400: _error("`graph` must be an absolute IRI, got 'notes' (...); or both `graph` and `default` given"),
    404: _error("the store has no graph <https://example.org/missing>"),
    406: _error("no acceptable format for a graph result; this endpoint offers text/turtle, application/x-turtle, ..."),
    502: _error("the remote store answered 500: ..."),
    503: _error("the query ran longer than the 30 s limit (CKG_QUERY_TIMEOUT) and was stopped"),
    504: _error("the remote store did not answer in time"),
}
_WRITE_ERRORS = {
    400: _error("the body is not valid Turtle at line 3, column 12: . is not a valid RDF object"),
    401: _error("Writing to the Graph Store needs the header `Authorization: Bearer <CKG_WRITE_TOKEN>`"),
    403: _error("Writing to the Graph Store is switched off on this endpoint (the server has no CKG_WRITE_TOKEN)"),
    413: _error("the request body is larger than this server accepts: at most 67108864 bytes (CKG_MAX_BODY_BYTES)"),
    415: _error("unsupported Content-Type 'text/plain'; use one of text/turtle, ..."),
    502: _error("the store refused the update made from the body: ..."),
    503: _error("the remote store at http://oxigraph:7878/update is unreachable: ..."),
    504: _error("the remote store did not answer in time"),
}
_TOKEN_POLICY = ("Refused (403) unless the server has CKG_WRITE_TOKEN set and the request sends "
                 "`Authorization: Bearer <token>` (else 401), exactly as SPARQL Update at /sparql.")
_BODY_POLICY = ("The body (Turtle, N-Triples, RDF/XML, JSON-LD, or multipart/form-data with one of those per part) "
                "is parsed whole before anything is written: after a 400 nothing has changed.")


def get_graph_store(sparql: SparqlService = Depends(get_sparql_service)) -> GraphStoreService:
    return GraphStoreService(sparql)


def _raw_path(request: Request) -> str:
    """The path as the client sent it, percent-encoding kept (Starlette's request.url decodes it)."""
    raw = request.scope.get("raw_path")
    if raw is None:
        return request.url.path
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request path is not UTF-8") from None


async def _graph_request(request: Request, with_body: bool = False) -> GraphRequest:
    """The protocol's view of the request; on /store/<path> the request URL names the graph."""
    query_string = request.scope.get("query_string", b"")
    endpoint_url = base_iri(f"{str(request.base_url).rstrip('/')}/store", request.headers.get("host"))
    direct_url = None
    if request.path_params.get("path"):
        direct_url = (f"{request.url.scheme}://{request.url.netloc}{_raw_path(request)}"
                      + ("?" + query_string.decode("latin-1") if query_string else ""))
    return GraphRequest(
        query_string=query_string,
        endpoint_url=endpoint_url,
        direct_url=direct_url,
        accept=request.headers.get("accept"),
        authorization=request.headers.get("authorization"),
        content_type=request.headers.get("content-type"),
        body=await request.body() if with_body else b"",
    )


def _written(outcome: WriteOutcome) -> Response:
    if not outcome.created:
        return Response(status_code=204)
    return Response(status_code=201, headers={"Location": outcome.location} if outcome.location else None)


def _both_paths(decorator, indirect_summary: str, direct_summary: str, parameters_extra: dict | None = None, **doc):
    """Register one route function on /store (indirect identification) and /store/{path} (direct)."""
    def register(function):
        for path, summary, parameters in (("/store", indirect_summary, _INDIRECT_PARAMETERS),
                                          (DIRECT_PATH, direct_summary, _DIRECT_PARAMETERS)):
            extra = {"parameters": parameters, **(parameters_extra or {})}
            decorator(path, summary=summary, response_class=Response, openapi_extra=extra, **doc)(function)
        return function
    return register


@_both_paths(
    router.get, "Read a graph (indirect identification: ?graph=IRI or ?default)",
    "Read a graph (direct identification: its IRI is the URL)",
    description=(
        "The graph's triples, in the format `Accept` asks for: Turtle (default), N-Triples, RDF/XML or JSON-LD "
        "(406 naming these when none is acceptable); 404 if the store has no such graph. Open like /sparql "
        "queries, and stopped after CKG_QUERY_TIMEOUT seconds like them. HEAD answers the same without the body."
    ),
    responses={200: {"description": "the graph", "content": _GRAPH_EXAMPLES}, **_READ_ERRORS},
)
async def get_graph(request: Request, service: GraphStoreService = Depends(get_graph_store)) -> Response:
    output = await run_in_threadpool(service.read, await _graph_request(request))
    return Response(output.body, media_type=output.media_type, headers={"Vary": "Accept"})


@router.head("/store", include_in_schema=False)
@router.head(DIRECT_PATH, include_in_schema=False)
async def head_graph(request: Request, service: GraphStoreService = Depends(get_graph_store)) -> Response:
    """What a GET would answer (status, type, length), without the body."""
    response = await get_graph(request, service)
    return Response(status_code=response.status_code, headers=dict(response.headers))


@_both_paths(
    router.put, "Replace a graph (indirect identification)", "Replace a graph (direct identification)",
    {"requestBody": _REQUEST_BODY},
    description=("Replace the graph with the body's triples, in one transaction: 201 if the graph is new, else 204. "
                 + _TOKEN_POLICY + " " + _BODY_POLICY),
    status_code=204,
    responses={201: {"description": "the graph was created"}, 204: {"description": "the graph was replaced"},
               **_WRITE_ERRORS},
)
async def put_graph(request: Request, service: GraphStoreService = Depends(get_graph_store)) -> Response:
    return _written(await run_in_threadpool(service.replace, await _graph_request(request, with_body=True)))


@_both_paths(
    router.post, "Add triples to a graph (?graph=IRI or ?default), or create a new graph (neither)",
    "Add triples to a graph (direct identification)",
    {"requestBody": _REQUEST_BODY},
    description=("Merge the body's triples into the graph (created if absent: 201, else 204). POST /store with "
                 "neither `graph` nor `default` creates a new graph under /store/ and answers 201 with its IRI in "
                 "`Location`. " + _TOKEN_POLICY + " " + _BODY_POLICY),
    status_code=204,
    responses={201: {"description": "the graph was created; after POST /store alone, `Location` is its IRI",
                     "headers": {"Location": {"schema": {"type": "string"}, "description": "the new graph's IRI"}}},
               204: {"description": "the triples were added to the existing graph"}, **_WRITE_ERRORS},
)
async def post_graph(request: Request, service: GraphStoreService = Depends(get_graph_store)) -> Response:
    return _written(await run_in_threadpool(service.add, await _graph_request(request, with_body=True)))


@_both_paths(
    router.delete, "Delete a graph (indirect identification)", "Delete a graph (direct identification)",
    description=("Drop the graph (for `default`: empty the default graph): 204, or 404 if there is no such graph. "
                 + _TOKEN_POLICY),
    status_code=204,
    responses={204: {"description": "the graph was dropped"},
               404: _error("the store has no graph <https://example.org/missing>"),
               **{status: doc for status, doc in _WRITE_ERRORS.items() if status != 415}},
)
async def delete_graph(request: Request, service: GraphStoreService = Depends(get_graph_store)) -> Response:
    await run_in_threadpool(service.delete, await _graph_request(request))
    return Response(status_code=204)


@router.api_route("/store", methods=["PATCH"], include_in_schema=False)
@router.api_route(DIRECT_PATH, methods=["PATCH"], include_in_schema=False)
async def other_methods(request: Request) -> Response:
    """The protocol's own 405 naming the methods it takes, rather than the framework's."""
    raise ProtocolError(405, f"{request.method} is not a Graph Store Protocol method; use {ALLOWED_METHODS}",
                        {"Allow": ALLOWED_METHODS})
