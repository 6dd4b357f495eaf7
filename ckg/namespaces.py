"""IRI namespaces: the ontology's, the standard vocabularies it reuses, and how data IRIs are minted."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, SH

BASE = "https://w3id.org/conflictkg/"

CKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
VOCAB = Namespace(BASE + "vocab/")
SHAPES = Namespace(BASE + "shapes#")

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

REGISTRY_GRAPH = GRAPH["registry"]

PREFIXES = {
    "ckg": CKG, "ckgsh": SHAPES, "ckgid": ID, "ckggraph": GRAPH, "ckgv": VOCAB,
    "sem": SEM, "oa": OA, "geo": GEO, "org": ORG, "schema": SCHEMA, "foaf": FOAF,
    "prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "owl": OWL, "rdf": RDF, "rdfs": RDFS,
    "xsd": XSD, "sh": SH,
}


def source_graph(source_id: str):
    """The named graph that holds everything one source document says."""
    return GRAPH["source/" + source_id]


def bind_prefixes(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
