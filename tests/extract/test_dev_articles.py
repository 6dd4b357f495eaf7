"""The extractor on the development articles (synthetic, tests/data/dev): the behaviours each one tests."""
from __future__ import annotations

import pytest

from ckg.paths import ROOT
from extract_testlib import claims_with, entity_names

DEV = ROOT / "tests" / "data" / "dev"
WIRE, OUTLET, RELEASE = (DEV / "08_mosul-advance-wire.txt", DEV / "09_douma-market-outlet.txt",
                         DEV / "10_yemen-ngo-statement.txt")


def test_four_sources_on_one_strike_stay_four_claims(drafts):
    _, annotation = drafts(OUTLET)
    killed = [c for c in annotation["claims"] if c["outcome"] == "killed" and c.get("victims") == "people"
              and c["event"] == annotation["claims"][0]["event"]]
    claimants = {c["claimed_by"] for c in killed}
    assert {"sohr", "syria-civil-defence", "douma-local-council"} <= claimants
    council = claims_with(annotation, claimed_by="douma-local-council", qualifier="range")
    assert [(c["min"], c["max"]) for c in council] == [(14, 18)]
    at_least = claims_with(annotation, claimed_by="sohr", count=11)
    assert at_least[0]["qualifier"] == "at_least"
    children = claims_with(annotation, count=3, victims="children")
    assert children[0]["part_of"] == at_least[0]["id"]


def test_a_count_inside_a_speakers_words_is_not_a_claim(drafts):
    _, annotation = drafts(OUTLET)
    assert not claims_with(annotation, count=6)  # "we still cannot name six of the bodies"
    assert not claims_with(annotation, count=10)  # "only 10 kilometres away"


def test_the_outlet_told_is_not_always_the_publisher(drafts):
    _, annotation = drafts(OUTLET)
    spokesman = [s for s in annotation["statements"] if s["speaker"] == "abu-omar-al-dimashqi"]
    assert len(spokesman) == 2 and {s["to_outlet"] for s in spokesman} == {"afp"}
    assert annotation["source"]["outlet"] != "afp"


def test_combined_outcome_is_one_claim(drafts):
    _, annotation = drafts(RELEASE)
    combined = claims_with(annotation, outcome="killed_or_injured")
    assert [(c["count"], c["qualifier"], c["victims"]) for c in combined] == [(19, "at_least", "children")]
    assert not claims_with(annotation, count=19, outcome="killed")


def test_things_and_people_served_are_not_casualties(drafts):
    _, annotation = drafts(RELEASE)
    counts = {c.get("count") for c in annotation["claims"]}
    assert not counts & {40000, 42, 6}  # the pipeline's 40,000 people, 42 health facilities, six governorates
    big = claims_with(annotation, count=3_000_000)
    assert [(c["qualifier"], c["outcome"], c["claimed_by"]) for c in big] == [("more_than", "displaced", "un")]


def test_forecasts_are_not_claims(drafts):
    _, annotation = drafts(WIRE)
    assert not claims_with(annotation, count=1_000_000)  # "up to 1 million people could flee"
    iom = [c for c in annotation["claims"] if c.get("count") == 17000]
    assert [(c["qualifier"], c["outcome"]) for c in iom] == [("approx", "displaced")]


def test_sub_counts_joined_by_and(drafts):
    _, annotation = drafts(WIRE)
    total = claims_with(annotation, count=232)[0]
    parts = [c for c in annotation["claims"] if c.get("part_of") == total["id"]]
    assert sorted((c["count"], c["victims"]) for c in parts) == [(42, "civilians"), (190, "soldiers")]


def test_elliptic_victims_and_vague_counts(drafts):
    _, annotation = drafts(WIRE)
    wounded = claims_with(annotation, count=9)
    assert [(c["victims"], c["outcome"]) for c in wounded] == [("soldiers", "injured")]
    dozens = claims_with(annotation, count_phrase="dozens")
    assert [(c["qualifier"], c["victims"]) for c in dozens] == [("vague", "soldiers")]
    assert not claims_with(annotation, count_phrase="scores")  # the lead's summary of the 232


def test_alternative_names(drafts):
    _, annotation = drafts(WIRE)
    places = entity_names(annotation, "places")
    assert ["Qaraqosh", "Bakhdida"] in places.values()
    assert any(names[0] == "Nineveh province" and "Ninawa" in names for names in places.values())
    actors = entity_names(annotation, "actors")
    assert any(names[0] == "Popular Mobilization Forces" and "al-Hashd al-Shaabi" in names for names in actors.values())


@pytest.mark.parametrize("article, phrase, date", [
    (WIRE, "Late Thursday", "2016-10-27"), (WIRE, "on Oct. 17", "2016-10-17"), (WIRE, "in June 2014", "2014-06"),
    (OUTLET, "on Thursday night", "2016-11-03"), (OUTLET, "last month", "2016-10"), (OUTLET, "since 2013", "2013"),
    (RELEASE, "On Sunday", "2016-10-16"), (RELEASE, "on 8 October", "2016-10-08"),
])
def test_event_dates(drafts, article, phrase, date):
    _, annotation = drafts(article)
    assert date in [e.get("date") for e in annotation["events"] if e.get("date_phrase") == phrase]


def test_a_future_date_is_kept_in_a_note_not_in_the_date(drafts):
    _, annotation = drafts(WIRE)
    future = [e for e in annotation["events"] if "2016-10-29" in (e.get("note") or "")]
    assert future and all(e["latest"] <= "2016-10-28" for e in future)
