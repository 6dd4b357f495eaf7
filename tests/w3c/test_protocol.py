"""The W3C SPARQL 1.1 Protocol test suite, run against /sparql on both backends, driven by its manifest.

Each mf:ProtocolTest is a list of ht:Requests (method, path, headers, body) with the expected status
class and, for queries, the result kind ("boolean", "tabular", "RDF") and boolean value. Paths start
with /sparql/ and are rewritten to our endpoint; ut:graphData files are loaded into the named graphs
their rdfs:label names before each test; every request carries the write token, since the update
tests need updates switched on. Data: tests/w3c/data (see its README for source and licence).
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.query import Result

MANIFEST = Path(__file__).parent / "data" / "sparql11-protocol" / "manifest.ttl"
WRITE_TOKEN = "w3c-protocol-token"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")

# test name -> why it is expected to fail (ideally empty: every entry needs a reason)
KNOWN_FAILURES: dict[str, str] = {}

RESULT_FORMATS = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
RDF_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


@dataclass
class ProtocolRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    expected_status_classes: set[int]  # 2 for hts:StatusCode2xx ...
    expected_format: str | None
    expected_boolean: bool | None


@dataclass
class ProtocolTest:
    name: str
    title: str
    graph_data: dict[str, Path] = field(default_factory=dict)  # graph IRI -> N-Triples file
    requests: list[ProtocolRequest] = field(default_factory=list)


def _status_class(term: URIRef) -> int:
    local = str(term).rsplit("#", 1)[-1]  # StatusCode2xx
    if not (local.startswith("StatusCode") and local.endswith("xx")):
        raise ValueError(f"unexpected status term {term} in {MANIFEST}")
    return int(local[len("StatusCode")])


def _request(manifest: Graph, node) -> ProtocolRequest:
    headers = {}
    header_list = manifest.value(node, HT.headers)
    if header_list is not None:
        for header in Collection(manifest, header_list):
            headers[str(manifest.value(header, HT.fieldName))] = str(manifest.value(header, HT.fieldValue))
    body = None
    body_node = manifest.value(node, HT.body)
    if body_node is not None:
        encoding = str(manifest.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(manifest.value(body_node, CNT.chars)).encode(encoding)
    response = manifest.value(node, HT.resp)
    boolean = manifest.value(response, MF.expectedBoolean)
    expected_format = manifest.value(response, MF.expectedFormat)
    path = str(manifest.value(node, HT.absolutePath))
    if not path.startswith("/sparql/"):
        raise ValueError(f"{MANIFEST}: request path {path!r} does not start with /sparql/")
    return ProtocolRequest(
        method=str(manifest.value(node, HT.methodName)),
        path="/sparql" + path[len("/sparql/"):],
        headers=headers,
        body=body,
        expected_status_classes={_status_class(s) for s in manifest.objects(response, MF.expectedStatus)},
        expected_format=str(expected_format) if expected_format is not None else None,
        expected_boolean=boolean.toPython() if boolean is not None else None,
    )


def load_tests() -> list[ProtocolTest]:
    manifest = Graph().parse(MANIFEST, format="turtle")
    root = next(manifest.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(manifest, manifest.value(root, MF.entries)):
        if (entry, RDF.type, MF.ProtocolTest) not in manifest:
            continue
        test = ProtocolTest(name=str(entry).rsplit("#", 1)[-1], title=str(manifest.value(entry, MF.name)))
        for data in manifest.objects(entry, UT.graphData):
            test.graph_data[str(manifest.value(data, RDFS.label))] = Path(str(manifest.value(data, UT.graph)).removeprefix("file://"))
        action = manifest.value(entry, MF.action)
        test.requests = [_request(manifest, node) for node in Collection(manifest, manifest.value(action, HT.requests))]
        tests.append(test)
    return tests


TESTS = load_tests()


def test_the_manifest_is_read_whole():
    """The runner sees all 34 protocol tests and every request has an expected status."""
    assert len(TESTS) == 34
    assert all(request.expected_status_classes for test in TESTS for request in test.requests)


def _check_result(request: ProtocolRequest, response) -> None:
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if request.expected_format in ("boolean", "tabular"):
        assert media_type in RESULT_FORMATS, f"{media_type} is not a SPARQL results format"
        result = Result.parse(io.BytesIO(response.content), format=RESULT_FORMATS[media_type])
        if request.expected_format == "boolean":
            assert result.type == "ASK"
            if request.expected_boolean is not None:
                assert result.askAnswer is request.expected_boolean
        else:
            assert result.type == "SELECT" and result.vars is not None
    elif request.expected_format == "RDF":
        assert media_type in RDF_FORMATS, f"{media_type} is not an RDF format"
        Graph().parse(data=response.content, format=RDF_FORMATS[media_type])


@pytest.mark.parametrize("test", [
    pytest.param(t, id=t.name, marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[t.name], strict=True)]
                 if t.name in KNOWN_FAILURES else [])
    for t in TESTS
])
def test_protocol(test: ProtocolTest, backend_store, app_client):
    if test.graph_data:
        backend_store.replace_graphs({
            iri: Graph().parse(MANIFEST.parent / file.name, format="nt") for iri, file in test.graph_data.items()
        })
    client = app_client(backend_store, write_token=WRITE_TOKEN)
    for number, request in enumerate(test.requests, 1):
        headers = {**request.headers, "Authorization": f"Bearer {WRITE_TOKEN}"}
        response = client.request(request.method, request.path, headers=headers, content=request.body)
        status_class = response.status_code // 100
        assert status_class in request.expected_status_classes, (
            f"{test.title}: request {number} ({request.method} {request.path[:80]}) answered "
            f"{response.status_code} {response.text[:300]!r}, expected {sorted(request.expected_status_classes)}xx"
        )
        if status_class == 2:
            _check_result(request, response)
