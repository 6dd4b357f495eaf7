"""Events: a trigger word of an event type in a sentence, dated by the time expression nearest to it (or the
date the text gave last), placed at the most specific place the sentence names, with its actors.

A trigger after "the", "this" or "its" ("the strike", "the attack") refers to an event already found and
makes none; two triggers of one type at one place on compatible dates are one event.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ingest.extract.dates import DateFinder, DateValue, between
from ingest.extract.entities import GROUP, PERSON, PLACE, Entities, Entity
from ingest.extract.lexicon import EVENT_TRIGGERS, with_vocabulary_labels
from ingest.extract.spans import Quoted
from ingest.extract.text import Article, Sentence
from ingest.vocabulary import Vocabulary

# The more specific a place kind, the better it places an event.
PLACE_SPECIFICITY = {"facility": 0, "neighbourhood": 1, "suburb": 1, "village": 2, "city": 3, "district": 4,
                     "region": 5, "province": 6, "country": 7}
# "the strike", "the school attack": a definite noun phrase, not "its fighters had shelled"
ANAPHORIC = re.compile(r"\b(?i:the|this|its|their|these)\s+(?:(?!(?:had|has|have|was|were|is|are|been|"
                       r"would|will|could)\b)[a-z0-9-]+\s+){0,2}$")
# Verbs that report speech, whose date is the date of the statement.
SPEECH_VERBS = r"(?:said|says|told|tells|stated|announced|added|declared|wrote)"
# Types a statement-like verb makes only with a speaker as its subject.
SPEECH_TYPES = {"statement", "denial"}
# Trigger words that are also ordinary verbs ("hit", "struck"): they make an event only when no more
# specific trigger is in the sentence.
WEAK_TYPES = {"attack"}


@dataclass
class Event:
    id: str
    type: str
    trigger: tuple[int, int]
    sentence: Sentence
    date: DateValue | None = None
    date_inherited: bool = False
    place: Entity | None = None
    actors: list[tuple[Entity, str]] = field(default_factory=list)
    evidence: tuple[int, int] | None = None
    confidence: float = 0.5
    mentions: list[tuple[int, int]] = field(default_factory=list)
    note: str | None = None


class EventFinder:
    def __init__(self, article: Article, entities: Entities, vocab: Vocabulary, published: dt.date,
                 quotes: list[Quoted]):
        self.article = article
        self.entities = entities
        self.vocab = vocab
        self.published = published
        self.quotes = quotes
        self.dates = DateFinder(published)
        triggers = with_vocabulary_labels(EVENT_TRIGGERS, vocab, "event-type")
        triggers = {word: notation for word, notation in triggers.items() if notation != "report" and len(word) > 2}
        self.trigger_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(triggers, key=len, reverse=True))
                                     + r")(?![\w-])", re.IGNORECASE)
        self.triggers = {w.lower(): n for w, n in triggers.items()}
        self.events: list[Event] = []
        self.sentence_dates: dict[int, list[DateValue]] = {}

    # --- dates ------------------------------------------------------------------------------------------

    def dates_in(self, sentence: Sentence) -> list[DateValue]:
        """Time expressions of a sentence, resolved; 'a day earlier' counts from the last day-precise date."""
        if sentence.index not in self.sentence_dates:
            anchor = self._anchor_before(sentence)
            # a dateline's date ("NIAMEY, Dec 13 (CPA) - ") is the day of the report, not of what the lead tells
            start = self.article.dateline_end(sentence) or sentence.start
            self.sentence_dates[sentence.index] = self.dates.find(self.article.text, start, sentence.end, anchor)
        return self.sentence_dates[sentence.index]

    def _anchor_before(self, sentence: Sentence) -> dt.date | None:
        for earlier in reversed([s for s in self.article.body_sentences() if s.index < sentence.index]):
            days = [d.day for d in self.dates_in(earlier) if d.day]
            if days:
                return days[-1]
        return None

    # --- events -----------------------------------------------------------------------------------------

    def find(self) -> list[Event]:
        for sentence in self.article.body_sentences():
            if not re.search(r"[a-z]", self.article.text[sentence.start:sentence.end]):
                continue
            self._sentence_events(sentence)
        return self.events

    def _sentence_events(self, sentence: Sentence) -> None:
        text = self.article.text
        found: list[tuple[str, int, int]] = []
        for match in self.trigger_re.finditer(text, sentence.start, sentence.end):
            notation = self.triggers[match.group(1).lower()]
            if any(q.start <= match.start() and match.end() <= q.end for q in self.quotes):
                continue
            if not self._plausible(notation, match, sentence):
                continue
            found.append((notation, match.start(), match.end()))
        strong = [f for f in found if f[0] not in WEAK_TYPES]
        if strong:
            found = strong + [f for f in found if f[0] in WEAK_TYPES and not any(
                abs(f[1] - s[1]) < 60 for s in strong)]
        seen_types: dict[str, DateValue | None] = {}
        taken: list[int] = []
        for notation, start, end in found:
            if notation not in SPEECH_TYPES and any(abs(start - t) < 40 for t in taken):
                continue
            date = self._date_for(sentence, start, notation)[0]
            if notation in seen_types and not _dated_apart(seen_types[notation], date):
                continue
            seen_types[notation] = date
            if notation not in SPEECH_TYPES:
                taken.append(start)
            target = self._definite_object(end, sentence)
            if target is not None:
                target.mentions.append((start, end))
                continue
            if ANAPHORIC.search(text[sentence.start:start]) and not self._starts_here(sentence, end):
                earlier = self._refers_to(notation)
                if earlier is not None:
                    earlier.mentions.append((start, end))
                    continue
                if notation not in SPEECH_TYPES and not self._dated_here(sentence, end):
                    continue  # "the attack" with nothing before it to point to and no date of its own
            self._add(notation, start, end, sentence)

    def _plausible(self, notation: str, match: re.Match, sentence: Sentence) -> bool:
        text = self.article.text
        word = match.group(1).lower()
        before = text[sentence.start:match.start()]
        after = text[match.end():sentence.end]
        if notation in SPEECH_TYPES:
            return notation == "denial" or (self._subject(sentence, match.start()) or self._agent(sentence, match.end())) is not None
        if notation == "war" and word == "war" and not re.match(r"\s+(?:began|broke out|started|erupted)", after):
            return False
        if notation == "meeting" and word == "met" and not re.match(r"\s+(?:with\s+)?[A-Z]", after):
            return False
        if notation == "offensive" and word in ("push", "advance", "operation", "assault") and re.match(
                r"\s+(?:forward|ahead)", after):
            return False
        if notation == "offensive" and word == "launched" and not re.match(r"\s+(?:a|an|the)\s+(?:new\s+)?(?:push|"
                                                                          r"offensive|assault|attack|operation)", after):
            return False
        if notation == "forced-displacement" and word == "fled" and re.search(r"\bcould|would|may|might\s*$", before):
            return False
        if notation == "attack" and word in ("hit", "struck") and not re.match(r"\s+(?:a|an|the)\s", after):
            return False
        if word == "strike" and (not re.match(r"\s+(?:on|against|in|near|at|hit|killed|struck)\b", after)
                                 or re.search(r"\b(?:on|general|hunger|workers'?)\s+$", before, re.IGNORECASE)):
            return False  # "a strike" alone, "went on strike", "a hunger strike" are no attacks
        if notation == "territory-change" and word in ("seized", "captured") and not re.match(
                r"\s+(?:[^,.;]{0,40}?\b(?:control|towns?|villages?|city|district|areas?|base|airport|farmland|territory|"
                r"ground|hills?|positions?|outposts?|posts|bases|checkpoints?)\b|(?:the\s+)?[A-Z])", after):
            return False  # "seized weapons" is no capture of territory
        if word in ("fighting",) and re.search(r"\bare\s+$|\bwere\s+$", before):
            return False
        if notation == "forced-displacement" and word in ("displaced", "have arrived"):
            # a displacement figure is an event only when the sentence dates it and names no other event
            # that the date could belong to ("displaced since the war began in 2011")
            others = [m for m in self.trigger_re.finditer(text, sentence.start, sentence.end)
                      if self.triggers[m.group(1).lower()] != "forced-displacement"]
            return bool(self.dates_in(sentence)) and not others
        if notation == "armed-clash" and re.search(r"\b(?:end|halt|stop|cessation|suspension|pause)\s+(?:to|of|in)\s+"
                                                   r"(?:the\s+|all\s+)?$", before):
            return False  # "a lasting end to hostilities" is no clash
        if notation == "armed-clash" and word in ("fighting", "clashes", "hostilities") and re.search(
                r"\b(?:from|by|amid|amidst)\s+(?:the\s+)?(?:nearby|ongoing|continuing|recent|heavy|renewed)?\s*$", before):
            return False  # the fighting as a cause or a backdrop: "shelter from nearby fighting", "closed by fighting"
        return True

    def _definite_object(self, end: int, sentence: Sentence) -> Event | None:
        """"coalition aircraft had struck the hall": a verb whose object is the place of an earlier event
        ("a school in X") speaks of that event again."""
        obj = re.match(r"\s+(?:the|its)\s+([a-z]+)\b", self.article.text[end:sentence.end])
        if not obj:
            return None
        for event in reversed(self.events):
            if event.place is not None and event.place.place_kind == "facility" and re.search(
                    rf"\b{obj.group(1)}\b", event.place.name, re.IGNORECASE):
                return event
        return None

    def _dated_here(self, sentence: Sentence, end: int) -> bool:
        """"condemns the strike on the port on Monday": a definite event noun that nothing before points to is
        the first report of an event when its own clause dates it."""
        clause_end = re.search(r"[;,]\s+(?:which|who|while|but)\b", self.article.text[end:sentence.end])
        limit = end + clause_end.start() if clause_end else sentence.end
        return any(d.start is not None and end <= d.start < limit for d in self.dates_in(sentence))

    def _starts_here(self, sentence: Sentence, end: int) -> bool:
        """"The operation to retake the city ... began on Oct. 1": a definite event noun that is the subject of
        "began", "started", "came into effect" ... is an event of its own, not a reference back."""
        verb = re.match(r"[^.;]{0,120}?\b(?:began|begun|started|escalated|broke\s+out|came\s+into\s+effect|took\s+effect|"
                        r"was\s+launched|got\s+under\s+way|erupted)\b", self.article.text[end:sentence.end])
        return bool(verb) and any(d.start is not None and d.start >= end + verb.end() for d in self.dates_in(sentence))

    def _refers_to(self, notation: str) -> Event | None:
        """The event "the strike" points back to: the last of its type; an unspecific "the attack" may
        point to the last violent event of any type."""
        for event in reversed(self.events):
            if event.type == notation:
                return event
        if notation in WEAK_TYPES:
            violent = [e for e in self.events if e.type not in SPEECH_TYPES | {"truce", "meeting", "war", "siege"}]
            return violent[-1] if violent else None
        return None

    def _modality(self, notation: str, sentence: Sentence, start: int) -> str | None:
        """An operation reported as planned or expected is a planned-operation; any other event in a
        would/could clause ("airstrikes would not be a game changer") is no event at all."""
        text = self.article.text
        before = text[max(sentence.start, start - 40):start]
        if re.search(r"\b(?:planned|purported|alleged|expected|looming|imminent|possible|threatened)\s+(?:[\w-]+\s+){0,2}$",
                     before, re.IGNORECASE):
            return "planned-operation" if notation in ("offensive", "territory-change", "attack", "armed-clash") else None
        clause = text[sentence.start:start]
        clause = clause[clause.rfind(",") + 1:] if "," in clause else clause
        if re.search(r"\b(?:if|unless|should)\s+(?:[\w-]+\s+){0,3}$", clause):
            return None  # a condition, not an event: "if fighting reaches the centre"
        if re.search(r"\b(?:would|could|might|will)\b", clause) or re.search(r"\bwould\b", text[start:start + 40]):
            return "planned-operation" if notation in ("offensive", "territory-change") else None
        return notation

    def _add(self, notation: str, start: int, end: int, sentence: Sentence) -> None:
        if notation not in SPEECH_TYPES:
            notation = self._modality(notation, sentence, start)
            if notation is None:
                return
        date, inherited = self._date_for(sentence, start, notation)
        place = self._place_for(sentence, start)
        actors = self._actors_for(notation, sentence, start, end)
        for event in self.events:
            same_kind = event.type == notation or (notation in WEAK_TYPES and inherited)
            if same_kind and _same_place(event.place, place) and _compatible(event.date, date):
                if date and (event.date is None or date.precision == "day" and event.date.precision != "day") \
                        and (not inherited or event.date_inherited or event.date is None):
                    event.date, event.date_inherited = date, inherited
                if place is not None and (event.place is None or PLACE_SPECIFICITY.get(_kind(place), 3)
                                          < PLACE_SPECIFICITY.get(_kind(event.place), 3)):
                    event.place = place
                event.mentions.append((start, end))
                return
        event = Event(f"e{len(self.events) + 1}", notation, (start, end), sentence, date, inherited, place, actors,
                      evidence=_clause(self.article.text, sentence, start, end), confidence=0.6 if not inherited else 0.5)
        self.events.append(event)

    def event_of_toll(self, sentence: Sentence, start: int, end: int, outcome: str) -> Event | None:
        """The event a toll tells of when the article has no word for one ("Four security personnel were killed ...,
        police said"): people displaced are a displacement, other victims an attack. A claim needs its event."""
        self._add("forced-displacement" if outcome == "displaced" else "attack", start, end, sentence)
        return self.events[-1] if self.events else None

    def _date_for(self, sentence: Sentence, at: int, notation: str) -> tuple[DateValue | None, bool]:
        dates = [d for d in self.dates_in(sentence) if d.start is not None and not (d.looks_ahead and at < d.start)]
        # "since mid-September, when most of its residents fled": the date the "when" clause hangs on
        when = [d for d in dates if d.end is not None and d.end <= at and
                re.fullmatch(r",?\s+when\s+[^.;]{0,80}", self.article.text[d.end:at])]
        if when:
            return when[-1], False
        dates = [d for d in dates if not self._in_aside(sentence, d, at)]
        if dates:
            return min(dates, key=lambda d: (abs(d.start - at) + (40 if d.start < at else 0))), False
        dated = [e for e in self.events if e.date is not None and not e.date_inherited
                 and e.sentence.index < sentence.index and _range(e.date)[0] <= self.published]
        if notation in SPEECH_TYPES:
            return self._speech_date(sentence, dated), True
        for paragraph in sorted({e.sentence.paragraph for e in dated}, reverse=True):
            candidates = [e for e in dated if e.sentence.paragraph == paragraph]
            days = [e for e in candidates if e.date.precision == "day"]
            source = (days or candidates)[-1].date
            return DateValue(source.precision, source.value, source.earliest, source.latest), True
        return None, True

    def _in_aside(self, sentence: Sentence, date: DateValue, at: int) -> bool:
        """"The RSF, which has been at war with the regular army since April 15, denied attacking civilians", "the MFDC,
        the separatist movement that has fought the state since 1982, denied": a date in a clause set off by commas that
        closes before the event's word describes whoever is named, not the event."""
        text = self.article.text
        if date.end is None or date.end > at:
            return False
        opening = text.rfind(",", sentence.start, date.start)
        closing = text.find(",", date.end, at)
        return opening >= 0 and closing >= 0 and "," not in text[opening + 1:date.start] and re.match(
            r",\s+(?:(?:an?|the)\s+[^,]*?\b(?:which|who|whose|that|formed|founded|established|created|set\s+up)|which|"
            r"who|whose)\b", text[opening:date.start]) is not None  # (not ", a doctor said on Saturday, while ...")

    def _speech_date(self, sentence: Sentence, dated: list[Event]) -> DateValue | None:
        """When an undated statement or denial was made: the day the next sentence gives the same speech
        ("X denied it. Y, its spokesman, told MRTV on Monday ..."); else the day of what the paragraph
        reported just before ("... claimed on Friday. Officers dismissed the claim"), unless the statement
        comes second-hand ("according to media reports"); else some time between the last event it can
        answer and publication."""
        text = self.article.text
        following = [s for s in self.article.body_sentences() if s.index == sentence.index + 1
                     and s.paragraph == sentence.paragraph]
        for value in (self.dates_in(following[0]) if following else []):
            if value.precision == "day" and re.search(rf"\b{SPEECH_VERBS}\s+(?:[\w-]+\s+){{0,4}}$",
                                                      text[following[0].start:value.start]):
                return value
        second_hand = re.search(r"\baccording\s+to\s+(?:\w+\s+)?reports\b|\breportedly\b",
                                text[sentence.start:sentence.end], re.IGNORECASE)
        same_paragraph = [e for e in dated if e.sentence.paragraph == sentence.paragraph]
        if same_paragraph and not second_hand:
            return same_paragraph[-1].date
        answered = [e.date.day for e in dated if e.type not in SPEECH_TYPES and e.date.day is not None]
        if answered:
            return between(answered[-1], self.published)
        return dated[-1].date if dated else None

    def _place_for(self, sentence: Sentence, at: int) -> Entity | None:
        """The first place named after the trigger in its clause, else the nearest before it; of places
        joined by "of", "in" or a comma ("the X market in central Y"), the most specific."""
        text = self.article.text
        places = self.entities.in_span(sentence.start, sentence.end, PLACE)
        if not places:
            return None
        after = [m for m in places if m.start >= at and not re.search(r"[;]|,\s+(?:and|but|while)\s|\band\s+\w+ed\b",
                                                                      text[at:m.start])]
        reference = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside)\s+of\s+$")
        if len(after) > 1 and reference.search(text[sentence.start:after[0].start]):
            after = after[1:]
        group = after[:1] or [min(places, key=lambda m: abs(m.start - at))]
        chosen = group[0]
        for m in places:
            if m.start > chosen.end and re.fullmatch(r"\s*(?:,|in|of)?\s*(?:central|the)?\s*", text[chosen.end:m.start]):
                if PLACE_SPECIFICITY.get(_kind(m.entity), 3) < PLACE_SPECIFICITY.get(_kind(chosen.entity), 3):
                    chosen = m
        return chosen.entity

    def _subject(self, sentence: Sentence, at: int) -> Entity | None:
        """The actor named just before a verb (within its clause)."""
        clause_start = max([sentence.start] + [m.end() + sentence.start for m in re.finditer(
            r"[;:]|,\s+(?:but|and|while)\s", self.article.text[sentence.start:at])])
        candidates = [m for m in self.entities.in_span(clause_start, at) if m.entity.category in (GROUP, PERSON)]
        return candidates[-1].entity if candidates else None

    def _agent(self, sentence: Sentence, end: int) -> Entity | None:
        """The actor after a passive verb ("was announced by the UN Special Envoy, X"), or after an opening
        phrase ("In a statement last week, the World Health Organization said")."""
        text = self.article.text
        opening = re.match(r"(?:[^,]{0,30},\s+){1,2}(?:the\s+)?", text[end:sentence.end])
        if opening and re.match(r"\s*in\s+a\s+statement", text[sentence.start:end], re.IGNORECASE):
            at = end + opening.end()
            mentions = [m for m in self.entities.in_span(at, min(sentence.end, at + 80)) if m.entity.category in (GROUP, PERSON)]
            if mentions and mentions[0].start - at <= 4:
                return mentions[0].entity
        by = re.match(r"\s+by\s+(?:the\s+)?", text[end:sentence.end])
        if not by or not re.search(r"\b(?:was|were|been)\s+\w+$", text[sentence.start:end]):
            return None
        mentions = [m for m in self.entities.in_span(end + by.end(), min(sentence.end, end + by.end() + 80))
                    if m.entity.category in (GROUP, PERSON)]
        people = [m for m in mentions if m.entity.category == PERSON]
        return (people or mentions)[0].entity if mentions else None

    def _actors_for(self, notation: str, sentence: Sentence, start: int, end: int) -> list[tuple[Entity, str]]:
        text = self.article.text
        actors: list[tuple[Entity, str]] = []
        if notation in SPEECH_TYPES:
            subject = self._subject(sentence, start) or self._agent(sentence, end)
            return [(subject, "speaker")] if subject else []
        by = re.match(r"[^.;]{0,80}?\bby\s+(?:the\s+)?", text[end:sentence.end])
        if by:
            after = [m for m in self.entities.in_span(end + by.end(), min(sentence.end, end + by.end() + 60))
                     if m.entity.category in (GROUP, PERSON)]
            if after and after[0].start == end + by.end():
                actors.append((after[0].entity, "perpetrator"))
        before = [m for m in self.entities.in_span(sentence.start, start) if m.entity.category in (GROUP, PERSON)]
        if not actors and before and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}(?:had\s+|have\s+|has\s+)?", text[before[-1].end:start]):
            actors.append((before[-1].entity, "perpetrator"))
        return actors


def _kind(entity: Entity) -> str:
    return entity.place_kind or "city"


def _same_place(a: Entity | None, b: Entity | None) -> bool:
    return a is None or b is None or a is b or (a.parent == b.id) or (b.parent == a.id)


def _dated_apart(first: DateValue | None, second: DateValue | None) -> bool:
    """A second trigger of a type the sentence has already given is another event when the sentence dates
    the two apart ("Monday's raid was the worst since May, when hundreds of insurgents stormed the town")."""
    return first is not None and second is not None and not _compatible(first, second)


def _compatible(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return _overlap(_range(a), _range(b))


def _range(value: DateValue) -> tuple[dt.date, dt.date]:
    import calendar

    if value.precision == "bound":
        return value.earliest, value.latest
    if value.precision == "day":
        day = dt.date.fromisoformat(value.value)
        return day, day
    if value.precision == "month":
        year, month = int(value.value[:4]), int(value.value[5:7])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(int(value.value), 1, 1), dt.date(int(value.value), 12, 31)


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The sentence around a trigger, cut at a semicolon and kept under about 220 characters."""
    left = max([sentence.start] + [sentence.start + m.end() for m in re.finditer(r";\s*", text[sentence.start:start])])
    right_match = re.search(r";", text[end:sentence.end])
    right = end + right_match.start() if right_match else sentence.end
    if right - left > 220:
        commas = [left + m.end() for m in re.finditer(r",\s+", text[left:start]) if start - (left + m.end()) < 120]
        left = commas[0] if commas else max(left, start - 120)
        right_commas = [end + m.start() for m in re.finditer(r",\s", text[end:right]) if end + m.start() - left > 60]
        right = right_commas[0] if right_commas else min(right, end + 120)
    while left > sentence.start and (text[left - 1].isalnum() or text[left - 1] in "'-"):
        left -= 1  # never start inside a word
    while right < sentence.end and (text[right].isalnum() or text[right] in "'-"):
        right += 1
    while right > left and text[right - 1] in " ,;:":
        right -= 1
    return left, right
