"""The controlled vocabularies as the ingest needs them: scheme -> notation -> concept IRI, read from the Turtle."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from ckg.paths import ONTOLOGY_DIR

VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
ONTOLOGY_FILE = ONTOLOGY_DIR / "ckg.ttl"


@dataclass(frozen=True)
class Vocabulary:
    """Concepts by scheme name (the last segment of the scheme IRI, e.g. "event-type") and notation:
    their IRIs for the ingest, their labels (preferred first, then alternatives) for the extractor."""

    concepts: dict[str, dict[str, URIRef]]
    labels_of: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def has(self, scheme: str, notation: str) -> bool:
        return notation in self.concepts.get(scheme, {})

    def iri(self, scheme: str, notation: str) -> URIRef:
        return self.concepts[scheme][notation]

    def notations(self, scheme: str) -> list[str]:
        return sorted(self.concepts.get(scheme, {}))

    def labels(self, scheme: str, notation: str) -> list[str]:
        return list(self.labels_of.get(scheme, {}).get(notation, []))

    def label_index(self, scheme: str) -> dict[str, str]:
        """lower-cased label or notation -> notation, for looking words up."""
        index: dict[str, str] = {}
        for notation in self.notations(scheme):
            for label in [notation.replace("-", " ").replace("_", " "), *self.labels(scheme, notation)]:
                index.setdefault(label.lower(), notation)
        return index

    def require(self, scheme: str, notation: str) -> str:
        """The notation itself, after checking the vocabulary has it (a rule naming a missing concept is a bug)."""
        if not self.has(scheme, notation):
            raise KeyError(f"{VOCABULARIES_FILE.name} has no concept {notation!r} in scheme {scheme!r}")
        return notation


def vocabulary_from_graph(graph: Graph) -> Vocabulary:
    concepts: dict[str, dict[str, URIRef]] = {}
    labels: dict[str, dict[str, list[str]]] = {}
    for concept, scheme in graph.subject_objects(SKOS.inScheme):
        name = str(scheme).rstrip("/").rsplit("/", 1)[-1]
        names = [str(graph.value(concept, SKOS.prefLabel) or "")]
        names += sorted(str(label) for label in graph.objects(concept, SKOS.altLabel))
        for notation in graph.objects(concept, SKOS.notation):
            concepts.setdefault(name, {})[str(notation)] = URIRef(concept)
            labels.setdefault(name, {})[str(notation)] = [n for n in names if n]
    return Vocabulary(concepts, labels)


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = VOCABULARIES_FILE) -> Vocabulary:
    return vocabulary_from_graph(Graph().parse(path, format="turtle"))


def ontology_graph() -> Graph:
    """The ontology and its vocabularies in one graph (what the store's ontology graph holds)."""
    graph = Graph()
    for path in (ONTOLOGY_FILE, VOCABULARIES_FILE):
        graph.parse(path, format="turtle")
    return graph
