"""GET /places and GET /places/{id}."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.dependencies import StoreDep
from api.routers import rest_examples as examples
from api.routers.rest_params import DEFAULT_LIMIT, Limit, Notation, Offset, PlaceId, SearchText
from api.routers.rest_responses import FormatParam, documented, render
from api.services import rest_places

router = APIRouter(tags=["REST: actors, places, statements and sources"])


@router.get("/places", summary="Places, found by name or alternative name, or by kind",
            responses=documented(examples.PLACES, "a page of places sorted by name"))
def list_places(request: Request, store: StoreDep, q: SearchText = None, kind: Notation = None,
                limit: Limit = DEFAULT_LIMIT, offset: Offset = 0, fmt: FormatParam = None) -> Response:
    """`q` matches a case-insensitive substring of the name or of any alternative name ("halab" finds
    Aleppo and New Aleppo); `kind` is a place-kind notation ("village"). Backed by queries/places.rq."""
    return render(request, store, fmt, lambda: rest_places.list_places(store, q, kind, limit, offset))


@router.get("/places/{place}",
            summary="One place: the places it lies in, coordinates, places inside it, events there or inside it",
            responses=documented(examples.PLACE, "the place", not_found="no place 'atlantis'"))
def get_place(request: Request, store: StoreDep, place: PlaceId, fmt: FormatParam = None) -> Response:
    """The place `https://w3id.org/conflictkg/id/place/{place}`. Backed by queries/places.rq,
    place_ancestors.rq, events.rq and evidence.rq."""
    return render(request, store, fmt, lambda: rest_places.get_place(store, place))
