"""Helpers for the REST tests: stores and the API on each backend, the seed article, finding items by its words."""
from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient
from rdflib import Graph

from api.main import create_app
from api.settings import Settings
from ckg.paths import SOURCES_DIR
from ckg.store import OxigraphStore, RemoteStore, Store

BACKENDS = ["embedded", "remote"]
SOURCE = "2016-11-03_new-arab_aleppo-rebel-push"
ARTICLE = SOURCES_DIR / f"{SOURCE}.txt"
ACLED_COLUMNS = [  # ACLED's export columns, as its codebook lists them
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
UCDP_COLUMNS = [  # UCDP GED's columns, as its codebook (version 23.1) lists them
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
]


def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


def article_sha256() -> str:
    return hashlib.sha256(ARTICLE.read_bytes()).hexdigest()


def items_quoting(client, words: str, kind: str) -> list[str]:
    """The ids of the items of `kind` ("event", "claim" ...) whose evidence contains `words` of the article."""
    annotations = client.get(f"/sources/{SOURCE}").json()["annotations"]
    return sorted({a["item"]["id"] for a in annotations
                   if a["item"]["kind"] == kind and a["link"] == "evidence" and words in a["exact"]})


def event_quoting(client, words: str, place: str | None = None) -> dict:
    """The one event whose evidence contains `words` (and, when several share it, is at `place`)."""
    matches = [client.get(f"/events/{event_id}").json() for event_id in items_quoting(client, words, "event")]
    if place is not None:
        matches = [e for e in matches if e["place"] and e["place"]["id"] == place]
    assert len(matches) == 1, f"expected one event quoting {words!r}, found {[e['id'] for e in matches]}"
    return matches[0]


def all_items(client, url: str) -> list[dict]:
    """Every item of a paged list, following the next links."""
    items, page = [], client.get(url).json()
    items += page["items"]
    while page["links"]["next"]:
        page = client.get(page["links"]["next"]).json()
        items += page["items"]
    return items


@contextmanager
def store_holding(request, backend: str, graphs: dict[str, Graph]) -> Iterator[Store]:
    """A fresh store on `backend` holding `graphs`."""
    if backend == "embedded":
        directory = Path(tempfile.mkdtemp(prefix="ckg-rest-store-"))
        store = OxigraphStore(directory)
        try:
            store.replace_graphs(graphs)
            yield store
        finally:
            store.close()
            shutil.rmtree(directory, ignore_errors=True)
    else:
        server = request.getfixturevalue("shared_oxigraph_server")
        store = RemoteStore(server.query_url, server.update_url)
        store.update("DROP SILENT ALL")
        store.replace_graphs(graphs)
        yield store


@contextmanager
def api_on(store: Store) -> Iterator[TestClient]:
    """The API (api.main.create_app, which includes api.routers.rest_api) on `store`."""
    with TestClient(create_app(store=store, settings=Settings(query_workers=1))) as test_client:
        yield test_client
