"""What the ingest sub-commands share: opening the store and turning known failures into one clean message."""
from __future__ import annotations

import sys
from collections.abc import Callable

from ckg.store import QuerySyntaxError, Store, StoreError, open_store
from ingest.errors import IngestError


def run_with_store(work: Callable[[Store], int]) -> int:
    """Run `work` on the configured store (CKG_STORE); known errors go to stderr without a traceback, exit 1."""
    store = None
    try:
        store = open_store()
        return work(store)
    except IngestError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except (StoreError, QuerySyntaxError) as exc:
        print(f"error: store: {exc}", file=sys.stderr)
    except OSError as exc:  # the store directory is locked by a running server, unwritable ...
        print(f"error: cannot open the store: {exc}", file=sys.stderr)
    finally:
        if store is not None:
            store.close()
    return 1


def print_report(report, verb: str) -> None:
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for iri, count in sorted(report.graphs.items()):
        print(f"{verb} <{iri}>: {count} triples" if count else f"dropped <{iri}>: nothing left to put in it")
