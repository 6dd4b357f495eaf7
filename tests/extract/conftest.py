"""Drafts of the real articles, made once per session (extraction reads the registry and vocabularies)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ckg.paths import SOURCES_DIR

# Test modules import helpers from extract_testlib.py beside this file (pytest runs with
# --import-mode=importlib, which does not put test folders on sys.path).
sys.path.insert(0, str(Path(__file__).parent))
from extract_testlib import DEV_DIR  # noqa: E402 (importable once the folder is on sys.path)

SEED_ARTICLE = SOURCES_DIR / "2016-11-03_new-arab_aleppo-rebel-push.txt"
DEV_ARTICLES = sorted(DEV_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def drafts(tmp_path_factory):
    """article path -> (draft path, draft annotation as written)."""
    from ingest.extract.draft import draft_annotation, dump_yaml

    folder = tmp_path_factory.mktemp("drafts")
    made: dict[Path, tuple[Path, dict]] = {}

    def draft(article: Path) -> tuple[Path, dict]:
        if article not in made:
            path = folder / f"{article.stem}.yaml"
            annotation = draft_annotation(article, path)
            path.write_text(dump_yaml(annotation), encoding="utf-8")
            made[article] = (path, annotation)
        return made[article]

    return draft
