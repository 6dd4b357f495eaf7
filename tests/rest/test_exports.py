"""The ACLED and UCDP GED CSV exports and the GeoJSON map, parsed and checked against the article."""
from __future__ import annotations

import csv
import io

from rest_testlib import ACLED_COLUMNS, UCDP_COLUMNS, event_quoting

MIZNAZ = "airstrikes on the village of Miznaz"
REBEL_FIRE = "State media said at least four civilians were killed in Aleppo by rebel fire"
GENEVA = "a meeting between Abda and UN envoy Staffan de Mistura a day earlier in Geneva"
DENIAL = "On Wednesday, a Syrian opposition umbrella group denied in a statement"
CLASHES = "State media reported clashes in the New Aleppo, Al-Furqan and Zahraa"


def read_csv(response) -> tuple[list[str], dict[str, dict]]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    reader = csv.DictReader(io.StringIO(response.text))
    rows = list(reader)
    key = "event_id_cnty" if "event_id_cnty" in reader.fieldnames else "id"
    return reader.fieldnames, {row[key]: row for row in rows}


def test_acled_columns_and_the_miznaz_fatalities(client):
    columns, rows = read_csv(client.get("/export/acled.csv"))
    assert columns == ACLED_COLUMNS
    miznaz = rows[event_quoting(client, MIZNAZ)["id"]]
    # nine (LCC) or ten (Observatory) civilians: ACLED records the lower figure
    assert miznaz["fatalities"] == "9"
    assert (miznaz["event_type"], miznaz["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (miznaz["country"], miznaz["admin1"], miznaz["location"]) == ("Syria", "Aleppo province", "Miznaz")
    assert miznaz["actor1"] == "Russian Aerospace Forces"  # "It blamed the strike on Russian aircraft"
    assert miznaz["civilian_targeting"] == "Civilian targeting"
    assert miznaz["event_date"][:7] == "2016-11" and miznaz["year"] == "2016"
    fire = rows[event_quoting(client, REBEL_FIRE)["id"]]
    assert (fire["fatalities"], fire["event_date"], fire["time_precision"]) == ("4", "2016-11-03", "1")
    geneva = rows[event_quoting(client, GENEVA)["id"]]
    assert (geneva["event_type"], geneva["fatalities"], geneva["country"]) == (
        "Strategic developments", "0", "Switzerland")


def test_ucdp_columns_and_the_miznaz_estimates(client):
    columns, rows = read_csv(client.get("/export/ucdp.csv"))
    assert columns == UCDP_COLUMNS
    miznaz = rows[event_quoting(client, MIZNAZ)["id"]]
    assert (miznaz["low"], miznaz["high"], miznaz["deaths_civilians"]) == ("9", "10", miznaz["best"])
    assert int(miznaz["low"]) <= int(miznaz["best"]) <= int(miznaz["high"])
    assert miznaz["type_of_violence"] in ("1", "2", "3")
    assert (miznaz["date_start"], miznaz["date_end"]) == ("2016-11-02", "2016-11-03")
    assert int(miznaz["best"]) == sum(int(miznaz[c]) for c in
                                      ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"))
    fire = rows[event_quoting(client, REBEL_FIRE)["id"]]
    assert (fire["low"], fire["best"], fire["high"]) == ("4", "4", "4")
    # UCDP GED holds deadly events only: nobody died at the Geneva meeting
    assert event_quoting(client, GENEVA)["id"] not in rows


def test_exports_take_the_event_filters(client):
    _, rows = read_csv(client.get("/export/acled.csv?place=miznaz"))
    assert list(rows) == [event_quoting(client, MIZNAZ)["id"]]
    _, none = read_csv(client.get("/export/ucdp.csv?from=1990-01-01&to=1990-12-31"))
    assert none == {}
    assert client.get("/export/acled.csv?to=not-a-date").status_code == 422


def test_geojson_of_located_events(client):
    response = client.get("/export/events.geojson")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    features = {f["id"]: f for f in collection["features"]}
    for feature in features.values():
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
    clash = event_quoting(client, CLASHES, place="new-aleppo")
    new_aleppo = client.get("/places/new-aleppo").json()["point"]
    assert features[clash["id"]]["geometry"]["coordinates"] == [new_aleppo["longitude"], new_aleppo["latitude"]]
    miznaz = features[event_quoting(client, MIZNAZ)["id"]]["properties"]
    assert (miznaz["killed_low"], miznaz["killed_high"]) == (9, 10)
    assert event_quoting(client, DENIAL)["id"] not in features  # the denial has no place
    # Aleppo (about 36.2 N, 37.2 E) and Geneva (about 46.2 N, 6.1 E) on the map where they are
    aleppo_points = [f["geometry"]["coordinates"] for f in collection["features"]
                     if f["properties"]["place"] == "Aleppo"]
    assert aleppo_points and all(abs(lat - 36.2) < 0.5 and abs(lon - 37.15) < 0.5 for lon, lat in aleppo_points)
