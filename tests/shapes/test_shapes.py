"""Every SHACL shape and SPARQL constraint, driven by fixture files: each must catch what it is for, and only that.

fixtures/base.ttl is a small valid graph from The New Arab's article of 3 November 2016. Each file in
fixtures/valid/ and fixtures/invalid/ is validated together with it. An invalid fixture declares the
exact violations it must produce in its header, one per line:

    # expect: FOCUS PATH COMPONENT SOURCE

(prefixed names; PATH is "-" for a node-level check; SOURCE is the SPARQL constraint for SPARQL-based
checks, otherwise the node shape).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from ckg.paths import ONTOLOGY_DIR, SHAPES_DIR
from ckg.validate import SHAPES, validate

FIXTURES = Path(__file__).parent / "fixtures"
BASE = FIXTURES / "base.ttl"
VALID = sorted((FIXTURES / "valid").glob("*.ttl"))
INVALID = sorted((FIXTURES / "invalid").glob("*.ttl"))
EXPECT = "# expect:"


def load(*paths: Path) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


def expected_violations(fixture: Path) -> set[tuple]:
    prefixes = Graph(bind_namespaces="none").parse(fixture, format="turtle").namespace_manager
    expected = set()
    for line in fixture.read_text(encoding="utf-8").splitlines():
        if not line.startswith(EXPECT):
            continue
        focus, path, component, source = line[len(EXPECT):].split()
        expected.add((
            prefixes.expand_curie(focus),
            None if path == "-" else prefixes.expand_curie(path),
            prefixes.expand_curie(component),
            prefixes.expand_curie(source),
        ))
    return expected


def found_violations(result) -> set[tuple]:
    return {(v.focus_node, v.path, v.component, v.source) for v in result.violations}


def test_base_conforms():
    result = validate(load(BASE))
    assert result.conforms, result.report()


@pytest.mark.parametrize("fixture", VALID, ids=lambda p: p.stem)
def test_valid_fixture_conforms(fixture):
    result = validate(load(BASE, fixture))
    assert result.conforms, result.report()


@pytest.mark.parametrize("fixture", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_gives_exactly_its_violations(fixture):
    expected = expected_violations(fixture)
    assert expected, f"{fixture.name} declares no '{EXPECT}' line"
    result = validate(load(BASE, fixture))
    assert not result.conforms
    assert found_violations(result) == expected, result.report()


# --- every shape is covered by the fixtures ------------------------------------------------------

def shapes_graph() -> Graph:
    return load(*sorted(SHAPES_DIR.glob("*.ttl")))


def checked_shapes(shapes: Graph) -> set[URIRef]:
    """Named node shapes and named SPARQL constraints: each needs a valid and an invalid fixture."""
    named = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.sparql))
    return {s for s in named if isinstance(s, URIRef)}


def exercised_by_violations(shapes: Graph) -> set[URIRef]:
    """The shapes that some invalid fixture's declared violations come from, including sh:node targets."""
    exercised = set()
    for fixture in INVALID:
        for focus, path, component, source in expected_violations(fixture):
            exercised.add(source)
            exercised.update(shapes.subjects(SH.sparql, source))  # the node shape holding the constraint
            if component == SH.NodeConstraintComponent:
                for prop in shapes.objects(source, SH.property):
                    if shapes.value(prop, SH.path) == path:
                        exercised.update(shapes.objects(prop, SH.node))
    return exercised


def test_every_shape_has_an_invalid_fixture():
    shapes = shapes_graph()
    missing = checked_shapes(shapes) - exercised_by_violations(shapes)
    assert not missing, f"shapes without an invalid fixture: {sorted(missing)}"


def test_every_shape_has_a_focus_node_in_valid_fixtures():
    """Each targeted node shape (with its SPARQL constraints) meets a focus node in a conforming graph,
    and each untargeted concept shape is reached through a property that has a value there."""
    shapes = shapes_graph()
    ontology = load(*sorted(ONTOLOGY_DIR.glob("*.ttl")))
    valid = load(BASE, *VALID) + ontology
    missing = []
    for shape in checked_shapes(shapes):
        if (shape, RDF.type, SH.NodeShape) not in shapes:
            continue  # a SPARQL constraint: covered with the shape that holds it
        target_classes = list(shapes.objects(shape, SH.targetClass))
        if target_classes:
            if not any(instances(valid, cls) for cls in target_classes):
                missing.append(shape)
        elif not any(valid.triples((None, shapes.value(prop, SH.path), None))
                     for prop in shapes.subjects(SH.node, shape)):
            missing.append(shape)
    assert not missing, f"shapes with no focus node in a valid fixture: {sorted(missing)}"


def instances(graph: Graph, cls: URIRef) -> list:
    classes = set(graph.transitive_subjects(RDFS.subClassOf, cls))
    return [s for c in classes for s in graph.subjects(RDF.type, c)]


def test_shapes_namespace_matches_validator():
    assert any(str(s).startswith(str(SHAPES)) for s in checked_shapes(shapes_graph()))
