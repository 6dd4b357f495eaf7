"""Names the extractor knows before reading an article: the registry's actors and places (with their
alternative names), the world's countries and the adjectives formed from them ("Syrian" -> Syria)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ckg.paths import REGISTRY_FILE
from ingest.extract.text import normalise

# Extra country names news text uses that the time-zone database's list lacks.
COUNTRY_ALIASES = {"UK": "United Kingdom", "Britain": "United Kingdom", "U.K.": "United Kingdom",
                   "US": "United States", "U.S.": "United States", "USA": "United States",
                   "America": "United States", "Burma": "Myanmar", "DRC": "Democratic Republic of the Congo",
                   "DR Congo": "Democratic Republic of the Congo", "D.R. Congo": "Democratic Republic of the Congo",
                   "Democratic Republic of Congo": "Democratic Republic of the Congo", "Türkiye": "Turkey",
                   "Turkiye": "Turkey", "Ivory Coast": "Côte d’Ivoire",
                   # not in ISO 3166 (its code XK is user-assigned), a country in ACLED's and UCDP's coding
                   "Kosovo": "Kosovo"}
# Adjectives whose country the suffix rules below cannot find.
IRREGULAR_DEMONYMS = {"Afghan": "Afghanistan", "British": "United Kingdom", "American": "United States",
                      "French": "France", "Turkish": "Turkey", "Dutch": "Netherlands", "Swiss": "Switzerland",
                      "Greek": "Greece", "Spanish": "Spain", "Polish": "Poland", "Danish": "Denmark",
                      "Swedish": "Sweden", "Finnish": "Finland", "Chinese": "China", "Emirati": "United Arab Emirates",
                      "Filipino": "Philippines", "Philippine": "Philippines", "Congolese": "Congo",
                      "Saudi": "Saudi Arabia", "Thai": "Thailand",
                      "Lao": "Laos", "Nigerien": "Niger", "Burkinabe": "Burkina Faso", "Burkinabè": "Burkina Faso",
                      "Malagasy": "Madagascar",
                      # the suffix rules would read these wrongly ("Nigerian" -> Niger) or not at all
                      "Nigerian": "Nigeria", "Peruvian": "Peru", "Togolese": "Togo", "Honduran": "Honduras",
                      "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan", "Uzbek": "Uzbekistan", "Kazakh": "Kazakhstan",
                      "Turkmen": "Turkmenistan", "Mozambican": "Mozambique", "Ivorian": "Côte d’Ivoire",
                      "Argentine": "Argentina", "Salvadoran": "El Salvador"}


def name_key(name: str) -> str:
    """A name reduced for comparison: plain quotes and spaces, lower case, no leading article, no dots,
    no possessive ("The U.N.'s" -> "un")."""
    key = normalise(name).lower().replace(".", "")
    key = re.sub(r"'s\b", "", key)
    key = re.sub(r"\s+", " ", key).strip(" ,;:'\"")
    return re.sub(r"^the ", "", key)


def _canonical_country(raw: str) -> tuple[str, list[str]]:
    """The name we use for a country of the time-zone database's list, and the other names it gives."""
    match = re.fullmatch(r"(.*?)\s*\((.*)\)", raw)
    if not match:  # "Central African Rep.", written out in full
        return re.sub(r"\bRep\.$", "Republic", raw.replace("&", "and")), []
    base, extra = match.groups()
    if "Rep" in extra:  # "Congo (Dem. Rep.)", "Congo (Rep.)": two countries, written out in full
        return f"{'Democratic ' if 'Dem' in extra else ''}Republic of the {base}", [base]
    if extra in {"UK", "Burma", "Swaziland"}:
        return base, [extra]
    return f"{extra} {base}", []


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every country name (and common alias) -> its canonical name."""
    import pytz  # installed with dateparser; its ISO 3166 table is the list of countries we need

    names: dict[str, str] = {}
    for raw in pytz.country_names.values():
        canonical, others = _canonical_country(raw)
        names[canonical] = canonical
        for other in others:
            if other in {"UK", "Burma", "Swaziland"}:
                names[other] = canonical
            else:
                names.setdefault(other, other)
    for alias, canonical in COUNTRY_ALIASES.items():
        names[alias] = canonical
    return names


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the canonical country name ("SO" -> "Somalia")."""
    import pytz

    return {code: _canonical_country(raw)[0] for code, raw in pytz.country_names.items()}

def demonym_country(word: str) -> str | None:
    """The country an adjective of nationality points to ("Syrian" -> "Syria"), or None."""
    if word in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[word]
    known = countries()
    if word in known:
        return known[word]
    for suffix in ("ian", "ese", "an", "n", "i", "ish"):
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        for candidate in (stem, stem + "a", stem + "ia", stem + "e", stem + "y", stem + "o", stem + "on"):
            if candidate in known:
                return known[candidate]
    return None


def adjective_of(country: str) -> str | None:
    """The adjective of a country where a rule is safe: the irregular table ("Turkey" -> "Turkish") or a
    name in -a ("Syria" -> "Syrian"); None otherwise (Sudanese, Iraqi, Yemeni follow no one rule)."""
    for adjective, name in IRREGULAR_DEMONYMS.items():
        if name == country:
            return adjective
    return country + "n" if country.endswith("a") and " " not in country else None


@dataclass
class KnownEntity:
    """One registry entry as the extractor uses it."""

    id: str
    category: str  # "actor" or "place"
    name: str
    alt_names: list[str] = field(default_factory=list)
    type: str | None = None  # actor type
    kind: str | None = None  # place kind
    parent: str | None = None
    part_of: str | None = None

    @property
    def names(self) -> list[str]:
        return [self.name, *self.alt_names]


class Registry:
    """The registry's actors and places, looked up by any of their names.

    A name in lower case only ("the government", "rebels", "state media") is a common noun that stands for the
    entry only in an article about the entry's country: "the government" is the Syrian government in a report
    from Aleppo, not in one from Cauca. Such a name answers only when `country` (the article's) is the entry's."""

    def __init__(self, actors: list[KnownEntity], places: list[KnownEntity]):
        self.actors = {a.id: a for a in actors}
        self.places = {p.id: p for p in places}
        self._by_name: dict[tuple[str, str], list[KnownEntity]] = {}
        self._countries: dict[str, str | None] = {}
        for entity in [*actors, *places]:
            for name in entity.names:
                entries = self._by_name.setdefault((entity.category, name_key(name)), [])
                if entity not in entries:
                    entries.append(entity)

    def lookup(self, category: str, name: str, country: str | None = None) -> KnownEntity | None:
        found = [e for e in self._by_name.get((category, name_key(name)), []) if self._applies(e, name, country)]
        return found[0] if len(found) == 1 else None

    def surface_forms(self, country: str | None = None) -> list[tuple[str, KnownEntity]]:
        """(name as written, entry) for every name of every entry that applies in an article about `country`,
        longest first."""
        forms = [(name, e) for e in [*self.actors.values(), *self.places.values()] for name in e.names
                 if self._applies(e, name, country)]
        return sorted(forms, key=lambda f: -len(f[0]))

    def country_of(self, entity: KnownEntity) -> str | None:
        """The country an entry belongs to: a place's country by its parents, an actor's by the country or the
        adjective its names hold ("Syrian government"), or the country it is; None when no name says."""
        seen = set()
        while entity.category == "place" and entity.id not in seen:
            seen.add(entity.id)
            if entity.kind == "country":
                return countries().get(entity.name, entity.name)
            if entity.parent not in self.places:
                return None
            entity = self.places[entity.parent]
        for name in entity.names:
            for word in re.findall(r"[A-Z][\w-]+", name):
                country = countries().get(word) or demonym_country(word)
                if country:
                    return country
        return None

    def _applies(self, entity: KnownEntity, name: str, country: str | None) -> bool:
        # the entry's own name that the text's matches decides: "Government" opening "Government spokesman X said" is
        # the common noun "the government" (in capitals only because it begins a sentence)
        if any(re.search(r"[A-Z]", own) for own in entity.names if name_key(own) == name_key(name)):
            return True
        if entity.id not in self._countries:
            self._countries[entity.id] = self.country_of(entity)
        own = self._countries[entity.id]
        return own is None or own == country

    def ids(self, category: str) -> set[str]:
        return set(self.actors if category == "actor" else self.places)


def load_registry(path: Path | None = REGISTRY_FILE) -> Registry:
    """The registry file, read leniently (the ingest checks it); an absent file gives an empty registry."""
    if path is None or not Path(path).is_file():
        return Registry([], [])
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    actors = [KnownEntity(a["id"], "actor", a["name"], list(a.get("alt_names") or []), type=a.get("type"),
                          part_of=a.get("part_of")) for a in data.get("actors") or []]
    places = [KnownEntity(p["id"], "place", p["name"], list(p.get("alt_names") or []), kind=p.get("kind"),
                          parent=p.get("parent")) for p in data.get("places") or []]
    return Registry(actors, places)
