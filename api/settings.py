"""The API's configuration, read from the environment (see the README's configuration table)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ckg.paths import QUERIES_DIR
from ckg.store import StoreConfig

DEFAULT_QUERY_TIMEOUT = 30.0
DEFAULT_QUERY_WORKERS = 2
DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024


class SettingsError(ValueError):
    """An environment variable holds a value the API cannot use; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    store: StoreConfig = field(default_factory=lambda: StoreConfig.from_env({}))
    query_timeout: float = DEFAULT_QUERY_TIMEOUT  # seconds; CKG_QUERY_TIMEOUT
    write_token: str | None = None  # CKG_WRITE_TOKEN: SPARQL Update is refused unless set and presented
    query_workers: int = DEFAULT_QUERY_WORKERS  # CKG_QUERY_WORKERS: worker processes for the embedded store
    queries_dir: Path = QUERIES_DIR  # example queries for the editor
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # CKG_MAX_BODY_BYTES: larger request bodies are refused (413)

    def __post_init__(self):
        if not self.query_timeout > 0:
            raise SettingsError(f"the query timeout must be a positive number of seconds, got {self.query_timeout!r}")
        if self.query_workers < 1:
            raise SettingsError(f"at least one query worker is needed, got {self.query_workers!r}")
        if self.max_body_bytes < 1:
            raise SettingsError(f"the request body limit must be a positive number of bytes, got {self.max_body_bytes!r}")

    @property
    def updates_enabled(self) -> bool:
        return bool(self.write_token)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        return cls(
            store=StoreConfig.from_env(env),
            query_timeout=_number(env, "CKG_QUERY_TIMEOUT", float, DEFAULT_QUERY_TIMEOUT),
            write_token=env.get("CKG_WRITE_TOKEN") or None,
            query_workers=_number(env, "CKG_QUERY_WORKERS", int, DEFAULT_QUERY_WORKERS),
            max_body_bytes=_number(env, "CKG_MAX_BODY_BYTES", int, DEFAULT_MAX_BODY_BYTES),
        )


def _number(env: Mapping[str, str], name: str, kind: type, default):
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a positive {kind.__name__}, got {raw!r}") from None
    if not value > 0:
        raise SettingsError(f"{name} must be positive, got {raw!r}")
    return value
