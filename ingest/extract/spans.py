"""Where the article quotes someone: the spans between quotation marks, told apart from scare quotes around a
count ("killed "dozens" of soldiers") or a single word."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.text import Article

_QUOTED = re.compile(r'"([^"]+)"')
COUNT_WORDS = re.compile(r"^(?:more than|at least|up to|about|around|over|nearly|some)?\s*[\w,.-]+(?:\s+[a-z]+)?$")


@dataclass(frozen=True)
class Quoted:
    start: int  # of the text inside the marks
    end: int
    paragraph: int

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def quoted_spans(article: Article) -> list[Quoted]:
    """Every span between double quotation marks inside one paragraph of the body."""
    found = []
    by_paragraph: dict[int, list] = {}
    for sentence in article.sentences:
        if sentence.part == "body":
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for paragraph, sentences in by_paragraph.items():
        start, end = sentences[0].start, sentences[-1].end
        for match in _QUOTED.finditer(article.text, start, end):
            found.append(Quoted(match.start(1), match.end(1), paragraph))
    return found


def is_speech(article: Article, quoted: Quoted) -> bool:
    """A quotation of someone's words, not a scare quote or a quoted figure: at least two words, and not
    just a count ("more than 20")."""
    words = article.text[quoted.start:quoted.end].split()
    if len(words) < 2:
        return False
    from ingest.extract.numbers import NUMBER_RE

    inner = article.text[quoted.start:quoted.end].strip()
    return not (NUMBER_RE.search(inner) and len(words) <= 4)


def inside_speech(article: Article, quotes: list[Quoted], start: int, end: int) -> bool:
    """Whether [start, end) lies inside a long quotation (three words or more: a speaker's own sentence)."""
    return any(q.start <= start and end <= q.end and len(article.text[q.start:q.end].split()) > 4 for q in quotes)
