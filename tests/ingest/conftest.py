"""Shared fixtures for the ingest tests: the real seed article, a small annotation of it, fresh stores."""
from __future__ import annotations

import os
import socket
import sys
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from ckg.paths import ROOT
from ckg.store import OxigraphStore, RemoteStore, remove_store_dir, temporary_store_dir

# The test modules import their helpers from ingest_testlib.py beside this file (pytest runs with
# --import-mode=importlib, which does not put test folders on sys.path).
sys.path.insert(0, str(Path(__file__).parent))

@pytest.fixture
def store():
    directory = temporary_store_dir()
    opened = OxigraphStore(directory)
    yield opened
    opened.close()
    remove_store_dir(directory)


@pytest.fixture
def store_dir_env(monkeypatch):
    """CKG_STORE pointing at a fresh embedded store directory, for CLI runs."""
    directory = temporary_store_dir()
    monkeypatch.setenv("CKG_STORE", str(directory))
    yield directory
    remove_store_dir(directory)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph server (the `oxigraph` CLI from the dev extras) on a free port; yields its query URL."""
    binary = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "oxigraph"
    if not binary.exists():
        binary = ROOT / ".venv" / "bin" / "oxigraph"
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(200):
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {process.stderr.read().decode(errors='replace')}")
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("oxigraph serve did not answer")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def remote_store(oxigraph_server, monkeypatch):
    """The remote store through CKG_STORE, emptied before the test."""
    monkeypatch.setenv("CKG_STORE", oxigraph_server)
    remote = RemoteStore(oxigraph_server)
    remote.update("DROP ALL")
    return remote
