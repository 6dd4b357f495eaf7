"""/health: is the store reachable, how many triples, which backend (JSON)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.dependencies import get_settings, get_sparql_service
from api.services.health import health_report
from api.services.sparql import SparqlService
from api.settings import Settings

router = APIRouter(tags=["Service"])


class Health(BaseModel):
    status: str = Field(description='"ok", or "unavailable" when the store cannot be queried')
    backend: str = Field(description='"embedded" (Oxigraph on disk), "memory" (ephemeral on-disk store) or "remote"')
    store: str = Field(description="store directory, `memory`, or the remote query URL")
    # Left out of the answer when the store cannot be counted, so not required.
    triples: int | None = Field(default=None, description="triples in the default graph and all named graphs "
                                                          "(absent when the store is unavailable)")
    query_timeout_seconds: float
    updates_enabled: bool = Field(description="whether SPARQL Update is accepted (with the write token)")
    error: str | None = Field(default=None, description="why the store is unavailable")

    model_config = {"json_schema_extra": {"examples": [{
        "status": "ok", "backend": "embedded", "store": "var/store", "triples": 1432,
        "query_timeout_seconds": 30.0, "updates_enabled": False,
    }]}}


@router.get(
    "/health",
    summary="Store reachability, size and backend",
    response_model=Health,
    response_model_exclude_none=True,
    responses={503: {"model": Health, "description": "the store cannot be queried", "content": {"application/json": {
        "example": {"status": "unavailable", "backend": "remote", "store": "http://oxigraph:7878/query",
                    "query_timeout_seconds": 30.0, "updates_enabled": False,
                    "error": "the remote store at http://oxigraph:7878/query is unreachable: ..."}}}}},
)
async def health(request: Request, service: SparqlService = Depends(get_sparql_service),
                 settings: Settings = Depends(get_settings)) -> JSONResponse:
    status, report = await run_in_threadpool(health_report, service, settings, request.app.state.store_description)
    return JSONResponse(Health(**report).model_dump(exclude_none=True), status_code=status)
