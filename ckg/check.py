"""`ckg check`: the ontologists' checks on the source files, reported as `file:line:column: message`.

It parses every Turtle file in ontology/, shapes/ and data/ and every query in queries/, then reports
classes and properties that shapes, queries or data use but the ontology does not declare, shapes
that target undeclared classes, and ontology terms without a label or a definition. YAML
annotations are checked by the ingest, not here. Exits 1 if anything is reported.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD
from rdflib.paths import Path as PropertyPath
from rdflib.plugins.parsers.notation3 import BadSyntax
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from ckg.paths import ROOT

# Terms of these namespaces are the languages the files are written in, not ConflictKG's vocabulary.
SKIPPED_NAMESPACES = tuple(str(ns) for ns in (RDF, RDFS, OWL, XSD, SH))
CLASS_TYPES = (OWL.Class, RDFS.Class, RDFS.Datatype)
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
DOCUMENTED_TYPES = CLASS_TYPES + PROPERTY_TYPES + (SKOS.Concept, SKOS.ConceptScheme)
LABELS = (RDFS.label, SKOS.prefLabel)
DEFINITIONS = (RDFS.comment, SKOS.definition)


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


@dataclass
class SourceFile:
    """A parsed file: its text, for locating terms, and its prefixes."""

    path: Path
    relative: str
    text: str
    prefixes: dict[str, str]

    def problem(self, message: str, term: URIRef | None = None, *, as_subject: bool = False) -> Problem:
        line, column = locate(self.text, term, self.prefixes, as_subject=as_subject) if term else (1, 1)
        return Problem(self.relative, line, column, message)


@dataclass
class TermUse:
    term: URIRef
    kind: str  # "class" or "property"
    role: str = "used"  # "targeted" for a shape's sh:targetClass


# --- locating a term in a file's text ------------------------------------------------------------

def offset_to_line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def locate(text: str, term: URIRef, prefixes: dict[str, str], *, as_subject: bool = False) -> tuple[int, int]:
    """Where `term` first appears, as <IRI> or prefix:local; with as_subject, prefer a line that starts with it."""
    iri = str(term)
    spellings = [re.escape(f"<{iri}>")]
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace) and iri != namespace:
            spellings.append(rf"(?<![\w:#.-]){re.escape(prefix)}:{re.escape(iri[len(namespace):])}(?![\w-])")
    pattern = "|".join(spellings)
    match = (re.search(rf"^(?:{pattern})", text, re.MULTILINE) if as_subject else None) or re.search(pattern, text)
    return offset_to_line_column(text, match.start()) if match else (1, 1)


# --- parsing -----------------------------------------------------------------------------------

def parse_turtle(path: Path, root: Path) -> tuple[Graph | None, SourceFile, Problem | None]:
    text = path.read_text(encoding="utf-8")
    source = SourceFile(path, _relative(path, root), text, {})
    graph = Graph(bind_namespaces="none")
    try:
        graph.parse(data=text, format="turtle", publicID=path.as_uri())
    except BadSyntax as error:
        return None, source, _turtle_syntax_problem(error, source)
    except Exception as error:  # rdflib raises plain exceptions for some errors (bad IRIs, literals)
        return None, source, Problem(source.relative, 1, 1, f"Turtle error: {error}")
    source.prefixes = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}
    return graph, source, None


def _turtle_syntax_problem(error: BadSyntax, source: SourceFile) -> Problem:
    """rdflib reports the byte offset it stopped at; turn it into a line and a column in characters."""
    raw = error._str if isinstance(error._str, bytes) else str(error._str).encode("utf-8")
    offset = len(raw[: error._i].decode("utf-8", errors="replace"))
    line, column = offset_to_line_column(source.text, offset)
    return Problem(source.relative, line, column, f"Turtle syntax error: {error._why}")


_OXIGRAPH_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_QUERY_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)


def check_query_syntax(source: SourceFile) -> Problem | None:
    """Oxigraph, the engine that runs the queries, parses them; its message carries line:column.

    Its message often lists only the tokens it expected, so rdflib's reading is added when it also fails.
    """
    try:
        ox.Store().query(source.text)  # evaluation is lazy: only parsing happens on an empty store
    except SyntaxError as error:
        match = _OXIGRAPH_POSITION.search(str(error))
        line, column, message = (int(match.group(1)), int(match.group(2)), match.group(3)) if match else (1, 1, str(error))
        message = _shorten(" ".join(message.split()))
        second_opinion = _rdflib_parse_error(source.text)
        if second_opinion:
            message += f" (rdflib: {second_opinion})"
        return Problem(source.relative, line, column, f"SPARQL syntax error: {message}")
    return None


def _rdflib_parse_error(query: str) -> str | None:
    try:
        parseQuery(query)
    except Exception as error:  # pyparsing's ParseException carries line and column
        line, column = getattr(error, "lineno", None), getattr(error, "col", None)
        text = _shorten(getattr(error, "msg", None) or _one_line(error))
        return f"{text} at {line}:{column}" if line else text
    return None


def _shorten(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."


def query_term_uses(query: str) -> list[TermUse]:
    """Classes and properties in a query's graph patterns and templates (rdflib's algebra)."""
    algebra = translateQuery(parseQuery(query))
    uses: list[TermUse] = []
    for subject, predicate, obj in _algebra_triples(algebra.algebra):
        uses.extend(_triple_uses(predicate, obj))
    return uses


def _algebra_triples(node) -> Iterator[tuple]:
    if isinstance(node, CompValue):
        for value in node.values():
            yield from _algebra_triples(value)
    elif isinstance(node, (list, tuple)):
        if node and len(node) % 3 == 0 and all(_is_term(n) for n in node):
            # A triple, or an untranslated triples block (inside EXISTS) given as a flat s, p, o, s, p, o list.
            for start in range(0, len(node), 3):
                yield tuple(node[start:start + 3])
        else:
            for item in node:
                yield from _algebra_triples(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _algebra_triples(value)


def _is_term(node) -> bool:
    return isinstance(node, (URIRef, BNode, Literal, PropertyPath)) or type(node).__name__ == "Variable"


def _triple_uses(predicate, obj) -> list[TermUse]:
    if isinstance(predicate, PropertyPath):
        return [TermUse(term, "property") for term in _path_terms(predicate)]
    if not isinstance(predicate, URIRef):
        return []
    uses = [TermUse(predicate, "property")]
    if predicate == RDF.type and isinstance(obj, URIRef):
        uses.append(TermUse(obj, "class"))
    return uses


def _path_terms(path) -> Iterator[URIRef]:
    if isinstance(path, URIRef):
        yield path
        return
    for attribute in ("args", "path", "arg"):
        value = getattr(path, attribute, None)
        if value is None:
            continue
        for part in value if isinstance(value, (list, tuple)) else [value]:
            yield from _path_terms(part)


# --- terms used in Turtle ----------------------------------------------------------------------

def graph_term_uses(graph: Graph) -> list[TermUse]:
    """Predicates and rdf:type objects; for shapes also targets, sh:class, sh:path and their SPARQL."""
    uses = []
    for _, predicate, obj in graph:
        uses.extend(_triple_uses(predicate, obj))
    for obj in graph.objects(None, SH.targetClass):
        uses.append(TermUse(obj, "class", "targeted"))
    for obj in graph.objects(None, SH["class"]):
        uses.append(TermUse(obj, "class"))
    for predicate in (SH.targetSubjectsOf, SH.targetObjectsOf):
        uses.extend(TermUse(obj, "property") for obj in graph.objects(None, predicate))
    for path in graph.objects(None, SH.path):
        uses.extend(TermUse(term, "property") for term in _shacl_path_terms(graph, path))
    return [use for use in uses if isinstance(use.term, URIRef)]


def _shacl_path_terms(graph: Graph, path) -> Iterator[URIRef]:
    """The properties in a SHACL path: an IRI, a sequence list, or an inverse/alternative/repeat node."""
    if isinstance(path, URIRef):
        if path != RDF.nil:
            yield path
        return
    for member in _list_items(graph, path):
        yield from _shacl_path_terms(graph, member)
    for predicate in (SH.inversePath, SH.alternativePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath):
        for value in graph.objects(path, predicate):
            yield from _shacl_path_terms(graph, value)


def _list_items(graph: Graph, node) -> list:
    if (node, RDF.first, None) not in graph:
        return []
    return list(graph.items(node))


def shape_queries(graph: Graph) -> Iterator[tuple[str, str]]:
    """(shape, query text with its sh:prefixes declarations prepended) for each SPARQL-based constraint."""
    for constraint in set(graph.subjects(SH.select, None)) | set(graph.subjects(SH.ask, None)):
        body = graph.value(constraint, SH.select) or graph.value(constraint, SH.ask)
        declarations = []
        for owner in graph.objects(constraint, SH.prefixes):
            for declaration in graph.objects(owner, SH.declare):
                prefix, namespace = graph.value(declaration, SH.prefix), graph.value(declaration, SH.namespace)
                declarations.append(f"PREFIX {prefix}: <{namespace}>")
        yield str(constraint), "\n".join(declarations) + "\n" + str(body)


# --- the ontology ------------------------------------------------------------------------------

@dataclass
class Ontology:
    graph: Graph
    classes: set[URIRef]
    properties: set[URIRef]

    @classmethod
    def from_graph(cls, graph: Graph) -> "Ontology":
        return cls(graph, _typed(graph, CLASS_TYPES), _typed(graph, PROPERTY_TYPES))

    def declares(self, use: TermUse) -> bool:
        return use.term in (self.classes if use.kind == "class" else self.properties)


def _typed(graph: Graph, types: Iterable[URIRef]) -> set[URIRef]:
    return {s for t in types for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)}


def undocumented_terms(graph: Graph, source: SourceFile) -> list[Problem]:
    problems = []
    declared = sorted({s for t in DOCUMENTED_TYPES for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)})
    for term in declared:
        name = _short(term, source.prefixes)
        if not any(graph.value(term, p) is not None for p in LABELS):
            problems.append(source.problem(f"{name} is declared without a label (rdfs:label)", term, as_subject=True))
        if not any(graph.value(term, p) is not None for p in DEFINITIONS):
            problems.append(source.problem(
                f"{name} is declared without a definition (rdfs:comment or skos:definition)", term, as_subject=True))
    return problems


def _short(term: URIRef, prefixes: dict[str, str]) -> str:
    for prefix, namespace in sorted(prefixes.items(), key=lambda item: -len(item[1])):
        if str(term).startswith(namespace) and str(term) != namespace:
            return f"{prefix}:{str(term)[len(namespace):]}"
    return f"<{term}>"


def undeclared_uses(uses: Iterable[TermUse], ontology: Ontology, source: SourceFile) -> list[Problem]:
    """One problem per undeclared term; a class that a shape targets is reported as the target."""
    undeclared = [u for u in uses if not str(u.term).startswith(SKIPPED_NAMESPACES) and not ontology.declares(u)]
    targeted = {u.term for u in undeclared if u.role == "targeted"}
    problems, seen = [], set()
    for use in undeclared:
        if use.role != "targeted" and use.kind == "class" and use.term in targeted:
            continue
        if (use.term, use.kind, use.role) in seen:
            continue
        seen.add((use.term, use.kind, use.role))
        name = _short(use.term, source.prefixes)
        if use.role == "targeted":
            message = f"a shape targets {name}, which the ontology does not declare as a class"
        else:
            message = f"{name} is used as a {use.kind} but the ontology does not declare it"
        problems.append(source.problem(message, use.term))
    return problems


# --- the whole tree ----------------------------------------------------------------------------

def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def check_tree(root: Path) -> list[Problem]:
    problems: list[Problem] = []
    ontology_graph = Graph()
    for path in sorted((root / "ontology").glob("*.ttl")):
        graph, source, problem = parse_turtle(path, root)
        if problem:
            problems.append(problem)
            continue
        ontology_graph += graph
        problems.extend(undocumented_terms(graph, source))
    ontology = Ontology.from_graph(ontology_graph)

    turtle_files = sorted((root / "shapes").glob("*.ttl")) + sorted((root / "data").glob("**/*.ttl"))
    for path in turtle_files:
        graph, source, problem = parse_turtle(path, root)
        if problem:
            problems.append(problem)
            continue
        uses = graph_term_uses(graph)
        for shape, query in shape_queries(graph):
            try:
                uses.extend(query_term_uses(query))
            except Exception as error:  # pyparsing's ParseException and rdflib's prefix errors
                problems.append(source.problem(f"SPARQL error in {_short(URIRef(shape), source.prefixes)}: "
                                               f"{_shorten(_one_line(error))}", URIRef(shape), as_subject=True))
        problems.extend(undeclared_uses(uses, ontology, source))

    for path in sorted((root / "queries").glob("*.rq")):
        problems.extend(check_query_file(path, root, ontology))
    return sorted(problems)


def check_query_file(path: Path, root: Path, ontology: Ontology) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    source = SourceFile(path, _relative(path, root), text,
                        {prefix or "": ns for prefix, ns in _QUERY_PREFIX.findall(text)})
    syntax = check_query_syntax(source)
    if syntax:
        return [syntax]
    try:
        uses = query_term_uses(text)
    except Exception as error:
        return [Problem(source.relative, 1, 1, f"rdflib cannot parse the query to check its terms: {_one_line(error)}")]
    return undeclared_uses(uses, ontology, source)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="project folder holding ontology/, shapes/, data/ and queries/ (default: this checkout)")


def run(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    if not (root / "ontology").is_dir():
        print(f"ckg check: {root} has no ontology/ folder", file=sys.stderr)
        return 2
    problems = check_tree(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"ckg check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ckg check: ontology, shapes, data and queries are fine")
    return 0
