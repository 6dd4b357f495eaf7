"""/sparql on both backends: query by GET and POST, datasets, negotiation, term fidelity, updates, errors."""
from __future__ import annotations

import io
from urllib.parse import quote

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

from api_testlib import REGISTRY, SOURCE_GRAPH, WRITE_TOKEN, sample_graphs

CLAIM_COUNTS = """
PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
SELECT ?claim ?count WHERE { GRAPH ?g { ?claim a ckg:CasualtyClaim ; ckg:count ?count } } ORDER BY ?count
"""
ALL_LITERALS = """
SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o) && !isBlank(?s)) } }
"""
ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


def media_type(response) -> str:
    return response.headers["content-type"].split(";")[0].strip()


def parse_results(response) -> Result:
    """Parse with rdflib, an implementation independent of the server's serialisers."""
    return Result.parse(io.BytesIO(response.content), format=RESULT_TYPES[media_type(response)])


def parse_graph(response) -> Graph:
    return Graph().parse(data=response.content, format=GRAPH_TYPES[media_type(response)])


def expected_literal_rows() -> set[tuple]:
    return {(s, p, o) for graph in sample_graphs().values() for s, p, o in graph
            if isinstance(o, Literal) and not isinstance(s, BNode)}


def union_of_sample() -> Graph:
    union = Graph()
    for graph in sample_graphs().values():
        for triple in graph:
            union.add(triple)
    return union


# --- the three ways to send a query -------------------------------------------------------------

def test_get_form_post_and_direct_post_give_the_same_solutions(client):
    by_get = client.get("/sparql", params={"query": CLAIM_COUNTS})
    by_form = client.post("/sparql", data={"query": CLAIM_COUNTS})
    by_body = client.post("/sparql", content=CLAIM_COUNTS.encode(), headers={"Content-Type": "application/sparql-query"})
    for response in (by_get, by_form, by_body):
        assert response.status_code == 200, response.text
        assert media_type(response) == "application/sparql-results+json"
    rows = [tuple(row) for row in parse_results(by_get)]
    assert rows == [tuple(row) for row in parse_results(by_form)] == [tuple(row) for row in parse_results(by_body)]
    counts = [row[1] for row in rows]
    expected = sorted(o for g in sample_graphs().values()
                      for o in g.objects(None, URIRef("https://w3id.org/conflictkg/ontology#count")))
    assert counts == expected


def test_default_graph_uri_makes_the_default_graph(client):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    plain = parse_results(client.get("/sparql", params={"query": query}))
    registry = parse_results(client.get("/sparql", params={"query": query, "default-graph-uri": REGISTRY}))
    both = parse_results(client.get("/sparql", params=[("query", query), ("default-graph-uri", REGISTRY),
                                                        ("default-graph-uri", SOURCE_GRAPH)]))
    graphs = sample_graphs()
    assert int(next(iter(plain))[0]) == 0  # the store's own default graph is empty
    assert int(next(iter(registry))[0]) == len(graphs[REGISTRY])
    assert int(next(iter(both))[0]) == len(graphs[REGISTRY]) + len(graphs[SOURCE_GRAPH])


def test_named_graph_uri_limits_the_graphs_graph_sees(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.post("/sparql?named-graph-uri=" + quote(REGISTRY, safe=""), content=query.encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert [str(row[0]) for row in parse_results(response)] == [REGISTRY]


# --- content negotiation and term fidelity ------------------------------------------------------

@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/tab-separated-values"])
def test_datatypes_and_language_tags_survive_select_formats(client, accept):
    response = client.get("/sparql", params={"query": ALL_LITERALS}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert media_type(response) == accept
    rows = {tuple(row) for row in parse_results(response)}
    expected = expected_literal_rows()
    assert rows == expected
    # the comparison above is term equality; spell out the kinds the sample was written to carry
    objects = {o for _, _, o in rows}
    assert Literal("حلب", lang="ar") in objects
    assert any(o.datatype == URIRef("http://www.w3.org/2001/XMLSchema#date") for o in objects)
    assert any(o.datatype == URIRef("http://www.w3.org/2001/XMLSchema#decimal") for o in objects)


def test_csv_keeps_lexical_forms_only_as_the_format_defines(client):
    """SPARQL 1.1 CSV is lossy by design (no datatypes or language tags); every lexical form still survives."""
    response = client.get("/sparql", params={"query": ALL_LITERALS}, headers={"Accept": "text/csv"})
    assert response.status_code == 200 and media_type(response) == "text/csv"
    rows = {(str(s), str(p), str(o)) for s, p, o in parse_results(response)}
    assert rows == {(str(s), str(p), str(o)) for s, p, o in expected_literal_rows()}


@pytest.mark.parametrize("accept", list(GRAPH_TYPES))
def test_construct_formats_keep_every_triple_exactly(client, accept):
    response = client.get("/sparql", params={"query": ALL_TRIPLES}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert media_type(response) == accept
    assert isomorphic(parse_graph(response), union_of_sample())


def test_describe_is_a_graph_result(client):
    response = client.get("/sparql", params={"query": "DESCRIBE <https://w3id.org/conflictkg/id/place/aleppo>",
                                             "default-graph-uri": REGISTRY},
                          headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    graph = parse_graph(response)
    assert (URIRef("https://w3id.org/conflictkg/id/place/aleppo"), None, Literal("Aleppo", lang="en")) in graph


@pytest.mark.parametrize("query, accept, expected", [
    (CLAIM_COUNTS, None, "application/sparql-results+json"),
    (CLAIM_COUNTS, "*/*", "application/sparql-results+json"),
    (CLAIM_COUNTS, "application/xml;q=0.9, text/csv", "text/csv"),
    (CLAIM_COUNTS, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
    ("ASK { ?s ?p ?o }", "text/csv, application/sparql-results+xml;q=0.5", "application/sparql-results+xml"),
    (ALL_TRIPLES, "application/json", "application/ld+json"),
    (ALL_TRIPLES, "text/turtle;q=0.2, application/rdf+xml;q=0.4", "application/rdf+xml"),
    (ALL_TRIPLES, "*/*", "text/turtle"),
])
def test_accept_header_picks_the_format(client, query, accept, expected):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": query}, headers=headers)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    assert response.headers["vary"] == "Accept"


@pytest.mark.parametrize("query, accept", [
    (CLAIM_COUNTS, "text/turtle"),
    ("ASK {}", "text/csv"),
    (ALL_TRIPLES, "application/sparql-results+json"),
    (ALL_TRIPLES, "text/turtle;q=0"),
])
def test_unsupported_accept_is_406(client, query, accept):
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 406
    assert "offers" in response.text


def test_ask_answers_boolean(client):
    yes = client.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p \"Aleppo\"@en } }"})
    no = client.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p \"Aleppo\"@fr } }"})
    assert parse_results(yes).askAnswer is True
    assert parse_results(no).askAnswer is False


# --- errors --------------------------------------------------------------------------------------

def test_syntax_error_is_400_with_line_and_column(client):
    response = client.get("/sparql", params={"query": "SELECT ?s WHERE {\n  ?s ?p \n"})
    assert response.status_code == 400
    assert "syntax error" in response.text
    assert "error at 3:1" in response.text  # the parser's line:column: the input ends on line 3


@pytest.mark.parametrize("method, path, headers, body, status", [
    ("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", {}, b"", 400),
    ("GET", "/sparql?update=CLEAR%20ALL", {}, b"", 405),
    ("PUT", "/sparql?query=ASK%7B%7D", {}, b"", 405),
    ("POST", "/sparql", {}, b"query=ASK%7B%7D", 415),
    ("POST", "/sparql", {"Content-Type": "text/plain"}, b"ASK {}", 415),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query; charset=UTF-16"}, "ASK {}".encode("utf-16"), 415),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, b"ASK { \xff }", 400),
    ("POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded"}, b"query=ASK%7B%7D&update=CLEAR%20ALL", 400),
    ("POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded"}, b"", 400),
    ("GET", "/sparql?query=", {}, b"", 400),
    ("GET", "/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", {}, b"", 400),
    ("GET", "/sparql", {"Accept": "*/*"}, b"", 400),
])
def test_client_mistakes_get_the_protocol_status(client, method, path, headers, body, status):
    response = client.request(method, path, headers=headers, content=body)
    assert response.status_code == status, response.text
    assert response.text.strip()  # always a message saying what is wrong
    if status == 405:
        assert "POST" in response.headers["allow"]


# --- updates -------------------------------------------------------------------------------------

SCRATCH = "https://w3id.org/conflictkg/graph/scratch"
INSERT = f'INSERT DATA {{ GRAPH <{SCRATCH}> {{ <https://w3id.org/conflictkg/id/place/aleppo> <http://www.w3.org/2000/01/rdf-schema#label> "Alep"@fr }} }}'
ASK_INSERTED = f'ASK {{ GRAPH <{SCRATCH}> {{ ?s ?p "Alep"@fr }} }}'


def ask(client, query: str) -> bool:
    return parse_results(client.get("/sparql", params={"query": query})).askAnswer


def test_update_is_refused_without_a_configured_token(article_store, app_client):
    read_only = app_client(article_store)
    response = read_only.post("/sparql", data={"update": INSERT}, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert ask(read_only, ASK_INSERTED) is False


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", "Basic dXNlcjpwYXNz", "Bearer "])
def test_update_needs_the_right_bearer_token(client, authorization):
    headers = {"Content-Type": "application/sparql-update"}
    if authorization:
        headers["Authorization"] = authorization
    response = client.post("/sparql", content=INSERT.encode(), headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert ask(client, ASK_INSERTED) is False


@pytest.mark.parametrize("how", ["form", "direct"])
def test_update_with_the_token_is_applied_and_seen_by_the_next_query(client, how):
    auth = {"Authorization": f"Bearer {WRITE_TOKEN}"}
    assert ask(client, ASK_INSERTED) is False  # the query workers have the store open already
    if how == "form":
        response = client.post("/sparql", data={"update": INSERT}, headers=auth)
    else:
        response = client.post("/sparql", content=INSERT.encode(), headers={**auth, "Content-Type": "application/sparql-update"})
    assert response.status_code == 204, response.text
    assert ask(client, ASK_INSERTED) is True


def test_update_syntax_error_is_400(client):
    response = client.post("/sparql", data={"update": "CLEAR XYZ"}, headers={"Authorization": f"Bearer {WRITE_TOKEN}"})
    assert response.status_code == 400
    assert "syntax error" in response.text


def test_using_graph_uri_sets_the_update_where_dataset(client):
    auth = {"Authorization": f"Bearer {WRITE_TOKEN}", "Content-Type": "application/sparql-update"}
    update = (f"INSERT {{ GRAPH <{SCRATCH}> {{ ?s a <urn:ckg:test:Seen> }} }} "
              "WHERE { ?s a <https://w3id.org/conflictkg/ontology#Place> }")
    response = client.post("/sparql?using-graph-uri=" + quote(REGISTRY, safe=""), content=update.encode(), headers=auth)
    assert response.status_code == 204, response.text
    seen = parse_results(client.get("/sparql", params={
        "query": f"SELECT ?s WHERE {{ GRAPH <{SCRATCH}> {{ ?s a <urn:ckg:test:Seen> }} }} ORDER BY ?s"}))
    assert [str(row[0]) for row in seen] == ["https://w3id.org/conflictkg/id/place/aleppo",
                                             "https://w3id.org/conflictkg/id/place/miznaz"]


def test_using_graph_uri_with_a_with_clause_is_400(client):
    auth = {"Authorization": f"Bearer {WRITE_TOKEN}", "Content-Type": "application/sparql-update"}
    update = f"WITH <{SCRATCH}> INSERT {{ ?s a <urn:x> }} WHERE {{ ?s ?p ?o }}"
    response = client.post("/sparql?using-graph-uri=" + quote(REGISTRY, safe=""), content=update.encode(), headers=auth)
    assert response.status_code == 400
    assert "WITH" in response.text


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv"])
def test_head_answers_what_get_would_without_the_body(client, accept):
    params = {"query": CLAIM_COUNTS}
    get = client.get("/sparql", params=params, headers={"Accept": accept})
    head = client.head("/sparql", params=params, headers={"Accept": accept})
    assert get.status_code == head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert int(head.headers["content-length"]) == len(get.content) > 0


def test_head_of_a_bad_query_is_the_same_client_error(client):
    assert client.head("/sparql", params={"query": "SELEC nothing"}).status_code == 400
    assert client.head("/sparql").status_code == 400  # no query and no browser: the protocol's 400
