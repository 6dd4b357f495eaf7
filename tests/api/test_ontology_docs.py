"""The ontology is served as HTML documentation for people and as Turtle for machines."""
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from ckg.store import OxigraphStore

CASUALTY_CLAIM = URIRef("https://w3id.org/conflictkg/ontology#CasualtyClaim")


def _client(tmp_path, app_client):
    return app_client(OxigraphStore(tmp_path / "store"))


def test_ontology_html_documents_the_casualty_claim(tmp_path, app_client):
    response = _client(tmp_path, app_client).get("/ontology", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "CasualtyClaim" in response.text


def test_ontology_turtle_is_the_source_file(tmp_path, app_client):
    response = _client(tmp_path, app_client).get("/ontology", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    assert (CASUALTY_CLAIM, RDF.type, OWL.Class) in graph


def test_vocabularies_page_and_unknown_page(tmp_path, app_client):
    client = _client(tmp_path, app_client)
    page = client.get("/ontology/vocabularies")
    assert page.status_code == 200 and "airstrike" in page.text
    missing = client.get("/ontology/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]


def test_the_format_follows_the_accept_header(tmp_path, app_client):
    client = _client(tmp_path, app_client)
    for accept, expected in [("text/turtle;q=0.9, text/html;q=0.5", "text/turtle"), ("text/html, text/turtle", "text/html"),
                             ("*/*", "text/html"), ("text/*;q=0.2, text/turtle", "text/turtle")]:
        response = client.get("/ontology", headers={"Accept": accept})
        assert response.status_code == 200 and response.headers["content-type"].startswith(expected), accept
        assert response.headers["vary"] == "Accept"


def test_an_unoffered_format_is_406_naming_what_is_offered(tmp_path, app_client):
    response = _client(tmp_path, app_client).get("/ontology/vocabularies", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "text/turtle" in response.text and "text/html" in response.text
