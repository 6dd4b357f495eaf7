"""The REST endpoints run their queries under CKG_QUERY_TIMEOUT, as /sparql does, on both backends.

A query that outlives the timeout is stopped (its worker killed) and answered 503 naming CKG_QUERY_TIMEOUT,
and the server goes on answering; a remote store that cannot be reached, fails or is too slow is a
503, 502 or 504 with a message, never a 500.

The slow query is a real one on real data: the seed graph plus a chain of CHAIN_LENGTH places above Syria
(each located in the next, in a named graph of its own). GET /events?place=<the top of the chain> makes
events.rq follow ckg:locatedIn+ from each event's place across the graph boundary into the chain and up
every step of it: quadratic in the chain's length, 10 to 20 s for 800 places (measured on an idle and on
a busy machine), ten times the timeout used here or more. The other endpoints never walk the chain and
stay fast on the same store.
"""
from __future__ import annotations

import time

import psutil
import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from api.services.rest_common import place_iri
from ckg.namespaces import CKG
from ckg.query_runner import QueryRunner
from ckg.store import OxigraphStore, RemoteStore
from rest_testlib import SOURCE

TIMEOUT = 1.0  # seconds, CKG_QUERY_TIMEOUT for these tests
CHAIN_LENGTH = 800
CHAIN_GRAPH = "urn:ckg:test:deep-place-chain"
SLOW = f"/events?place=deep-{CHAIN_LENGTH}"
FAST = "/actors/fastaqem"  # about ten queries, none of them near the chain
WORKER_START_BOUND = 60.0  # seconds; only ever waited for on failure
# One route of each REST router, the RDF formats (queries/describe.rq) and the exports among them.
REST_CALLS = ["/events", f"/events/{SOURCE}/miznaz-airstrike", "/claims?place=miznaz", "/actors/fastaqem",
              "/places?format=turtle", "/statements", f"/sources/{SOURCE}", "/export/acled.csv",
              "/export/events.geojson"]


@pytest.fixture(scope="module")
def deep_graphs(seed_graphs) -> dict[str, Graph]:
    """The seed graph's named graphs and one more holding Syria -> deep-1 -> ... -> deep-CHAIN_LENGTH."""
    chain = Graph()
    below = place_iri("syria")
    for step in range(1, CHAIN_LENGTH + 1):
        place = place_iri(f"deep-{step}")
        chain.add((place, RDF.type, CKG.Place))
        chain.add((below, CKG.locatedIn, place))
        below = place
    return {**seed_graphs, CHAIN_GRAPH: chain}


@pytest.fixture
def deep_store(tmp_path, deep_graphs):
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs(deep_graphs)
    yield store
    store.close()


def started_workers(runner: QueryRunner, other_than: frozenset[int] = frozenset()) -> frozenset[int]:
    """The pool's worker pids once it is full again with none of `other_than` left in it."""
    deadline = time.monotonic() + WORKER_START_BOUND
    while time.monotonic() < deadline:
        pids = frozenset(runner.worker_pids())
        if len(pids) == runner.size and pids.isdisjoint(other_than):
            return pids
        time.sleep(0.05)
    pytest.fail(f"the query workers were not (re)started within {WORKER_START_BOUND:g} s")


def test_a_rest_query_outliving_the_timeout_is_stopped_and_the_server_answers_on(deep_store, app_client):
    client = app_client(deep_store, query_timeout=TIMEOUT, query_workers=1)
    runner = client.app.state.sparql.backend.runner
    workers = started_workers(runner)  # a worker still starting would make the first request wait on it
    before = client.get(FAST)
    assert before.status_code == 200

    stopped = client.get(SLOW)

    assert stopped.status_code == 503, stopped.text[:300]
    assert "CKG_QUERY_TIMEOUT" in stopped.json()["detail"]
    assert stopped.headers["retry-after"]
    replacements = started_workers(runner, other_than=workers)
    assert not any(psutil.pid_exists(pid) for pid in workers)  # killed, not left computing
    after = client.get(FAST)
    assert after.status_code == 200 and after.json() == before.json()
    assert frozenset(runner.worker_pids()) == replacements


def test_a_slow_remote_store_is_a_504_naming_the_timeout(tmp_path, deep_graphs, start_oxigraph_server, app_client):
    """Our HTTP client gives up at the timeout; `oxigraph serve --timeout-s` then cancels the query itself."""
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs(deep_graphs)
    store.close()  # the server opens the directory itself
    server = start_oxigraph_server(tmp_path / "store", "--timeout-s", str(int(TIMEOUT) + 2))
    client = app_client(RemoteStore(server.query_url, server.update_url), query_timeout=TIMEOUT)
    before = client.get(FAST)
    assert before.status_code == 200

    stopped = client.get(SLOW)

    assert stopped.status_code == 504, stopped.text[:300]
    assert "CKG_QUERY_TIMEOUT" in stopped.json()["detail"]
    after = client.get(FAST)
    assert after.status_code == 200 and after.json() == before.json()


@pytest.mark.parametrize("url", REST_CALLS)
def test_an_unreachable_remote_store_is_a_503_with_a_message(url, free_port, app_client):
    nobody = f"http://127.0.0.1:{free_port()}/query"
    client = app_client(RemoteStore(nobody), query_timeout=TIMEOUT)

    response = client.get(url)

    assert response.status_code == 503, response.text
    assert nobody in response.json()["detail"] and "unreachable" in response.json()["detail"]
    assert response.headers["retry-after"]


def test_a_remote_store_answering_an_error_is_a_502_with_its_message(shared_oxigraph_server, app_client):
    """The real `oxigraph serve`, asked at a path where it serves no SPARQL endpoint, answers 404."""
    wrong_endpoint = shared_oxigraph_server.query_url.removesuffix("/query") + "/no-such-endpoint"
    client = app_client(RemoteStore(wrong_endpoint), query_timeout=TIMEOUT)

    response = client.get("/events")

    assert response.status_code == 502, response.text
    assert "the remote store answered 404" in response.json()["detail"]

