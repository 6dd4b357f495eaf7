"""Accept-header negotiation: q-values, specificity, server preference on ties, browsers."""
from __future__ import annotations

import pytest

from api.services.negotiation import (
    BOOLEAN_OFFERS, GRAPH_OFFERS, SOLUTIONS_OFFERS, choose_formats, parse_accept, prefers_html, quality,
)
from ckg.query_runner import BOOLEAN_FORMATS, GRAPH_FORMATS, SOLUTIONS_FORMATS


def test_every_offer_is_a_format_the_runner_serialises():
    assert [o.name for o in SOLUTIONS_OFFERS] == list(SOLUTIONS_FORMATS)
    assert [o.name for o in BOOLEAN_OFFERS] == list(BOOLEAN_FORMATS)
    assert [o.name for o in GRAPH_OFFERS] == list(GRAPH_FORMATS)


@pytest.mark.parametrize("accept, solutions, boolean, graph", [
    (None, "json", "json", "turtle"),
    ("", "json", "json", "turtle"),
    ("*/*", "json", "json", "turtle"),
    ("text/csv", "csv", None, None),
    ("text/*", "xml", "xml", "turtle"),  # text/xml is an alias of SPARQL XML results
    ("application/xml", "xml", "xml", "rdfxml"),
    ("application/json", "json", "json", "jsonld"),
    ("application/sparql-results+json;q=0.5, application/sparql-results+xml", "xml", "xml", None),
    ("text/turtle;q=0, */*;q=0.1", "json", "json", "ntriples"),
    ("application/n-triples, text/tab-separated-values;q=0.9, application/sparql-results+json;q=0.8", "tsv", "json", "ntriples"),
    ("TEXT/CSV", "csv", None, None),
    ("garbage, text/csv", "csv", None, None),
    ("text/csv;q=abc, application/sparql-results+xml;q=0.3", "xml", "xml", None),
])
def test_choose_formats(accept, solutions, boolean, graph):
    chosen = choose_formats(accept)
    assert (chosen.solutions, chosen.boolean, chosen.graph) == (solutions, boolean, graph)


def test_an_explicit_refusal_is_not_undone_by_an_alias():
    assert choose_formats("text/turtle;q=0, */*;q=0.1").graph == "ntriples"
    assert choose_formats("application/sparql-results+json;q=0, */*").solutions == "xml"


def test_the_most_specific_range_sets_the_quality():
    ranges = parse_accept("text/*;q=0.3, text/csv;q=0.7, */*;q=0.1")
    assert quality("text/csv", ranges) == 0.7
    assert quality("text/turtle", ranges) == 0.3
    assert quality("application/json", ranges) == 0.1


@pytest.mark.parametrize("accept, html", [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),
    ("application/xhtml+xml", True),
    ("*/*", False),
    (None, False),
    ("text/html;q=0", False),
    ("application/sparql-results+json", False),
])
def test_prefers_html_only_for_an_explicit_html_request(accept, html):
    assert prefers_html(accept) is html
