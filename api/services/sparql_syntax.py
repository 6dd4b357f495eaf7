"""Just enough SPARQL lexing for the protocol: a query's form, and the update dataset (using-graph-uri).

The store's parser does the real parsing; this only looks at keywords outside comments, strings and
IRIs so that the endpoint can answer 406 before running a query and apply the protocol's
`using-graph-uri` / `using-named-graph-uri` parameters, which pyoxigraph's update() does not take.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ckg.sparql_text import strip_comments

# SPARQL string literals (long forms first) and IRI references, as the grammar defines them.
_STRING_OR_IRI = re.compile(
    r"'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r'|<[^<>"{}|^`\\\x00-\x20]*>',
    re.DOTALL,
)
_PROLOGUE = r"(?:\s*(?:BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>))*"
_QUERY_FORM = re.compile(_PROLOGUE + r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
# A keyword is a bare word: not part of a prefixed name (ex:with), a variable (?with) or a blank node.
_WORD = re.compile(r"(?<![\w:?$.-])[A-Za-z][\w-]*(?![\w:])|[{}]")
_DATASET_KEYWORDS = {"WITH", "USING"}

QUERY_FORMS = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


class UpdateDatasetError(ValueError):
    """The protocol's update dataset cannot be applied to this update (the protocol requires a 400)."""


def mask_code(text: str) -> str:
    """`text` with comments, string contents and IRI contents blanked out, every offset unchanged."""
    code = strip_comments(text)

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
