"""`ckg eval DRAFT GOLD`: precision, recall and F1 per category of a draft annotation against a gold one."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ckg.paths import REGISTRY_FILE
from ingest.errors import IngestError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", type=Path, help="the draft (curated format, data/README.md)")
    parser.add_argument("gold", type=Path, help="the gold: curated format or the dev gold format (tests/data/dev)")
    parser.add_argument("--details", action="store_true", help="also list what was missed, extra or wrongly dated")
    parser.add_argument("--registry", type=Path, default=REGISTRY_FILE, help="the entity registry (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    from ingest.extract.gazetteer import load_registry
    from ingest.extract.gold import load_scored
    from ingest.extract.score import details, report, score

    for path in (args.draft, args.gold):
        if not path.is_file():
            print(f"ckg eval: {path}: no such file", file=sys.stderr)
            return 2
    try:
        registry = load_registry(args.registry)
        scores = score(load_scored(args.draft, registry), load_scored(args.gold, registry))
    except IngestError as exc:
        print(f"ckg eval: {exc.render()}", file=sys.stderr)
        return 1
    print(report(scores, f"{args.draft} against {args.gold}"))
    if args.details:
        print(details(scores))
    return 0
