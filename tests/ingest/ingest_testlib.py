"""Helpers for the ingest tests (imported by the test modules; conftest.py puts this folder on sys.path)."""
from __future__ import annotations

from pathlib import Path

from ckg.paths import ROOT, SOURCES_DIR
from ingest.export import sorted_nquads

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_ANNOTATION = FIXTURES / "seed-small.yaml"
SMALL_REGISTRY = FIXTURES / "registry.yaml"
SEED_TEXT = SOURCES_DIR / "2016-11-03_new-arab_aleppo-rebel-push.txt"
DEV_DIR = ROOT / "tests" / "data" / "dev"


def read_exactly(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def quads(store) -> str:
    """Everything in the store as canonical (sorted) N-Quads, to compare stores exactly."""
    return sorted_nquads(store.dataset())


def annotation_variant(tmp_path: Path, old: str, new: str, name: str = "broken.yaml") -> Path:
    """A copy of the small annotation with one edit, its `text:` pointing at the real article."""
    text = SMALL_ANNOTATION.read_text(encoding="utf-8")
    assert old in text, f"the fixture no longer contains {old!r}"
    text = text.replace(old, new, 1)
    text = text.replace("text: ../../../data/sources/", f"text: {SOURCES_DIR}/")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line of `path` containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")
