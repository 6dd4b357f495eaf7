"""Fixtures for the API tests: the article's sample graph loaded into a store on each backend."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Test modules import helpers from api_testlib.py beside this file (pytest runs with
# --import-mode=importlib, which does not put test folders on sys.path).
sys.path.insert(0, str(Path(__file__).parent))

from api_testlib import WRITE_TOKEN, sample_graphs  # noqa: E402
from ckg.store import StoreConfig, open_store  # noqa: E402


@pytest.fixture
def article_store(backend_store):
    """`backend_store` (both backends) holding the sample graph of The New Arab's article."""
    backend_store.replace_graphs(sample_graphs())
    return backend_store


@pytest.fixture
def served_article(backend_location, start_ckg_serve):
    """A real `ckg serve` (both backends) on a store holding the sample graph, with the write token set."""
    store = open_store(StoreConfig(backend_location))
    store.replace_graphs(sample_graphs())
    store.close()  # the server opens the embedded store itself
    return start_ckg_serve({"CKG_STORE": backend_location, "CKG_WRITE_TOKEN": WRITE_TOKEN})


@pytest.fixture
def client(article_store, app_client):
    """The API on the sample store, with SPARQL Update allowed for WRITE_TOKEN."""
    return app_client(article_store, write_token=WRITE_TOKEN, query_timeout=20)
