"""The rule that turns disagreeing casualty claims into low / best / high (queries/README.md), case by case.

The seed article exercises exact figures and "at least"; the other hedges are checked here against the
rule as documented, since no article in data/ uses them yet.
"""
from __future__ import annotations

from api.services.rest_casualties import Bounds, ClaimFigures, claim_bounds, summarise, totals_by_victims


def claim(count=None, low=None, high=None, victims="civilians", outcome="killed", sub_count=False):
    return ClaimFigures(victims=victims, outcome=outcome, count=count, min_count=low, max_count=high,
                        sub_count=sub_count)


def test_nine_and_ten_give_low_9_best_9_high_10():
    # "killed nine civilians" (LCC) and "10 civilians had died" (the Observatory), both exact
    assert summarise([claim(9, 9, 9), claim(10, 10, 10)]) == Bounds(low=9, best=9, high=10)


def test_each_hedge_gives_its_bounds():
    assert claim_bounds(claim(4, low=4)) == Bounds(4, 4, 4)            # at least 4
    assert claim_bounds(claim(10, low=11)) == Bounds(11, 11, 11)       # more than 10
    assert claim_bounds(claim(20, high=20)) == Bounds(20, 20, 20)      # up to 20
    assert claim_bounds(claim(30)) == Bounds(30, 30, 30)               # about 30
    assert claim_bounds(claim(low=14, high=18)) == Bounds(14, 14, 18)  # between 14 and 18
    assert claim_bounds(claim()) is None                               # "dozens": no number


def test_sub_counts_stay_out_of_totals():
    # "10 civilians had died, among them seven children": the children are in the ten
    totals = totals_by_victims([claim(10, 10, 10), claim(7, 7, 7, victims="children", sub_count=True),
                                claim(3, 3, 3, outcome="injured")], "killed")
    assert totals == {"civilians": Bounds(10, 10, 10)}
