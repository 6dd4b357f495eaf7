"""The confidence a draft gives each item: how often items like it were right.

Each rule of `ckg extract` sets a confidence of its own (0.9 for a name in the registry, 0.4 for a figure no
source is named for ...): a guess. This module turns the guess into a measured share. Every drafted item is described
by a few features a curator can check in the draft and the text: who reports a figure, whether the text names them
in the figure's sentence and whether someone "said" anything there, how often a name recurs in the text, an event's
date precision, the rule's own guess. Its confidence is the share of drafted items with the same features that matched a curator's gold in the
first-seen drafts of the holdout articles: the drafts they got before anyone had read them (tests/data/holdout/
first-seen), since a curator always drafts an article the rules were never tuned on. `make calibrate` scores them and
writes the table, ingest/extract/calibration.yaml.

The estimate walks a tree of the features in a fixed order per category (the order cross-validation chose). At each
level the share of the items that agree so far is shrunk toward the level above with the weight `m` (an m-estimate):
a rare combination inherits from the broader one, and one never seen stops the walk.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ckg.paths import ROOT
from ingest.errors import IngestError, Problem
from ingest.evidence import EvidenceError, TextIndex
from ingest.extract.gazetteer import Registry

CALIBRATION_FILE = ROOT / "ingest" / "extract" / "calibration.yaml"
# the draft's sections, by the scorer's category names
SECTIONS = {"people": "people", "groups": "groups", "places": "places", "events": "events", "claims": "claims",
            "quotes": "statements"}
MIN_CELL = 3  # a combination seen fewer times is not stored: its share would be its parent's anyway


# --- what a curator can see of an item -----------------------------------------------------------------------

class DraftContext:
    """A draft annotation with its raw text, for describing its items."""

    def __init__(self, annotation: dict, raw: str, registry: Registry):
        self.annotation = annotation
        self.raw = raw
        self.index = TextIndex(raw)
        self.outlet = (annotation.get("source") or {}).get("outlet")
        entities = annotation.get("entities") or {}
        self.actors: dict[str, tuple[list[str], str | None]] = {
            a.id: (a.names, a.type) for a in registry.actors.values()}
        self.actors.update({a["id"]: ([a["name"], *(a.get("alt_names") or [])], a.get("type"))
                            for a in entities.get("actors") or []})
        self.places: dict[str, tuple[list[str], str | None, str | None, bool]] = {
            p.id: (p.names, p.kind, p.parent, True) for p in registry.places.values()}
        self.places.update({p["id"]: ([p["name"], *(p.get("alt_names") or [])], p.get("kind"), p.get("parent"), False)
                            for p in entities.get("places") or []})
        self.drafted = {a["id"] for a in entities.get("actors") or []} | {p["id"] for p in entities.get("places") or []}
        self.claims_per_event: dict[str, int] = {}
        for claim in annotation.get("claims") or []:
            self.claims_per_event[claim.get("event")] = self.claims_per_event.get(claim.get("event"), 0) + 1
        self._mentions: dict[str, list[tuple[int, int]]] = {}

    def span(self, evidence) -> tuple[int, int] | None:
        quote, occurrence = (evidence.get("quote"), evidence.get("occurrence")) if isinstance(evidence, dict) \
            else (evidence, None)
        try:
            found = self.index.locate(str(quote), occurrence)
        except EvidenceError:
            return None
        return found.start, found.end

    def names(self, actor_id: str) -> list[str]:
        names = list(self.actors.get(actor_id, ([actor_id], None))[0])
        if self.actors.get(actor_id, ([], None))[1] == "person":
            names += [n.split()[-1] for n in names if len(n.split()) > 1 and len(n.split()[-1]) > 2]  # the surname
        return names

    def mentions(self, key: str, names: list[str]) -> list[tuple[int, int]]:
        """Where any of the names occurs in the text, as a word."""
        if key not in self._mentions:
            spans = set()
            for name in {n for n in names if n}:
                spans.update(m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", self.raw))
            self._mentions[key] = sorted(spans)
        return self._mentions[key]

    def recurrence(self, key: str, names: list[str]) -> str:
        found = len(self.mentions(key, names))
        return "3+" if found >= 3 else str(found)

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        before = [m.end() for m in re.finditer(r"[.!?][\"”’)]?\s+|\n", self.raw[:start])]
        after = re.search(r"[.!?][\"”’)]?(?:\s|$)|\n", self.raw[end:])
        return (before[-1] if before else 0), (end + after.end() if after else len(self.raw))

    def paragraph_around(self, start: int, end: int) -> tuple[int, int]:
        opening = self.raw.rfind("\n\n", 0, start)
        closing = self.raw.find("\n\n", end)
        return (0 if opening < 0 else opening), (len(self.raw) if closing < 0 else closing)


def _prior(item: dict) -> str:
    value = item.get("confidence")
    return "-" if value is None else f"{float(value):.1f}"


def _person(item: dict, ctx: DraftContext) -> dict[str, str]:
    names = ctx.names(item["id"])
    return {"prior": _prior(item), "known": str(item["id"] not in ctx.drafted), "affiliated": str("affiliation" in item),
            "titled": str("title" in item), "recurs": ctx.recurrence(item["id"], names),
            "words": str(min(len(names[0].split()), 4))}


def _group(item: dict, ctx: DraftContext) -> dict[str, str]:
    names, actor_type = ctx.actors.get(item["id"], ([item["id"]], None))
    return {"prior": _prior(item), "known": str(item["id"] not in ctx.drafted), "type": str(actor_type),
            "outlet": str(item["id"] == ctx.outlet), "recurs": ctx.recurrence(item["id"], names),
            "words": str(min(len(names[0].split()), 4))}


def _place(item: dict, ctx: DraftContext) -> dict[str, str]:
    names, kind, parent, known = ctx.places.get(item["id"], ([item["id"]], None, None, False))
    return {"prior": _prior(item), "known": str(known), "kind": str(kind), "parent": str(parent is not None),
            "recurs": ctx.recurrence("place:" + item["id"], names), "words": str(min(len(names[0].split()), 4))}


def _event(item: dict, ctx: DraftContext) -> dict[str, str]:
    claims = ctx.claims_per_event.get(item["id"], 0)
    return {"prior": _prior(item), "type": str(item.get("type")), "precision": str(item.get("precision")),
            "phrase": str(bool(item.get("date_phrase"))), "place": str("place" in item),
            "claims": "2+" if claims >= 2 else str(claims), "actors": str(min(len(item.get("actors") or []), 2))}


def _claim(item: dict, ctx: DraftContext) -> dict[str, str]:
    claimant = item.get("claimed_by")
    actor_type = ctx.actors.get(claimant, ([claimant], None))[1]
    span = ctx.span(item.get("evidence"))
    where, figures, quoted, position, verb = "unplaced", "-", "-", "-", "-"
    if span is not None:
        sentence, paragraph = ctx.sentence_around(*span), ctx.paragraph_around(*span)
        verb = str(REPORTING.search(ctx.raw, sentence[0], sentence[1]) is not None)
        mentions = ctx.mentions(claimant, ctx.names(claimant))
        where = "sentence" if any(sentence[0] <= s and e <= sentence[1] for s, e in mentions) else \
            "paragraph" if any(paragraph[0] <= s and e <= paragraph[1] for s, e in mentions) else \
            "before" if any(e <= span[0] for s, e in mentions) else "elsewhere"
        found = len(NUMBER_WORD.findall(ctx.raw, sentence[0], sentence[1]))
        figures = "3+" if found >= 3 else str(found)
        quoted = str(bool(re.search(r"[“\"]", ctx.raw[sentence[0]:span[0]])))
        position = "head" if span[0] < len(ctx.raw) / 4 else "body"
    if claimant == ctx.outlet:
        where = "publisher"

    def figure(claim: dict) -> tuple:
        return tuple(claim.get(k) for k in ("count", "min", "max", "count_phrase", "outcome"))

    repeated = any(other.get("id") != item.get("id") and figure(other) == figure(item)
                   for other in ctx.annotation.get("claims") or [])
    return {"prior": _prior(item), "source": where, "claimant": str(actor_type), "qualifier": str(item.get("qualifier")),
            "part": str("part_of" in item), "outcome": str(item.get("outcome")), "victims": str(item.get("victims")),
            "figures": figures, "repeated": str(repeated), "quoted": quoted, "position": position, "verb": verb,
            "phrase": str(min(len((item.get("victim_phrase") or "").split()), 4))}


# a verb of reporting in a figure's sentence: with no source found there, someone the draft missed may be speaking
REPORTING = re.compile(r"\b(?:said|says|say|told|according\s+to|reported|reports|confirmed|stated|announced|added|"
                       r"claimed|estimated)\b", re.IGNORECASE)
NUMBER_WORD = re.compile(r"(?<![\w-])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"dozens?|hundreds|scores)(?![\w-])", re.IGNORECASE)


def _statement(item: dict, ctx: DraftContext) -> dict[str, str]:
    names, actor_type = ctx.actors.get(item.get("speaker"), ([item.get("speaker")], None))
    span = ctx.span(item.get("quote"))
    length = 0 if span is None else span[1] - span[0]
    return {"prior": _prior(item), "speaker": str(actor_type), "outlet": str("to_outlet" in item),
            "behalf": str("on_behalf_of" in item), "length": "long" if length >= 200 else "mid" if length >= 60 else "short"}


FEATURES = {"people": _person, "groups": _group, "places": _place, "events": _event, "claims": _claim, "quotes": _statement}


def features(category: str, item: dict, ctx: DraftContext) -> dict[str, str]:
    return FEATURES[category](item, ctx)


# --- the table ----------------------------------------------------------------------------------------------

@dataclass
class Tree:
    """One category's estimates: the feature order, the shrinkage weight and the [right, seen] of each combination."""

    order: list[str]
    m: float
    cells: dict[str, list[int]] = field(default_factory=dict)  # "f1=a|f2=b" -> [right, seen]; "" is the root

    def estimate(self, described: dict[str, str]) -> float:
        right, seen = self.cells.get("", [0, 0])
        share = (right + 1) / (seen + 2)
        path = []
        for name in self.order:
            path.append(f"{name}={described.get(name)}")
            cell = self.cells.get("|".join(path))
            if cell is None:
                break
            share = (cell[0] + self.m * share) / (cell[1] + self.m)
        return share

    @classmethod
    def grow(cls, samples: list[tuple[dict[str, str], int]], order: list[str], m: float) -> Tree:
        counts: dict[str, list[int]] = {}
        for described, right in samples:
            keys = [""] + ["|".join(f"{n}={described.get(n)}" for n in order[:depth]) for depth in range(1, len(order) + 1)]
            for key in keys:
                cell = counts.setdefault(key, [0, 0])
                cell[0] += right
                cell[1] += 1
        return cls(order, m, {k: v for k, v in counts.items() if k == "" or v[1] >= MIN_CELL})


@dataclass
class Calibration:
    trees: dict[str, Tree]
    path: Path | None = None

    def confidence(self, category: str, described: dict[str, str]) -> float | None:
        tree = self.trees.get(category)
        return None if tree is None else tree.estimate(described)

    def apply(self, annotation: dict, raw: str, registry: Registry) -> dict:
        """The annotation with each item's confidence replaced by the measured share (two decimals); an item of a
        category the table lacks keeps its rule's own. The rule's own is what the table was grown on: apply once."""
        ctx = DraftContext(annotation, raw, registry)
        measured = {}  # every item is described before any confidence is replaced: the features read the rules' own
        for category, section in SECTIONS.items():
            for item in annotation.get(section) or []:
                value = self.confidence(category, features(category, item, ctx))
                if value is not None:
                    measured[id(item)] = round(min(max(value, 0.01), 0.99), 2)
        for section in SECTIONS.values():
            for item in annotation.get(section) or []:
                if id(item) in measured:
                    item["confidence"] = measured[id(item)]
        return annotation

    def dump(self, header: str) -> str:
        data = {category: {"order": tree.order, "m": tree.m,
                           "cells": {key or "(all)": cell for key, cell in sorted(tree.cells.items())}}
                for category, tree in self.trees.items()}
        return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200,
                                       default_flow_style=None)


def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    """The table `make calibrate` wrote; a file that is missing or not of that shape is an error naming it."""
    return _load(Path(path))


@lru_cache(maxsize=4)
def _load(path: Path) -> Calibration:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise IngestError(Problem(f"cannot read the confidence table ({exc.strerror}); `make calibrate` writes it",
                                  file=str(path))) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise IngestError(Problem(f"not valid YAML: {exc}", file=str(path), line=mark.line + 1 if mark else None)) from exc
    trees = {}
    for category, tree in (data or {}).items():
        problem = _shape_problem(category, tree)
        if problem:
            raise IngestError(Problem(f"{category}: {problem}; `make calibrate` rewrites the file", file=str(path)))
        trees[category] = Tree(list(tree["order"]), float(tree["m"]),
                               {("" if key == "(all)" else key): list(cell) for key, cell in tree["cells"].items()})
    return Calibration(trees, path)


def _shape_problem(category: str, tree) -> str | None:
    if category not in FEATURES:
        return f"not a category (one of {', '.join(FEATURES)})"
    if not isinstance(tree, dict) or not {"order", "m", "cells"} <= set(tree):
        return "expected order, m and cells"
    if not isinstance(tree["m"], (int, float)) or tree["m"] < 0:
        return "m must be a number >= 0"
    if not isinstance(tree["cells"], dict) or "(all)" not in tree["cells"]:
        return "cells must be a mapping that includes (all)"
    for key, cell in tree["cells"].items():
        if not (isinstance(cell, list) and len(cell) == 2 and all(isinstance(c, int) for c in cell)
                and 0 <= cell[0] <= cell[1]):
            return f"cell {key!r} must be [right, seen] with 0 <= right <= seen"
    return None


# --- how well confidences fit outcomes --------------------------------------------------------------------------

BANDS = (0.2, 0.4, 0.6, 0.8)


def brier(pairs: list[tuple[float, int]]) -> float | None:
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs) if pairs else None


def log_loss(pairs: list[tuple[float, int]]) -> float | None:
    if not pairs:
        return None
    return -sum(math.log(min(max(p if y else 1 - p, 1e-6), 1.0)) for p, y in pairs) / len(pairs)


def bands(pairs: list[tuple[float, int]]) -> list[tuple[str, int, float, float]]:
    """(band, items, mean confidence, share right) for each band of confidence that holds items."""
    edges = (0.0, *BANDS, 1.01)
    found = []
    for low, high in zip(edges, edges[1:]):
        inside = [(p, y) for p, y in pairs if low <= p < high]
        if inside:
            found.append((f"{low:.1f}-{min(high, 1.0):.1f}", len(inside), sum(p for p, _ in inside) / len(inside),
                          sum(y for _, y in inside) / len(inside)))
    return found


def ranking(pairs: list[tuple[float, int]]) -> float | None:
    """The chance that a right item has a higher confidence than a wrong one, ties counting half (the area under the
    ROC curve): 0.5 when confidence tells them apart no better than chance."""
    right = sorted(p for p, y in pairs if y)
    wrong = sorted(p for p, y in pairs if not y)
    if not right or not wrong:
        return None
    above = sum(bisect.bisect_left(wrong, p) + (bisect.bisect_right(wrong, p) - bisect.bisect_left(wrong, p)) / 2
                for p in right)
    return above / len(right) / len(wrong)


def calibration_error(pairs: list[tuple[float, int]]) -> float | None:
    """The items' average gap between their band's mean confidence and its share right (expected calibration error)."""
    if not pairs:
        return None
    return sum(n * abs(mean - share) for _, n, mean, share in bands(pairs)) / len(pairs)


def outcomes(scores, ctx: DraftContext) -> list[tuple[str, dict[str, str], int]]:
    """(category, features, 1 if it matched a gold item else 0) for each drafted item the scorer weighed; an item
    matched to an optional gold item is neither right nor wrong and is left out."""
    found = []
    for category in SECTIONS:
        scored = scores.categories[category]
        for draft, _ in scored.pairs:
            if draft.item is not None:
                found.append((category, features(category, draft.item, ctx), 1))
        for draft in scored.extra:
            if draft.item is not None:
                found.append((category, features(category, draft.item, ctx), 0))
    return found


def scored_outcomes(draft: Path, annotation: dict, gold: Path, article: Path, registry: Registry):
    """A draft (its file, and the annotation it holds) scored against a gold as `make eval` scores it, and `outcomes` of
    its items: (scores, [(category, features, right)])."""
    from ingest.extract.gold import load_scored
    from ingest.extract.score import score
    from ingest.layout import read_raw_text

    scores = score(load_scored(draft, registry), load_scored(gold, registry))
    return scores, outcomes(scores, DraftContext(annotation, read_raw_text(article), registry))


def compare(own: list[tuple[float, int]], measured: list[tuple[float, int]]) -> str:
    """The rules' own confidences against the measured ones on the same items: Brier score, calibration error and
    ranking, each as "own -> measured"."""
    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    return "; ".join(f"{label} {fmt(metric(own))} -> {fmt(metric(measured))}" for label, metric in (
        ("Brier", brier), ("calibration error", calibration_error), ("ranking", ranking)))


def review_first(annotation: dict, below: float = 0.5, limit: int = 12) -> str | None:
    """The draft's least likely items, lowest first ("events e2 0.12, claims c7 0.41 ..."), for a curator to check
    first; None when every item is at or above `below`."""
    weak = sorted((item["confidence"], section, str(item["id"])) for section in SECTIONS.values()
                  for item in annotation.get(section) or [] if item.get("confidence") is not None
                  and item["confidence"] < below)
    if not weak:
        return None
    shown = ", ".join(f"{section} {item_id} {value:.2f}" for value, section, item_id in weak[:limit])
    more = f" and {len(weak) - limit} more" if len(weak) > limit else ""
    return f"review first ({len(weak)} items below {below:.1f}, the share of such items that were right): {shown}{more}"
