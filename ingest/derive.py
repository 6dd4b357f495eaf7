"""Values the graph derives from what the curator wrote: a time span's precision and bounds, a claim's count bounds.

Both are used twice, to check the annotation (with the curator's line numbers) and to build the RDF,
so the rules live here once. A rule that breaks raises `DerivationError` naming the offending field.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import XSD

# Date-precision notations (scheme date-precision) and the date shape each one takes.
DAY, MONTH, YEAR, BOUND = "day", "month", "year", "bound"
DATE_SHAPES = {
    DAY: (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    MONTH: (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    YEAR: (re.compile(r"\d{4}"), XSD.gYear),
}


class DerivationError(ValueError):
    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


@dataclass(frozen=True)
class TimeSpan:
    precision: str
    earliest: dt.date
    latest: dt.date
    value: str | None = None  # the date at its precision ("2016-07"); None for precision bound
    datatype: URIRef | None = None
    phrase: str | None = None


def parse_day(text: str, field: str) -> dt.date:
    """A YYYY-MM-DD date that exists on the calendar (2016-02-30 does not)."""
    if not DATE_SHAPES[DAY][0].fullmatch(str(text)):
        raise DerivationError(field, f"{text!r} is not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError as exc:
        raise DerivationError(field, f"{text!r} is not a real date ({exc})") from None


def _natural_range(value: str, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day a date at its precision covers (2016-07 -> 2016-07-01 .. 2016-07-31)."""
    if precision == DAY:
        day = parse_day(value, "date")
        return day, day
    if precision == MONTH:
        year, month = int(value[:4]), int(value[5:7])
        if not 1 <= month <= 12:
            raise DerivationError("date", f"{value!r} is not a real month")
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    year = int(value)
    if year < 1:
        raise DerivationError("date", f"{value!r} is not a real year")
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _precision_of(value: str) -> str:
    for precision, (shape, _) in DATE_SHAPES.items():
        if shape.fullmatch(value):
            return precision
    raise DerivationError("date", f"{value!r} is not a date written YYYY-MM-DD, YYYY-MM or YYYY")


def resolve_time(date: str | None, precision: str | None, earliest: str | None, latest: str | None,
                 phrase: str | None = None, published: dt.date | None = None) -> TimeSpan | None:
    """The time span the date fields describe, or None when none is given.

    A date's shape gives its precision unless `precision` is stated (then they must agree); precision
    bound needs earliest and latest. Explicit bounds may narrow a date's natural range, never leave it.
    With `published`, a span that cannot have begun by the publication day is refused.
    """
    if date is None and precision is None and earliest is None and latest is None:
        return None
    precision = precision or (_precision_of(date) if date is not None else BOUND)
    low = parse_day(earliest, "earliest") if earliest is not None else None
    high = parse_day(latest, "latest") if latest is not None else None

    if precision == BOUND:
        if low is None or high is None:
            raise DerivationError("earliest" if low is None else "latest",
                                  "precision bound needs both earliest and latest")
        value, datatype = None, None
        if date is not None:  # allowed as the curator's best guess, but it must lie within the bounds
            first, last = _natural_range(date, _precision_of(date))
            if first < low or last > high:
                raise DerivationError("date", f"date {date} lies outside earliest {low} .. latest {high}")
    else:
        if precision not in DATE_SHAPES:
            raise DerivationError("precision", f"unknown precision {precision!r}")
        if date is None:
            raise DerivationError("date", f"precision {precision} needs a date")
        if _precision_of(date) != precision:
            raise DerivationError("precision", f"precision {precision} does not fit the date {date!r}")
        value, datatype = date, DATE_SHAPES[precision][1]
        first, last = _natural_range(date, precision)
        low, high = low or first, high or last
        if low < first or high > last:
            raise DerivationError("earliest" if low < first else "latest",
                                  f"bounds {low} .. {high} leave the {precision} {date}")
    if low > high:
        raise DerivationError("earliest", f"earliest {low} is after latest {high}")
    if published is not None and low > published:
        raise DerivationError("date" if date is not None else "earliest",
                              f"the date ({low}) is after the source's publication date {published}")
    return TimeSpan(precision, low, high, value, datatype, phrase)


# Count-qualifier notations (scheme count-qualifier) whose meaning fixes the claim's bounds:
#   exact 9      -> minCount 9, maxCount 9
#   at_least 4   -> minCount 4            ("at least 4 civilians")
#   more_than 30 -> minCount 31           (counts are whole people, so "more than 30" allows 31 and up)
#   up_to 20     -> maxCount 20           ("up to 20")
# approx, range and vague fix no bound by themselves: a range states min and max explicitly.
QUALIFIER_BOUNDS = {
    "exact": lambda n: (n, n),
    "at_least": lambda n: (n, None),
    "more_than": lambda n: (n + 1, None),
    "up_to": lambda n: (None, n),
}


def count_bounds(qualifier: str | None, count: int | None, minimum: int | None,
                 maximum: int | None) -> tuple[int | None, int | None]:
    """(minCount, maxCount) of a claim: the stated ones, else those its qualifier and count imply."""
    derived_min, derived_max = (None, None)
    if count is not None and qualifier in QUALIFIER_BOUNDS:
        derived_min, derived_max = QUALIFIER_BOUNDS[qualifier](count)
    for field, stated, derived in (("min", minimum, derived_min), ("max", maximum, derived_max)):
        if stated is not None and derived is not None and stated != derived:
            raise DerivationError(field, f"{field} {stated} contradicts count {count} with qualifier "
                                         f"{qualifier} (which gives {derived})")
    low = minimum if minimum is not None else derived_min
    high = maximum if maximum is not None else derived_max
    if low is not None and high is not None and low > high:
        raise DerivationError("min", f"min {low} is greater than max {high}")
    return low, high
