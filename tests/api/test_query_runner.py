"""The killable query worker pool (ckg/query_runner.py) on a real on-disk store."""
from __future__ import annotations

import json
import time

import psutil
import pyoxigraph as ox
import pytest

from ckg.query_runner import (
    NotAcceptable, QueryJob, QueryRunner, QueryTimeout, RunnerUnavailable, store_fingerprint,
)
from ckg.store import QuerySyntaxError

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALEPPO = ox.NamedNode("https://w3id.org/conflictkg/id/place/aleppo")


@pytest.fixture
def writable(tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    store.add(ox.Quad(ALEPPO, LABEL, ox.Literal("Aleppo", language="en")))
    yield store, tmp_path / "store"


@pytest.fixture
def runner(writable):
    pool = QueryRunner(writable[1], size=2)
    yield pool
    pool.close()


def labels(runner: QueryRunner) -> set[str]:
    output = runner.run(QueryJob(f"SELECT ?l WHERE {{ {ALEPPO} {LABEL} ?l }}"), timeout=30)
    assert output.media_type == "application/sparql-results+json"
    return {b["l"]["value"] for b in json.loads(output.body)["results"]["bindings"]}


def test_workers_see_writes_made_after_they_opened_the_store(writable, runner):
    store, _ = writable
    assert labels(runner) == {"Aleppo"}
    store.add(ox.Quad(ALEPPO, LABEL, ox.Literal("حلب", language="ar")))
    assert labels(runner) == {"Aleppo", "حلب"}
    store.remove(ox.Quad(ALEPPO, LABEL, ox.Literal("Aleppo", language="en")))
    assert labels(runner) == {"حلب"}


def test_the_fingerprint_changes_with_every_committed_write(writable):
    store, directory = writable
    before = store_fingerprint(directory)
    store.add(ox.Quad(ALEPPO, LABEL, ox.Literal("Halab", language="en")))
    assert store_fingerprint(directory) != before


def test_a_timed_out_query_kills_its_worker_and_a_fresh_one_takes_over(writable, runner):
    store, _ = writable
    store.extend(ox.Quad(ox.NamedNode(f"urn:ckg:test:{i}"), LABEL, ox.Literal(str(i))) for i in range(2000))
    labels(runner)  # both workers up
    before = set(runner.worker_pids())
    with pytest.raises(QueryTimeout):
        runner.run(QueryJob("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), timeout=1)
    killed = before - set(runner.worker_pids())
    assert len(killed) == 1
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in killed)
    assert "Aleppo" in labels(runner)
    deadline = time.monotonic() + 30
    while len(runner.worker_pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(runner.worker_pids()) == 2


def test_syntax_errors_and_unacceptable_kinds_are_reported(runner):
    with pytest.raises(QuerySyntaxError, match=r"1:\d+"):
        runner.run(QueryJob("SELECT * WHERE { ?s ?p }"), timeout=30)
    with pytest.raises(NotAcceptable) as refused:
        runner.run(QueryJob("CONSTRUCT WHERE { ?s ?p ?o }", graph_format=None), timeout=30)
    assert refused.value.kind == "graph"


def test_the_dataset_replaces_the_default_graph(writable, runner):
    store, _ = writable
    graph = ox.NamedNode("https://w3id.org/conflictkg/graph/registry")
    store.add(ox.Quad(ALEPPO, LABEL, ox.Literal("Alep", language="fr"), graph))
    job = QueryJob(f"SELECT ?l WHERE {{ {ALEPPO} {LABEL} ?l }}", default_graphs=(graph.value,), named_graphs=())
    bindings = json.loads(runner.run(job, timeout=30).body)["results"]["bindings"]
    assert [b["l"]["value"] for b in bindings] == ["Alep"]


def test_a_store_that_cannot_be_opened_is_reported_without_waiting_for_the_timeout(tmp_path):
    not_a_store = tmp_path / "empty"
    not_a_store.mkdir()
    pool = QueryRunner(not_a_store, size=1)
    try:
        started = time.monotonic()
        with pytest.raises(RunnerUnavailable, match="cannot open the store"):
            pool.run(QueryJob("ASK {}"), timeout=120)
        assert time.monotonic() - started < 120
    finally:
        pool.close()


def test_close_stops_every_worker(writable):
    pool = QueryRunner(writable[1], size=2)
    labels(pool)
    pids = pool.worker_pids()
    pool.close()
    assert not [pid for pid in pids if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]
    with pytest.raises(RunnerUnavailable):
        pool.run(QueryJob("ASK {}"), timeout=5)
