"""`make eval`: articles the extractor cannot read lower the totals, they are not left out; each scored item keeps
the rules' own confidence beside the measured one."""
from __future__ import annotations

from extract_testlib import DEV_DIR

from ingest.extract.evaluate_all import Case, evaluate_or_miss
from ingest.extract.gold import load_scored

YEMEN = DEV_DIR / "10_yemen-ngo-statement.txt"
YEMEN_GOLD = DEV_DIR / "10_yemen-ngo-statement.gold.yaml"


def test_an_article_the_extractor_cannot_read_counts_as_every_gold_item_missed(tmp_path):
    raw = YEMEN.read_text(encoding="utf-8")
    assert "Published: Thursday, 20 October 2016" in raw
    article = tmp_path / "10_unreadable.txt"
    article.write_text(raw.replace("Published: Thursday, 20 October 2016", "Published: one autumn day of 2016"),
                       encoding="utf-8")
    scores, error = evaluate_or_miss(Case("dev", article.stem, article, YEMEN_GOLD), tmp_path)
    assert error is not None and "publication date" in error.render()
    gold = load_scored(YEMEN_GOLD)
    for category in ("people", "claims", "places"):
        wanted = [item for item in getattr(gold, category) if not getattr(item, "optional", False)]
        assert wanted and scores.categories[category].tp == 0
        assert scores.categories[category].fn == len(wanted)


def test_a_readable_article_is_scored_as_drafted(tmp_path):
    scores, error = evaluate_or_miss(Case("dev", YEMEN.stem, YEMEN, YEMEN_GOLD), tmp_path)
    assert error is None and scores.categories["claims"].tp > 0


def test_each_scored_item_keeps_the_rules_confidence_and_the_measured_one(tmp_path):
    from ingest.extract.evaluate_all import confidence_lines

    scores, _ = evaluate_or_miss(Case("dev", YEMEN.stem, YEMEN, YEMEN_GOLD), tmp_path)
    scored = sum(scores.categories[c].tp + scores.categories[c].fp for c in scores.categories)
    assert len(scores.confidences) == scored  # the dev gold marks nothing optional that a draft item matched
    assert {c[0] for c in scores.confidences} == {"people", "groups", "places", "events", "claims", "quotes"}
    assert any(own != measured for _, own, measured, _ in scores.confidences)
    claims = [c for c in scores.confidences if c[0] == "claims"]
    assert sum(c[3] for c in claims) == scores.categories["claims"].tp
    lines = confidence_lines([(YEMEN.stem, scores)]).splitlines()
    assert lines[0].startswith(f"confidence, all items ({scored}, ") and "Brier" in lines[0] and "ranking" in lines[0]
    assert lines[1].startswith(f"confidence, claims ({len(claims)}, ")
