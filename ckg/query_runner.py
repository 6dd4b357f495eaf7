"""Run read-only SPARQL queries on an on-disk Oxigraph store in worker processes that can be killed on timeout.

pyoxigraph cannot cancel a running query (oxigraph#1926): a thread that times out keeps burning a core
until the query ends, which may be never. So queries run in a small pool of worker processes, each
holding the store open read-only beside the writer, serialising the result itself and sending back
bytes. A query that outlives its timeout gets its worker killed (SIGKILL) and a fresh worker started.

Workers see writes: before each job the pool fingerprints the store directory (names, sizes and
modification times of RocksDB's files, which change on every committed write, by this process or any
other) and a worker whose view is older reopens the store (a few milliseconds) before running the job.

Run as `python -m ckg.query_runner STORE_DIR READ_FD WRITE_FD PARENT_PID` it is one worker.
"""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

# Result formats by the names the API negotiates; the media type is what the response says it is.
SOLUTIONS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
BOOLEAN_FORMATS = {name: SOLUTIONS_FORMATS[name] for name in ("json", "xml")}  # CSV/TSV define no boolean
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def media_type_of(format_name: str) -> str:
    """The Content-Type a result serialised in `format_name` is sent with."""
    fmt = SOLUTIONS_FORMATS.get(format_name) or GRAPH_FORMATS[format_name]
    return fmt.media_type


@dataclass(frozen=True)
class QueryJob:
    """One query and how to serialise each kind of result it may turn out to have (None: not acceptable)."""

    query: str
    solutions_format: str | None = "json"
    boolean_format: str | None = "json"
    graph_format: str | None = "turtle"
    default_graphs: tuple[str, ...] | None = None  # None: the store's own default graph
    named_graphs: tuple[str, ...] | None = None  # None: every named graph in the store
    base_iri: str | None = None


@dataclass(frozen=True)
class QueryOutput:
    body: bytes
    media_type: str


class QueryRunnerError(RuntimeError):
    """A query could not be run; subclasses say why."""


class QueryTimeout(QueryRunnerError):
    """The query outlived its timeout; its worker was killed."""


class RunnerUnavailable(QueryRunnerError):
    """No worker could take the query (all busy, or the store cannot be opened)."""


class NotAcceptable(QueryRunnerError):
    """The query's result kind ("solutions", "boolean", "graph") has no acceptable format in the job."""

    def __init__(self, kind: str):
        super().__init__(f"no acceptable format for a {kind} result")
        self.kind = kind


class QueryFailed(QueryRunnerError):
    """The store raised an error while evaluating the query."""


def store_fingerprint(store_dir: Path) -> tuple:
    """What changes whenever a write is committed: RocksDB appends to its write-ahead log or adds files.

    LOG* (RocksDB's diagnostic log) and LOCK are left out: they change without any data changing.
    """
    entries = []
    with os.scandir(store_dir) as listing:
        for entry in listing:
            if entry.name.startswith("LOG") or entry.name == "LOCK":
                continue
            try:
                info = entry.stat()
            except FileNotFoundError:  # removed by a compaction while we looked
                continue
            entries.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(entries))


# --- the worker process ---------------------------------------------------------------------------

def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this worker if the server dies, so no orphan keeps computing a query."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pipe closing still ends an idle worker
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(0)


def _evaluate(store: ox.Store, job: QueryJob) -> tuple:
    """Run one job; the reply is ("ok", body, media type) or (error kind, message)."""
    options = {}
    if job.default_graphs is not None or job.named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs or ()]
    try:
        result = store.query(job.query, base_iri=job.base_iri, **options)
        if isinstance(result, ox.QueryBoolean):
            kind, name, table = "boolean", job.boolean_format, BOOLEAN_FORMATS
        elif isinstance(result, ox.QuerySolutions):
            kind, name, table = "solutions", job.solutions_format, SOLUTIONS_FORMATS
        else:
            kind, name, table = "graph", job.graph_format, GRAPH_FORMATS
        if name is None:
            return ("not_acceptable", kind)
        body = result.serialize(format=table[name])
        return ("ok", body, table[name].media_type)
    except SyntaxError as exc:
        return ("syntax", str(exc))
    except (OSError, RuntimeError) as exc:  # RocksDB: e.g. a file the writer compacted away meanwhile
        return ("store_error", f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # evaluation errors reach the client as a message, never kill the worker
        return ("error", f"{type(exc).__name__}: {exc}")


def _open_read_only(store_dir: str, attempts: int = 5) -> tuple[ox.Store, tuple]:
    """The store opened read-only, and the fingerprint of what it sees.

    Opening reads RocksDB's manifest, then the files it lists; the writer may delete one of them
    in between (a compaction), so a failed open is retried a few times before it counts.
    """
    for attempt in range(attempts):
        generation = store_fingerprint(Path(store_dir))
        try:
            return ox.Store.read_only(store_dir), generation
        except (OSError, RuntimeError) as exc:
            error = exc
            time.sleep(0.02 * (attempt + 1))
    raise OSError(f"cannot open the store at {store_dir} read-only: {error}")


def _worker_main(store_dir: str, read_fd: int, write_fd: int, parent_pid: int) -> None:
    _die_with_parent(parent_pid)
    jobs = Connection(read_fd, writable=False)
    replies = Connection(write_fd, readable=False)
    try:
        store, generation = _open_read_only(store_dir)
    except OSError as exc:
        replies.send(("failed", str(exc)))
        return
    replies.send(("ready", os.getpid()))
    while True:
        try:
            job, current_generation = jobs.recv()
        except (EOFError, OSError):  # the server closed the pipe: shut down
            return
        try:
            if current_generation != generation:
                store, generation = _open_read_only(store_dir)
            reply = _evaluate(store, job)
            if reply[0] == "store_error":  # the files changed under this view: once more on a fresh one
                store, generation = _open_read_only(store_dir)
                reply = _evaluate(store, job)
        except OSError as exc:
            reply = ("error", str(exc))
        replies.send(reply)


# --- the pool, in the server process --------------------------------------------------------------

class _Worker:
    """The server's handle on one worker process."""

    def __init__(self, store_dir: Path, start_timeout: float):
        to_worker_read, to_worker_write = os.pipe()
        from_worker_read, from_worker_write = os.pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "ckg.query_runner", str(store_dir),
                 str(to_worker_read), str(from_worker_write), str(os.getpid())],
                pass_fds=(to_worker_read, from_worker_write),
                stdin=subprocess.DEVNULL,
            )
        finally:
            os.close(to_worker_read)
            os.close(from_worker_write)
        self.jobs = Connection(to_worker_write, readable=False)
        self.replies = Connection(from_worker_read, writable=False)
        if not self.replies.poll(start_timeout):
            self.kill()
            raise RunnerUnavailable(f"a query worker did not start within {start_timeout:g} s")
        try:
            status, detail = self.replies.recv()
        except EOFError:
            self.kill()
            raise RunnerUnavailable("a query worker exited while starting") from None
        if status != "ready":
            self.kill()
            raise RunnerUnavailable(detail)

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.jobs.close()
        self.replies.close()


class QueryRunner:
    """A pool of `size` killable worker processes querying the Oxigraph store in `store_dir`.

    Workers are started by one long-lived thread: Linux ties a worker's parent-death signal to the
    thread that started it, so a short-lived request thread must never start one.
    """

    def __init__(self, store_dir: str | Path, size: int = 2, start_timeout: float = 60.0):
        if size < 1:
            raise ValueError("a query runner needs at least one worker")
        self.store_dir = Path(store_dir)
        self.size = size
        self.start_timeout = start_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._busy: set[_Worker] = set()
        self._live = 0  # workers started and not yet killed, idle or busy
        self._starting = 0  # workers asked of the starter thread, not yet up
        self._lock = threading.Lock()
        self._start_requests: queue.Queue[bool] = queue.Queue()
        self._last_start_error: str | None = None
        self._closed = False
        self._starter = threading.Thread(target=self._start_workers, name="ckg-query-worker-starter", daemon=True)
        self._starter.start()
        self._top_up()

    # worker life cycle

    def _top_up(self) -> None:
        """Ask the starter thread for as many workers as the pool lacks (a failed start gets another try)."""
        with self._lock:
            missing = 0 if self._closed else self.size - self._live - self._starting
            self._starting += max(missing, 0)
        for _ in range(missing):
            self._start_requests.put(True)

    def _start_workers(self) -> None:
        while self._start_requests.get():
            try:
                worker = _Worker(self.store_dir, self.start_timeout)
            except (RunnerUnavailable, OSError) as exc:
                with self._lock:
                    self._starting -= 1
                    self._last_start_error = str(exc)
                continue
            with self._lock:
                self._starting -= 1
                self._last_start_error = None
                closed = self._closed
                if not closed:
                    self._live += 1
            if closed:
                worker.kill()
            else:
                self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill `worker` (timed out, or dead already) and start another in its place."""
        worker.kill()
        with self._lock:
            self._busy.discard(worker)
            self._live -= 1
        self._top_up()

    def _acquire(self, deadline: float) -> _Worker:
        self._top_up()
        while True:
            remaining = deadline - time.monotonic()
            try:
                worker = self._idle.get(timeout=min(max(remaining, 0.001), 0.2))
            except queue.Empty:
                error = self._start_failure()
                if error or remaining <= 0:
                    raise RunnerUnavailable(
                        error or f"all {self.size} query workers stayed busy; try again shortly"
                    ) from None
                continue
            if worker.alive():
                with self._lock:
                    self._busy.add(worker)
                return worker
            self._replace(worker)

    def _start_failure(self) -> str | None:
        """Why workers cannot start, once no worker is left running or starting to wait for."""
        with self._lock:
            waiting_is_useless = self._live == 0 and self._starting == 0
            return self._last_start_error if waiting_is_useless else None

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
            closed = self._closed
        if closed:
            worker.kill()
        else:
            self._idle.put(worker)

    # public

    def run(self, job: QueryJob, timeout: float) -> QueryOutput:
        """Run `job`; raise QueryTimeout if it is not answered within `timeout` seconds (waiting included)."""
        if self._closed:
            raise RunnerUnavailable("the query runner is closed")
        deadline = time.monotonic() + timeout
        for attempt in (1, 2):
            worker = self._acquire(deadline)
            try:
                worker.jobs.send((job, store_fingerprint(self.store_dir)))
                if not worker.replies.poll(max(deadline - time.monotonic(), 0)):
                    self._replace(worker)
                    raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
                reply = worker.replies.recv()
            except (EOFError, OSError) as exc:
                # the worker died under this job: once more on another worker, while time is left
                self._replace(worker)
                if attempt == 2 or time.monotonic() >= deadline:
                    raise RunnerUnavailable(f"a query worker died ({exc.__class__.__name__}); try again") from exc
                continue
            self._release(worker)
            return _interpret(reply)
        raise AssertionError("unreachable")

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring and tests)."""
        with self._lock:
            workers = list(self._busy) + list(self._idle.queue)
        return [w.pid for w in workers if w.alive()]

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            busy = list(self._busy)
        self._start_requests.put(False)
        self._starter.join(timeout=self.start_timeout)
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break
        for worker in busy:
            worker.kill()


def _interpret(reply: tuple) -> QueryOutput:
    from ckg.store import QuerySyntaxError  # imported here: workers should not pay for rdflib's import

    status = reply[0]
    if status == "ok":
        return QueryOutput(body=reply[1], media_type=reply[2])
    if status == "syntax":
        raise QuerySyntaxError(reply[1])
    if status == "not_acceptable":
        raise NotAcceptable(reply[1])
    raise QueryFailed(reply[1])  # "error", or a "store_error" that a fresh view did not cure


if __name__ == "__main__":
    _worker_main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
