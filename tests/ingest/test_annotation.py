"""Loading annotations with line numbers, reference checks, vocabulary notations and date/count derivation."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from ingest.annotation import check_annotation, load_annotation, load_registry
from ingest.derive import BOUND, DATE_SHAPES, QUALIFIER_BOUNDS, DerivationError, count_bounds, resolve_time
from ingest.errors import IngestError
from ingest.vocabulary import VOCABULARIES_FILE, load_vocabulary

from ingest_testlib import SMALL_ANNOTATION, SMALL_REGISTRY, annotation_variant, line_of

VOCAB = load_vocabulary()


def registry():
    return load_registry(SMALL_REGISTRY, VOCAB)


def problems_of(path):
    return check_annotation(load_annotation(path), registry(), VOCAB)


def test_small_annotation_is_clean_and_keeps_lines():
    located = load_annotation(SMALL_ANNOTATION)
    assert check_annotation(located, registry(), VOCAB) == []
    events = located.model.events
    assert located.line(("events", 2)) == line_of(SMALL_ANNOTATION, f"id: {events[2].id}")
    quote = located.model.claims[0].evidence.quote
    assert located.line(("claims", 0, "evidence")) == line_of(SMALL_ANNOTATION, f'evidence: "{quote}"')
    # a missing field falls back to its item's line
    assert located.line(("claims", 0, "min")) == located.line(("claims", 0))


def test_notations_come_from_the_vocabulary_file(tmp_path):
    turtle = VOCABULARIES_FILE.read_text(encoding="utf-8")
    extra = tmp_path / "vocabularies.ttl"
    extra.write_text(turtle + """
<https://w3id.org/conflictkg/vocab/event-type/test-only-type> a skos:Concept ;
    skos:inScheme <https://w3id.org/conflictkg/vocab/event-type> ;
    skos:notation "test-only-type" ;
    skos:prefLabel "test only"@en .
""", encoding="utf-8")
    assert not VOCAB.has("event-type", "test-only-type")
    assert load_vocabulary(extra).has("event-type", "test-only-type")


def test_the_notations_the_derivation_relies_on_exist():
    assert set(DATE_SHAPES) | {BOUND} == set(VOCAB.notations("date-precision"))
    assert set(QUALIFIER_BOUNDS) <= set(VOCAB.notations("count-qualifier"))


def test_unknown_entity_names_file_line_field_and_suggests(tmp_path):
    path = annotation_variant(tmp_path, "place: miznaz", "place: miznas")
    problems = problems_of(path)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.file, problem.line, problem.field) == (str(path), line_of(path, "place: miznas"), "place")
    assert problem.item == "event miznaz-strike"
    assert "unknown place 'miznas'" in problem.message and "'miznaz'" in problem.message


def test_unknown_concept_notation(tmp_path):
    path = annotation_variant(tmp_path, "outcome: killed\n    part_of", "outcome: murdered\n    part_of")
    [problem] = problems_of(path)
    assert problem.field == "outcome" and "'murdered' is not in the outcome vocabulary" in problem.message


def test_impossible_date(tmp_path):
    path = annotation_variant(tmp_path, "date: 2016-11-01", "date: 2016-02-30")
    [problem] = problems_of(path)
    assert (problem.line, problem.field, problem.item) == (line_of(path, "2016-02-30"), "date", "statement peskov")
    assert "not a real date" in problem.message


def test_date_after_publication(tmp_path):
    path = annotation_variant(tmp_path, "date: 2016-11-01", "date: 2016-11-04")
    [problem] = problems_of(path)
    assert "after the source's publication date 2016-11-03" in problem.message


def test_claim_without_claimant(tmp_path):
    path = annotation_variant(tmp_path, "    claimed_by: lcc\n", "")
    [problem] = problems_of(path)
    assert (problem.item, problem.field) == ("claim lcc-toll", "claimed_by")
    assert problem.line == line_of(path, "id: lcc-toll")


def test_structure_errors_name_the_misspelt_field(tmp_path):
    path = annotation_variant(tmp_path, "precision: month", "precison: month")
    with pytest.raises(IngestError) as error:
        load_annotation(path)
    [problem] = error.value.problems
    assert (problem.line, problem.field, problem.item) == (line_of(path, "precison"), "precison", "event siege")


def test_duplicate_yaml_key_and_bad_yaml(tmp_path):
    path = annotation_variant(tmp_path, "    count: 9\n", "    count: 9\n    count: 8\n")
    with pytest.raises(IngestError, match="duplicate key 'count'") as error:
        load_annotation(path)
    assert error.value.problems[0].line == line_of(path, "count: 8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("source: [\n", encoding="utf-8")
    with pytest.raises(IngestError, match="not valid YAML"):
        load_annotation(bad)


def test_registry_problems(tmp_path):
    path = tmp_path / "registry.yaml"
    shutil.copy(SMALL_REGISTRY, path)
    text = path.read_text(encoding="utf-8").replace("parent: aleppo-province\n    point", "parent: alepo\n    point")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError) as error:
        load_registry(path, VOCAB)
    [problem] = error.value.problems
    assert (problem.item, problem.field, problem.line) == ("place aleppo", "parent", line_of(path, "parent: alepo"))


def test_time_spans():
    month = resolve_time("2016-07", None, None, None, "since July")
    assert (month.precision, month.earliest, month.latest, month.value) == (
        "month", dt.date(2016, 7, 1), dt.date(2016, 7, 31), "2016-07")
    leap = resolve_time("2016-02", "month", None, None)
    assert leap.latest == dt.date(2016, 2, 29)
    bound = resolve_time(None, "bound", "2016-10-31", "2016-11-03")
    assert bound.value is None and (bound.earliest, bound.latest) == (dt.date(2016, 10, 31), dt.date(2016, 11, 3))
    with pytest.raises(DerivationError, match="does not fit"):
        resolve_time("2016-07", "day", None, None)
    with pytest.raises(DerivationError, match="needs both"):
        resolve_time(None, "bound", "2016-10-31", None)
    with pytest.raises(DerivationError, match="leave the month"):
        resolve_time("2016-07", None, "2016-06-30", None)


def test_count_bounds():
    assert count_bounds("exact", 9, None, None) == (9, 9)
    assert count_bounds("at_least", 4, None, None) == (4, None)
    assert count_bounds("more_than", 30, None, None) == (31, None)
    assert count_bounds("up_to", 20, None, None) == (None, 20)
    assert count_bounds("range", None, 14, 18) == (14, 18)
    with pytest.raises(DerivationError, match="contradicts"):
        count_bounds("exact", 9, 8, None)
    with pytest.raises(DerivationError, match="greater than"):
        count_bounds("range", None, 18, 14)
