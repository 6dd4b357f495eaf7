"""`python -m api.wait_for_store [SECONDS]`: wait until the store CKG_STORE names answers a query.

For container start-up, where the API may start before the SPARQL server it uses is listening.
Exits 0 once `ASK {}` succeeds (at once for an embedded store), 1 with the last error otherwise.
"""
from __future__ import annotations

import sys
import time

from ckg.store import QuerySyntaxError, StoreConfig, StoreError, open_store

DEFAULT_WAIT_SECONDS = 60.0


def wait_for_store(config: StoreConfig, seconds: float) -> str | None:
    """None once the store answers, else the last error after `seconds`."""
    if not config.is_remote:
        return None  # an embedded store is opened (and created) by whoever uses it
    deadline = time.monotonic() + seconds
    while True:
        try:
            open_store(config).ask("ASK {}")
            return None
        except (StoreError, QuerySyntaxError, OSError) as exc:
            if time.monotonic() >= deadline:
                return str(exc)
        time.sleep(0.5)


def main(argv: list[str]) -> int:
    try:
        seconds = float(argv[0]) if argv else DEFAULT_WAIT_SECONDS
    except ValueError:
        print(f"usage: python -m api.wait_for_store [SECONDS]; got {argv[0]!r}", file=sys.stderr)
        return 2
    config = StoreConfig.from_env()
    error = wait_for_store(config, seconds)
    if error:
        print(f"wait_for_store: {config.location} did not answer within {seconds:g} s: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
