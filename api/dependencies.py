"""FastAPI dependencies: what a route may ask for (the store, the settings, the SPARQL service).

Everything lives on `app.state`, set by `api.main.create_app`, so a test builds an app on its own
store (`create_app(store=..., settings=...)`) without overriding anything.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.services.sparql import SparqlService
from api.settings import Settings
from ckg.store import Store


def get_store(request: Request) -> Store:
    """The served store (embedded Oxigraph or remote), for in-process queries through the Store interface."""
    return request.app.state.store


# A route's parameter annotated so asks for the served store.
StoreDep = Annotated[Store, Depends(get_store)]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_sparql_service(request: Request) -> SparqlService:
    """Runs protocol queries with the query timeout enforced (killable workers for the embedded store)."""
    return request.app.state.sparql
