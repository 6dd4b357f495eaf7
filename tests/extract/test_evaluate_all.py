"""`make eval` over articles the extractor cannot read: they lower the totals, they are not left out."""
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
