"""The exports: ACLED- and UCDP GED-style CSV and a GeoJSON map of events (column mapping: docs/exports.md)."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from rdflib.term import Node

from api.services import rest_claims, rest_events
from api.services.rest_casualties import Bounds, add_bounds, totals_by_victims
from api.services.rest_common import EventFilters, actor_kind, csv_text, day, first_per, local_id, plain, run
from api.services.rest_geo import PlaceIndex, Point
from ckg.store import Row, Store

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
    "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)

# ACLED's actor-type codes (inter1, inter2) by the registry's actor kinds; other kinds have none.
ACLED_INTER = {"state-force": 1, "government": 1, "armed-group": 2, "igo": 8, "aid": 8, "news-outlet": 8,
               "monitor": 8, "state-media": 8}
ACLED_CIVILIANS = 7
ACLED_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
                  "Violence against civilians": "Political violence", "Riots": "Political violence",
                  "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}
# ACLED dates an event to within a month at worst (time_precision 3).
ACLED_LONGEST_SPAN_DAYS = 31
CIVILIAN_VICTIMS = {"civilians", "children", "women", "workers"}
STATE_KINDS = {"state-force", "government"}
# Which participants stand on ACLED's first and second side, in order of preference.
FIRST_SIDE_ROLES = ("perpetrator", "speaker", "participant")
SECOND_SIDE_ROLES = ("target", "victim", "addressee")
KILLED = "killed"
QUALIFIER_WORDS = {"at_least": "at least ", "more_than": "more than ", "up_to": "up to ", "approx": "about "}


@dataclass
class EventRecord:
    """One event with everything an export row is made of."""

    row: Row
    roles: dict[str, list[Row]] = field(default_factory=dict)  # role notation -> participant rows
    claims: list[dict] = field(default_factory=list)
    publisher: str | None = None
    title: str | None = None
    issued: str | None = None

    @property
    def earliest(self) -> dt.date:
        return day(self.row["earliest"])

    @property
    def latest(self) -> dt.date:
        return day(self.row["latest"])

    @property
    def span_days(self) -> int:
        return (self.latest - self.earliest).days + 1

    @property
    def precision(self) -> str | None:
        return plain(self.row.get("precisionNotation"))

    def deaths(self) -> dict[str | None, Bounds]:
        """Killed, per victim category, from the top-level claims (rule: rest_casualties)."""
        return totals_by_victims(map(rest_claims.figures, self.claims), KILLED)

    def claimants(self) -> list[str]:
        return list(dict.fromkeys(c["claimant"]["name"] for c in self.claims if c.get("claimant")))


def load_records(store: Store, filters: EventFilters) -> list[EventRecord]:
    """The matching events, sorted by date, with participants, claims and reporting document: five queries."""
    records = {str(r["event"]): EventRecord(r) for r in rest_events.event_rows(store, filters)}
    for row in run(store, "participants"):
        if str(row["event"]) in records:
            roles = records[str(row["event"])].roles.setdefault(plain(row.get("roleNotation")), [])
            if all(r["actor"] != row["actor"] for r in roles):
                roles.append(row)
    for claim in rest_claims.claim_items(rest_claims.claim_rows(store, filters), {}):
        if claim["event"]["iri"] in records:
            records[claim["event"]["iri"]].claims.append(claim)
    documents = {r["doc"]: r for r in first_per(run(store, "sources"), "doc")}
    for record in records.values():
        doc = documents.get(record.row.get("doc"), {})
        record.publisher, record.title, record.issued = (plain(doc.get("publisherName")), plain(doc.get("title")),
                                                         plain(doc.get("issued")))
    return list(records.values())


def _midpoint(record: EventRecord) -> dt.date:
    return record.earliest + dt.timedelta(days=(record.latest - record.earliest).days // 2)


def _names(rows: list[Row]) -> list[str]:
    return [plain(r.get("actorName")) or local_id(r["actor"]) for r in rows]


def _kinds(rows: list[Row]) -> list[str | None]:
    return [actor_kind(r.get("actorClass")) for r in rows]


def _side(record: EventRecord, roles: tuple[str, ...]) -> list[Row]:
    """The participants in the first of these roles that the event has."""
    return next((record.roles[role] for role in roles if record.roles.get(role)), [])


def _fmt(number: float | None) -> str | None:
    return None if number is None else f"{number:.4f}"


@dataclass(frozen=True)
class Location:
    """Where an export puts an event: the point of its place or of the nearest place around it."""

    place: Node
    located_at: Node
    point: Point
    acled_precision: int | None
    own_point: bool


def locate(record: EventRecord, places: PlaceIndex) -> Location | None:
    place = record.row.get("eventPlace")
    found = places.located_point(place) if place is not None else None
    if found is None:
        return None
    located_at, point, precision = found
    return Location(place, located_at, point, precision, own_point=located_at == place)


# --- ACLED ------------------------------------------------------------------------------------------

def acled_time_precision(record: EventRecord) -> int:
    """1: the day is known; 2: within a week; 3: within a month (ACLED codebook)."""
    if record.span_days == 1:
        return 1
    return 2 if record.span_days <= 7 else 3


def acled_geo_precision(location: Location) -> int | None:
    """The place's own code; a point borrowed from an enclosing place is at best 2 ("a part of a region")."""
    if location.own_point:
        return location.acled_precision
    return max(2, location.acled_precision or 2)


def acled_row(record: EventRecord, places: PlaceIndex) -> dict:
    event_date = record.earliest if record.span_days == 1 else _midpoint(record)
    acled_type = plain(record.row.get("acledEventType"))
    deaths = record.deaths()
    fatalities = add_bounds(deaths.values())
    location = locate(record, places)
    place = record.row.get("eventPlace")
    country = places.ancestor_of_kind(place, "country") if place is not None else None
    province = places.ancestor_of_kind(place, "province") if place is not None else None
    civilian = acled_type == "Violence against civilians" or (bool(deaths) and set(deaths) <= CIVILIAN_VICTIMS)
    first, second = _names(_side(record, FIRST_SIDE_ROLES)), _names(_side(record, SECOND_SIDE_ROLES))
    inter1 = ACLED_INTER.get(_kinds(_side(record, FIRST_SIDE_ROLES))[0]) if first else None
    inter2 = ACLED_INTER.get(_kinds(_side(record, SECOND_SIDE_ROLES))[0]) if second else None
    if civilian and not second:
        # ACLED names the civilian victims as the second actor, "Civilians (Syria)", type 7
        second, inter2 = [f"Civilians ({places.name(country)})" if country else "Civilians"], ACLED_CIVILIANS
    return {
        "event_id_cnty": local_id(record.row["event"]),
        "event_date": event_date.isoformat(),
        "year": event_date.year,
        "time_precision": acled_time_precision(record),
        "disorder_type": ACLED_DISORDER.get(acled_type),
        "event_type": acled_type,
        "sub_event_type": plain(record.row.get("acledSubEventType")),
        "actor1": first[0] if first else None,
        "assoc_actor_1": "; ".join(first[1:]) or None,
        "inter1": inter1,
        "actor2": second[0] if second else None,
        "assoc_actor_2": "; ".join(second[1:]) or None,
        "inter2": inter2,
        "interaction": acled_interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilian else None,
        "iso": None,
        "region": None,
        "country": places.name(country),
        "admin1": places.name(province),
        "admin2": None,
        "admin3": None,
        "location": plain(record.row.get("placeName")),
        "latitude": _fmt(location.point.latitude) if location else None,
        "longitude": _fmt(location.point.longitude) if location else None,
        "geo_precision": acled_geo_precision(location) if location else None,
        "source": "; ".join(dict.fromkeys([n for n in [record.publisher, *record.claimants(),
                                                       *_names(record.roles.get("claimant", []))] if n])) or None,
        "source_scale": None,
        "notes": acled_notes(record),
        "fatalities": fatalities.low if fatalities else 0,
        "tags": None,
        "timestamp": None,
    }


def acled_interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit code of who met whom, lower code first (12: state forces and rebels; 20: rebels alone)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def acled_notes(record: EventRecord) -> str:
    """The event's label and, side by side, what each claimant says about the killed."""
    parts = [plain(record.row.get("label")) or ""]
    killed = [c for c in record.claims if c["outcome"] == KILLED and c["low"] is not None]
    if killed:
        parts.append("Claims: " + "; ".join(
            f"{c['claimant']['name'] if c['claimant'] else 'unattributed'}: "
            f"{QUALIFIER_WORDS.get(c['qualifier'], '')}{c['count'] if c['count'] is not None else c['low']} "
            f"{c['victims'] or 'people'} killed" for c in killed))
    return ". ".join(p for p in parts if p) + "."


def acled_records(records: list[EventRecord]) -> list[EventRecord]:
    """The events ACLED would code: a type with an ACLED event type, dated to within a month."""
    return [r for r in records if r.row.get("acledEventType") is not None
            and r.span_days <= ACLED_LONGEST_SPAN_DAYS]


# --- UCDP GED ---------------------------------------------------------------------------------------

def ucdp_date_prec(record: EventRecord) -> int:
    """1 the day; 2 two to six days; 3 a week; 4 a month; 5 a year or longer (UCDP GED codebook)."""
    span = record.span_days
    if span == 1:
        return 1
    if span <= 6:
        return 2
    if span <= 7:
        return 3
    return 4 if span <= ACLED_LONGEST_SPAN_DAYS else 5


def ucdp_where_prec(location: Location, places: PlaceIndex) -> int:
    """1 the exact place; 2 within about 25 km; 4 a province; 6 a country; 5 a region of a country."""
    kind = places.kind(location.located_at)
    if kind == "country":
        return 6
    if kind == "province":
        return 4
    if location.own_point and location.acled_precision == 1:
        return 1
    parent = places.parent_of.get(location.located_at)
    # "region" is a part of a country (5) or of a city (East Aleppo: within 25 km, 2)
    return 5 if kind == "region" and places.kind(parent) != "city" else 2


def priogrid_gid(point: Point) -> int:
    """The PRIO-GRID cell (0.5 degree) holding the point: cells are numbered from (-90, -180), row by row."""
    row = math.floor((point.latitude + 90) / 0.5)
    column = math.floor((point.longitude + 180) / 0.5)
    return row * 720 + column + 1


def ucdp_sides(record: EventRecord, violence_type: int) -> tuple[list[Row], list[Row]]:
    """Side A and side B: in state-based violence the state's side is A, as in UCDP; else initiator first."""
    involved = [*record.roles.get("perpetrator", []), *record.roles.get("target", []),
                *record.roles.get("participant", [])]
    state = [r for r, kind in zip(involved, _kinds(involved)) if kind in STATE_KINDS]
    if violence_type == 1 and state:
        return state, [r for r in involved if r not in state]
    return record.roles.get("perpetrator", []), record.roles.get("target", [])


def ucdp_deaths(record: EventRecord, violence_type: int) -> dict[str, Bounds | None]:
    """Deaths per UCDP column. Soldiers die on the state's side (A) in state-based violence, fighters on B."""
    columns: dict[str, list[Bounds]] = {"deaths_a": [], "deaths_b": [], "deaths_civilians": [], "deaths_unknown": []}
    for victims, bounds in record.deaths().items():
        if victims in CIVILIAN_VICTIMS:
            columns["deaths_civilians"].append(bounds)
        elif violence_type == 1 and victims == "soldiers":
            columns["deaths_a"].append(bounds)
        elif violence_type == 1 and victims == "fighters":
            columns["deaths_b"].append(bounds)
        elif victims != "families":  # a count of households is not a count of the dead
            columns["deaths_unknown"].append(bounds)
    return {name: add_bounds(parts) for name, parts in columns.items()}


def ucdp_row(record: EventRecord, places: PlaceIndex) -> dict:
    violence_type = plain(record.row["ucdpTypeOfViolence"])
    side_a, side_b = ucdp_sides(record, violence_type)
    side_a_name = "; ".join(_names(side_a)) or None
    side_b_name = "; ".join(_names(side_b)) or ("Civilians" if violence_type == 3 else None)
    deaths = ucdp_deaths(record, violence_type)
    total = add_bounds(b for b in deaths.values() if b is not None)
    location = locate(record, places)
    place = record.row.get("eventPlace")
    country = places.ancestor_of_kind(place, "country") if place is not None else None
    province = places.ancestor_of_kind(place, "province") if place is not None else None
    return {
        "id": local_id(record.row["event"]),
        "relid": str(record.row["event"]),
        "year": record.earliest.year,
        "type_of_violence": violence_type,
        "dyad_name": " - ".join(n for n in (side_a_name, side_b_name) if n) or None,
        "side_a": side_a_name,
        "side_b": side_b_name,
        "number_of_sources": len({c["source"]["iri"] for c in record.claims if c["source"]}) or 1,
        "source_article": f'{record.publisher}, {record.issued}, "{record.title}"' if record.title else None,
        "source_office": record.publisher,
        "source_date": record.issued,
        "source_headline": record.title,
        "source_original": "; ".join(record.claimants()) or None,
        "where_prec": ucdp_where_prec(location, places) if location else None,
        "where_coordinates": places.name(location.located_at) if location else None,
        "where_description": plain(record.row.get("placeName")),
        "adm_1": places.name(province),
        "latitude": _fmt(location.point.latitude) if location else None,
        "longitude": _fmt(location.point.longitude) if location else None,
        "geom_wkt": f"POINT ({location.point.longitude} {location.point.latitude})" if location else None,
        "priogrid_gid": priogrid_gid(location.point) if location else None,
        "country": places.name(country),
        "event_clarity": 1 if record.span_days == 1 else 2,
        "date_prec": ucdp_date_prec(record),
        "date_start": record.earliest.isoformat(),
        "date_end": record.latest.isoformat(),
        **{name: bounds.best if bounds else 0 for name, bounds in deaths.items()},
        "best": total.best,
        "high": total.high,
        "low": total.low,
    }


def ucdp_records(records: list[EventRecord]) -> list[EventRecord]:
    """The events UCDP GED would hold: organised violence (a UCDP type) with at least one reported death."""
    return [r for r in records if r.row.get("ucdpTypeOfViolence") is not None
            and add_bounds(r.deaths().values()) is not None]


# --- the exports ------------------------------------------------------------------------------------

def acled_csv(store: Store, filters: EventFilters) -> str:
    places = PlaceIndex.load(store)
    return csv_text(ACLED_COLUMNS, [acled_row(r, places) for r in acled_records(load_records(store, filters))])


def ucdp_csv(store: Store, filters: EventFilters) -> str:
    places = PlaceIndex.load(store)
    return csv_text(UCDP_COLUMNS, [ucdp_row(r, places) for r in ucdp_records(load_records(store, filters))])


def events_geojson(store: Store, filters: EventFilters) -> dict:
    """A GeoJSON FeatureCollection of the events whose place (or a place around it) has a point."""
    places = PlaceIndex.load(store)
    features = []
    for record in load_records(store, filters):
        location = locate(record, places)
        if location is None:
            continue
        summary = rest_events.event_summary(record.row)
        killed = add_bounds(record.deaths().values())
        features.append({
            "type": "Feature",
            "id": summary["id"],
            "geometry": {"type": "Point", "coordinates": [location.point.longitude, location.point.latitude]},
            "properties": {
                "iri": summary["iri"],
                "href": summary["href"],
                "label": summary["label"],
                "type": summary["type"]["notation"] if summary["type"] else None,
                "date": summary["time"]["date"],
                "precision": summary["time"]["precision"],
                "earliest": summary["time"]["earliest"],
                "latest": summary["time"]["latest"],
                "place": summary["place"]["name"],
                "located_at": places.name(location.located_at),
                "geo_precision": acled_geo_precision(location),
                "killed_low": killed.low if killed else None,
                "killed_best": killed.best if killed else None,
                "killed_high": killed.high if killed else None,
                "source": summary["source"]["id"] if summary["source"] else None,
            },
        })
    return {"type": "FeatureCollection", "features": features}
