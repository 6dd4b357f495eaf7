"""Errors of the ingest, worded for the curator: which file and line, which item, which field, what is wrong."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the curator's input, located as precisely as it can be."""

    message: str
    file: str | None = None
    line: int | None = None
    item: str | None = None  # "event e5", "claim c1", "source", "actor fastaqem"
    field: str | None = None  # the YAML key, as the curator wrote it

    def __str__(self) -> str:
        where = self.file or ""
        if self.file and self.line:
            where = f"{self.file}:{self.line}"
        what = ", ".join(part for part in (
            self.item, f"field '{self.field}'" if self.field else None) if part)
        head = ": ".join(part for part in (where, what) if part)
        return f"{head}: {self.message}" if head else self.message


class IngestError(Exception):
    """The input cannot be ingested; nothing was written. Carries every problem found, not just the first."""

    def __init__(self, problems: Problem | Iterable[Problem], headline: str | None = None):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.headline = headline
        super().__init__(self.render())

    def render(self) -> str:
        lines = [self.headline] if self.headline else []
        lines.extend(str(p) for p in self.problems)
        return "\n".join(lines)


class LayoutError(IngestError):
    """The raw text's layout contradicts itself (for example two different publication dates)."""
