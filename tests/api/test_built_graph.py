"""/sparql and /store on the real graph `ckg build` makes from data/ (the article), on both backends: every
term of the source graph survives every result format, compared with what the store itself holds."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

from api_testlib import SOURCE_GRAPH

VENV_BIN = Path(sys.executable).parent
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
               "application/ld+json": "json-ld"}
RESULT_TYPES = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
                "text/tab-separated-values": "tsv"}


@pytest.fixture(scope="module")
def built_store(tmp_path_factory) -> Path:
    """The store `ckg build` writes from data/, once for the module (the real curated article)."""
    directory = tmp_path_factory.mktemp("built") / "store"
    result = subprocess.run([str(VENV_BIN / "ckg"), "build"], env={**os.environ, "CKG_STORE": str(directory)},
                            capture_output=True, text=True)
    assert result.returncode == 0, f"ckg build failed:\n{result.stderr}"
    return directory


def to_rdflib(term) -> URIRef | BNode | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:  # RDF 1.1: "x" and "x"^^xsd:string are one term; rdflib parses the former
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def stored_source_graph(directory: Path) -> Graph:
    """The source graph as the store holds it, read with pyoxigraph directly (no API in between)."""
    store = ox.Store.read_only(str(directory))
    graph = Graph()
    for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(SOURCE_GRAPH)):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


@pytest.fixture(params=["embedded", "remote"])
def built_client(request, built_store, tmp_path, app_client, start_oxigraph_server):
    from ckg.store import OxigraphStore, RemoteStore

    copy = tmp_path / "store"
    shutil.copytree(built_store, copy)
    if request.param == "embedded":
        store = OxigraphStore(copy)
        yield app_client(store)
        store.close()
    else:
        server = start_oxigraph_server(copy)
        yield app_client(RemoteStore(server.query_url, server.update_url))


@pytest.fixture(scope="module")
def expected(built_store) -> Graph:
    graph = stored_source_graph(built_store)
    assert len(graph) > 1000  # the whole article: text, evidence, events, claims, statements
    return graph


@pytest.mark.parametrize("accept", list(GRAPH_TYPES))
def test_construct_of_the_article_graph_is_exact_in_every_rdf_format(built_client, expected, accept):
    response = built_client.get("/sparql", params={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{SOURCE_GRAPH}> {{ ?s ?p ?o }} }}"},
                                headers={"Accept": accept})
    assert response.status_code == 200
    assert isomorphic(Graph().parse(data=response.content, format=GRAPH_TYPES[accept]), expected)


@pytest.mark.parametrize("accept", list(RESULT_TYPES))
def test_every_literal_of_the_article_graph_survives_select_formats(built_client, expected, accept):
    query = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{SOURCE_GRAPH}> {{ ?s ?p ?o FILTER(isLiteral(?o) && isIRI(?s)) }} }}"
    response = built_client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    rows = {tuple(row) for row in Result.parse(io.BytesIO(response.content), format=RESULT_TYPES[accept])}
    wanted = {(s, p, o) for s, p, o in expected if isinstance(o, Literal) and isinstance(s, URIRef)}
    assert rows == wanted
    kinds = {(o.datatype, o.language) for _, _, o in rows}
    assert len(kinds) > 3  # the article graph carries several datatypes (text, dates, counts, offsets ...)


@pytest.mark.parametrize("accept", list(GRAPH_TYPES))
def test_the_graph_store_serves_the_article_graph_exactly(built_client, expected, accept):
    """GET /store?graph=<the source graph> is that graph, as the store holds it, in every RDF format."""
    response = built_client.get("/store", params={"graph": SOURCE_GRAPH}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert isomorphic(Graph().parse(data=response.content, format=GRAPH_TYPES[accept]), expected)
