"""`ckg serve`: clear errors for bad settings and a store in use, a warning for an empty store."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from ckg.store import OxigraphStore

CKG = str(Path(sys.executable).parent / "ckg")


def run_serve(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CKG, "serve", *args], env={**os.environ, **env}, capture_output=True, text=True, timeout=60)


def test_a_bad_setting_stops_serve_with_the_variable_named(tmp_path):
    result = run_serve({"CKG_STORE": str(tmp_path / "store"), "CKG_QUERY_TIMEOUT": "soon"})
    assert result.returncode == 2
    assert "CKG_QUERY_TIMEOUT" in result.stderr and "soon" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_port_is_refused(tmp_path):
    result = run_serve({"CKG_STORE": str(tmp_path / "store")}, "--port", "70000")
    assert result.returncode == 2 and "--port" in result.stderr


def test_a_store_in_use_by_another_process_is_reported(tmp_path):
    holder = OxigraphStore(tmp_path / "store")  # holds RocksDB's lock, as a running `ckg build` would
    try:
        result = run_serve({"CKG_STORE": str(tmp_path / "store")})
    finally:
        holder.close()
    assert result.returncode == 1
    assert "cannot open the store" in result.stderr and "another" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_store_is_served_with_a_warning(tmp_path, start_ckg_serve):
    server = start_ckg_serve({"CKG_STORE": str(tmp_path / "store")})
    assert httpx.get(server.url + "/health").json()["triples"] == 0
    assert "the store is empty" in server.log()
