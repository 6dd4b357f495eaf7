"""`ckg build`: rebuild the store from every data/sources/*.yaml, the registry and the ontology, in one write."""
from __future__ import annotations

import argparse
from pathlib import Path

from ckg.paths import REGISTRY_FILE, SOURCES_DIR
from ingest.cli_common import print_report, run_with_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sources", type=Path, default=SOURCES_DIR,
                        help="folder of annotations and raw texts (default: data/sources)")
    parser.add_argument("--registry", type=Path, default=REGISTRY_FILE,
                        help="the entity registry (default: data/registry.yaml)")


def run(args: argparse.Namespace) -> int:
    from ingest.pipeline import build

    def work(store) -> int:
        print_report(build(store, args.sources, args.registry), "built")
        return 0

    return run_with_store(work)
