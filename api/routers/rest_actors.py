"""GET /actors and GET /actors/{id}."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.dependencies import StoreDep
from api.routers import rest_examples as examples
from api.routers.rest_params import DEFAULT_LIMIT, ActorId, ActorKind, Limit, Offset, SearchText
from api.routers.rest_responses import FormatParam, documented, render
from api.services import rest_actors

router = APIRouter(tags=["REST: actors, places, statements and sources"])


@router.get("/actors", summary="People and organisations, found by name or alternative name, or by kind",
            responses=documented(examples.ACTORS, "a page of actors sorted by name"))
def list_actors(request: Request, store: StoreDep, q: SearchText = None, kind: ActorKind = None,
                limit: Limit = DEFAULT_LIMIT, offset: Offset = 0, fmt: FormatParam = None) -> Response:
    """`q` matches a case-insensitive substring of the name or of any alternative name. Backed by
    queries/actors.rq."""
    return render(request, store, fmt, lambda: rest_actors.list_actors(store, q, kind, limit, offset))


@router.get("/actors/{actor}",
            summary="One actor: affiliations, members, memberships, statements, events by role, claims",
            responses=documented(examples.ACTOR, "the actor", not_found="no actor 'nobody'"))
def get_actor(request: Request, store: StoreDep, actor: ActorId, fmt: FormatParam = None) -> Response:
    """The actor `https://w3id.org/conflictkg/id/actor/{actor}`. Backed by queries/actors.rq, memberships.rq,
    statements.rq, events.rq, participants.rq, claims.rq and evidence.rq."""
    return render(request, store, fmt, lambda: rest_actors.get_actor(store, actor))
