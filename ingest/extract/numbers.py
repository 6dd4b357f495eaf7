"""Numbers as news text writes them: digits ("275,000", "2.5 million"), words ("nine", "twenty-three"), vague words ("dozens")."""
from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# "a" / "an" count as one only before a scale word ("a hundred", "a million").
ARTICLE_ONE = {"a", "an"}
# Words that give a size without a number; "a dozen" is exact enough to be twelve in a count, but news
# writers use it loosely, so it stays a phrase.
VAGUE = [
    "hundreds of thousands", "tens of thousands", "dozens", "scores", "hundreds", "thousands", "millions",
    "several", "a number of", "a few", "many", "numerous", "a dozen", "some", "the vast majority",
]

_WORD = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True))
# A run of number words: "twenty-three", "three hundred and forty two", "a million".
NUMBER_WORDS = rf"(?:(?:a|an)\s+(?:{'|'.join(SCALES)})|(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*)"
# Digits with thousands separators or a decimal, optionally followed by a scale word ("1.5 million").
NUMBER_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+(?:{'|'.join(SCALES)}))?"
NUMBER = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORDS})"
NUMBER_RE = re.compile(rf"\b{NUMBER}\b", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int
    text: str


def parse_number(text: str) -> int | None:
    """The integer a number phrase stands for, or None if it is not one ("nine" -> 9, "275,000" -> 275000)."""
    phrase = text.strip().lower()
    if not phrase:
        return None
    digits = re.fullmatch(rf"(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+({'|'.join(SCALES)}))?", phrase)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        if digits.group(2):
            value *= SCALES[digits.group(2)]
        return int(round(value)) if value == round(value) or digits.group(2) else None
    return _parse_words(phrase)


def _parse_words(phrase: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", phrase) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen_number = 0, 0, False
    for position, token in enumerate(tokens):
        if token in ARTICLE_ONE and position == 0 and len(tokens) > 1 and tokens[1] in SCALES:
            current, seen_number = 1, True
        elif token in UNITS:
            current += UNITS[token]
            seen_number = True
        elif token in TENS:
            current += TENS[token]
            seen_number = True
        elif token == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
            seen_number = True
        else:
            return None
    return total + current if seen_number else None


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number phrase in text[start:end], with offsets into text."""
    end = len(text) if end is None else end
    found = []
    for match in NUMBER_RE.finditer(text, start, end):
        value = parse_number(match.group(0))
        if value is not None:
            found.append(Number(value, match.start(), match.end(), match.group(0)))
    return found
