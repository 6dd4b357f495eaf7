"""`ckg extract ARTICLE.txt [--date YYYY-MM-DD] [-o draft.yaml]`: draft a curated annotation from a raw article."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ckg.files import write_atomically
from ckg.paths import REGISTRY_FILE
from ingest.errors import IngestError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--date {text!r} is not a date written YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", type=Path, help="the raw article text (UTF-8)")
    parser.add_argument("--date", type=_date, default=None,
                        help="publication date YYYY-MM-DD, when the article does not print one")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="where to write the draft (default: print it); its source.text points back to ARTICLE")
    parser.add_argument("--outlet", default=None,
                        help="actor id or registry name of the publisher, when the article does not say")
    parser.add_argument("--registry", type=Path, default=REGISTRY_FILE, help="the entity registry (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    from ingest.extract.confidence import review_first
    from ingest.extract.draft import draft_annotation, dump_yaml
    from ingest.extract.gazetteer import load_registry

    if not args.article.is_file():
        print(f"ckg extract: {args.article}: no such file", file=sys.stderr)
        return 2
    output = args.output or Path.cwd() / (args.article.stem + ".yaml")
    try:
        annotation = draft_annotation(args.article, output, args.date, load_registry(args.registry), outlet=args.outlet)
    except IngestError as exc:
        print(f"ckg extract: {exc.render()}", file=sys.stderr)
        return 1
    text = dump_yaml(annotation)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(args.output, text)
        counts = ", ".join(f"{len(annotation[k])} {k}" for k in ("people", "groups", "places", "events", "claims",
                                                                  "statements"))
        print(f"wrote {args.output}: {counts}", file=sys.stderr)
    weak = review_first(annotation)
    if weak:
        print(weak, file=sys.stderr)
    return 0
