"""Where /sparql sends its work: the embedded store through killable workers, or a remote SPARQL server.

Both take a query with the formats chosen for each kind of result and answer serialised bytes, so
the endpoint never knows which backend it talks to. Failures come back as ProtocolError with the
status a client should see.
"""
from __future__ import annotations

import re
import shutil
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

import httpx
import pyoxigraph as ox

from api.services.negotiation import OFFERS_BY_KIND, FormatChoice, not_acceptable
from api.services.protocol import ProtocolError, QueryOperation
from ckg.query_runner import (
    BOOLEAN_FORMATS, GRAPH_FORMATS, SOLUTIONS_FORMATS, NotAcceptable, QueryFailed, QueryJob, QueryOutput,
    QueryRunner, QueryTimeout, RunnerUnavailable,
)
from ckg.store import OxigraphStore, QuerySyntaxError, RemoteStore, Store, StoreConfig, StoreError, open_store


class ProtocolBackend(ABC):
    """Runs protocol operations against one store."""

    kind: str  # "embedded" or "remote"

    @abstractmethod
    def query(self, operation: QueryOperation, formats: FormatChoice, kind: str | None,
              base_iri: str, timeout: float) -> QueryOutput:
        """Run a query; `kind` is the result kind read from the query text (None if unknown)."""

    @abstractmethod
    def update(self, update: str, base_iri: str, timeout: float) -> None:
        """Run an update whose dataset clauses are already in its text."""

    def close(self) -> None:
        pass


def _timeout_message(timeout: float) -> str:
    return f"the query ran longer than the {timeout:g} s limit (CKG_QUERY_TIMEOUT) and was stopped"


# Oxigraph's words for an update that contradicts the graphs in the store (DROP, CLEAR, ADD, MOVE or COPY
# of a missing graph, CREATE of an existing one, without SILENT): the client's mistake, which `oxigraph
# serve` answers with a 500 and pyoxigraph raises as a RuntimeError, like a broken store.
_GRAPH_STATE_ERROR = re.compile(r"The graph \S+ (?:does not exist|already exists)")


def _graph_state_error(message: str) -> ProtocolError | None:
    """The 400 for an update refused because of which graphs exist, or None for any other failure."""
    if _GRAPH_STATE_ERROR.fullmatch(message.strip()):
        return ProtocolError(400, f"the update cannot be applied: {message.strip()} (SILENT skips such operations)")
    return None


# --- embedded Oxigraph ----------------------------------------------------------------------------

class EmbeddedBackend(ProtocolBackend):
    """Queries in a pool of killable read-only workers; updates in this process, on the writable store.

    Updates cannot be interrupted (pyoxigraph has no cancellation): they are only accepted with the
    write token, from people trusted to write, and are transactional.
    """

    kind = "embedded"

    def __init__(self, store: OxigraphStore, workers: int):
        if store.location is None:
            raise ValueError(
                "an in-memory pyoxigraph store cannot be served: queries run in separate worker processes "
                "that must open the store from disk (use an on-disk store, e.g. ckg.store.temporary_store_dir())"
            )
        self.store = store
        self.runner = QueryRunner(store.location, size=workers)

    def query(self, operation, formats, kind, base_iri, timeout):
        job = QueryJob(
            query=operation.query,
            solutions_format=formats.solutions,
            boolean_format=formats.boolean,
            graph_format=formats.graph,
            default_graphs=operation.default_graphs if operation.has_dataset else None,
            named_graphs=operation.named_graphs if operation.has_dataset else None,
            base_iri=base_iri,
        )
        try:
            return self.runner.run(job, timeout)
        except QuerySyntaxError as exc:
            raise ProtocolError(400, f"query syntax error: {exc}") from None
        except NotAcceptable as exc:
            raise not_acceptable(exc.kind) from None
        except QueryTimeout:
            raise ProtocolError(503, _timeout_message(timeout), {"Retry-After": "1"}) from None
        except RunnerUnavailable as exc:
            raise ProtocolError(503, f"no query worker available: {exc}", {"Retry-After": "1"}) from None
        except QueryFailed as exc:
            raise ProtocolError(500, f"the store failed to evaluate the query: {exc}") from None

    def update(self, update, base_iri, timeout):
        try:
            self.store.oxigraph.update(update, base_iri=base_iri)
        except SyntaxError as exc:
            raise ProtocolError(400, f"update syntax error: {exc}") from None
        except OSError as exc:
            raise ProtocolError(503, f"the store could not apply the update: {exc}") from None
        except RuntimeError as exc:
            raise _graph_state_error(str(exc)) or ProtocolError(500, f"the store failed to apply the update: {exc}") from None

    def close(self):
        self.runner.close()


# --- remote SPARQL 1.1 server ---------------------------------------------------------------------

_RESULT_FORMATS_BY_TYPE = {f.media_type.split(";")[0]: f for f in SOLUTIONS_FORMATS.values()}
_GRAPH_FORMATS_BY_TYPE = {f.media_type: f for f in GRAPH_FORMATS.values()}
_CANONICAL_TYPE = {o.name: o.media_types[0] for offers in OFFERS_BY_KIND.values() for o in offers}


def remote_accept(formats: FormatChoice, kind: str | None) -> str:
    """Ask for the chosen format of the expected kind first, every format we can convert from after."""
    kinds = [kind] if kind else list(OFFERS_BY_KIND)
    preferred = [_CANONICAL_TYPE[name] for k in kinds if (name := formats.for_kind(k))]
    fallback = [_CANONICAL_TYPE[o.name] for k in kinds for o in OFFERS_BY_KIND[k] if o.name != "csv"]
    ranges = list(dict.fromkeys(preferred)) + [f"{t};q=0.5" for t in dict.fromkeys(fallback) if t not in preferred]
    return ", ".join(ranges)


def convert_answer(body: bytes, media_type: str, formats: FormatChoice) -> QueryOutput:
    """Re-serialise a remote answer into the client's chosen format, keeping every term exactly."""
    results_format = _RESULT_FORMATS_BY_TYPE.get(media_type)
    if results_format is not None:
        parsed = ox.parse_query_results(body, format=results_format)
        if isinstance(parsed, ox.QueryBoolean):
            kind, name, table = "boolean", formats.boolean, BOOLEAN_FORMATS
        else:
            kind, name, table = "solutions", formats.solutions, SOLUTIONS_FORMATS
        if name is None:
            raise not_acceptable(kind)
        return QueryOutput(parsed.serialize(format=table[name]), table[name].media_type)
    graph_format = _GRAPH_FORMATS_BY_TYPE.get(media_type)
    if graph_format is None:
        raise ProtocolError(502, f"the remote store answered with an unsupported Content-Type {media_type!r}")
    if formats.graph is None:
        raise not_acceptable("graph")
    target = GRAPH_FORMATS[formats.graph]
    return QueryOutput(ox.serialize(ox.parse(body, format=graph_format), format=target), target.media_type)


@dataclass(frozen=True)
class _RemoteAnswer:
    status: int
    content_type: str
    body: bytes

    @property
    def media_type(self) -> str:
        return self.content_type.split(";")[0].strip().lower()

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace").strip()


class RemoteBackend(ProtocolBackend):
    """Forwards the protocol request to the remote server, with the timeout as the HTTP client's."""

    kind = "remote"

    def __init__(self, store: RemoteStore):
        self.query_url = store.query_url
        self.update_url = store.update_url
        self.client = httpx.Client()

    def _post(self, url: str, form: list[tuple[str, str]], accept: str, timeout: float) -> _RemoteAnswer:
        """POST the form and read the whole answer, within `timeout` seconds in total."""
        deadline = time.monotonic() + timeout
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        try:
            with self.client.stream("POST", url, content=urlencode(form).encode(), headers=headers,
                                    timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0))) as response:
                chunks = []
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("the answer took too long to arrive")
                return _RemoteAnswer(response.status_code, response.headers.get("content-type", ""), b"".join(chunks))
        except httpx.TimeoutException:
            raise ProtocolError(504, _timeout_message(timeout) + f" (the remote store at {url} did not answer in time)") from None
        except httpx.TransportError as exc:
            raise ProtocolError(503, f"the remote store at {url} is unreachable: {exc}", {"Retry-After": "5"}) from None

    @staticmethod
    def _check(answer: _RemoteAnswer, what: str) -> None:
        if 200 <= answer.status < 300:
            return
        message = answer.text() or f"HTTP {answer.status}"
        if answer.status == 400:
            raise ProtocolError(400, f"{what} syntax error: {message}")
        if what == "update" and (refused := _graph_state_error(message)):
            raise refused
        raise ProtocolError(502, f"the remote store answered {answer.status}: {message}")

    def query(self, operation, formats, kind, base_iri, timeout):
        form = [("query", operation.query)]
        form += [("default-graph-uri", iri) for iri in operation.default_graphs]
        form += [("named-graph-uri", iri) for iri in operation.named_graphs]
        answer = self._post(self.query_url, form, remote_accept(formats, kind), timeout)
        self._check(answer, "query")
        chosen = {_CANONICAL_TYPE[name] for name in (formats.solutions, formats.boolean, formats.graph) if name}
        if answer.media_type in chosen:
            return QueryOutput(answer.body, answer.content_type)
        try:
            return convert_answer(answer.body, answer.media_type, formats)
        except (SyntaxError, ValueError) as exc:
            raise ProtocolError(502, f"the remote store's answer could not be read as {answer.media_type}: {exc}") from None

    def update(self, update, base_iri, timeout):
        answer = self._post(self.update_url, [("update", update)], "*/*", timeout)
        self._check(answer, "update")

    def close(self):
        self.client.close()


# --- choosing and opening -------------------------------------------------------------------------

def make_backend(store: Store, query_workers: int) -> ProtocolBackend:
    if isinstance(store, RemoteStore):
        return RemoteBackend(store)
    if isinstance(store, OxigraphStore):
        return EmbeddedBackend(store, query_workers)
    raise TypeError(f"no SPARQL protocol backend for a {type(store).__name__}")


def open_served_store(config: StoreConfig) -> tuple[Store, Callable[[], None]]:
    """Open the store to serve, and what closes it.

    `memory` is served from a fresh on-disk store in a temporary directory, removed when the server
    stops: the killable query workers must open the store from disk. It starts empty and keeps
    nothing, which is what `memory` promises.
    """
    if config.is_remote:
        return open_store(config), lambda: None
    if config.location == "memory":
        location = tempfile.mkdtemp(prefix="ckg-memory-store-")
    else:
        location = config.location
    try:
        store = OxigraphStore(location)
    except OSError as exc:
        hint = " (is another `ckg serve` or `ckg build` using it? stop it first)" if "lock" in str(exc).lower() else ""
        raise StoreError(f"cannot open the store at {location}: {exc}{hint}") from exc

    def close() -> None:
        store.close()
        if config.location == "memory":
            shutil.rmtree(location, ignore_errors=True)

    return store, close
