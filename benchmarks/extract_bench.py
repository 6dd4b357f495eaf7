"""Extraction throughput: every article with a gold file (seed, dev, holdout) drafted repeatedly."""
from __future__ import annotations

import time
from pathlib import Path

from ckg.paths import ROOT, SOURCES_DIR
from ingest.extract.gazetteer import load_registry
from ingest.extract.draft import extract
from ingest.vocabulary import load_vocabulary

ROUNDS = 20


def articles() -> list[Path]:
    folders = [SOURCES_DIR, ROOT / "tests" / "data" / "dev", ROOT / "tests" / "data" / "holdout"]
    return [path for folder in folders for path in sorted(folder.glob("*.txt"))]


def main() -> None:
    vocab, registry = load_vocabulary(), load_registry()
    paths = articles()
    characters = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    extract(paths[0], vocab=vocab, registry=registry)  # warm-up: regex compilation, imports
    started = time.perf_counter()
    for _ in range(ROUNDS):
        for path in paths:
            extract(path, vocab=vocab, registry=registry)
    elapsed = time.perf_counter() - started
    drafted = ROUNDS * len(paths)
    print(f"{drafted} drafts of {len(paths)} articles in {elapsed:.2f} s: {drafted / elapsed:.1f} articles/s, "
          f"{1000 * elapsed / drafted:.1f} ms/article, {ROUNDS * characters / elapsed / 1000:.0f} k characters/s")


if __name__ == "__main__":
    main()
