"""The FastAPI application: `create_app()` wires the store, the SPARQL service and the routers together.

Add a router by writing `api/routers/NAME.py` with a module-level `router` and listing it in ROUTERS
(the REST endpoints arrive through `api/routers/rest_api.py`); routes reach the store, the settings and
the SPARQL service through `api.dependencies`.
"""
from __future__ import annotations

import atexit
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse
from fastapi.staticfiles import StaticFiles

from api.body_limit import BodyLimitMiddleware
from api.routers import graph_store, health, ontology, rest_api, sparql, ui
from api.services.backends import make_backend, open_served_store
from api.services.health import describe_store
from api.services.protocol import ProtocolError
from api.services.sparql import SparqlService
from api.settings import Settings
from ckg.store import Store

STATIC_DIR = Path(__file__).resolve().parent / "static"
ROUTERS = [sparql.router, graph_store.router, health.router, ui.router, ontology.router, rest_api.router]

DESCRIPTION = """
ConflictKG serves its knowledge graph of conflict events, actors, places and casualty claims as a
[SPARQL 1.1 Protocol](https://www.w3.org/TR/sparql11-protocol/) endpoint at `/sparql` (open it in a
browser for the query editor) and as REST endpoints. The store is embedded Oxigraph or a remote
SPARQL 1.1 server (`CKG_STORE`); queries stop after `CKG_QUERY_TIMEOUT` seconds.
"""


class _Resources:
    """What the app must release when it stops: the SPARQL service's workers and a store it opened."""

    def __init__(self, sparql_service: SparqlService, close_store):
        self._sparql_service = sparql_service
        self._close_store = close_store
        self._lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._sparql_service.close()
        self._close_store()


def create_app(store: Store | None = None, settings: Settings | None = None) -> FastAPI:
    """The application, serving `store` (default: the one CKG_STORE names, opened here and closed on shutdown).

    A store passed in stays the caller's to close; the app's query workers stop when the app shuts
    down (`with TestClient(app)`, or the server exiting), or at interpreter exit otherwise.
    """
    settings = settings or Settings.from_env()
    if store is None:
        store, close_store = open_served_store(settings.store)
        ephemeral = settings.store.location == "memory"
    else:
        ephemeral = False

        def close_store() -> None:
            pass
    try:
        sparql_service = SparqlService(make_backend(store, settings.query_workers), settings)
    except Exception:
        close_store()
        raise
    resources = _Resources(sparql_service, close_store)
    atexit.register(resources.close)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        resources.close()

    # /docs is served by the ui router with the vendored Swagger UI; ReDoc would need a CDN
    app = FastAPI(title="ConflictKG", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.store = store
    app.state.sparql = sparql_service
    app.state.store_description = describe_store(store, ephemeral)
    app.state.close = resources.close
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_exception_handler(ProtocolError, _protocol_error)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    return app


async def _protocol_error(_request: Request, exc: ProtocolError) -> PlainTextResponse:
    return PlainTextResponse(exc.message + "\n", status_code=exc.status, headers=exc.headers)
