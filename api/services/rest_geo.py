"""Places as the services need them: the chain of places one lies in, points, and a point to fall back on."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.term import Node

from api.services.rest_common import plain, reference, run
from ckg.store import Row, Store

_WKT_POINT = re.compile(r"^\s*POINT\s*\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def parse_point(wkt: Node | None) -> Point | None:
    """A GeoSPARQL "POINT(longitude latitude)" literal as a point (None when absent or not a point)."""
    match = _WKT_POINT.match(str(wkt)) if wkt is not None else None
    return Point(latitude=float(match.group(2)), longitude=float(match.group(1))) if match else None


def ordered_chain(start: Node, parent_of: dict[Node, Node]) -> list[Node]:
    """The places `start` lies in, nearest first, following each place's parent (cycles stop the walk)."""
    chain, seen, node = [], {start}, parent_of.get(start)
    while node is not None and node not in seen:
        chain.append(node)
        seen.add(node)
        node = parent_of.get(node)
    return chain


def place_chain(store: Store, place: URIRef) -> list[dict]:
    """The places `place` lies in, nearest first: New Aleppo -> West Aleppo, Aleppo, Aleppo province, Syria."""
    rows = run(store, "place_ancestors", place=place)
    parent_of: dict[Node, Node] = {}
    for row in rows:
        parent_of.setdefault(row["child"], row["parent"])
    about = {r["parent"]: r for r in rows}
    return [dict(reference("places", node, about[node].get("parentName")),
                 kind=plain(about[node].get("parentKind")))
            for node in ordered_chain(place, parent_of)]


@dataclass
class PlaceIndex:
    """Every place's parent, name, kind, point and geo-precision, for answers about many events at once."""

    rows: dict[Node, Row]
    parent_of: dict[Node, Node]

    @classmethod
    def load(cls, store: Store) -> "PlaceIndex":
        rows = run(store, "places")
        first: dict[Node, Row] = {}
        parent_of: dict[Node, Node] = {}
        for row in rows:
            first.setdefault(row["place"], row)
            if "parent" in row:
                parent_of.setdefault(row["place"], row["parent"])
        return cls(first, parent_of)

    def chain(self, place: Node) -> list[Node]:
        return ordered_chain(place, self.parent_of)

    def name(self, place: Node | None) -> str | None:
        return plain(self.rows.get(place, {}).get("name")) if place is not None else None

    def kind(self, place: Node) -> str | None:
        return plain(self.rows.get(place, {}).get("kindNotation"))

    def ancestor_of_kind(self, place: Node, kind: str) -> Node | None:
        """The place itself or the nearest place it lies in that is of this kind ("country")."""
        for node in [place, *self.chain(place)]:
            if self.kind(node) == kind:
                return node
        return None

    def located_point(self, place: Node) -> tuple[Node, Point, int | None] | None:
        """The place's own point, else the nearest enclosing place's: (place located, point, ACLED precision)."""
        for node in [place, *self.chain(place)]:
            row = self.rows.get(node, {})
            point = parse_point(row.get("wkt"))
            if point is not None:
                return node, point, plain(row.get("geoPrecision"))
        return None
