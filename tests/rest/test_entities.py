"""GET /actors, /places, /statements and /sources on the seed article's graph, checked against the article."""
from __future__ import annotations

from rest_testlib import SOURCE, all_items, article_sha256, article_text, event_quoting

MIZNAZ = "airstrikes on the village of Miznaz"
CLASHES = "State media reported clashes in the New Aleppo, Al-Furqan and Zahraa"


def names(items):
    return {item["name"] for item in items}


# --- actors -------------------------------------------------------------------------------------------

def test_actors_found_by_name_or_alternative_name_in_any_case(client):
    assert names(all_items(client, "/actors?q=FASTAQEM")) == {"Tajamu Fastaqem Kama Umert"}
    # "The Observatory said ..." is how the article names the Syrian Observatory for Human Rights
    assert "Syrian Observatory for Human Rights" in names(all_items(client, "/actors?q=the observatory"))
    assert all_items(client, "/actors?q=no such name anywhere") == []
    monitors = names(all_items(client, "/actors?kind=monitor"))
    assert {"Syrian Observatory for Human Rights", "Local Coordination Committees"} <= monitors


def test_fastaqem_its_people_and_their_words(client):
    fastaqem = client.get("/actors/fastaqem").json()
    roles = {(m["member"]["name"], m["role"]) for m in fastaqem["memberships"]}
    # "Molhem Ekaidi, a Fastaqem deputy commander"; "Ammar Saqar, spokesperson for Tajamu Fastaqem ..."
    assert {("Molhem Ekaidi", "deputy-commander"), ("Ammar Saqar", "spokesperson")} <= roles
    assert "Zakaria Malahifji" in names(fastaqem["members"])
    quotes = {s["quote"] for s in fastaqem["statements"]}
    assert any(q.startswith("This is completely out of the question.") for q in quotes)
    text = article_text()
    for membership in fastaqem["memberships"]:
        for span in membership["evidence"]:
            assert text[span["start"]:span["end"]] == span["exact"]


def test_a_person_with_affiliation_and_statement_to_reuters(client):
    zakaria = client.get("/actors/zakaria-malahifji").json()
    assert zakaria["kind"] == "person"
    assert [a["id"] for a in zakaria["affiliations"]] == ["fastaqem"]
    assert [s["to_outlet"]["name"] for s in zakaria["statements"]] == ["Reuters"]  # "... told Reuters."


def test_the_russian_air_force_by_role_and_blame(client):
    russian_air_force = client.get("/actors/russian-air-force").json()
    miznaz = event_quoting(client, MIZNAZ)
    roles = {e["id"]: e["roles"] for e in russian_air_force["events"]}
    assert roles[miznaz["id"]] == ["perpetrator"]
    # the LCC blames it for Miznaz; The New Arab blames it (with the Syrian air force) for "high numbers"
    assert sorted((c["claimant"]["id"], str(c["count"] or c["count_phrase"])) for c in russian_air_force["blamed_in"]) \
        == [("lcc", "9"), ("the-new-arab", "high numbers")]
    assert client.get("/actors/nobody").status_code == 404


# --- places -------------------------------------------------------------------------------------------

def test_new_aleppo_lies_in_west_aleppo_aleppo_the_province_and_syria(client):
    new_aleppo = client.get("/places/new-aleppo").json()
    assert [p["name"] for p in new_aleppo["within"]] == ["West Aleppo", "Aleppo", "Aleppo province", "Syria"]
    assert "Halab al-Jadida" in new_aleppo["alt_names"]  # "a suburb called Halab al-Jadida, or New Aleppo"
    assert new_aleppo["kind"] == "suburb"
    assert new_aleppo["point"] is not None and new_aleppo["geo_precision"] in (1, 2, 3)
    assert event_quoting(client, CLASHES, place="new-aleppo")["id"] in {e["id"] for e in new_aleppo["events"]}


def test_the_province_holds_miznaz_and_new_aleppo_and_their_events(client):
    province = client.get("/places/aleppo-province").json()
    inside = {p["id"] for p in province["places_inside"]}
    assert {"miznaz", "new-aleppo", "west-aleppo", "aleppo"} <= inside
    events = {e["id"] for e in province["events"]}
    assert event_quoting(client, MIZNAZ)["id"] in events
    assert event_quoting(client, CLASHES, place="new-aleppo")["id"] in events


def test_places_found_by_alternative_name(client):
    found = names(all_items(client, "/places?q=HALAB"))
    assert {"Aleppo", "New Aleppo"} <= found  # Halab; Halab al-Jadida
    assert names(all_items(client, "/places?kind=village")) >= {"Miznaz"}  # "the village of Miznaz"
    assert client.get("/places/atlantis").status_code == 404
    geneva = client.get("/places/geneva").json()
    assert [p["name"] for p in geneva["within"]] == ["Switzerland"]


# --- statements ---------------------------------------------------------------------------------------

def test_statements_by_words_speaker_and_day(client):
    grozny = all_items(client, "/statements?q=grozny")
    hamza = [s for s in grozny if s["speaker"]["name"] == "Mahmoud al-Hamza"]
    # '"Aleppo is not Grozny," Syrian expert on Russian affairs Mahmoud al-Hamza told The New Arab'
    assert [(s["quote"], s["direct_quote"], s["to_outlet"]["name"]) for s in hamza] == [
        ("Aleppo is not Grozny,", True, "The New Arab")]
    peskov = all_items(client, "/statements?actor=dmitry-peskov")
    # '"As for other speculation ...," he told reporters on Tuesday.'
    assert [(s["time"]["date"], s["audience"]) for s in peskov] == [("2016-11-01", "reporters")]
    wednesday = all_items(client, "/statements?from=2016-11-02&to=2016-11-02")
    assert wednesday and all(s["time"]["latest"] >= "2016-11-02" >= s["time"]["earliest"] for s in wednesday)
    assert any("denied in a statement any deliberate targeting of civilians" in s["quote"] for s in wednesday)


# --- sources ------------------------------------------------------------------------------------------

def test_the_source_list(client):
    sources = all_items(client, "/sources")
    assert [(s["id"], s["issued"], s["publisher"]["name"]) for s in sources] == [
        (SOURCE, "2016-11-03", "The New Arab")]
    assert sources[0]["title"] == "Fresh rebel push in Aleppo to preempt 'Russian onslaught'"
    assert all_items(client, "/sources?q=mosul") == []


def test_the_source_keeps_its_text_and_every_span_points_into_it(client):
    source = client.get(f"/sources/{SOURCE}").json()
    text = article_text()
    assert source["full_text"] == text and source["sha256"] == article_sha256()
    assert source["annotations"]
    for span in source["annotations"]:
        assert text[span["start"]:span["end"]] == span["exact"]
    kinds = {a["item"]["kind"] for a in source["annotations"]}
    assert {"event", "claim", "statement", "actor", "place"} <= kinds
    assert client.get("/sources/no-such-article").status_code == 404


def test_alternative_names_come_in_one_order_whatever_the_store(client):
    # the order of a name list must not depend on how the store happens to hold it (memory, disk, remote)
    for path in ("/places", "/actors"):
        items = all_items(client, path)
        several = [item for item in items if len(item.get("alt_names", [])) > 1]
        assert several, path  # the article gives several names to some places and actors
        for item in several:
            assert item["alt_names"] == sorted(item["alt_names"]), (path, item["name"])
