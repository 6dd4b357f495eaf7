"""Content negotiation: which serialisation of a query result the client's Accept header asks for."""
from __future__ import annotations

from dataclasses import dataclass

from api.services.protocol import ProtocolError
from ckg.query_runner import BOOLEAN_FORMATS


@dataclass(frozen=True)
class Offer:
    """A result format (by its runner name) and the media types that ask for it, canonical first."""

    name: str
    media_types: tuple[str, ...]


# In the server's order of preference: the first is the answer to */* or to no Accept header.
SOLUTIONS_OFFERS = (
    Offer("json", ("application/sparql-results+json", "application/json")),
    Offer("xml", ("application/sparql-results+xml", "application/xml", "text/xml")),
    Offer("csv", ("text/csv",)),
    Offer("tsv", ("text/tab-separated-values",)),
)
BOOLEAN_OFFERS = tuple(o for o in SOLUTIONS_OFFERS if o.name in BOOLEAN_FORMATS)
GRAPH_OFFERS = (
    Offer("turtle", ("text/turtle", "application/x-turtle")),
    Offer("ntriples", ("application/n-triples",)),
    Offer("rdfxml", ("application/rdf+xml", "application/xml", "text/xml")),
    Offer("jsonld", ("application/ld+json", "application/json")),
)
OFFERS_BY_KIND = {"solutions": SOLUTIONS_OFFERS, "boolean": BOOLEAN_OFFERS, "graph": GRAPH_OFFERS}

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def specificity(self, media_type: str) -> int:
        """How closely this range matches `media_type`: 2 exact, 1 type/*, 0 */*, -1 no match."""
        main, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != main:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header; malformed entries are ignored, a missing header means */*."""
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for item in header.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        main, slash, sub = media.lower().partition("/")
        if not slash or not main or not sub:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub, q))
    return ranges


def _best_match(media_type: str, ranges: list[MediaRange]) -> tuple[int, float]:
    """(specificity, q) of the most specific range matching `media_type`; (-1, 0) if none does."""
    best = (-1, 0.0)
    for media_range in ranges:
        specificity = media_range.specificity(media_type)
        if specificity >= 0 and (specificity, media_range.q) > best:
            best = (specificity, media_range.q)
    return best


def quality(media_type: str, ranges: list[MediaRange]) -> float:
    """The q the client gives `media_type`: that of the most specific range that matches it."""
    return _best_match(media_type, ranges)[1]


def offer_quality(offer: Offer, ranges: list[MediaRange]) -> float:
    """The q of the offer's most specifically named media type: `text/turtle;q=0, */*` refuses Turtle
    even though its alias application/x-turtle only matches */*."""
    specificity, q = max(_best_match(media_type, ranges) for media_type in offer.media_types)
    return q if specificity >= 0 else 0.0


def best_offer(offers: tuple[Offer, ...], ranges: list[MediaRange]) -> Offer | None:
    """The acceptable offer with the highest q; ties go to the server's preference. None: 406."""
    best, best_q = None, 0.0
    for offer in offers:
        q = offer_quality(offer, ranges)
        if q > best_q:
            best, best_q = offer, q
    return best


@dataclass(frozen=True)
class FormatChoice:
    """The format chosen for each kind of result (None where the client accepts none)."""

    solutions: str | None
    boolean: str | None
    graph: str | None

    def for_kind(self, kind: str) -> str | None:
        return getattr(self, kind)


def choose_formats(accept: str | None) -> FormatChoice:
    ranges = parse_accept(accept)
    chosen = {kind: best_offer(offers, ranges) for kind, offers in OFFERS_BY_KIND.items()}
    return FormatChoice(**{kind: offer.name if offer else None for kind, offer in chosen.items()})


def not_acceptable(kind: str) -> ProtocolError:
    """The 406 for a result kind the client accepts no format of, listing what it may ask for."""
    types = [media_type for offer in OFFERS_BY_KIND[kind] for media_type in offer.media_types]
    return ProtocolError(406, f"no acceptable format for a {kind} result; this endpoint offers " + ", ".join(types))


def prefers_html(accept: str | None) -> bool:
    """A browser: it names HTML explicitly (a bare */* from curl does not count)."""
    ranges = parse_accept(accept)
    return any(r.q > 0 and f"{r.type}/{r.subtype}" in HTML_TYPES for r in ranges)
