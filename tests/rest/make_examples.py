"""Regenerate api/routers/rest_examples.py: real answers on the graph built from data/, lists cut to one item.

Run `.venv/bin/python tests/rest/make_examples.py` after changing the shape of a REST answer;
tests/rest/test_openapi.py fails while an example lacks a field the answer has.
"""
from __future__ import annotations

import pprint
import warnings
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from ckg.paths import ROOT
from ckg.store import OxigraphStore, remove_store_dir, temporary_store_dir
from ingest.pipeline import build

SOURCE = "2016-11-03_new-arab_aleppo-rebel-push"
TARGET = ROOT / "api" / "routers" / "rest_examples.py"
LONGEST_TEXT = 300
CALLS = {
    "EVENTS": "/events?place=aleppo-province&from=2016-11-01&to=2016-11-03&limit=1",
    "EVENT": f"/events/{SOURCE}/miznaz-airstrike",
    "CLAIMS": "/claims?place=miznaz",
    "ACTORS": "/actors?q=fastaqem",
    "ACTOR": "/actors/fastaqem",
    "PLACES": "/places?q=halab&limit=1",
    "PLACE": "/places/new-aleppo",
    "STATEMENTS": "/statements?actor=fastaqem&limit=1",
    "SOURCES": "/sources",
    "SOURCE": f"/sources/{SOURCE}",
    "GEOJSON": "/export/events.geojson?place=miznaz",
}


def trim(value):
    """Lists cut to their first item, long texts cut, so that an example stays readable."""
    if isinstance(value, dict):
        return {key: trim(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [trim(item) for item in value[:1]]
    if isinstance(value, str) and len(value) > LONGEST_TEXT:
        return value[:LONGEST_TEXT] + "..."
    return value


def civilians_only(claims: list[dict]) -> list[dict]:
    """The Miznaz claims that disagree (9 and 10 civilians killed): the point of the example."""
    return [trim(claim) for claim in claims if claim["victims"] == "civilians"]


def answers(client: TestClient) -> dict:
    out = {}
    for name, url in CALLS.items():
        body = client.get(url).json()
        if "links" in body:
            body["links"] = {k: v.replace(str(client.base_url), "") if v else v for k, v in body["links"].items()}
        out[name] = trim(body)
    event = client.get(CALLS["EVENT"]).json()
    out["EVENT"].update(claims=civilians_only(event["claims"]),
                        casualties=[s for s in event["casualties"] if s["victims"] == "civilians"])
    group = client.get(CALLS["CLAIMS"]).json()["items"][0]
    out["CLAIMS"]["items"][0].update(claims=civilians_only(group["claims"]), summary=group["summary"])
    out["ACLED_CSV"] = client.get("/export/acled.csv?place=miznaz").text
    out["UCDP_CSV"] = client.get("/export/ucdp.csv?place=miznaz").text
    return out


def module_text(values: dict) -> str:
    lines = ['"""OpenAPI examples of the REST answers: real answers on the seed article\'s graph, lists cut to one item.',
             "",
             "Written by tests/rest/make_examples.py; do not edit by hand.",
             '"""', ""]
    for name, value in values.items():
        lines += [f"{name} = " + pprint.pformat(value, width=115, sort_dicts=False), ""]
    return "\n".join(lines)


def main() -> None:
    warnings.simplefilter("ignore")
    directory = temporary_store_dir()  # the app's query workers open the store from disk
    store = OxigraphStore(directory)
    try:
        build(store)
        with TestClient(create_app(store=store, settings=Settings(query_workers=1))) as client:
            Path(TARGET).write_text(module_text(answers(client)), encoding="utf-8")
    finally:
        store.close()
        remove_store_dir(directory)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
