"""Build throughput (and the process's peak RSS so far): the seed article's annotation copied N times under new source ids, built into a fresh store."""
from __future__ import annotations

import re
import shutil
import tempfile
import time
import resource
from pathlib import Path

from ckg.paths import SOURCES_DIR
from ckg.store import OxigraphStore
from ingest.pipeline import annotation_files, build

COPIES = (1, 5, 20)


def make_corpus(folder: Path, copies: int) -> None:
    """Each copy is the same article under another source id, so every copy is a separate named graph."""
    for annotation in annotation_files(SOURCES_DIR):
        text = annotation.read_text(encoding="utf-8")
        source_id = re.search(r"^\s+id:\s*(\S+)", text, re.M).group(1)
        raw = annotation.with_suffix(".txt")
        for n in range(copies):
            new_id = f"{source_id}-copy{n:03d}"
            shutil.copyfile(raw, folder / f"{new_id}.txt")
            copy = text.replace(f"id: {source_id}", f"id: {new_id}", 1).replace(raw.name, f"{new_id}.txt")
            (folder / f"{new_id}.yaml").write_text(copy, encoding="utf-8")


def main() -> None:
    print(f"{'sources':>8} {'backend':>8} {'triples':>9} {'seconds':>8} {'triples/s':>10} {'peak RSS MiB':>12}")
    for copies in COPIES:
        for backend in ("memory", "disk"):
            with tempfile.TemporaryDirectory() as tmp:
                corpus = Path(tmp) / "sources"
                corpus.mkdir()
                make_corpus(corpus, copies)
                store = OxigraphStore("memory" if backend == "memory" else Path(tmp) / "store")
                started = time.perf_counter()
                build(store, sources_dir=corpus)
                elapsed = time.perf_counter() - started
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
                triples = store.triple_count()
                store.close()
                print(f"{copies:>8} {backend:>8} {triples:>9} {elapsed:>8.2f} {triples / elapsed:>10.0f} {peak:>12.1f}",
                      flush=True)


if __name__ == "__main__":
    main()
