"""Every REST route documents an example answer and its errors in the OpenAPI document."""
from __future__ import annotations


def test_every_rest_route_has_an_example(client):
    spec = client.get("/openapi.json").json()
    rest = {path: operations["get"] for path, operations in spec["paths"].items()
            if any(tag.startswith("REST") for tag in operations.get("get", {}).get("tags", []))}
    assert {"/events", "/events/{source}/{event}", "/claims", "/actors", "/actors/{actor}", "/places",
            "/places/{place}", "/statements", "/sources", "/sources/{source}", "/export/acled.csv",
            "/export/ucdp.csv", "/export/events.geojson"} <= set(rest)
    for path, operation in rest.items():
        examples = [media.get("example") for media in operation["responses"]["200"]["content"].values()]
        assert any(examples), path
        assert "422" in operation["responses"], path
        if "{" in path:
            assert operation["responses"]["404"]["content"]["application/json"]["example"]["detail"], path


def shape(value):
    """The keys of an answer, nested, lists by their first item: what an example must show."""
    if isinstance(value, dict):
        return {key: shape(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return None


def same_shape(example, actual) -> bool:
    """Every key of the example is in the answer, at every level; a field may be null in one and filled in
    the other (the OpenAPI document leaves null fields out of its examples)."""
    if example is None or actual is None:
        return True
    if isinstance(example, dict):
        return isinstance(actual, dict) and example.keys() <= actual.keys() and all(
            same_shape(example[k], actual[k]) for k in example)
    if isinstance(example, list):
        return isinstance(actual, list) and (not example or not actual or same_shape(example[0], actual[0]))
    return True


def test_the_examples_have_the_shape_of_real_answers(client):
    spec = client.get("/openapi.json").json()
    calls = {"/events": "/events?limit=1", "/events/{source}/{event}":
             "/events/2016-11-03_new-arab_aleppo-rebel-push/miznaz-airstrike", "/claims": "/claims?place=miznaz",
             "/actors": "/actors?q=fastaqem", "/actors/{actor}": "/actors/fastaqem", "/places": "/places?limit=1",
             "/places/{place}": "/places/new-aleppo", "/statements": "/statements?limit=1", "/sources": "/sources",
             "/sources/{source}": "/sources/2016-11-03_new-arab_aleppo-rebel-push",
             "/export/events.geojson": "/export/events.geojson"}
    for path, url in calls.items():
        content = spec["paths"][path]["get"]["responses"]["200"]["content"]
        example = next(media["example"] for media in content.values() if "example" in media)
        assert same_shape(shape(example), shape(client.get(url).json())), path
