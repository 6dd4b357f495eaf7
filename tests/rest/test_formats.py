"""Content negotiation of the REST endpoints: JSON by default, JSON-LD, Turtle and CSV by ?format= or Accept."""
from __future__ import annotations

import csv
import io
import json

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ckg.namespaces import CKG, ID, OA, SEM, SKOS
from rest_testlib import SOURCE

EVENT_URL = f"/events/{SOURCE}/miznaz-airstrike"
EVENT_IRI = ID[f"source/{SOURCE}/event/miznaz-airstrike"]


def test_json_is_the_default(client):
    for headers in ({}, {"Accept": "*/*"}, {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}):
        response = client.get("/events?limit=1", headers=headers)
        assert response.headers["content-type"] == "application/json", headers
        assert response.json()["items"]


def test_turtle_carries_the_stored_triples(client):
    for response in (client.get(EVENT_URL + "?format=turtle"),
                     client.get(EVENT_URL, headers={"Accept": "text/turtle"})):
        assert response.headers["content-type"].startswith("text/turtle")
        graph = Graph().parse(data=response.text, format="turtle")
        assert (EVENT_IRI, RDF.type, CKG.Event) in graph
        assert (EVENT_IRI, SEM.eventType, URIRef("https://w3id.org/conflictkg/vocab/event-type/airstrike")) in graph
        # CKG["count"]: CKG.count would be str.count
        counts = {int(o) for s, o in graph.subject_objects(CKG["count"]) if (s, CKG.about, EVENT_IRI) in graph}
        assert {9, 10} <= counts  # both monitors' claims come along with the event
        time = graph.value(EVENT_IRI, SEM.hasTime)
        assert graph.value(time, SEM.hasEarliestBeginTimeStamp) == Literal("2016-11-02", datatype=XSD.date)
        # the evidence comes with both its selectors: the quoted words and where they are
        evidence = graph.value(EVENT_IRI, CKG.evidence)
        selectors = list(graph.objects(evidence, OA.hasSelector))
        assert {str(graph.value(s, OA.exact)) for s in selectors} >= {"airstrikes on the village of Miznaz"}
        assert any(graph.value(s, OA.start) is not None for s in selectors)


def test_json_ld_is_the_same_graph(client):
    turtle = Graph().parse(data=client.get(EVENT_URL + "?format=turtle").text, format="turtle")
    response = client.get(EVENT_URL, headers={"Accept": "application/ld+json"})
    assert response.headers["content-type"].startswith("application/ld+json")
    document = response.json()
    assert "@context" in document
    jsonld = Graph().parse(data=json.dumps(document), format="json-ld")
    assert len(jsonld) == len(turtle) and (EVENT_IRI, RDF.type, CKG.Event) in jsonld


def test_rdf_of_a_list_describes_its_items(client):
    graph = Graph().parse(data=client.get("/places?q=halab&format=turtle").text, format="turtle")
    labels = {str(o) for o in graph.objects(None, SKOS.altLabel)}
    assert {"Halab", "Halab al-Jadida"} <= labels


def test_csv_of_a_list_and_of_one_item(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/events?format=csv&limit=500").text)))
    assert len(rows) == client.get("/events").json()["total"]
    assert {"id", "label", "type.notation", "time.earliest", "place.name"} <= set(rows[0])
    response = client.get(EVENT_URL, headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    (row,) = csv.DictReader(io.StringIO(response.text))
    assert row["id"] == f"{SOURCE}/miznaz-airstrike" and row["place.name"] == "Miznaz"


def test_unacceptable_and_unknown_formats(client):
    refused = client.get("/events", headers={"Accept": "application/xml"})
    assert refused.status_code == 406 and "text/turtle" in refused.json()["detail"]
    unknown = client.get("/events?format=xml")
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["query", "format"]
