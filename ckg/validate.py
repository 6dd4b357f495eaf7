"""The SHACL gate: validate a graph against shapes/*.ttl, with the ontology and vocabularies mixed in.

`validate(graph)` returns a `ValidationResult` whose violations are plain objects (focus node, path,
constraint component, shape, message, value) and whose `report()` speaks a curator's language.
The graph should hold everything the checked items point to: a source's graph together with the
registry graph (actors and places), so that class checks such as "claimed by an actor" can see them.
Run `python -m ckg.validate FILE.ttl ...` to check Turtle files by hand.
"""
from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from ckg.namespaces import CKG, PREFIXES, SHAPES
from ckg.paths import ONTOLOGY_DIR, SHAPES_DIR


@dataclass(frozen=True)
class Violation:
    """One SHACL result, as plain data."""

    focus_node: Node
    path: Node | None
    component: URIRef  # sh:sourceConstraintComponent, e.g. sh:MinCountConstraintComponent
    source_shape: Node  # the shape that raised it; a property shape is often a blank node
    node_shape: Node | None  # the node shape the source shape belongs to (itself for node-level checks)
    constraint: Node | None  # the sh:sparql constraint, for SPARQL-based checks
    message: str
    value: Node | None
    severity: URIRef = SH.Violation

    @property
    def source(self) -> Node:
        """The most specific named check: the SPARQL constraint, else the node shape, else the source shape."""
        return self.constraint or self.node_shape or self.source_shape


@dataclass
class ValidationResult:
    """Whether the graph conforms, the violations found, and the raw SHACL report graph."""

    conforms: bool
    violations: list[Violation]
    report_graph: Graph = field(repr=False)
    data_graph: Graph = field(repr=False)

    def report(self) -> str:
        """The violations in a curator's terms: what is wrong, on which item, with which value."""
        if self.conforms:
            return "The graph conforms to the ConflictKG shapes."
        lines = [f"{len(self.violations)} problem(s) found:"]
        for number, violation in enumerate(sorted(self.violations, key=_sort_key), start=1):
            lines.append(f"{number}. {self._describe(violation.focus_node)}")
            lines.append(f"   {violation.message}")
            if violation.value is not None and violation.value != violation.focus_node:
                lines.append(f"   value: {self._term(violation.value)}")
            lines.append(f"   (check {self._term(violation.source)}, {self._term(violation.component)})")
        return "\n".join(lines)

    def _describe(self, node: Node) -> str:
        kind = _telling_type(self.data_graph, node)
        kind_label = _label(self.data_graph, kind) if kind is not None else None
        label = _label(self.data_graph, node)
        parts = [kind_label or "item", self._term(node)]
        if label:
            parts.append(f'"{label}"')
        return " ".join(parts)

    def _term(self, node: Node) -> str:
        if isinstance(node, BNode):
            return "(unnamed node)"
        if isinstance(node, Literal) and len(node) > 80:  # a document's full text, say
            node = Literal(str(node)[:77] + "...", lang=node.language, datatype=node.datatype)
        return node.n3(self.data_graph.namespace_manager)


def _sort_key(violation: Violation) -> tuple[str, str, str]:
    return (str(violation.focus_node), str(violation.path or ""), str(violation.source))


def _telling_type(graph: Graph, node: Node) -> Node | None:
    """The most telling of a node's rdf:types: one with a label, ConflictKG's own first."""
    labelled = [t for t in graph.objects(node, RDF.type) if _label(graph, t)]
    labelled.sort(key=lambda t: (not str(t).startswith(str(CKG)), str(t)))
    return labelled[0] if labelled else None


def _label(graph: Graph, node: Node) -> str | None:
    for predicate in (SKOS.prefLabel, RDFS.label):
        for value in graph.objects(node, predicate):
            return str(value)
    return None


def _pristine_graphs() -> tuple[Graph, Graph]:
    """Shapes and ontology, parsed once; callers must copy them (pySHACL issue 314: validate() mutates them)."""
    with _parser_lock:
        return _parsed_shapes_and_ontology()


@lru_cache(maxsize=1)
def _parsed_shapes_and_ontology() -> tuple[Graph, Graph]:
    return _parse_dir(SHAPES_DIR), _parse_dir(ONTOLOGY_DIR)


def _parse_dir(folder: Path) -> Graph:
    graph = Graph()
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


_parser_lock = threading.Lock()


_prepared = threading.local()


def _prepared_query(text: str):
    # rdflib's SPARQL parser (pyparsing with packrat caching) is not thread-safe: two threads parsing at
    # once can corrupt each other's parse, so first-time parses are serialised. Nor is a prepared query
    # safe to evaluate in two threads at once (about 2 in 120 concurrent validations reported a wrong
    # violation), so each thread keeps its own.
    queries = getattr(_prepared, "queries", None)
    if queries is None:
        queries = _prepared.queries = {}
    if text not in queries:
        with _parser_lock:
            queries[text] = prepareQuery(text)
    return queries[text]


class _PreparedQueryGraph(Graph):
    """A graph that parses each distinct SPARQL text once.

    pySHACL sends a SPARQL constraint's text again for every focus node, and rdflib would parse it
    every time (about 30 ms each); a prepared query evaluated with initBindings is not modified.
    """

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            query_object = _prepared_query(query_object)
        return super().query(query_object, *args, **kwargs)


def _copy(graph: Graph, into: Graph | None = None) -> Graph:
    copy = Graph() if into is None else into
    for triple in graph:
        copy.add(triple)
    return copy


def _triples(data: Graph | Dataset):
    """A Dataset is validated as the union of its graphs."""
    if isinstance(data, Dataset):
        return ((s, p, o) for s, p, o, _ in data.quads((None, None, None, None)))
    return iter(data)


def validate(data_graph: Graph | Dataset) -> ValidationResult:
    """Validate `data_graph` (left unchanged) against the ConflictKG shapes."""
    shapes, ontology = _pristine_graphs()
    shapes_copy = _copy(shapes)
    # Mixed in by hand, not through pySHACL's ont_graph: that copies only OWL/RDFS axioms, and the
    # concept-scheme checks need the vocabularies' skos:inScheme triples as data.
    mixed = _copy(ontology, into=_PreparedQueryGraph())
    for triple in _triples(data_graph):
        mixed.add(triple)
    conforms, report_graph, _ = pyshacl.validate(
        mixed,
        shacl_graph=shapes_copy,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        inplace=True,
    )
    for prefix, namespace in PREFIXES.items():
        mixed.bind(prefix, namespace, override=True)
    return ValidationResult(bool(conforms), _violations(report_graph, shapes_copy), report_graph, mixed)


def _violations(report: Graph, shapes: Graph) -> list[Violation]:
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if (None, SH.detail, result) in report:
            continue  # the nested reason of an sh:node failure, already reported through its parent
        source_shape = report.value(result, SH.sourceShape)
        results.append(Violation(
            focus_node=report.value(result, SH.focusNode),
            path=report.value(result, SH.resultPath),
            component=report.value(result, SH.sourceConstraintComponent),
            source_shape=source_shape,
            node_shape=_owning_node_shape(shapes, source_shape),
            constraint=report.value(result, SH.sourceConstraint),
            message=str(report.value(result, SH.resultMessage) or ""),
            value=report.value(result, SH.value),
            severity=report.value(result, SH.resultSeverity) or SH.Violation,
        ))
    return results


def _owning_node_shape(shapes: Graph, shape: Node | None) -> Node | None:
    """A property shape's node shape (the one that lists it with sh:property); a node shape is its own."""
    if shape is None:
        return None
    owner = shapes.value(predicate=SH.property, object=shape)
    return owner if owner is not None else shape


def main(argv: list[str] | None = None) -> int:
    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        print("usage: python -m ckg.validate FILE.ttl [FILE.ttl ...]", file=sys.stderr)
        return 2
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    result = validate(graph)
    print(result.report())
    return 0 if result.conforms else 1


if __name__ == "__main__":
    sys.exit(main())
