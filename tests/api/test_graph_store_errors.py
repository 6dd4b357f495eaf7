"""/store (Graph Store Protocol) on both backends: reads and writes on the article's graphs, the write-token
policy, hostile requests (each a 4xx naming what is wrong, nothing half-written). The built article's graph
through /store is checked in test_built_graph.py."""
from __future__ import annotations

from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from api_testlib import REGISTRY, SOURCE_GRAPH, WRITE_TOKEN, sample_graphs

GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
               "application/ld+json": "json-ld"}
AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}"}
TURTLE = {**AUTH, "Content-Type": "text/turtle"}
SCRATCH = "https://example.org/graph/scratch"
EX = "http://example.org/"


def store_url(iri: str) -> str:
    return "/store?graph=" + quote(iri, safe="")


def parse_answer(response) -> Graph:
    media_type = response.headers["content-type"].split(";")[0].strip()
    return Graph().parse(data=response.content, format=GRAPH_TYPES[media_type])


def read(client, iri: str) -> Graph:
    response = client.get(store_url(iri), headers={"Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    return parse_answer(response)


# --- reading ------------------------------------------------------------------------------------------

def test_get_answers_the_graph_in_each_format(client):
    for accept in GRAPH_TYPES:
        response = client.get(store_url(REGISTRY), headers={"Accept": accept})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].split(";")[0] == accept
        assert isomorphic(parse_answer(response), sample_graphs()[REGISTRY]), accept


def test_head_answers_what_get_would_without_the_body(client):
    get = client.get(store_url(REGISTRY))
    head = client.head(store_url(REGISTRY))
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"] == "text/turtle; charset=utf-8"
    assert head.headers["content-length"] == str(len(get.content))


def test_a_graph_the_store_lacks_is_404(client):
    for method in ("GET", "HEAD", "DELETE"):
        response = client.request(method, store_url("https://example.org/graph/missing"), headers=AUTH)
        assert response.status_code == 404, method
        assert method == "HEAD" or "https://example.org/graph/missing" in response.text


def test_unacceptable_accept_is_406_naming_the_offered_types(client):
    response = client.get(store_url(REGISTRY), headers={"Accept": "text/csv"})
    assert response.status_code == 406
    assert all(media_type in response.text for media_type in GRAPH_TYPES)


# --- naming the graph ---------------------------------------------------------------------------------

BAD_NAMES = [
    ("graph=https%3A%2F%2Fexample.org%2Fg&default", "`graph=<IRI>` or `default`, not both"),
    ("", "name the graph"),
    ("graph=https%3A%2F%2Fexample.org%2Fa&graph=https%3A%2F%2Fexample.org%2Fb", "`graph` parameter is given 2 times"),
    ("graph=notes%2F1", "`graph` must be an absolute IRI, got 'notes/1'"),
    ("graph=", "`graph` must be an absolute IRI, got ''"),
    ("graph=https%3A%2F%2Fexample.org%2Fa%20b", "`graph` must be an absolute IRI"),
    ("graph=%FF", "not percent-encoded UTF-8"),
]


def test_a_badly_named_graph_is_400_naming_the_parameter(client):
    for method in ("GET", "HEAD", "PUT", "DELETE"):
        for query, names in BAD_NAMES:
            response = client.request(method, "/store?" + query, headers=TURTLE,
                                      content=b"<http://a> <http://b> <http://c> .")
            assert response.status_code == 400, (method, query)
            assert method == "HEAD" or names in response.text, (method, query, response.text)
    assert isomorphic(read(client, REGISTRY), sample_graphs()[REGISTRY])


def test_direct_identification_takes_no_graph_parameter(client):
    response = client.get("/store/notes/1?graph=" + quote(REGISTRY, safe=""))
    assert response.status_code == 400 and "direct identification" in response.text


def test_a_host_header_that_makes_no_iri_is_400(client):
    response = client.get(store_url(REGISTRY), headers={"Host": "a%zz"})
    assert response.status_code == 400 and "Host" in response.text


def test_other_methods_are_405_with_allow(client):
    response = client.patch(store_url(REGISTRY), headers=TURTLE, content=b"")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, PUT, POST, DELETE"


# --- the write-token policy (the same as SPARQL Update's) --------------------------------------------

WRITES = [("PUT", store_url(REGISTRY)), ("POST", store_url(REGISTRY)), ("POST", "/store"),
          ("DELETE", store_url(REGISTRY)), ("PUT", "/store/notes/1")]


def test_writes_are_403_when_the_server_has_no_write_token(article_store, app_client):
    client = app_client(article_store)
    for method, url in WRITES:
        response = client.request(method, url, headers=TURTLE, content=b"<http://a> <http://b> <http://c> .")
        assert response.status_code == 403 and "CKG_WRITE_TOKEN" in response.text, (method, url)
    assert isomorphic(read(client, REGISTRY), sample_graphs()[REGISTRY])
    assert client.get("/store/notes/1").status_code == 404


def test_writes_need_the_right_bearer_token(client):
    for authorization in (None, "Bearer wrong-token", f"Basic {WRITE_TOKEN}", "Bearer "):
        headers = {"Content-Type": "text/turtle", **({"Authorization": authorization} if authorization else {})}
        for method, url in WRITES:
            response = client.request(method, url, headers=headers, content=b"<http://a> <http://b> <http://c> .")
            assert response.status_code == 401, (authorization, method, url)
            assert response.headers["www-authenticate"].startswith("Bearer")
    assert isomorphic(read(client, REGISTRY), sample_graphs()[REGISTRY])
    assert client.get("/store/notes/1").status_code == 404


def test_the_token_is_checked_before_the_body_is_read(client):
    response = client.put(store_url(REGISTRY), headers={"Content-Type": "text/turtle"}, content=b"not turtle")
    assert response.status_code == 401


def test_reads_need_no_token(article_store, app_client):
    assert app_client(article_store).get(store_url(REGISTRY)).status_code == 200


# --- writes -------------------------------------------------------------------------------------------

def test_put_replaces_the_graph_and_touches_no_other(client):
    body = f'<{EX}a> <{EX}p> "new" ; <{EX}q> [ <{EX}r> 1 ] .'
    assert client.put(store_url(REGISTRY), headers=TURTLE, content=body.encode()).status_code == 204
    assert isomorphic(read(client, REGISTRY), Graph().parse(data=body, format="turtle"))
    assert isomorphic(read(client, SOURCE_GRAPH), sample_graphs()[SOURCE_GRAPH])


def test_put_creates_a_graph_with_201_then_replaces_with_204(client):
    first = client.put(store_url(SCRATCH), headers=TURTLE, content=f"<{EX}a> <{EX}p> 1 .".encode())
    second = client.put(store_url(SCRATCH), headers=TURTLE, content=f"<{EX}a> <{EX}p> 2 .".encode())
    assert (first.status_code, second.status_code) == (201, 204)
    assert set(read(client, SCRATCH)) == {(URIRef(EX + "a"), URIRef(EX + "p"), Literal(2))}


def test_post_merges_into_the_graph(client):
    body = f'<{EX}a> <{EX}p> "added" .'
    assert client.post(store_url(REGISTRY), headers=TURTLE, content=body.encode()).status_code == 204
    expected = sample_graphs()[REGISTRY] + Graph().parse(data=body, format="turtle")
    assert isomorphic(read(client, REGISTRY), expected)


def test_post_to_the_endpoint_creates_a_graph_named_under_it(client):
    response = client.post("/store", headers=TURTLE, content=f"<{EX}a> <{EX}p> 1 .".encode())
    assert response.status_code == 201
    location = response.headers["location"]
    assert location.startswith("http://testserver/store/") and len(location) > len("http://testserver/store/") + 16
    direct = client.get(location.removeprefix("http://testserver"), headers={"Accept": "application/n-triples"})
    assert direct.status_code == 200 and len(parse_answer(direct)) == 1
    assert len(read(client, location)) == 1


def test_direct_identification_names_the_graph_by_the_url_as_sent(client):
    assert client.put("/store/notes/a%20b", headers=TURTLE, content=f"<{EX}a> <{EX}p> 1 .".encode()).status_code == 201
    assert len(read(client, "http://testserver/store/notes/a%20b")) == 1
    assert client.get(store_url("http://testserver/store/notes/a b".replace(" ", "%2520"))).status_code == 404


def test_an_empty_put_leaves_an_empty_graph_that_delete_drops(client):
    assert client.put(store_url(SCRATCH), headers=TURTLE, content=b"").status_code == 201
    assert len(read(client, SCRATCH)) == 0
    assert client.delete(store_url(SCRATCH), headers=AUTH).status_code == 204
    assert client.get(store_url(SCRATCH)).status_code == 404


def test_the_default_graph_is_replaced_read_and_emptied(client):
    body = f"<{EX}a> <{EX}p> 1 ."
    assert client.put("/store?default", headers=TURTLE, content=body.encode()).status_code == 204
    assert client.post("/store?default", headers=TURTLE, content=b"").status_code == 204
    assert isomorphic(parse_answer(client.get("/store?default")), Graph().parse(data=body, format="turtle"))
    assert client.delete("/store?default", headers=AUTH).status_code == 204
    assert len(parse_answer(client.get("/store?default"))) == 0
    assert isomorphic(read(client, REGISTRY), sample_graphs()[REGISTRY])


def test_relative_iris_in_the_body_resolve_against_the_graph_iri(client):
    client.put(store_url(SCRATCH), headers=TURTLE, content=b"<#me> <p> <> .")
    assert set(read(client, SCRATCH)) == {(URIRef(SCRATCH + "#me"), URIRef("https://example.org/graph/p"),
                                           URIRef(SCRATCH))}


def test_each_multipart_part_keeps_its_own_blank_nodes(client):
    boundary = "b0undary"
    parts = [(name, f'_:x <{EX}p> "{name}" .') for name in ("one.ttl", "two.nt")]
    body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}"\r\n'
                   f"Content-Type: {'text/turtle' if name.endswith('ttl') else 'application/n-triples'}\r\n\r\n"
                   f"{text}\r\n" for name, text in parts) + f"--{boundary}--\r\n"
    response = client.post(store_url(SCRATCH), headers={**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"},
                           content=body.encode())
    assert response.status_code == 201, response.text
    subjects = set(read(client, SCRATCH).subjects())
    assert len(subjects) == 2 and all(isinstance(s, BNode) for s in subjects)


# --- bodies that are refused, with nothing written ----------------------------------------------------

UNPARSABLE_BODIES = [
    ("text/turtle", f"<{EX}a> <{EX}p> 1 .\n<{EX}a> <{EX}p> 2 .\n<{EX}a> <{EX}p> .\n".encode(),
     "the body is not valid Turtle at line 3, column"),
    ("application/n-triples", f"<{EX}a> <{EX}p> <{EX}b> .\n<{EX}a> <{EX}p> <relative> .\n".encode(),
     "the body is not valid N-Triples at line 2"),
    ("text/turtle", f'<{EX}a> <{EX}p> "caf'.encode() + b"\xe9" + b'" .\n', "not valid Turtle at line 1"),
    ("application/rdf+xml", (f"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                             f"<rdf:Description rdf:about='{EX}a'>\n<rdf:foo></rdf:Description></rdf:RDF>").encode(),
     "the body is not well-formed XML at line 3, column"),
    ("application/ld+json", f'{{"@id": "{EX}a",\n "{EX}p": 1,\n}}'.encode(), "the body is not valid JSON-LD at line 3"),
    ("application/ld+json", b'{"@context": "https://schema.org/", "name": "x"}', "remote contexts"),
    ("application/ld+json", f'{{"@id": "{EX}g", "@graph": [{{"@id": "{EX}a", "{EX}p": 1}}]}}'.encode(),
     "holds named graphs"),
    ("multipart/form-data", b"<http://a> <http://b> <http://c> .", "multipart/form-data body is malformed"),
    ("multipart/form-data; boundary=zz",
     (b'--zz\r\nContent-Disposition: form-data; name="a.ttl"; filename="a.ttl"\r\nContent-Type: text/turtle\r\n\r\n'
      b"<http://a> <http://b> <http://c> .\r\n--zz\r\nContent-Disposition: form-data; name=\"b.ttl\"; "
      b'filename="b.ttl"\r\nContent-Type: text/turtle\r\n\r\n<http://a> <http://b> .\r\n--zz--\r\n'),
     "part 2 (b.ttl) is not valid Turtle at line 1, column"),
]


def test_a_body_that_does_not_parse_is_400_and_writes_nothing(client):
    for method in ("PUT", "POST"):
        for content_type, body, message in UNPARSABLE_BODIES:
            response = client.request(method, store_url(REGISTRY), headers={**AUTH, "Content-Type": content_type},
                                      content=body)
            assert response.status_code == 400 and message in response.text, (method, content_type, response.text)
    assert isomorphic(read(client, REGISTRY), sample_graphs()[REGISTRY])


BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n <!ENTITY l0 "lol">\n'
                  + "".join(f' <!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10))
                  + f"]>\n<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:e='{EX}'>"
                  f"<rdf:Description rdf:about='{EX}a'><e:p>&l9;</e:p></rdf:Description></rdf:RDF>")
DEEP_XML = (f"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:e='{EX}'><rdf:Description>"
            + "<e:p><rdf:Description>" * 20000 + "</rdf:Description></e:p>" * 20000 + "</rdf:Description></rdf:RDF>")


def test_rdf_xml_that_would_exhaust_the_parser_is_400(client):
    for body, message in ((BILLION_LAUGHS, "entities expand it past"), (DEEP_XML, "elements nest deeper than")):
        response = client.put(store_url(REGISTRY), headers={**AUTH, "Content-Type": "application/rdf+xml"},
                              content=body.encode())
        assert response.status_code == 400 and message in response.text, response.text
    assert isomorphic(read(client, REGISTRY), sample_graphs()[REGISTRY])


def test_rdf_xml_with_entities_for_namespaces_is_read(client):
    body = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex "{EX}"> ]>\n'
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:e='&ex;'>"
            "<rdf:Description rdf:about='&ex;a'><e:p>1</e:p></rdf:Description></rdf:RDF>")
    response = client.put(store_url(SCRATCH), headers={**AUTH, "Content-Type": "application/rdf+xml"}, content=body.encode())
    assert response.status_code == 201, response.text
    assert set(read(client, SCRATCH)) == {(URIRef(EX + "a"), URIRef(EX + "p"), Literal("1"))}


def test_a_body_type_that_is_not_rdf_is_415_naming_the_accepted_types(client):
    for content_type, message in (("text/plain", "unsupported Content-Type 'text/plain'; use one of text/turtle"),
                                  (None, "a body needs a Content-Type"),
                                  ("text/turtle; charset=latin-1", "must be UTF-8")):
        headers = {**AUTH, **({"Content-Type": content_type} if content_type else {})}
        response = client.put(store_url(REGISTRY), headers=headers, content=b"<http://a> <http://b> <http://c> .")
        assert response.status_code == 415 and message in response.text, (content_type, response.text)
        if content_type != "text/turtle; charset=latin-1":
            assert all(media_type in response.text for media_type in GRAPH_TYPES)
    assert isomorphic(read(client, REGISTRY), sample_graphs()[REGISTRY])


# --- documentation ------------------------------------------------------------------------------------

def test_openapi_documents_every_method_on_both_paths(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path, parameter in (("/store", "graph"), ("/store/{path}", "path")):
        for method, statuses in (("get", {"200", "400", "404", "406"}), ("put", {"201", "204", "400", "401", "403", "415"}),
                                 ("post", {"201", "204", "400", "401", "403", "415"}), ("delete", {"204", "401", "403", "404"})):
            operation = paths[path][method]
            assert operation["summary"] and operation["description"]
            assert parameter in {p["name"] for p in operation["parameters"]}
            assert statuses <= set(operation["responses"])
