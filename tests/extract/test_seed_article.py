"""The extractor on the seed article (The New Arab, 3 Nov 2016): the Miznaz tolls, dates, people, quotes."""
from __future__ import annotations

from ckg.paths import SOURCES_DIR

SEED_ARTICLE = SOURCES_DIR / "2016-11-03_new-arab_aleppo-rebel-push.txt"


def _claims(annotation: dict) -> list[dict]:
    return annotation["claims"]


def _one(items: list[dict], **fields) -> dict:
    found = [item for item in items if all(item.get(k) == v for k, v in fields.items())]
    assert len(found) == 1, (fields, items)
    return found[0]


def test_lcc_and_observatory_tolls_are_two_claims_on_one_event(drafts):
    _, annotation = drafts(SEED_ARTICLE)
    lcc = _one(_claims(annotation), claimed_by="lcc", count=9)
    sohr = _one(_claims(annotation), claimed_by="sohr", count=10)
    assert lcc["id"] != sohr["id"]
    assert lcc["event"] == sohr["event"]
    for claim in (lcc, sohr):
        assert (claim["qualifier"], claim["victims"], claim["outcome"]) == ("exact", "civilians", "killed")
    event = _one(annotation["events"], id=lcc["event"])
    assert (event["type"], event["place"]) == ("airstrike", "miznaz")


def test_seven_children_are_a_sub_count_of_the_observatory_toll(drafts):
    _, annotation = drafts(SEED_ARTICLE)
    sohr = _one(_claims(annotation), claimed_by="sohr", count=10)
    children = _one(_claims(annotation), count=7)
    assert children["part_of"] == sohr["id"]
    assert (children["victims"], children["outcome"], children["claimed_by"]) == ("children", "killed", "sohr")
    assert children["event"] == sohr["event"]


def test_state_media_toll_blames_the_rebels(drafts):
    _, annotation = drafts(SEED_ARTICLE)
    claim = _one(_claims(annotation), count=4)
    assert (claim["claimed_by"], claim["qualifier"], claim["blames"]) == ("syrian-state-media", "at_least", "syrian-rebels")


def test_non_casualty_numbers_are_not_claims(drafts):
    _, annotation = drafts(SEED_ARTICLE)
    counts = {c.get("count") for c in _claims(annotation)}
    assert not counts & {90, 5, 2, 2000}  # "90 percent", "five years of war", "two explosives-laden vehicles", "in 2000"


def test_people_are_linked_to_the_registry_with_their_roles(drafts):
    _, annotation = drafts(SEED_ARTICLE)
    people = {p["id"]: p for p in annotation["people"]}
    assert (people["molhem-ekaidi"]["affiliation"], people["molhem-ekaidi"]["role"]) == ("fastaqem", "deputy-commander")
    assert (people["dmitry-peskov"]["affiliation"], people["dmitry-peskov"]["role"]) == ("kremlin", "spokesperson")
    assert people["yasser-al-youssef"]["affiliation"] == "nour-al-din-al-zinki"
    assert not annotation["entities"]["actors"] or all(a["type"] != "person" for a in annotation["entities"]["actors"])


def test_relative_dates_resolve_against_thursday(drafts):
    _, annotation = drafts(SEED_ARTICLE)
    meeting = _one(annotation["events"], type="meeting")
    assert (meeting["date"], meeting["precision"], meeting["date_phrase"]) == ("2016-11-01", "day", "a day earlier")
    siege = _one(annotation["events"], type="siege")
    assert (siege["date"], siege["precision"], siege["date_phrase"]) == ("2016-07", "month", "since July")
    push = _one(annotation["events"], type="offensive")
    assert (push["date"], push["date_phrase"], push["place"]) == ("2016-11-03", "On Thursday", "west-aleppo")


def test_quotes_have_speaker_and_outlet(drafts):
    _, annotation = drafts(SEED_ARTICLE)
    statement = _one(annotation["statements"], speaker="zakaria-malahifji")
    assert statement["to_outlet"] == "reuters" and statement["direct"] is True
    assert statement["quote"].startswith("This is completely out of the question.")
    hamza = [s for s in annotation["statements"] if s["speaker"] == "mahmoud-al-hamza"]
    assert hamza and all(s["to_outlet"] == "the-new-arab" for s in hamza)
    peskov = _one(annotation["statements"], speaker="dmitry-peskov")
    assert (peskov["date"], peskov["date_phrase"]) == ("2016-11-01", "on Tuesday")
