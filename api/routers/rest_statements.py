"""GET /statements."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.dependencies import StoreDep
from api.routers import rest_examples as examples
from api.routers.rest_params import (DEFAULT_LIMIT, MAX_TEXT_LENGTH, ActorRef, FromDate, Limit, Offset, SourceRef,
                                     ToDate, check_window)
from api.routers.rest_responses import FormatParam, documented, render
from api.services import rest_statements

router = APIRouter(tags=["REST: actors, places, statements and sources"])
QuoteText = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT_LENGTH,
                                        description="case-insensitive substring of the quote", examples=["Grozny"])]


@router.get("/statements", summary="What actors said: speaker, on whose behalf, to whom, when, about which event",
            responses=documented(examples.STATEMENTS, "a page of statements sorted by date"))
def list_statements(request: Request, store: StoreDep, actor: ActorRef = None, from_date: FromDate = None,
                    to_date: ToDate = None, source: SourceRef = None, q: QuoteText = None,
                    limit: Limit = DEFAULT_LIMIT, offset: Offset = 0, fmt: FormatParam = None) -> Response:
    """`actor` is the speaker or the organisation spoken for; `q` searches the words. Backed by
    queries/statements.rq."""
    check_window(from_date, to_date)
    filters = rest_statements.StatementFilters(actor=actor, from_date=from_date, to_date=to_date, source=source, q=q)
    return render(request, store, fmt, lambda: rest_statements.list_statements(store, filters, limit, offset))
