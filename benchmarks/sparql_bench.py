"""Per-request latency of a small SELECT through /sparql, on the embedded and the remote backend.

    python -m benchmarks.sparql_bench [--requests N]

Builds the graph from data/ with `ckg build` into a temporary store (embedded directory, or a real
`oxigraph serve`), starts a real `ckg serve` on it, and times N sequential requests on one
keep-alive connection. For scale it also times the same query without the API: pyoxigraph in
process (embedded) and straight to the Oxigraph server (remote). Prints milliseconds.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

VENV_BIN = Path(sys.executable).parent
QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { GRAPH ?g { <https://w3id.org/conflictkg/id/place/aleppo> rdfs:label ?label } }"""
ACCEPT = {"Accept": "application/sparql-results+json"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command: list[str], probe_url: str, env: dict[str, str]) -> subprocess.Popen:
    process = subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{command[0]} exited with {process.returncode}")
        try:
            if httpx.get(probe_url, timeout=2).status_code < 500:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{command[0]} did not start")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=15)


def build(ckg_store: str) -> None:
    subprocess.run([str(VENV_BIN / "ckg"), "build"], env={**os.environ, "CKG_STORE": ckg_store}, check=True,
                   stdout=subprocess.DEVNULL)


def timed(call: Callable[[], None], requests: int) -> list[float]:
    for _ in range(min(20, requests)):  # warm up: connections, worker store views, caches
        call()
    latencies = []
    for _ in range(requests):
        started = time.perf_counter()
        call()
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def http_call(client: httpx.Client, url: str) -> Callable[[], None]:
    def call() -> None:
        response = client.get(url, params={"query": QUERY}, headers=ACCEPT)
        response.raise_for_status()
        assert "Aleppo" in response.text
    return call


def report(label: str, latencies: list[float]) -> None:
    ordered = sorted(latencies)
    percentile = lambda p: ordered[min(len(ordered) - 1, int(p * len(ordered)))]  # noqa: E731
    print(f"{label:<48} median {statistics.median(ordered):6.2f}  p90 {percentile(0.9):6.2f}  "
          f"p99 {percentile(0.99):6.2f}  mean {statistics.fmean(ordered):6.2f}  ({len(ordered)} requests)")


def serve_and_time(ckg_store: str, requests: int) -> list[float]:
    port = free_port()
    server = start([str(VENV_BIN / "ckg"), "serve", "--port", str(port), "--log-level", "warning"],
                   f"http://127.0.0.1:{port}/health", {"CKG_STORE": ckg_store})
    try:
        with httpx.Client(timeout=30) as client:
            return timed(http_call(client, f"http://127.0.0.1:{port}/sparql"), requests)
    finally:
        stop(server)


def bench_embedded(requests: int, workdir: Path) -> None:
    import pyoxigraph as ox

    store_dir = workdir / "embedded"
    build(str(store_dir))
    report("embedded: GET /sparql via ckg serve", serve_and_time(str(store_dir), requests))
    store = ox.Store.read_only(str(store_dir))
    report("embedded: pyoxigraph in process (no API)",
           timed(lambda: store.query(QUERY).serialize(format=ox.QueryResultsFormat.JSON), requests))


def bench_remote(requests: int, workdir: Path) -> None:
    port = free_port()
    oxigraph = start([str(VENV_BIN / "oxigraph"), "serve", "--location", str(workdir / "remote"),
                      "--bind", f"127.0.0.1:{port}"], f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", {})
    try:
        query_url = f"http://127.0.0.1:{port}/query"
        build(query_url)
        report("remote: GET /sparql via ckg serve", serve_and_time(query_url, requests))
        with httpx.Client(timeout=30) as client:
            report("remote: GET straight to oxigraph serve (no API)", timed(http_call(client, query_url), requests))
    finally:
        stop(oxigraph)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="timed requests per case (default 300)")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="ckg-bench-"))
    try:
        print(f"small SELECT, latency in ms, {args.requests} sequential requests per case")
        bench_embedded(args.requests, workdir)
        bench_remote(args.requests, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
