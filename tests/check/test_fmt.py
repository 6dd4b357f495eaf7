"""`ckg fmt`: one canonical form, idempotent, never changing the graph; `--check` names what is not canonical."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from ckg.cli import main
from ckg.fmt import FormatError, canonical_turtle, default_files
from ckg.paths import ROOT

FIXTURE_BASE = ROOT / "tests" / "shapes" / "fixtures" / "base.ttl"

# Blank-node-heavy and literal-heavy Turtle, written the way a person might.
TRICKY = r'''
# A header comment that must survive.
# Second line of it.

@prefix ex: <http://example.org/> .
@prefix : <http://example.org/default#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix unused: <http://example.org/unused#> .

ex:z ex:p "z" .   # a comment that is dropped
ex:shape a sh:NodeShape ; sh:property [ sh:path ex:p ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ] ,
  [ sh:path ( ex:a [ sh:inversePath ex:b ] ) ; sh:message "quote \" and backslash \\ and tab\t" ] .
ex:a ex:text """first line
second line with "quotes" and a final quote\"""" ; ex:lang "Halab"@ar , "Alep"@fr ;
  ex:nbsp "for\u00A0Tajamu" ; ex:n 7 , -2 , 0.5 , "1e3"^^xsd:double , true ; ex:date "2016-11-03"^^xsd:date ;
  ex:empty () ; ex:list ( 3 1 2 ) ; :local ex: .
[] ex:top "an unreferenced blank node" .
_:shared ex:name "shared" . ex:a ex:knows _:shared . ex:z ex:knows _:shared .
_:c1 ex:next _:c2 . _:c2 ex:next _:c1 .
'''


def parse(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def test_repository_files_are_canonical():
    for path in default_files(ROOT):
        text = path.read_text(encoding="utf-8")
        assert canonical_turtle(text) == text, f"{path} is not canonical: run ckg fmt"


@pytest.mark.parametrize("text", [TRICKY, FIXTURE_BASE.read_text(encoding="utf-8")], ids=["tricky", "fixture-base"])
def test_fmt_preserves_the_graph_and_is_idempotent(text):
    once = canonical_turtle(text)
    assert isomorphic(parse(text), parse(once))
    assert canonical_turtle(once) == once


def test_fmt_keeps_the_leading_comment_and_drops_unused_prefixes():
    once = canonical_turtle(TRICKY)
    assert once.startswith("# A header comment that must survive.\n# Second line of it.\n\n@prefix")
    assert "unused:" not in once and "a comment that is dropped" not in once


def test_fmt_orders_subjects_predicates_and_objects():
    once = canonical_turtle(TRICKY)
    assert once.index("ex:a ") < once.index("ex:shape ") < once.index("ex:z ")
    assert "ex:n -2 , 0.5 , 1e3 , 7 , true ;" in once
    assert "\nex:shape a sh:NodeShape ;\n    sh:property\n" in once  # rdf:type first
    assert "[ sh:path ex:p ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ]" in once  # nested [ ] kept


def test_fmt_writes_invisible_characters_as_escapes():
    assert r'"for\u00A0Tajamu"' in canonical_turtle(TRICKY)


def test_unparsable_turtle_is_refused():
    with pytest.raises(FormatError):
        canonical_turtle("@prefix ex: <http://example.org/> .\nex:a ex:b .\n")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for folder in ("ontology", "shapes"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def test_check_names_a_non_canonical_file_and_fmt_fixes_it(tree, capsys):
    path = tree / "ontology" / "vocabularies.ttl"
    before = parse(path.read_text(encoding="utf-8"))
    # Same triples, another layout: statements in reverse order, "rdf:type" spelled out.
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    header, statements = blocks[:2], blocks[2:]
    prefixes = blocks[1] + "\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ."
    messy = "\n\n".join([header[0], prefixes] + [s.replace(" a skos:", " rdf:type skos:") for s in statements[::-1]])
    path.write_text(messy, encoding="utf-8")
    assert isomorphic(before, parse(messy))

    assert main(["fmt", "--check", "--root", str(tree)]) == 1
    assert capsys.readouterr().out.strip() == "ontology/vocabularies.ttl: not in canonical form (run ckg fmt)"
    assert path.read_text(encoding="utf-8") == messy  # --check changes nothing

    assert main(["fmt", "--root", str(tree)]) == 0
    assert "formatted ontology/vocabularies.ttl" in capsys.readouterr().out
    assert main(["fmt", "--check", "--root", str(tree)]) == 0
    assert isomorphic(before, parse(path.read_text(encoding="utf-8")))
    assert path.read_text(encoding="utf-8") == (ROOT / "ontology" / "vocabularies.ttl").read_text(encoding="utf-8")


def test_fmt_leaves_a_broken_file_untouched(tree, capsys):
    path = tree / "shapes" / "ckg-shapes.ttl"
    broken = path.read_text(encoding="utf-8") + "\nckgsh:Dangling rdfs:label .\n"
    path.write_text(broken, encoding="utf-8")
    assert main(["fmt", "--root", str(tree)]) == 2
    assert "shapes/ckg-shapes.ttl: does not parse as Turtle" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == broken
