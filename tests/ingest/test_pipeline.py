"""The pipeline against a real embedded store: all-or-nothing writes, re-ingest, determinism, build, CLIs."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from ckg.cli import main as ckg_main
from ckg.namespaces import CKG, OA, REGISTRY_GRAPH, source_graph
from ckg.paths import ROOT
from ckg.store import OxigraphStore
from ingest.errors import IngestError
from ingest.pipeline import ONTOLOGY_GRAPH, build, ingest

from ingest_testlib import (SEED_TEXT, SMALL_ANNOTATION, SMALL_REGISTRY, annotation_variant, line_of, quads,
                            read_exactly)

SMALL_GRAPH = str(source_graph("test-seed-small"))


def sources_dir(tmp_path, *annotations):
    """A sources folder holding the raw article and the given annotations (their `text:` made local)."""
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    shutil.copy(SEED_TEXT, folder / SEED_TEXT.name)
    for path in annotations:
        text = path.read_text(encoding="utf-8")
        text = text.replace("text: ../../../data/sources/", "text: ").replace(f"text: {SEED_TEXT.parent}/", "text: ")
        (folder / path.name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def filled(store):
    """The store after ingesting the small annotation."""
    ingest(SMALL_ANNOTATION, store, SMALL_REGISTRY)
    return store


def test_ingest_writes_source_and_registry_graphs(filled):
    assert filled.named_graphs() == sorted([SMALL_GRAPH, str(REGISTRY_GRAPH)])
    # the document keeps the raw text exactly as on disk
    rows = filled.select("SELECT ?text WHERE { GRAPH ?g { ?doc a ?c ; ?p ?text } }",
                         {"g": URIRef(SMALL_GRAPH), "c": CKG.SourceDocument, "p": CKG.fullText})
    assert [str(r["text"]) for r in rows] == [read_exactly(SEED_TEXT)]
    assert not filled.ask("ASK { GRAPH ?g { ?s ?p ?o FILTER (isBlank(?s) || isBlank(?o)) } }")


def test_reingest_replaces_instead_of_adding(filled):
    before = quads(filled)
    count = filled.triple_count()
    ingest(SMALL_ANNOTATION, filled, SMALL_REGISTRY)
    assert filled.triple_count() == count
    assert quads(filled) == before


def test_changed_annotation_replaces_old_facts(filled, tmp_path):
    path = annotation_variant(tmp_path, "count: 9", "count: 8")
    ingest(path, filled, SMALL_REGISTRY)
    counts = {int(r["n"]) for r in filled.select("SELECT ?n WHERE { GRAPH ?g { ?c ?p ?n } }",
                                                 {"p": CKG["count"]})}
    assert 8 in counts and 9 not in counts


@pytest.mark.parametrize("old, new, needle, expected", [
    ('"the village of Miznaz"', '"the village of Mizznaz"', "Mizznaz", ["quote not found", "'the village of Miznaz'"]),
    ("claimed_by: sohr\n    event: miznaz-strike\n    count: 10",
     "claimed_by: sohrr\n    event: miznaz-strike\n    count: 10", "sohrr",
     ["unknown actor 'sohrr'", "did you mean 'sohr'"]),
    ("date: 2016-11-01", "date: 2016-02-30", "2016-02-30", ["not a real date"]),
    ("    claimed_by: lcc\n", "", "id: lcc-toll", ["a claim needs claimed_by"]),
])
def test_broken_annotation_leaves_the_store_untouched(filled, tmp_path, old, new, needle, expected):
    before = quads(filled)
    path = annotation_variant(tmp_path, old, new)
    with pytest.raises(IngestError) as error:
        ingest(path, filled, SMALL_REGISTRY)
    message = str(error.value)
    assert f"{path}:{line_of(path, needle)}:" in message
    for text in expected:
        assert text in message
    assert "nothing was written" in message
    assert quads(filled) == before


def test_shacl_violation_is_reported_in_curator_terms(filled, tmp_path):
    before = quads(filled)
    path = annotation_variant(tmp_path, "    victims: children\n", "")
    with pytest.raises(IngestError) as error:
        ingest(path, filled, SMALL_REGISTRY)
    [problem] = error.value.problems
    assert (problem.file, problem.line, problem.item, problem.field) == (
        str(path), line_of(path, "id: sohr-children"), "claim sohr-children", "victims")
    assert "victim category" in problem.message
    assert quads(filled) == before


def test_evidence_offsets_cut_the_quote_out_of_the_stored_text(filled):
    raw = read_exactly(SEED_TEXT)
    rows = filled.select("""
        SELECT ?exact ?start ?end WHERE { GRAPH ?g {
            ?evidence a ?Evidence ; ?hasSelector ?q , ?p .
            ?q ?exactP ?exact . ?p ?startP ?start ; ?endP ?end .
        } }""", {"g": URIRef(SMALL_GRAPH), "Evidence": CKG.Evidence, "hasSelector": OA.hasSelector,
                  "exactP": OA.exact, "startP": OA.start, "endP": OA.end})
    assert len(rows) > 10
    for row in rows:
        assert raw[int(row["start"]):int(row["end"])] == str(row["exact"])


def test_two_builds_give_identical_graphs(tmp_path):
    folder = sources_dir(tmp_path, SMALL_ANNOTATION)
    dumps = []
    for _ in range(2):
        store = OxigraphStore("memory")
        build(store, folder, SMALL_REGISTRY)
        dumps.append(quads(store))
    assert dumps[0] == dumps[1]
    assert f"<{ONTOLOGY_GRAPH}>" in dumps[0] and f"<{SMALL_GRAPH}>" in dumps[0]


def test_build_drops_graphs_of_removed_annotations(filled, tmp_path):
    other = annotation_variant(tmp_path, "id: test-seed-small", "id: test-seed-other", name="other.yaml")
    build(filled, sources_dir(tmp_path, other), SMALL_REGISTRY)
    graphs = filled.named_graphs()
    assert SMALL_GRAPH not in graphs and str(source_graph("test-seed-other")) in graphs


def test_build_with_one_broken_source_writes_nothing(filled, tmp_path):
    before = quads(filled)
    broken = annotation_variant(tmp_path, "date: 2016-11-01", "date: 2016-13-01", name="broken.yaml")
    with pytest.raises(IngestError, match="broken.yaml:.*not a real date"):
        build(filled, sources_dir(tmp_path, SMALL_ANNOTATION, broken), SMALL_REGISTRY)
    assert quads(filled) == before


def test_cli_ingest_and_export_formats(store_dir_env, tmp_path, capsys):
    assert ckg_main(["ingest", str(SMALL_ANNOTATION), "--registry", str(SMALL_REGISTRY)]) == 0
    assert SMALL_GRAPH in capsys.readouterr().out
    store = OxigraphStore(store_dir_env)  # read-write: OxigraphStore.close() cannot flush a read-only one
    total = len(quads(store).splitlines())
    store.close()

    outputs = {fmt: tmp_path / f"out.{fmt}" for fmt in ("nquads", "trig", "jsonld", "turtle")}
    for fmt, path in outputs.items():
        assert ckg_main(["export", "--format", fmt, "-o", str(path)]) == 0
    for fmt, parser in (("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")):
        dataset = Dataset()
        dataset.parse(outputs[fmt], format=parser)
        graphs = {g for _, _, _, g in dataset.quads((None, None, None, None))}
        assert graphs == {URIRef(SMALL_GRAPH), REGISTRY_GRAPH}, fmt  # graphs kept, nothing in the default graph
        assert len(list(dataset.quads((None, None, None, None)))) == total, fmt
    union = Graph().parse(outputs["turtle"], format="turtle")
    assert len(union) == total  # the two graphs share no triple

    one = tmp_path / "registry.ttl"
    assert ckg_main(["export", "--graph", str(REGISTRY_GRAPH), "-o", str(one)]) == 0
    registry = Graph().parse(one, format="turtle")
    assert 0 < len(registry) < total
    assert (URIRef("https://w3id.org/conflictkg/id/actor/sohr"), RDF.type, CKG.MonitoringOrganisation) in registry
    assert not any(o == Literal(read_exactly(SEED_TEXT)) for o in registry.objects())


def test_cli_errors_exit_1_without_traceback(tmp_path, store_dir_env):
    broken = annotation_variant(tmp_path, '"the village of Miznaz"', '"the village of Mizznaz"')
    for args in (["ingest", str(broken), "--registry", str(SMALL_REGISTRY)],
                 ["export", "--graph", "https://example.org/no-such-graph"]):
        done = subprocess.run([sys.executable, "-m", "ckg.cli", *args], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr
        assert done.stdout == ""


def test_remote_store_replaces_graphs_and_rolls_nothing_in_on_failure(remote_store, tmp_path):
    ingest(SMALL_ANNOTATION, remote_store, SMALL_REGISTRY)
    first = quads(remote_store)
    ingest(SMALL_ANNOTATION, remote_store, SMALL_REGISTRY)
    assert quads(remote_store) == first
    broken = annotation_variant(tmp_path, "    victims: children\n", "")
    with pytest.raises(IngestError):
        ingest(broken, remote_store, SMALL_REGISTRY)
    assert quads(remote_store) == first
    embedded = OxigraphStore("memory")
    ingest(SMALL_ANNOTATION, embedded, SMALL_REGISTRY)
    assert quads(embedded) == first
