#!/usr/bin/env bash
# Fuzz the running API against its own OpenAPI document with schemathesis (not collected by pytest).
#
# Builds data/ into a throwaway embedded store, serves it on a free loopback port, and runs every
# operation through schemathesis's phases (examples, coverage, fuzzing, stateful) with the checks
# not_a_server_error, response_schema_conformance, status_code_conformance and content_type_conformance.
# Bounded: MAX_EXAMPLES per operation and MAX_TIME seconds in all. Deterministic for a given SEED.
#
#   tests/fuzz/run_schemathesis.sh                  # 200 examples per operation, at most 600 s
#   MAX_EXAMPLES=50 MAX_TIME=120 SEED=7 tests/fuzz/run_schemathesis.sh
#   tests/fuzz/run_schemathesis.sh --include-path /sparql   # extra arguments go to `schemathesis run`
#
# Needs schemathesis in the venv (pip install schemathesis==4.32.5). The report (a pytest file
# reproducing any failure; REPORTS=ndjson,pytest for every exchange too) goes to var/fuzz/. Exit
# status: schemathesis's (0 = no issue found), 1 also when the server logged an unhandled error.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV_BIN="${VENV_BIN:-$ROOT/.venv/bin}"
MAX_EXAMPLES="${MAX_EXAMPLES:-200}"
MAX_TIME="${MAX_TIME:-600}"
SEED="${SEED:-1}"
REPORT_DIR="${REPORT_DIR:-$ROOT/var/fuzz}"
REPORTS="${REPORTS:-pytest}"  # ndjson adds every request and answer (a few hundred MB)

if [ ! -x "$VENV_BIN/schemathesis" ]; then
  echo "schemathesis is not installed: $VENV_BIN/pip install schemathesis==4.32.5" >&2
  exit 2
fi

STORE="$(mktemp -d "${TMPDIR:-/tmp}/ckg-fuzz-store-XXXXXX")"
PORT="$("$VENV_BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG="$STORE.serve.log"
SERVER_PID=""

cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$STORE" "$LOG"
}
trap cleanup EXIT

cd "$ROOT"
CKG_STORE="$STORE" "$VENV_BIN/ckg" build >/dev/null
# A short query timeout keeps every request bounded; the write token lets updates reach the store.
CKG_STORE="$STORE" CKG_QUERY_TIMEOUT=10 CKG_WRITE_TOKEN="fuzz-token" \
  "$VENV_BIN/ckg" serve --host 127.0.0.1 --port "$PORT" --log-level warning >"$LOG" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 300); do
  if "$VENV_BIN/python" -c "import httpx, sys; sys.exit(httpx.get('http://127.0.0.1:$PORT/health', timeout=1).status_code != 200)" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "ckg serve exited before answering:" >&2
    cat "$LOG" >&2
    exit 2
  fi
  sleep 0.2
done

mkdir -p "$REPORT_DIR"
set +e
PYTHONPATH="$ROOT/tests/fuzz${PYTHONPATH:+:$PYTHONPATH}" SCHEMATHESIS_HOOKS=schemathesis_hooks \
  "$VENV_BIN/schemathesis" run "http://127.0.0.1:$PORT/openapi.json" \
  --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
  --max-examples "$MAX_EXAMPLES" --max-time "$MAX_TIME" --seed "$SEED" \
  -H "Authorization: Bearer fuzz-token" \
  --workers 1 --request-timeout 20 --generation-database none --no-color \
  --report "$REPORTS" --report-dir "$REPORT_DIR" "$@"
STATUS=$?
set -e
if grep -q -E "Traceback|Exception in ASGI" "$LOG"; then
  echo "the server logged an unhandled error:" >&2
  cat "$LOG" >&2
  STATUS=1
fi
exit "$STATUS"
