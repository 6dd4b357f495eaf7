"""`ckg docs`: HTML documentation of the ontology (pyLODE) and of the SKOS vocabularies, in var/docs.

index.html is pyLODE's page for ontology/ckg.ttl with a link to vocabularies.html, which lists every
concept scheme of ontology/vocabularies.ttl with its concepts, notations, definitions and mappings.
pyLODE's own SKOS profile (VocPub, 3.3.4) documents only the schemes, not their concepts, hence the
second page. Both pages are self-contained (inline CSS), so the API can serve the folder as it is.
"""
from __future__ import annotations

import argparse
import html
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ckg.namespaces import CKG, VOCAB
from ckg.paths import DOCS_DIR, ONTOLOGY_DIR

ONTOLOGY_FILE = "ckg.ttl"
VOCABULARIES_FILE = "vocabularies.ttl"
INDEX_PAGE = "index.html"
VOCABULARIES_PAGE = "vocabularies.html"

class DocsError(RuntimeError):
    """The documentation could not be written."""


# Columns of the concept tables beyond notation, label and definition: (heading, property).
MAPPINGS = (
    ("ACLED event type", CKG.acledEventType),
    ("ACLED sub-event type", CKG.acledSubEventType),
    ("CAMEO", CKG.cameoCode),
    ("UCDP type of violence", CKG.ucdpTypeOfViolence),
    ("ACLED geo-precision", CKG.acledGeoPrecision),
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; font-size: 0.95rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
code { font-size: 0.9em; }
nav a { margin-right: 1rem; }
"""


def ontology_page(ontology_path: Path) -> str:
    """pyLODE's OntPub page for the ontology, with a link to the vocabularies page."""
    page = _run_pylode(ontology_path)
    link = (f'<p class="ckg-nav"><a href="{VOCABULARIES_PAGE}">Controlled vocabularies (SKOS concept schemes)</a></p>')
    marker = '<div id="content">'
    if marker in page:
        return page.replace(marker, marker + "\n" + link, 1)
    return page.replace("<body>", "<body>\n" + link, 1)


def _run_pylode(ontology_path: Path) -> str:
    # pyLODE's supermodel profile calls logging.basicConfig(level=DEBUG) on import; keep the caller's logging.
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        from pylode import OntPub
    finally:
        root.setLevel(level)
        root.handlers[:] = handlers
    try:
        return OntPub(str(ontology_path)).make_html()
    except Exception as error:  # pyLODE raises its own PylodeError and plain exceptions on bad input
        raise DocsError(f"pyLODE could not document {ontology_path}: {error}") from error


def vocabularies_page(graph: Graph) -> str:
    schemes = sorted(graph.subjects(RDF.type, SKOS.ConceptScheme), key=lambda s: _text(graph, s, SKOS.prefLabel))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>ConflictKG controlled vocabularies</title>',
        f"<style>{_STYLE}</style></head><body>",
        "<h1>ConflictKG controlled vocabularies</h1>",
        f'<p><a href="{INDEX_PAGE}">ConflictKG ontology</a>. Curators write a concept\'s notation in '
        "annotation files; the ingest resolves it to the concept's IRI.</p>",
        "<nav>" + "".join(f'<a href="#{_anchor(s)}">{_e(_text(graph, s, SKOS.prefLabel))}</a>' for s in schemes)
        + "</nav>",
    ]
    for scheme in schemes:
        parts.append(_scheme_section(graph, scheme))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _scheme_section(graph: Graph, scheme: URIRef) -> str:
    concepts = sorted(graph.subjects(SKOS.inScheme, scheme), key=lambda c: _text(graph, c, SKOS.notation))
    columns = [(heading, prop) for heading, prop in MAPPINGS if any(graph.value(c, prop) for c in concepts)]
    header = "".join(f"<th>{_e(h)}</th>" for h in ["notation", "label", "definition", "other names"]
                     + [heading for heading, _ in columns])
    rows = []
    for concept in concepts:
        cells = [
            f'<code>{_e(_text(graph, concept, SKOS.notation))}</code>',
            _e(_text(graph, concept, SKOS.prefLabel)),
            _e(_text(graph, concept, SKOS.definition)),
            _e(", ".join(sorted(str(a) for a in graph.objects(concept, SKOS.altLabel)))),
        ] + [_e(_text(graph, concept, prop)) for _, prop in columns]
        rows.append(f'<tr id="{_anchor(concept)}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (f'<section id="{_anchor(scheme)}"><h2>{_e(_text(graph, scheme, SKOS.prefLabel))}</h2>'
            f"<p><code>{_e(str(scheme))}</code></p><p>{_e(_text(graph, scheme, SKOS.definition))}</p>"
            f"<table><tr>{header}</tr>\n" + "\n".join(rows) + "</table></section>")


def _text(graph: Graph, subject, predicate) -> str:
    values = [v for v in graph.objects(subject, predicate) if isinstance(v, Literal)]
    english = [v for v in values if v.language in (None, "en")]
    return str(sorted(english or values)[0]) if values else ""


def _anchor(node: URIRef) -> str:
    """concept https://w3id.org/conflictkg/vocab/event-type/airstrike -> event-type-airstrike"""
    return str(node).removeprefix(str(VOCAB)).replace("/", "-")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def write_docs(out_dir: Path = DOCS_DIR, ontology_dir: Path = ONTOLOGY_DIR) -> list[Path]:
    """Write both pages into `out_dir`, replacing them only once both are ready."""
    vocabularies = Graph().parse(ontology_dir / VOCABULARIES_FILE, format="turtle")
    pages = {
        INDEX_PAGE: ontology_page(ontology_dir / ONTOLOGY_FILE),
        VOCABULARIES_PAGE: vocabularies_page(vocabularies),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".docs-", dir=out_dir))
    try:
        for name, text in pages.items():
            (staging / name).write_text(text, encoding="utf-8")
        for name in pages:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in pages]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=DOCS_DIR, help=f"output folder (default: {DOCS_DIR})")
    parser.add_argument("--ontology-dir", type=Path, default=ONTOLOGY_DIR,
                        help=f"folder holding {ONTOLOGY_FILE} and {VOCABULARIES_FILE} (default: {ONTOLOGY_DIR})")


def run(args: argparse.Namespace) -> int:
    try:
        written = write_docs(args.out, args.ontology_dir)
    except (OSError, ValueError, DocsError) as error:  # missing file, unparsable Turtle, pyLODE refusing it
        print(f"ckg docs: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    return 0
