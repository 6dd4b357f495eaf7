"""GET /events, GET /events/{source}/{event} and GET /claims."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.dependencies import StoreDep
from api.routers import rest_examples as examples
from api.routers.rest_params import (DEFAULT_LIMIT, ActorRef, EventFiltersDep, EventId, Limit, Notation, Offset,
                                     SourceId)
from api.routers.rest_responses import FormatParam, documented, render
from api.services import rest_claims, rest_events

router = APIRouter(tags=["REST: events and claims"])


@router.get("/events", summary="Events, filtered by time, place (and places inside it), actor, type and source",
            responses=documented(examples.EVENTS, "a page of events sorted by date, with total and next/prev links"))
def list_events(request: Request, store: StoreDep, filters: EventFiltersDep, limit: Limit = DEFAULT_LIMIT,
                offset: Offset = 0, fmt: FormatParam = None) -> Response:
    """An event matches when its [earliest, latest] days overlap [from, to]; `place` includes every place
    located inside it (asking for Aleppo province returns the events in Miznaz and in New Aleppo).
    Backed by queries/events.rq."""
    return render(request, store, fmt, lambda: rest_events.list_events(store, filters, limit, offset))


@router.get("/events/{source}/{event}",
            summary="One event: type, date, place and its parents, participants, claims side by side, evidence",
            responses=documented(examples.EVENT, "the event",
                                 not_found="no event 'e99' in source '2016-11-03_new-arab_aleppo-rebel-push'"))
def get_event(request: Request, store: StoreDep, source: SourceId, event: EventId,
              fmt: FormatParam = None) -> Response:
    """The event `https://w3id.org/conflictkg/id/source/{source}/event/{event}`. Backed by queries/events.rq,
    participants.rq, claims.rq, statements.rq, place_ancestors.rq and evidence.rq."""
    return render(request, store, fmt, lambda: rest_events.get_event(store, source, event))


@router.get("/claims", summary="Casualty claims side by side per event, with a UCDP-style low / best / high",
            responses=documented(examples.CLAIMS, "a page of events with their claims and summaries"))
def list_claims(request: Request, store: StoreDep, filters: EventFiltersDep, claimant: ActorRef = None,
                blamed: ActorRef = None, victims: Notation = None, outcome: Notation = None,
                limit: Limit = DEFAULT_LIMIT, offset: Offset = 0, fmt: FormatParam = None) -> Response:
    """Filters as /events (applied to the claim's event), plus the claimant, the actor blamed, the victim
    category ("civilians") and the outcome ("killed"). Summary per victim category and outcome: low = lowest
    claim, high = highest, best = lower median of the claims' best figures (queries/README.md).
    A CSV has one row per claim. Backed by queries/claims.rq."""
    claim_filters = rest_claims.ClaimFilters(claimant=claimant, blamed=blamed, victims=victims, outcome=outcome)
    return render(request, store, fmt,
                  lambda: rest_claims.list_claims(store, filters, claim_filters, limit, offset))
