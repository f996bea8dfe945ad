"""Run pressparse on a Dask cluster (the ``dask`` extra: ``pip install 'pressparse[dask]'``).

The archive is cut into partitions on the client without reading any page: files are listed
(folders walked, globs expanded, as :func:`pressparse.readers.iter_input_files` does), small page
files are grouped up to ``partition_pages`` pages or ``partition_bytes`` bytes, and every JSON
Lines dump and WARC archive is a partition of its own. Each Dask task reads its partition's files
itself (so the workers need the same paths, e.g. a shared filesystem) and parses the pages with
the isolation of :func:`pressparse.parse_many`: with ``isolation="process"`` (the default) the
pages go through one worker sub-process per task under the same time and memory limits, so a
page that hangs, exhausts memory or kills its process becomes that page's error row
(``Timeout``, ``MemoryError``, ``WorkerCrashed``) and the partition's other pages are kept. The
sub-process is forked from a fork server that has imported and warmed up the parser once per
Dask worker; ``isolation="none"`` parses in the Dask worker itself (warmed up once per worker).

Results are the values :func:`pressparse.parse_many` gives (:class:`~pressparse.PressRelease` and
:class:`~pressparse.batch.ErrorRow`, frozen dataclasses of plain values that pickle), one per
input, in input order: partitions keep their order and so do the pages inside them.

Starting sub-processes needs Dask workers that are not daemonic processes: a Dask nanny starts
its worker as a daemon unless the configuration ``distributed.worker.daemon`` is false (set
``DASK_DISTRIBUTED__WORKER__DAEMON=False`` in the workers' environment). :func:`local_cluster`
does this for the clusters it starts; :func:`parse_many` checks the workers first and says so.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeAlias, cast

from .batch import DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIMEOUT, ErrorRow, InputRecord, ParseFn, Result
from .batch import parse_many as _parse_many_here
from .options import ParseOptions
from .readers import JSONL_SUFFIXES, WARC_SUFFIXES, iter_input_files, iter_records
from .records import PressRelease

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client, LocalCluster

Isolation = Literal["process", "none"]
"""How pages are parsed inside a Dask task: ``"process"`` in a worker sub-process, one page at a
time under the time and memory limits (as :func:`pressparse.parse_many`); ``"none"`` in the Dask
worker itself (a page that kills its process kills the Dask worker)."""

PartitionItem: TypeAlias = str | InputRecord | ErrorRow
"""What a partition holds: a file path the worker reads, an in-memory page, or an input error."""

DEFAULT_PARTITION_BYTES = 64 * 1024 * 1024
"""Page files are grouped into one partition up to this many bytes (default 64 MiB) ..."""

DEFAULT_PARTITION_PAGES = 64
"""... or this many pages, whichever comes first: about a second of parsing on one core, long
enough to hide the cost of a task, short enough that no worker idles long at the end of a run."""

DAEMONIC_WORKERS = (
    "the Dask workers are daemonic processes, which cannot start the sub-processes that isolate pages "
    "(isolation='process'); start the workers with the configuration distributed.worker.daemon = False "
    "(environment: DASK_DISTRIBUTED__WORKER__DAEMON=False) or use pressparse.dask.local_cluster(); "
    "from Python, isolation='none' parses without sub-processes"
)

_log = logging.getLogger(__name__)


def _dask() -> Any:
    """The ``dask`` package with ``dask.bag`` loaded, untyped: Dask's own annotations are partial."""
    import dask
    import dask.bag

    return dask


def _distributed() -> Any:
    import distributed

    return distributed


# --------------------------------------------------------------------------- planning (client side)


def plan_partitions(
    inputs: Iterable[Any] | str | os.PathLike[str],
    *,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    partition_pages: int = DEFAULT_PARTITION_PAGES,
    exclude: Iterable[str] = (),
) -> list[tuple[PartitionItem, ...]]:
    """Cut ``inputs`` (as for :func:`pressparse.parse_many`) into partitions without reading any
    page: consecutive page files (and in-memory pages) are grouped up to ``partition_pages``
    items or ``partition_bytes`` bytes (file sizes from ``stat``); each JSON Lines dump and WARC
    archive is a partition of its own; names that match nothing are error rows in their place.
    Read in order, the partitions give exactly the pages of ``iter_records(inputs)``.

    Examples:
        >>> parts = plan_partitions(["fixtures/docs/*.txt", ("inline.txt", "Agency Opens Office")],
        ...                         partition_pages=20)
        >>> [len(part) for part in parts]
        [20, 20, 13]
        >>> parts[0][0], parts[-1][-1].input_id
        ('fixtures/docs/congress-2002-03-lee-seguro-social-republicanos.txt', 'inline.txt')
    """
    if partition_bytes <= 0 or partition_pages <= 0:
        raise ValueError("partition_bytes and partition_pages must be positive")
    parts: list[tuple[PartitionItem, ...]] = []
    current: list[PartitionItem] = []
    size = 0
    for item in iter_input_files(inputs, exclude=exclude):
        if isinstance(item, str) and item.lower().endswith(JSONL_SUFFIXES + WARC_SUFFIXES):
            # A dump is split by file only: its line numbers (the input ids) are known only by reading it.
            if current:
                parts.append(tuple(current))
                current, size = [], 0
            parts.append((item,))
            continue
        if isinstance(item, str):
            try:
                weight = os.stat(item).st_size
            except OSError:  # the worker's read gives this page its error row
                weight = 0
        else:
            weight = len(item.data) if isinstance(item, InputRecord) else 0
        if current and (len(current) >= partition_pages or size + weight > partition_bytes):
            parts.append(tuple(current))
            current, size = [], 0
        current.append(item)
        size += weight
    if current:
        parts.append(tuple(current))
    return parts


# --------------------------------------------------------------------------- tasks (worker side)


@dataclass(frozen=True, slots=True)
class _TaskConfig:
    options: ParseOptions
    timeout: float | None
    memory_limit_mb: int | None
    isolation: Isolation
    jsonl_text_field: str | None
    jsonl_id_field: str | None
    parse_fn: ParseFn | str | None


def _config(options: ParseOptions | None, timeout: float | None, memory_limit_mb: int | None, isolation: str,
            jsonl_text_field: str | None, jsonl_id_field: str | None, parse_fn: ParseFn | str | None) -> _TaskConfig:
    if isolation not in ("process", "none"):
        raise ValueError(f"isolation must be 'process' or 'none', not {isolation!r}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive, not {timeout}")
    if memory_limit_mb is not None and memory_limit_mb <= 0:
        raise ValueError(f"memory_limit_mb must be positive, not {memory_limit_mb}")
    return _TaskConfig(options or ParseOptions(), timeout, memory_limit_mb, isolation,  # type: ignore[arg-type]
                       jsonl_text_field, jsonl_id_field, parse_fn)


def _may_start_processes() -> bool:
    """Whether this process may start child processes (multiprocessing refuses in a daemon)."""
    return not multiprocessing.current_process().daemon


def _read_partition(items: Sequence[PartitionItem], config: _TaskConfig) -> list[InputRecord | ErrorRow]:
    return list(iter_records(items, jsonl_text_field=config.jsonl_text_field, jsonl_id_field=config.jsonl_id_field,
                             max_bytes=config.options.max_bytes))


def _parse_partition(items: Iterable[PartitionItem], config: _TaskConfig) -> list[Result]:
    """One Dask task: read (where given paths) and parse a partition, one result per input."""
    if config.isolation == "process":
        if not _may_start_processes():
            raise RuntimeError(DAEMONIC_WORKERS)
        workers = 1
    else:
        from . import _warmup  # noqa: F401  # once per Dask worker process, not per page or partition

        workers = 0
    return list(_parse_many_here(items, workers=workers, options=config.options, timeout=config.timeout,
                                 memory_limit_mb=config.memory_limit_mb, jsonl_text_field=config.jsonl_text_field,
                                 jsonl_id_field=config.jsonl_id_field, _parse_fn=config.parse_fn))


# --------------------------------------------------------------------------- bags


def read_pages(
    inputs: Iterable[Any] | str | os.PathLike[str],
    *,
    jsonl_text_field: str | None = None,
    jsonl_id_field: str | None = None,
    options: ParseOptions | None = None,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    partition_pages: int = DEFAULT_PARTITION_PAGES,
    exclude: Iterable[str] = (),
) -> dask.bag.Bag:
    """A Dask bag of the pages ``inputs`` name: :class:`~pressparse.batch.InputRecord` values
    (``input_id``, ``source``, ``data`` bytes, ``metadata``) and an
    :class:`~pressparse.batch.ErrorRow` for each input that cannot be read, in input order.
    Partitions as :func:`plan_partitions`; each task reads its own files. A page file or WARC
    payload over ``options.max_bytes`` is a ``TooLargeError`` row, not read (as in
    :func:`pressparse.parse_many`).
    """
    dask_api = _dask()
    config = _config(options, None, None, "none", jsonl_text_field, jsonl_id_field, None)
    parts = plan_partitions(inputs, partition_bytes=partition_bytes, partition_pages=partition_pages,
                            exclude=exclude) or [()]
    read = dask_api.delayed(_read_partition, pure=False)
    return cast("dask.bag.Bag", dask_api.bag.from_delayed([read(part, config) for part in parts]))


def parse_bag(
    pages: dask.bag.Bag,
    *,
    options: ParseOptions | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
    isolation: Isolation = "process",
    _parse_fn: ParseFn | str | None = None,
) -> dask.bag.Bag:
    """Parse a bag of pages (from :func:`read_pages`, or of ``(source, bytes)`` pairs), one
    partition per task with the isolation of :func:`pressparse.parse_many`: a bag of
    :class:`~pressparse.PressRelease` and :class:`~pressparse.batch.ErrorRow`, in the pages' order.
    ``_parse_fn`` (tests only) is as for :func:`pressparse.parse_many`.
    """
    config = _config(options, timeout, memory_limit_mb, isolation, None, None, _parse_fn)
    # A partial, so Dask ships the config as one pickled value instead of traversing the dataclass.
    bag: Any = pages
    return cast("dask.bag.Bag", bag.map_partitions(functools.partial(_parse_partition, config=config)))


# --------------------------------------------------------------------------- writing partitions


class PartWritten(NamedTuple):
    """What one partition wrote: its release part file, its error part file and their row counts."""

    path: str
    errors_path: str
    records: int
    errors: int


_PART_FILE = re.compile(r"part-\d{5,9}\.(?:jsonl|parquet)")


def write_jsonl(results: dask.bag.Bag, folder: str | os.PathLike[str], *,
                errors_folder: str | os.PathLike[str] | None = None) -> list[PartWritten]:
    """Compute a bag of results (from :func:`parse_bag`) on the workers, each partition writing
    ``folder/part-NNNNN.jsonl`` (records as ``PressRelease.to_dict``) and
    ``errors_folder/part-NNNNN.jsonl`` (default ``folder.errors``; its error rows as
    ``ErrorRow.to_dict``). Part files appear whole (written under a temporary name, then renamed),
    so a retried task leaves no torn file; part files of an earlier run in these folders are removed
    first. The workers must see the folders (a shared filesystem). Returns one entry per partition.
    A plain Dask computation: a partition lost with ``KilledWorker`` fails it (with
    ``isolation="process"`` only a worker killed from outside, again and again, does that).
    """
    return _write(results, folder, errors_folder, "jsonl")


def write_parquet(results: dask.bag.Bag, folder: str | os.PathLike[str], *,
                  errors_folder: str | os.PathLike[str] | None = None) -> list[PartWritten]:
    """As :func:`write_jsonl`, but records as ``folder/part-NNNNN.parquet`` in the flat release table
    of :mod:`pressparse.writers` (read the folder whole with ``pandas.read_parquet(folder)``); error
    rows stay JSON Lines in ``errors_folder``. Needs pyarrow on the workers."""
    return _write(results, folder, errors_folder, "parquet")


def _write(results: dask.bag.Bag, folder: str | os.PathLike[str], errors_folder: str | os.PathLike[str] | None,
           fmt: str) -> list[PartWritten]:
    dask_api = _dask()
    bag: Any = results
    main = os.fspath(folder).rstrip("/")
    errors = os.fspath(errors_folder).rstrip("/") if errors_folder is not None else f"{main}.errors"
    for target in (main, errors):
        os.makedirs(target, exist_ok=True)
        for name in os.listdir(target):
            if _PART_FILE.fullmatch(name):
                os.remove(os.path.join(target, name))
    write = dask_api.delayed(_write_part, pure=False)
    tasks = [write(part, index, main, errors, fmt) for index, part in enumerate(bag.to_delayed())]
    return list(dask_api.compute(*tasks))


def _write_part(rows: Iterable[Result], index: int, folder: str, errors_folder: str, fmt: str) -> PartWritten:
    from .writers import ErrorWriter, JsonlWriter

    records = [row for row in rows if isinstance(row, PressRelease)]
    failures = [row for row in rows if isinstance(row, ErrorRow)]
    path = os.path.join(folder, f"part-{index:05d}.{fmt}")
    errors_path = os.path.join(errors_folder, f"part-{index:05d}.jsonl")
    # Hidden temporary names (pyarrow and the part-file pattern pass them over), renamed when complete.
    temporary = os.path.join(folder, f".part-{index:05d}.{fmt}.{uuid.uuid4().hex}.tmp")
    if fmt == "parquet":
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

        from .writers import RELEASE_COLUMNS, _arrow_schema, release_row

        table = pa.Table.from_pylist([release_row(rec) for rec in records], schema=_arrow_schema(RELEASE_COLUMNS))
        pq.write_table(table, temporary)
    else:
        out = JsonlWriter(temporary)
        for rec in records:
            out.write(rec)
        out.close()
    os.replace(temporary, path)
    errors_temporary = os.path.join(errors_folder, f".part-{index:05d}.jsonl.{uuid.uuid4().hex}.tmp")
    error_out = ErrorWriter(errors_temporary)
    for failure in failures:
        error_out.write_error(failure)
    error_out.close()
    os.replace(errors_temporary, errors_path)
    return PartWritten(path, errors_path, len(records), len(failures))


# --------------------------------------------------------------------------- clusters and the client API


def local_cluster(n_workers: int, **kwargs: Any) -> LocalCluster:
    """A ``distributed.LocalCluster`` of ``n_workers`` worker processes, one thread each, no
    dashboard, whose workers may start the sub-processes that isolate pages. This sets
    ``distributed.worker.daemon`` to false in this process's Dask configuration (the nanny reads
    it whenever it restarts a worker). Other keywords go to ``LocalCluster``."""
    if n_workers < 1:
        raise ValueError(f"n_workers must be at least 1, not {n_workers}")
    _dask().config.set({"distributed.worker.daemon": False})
    settings: dict[str, Any] = {"threads_per_worker": 1, "processes": True, "dashboard_address": None}
    settings.update(kwargs)
    return cast("LocalCluster", _distributed().LocalCluster(n_workers=n_workers, **settings))


@contextlib.contextmanager
def connect(scheduler: str | None = None, local_workers: int | None = None, *,
            timeout: float | None = None) -> Iterator[Client]:
    """A Dask client for a run: connected to the scheduler at ``scheduler`` (``tcp://host:port``;
    ``timeout`` seconds to connect, default ``distributed.comm.timeouts.connect``), or to a
    :func:`local_cluster` of ``local_workers`` workers started for the run and closed after."""
    client_class = _distributed().Client

    if (scheduler is None) == (local_workers is None):
        raise ValueError("pass either scheduler or local_workers")
    if scheduler is not None:
        wait = {} if timeout is None else {"timeout": timeout}
        with client_class(scheduler, set_as_default=False, **wait) as client:
            yield client
        return
    assert local_workers is not None
    with local_cluster(local_workers) as cluster, client_class(cluster, set_as_default=False) as client:
        yield client


def check_workers(client: Client) -> None:
    """Raise ``RuntimeError`` (:data:`DAEMONIC_WORKERS`) if a worker of ``client``'s cluster cannot
    start the sub-processes of ``isolation="process"``."""
    allowed = client.run(_may_start_processes)
    if not all(allowed.values()):
        raise RuntimeError(DAEMONIC_WORKERS)


def parse_many(
    inputs: Iterable[Any] | str | os.PathLike[str],
    *,
    client: Client | None = None,
    options: ParseOptions | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
    isolation: Isolation = "process",
    ordered: bool = True,
    jsonl_text_field: str | None = None,
    jsonl_id_field: str | None = None,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    partition_pages: int = DEFAULT_PARTITION_PAGES,
    exclude: Iterable[str] = (),
    _parse_fn: ParseFn | str | None = None,
) -> Iterator[Result]:
    """:func:`pressparse.parse_many` on a Dask cluster: the same results, one per input, in input
    order (``ordered=False``: partition by partition as they finish).

    ``client`` is a ``distributed.Client`` (default: the current one). The inputs are planned into
    partitions here (:func:`plan_partitions`), one task each; results come back partition by
    partition and are released on the cluster once yielded. A partition whose task keeps killing
    its Dask worker (Dask gives up with ``KilledWorker`` after ``distributed.scheduler.allowed-failures``
    retries) is parsed again here, in this process's own isolated worker sub-process, so every
    input still gets its row (a page that kills processes becomes a ``WorkerCrashed`` row).
    With ``isolation="process"`` the workers are checked first (see :data:`DAEMONIC_WORKERS`).
    """
    from distributed import get_client

    config = _config(options, timeout, memory_limit_mb, isolation, jsonl_text_field, jsonl_id_field, _parse_fn)
    if client is None:
        client = get_client()
    if isolation == "process":
        check_workers(client)
    parts = plan_partitions(inputs, partition_bytes=partition_bytes, partition_pages=partition_pages,
                            exclude=exclude)
    run = uuid.uuid4().hex[:12]
    futures = [client.submit(_parse_partition, part, config, key=f"pressparse-{run}-{index:06d}", pure=False)
               for index, part in enumerate(parts)]
    return _gather(client, futures, parts, config, ordered)


def _gather(client: Any, futures: list[Any], parts: list[tuple[PartitionItem, ...]], config: _TaskConfig,
            ordered: bool) -> Iterator[Result]:
    distributed = _distributed()
    position = {future.key: index for index, future in enumerate(futures)}
    try:
        finished: Iterable[Any] = futures if ordered else distributed.as_completed(futures, loop=client.loop)
        for future in finished:
            try:
                results: list[Result] = future.result()
            except distributed.KilledWorker as exc:
                index = position[future.key]
                _log.warning("pressparse: partition %d of %d was lost with its Dask workers (%s); parsing it again "
                             "here with process isolation", index, len(futures), exc)
                results = _parse_partition(parts[index], replace(config, isolation="process"))
            future.release()
            yield from results
    finally:
        # The consumer stopped early (or the run failed): do not leave the rest computing. The client
        # may be closed already (a generator abandoned after an interruption is closed later).
        with contextlib.suppress(Exception):
            client.cancel([future for future in futures if not future.done()])


__all__ = [
    "DAEMONIC_WORKERS",
    "DEFAULT_PARTITION_BYTES",
    "DEFAULT_PARTITION_PAGES",
    "Isolation",
    "PartWritten",
    "PartitionItem",
    "check_workers",
    "connect",
    "local_cluster",
    "parse_bag",
    "parse_many",
    "plan_partitions",
    "read_pages",
    "write_jsonl",
    "write_parquet",
]
