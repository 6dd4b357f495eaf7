"""ckg.validate as the ingest's SHACL gate: plain results, a curator's report, no state kept between calls."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from ckg.namespaces import CKG
from ckg.validate import SHAPES, _pristine_graphs, validate

FIXTURES = Path(__file__).parent / "fixtures"
BASE = FIXTURES / "base.ttl"
NO_CLAIMANT = FIXTURES / "invalid" / "claim-without-claimant.ttl"
ORPHAN = URIRef("https://w3id.org/conflictkg/id/source/2016-11-03_new-arab_aleppo-rebel-push/claim/orphan")


def load(*paths: Path) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


def test_violation_is_plain_data_and_the_report_speaks_to_a_curator():
    result = validate(load(BASE, NO_CLAIMANT))
    [violation] = result.violations
    assert (violation.focus_node, violation.path, violation.component, violation.node_shape, violation.severity) == (
        ORPHAN, CKG.claimedBy, SH.MinCountConstraintComponent, SHAPES.CasualtyClaimShape, SH.Violation)
    assert violation.constraint is None
    assert violation.message == "A casualty claim needs the one actor who makes it (ckg:claimedBy)"
    report = result.report()
    assert report.startswith("1 problem(s) found:")
    assert f"casualty claim <{ORPHAN}>" in report
    assert violation.message in report


def test_conforming_report():
    result = validate(load(BASE))
    assert result.conforms and result.violations == []
    assert result.report() == "The graph conforms to the ConflictKG shapes."


def test_validate_changes_neither_the_data_nor_the_shapes():
    data = load(BASE, NO_CLAIMANT)
    shapes, ontology = _pristine_graphs()
    sizes = (len(data), len(shapes), len(ontology))
    first = validate(data)
    second = validate(data)
    assert (len(data), len(shapes), len(ontology)) == sizes
    assert first.violations == second.violations


def test_a_dataset_is_validated_as_the_union_of_its_graphs():
    dataset = Dataset()
    dataset.graph(URIRef("https://w3id.org/conflictkg/graph/registry")).parse(BASE, format="turtle")
    dataset.graph(URIRef("https://w3id.org/conflictkg/graph/source/fixture")).parse(NO_CLAIMANT, format="turtle")
    assert [v.focus_node for v in validate(dataset).violations] == [ORPHAN]


def test_concurrent_validations_do_not_interfere():
    # with one prepared query shared by all threads, about 2 in 120 such validations reported a violation of another
    graphs = [load(BASE), load(BASE, NO_CLAIMANT)] * 8
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(validate, graphs))
    assert [[v.focus_node for v in r.violations] for r in results] == [[], [ORPHAN]] * 8
