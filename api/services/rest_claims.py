"""GET /claims: casualty claims side by side per event, with a UCDP-style low / best / high summary."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from api.services.rest_casualties import ClaimFigures, claim_bounds, summaries_by_group
from api.services.rest_common import (Answer, EventFilters, actor_iri, actor_kind, collect, entity_iri, evidence_by_subject,
                                      first_per, local_id, page, plain, reference, run, source_reference, text_term)
from ckg.store import Row, Store


@dataclass(frozen=True)
class ClaimFilters:
    """What /claims filters on besides the event filters."""

    claimant: str | None = None
    blamed: str | None = None
    victims: str | None = None
    outcome: str | None = None

    def bindings(self) -> dict:
        return {"claimant": entity_iri(self.claimant, actor_iri), "blamed": entity_iri(self.blamed, actor_iri),
                "victims": text_term(self.victims), "outcome": text_term(self.outcome)}


def claim_rows(store: Store, events: EventFilters = EventFilters(), claims: ClaimFilters = ClaimFilters(),
               **extra: URIRef | None) -> list[Row]:
    """One row per matching claim (see queries/claims.rq), with every actor it blames under "blamesAll"."""
    rows = run(store, "claims", **events.bindings(), **claims.bindings(), **extra)
    blamed = collect(rows, "claim", "blames")
    names = {row["blames"]: row.get("blamesName") for row in rows if row.get("blames") is not None}
    return [dict(row, blamesAll=[(iri, names.get(iri)) for iri in blamed[row["claim"]]])
            for row in first_per(rows, "claim")]


def figures(claim: dict) -> ClaimFigures:
    return ClaimFigures(victims=claim["victims"], outcome=claim["outcome"], count=claim["count"],
                        min_count=claim["min_count"], max_count=claim["max_count"],
                        sub_count=claim["sub_count_of"] is not None)


def claim_item(row: Row, evidence: dict) -> dict:
    """One source's claim, as stated, with the low / best / high it stands for."""
    claim = {
        "id": local_id(row["claim"]),
        "iri": str(row["claim"]),
        "event": reference("events", row["event"], row.get("eventLabel"), name_key="label"),
        "claimant": dict(reference("actors", row.get("claimant"), row.get("claimantName")) or {},
                         kind=actor_kind(row.get("claimantClass"))) if row.get("claimant") else None,
        "count": plain(row.get("count")),
        "min_count": plain(row.get("minCount")),
        "max_count": plain(row.get("maxCount")),
        "count_phrase": plain(row.get("countPhrase")),
        "proportion": plain(row.get("proportion")),
        "qualifier": plain(row.get("qualifierNotation")),
        "victims": plain(row.get("victimNotation")),
        "victim_phrase": plain(row.get("victimPhrase")),
        "outcome": plain(row.get("outcomeNotation")),
        "blames": [reference("actors", iri, name) for iri, name in row.get("blamesAll", [])],
        "sub_count_of": local_id(row.get("subCountOf")),
        "source": source_reference(row.get("doc"), row.get("docTitle")),
        "evidence": evidence.get(row["claim"], []),
    }
    bounds = claim_bounds(figures(claim))
    claim.update(low=bounds and bounds.low, best=bounds and bounds.best, high=bounds and bounds.high)
    return claim


def claim_items(rows: list[Row], evidence: dict) -> list[dict]:
    return [claim_item(r, evidence) for r in rows]


def casualty_summary(claims: list[dict]) -> list[dict]:
    """Per victim category and outcome: low, best, high and who claimed what (rule: rest_casualties)."""
    summaries = summaries_by_group(figures(c) for c in claims)
    return [{
        "victims": victims,
        "outcome": outcome,
        "low": bounds.low,
        "best": bounds.best,
        "high": bounds.high,
        "claims": [c["id"] for c in claims if (c["victims"], c["outcome"]) == (victims, outcome)],
        "claimants": sorted({c["claimant"]["name"] for c in claims
                             if (c["victims"], c["outcome"]) == (victims, outcome) and c["claimant"]}),
    } for (victims, outcome), bounds in summaries.items()]


def list_claims(store: Store, events: EventFilters, claims: ClaimFilters, limit: int, offset: int) -> Answer:
    """Matching claims grouped by event (sorted by date), each group with its casualty summary."""
    rows = claim_rows(store, events, claims)
    evidence = evidence_by_subject(store, doc=events.bindings()["source"]) if rows else {}
    by_event: dict = {}
    for claim in claim_items(rows, evidence):
        by_event.setdefault(claim["event"]["iri"], []).append(claim)
    groups = [{"event": group[0]["event"], "claims": group, "summary": casualty_summary(group)}
              for group in by_event.values()]
    body = page(groups, limit, offset)
    csv_rows = [claim for group in body["items"] for claim in group["claims"]]
    return Answer(body=body, rows=csv_rows, resources=[URIRef(c["iri"]) for c in csv_rows])
