"""Lookups in a draft annotation that the extraction tests share (claims by field, entities by name), and the holdout
articles they read."""
from __future__ import annotations

from pathlib import Path

from ckg.paths import ROOT
from ingest.extract.gazetteer import load_registry

HOLDOUT = ROOT / "tests" / "data" / "holdout"
DEV_DIR = ROOT / "tests" / "data" / "dev"


def holdout(*names: str) -> tuple[Path, ...]:
    """The holdout articles of these names (without ".txt")."""
    return tuple(HOLDOUT / f"{name}.txt" for name in names)


def claims_with(annotation: dict, **fields) -> list[dict]:
    """The draft's claims whose fields have these values."""
    return [c for c in annotation["claims"] if all(c.get(k) == v for k, v in fields.items())]


def source_of(annotation: dict, **fields) -> str:
    """The claimant of the one claim with these fields (fails if there is not exactly one)."""
    [claim] = claims_with(annotation, **fields)
    return claim["claimed_by"]


def entity_names(annotation: dict, section: str) -> dict[str, list[str]]:
    """id -> name and alternative names, for the draft's `entities` section ("actors" or "places")."""
    return {e["id"]: [e["name"], *e.get("alt_names", [])] for e in annotation["entities"][section]}


def name_of(annotation: dict, actor_id: str) -> str:
    """The name of the actor with this id."""
    return entity_names(annotation, "actors")[actor_id][0]


def all_names(annotation: dict, section: str) -> set[str]:
    """Every name and alternative name in the draft's `entities` section ("actors" or "places")."""
    return {name for names in entity_names(annotation, section).values() for name in names}


def ids_named(table: dict[str, list[str]], name: str) -> list[str]:
    return [entity_id for entity_id, names in table.items() if name in names]


def named(table: dict[str, list[str]], name: str) -> str:
    """The one id with this name or alternative name (fails naming the table otherwise)."""
    found = ids_named(table, name)
    assert len(found) == 1, (name, table)
    return found[0]


def places(drafts, article: Path) -> dict[str, list[str]]:
    """id -> name and alternative names, for the places of an article's draft (`drafts` is the conftest fixture)."""
    return entity_names(drafts(article)[1], "places")


def actor(annotation: dict, name: str) -> str:
    """The id of the one actor the draft names so."""
    return named(entity_names(annotation, "actors"), name)


def people_named(annotation: dict) -> dict[str, list[str]]:
    """id -> name and alternative names, for the draft's people."""
    return {a["id"]: [a["name"], *a.get("alt_names", [])] for a in annotation["entities"]["actors"] if a["type"] == "person"}


def people_by_name(annotation: dict) -> dict[str, dict]:
    """name -> the draft's entry for that person (title, affiliation)."""
    names = entity_names(annotation, "actors")
    return {names[p["id"]][0]: p for p in annotation["people"]}


def person_names(annotation: dict) -> set[str]:
    """The names of the draft's people."""
    return {names[0] for names in people_named(annotation).values()}


def registered(name: str) -> str:
    """The id of the registry's actor of this name (a draft links it there instead of listing it)."""
    return load_registry().lookup("actor", name).id
