"""GET /events and GET /events/{source}/{event} on the seed article's graph, checked against the article."""
from __future__ import annotations

import datetime as dt

from rest_testlib import SOURCE, all_items, article_text, event_quoting

PUSH = "rebels launched a new push towards regime-controlled areas of West Aleppo"
CLASHES = "State media reported clashes in the New Aleppo, Al-Furqan and Zahraa"
MIZNAZ = "airstrikes on the village of Miznaz"
GENEVA = "a meeting between Abda and UN envoy Staffan de Mistura a day earlier in Geneva"
DENIAL = "On Wednesday, a Syrian opposition umbrella group denied in a statement"


def ids(items):
    return {item["id"] for item in items}


def test_events_in_aleppo_province_include_places_inside_it(client):
    push, clash = event_quoting(client, PUSH), event_quoting(client, CLASHES, place="new-aleppo")
    miznaz, geneva = event_quoting(client, MIZNAZ), event_quoting(client, GENEVA)
    found = all_items(client, "/events?place=aleppo-province&from=2016-11-01&to=2016-11-03")
    # The push on West Aleppo, the clashes in New Aleppo (a suburb of West Aleppo) and the strike on the
    # village of Miznaz all lie in Aleppo province; the meeting was in Geneva.
    assert {push["id"], clash["id"], miznaz["id"]} <= ids(found)
    assert geneva["id"] not in ids(found)


def test_every_event_found_lies_in_the_place_and_overlaps_the_window(client):
    found = all_items(client, "/events?place=aleppo-province&from=2016-11-01&to=2016-11-03")
    assert found
    for event in found:
        place = client.get(f"/places/{event['place']['id']}").json()
        assert event["place"]["id"] == "aleppo-province" or "aleppo-province" in ids(place["within"])
        assert event["time"]["earliest"] <= "2016-11-03" and event["time"]["latest"] >= "2016-11-01"
    starts = [e["time"]["earliest"] for e in found]
    assert starts == sorted(starts)


def test_the_geneva_meeting_is_in_geneva_on_tuesday_not_in_syria(client):
    geneva = event_quoting(client, GENEVA)
    # "a day earlier" than the remarks of Wednesday 2 November 2016: Tuesday 1 November.
    assert geneva["time"]["date"] == "2016-11-01" and geneva["time"]["precision"] == "day"
    assert geneva["id"] in ids(all_items(client, "/events?place=geneva"))
    assert geneva["id"] not in ids(all_items(client, "/events?place=syria"))


def test_a_one_day_window_keeps_that_day_only(client):
    denial, push, geneva = event_quoting(client, DENIAL), event_quoting(client, PUSH), event_quoting(client, GENEVA)
    wednesday = ids(all_items(client, "/events?from=2016-11-02&to=2016-11-02"))
    assert denial["id"] in wednesday  # "On Wednesday" of an article published Thursday 3 November 2016
    assert push["id"] not in wednesday and geneva["id"] not in wednesday  # Thursday and Tuesday


def test_type_actor_and_source_filters(client):
    clashes = [event_quoting(client, CLASHES, place=p) for p in ("new-aleppo", "al-furqan", "zahraa")]
    found = all_items(client, "/events?type=armed-clash")
    assert ids(clashes) <= ids(found)
    assert {e["type"]["notation"] for e in found} == {"armed-clash"}
    # "It blamed the strike on Russian aircraft": the Russian air force takes part in the Miznaz strike.
    assert event_quoting(client, MIZNAZ)["id"] in ids(all_items(client, "/events?actor=russian-air-force"))
    assert ids(all_items(client, f"/events?source={SOURCE}")) == ids(all_items(client, "/events"))
    assert client.get("/events?source=no-such-article").json()["total"] == 0


def test_paging_with_total_and_links(client):
    everything = all_items(client, "/events?limit=500")
    first = client.get("/events?limit=2").json()
    assert first["total"] == len(everything) and len(first["items"]) == 2 and first["links"]["prev"] is None
    second = client.get(first["links"]["next"]).json()
    assert second["offset"] == 2 and not ids(first["items"]) & ids(second["items"])
    assert ids(client.get(second["links"]["prev"]).json()["items"]) == ids(first["items"])
    assert [e["id"] for e in all_items(client, "/events?limit=3")] == [e["id"] for e in everything]


def test_the_push_on_west_aleppo(client):
    push = event_quoting(client, PUSH)
    assert push["type"]["notation"] == "offensive"
    assert push["time"] == {"date": "2016-11-03", "precision": "day", "earliest": "2016-11-03",
                            "latest": "2016-11-03", "phrase": "On Thursday"}
    assert push["place"]["name"] == "West Aleppo"
    assert [p["name"] for p in push["place"]["within"]] == ["Aleppo", "Aleppo province", "Syria"]
    rebels = [p for p in push["participants"] if p["actor"]["id"] == "syrian-rebels"]
    assert [p["role"] for p in rebels] == ["perpetrator"]
    # the clashes New Aleppo, Al-Furqan and Zahraa are part of the push
    assert {s["place"]["name"] for s in push["sub_events"]} >= {"New Aleppo", "Al-Furqan", "Zahraa"}


def test_evidence_quotes_sit_at_their_offsets_in_the_article(client):
    text = article_text()
    for words in (PUSH, MIZNAZ, GENEVA):
        event = event_quoting(client, words)
        assert event["evidence"], event["id"]
        for span in event["evidence"]:
            assert text[span["start"]:span["end"]] == span["exact"]
            assert span["source"]["id"] == SOURCE


def test_the_miznaz_strike_has_both_monitors_claims_side_by_side(client):
    miznaz = event_quoting(client, MIZNAZ)
    civilians_killed = {(c["claimant"]["name"], c["count"]) for c in miznaz["claims"]
                        if c["victims"] == "civilians" and c["outcome"] == "killed"}
    # "The activist-run Local Coordination Committees ... killed nine civilians";
    # "The Observatory said that 10 civilians had died, among them seven children."
    assert civilians_killed == {("Local Coordination Committees", 9), ("Syrian Observatory for Human Rights", 10)}
    summary = {(s["victims"], s["outcome"]): s for s in miznaz["casualties"]}
    assert (summary[("civilians", "killed")]["low"], summary[("civilians", "killed")]["high"]) == (9, 10)
    assert summary[("children", "killed")]["low"] == summary[("children", "killed")]["high"] == 7
    children = next(c for c in miznaz["claims"] if c["victims"] == "children")
    ten = next(c for c in miznaz["claims"] if c["count"] == 10)
    assert children["sub_count_of"] == ten["id"]


def test_unknown_and_malformed_ids(client):
    missing = client.get(f"/events/{SOURCE}/no-such-event")
    assert missing.status_code == 404 and "no-such-event" in missing.json()["detail"]
    malformed = client.get(f"/events/{SOURCE}/E1!")
    assert malformed.status_code == 422 and malformed.json()["detail"][0]["loc"] == ["path", "event"]


def test_bad_parameters_are_named(client):
    for url, name in (("/events?from=last-week", "from"), ("/events?to=2016-13-01", "to"),
                      ("/events?from=2016-11-03&to=2016-11-01", "to"), ("/events?limit=0", "limit"),
                      ("/events?limit=100000", "limit"), ("/events?offset=-1", "offset"),
                      ("/events?place=Aleppo Province", "place"), ("/events?format=xml", "format")):
        response = client.get(url)
        assert response.status_code == 422, url
        assert response.json()["detail"][0]["loc"][-1] == name, url


def test_a_date_window_is_parsed_as_dates(client):
    # an event that ended before the window opened is out, whatever its text looks like
    window = all_items(client, "/events?from=2016-11-03")
    assert all(dt.date.fromisoformat(e["time"]["latest"]) >= dt.date(2016, 11, 3) for e in window)
