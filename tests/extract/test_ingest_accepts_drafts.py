"""An unreviewed draft is already a valid annotation: the ingest pipeline takes it as it is, into a memory store."""
from __future__ import annotations

from pathlib import Path

import pytest

from ckg.paths import ROOT, SOURCES_DIR
from ckg.store import StoreConfig, open_store
from ingest.pipeline import ingest

ARTICLES = [SOURCES_DIR / "2016-11-03_new-arab_aleppo-rebel-push.txt",
            *sorted((ROOT / "tests" / "data" / "dev").glob("*.txt")),
            *sorted((ROOT / "tests" / "data" / "holdout").glob("*.txt"))]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: Path(p).stem)
def test_ingest_accepts_the_draft(drafts, article):
    draft_path, annotation = drafts(article)
    store = open_store(StoreConfig("memory"))
    report = ingest(draft_path, store)
    source_graph = f"https://w3id.org/conflictkg/graph/source/{annotation['source']['id']}"
    assert report.graphs[source_graph] > 0
    claims = store.select("SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a <https://w3id.org/conflictkg/ontology#CasualtyClaim> } }")
    assert int(claims[0]["n"]) == len(annotation["claims"])
