"""The `ckg` command: one entry point whose sub-commands live in the modules that do the work.

Each sub-command module exposes `add_arguments(parser)` and `run(args) -> int`; modules are
imported only when their sub-command runs, so `ckg check` does not pay for FastAPI's import.
"""
from __future__ import annotations

import argparse
import importlib
import sys

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("ckg.check", "parse ontology, shapes, data and queries; report errors as file:line:column"),
    "fmt": ("ckg.fmt", "rewrite Turtle files in canonical form (--check: fail if any is not)"),
    "docs": ("ckg.docs", "write HTML documentation of the ontology and vocabularies"),
    "ingest": ("ingest.cli_ingest", "ingest one curated annotation into the store"),
    "build": ("ingest.cli_build", "build the graph from every curated source into the store"),
    "export": ("ingest.cli_export", "write the store's graph out (turtle, trig, nquads, jsonld)"),
    "serve": ("api.cli_serve", "serve the SPARQL endpoint and REST API"),
    "extract": ("ingest.extract.cli_extract", "draft a curated annotation from a raw article"),
    "eval": ("ingest.extract.cli_eval", "score a draft annotation against a gold annotation"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ckg", description="ConflictKG: the conflict-event knowledge graph.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        subparsers.add_parser(name, help=help_text, description=help_text)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv or argv[0] not in COMMANDS:
        args = parser.parse_args(argv)  # prints help or the usage error
        parser.print_help()
        return 2
    name = argv[0]
    module = importlib.import_module(COMMANDS[name][0])
    sub = argparse.ArgumentParser(prog=f"ckg {name}", description=COMMANDS[name][1])
    module.add_arguments(sub)
    args = sub.parse_args(argv[1:])
    return int(module.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
