"""The ingest pipeline: annotation -> checked -> evidence located -> RDF -> SHACL gate -> store, all or nothing.

`ingest()` replaces one source's named graph and the registry graph; `build()` rebuilds every source
under data/sources plus the registry and ontology graphs. Both check and validate everything first and
write in a single `Store.replace_graphs` call, so a failure leaves the store exactly as it was and a
re-run replaces the same graphs instead of adding to them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from ckg.namespaces import GRAPH, REGISTRY_GRAPH
from ckg.paths import REGISTRY_FILE, SOURCES_DIR
from ckg.store import Store
from ingest.annotation import Located, check_annotation, load_annotation, load_registry
from ingest.errors import IngestError, Problem
from ingest.evidence import EvidenceError, TextIndex, TextQuote
from ingest.layout import parse_layout, read_raw_text
from ingest.rdf import (FIELD_OF_PROPERTY, BuiltGraph, Origin, SourceInputs, build_registry_graph,
                        build_source_graph, relative_to_project)
from ingest.vocabulary import Vocabulary, load_vocabulary, ontology_graph

ONTOLOGY_GRAPH = GRAPH["ontology"]
SOURCE_GRAPH_PREFIX = str(GRAPH["source/"])
# Annotation sections whose items carry evidence, and the field that holds it.
EVIDENCE_FIELDS = (("people", "evidence"), ("groups", "evidence"), ("places", "evidence"), ("events", "evidence"),
                   ("claims", "evidence"), ("statements", "quote"))


@dataclass
class Report:
    """What a run wrote: graph IRI -> triple count, and SHACL warnings (which do not block)."""

    graphs: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# --- preparing one source ---------------------------------------------------------------------------

def _locate_quotes(located: Located, index: TextIndex) -> tuple[dict[tuple, TextQuote], list[Problem]]:
    quotes, problems = {}, []
    for section, field_name in EVIDENCE_FIELDS:
        for i, item in enumerate(getattr(located.model, section)):
            evidence = getattr(item, field_name)
            try:
                quotes[(section, i)] = index.locate(evidence.quote, evidence.occurrence)
            except EvidenceError as exc:
                problems.append(located.problem((section, i, field_name), str(exc)))
    return quotes, problems


def _layout_problems(located: Located, layout, text_path: Path) -> list[Problem]:
    stated = located.model.source.published
    if layout.published is not None and layout.published.isoformat() != stated:
        return [located.problem(("source", "published"),
                                f"{stated} disagrees with the date printed in {text_path.name}: "
                                f"{layout.published_span.text!r} ({layout.published})")]
    return []


def prepare_source(annotation_path: Path, registry: Located, vocab: Vocabulary) -> BuiltGraph:
    """The checked graph of one annotated source; raises IngestError with every problem found."""
    located = load_annotation(annotation_path)
    problems = check_annotation(located, registry, vocab)
    text_path = located.path.parent / located.model.source.text
    if text_path.is_file():
        raw = read_raw_text(text_path)
        try:
            layout = parse_layout(raw, date_given=True)  # the annotation states the date
            problems += _layout_problems(located, layout, text_path)
        except IngestError as exc:
            problems += [Problem(p.message, file=str(text_path)) for p in exc.problems]
            layout = None
        quotes, evidence_problems = _locate_quotes(located, TextIndex(raw, text_path.name))
        problems += evidence_problems
    if problems:
        problems.sort(key=lambda p: (p.file != str(located.path), p.line or 0))
        raise IngestError(problems, headline=f"{annotation_path}: {len(problems)} problem(s); nothing was written")
    inputs = SourceInputs(located, raw, layout, quotes, relative_to_project(located.path))
    return build_source_graph(inputs, vocab)


# --- the SHACL gate -----------------------------------------------------------------------------------

def _origin_of(node, origins: dict[URIRef, Origin]) -> Origin | None:
    """The item an IRI belongs to: itself, or the nearest ancestor IRI (<claim>/evidence/quote -> <claim>)."""
    iri = str(node)
    while iri:
        if URIRef(iri) in origins:
            return origins[URIRef(iri)]
        if "/" not in iri:
            return None
        iri = iri.rsplit("/", 1)[0]
    return None


def _shacl_problem(violation, origins: dict[URIRef, Origin]) -> Problem:
    origin = _origin_of(violation.focus_node, origins)
    field_name = FIELD_OF_PROPERTY.get(violation.path) if violation.path is not None else None
    message = violation.message or str(violation.component)
    if violation.value is not None and violation.value != violation.focus_node:
        message += f" [value: {violation.value}]"
    if origin is None:
        return Problem(f"{message} (on {violation.focus_node})", field=field_name)
    return Problem(message, file=origin.file, line=origin.line, item=origin.item, field=field_name)


def shacl_gate(graphs: list[BuiltGraph]) -> list[str]:
    """Validate the graphs together; raise IngestError on any violation, return the warnings' texts."""
    from ckg.validate import validate  # imported here: pySHACL is slow to import and only the gate needs it

    data = Graph()
    origins: dict[URIRef, Origin] = {}
    for built in graphs:
        data += built.graph
        origins.update(built.origins)
    result = validate(data)
    violations = [v for v in result.violations if v.severity == SH.Violation]
    warnings = [str(_shacl_problem(v, origins)) for v in result.violations if v.severity != SH.Violation]
    if violations:
        problems = sorted({_shacl_problem(v, origins) for v in violations},
                          key=lambda p: (p.file or "", p.line or 0, p.item or "", p.field or "", p.message))
        raise IngestError(problems, headline=f"SHACL validation failed with {len(problems)} problem(s); "
                                             "nothing was written")
    return warnings


# --- ingest and build ------------------------------------------------------------------------------------

def _write(store: Store, graphs: dict[str, Graph]) -> Report:
    store.replace_graphs(graphs)
    return Report({iri: len(graph) for iri, graph in graphs.items()})


def ingest(annotation_path: str | Path, store: Store, registry_path: str | Path = REGISTRY_FILE) -> Report:
    """Check, build and validate one annotated source; then replace its graph and the registry graph."""
    vocab = load_vocabulary()
    registry = load_registry(Path(registry_path), vocab)
    registry_graph = build_registry_graph(registry, vocab)
    source = prepare_source(Path(annotation_path), registry, vocab)
    warnings = shacl_gate([source, registry_graph])
    report = _write(store, {str(source.iri): source.graph, str(REGISTRY_GRAPH): registry_graph.graph})
    report.warnings = warnings
    return report


def annotation_files(sources_dir: Path = SOURCES_DIR) -> list[Path]:
    return sorted(Path(sources_dir).glob("*.yaml"))


def build(store: Store, sources_dir: str | Path = SOURCES_DIR, registry_path: str | Path = REGISTRY_FILE) -> Report:
    """Rebuild the store from every annotation in `sources_dir`, the registry and the ontology, in one write.

    Source graphs in the store whose annotation is gone are dropped in the same transaction.
    """
    vocab = load_vocabulary()
    registry = load_registry(Path(registry_path), vocab)
    registry_graph = build_registry_graph(registry, vocab)
    sources: list[BuiltGraph] = []
    problems: list[Problem] = []
    for path in annotation_files(Path(sources_dir)):
        try:
            sources.append(prepare_source(path, registry, vocab))
        except IngestError as exc:
            problems += exc.problems
    problems += _duplicate_sources(sources)
    if problems:
        raise IngestError(problems, headline=f"build failed with {len(problems)} problem(s); nothing was written")

    warnings = shacl_gate([registry_graph])
    for source in sources:
        warnings += shacl_gate([source, registry_graph])

    graphs: dict[str, Graph] = {str(g): Graph() for g in store.named_graphs() if g.startswith(SOURCE_GRAPH_PREFIX)}
    graphs.update({str(source.iri): source.graph for source in sources})
    graphs[str(REGISTRY_GRAPH)] = registry_graph.graph
    graphs[str(ONTOLOGY_GRAPH)] = ontology_graph()
    report = _write(store, graphs)
    report.warnings = warnings
    return report


def _duplicate_sources(sources: list[BuiltGraph]) -> list[Problem]:
    first: dict[URIRef, Origin] = {}
    problems = []
    for source in sources:
        origin = next(iter(o for o in source.origins.values() if o.item == "source"), None)
        if source.iri in first and origin is not None:
            problems.append(Problem(f"source id already used by {first[source.iri].file}", file=origin.file,
                                    line=origin.line, item="source", field="id"))
        elif origin is not None:
            first[source.iri] = origin
    return problems
