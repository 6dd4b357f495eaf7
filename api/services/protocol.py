"""SPARQL 1.1 Protocol requests: read an HTTP request into a query or update operation, or say what is wrong.

Query: GET ?query=, POST form-encoded `query=`, or POST application/sparql-query, with
`default-graph-uri` / `named-graph-uri`. Update: POST form-encoded `update=` or POST
application/sparql-update, with `using-graph-uri` / `using-named-graph-uri`. Anything else gets the
4xx the protocol calls for, with a message saying which parameter or header is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

import pyoxigraph as ox

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
POST_MEDIA_TYPES = (FORM, SPARQL_QUERY, SPARQL_UPDATE)


class ProtocolError(Exception):
    """A request the endpoint refuses: an HTTP status, a message for the client, and extra headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(frozen=True)
class QueryOperation:
    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    @property
    def has_dataset(self) -> bool:
        """The protocol names the dataset (it then replaces any FROM / FROM NAMED in the query)."""
        return bool(self.default_graphs or self.named_graphs)


@dataclass(frozen=True)
class UpdateOperation:
    update: str
    using_graphs: tuple[str, ...] = ()
    using_named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Params:
    """Protocol parameters in arrival order, from the URL and (for form posts) the body."""

    items: list[tuple[str, str]] = field(default_factory=list)

    def all(self, name: str) -> tuple[str, ...]:
        return tuple(value for key, value in self.items if key == name)

    def single(self, name: str) -> str | None:
        values = self.all(name)
        if len(values) > 1:
            raise ProtocolError(400, f"the `{name}` parameter is given {len(values)} times; give it once")
        return values[0] if values else None


def parse_operation(method: str, raw_query_string: bytes, content_type: str | None,
                    body: bytes) -> QueryOperation | UpdateOperation | None:
    """The operation a SPARQL protocol request carries; None when it carries none (GET with no query)."""
    params = _Params(_decode_params(raw_query_string, "the URL's query string"))
    if method == "GET":
        if params.all("update"):
            raise ProtocolError(405, "SPARQL Update must be sent with POST, not GET", {"Allow": "POST"})
        text = params.single("query")
        return None if text is None else _query(text, params)
    if method != "POST":
        raise ProtocolError(405, f"{method} is not a SPARQL protocol method; use GET or POST", {"Allow": "GET, POST"})
    media_type = _media_type(content_type)
    if media_type == FORM:
        params = _Params(params.items + _decode_params(body, "the form-encoded body"))
        query, update = params.single("query"), params.single("update")
        if query is not None and update is not None:
            raise ProtocolError(400, "a request carries either `query` or `update`, not both")
        if update is not None:
            return _update(update, params)
        return None if query is None else _query(query, params)
    text = _decode_body(body)
    if media_type == SPARQL_QUERY:
        if params.all("query") or params.all("update"):
            raise ProtocolError(400, "with application/sparql-query the query is the body; remove `query`/`update` from the URL")
        return _query(text, params)
    if params.all("query") or params.all("update"):
        raise ProtocolError(400, "with application/sparql-update the update is the body; remove `query`/`update` from the URL")
    return _update(text, params)


def base_iri(endpoint_url: str, host: str | None) -> str:
    """The endpoint's URL as the base IRI of relative IRIs in an operation; a 400 naming the Host header
    when that header makes it no IRI (the server framework passes e.g. `Host: a%zz` through)."""
    try:
        ox.NamedNode(endpoint_url)
    except ValueError as exc:
        raise ProtocolError(400, f"the Host header {host!r} does not make the endpoint's URL a valid IRI "
                                 f"({endpoint_url}): {exc}") from None
    return endpoint_url


def _media_type(content_type: str | None) -> str:
    if not content_type or not content_type.strip():
        raise ProtocolError(415, "a POST needs a Content-Type: " + ", ".join(POST_MEDIA_TYPES))
    media_type, *params = (part.strip() for part in content_type.split(";"))
    media_type = media_type.lower()
    if media_type not in POST_MEDIA_TYPES:
        raise ProtocolError(415, f"unsupported Content-Type {media_type!r}; use one of " + ", ".join(POST_MEDIA_TYPES))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(415, f"the body must be UTF-8 (SPARQL 1.1 Protocol), not charset={charset}")
    return media_type


def _decode_body(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the body is not valid UTF-8 (byte {exc.start})") from None


def _decode_params(raw: bytes, where: str) -> list[tuple[str, str]]:
    try:
        text = raw.decode("utf-8")
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeError:
        raise ProtocolError(400, f"{where} is not percent-encoded UTF-8") from None


def _graph_iris(params: _Params, name: str) -> tuple[str, ...]:
    iris = params.all(name)
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise ProtocolError(400, f"`{name}` must be an absolute IRI, got {iri!r} ({exc})") from None
    return iris


def _non_empty(text: str, name: str) -> str:
    if not text.strip():
        raise ProtocolError(400, f"the {name} is empty")
    return text


def _query(text: str, params: _Params) -> QueryOperation:
    return QueryOperation(
        query=_non_empty(text, "query"),
        default_graphs=_graph_iris(params, "default-graph-uri"),
        named_graphs=_graph_iris(params, "named-graph-uri"),
    )


def _update(text: str, params: _Params) -> UpdateOperation:
    return UpdateOperation(
        update=_non_empty(text, "update"),
        using_graphs=_graph_iris(params, "using-graph-uri"),
        using_named_graphs=_graph_iris(params, "using-named-graph-uri"),
    )
