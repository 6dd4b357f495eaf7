"""GET /claims on the seed article's graph: disagreeing claims side by side and their UCDP-style summary."""
from __future__ import annotations

import csv
import io

from rest_testlib import all_items, article_text


def claims_by(group: dict) -> dict[tuple[str, str, str], dict]:
    return {(c["claimant"]["name"], c["victims"], c["outcome"]): c for c in group["claims"]}


def test_miznaz_claims_side_by_side_with_low_9_and_high_10(client):
    groups = all_items(client, "/claims?place=miznaz")
    assert len(groups) == 1
    group = groups[0]
    claims = claims_by(group)
    lcc = claims[("Local Coordination Committees", "civilians", "killed")]
    sohr = claims[("Syrian Observatory for Human Rights", "civilians", "killed")]
    children = claims[("Syrian Observatory for Human Rights", "children", "killed")]
    # "airstrikes on the village of Miznaz killed nine civilians. It blamed the strike on Russian aircraft."
    assert (lcc["count"], lcc["qualifier"]) == (9, "exact")
    assert [b["id"] for b in lcc["blames"]] == ["russian-air-force"]
    # "The Observatory said that 10 civilians had died, among them seven children."
    assert (sohr["count"], sohr["blames"]) == (10, [])
    assert children["count"] == 7 and children["sub_count_of"] == sohr["id"]
    summary = {(s["victims"], s["outcome"]): s for s in group["summary"]}
    civilians = summary[("civilians", "killed")]
    assert (civilians["low"], civilians["high"]) == (9, 10)
    assert civilians["low"] <= civilians["best"] <= civilians["high"]
    assert set(civilians["claimants"]) == {"Local Coordination Committees", "Syrian Observatory for Human Rights"}


def test_a_claim_blaming_two_actors_lists_both(client):
    # "Regime and Russian air forces have caused high numbers of civilian casualties"
    claims = [c for g in all_items(client, "/claims") for c in g["claims"]
              if any("high numbers of civilian casualties" in e["exact"] for e in c["evidence"])]
    assert len(claims) == 1
    assert {b["id"] for b in claims[0]["blames"]} == {"syrian-air-force", "russian-air-force"}
    # the blamed= filter finds it through either actor
    for actor in ("syrian-air-force", "russian-air-force"):
        found = [c["id"] for g in all_items(client, f"/claims?blamed={actor}") for c in g["claims"]]
        assert claims[0]["id"] in found


def test_each_claim_carries_its_quote(client):
    text = article_text()
    for group in all_items(client, "/claims"):
        for claim in group["claims"]:
            assert claim["evidence"], claim["id"]
            for span in claim["evidence"]:
                assert text[span["start"]:span["end"]] == span["exact"]


def test_claims_filtered_by_victims_outcome_and_claimant(client):
    civilians_killed = [c for g in all_items(client, "/claims?victims=civilians&outcome=killed") for c in g["claims"]]
    assert {(c["victims"], c["outcome"]) for c in civilians_killed} == {("civilians", "killed")}
    # "State media said at least four civilians were killed in Aleppo by rebel fire in the west of the city"
    state_media = [c for c in civilians_killed if c["claimant"]["id"] == "syrian-state-media"]
    assert [(c["count"], c["qualifier"], c["low"]) for c in state_media] == [(4, "at_least", 4)]
    lcc_only = [c for g in all_items(client, "/claims?claimant=lcc") for c in g["claims"]]
    assert {c["claimant"]["id"] for c in lcc_only} == {"lcc"} and lcc_only
    blaming_russia = [c for g in all_items(client, "/claims?blamed=russian-air-force") for c in g["claims"]]
    # the LCC's nine in Miznaz, and the outlet's own "high numbers" blamed on both air forces
    assert sorted(str(c["count"] or c["count_phrase"]) for c in blaming_russia) == ["9", "high numbers"]


def test_claims_csv_has_one_row_per_claim(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/claims?place=miznaz&format=csv").text)))
    counts = sorted((r["claimant.name"], r["victims"], int(r["count"])) for r in rows)
    assert counts == [("Local Coordination Committees", "civilians", 9),
                      ("Syrian Observatory for Human Rights", "children", 7),
                      ("Syrian Observatory for Human Rights", "civilians", 10)]


def test_the_un_trapped_estimate(client):
    # "The UN estimates 275,000 people, the vast majority civilians, are trapped inside"
    trapped = [c for g in all_items(client, "/claims?outcome=trapped") for c in g["claims"]]
    people = [c for c in trapped if c["victims"] == "people"]
    assert [(c["claimant"]["id"], c["count"]) for c in people] == [("un", 275000)]
    vague = [c for c in trapped if c["victims"] == "civilians"]
    assert vague and vague[0]["count"] is None and vague[0]["low"] is None  # "the vast majority": no number
