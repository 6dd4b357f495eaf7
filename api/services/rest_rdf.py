"""The RDF behind a REST answer: each resource's own triples, for the Turtle and JSON-LD formats."""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, URIRef

from api.services.rest_common import query_text
from ckg.namespaces import bind_prefixes
from ckg.store import Store


def describe(store: Store, resources: Iterable[URIRef]) -> Graph:
    """The triples of each resource and of the nodes it owns (see queries/describe.rq), merged.

    One query per resource: bindings carry a single row, and answers hold few resources (a page at most).
    """
    graph = Graph()
    bind_prefixes(graph)
    query = query_text("describe")
    for resource in dict.fromkeys(resources):  # once each, in order
        graph += store.construct(query, {"resource": resource})
    return graph
