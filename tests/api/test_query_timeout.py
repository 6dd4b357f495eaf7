"""CKG_QUERY_TIMEOUT really stops the work: a runaway query gets 503/504, others are served meanwhile,
and afterwards no process of ours (or the remote store's) burns CPU.

Runs against a real `ckg serve` and measures CPU with psutil. Figures are printed (pytest -s).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import pyoxigraph as ox

from api_testlib import SAMPLE_TRIG

TIMEOUT = 2  # seconds, CKG_QUERY_TIMEOUT for these tests
RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "SELECT ?label WHERE { GRAPH ?g { <https://w3id.org/conflictkg/id/place/aleppo> ?p ?label } }"
FILLER_TRIPLES = 3000
ANSWER_BOUND = TIMEOUT + 10  # generous: the bound is about the timeout working, not about speed
IDLE_CPU_PERCENT = 15.0  # the whole process tree, summed over cores
SETTLE_TIMEOUT = 20.0


def build_store(directory: Path) -> int:
    """The article sample plus a few thousand filler triples in the default graph, which the runaway
    query reads: 3000^3 combinations to count, a query that never ends in practice."""
    store = ox.Store(str(directory))
    store.load(path=str(SAMPLE_TRIG), format=ox.RdfFormat.TRIG)
    store.extend(ox.Quad(ox.NamedNode(f"urn:ckg:test:s{i}"), ox.NamedNode("urn:ckg:test:p"), ox.Literal(i))
                 for i in range(FILLER_TRIPLES))
    store.flush()
    size = len(store)
    del store  # release RocksDB's lock for the server
    return size


def process_tree(pids: list[int]) -> list[psutil.Process]:
    processes = []
    for pid in pids:
        try:
            root = psutil.Process(pid)
            processes += [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            pass
    return processes


def tree_cpu_percent(pids: list[int], interval: float = 1.0) -> float:
    """CPU used by the processes under `pids` over `interval` seconds (100 = one full core)."""
    processes = process_tree(pids)
    for process in processes:
        try:
            process.cpu_percent(None)
        except psutil.NoSuchProcess:
            pass
    time.sleep(interval)
    total = 0.0
    for process in processes:
        try:
            total += process.cpu_percent(None)
        except psutil.NoSuchProcess:
            pass
    return total


def wait_until_idle(pids: list[int]) -> float:
    """Let the tree settle (a fresh worker starting, a remote cancelling), then one more full sample.

    A sample straddling the moment work stops can read low by chance; the one after it cannot.
    """
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while tree_cpu_percent(pids) >= IDLE_CPU_PERCENT and time.monotonic() < deadline:
        pass
    return tree_cpu_percent(pids)


class RunawayClient(threading.Thread):
    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url = url
        self.response: httpx.Response | None = None
        self.elapsed: float | None = None

    def run(self):
        started = time.monotonic()
        self.response = httpx.post(self.url + "/sparql", content=RUNAWAY,
                                   headers={"Content-Type": "application/sparql-query"}, timeout=120)
        self.elapsed = time.monotonic() - started


@dataclass
class RunawayRun:
    runaway: RunawayClient
    small: list[tuple[httpx.Response, bool]]  # (response, the runaway was still running when it came)
    cpu_during: float | None  # CPU of the watched processes while the runaway ran, if measured in time


def run_runaway_beside_small_queries(url: str, watched_pids: list[int]) -> RunawayRun:
    """Start the runaway, send small queries while it runs, and measure the CPU it burns meanwhile."""
    runaway = RunawayClient(url)
    runaway.start()
    time.sleep(0.5)  # let the runaway reach its worker; the assertions below do not depend on this
    small = []
    while runaway.is_alive() and len(small) < 3:
        response = httpx.get(url + "/sparql", params={"query": SMALL}, timeout=30)
        small.append((response, runaway.is_alive()))
    cpu_during = None
    if runaway.is_alive():
        cpu = tree_cpu_percent(watched_pids, interval=0.8)
        cpu_during = cpu if runaway.is_alive() else None  # only a sample taken wholly during the runaway counts
    runaway.join(timeout=ANSWER_BOUND + 60)
    return RunawayRun(runaway, small, cpu_during)


def check_runaway_run(run: RunawayRun, expected_status: int) -> None:
    runaway = run.runaway
    assert runaway.response is not None and runaway.response.status_code == expected_status, runaway.response
    assert TIMEOUT * 0.9 <= runaway.elapsed <= ANSWER_BOUND
    first_small, served_meanwhile = run.small[0]
    assert first_small.status_code == 200 and served_meanwhile
    assert "Aleppo" in first_small.text
    if run.cpu_during is not None:  # the measurement sees a busy query, so its idle reading means something
        assert run.cpu_during > IDLE_CPU_PERCENT


def test_runaway_query_is_stopped_on_the_embedded_store(tmp_path, start_ckg_serve):
    triples = build_store(tmp_path / "store")
    server = start_ckg_serve({"CKG_STORE": str(tmp_path / "store"), "CKG_QUERY_TIMEOUT": str(TIMEOUT),
                              "CKG_QUERY_WORKERS": "2"})
    assert httpx.get(server.url + "/health").json()["triples"] == triples
    workers_before = {p.pid for p in process_tree([server.process.pid])[1:]}

    run = run_runaway_beside_small_queries(server.url, [server.process.pid])

    check_runaway_run(run, 503)
    assert "stopped" in run.runaway.response.text
    cpu_after = wait_until_idle([server.process.pid])
    workers_after = {p.pid for p in process_tree([server.process.pid])[1:]}
    killed = workers_before - workers_after
    print(f"\nembedded: {triples} triples; runaway answered {run.runaway.response.status_code} after "
          f"{run.runaway.elapsed:.2f} s (timeout {TIMEOUT} s); small query served meanwhile "
          f"({run.small[0][0].elapsed.total_seconds() * 1000:.0f} ms); server tree CPU during the runaway "
          f"{run.cpu_during} %, afterwards {cpu_after:.1f} %; workers killed: {len(killed)}")
    assert len(killed) == 1  # exactly the runaway's worker, replaced by a fresh one
    assert cpu_after < IDLE_CPU_PERCENT
    assert httpx.get(server.url + "/sparql", params={"query": SMALL}).status_code == 200


def test_runaway_query_is_stopped_on_the_remote_store(tmp_path, start_ckg_serve, start_oxigraph_server):
    """Our HTTP client gives up at the timeout (504); the remote Oxigraph, given a slightly longer
    --timeout-s as in docker-compose.yml, cancels the query itself, so nothing keeps computing."""
    triples = build_store(tmp_path / "store")
    oxigraph = start_oxigraph_server(tmp_path / "store", "--timeout-s", str(TIMEOUT + 2))
    server = start_ckg_serve({"CKG_STORE": oxigraph.query_url, "CKG_QUERY_TIMEOUT": str(TIMEOUT)})
    assert httpx.get(server.url + "/health").json()["triples"] == triples

    watched = [server.process.pid, oxigraph.process.process.pid]
    run = run_runaway_beside_small_queries(server.url, watched)

    check_runaway_run(run, 504)
    cpu_after = wait_until_idle(watched)
    print(f"\nremote: runaway answered {run.runaway.response.status_code} after {run.runaway.elapsed:.2f} s "
          f"(timeout {TIMEOUT} s, oxigraph --timeout-s {TIMEOUT + 2}); small query served meanwhile "
          f"({run.small[0][0].elapsed.total_seconds() * 1000:.0f} ms); CPU of ckg serve + oxigraph during the "
          f"runaway {run.cpu_during} %, afterwards {cpu_after:.1f} %")
    assert cpu_after < IDLE_CPU_PERCENT
