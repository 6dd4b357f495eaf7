"""`ckg extract` and `ckg eval` as a user runs them: files written, tables printed, clear errors."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ckg.cli import main
from ckg.paths import ROOT

OUTLET = ROOT / "tests" / "data" / "dev" / "09_douma-market-outlet.txt"
GOLD = ROOT / "tests" / "data" / "dev" / "09_douma-market-outlet.gold.yaml"
SEED = ROOT / "data" / "sources" / "2016-11-03_new-arab_aleppo-rebel-push.txt"


def test_extract_writes_a_draft_and_eval_scores_it(tmp_path: Path, capsys):
    draft = tmp_path / "out" / "draft.yaml"
    assert main(["extract", str(OUTLET), "-o", str(draft)]) == 0
    annotation = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert annotation["source"]["published"] == "2016-11-05"
    assert (draft.parent / annotation["source"]["text"]).resolve() == OUTLET.resolve()
    assert all("confidence" in item for item in annotation["claims"] + annotation["events"])
    assert list(draft.parent.iterdir()) == [draft]  # no temporary file left behind
    capsys.readouterr()
    assert main(["eval", str(draft), str(GOLD)]) == 0
    out = capsys.readouterr().out
    for category in ("people", "groups", "places", "events", "claims", "quotes"):
        assert any(line.startswith(category) for line in out.splitlines())
    assert "dates resolved correctly" in out and "matched claims with exact count" in out


def test_extract_prints_the_draft_without_output(capsys):
    assert main(["extract", str(OUTLET)]) == 0
    assert yaml.safe_load(capsys.readouterr().out)["source"]["outlet"] == "levant-ledger"


def test_a_missing_article_is_an_error(tmp_path: Path, capsys):
    assert main(["extract", str(tmp_path / "none.txt")]) == 2
    assert "none.txt: no such file" in capsys.readouterr().err


def test_a_malformed_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(OUTLET), "--date", "2016-13-05"])
    assert exit_info.value.code == 2
    assert "--date '2016-13-05' is not a date written YYYY-MM-DD" in capsys.readouterr().err


def test_a_date_contradicting_the_article_is_refused(tmp_path: Path, capsys):
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(OUTLET), "--date", "2016-11-04", "-o", str(draft)]) == 1
    assert "contradicts the date the article prints (2016-11-05)" in capsys.readouterr().err
    assert not draft.exists()


def test_a_date_line_it_cannot_read_is_replaced_by_the_date_given(tmp_path: Path, capsys):
    # an outlet's date line no reader understands: the error says to give the date, and with --date the draft is
    # written and ingested as it is
    from ckg.store import StoreConfig, open_store
    from ingest.pipeline import ingest

    raw = OUTLET.read_text(encoding="utf-8")
    assert raw.count("Published: 05 November, 2016") == 1
    article = tmp_path / OUTLET.name
    article.write_text(raw.replace("Published: 05 November, 2016", "Published: the fifth, this year"), encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(article), "-o", str(draft)]) == 1
    assert "cannot read the publication date 'the fifth, this year'" in capsys.readouterr().err
    assert main(["extract", str(article), "--date", "2016-11-05", "-o", str(draft)]) == 0
    assert yaml.safe_load(draft.read_text(encoding="utf-8"))["source"]["published"] == "2016-11-05"
    assert ingest(draft, open_store(StoreConfig("memory"))).graphs


def test_a_plain_text_needs_date_and_outlet(tmp_path: Path, capsys):
    article = tmp_path / "plain.txt"
    article.write_text("Shelling killed three civilians in Idlib on Monday, the Observatory said.\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 1
    assert "--date" in capsys.readouterr().err
    assert main(["extract", str(article), "--date", "2017-02-14"]) == 1
    assert "--outlet" in capsys.readouterr().err
    assert main(["extract", str(article), "--date", "2017-02-14", "--outlet", "reuters"]) == 0
    annotation = yaml.safe_load(capsys.readouterr().out)
    assert [(c["count"], c["claimed_by"], c["outcome"]) for c in annotation["claims"]] == [(3, "sohr", "killed")]
    assert annotation["events"][0]["date"] == "2017-02-13"


def test_eval_names_a_bad_gold_file(tmp_path: Path, capsys):
    bad = tmp_path / "bad.gold.yaml"
    bad.write_text("publication_date: 2016-11-05\npeople:\n  - {title: spokesman}\n", encoding="utf-8")
    assert main(["eval", str(GOLD), str(bad)]) == 1
    assert "bad.gold.yaml" in capsys.readouterr().err


def test_extract_names_the_items_to_review_first(tmp_path: Path, capsys):
    # the items whose measured confidence is lowest, lowest first, as written in the draft
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(SEED), "-o", str(draft)]) == 0
    annotation = yaml.safe_load(draft.read_text(encoding="utf-8"))
    weak = sorted((item["confidence"], section, item["id"]) for section in ("people", "groups", "places", "events",
                                                                              "claims", "statements")
                  for item in annotation[section] if item["confidence"] < 0.5)
    assert weak  # the seed's draft has events the holdout's drafts usually got wrong (an "offensive" ...)
    line = [line for line in capsys.readouterr().err.splitlines() if line.startswith("review first")][0]
    assert f"({len(weak)} items below 0.5" in line
    listed = line.split("): ", 1)[1].split(" and ")[0].split(", ")
    assert listed == [f"{section} {item_id} {value:.2f}" for value, section, item_id in weak][:12]


def test_a_draft_does_not_depend_on_the_hash_seed(tmp_path: Path):
    # holdout article 139 (Piagapo, Lanao del Sur) names its country only by the adjective "Philippine" and its towns; a
    # curator drafting it twice gets the same draft, whatever order Python's sets come in: the Philippines, not the
    # United States of two words that are also American towns ("August", "Alvin")
    import os
    import subprocess
    import sys

    article = ROOT / "tests" / "data" / "holdout" / "139_piagapo-army-release.txt"
    drafts = []
    for seed in ("1", "4"):
        out = tmp_path / f"draft-{seed}.yaml"
        subprocess.run([sys.executable, "-m", "ckg.cli", "extract", str(article), "-o", str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT)
        drafts.append(out.read_text(encoding="utf-8"))
    assert drafts[0] == drafts[1]
    annotation = yaml.safe_load(drafts[0])
    assert {p["id"] for p in annotation["entities"]["places"] if p.get("kind") == "country"} == {"philippines"}
