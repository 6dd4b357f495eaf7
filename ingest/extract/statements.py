"""Direct quotations with their speaker and the outlet they were told to.

The speaker is named next to the quotation ("...," X said / said X / X told AFP: "..."), by a pronoun
("he said": the person named last), or inherited from the quotation before it in the same paragraph. The
outlet is the one the speaker "told" in that sentence or earlier in the article; it is not always the
publisher, and a press release's own words have none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.dates import DateValue
from ingest.extract.entities import DESCRIPTION, GROUP, PERSON, Entities, Entity
from ingest.extract.events import EventFinder
from ingest.extract.spans import Quoted, is_speech
from ingest.extract.text import Article

SPEECH_VERB = r"(?:said|says|added|told|tells|insisted|warned|stressed|explained|noted|wrote|asked|continued|declared)"
INTRO_VERB = re.compile(r"\b(?:said|says|called|described|denied|told|telling|insisted|warned|accused|based\s+on|"
                        r"struck|blaming|blamed|calling|branded|dismissed)\b", re.IGNORECASE)


@dataclass
class Statement:
    id: str
    quote: tuple[int, int]
    speaker: Entity
    outlet: Entity | None
    date: DateValue | None
    confidence: float = 0.6


class StatementFinder:
    def __init__(self, article: Article, entities: Entities, events: EventFinder, quotes: list[Quoted]):
        self.article = article
        self.entities = entities
        self.events = events
        self.quotes = quotes

    def find(self) -> list[Statement]:
        statements: list[Statement] = []
        previous: Statement | None = None
        previous_paragraph = None
        for quoted in self.quotes:
            if not is_speech(self.article, quoted):
                continue
            if previous_paragraph != quoted.paragraph:
                previous = None
            speaker, clause = self._speaker(quoted)
            confidence = 0.7
            if speaker is None and previous is not None:
                speaker, clause, confidence = previous.speaker, None, 0.5
            if speaker is None:
                continue
            outlet = self._outlet(speaker, clause)
            date = self._date(quoted, clause)
            statement = Statement(f"s{len(statements) + 1}", quoted.span, speaker, outlet, date, confidence)
            statements.append(statement)
            previous, previous_paragraph = statement, quoted.paragraph
        return statements

    def _speaker(self, quoted: Quoted) -> tuple[Entity | None, tuple[int, int] | None]:
        text = self.article.text
        sentence = self.article.sentence_at(quoted.start)
        paragraph_end = max(s.end for s in self.article.sentences if s.paragraph == quoted.paragraph)
        after_start = quoted.end + 1
        after = text[after_start:paragraph_end]
        # "...," X said / "...," said X / "...," he told reporters
        match = re.match(rf"\s*(?:(?P<pre>[^\"]{{1,120}}?)\s+{SPEECH_VERB}\b|{SPEECH_VERB}\s+(?P<post>[^\"]{{1,80}}))", after)
        if match:
            clause_end = after_start + (re.search(r"[.!?](?:\s|$)", after).start() if re.search(r"[.!?](?:\s|$)", after) else len(after))
            clause = (after_start, clause_end)
            if match.group("pre") is not None:
                region = (after_start + match.start("pre"), after_start + match.end("pre"))
                who = self._actor_in(*region, first=True) or self._pronoun(match.group("pre"), quoted.start) or \
                    self._person_by_part(match.group("pre")) or self._person_by_title(match.group("pre"))
            else:
                region = (after_start + match.start("post"), after_start + match.end("post"))
                who = self._actor_in(*region, first=True)
            if who is not None and not re.search(r"[\"]", text[after_start:region[0]]):
                return who, clause
        # X said "..." / X called the reports "..." / X told AFP: "..."
        if sentence is not None:
            before = text[sentence.start:quoted.start - 1]
            if INTRO_VERB.search(before) and not re.search(r"\bthe\s*$", before):
                verb = list(INTRO_VERB.finditer(before))[-1]
                who = self._actor_in(sentence.start, sentence.start + verb.start(), first=True) or self._pronoun(
                    before[:verb.start()], quoted.start) or self._described(sentence.start, sentence.start + verb.start())
                if who is not None:
                    return who, (sentence.start, quoted.start)
        return self._introduced_block(quoted)

    def _introduced_block(self, quoted: Quoted) -> tuple[Entity | None, tuple[int, int] | None]:
        """A paragraph in quotation marks after the paragraph that introduces it: "In a statement issued late on Sunday,
        Manipur Police said:", "The 5th Joint Military Region issued a communiqué on Wednesday ... . Extract, translated
        from French by The Anglophone Courier:", "The following was issued ... in the name of the Donga-Mantung command of
        the Ambazonia Defence Forces". Whoever the introduction names as speaking or issuing speaks the block."""
        text = self.article.text
        own = self.article.paragraph_sentences(quoted.paragraph)
        if own and text[own[0].start:quoted.start].strip(" \"“'‘") or quoted.paragraph == 0:
            return None, None  # the quotation does not open its paragraph
        paragraph = quoted.paragraph - 1
        while paragraph > 0 and quoted.paragraph - paragraph < 5 and self._opens_with_quote(paragraph):
            paragraph -= 1  # a statement quoted over several paragraphs, each opening with a quotation mark
        intro = self.article.paragraph_sentences(paragraph)
        if not intro:
            return None, None
        last = intro[-1]
        whole = text[intro[0].start:last.end]
        named = re.search(r"\b(?:in\s+the\s+name\s+of|issued\s+by|released\s+by|on\s+behalf\s+of)\s+(?:the\s+)?", whole)
        if not whole.rstrip().endswith(":") and not (named and re.search(r"\b[Tt]he\s+following\b", whole)):
            return None, None
        if named:  # "issued ... in the name of the Donga-Mantung command of the Ambazonia Defence Forces": the body
            at = intro[0].start + named.end()
            who = [m for m in self.entities.in_span(at, last.end) if m.entity.category == GROUP]
            if who:
                return who[0].entity, None
        verb = list(re.finditer(rf"\b(?:{SPEECH_VERB}|posted|stated|announced|reads)\b", text[last.start:last.end]))
        document = verb and re.search(r"\b(?:statement|communiqu[eé]|release|report|post)\s+$",
                                      text[last.start:last.start + verb[-1].start()])
        if verb and not document:  # "Manipur Police said:", "The mayor, Serhiy Hordiienko, wrote on Telegram:": the actor
            at = last.start + verb[-1].start()  # right before the verb
            mentions = [m for m in self.entities.in_span(last.start, at) if m.entity.category in (PERSON, GROUP)]
            if mentions and re.fullmatch(r"[\s,]*", text[mentions[-1].end:at]):
                return mentions[-1].entity, (last.start, last.end)
            return self._described(last.start, at) or self._pronoun(text[last.start:at], last.start), (last.start, last.end)
        issued = re.search(r"\b(?:issued|released|published|sent|circulated)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?"
                           r"(?:statement|communiqu[eé]|press\s+release|release)\b", whole)
        if issued or document:  # "The 5th Joint Military Region in Bamenda issued a communiqué on Wednesday": its subject;
            # else the first the introduction names ("..., signed by its head of communication, Lieutenant-Colonel X";
            # "Mr Daniel Ayuba Bature, disclosed the incident in a press release ... . The statement reads in part:")
            at = intro[0].start + issued.start() if issued else None
            sentence = self.article.sentence_at(at) if issued else None
            who = (self._actor_in(sentence.start, at, first=True) if sentence else None) or \
                self._actor_in(intro[0].start, last.end, first=True)
            if who is not None:
                return who, None
        return None, None

    def _opens_with_quote(self, paragraph: int) -> bool:
        sentences = self.article.paragraph_sentences(paragraph)
        return bool(sentences) and self.article.text[sentences[0].start] in "\"“"

    def _actor_in(self, start: int, end: int, first: bool = False) -> Entity | None:
        mentions = [m for m in self.entities.in_span(start, end) if m.entity.category in (PERSON, GROUP)]
        if not mentions:
            return None
        return (mentions[0] if first else mentions[-1]).entity

    def _person_by_part(self, words: str) -> Entity | None:
        """"Pol Col Surachet told reporters", "Col Wichai told the Bangkok Post": a title and one of the names of a person
        the text named in full (Surachet Kaewmanee), the only one who bears it."""
        named = re.fullmatch(r"\s*(?:[A-Z][\w.]*\s+){1,4}?(?P<name>[A-Z][\w'’-]{2,})\s*", words)
        if named is None:
            return None
        people = [p for p in self.entities.all(PERSON) if named.group("name") in p.name.split()]
        return people[0] if len(people) == 1 else None

    def _person_by_title(self, words: str) -> Entity | None:
        """"the General Officer said": the one person the text gave that title ("General Officer Commanding")."""
        titled = re.fullmatch(r"\s*[Tt]he\s+(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*", words)
        if titled is None:
            return None
        people = [p for p in self.entities.all(PERSON) if p.title and titled.group("title").lower() in p.title.lower()]
        return people[0] if len(people) == 1 else None

    def _described(self, start: int, verb: int) -> Entity | None:
        """"The newspaper blamed the attack on '...'": the group a description right before the verb stands for."""
        phrases = list(DESCRIPTION.finditer(self.article.text, start, verb))
        if not phrases or self.article.text[phrases[-1].end():verb].strip():
            return None
        return self.entities.described(phrases[-1].group(0), phrases[-1].start())

    def _pronoun(self, words: str, before: int) -> Entity | None:
        pronoun = re.search(r"\b(he|she|they|it)\b", words, re.IGNORECASE)
        if not pronoun:
            return None
        category = PERSON if pronoun.group(1).lower() in ("he", "she") else GROUP
        mentions = [m for m in self.entities.in_span(0, before) if m.entity.category == category]
        return mentions[-1].entity if mentions else None

    def _outlet(self, speaker: Entity, clause: tuple[int, int] | None) -> Entity | None:
        """The outlet told in the attribution, else one the speaker told earlier in the article."""
        text = self.article.text
        if clause is not None:
            outlet = self._told_in(*clause)
            if outlet is not None:
                return outlet
        for start, end in sorted(speaker.mentions):
            sentence = self.article.sentence_at(start)
            if sentence is None:
                continue
            told = re.search(r"\b(?:told|telling|speaking\s+to)\s+", text[end:sentence.end])
            if told and not re.search(r"[\"]", text[end:end + told.start()]):
                outlet = self._told_in(end + told.start(), sentence.end)
                if outlet is not None:
                    return outlet
        return None

    def _told_in(self, start: int, end: int) -> Entity | None:
        text = self.article.text
        told = re.search(r"\b(?:told|telling|speaking\s+to)\s+(?:the\s+)?", text[start:end])
        if not told:
            return None
        at = start + told.end()
        mentions = [m for m in self.entities.in_span(at, min(end, at + 60)) if m.entity.category == GROUP]
        if mentions and mentions[0].start - at <= 25 and (mentions[0].entity.actor_type == "news-outlet"
                                                          or re.search(r"press|news|times|reuters|afp|ledger|wire|post|agency",
                                                                       mentions[0].entity.name, re.IGNORECASE)
                                                          or mentions[0].entity.actor_type is None):
            return mentions[0].entity
        return None

    def _date(self, quoted: Quoted, clause: tuple[int, int] | None) -> DateValue | None:
        if clause is None:
            return None
        sentence = self.article.sentence_at(clause[0])
        if sentence is None:
            return None
        for value in self.events.dates_in(sentence):
            if value.start is not None and clause[0] <= value.start < clause[1] + 40 and not (
                    quoted.start <= value.start < quoted.end) and value.precision in ("day", "bound"):
                return value
        return None
