"""Time expressions in news text, resolved against the publication date with a precision (day, month, year or bound).

"on Tuesday" in a Thursday paper is the Tuesday before; "since July" is July (month precision); "last
week" is a bound from that week's Monday to its Sunday; "a day earlier" counts back from the date the
text gave last. A process still going on from a day is a bound up to publication ("since Monday", "has
since seized"); a part of a year is its quarter(s) ("late 2021" is October to December). The words the
date was read from are kept as the phrase.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24)}
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))"
_YEAR = r"(?:19|20)\d\d"
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty)"
# Words that put a weekday in the future ("would begin an advance ... on Saturday").
FUTURE_CUES = re.compile(r"\b(?:will|would|shall|is set to|are set to|plans? to|planning to|is expected to|"
                         r"are expected to|is due to|are due to|to begin|next)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateValue:
    """A resolved date: `value` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (None for a bound)."""

    precision: str  # day | month | year | bound
    value: str | None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    phrase: str | None = None
    start: int | None = None
    end: int | None = None
    # "came a day after a drone strike killed ...": the date of what the sentence says after the phrase, not before it
    looks_ahead: bool = False

    @property
    def day(self) -> dt.date | None:
        return dt.date.fromisoformat(self.value) if self.precision == "day" and self.value else None

    def with_span(self, phrase: str, start: int, end: int) -> "DateValue":
        return replace(self, phrase=phrase, start=start, end=end)


def on_day(day: dt.date) -> DateValue:
    return DateValue("day", day.isoformat())


def in_month(year: int, month: int) -> DateValue:
    return DateValue("month", f"{year:04d}-{month:02d}")


def in_year(year: int) -> DateValue:
    return DateValue("year", f"{year:04d}")


def between(earliest: dt.date, latest: dt.date) -> DateValue:
    if earliest == latest:  # "since Monday" in a Monday paper: that day
        return on_day(earliest)
    return DateValue("bound", None, earliest, latest)


# --- resolution helpers ---------------------------------------------------------------------------

def weekday_on_or_before(published: dt.date, weekday: str) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(weekday)) % 7)


def weekday_on_or_after(published: dt.date, weekday: str) -> dt.date:
    return published + dt.timedelta(days=(WEEKDAYS.index(weekday) - published.weekday()) % 7)


def month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.index(word) + 1 if word in MONTHS else MONTH_ABBREVIATIONS[word[:4] if word.startswith("sept") else word[:3]]


def latest_month(published: dt.date, month: int) -> tuple[int, int]:
    """The most recent such month on or before the publication month."""
    return (published.year if month <= published.month else published.year - 1), month


def day_without_year(published: dt.date, month: int, day: int) -> dt.date | None:
    """The date with that month and day nearest before (or on) publication; a news date is rarely ahead."""
    try:
        candidate = dt.date(published.year, month, day)
        return candidate if candidate <= published + dt.timedelta(days=7) else dt.date(published.year - 1, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of that month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _names_an_organisation(match: re.Match, ctx: dict) -> bool:
    """"the March 23 Movement": a date inside an organisation's name is no date."""
    from ingest.extract.lexicon import ORG_HEADS

    after = re.match(r"\s+([A-Z][a-z]+)", ctx["text"][match.end():ctx["sentence_end"]])
    return bool(after) and after.group(1) in ORG_HEADS


# --- the expressions --------------------------------------------------------------------------------

class DateFinder:
    """Finds and resolves time expressions in sentences of one article."""

    def __init__(self, published: dt.date):
        self.published = published
        self.rules = [
            # "on 9 and 10 March", "between 12 and 17 February 2025", "the night of 11 to 12 February"
            (rf"(?:on\s+|between\s+|from\s+|(?:the\s+)?night\s+of\s+)?(\d{{1,2}})\s*(?:and|to|-|\u2013)\s*(\d{{1,2}})\s+"
             rf"({_MONTH})(?:,?\s+({_YEAR}))?", self._days_of_month),
            # "on March 9 and 10", "between February 12 and 17, 2025"
            (rf"(?:on\s+|between\s+|from\s+)?({_MONTH})\s+(\d{{1,2}})\s*(?:and|to|-|\u2013)\s*(\d{{1,2}})(?:,?\s+({_YEAR}))?",
             self._month_days),
            (rf"(?:on\s+)?(?:{_WEEKDAY},?\s+)?(\d{{1,2}})\s+({_MONTH}),?\s+({_YEAR})", self._day_month_year),
            (rf"(?:on\s+)?(?:{_WEEKDAY},?\s+)?({_MONTH})\s+(\d{{1,2}}),\s*({_YEAR})", self._month_day_year),
            (rf"(?:on\s+)?(?:{_WEEKDAY},?\s+)?(\d{{1,2}})\s+({_MONTH})\b", self._day_month),
            (rf"(?:on\s+)?(?:{_WEEKDAY},?\s+)?({_MONTH})\s+(\d{{1,2}})\b(?!,?\s*{_YEAR})", self._month_day),
            # "between July and October", "from July to October 2024", "in July and August": the months between
            (rf"(?:between|from|in)\s+({_MONTH})\s+(?:and|to|-|\u2013)\s+({_MONTH})(?:,?\s+({_YEAR}))?(?!\s+\d)",
             self._month_range),
            # "in December 2024", "at the end of December 2024": the month
            (rf"(?:since|in|from|during|by|until|(?:(?:at|by|since|towards)\s+)?the\s+(?:end|start|beginning|middle)\s+of)\s+"
             rf"(?:late\s+|early\s+|mid-?)?({_MONTH})\s+({_YEAR})", self._month_year),
            (rf"(?:since|in|during|until|by)\s+(?:late\s+|early\s+|mid-?)?({_MONTH})\b(?!\.?\s+\d)", self._month_alone),
            (rf"(?:since|in|during|until)\s+({_YEAR})\b", self._year_alone),
            # "since the start of 2020": from its 1 January on, not its first quarter
            (rf"since\s+the\s+(?:start|beginning)\s+of\s+({_YEAR})", self._since_start_of_year),
            (rf"(?:(?:since|in|during|until|by)\s+)?(early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+({_YEAR})\b",
             self._part_of_year),
            (rf"since\s+(?:last\s+)?({_WEEKDAY})", self._since_weekday),
            (r"since\s+the\s+(?:start|beginning)\s+of\s+the\s+(month|year|week)", self._since_start_of_period),
            (rf"(?:since\s+)?the\s+(?:start|beginning|end)\s+of\s+({_MONTH})(?!\s+\d)", self._month_alone),
            (r"(?:has|have|had)\s+since(?=\s+[a-z]+(?:ed|en)\b)", self._since_anchor),
            # "have fled ... since the attack": from the day the text gave last, the attack's, up to publication
            (r"since\s+the\s+(?:attacks?|raids?|assault|fighting|clashes|violence|shelling|bombardment|offensive|strikes?|"
             r"ambush|massacre|incident)(?:\s+(?:began|started|erupted|broke\s+out))?\b", self._since_anchor),
            (rf"(?:(?:late|early|shortly\s+(?:before|after)\s+(?:midnight|noon|dawn))\s+)?(?:on\s+|last\s+)?"
             rf"({_WEEKDAY})(?:'s)?{_PART_OF_DAY}?", self._weekday),
            (rf"(?:on\s+)?(New\s+Year['\u2019]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve))(?:,?\s+({_YEAR}))?", self._holiday),
            (r"overnight", self._overnight),
            (r"yesterday|(?:late\s+|early\s+)?last\s+(?:night|evening)",  # "late last night": the evening before publication
             lambda m, ctx: on_day(self.published - dt.timedelta(days=1))),
            (r"(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight",
             lambda m, ctx: on_day(self.published)),
            (r"(?:earlier\s+(?:in\s+)?)?(?:this|the)\s+week(?!end)|earlier\s+in\s+the\s+week",
             lambda m, ctx: between(week_start(self.published), self.published)),
            (r"later\s+this\s+week", lambda m, ctx: between(self.published, week_start(self.published) + dt.timedelta(days=6))),
            (r"last\s+week|the\s+previous\s+week|the\s+week\s+before(?!\s+(?:last|the)\b)",
             lambda m, ctx: between(week_start(self.published) - dt.timedelta(days=7),
                                    week_start(self.published) - dt.timedelta(days=1))),
            (r"next\s+week", lambda m, ctx: between(week_start(self.published) + dt.timedelta(days=7),
                                                   week_start(self.published) + dt.timedelta(days=13))),
            (r"last\s+month", self._last_month),
            (r"this\s+month", lambda m, ctx: in_month(self.published.year, self.published.month)),
            # "earlier this month": from the 1st to the day before publication
            (r"earlier\s+(?:in\s+)?this\s+month", self._earlier_this_month),
            (rf"in\s+({_MONTH})\s+(?:of\s+)?last\s+year", self._month_last_year),
            (rf"in\s+({_MONTH})\s+(?:of\s+)?this\s+year", self._month_this_year),
            (r"(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|since\s+the\s+(?:start|beginning)\s+of\s+this\s+year|"
             rf"(?:in\s+)?the\s+first\s+({_NUMBER_WORD})\s+months\s+of\s+(?:this|the)\s+year)", self._year_to_date),
            (r"(?:(?:in|at|by|since)\s+)?(early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+last\s+year",
             self._part_of_last_year),
            (r"last\s+year", lambda m, ctx: in_year(self.published.year - 1)),
            (r"this\s+year", lambda m, ctx: in_year(self.published.year)),
            (r"(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:day\s+before|previous\s+day)", self._day_before_anchor),
            (rf"({_NUMBER_WORD})\s+days\s+(?:earlier|before)(?!\s+the\b)", self._days_earlier),
            (rf"(?:less\s+than\s+a\s+week|({_NUMBER_WORD}|a)\s+days?)\s+after\b", self._days_after_what_follows),
            (r"(?:a|one)\s+day\s+later|the\s+(?:next|following)\s+day|the\s+day\s+after(?!\s+the\b)", self._day_after_anchor),
            # "over the past day", "in the past 24 hours", "over the past week", "in the past two weeks": that much time up
            # to publication
            (rf"(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:({_NUMBER_WORD})\s+)?"
             r"(hours?|days?|weeks?|months?)\b", self._past_span),
            (rf"({_NUMBER_WORD}|a)\s+(day|week)s?\s+ago", self._ago),
            (r"(?:over|at|during)\s+the\s+weekend|(?:last|this)\s+weekend", self._weekend),
            (r"later(?=\s+[a-z]+ed\b)", self._later_than_anchor),
            (rf"(?:in\s+)?the\s+({_NUMBER_WORD})\s+days\s+(?:before|prior\s+to)(?:\s+the\s+\w+)?", self._days_before_anchor),
        ]
        self._compiled = [(re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), handler) for pattern, handler in self.rules]

    def find(self, text: str, start: int, end: int, anchor: dt.date | None = None) -> list[DateValue]:
        """Every time expression in text[start:end] (non-overlapping, leftmost-longest), resolved."""
        candidates = []
        for order, (pattern, handler) in enumerate(self._compiled):
            for match in pattern.finditer(text, start, end):
                candidates.append((match.start(), -(match.end() - match.start()), order, match, handler))
        candidates.sort(key=lambda c: c[:3])
        found, taken_until = [], -1
        for m_start, _, _, match, handler in candidates:
            if m_start < taken_until:
                continue
            context = {"text": text, "sentence_start": start, "sentence_end": end, "anchor": anchor,
                       "dated_here": any(value.day for value in found)}
            value = handler(match, context)
            if value is None:
                continue
            found.append(value.with_span(match.group(0), match.start(), match.end()))
            taken_until = match.end()
            if value.day:
                anchor = value.day
        return _join_spans(text, found)

    # handlers: (match, context) -> DateValue | None

    def _year_to_date(self, match, ctx):
        """"so far this year", "in the first seven months of this year": from 1 January up to publication, or to the
        end of the months counted."""
        from ingest.extract.numbers import parse_number

        first = self.published.replace(month=1, day=1)
        months = parse_number(match.group(1)) if match.group(1) else None
        if months and 0 < months < self.published.month:
            return between(first, month_end(self.published.year, months))
        return between(first, self.published)

    def _part_of_last_year(self, match, ctx):
        """"at the end of last year", "late last year": the part of the year before publication, as for "late 2021"."""
        return self._part_of_year_named(self.published.year - 1, match.group(1))

    def _days_of_month(self, match, ctx):
        return self._day_range(match.group(3), match.group(1), match.group(2), match.group(4))

    def _month_days(self, match, ctx):
        return self._day_range(match.group(1), match.group(2), match.group(3), match.group(4))

    def _day_range(self, month: str, first: str, last: str, year: str | None) -> DateValue | None:
        """Two days of one month: the span from the first to the second."""
        month_no, first_day, last_day = month_number(month), int(first), int(last)
        if year is not None:
            try:
                earliest, latest = dt.date(int(year), month_no, first_day), dt.date(int(year), month_no, last_day)
            except ValueError:
                return None
        else:
            earliest = day_without_year(self.published, month_no, first_day)
            latest = day_without_year(self.published, month_no, last_day) if earliest else None
        if earliest is None or latest is None or latest <= earliest:
            return None
        return between(earliest, latest)

    def _day_month_year(self, match, ctx):
        try:
            return on_day(dt.date(int(match.group(3)), month_number(match.group(2)), int(match.group(1))))
        except ValueError:
            return None

    def _month_day_year(self, match, ctx):
        try:
            return on_day(dt.date(int(match.group(3)), month_number(match.group(1)), int(match.group(2))))
        except ValueError:
            return None

    def _day_month(self, match, ctx):
        if _names_an_organisation(match, ctx):
            return None
        day = day_without_year(self.published, month_number(match.group(2)), int(match.group(1)))
        return on_day(day) if day else None

    def _month_day(self, match, ctx):
        if match.group(1).lower() == "may" and not match.group(0).lower().startswith("on"):
            return None  # "may 5" is more often the verb
        if _names_an_organisation(match, ctx):
            return None
        day = day_without_year(self.published, month_number(match.group(1)), int(match.group(2)))
        return on_day(day) if day else None

    def _month_range(self, match, ctx):
        """"between July and October" (in a November paper): from 1 July to 31 October of the latest such span."""
        first, last = month_number(match.group(1)), month_number(match.group(2))
        if match.group(3):
            last_year = int(match.group(3))
        else:
            last_year, _ = latest_month(self.published, last)
        first_year = last_year if first <= last else last_year - 1
        earliest, latest = dt.date(first_year, first, 1), min(month_end(last_year, last), self.published)
        return between(earliest, latest) if earliest < latest else None

    def _month_year(self, match, ctx):
        return in_month(int(match.group(2)), month_number(match.group(1)))

    def _earlier_this_month(self, match, ctx):
        first, before = self.published.replace(day=1), self.published - dt.timedelta(days=1)
        return between(first, before) if before >= first else on_day(first)

    def _month_last_year(self, match, ctx):
        """"In August last year": that month of the year before publication."""
        return in_month(self.published.year - 1, month_number(match.group(1)))

    def _month_this_year(self, match, ctx):
        """"In April this year": that month of the year of publication."""
        return in_month(self.published.year, month_number(match.group(1)))

    def _month_alone(self, match, ctx):
        if match.group(1) != "May" and match.group(1).lower() == "may":
            return None  # "since may" is the verb; "since May, when clashes ..." the month
        return in_month(*latest_month(self.published, month_number(match.group(1))))

    def _year_alone(self, match, ctx):
        return in_year(int(match.group(1)))

    def _part_of_year(self, match, ctx):
        return self._part_of_year_named(int(match.group(2)), match.group(1))

    @staticmethod
    def _part_of_year_named(year: int, part: str) -> DateValue:
        """"late 2021" is its last quarter, "early 2021" its first, "mid-2021" the six months between."""
        part = re.sub(r"\s+", " ", part.lower())
        months = {"early": (1, 3), "the start of": (1, 3), "mid": (4, 9), "late": (10, 12), "the end of": (10, 12)}[part]
        return between(dt.date(year, months[0], 1), month_end(year, months[1]))

    def _since_weekday(self, match, ctx):
        """"since Monday": a process that began that day and goes on, so from that day to publication."""
        return between(weekday_on_or_before(self.published, match.group(1).lower()), self.published)

    def _since_start_of_period(self, match, ctx):
        """"since the start of the month": from its first day to publication."""
        period, day = match.group(1).lower(), self.published
        first = {"month": day.replace(day=1), "year": day.replace(month=1, day=1), "week": week_start(day)}[period]
        return between(first, day)

    def _since_start_of_year(self, match, ctx):
        """"since the beginning of 2024": from its 1 January up to publication (or that year's end, if it is past)."""
        year = int(match.group(1))
        if year > self.published.year:
            return None
        return between(dt.date(year, 1, 1), min(self.published, dt.date(year, 12, 31)))

    def _since_anchor(self, match, ctx):
        """"has since seized ...", "since the attack": from the date the text gave last up to publication."""
        anchor = ctx["anchor"]
        return between(anchor, self.published) if anchor and anchor <= self.published else None

    def _weekday(self, match, ctx):
        weekday = match.group(1).lower()
        before = ctx["text"][ctx["sentence_start"]:match.start()]
        if FUTURE_CUES.search(before) and "last" not in match.group(0).lower():
            return on_day(weekday_on_or_after(self.published, weekday))
        if re.match(r"last\s", match.group(0), re.IGNORECASE):
            # "Last Wednesday" in a Wednesday paper is a week before, not the day of publication
            return on_day(weekday_on_or_before(self.published - dt.timedelta(days=1), weekday))
        return on_day(weekday_on_or_before(self.published, weekday))

    def _holiday(self, match, ctx):
        """"on New Year's Day 2018", "on Christmas Eve": a fixed-date holiday, in the year given or the latest one."""
        name = match.group(1).lower().replace("\u2019", "'")
        month, day = HOLIDAYS[re.sub(r"\s+", " ", name)]
        if match.group(2):
            return on_day(dt.date(int(match.group(2)), month, day))
        found = day_without_year(self.published, month, day)
        return on_day(found) if found else None

    def _overnight(self, match, ctx):
        return between(self.published - dt.timedelta(days=1), self.published)

    def _last_month(self, match, ctx):
        first = self.published.replace(day=1) - dt.timedelta(days=1)
        return in_month(first.year, first.month)

    def _days_earlier(self, match, ctx):
        """"two days earlier": counted back from the day the text gave last."""
        from ingest.extract.numbers import parse_number

        anchor, days = ctx["anchor"], parse_number(match.group(1))
        return on_day(anchor - dt.timedelta(days=days)) if anchor and days else None

    def _past_span(self, match, ctx):
        """"over the past day" (or 24 hours): from the day before publication to publication; "in the past two weeks":
        fourteen days back; "in the past month": from the same day a month before. Counted back from the day the
        speaker said it, when the sentence gives one ("112 times over the past day, the governor said on Monday")."""
        from ingest.extract.numbers import parse_number

        number = parse_number(match.group(1)) if match.group(1) else 1
        unit = match.group(2).lower().rstrip("s")
        if not number or unit == "hour" and (match.group(1) is None or number % 24):
            return None  # "in the past hour", "the last 36 hours": no whole day to give
        said = re.search(rf"\b(?:said|says|told|reported|announced|wrote|posted)\b[^.;\"“”]{{0,40}}?\bon\s+({_WEEKDAY})\b",
                         ctx["text"][match.end():ctx["sentence_end"]], re.IGNORECASE)
        until = weekday_on_or_before(self.published, said.group(1).lower()) if said else self.published
        if unit == "month":
            year, month = divmod(until.year * 12 + until.month - 1 - number, 12)
            day = min(until.day, month_end(year, month + 1).day)
            return between(dt.date(year, month + 1, day), until)
        days = {"hour": number // 24, "day": number, "week": 7 * number}[unit]
        return between(until - dt.timedelta(days=days), until)

    def _day_after_anchor(self, match, ctx):
        anchor = ctx["anchor"]
        return on_day(anchor + dt.timedelta(days=1)) if anchor and anchor < self.published else None

    def _days_after_what_follows(self, match, ctx):
        """"Tuesday's strikes came a day after a drone strike ... killed one man": what follows the phrase happened
        that many days before the date the sentence gave ("less than a week": in the six days before). Only from a date
        of the same sentence: the date an earlier sentence gave last is often not that of "The strike came ..."."""
        from ingest.extract.numbers import parse_number

        anchor = ctx["anchor"]
        if not anchor or not ctx["dated_here"]:
            return None
        if match.group(1) is None:
            value = between(anchor - dt.timedelta(days=6), anchor - dt.timedelta(days=1))
        else:
            days = 1 if match.group(1).lower() == "a" else parse_number(match.group(1))
            if not days:
                return None
            value = on_day(anchor - dt.timedelta(days=days))
        return replace(value, looks_ahead=True)

    def _ago(self, match, ctx):
        """"three days ago" counts back from publication; "a week ago" is that day too."""
        from ingest.extract.numbers import parse_number

        amount = 1 if match.group(1).lower() == "a" else parse_number(match.group(1))
        if not amount:
            return None
        return on_day(self.published - dt.timedelta(days=amount * (7 if match.group(2).lower() == "week" else 1)))

    def _weekend(self, match, ctx):
        """"over the weekend": the last Saturday and Sunday up to publication."""
        saturday = weekday_on_or_before(self.published, "saturday")
        return between(saturday, min(saturday + dt.timedelta(days=1), self.published))

    def _day_before_anchor(self, match, ctx):
        anchor = ctx["anchor"]
        return on_day(anchor - dt.timedelta(days=1)) if anchor else None

    def _later_than_anchor(self, match, ctx):
        anchor = ctx["anchor"]
        return between(anchor, self.published) if anchor and anchor <= self.published else None

    def _days_before_anchor(self, match, ctx):
        from ingest.extract.numbers import parse_number

        anchor, days = ctx["anchor"], parse_number(match.group(1))
        if not anchor or not days:
            return None
        return between(anchor - dt.timedelta(days=days), anchor)


# "between Sunday night and the early hours of Monday", "between Wednesday September 6 and Friday September 8", "in the
# night of Wednesday to Thursday": two dates the text joins into one span.
_SPAN_OPENER = re.compile(r"(?:between|from|(?:the\s+)?night\s+of)\s+$", re.IGNORECASE)
_SPAN_JOINER = re.compile(r"\s+(?:and|to|until|till|through)\s+(?:(?:the\s+)?(?:early\s+)?(?:hours|morning|evening|night)\s+of\s+)?$",
                          re.IGNORECASE)


def _join_spans(text: str, found: list[DateValue]) -> list[DateValue]:
    """Two dates that open and close one span ("between A and B", "from A to B") are that span, a bound."""
    joined: list[DateValue] = []
    for value in found:
        first = joined[-1] if joined else None
        opener = _SPAN_OPENER.search(text[max(0, first.start - 14):first.start]) if first is not None else None
        if opener and _SPAN_JOINER.fullmatch(text[first.end:value.start]):
            earliest, latest = first.day or first.earliest, value.day or value.latest
            if earliest and latest and earliest < latest:
                start = first.start - len(opener.group(0))
                joined[-1] = between(earliest, latest).with_span(text[start:value.end], start, value.end)
                continue
        joined.append(value)
    return joined
