"""Hostile values in every parameter of every REST route are plain values: no 500, a 422 or an empty answer,
and the store is unchanged.

The routes and their parameters are read from the app's own OpenAPI document, so a route or parameter
added later is covered without editing this test.
"""
from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest

from rest_testlib import SOURCE

HOSTILE = [
    '"} ; DROP ALL ; {"',
    "'} ; DROP ALL ; {'",
    '\\u0022 } . DROP ALL ; INSERT DATA { <urn:x> <urn:x> <urn:x> } #',
    '"""@en . } } CLEAR ALL #',
    '<https://w3id.org/conflictkg/id/place/aleppo> } UNION { ?s ?p ?o',
    ") || true || (",
    "\u202e\u0000\\x00%00",
    "x" * 5000,
]
# A valid value for each path parameter, so that one parameter at a time is hostile.
VALID_PATH = {"source": SOURCE, "event": "miznaz-airstrike", "actor": "fastaqem", "place": "new-aleppo"}


def rest_routes(client) -> list[tuple[str, list[dict]]]:
    spec = client.get("/openapi.json").json()
    routes = [(path, operation.get("parameters", []))
              for path, operations in spec["paths"].items()
              for method, operation in operations.items()
              if method == "get" and any(tag.startswith("REST") for tag in operation.get("tags", []))]
    assert len(routes) >= 13, [path for path, _ in routes]
    return routes


def fill(path: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return path


def is_empty(response) -> bool:
    """An answer with nothing in it: an empty page, an empty map, a CSV with its header only."""
    content_type = response.headers["content-type"]
    if content_type.startswith("text/csv"):
        return len(list(csv.reader(io.StringIO(response.text)))) <= 1
    body = response.json()
    if "features" in body:
        return body["features"] == []
    return body.get("total") == 0


def triples(store) -> int:
    return store.triple_count()


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_are_plain_values(client, seed_store, hostile):
    before = triples(seed_store)
    for path, parameters in rest_routes(client):
        for parameter in parameters:
            name, where = parameter["name"], parameter["in"]
            if where == "path":
                url = fill(path, {**VALID_PATH, name: hostile})
                query = {}
            else:
                url = fill(path, VALID_PATH)
                query = {name: hostile}
            response = client.get(url, params=query)
            assert response.status_code != 500, (url, name, response.text)
            assert response.status_code in (200, 404, 422), (url, name, response.status_code)
            if response.status_code == 422:
                assert name in str(response.json()["detail"]), (url, name, response.text)
            elif response.status_code == 200:
                assert is_empty(response), (url, name, response.text[:300])
    assert triples(seed_store) == before


def test_a_hostile_search_string_reaches_the_store_as_a_literal(client, seed_store):
    before = triples(seed_store)
    for url in ("/actors", "/places", "/statements", "/sources"):
        response = client.get(url, params={"q": '"} ; DROP ALL ; {"'})
        assert response.status_code == 200 and response.json()["total"] == 0, url
    # the same search machinery still finds what is there
    assert client.get("/actors", params={"q": "fastaqem"}).json()["total"] == 1
    assert triples(seed_store) == before
