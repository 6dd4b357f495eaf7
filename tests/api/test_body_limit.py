"""CKG_MAX_BODY_BYTES: request bodies over the limit get 413 whether Content-Length announces them or they
arrive chunked, a body at the limit is served, a malformed Content-Length is 400, reads are unaffected;
through the real app on an embedded store holding the article's sample graph, and a real `ckg serve`."""
from __future__ import annotations

import socket
from urllib.parse import quote, urlsplit

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from api.settings import Settings, SettingsError
from api_testlib import REGISTRY, WRITE_TOKEN, sample_graphs
from ckg.store import OxigraphStore

LIMIT = 1024  # bytes: small, so the tests send little
AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}"}
SPARQL_UPDATE = {**AUTH, "Content-Type": "application/sparql-update"}
TURTLE = {**AUTH, "Content-Type": "text/turtle"}
ALEPPO = "https://w3id.org/conflictkg/id/place/aleppo"
COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
SOCKET_TIMEOUT = 30.0  # seconds; only reached when the server waits for a body that never ends


def padded(prefix: str, suffix: str, size: int) -> tuple[bytes, str]:
    """`prefix + padding + suffix` encoded to exactly `size` bytes, and the padding (an rdfs:comment's text)."""
    padding = "x" * (size - len((prefix + suffix).encode()))
    body = (prefix + padding + suffix).encode()
    assert len(body) == size
    return body, padding


def update_of_size(size: int) -> tuple[bytes, str]:
    """A SPARQL Update adding an rdfs:comment to Aleppo in the registry graph, exactly `size` bytes long."""
    return padded(f'INSERT DATA {{ GRAPH <{REGISTRY}> {{ <{ALEPPO}> <{COMMENT}> "', '" } }', size)


def turtle_of_size(size: int) -> tuple[bytes, str]:
    """Turtle giving Aleppo an rdfs:comment, exactly `size` bytes long."""
    return padded(f'<{ALEPPO}> <{COMMENT}> "', '" .\n', size)


def chunks(body: bytes, size: int = 100):
    """The body as a generator, which httpx sends with Transfer-Encoding: chunked and no Content-Length."""
    for start in range(0, len(body), size):
        yield body[start:start + size]


def has_comment(store: OxigraphStore, text: str) -> bool:
    return store.ask(f'ASK {{ GRAPH <{REGISTRY}> {{ <{ALEPPO}> <{COMMENT}> "{text}" }} }}')


def assert_holds_the_sample(store: OxigraphStore) -> None:
    expected = sample_graphs()
    assert sorted(store.named_graphs()) == sorted(expected)
    for iri, graph in expected.items():
        assert isomorphic(store.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"), graph), iri


def registry_url(base: str = "") -> str:
    return f"{base}/store?graph={quote(REGISTRY, safe='')}"


@pytest.fixture
def sample_store(tmp_path):
    """An embedded store holding the article's sample graph."""
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs(sample_graphs())
    yield store
    store.close()


@pytest.fixture
def client(sample_store, app_client):
    """The API on `sample_store`, writes allowed, bodies limited to LIMIT bytes."""
    return app_client(sample_store, write_token=WRITE_TOKEN, max_body_bytes=LIMIT)


def send(client, method: str, url: str, headers: dict, body: bytes, how: str):
    """Send `body` with its Content-Length ("announced") or as a chunked generator ("chunked")."""
    response = client.request(method, url, headers=headers, content=body if how == "announced" else chunks(body))
    sent = response.request.headers
    assert ("content-length" in sent) == (how == "announced") and ("transfer-encoding" in sent) == (how == "chunked")
    return response


def assert_refused_as_too_large(response) -> None:
    assert response.status_code == 413, response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert f"{LIMIT} bytes" in response.text and "CKG_MAX_BODY_BYTES" in response.text


# --- SPARQL Update at /sparql ------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["announced", "chunked"])
def test_an_update_over_the_limit_is_413_and_changes_nothing(client, sample_store, how):
    body, padding = update_of_size(LIMIT + 1)
    assert_refused_as_too_large(send(client, "POST", "/sparql", SPARQL_UPDATE, body, how))
    assert not has_comment(sample_store, padding)
    assert_holds_the_sample(sample_store)


@pytest.mark.parametrize("how", ["announced", "chunked"])
def test_an_update_exactly_at_the_limit_is_applied(client, sample_store, how):
    body, padding = update_of_size(LIMIT)
    response = send(client, "POST", "/sparql", SPARQL_UPDATE, body, how)
    assert response.status_code == 204, response.text
    assert has_comment(sample_store, padding)


def test_a_form_encoded_update_over_the_limit_is_413(client, sample_store):
    update, padding = update_of_size(LIMIT)
    response = client.post("/sparql", headers=AUTH, data={"update": update.decode()})  # form-encoding adds bytes
    assert_refused_as_too_large(response)
    assert not has_comment(sample_store, padding)


# b"\xb2" is "²" in Latin-1, a digit to str.isdigit()
@pytest.mark.parametrize("length", [b"abc", b"-1", b"1.5", b"12, 13", b"0x10", b"", b"1e3", b"\xb2", "٣".encode()])
def test_a_malformed_content_length_is_400_quoting_it(client, sample_store, length):
    body, padding = update_of_size(300)
    response = client.post("/sparql", headers={**SPARQL_UPDATE, "Content-Length": length}, content=body)
    assert response.status_code == 400, response.text
    assert "the Content-Length header must be one whole number of bytes" in response.text
    if length.isascii():  # the test client re-encodes other bytes on their way to the app
        assert repr(length.decode()) in response.text
    assert not has_comment(sample_store, padding)


def test_a_repeated_content_length_of_one_value_is_accepted(client, sample_store):
    body, padding = update_of_size(400)
    response = client.post("/sparql", headers={**SPARQL_UPDATE, "Content-Length": "400, 0400"}, content=body)
    assert response.status_code == 204, response.text
    assert has_comment(sample_store, padding)


def test_a_content_length_thousands_of_digits_long_is_413_not_a_crash(client, sample_store):
    body, _ = update_of_size(300)
    response = client.post("/sparql", headers={**SPARQL_UPDATE, "Content-Length": "9" * 5000}, content=body)
    assert_refused_as_too_large(response)
    assert_holds_the_sample(sample_store)


# --- the Graph Store at /store ------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["PUT", "POST"])
@pytest.mark.parametrize("how", ["announced", "chunked"])
def test_a_graph_store_write_over_the_limit_is_413_and_changes_nothing(client, sample_store, method, how):
    body, padding = turtle_of_size(LIMIT + 1)
    assert_refused_as_too_large(send(client, method, registry_url(), TURTLE, body, how))
    assert not has_comment(sample_store, padding)
    assert_holds_the_sample(sample_store)


def test_a_graph_store_put_exactly_at_the_limit_replaces_the_graph(client, sample_store):
    body, padding = turtle_of_size(LIMIT)
    response = send(client, "PUT", "/store/notes/1", TURTLE, body, "chunked")
    assert response.status_code == 201, response.text
    written = client.get("/store/notes/1", headers={"Accept": "application/n-triples"})
    assert written.status_code == 200 and padding in written.text


# --- what the limit leaves alone ----------------------------------------------------------------------

def test_get_requests_are_not_limited(client, sample_store):
    padding = "x" * LIMIT  # the URL, not a body, carries the query: longer than the limit
    query = f'SELECT ?label WHERE {{ GRAPH <{REGISTRY}> {{ <{ALEPPO}> ?p ?label }} FILTER(?label != "{padding}") }}'
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"]
    graph = client.get(registry_url(), headers={"Accept": "application/n-triples"})  # an answer over the limit
    assert graph.status_code == 200 and len(graph.content) > LIMIT
    assert isomorphic(Graph().parse(data=graph.text, format="nt"), sample_graphs()[REGISTRY])


def test_openapi_lists_413_for_the_routes_taking_a_body(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path, method in (("/sparql", "post"), ("/store", "put"), ("/store", "post"),
                         ("/store/{path}", "put"), ("/store/{path}", "post")):
        assert "413" in paths[path][method]["responses"], (path, method)


# --- the setting --------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["0", "abc", "-5", "1.5"])
def test_a_bad_limit_is_refused_naming_the_variable(value):
    with pytest.raises(SettingsError, match="CKG_MAX_BODY_BYTES"):
        Settings.from_env({"CKG_MAX_BODY_BYTES": value})


def test_the_limit_is_read_from_the_environment():
    assert Settings.from_env({"CKG_MAX_BODY_BYTES": "2048"}).max_body_bytes == 2048
    assert Settings.from_env({}).max_body_bytes == 64 * 1024 * 1024


# --- a real server, and a chunked body that never ends ------------------------------------------------

@pytest.fixture
def served(tmp_path, start_ckg_serve):
    """A real `ckg serve` on an embedded store holding the sample, with CKG_MAX_BODY_BYTES=LIMIT."""
    location = tmp_path / "served-store"
    store = OxigraphStore(location)
    store.replace_graphs(sample_graphs())
    store.close()  # the server opens it
    return start_ckg_serve({"CKG_STORE": str(location), "CKG_WRITE_TOKEN": WRITE_TOKEN,
                            "CKG_MAX_BODY_BYTES": str(LIMIT), "CKG_QUERY_WORKERS": "1"})


def endless_chunked_update(host: str, chunk_count: int, chunk_size: int = 256) -> bytes:
    """A chunked POST /sparql whose body has `chunk_count` chunks and no last chunk: it never ends."""
    head = (f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {WRITE_TOKEN}\r\n"
            "Content-Type: application/sparql-update\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
    body, _ = update_of_size(chunk_count * chunk_size)
    return head + b"".join(b"%x\r\n%s\r\n" % (chunk_size, body[start:start + chunk_size])
                           for start in range(0, len(body), chunk_size))


def read_until_closed(sock: socket.socket) -> bytes:
    received = b""
    while data := sock.recv(65536):
        received += data
    return received


def test_a_real_server_answers_413_to_a_chunked_body_before_it_ends(served):
    address = urlsplit(served.url)
    with socket.create_connection((address.hostname, address.port), timeout=SOCKET_TIMEOUT) as sock:
        sock.sendall(endless_chunked_update(address.netloc, chunk_count=LIMIT // 256 + 1))
        try:
            answer = read_until_closed(sock)
        except socket.timeout:
            pytest.fail("the server waited for the rest of a body already over the limit")
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 413 Request Entity Too Large", answer
    assert f"at most {LIMIT} bytes (CKG_MAX_BODY_BYTES)".encode() in rest
    registry = httpx.get(registry_url(served.url), headers={"Accept": "application/n-triples"})
    assert isomorphic(Graph().parse(data=registry.text, format="nt"), sample_graphs()[REGISTRY])


def test_a_real_server_applies_a_chunked_update_within_the_limit(served):
    body, padding = update_of_size(LIMIT)
    response = httpx.post(served.url + "/sparql", headers=SPARQL_UPDATE, content=chunks(body))
    assert response.status_code == 204, response.text
    registry = httpx.get(registry_url(served.url), headers={"Accept": "application/n-triples"})
    assert padding in registry.text
