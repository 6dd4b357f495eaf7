"""An unreviewed draft is already a valid annotation: the ingest pipeline takes it as it is, into a memory store.

The seed article, every development article and a fixed quarter of the holdout (every fourth by name, so one from
each stretch of writers and layouts) are drafted and ingested; a draft and its ingest take about two seconds, and
the whole holdout would add minutes to every run. CKG_ALL_DRAFTS=1 takes every holdout article."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from ckg.paths import ROOT, SOURCES_DIR
from ckg.store import StoreConfig, open_store
from ingest.pipeline import ingest

ARTICLES = [SOURCES_DIR / "2016-11-03_new-arab_aleppo-rebel-push.txt",
            *sorted((ROOT / "tests" / "data" / "dev").glob("*.txt")),
            *sorted((ROOT / "tests" / "data" / "holdout").glob("*.txt"))[::1 if os.environ.get("CKG_ALL_DRAFTS") else 4]]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: Path(p).stem)
def test_ingest_accepts_the_draft(drafts, article):
    draft_path, annotation = drafts(article)
    store = open_store(StoreConfig("memory"))
    report = ingest(draft_path, store)
    source_graph = f"https://w3id.org/conflictkg/graph/source/{annotation['source']['id']}"
    assert report.graphs[source_graph] > 0
    claims = store.select("SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a <https://w3id.org/conflictkg/ontology#CasualtyClaim> } }")
    assert int(claims[0]["n"]) == len(annotation["claims"])


def test_a_toll_without_a_word_for_its_event_still_gets_one(tmp_path):
    # one paragraph of holdout article 81 (a wire story), which tells of deaths but names no attack, clash or
    # strike: each claim still needs the event it is about, so the draft makes the attack the toll tells of
    from ingest.extract.draft import draft_annotation, dump_yaml

    source = (ROOT / "tests" / "data" / "holdout" / "81_sukma-ambush-wire.txt").read_text(encoding="utf-8")
    header = source.split("\n\n", 1)[0]
    [paragraph] = [p for p in source.split("\n\n") if p.startswith("Three jawans were killed")]
    article = tmp_path / "81_one-paragraph.txt"
    article.write_text(f"{header}\n\n{paragraph}\n", encoding="utf-8")
    draft_path = tmp_path / "81_one-paragraph.yaml"
    annotation = draft_annotation(article, draft_path)
    draft_path.write_text(dump_yaml(annotation), encoding="utf-8")
    [event] = annotation["events"]
    assert event["type"] == "attack" and {c["event"] for c in annotation["claims"]} == {event["id"]}
    assert ingest(draft_path, open_store(StoreConfig("memory"))).graphs
