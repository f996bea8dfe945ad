"""Batch parsing: many pages through isolated worker processes, exactly one result per input.

``parse_many`` streams: inputs are pulled lazily, at most one page is in flight per worker, and
finished results wait in a bounded reorder buffer, so memory stays flat however large the archive.

Isolation: the pool is hand-made (not ``concurrent.futures``, whose pool breaks for good when one
worker dies). Each worker is a separate process started with the ``forkserver`` method (``spawn``
where that is missing) that imports pressparse and warms it up once, then parses page after page
under an address-space limit. The parent watches every page's deadline: a page that hangs is
killed with its worker (``Timeout``), a page that exhausts the memory limit gives ``MemoryError``,
a worker that dies gives ``WorkerCrashed``; in each case only that page gets an error row, a fresh
worker takes the dead one's place and the run goes on.
"""

from __future__ import annotations

import contextlib
import importlib
import itertools
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, TypeAlias

from .errors import PressParseError
from .options import ParseOptions
from .records import JsonScalar, PressRelease

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

DEFAULT_TIMEOUT = 5.0
"""Seconds one page may take in a worker before it is killed with a ``Timeout`` row."""

DEFAULT_MEMORY_LIMIT_MB = 2048
"""Address-space limit of each worker process, in MiB (``None`` lifts it)."""

ERROR_TYPES_OF_ISOLATION = ("Timeout", "WorkerCrashed", "MemoryError")
"""Error types the pool itself produces (others are the exception class the parser raised)."""

# A worker that cannot even start (import error, no memory) must not make the pool respawn it
# forever: after this many failed starts in a row the run stops with an exception.
_MAX_FAILED_STARTS = 3
_START_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """The result of an input that could not be parsed: one row per failed input.

    Examples:
        >>> from pressparse.readers import iter_records
        >>> row = next(iter_records("no/such/page.txt"))
        >>> row.input_id, row.error_type, row.message
        ('no/such/page.txt', 'InputError', 'no such file or folder')
        >>> row.to_dict()["source"], ErrorRow.from_dict(row.to_dict()) == row
        ('no/such/page.txt', True)
    """

    input_id: str
    """Stable id of the input (see :attr:`PressRelease.input_id`)."""
    source: str | None
    """What the user calls the page (its path or URL)."""
    error_type: str
    """``Timeout``, ``WorkerCrashed``, ``MemoryError``, or the exception class the parser or reader
    raised (``InputError``, ``TooLargeError``, ...)."""
    message: str
    """Human-readable explanation."""

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON types."""
        return {"input_id": self.input_id, "source": self.source, "error_type": self.error_type,
                "message": self.message}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorRow:
        """Read a row written by :meth:`to_dict`."""
        values = {name: data.get(name) for name in ("input_id", "source", "error_type", "message")}
        for name in ("input_id", "error_type", "message"):
            if not isinstance(values[name], str):
                raise TypeError(f"ErrorRow.{name} must be a string, not {values[name]!r}")
        if values["source"] is not None and not isinstance(values["source"], str):
            raise TypeError("ErrorRow.source must be a string or null")
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One page to parse, as a reader yields it.

    Examples:
        >>> page = InputRecord("page-1", "https://example.org/news/1",
        ...                    b"Agency Opens Office\\n\\nWASHINGTON - The agency opened an office.", {"lang": "en"})
        >>> rec = next(parse_many([page], workers=0))
        >>> rec.input_id, rec.source, rec.metadata
        ('page-1', 'https://example.org/news/1', (('lang', 'en'),))
    """

    input_id: str
    """Stable id: the path, ``path#L<n>`` for a JSON Lines line, ``warcfile#<record id>`` for WARC."""
    source: str | None
    """What the user calls the page: its URL where known, else its path."""
    data: bytes
    """The page's raw bytes."""
    metadata: Mapping[str, JsonScalar] = field(default_factory=dict, hash=False)
    """Fields that came with the input (a JSON Lines record's url, title, date...); carried onto the record."""


Result: TypeAlias = PressRelease | ErrorRow
"""What ``parse_many`` yields for each input."""

ParseFn = Callable[..., PressRelease]
InputItem: TypeAlias = "str | os.PathLike[str] | tuple[str, bytes | str] | InputRecord | ErrorRow"


def parse_many(
    inputs: Iterable[InputItem] | str | os.PathLike[str],
    *,
    workers: int | None = None,
    options: ParseOptions | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    ordered: bool = True,
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
    max_pending: int | None = None,
    jsonl_text_field: str | None = None,
    jsonl_id_field: str | None = None,
    _parse_fn: ParseFn | str | None = None,
) -> Iterator[Result]:
    """Parse many pages; yield exactly one :class:`PressRelease` or :class:`ErrorRow` per input.

    ``inputs`` holds paths (files, folders, globs, ``.jsonl``, ``.warc``/``.warc.gz``, ``-`` for
    stdin), ``(source, bytes)`` pairs, or :class:`InputRecord` values from a reader, in any mix.
    ``workers`` is the number of worker processes (default: the CPUs this process may use);
    ``workers=0`` parses in this process, without timeout or memory isolation.
    ``timeout`` bounds the seconds one page may take (``None``: no limit); ``memory_limit_mb``
    bounds each worker's address space. Results come in input order unless ``ordered=False``
    (then in completion order). At most ``max_pending`` inputs (default ``16 * workers``, at least
    64) are pulled but not yet yielded, which bounds memory when one page is slow.
    ``_parse_fn`` (tests only) replaces :func:`pressparse.parse` in the workers: a module-level
    function or a ``"module:function"`` name importable by a fresh process.

    Examples:
        >>> pages = ["fixtures/docs/immdef-2021-02-03-biden-action.txt",
        ...          ("inline.txt", "Agency Opens Office\\n\\nWASHINGTON - The agency opened an office."),
        ...          "no/such/page.txt"]
        >>> for result in parse_many(pages, workers=0):
        ...     print(type(result).__name__, result.input_id)
        PressRelease fixtures/docs/immdef-2021-02-03-biden-action.txt
        PressRelease inline.txt
        ErrorRow no/such/page.txt
    """
    from .readers import iter_records

    if options is None:
        options = ParseOptions()
    if workers is None:
        workers = _available_cpus()
    if workers < 0:
        raise ValueError(f"workers must be >= 0, not {workers}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive, not {timeout}")
    if memory_limit_mb is not None and memory_limit_mb <= 0:
        raise ValueError(f"memory_limit_mb must be positive, not {memory_limit_mb}")
    records = iter_records(inputs, jsonl_text_field=jsonl_text_field, jsonl_id_field=jsonl_id_field,
                           max_bytes=options.max_bytes)
    if workers == 0:
        return _parse_inline(records, options, _resolve_parse_fn(_parse_fn))
    window = max_pending if max_pending is not None else max(64, 16 * workers)
    if window < workers:
        raise ValueError(f"max_pending must be at least workers ({workers}), not {window}")
    config = _WorkerConfig(options=options, parse_fn=_parse_fn,
                           memory_limit=None if memory_limit_mb is None else memory_limit_mb * 1024 * 1024)
    return _Pool(records, workers, config, timeout, ordered, window).run()


def _available_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _resolve_parse_fn(spec: ParseFn | str | None) -> ParseFn:
    if spec is None:
        from . import parse

        return parse
    if isinstance(spec, str):
        module_name, _, name = spec.partition(":")
        fn = getattr(importlib.import_module(module_name), name)
        if not callable(fn):
            raise TypeError(f"{spec} is not callable")
        return fn  # type: ignore[no-any-return]
    return spec


def _error_from(exc: BaseException, record: InputRecord) -> ErrorRow:
    message = exc.message if isinstance(exc, PressParseError) else str(exc)
    return ErrorRow(record.input_id, record.source, type(exc).__name__, message[:2000] or type(exc).__name__)


def _parse_inline(records: Iterator[InputRecord | ErrorRow], options: ParseOptions,
                  parse_fn: ParseFn) -> Iterator[Result]:
    for record in records:
        if isinstance(record, ErrorRow):
            yield record
            continue
        try:
            yield parse_fn(record.data, source=record.source, options=options, input_id=record.input_id,
                           metadata=record.metadata)
        except Exception as exc:  # any failure of one page is that page's error row
            yield _error_from(exc, record)


# --------------------------------------------------------------------------- worker side


@dataclass(frozen=True, slots=True)
class _WorkerConfig:
    options: ParseOptions
    parse_fn: ParseFn | str | None
    memory_limit: int | None


def _worker_main(conn: Connection, config: _WorkerConfig) -> None:
    """Loop of one worker process: receive a page, parse it, send the result back."""
    # Ctrl-C reaches the whole process group; the parent decides, workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if config.memory_limit is not None:
        _limit_memory(config.memory_limit)
    parse_fn = _resolve_parse_fn(config.parse_fn)
    # Warm-up once per worker (a no-op cost where the fork server has already done it).
    from . import _warmup  # noqa: F401
    try:
        conn.send(("ready",))
    except OSError:  # the parent died while this worker started (BrokenPipeError): nothing to do
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        seq, input_id, source, data, metadata = task
        del task
        recycle = False
        try:
            reply: tuple[Any, ...] = ("ok", seq, parse_fn(data, source=source, options=config.options,
                                                          input_id=input_id, metadata=metadata))
        except MemoryError:
            # The heap may be fragmented or half-built objects leaked: answer, then let a fresh worker go on.
            reply = ("err", seq, "MemoryError",
                     "parsing this page exhausted the worker's memory limit" + _limit_note(config.memory_limit))
            recycle = True
        except Exception as exc:
            error = exc.message if isinstance(exc, PressParseError) else str(exc)
            reply = ("err", seq, type(exc).__name__, error[:2000] or type(exc).__name__)
        del data
        reply += (recycle,)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
        except Exception as exc:  # the result would not pickle: still answer for the page
            conn.send(("err", seq, type(exc).__name__, f"result could not be sent back: {exc}"[:2000], recycle))
        if recycle:
            return


def _limit_note(limit: int | None) -> str:
    return f" ({limit // (1024 * 1024)} MiB)" if limit else ""


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # not POSIX: no per-process limit available
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or limit < soft:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


# --------------------------------------------------------------------------- parent side


class _Worker:
    """One worker process and the page it holds, if any."""

    __slots__ = ("conn", "deadline", "process", "ready", "started", "task")

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.ready = False
        self.started = time.monotonic()
        self.task: tuple[int, InputRecord] | None = None
        self.deadline = float("inf")


def _context() -> BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # The fork server imports and warms up the parser once; every worker forked from it starts warm.
        ctx.set_forkserver_preload(["pressparse._warmup"])
        return ctx
    return multiprocessing.get_context("spawn")


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "did not exit"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


class _Pool:
    def __init__(self, records: Iterator[InputRecord | ErrorRow], size: int, config: _WorkerConfig,
                 timeout: float | None, ordered: bool, window: int) -> None:
        self.records = records
        self.size = size
        self.config = config
        self.timeout = timeout
        self.ordered = ordered
        self.window = window
        self.ctx: Any = _context()  # a start-method context (BaseContext does not declare Process)
        self.workers: list[_Worker] = []
        self.done: dict[int, Result] = {}
        self.pulled = 0
        self.yielded = 0
        self.next_seq_out = 0
        self.exhausted = False
        self.failed_starts = 0

    def _spawn(self) -> _Worker:
        parent_conn, child_conn = self.ctx.Pipe(duplex=True)
        process = self.ctx.Process(target=_worker_main, args=(child_conn, self.config), daemon=True,
                                   name="pressparse-worker")
        process.start()
        child_conn.close()
        return _Worker(process, parent_conn)

    def _retire(self, worker: _Worker) -> _Worker:
        """Kill a worker and start its replacement."""
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        fresh = self._spawn()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def _finish(self, worker: _Worker, result: Result) -> None:
        assert worker.task is not None
        self.done[worker.task[0]] = result
        worker.task = None
        worker.deadline = float("inf")

    def _fail(self, worker: _Worker, error_type: str, message: str) -> None:
        assert worker.task is not None
        record = worker.task[1]
        self._finish(worker, ErrorRow(record.input_id, record.source, error_type, message))

    def _dispatch(self) -> None:
        for index in range(len(self.workers)):
            worker = self.workers[index]
            if worker.ready and worker.task is None and not worker.process.is_alive():
                # Died while idle: replace it before it is handed a page it would be blamed for.
                worker = self._retire(worker)
            while worker.ready and worker.task is None and not self.exhausted:
                if self.pulled - self.yielded >= self.window:
                    return
                item = next(self.records, None)
                if item is None:
                    self.exhausted = True
                    return
                seq = self.pulled
                self.pulled += 1
                if isinstance(item, ErrorRow):
                    self.done[seq] = item
                    continue
                worker.task = (seq, item)
                worker.deadline = time.monotonic() + self.timeout if self.timeout is not None else float("inf")
                try:
                    worker.conn.send((seq, item.input_id, item.source, item.data, dict(item.metadata)))
                except (OSError, EOFError):
                    # Died before it took the page; the watch loop reports it as that page's crash.
                    return

    def _collect(self, worker: _Worker) -> None:
        """Read what a worker sent; notice if it died."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.ready = True
                    self.failed_starts = 0
                elif worker.task is not None and message[1] == worker.task[0]:
                    if message[0] == "ok":
                        self._finish(worker, message[2])
                    else:
                        self._fail(worker, message[2], message[3])
                    if message[-1]:  # the worker retires after this page (e.g. after a MemoryError)
                        worker.ready = False
                        self._retire(worker)
                        return
        except (EOFError, OSError):
            pass
        except Exception as exc:  # a result that does not unpickle is that page's error
            if worker.task is not None:
                self._fail(worker, type(exc).__name__, f"result could not be read back: {exc}"[:2000])
        if worker.process.is_alive():
            return
        worker.process.join(5)
        if worker.task is not None:
            self._fail(worker, "WorkerCrashed",
                       f"the worker process {_describe_exit(worker.process.exitcode)} while parsing this page")
        elif not worker.ready:
            self._failed_start(f"a worker process {_describe_exit(worker.process.exitcode)} while starting")
        self._retire(worker)

    def _failed_start(self, why: str) -> None:
        self.failed_starts += 1
        if self.failed_starts >= _MAX_FAILED_STARTS:
            raise RuntimeError(f"pressparse worker processes cannot start: {why}")

    def _watch(self, now: float) -> None:
        for worker in list(self.workers):
            if worker.task is not None and now >= worker.deadline:
                self._fail(worker, "Timeout", f"parsing this page took longer than {self.timeout:g} s; stopped")
                self._retire(worker)
            elif not worker.ready and now - worker.started > _START_TIMEOUT:
                self._failed_start(f"a worker process did not start within {_START_TIMEOUT:g} s")
                self._retire(worker)

    def _ready_results(self) -> Iterator[Result]:
        if self.ordered:
            while self.next_seq_out in self.done:
                self.yielded += 1
                self.next_seq_out += 1
                yield self.done.pop(self.next_seq_out - 1)
        else:
            for seq in sorted(self.done):
                self.yielded += 1
                yield self.done.pop(seq)

    def run(self) -> Iterator[Result]:
        first = next(self.records, None)
        if first is None:  # nothing to do: start no process
            return
        self.records = itertools.chain([first], self.records)
        try:
            self.workers = [self._spawn() for _ in range(self.size)]
            while True:
                self._dispatch()
                yield from self._ready_results()
                busy = [w for w in self.workers if w.task is not None or not w.ready]
                if self.exhausted and not any(w.task is not None for w in self.workers) and not self.done:
                    return
                if not busy:
                    continue
                now = time.monotonic()
                nearest = min([w.deadline for w in busy] + [w.started + _START_TIMEOUT for w in busy if not w.ready])
                handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
                ready = wait(handles, timeout=None if nearest == float("inf") else max(0.0, nearest - now))
                for worker in busy:
                    if worker.conn in ready or worker.process.sentinel in ready:
                        self._collect(worker)
                self._watch(time.monotonic())
        finally:
            self._shutdown()

    def _shutdown(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError, EOFError, ValueError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2.0
        for worker in self.workers:
            if worker.task is not None:  # abandoned mid-page (the consumer stopped early): no need to wait
                worker.process.kill()
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(5)
            worker.conn.close()


def result_counts(results: Iterable[Result]) -> dict[str, int]:
    """Count results by kind: ``"records"`` and one entry per error type (for summaries and tests)."""
    counts: dict[str, int] = {}
    for result in results:
        key = "records" if isinstance(result, PressRelease) else result.error_type
        counts[key] = counts.get(key, 0) + 1
    return counts


__all__ = ["DEFAULT_MEMORY_LIMIT_MB", "DEFAULT_TIMEOUT", "ErrorRow", "InputRecord", "Result", "parse_many"]

