"""The extractor on holdout articles 80-85 (synthetic, tests/data/holdout; once unseen, see its README): the
behaviours their first measurement found missing, each checked against the article's own words."""
from __future__ import annotations

from ckg.paths import ROOT
from extract_testlib import actor, claims_with

HOLDOUT = ROOT / "tests" / "data" / "holdout"
BENUE, MICHOACAN = (HOLDOUT / f"{name}.txt" for name in ("80_benue-guma-logo-daily", "85_michoacan-ambush-wire"))


def _event_of(annotation: dict, claim: dict) -> dict:
    [event] = [e for e in annotation["events"] if e["id"] == claim["event"]]
    return event


def test_according_to_an_organisation_whose_name_has_a_spanish_particle(drafts):
    # "At least 23 officers have been killed in the state so far this year, according to Causa en Comun, a civil
    # society group that tracks police killings"
    _, article = drafts(MICHOACAN)
    [officers] = claims_with(article, count=23, outcome="killed")
    assert officers["claimed_by"] == actor(article, "Causa en Comun")


def test_an_attack_between_two_nights_and_one_on_a_holiday(drafts):
    # "attacked three communities ... between Sunday night and the early hours of Monday" (published Tuesday
    # 12 March 2024); "Weeks later, on New Year's Day 2018, attacks in Guma and Logo killed more than 70 people"
    _, article = drafts(BENUE)
    [first] = claims_with(article, count=23, outcome="killed")
    span = _event_of(article, first)
    assert (span["precision"], span["earliest"], span["latest"]) == ("bound", "2024-03-10", "2024-03-11")
    assert span["date_phrase"] == "between Sunday night and the early hours of Monday"
    [new_year] = claims_with(article, count=70, outcome="killed")
    assert (_event_of(article, new_year)["precision"], _event_of(article, new_year)["date"]) == ("day", "2018-01-01")
