"""GET /places and GET /places/{id}: places, the places they lie in and contain, and the events there."""
from __future__ import annotations

from rdflib import URIRef

from api.services import rest_events
from api.services.rest_common import (Answer, EventFilters, NotFound, collect, evidence_by_subject, first_per,
                                      local_id, page, place_iri, plain, reference, run, text_term)
from api.services.rest_geo import parse_point, place_chain
from ckg.namespaces import CKG
from ckg.store import Row, Store


def place_rows(store: Store, q: str | None = None, kind: str | None = None, **extra: URIRef | None) -> list[Row]:
    return run(store, "places", q=text_term(q), kind=text_term(kind), **extra)


def place_items(rows: list[Row]) -> list[dict]:
    """One item per place, its alternative names folded from the query's rows."""
    alt_names = collect(rows, "place", "altName")
    items = []
    for r in first_per(rows, "place"):
        point = parse_point(r.get("wkt"))
        items.append({
            "id": local_id(r["place"]),
            "iri": str(r["place"]),
            "href": f"/places/{local_id(r['place'])}",
            "name": plain(r.get("name")),
            "kind": plain(r.get("kindNotation")),
            "alt_names": [plain(a) for a in alt_names[r["place"]]],
            "parent": reference("places", r.get("parent"), r.get("parentName")),
            "point": None if point is None else {"latitude": point.latitude, "longitude": point.longitude},
            "geo_precision": plain(r.get("geoPrecision")),
            "point_source": plain(r.get("pointSource")),
        })
    return items


def list_places(store: Store, q: str | None, kind: str | None, limit: int, offset: int) -> Answer:
    body = page(place_items(place_rows(store, q, kind)), limit, offset)
    return Answer(body=body, rows=body["items"], resources=[URIRef(i["iri"]) for i in body["items"]])


def get_place(store: Store, place_id: str) -> Answer:
    """Where the place is, what it lies in and contains, and the events there or anywhere inside it."""
    iri = place_iri(place_id)
    items = place_items(place_rows(store, place=iri))
    if not items:
        raise NotFound(f"no place {place_id!r}")
    place = items[0]
    place.update(
        within=place_chain(store, iri),
        places_inside=place_items(place_rows(store, within=iri)),
        events=[rest_events.event_summary(r) for r in rest_events.event_rows(store, EventFilters(place=str(iri)))],
        mentions=evidence_by_subject(store, subject=iri, link=CKG.mention).get(iri, []),
    )
    return Answer(body=place, rows=[place], resources=[iri])
