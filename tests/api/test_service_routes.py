"""The editor page, the vendored YASGUI assets, /health on every backend, OpenAPI examples, CKG_STORE=memory."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import STATIC_DIR, create_app
from api.services.editor import example_queries
from api.settings import Settings, SettingsError
from api_testlib import sample_graphs
from ckg.paths import QUERIES_DIR
from ckg.store import RemoteStore, StoreConfig

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def editor_examples(page: str) -> list[dict]:
    match = re.search(r'<script id="ckg-examples" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert match, "the page carries the example queries"
    return json.loads(match.group(1))


@pytest.fixture
def queries_dir(tmp_path):
    folder = tmp_path / "queries"
    (folder / "events").mkdir(parents=True)
    (folder / "events" / "by-place.rq").write_text(
        "# Events in a place, newest first\n# Parameters: ?place\nSELECT ?event WHERE { ?event ?p ?place }\n")
    (folder / "claims.rq").write_text(
        "\n#   Casualty claims per source  \nSELECT ?claim WHERE { ?claim ?p \"</script><b>\" }\n")
    (folder / "bare.rq").write_text("ASK {}\n")
    (folder / "notes.txt").write_text("# not a query\n")
    return folder


def test_a_browser_gets_the_editor_with_one_tab_per_query_file(article_store, app_client, queries_dir):
    client = app_client(article_store, queries_dir=queries_dir)
    response = client.get("/sparql", headers=BROWSER)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "/static/yasgui/yasgui.min.js" in page and "/static/yasgui/yasgui.min.css" in page
    assert "cdn" not in page.lower() and "unpkg" not in page.lower()
    examples = editor_examples(page)
    assert [e["name"] for e in examples] == ["bare", "Casualty claims per source", "Events in a place, newest first"]
    assert examples[1]["query"] == (queries_dir / "claims.rq").read_text()  # "</script>" survives, escaped
    assert page.count("</script>") == 3  # the query's "</script>" did not end the data block


def test_the_project_queries_are_the_editor_examples(article_store, app_client):
    files = sorted(QUERIES_DIR.rglob("*.rq"))
    examples = example_queries(QUERIES_DIR)
    assert [e.path for e in examples] == files
    for example in examples:
        first_comment = next(line for line in example.query.splitlines() if line.strip())
        if first_comment.lstrip().startswith("#"):
            assert example.name == first_comment.strip().lstrip("#").strip()
    page = app_client(article_store).get("/sparql", headers=BROWSER).text
    assert [e["name"] for e in editor_examples(page)] == [e.name for e in examples]


def test_the_vendored_yasgui_is_served_unchanged(article_store, app_client):
    client = app_client(article_store)
    for name in ("yasgui.min.js", "yasgui.min.css"):
        response = client.get(f"/static/yasgui/{name}")
        assert response.status_code == 200
        assert response.content == (STATIC_DIR / "yasgui" / name).read_bytes()
    assert (STATIC_DIR / "yasgui" / "LICENSE").read_text().startswith("MIT License")
    assert "@zazuko/yasgui" in (STATIC_DIR / "yasgui" / "README.md").read_text()


def test_the_root_leads_to_the_editor(article_store, app_client):
    response = app_client(article_store).get("/", headers=BROWSER)
    assert response.status_code == 200 and "<title>ConflictKG SPARQL editor</title>" in response.text


def test_health_reports_backend_and_triple_count(request, article_store, app_client):
    response = app_client(article_store, query_timeout=7).get("/health")
    assert response.status_code == 200
    report = response.json()
    backend = request.node.callspec.params["backend_location"]
    assert report["status"] == "ok"
    assert report["backend"] == backend
    assert report["triples"] == sum(len(g) for g in sample_graphs().values())
    assert report["query_timeout_seconds"] == 7
    assert report["updates_enabled"] is False
    if backend == "remote":
        assert report["store"] == article_store.query_url


def test_health_is_503_when_the_remote_store_is_down(app_client, free_port):
    down = RemoteStore(f"http://127.0.0.1:{free_port()}/query")
    response = app_client(down, query_timeout=5).get("/health")
    assert response.status_code == 503
    report = response.json()
    assert report["status"] == "unavailable" and "unreachable" in report["error"]
    query = app_client(down, query_timeout=5).get("/sparql", params={"query": "ASK {}"})
    assert query.status_code == 503 and "unreachable" in query.text


def test_memory_store_is_an_ephemeral_directory_removed_at_shutdown():
    app = create_app(settings=Settings(store=StoreConfig("memory"), write_token="t"))
    directory = Path(app.state.store.location)
    with TestClient(app) as client:
        assert client.get("/health").json()["backend"] == "memory"
        update = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> 'c'@en }"},
                             headers={"Authorization": "Bearer t"})
        assert update.status_code == 204
        assert client.get("/health").json()["triples"] == 1
        assert directory.is_dir()
    assert not directory.exists()


@pytest.mark.parametrize("variable, value", [
    ("CKG_QUERY_TIMEOUT", "soon"), ("CKG_QUERY_TIMEOUT", "-1"), ("CKG_QUERY_TIMEOUT", "0"),
    ("CKG_QUERY_WORKERS", "0"), ("CKG_QUERY_WORKERS", "two"),
])
def test_bad_settings_name_the_variable(variable, value):
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env({variable: value})


def test_settings_from_the_environment():
    settings = Settings.from_env({"CKG_STORE": "memory", "CKG_QUERY_TIMEOUT": "2.5", "CKG_WRITE_TOKEN": "x",
                                  "CKG_QUERY_WORKERS": "3"})
    assert (settings.store.location, settings.query_timeout, settings.write_token, settings.query_workers) == (
        "memory", 2.5, "x", 3)
    assert Settings.from_env({}).query_timeout == 30


def _has_example(node, components: dict, seen: frozenset = frozenset()) -> bool:
    """Whether an OpenAPI fragment carries an example, following $refs into the component schemas."""
    if isinstance(node, dict):
        if "example" in node or "examples" in node:
            return True
        ref = node.get("$ref")
        if ref and ref not in seen:
            name = ref.rsplit("/", 1)[-1]
            return _has_example(components.get(name, {}), components, seen | {ref})
        return any(_has_example(value, components, seen) for value in node.values())
    if isinstance(node, list):
        return any(_has_example(value, components, seen) for value in node)
    return False


def test_every_documented_operation_has_an_example(article_store, app_client):
    schema = app_client(article_store).get("/openapi.json").json()
    components = schema.get("components", {}).get("schemas", {})
    assert {"/sparql", "/health"} <= set(schema["paths"])
    missing = [f"{method.upper()} {path}" for path, operations in schema["paths"].items()
               for method, operation in operations.items()
               if not _has_example(operation.get("responses", {}), components)]
    assert not missing, f"operations without a response example: {missing}"


def test_the_openapi_page_uses_only_vendored_assets(article_store, app_client):
    client = app_client(article_store)
    page = client.get("/docs").text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    for asset in assets:
        assert asset.startswith("http://testserver/static/"), asset
        assert client.get(asset).status_code == 200
    assert "/openapi.json" in page


def test_an_in_memory_pyoxigraph_store_is_refused_with_the_reason():
    from ckg.store import OxigraphStore

    with pytest.raises(ValueError, match="in-memory"):
        create_app(store=OxigraphStore("memory"), settings=Settings())
