"""Read a source's raw text and find its parts (title, date, lede, caption, body ...) with their offsets.

Two layouts are recognised, alone or stacked (a header above an outlet page):
- a header: "Title: ...", "Outlet: ...", "Published: <date>" lines, then the body;
- an outlet page: the title (often printed twice), a reading-time line ("5 min read"), the date line,
  a lede, an image caption ending in a bracketed credit ("... [Anadolu]"), the body, and a trailing
  "Read more: ..." link.
Anything else is a plain text whose body is the whole text. Every part is a `Span` whose offsets count
code points in the raw text, so `raw[span.start:span.end] == span.text` always holds.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError, LayoutError, Problem

HEADER_FIELD = re.compile(r"(Title|Outlet|Published)[ \t]*:[ \t]*(.*)")
READING_TIME = re.compile(r"\d+\s*(?:min|mins|minute|minutes)\s+read", re.IGNORECASE)
CAPTION_CREDIT = re.compile(r"(.*\S)\s*\[([^\[\]]+)\]")
RELATED_LINK = re.compile(r"Read more\s*:\s*(.*\S)", re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The outlet-page block (titles, reading time, date) sits within the first few non-blank lines.
PAGE_HEAD_LOOKAHEAD = 4


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Layout:
    form: str  # "header", "outlet-page", "header+outlet-page" or "plain"
    body: Span
    title: Span | None = None
    outlet: Span | None = None
    published: dt.date | None = None
    published_span: Span | None = None
    reading_time: Span | None = None
    lede: Span | None = None
    image_caption: Span | None = None
    image_credit: Span | None = None
    related_link: Span | None = None


def read_raw_text(path: str | Path) -> str:
    """The text exactly as stored: UTF-8, no newline translation (offsets must match the bytes on disk)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise IngestError(Problem(f"not valid UTF-8 at byte {exc.start}", file=str(path))) from exc
    except OSError as exc:
        raise IngestError(Problem(f"cannot read the source text: {exc.strerror}", file=str(path))) from exc


def parse_date_text(text: str) -> dt.date | None:
    """A full calendar date ("Oct. 28, 2016", "Thursday, 20 October 2016", "Kamis, 20 Oktober 2016"), else None. An
    English weekday must agree with the date; another language's is left to dateparser."""
    import dateparser  # imported here: it takes a moment and only date lines need it

    # "22 November 2024, 09:52 (updated 18:55)", "23/10/2024 à 19h12", "13-11-2024 | 14:05": the day it was
    # published, without the time (English, or French "à 19h12") or a note in brackets
    # "12 de julio de 2022 - 07:40 a. m." (Spanish spacing of "a.m.")
    # "19 June 2025 at 11:02, updated at 16:40", "03.16.25, 21:37 | Updated: 03.16.25, 23:58": and without the update
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r"\s*[,|;–—-]?\s*(?:last\s+)?(?:updated|modified|edited)\b.*$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:\s*[,|–—-]?\s+(?:at\s+|à\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
                  r"(?:\s+[A-Z]{2,5})?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)+\s*$", "", text, flags=re.IGNORECASE)
    dotted = re.fullmatch(r"(\d{1,2}\.\d{1,2}\.)(\d{2})", text.strip())
    if dotted:  # "03.16.25": a year in two digits, this century's
        text = f"{dotted.group(1)}20{dotted.group(2)}"
    if not re.search(r"\d{4}", text) or len(text) > 40:
        return None
    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    dotted = re.search(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", text)
    if dotted:
        settings["DATE_ORDER"] = "DMY"  # "11.03.2026": a dotted date is day first unless it cannot be ("03.16.2025")
    slashed = re.search(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{4}\b", text)
    if slashed:
        # "10/03/2025", "08-01-2018": day first, as outlets outside the United States write it (whose pages spell the
        # month out); "12/25/2024" can only be month first
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None and (slashed or dotted):
        parsed = dateparser.parse(text, languages=["en"], settings={**settings, "DATE_ORDER": "MDY"})
    if parsed is None and not (slashed or dotted):
        # "Selasa, 13 September 2011", "jueves, 20 de octubre de 2016": a translated article under its outlet's own
        # date line; the language is detected from the month's and the weekday's names
        parsed = dateparser.parse(text, settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    named = [w for w in WEEKDAYS if re.search(rf"\b{w[:3]}", text, re.IGNORECASE)]
    if named and named[0] != WEEKDAYS[day.weekday()]:
        raise LayoutError(Problem(f"date line {text!r} names a {named[0].title()}, "
                                  f"but {day.isoformat()} is a {WEEKDAYS[day.weekday()].title()}"))
    return day


# --- lines and spans -----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # before the line terminator
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _lines(raw: str) -> list[_Line]:
    lines, pos = [], 0
    for part in raw.split("\n"):
        text = part[:-1] if part.endswith("\r") else part
        lines.append(_Line(pos, pos + len(text), text))
        pos += len(part) + 1
    return lines


def _trimmed(raw: str, start: int, end: int) -> Span:
    """The span [start, end) without surrounding whitespace (no-break spaces included)."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return Span(start, end, raw[start:end])


def _line_span(raw: str, line: _Line) -> Span:
    return _trimmed(raw, line.start, line.end)


# --- the two layouts ------------------------------------------------------------------------------

def _parse_header(raw: str, lines: list[_Line], i: int) -> tuple[dict[str, Span], int]:
    """Read "Field: value" lines from line i on; return the fields and the index of the next line."""
    fields: dict[str, Span] = {}
    while i < len(lines) and lines[i].blank:
        i += 1
    while i < len(lines):
        match = HEADER_FIELD.fullmatch(lines[i].text)
        if not match or match.group(1).lower() in fields:
            break
        fields[match.group(1).lower()] = _trimmed(raw, lines[i].start + match.start(2), lines[i].start + match.end(2))
        i += 1
    return fields, i


def _non_blank(lines: list[_Line], i: int, limit: int | None = None) -> list[int]:
    found = [k for k in range(i, len(lines)) if not lines[k].blank]
    return found[:limit] if limit else found


def _caption(raw: str, line: _Line) -> tuple[Span, Span] | None:
    """(caption, credit) if the line is an image caption ending in a bracketed credit."""
    match = CAPTION_CREDIT.fullmatch(line.text.strip())
    if not match:
        return None
    offset = line.start + (len(line.text) - len(line.text.lstrip()))
    return (_trimmed(raw, offset + match.start(1), offset + match.end(1)),
            _trimmed(raw, offset + match.start(2), offset + match.end(2)))


def _parse_page_head(raw: str, lines: list[_Line], i: int) -> tuple[dict[str, Span], int]:
    """The outlet-page block from line i on (title(s), reading time, date, lede, caption) and the next line.

    Returns ({}, i) when the text there is not an outlet page.
    """
    head = _non_blank(lines, i, PAGE_HEAD_LOOKAHEAD + 3)
    for pos, k in enumerate(head[:PAGE_HEAD_LOOKAHEAD]):
        if not READING_TIME.fullmatch(lines[k].text.strip()):
            continue
        titles = {lines[t].text.strip() for t in head[:pos]}
        if len(titles) != 1 or pos + 1 >= len(head):
            break
        date_line = lines[head[pos + 1]]
        if parse_date_text(date_line.text.strip()) is None:
            break
        parts = {"title": _line_span(raw, lines[head[0]]), "reading_time": _line_span(raw, lines[k]),
                 "published": _line_span(raw, date_line)}
        used = pos + 1
        if used + 1 < len(head) and not _caption(raw, lines[head[used + 1]]):
            used += 1
            parts["lede"] = _line_span(raw, lines[head[used]])
        if used + 1 < len(head) and (caption := _caption(raw, lines[head[used + 1]])):
            used += 1
            parts["image_caption"], parts["image_credit"] = caption
        return parts, head[used] + 1
    return {}, i


def _body_and_link(raw: str, lines: list[_Line], i: int) -> tuple[Span, Span | None]:
    rest = _non_blank(lines, i)
    if not rest:
        return Span(len(raw), len(raw), ""), None
    link = None
    match = RELATED_LINK.fullmatch(lines[rest[-1]].text.strip())
    if match and len(rest) > 1:
        line = lines[rest[-1]]
        offset = line.start + (len(line.text) - len(line.text.lstrip()))
        link = _trimmed(raw, offset + match.start(1), offset + match.end(1))
        rest = rest[:-1]
    return _trimmed(raw, lines[rest[0]].start, lines[rest[-1]].end), link


def parse_layout(raw: str, date_given: bool = False) -> Layout:
    """Find the parts of a raw source text; raises LayoutError if its header and page disagree on the date, or if its
    date line cannot be read, unless the caller has the date from elsewhere (`date_given`: `ckg extract --date`)."""
    lines = _lines(raw)
    header, i = _parse_header(raw, lines, 0)
    if len(header) < 2:  # one "Title:" line alone is more likely prose than a header
        header, i = {}, 0
    page, i = _parse_page_head(raw, lines, i)
    body, link = _body_and_link(raw, lines, i)
    form = "+".join(name for name, found in (("header", header), ("outlet-page", page)) if found) or "plain"

    published_span = header.get("published") or page.get("published")
    published = None
    if published_span is not None:
        published = parse_date_text(published_span.text)
        if published is None and not date_given:
            raise LayoutError(Problem(f"cannot read the publication date {published_span.text!r} "
                                      f"(at character {published_span.start}); give it with --date YYYY-MM-DD"))
    if published is not None and header.get("published") and page.get("published"):
        page_date = parse_date_text(page["published"].text)
        if page_date != published:
            raise LayoutError(Problem(f"the header's date {published} and the page's date {page_date} disagree"))

    return Layout(
        form=form, body=body, title=header.get("title") or page.get("title"), outlet=header.get("outlet"),
        published=published, published_span=published_span, reading_time=page.get("reading_time"),
        lede=page.get("lede"), image_caption=page.get("image_caption"), image_credit=page.get("image_credit"),
        related_link=link,
    )
