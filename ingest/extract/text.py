"""The article as the extractor sees it: a same-length normalised copy of the raw text, paragraphs and sentences with offsets.

Every offset here counts code points in the raw text, so a span found in the normalised copy is also the
span of the raw characters (`raw[start:end]`), which is what evidence quotes must be.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.layout import Layout

# One character for one character, so offsets survive: typographic quotes become plain ones and
# no-break spaces become spaces. Stray letters of another script are left alone (they would shift offsets).
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
})

# A dateline: a place (in capitals or not, "DUBAI/ADEN"), maybe a region or a date after a comma, maybe the agency in
# brackets, then a dash: "Cotonou, 23 October 2024 (BHI) – ", "KIRKUK, Kurdistan Region's disputed areas — ", "CULIACÁN,
# Sin.— ", "Loikaw (LCNA) - "
DATELINE = re.compile(r"[A-Z][\w'’.-]+(?:[ /-][A-Z][\w'’.-]+){0,3}(?:,[^–—\n()]{1,60}?)?(?:\s*\([\w .]{2,15}\))?"
                      r"\s*(?:[–—]|--?)\s+(?=[A-Z\"“])")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "maj", "gen", "col", "lt", "capt", "cpt", "sgt", "brig", "adm", "gov",
    "sen", "rep", "st", "mt", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.n", "u.s", "u.k", "e.g", "i.e", "etc", "approx", "est", "sr", "jr", "rev",
    # the ranks and forms of address: "A councillor representing the ward, Hon. Yusuf Lawal Kwari, said"
    "hon", "insp", "cpl", "pvt", "pte", "supt", "fr",
}


def normalise(raw: str) -> str:
    """The raw text with typographic quotes, dashes and odd spaces made plain, at the same offsets."""
    return raw.translate(_SAME_LENGTH)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    part: str  # "body", "lede", "caption" or "title"
    index: int = 0  # position in the article

    def contains(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        return self.start <= start and end <= self.end


@dataclass
class Article:
    raw: str
    text: str  # normalised, same length as raw
    layout: Layout
    sentences: list[Sentence] = field(default_factory=list)

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.part == "body"]

    def paragraph_sentences(self, paragraph: int) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == paragraph]

    def dateline_end(self, sentence: Sentence) -> int | None:
        """Where the dateline that opens the story ends, when this sentence of its first paragraphs opens with one."""
        body = self.body_sentences()
        if not body or sentence.paragraph > body[0].paragraph + 2:
            return None
        found = DATELINE.match(self.text, sentence.start, sentence.end)
        return found.end() if found else None


def build_article(raw: str, layout: Layout) -> Article:
    article = Article(raw=raw, text=normalise(raw), layout=layout)
    paragraph = 0
    for part, span in (("title", layout.title), ("lede", layout.lede), ("caption", layout.image_caption),
                       ("caption", layout.image_credit)):
        if span is not None:
            article.sentences.append(Sentence(span.start, span.end, paragraph, part))
            paragraph += 1
    title = re.sub(r"\s+", " ", article.text[layout.title.start:layout.title.end]).strip() if layout.title else None
    in_head = True  # the page furniture before the first paragraph of prose
    for start, end in paragraphs(article.text, layout.body.start, layout.body.end):
        part = _page_part(article.text[start:end], title, in_head)
        in_head = in_head and part != "body"
        for s_start, s_end in sentences(article.text, start, end):
            article.sentences.append(Sentence(s_start, s_end, paragraph, part))
        paragraph += 1
    article.sentences.sort(key=lambda s: s.start)
    for index, sentence in enumerate(article.sentences):
        sentence.index = index
    return article


# Lines of page furniture anywhere in a body: links, photo captions, tags, notes in brackets.
FURNITURE = re.compile(r"(?:(?:also\s+read|read\s+also|read\s+more|related|see\s+also|photo\s+caption|photo|image|caption|"
                       r"tags?|listen|audio|share|contact|follow\s+us)\s*:|\[[^\]]*\]$|.*\((?:photo|image|file)\b[^)]*\)$)",
                       re.IGNORECASE)


def _page_part(paragraph: str, title: str | None, in_head: bool) -> str:
    """What a paragraph of the body is: "body" (prose), "title" (the headline again), "caption" (page
    furniture: a section label, a byline, a time stamp, a breadcrumb, a photo caption, a link line) or "lede"
    (a standfirst: a summary line without a full stop between the headline and the first paragraph)."""
    text = re.sub(r"\s+", " ", paragraph).strip()
    if title is not None and text == title:
        return "title"
    if FURNITURE.match(text):
        return "caption"
    if not in_head or re.search(r"[.!?][\"'\u201d\u2019)]*$", text) or "\n" in paragraph.strip():
        return "body"
    return "lede" if len(text.split()) >= 8 and not re.search(r"\||\bBy\s+[A-Z]", text) else "caption"


_LINE = re.compile(r"[^\n]*\n?")


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines separate paragraphs; so does a line break after a line that ends a
    sentence (or has no sentence punctuation at all, like a sub-heading) when the next line starts with a
    capital, a quote or a bullet. A line break inside a sentence ("than in\\nthe capital") joins the lines, and
    so does one after a figure standing alone on its line, which is read with the label below it."""
    # one span per line; finditer alone would also yield the empty match at each line's end, which read as
    # a blank line and split every line into its own paragraph
    lines = [(m.start(), m.end() - (text[m.end() - 1:m.end()] == "\n")) for m in _LINE.finditer(text, start, end)
             if m.end() > m.start()]
    result: list[list[int]] = []
    previous_blank = True
    for l_start, l_end in lines:
        line = text[l_start:l_end]
        if not line.strip():
            previous_blank = True
            continue
        if previous_blank or not result or _starts_paragraph(text[result[-1][0]:result[-1][1]], line):
            result.append([l_start, l_end])
        else:
            result[-1][1] = l_end
        previous_blank = False
    return [(_strip(text, a, b)) for a, b in result]


def _starts_paragraph(previous: str, line: str) -> bool:
    if re.fullmatch(r"\s*(?:about|over|more\s+than|at\s+least|some)?\s*\d[\d,.]*\+?\s*", previous, re.IGNORECASE):
        return False  # a key-figures box: "577" on its line, its label ("Palestinians killed") on the next
    first = line.lstrip()[:1]
    if not (first.isupper() or first in "\"'\u2022*-" or first.isdigit()):
        return False
    last = previous.rstrip()[-1:]
    return last in ".!?:\"'" or not re.search(r"[.!?]", previous)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9\u2022])")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph. Does not split inside a quotation or after an abbreviation."""
    result, s_start = [], start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        if _inside_quote(text, s_start, match.start()) or _after_abbreviation(text, s_start, match.start()) \
                or _clock_time_goes_on(text, s_start, match):
            continue
        result.append(_strip(text, s_start, cut))
        s_start = cut
    if s_start < end and text[s_start:end].strip():
        result.append(_strip(text, s_start, end))
    return [span for span in result if span[1] > span[0]]


def _inside_quote(text: str, start: int, at: int) -> bool:
    """Whether an odd number of double quotes opened before `at` (the sentence continues inside them)."""
    segment = text[start:at + 1]
    return segment.count('"') % 2 == 1


def _clock_time_goes_on(text: str, start: int, boundary: re.Match) -> bool:
    """"at 8 p.m. (16:00 GMT) on Wednesday": the time in another zone follows in brackets, the sentence goes on."""
    return bool(re.search(r"\b[ap]\.m$", text[start:boundary.start()], re.IGNORECASE)) \
        and text[boundary.end():boundary.end() + 3].lstrip().startswith("(")


def _after_abbreviation(text: str, start: int, at: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[start:at])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if token in ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isalpha()  # an initial ("J. Smith")
