"""How a REST answer goes out: JSON by default; JSON-LD, Turtle or CSV by `?format=` or the Accept header.

JSON is the service's answer (with next/prev links on a list); JSON-LD and Turtle carry the stored
triples of the resources in the answer (queries/describe.rq), so RDF clients get the graph itself,
not a re-reading of the JSON; CSV flattens the answer's rows, one per item.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from enum import Enum
from typing import Annotated

from fastapi import HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from api.services.negotiation import Offer, best_offer, parse_accept
from api.services.rest_common import Answer, NotFound, csv_text
from api.services.rest_rdf import describe
from ckg.namespaces import PREFIXES
from ckg.store import Store


class Format(str, Enum):
    json = "json"
    jsonld = "jsonld"
    turtle = "turtle"
    csv = "csv"


MEDIA_TYPES = {Format.json: "application/json", Format.jsonld: "application/ld+json",
               Format.turtle: "text/turtle", Format.csv: "text/csv"}
# In the server's order of preference: JSON answers */* and a missing Accept header.
OFFERS = tuple(Offer(f.value, (media,)) for f, media in MEDIA_TYPES.items())
JSONLD_CONTEXT = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}

FormatParam = Annotated[Format | None, Query(
    alias="format", description="json, jsonld, turtle or csv; overrides the Accept header")]

# What every REST route documents besides its 200 answer.
ERROR_RESPONSES = {
    406: {"description": "the Accept header names no format this endpoint offers",
          "content": {"application/json": {"example": {"detail": "no acceptable format; this endpoint offers "
                                                                 "application/json, application/ld+json, "
                                                                 "text/turtle, text/csv"}}}},
    422: {"description": "a parameter is not valid; `loc` names it",
          "content": {"application/json": {"example": {"detail": [{
              "loc": ["query", "from"], "msg": "Input should be a valid date or datetime",
              "type": "date_from_datetime_parsing", "input": "yesterday"}]}}}},
    502: {"description": "the remote store answered with an error",
          "content": {"application/json": {"example": {"detail": "the remote store answered 500: ..."}}}},
    503: {"description": "a query behind the answer ran longer than CKG_QUERY_TIMEOUT and was stopped, or the "
                         "remote store is unreachable; Retry-After says when to try again",
          "content": {"application/json": {"example": {"detail": "the query ran longer than the 30 s limit "
                                                                 "(CKG_QUERY_TIMEOUT) and was stopped"}}}},
    504: {"description": "the remote store did not answer in time",
          "content": {"application/json": {"example": {"detail": "the remote store did not answer in time"}}}},
}


def negotiate(request: Request, fmt: Format | None) -> Format:
    """`?format=` if given, else the best match of the Accept header; 406 when nothing matches."""
    if fmt is not None:
        return fmt
    offer = best_offer(OFFERS, parse_accept(request.headers.get("accept")))
    if offer is None:
        raise HTTPException(406, detail="no acceptable format; this endpoint offers " + ", ".join(MEDIA_TYPES.values()))
    return Format(offer.name)


def answer_or_404(build: Callable[[], Answer]) -> Answer:
    try:
        return build()
    except NotFound as exc:
        raise HTTPException(404, detail=str(exc)) from None


def page_links(request: Request, body: dict) -> dict:
    """self, next and prev URLs of a page, keeping the request's other parameters."""
    limit, offset, total = body["limit"], body["offset"], body["total"]

    def at(new_offset: int) -> str:
        return str(request.url.include_query_params(offset=new_offset, limit=limit))

    return {
        "self": str(request.url),
        "next": at(offset + limit) if offset + limit < total else None,
        "prev": at(max(offset - limit, 0)) if offset > 0 else None,
    }


def flatten(value, prefix: str = "") -> dict[str, object]:
    """Nested dicts as dotted columns; lists as one cell of "; "-joined items (API links left out)."""
    if isinstance(value, dict):
        cells: dict[str, object] = {}
        for key, inner in value.items():
            if key != "href":
                cells.update(flatten(inner, f"{prefix}.{key}" if prefix else key))
        return cells
    if isinstance(value, list):
        return {prefix: "; ".join(cell_text(item) for item in value)}
    return {prefix: value}


def cell_text(item) -> str:
    """A list item in one cell: a scalar as itself, an object by its name, label, quote or id."""
    if not isinstance(item, dict):
        return "" if item is None else str(item)
    for key in ("name", "label", "title", "exact", "quote", "id"):
        if isinstance(item.get(key), (str, int, float)):
            return str(item[key])
    return ", ".join(f"{k}={cell_text(v)}" for k, v in item.items() if k != "href" and v is not None)


def to_csv(rows: list[dict]) -> str:
    flat = [flatten(row) for row in rows]
    columns = list(dict.fromkeys(column for row in flat for column in row))
    # A link that is empty in one row ("part_of") and present in another ("part_of.id"): keep the parts.
    columns = [c for c in columns if not any(other.startswith(c + ".") for other in columns)]
    return csv_text(columns, flat)


def render(request: Request, store: Store, fmt: Format | None, build: Callable[[], Answer]) -> Response:
    """Negotiate first (a 406 costs no query), then build the answer and write it in the chosen format."""
    chosen = negotiate(request, fmt)
    answer = answer_or_404(build)
    headers = {"Vary": "Accept"}
    if chosen is Format.json:
        body = dict(answer.body)
        if "total" in body:
            body["links"] = page_links(request, body)
        return JSONResponse(body, headers=headers)
    if chosen is Format.csv:
        return Response(to_csv(answer.rows), media_type="text/csv; charset=utf-8", headers=headers)
    graph = describe(store, answer.resources)
    if chosen is Format.turtle:
        return Response(graph.serialize(format="turtle"), media_type="text/turtle; charset=utf-8", headers=headers)
    document = json.loads(graph.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    return Response(json.dumps(document, ensure_ascii=False, indent=2), media_type="application/ld+json",
                    headers=headers)


def documented(example: dict, description: str, not_found: str | None = None) -> dict:
    """The `responses` of a REST route: its JSON example, the other formats, and the errors."""
    missing = {404: {"description": "no such id", "content": {"application/json": {"example": {"detail": not_found}}}}}
    return {
        200: {"description": description, "content": {
            "application/json": {"example": example},
            "application/ld+json": {"schema": {"type": "object"}},
            "text/turtle": {"schema": {"type": "string"}},
            "text/csv": {"schema": {"type": "string"}},
        }},
        **(missing if not_found else {}),
        **ERROR_RESPONSES,
    }
