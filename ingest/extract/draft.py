"""Run every rule over one article and write the result as a curated annotation (data/README.md format).

The draft must be valid as it stands, so `ckg ingest` accepts it before anyone reviews it: every id it
references is defined (the registry or the draft's `entities`), every notation is the vocabulary's, every
quote is a unique span of the raw text (or carries its occurrence), no date lies after publication.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError, Problem
from ingest.evidence import EvidenceError, TextIndex
from ingest.extract.claims import Claim, ClaimFinder
from ingest.extract.entities import (GROUP, PERSON, PLACE, Entities, Entity, hospitals_as_places, recognise,
                                     slug)
from ingest.extract.events import Event, EventFinder
from ingest.extract.gazetteer import Registry, load_registry, name_key
from ingest.extract.lexicon import check_lexicon
from ingest.extract.spans import quoted_spans
from ingest.extract.statements import Statement, StatementFinder
from ingest.extract.text import build_article
from ingest.vocabulary import Vocabulary, load_vocabulary
from ingest.layout import parse_layout, read_raw_text

# Actor types for new groups, by what the rules guessed.
DEFAULT_ACTOR_TYPE = "informal"


@dataclass
class Extraction:
    """Everything the rules found in one article, before it is written out."""

    source_id: str
    raw: str
    published: dt.date
    entities: Entities
    events: list[Event]
    claims: list[Claim]
    statements: list[Statement]
    outlet: Entity | str


def extract(text_path: Path, published: dt.date | None = None, registry: Registry | None = None,
            vocab: Vocabulary | None = None, outlet: str | None = None) -> Extraction:
    """Read a raw article and find its entities, events, claims and statements."""
    vocab = vocab or load_vocabulary()
    check_lexicon(vocab)
    registry = registry if registry is not None else load_registry()
    raw = read_raw_text(text_path)
    layout = parse_layout(raw, date_given=published is not None)
    if published is None:
        published = layout.published
    elif layout.published is not None and layout.published != published:
        raise IngestError(Problem(f"--date {published} contradicts the date the article prints ({layout.published})",
                                  file=str(text_path)))
    if published is None:
        raise IngestError(Problem("no publication date found in the article; give one with --date YYYY-MM-DD",
                                  file=str(text_path)))
    article = build_article(raw, layout)
    entities = recognise(article, registry)
    quotes = quoted_spans(article)
    event_finder = EventFinder(article, entities, vocab, published, quotes)
    events = event_finder.find()
    statements = StatementFinder(article, entities, event_finder, quotes).find()
    claims = ClaimFinder(article, entities, event_finder, vocab, quotes, {s.quote: s.speaker for s in statements}).find()
    hospitals_as_places(entities)
    publisher = _publisher(text_path, entities, registry, outlet)
    return Extraction(Path(text_path).stem, raw, published, entities, events, claims, statements, publisher)


def _publisher(text_path: Path, entities: Entities, registry: Registry, outlet: str | None) -> Entity | str:
    """The publishing outlet: --outlet, the header's "Outlet:" line, or the outlet part of a file named
    DATE_OUTLET_SLUG (data/sources naming) matched against the registry."""
    if outlet:
        known = registry.actors.get(outlet) or registry.lookup("actor", outlet)
        if known is None:
            raise IngestError(Problem(f"--outlet {outlet!r} is neither an actor id nor a name in the registry"))
        return entities.add(GROUP, known.name)
    if entities.publisher() is not None:
        return entities.publisher()
    parts = Path(text_path).stem.split("_")
    if len(parts) >= 3:
        wanted = parts[1]
        for actor in registry.actors.values():
            if actor.type != "person" and (actor.id == wanted or actor.id.endswith("-" + wanted)
                                           or slug(actor.name).endswith(wanted)):
                return entities.add(GROUP, actor.name)
    raise IngestError(Problem("cannot tell the publishing outlet: give --outlet ACTOR_ID", file=str(text_path)))


# --- writing the annotation -------------------------------------------------------------------------------

class DraftWriter:
    def __init__(self, extraction: Extraction, text_path: Path, draft_path: Path, vocab: Vocabulary):
        self.x = extraction
        self.text_path = Path(text_path)
        self.draft_path = Path(draft_path)
        self.vocab = vocab
        self.index = TextIndex(extraction.raw, str(text_path))
        self.used_actors: set[str] = set()
        self.used_places: set[str] = set()

    def annotation(self) -> dict:
        x = self.x
        publisher = x.outlet
        people = [self._person(e) for e in _ordered(x.entities.all(PERSON)) if e.mentions]
        groups = [self._mention(e) for e in _ordered(x.entities.all(GROUP)) if e.mentions]
        header_only = self._header_outlet(publisher)
        if header_only is not None:
            groups.insert(0, header_only)
        places = [self._mention(e) for e in _ordered(x.entities.all(PLACE)) if e.mentions]
        events = self._events()
        claims = [self._claim(c) for c in x.claims]
        statements = [self._statement(s) for s in x.statements]
        self.used_actors.add(publisher.id)
        source = {
            "id": x.source_id,
            "text": os.path.relpath(self.text_path.resolve(), self.draft_path.resolve().parent),
            "outlet": publisher.id,
            "published": x.published.isoformat(),
            "url": None,
        }
        return {
            "source": source,
            "entities": self._entities(),
            "people": people, "groups": groups, "places": places,
            "events": events, "claims": claims, "statements": statements,
        }

    # --- evidence --------------------------------------------------------------------------------------

    def evidence(self, start: int, end: int) -> str | dict:
        """The raw text of [start, end), with its occurrence number when the same words occur elsewhere."""
        quote = self.x.raw[start:end].strip()
        start += len(self.x.raw[start:end]) - len(self.x.raw[start:end].lstrip())
        try:
            self.index.locate(quote)
            return quote
        except EvidenceError:
            pass
        occurrence = 1
        while True:
            try:
                found = self.index.locate(quote, occurrence)
            except EvidenceError:
                return quote
            if found.start == start:
                return {"quote": quote, "occurrence": occurrence}
            occurrence += 1

    # --- sections ------------------------------------------------------------------------------------

    def _person(self, person: Entity) -> dict:
        self.used_actors.add(person.id)
        start, end = person.evidence
        title_span = person.title_span
        if title_span and abs(title_span[0] - end) < 150 and abs(title_span[1] - start) < 150:
            start, end = min(start, title_span[0]), max(end, title_span[1])
        item = {"id": person.id}
        if person.affiliation:
            self.used_actors.add(person.affiliation)
            item["affiliation"] = person.affiliation
            item["role"] = person.role or _role_from_title(person.title, self.vocab)
            if person.title:
                item["title"] = person.title
        item["evidence"] = self.evidence(start, end)
        item["confidence"] = round(person.confidence, 2)
        return item

    def _mention(self, entity: Entity, span: tuple[int, int] | None = None) -> dict:
        (self.used_places if entity.category == PLACE else self.used_actors).add(entity.id)
        start, end = span or entity.evidence or min(entity.mentions)
        return {"id": entity.id, "evidence": self.evidence(start, end), "confidence": round(entity.confidence, 2)}

    def _header_outlet(self, publisher: Entity | str) -> dict | None:
        """The publishing outlet as a group of the source even when the body never names it: a curator lists the
        outlet a header's "Outlet:" line names, with that line as its evidence."""
        if not isinstance(publisher, Entity) or publisher.category != GROUP or publisher.mentions:
            return None
        for name in sorted(publisher.names, key=len, reverse=True):
            at = self.x.raw.find(name)
            if at >= 0:
                return self._mention(publisher, (at, at + len(name)))
        return None

    def _events(self) -> list[dict]:
        items = []
        for event in self.x.events:
            item = {"id": event.id, "type": event.type, "label": _label(event, self.vocab)}
            item.update(self._date_fields(event.date, event.date_inherited))
            if "precision" not in item:
                item.update(self._fallback_time(item.pop("note", None)))
            if event.place is not None:
                item["place"] = event.place.id
                self.used_places.add(event.place.id)
            actors = []
            for actor, role in event.actors:
                if actor.category in (GROUP, PERSON) and actor.id not in [a["actor"] for a in actors]:
                    actors.append({"actor": actor.id, "role": role})
                    self.used_actors.add(actor.id)
            if actors:
                item["actors"] = actors
            item["evidence"] = self.evidence(*event.evidence)
            item["confidence"] = round(event.confidence, 2)
            if event.note:
                item["note"] = event.note
            items.append(item)
        return items

    def _date_fields(self, value, inherited: bool) -> dict:
        """date/precision/earliest/latest/date_phrase for a resolved date, or only a note when the date lies
        after publication (the ingest accepts no such date)."""
        if value is None:
            return {}
        published = self.x.published
        fields: dict = {}
        if value.precision == "bound":
            earliest, latest = value.earliest, value.latest
            if latest > published:
                return {"note": f"'{value.phrase}' reaches past publication ({earliest} .. {latest})"}
            fields = {"precision": "bound", "earliest": earliest.isoformat(), "latest": latest.isoformat()}
        else:
            first = value.value + ("-01" * (3 - len(value.value.split("-"))))
            if dt.date.fromisoformat(first) > published:
                return {"note": f"'{value.phrase}' resolves to {value.value}, after publication"}
            fields = {"date": value.value, "precision": value.precision}
        fields["date_phrase"] = None if inherited else value.phrase
        return fields

    def _claim(self, claim: Claim) -> dict:
        claimant = claim.claimant or self.x.outlet
        self.used_actors.add(claimant.id)
        item: dict = {"id": claim.id, "claimed_by": claimant.id}
        event = claim.event or (self.x.events[-1] if self.x.events else None)
        item["event"] = event.id if event is not None else None
        count = claim.count
        if count.qualifier == "range":
            item["min"], item["max"] = count.minimum, count.maximum
        elif count.qualifier == "vague":
            item["count_phrase"] = count.phrase
        else:
            item["count"] = count.count
        item["qualifier"] = count.qualifier
        item["victims"] = claim.victims
        if claim.victim_phrase:
            item["victim_phrase"] = self.x.raw[claim.count.start:claim.victim_end].strip()
        item["outcome"] = claim.outcome
        if claim.blames is not None:
            item["blames"] = claim.blames.id
            self.used_actors.add(claim.blames.id)
        if claim.part_of is not None:
            item["part_of"] = claim.part_of.id
        item["evidence"] = self.evidence(*claim.evidence)
        item["confidence"] = round(claim.confidence, 2)
        return item

    def _statement(self, statement: Statement) -> dict:
        self.used_actors.add(statement.speaker.id)
        item: dict = {"id": statement.id, "speaker": statement.speaker.id}
        if statement.speaker.category == PERSON and statement.speaker.affiliation:
            item["on_behalf_of"] = statement.speaker.affiliation
        if statement.outlet is not None and statement.outlet.category == GROUP:
            item["to_outlet"] = statement.outlet.id
            self.used_actors.add(statement.outlet.id)
        if statement.date is not None:
            item.update(self._date_fields(statement.date, False))
        if "precision" not in item:
            item.update(self._unstated_time(statement.quote[0]))
        item["direct"] = True
        item["quote"] = self.evidence(*statement.quote)
        item["confidence"] = round(statement.confidence, 2)
        return item

    def _fallback_time(self, note: str | None) -> dict:
        """An event needs a time and the ingest takes none after publication: a future date (a planned
        operation) or a missing one becomes the week up to publication, and the note says so."""
        published = self.x.published
        why = (f"{note}; the ingest accepts no date after publication, so the draft bounds it by the week up to "
               "publication" if note else "the text gives no date; the draft assumes the week up to publication")
        return {"precision": "bound", "earliest": (published - dt.timedelta(days=6)).isoformat(),
                "latest": published.isoformat(), "date_phrase": None, "note": why}

    def _unstated_time(self, at: int) -> dict:
        """A statement whose time the text does not give: after the last day the article names before it
        (the quote comments on what happened then) and no later than publication."""
        published = self.x.published
        earliest = published
        for event in self.x.events:
            day = event.date.day if event.date is not None and not event.date_inherited else None
            if day is not None and event.evidence[0] < at and day <= published:
                earliest = day
        if earliest == published:
            return {"date": published.isoformat(), "precision": "day", "date_phrase": None}
        return {"precision": "bound", "earliest": earliest.isoformat(), "latest": published.isoformat(),
                "date_phrase": None}

    def _entities(self) -> dict:
        actors, places = [], []
        table = self.x.entities
        # places referenced as parents must be defined too
        for entity in list(table.all(PLACE)):
            if entity.id in self.used_places and entity.parent:
                self.used_places.add(entity.parent)
        for entity in table.all():
            if entity.category != PLACE and entity.id in self.used_actors and entity.part_of:
                self.used_actors.add(entity.part_of)
        for entity in _ordered(table.all()):
            if entity.known:
                continue
            if entity.category == PLACE and entity.id in self.used_places:
                places.append(self._place_entry(entity, table))
            elif entity.category != PLACE and entity.id in self.used_actors:
                entry = {"id": entity.id, "type": "person" if entity.category == PERSON else
                         (entity.actor_type or DEFAULT_ACTOR_TYPE), "name": entity.name}
                if entity.alt_names:
                    entry["alt_names"] = _distinct(entity.name, entity.alt_names)
                if entity.part_of and entity.part_of != entity.id:
                    entry["part_of"] = entity.part_of
                    self.used_actors.add(entity.part_of)
                actors.append(entry)
        return {"actors": actors, "places": places}

    def _place_entry(self, entity: Entity, table: Entities) -> dict:
        entry = {"id": entity.id, "kind": entity.place_kind or "city", "name": entity.name}
        if entity.alt_names:
            entry["alt_names"] = _distinct(entity.name, entity.alt_names)
        if entity.parent and not _parent_cycle(entity, table):
            entry["parent"] = entity.parent
        return entry


def _role_from_title(title: str | None, vocab: Vocabulary) -> str:
    """The org-role a title implies ("Maj." -> official, an officer), "member" when it implies none."""
    from ingest.extract.lexicon import HONORIFICS, ROLES

    if title:
        lowered = title.lower()
        for word, notation in sorted(ROLES.items(), key=lambda item: -len(item[0])):
            if notation and lowered.find(word) >= 0:
                return vocab.require("org-role", notation)
        if any(title.startswith(h) for h in HONORIFICS[:8]):
            return vocab.require("org-role", "official")
    return vocab.require("org-role", "member")


def _distinct(name: str, alt_names: list[str]) -> list[str]:
    seen, result = {name_key(name)}, []
    for alt in alt_names:
        if name_key(alt) not in seen:
            seen.add(name_key(alt))
            result.append(alt)
    return result


def _parent_cycle(entity: Entity, table: Entities) -> bool:
    by_id = {e.id: e for e in table.all(PLACE)}
    seen, current = set(), entity
    while current is not None and current.parent:
        if current.id in seen:
            return True
        seen.add(current.id)
        current = by_id.get(current.parent)
        if current is entity:
            return True
    return False


def _ordered(entities: list[Entity]) -> list[Entity]:
    return sorted(entities, key=lambda e: min(e.mentions) if e.mentions else (10**9, 0))


def _label(event: Event, vocab: Vocabulary) -> str:
    labels = vocab.labels("event-type", event.type)
    label = (labels[0] if labels else event.type).capitalize()
    if event.place is not None:
        label += f" in {event.place.name}" if event.place.place_kind != "facility" else f" on {event.place.name}"
    if event.date is not None and event.date.value:
        label += f", {event.date.value}"
    return label


def draft_annotation(text_path: Path, draft_path: Path, published: dt.date | None = None,
                     registry: Registry | None = None, vocab: Vocabulary | None = None,
                     outlet: str | None = None, calibrated: bool = True) -> dict:
    """The draft of one article. Each item's confidence is the share of items like it that were right in the
    first-seen drafts of the holdout articles (ingest/extract/confidence.py); `calibrated=False` keeps the rules'
    own guesses, as the first-seen drafts the table is grown from have them."""
    from ingest.extract.confidence import load_calibration

    vocab = vocab or load_vocabulary()
    registry = registry if registry is not None else load_registry()
    extraction = extract(Path(text_path), published, registry, vocab, outlet)
    annotation = DraftWriter(extraction, Path(text_path), Path(draft_path), vocab).annotation()
    return load_calibration().apply(annotation, extraction.raw, registry) if calibrated else annotation


def dump_yaml(annotation: dict) -> str:
    """The annotation as YAML in the section order of data/README.md, one item per block."""
    import yaml

    header = ("# Draft annotation written by `ckg extract`: every item still needs a curator's review.\n"
              "# confidence: the share of drafted items like it that a curator's gold confirmed, in drafts of\n"
              "# articles the extractor had not seen (ingest/extract/calibration.yaml). Format: data/README.md.\n")
    return header + yaml.safe_dump(annotation, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
