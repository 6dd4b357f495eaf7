"""Where the project's source-of-truth files live (ontology, shapes, queries, curated data)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
SHAPES_DIR = ROOT / "shapes"
QUERIES_DIR = ROOT / "queries"
DATA_DIR = ROOT / "data"
SOURCES_DIR = DATA_DIR / "sources"
REGISTRY_FILE = DATA_DIR / "registry.yaml"
VAR_DIR = ROOT / "var"
DEFAULT_STORE_DIR = VAR_DIR / "store"
DOCS_DIR = VAR_DIR / "docs"
