"""Write the store's graph out as Turtle (union or one graph), TriG, N-Quads (graphs kept) or JSON-LD."""
from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from ckg.namespaces import PREFIXES, bind_prefixes
from ckg.store import Store

FORMATS = ("turtle", "trig", "nquads", "jsonld")
ONE_GRAPH_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


class ExportError(ValueError):
    """The export cannot be made as asked (unknown graph, unknown format)."""


def _simple(term):
    """RDF 1.1 makes "x" and "x"^^xsd:string one term; backends differ in which they return, so write "x"."""
    return Literal(str(term)) if isinstance(term, Literal) and term.datatype == XSD.string else term


def canonical_dataset(dataset: Dataset) -> Dataset:
    canonical = Dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        canonical.graph(g).add((s, p, _simple(o)))
    bind_prefixes(canonical)
    return canonical


def _dataset(store: Store, graph_iri: str | None) -> Dataset:
    if graph_iri is None:
        dataset = store.dataset()
    else:
        if graph_iri not in store.named_graphs():
            raise ExportError(f"no graph <{graph_iri}> in the store; its graphs are: "
                              + ", ".join(f"<{g}>" for g in store.named_graphs()))
        dataset = Dataset()
        target = dataset.graph(URIRef(graph_iri))
        for triple in store.construct(ONE_GRAPH_QUERY, {"g": URIRef(graph_iri)}):
            target.add(triple)
    return canonical_dataset(dataset)


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    bind_prefixes(union)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def sorted_nquads(dataset: Dataset) -> str:
    """Canonical N-Quads: one quad a line, lines sorted (the graph has no blank nodes to relabel)."""
    serialized = canonical_dataset(dataset).serialize(format="nquads")
    lines = {line for line in serialized.splitlines() if line.strip()}
    return "".join(line + "\n" for line in sorted(lines))


def export(store: Store, fmt: str, graph_iri: str | None = None) -> bytes:
    """The store (or one named graph of it) serialised in `fmt`, one of FORMATS."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    dataset = _dataset(store, graph_iri)
    if fmt == "turtle":
        return _union(dataset).serialize(format="turtle", encoding="utf-8")
    if fmt == "nquads":
        return sorted_nquads(dataset).encode("utf-8")
    if fmt == "trig":
        return dataset.serialize(format="trig", encoding="utf-8")
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    return dataset.serialize(format="json-ld", context=context, encoding="utf-8")
