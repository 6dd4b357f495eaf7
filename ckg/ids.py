"""How ids look and how IRIs are minted from them (data/README.md): shared by the ingest and the API."""
from __future__ import annotations

from rdflib import URIRef

from ckg.namespaces import ID

ENTITY_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"  # actors and places: lower-case, digits, hyphens
ITEM_ID = r"^[a-z0-9][a-z0-9_-]*$"  # source ids and the ids of events, claims, statements

# Registry actor type -> ontology class (local name in the ckg: namespace).
ACTOR_CLASSES = {
    "person": "Person", "armed-group": "ArmedGroup", "state-force": "StateForce", "government": "Government",
    "state-media": "StateMedia", "news-outlet": "NewsOutlet", "monitor": "MonitoringOrganisation",
    "aid": "AidOrganisation", "igo": "IntergovernmentalOrganisation", "coalition": "PoliticalCoalition",
    "informal": "InformalGroup",
}


def actor_iri(actor_id: str) -> URIRef:
    return ID["actor/" + actor_id]


def place_iri(place_id: str) -> URIRef:
    return ID["place/" + place_id]


def document_iri(source_id: str) -> URIRef:
    return ID["source/" + source_id]


def item_iri(source_id: str, kind: str, item_id: str) -> URIRef:
    """An event, claim, statement, membership or mention of one source."""
    return ID[f"source/{source_id}/{kind}/{item_id}"]


def mention_iri(source_id: str, entity_kind: str, entity_id: str) -> URIRef:
    """Where a source names an actor or place. The kind is part of the IRI because actor and place ids are
    separate namespaces (actor/russia is the state, place/russia its territory)."""
    return item_iri(source_id, "mention", f"{entity_kind}/{entity_id}")
