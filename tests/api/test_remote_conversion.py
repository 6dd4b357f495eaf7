"""A remote server that answers in another format than the client asked for: re-serialised, terms intact."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from api.services.backends import convert_answer, remote_accept
from api.services.negotiation import choose_formats
from api.services.protocol import ProtocolError

SOLUTIONS_JSON = json.dumps({"head": {"vars": ["label"]}, "results": {"bindings": [
    {"label": {"type": "literal", "value": "حلب", "xml:lang": "ar"}},
    {"label": {"type": "literal", "value": "2016-11-03", "datatype": "http://www.w3.org/2001/XMLSchema#date"}},
]}}).encode()
TRIPLES = (b'<https://w3id.org/conflictkg/id/place/aleppo> <http://www.w3.org/2000/01/rdf-schema#label> "Aleppo"@en .\n'
           b'<https://w3id.org/conflictkg/id/place/aleppo> <urn:ckg:test:count> "9"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')


def test_solutions_are_re_serialised_in_the_chosen_format():
    output = convert_answer(SOLUTIONS_JSON, "application/sparql-results+json",
                            choose_formats("application/sparql-results+xml"))
    assert output.media_type == "application/sparql-results+xml"
    parsed = list(ox.parse_query_results(output.body, format=ox.QueryResultsFormat.XML))
    assert [s["label"] for s in parsed] == [
        ox.Literal("حلب", language="ar"),
        ox.Literal("2016-11-03", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ]


def test_a_graph_is_re_serialised_in_the_chosen_format():
    output = convert_answer(TRIPLES, "application/n-triples", choose_formats("application/ld+json"))
    assert output.media_type == "application/ld+json"
    assert set(ox.parse(output.body, format=ox.RdfFormat.JSON_LD)) == set(ox.parse(TRIPLES, format=ox.RdfFormat.N_TRIPLES))


def test_a_boolean_is_re_serialised():
    output = convert_answer(b'{"head":{},"boolean":true}', "application/sparql-results+json",
                            choose_formats("application/sparql-results+xml"))
    assert bool(ox.parse_query_results(output.body, format=ox.QueryResultsFormat.XML)) is True


def test_an_unacceptable_kind_is_406_and_an_unknown_type_502():
    with pytest.raises(ProtocolError) as refused:
        convert_answer(TRIPLES, "application/n-triples", choose_formats("text/csv"))
    assert refused.value.status == 406
    with pytest.raises(ProtocolError) as unknown:
        convert_answer(b"<html/>", "text/html", choose_formats(None))
    assert unknown.value.status == 502


def test_the_remote_is_asked_for_the_chosen_format_first():
    accept = remote_accept(choose_formats("text/csv, */*;q=0.1"), "solutions")
    ranges = [part.strip() for part in accept.split(",")]
    assert ranges[0] == "text/csv"
    assert "application/sparql-results+json;q=0.5" in ranges
    assert not any("turtle" in r for r in ranges)  # only the expected kind's formats
