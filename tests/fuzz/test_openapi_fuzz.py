"""A bounded, deterministic schemathesis run: every operation of the OpenAPI document, against a real
`ckg serve` on the graph `ckg build` makes, must answer without a server error and as documented.

Valid and invalid inputs, FUZZ_EXAMPLES of each per operation (derandomised: the same requests on every
run). tests/fuzz/run_schemathesis.sh runs the full, longer fuzzing (coverage and stateful phases too).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from ckg.store import OxigraphStore
from ingest.pipeline import build

# The hooks module sits beside this file (pytest runs with --import-mode=importlib).
sys.path.insert(0, str(Path(__file__).parent))
import schemathesis_hooks  # noqa: E402,F401  (SPARQL bodies sent as text)

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "15"))


def fuzz(operation, mode: GenerationMode) -> None:
    """Raise schemathesis's report (the check, the answer, a curl command) on the first failing request."""
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(checks=CHECKS, timeout=30)

    try:
        run()
    except Unsatisfiable:  # no parameter to get wrong (GET /health): nothing to test in this mode
        pass


def test_every_operation_answers_as_documented(tmp_path, start_ckg_serve):
    store = OxigraphStore(str(tmp_path / "store"))
    build(store)
    store.close()
    server = start_ckg_serve({"CKG_STORE": str(tmp_path / "store"), "CKG_QUERY_TIMEOUT": "10"})
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 19, [operation.label for operation in operations]
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            fuzz(operation, mode)
