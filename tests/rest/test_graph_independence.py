"""The answers do not depend on which named graph holds a place: an article may introduce a place itself.

A place an article introduces (its annotation's `entities`) lives in the article's graph, while the
places around it live in the registry graph. Here the seed graph is rearranged that way, moving
Miznaz and New Aleppo with all their triples from the registry graph into the article's graph, and
the containment answers must stay the same.
"""
from __future__ import annotations

import pytest
from rdflib import Graph

from ckg.namespaces import ID, REGISTRY_GRAPH, source_graph
from rest_testlib import BACKENDS, SOURCE, all_items, api_on, event_quoting, store_holding

MOVED = [ID["place/miznaz"], ID["place/new-aleppo"]]


def moved_into_the_article(graphs: dict[str, Graph]) -> dict[str, Graph]:
    registry, article = Graph(), Graph()
    for triple in graphs[str(REGISTRY_GRAPH)]:
        moved = triple[0] in MOVED or str(triple[0]).startswith(tuple(str(p) + "/" for p in MOVED))
        (article if moved else registry).add(triple)
    article += graphs[str(source_graph(SOURCE))]
    return {**graphs, str(REGISTRY_GRAPH): registry, str(source_graph(SOURCE)): article}


@pytest.fixture(scope="module", params=BACKENDS)
def moved_client(request, seed_graphs):
    with store_holding(request, request.param, moved_into_the_article(seed_graphs)) as store:
        assert ID["place/miznaz"] not in set(store.construct(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g = ?registry) }",
            {"registry": REGISTRY_GRAPH}).subjects())
        with api_on(store) as client:
            yield client


def test_containment_crosses_from_the_article_graph_into_the_registry(moved_client):
    client = moved_client
    assert [p["name"] for p in client.get("/places/new-aleppo").json()["within"]] == [
        "West Aleppo", "Aleppo", "Aleppo province", "Syria"]
    assert [p["name"] for p in client.get("/places/miznaz").json()["within"]] == ["Aleppo province", "Syria"]
    miznaz = event_quoting(client, "airstrikes on the village of Miznaz")
    clash = event_quoting(client, "State media reported clashes in the New Aleppo", place="new-aleppo")
    in_province = {e["id"] for e in all_items(client, "/events?place=aleppo-province")}
    assert {miznaz["id"], clash["id"]} <= in_province
    inside = {p["id"] for p in client.get("/places/aleppo").json()["places_inside"]}
    assert "new-aleppo" in inside
    claims = all_items(client, "/claims?place=aleppo-province&victims=civilians&outcome=killed")
    assert miznaz["id"] in {g["event"]["id"] for g in claims}
