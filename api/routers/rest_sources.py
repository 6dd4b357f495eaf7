"""GET /sources and GET /sources/{id}."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.dependencies import StoreDep
from api.routers import rest_examples as examples
from api.routers.rest_params import DEFAULT_LIMIT, MAX_TEXT_LENGTH, Limit, Offset, SourceId
from api.routers.rest_responses import FormatParam, documented, render
from api.services import rest_sources

router = APIRouter(tags=["REST: actors, places, statements and sources"])
TitleText = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT_LENGTH,
                                        description="case-insensitive substring of the title", examples=["aleppo"])]


@router.get("/sources", summary="The source documents the graph was curated from",
            responses=documented(examples.SOURCES, "a page of source documents sorted by publication date"))
def list_sources(request: Request, store: StoreDep, q: TitleText = None, limit: Limit = DEFAULT_LIMIT,
                 offset: Offset = 0, fmt: FormatParam = None) -> Response:
    """Backed by queries/sources.rq."""
    return render(request, store, fmt, lambda: rest_sources.list_sources(store, q, limit, offset))


@router.get("/sources/{source}",
            summary="One source document: metadata, full raw text, every annotated span, the events it reports",
            responses=documented(examples.SOURCE, "the source document", not_found="no source 'no-such-article'"))
def get_source(request: Request, store: StoreDep, source: SourceId, fmt: FormatParam = None) -> Response:
    """Annotation offsets count Unicode code points in `full_text` (end exclusive). Backed by
    queries/sources.rq, source_text.rq, evidence.rq and events.rq."""
    return render(request, store, fmt, lambda: rest_sources.get_source(store, source))
