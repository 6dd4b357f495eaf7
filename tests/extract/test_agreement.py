"""The agreement study (tests/data/agreement): a second curator's independent annotation of holdout articles, which `make
eval` scores against the first curator's gold to show how far the extractor is from what a careful reader reaches."""
from __future__ import annotations

import pytest
import yaml
from extract_testlib import HOLDOUT

from ingest.errors import IngestError
from ingest.extract import evaluate_all
from ingest.extract.evaluate_all import AGREEMENT_DIR, Case, agreement, agreement_cases
from ingest.extract.text import normalise

SECOND = sorted(AGREEMENT_DIR.glob("*.gold.yaml"))


UNSEEN = HOLDOUT.parent / "unseen"


def _body(article_name: str) -> str:
    [article] = [folder / article_name for folder in (HOLDOUT, UNSEEN) if (folder / article_name).is_file()]
    raw = article.read_text(encoding="utf-8")
    return normalise(raw.split("\n\n", 1)[1])


@pytest.mark.parametrize("second", SECOND, ids=lambda p: p.name[:3])
def test_a_second_annotation_quotes_its_article_word_for_word(second):
    data = yaml.safe_load(second.read_text(encoding="utf-8"))
    body = _body(data["article"])
    quoted = [item["evidence"] for section in ("events", "casualty_claims") for item in data.get(section) or []
              if item.get("evidence")] + [q["text"] for q in data.get("quotes") or []]
    assert quoted
    missing = [text for text in quoted if normalise(text) not in body]
    assert not missing, (second.name, missing)


def test_each_second_annotation_is_scored_against_the_gold_of_its_article():
    cases = agreement_cases()
    assert [case.article for case in cases] == SECOND
    assert all(case.gold == {"holdout": HOLDOUT, "unseen": UNSEEN}[case.set_name] / case.article.name for case in cases)


def test_a_second_annotation_of_an_article_without_a_gold_is_named(tmp_path, monkeypatch):
    stray = tmp_path / "999_nowhere.gold.yaml"
    stray.write_text(SECOND[0].read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(evaluate_all, "AGREEMENT_DIR", tmp_path)
    with pytest.raises(IngestError) as raised:
        agreement_cases()
    assert "999_nowhere.gold.yaml" in raised.value.render()


def test_a_curator_agrees_with_himself_and_two_curators_do_not_quite():
    gold = HOLDOUT / SECOND[0].name
    itself = agreement(Case("agreement", "itself", gold, gold))
    for category in ("people", "places", "claims"):
        assert itself.categories[category].f1 == 1.0
    other = [agreement(case) for case in agreement_cases()]
    assert any(scores.categories["claims"].f1 < 1.0 for scores in other)
