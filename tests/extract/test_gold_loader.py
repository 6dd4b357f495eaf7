"""The gold loader on what hand-written gold files hold beyond the scorer's fields: labels for notations,
kinds the vocabulary lacks, optional events, notes."""
from __future__ import annotations

import textwrap
from pathlib import Path

from ingest.extract.gazetteer import Registry
from ingest.extract.gold import load_scored
from ingest.extract.score import score, victim_category

GOLD = """
publication_date: 2024-02-09
article: article.txt
places:
  - {name: Nile, kind: river, parent: null, optional: true, note: "a river the vocabulary has no kind for"}
  - {name: Darfur, kind: region, parent: Sudan}
  - {name: Idlib, kind: governorate}
events:
  - {id: e1, type: shelling, date: 2024-02-07, date_precision: day, place: null, evidence: Shells hit}
  - {id: e2, type: airstrike, optional: true, date: null, date_precision: bound, date_range: [2024-02-01, 2024-02-09],
     place: null, evidence: air strikes, subtype: aggregate}
casualty_claims:
  - {id: c1, claimed_by: Monitor, count: 3, qualifier: exact, victims: elderly monk, outcome: wounded, evidence: three}
  - {id: c2, claimed_by: Monitor, count_phrase: several, qualifier: vague, victims: people, outcome: missing,
     attributed_to: null, note: "'still missing'", evidence: several}
quotes:
  - {speaker: Monitor, speaker_unlisted: true, outlet: null, text: "mass casualty influx"}
traps: ["a list the scorer does not read"]
"""


def test_labels_become_notations_and_unknown_kinds_stay(tmp_path: Path):
    gold = tmp_path / "article.gold.yaml"
    gold.write_text(textwrap.dedent(GOLD), encoding="utf-8")
    scored = load_scored(gold, Registry([], []))
    assert [(p.name, p.kind, p.optional) for p in scored.places] == [
        ("Nile", "river", True), ("Darfur", "region", False), ("Idlib", "province", False)]
    assert [c.outcome for c in scored.claims] == ["injured", "missing"]  # "wounded" is the label of injured
    assert [e.optional for e in scored.events] == [False, True]
    assert scored.quotes[0].speaker == ["Monitor"]


def test_an_optional_event_is_neither_missed_nor_extra(tmp_path: Path):
    gold = tmp_path / "article.gold.yaml"
    gold.write_text(textwrap.dedent(GOLD), encoding="utf-8")
    scored = load_scored(gold, Registry([], []))
    result = score(scored, scored)
    events = result.categories["events"]
    assert (events.tp, events.fp, events.fn) == (1, 0, 0)
    empty = load_scored(gold, Registry([], []))
    empty.events = []
    assert score(empty, scored).categories["events"].fn == 1  # only the required one is missed


def test_victims_in_free_words_map_to_a_category():
    assert victim_category("elderly monk") == "civilians"
    assert victim_category("peacekeepers") == "soldiers"
    assert victim_category("patients with weapon wounds") == "people"
    assert victim_category("RSF fighters") == "fighters"
