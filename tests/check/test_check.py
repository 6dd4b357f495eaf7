"""`ckg check` on the real repository and on temporary copies of it broken on purpose."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ckg.check import check_tree
from ckg.cli import main
from ckg.paths import ROOT

SHAPES_FILE = Path("shapes/ckg-shapes.ttl")
ONTOLOGY_FILE = Path("ontology/ckg.ttl")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the files `ckg check` reads."""
    for folder in ("ontology", "shapes", "queries", "data"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, tmp_path / folder)
        else:
            (tmp_path / folder).mkdir()
    return tmp_path


def insert_line(path: Path, after_line: int, text: str) -> int:
    """Insert `text` as a new line after line `after_line` (1-based); return the new line's number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(after_line, text + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return after_line + 1


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_real_repository_passes(capsys):
    assert check_tree(ROOT) == []
    assert main(["check"]) == 0
    assert "fine" in capsys.readouterr().out


def test_broken_shapes_file_is_reported_with_file_and_line(tree, capsys):
    path = tree / SHAPES_FILE
    # A statement whose object list runs into the next subject: no final dot.
    anchor = line_of(path, "ckgsh:ActorShape a sh:NodeShape")
    broken = insert_line(path, anchor - 1, "ckgsh:Broken rdfs:label \"broken\"@en ckgsh:Oops")
    problems = check_tree(tree)
    assert [(p.path, p.line) for p in problems] == [(str(SHAPES_FILE), broken)]
    assert problems[0].column > 1
    assert main(["check", "--root", str(tree)]) == 1
    assert f"{SHAPES_FILE}:{broken}:" in capsys.readouterr().out


def test_broken_data_file_is_reported(tree):
    data_file = tree / "data" / "extra.ttl"
    data_file.write_text('@prefix ckg: <https://w3id.org/conflictkg/ontology#> .\n\n'
                         '<https://w3id.org/conflictkg/id/actor/x> ckg:title "unterminated .\n', encoding="utf-8")
    problems = check_tree(tree)
    assert [(p.path, p.line) for p in problems] == [("data/extra.ttl", 3)]
    assert "Turtle syntax error" in problems[0].message


def test_undeclared_terms_in_data_are_reported_where_used(tree):
    data_file = tree / "data" / "extra.ttl"
    data_file.write_text(
        "@prefix ckg: <https://w3id.org/conflictkg/ontology#> .\n"
        "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n\n"
        "<https://w3id.org/conflictkg/id/source/x/claim/c1> a ckg:CasualtyClaim ;\n"
        "    ckg:casualtyCount 9 .\n"
        "<https://w3id.org/conflictkg/id/source/x/event/e1> a ckg:Airstrike ;\n"
        "    sem:hasTime <https://w3id.org/conflictkg/id/source/x/event/e1/time> .\n",
        encoding="utf-8")
    lines = data_file.read_text(encoding="utf-8").splitlines()
    problems = {(p.path, p.line, p.column, p.message) for p in check_tree(tree)}
    assert problems == {
        ("data/extra.ttl", 5, lines[4].index("ckg:casualtyCount") + 1,
         "ckg:casualtyCount is used as a property but the ontology does not declare it"),
        ("data/extra.ttl", 6, lines[5].index("ckg:Airstrike") + 1,
         "ckg:Airstrike is used as a class but the ontology does not declare it"),
    }


def test_undeclared_term_in_a_query_is_reported(tree):
    query = tree / "queries" / "broken_terms.rq"
    query.write_text(
        "# Events with their death toll (test query with a misspelt property).\n"
        "PREFIX ckg: <https://w3id.org/conflictkg/ontology#>\n"
        "SELECT ?event ?toll WHERE {\n"
        "  ?event a ckg:Event .\n"
        "  FILTER EXISTS { ?claim ckg:about ?event ; ckg:deathToll ?toll }\n"
        "}\n", encoding="utf-8")
    problems = [p for p in check_tree(tree) if p.path == "queries/broken_terms.rq"]
    column = query.read_text(encoding="utf-8").splitlines()[4].index("ckg:deathToll") + 1
    assert [(p.line, p.column, p.message) for p in problems] == [
        (5, column, "ckg:deathToll is used as a property but the ontology does not declare it")]


def test_query_syntax_error_is_reported_with_line_and_column(tree):
    query = tree / "queries" / "broken_syntax.rq"
    query.write_text(
        "PREFIX ckg: <https://w3id.org/conflictkg/ontology#>\n"
        "SELECT ?event WHERE {\n"
        "  ?event a ckg:Event .\n"
        "  ?event undeclared:prefix ?x .\n"
        "}\n", encoding="utf-8")
    problems = [p for p in check_tree(tree) if p.path == "queries/broken_syntax.rq"]
    assert len(problems) == 1
    assert problems[0].line == 4 and problems[0].column >= 3
    assert problems[0].message.startswith("SPARQL syntax error:")


def test_undeclared_term_in_a_shape_sparql_constraint_is_reported(tree):
    path = tree / SHAPES_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("$this ckg:minCount ?value ; ckg:maxCount ?max .",
                                 "$this ckg:minCount ?value ; ckg:maximum ?max ."), encoding="utf-8")
    problems = check_tree(tree)
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(SHAPES_FILE), line_of(path, "ckg:maximum"),
         "ckg:maximum is used as a property but the ontology does not declare it")]


def test_shape_targeting_an_undeclared_class_is_reported(tree):
    path = tree / SHAPES_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("sh:targetClass ckg:Membership", "sh:targetClass ckg:Membershp"), encoding="utf-8")
    problems = check_tree(tree)
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(SHAPES_FILE), line_of(path, "ckg:Membershp"),
         "a shape targets ckg:Membershp, which the ontology does not declare as a class")]


def test_term_without_definition_is_reported_at_its_declaration(tree):
    path = tree / ONTOLOGY_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    declaration = line_of(path, "ckg:subCountOf a owl:ObjectProperty")
    comment = next(i for i in range(declaration, len(lines)) if "rdfs:comment" in lines[i])
    del lines[comment]
    path.write_text("".join(lines), encoding="utf-8")
    problems = check_tree(tree)
    assert [(p.path, p.line, p.column, p.message) for p in problems] == [
        (str(ONTOLOGY_FILE), declaration, 1,
         "ckg:subCountOf is declared without a definition (rdfs:comment or skos:definition)")]
