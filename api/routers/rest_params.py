"""The REST endpoints' parameters: one validated definition each, so that a bad value is a 422 naming it.

Ids follow the curator's rules (data/README.md): actors and places `^[a-z0-9]+(-[a-z0-9]+)*$`, sources
and the items of a source `^[a-z0-9][a-z0-9_-]*$`. A filter naming an actor, place or source takes the
id or the full IRI. Every value reaches the store as a typed RDF term through the query's bindings.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query

from api.services.rest_common import ENTITY_ID_PATTERN, ITEM_ID_PATTERN, KIND_OF_CLASS, EventFilters
from ckg.namespaces import ID

MAX_ID_LENGTH = 200
MAX_TEXT_LENGTH = 200
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
NOTATION_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"


def _bare(pattern: str) -> str:
    return pattern.removeprefix("^").removesuffix("$")


def id_or_iri(kind: str, id_pattern: str) -> str:
    """A pattern for an id ("aleppo") or the IRI minted from it (https://w3id.org/conflictkg/id/place/aleppo)."""
    return rf"^(?:{re.escape(str(ID))}{kind}/)?(?:{_bare(id_pattern)})$"


PLACE_REF = id_or_iri("place", ENTITY_ID_PATTERN)
ACTOR_REF = id_or_iri("actor", ENTITY_ID_PATTERN)
SOURCE_REF = id_or_iri("source", ITEM_ID_PATTERN)

# --- query parameters ------------------------------------------------------------------------------

FromDate = Annotated[dt.date | None, Query(
    alias="from", description="keep what overlaps the window starting this day (YYYY-MM-DD)",
    examples=["2016-11-01"])]
ToDate = Annotated[dt.date | None, Query(
    alias="to", description="keep what overlaps the window ending this day (YYYY-MM-DD)", examples=["2016-11-03"])]
PlaceRef = Annotated[str | None, Query(
    pattern=PLACE_REF, max_length=MAX_ID_LENGTH,
    description="a place id or IRI; events at places inside it count too", examples=["aleppo-province"])]
ActorRef = Annotated[str | None, Query(
    pattern=ACTOR_REF, max_length=MAX_ID_LENGTH, description="an actor id or IRI taking part in any role",
    examples=["syrian-rebels"])]
EventType = Annotated[str | None, Query(
    pattern=NOTATION_PATTERN, max_length=64, description="an event-type notation (narrower types match too)",
    examples=["armed-clash"])]
SourceRef = Annotated[str | None, Query(
    pattern=SOURCE_REF, max_length=MAX_ID_LENGTH, description="a source document id or IRI",
    examples=["2016-11-03_new-arab_aleppo-rebel-push"])]
SearchText = Annotated[str | None, Query(
    min_length=1, max_length=MAX_TEXT_LENGTH,
    description="case-insensitive substring of a name or alternative name", examples=["halab"])]
Notation = Annotated[str | None, Query(pattern=NOTATION_PATTERN, max_length=64)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
ActorKind = Annotated[str | None, Query(
    pattern="^(" + "|".join(sorted(KIND_OF_CLASS.values())) + ")$",
    description="an actor kind as the registry writes it: " + ", ".join(sorted(KIND_OF_CLASS.values())),
    examples=["monitor"])]

# --- path parameters -------------------------------------------------------------------------------

SourceId = Annotated[str, Path(pattern=ITEM_ID_PATTERN, max_length=MAX_ID_LENGTH, description="the source document's id",
                               examples=["2016-11-03_new-arab_aleppo-rebel-push"])]
EventId = Annotated[str, Path(pattern=ITEM_ID_PATTERN, max_length=MAX_ID_LENGTH,
                              description="the event's id within its source", examples=["miznaz-airstrike"])]
ActorId = Annotated[str, Path(pattern=ENTITY_ID_PATTERN, max_length=MAX_ID_LENGTH, examples=["fastaqem"])]
PlaceId = Annotated[str, Path(pattern=ENTITY_ID_PATTERN, max_length=MAX_ID_LENGTH, examples=["new-aleppo"])]


def check_window(from_date: dt.date | None, to_date: dt.date | None) -> None:
    if from_date is not None and to_date is not None and from_date > to_date:
        raise HTTPException(422, detail=[{"loc": ["query", "to"], "type": "value_error",
                                          "msg": f"'to' ({to_date}) is before 'from' ({from_date})"}])


def event_filters(from_date: FromDate = None, to_date: ToDate = None, place: PlaceRef = None,
                  actor: ActorRef = None, type: EventType = None, source: SourceRef = None) -> EventFilters:
    """The filters /events, /claims and the exports share."""
    check_window(from_date, to_date)
    return EventFilters(from_date=from_date, to_date=to_date, place=place, actor=actor, type=type, source=source)


EventFiltersDep = Annotated[EventFilters, Depends(event_filters)]
