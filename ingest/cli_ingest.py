"""`ckg ingest FILE`: check, build and validate one curated annotation, then replace its graph in the store."""
from __future__ import annotations

import argparse
from pathlib import Path

from ckg.paths import REGISTRY_FILE
from ingest.cli_common import print_report, run_with_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the annotation, e.g. data/sources/NAME.yaml")
    parser.add_argument("--registry", type=Path, default=REGISTRY_FILE,
                        help="the entity registry (default: data/registry.yaml)")


def run(args: argparse.Namespace) -> int:
    from ingest.pipeline import ingest

    def work(store) -> int:
        print_report(ingest(args.file, store, args.registry), "replaced")
        return 0

    return run_with_store(work)
