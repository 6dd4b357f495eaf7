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


def strip_comments(query: str) -> str:
    """Blank out `#` comments (outside IRIs and string literals), keeping every other offset intact."""
    out = list(query)
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "<":
            # An IRI reference cannot contain spaces; a `<` followed by space is the less-than operator.
            j = i + 1
            while j < n and query[j] not in "> \t\r\n":
                j += 1
            i = j + 1 if j < n and query[j] == ">" else i + 1
        elif c in "\"'":
            triple = query[i:i + 3] == c * 3
            delim = c * 3 if triple else c
            j = i + len(delim)
            while j < n and query[j:j + len(delim)] != delim:
                j += 2 if query[j] == "\\" else 1
            i = j + len(delim)
        elif c == "#":
            j = query.find("\n", i)
            j = n if j == -1 else j
            for k in range(i, j):
                out[k] = " "
            i = j
        else:
            i += 1
    return "".join(out)


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
