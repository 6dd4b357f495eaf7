"""GET /actors and GET /actors/{id}: people and organisations, their affiliations, words, events and claims."""
from __future__ import annotations

from rdflib import URIRef

from api.services import rest_claims, rest_events, rest_statements
from api.services.rest_common import (Answer, EventFilters, NotFound, actor_iri, actor_kind, collect,
                                      evidence_by_subject, first_per, local_id, page, plain, reference, run,
                                      text_term, CLASS_OF_KIND)
from ckg.namespaces import CKG
from ckg.store import Row, Store


def actor_rows(store: Store, q: str | None = None, kind: str | None = None, **extra: URIRef | None) -> list[Row]:
    return run(store, "actors", q=text_term(q), kind=CLASS_OF_KIND.get(kind) if kind else None, **extra)


def actor_items(rows: list[Row]) -> list[dict]:
    """One item per actor, its alternative names and affiliations folded from the query's rows."""
    alt_names = collect(rows, "actor", "altName")
    affiliations = collect(rows, "actor", "affiliation")
    names = {r["affiliation"]: r.get("affiliationName") for r in rows if "affiliation" in r}
    return [{
        "id": local_id(r["actor"]),
        "iri": str(r["actor"]),
        "href": f"/actors/{local_id(r['actor'])}",
        "name": plain(r.get("name")),
        "kind": actor_kind(r.get("actorClass")),
        "alt_names": [plain(a) for a in alt_names[r["actor"]]],
        "affiliations": [reference("actors", a, names.get(a)) for a in affiliations[r["actor"]]],
        "note": plain(r.get("note")),
    } for r in first_per(rows, "actor")]


def list_actors(store: Store, q: str | None, kind: str | None, limit: int, offset: int) -> Answer:
    body = page(actor_items(actor_rows(store, q, kind)), limit, offset)
    return Answer(body=body, rows=body["items"], resources=[URIRef(i["iri"]) for i in body["items"]])


def membership_items(store: Store, actor: URIRef, evidence: dict) -> list[dict]:
    return [{
        "iri": str(r["membership"]),
        "member": reference("actors", r["member"], r.get("memberName")),
        "organization": reference("actors", r["organization"], r.get("organizationName")),
        "role": plain(r.get("roleNotation")),
        "role_name": plain(r.get("roleName")),
        "title": plain(r.get("title")),
        "evidence": evidence.get(r["membership"], []),
    } for r in first_per(run(store, "memberships", actor=actor), "membership")]


def events_by_role(store: Store, actor: URIRef) -> list[dict]:
    """The events the actor takes part in, sorted by date, each with the actor's roles in it."""
    roles = collect(run(store, "participants", actor=actor), "event", "roleNotation")
    return [dict(rest_events.event_summary(r), roles=[plain(x) for x in roles.get(r["event"], [])])
            for r in rest_events.event_rows(store, EventFilters(actor=str(actor)))]


def get_actor(store: Store, actor_id: str) -> Answer:
    """Who the actor is, whom it belongs to, who belongs to it, what it said, did and claimed."""
    iri = actor_iri(actor_id)
    items = actor_items(actor_rows(store, actor=iri))
    if not items:
        raise NotFound(f"no actor {actor_id!r}")
    actor = items[0]
    # an actor's words and claims may come from any source: one query for all evidence spans
    evidence = evidence_by_subject(store)
    claim_rows = rest_claims.claim_rows(store, claims=rest_claims.ClaimFilters(claimant=str(iri)))
    blame_rows = rest_claims.claim_rows(store, claims=rest_claims.ClaimFilters(blamed=str(iri)))
    actor.update(
        members=actor_items(actor_rows(store, memberOf=iri)),
        memberships=membership_items(store, iri, evidence),
        statements=[rest_statements.statement_item(r, evidence)
                    for r in rest_statements.statement_rows(store, rest_statements.StatementFilters(actor=str(iri)))],
        events=events_by_role(store, iri),
        claims_made=rest_claims.claim_items(claim_rows, evidence),
        blamed_in=rest_claims.claim_items(blame_rows, evidence),
        mentions=evidence_by_subject(store, subject=iri, link=CKG.mention).get(iri, []),
    )
    resources = [iri] + [URIRef(m["iri"]) for m in actor["memberships"]]
    return Answer(body=actor, rows=[actor], resources=resources)
