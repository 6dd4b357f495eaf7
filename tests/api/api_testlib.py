"""Helpers for the API tests: the article's sample graph and the IRIs the tests query."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

SAMPLE_TRIG = Path(__file__).parent / "data" / "aleppo-sample.trig"
WRITE_TOKEN = "test-write-token"
REGISTRY = "https://w3id.org/conflictkg/graph/registry"
SOURCE_GRAPH = "https://w3id.org/conflictkg/graph/source/2016-11-03_new-arab_aleppo-rebel-push"


def sample_graphs() -> dict[str, Graph]:
    """The sample's named graphs by IRI, as the store should hold them."""
    dataset = Dataset()
    dataset.parse(SAMPLE_TRIG, format="trig")
    graphs = {}
    for graph in dataset.graphs():
        if len(graph):
            copy = Graph()
            for triple in graph:
                copy.add(triple)
            graphs[str(graph.identifier)] = copy
    return graphs
