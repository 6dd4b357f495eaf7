"""Read an annotation for scoring, in either format, into one plain model.

Two formats are read:
- the curated format of data/README.md (ids resolved to names through data/registry.yaml and the file's
  own `entities`), used by drafts and by curated annotations serving as gold;
- the gold format of the development articles (tests/data/dev/*.gold.yaml): `publication_date`;
  `people` (name, affiliation, title); `groups` (name, kind, alt_names); `places` (name, kind, parent,
  alt_names); `events` (id, type, date, date_precision, date_range, date_phrase, place, actors, evidence);
  `casualty_claims` (id, claimed_by, count or min/max or count_phrase, qualifier, victims, outcome,
  attributed_to, event, part_of, evidence); `quotes` (speaker, outlet, text). Any item may say
  `optional: true` (neither missed nor extra when scoring).

Gold files are written by hand and carry more than the scorer compares; the loader reads them leniently:
- keys it does not use (`note`, `subtype`, `date_phrase`, `actors`, `attributed_to`, `speaker_unlisted`,
  `traps` ...) are ignored;
- an outcome or a place kind written as one of the vocabulary's labels ("wounded", "dead", "governorate")
  becomes its notation; one the vocabulary lacks (a place kind "river") is kept as written, since the
  scorer compares places by name only and an unknown outcome can only fail to match;
- `optional: true` counts on any item, events included;
- a victim group in free words ("an elderly monk", "patients with weapon wounds") is kept as written and
  mapped to a victim category when scoring (`score.victim_category`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ckg.paths import REGISTRY_FILE
from ingest.errors import IngestError, Problem
from ingest.extract.gazetteer import KnownEntity, Registry, load_registry


@dataclass
class Named:
    names: list[str]  # the first is the name, the rest alternatives
    optional: bool = False
    parent: str | None = None
    kind: str | None = None  # a place's kind: a place-kind notation, or the gold's own word ("river")
    item: dict | None = field(default=None, repr=False, compare=False)  # a draft's item as written (curated format)
    body: list[str] = field(default_factory=list)  # a person's: names of the body he speaks for (affiliation)

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass
class GoldEvent:
    id: str
    type: str | None
    date: str | None
    precision: str | None
    earliest: str | None
    latest: str | None
    place: list[str]  # names of the place
    evidence: str | None
    optional: bool = False
    item: dict | None = field(default=None, repr=False, compare=False)


@dataclass
class GoldClaim:
    id: str
    claimant: list[str]  # names of the claimant
    count: int | None
    minimum: int | None
    maximum: int | None
    count_phrase: str | None
    qualifier: str | None
    victims: str | None  # notation or free text
    outcome: str | None
    event: str | None
    part_of: str | None
    evidence: str | None
    optional: bool = False
    item: dict | None = field(default=None, repr=False, compare=False)


@dataclass
class GoldQuote:
    text: str
    speaker: list[str]
    outlet: list[str]
    optional: bool = False
    item: dict | None = field(default=None, repr=False, compare=False)


@dataclass
class Scored:
    """An annotation reduced to what the scorer compares."""

    path: Path
    text_path: Path | None
    published: str | None
    people: list[Named] = field(default_factory=list)
    groups: list[Named] = field(default_factory=list)
    places: list[Named] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)


def load_scored(path: Path, registry: Registry | None = None) -> Scored:
    """Either format, told apart by its keys (`source` is the curated format)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(Problem(f"cannot read: {exc}", file=str(path))) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise IngestError(Problem(f"not valid YAML: {exc}", file=str(path), line=mark.line + 1 if mark else None)) from exc
    if not isinstance(data, dict):
        raise IngestError(Problem("expected a mapping at the top of the file", file=str(path), line=1))
    try:
        if "source" in data:
            return _from_curated(path, data, registry if registry is not None else load_registry(REGISTRY_FILE))
        if "publication_date" in data or "casualty_claims" in data:
            return _from_gold(path, data)
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        raise IngestError(Problem(f"an item lacks a field the scorer needs or has the wrong shape ({exc!r})",
                                  file=str(path))) from exc
    raise IngestError(Problem("neither a curated annotation (no 'source:') nor a gold file (no 'publication_date:')",
                              file=str(path)))


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get("quote")
    return str(value)


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)


# --- the gold format ---------------------------------------------------------------------------------------

def _notation(value, scheme: str) -> str | None:
    """A vocabulary label or notation as its notation ("wounded" -> "injured"); any other word as written."""
    if value is None:
        return None
    from ingest.vocabulary import load_vocabulary

    text = str(value).strip()
    return load_vocabulary().label_index(scheme).get(text.lower(), text)


def _optional(item: dict) -> bool:
    return item.get("optional") is True or str(item.get("optional")).lower() == "true"


def _from_gold(path: Path, data: dict) -> Scored:
    article = data.get("article")
    scored = Scored(path, path.parent / article if article else None, _iso(data.get("publication_date")))

    def names_of(name: str | None, *tables) -> list[str]:
        if name is None:
            return []
        for table in tables:
            if name in table:
                return table[name].names
        return [name]

    groups = {}
    for item in data.get("groups") or []:
        named = Named([item["name"], *(item.get("alt_names") or [])], _optional(item))
        scored.groups.append(named)
        groups[item["name"]] = named
    people = {}
    for item in data.get("people") or []:
        named = Named([item["name"], *(item.get("alt_names") or [])], _optional(item),
                      body=names_of(item.get("affiliation"), groups) if item.get("affiliation") else [])
        scored.people.append(named)
        people[item["name"]] = named
    places = {}
    for item in data.get("places") or []:
        named = Named([item["name"], *(item.get("alt_names") or [])], _optional(item), item.get("parent"),
                      _notation(item.get("kind"), "place-kind"))
        scored.places.append(named)
        places[item["name"]] = named

    for item in data.get("events") or []:
        date_range = item.get("date_range") or [None, None]
        scored.events.append(GoldEvent(
            str(item["id"]), item.get("type"), _iso(item.get("date")), item.get("date_precision"),
            _iso(date_range[0]), _iso(date_range[1]), names_of(item.get("place"), places), _text(item.get("evidence")),
            _optional(item)))
    for item in data.get("casualty_claims") or []:
        scored.claims.append(GoldClaim(
            str(item["id"]), names_of(item.get("claimed_by"), groups, people), item.get("count"), item.get("min"),
            item.get("max"), item.get("count_phrase"), item.get("qualifier"), item.get("victims"),
            _notation(item.get("outcome"), "outcome"), item.get("event"), item.get("part_of"), _text(item.get("evidence")),
            _optional(item)))
    for item in data.get("quotes") or []:
        scored.quotes.append(GoldQuote(str(item["text"]), names_of(item.get("speaker"), people, groups),
                                       names_of(item.get("outlet"), groups), _optional(item)))
    return scored


# --- the curated format ------------------------------------------------------------------------------------

def _from_curated(path: Path, data: dict, registry: Registry) -> Scored:
    source = data.get("source") or {}
    text = source.get("text")
    scored = Scored(path, path.parent / text if text else None, _iso(source.get("published")))
    entities = data.get("entities") or {}
    actors = dict(registry.actors)
    places = dict(registry.places)
    for item in entities.get("actors") or []:
        actors[item["id"]] = KnownEntity(item["id"], "actor", item["name"], list(item.get("alt_names") or []),
                                         type=item.get("type"))
    for item in entities.get("places") or []:
        places[item["id"]] = KnownEntity(item["id"], "place", item["name"], list(item.get("alt_names") or []),
                                         kind=item.get("kind"), parent=item.get("parent"))

    def actor_names(actor_id: str | None) -> list[str]:
        if actor_id is None:
            return []
        return actors[actor_id].names if actor_id in actors else [actor_id]

    def place_names(place_id: str | None) -> list[str]:
        if place_id is None:
            return []
        return places[place_id].names if place_id in places else [place_id]

    for item in data.get("people") or []:
        scored.people.append(Named(actor_names(item["id"]), item=item, body=actor_names(item.get("affiliation"))))
    for item in data.get("groups") or []:
        scored.groups.append(Named(actor_names(item["id"]), item=item))
    for item in data.get("places") or []:
        place = places.get(item["id"])
        scored.places.append(Named(place_names(item["id"]), parent=place.parent if place else None,
                                   kind=place.kind if place else None, item=item))
    for item in data.get("events") or []:
        scored.events.append(GoldEvent(
            str(item["id"]), item.get("type"), _iso(item.get("date")), item.get("precision"), _iso(item.get("earliest")),
            _iso(item.get("latest")), place_names(item.get("place")), _text(item.get("evidence")), item=item))
    for item in data.get("claims") or []:
        scored.claims.append(GoldClaim(
            str(item["id"]), actor_names(item.get("claimed_by")), item.get("count"), item.get("min"), item.get("max"),
            item.get("count_phrase"), item.get("qualifier"), item.get("victims"), item.get("outcome"), item.get("event"),
            item.get("part_of"), _text(item.get("evidence")), item=item))
    for item in data.get("statements") or []:
        if item.get("direct") is False:
            continue  # a paraphrase is not a quote
        scored.quotes.append(GoldQuote(_text(item.get("quote")) or "", actor_names(item.get("speaker")),
                                       actor_names(item.get("to_outlet")), item=item))
    return scored
