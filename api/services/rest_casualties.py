"""How disagreeing casualty claims become one low / best / high figure (UCDP GED style) and ACLED fatalities.

The rules, stated once here and in queries/README.md:

- A claim's own bounds. low = ckg:minCount, else ckg:count, else ckg:maxCount; high = ckg:maxCount,
  else the larger of ckg:minCount and ckg:count; best = ckg:count held inside [low, high], else the
  lower median of low and high. The ingest derives minCount/maxCount from the qualifier ("exact 9"
  gives 9..9, "at least 4" gives min 4, "more than 10" gives min 11, "up to 20" gives max 20), so a
  claim with one figure gives that figure for low, best and high. A claim with only a phrase
  ("dozens") or a proportion ("up to 90 percent") has no number and stays out of every summary.
- A summary per event, victim category and outcome: low = the lowest claim low, high = the highest
  claim high, best = the lower median of the claims' best figures (with two claimants, 9 and 10, the
  best is 9: the conservative one, as ACLED and UCDP both lean to the conservative figure).
- Totals across victim categories (ACLED fatalities, UCDP deaths) count only claims that are not a
  sub-count of another claim (ckg:subCountOf): "seven children among the ten" are already in the ten.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median_low


@dataclass(frozen=True)
class ClaimFigures:
    """One claim's numbers as the claims query gives them."""

    victims: str | None
    outcome: str | None
    count: int | None = None
    min_count: int | None = None
    max_count: int | None = None
    sub_count: bool = False


@dataclass(frozen=True)
class Bounds:
    low: int
    best: int
    high: int


def claim_bounds(claim: ClaimFigures) -> Bounds | None:
    """The claim's low, best and high, or None when it gives no number."""
    figures = [n for n in (claim.min_count, claim.count, claim.max_count) if n is not None]
    if not figures:
        return None
    low = figures[0]  # minCount, else count, else maxCount
    high = claim.max_count if claim.max_count is not None else max(figures)
    if claim.count is not None:
        best = min(max(claim.count, low), high)
    else:
        best = median_low([low, high])
    return Bounds(low=low, best=best, high=high)


def summarise(claims: Iterable[ClaimFigures]) -> Bounds | None:
    """One low / best / high from several claims about the same victims and outcome."""
    bounds = [b for b in map(claim_bounds, claims) if b is not None]
    if not bounds:
        return None
    return Bounds(low=min(b.low for b in bounds), best=median_low([b.best for b in bounds]),
                  high=max(b.high for b in bounds))


def summaries_by_group(claims: Iterable[ClaimFigures]) -> dict[tuple[str | None, str | None], Bounds]:
    """A summary per (victim category, outcome), in order of first appearance."""
    groups: dict[tuple[str | None, str | None], list[ClaimFigures]] = {}
    for claim in claims:
        groups.setdefault((claim.victims, claim.outcome), []).append(claim)
    return {key: summary for key, members in groups.items() if (summary := summarise(members)) is not None}


def totals_by_victims(claims: Iterable[ClaimFigures], outcome: str) -> dict[str | None, Bounds]:
    """Per victim category, the summary of the top-level claims (no sub-counts) with this outcome."""
    top_level = [c for c in claims if c.outcome == outcome and not c.sub_count]
    return {victims: bounds for (victims, _), bounds in summaries_by_group(top_level).items()}


def add_bounds(parts: Iterable[Bounds]) -> Bounds | None:
    parts = list(parts)
    if not parts:
        return None
    return Bounds(low=sum(p.low for p in parts), best=sum(p.best for p in parts), high=sum(p.high for p in parts))
