"""Score a draft annotation against a gold one: precision, recall and F1 per category.

Matching is one to one and greedy, strongest pairs first:
- people, groups, places: by normalised name (lower case, no dots, no leading "the", plain quotes and
  spaces), alternative names included, a name's trailing bracket (a curator's note: "local
  authorities (Nasir)") left out as another key, and a country by any of its names ("DR Congo" is the
  "Democratic Republic of the Congo"); a place name without its kind word ("Aleppo province" ->
  "Aleppo") is a weaker match tried after the others.
- events: the types agree (through EVENT_TYPE_ALIASES) and so does the date or the place; pairs agreeing
  on both come first, then those whose evidence overlaps. "dates resolved correctly" is the share of
  matched events whose date and precision equal the gold's.
- claims: the outcome, the victim category and the claimant agree (by name as above, or one name is the other with
  where the source speaks from added: "health ministry" and "Gaza's health ministry", "local authorities" and
  "local authorities in Nyirol County"), and so does the count (the same
  exact count; the same min and max for a range; the same words for a vague count) or, failing that,
  the evidence quotes overlap in the text (the same figure read differently). "matched claims with exact
  count" is the share of matched claims whose count is the gold's. Two diagnostics match claims again: counting a
  spokesperson and the body he speaks for (his affiliation, on either side) as the same claimant, and not comparing
  the claimant at all.
- quotes: by text overlap (one contains the other, or they share most words).
Gold items marked optional are neither missed when absent nor extra when found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.evidence import normalise as normalise_for_search
from ingest.extract.gazetteer import countries, name_key
from ingest.extract.gold import GoldClaim, GoldEvent, GoldQuote, Named, Scored
from ingest.extract.lexicon import MEMBERS_OF_FORCE, VICTIM_WORDS
from ingest.vocabulary import load_vocabulary

# The gold's looser event types -> our event-type notations (a gold type that is itself a notation, with
# spaces for hyphens, needs no entry).
EVENT_TYPE_ALIASES = {
    "clash": {"armed-clash"}, "clashes": {"armed-clash"}, "ceasefire": {"truce"}, "cease-fire": {"truce"},
    "bombing": {"suicide-bombing"}, "car bombing": {"suicide-bombing"}, "mass killing": {"mass-killing"},
    "massacre": {"mass-killing"}, "forced displacement": {"forced-displacement"}, "displacement": {"forced-displacement"},
    "offensive": {"offensive", "territory-change", "planned-operation"}, "capture": {"territory-change"},
    "territory change": {"territory-change"}, "attacks": {"attack"}, "air strike": {"airstrike"},
    "air raid": {"airstrike"}, "artillery": {"shelling"}, "truce": {"truce"}, "announcement": {"statement"},
}
KIND_WORDS = re.compile(r"\s+(?:province|governorate|state|department|municipality|county|prefecture|oblast|circle|"
                        r"commune|district|region|city|town|village|suburb|area|neighbourhood|"
                        r"neighborhood|quarter)$")
CATEGORIES = ("people", "groups", "places", "events", "claims", "quotes")


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pairs: list[tuple[object, object]] = field(default_factory=list)
    missed: list[object] = field(default_factory=list)
    extra: list[object] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    categories: dict[str, CategoryScore]
    dates_correct: tuple[int, int]  # matched events with the gold's date and precision, matched events
    exact_counts: tuple[int, int]  # matched claims with the gold's count, matched claims
    # claims matched as above but without comparing the claimant: how many figures were found at all, to tell
    # a figure the draft missed from one it credited to the wrong source (a diagnostic, not a target)
    claims_any_source: CategoryScore = field(default_factory=CategoryScore)
    # claims matched as above but counting a spokesperson and the body he speaks for as one source, since curators
    # split on which to credit (a diagnostic: how much of the claims gap is that choice)
    claims_speaker_or_body: CategoryScore = field(default_factory=CategoryScore)
    # (category, the rule's own confidence, the measured one, 1 if right) for each drafted item scored, when the
    # caller records them (evaluate_all); the scorer itself never reads confidences
    confidences: list[tuple[str, float, float | None, int]] = field(default_factory=list)


# --- one-to-one matching ---------------------------------------------------------------------------------

def match(drafts: list, golds: list, strength) -> CategoryScore:
    """Greedy one-to-one matching by `strength(draft, gold)` (0 = no match); optional golds are neutral."""
    pairs = []
    for i, draft in enumerate(drafts):
        for j, gold in enumerate(golds):
            value = strength(draft, gold)
            if value:
                pairs.append((value, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_d, used_g, score = set(), set(), CategoryScore()
    for value, i, j in pairs:
        if i in used_d or j in used_g:
            continue
        used_d.add(i)
        used_g.add(j)
        if getattr(golds[j], "optional", False):
            continue
        score.tp += 1
        score.pairs.append((drafts[i], golds[j]))
    score.extra = [d for i, d in enumerate(drafts) if i not in used_d]
    score.missed = [g for j, g in enumerate(golds) if j not in used_g and not getattr(g, "optional", False)]
    score.fp, score.fn = len(score.extra), len(score.missed)
    return score


def names_strength(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    if name_key(a[0]) == name_key(b[0]):
        return 3.0
    keys_a, keys_b = _keys(a), _keys(b)
    if keys_a & keys_b:
        return 2.0 + min(len(keys_a & keys_b), 9) / 10  # more shared names: the likelier partner
    if {KIND_WORDS.sub("", k) for k in keys_a} & {KIND_WORDS.sub("", k) for k in keys_b}:
        return 1.0
    return 0.0


def _keys(names: list[str]) -> set[str]:
    """Each name's key, the key without a trailing bracket (a curator's note that tells two sources of the same
    words apart, "local authorities (Nasir)", "residents (Gothèye market raid)", is no part of the name), and a
    country's name as the extractor writes it ("Democratic Republic of Congo" and "DR Congo" are one country)."""
    keys = {name_key(n) for n in names}
    keys |= {name_key(countries()[n]) for n in names if n in countries()}
    return keys | {name_key(_NOTE_IN_BRACKETS.sub("", n)) for n in names if _NOTE_IN_BRACKETS.search(n)}


_NOTE_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


# --- events --------------------------------------------------------------------------------------------------

def event_types(gold_type: str | None) -> set[str]:
    if not gold_type:
        return set()
    lowered = gold_type.lower().strip()
    if lowered in EVENT_TYPE_ALIASES:
        return EVENT_TYPE_ALIASES[lowered]
    return {lowered.replace(" ", "-")}


def same_date(draft: GoldEvent, gold: GoldEvent) -> bool:
    if (draft.precision or _precision(draft)) != (gold.precision or _precision(gold)):
        return False
    if (gold.precision or _precision(gold)) == "bound":
        return draft.earliest == gold.earliest and draft.latest == gold.latest
    return draft.date is not None and draft.date == gold.date


def _precision(event: GoldEvent) -> str | None:
    if event.date is None:
        return "bound" if event.earliest else None
    return {10: "day", 7: "month", 4: "year"}.get(len(event.date))


class EvidenceLocator:
    """Where a quote lies in the raw text (normalised for search), to tell whether two quotes overlap."""

    def __init__(self, raw: str | None):
        self.text = normalise_for_search(raw)[0] if raw else None

    def spans(self, quote: str | None) -> list[tuple[int, int]]:
        if not quote or self.text is None:
            return []
        needle = normalise_for_search(quote)[0].strip()
        return [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), self.text)] if needle else []

    def overlap(self, a: str | None, b: str | None) -> bool:
        spans_a, spans_b = self.spans(a), self.spans(b)
        if spans_a and spans_b:
            return any(x0 < y1 and y0 < x1 for x0, x1 in spans_a for y0, y1 in spans_b)
        if a and b:
            na, nb = normalise_for_search(a)[0].lower(), normalise_for_search(b)[0].lower()
            return na in nb or nb in na
        return False


def event_strength(locator: EvidenceLocator):
    def strength(draft: GoldEvent, gold: GoldEvent) -> float:
        if draft.type not in event_types(gold.type):
            return 0.0
        date_ok = same_date(draft, gold)
        place_ok = (not draft.place and not gold.place) or names_strength(draft.place, gold.place) > 0
        if not (date_ok or place_ok):
            return 0.0
        return 2.0 * date_ok + 2.0 * place_ok + (1.0 if locator.overlap(draft.evidence, gold.evidence) else 0.0)
    return strength


# --- claims ----------------------------------------------------------------------------------------------------

def victim_category(victims: str | None) -> str | None:
    """A victim-category notation, or the notation a gold's free text names ("former members of the security
    forces" -> soldiers, "an engineer" -> workers)."""
    if victims is None:
        return None
    text = victims.lower()
    stripped = _NOTE_IN_BRACKETS.sub("", text)
    if stripped and _victim_hits(stripped):
        text = stripped  # "people (combatants and civilians)": the bracket is a note
    if load_vocabulary().has("victim-category", text):
        return text
    member = re.search(r"\bmembers?\b", text)
    if member and MEMBERS_OF_FORCE.match(text, member.end()):
        return "soldiers"  # "members of Israeli forces", as the extractor reads them
    hits = _victim_hits(text)
    if not hits:
        return text
    specific = [h for h in hits if h[1] != "people"]
    return min(specific or hits)[1]


def _victim_hits(text: str) -> list[tuple[int, str]]:
    return [(m.start(), notation) for pattern, notation in _victim_patterns() for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def _victim_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """Each victim word (the vocabulary's labels and the extractor's words, in the singular too: a gold's "farmer" or
    "paramedic" is as much of the category as "farmers") as a pattern, with its notation: built once, since the scorer
    asks for a victim category for every pair of claims it weighs."""
    words = dict(load_vocabulary().label_index("victim-category"))
    words.update(VICTIM_WORDS)
    return tuple((re.compile(rf"\b{re.escape(word)}\b"), notation) for word, notation in words.items())


def same_count(draft: GoldClaim, gold: GoldClaim) -> bool:
    if gold.count is not None:
        return draft.count == gold.count
    if gold.minimum is not None or gold.maximum is not None:
        return draft.minimum == gold.minimum and draft.maximum == gold.maximum
    if gold.count_phrase is not None:
        return draft.count_phrase is not None and name_key(draft.count_phrase) == name_key(gold.count_phrase)
    return False


def same_source(draft: GoldClaim, gold: GoldClaim) -> bool:
    return names_strength(draft.claimant, gold.claimant) > 0 or _placed_pair(draft.claimant, gold.claimant) or \
        _placed_pair(gold.claimant, draft.claimant)


def _placed_pair(short: list[str], long: list[str]) -> bool:
    """Whether a name of `short` is one of `long` without its place, and `short` gives it no other place ("residents"
    and "residents of Kyaung Kon" on one side are not "residents of Ywa Thit" on the other)."""
    for name in short:
        for longer in long:
            if placed(name, longer) and not any(placed(name, other) and name_key(other) != name_key(longer)
                                                for other in short):
                return True
    return False


def placed(name: str, longer: str) -> bool:
    """Whether `longer` is `name` with where the source speaks from added: "health ministry" and "Gaza's health
    ministry" or "Gaza health ministry", "local authorities" and "local authorities in Nyirol County", "Defensoría del
    Pueblo" and "Defensoría del Pueblo de Colombia". Both name one source in one article. Only the longer side is
    trimmed, so "Government of Niger" and "Government of Mali" stay apart."""
    name, longer = " ".join(_NOTE_IN_BRACKETS.sub("", name).split()), " ".join(_NOTE_IN_BRACKETS.sub("", longer).split())
    if not name or len(longer) <= len(name) or (" " not in name and not name[:1].islower()):
        return False  # "Ministry" is no more "Ministry of Health" than "Ministry of Defence"; "residents" are "residents of X"
    if any(name_key(longer[:after.start()]) == name_key(name) for after in _PLACE_AFTER.finditer(longer)):
        return True
    before = _PLACE_BEFORE.fullmatch(longer)
    return before is not None and name_key(before.group("name")) == name_key(name) and \
        (before.group("possessive") is not None or name[:1].islower())


# "X in Nyirol County", "X at al-Thawra hospital", "X of Tibú", "X de Colombia": a place after the name
_PLACE_AFTER = re.compile(r"\s+(?:in|at|near|of|for|from|de|del|du|des|da|do)\s+(?:the\s+)?(?:(?:al|el|an|as|ash|ad)-)?[A-Z]")
# "Gaza's X", "Gaza X": a place before a name that has no capital of its own ("health ministry")
_PLACE_BEFORE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?P<possessive>['’]s)?\s+(?P<name>.+)")


def speaker_or_body(people: list[Named]):
    """The same source, or a spokesperson on one side and the body he speaks for on the other ("SSPDF spokesman Lul
    Ruai Koang" and "the SSPDF"), which curators split on crediting. A person's body is his affiliation in either
    annotation (`people`: the gold's people first, then the draft's)."""
    def body(names: list[str]) -> list[str]:
        for person in people:
            if person.body and names_strength(person.names, names) >= 2:
                return person.body
        return []

    def same(draft: GoldClaim, gold: GoldClaim) -> bool:
        return same_source(draft, gold) or names_strength(body(draft.claimant), gold.claimant) > 0 or \
            names_strength(draft.claimant, body(gold.claimant)) > 0
    return same


def claim_strength(locator: EvidenceLocator, claimant=same_source):
    """Claims' match strength; `claimant` decides whether two claimants are the same source (None: not compared)."""
    def strength(draft: GoldClaim, gold: GoldClaim) -> float:
        if draft.outcome != gold.outcome or victim_category(draft.victims) != victim_category(gold.victims):
            return 0.0
        if claimant is not None and not claimant(draft, gold):
            return 0.0
        count_ok = same_count(draft, gold)
        evidence_ok = locator.overlap(draft.evidence, gold.evidence)
        if not (count_ok or evidence_ok):
            return 0.0
        return 2.0 * count_ok + 1.0 * evidence_ok
    return strength


# --- quotes ------------------------------------------------------------------------------------------------------

def _quote_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", normalise_for_search(text)[0].lower())


def quote_strength(draft: GoldQuote, gold: GoldQuote) -> float:
    a, b = " ".join(_quote_words(draft.text)), " ".join(_quote_words(gold.text))
    if not a or not b:
        return 0.0
    if a == b:
        return 3.0
    if a in b or b in a:
        return 2.0
    words_a, words_b = set(a.split()), set(b.split())
    shared = len(words_a & words_b) / min(len(words_a), len(words_b))
    return 1.0 if shared >= 0.6 else 0.0


# --- all together ----------------------------------------------------------------------------------------------

def score(draft: Scored, gold: Scored) -> Scores:
    raw = None
    for candidate in (gold.text_path, draft.text_path):
        if candidate is not None and Path(candidate).is_file():
            raw = Path(candidate).read_text(encoding="utf-8")
            break
    locator = EvidenceLocator(raw)
    categories = {
        "people": match(draft.people, gold.people, lambda d, g: names_strength(d.names, g.names)),
        "groups": match(draft.groups, gold.groups, lambda d, g: names_strength(d.names, g.names)),
        "places": match(draft.places, gold.places, lambda d, g: names_strength(d.names, g.names)),
        "events": match(draft.events, gold.events, event_strength(locator)),
        "claims": match(draft.claims, gold.claims, claim_strength(locator)),
        "quotes": match(draft.quotes, gold.quotes, quote_strength),
    }
    event_pairs = categories["events"].pairs
    claim_pairs = categories["claims"].pairs
    return Scores(
        categories,
        (sum(same_date(d, g) for d, g in event_pairs), len(event_pairs)),
        (sum(same_count(d, g) for d, g in claim_pairs), len(claim_pairs)),
        match(draft.claims, gold.claims, claim_strength(locator, claimant=None)),
        match(draft.claims, gold.claims, claim_strength(locator, claimant=speaker_or_body(gold.people + draft.people))),
    )


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def report(scores: Scores, title: str | None = None) -> str:
    lines = [title] if title else []
    lines.append(f"{'category':10} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
    for name in CATEGORIES:
        s = scores.categories[name]
        lines.append(f"{name:10} {_fmt(s.precision):>5} {_fmt(s.recall):>5} {_fmt(s.f1):>5} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    right, total = scores.dates_correct
    lines.append(f"dates resolved correctly: {right}/{total}" + (f" ({right / total:.0%})" if total else ""))
    right, total = scores.exact_counts
    lines.append(f"matched claims with exact count: {right}/{total}" + (f" ({right / total:.0%})" if total else ""))
    lines.append(f"claims F1 counting a spokesperson and his body as one source (diagnostic): "
                 f"{_fmt(scores.claims_speaker_or_body.f1)}")
    lines.append(f"claims F1 without comparing the claimant (diagnostic): {_fmt(scores.claims_any_source.f1)}")
    return "\n".join(lines)


def details(scores: Scores) -> str:
    """What was missed and what was extra, per category (for `ckg eval --details`)."""
    lines = []
    for name in CATEGORIES:
        s = scores.categories[name]
        for item in s.missed:
            lines.append(f"  missed {name[:-1] if name != 'people' else 'person'}: {_describe(item)}")
        for item in s.extra:
            lines.append(f"  extra  {name[:-1] if name != 'people' else 'person'}: {_describe(item)}")
    for d, g in scores.categories["events"].pairs:
        if not same_date(d, g):
            lines.append(f"  date   event {g.id}: drafted {d.date or (d.earliest, d.latest)} ({d.precision}), "
                         f"gold {g.date or (g.earliest, g.latest)} ({g.precision})")
    for d, g in scores.categories["claims"].pairs:
        if not same_count(d, g):
            lines.append(f"  count  claim {g.id}: drafted {d.count or (d.minimum, d.maximum) or d.count_phrase}, "
                         f"gold {g.count or (g.minimum, g.maximum) or g.count_phrase}")
    return "\n".join(lines)


def _describe(item) -> str:
    if isinstance(item, Named):
        return " / ".join(item.names)
    if isinstance(item, GoldEvent):
        return f"{item.id} {item.type} {item.date or (item.earliest, item.latest)} at {item.place[:1]}: {item.evidence!r}"
    if isinstance(item, GoldClaim):
        figure = item.count if item.count is not None else (
            f"{item.minimum}-{item.maximum}" if item.minimum is not None else item.count_phrase)
        return (f"{item.id} {figure} {item.qualifier} {item.victims} {item.outcome} by {item.claimant[:1]}: "
                f"{item.evidence!r}")
    if isinstance(item, GoldQuote):
        return f"{item.speaker[:1]}: {item.text!r}"
    return repr(item)
