"""`ckg export`: write the store's graph out (turtle: the union or one graph; trig, nquads, jsonld: graphs kept)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ckg.files import write_atomically
from ingest.cli_common import run_with_store
from ingest.export import FORMATS, ExportError, export


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="turtle", help="output format (default: turtle)")
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    parser.add_argument("--graph", metavar="IRI", help="export only this named graph")


def run(args: argparse.Namespace) -> int:
    def work(store) -> int:
        try:
            data = export(store, args.format, args.graph)
        except ExportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if args.output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            try:
                write_atomically(args.output, data)
            except OSError as exc:
                print(f"error: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
                return 1
            print(f"wrote {args.output} ({len(data)} bytes)", file=sys.stderr)
        return 0

    return run_with_store(work)
