"""The scorer on tiny hand-made annotations whose precision, recall and F1 are worked out by hand."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ingest.extract.gold import load_scored
from ingest.extract.score import score

TEXT = ("Airstrikes on Kafr Ali killed nine civilians, the monitor said. Rebels said 12 fighters died. "
        "A council said between 3 and 5 people were wounded. \"We are afraid,\" Omar Said told Reuters.\n")

GOLD = """
publication_date: 2016-11-03
article: article.txt
people:
  - {name: Omar Said}
  - {name: Lina Haddad}
groups:
  - {name: The Monitor, alt_names: [monitor]}
  - {name: Rebels}
  - {name: Village Council, optional: true}
places:
  - {name: Kafr Ali village, kind: village}
events:
  - {id: e1, type: air strike, date: 2016-11-02, date_precision: day, place: Kafr Ali village, evidence: Airstrikes on Kafr Ali}
  - {id: e2, type: clash, date: 2016-11-01, date_precision: day, place: null, evidence: 12 fighters died}
casualty_claims:
  - {id: c1, claimed_by: The Monitor, count: 9, qualifier: exact, victims: civilians, outcome: killed, evidence: killed nine civilians}
  - {id: c2, claimed_by: Rebels, count: 12, qualifier: exact, victims: "fighters of the group", outcome: killed, evidence: 12 fighters died}
  - {id: c3, claimed_by: Village Council, min: 3, max: 5, qualifier: range, victims: people, outcome: injured, evidence: between 3 and 5 people were wounded}
quotes:
  - {speaker: Omar Said, outlet: Reuters, text: "We are afraid,"}
"""

DRAFT = """
source: {id: article, text: article.txt, outlet: reuters-x, published: 2016-11-03}
entities:
  actors:
    - {id: omar-said, type: person, name: Omar Said}
    - {id: monitor, type: monitor, name: monitor}
    - {id: council, type: government, name: Village council}
    - {id: reuters-x, type: news-outlet, name: Reuters}
  places:
    - {id: kafr-ali, kind: village, name: Kafr Ali}
    - {id: nowhere, kind: city, name: Nowhere}
people:
  - {id: omar-said, evidence: Omar Said}
groups:
  - {id: monitor, evidence: the monitor}
  - {id: council, evidence: A council}
  - {id: reuters-x, evidence: Reuters}
places:
  - {id: kafr-ali, evidence: Kafr Ali}
  - {id: nowhere, evidence: Kafr}
events:
  - {id: e1, type: airstrike, label: x, date: 2016-11-02, precision: day, place: kafr-ali, evidence: Airstrikes on Kafr Ali}
  - {id: e2, type: armed-clash, label: y, date: 2016-11-03, precision: day, evidence: 12 fighters died}
claims:
  - {id: c1, claimed_by: monitor, event: e1, count: 9, qualifier: exact, victims: civilians, outcome: killed, evidence: killed nine civilians}
  - {id: c2, claimed_by: monitor, event: e2, count: 12, qualifier: exact, victims: fighters, outcome: killed, evidence: 12 fighters died}
  - {id: c3, claimed_by: council, event: e1, min: 3, max: 4, qualifier: range, victims: people, outcome: injured, evidence: between 3 and 5 people were wounded}
statements:
  - {id: s1, speaker: omar-said, to_outlet: reuters-x, direct: true, quote: "We are afraid,"}
  - {id: s2, speaker: omar-said, direct: false, quote: told Reuters}
"""


@pytest.fixture()
def scores(tmp_path: Path):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    gold, draft = tmp_path / "article.gold.yaml", tmp_path / "article.yaml"
    gold.write_text(textwrap.dedent(GOLD), encoding="utf-8")
    draft.write_text(textwrap.dedent(DRAFT), encoding="utf-8")
    from ingest.extract.gazetteer import Registry

    empty = Registry([], [])
    return score(load_scored(draft, empty), load_scored(gold, empty))


def prf(scores, category):
    s = scores.categories[category]
    return (s.tp, s.fp, s.fn), (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3))


def test_people(scores):
    # Omar Said matched; Lina Haddad missed: P 1/1, R 1/2, F1 2/3
    assert prf(scores, "people") == ((1, 0, 1), (1.0, 0.5, 0.667))


def test_groups_with_alt_names_and_an_optional_gold(scores):
    # monitor = The Monitor (alt name); the council matches the optional gold (neutral); Reuters is extra;
    # Rebels missed: P 1/2, R 1/2
    assert prf(scores, "groups") == ((1, 1, 1), (0.5, 0.5, 0.5))


def test_places_match_without_the_kind_word(scores):
    # Kafr Ali = "Kafr Ali village"; Nowhere extra: P 1/2, R 1/1, F1 2/3
    assert prf(scores, "places") == ((1, 1, 0), (0.5, 1.0, 0.667))


def test_events_by_type_alias_date_and_place(scores):
    # e1 airstrike = "air strike", same date and place; e2 armed-clash = "clash", place (none = none) agrees
    # though the date does not: both match, and one date of two is right
    assert prf(scores, "events") == ((2, 0, 0), (1.0, 1.0, 1.0))
    assert scores.dates_correct == (1, 2)


def test_claims_need_claimant_outcome_victims_and_count_or_evidence(scores):
    # c1 matches; c2 has the wrong claimant (monitor, not Rebels): one extra and one missed; c3's evidence
    # overlaps the gold's but its max differs (4, not 5): a match whose count is not exact
    s = scores.categories["claims"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)) == (0.667, 0.667, 0.667)
    assert scores.exact_counts == (1, 2)


def test_quotes_ignore_paraphrases(scores):
    assert prf(scores, "quotes") == ((1, 0, 0), (1.0, 1.0, 1.0))


def test_a_wrong_count_at_the_same_words_is_matched_but_not_exact(tmp_path: Path):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "g.gold.yaml"
    gold.write_text(textwrap.dedent("""
        publication_date: 2016-11-03
        article: article.txt
        groups: [{name: monitor}]
        casualty_claims:
          - {id: c1, claimed_by: monitor, count: 9, qualifier: exact, victims: civilians, outcome: killed, evidence: killed nine civilians}
    """), encoding="utf-8")
    draft = tmp_path / "d.yaml"
    draft.write_text(textwrap.dedent("""
        source: {id: a, text: article.txt, outlet: monitor, published: 2016-11-03}
        entities: {actors: [{id: monitor, type: monitor, name: monitor}]}
        claims:
          - {id: c1, claimed_by: monitor, event: e1, count: 19, qualifier: exact, victims: civilians, outcome: killed, evidence: nine civilians}
    """), encoding="utf-8")
    from ingest.extract.gazetteer import Registry

    result = score(load_scored(draft, Registry([], [])), load_scored(gold, Registry([], [])))
    assert (result.categories["claims"].tp, result.exact_counts) == (1, (0, 1))


def test_a_curator_s_note_in_brackets_is_no_part_of_a_name():
    from ingest.extract.score import names_strength

    # "local authorities (Nasir)" tells two sources called "local authorities" apart; the words are the name
    assert names_strength(["local authorities"], ["local authorities (Nasir)"]) > 0
    assert names_strength(["residents"], ["residents (Gothèye market raid)"]) > 0
    assert names_strength(["local authorities"], ["residents (Nasir)"]) == 0
    # a bracket inside a name is kept: "6th Infantry (Kampilan) Division" is not "6th Infantry"
    assert names_strength(["6th Infantry"], ["6th Infantry (Kampilan) Division"]) == 0


def test_a_country_matches_by_any_of_its_names():
    # holdout articles 137, 339 and 382: the golds write "Democratic Republic of Congo" and "DR Congo", the drafts
    # "Democratic Republic of the Congo"; one country
    from ingest.extract.score import names_strength

    assert names_strength(["Democratic Republic of the Congo"], ["Democratic Republic of Congo"]) > 0
    assert names_strength(["Democratic Republic of the Congo"], ["DR Congo", "DRC"]) > 0
    assert names_strength(["United Kingdom"], ["Britain"]) > 0
    assert names_strength(["Democratic Republic of the Congo"], ["Central African Republic"]) == 0


def test_a_note_in_brackets_after_the_victims_does_not_change_their_category():
    from ingest.extract.score import victim_category

    assert victim_category("people (combatants and civilians)") == "people"
    assert victim_category("people, mostly women and children") == "women"  # no bracket: the words count
    assert victim_category("(unnamed)") == "(unnamed)"


def test_a_victim_in_the_singular_is_of_the_category_of_the_plural():
    # a gold's "farmer", "paramedic" or "civil defence volunteer" (holdout 261, 199, 344) are the civilians and workers
    # a draft counts "a farmer who was shot dead", "a paramedic was among the wounded" as
    from ingest.extract.score import victim_category

    assert victim_category("farmer") == victim_category("farmers") == "civilians"
    assert victim_category("paramedic") == victim_category("civil defence volunteer") == "workers"
    assert victim_category("people") == "people"  # a word with no singular of its own stays what it was


def test_members_of_a_force_are_soldiers_for_the_scorer_as_for_the_extractor():
    from ingest.extract.score import victim_category

    assert victim_category("members of Israeli forces") == "soldiers"
    assert victim_category("members of the community") == "people"


def test_a_spokesperson_and_his_body_are_one_source_only_for_the_diagnostic():
    # holdout article 209: the gold credits the army's figures to the FARDC, whose spokesman, Lt. Elvis Kasongo
    # Ngoy, gives them. A draft crediting him instead misses under the strict scorer and matches under claims~; one
    # crediting the mayor, who speaks for another body, misses under both
    from ckg.paths import ROOT

    gold = load_scored(ROOT / "tests" / "data" / "holdout" / "209_fizi-minembwe-village-attacks-church-radio.gold.yaml")
    [wounded] = [c for c in gold.claims if c.evidence == "one soldier was slightly wounded"]
    assert wounded.claimant[0] == "FARDC"
    for person, diagnostic in (("Elvis Kasongo Ngoy", True), ("Gad Mukiza", False)):
        scores = _credited_to(gold, wounded, [person])
        assert wounded in scores.categories["claims"].missed
        assert (wounded in scores.claims_speaker_or_body.missed) is not diagnostic, person
        assert wounded not in scores.claims_any_source.missed


def test_a_source_named_with_or_without_where_it_speaks_from_is_one_source():
    # holdout article 259: the gold credits the toll to the "Gaza health ministry" ("Gaza's health ministry"); a draft
    # crediting "the health ministry" names the same source. In 144 two groups of residents speak, of Kyaung Kon and of
    # Ywa Thit: a draft's "residents of Kyaung Kon" (also called "residents") is not the residents of Ywa Thit
    from ckg.paths import ROOT
    from ingest.extract.score import placed

    holdout = ROOT / "tests" / "data" / "holdout"
    gold = load_scored(holdout / "259_khan-younis-mawasi-tent-strike.gold.yaml")
    [toll] = [c for c in gold.claims if c.evidence.startswith("94 people had been killed")]
    assert toll.claimant[0] == "Gaza health ministry"
    for names, same in ((["health ministry"], True), (["Ministry of Health in Khartoum State"], False),
                        (["civil defence agency"], False)):
        assert (toll in _credited_to(gold, toll, names).categories["claims"].missed) is not same, names
    gold = load_scored(holdout / "144_pauk-airstrike-outlet.gold.yaml")
    [missing] = [c for c in gold.claims if c.evidence.startswith("five villagers taken away")]
    assert missing.claimant == ["residents of Ywa Thit"]
    for names, same in ((["residents"], True), (["residents of Kyaung Kon", "residents"], False)):
        assert (missing in _credited_to(gold, missing, names).categories["claims"].missed) is not same, names
    # only the longer side is trimmed, and a bare capitalised word is no source of its own
    assert placed("local authorities", "local authorities in Nyirol County")
    assert placed("Defensoría del Pueblo", "Defensoría del Pueblo de Colombia")
    assert not placed("Government of Mali", "Government of Niger")
    assert not placed("Ministry", "Ministry of Health")
    assert not placed("Nangarhar", "Nangarhar governor's office")


def _credited_to(gold, claim, names: list[str]):
    """The gold scored against itself as a draft whose one claim is credited to a source of these names."""
    import copy

    draft = copy.deepcopy(gold)
    [credited] = [c for c in draft.claims if c.id == claim.id]
    credited.claimant = names
    return score(draft, gold)
