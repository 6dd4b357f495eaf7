"""The controlled vocabularies as the ingest needs them: scheme -> notation -> concept IRI, read from the Turtle."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from ckg.paths import ONTOLOGY_DIR

VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
ONTOLOGY_FILE = ONTOLOGY_DIR / "ckg.ttl"


@dataclass(frozen=True)
class Vocabulary:
    """Concept IRIs by scheme name (the last segment of the scheme IRI, e.g. "event-type") and notation."""

    concepts: dict[str, dict[str, URIRef]]

    def has(self, scheme: str, notation: str) -> bool:
        return notation in self.concepts.get(scheme, {})

    def iri(self, scheme: str, notation: str) -> URIRef:
        return self.concepts[scheme][notation]

    def notations(self, scheme: str) -> list[str]:
        return sorted(self.concepts.get(scheme, {}))


def vocabulary_from_graph(graph: Graph) -> Vocabulary:
    concepts: dict[str, dict[str, URIRef]] = {}
    for concept, scheme in graph.subject_objects(SKOS.inScheme):
        for notation in graph.objects(concept, SKOS.notation):
            name = str(scheme).rstrip("/").rsplit("/", 1)[-1]
            concepts.setdefault(name, {})[str(notation)] = URIRef(concept)
    return Vocabulary(concepts)


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = VOCABULARIES_FILE) -> Vocabulary:
    return vocabulary_from_graph(Graph().parse(path, format="turtle"))


def ontology_graph() -> Graph:
    """The ontology and its vocabularies in one graph (what the store's ontology graph holds)."""
    graph = Graph()
    for path in (ONTOLOGY_FILE, VOCABULARIES_FILE):
        graph.parse(path, format="turtle")
    return graph
