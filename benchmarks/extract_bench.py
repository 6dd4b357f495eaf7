"""Extraction throughput: every article with a gold file (seed, dev, holdout) drafted repeatedly; then the cost of
replacing the rules' confidences with the measured ones (ingest/extract/confidence.py), once per article."""
from __future__ import annotations

import time
from pathlib import Path

from ckg.paths import ROOT, SOURCES_DIR
from ingest.extract.gazetteer import load_registry
from ingest.extract.confidence import load_calibration
from ingest.extract.draft import draft_annotation, extract
from ingest.layout import read_raw_text
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
    table, spent = load_calibration(), 0.0
    for path in paths:
        annotation = draft_annotation(path, path.with_suffix(".draft.yaml"), vocab=vocab, registry=registry,
                                      calibrated=False)
        raw = read_raw_text(path)
        started = time.perf_counter()
        table.apply(annotation, raw, registry)
        spent += time.perf_counter() - started
    print(f"measured confidences for {len(paths)} drafts in {spent:.2f} s: {1000 * spent / len(paths):.1f} ms/article")


if __name__ == "__main__":
    main()
