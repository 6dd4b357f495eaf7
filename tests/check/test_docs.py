"""`ckg docs`: an index page for the ontology (pyLODE) and a page listing every vocabulary concept."""
from __future__ import annotations

import re

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from ckg.cli import main
from ckg.namespaces import CKG
from ckg.paths import ONTOLOGY_DIR


def test_docs_write_an_index_page_and_a_vocabularies_page(tmp_path, capsys):
    assert main(["docs", "--out", str(tmp_path)]) == 0
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert str(CKG.CasualtyClaim) in index
    assert "casualty claim" in index
    assert 'href="vocabularies.html"' in index

    vocabularies = (tmp_path / "vocabularies.html").read_text(encoding="utf-8")
    graph = Graph().parse(ONTOLOGY_DIR / "vocabularies.ttl")
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    rows = re.findall(r'<tr id="([^"]+)">', vocabularies)
    assert len(rows) == len(concepts)
    assert "event-type-planned-operation" in rows
    for scheme in graph.subjects(RDF.type, SKOS.ConceptScheme):
        assert str(graph.value(scheme, SKOS.prefLabel)) in vocabularies
    assert "wrote" in capsys.readouterr().out


def test_docs_report_a_missing_ontology_folder(tmp_path, capsys):
    assert main(["docs", "--out", str(tmp_path / "out"), "--ontology-dir", str(tmp_path / "nowhere")]) == 1
    assert "ckg docs:" in capsys.readouterr().err
    assert not (tmp_path / "out" / "index.html").exists()
