"""Find a curator's quote in a raw source text and return its exact raw span, however the curator typed it.

The raw text is never edited. It is normalised into a search copy (typographic quotes and dashes to
plain ones, any run of whitespace to one space, invisible format characters dropped) together with a
map from every search-copy position back to its raw offset; a match in the copy is mapped back, so
offsets count code points in the raw text and the raw slice is what the graph records as the exact
quote. A letter of another script wedged inside a Latin word (the Arabic U+0639 typed for the "u" of
"neighbourhoods" on an Arabic keyboard) becomes a wildcard that matches one Latin letter or nothing, so
"neighbourhoods", "neighborhoods" and the raw spelling all find it.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

CONTEXT_CHARS = 32  # oa:prefix / oa:suffix length
WILDCARD = "\ufffc"  # stands for a stray letter in the search copy; never occurs in normalised text otherwise
TYPOGRAPHIC = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


class EvidenceError(ValueError):
    """The quote cannot be tied to one span of the text; the message says why and what is closest."""


@dataclass(frozen=True)
class TextQuote:
    """A located span: code-point offsets into the raw text (end exclusive) and its Web Annotation selectors."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and (char.isascii() or unicodedata.name(char, "").startswith("LATIN"))


def _is_stray_letter(text: str, i: int) -> bool:
    """A letter of another script wedged between two Latin letters (the Arabic U+0639 in "neighbo\u0639rhoods")."""
    char = text[i]
    return (char.isalpha() and not _is_latin_letter(char) and 0 < i < len(text) - 1
            and _is_latin_letter(text[i - 1]) and _is_latin_letter(text[i + 1]))


def normalise(text: str) -> tuple[str, list[int]]:
    """The search copy of `text` and, for each of its characters, the offset in `text` it came from."""
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            out.append(" ")
            origin.append(i)
            while i < n and text[i].isspace():
                i += 1
            continue
        if _is_stray_letter(text, i):
            out.append(WILDCARD)
            origin.append(i)
        elif unicodedata.category(char) != "Cf" and char != WILDCARD:
            out.append(char.translate(TYPOGRAPHIC))
            origin.append(i)
        i += 1
    return "".join(out), origin


def normalise_quote(quote: str) -> str:
    return normalise(quote)[0].strip()


def _quote_pattern(needle: str) -> re.Pattern:
    """A regex for the normalised quote in which each Latin letter may also be a stray letter of the text,
    and a stray letter may sit between any two Latin letters; the lookahead finds overlapping repeats too."""
    parts = []
    for k, char in enumerate(needle):
        latin = _is_latin_letter(char)
        if latin and k and _is_latin_letter(needle[k - 1]):
            parts.append(WILDCARD + "?")
        parts.append(f"[{re.escape(char)}{WILDCARD}]" if latin else re.escape(char))
    return re.compile("(?=(" + "".join(parts) + "))")


class TextIndex:
    """A raw text prepared for quote look-ups (normalise once, look up many quotes)."""

    def __init__(self, raw: str, name: str = "the source text"):
        self.raw = raw
        self.name = name
        self.search_text, self.origin = normalise(raw)

    def _occurrences(self, needle: str) -> list[tuple[int, int]]:
        """(start, end) in the search copy of every place the quote occurs."""
        return [m.span(1) for m in _quote_pattern(needle).finditer(self.search_text)]

    def _span(self, search_start: int, search_end: int) -> TextQuote:
        start = self.origin[search_start]
        end = self.origin[search_end - 1] + 1
        return TextQuote(start, end, self.raw[start:end],
                         self.raw[max(0, start - CONTEXT_CHARS):start], self.raw[end:end + CONTEXT_CHARS])

    def locate(self, quote: str, occurrence: int | None = None) -> TextQuote:
        """The one span `quote` stands for; `occurrence` (1-based) picks among repeats."""
        needle = normalise_quote(quote)
        if not needle:
            raise EvidenceError("the quote is empty")
        hits = self._occurrences(needle)
        if not hits:
            raise EvidenceError(self._not_found_message(quote, needle))
        if occurrence is not None:
            if not 1 <= occurrence <= len(hits):
                raise EvidenceError(f"occurrence {occurrence} asked for, but the quote occurs {len(hits)} "
                                    f"time(s) in {self.name}")
            return self._span(*hits[occurrence - 1])
        if len(hits) > 1:
            positions = ", ".join(str(self.origin[start]) for start, _ in hits)
            raise EvidenceError(f"ambiguous quote: it occurs {len(hits)} times in {self.name} (at characters "
                                f"{positions}); lengthen it or add 'occurrence: N' (1-based): {quote!r}")
        return self._span(*hits[0])

    def closest(self, quote: str) -> tuple[TextQuote, float] | None:
        """The span of the text most similar to `quote` (windows of its length starting at a word) and the ratio."""
        needle = normalise_quote(quote)
        text = self.search_text
        if not needle or not text:
            return None
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(needle)  # seq2 is the side difflib pre-indexes: the fixed one
        best, best_at = -1.0, 0
        for k in range(len(text)):
            if k and text[k - 1] != " ":
                continue
            matcher.set_seq1(text[k:k + len(needle)])
            if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                ratio = matcher.ratio()
                if ratio > best:
                    best, best_at = ratio, k
        end, best = self._best_end(matcher, best_at, len(needle))
        return self._span(best_at, end), best

    def _best_end(self, matcher: difflib.SequenceMatcher, start: int, length: int) -> tuple[int, float]:
        """The end (and ratio) of the closest span starting at `start`: the quote's length give or take a few."""
        text = self.search_text
        ends = range(max(start + 1, start + length - 3), min(len(text), start + length + 3) + 1)
        scored = []
        for end in ends:
            matcher.set_seq1(text[start:end])
            scored.append((-matcher.ratio(), text[end - 1] == " ", end))
        negative_ratio, _, end = min(scored)
        return end, -negative_ratio

    def _not_found_message(self, quote: str, needle: str) -> str:
        message = f"quote not found in {self.name}: {quote!r}"
        found = self.closest(quote)
        if found:
            span, ratio = found
            message += (f"; closest match at characters {span.start}-{span.end} "
                        f"({ratio:.0%} similar): {span.exact!r}")
        return message
