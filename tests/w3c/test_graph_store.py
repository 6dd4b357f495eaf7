"""The W3C SPARQL 1.1 Graph Store HTTP Protocol test suite, run against /store on both backends, driven by its manifest.

manifest.ttl includes manifest-direct.ttl and manifest-indirect.ttl. Each mf:GraphStoreProtocolTest is
a list of ht:Requests run in order on one connection (its ht:connectionAuthority is the Host), with the
expected status (hts:OK, hts:Created ... or a class hts:StatusCode2xx), and for some the expected
Content-Type and body, compared as RDF graphs (isomorphism). Paths start with /gsp and are rewritten to
/store; an mf:expectedLocation names a template variable ($LOCATION$) replaced by the answer's Location
header in the connection's later requests. Every request carries the write token. Each test starts on
an empty store. Every test the files declare is run, including head_non_existing_direct, which
manifest-direct.ttl declares but leaves out of its mf:entries. Data: tests/w3c/data (see its README).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace
from rdflib.collection import Collection
from rdflib.compare import isomorphic

SUITE = Path(__file__).parent / "data" / "sparql11-graph-store-protocol"
MANIFEST = SUITE / "manifest.ttl"
WRITE_TOKEN = "w3c-graph-store-token"
MANIFEST_PATH_PREFIX = "/gsp"
ENDPOINT_PATH = "/store"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")

# test name -> why it is expected to fail (ideally empty: every entry needs a reason)
KNOWN_FAILURES: dict[str, str] = {}

# The status terms the manifests use (RFC 7231 reason phrases in CamelCase).
STATUS_CODES = {HTS.OK: 200, HTS.Created: 201, HTS.NoContent: 204, HTS.NotFound: 404}
RDF_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


@dataclass
class ExpectedResponse:
    statuses: set[int]  # exact codes
    status_classes: set[int]  # 2 for hts:StatusCode2xx ...
    location_variable: str | None  # the template variable the Location header fills
    headers: dict[str, str]
    body: str | None

    def accepts(self, status: int) -> bool:
        return status in self.statuses or status // 100 in self.status_classes


@dataclass
class GspRequest:
    method: str
    path: str  # rewritten to the endpoint, template variables still in
    headers: dict[str, str]
    body: str | None
    expected: ExpectedResponse


@dataclass
class GspTest:
    name: str
    title: str
    authority: str
    requests: list[GspRequest] = field(default_factory=list)


def _headers(manifest: Graph, node) -> dict[str, str]:
    header_list = manifest.value(node, HT.headers)
    if header_list is None:
        return {}
    return {str(manifest.value(h, HT.fieldName)).lower(): str(manifest.value(h, HT.fieldValue))
            for h in Collection(manifest, header_list)}


def _chars(manifest: Graph, node) -> str | None:
    body = manifest.value(node, HT.body)
    return None if body is None else str(manifest.value(body, CNT.chars))


def _expected(manifest: Graph, response, source: Path) -> ExpectedResponse:
    statuses, classes = set(), set()
    for term in manifest.objects(response, MF.expectedStatus):
        local = str(term).rsplit("#", 1)[-1]
        if term in STATUS_CODES:
            statuses.add(STATUS_CODES[term])
        elif local.startswith("StatusCode") and local.endswith("xx"):
            classes.add(int(local[len("StatusCode")]))
        else:
            raise ValueError(f"{source}: status term {term} is not known to this runner")
    location = manifest.value(response, MF.expectedLocation)
    return ExpectedResponse(statuses, classes, str(location) if location is not None else None,
                            _headers(manifest, response), _chars(manifest, response))


def _request(manifest: Graph, node, source: Path) -> GspRequest:
    path = str(manifest.value(node, HT.absolutePath))
    if not path.startswith(MANIFEST_PATH_PREFIX):
        raise ValueError(f"{source}: request path {path!r} does not start with {MANIFEST_PATH_PREFIX}")
    return GspRequest(
        method=str(manifest.value(node, HT.methodName)),
        path=ENDPOINT_PATH + path[len(MANIFEST_PATH_PREFIX):],
        headers=_headers(manifest, node),
        body=_chars(manifest, node),
        expected=_expected(manifest, manifest.value(node, HT.resp), source),
    )


def _included_manifests() -> list[Path]:
    root = Graph().parse(MANIFEST, format="turtle")
    manifest = next(root.subjects(RDF.type, MF.Manifest))
    return [Path(str(item).removeprefix("file://")) for item in Collection(root, root.value(manifest, MF.include))]


def load_tests() -> tuple[list[GspTest], set[str]]:
    """Every test the included manifests declare (by manifest, then name) and the names their mf:entries list."""
    tests, listed = [], set()
    for source in _included_manifests():
        manifest = Graph().parse(source, format="turtle")
        root = next(manifest.subjects(RDF.type, MF.Manifest))
        listed |= {str(entry).rsplit("#", 1)[-1] for entry in Collection(manifest, manifest.value(root, MF.entries))}
        for entry in sorted(manifest.subjects(RDF.type, MF.GraphStoreProtocolTest)):
            action = manifest.value(entry, MF.action)
            test = GspTest(name=str(entry).rsplit("#", 1)[-1], title=str(manifest.value(entry, MF.name)),
                           authority=str(manifest.value(action, HT.connectionAuthority)))
            test.requests = [_request(manifest, node, source)
                             for node in Collection(manifest, manifest.value(action, HT.requests))]
            tests.append(test)
    return tests, listed


TESTS, LISTED = load_tests()


def test_the_manifest_is_read_whole():
    """13 tests are listed in mf:entries, one more (head_non_existing_direct) is declared; all have requests."""
    assert len(LISTED) == 13 and len(TESTS) == 14
    assert LISTED <= {test.name for test in TESTS}
    assert all(test.requests and all(r.expected.statuses or r.expected.status_classes for r in test.requests)
               for test in TESTS)


def _media_type(content_type: str) -> tuple[str, dict[str, str]]:
    media_type, *params = (part.strip() for part in content_type.split(";"))
    return media_type.lower(), {k.strip().lower(): v.strip().strip('"').lower()
                                for k, _, v in (p.partition("=") for p in params if p)}


def _check_answer(request: GspRequest, response, where: str) -> None:
    expected = request.expected
    if "content-type" in expected.headers:
        wanted_type, wanted_params = _media_type(expected.headers["content-type"])
        got_type, got_params = _media_type(response.headers.get("content-type", ""))
        assert got_type == wanted_type, f"{where}: Content-Type {got_type}, expected {wanted_type}"
        if "charset" in wanted_params and "charset" in got_params:
            assert got_params["charset"] == wanted_params["charset"], f"{where}: charset {got_params['charset']}"
    if expected.body is not None and request.method != "HEAD":
        wanted = Graph().parse(data=expected.body, format=RDF_FORMATS[_media_type(expected.headers["content-type"])[0]])
        got = Graph().parse(data=response.content, format=RDF_FORMATS[_media_type(response.headers["content-type"])[0]])
        assert isomorphic(got, wanted), (
            f"{where}: the graph answered is not the one expected\n--- got:\n{got.serialize(format='nt')}"
            f"\n--- expected:\n{wanted.serialize(format='nt')}"
        )


@pytest.mark.parametrize("test", [
    pytest.param(t, id=t.name, marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[t.name], strict=True)]
                 if t.name in KNOWN_FAILURES else [])
    for t in TESTS
])
def test_graph_store_protocol(test: GspTest, backend_store, app_client):
    client = app_client(backend_store, write_token=WRITE_TOKEN)
    variables: dict[str, str] = {}

    def fill(text: str) -> str:
        for name, value in variables.items():
            text = text.replace(name, value)
        return text

    for number, request in enumerate(test.requests, 1):
        url = f"http://{test.authority}{fill(request.path)}"
        headers = {**request.headers, "Authorization": f"Bearer {WRITE_TOKEN}"}
        body = fill(request.body).encode("utf-8") if request.body is not None else None
        response = client.request(request.method, url, headers=headers, content=body)
        where = f"{test.title}: request {number} ({request.method} {url})"
        assert request.expected.accepts(response.status_code), (
            f"{where} answered {response.status_code} {response.text[:300]!r}, expected "
            f"{sorted(request.expected.statuses)} or classes {sorted(request.expected.status_classes)}"
        )
        if request.expected.location_variable:
            assert response.headers.get("location"), f"{where}: no Location header"
            variables[request.expected.location_variable] = response.headers["location"]
        _check_answer(request, response, where)
