"""The curated seed article built into a store (embedded and remote Oxigraph) and queried through SPARQL.

Events are found by what they are (place, type, speaker), never by the curator's ids.
"""
from __future__ import annotations

import datetime as dt

import pytest
import yaml
from rdflib import Literal
from rdflib.namespace import XSD

from ckg.paths import REGISTRY_FILE, SOURCES_DIR
from ckg.store import open_store, remove_store_dir, temporary_store_dir
from ingest.pipeline import annotation_files, build

from ingest_testlib import SEED_TEXT, quads, read_exactly

PREFIXES = """
PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
SEED_ANNOTATION = SEED_TEXT.with_suffix(".yaml")


@pytest.fixture(scope="module")
def embedded_built():
    directory = temporary_store_dir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CKG_STORE", str(directory))
        store = open_store()
    build(store, SOURCES_DIR, REGISTRY_FILE)
    yield store
    store.close()
    remove_store_dir(directory)


@pytest.fixture(scope="module")
def remote_built(oxigraph_server):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CKG_STORE", oxigraph_server)
        store = open_store()
    assert store.kind == "remote"
    store.update("DROP ALL")
    build(store, SOURCES_DIR, REGISTRY_FILE)
    return store


@pytest.fixture(scope="module", params=["embedded", "remote"])
def built(request):
    return request.getfixturevalue(f"{request.param}_built")


def select(store, query, **bindings):
    return store.select(PREFIXES + query, bindings or None)


def dates(rows, name="date"):
    return sorted(row[name].toPython() for row in rows)


def test_the_curated_annotation_is_what_gets_built():
    assert SEED_ANNOTATION in annotation_files(SOURCES_DIR)


def test_embedded_and_remote_builds_are_identical(embedded_built, remote_built):
    assert quads(embedded_built) == quads(remote_built)


def test_miznaz_strike_has_two_claimants_with_nine_and_ten(built):
    rows = select(built, """
        SELECT ?claim ?claimant ?count WHERE {
          GRAPH ?r { ?place rdfs:label "Miznaz" }
          GRAPH ?g { ?event sem:hasPlace ?place .
                     ?claim ckg:about ?event ; ckg:claimedBy ?claimant ; ckg:count ?count .
                     FILTER NOT EXISTS { ?claim ckg:subCountOf ?total } }
        }""")
    assert sorted(int(r["count"]) for r in rows) == [9, 10]
    assert len({r["claimant"] for r in rows}) == 2


def test_observatory_total_has_seven_children_as_sub_count(built):
    rows = select(built, """
        SELECT ?total ?count ?notation WHERE {
          GRAPH ?r { ?sohr rdfs:label "Syrian Observatory for Human Rights" }
          GRAPH ?g { ?total ckg:claimedBy ?sohr . ?part ckg:subCountOf ?total ;
                     ckg:count ?count ; ckg:victimCategory ?victims }
          GRAPH ?o { ?victims skos:notation ?notation }
        }""")
    assert [(int(r["count"]), str(r["notation"])) for r in rows] == [(7, "children")]


def test_geneva_meeting_is_dated_1_november(built):
    rows = select(built, """
        SELECT ?date WHERE {
          GRAPH ?r { ?geneva rdfs:label "Geneva" }
          GRAPH ?o { ?meeting skos:notation "meeting" }
          GRAPH ?g { ?event sem:eventType ?meeting ; sem:hasPlace ?geneva ; sem:hasTime/ckg:date ?date }
        }""")
    assert dates(rows) == [dt.date(2016, 11, 1)]


@pytest.mark.parametrize("speaker, day", [("Dmitry Peskov", dt.date(2016, 11, 1)),
                                          ("Syrian National Coalition", dt.date(2016, 11, 2))])
def test_statements_are_dated(built, speaker, day):
    rows = select(built, """
        SELECT ?statement ?date WHERE {
          GRAPH ?r { ?speaker rdfs:label ?name }
          GRAPH ?g { ?statement a ckg:Statement ; ckg:speaker ?speaker ; sem:hasTime/ckg:date ?date }
        }""", name=Literal(speaker))
    assert rows and set(dates(rows)) == {day}


def test_push_on_new_aleppo_is_dated_3_november(built):
    # the day-dated offensives whose place is New Aleppo or contains it
    rows = select(built, """
        SELECT ?event ?date WHERE {
          GRAPH ?r { ?newAleppo rdfs:label "New Aleppo" ; ckg:locatedIn* ?place }
          GRAPH ?o { ?offensive skos:notation "offensive" }
          GRAPH ?g { ?event sem:eventType ?offensive ; sem:hasPlace ?place ; sem:hasTime/ckg:date ?date }
        }""")
    assert rows and set(dates(rows)) == {dt.date(2016, 11, 3)}


def test_siege_started_july_2016_at_month_precision(built):
    rows = select(built, """
        SELECT ?date ?precision ?earliest WHERE {
          GRAPH ?o { ?siege skos:notation "siege" }
          GRAPH ?g { ?event sem:eventType ?siege ; sem:hasTime ?time .
                     ?time ckg:date ?date ; ckg:datePrecision ?p ; sem:hasEarliestBeginTimeStamp ?earliest }
          GRAPH ?o { ?p skos:notation ?precision }
        }""")
    assert [(r["date"], str(r["precision"]), r["earliest"].toPython()) for r in rows] == [
        (Literal("2016-07", datatype=XSD.gYearMonth), "month", dt.date(2016, 7, 1))]


def test_every_claim_and_statement_cuts_its_quote_out_of_the_raw_text(built):
    raw = read_exactly(SEED_TEXT)
    stored = select(built, "SELECT ?text WHERE { GRAPH ?g { ?doc ckg:fullText ?text } }")
    assert [str(r["text"]) for r in stored] == [raw]
    rows = select(built, """
        SELECT ?item ?exact ?start ?end ?quote WHERE { GRAPH ?g {
          VALUES ?kind { ckg:CasualtyClaim ckg:Statement }
          ?item a ?kind ; ckg:evidence ?evidence .
          ?evidence oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
          OPTIONAL { ?item ckg:quote ?quote }
        } }""")
    curated = yaml.safe_load(SEED_ANNOTATION.read_text(encoding="utf-8"))
    assert len({r["item"] for r in rows}) == len(curated["claims"]) + len(curated["statements"]) == len(rows)
    for row in rows:
        assert raw[int(row["start"]):int(row["end"])] == str(row["exact"]), row["item"]
        if "quote" in row:
            assert str(row["quote"]) == str(row["exact"])


def test_ontology_graph_lets_sparql_users_read_labels_and_mappings(built):
    rows = select(built, """
        SELECT ?label ?acled WHERE { GRAPH ?o {
          ?type skos:notation "airstrike" ; skos:prefLabel ?label ; ckg:acledSubEventType ?acled } }""")
    assert [(str(r["label"]), str(r["acled"])) for r in rows] == [("airstrike", "Air/drone strike")]
