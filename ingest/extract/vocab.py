"""The controlled vocabularies as the extractor needs them: each scheme's notations and their labels, read from ontology/vocabularies.ttl."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ckg.namespaces import VOCAB
from ckg.paths import ONTOLOGY_DIR

VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"


class Vocabulary:
    """Notations and labels per scheme ("event-type", "outcome", ...), as written in the Turtle file."""

    def __init__(self, labels: dict[str, dict[str, list[str]]]):
        self._labels = labels  # scheme -> notation -> [prefLabel, altLabel, ...]

    def notations(self, scheme: str) -> list[str]:
        return list(self._labels.get(scheme, {}))

    def has(self, scheme: str, notation: str) -> bool:
        return notation in self._labels.get(scheme, {})

    def labels(self, scheme: str, notation: str) -> list[str]:
        return list(self._labels.get(scheme, {}).get(notation, []))

    def label_index(self, scheme: str) -> dict[str, str]:
        """lower-cased label or notation -> notation, for looking words up."""
        index: dict[str, str] = {}
        for notation, labels in self._labels.get(scheme, {}).items():
            for label in [notation.replace("-", " ").replace("_", " "), *labels]:
                index.setdefault(label.lower(), notation)
        return index

    def require(self, scheme: str, notation: str) -> str:
        """The notation itself, after checking the vocabulary has it (a rule naming a missing concept is a bug)."""
        if not self.has(scheme, notation):
            raise KeyError(f"{VOCABULARIES_FILE.name} has no concept {notation!r} in scheme {scheme!r}")
        return notation


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = VOCABULARIES_FILE) -> Vocabulary:
    from rdflib import Graph
    from rdflib.namespace import SKOS

    graph = Graph()
    graph.parse(path, format="turtle")
    labels: dict[str, dict[str, list[str]]] = {}
    for concept, notation in graph.subject_objects(SKOS.notation):
        scheme_iri = graph.value(concept, SKOS.inScheme)
        if scheme_iri is None or not str(scheme_iri).startswith(str(VOCAB)):
            continue
        scheme = str(scheme_iri)[len(str(VOCAB)):]
        names = [str(graph.value(concept, SKOS.prefLabel) or "")]
        names += sorted(str(label) for label in graph.objects(concept, SKOS.altLabel))
        labels.setdefault(scheme, {})[str(notation)] = [n for n in names if n]
    for scheme in labels:  # stable order: as sorted notations
        labels[scheme] = dict(sorted(labels[scheme].items()))
    return Vocabulary(labels)
