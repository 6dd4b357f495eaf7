"""The health report: is the store reachable through the query path, how big is it, which backend."""
from __future__ import annotations

from dataclasses import dataclass

from api.services.protocol import ProtocolError
from api.services.sparql import SparqlService
from api.settings import Settings
from ckg.store import OxigraphStore, RemoteStore, Store


@dataclass(frozen=True)
class StoreDescription:
    backend: str  # "embedded", "memory" (an ephemeral on-disk store) or "remote"
    location: str  # the directory, "memory", or the remote query URL


def describe_store(store: Store, ephemeral: bool) -> StoreDescription:
    if isinstance(store, RemoteStore):
        return StoreDescription("remote", store.query_url)
    if ephemeral:
        return StoreDescription("memory", "memory")
    location = store.location if isinstance(store, OxigraphStore) else None
    return StoreDescription("embedded", str(location))


def health_report(service: SparqlService, settings: Settings, store: StoreDescription) -> tuple[int, dict]:
    """(HTTP status, report): 200 when a count query through the store's query path succeeds, else 503."""
    report = {
        "status": "ok",
        "backend": store.backend,
        "store": store.location,
        "triples": None,
        "query_timeout_seconds": settings.query_timeout,
        "updates_enabled": settings.updates_enabled,
    }
    try:
        report["triples"] = service.triple_count()
    except ProtocolError as exc:
        report.update(status="unavailable", error=exc.message)
        return 503, report
    return 200, report
