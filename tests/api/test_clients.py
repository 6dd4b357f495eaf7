"""Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore) against a real `ckg serve`, on both backends."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

from api_testlib import REGISTRY, SOURCE_GRAPH, WRITE_TOKEN, sample_graphs

ALEPPO = URIRef("https://w3id.org/conflictkg/id/place/aleppo")
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
LABELS = f"SELECT ?label WHERE {{ GRAPH <{REGISTRY}> {{ <{ALEPPO}> <{RDFS_LABEL}> ?label }} }} ORDER BY ?label"


def wrapper(url: str, query: str, return_format, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(return_format)
    sparql.setMethod(method)
    return sparql


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json_keeps_language_tags(served_article, method):
    data = wrapper(served_article.url, LABELS, JSON, method).query().convert()
    labels = {(b["label"]["value"], b["label"].get("xml:lang")) for b in data["results"]["bindings"]}
    expected = {(str(o), o.language) for o in sample_graphs()[REGISTRY].objects(ALEPPO, RDFS_LABEL)}
    assert labels == expected == {("Aleppo", "en"), ("حلب", "ar")}


def test_sparqlwrapper_ask_and_xml(served_article):
    assert wrapper(served_article.url, f"ASK {{ GRAPH <{SOURCE_GRAPH}> {{ ?s ?p ?o }} }}", JSON).query().convert()["boolean"] is True
    document = wrapper(served_article.url, LABELS, XML).query().convert()  # an xml.dom.minidom Document
    literals = {(n.firstChild.data, n.getAttribute("xml:lang")) for n in document.getElementsByTagName("literal")}
    assert literals == {("Aleppo", "en"), ("حلب", "ar")}


def test_sparqlwrapper_construct_as_turtle(served_article):
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{SOURCE_GRAPH}> {{ ?s ?p ?o }} }}"
    turtle = wrapper(served_article.url, query, TURTLE).query().convert()
    graph = Graph().parse(data=turtle, format="turtle")
    assert len(graph) == len(sample_graphs()[SOURCE_GRAPH])
    assert (None, None, Literal("2016-11-03", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))) in graph


def test_sparqlwrapper_sees_protocol_errors(served_article):
    with pytest.raises(QueryBadFormed):
        wrapper(served_article.url, "SELECT * WHERE {", JSON).query()
    update = wrapper(served_article.url, f"DROP GRAPH <{SOURCE_GRAPH}>", JSON, "POST")
    with pytest.raises(Unauthorized):  # no token sent
        update.query()
    check = wrapper(served_article.url, f"ASK {{ GRAPH <{SOURCE_GRAPH}> {{ ?s ?p ?o }} }}", JSON)
    assert check.query().convert()["boolean"] is True


def test_sparqlwrapper_update_with_the_token(served_article):
    update = wrapper(served_article.url, f"DROP GRAPH <{SOURCE_GRAPH}>", JSON, "POST")
    update.addCustomHttpHeader("Authorization", f"Bearer {WRITE_TOKEN}")
    update.query()
    check = wrapper(served_article.url, f"ASK {{ GRAPH <{SOURCE_GRAPH}> {{ ?s ?p ?o }} }}", JSON)
    assert check.query().convert()["boolean"] is False


def test_rdflib_sparqlstore_queries_and_reads_triples(served_article):
    """A Graph over SPARQLStore with a graph identifier queries with default-graph-uri=<that graph>."""
    store = SPARQLStore(served_article.url + "/sparql", returnFormat="json")
    registry = Graph(store=store, identifier=URIRef(REGISTRY))
    labels = {row.label for row in registry.query(f"SELECT ?label WHERE {{ <{ALEPPO}> <{RDFS_LABEL}> ?label }}")}
    assert labels == {Literal("Aleppo", lang="en"), Literal("حلب", lang="ar")}
    assert set(registry.objects(ALEPPO, RDFS_LABEL)) == labels
    assert len(registry) == len(sample_graphs()[REGISTRY])
