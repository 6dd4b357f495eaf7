"""The protocol's light SPARQL lexing: query form, and using-graph-uri applied to update text."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from api.services.sparql_syntax import UpdateDatasetError, add_using_clauses, mask_code, result_kind


@pytest.mark.parametrize("query, kind", [
    ("SELECT * WHERE { ?s ?p ?o }", "solutions"),
    ("  select ?s {}", "solutions"),
    ("ASK {}", "boolean"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "graph"),
    ("DESCRIBE <http://example.org/>", "graph"),
    ("PREFIX ex: <http://example.org/ASK#>\nBASE <http://example.org/>\n# ASK in a comment\nSELECT * {}", "solutions"),
    ("PREFIX : <http://example.org/>\nCONSTRUCT { :a :b :c } WHERE {}", "graph"),
    ("# only a comment", None),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", None),
    ("FOO BAR", None),
])
def test_result_kind(query, kind):
    assert result_kind(query) == kind


def test_mask_code_keeps_offsets_and_blanks_strings_iris_comments():
    text = 'SELECT ?x # WHERE in a comment\nWHERE { ?x <http://e.org/WHERE> "WHERE }" ; \'\'\'a\nWHERE\'\'\' }'
    masked = mask_code(text)
    assert len(masked) == len(text)
    assert masked.count("WHERE") == 1  # the keyword alone survives
    assert masked.count("{") == 1 and masked.count("}") == 1


UPDATE = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA { GRAPH <http://example.org/g1> { <http://example.org/a> a foaf:Document } } ;
INSERT { GRAPH <http://example.org/out> { ?s a <http://example.org/Seen> } }
WHERE { ?s a foaf:Document . FILTER NOT EXISTS { SELECT ?s WHERE { ?s ?p "WHERE" } } }"""


def test_using_clauses_go_before_the_top_level_where_only():
    rewritten = add_using_clauses(UPDATE, ["http://example.org/g1"], ["http://example.org/g2"])
    assert rewritten.count("USING <http://example.org/g1> USING NAMED <http://example.org/g2> WHERE") == 1
    assert rewritten.replace("USING <http://example.org/g1> USING NAMED <http://example.org/g2> ", "") == UPDATE


def test_the_rewritten_update_means_what_the_protocol_says():
    store = ox.Store()
    rewritten = add_using_clauses(UPDATE, ["http://example.org/g1"], [])
    store.update(rewritten)
    seen = [str(s["s"].value) for s in store.query(
        "SELECT ?s WHERE { GRAPH <http://example.org/out> { ?s a <http://example.org/Seen> } }")]
    assert seen == ["http://example.org/a"]  # found in g1, which the store's default graph does not hold


def test_no_parameters_leave_the_update_alone():
    assert add_using_clauses(UPDATE, [], []) is UPDATE


@pytest.mark.parametrize("update", [
    "WITH <http://example.org/g> INSERT { ?s a <urn:x> } WHERE { ?s ?p ?o }",
    "INSERT { ?s a <urn:x> } USING <http://example.org/g> WHERE { ?s ?p ?o }",
    "with <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DELETE WHERE { ?s ?p ?o }",
])
def test_updates_that_name_their_own_dataset_are_refused(update):
    with pytest.raises(UpdateDatasetError):
        add_using_clauses(update, ["http://example.org/g"], [])


def test_words_that_only_look_like_keywords_are_not_refused():
    update = 'PREFIX with: <http://example.org/with#>\nINSERT { ?with with:using "WITH" } WHERE { ?with ?p ?o }'
    rewritten = add_using_clauses(update, ["http://example.org/g"], [])
    assert "USING <http://example.org/g> WHERE" in rewritten
    ox.Store().update(rewritten)  # still valid SPARQL
