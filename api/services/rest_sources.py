"""GET /sources and GET /sources/{id}: the documents, their full text and every annotated span in it."""
from __future__ import annotations

from rdflib import URIRef

from api.services import rest_events
from api.services.rest_common import (Answer, EventFilters, NotFound, first_per, local_id, page, plain,
                                      reference, run, source_iri, text_span, text_term)
from ckg.store import Row, Store

# What the IRI of an annotated item says it is (data/README.md's IRI rules).
_ITEM_KINDS = ("event", "claim", "statement", "membership", "mention")
_ROUTES = {"event": "events", "actor": "actors", "place": "places"}


def source_item(row: Row) -> dict:
    return {
        "id": local_id(row["doc"]),
        "iri": str(row["doc"]),
        "href": f"/sources/{local_id(row['doc'])}",
        "title": plain(row.get("title")),
        "publisher": reference("actors", row.get("publisher"), row.get("publisherName")),
        "issued": plain(row.get("issued")),
        "url": plain(row.get("url")),
        "sha256": plain(row.get("sha256")),
        "lede": plain(row.get("lede")),
        "annotation_file": plain(row.get("annotationFile")),
    }


def list_sources(store: Store, q: str | None, limit: int, offset: int) -> Answer:
    rows = first_per(run(store, "sources", q=text_term(q)), "doc")
    body = page([source_item(r) for r in rows], limit, offset)
    return Answer(body=body, rows=body["items"], resources=[URIRef(i["iri"]) for i in body["items"]])


def item_kind(iri: str) -> str:
    """"event", "claim", ... for an item of a source; "actor" or "place" for a mentioned entity."""
    parts = iri.split("/")
    for kind in _ITEM_KINDS:
        if len(parts) >= 2 and parts[-2] == kind:
            return kind
    return parts[-2] if len(parts) >= 2 else "other"


def annotation_item(row: Row) -> dict:
    """One annotated span: where it is in the text and what it is evidence (or a mention) of."""
    subject = str(row["subject"])
    kind = item_kind(subject)
    route = _ROUTES.get(kind)
    return {
        **text_span(row),
        "link": "mention" if str(row["link"]).endswith("mention") else "evidence",
        "item": {"kind": kind, "id": local_id(row["subject"]), "iri": subject,
                 "href": f"/{route}/{local_id(row['subject'])}" if route else None,
                 "label": plain(row.get("subjectLabel"))},
    }


def get_source(store: Store, source_id: str) -> Answer:
    """The document's metadata, its full raw text, the spans annotated in it and the events it reports."""
    iri = source_iri(source_id)
    rows = first_per(run(store, "sources", doc=iri), "doc")
    if not rows:
        raise NotFound(f"no source {source_id!r}")
    source = source_item(rows[0])
    text = run(store, "source_text", doc=iri)
    annotations = first_per(run(store, "evidence", doc=iri), "evidence")
    source.update(
        full_text=plain(text[0]["fullText"]) if text else None,
        annotations=[annotation_item(r) for r in annotations],
        events=[rest_events.event_summary(r) for r in rest_events.event_rows(store, EventFilters(source=str(iri)))],
    )
    return Answer(body=source, rows=[source], resources=[iri])
