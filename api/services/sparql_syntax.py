"""Just enough SPARQL lexing for the protocol: a query's form, the update dataset (using-graph-uri), and
the queries the endpoint refuses to pass on (SERVICE, LOAD, or nesting that would crash the engine).

The store's parser does the real parsing; this only looks at keywords and punctuation outside
comments, strings and IRIs so that the endpoint can answer 406 before running a query, apply the
protocol's `using-graph-uri` / `using-named-graph-uri` parameters, which pyoxigraph's update() does
not take, and answer 400 to a query the store must never see.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ckg.sparql_text import IRI_PATTERN, STRING_PATTERN, strip_comments

_STRING = STRING_PATTERN
_IRI = IRI_PATTERN
_STRING_OR_IRI = re.compile(_STRING + "|" + _IRI, re.DOTALL)
_PROLOGUE = r"(?:\s*(?:BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>))*"
_QUERY_FORM = re.compile(_PROLOGUE + r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
# A keyword is a bare word: not part of a prefixed name (ex:with), a variable (?with) or a blank node.
_WORD = re.compile(r"(?<![\w:?$.-])[A-Za-z][\w-]*(?![\w:])|[{}]")
_DATASET_KEYWORDS = {"WITH", "USING"}

QUERY_FORMS = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


class UpdateDatasetError(ValueError):
    """The protocol's update dataset cannot be applied to this update (the protocol requires a 400)."""


blank_comments = strip_comments  # one linear implementation, in ckg.sparql_text


def mask_code(text: str) -> str:
    """`text` with comments, string contents and IRI contents blanked out, every offset unchanged."""
    code = blank_comments(text)

    def blank(match: re.Match) -> str:
        token = match.group(0)
        quote = 3 if token[:3] in ("'''", '"""') else 1
        return token[:quote] + re.sub(r"[^\n]", " ", token[quote:-quote]) + token[-quote:]

    return _STRING_OR_IRI.sub(blank, code)


def result_kind(query: str) -> str | None:
    """"solutions" (SELECT), "boolean" (ASK) or "graph" (CONSTRUCT, DESCRIBE); None if it cannot tell."""
    match = _QUERY_FORM.match(mask_code(query))
    return QUERY_FORMS[match.group(1).upper()] if match else None


def add_using_clauses(update: str, using: Sequence[str], using_named: Sequence[str]) -> str:
    """Apply the protocol's update dataset: a USING / USING NAMED clause before each operation's WHERE.

    SPARQL 1.1 Protocol §2.2.3: an update that names its own dataset (USING, USING NAMED or WITH)
    together with these parameters must be refused, and so is DELETE WHERE, which cannot take USING.
    """
    if not using and not using_named:
        return update
    code = mask_code(update)
    clause = " ".join([f"USING <{iri}>" for iri in using] + [f"USING NAMED <{iri}>" for iri in using_named])
    positions = []
    depth, previous = 0, None
    for match in _WORD.finditer(code):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            previous = "}" if depth == 0 else previous
        elif depth == 0:
            word = token.upper()
            if word in _DATASET_KEYWORDS:
                raise UpdateDatasetError(
                    f"the update has its own {word} clause: it cannot also take "
                    "using-graph-uri / using-named-graph-uri parameters"
                )
            if word == "WHERE":
                if previous == "DELETE":
                    raise UpdateDatasetError(
                        "using-graph-uri / using-named-graph-uri cannot apply to DELETE WHERE; "
                        "write DELETE { ... } WHERE { ... } instead"
                    )
                positions.append(match.start())
            previous = word
    for position in reversed(positions):
        update = update[:position] + clause + " " + update[position:]
    return update


# --- queries the store must never see ---------------------------------------------------------------

# Oxigraph parses and evaluates recursively, and a stack overflow aborts the whole process: a query
# worker, or a remote `oxigraph serve` with every client's queries in it. Measured on pyoxigraph and
# `oxigraph serve` 0.5.13: a server busy with other queries answers on threads with 2 MiB stacks,
# and there nested function calls or FILTER NOT EXISTS groups crash from about 200 levels, chains of
# BINDs, select expressions or MINUS groups from about 600 (1,200 of the characters counted here),
# property-path steps or triple patterns from about 1,900. The limits stay at half of that or less
# (nesting and chains add up along one branch of the parse), and near twice the largest named query.
MAX_NESTING = 32
MAX_STRUCTURE = 500
# The ASCII punctuation that builds the parse tree: brackets, separators and operators.
_STRUCTURE_CHARS = "{}()[].;,/|!+-*=<>^&"
_OPENERS, _CLOSERS = "{([", "})]"
_VALUES_BLOCK = r"(?<![\w:?$@.-])VALUES\s*(?:[?$]\w+|\((?:\s*[?$]\w+)*\s*\))\s*\{(?P<rows>[^{}]*)\}"
_STRUCTURE_TOKEN = re.compile(
    r"\s*(?:"
    rf"(?P<string>{_STRING})"
    rf"|(?P<iri>{_IRI})"
    rf"|(?P<values>{_VALUES_BLOCK})"
    rf"|(?P<char>[{re.escape(_STRUCTURE_CHARS)}])"
    rf"|(?P<word>[^\s{re.escape(_STRUCTURE_CHARS)}'\"]+|\S)"
    r")",
    re.IGNORECASE | re.DOTALL,
)
# SERVICE and LOAD as keywords: not a prefixed name's local part (ex:service), a variable or a language tag.
_SERVICE = re.compile(r"(?<![A-Za-z_:?$@-])SERVICE(?![\w:])", re.IGNORECASE)
_LOAD = re.compile(r"(?<![A-Za-z_:?$@-])LOAD(?![\w:])", re.IGNORECASE)


class RefusedOperation(ValueError):
    """A query or update the endpoint will not pass to the store (a 400); the message says why."""


def refuse_unservable_query(text: str) -> None:
    """Raise RefusedOperation if the query calls other endpoints (SERVICE) or is built deeper than the engine takes."""
    _refuse_service(text, "query")
    nesting, structure = measure_structure(text)
    _refuse_nesting(nesting, "query")
    if structure > MAX_STRUCTURE:
        raise RefusedOperation(
            f"the `query` has {structure} brackets, separators and operators; this endpoint takes at most "
            f"{MAX_STRUCTURE} (longer chains overflow the SPARQL engine's stack); put long lists of "
            "values in a VALUES block"
        )


def refuse_unservable_update(text: str) -> None:
    """The same for an update, less the count: INSERT DATA holds long flat lists of triples, read without recursion."""
    _refuse_service(text, "update")
    if _LOAD.search(mask_code(text)):
        raise RefusedOperation(
            "the `update` uses LOAD: this endpoint does not fetch documents from other servers (the server would "
            "send requests wherever the update points, and wait on them); send the triples themselves with "
            "INSERT DATA, or load files with `ckg ingest`"
        )
    _refuse_nesting(measure_structure(text)[0], "update")


def _refuse_service(text: str, name: str) -> None:
    if _SERVICE.search(mask_code(text)):
        raise RefusedOperation(
            f"the `{name}` uses SERVICE: this endpoint does not query other SPARQL endpoints for its "
            "clients (it would let anyone make the server send requests elsewhere); query this dataset only"
        )


def _refuse_nesting(nesting: int, name: str) -> None:
    if nesting > MAX_NESTING:
        raise RefusedOperation(
            f"the `{name}` nests brackets {nesting} levels deep; this endpoint takes at most {MAX_NESTING} "
            "(deeper nesting overflows the SPARQL engine's stack)"
        )


def measure_structure(text: str) -> tuple[int, int]:
    """(deepest bracket nesting, count of tree-building punctuation) outside comments, strings, IRIs and
    VALUES rows.

    A `<...>` right after an operand inside parentheses is read as code, not as an IRI: there the
    store reads `?a<?b+?b&&?c>?d` as comparisons, and so must the count. A VALUES block's rows build
    no tree and only its quoted triples (`<<`) count, so long VALUES lists stay welcome.
    """
    code = blank_comments(text)
    stack: list[str] = []
    deepest = structure = 0
    previous = None  # the last token: a structural character, or "operand"
    position = 0
    while (match := _STRUCTURE_TOKEN.match(code, position)) and match.end() > position:
        position = match.end()
        if match.group("char"):
            char = match.group("char")
            structure += 1
            if char in _OPENERS:
                stack.append(char)
                deepest = max(deepest, len(stack))
            elif char in _CLOSERS and stack:
                stack.pop()
            previous = char
        elif match.group("iri") and stack[-1:] == ["("] and previous in ("operand", ")", "]"):
            structure += 1  # `<` as less-than: lex what follows it as code
            previous = "<"
            position = match.start("iri") + 1
        elif match.group("values"):
            structure += match.group("rows").count("<<")
            previous = "operand"
        else:
            previous = "operand"
    return deepest, structure
