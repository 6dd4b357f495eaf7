"""Casualty claims: a count of victims with an outcome, who reports it, whom it blames, and the event it is about.

A count is a number in digits or words, a range ("between 14 and 18") or a vague word ("dozens"), with its
qualifier ("at least", "more than", "up to", "about"). It is a casualty claim only if an outcome word
(killed, dead, wounded, displaced, trapped, missing ...) goes with it in its clause; distances, durations,
things ("42 health facilities"), forecasts ("could flee") and counts inside a speaker's own words are not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.entities import GROUP, PERSON, Entities, Entity
from ingest.extract.events import Event, EventFinder
from ingest.extract.lexicon import KILLED_OR_INJURED, OUTCOMES, VICTIMS, with_vocabulary_labels
from ingest.extract.numbers import NUMBER, VAGUE, parse_number
from ingest.extract.spans import Quoted, inside_speech
from ingest.extract.text import Article, Sentence
from ingest.vocabulary import Vocabulary

QUALIFIERS = [  # phrase -> count-qualifier notation (checked against the vocabulary at start-up)
    ("at least", "at_least"), ("no fewer than", "at_least"), ("a minimum of", "at_least"),
    ("more than", "more_than"), ("over", "more_than"), ("upwards of", "more_than"),
    ("up to", "up_to"), ("as many as", "up_to"), ("at most", "up_to"), ("fewer than", "up_to"),
    ("about", "approx"), ("around", "approx"), ("approximately", "approx"), ("an estimated", "approx"),
    ("estimated", "approx"), ("some", "approx"), ("nearly", "approx"), ("almost", "approx"),
    ("roughly", "approx"), ("close to", "approx"),
]
UNITS = re.compile(r"^\s*(?:\(?[\d.,]+\s*\)?\s*)?(?:kilometres?|kilometers?|km|miles?|metres?|meters?|m\b|percent|per\s+cent|%|"
                   r"hours?|days?|weeks?|months?|years?|minutes?|seconds?|times|missiles?|rockets?|vehicles?|"
                   r"car\s+bombs|bombs?|facilities|governorates|provinces|districts|villages|towns|cities|tonnes|tons|"
                   r"dollars|euros|pounds|shells|rounds|-storey|-story|storey|story|-year|-month|-day|-hour)\b", re.IGNORECASE)
FORECAST = re.compile(r"\b(?:could|may|might|would|will|risk|threaten(?:s|ed)?\s+to|expected\s+to|face)\b", re.IGNORECASE)
REPORT_VERB = re.compile(
    r"\b(?:said|says|say|reported|reports|recorded|records|documented|claimed|claims|estimates|estimated|announced|"
    r"confirmed|told|saying|put\s+the\s+(?:death\s+)?toll\s+at|puts\s+the\s+(?:death\s+)?toll\s+at|according\s+to)\b",
    re.IGNORECASE)
SUB_COUNT = re.compile(r"(?:among\s+them|including|of\s+whom|among\s+whom)\s*$", re.IGNORECASE)
AMONG_THE = re.compile(r"^\s+(?:were|was)\s+among\s+the\s+(dead|killed|wounded|injured|victims|casualties)", re.IGNORECASE)


@dataclass
class Count:
    start: int
    end: int
    count: int | None
    minimum: int | None
    maximum: int | None
    phrase: str | None
    qualifier: str


@dataclass
class Claim:
    id: str
    count: Count
    victims: str
    victim_phrase: str | None
    outcome: str
    claimant: Entity | None
    blames: Entity | None
    event: Event | None
    part_of: "Claim | None"
    evidence: tuple[int, int]
    sentence: Sentence
    victim_end: int = 0
    confidence: float = 0.6
    note: str | None = None


class ClaimFinder:
    def __init__(self, article: Article, entities: Entities, events: EventFinder, vocab: Vocabulary,
                 quotes: list[Quoted]):
        self.article = article
        self.entities = entities
        self.events = events
        self.quotes = quotes
        for _, notation in QUALIFIERS:
            vocab.require("count-qualifier", notation)
        self.outcomes = with_vocabulary_labels(OUTCOMES, vocab, "outcome")
        self.outcomes = {w: n for w, n in self.outcomes.items() if n != "killed_or_injured" and len(w) > 3}
        self.victims = with_vocabulary_labels(VICTIMS, vocab, "victim-category")
        self.claims: list[Claim] = []
        self._last_outcome_at = 0
        qualifier = "|".join(re.escape(q) for q, _ in QUALIFIERS)
        vague = "|".join(re.escape(v) for v in VAGUE)
        self.count_re = re.compile(
            rf"(?<![\w-])(?:(?P<qual>{qualifier})\s+)?(?:between\s+(?P<low>{NUMBER})\s+and\s+(?P<high>{NUMBER})|"
            rf"(?P<low2>{NUMBER})\s*(?:to|-)\s*(?P<high2>{NUMBER})(?=\s+[a-z])|(?P<num>{NUMBER})|(?P<vague>{vague}))(?![\w-])",
            re.IGNORECASE)
        victim_words = "|".join(re.escape(v) for v in sorted(self.victims, key=len, reverse=True))
        self.victim_re = re.compile(rf"^\s*\"?\s*(?:of\s+(?:the\s+)?)?(?:(?:[\w-]+|\"[^\"]*)\s+){{0,3}}?({victim_words})\b", re.IGNORECASE)
        outcome_words = "|".join(re.escape(o) for o in sorted(list(self.outcomes) + list(KILLED_OR_INJURED), key=len, reverse=True))
        self.outcome_re = re.compile(rf"(?<![\w-])(?:{outcome_words})(?![\w-])|\bunder\s+(?:\w+\s+)?siege\b", re.IGNORECASE)

    def find(self) -> list[Claim]:
        for sentence in self.article.body_sentences():
            self._sentence_claims(sentence)
        self._drop_lead_summaries()
        for k, claim in enumerate(self.claims, 1):
            claim.id = f"c{k}"
        return self.claims

    # --- one sentence --------------------------------------------------------------------------------------

    def _sentence_claims(self, sentence: Sentence) -> None:
        text = self.article.text
        counts = [c for c in self._counts(sentence) if not inside_speech(self.article, self.quotes, c.start, c.end)]
        previous: Claim | None = None
        for k, count in enumerate(counts):
            window_start = counts[k - 1].end if k else sentence.start
            window_end = counts[k + 1].start if k + 1 < len(counts) else sentence.end
            if k + 1 < len(counts) and re.fullmatch(r"[^,]*,\s*", text[count.end:counts[k + 1].start]) and \
                    re.match(r"[^,]{0,40},", text[counts[k + 1].end:sentence.end]):
                # "275,000 people, the vast majority civilians, are trapped": the next count is an apposition
                window_end = counts[k + 2].start if k + 2 < len(counts) else sentence.end
            victims, victim_phrase, victim_end = self._victims(count, previous)
            outcome, outcome_at = self._outcome(count, victim_end, window_start, window_end, previous)
            if outcome is None or victims is None:
                continue
            if self._forecast(sentence, count, outcome_at):
                continue
            part_of = self._total(count, sentence, outcome, previous)
            claimant = self._claimant(sentence, count)
            blames = self._blames(sentence, count, outcome_at, claimant)
            event = self._event_for(sentence, count.start)
            evidence = self._evidence(count, victim_end, outcome_at, sentence)
            claim = Claim("", count, victims, victim_phrase, outcome, claimant, blames, event, part_of, evidence,
                          sentence, victim_end, confidence=0.7 if claimant is not None else 0.4)
            if part_of is not None and count.count is not None and part_of.count.count is not None \
                    and count.count > part_of.count.count:
                claim.part_of = None
            self.claims.append(claim)
            previous = claim

    def _counts(self, sentence: Sentence) -> list[Count]:
        text = self.article.text
        counts = []
        for match in self.count_re.finditer(text, sentence.start, sentence.end):
            qualifier = _qualifier(match.group("qual"))
            low, high = match.group("low") or match.group("low2"), match.group("high") or match.group("high2")
            if low and high:
                counts.append(Count(match.start(), match.end(), None, parse_number(low), parse_number(high), None, "range"))
                continue
            if match.group("vague"):
                phrase = match.group("vague")
                counts.append(Count(match.start(), match.end(), None, None, None, phrase.lower(), "vague"))
                continue
            value = parse_number(match.group("num"))
            if value is None or UNITS.match(text[match.end():sentence.end]) or _is_year(match.group("num"), value):
                continue
            if match.group("num").lower() in ("one",) and not self.victim_re.match(text[match.end():sentence.end]):
                continue
            if qualifier is None and re.search(r"\bestimates?\s+(?:that\s+)?$", text[sentence.start:match.start()]):
                qualifier = "approx"  # "The UN estimates 275,000 people"
            counts.append(Count(match.start(), match.end(), value, None, None, None, qualifier or "exact"))
        # "killing a nurse": an article is a count of one right after an outcome verb
        for match in re.finditer(r"\b(?:killing|killed|injuring|injured|wounding|wounded)\s+(?P<a>an?)\s+", text[sentence.start:sentence.end]):
            start = sentence.start + match.start("a")
            rest = text[start + len(match.group("a")):sentence.end]
            if self.victim_re.match(rest):
                counts.append(Count(start, start + len(match.group("a")), 1, None, None, None, "exact"))
        return sorted(counts, key=lambda c: c.start)

    def _victims(self, count: Count, previous: Claim | None) -> tuple[str | None, str | None, int]:
        text = self.article.text
        rest = text[count.end:count.end + 80]
        match = self.victim_re.match(rest)
        if match and not re.search(r"[.;,]", rest[:match.start(1)]):
            word = match.group(1).lower()
            phrase_end = count.end + match.end(1)
            category = self.victims[word]
            tail = text[phrase_end:phrase_end + 60]
            if word == "members" and re.match(r"\s+of\s+(?:the\s+)?[\w\s]*?(?:forces|army|police|troops)", tail):
                category = self.victims["soldiers"]
                phrase_end += re.match(r"\s+of\s+(?:the\s+)?[\w\s]*?(?:forces|army|police|troops)", tail).end()
            if word == "others" and previous is not None and previous.victim_phrase:
                category = previous.victims
            return category, text[count.start:phrase_end], phrase_end
        # no victim noun: "nine wounded", "16 dead", "injured over 500" -> the previous count's, else people
        category = previous.victims if previous is not None else self.victims["people"]
        return category, None, count.end

    def _outcome(self, count: Count, victim_end: int, window_start: int, window_end: int,
                 previous: Claim | None) -> tuple[str | None, int]:
        text = self.article.text
        combined = re.match(rf"\s+(?:{'|'.join(KILLED_OR_INJURED[:4])})\b", text[victim_end:window_end], re.IGNORECASE)
        if combined:
            return "killed_or_injured", victim_end + combined.start()
        if re.search(r"\bdeaths?\b|\bbodies\b", text[count.end:victim_end + 1]):
            return self.outcomes.get("deaths", self.outcomes.get("dead")), victim_end
        among = AMONG_THE.match(text[victim_end:window_end])
        if among:
            word = among.group(1).lower()
            return (previous.outcome if previous and word in ("victims", "casualties") else self._outcome_word(word)), victim_end
        candidates = []
        for match in self.outcome_re.finditer(text, window_start, window_end):
            if count.start <= match.start() < victim_end:
                continue
            after = match.start() >= victim_end
            gap = text[victim_end:match.start()] if after else text[match.end():count.start]
            if after:  # an apposition between the victims and the verb: "275,000 people, the vast majority civilians, are"
                gap = re.sub(r"^,\s[^,\"]{1,40},(?=\s)|^,(?=\s+(?:were|are|was|is|had|have)\b)", "", gap)
            if after and not re.fullmatch(r"(?:\s+(?:were|was|had|have|has|been|are|is|being|still|later|reportedly|all|"
                                          r"also|who|\"|[\w-]+ly))*\s*(?:\s(?:in|under|from|by)\s[^,;]*)?\s*", gap) \
                    and not re.match(r"\s+(?:dead|injured|wounded|killed)\b", text[victim_end:]):
                if not re.search(r"\bsiege\b", match.group(0)):
                    continue
            if not after and not re.fullmatch(r"\s*\"?\s*", gap):
                continue  # a verb before the count governs it directly: "killing at least 11 people"
            distance = len(gap.strip()) + (1 if after else 0)
            candidates.append((distance, match))
        if candidates:
            _, match = min(candidates, key=lambda c: c[0])
            self._last_outcome_at = match.start()
            return self._outcome_word(match.group(0)), match.start()
        joined = previous is not None and previous.part_of is not None and re.fullmatch(
            r"\s+and\s+", text[previous.victim_end:count.start])
        if (SUB_COUNT.search(text[window_start:count.start]) or joined) and previous is not None:
            return previous.outcome, count.start
        return None, count.start

    def _outcome_word(self, word: str) -> str | None:
        word = re.sub(r"\s+", " ", word.lower())
        if word in KILLED_OR_INJURED:
            return "killed_or_injured"
        if "siege" in word:
            return self.outcomes.get("besieged")
        if word == "missing" and re.search(r"missing\s+(?:under|beneath|in)\s+(?:the\s+)?(?:debris|rubble|ruins)",
                                           self.article.text[self._last_outcome_at:self._last_outcome_at + 60]):
            return self.outcomes.get("trapped")
        return self.outcomes.get(word)

    def _forecast(self, sentence: Sentence, count: Count, outcome_at: int) -> bool:
        text = self.article.text
        lo, hi = sorted((count.start, outcome_at))
        return bool(FORECAST.search(text[lo:hi])) or bool(FORECAST.search(text[max(sentence.start, count.start - 25):count.start])
                                                          and not re.search(r"\bsaid\b", text[count.start - 25:count.start]))

    def _total(self, count: Count, sentence: Sentence, outcome: str, previous: Claim | None) -> Claim | None:
        """The claim whose total this count is part of: after "among them", "including", or before "were
        among the dead"; a count joined by "and" to a sub-count is one too."""
        text = self.article.text
        sub = SUB_COUNT.search(text[max(sentence.start, count.start - 30):count.start])
        among = AMONG_THE.match(text[self._victim_end(count):sentence.end])
        joined = (previous is not None and previous.part_of is not None
                  and re.fullmatch(r"\s+and\s+", text[previous.victim_end:count.start]) is not None)
        if joined:
            return previous.part_of
        if not (sub or among):
            return None
        for claim in reversed(self.claims):
            if claim.sentence.paragraph != sentence.paragraph and claim.sentence.index < sentence.index - 1:
                break
            if claim.outcome == outcome and claim.count.qualifier != "vague" and claim.part_of is None:
                return claim
        return None

    def _victim_end(self, count: Count) -> int:
        return self._victims(count, None)[2]

    def _claimant(self, sentence: Sentence, count: Count) -> Entity | None:
        """The actor the sentence attributes the figure to ("X said", "according to X", "a monitoring group
        said"); else the claimant of the sentence before in the paragraph; else the publisher."""
        attributions = self._attributions(sentence)
        if attributions:
            before = [a for a in attributions if a[0] <= count.start]
            chosen = min(attributions, key=lambda a: abs(a[0] - count.start) + (0 if a in before else 10))
            return _as_claimant(chosen[1], self.entities)
        for claim in reversed(self.claims):
            if claim.sentence.paragraph == sentence.paragraph and claim.claimant is not None:
                return claim.claimant
            break
        return self.entities.publisher()

    def _attributions(self, sentence: Sentence) -> list[tuple[int, Entity]]:
        text = self.article.text
        found = []
        for verb in REPORT_VERB.finditer(text, sentence.start, sentence.end):
            if inside_speech(self.article, self.quotes, verb.start(), verb.end()):
                continue
            if verb.group(0).lower().startswith("according"):
                after = [m for m in self.entities.in_span(verb.end(), min(sentence.end, verb.end() + 80))
                         if m.entity.category in (GROUP, PERSON)]
                if after and re.fullmatch(r"\s*(?:the\s+|an?\s+(?:[\w-]+\s+){0,3}?(?:at|from|of)\s+(?:an?\s+|the\s+)?)?",
                                          text[verb.end():after[0].start], re.IGNORECASE):
                    found.append((verb.start(), after[0].entity))
                continue
            subject = self._reporter_before(sentence, verb.start())
            if subject is None:
                inverted = re.match(r"\s+(?:by\s+)?", text[verb.end():sentence.end])
                after = [m for m in self.entities.in_span(verb.end(), min(sentence.end, verb.end() + 40))
                         if m.entity.category in (GROUP, PERSON)]
                if after and inverted and after[0].start - verb.end() <= len(inverted.group(0)) + 4:
                    subject = after[0].entity
            if subject is None:
                subject = self._generic_reporter(sentence, verb.start())
            if subject is not None:
                found.append((verb.start(), subject))
        return found

    def _reporter_before(self, sentence: Sentence, at: int) -> Entity | None:
        text = self.article.text
        mentions = [m for m in self.entities.in_span(sentence.start, at) if m.entity.category in (GROUP, PERSON)]
        if not mentions:
            pronoun = re.search(r"\b(he|she|it|they)\s+(?:(?:also|later|had|has)\s+)?$", text[sentence.start:at], re.IGNORECASE)
            if pronoun:
                return self._last_actor(sentence.start, pronoun.group(1).lower())
            return None
        last = mentions[-1]
        gap = text[last.end:at]
        relative = re.match(r"(?:\s+in\s+[^,]*)?,\s+(?:which|who)\b[^\"]*?,\s*$", gap)
        if relative:
            return last.entity
        earlier = [m for m in mentions if re.match(r",\s+(?:which|who)\b[^\"]*?,\s*$", text[m.end:at])]
        if earlier:
            return earlier[-1].entity
        if len(gap) > 70 or re.search(r"\b(?:said|told|reported|claimed)\b", gap):
            pronoun = re.search(r"\b(he|she|it|they)\s+(?:(?:also|later|had|has)\s+)?$", text[last.end:at], re.IGNORECASE)
            if pronoun:
                return self._last_actor(at, pronoun.group(1).lower())
            return None
        if re.search(r"\b(?:he|she|it|they)\s+$", gap, re.IGNORECASE):
            return self._last_actor(at, re.search(r"(\w+)\s+$", gap).group(1).lower())
        if re.search(r"\b(?:who|which)\b", gap) and len(gap) > 40:
            return last.entity
        return last.entity

    def _last_actor(self, before: int, pronoun: str) -> Entity | None:
        categories = (PERSON,) if pronoun in ("he", "she") else (GROUP,)
        mentions = [m for m in self.entities.in_span(0, before) if m.entity.category in categories]
        return mentions[-1].entity if mentions else None

    def _generic_reporter(self, sentence: Sentence, at: int) -> Entity | None:
        """"a monitoring group said", "a war monitor said", "the monitor said": the article's monitor."""
        text = self.article.text
        if re.search(r"\b(?:monitoring\s+group|war\s+monitor|monitor)\s+$", text[sentence.start:at], re.IGNORECASE):
            monitors = [e for e in self.entities.all(GROUP) if (e.actor_type == "monitor" or
                        re.search(r"observatory|monitor", e.name, re.IGNORECASE))]
            if monitors:
                return monitors[0]
        return None

    def _blames(self, sentence: Sentence, count: Count, outcome_at: int, claimant: Entity | None) -> Entity | None:
        text = self.article.text
        chunk_start = sentence.start
        by = re.search(r"\bby\s+(?:the\s+)?(\w+)\s+fire\b", text[count.start:sentence.end])
        if by:
            for entity in self.entities.all(GROUP):
                if any(re.fullmatch(rf"(?:the\s+)?{re.escape(by.group(1))}s?", n, re.IGNORECASE) for n in entity.names):
                    return entity
        blamed = re.search(r"\bblam(?:ed|ing)\s+(?:the\s+\w+\s+on\s+|it\s+on\s+)?", text[count.start:sentence.end])
        if blamed:
            start = count.start + blamed.end()
            after = [m for m in self.entities.in_span(start, min(sentence.end, start + 60)) if m.entity.category == GROUP]
            if after:
                return after[0].entity
        if re.search(r"\bits\s+fighters\b", text[chunk_start:count.start]) and claimant is not None:
            return claimant
        subject = [m for m in self.entities.in_span(chunk_start, min(count.start, outcome_at)) if m.entity.category == GROUP]
        if subject and re.match(r"\s*(?:fighters|militants|mortar\s+rounds|forces|jets|aircraft|warplanes|shells)?\s*"
                                r"(?:had\s+)?(?:shot\s+dead|killed|wounded|injured)\b", text[subject[-1].end:min(count.start, outcome_at) + 12]):
            return subject[-1].entity
        return None

    def _event_for(self, sentence: Sentence, at: int) -> Event | None:
        same = [e for e in self.events.events if e.sentence.index == sentence.index or
                any(sentence.start <= s < sentence.end for s, _ in e.mentions)]
        if same:
            return min(same, key=lambda e: abs(e.trigger[0] - at))
        earlier = [e for e in self.events.events if e.sentence.index < sentence.index]
        return earlier[-1] if earlier else None

    def _evidence(self, count: Count, victim_end: int, outcome_at: int, sentence: Sentence) -> tuple[int, int]:
        """From the outcome verb or the count to the end of the outcome phrase ("three children were among
        the dead", "killing at least 11 people", "put the toll at 16 dead")."""
        text = self.article.text
        start, end = min(count.start, outcome_at), max(victim_end, outcome_at)
        if end == outcome_at:
            word = self.outcome_re.match(text, outcome_at)
            end = word.end() if word else end
            among = AMONG_THE.match(text[victim_end:sentence.end])
            if among:
                end = victim_end + among.end()
        toll = re.search(r"\bput\s+the\s+(?:death\s+)?toll\s+at\s+$", text[sentence.start:start])
        if toll:
            start = sentence.start + toll.start()
        while end > start and text[end - 1] in " ,;:.\"'":
            end -= 1
        return start, end

    def _drop_lead_summaries(self) -> None:
        """A vague count in the first paragraph that a later paragraph gives again with the same outcome is
        the lead's summary of it, not a claim of its own."""
        body = self.article.body_sentences()
        if not body:
            return
        first = body[0].paragraph
        kept = []
        for claim in self.claims:
            later = [c for c in self.claims if c.sentence.paragraph != first and c.outcome == claim.outcome]
            if claim.sentence.paragraph == first and claim.count.qualifier == "vague" and later:
                continue
            kept.append(claim)
        self.claims = kept


def _qualifier(phrase: str | None) -> str | None:
    if not phrase:
        return None
    lowered = re.sub(r"\s+", " ", phrase.lower())
    return dict(QUALIFIERS).get(lowered)


def _is_year(raw: str, value: int) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", raw))


def _as_claimant(entity: Entity, entities: Entities) -> Entity:
    """A person speaks for the organisation the text ties them to."""
    if entity.category == PERSON and entity.affiliation:
        for group in entities.all(GROUP):
            if group.id == entity.affiliation:
                return group
    return entity
