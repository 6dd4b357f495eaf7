"""GET /export/acled.csv, /export/ucdp.csv and /export/events.geojson (column mapping: docs/exports.md)."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from api.dependencies import StoreDep
from api.routers import rest_examples as examples
from api.routers.rest_params import EventFiltersDep
from api.routers.rest_responses import ERROR_RESPONSES
from api.services import rest_exports

router = APIRouter(prefix="/export", tags=["REST: exports"])


def _csv_responses(example: str) -> dict:
    return {200: {"description": "CSV, one row per event", "content": {"text/csv": {"example": example}}},
            422: ERROR_RESPONSES[422]}


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/acled.csv", summary="Events in ACLED's columns", response_class=Response,
            responses=_csv_responses(examples.ACLED_CSV))
def acled_csv(store: StoreDep, filters: EventFiltersDep) -> Response:
    """Events whose type maps to an ACLED event type and whose date is known to within a month; filters as
    /events. `fatalities` is the lowest figure claimed for the killed (ACLED's conservative rule); the
    mapping of every column is in docs/exports.md."""
    return Response(rest_exports.acled_csv(store, filters), media_type="text/csv; charset=utf-8",
                    headers=_attachment("conflictkg-acled.csv"))


@router.get("/ucdp.csv", summary="Events in UCDP GED's columns", response_class=Response,
            responses=_csv_responses(examples.UCDP_CSV))
def ucdp_csv(store: StoreDep, filters: EventFiltersDep) -> Response:
    """Organised violence (a UCDP type of violence) with at least one death claimed; filters as /events.
    `low`, `best` and `high` follow the rule of /claims; docs/exports.md maps every column."""
    return Response(rest_exports.ucdp_csv(store, filters), media_type="text/csv; charset=utf-8",
                    headers=_attachment("conflictkg-ucdp-ged.csv"))


@router.get("/events.geojson", summary="A GeoJSON FeatureCollection of the events with a located place",
            response_class=JSONResponse,
            responses={200: {"description": "GeoJSON (RFC 7946), longitude first",
                             "content": {"application/geo+json": {"example": examples.GEOJSON}}},
                       422: ERROR_RESPONSES[422]})
def events_geojson(store: StoreDep, filters: EventFiltersDep) -> JSONResponse:
    """An event is placed at its place's point, or at the point of the nearest place it lies in
    (`located_at`, with ACLED's geo-precision); events with no place are left out. Filters as /events."""
    return JSONResponse(rest_exports.events_geojson(store, filters), media_type="application/geo+json")
