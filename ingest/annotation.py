"""Load a curated annotation (and the registry) from YAML, keeping the line of every item, and check it.

Structure is checked by pydantic models; references, vocabulary notations (read from
ontology/vocabularies.ttl) and dates by `check_annotation` / `check_registry`. Every problem names the
file, the YAML line, the item and the field, so the curator can go straight to it.
"""
from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from ckg.ids import ACTOR_CLASSES, ENTITY_ID, ITEM_ID
from ingest.derive import DerivationError, count_bounds, parse_day, resolve_time
from ingest.errors import IngestError, Problem
from ingest.vocabulary import Vocabulary

PERSON = "person"
# Event types that may lie after the publication date (mirrors shapes' NotDatedAfterPublication).
FUTURE_EVENT_TYPES = frozenset({"planned-operation"})

# How a section of the file names one of its items in messages.
ITEM_NOUNS = {"actors": "actor", "places": "place", "people": "person", "groups": "group", "events": "event",
              "claims": "claim", "statements": "statement"}


# --- YAML with line numbers -----------------------------------------------------------------------

class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so that 2016-02-30 reaches our checks instead of crashing PyYAML."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Loc = tuple  # a path into the YAML document: ("events", 3, "date")


def _yaml_problem(path: Path, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    message = " ".join(str(part) for part in (getattr(exc, "context", None), getattr(exc, "problem", None)) if part)
    return Problem(f"not valid YAML: {message or exc}", file=str(path), line=mark.line + 1 if mark else None)


def _to_python(node: yaml.Node, loader: _Loader, loc: Loc, lines: dict[Loc, int], problems: list[Problem],
               path: Path) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if key in mapping:
                problems.append(Problem(f"duplicate key {key!r}", file=str(path), line=key_node.start_mark.line + 1))
            mapping[key] = _to_python(value_node, loader, loc + (key,), lines, problems, path)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, loader, loc + (i,), lines, problems, path) for i, item in enumerate(node.value)]
    return loader.construct_object(node)


def load_yaml(path: Path) -> tuple[Any, dict[Loc, int]]:
    """The document as plain Python data plus the 1-based line of every mapping value and list item."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(Problem(f"cannot read: {exc}", file=str(path))) from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Loc, int] = {}
        problems: list[Problem] = []
        data = _to_python(node, loader, (), lines, problems, path) if node is not None else {}
    except yaml.YAMLError as exc:
        raise IngestError(_yaml_problem(path, exc)) from exc
    finally:
        loader.dispose()
    if problems:
        raise IngestError(problems)
    return data, lines


# --- the models -------------------------------------------------------------------------------------

def _none_as_empty(value: Any) -> Any:
    return [] if value is None else value


def _year_as_text(value: Any) -> Any:
    """`date: 2016` reaches us as an int; dates are handled as text."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _quote_as_evidence(value: Any) -> Any:
    return {"quote": value} if isinstance(value, str) else value


def _one_as_list(value: Any) -> Any:
    """`blames: x` and `blames: [x, y]` both mean a list of ids; null means none."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


EntityId = Annotated[str, Field(pattern=ENTITY_ID)]
EntityIds = Annotated[list[EntityId], BeforeValidator(_one_as_list)]
ItemId = Annotated[str, Field(pattern=ITEM_ID)]
DateText = Annotated[str, BeforeValidator(_year_as_text)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(_Model):
    quote: str = Field(min_length=1)
    occurrence: int | None = Field(None, ge=1)


EvidenceField = Annotated[Evidence, BeforeValidator(_quote_as_evidence)]


class _Curated(_Model):
    confidence: float | None = Field(None, ge=0, le=1)
    note: str | None = None


def _items(model):
    return Annotated[list[model], BeforeValidator(_none_as_empty)]


class ActorEntry(_Curated):
    id: EntityId
    type: Literal[tuple(ACTOR_CLASSES)]  # type: ignore[valid-type]
    name: str = Field(min_length=1)
    alt_names: _items(str) = []
    part_of: EntityId | None = None


class PlaceEntry(_Curated):
    id: EntityId
    kind: str
    name: str = Field(min_length=1)
    alt_names: _items(str) = []
    parent: EntityId | None = None
    point: tuple[Annotated[float, Field(ge=-90, le=90)], Annotated[float, Field(ge=-180, le=180)]] | None = None
    geo_precision: int | None = None
    point_source: str | None = None

    @model_validator(mode="after")
    def _point_comes_with_precision(self):
        if (self.point is None) != (self.geo_precision is None):
            raise ValueError("point and geo_precision go together: give both or neither")
        if self.point_source is not None and self.point is None:
            raise ValueError("point_source without a point")
        return self


class Registry(_Model):
    actors: _items(ActorEntry) = []
    places: _items(PlaceEntry) = []


class SourceInfo(_Model):
    id: ItemId
    text: str
    outlet: EntityId
    published: DateText
    url: str | None = None


class PersonMention(_Curated):
    id: EntityId
    affiliation: EntityId | None = None
    role: str | None = None
    title: str | None = None
    evidence: EvidenceField


class EntityMention(_Curated):
    id: EntityId
    evidence: EvidenceField


class _Dated(_Curated):
    date: DateText | None = None
    precision: str | None = None
    earliest: DateText | None = None
    latest: DateText | None = None
    date_phrase: str | None = None


class ActorRole(_Model):
    actor: EntityId
    role: str


class Event(_Dated):
    id: ItemId
    type: str
    label: str = Field(min_length=1)
    place: EntityId | None = None
    actors: _items(ActorRole) = []
    part_of: ItemId | None = None
    evidence: EvidenceField


class Claim(_Curated):
    id: ItemId
    claimed_by: EntityId | None = None  # required, but checked with the curator's words, not pydantic's
    event: ItemId | None = None
    count: int | None = Field(None, ge=0)
    min: int | None = Field(None, ge=0)
    max: int | None = Field(None, ge=0)
    count_phrase: str | None = None
    proportion: float | None = Field(None, ge=0, le=1)
    qualifier: str | None = None
    victims: str | None = None
    victim_phrase: str | None = None
    outcome: str | None = None
    blames: EntityIds = []
    part_of: ItemId | None = None
    evidence: EvidenceField


class Statement(_Dated):
    id: ItemId
    speaker: EntityId | None = None  # required, checked like claimed_by
    on_behalf_of: EntityId | None = None
    to_outlet: EntityId | None = None
    audience: str | None = None
    about: ItemId | None = None
    direct: bool
    quote: EvidenceField


class Entities(_Model):
    actors: _items(ActorEntry) = []
    places: _items(PlaceEntry) = []


class Annotation(_Model):
    source: SourceInfo
    entities: Entities = Entities()
    people: _items(PersonMention) = []
    groups: _items(EntityMention) = []
    places: _items(EntityMention) = []
    events: _items(Event) = []
    claims: _items(Claim) = []
    statements: _items(Statement) = []


# --- a loaded file: model + lines -------------------------------------------------------------------

@dataclass
class Located:
    """A validated model with the file it came from and the line of every part of it."""

    path: Path
    model: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    data: Any = None

    def line(self, loc: Loc) -> int | None:
        """The line of `loc`, or of its nearest ancestor when the key is absent (a missing field)."""
        loc = tuple(loc)
        while loc not in self.lines and loc:
            loc = loc[:-1]
        return self.lines.get(loc)

    def item_name(self, loc: Loc) -> str | None:
        """"event e5" for any loc inside events[i] (found through the raw data, so it works before validation)."""
        loc = tuple(loc)
        if loc and loc[0] == "source":
            return "source"
        for k in range(len(loc) - 1):
            if isinstance(loc[k], str) and isinstance(loc[k + 1], int) and loc[k] in ITEM_NOUNS:
                node = self.data
                try:
                    for part in loc[:k + 2]:
                        node = node[part]
                except (KeyError, IndexError, TypeError):
                    return None
                item_id = node.get("id") if isinstance(node, dict) else None
                return f"{ITEM_NOUNS[loc[k]]} {item_id}" if item_id else f"{ITEM_NOUNS[loc[k]]} #{loc[k + 1] + 1}"
        return None

    def problem(self, loc: Loc, message: str, field_name: str | None = None) -> Problem:
        loc = tuple(loc)
        if field_name is None:
            # the last key that is not the name of a list of items ("actors" in events[0].actors[1])
            keys = [part for part in loc if isinstance(part, str) and part not in ITEM_NOUNS]
            field_name = keys[-1] if keys else None
        return Problem(message, file=str(self.path), line=self.line(loc), item=self.item_name(loc),
                       field=field_name)


def _pydantic_problems(located: Located, exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        message = error["msg"]
        if error["type"] == "missing":
            message = "this field is required"
        elif error["type"] == "extra_forbidden":
            message = "unknown field (misspelt?)"
        if len(loc) > 1 and isinstance(loc[-1], int) and isinstance(loc[-2], str) and loc[-2] not in ITEM_NOUNS:
            message = f"value {loc[-1] + 1} of {loc[-2]}: {message}"  # point[0] -> "value 1 of point"
        problems.append(located.problem(loc, message))
    return problems


def _load_model(path: Path, model: type[BaseModel], what: str) -> Located:
    data, lines = load_yaml(path)
    located = Located(path, None, lines, data)
    if not isinstance(data, dict):
        raise IngestError(Problem("expected a mapping at the top of the file", file=str(path), line=1))
    try:
        located.model = model.model_validate(data)
    except ValidationError as exc:
        raise IngestError(_pydantic_problems(located, exc),
                          headline=f"{path}: the file does not have the {what} format (data/README.md)") from None
    return located


def load_registry(path: Path, vocab: Vocabulary) -> Located:
    """registry.yaml, checked; raises IngestError listing every problem."""
    located = _load_model(Path(path), Registry, "registry")
    problems = check_entries(located, vocab, (), {}, {})
    if problems:
        raise IngestError(problems, headline=f"{path}: the registry has problems")
    return located


def load_annotation(path: Path) -> Located:
    """An annotation file, structurally valid (references are checked by `check_annotation`)."""
    return _load_model(Path(path), Annotation, "annotation")


# --- reference checks --------------------------------------------------------------------------------

def _duplicates(located: Located, section: Loc, items) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            yield located.problem(section + (i, "id"), f"id {item.id!r} is used twice in {section[-1]}")
        seen.add(item.id)


def _unknown(kind: str, value: str, known, where: str = "") -> str:
    """"unknown actor 'fastaqm' (did you mean 'fastaqem'?)"."""
    message = f"unknown {kind} {value!r}{where}"
    close = difflib.get_close_matches(value, list(known), n=2, cutoff=0.6)
    return message + (f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else "")


def _bad_notation(vocab: Vocabulary, scheme: str, value: str) -> str | None:
    if vocab.has(scheme, value):
        return None
    return f"{value!r} is not in the {scheme} vocabulary (one of: {', '.join(vocab.notations(scheme))})"


def check_entries(located: Located, vocab: Vocabulary, prefix: Loc, known_actors: dict[str, ActorEntry],
                  known_places: dict[str, PlaceEntry]) -> list[Problem]:
    """Check actor and place entries at `prefix` (the registry, or an annotation's `entities`).

    `known_*` are entries already defined elsewhere (the registry, when checking an annotation).
    """
    section = located.model if not prefix else located.model.entities
    problems = list(_duplicates(located, prefix + ("actors",), section.actors))
    problems += _duplicates(located, prefix + ("places",), section.places)
    actors = {**known_actors, **{a.id: a for a in section.actors}}
    places = {**known_places, **{p.id: p for p in section.places}}
    for i, actor in enumerate(section.actors):
        loc = prefix + ("actors", i)
        if actor.id in known_actors:
            problems.append(located.problem(loc + ("id",), f"actor {actor.id!r} is already in the registry"))
        if actor.part_of is not None and (actor.part_of not in actors or actor.part_of == actor.id):
            problems.append(located.problem(loc + ("part_of",), _unknown("actor", actor.part_of, actors)
                                            if actor.part_of != actor.id else "an actor cannot be part of itself"))
    for i, place in enumerate(section.places):
        loc = prefix + ("places", i)
        if place.id in known_places:
            problems.append(located.problem(loc + ("id",), f"place {place.id!r} is already in the registry"))
        if message := _bad_notation(vocab, "place-kind", place.kind):
            problems.append(located.problem(loc + ("kind",), message))
        if place.geo_precision is not None and (message := _bad_notation(vocab, "geo-precision",
                                                                         str(place.geo_precision))):
            problems.append(located.problem(loc + ("geo_precision",), message))
        if place.parent is not None and place.parent not in places:
            problems.append(located.problem(loc + ("parent",), _unknown("place", place.parent, places)))
        elif _parent_cycle(place.id, places):
            problems.append(located.problem(loc + ("parent",), f"place {place.id!r} lies inside itself"))
    return problems


def _parent_cycle(start: str, places: dict[str, PlaceEntry]) -> bool:
    seen, current = set(), start
    while current is not None and current in places:
        if current in seen:
            return current == start
        seen.add(current)
        current = places[current].parent
    return False


@dataclass
class _Context:
    """What the references of an annotation may point to."""

    located: Located
    vocab: Vocabulary
    actors: dict[str, ActorEntry]
    places: dict[str, PlaceEntry]
    problems: list[Problem] = field(default_factory=list)

    def add(self, loc: Loc, message: str | None) -> None:
        if message:
            self.problems.append(self.located.problem(loc, message))

    def actor(self, loc: Loc, actor_id: str | None, *, person: bool | None = None) -> None:
        if actor_id is None:
            return
        if actor_id not in self.actors:
            self.add(loc, _unknown("actor", actor_id, self.actors, ": not in the registry nor in entities"))
        elif person is not None and (self.actors[actor_id].type == PERSON) != person:
            self.add(loc, f"{actor_id!r} is {'not ' if person else ''}a person")

    def place(self, loc: Loc, place_id: str | None) -> None:
        if place_id is not None and place_id not in self.places:
            self.add(loc, _unknown("place", place_id, self.places, ": not in the registry nor in entities"))

    def notation(self, loc: Loc, scheme: str, value: str | None) -> None:
        if value is not None:
            self.add(loc, _bad_notation(self.vocab, scheme, value))

    def time(self, loc: Loc, item, published: dt.date | None) -> None:
        if item.precision is not None:
            self.notation(loc + ("precision",), "date-precision", item.precision)
        try:
            resolve_time(item.date, item.precision, item.earliest, item.latest, item.date_phrase, published)
        except DerivationError as exc:
            self.add(loc + (exc.field,), str(exc))


def check_annotation(located: Located, registry: Located, vocab: Vocabulary) -> list[Problem]:
    """Every reference, notation and date of the annotation; an empty list when all is well."""
    ann: Annotation = located.model
    reg: Registry = registry.model
    registry_actors = {a.id: a for a in reg.actors}
    registry_places = {p.id: p for p in reg.places}
    problems = check_entries(located, vocab, ("entities",), registry_actors, registry_places)
    ctx = _Context(located, vocab, {**registry_actors, **{a.id: a for a in ann.entities.actors}},
                   {**registry_places, **{p.id: p for p in ann.entities.places}}, problems)

    published = None
    try:
        published = parse_day(ann.source.published, "published")
    except DerivationError as exc:
        ctx.add(("source", "published"), str(exc))
    text_path = located.path.parent / ann.source.text
    if not text_path.is_file():
        ctx.add(("source", "text"), f"no such file: {text_path}")
    ctx.actor(("source", "outlet"), ann.source.outlet, person=False)

    _check_mentions(ctx, ann)
    _check_events(ctx, ann, published)
    _check_claims(ctx, ann)
    _check_statements(ctx, ann, published)
    return ctx.problems


def _check_mentions(ctx: _Context, ann: Annotation) -> None:
    for section, items in (("people", ann.people), ("groups", ann.groups), ("places", ann.places)):
        ctx.problems.extend(_duplicates(ctx.located, (section,), items))
    for i, person in enumerate(ann.people):
        ctx.actor(("people", i, "id"), person.id, person=True)
        ctx.actor(("people", i, "affiliation"), person.affiliation, person=False)
        ctx.notation(("people", i, "role"), "org-role", person.role)
        if person.affiliation is None and (person.role or person.title):
            ctx.add(("people", i, "affiliation"), "a role or title needs the organisation it is held in")
        if person.affiliation is not None and person.role is None:
            ctx.add(("people", i, "role"), "an affiliation needs the role held (an org-role notation)")
    for i, group in enumerate(ann.groups):
        ctx.actor(("groups", i, "id"), group.id, person=False)
    for i, place in enumerate(ann.places):
        ctx.place(("places", i, "id"), place.id)


def _check_part_of(ctx: _Context, section: str, items) -> None:
    """part_of points to another item of the same section, without cycles."""
    parents = {item.id: item.part_of for item in items}
    for i, item in enumerate(items):
        if item.part_of is None:
            continue
        if item.part_of not in parents:
            ctx.add((section, i, "part_of"), _unknown(ITEM_NOUNS[section], item.part_of, parents))
            continue
        seen, current = {item.id}, item.part_of
        while current is not None and current not in seen:
            seen.add(current)
            current = parents.get(current)
        if current == item.id:
            ctx.add((section, i, "part_of"), f"{ITEM_NOUNS[section]} {item.id} ends up part of itself")


def _check_events(ctx: _Context, ann: Annotation, published: dt.date | None) -> None:
    ctx.problems.extend(_duplicates(ctx.located, ("events",), ann.events))
    for i, event in enumerate(ann.events):
        loc = ("events", i)
        ctx.notation(loc + ("type",), "event-type", event.type)
        ctx.place(loc + ("place",), event.place)
        for k, role in enumerate(event.actors):
            ctx.actor(loc + ("actors", k, "actor"), role.actor)
            ctx.notation(loc + ("actors", k, "role"), "role-type", role.role)
        ctx.time(loc, event, None if event.type in FUTURE_EVENT_TYPES else published)
    _check_part_of(ctx, "events", ann.events)


def _check_claims(ctx: _Context, ann: Annotation) -> None:
    ctx.problems.extend(_duplicates(ctx.located, ("claims",), ann.claims))
    events = {e.id for e in ann.events}
    claims = {c.id: c for c in ann.claims}
    for i, claim in enumerate(ann.claims):
        loc = ("claims", i)
        if claim.claimed_by is None:
            ctx.add(loc + ("claimed_by",), "a claim needs claimed_by: the actor that makes it (the monitor, "
                                           "the state media ...), not the outlet that reports it")
        ctx.actor(loc + ("claimed_by",), claim.claimed_by)
        for blamed in claim.blames:
            ctx.actor(loc + ("blames",), blamed)
        if claim.event is not None and claim.event not in events:
            ctx.add(loc + ("event",), _unknown("event", claim.event, events))
        for name, scheme in (("qualifier", "count-qualifier"), ("victims", "victim-category"),
                             ("outcome", "outcome")):
            ctx.notation(loc + (name,), scheme, getattr(claim, name))
        if all(v is None for v in (claim.count, claim.min, claim.max, claim.count_phrase, claim.proportion)):
            ctx.add(loc + ("count",), "a claim needs count, min/max, count_phrase or proportion")
        if claim.qualifier is None and any(v is not None for v in (claim.count, claim.min, claim.max)):
            ctx.add(loc + ("qualifier",), "a number needs its qualifier (exact, at_least, up_to ...)")
        try:
            count_bounds(claim.qualifier, claim.count, claim.min, claim.max)
        except DerivationError as exc:
            ctx.add(loc + (exc.field,), str(exc))
        total = claims.get(claim.part_of) if claim.part_of else None
        if total is not None and claim.count is not None and total.count is not None and claim.count > total.count:
            ctx.add(loc + ("count",), f"sub-count {claim.count} exceeds the total {total.count} of claim {total.id}")
    _check_part_of(ctx, "claims", ann.claims)


def _check_statements(ctx: _Context, ann: Annotation, published: dt.date | None) -> None:
    ctx.problems.extend(_duplicates(ctx.located, ("statements",), ann.statements))
    events = {e.id for e in ann.events}
    for i, statement in enumerate(ann.statements):
        loc = ("statements", i)
        if statement.speaker is None:
            ctx.add(loc + ("speaker",), "a statement needs its speaker")
        ctx.actor(loc + ("speaker",), statement.speaker)
        ctx.actor(loc + ("on_behalf_of",), statement.on_behalf_of, person=False)
        ctx.actor(loc + ("to_outlet",), statement.to_outlet, person=False)
        if statement.about is not None and statement.about not in events:
            ctx.add(loc + ("about",), _unknown("event", statement.about, events))
        ctx.time(loc, statement, published)
