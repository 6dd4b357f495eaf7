"""Safe parameter binding for SPARQL text: typed RDF terms go in as a VALUES block, never as pasted strings."""
from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WHERE_BRACE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


class BindingError(ValueError):
    """A parameter value that cannot be turned into an RDF term (for example an IRI with a space)."""


def term_to_sparql(term: Node) -> str:
    """Serialise one RDF term in N-Triples syntax; pyoxigraph validates IRIs and escapes literals."""
    try:
        if isinstance(term, URIRef):
            return str(ox.NamedNode(str(term)))
        if isinstance(term, Literal):
            if term.language:
                return str(ox.Literal(str(term), language=term.language))
            if term.datatype is not None:
                return str(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))))
            return str(ox.Literal(str(term)))
    except ValueError as exc:
        raise BindingError(f"not a valid RDF term: {term!r} ({exc})") from exc
    if isinstance(term, BNode):
        raise BindingError("blank nodes cannot be bound as query parameters")
    raise BindingError(f"unsupported term type {type(term).__name__}")


# SPARQL string literals (long forms first) and IRI references, as the grammar defines them.
STRING_PATTERN = (
    r"'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|"(?:[^"\\\n\r]|\\.)*"'
)
IRI_PATTERN = r'<[^<>"{}|^`\\\x00-\x20]*>'
_STRING_IRI_OR_COMMENT = re.compile(STRING_PATTERN + "|" + IRI_PATTERN + r"|(?P<comment>#[^\n]*)", re.DOTALL)


def strip_comments(query: str) -> str:
    """Blank out `#` comments (outside IRIs and string literals), keeping every other offset intact.

    One pass of one regular expression, so linear in the text: a client's 100 kB of `<` must not
    keep a core busy (an earlier character scanner rescanned the rest of the text after every `<`).
    """
    def blank(match: re.Match) -> str:
        return " " * len(match.group(0)) if match.group("comment") else match.group(0)

    return _STRING_IRI_OR_COMMENT.sub(blank, query)


def bind_values(query: str, bindings: Mapping[str, Node | None] | None) -> str:
    """Return `query` with the bound parameters injected as a VALUES block at the start of its WHERE group.

    Unbound parameters (value None) are left out, so a query can test them with BOUND().
    Parameters must be used in the outermost WHERE group (not only inside a sub-select).
    """
    bound = {k: v for k, v in (bindings or {}).items() if v is not None}
    if not bound:
        return query
    for name in bound:
        if not _VAR_NAME.match(name):
            raise BindingError(f"not a SPARQL variable name: {name!r}")
    code = strip_comments(query)
    match = _WHERE_BRACE.search(code)
    if match is None:
        brace = code.find("{")
        if brace == -1:
            raise BindingError("query has no WHERE group to bind parameters into")
        insert_at = brace + 1
    else:
        insert_at = match.end()
    names = list(bound)
    values = " ".join(term_to_sparql(bound[name]) for name in names)
    block = f"\n  VALUES ({' '.join('?' + n for n in names)}) {{ ({values}) }}\n"
    return query[:insert_at] + block + query[insert_at:]
