"""The query editor page: vendored YASGUI with one tab per example query in queries/."""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from string import Template

TEMPLATE_FILE = Path(__file__).resolve().parent.parent / "templates" / "editor.html"


@dataclass(frozen=True)
class ExampleQuery:
    name: str  # the first line of the file's header comment
    query: str
    path: Path


def example_queries(queries_dir: Path) -> list[ExampleQuery]:
    """Every .rq file under `queries_dir`, sorted by path, named by its header comment's first line."""
    if not queries_dir.is_dir():
        return []
    examples = []
    for path in sorted(queries_dir.rglob("*.rq")):
        text = path.read_text(encoding="utf-8")
        examples.append(ExampleQuery(name=_header_title(text) or path.stem, query=text, path=path))
    return examples


def _header_title(text: str) -> str | None:
    """The first non-empty line of the leading `#` comment block."""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            return None
        title = stripped.lstrip("#").strip()
        if title:
            return title
    return None


def _script_json(value) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_editor(queries_dir: Path, static_url: str, query_timeout: float, updates_enabled: bool) -> str:
    examples = [{"name": e.name, "query": e.query} for e in example_queries(queries_dir)]
    note = f"query timeout {query_timeout:g} s; " + ("updates need the write token" if updates_enabled else "read-only")
    return Template(TEMPLATE_FILE.read_text(encoding="utf-8")).substitute(
        static=html.escape(static_url.rstrip("/"), quote=True),
        endpoint_note=html.escape(note),
        examples=_script_json(examples),
    )
