"""docker-compose.yml without Docker: the same two processes with the same settings, checked end to end.

The oxigraph service's command runs the venv's `oxigraph` binary (the image's entrypoint), on a
temporary directory and a free port; the api service's command runs through `sh -c` exactly as
written, with the venv first on PATH (the image's `python` and `ckg`), its environment with the
oxigraph host name replaced by 127.0.0.1:PORT, and 127.0.0.1 and a free port instead of 0.0.0.0:8000.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import httpx
import yaml

from ckg.paths import ROOT

COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
VENV_BIN = Path(sys.executable).parent
SOURCE_GRAPH = "https://w3id.org/conflictkg/graph/source/2016-11-03_new-arab_aleppo-rebel-push"


def test_the_dockerfile_starts_the_api_the_way_compose_does():
    compose = yaml.safe_load(COMPOSE.read_text())
    cmd_line = next(line for line in DOCKERFILE.read_text().splitlines() if line.startswith("CMD "))
    assert json.loads(cmd_line[len("CMD "):]) == compose["services"]["api"]["command"]
    assert DOCKERFILE.read_text().splitlines()[1] == "FROM python:3.11-slim"
    assert compose["services"]["oxigraph"]["image"].startswith("ghcr.io/oxigraph/oxigraph")


def test_compose_stack_without_docker(tmp_path, free_port, start_process):
    compose = yaml.safe_load(COMPOSE.read_text())
    oxigraph, api = compose["services"]["oxigraph"], compose["services"]["api"]

    store_port = free_port()
    oxigraph_command = [str(VENV_BIN / "oxigraph")] + [
        str(tmp_path / "data") if arg == "/data" else arg.replace("0.0.0.0:7878", f"127.0.0.1:{store_port}")
        for arg in oxigraph["command"]
    ]
    start_process(oxigraph_command, f"http://127.0.0.1:{store_port}", "/query?query=ASK%7B%7D",
                  {key: str(value) for key, value in oxigraph.get("environment", {}).items()})

    api_port = free_port()
    environment = {key: str(value).replace("oxigraph:7878", f"127.0.0.1:{store_port}")
                   for key, value in api["environment"].items()}
    environment["PATH"] = f"{VENV_BIN}:/usr/bin:/bin"
    shell, flag, script = api["command"]
    assert (shell, flag) == ("sh", "-c")
    script, replaced = re.subn(r"--host 0\.0\.0\.0 --port 8000", f"--host 127.0.0.1 --port {api_port}", script)
    assert replaced == 1
    base = f"http://127.0.0.1:{api_port}"
    start_process([shell, flag, script], base, "/health", environment)

    health = httpx.get(base + "/health").json()
    assert health["status"] == "ok" and health["backend"] == "remote"
    assert health["store"] == environment["CKG_STORE"]
    assert health["query_timeout_seconds"] == float(environment["CKG_QUERY_TIMEOUT"])
    assert health["triples"] > 0
    built = httpx.get(base + "/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{SOURCE_GRAPH}> {{ ?s ?p ?o }} }}"})
    assert built.status_code == 200
    assert int(built.json()["results"]["bindings"][0]["n"]["value"]) > 0
    count_all = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    direct = httpx.get(environment["CKG_STORE"], params={"query": count_all},
                       headers={"Accept": "application/sparql-results+json"}).json()
    assert int(direct["results"]["bindings"][0]["n"]["value"]) == health["triples"]  # ckg build wrote to oxigraph
