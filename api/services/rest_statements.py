"""GET /statements: what actors said, to whom, when and about which event, with the evidence."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import URIRef

from api.services.rest_common import (Answer, actor_iri, date_term, entity_iri, evidence_by_subject, first_per,
                                      local_id, page, plain, reference, run, source_reference, source_iri, text_term, time_span)
from ckg.store import Row, Store


@dataclass(frozen=True)
class StatementFilters:
    actor: str | None = None
    from_date: dt.date | None = None
    to_date: dt.date | None = None
    source: str | None = None
    q: str | None = None

    def bindings(self) -> dict:
        return {"actor": entity_iri(self.actor, actor_iri), "from": date_term(self.from_date),
                "to": date_term(self.to_date), "source": entity_iri(self.source, source_iri),
                "q": text_term(self.q)}


def statement_rows(store: Store, filters: StatementFilters = StatementFilters(), **extra) -> list[Row]:
    return first_per(run(store, "statements", **filters.bindings(), **extra), "statement")


def statement_item(row: Row, evidence: dict | None = None) -> dict:
    return {
        "id": local_id(row["statement"]),
        "iri": str(row["statement"]),
        "speaker": reference("actors", row.get("speaker"), row.get("speakerName")),
        "on_behalf_of": reference("actors", row.get("onBehalfOf"), row.get("onBehalfOfName")),
        "to_outlet": reference("actors", row.get("toOutlet"), row.get("toOutletName")),
        "audience": plain(row.get("audience")),
        "quote": plain(row.get("quote")),
        "direct_quote": plain(row.get("direct")),
        "time": time_span(row),
        "about": reference("events", row.get("aboutEvent"), row.get("aboutLabel"), name_key="label"),
        "source": source_reference(row.get("doc"), row.get("docTitle")),
        "evidence": (evidence or {}).get(row["statement"], []),
    }


def list_statements(store: Store, filters: StatementFilters, limit: int, offset: int) -> Answer:
    rows = statement_rows(store, filters)
    evidence = evidence_by_subject(store, doc=filters.bindings()["source"]) if rows else {}
    body = page([statement_item(r, evidence) for r in rows], limit, offset)
    return Answer(body=body, rows=body["items"], resources=[URIRef(i["iri"]) for i in body["items"]])
