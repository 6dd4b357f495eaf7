"""FastAPI dependencies: what a route may ask for (the store, the settings, the SPARQL service).

Everything lives on `app.state`, set by `api.main.create_app`, so a test builds an app on its own
store (`create_app(store=..., settings=...)`) without overriding anything.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from api.services.protocol import ProtocolError
from api.services.rest_common import TimeLimitedStore
from api.services.sparql import SparqlService
from api.settings import Settings
from ckg.store import Store


def get_store(request: Request) -> Iterator[Store]:
    """The served store as the REST routes query it: through the SPARQL service's backend, so every query
    stops after CKG_QUERY_TIMEOUT as on /sparql (killable workers for the embedded store).

    A query stopped, or a remote store failing, ends the request with the status /sparql gives it
    (503, 502, 504, with its Retry-After), the message as the REST errors' JSON `detail`.
    """
    service = get_sparql_service(request)
    try:
        yield TimeLimitedStore(service.backend, service.settings.query_timeout)
    except ProtocolError as exc:
        raise HTTPException(exc.status, detail=exc.message, headers=exc.headers or None) from None


# A route's parameter annotated so asks for the served store. scope="function": the store's errors are
# turned into HTTP errors as the route ends, before any response is sent.
StoreDep = Annotated[Store, Depends(get_store, scope="function")]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_sparql_service(request: Request) -> SparqlService:
    """Runs protocol queries with the query timeout enforced (killable workers for the embedded store)."""
    return request.app.state.sparql
