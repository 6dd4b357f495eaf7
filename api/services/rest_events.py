"""GET /events and GET /events/{source}/{event}: events with their time, place, participants, claims and evidence."""
from __future__ import annotations

from rdflib import URIRef

from api.services import rest_claims, rest_statements
from api.services.rest_common import (Answer, EventFilters, NotFound, concept, evidence_by_subject, first_per,
                                      item_iri, local_id, page, plain, reference, run, source_reference, actor_kind, time_span)
from api.services.rest_geo import place_chain
from ckg.store import Row, Store


def event_summary(row: Row) -> dict:
    """An event as a list shows it: label, type, time, place, source and the larger event it is part of."""
    event_type = concept(row.get("eventType"), row.get("typeNotation"), row.get("typeName"))
    if event_type is not None:
        event_type.update(acled_event_type=plain(row.get("acledEventType")),
                          acled_sub_event_type=plain(row.get("acledSubEventType")),
                          ucdp_type_of_violence=plain(row.get("ucdpTypeOfViolence")))
    return {
        "id": local_id(row["event"]),
        "iri": str(row["event"]),
        "href": f"/events/{local_id(row['event'])}",
        "label": plain(row.get("label")),
        "type": event_type,
        "time": time_span(row),
        "place": reference("places", row.get("eventPlace"), row.get("placeName")),
        "source": source_reference(row.get("doc"), row.get("docTitle")),
        "part_of": reference("events", row.get("parent"), row.get("parentLabel"), name_key="label"),
    }


def event_rows(store: Store, filters: EventFilters = EventFilters(), **extra: URIRef | None) -> list[Row]:
    """One row per matching event, sorted by date (see queries/events.rq)."""
    return first_per(run(store, "events", **filters.bindings(), **extra), "event")


def list_events(store: Store, filters: EventFilters, limit: int, offset: int) -> Answer:
    items = [event_summary(r) for r in event_rows(store, filters)]
    body = page(items, limit, offset)
    return Answer(body=body, rows=body["items"], resources=[URIRef(i["iri"]) for i in body["items"]])


def participants(store: Store, event: URIRef) -> list[dict]:
    return [{
        "actor": dict(reference("actors", r["actor"], r.get("actorName")), kind=actor_kind(r.get("actorClass"))),
        "role": plain(r.get("roleNotation")),
        "role_name": plain(r.get("roleName")),
    } for r in run(store, "participants", event=event)]


def get_event(store: Store, source_id: str, event_id: str) -> Answer:
    """Everything the graph holds about one event, every claim about it side by side."""
    iri = item_iri(source_id, "event", event_id)
    rows = event_rows(store, event=iri)
    if not rows:
        raise NotFound(f"no event {event_id!r} in source {source_id!r}")
    event = event_summary(rows[0])
    if event["place"] is not None:
        event["place"]["within"] = place_chain(store, URIRef(event["place"]["iri"]))
    doc = rows[0].get("doc")
    # Claims and statements about an event come from the document that reports it: one evidence query.
    evidence = evidence_by_subject(store, doc=doc) if doc is not None else {}
    claims = rest_claims.claim_items(rest_claims.claim_rows(store, event=iri), evidence)
    event.update(
        participants=participants(store, iri),
        claims=claims,
        casualties=rest_claims.casualty_summary(claims),
        statements=[rest_statements.statement_item(r, evidence)
                    for r in rest_statements.statement_rows(store, about=iri)],
        sub_events=[event_summary(r) for r in event_rows(store, partOf=iri)],
        evidence=evidence.get(iri, []),
    )
    resources = [iri] + [URIRef(c["iri"]) for c in claims] + [URIRef(s["iri"]) for s in event["statements"]]
    return Answer(body=event, rows=[event], resources=resources)
