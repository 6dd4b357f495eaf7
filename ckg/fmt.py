"""`ckg fmt`: rewrite Turtle files in one canonical, deterministic form (`--check` only reports).

The form, so that a diff shows only what changed:
- the comment lines before the first statement are kept, at the top; comments further down are dropped
  (a parsed graph has no place for them: put lasting explanations in rdfs:comment);
- `@prefix` lines for the prefixes the file declares and uses, sorted by name;
- subjects: the owl:Ontology first, then ConflictKG's own IRIs (https://w3id.org/conflictkg/...), then
  other IRIs, each group sorted by IRI, then unreferenced blank nodes;
- predicates: rdf:type, sh:path, labels and definitions first, the rest sorted; objects sorted;
- a blank node used once is written inline as [ ... ] (on one line when it fits), an RDF list as ( ... ).
Formatting never changes the graph: the result is parsed again and must be isomorphic to the input.
"""
from __future__ import annotations

import argparse
import contextlib
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_canonical_graph
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD

from ckg.files import write_atomically
from ckg.namespaces import BASE
from ckg.paths import ROOT

LINE_WIDTH = 100
INDENT = 4
PREDICATES_FIRST = (RDF.type, SH.path, RDFS.label, SKOS.prefLabel, RDFS.comment, SKOS.definition)
_LOCAL_NAME = re.compile(r"^([A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?$")
_PREFIX_NAME = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*)?$")
_DIRECTIVE = re.compile(r"^\s*(@prefix|@base|prefix\s|base\s)", re.IGNORECASE)
_BARE_LITERALS = {
    XSD.integer: re.compile(r"^[+-]?[0-9]+$"),
    XSD.decimal: re.compile(r"^[+-]?[0-9]*\.[0-9]+$"),
    XSD.double: re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)[eE][+-]?[0-9]+$"),
    XSD.boolean: re.compile(r"^(true|false)$"),
}


class FormatError(ValueError):
    """A file could not be formatted (it does not parse, or formatting would change its graph)."""


def leading_comments(text: str) -> list[str]:
    """The comment lines before the first statement, with single blank lines between blocks."""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            lines.append(line.rstrip())
        elif not stripped:
            if lines and lines[-1] != "":
                lines.append("")
        elif not _DIRECTIVE.match(line):
            break
    while lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass
class _Writer:
    graph: Graph
    prefixes: dict[str, str]
    used_prefixes: set[str] = field(default_factory=set)
    inline: set[BNode] = field(default_factory=set)
    lists: dict[BNode, list] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._find_lists()
        references = Counter(o for o in self.graph.objects() if isinstance(o, BNode))
        self.inline = {b for b, n in references.items() if n == 1 and not self._reaches_itself(b)}

    # --- structure ---

    def _find_lists(self) -> None:
        """Well-formed RDF lists whose head is used once and whose cells are used only by the list."""
        references = Counter(o for o in self.graph.objects() if isinstance(o, BNode))
        for head in {s for s in self.graph.subjects(RDF.first, None) if isinstance(s, BNode)}:
            if references[head] != 1 or (None, RDF.rest, head) in self.graph:
                continue
            items, cell, ok = [], head, True
            while cell != RDF.nil:
                predicates = list(self.graph.predicate_objects(cell))
                firsts = [o for p, o in predicates if p == RDF.first]
                rests = [o for p, o in predicates if p == RDF.rest]
                if (not isinstance(cell, BNode) or len(predicates) != 2 or len(firsts) != 1 or len(rests) != 1
                        or (cell != head and references[cell] != 1)):
                    ok = False
                    break
                items.append(firsts[0])
                cell = rests[0]
            if ok:
                self.lists[head] = items

    def _reaches_itself(self, start: BNode) -> bool:
        seen, stack = set(), [o for o in self.graph.objects(start) if isinstance(o, BNode)]
        while stack:
            node = stack.pop()
            if node == start:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(o for o in self.graph.objects(node) if isinstance(o, BNode))
        return False

    # --- terms ---

    def iri(self, iri: URIRef) -> str:
        text = str(iri)
        best = None
        for prefix, namespace in self.prefixes.items():
            if text.startswith(namespace) and _LOCAL_NAME.match(text[len(namespace):]):
                if best is None or len(namespace) > len(self.prefixes[best]):
                    best = prefix
        if best is None:
            return f"<{text}>"
        self.used_prefixes.add(best)
        return f"{best}:{text[len(self.prefixes[best]):]}"

    def literal(self, literal: Literal) -> str:
        lexical = str(literal)
        datatype = literal.datatype
        if datatype in _BARE_LITERALS and _BARE_LITERALS[datatype].match(lexical):
            return lexical
        quoted = _quote(lexical)
        if literal.language:
            return f"{quoted}@{literal.language}"
        if datatype is not None and datatype != XSD.string:
            return f"{quoted}^^{self.iri(datatype)}"
        return quoted

    def node(self, node, indent: int) -> str:
        if isinstance(node, Literal):
            return self.literal(node)
        if node == RDF.nil:
            return "()"
        if isinstance(node, URIRef):
            return self.iri(node)
        if node in self.lists:
            return self.collection(self.lists[node], indent)
        if node in self.inline:
            return self.blank(node, indent)
        return f"_:{node}"

    def collection(self, items: list, indent: int) -> str:
        rendered = [self.node(item, indent + INDENT) for item in items]
        one_line = "( " + " ".join(rendered) + " )" if rendered else "()"
        if "\n" not in one_line and indent + len(one_line) <= LINE_WIDTH:
            return one_line
        inner = " " * (indent + INDENT)
        return "(\n" + "\n".join(inner + r for r in rendered) + "\n" + " " * indent + ")"

    def blank(self, node: BNode, indent: int) -> str:
        pairs = self.predicate_objects(node, indent + INDENT)
        one_line = "[ " + " ; ".join(pairs) + " ]"
        if "\n" not in one_line and indent + len(one_line) <= LINE_WIDTH:
            return one_line
        inner = " " * (indent + INDENT)
        return "[\n" + " ;\n".join(inner + p for p in pairs) + "\n" + " " * indent + "]"

    # --- statements ---

    def predicate_objects(self, subject, indent: int) -> list[str]:
        """'predicate objects' strings for `subject`, predicates and objects in canonical order."""
        pairs = []
        for predicate in sorted(set(self.graph.predicates(subject)), key=self._predicate_key):
            name = "a" if predicate == RDF.type else self.iri(predicate)
            objects = sorted(self.graph.objects(subject, predicate), key=lambda o: self.node(o, 0))
            if len(objects) == 1:
                pairs.append(f"{name} {self.node(objects[0], indent)}")
                continue
            rendered = [self.node(o, indent + INDENT) for o in objects]
            one_line = f"{name} " + " , ".join(rendered)
            if "\n" not in one_line and indent + len(one_line) <= LINE_WIDTH:
                pairs.append(one_line)
            else:
                inner = " " * (indent + INDENT)
                pairs.append(f"{name}\n" + " ,\n".join(inner + r for r in rendered))
        return pairs

    def _predicate_key(self, predicate: URIRef) -> tuple[int, str]:
        rank = PREDICATES_FIRST.index(predicate) if predicate in PREDICATES_FIRST else len(PREDICATES_FIRST)
        return rank, str(predicate)

    def statement(self, subject) -> str:
        if isinstance(subject, BNode):
            head = f"_:{subject}" if (None, None, subject) in self.graph else "[]"
        else:
            head = self.iri(subject)
        pairs = self.predicate_objects(subject, INDENT)
        return head + " " + (" ;\n" + " " * INDENT).join(pairs) + " ."

    def needs_labels(self) -> bool:
        """Whether some blank node is shared or cyclic, so that it must be written as _:label."""
        referenced = {o for o in self.graph.objects() if isinstance(o, BNode)}
        return bool(referenced - self.inline)

    def subjects(self) -> list:
        """Top-level subjects: everything not written inline, in canonical order."""
        nested = self.inline | {cell for head in self.lists for cell in self._list_cells(head)}
        top = [s for s in set(self.graph.subjects()) if s not in nested]
        ontologies = set(self.graph.subjects(RDF.type, OWL.Ontology))

        def key(subject):
            if subject in ontologies:
                return 0, str(subject)
            if isinstance(subject, URIRef):
                return (1 if str(subject).startswith(BASE) else 2), str(subject)
            return 3, self.statement(subject)
        return sorted(top, key=key)

    def _list_cells(self, head: BNode) -> list:
        cells, cell = [], head
        while cell != RDF.nil:
            cells.append(cell)
            cell = self.graph.value(cell, RDF.rest)
        return cells


def _escape_char(char: str) -> str:
    """Invisible or control characters become \\uXXXX so that a reader sees them (no-break spaces...)."""
    if char == " " or char in "\n\t":
        return char
    category = unicodedata.category(char)
    if category[0] in "CZ":
        code = ord(char)
        return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"
    return char


def _quote(text: str) -> str:
    if "\n" in text:
        body = []
        for index, char in enumerate(text):
            if char == "\\":
                body.append("\\\\")
            elif char == '"' and (index + 1 == len(text) or text[index + 1] == '"'):
                body.append('\\"')  # a quote that would close or touch the closing """
            else:
                body.append(_escape_char(char))
        return '"""' + "".join(body) + '"""'
    escaped = "".join(
        "\\\\" if c == "\\" else '\\"' if c == '"' else "\\t" if c == "\t" else _escape_char(c) for c in text)
    return f'"{escaped}"'


@contextlib.contextmanager
def _literals_as_written():
    """rdflib rewrites lexical forms while parsing ("1e3"^^xsd:double becomes "1000.0"); fmt must not."""
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS = saved


def _parse(text: str) -> Graph:
    graph = Graph(bind_namespaces="none")
    with _literals_as_written():
        graph.parse(data=text, format="turtle")
    return graph


def canonical_turtle(text: str) -> str:
    """The canonical form of a Turtle document (raises FormatError if it does not parse)."""
    try:
        graph = _parse(text)
    except Exception as error:
        raise FormatError(f"does not parse as Turtle: {' '.join(str(error).split())}") from error
    prefixes = {p: str(ns) for p, ns in graph.namespaces() if _PREFIX_NAME.match(p)}
    writer = _Writer(graph, prefixes)
    if writer.needs_labels():
        writer = _Writer(_stable_blank_labels(graph), prefixes)
    body = "\n\n".join(writer.statement(s) for s in writer.subjects())
    parts = []
    header = leading_comments(text)
    if header:
        parts.append("\n".join(header))
    declarations = [f"@prefix {p}: <{prefixes[p]}> ." for p in sorted(writer.used_prefixes)]
    if declarations:
        parts.append("\n".join(declarations))
    if body:
        parts.append(body)
    result = "\n\n".join(parts) + "\n"
    if result != text:  # when nothing changes, the graph is trivially the same
        _assert_same_graph(graph, result)
    return result


def _stable_blank_labels(graph: Graph) -> Graph:
    """Shared or cyclic blank nodes must be written as _:label: number them in the order of a canonical
    relabelling (rdflib.compare), so that the same graph always gets the same labels."""
    canonical = to_canonical_graph(graph)
    names = {b: BNode(f"b{i}") for i, b in enumerate(sorted({n for t in canonical for n in t if isinstance(n, BNode)}))}
    relabelled = Graph(bind_namespaces="none")
    for triple in canonical:
        relabelled.add(tuple(names.get(n, n) for n in triple))
    return relabelled


def _assert_same_graph(original: Graph, formatted: str) -> None:
    if not isomorphic(original, _parse(formatted)):
        raise FormatError("formatting would change the graph (a bug in ckg fmt); file left unchanged")


# --- the command ---------------------------------------------------------------------------------

def default_files(root: Path) -> list[Path]:
    return (sorted((root / "ontology").glob("*.ttl")) + sorted((root / "shapes").glob("*.ttl"))
            + sorted((root / "data").glob("**/*.ttl")))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", type=Path,
                        help="Turtle files (default: ontology/*.ttl, shapes/*.ttl and data/**/*.ttl)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 naming files not in canonical form")
    parser.add_argument("--root", type=Path, default=ROOT, help="project folder (default: this checkout)")


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)


def run(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    files = args.files or default_files(root)
    failed, not_canonical, rewritten = False, [], []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
            canonical = canonical_turtle(text)
        except (OSError, UnicodeDecodeError, FormatError) as error:
            print(f"{_shown(path, root)}: {error}", file=sys.stderr)
            failed = True
            continue
        if canonical == text:
            continue
        if args.check:
            not_canonical.append(path)
        else:
            write_atomically(path, canonical)
            rewritten.append(path)
    for path in not_canonical:
        print(f"{_shown(path, root)}: not in canonical form (run ckg fmt)")
    for path in rewritten:
        print(f"formatted {_shown(path, root)}")
    if failed:
        return 2
    return 1 if not_canonical else 0
