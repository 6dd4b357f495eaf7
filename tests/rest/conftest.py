"""Fixtures for the REST tests: the graph the ingest builds from data/, served through the API on each backend.

The graph is built once per session by `ingest.pipeline.build` (the real pipeline, SHACL gate
included) and copied into a fresh store per test module and backend: an embedded Oxigraph store on
a temporary directory, and the session's real `oxigraph serve` (see tests/conftest.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef

from ckg.store import OxigraphStore, Store
from ingest.pipeline import build

# Test modules import helpers from rest_testlib.py beside this file (--import-mode=importlib).
sys.path.insert(0, str(Path(__file__).parent))

from rest_testlib import BACKENDS, api_on, store_holding  # noqa: E402


@pytest.fixture(scope="session")
def seed_graphs() -> dict[str, Graph]:
    """Every named graph `ckg build` writes from data/ (the seed article, the registry, the ontology)."""
    staging = OxigraphStore("memory")
    build(staging)
    graphs = {}
    for iri in staging.named_graphs():
        graph = Graph()
        for row in staging.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(iri)}):
            graph.add((row["s"], row["p"], row["o"]))
        graphs[iri] = graph
    staging.close()
    return graphs


@pytest.fixture(scope="module", params=BACKENDS)
def seed_store(request, seed_graphs) -> Store:
    """A store holding the seed graph, on each backend in turn (one per test module)."""
    with store_holding(request, request.param, seed_graphs) as store:
        yield store


@pytest.fixture(scope="module")
def client(seed_store) -> TestClient:
    """The API on the seed store."""
    with api_on(seed_store) as test_client:
        yield test_client
