"""Fixtures shared by the whole suite: stores on both backends, a real Oxigraph server, the API in-process
and a real `ckg serve`.

- `backend_location`: CKG_STORE naming an empty store, parametrised over "embedded" (a temporary
  directory) and "remote" (the query URL of a real `oxigraph serve`). A test that takes it (or
  `backend_store`) runs once per backend; `request.node.callspec.params["backend_location"]` says which.
- `backend_store`: that store, opened as a `ckg.store.Store` (embedded: pyoxigraph holds the
  directory's lock until the test ends, so a subprocess on the same store needs `backend_location`).
- `shared_oxigraph_server`: the session's real `oxigraph serve` (binary from the venv's `oxigraph`
  package) on a free port, with `query_url`, `update_url`, `location`; `backend_location` empties it
  before each remote test.
- `app_client(store, **settings)`: a `TestClient` on `api.main.create_app(store, Settings(...))`,
  entered (so the app's query workers start and stop with it) and closed after the test.
- `start_oxigraph_server(location, *args)`: a dedicated `oxigraph serve` on a given store directory.
- `start_ckg_serve(env)`: a real `ckg serve` in a subprocess on 127.0.0.1 and a free port, started
  with `env` added to the environment, waited for until /health answers, stopped after the test.
- `start_process(command, url, probe_path, env)`: any server command, waited for and stopped likewise.
- `free_port()`: a TCP port nobody listens on.

Nothing here knows about particular data: tests load what they need into the stores they get.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from ckg.store import RemoteStore, StoreConfig, open_store

VENV_BIN = Path(sys.executable).parent
STARTUP_TIMEOUT = 60.0  # seconds; generous for a loaded machine, only ever waited for on failure


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def free_port():
    """A function returning a TCP port on 127.0.0.1 that nothing listens on right now."""
    return _free_port


@dataclass
class RunningProcess:
    """A server started by a fixture: its base URL, process and log file."""

    url: str
    process: subprocess.Popen
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_server(command: list[str], url: str, probe_path: str, env: dict[str, str] | None,
                 log_dir: Path) -> RunningProcess:
    """Start `command` and wait until GET url+probe_path answers below 500; fail with its log if it does not."""
    log_path = log_dir / f"server-{int(time.time() * 1000)}.log"
    log = log_path.open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
                               stdin=subprocess.DEVNULL)
    log.close()
    server = RunningProcess(url, process, log_path)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{command[0]} exited with {process.returncode} before answering:\n{server.log()}")
        try:
            if httpx.get(url + probe_path, timeout=2.0).status_code < 500:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    stop_server(server)
    pytest.fail(f"{command[0]} did not answer at {url + probe_path} within {STARTUP_TIMEOUT:g} s:\n{server.log()}")


def stop_server(server: RunningProcess) -> None:
    """Terminate (SIGTERM), then kill if it does not stop within ten seconds."""
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@dataclass
class OxigraphServer:
    query_url: str
    update_url: str
    location: Path
    process: RunningProcess


def _start_oxigraph(location: Path, extra_args: tuple[str, ...], log_dir: Path) -> OxigraphServer:
    binary = shutil.which("oxigraph", path=str(VENV_BIN)) or shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the `oxigraph` server binary is missing: pip install the dev extra (oxigraph==0.5.13)")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    process = start_server([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *extra_args],
                           base, "/query?query=ASK%7B%7D", None, log_dir)
    return OxigraphServer(query_url=base + "/query", update_url=base + "/update", location=location, process=process)


@pytest.fixture(scope="session")
def shared_oxigraph_server(tmp_path_factory):
    """A real `oxigraph serve --location TMP --bind 127.0.0.1:PORT` for the whole session."""
    directory = tmp_path_factory.mktemp("oxigraph-server")
    server = _start_oxigraph(directory / "data", (), directory)
    yield server
    stop_server(server.process)


@pytest.fixture
def start_oxigraph_server(tmp_path):
    """`start_oxigraph_server(location, *extra_args)`: a dedicated `oxigraph serve` on a store directory
    (e.g. one built with pyoxigraph, closed first), stopped after the test."""
    servers = []

    def start(location: Path, *extra_args: str) -> OxigraphServer:
        server = _start_oxigraph(Path(location), extra_args, tmp_path)
        servers.append(server)
        return server

    yield start
    for server in servers:
        stop_server(server.process)


@pytest.fixture(params=["embedded", "remote"])
def backend_location(request):
    """CKG_STORE naming an empty store, on each backend in turn: a fresh directory (embedded) or the
    shared Oxigraph server's query URL (remote, emptied first). Use it to start `ckg serve` or any
    `ckg` command on that store; open it with `ckg.store.open_store(StoreConfig(location))`."""
    if request.param == "embedded":
        directory = Path(tempfile.mkdtemp(prefix="ckg-test-store-"))
        yield str(directory)
        shutil.rmtree(directory, ignore_errors=True)
    else:
        server = request.getfixturevalue("shared_oxigraph_server")
        RemoteStore(server.query_url, server.update_url).update("DROP SILENT ALL")
        yield server.query_url


@pytest.fixture
def backend_store(backend_location):
    """The empty store `backend_location` names, opened (and closed after the test)."""
    store = open_store(StoreConfig(backend_location))
    yield store
    store.close()


@pytest.fixture
def app_client():
    """`app_client(store, **settings)`: an entered TestClient on create_app(store, Settings(**settings))."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from api.settings import Settings

    clients = []

    def make(store, **settings):
        client = TestClient(create_app(store=store, settings=Settings(**settings)))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def start_process(tmp_path):
    """`start_process(command, url, probe_path, env)`: any server command, waited for until GET
    url+probe_path answers below 500, stopped after the test; returns a RunningProcess."""
    servers = []

    def start(command: list[str], url: str, probe_path: str, env: dict[str, str] | None = None) -> RunningProcess:
        server = start_server(command, url, probe_path, env, tmp_path)
        servers.append(server)
        return server

    yield start
    for server in servers:
        stop_server(server)


@pytest.fixture
def start_ckg_serve(tmp_path):
    """`start_ckg_serve(env)`: a real `ckg serve` on 127.0.0.1:free port, with `env` added (CKG_STORE ...)."""
    servers = []

    def start(env: dict[str, str]) -> RunningProcess:
        port = _free_port()
        command = [str(VENV_BIN / "ckg"), "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
        server = start_server(command, f"http://127.0.0.1:{port}", "/health", env, tmp_path)
        servers.append(server)
        return server

    yield start
    for server in servers:
        stop_server(server)
