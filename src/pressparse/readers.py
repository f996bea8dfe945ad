"""Readers: turn files, folders, globs, JSON Lines dumps, WARC archives and stdin into pages.

Every reader is a lazy generator of :class:`InputRecord` (one page: ``input_id``, ``source``,
``data``, ``metadata``). What cannot be read becomes an :class:`ErrorRow` in the same stream, in
the same place, so a batch run gives exactly one row for every input it was shown.

Input ids are stable across runs (``--resume`` relies on them): a page file's id is its path as
reached from the argument (``folder/sub/page.html``), a JSON Lines line's id is ``file#L<n>``
(1-based line number) or the value of the chosen id field, a WARC record's is
``file#<WARC-Record-ID>``.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, Literal

from .batch import ErrorRow, InputRecord
from .records import JsonScalar

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".md", ".markdown", ".gz")
"""Files taken as pages when walking a folder (``.gz``: a compressed page)."""

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
"""Files read as JSON Lines dumps, one page per line."""

WARC_SUFFIXES = (".warc", ".warc.gz")
"""Files read as WARC archives."""

TEXT_FIELDS = ("text", "html", "content", "body", "raw_html", "markdown")
"""JSON Lines fields tried in order for the page when no text field is named."""

URL_FIELDS = ("url", "link", "uri", "source")
"""JSON Lines fields tried in order for the record's source (its URL)."""

PAGE_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown")
"""WARC payload content types taken as pages (responses of other types are not pages)."""

WarcEngine = Literal["auto", "fastwarc", "warcio"]

_GLOB_MAGIC = ("*", "?", "[")


def iter_records(
    inputs: Iterable[Any] | str | os.PathLike[str],
    *,
    jsonl_text_field: str | None = None,
    jsonl_id_field: str | None = None,
    max_bytes: int | None = None,
    exclude: Iterable[str] = (),
) -> Iterator[InputRecord | ErrorRow]:
    """Every page named by ``inputs`` (see :func:`pressparse.parse_many`), lazily, in order.
    Files in ``exclude`` (e.g. the run's own outputs) are passed over when walking folders.

    Examples:
        >>> inputs = [("inline.txt", "Agency Opens Office"), "fixtures/docs/immdef-2021-02-03-biden-action.txt",
        ...           "no/such/page.txt"]
        >>> for item in iter_records(inputs):
        ...     print(type(item).__name__, item.input_id)
        InputRecord inline.txt
        InputRecord fixtures/docs/immdef-2021-02-03-biden-action.txt
        ErrorRow no/such/page.txt
    """
    for item in iter_input_files(inputs, exclude=exclude):
        if isinstance(item, str):
            yield from _read_named_file(item, jsonl_text_field, jsonl_id_field, max_bytes)
        else:
            yield item


def iter_input_files(
    inputs: Iterable[Any] | str | os.PathLike[str], *, exclude: Iterable[str] = ()
) -> Iterator[str | InputRecord | ErrorRow]:
    """What :func:`iter_records` reads, in the same order, without reading any file: the path of
    each page file, JSON Lines dump and WARC archive (folders walked, globs expanded), in-memory
    pages as :class:`InputRecord` (stdin is read), and an :class:`ErrorRow` for a name that
    matches nothing. ``iter_records(paths)`` over the yielded paths gives the same pages, so a
    run can be split by file (``pressparse.dask`` plans its partitions this way).

    Examples:
        >>> [getattr(item, "error_type", item) for item in iter_input_files(["fixtures/docs/*biden-action.txt",
        ...                                                                  "no/such/page.txt"])]
        ['fixtures/docs/immdef-2021-02-03-biden-action.txt', 'InputError']
    """
    if isinstance(inputs, (str, os.PathLike, InputRecord, ErrorRow)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, (InputRecord, ErrorRow)):
            yield item
        elif isinstance(item, tuple) and len(item) == 2:
            source, data = item
            raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
            yield InputRecord(str(source), str(source), raw, {})
        elif isinstance(item, (str, os.PathLike)):
            yield from _path_files(os.fspath(item), exclude)
        else:
            raise TypeError(f"cannot read an input of type {type(item).__name__}; pass paths, (source, bytes) "
                            "pairs or InputRecord values")


def read_path(
    name: str,
    *,
    jsonl_text_field: str | None = None,
    jsonl_id_field: str | None = None,
    max_bytes: int | None = None,
    exclude: Iterable[str] = (),
) -> Iterator[InputRecord | ErrorRow]:
    """One command-line argument: ``-`` (stdin), a folder, a page file, a dump, or a glob."""
    for item in _path_files(name, exclude):
        if isinstance(item, str):
            yield from _read_named_file(item, jsonl_text_field, jsonl_id_field, max_bytes)
        else:
            yield item


def _path_files(name: str, exclude: Iterable[str]) -> Iterator[str | InputRecord | ErrorRow]:
    """The files one argument names (see :func:`read_path`), unread; stdin as its page."""
    if name == "-":
        yield read_stdin()
    elif os.path.isdir(name):
        yield from _folder_files(name, exclude)
    elif os.path.exists(name):
        yield name
    elif any(ch in name for ch in _GLOB_MAGIC):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield ErrorRow(name, name, "InputError", "no file matches this pattern")
        for match in matches:
            yield from _path_files(match, exclude)
    else:
        yield ErrorRow(name, name, "InputError", "no such file or folder")


def _read_named_file(name: str, text_field: str | None, id_field: str | None,
                     max_bytes: int | None) -> Iterator[InputRecord | ErrorRow]:
    lowered = name.lower()
    if lowered.endswith(JSONL_SUFFIXES):
        yield from read_jsonl(name, text_field=text_field, id_field=id_field)
    elif lowered.endswith(WARC_SUFFIXES):
        yield from read_warc(name, max_bytes=max_bytes)
    else:
        yield read_page_file(name, max_bytes=max_bytes)


def read_folder(
    folder: str | os.PathLike[str],
    *,
    jsonl_text_field: str | None = None,
    jsonl_id_field: str | None = None,
    max_bytes: int | None = None,
    exclude: Iterable[str] = (),
) -> Iterator[InputRecord | ErrorRow]:
    """Pages under a folder tree, in sorted path order: page files by extension (see
    :data:`PAGE_SUFFIXES`), and the records of JSON Lines dumps and WARC archives found there.
    Hidden files and folders (names starting with a dot), and files in ``exclude`` (compared by
    absolute path), are passed over.

    Examples:
        >>> import os, tempfile
        >>> tmp = tempfile.TemporaryDirectory()
        >>> for name in ["b.txt", "a.html", "notes.json", ".hidden.txt", os.path.join("sub", "c.md")]:
        ...     os.makedirs(os.path.dirname(os.path.join(tmp.name, name)), exist_ok=True)
        ...     with open(os.path.join(tmp.name, name), "w", encoding="utf-8") as handle:
        ...         _ = handle.write("Agency Opens Office")
        >>> [os.path.relpath(item.input_id, tmp.name) for item in read_folder(tmp.name)]
        ['a.html', 'b.txt', 'sub/c.md']
        >>> tmp.cleanup()
    """
    for item in _folder_files(os.fspath(folder), exclude):
        if isinstance(item, str):
            yield from _read_named_file(item, jsonl_text_field, jsonl_id_field, max_bytes)
        else:
            yield item


def _folder_files(top: str, exclude: Iterable[str]) -> Iterator[str | ErrorRow]:
    """The files :func:`read_folder` reads, in its order, unread; folders that cannot be listed as error rows."""
    excluded = {os.path.abspath(p) for p in exclude}
    failures: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=failures.append):
        while failures:
            failed = failures.pop(0)
            where = failed.filename if isinstance(failed.filename, str) else root
            yield ErrorRow(where, where, "InputError", f"cannot list folder: {failed.strerror or failed}")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            lowered = name.lower()
            if name.startswith(".") or not lowered.endswith(PAGE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES):
                continue
            path = os.path.join(root, name)
            if excluded and os.path.abspath(path) in excluded:
                continue
            yield path
    for failed in failures:
        where = failed.filename if isinstance(failed.filename, str) else top
        yield ErrorRow(where, where, "InputError", f"cannot list folder: {failed.strerror or failed}")


def read_page_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> InputRecord | ErrorRow:
    """One page file (read whole; a file over ``max_bytes`` is an error row, not read)."""
    name = os.fspath(path)
    try:
        if max_bytes is not None:
            size = os.stat(name).st_size
            if size > max_bytes:
                return ErrorRow(name, name, "TooLargeError",
                                f"file is {size:,} bytes, over the limit of {max_bytes:,} (max_bytes)")
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return ErrorRow(name, name, "InputError", f"cannot read file: {exc.strerror or exc}")
    return InputRecord(name, name, data, {})


def read_stdin() -> InputRecord:
    """Standard input as one page, with id and source ``-``."""
    return InputRecord("-", "-", sys.stdin.buffer.read(), {})


def read_jsonl(
    path: str | os.PathLike[str],
    *,
    text_field: str | None = None,
    id_field: str | None = None,
) -> Iterator[InputRecord | ErrorRow]:
    """Pages from a JSON Lines dump (``.gz`` compressed or not), one JSON object per line.

    The page is ``text_field`` (default: the first of :data:`TEXT_FIELDS` present); the id is
    ``id_field``'s value where named and present, else ``path#L<n>``; the source is the first of
    :data:`URL_FIELDS` present, else the id. Every other field becomes record metadata (objects
    and lists as their JSON text). Blank lines are passed over; a line that is not a JSON object
    with a text field is an error row.

    Examples:
        >>> import os, tempfile
        >>> tmp = tempfile.TemporaryDirectory()
        >>> path = os.path.join(tmp.name, "dump.jsonl")
        >>> with open(path, "w", encoding="utf-8") as handle:
        ...     _ = handle.write('{"url": "https://example.org/1", "text": "Agency Opens Office", "lang": "en"}\\n'
        ...                      '\\n'
        ...                      'not JSON\\n')
        >>> first, second = read_jsonl(path)
        >>> first.input_id == path + "#L1", first.source, first.data, dict(first.metadata)
        (True, 'https://example.org/1', b'Agency Opens Office', {'url': 'https://example.org/1', 'lang': 'en'})
        >>> second.input_id == path + "#L3", second.error_type
        (True, 'InputError')
        >>> tmp.cleanup()
    """
    name = os.fspath(path)
    try:
        handle = _open_binary(name)
    except OSError as exc:
        yield ErrorRow(name, name, "InputError", f"cannot read file: {exc.strerror or exc}")
        return
    number = 0
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield _jsonl_record(name, number, line, text_field, id_field)
        except (OSError, EOFError, ValueError) as exc:  # a truncated or corrupt .gz
            where = f"{name}#L{number + 1}"
            yield ErrorRow(where, where, "InputError", f"file cannot be read past line {number}: {exc}")


def _open_binary(name: str) -> IO[bytes]:
    if name.lower().endswith(".gz"):
        return gzip.open(name, "rb")  # type: ignore[return-value]
    return open(name, "rb")  # the caller closes it


def _jsonl_record(name: str, number: int, line: bytes, text_field: str | None,
                  id_field: str | None) -> InputRecord | ErrorRow:
    line_id = f"{name}#L{number}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return ErrorRow(line_id, line_id, "InputError", f"line {number} is not valid JSON: {exc}"[:500])
    if not isinstance(obj, dict):
        return ErrorRow(line_id, line_id, "InputError", f"line {number} is not a JSON object")
    input_id = line_id
    if id_field is not None and obj.get(id_field) not in (None, ""):
        input_id = str(obj[id_field])
    source = next((obj[f] for f in URL_FIELDS if isinstance(obj.get(f), str) and obj[f]), input_id)
    fields = (text_field,) if text_field is not None else TEXT_FIELDS
    used = next((f for f in fields if isinstance(obj.get(f), str)), None)
    if used is None:
        wanted = text_field or " or ".join(TEXT_FIELDS)
        return ErrorRow(input_id, source, "InputError", f"line {number} has no string field {wanted}")
    metadata: dict[str, JsonScalar] = {}
    for key, value in obj.items():
        if key == used:
            continue
        if value is None or isinstance(value, (str, int, float, bool)):
            metadata[str(key)] = value
        else:
            metadata[str(key)] = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return InputRecord(input_id, source, obj[used].encode("utf-8", "surrogatepass"), metadata)


# --------------------------------------------------------------------------- WARC


def warc_engine(engine: WarcEngine = "auto") -> str:
    """The WARC library to use: FastWARC where installed (measured faster), else warcio."""
    if engine != "auto":
        return engine
    for name in ("fastwarc", "warcio"):
        try:
            __import__(name)
        except ImportError:
            continue
        return name
    raise ImportError("reading WARC files needs FastWARC or warcio: pip install 'pressparse[warc]'")


def read_warc(
    path: str | os.PathLike[str], *, engine: WarcEngine = "auto", max_bytes: int | None = None
) -> Iterator[InputRecord | ErrorRow]:
    """Pages from a WARC or WARC.gz file: ``response`` (HTTP 2xx) and ``resource`` records whose
    content type is a page (see :data:`PAGE_CONTENT_TYPES`); other records are not pages and are
    passed over. Transfer and content encodings are undone, reading no more than ``max_bytes``
    of a payload (a larger one is an error row). A corrupt archive ends with an error row.

    Examples:
        >>> import io, os, tempfile
        >>> from warcio.statusandheaders import StatusAndHeaders
        >>> from warcio.warcwriter import WARCWriter
        >>> tmp = tempfile.TemporaryDirectory()
        >>> path = os.path.join(tmp.name, "crawl.warc.gz")
        >>> with open(path, "wb") as handle:
        ...     writer = WARCWriter(handle, gzip=True)
        ...     pages = [("https://example.org/news/1", "text/html"), ("https://example.org/logo.png", "image/png")]
        ...     for url, ctype in pages:
        ...         http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        ...         writer.write_record(writer.create_warc_record(
        ...             url, "response", payload=io.BytesIO(b"<h1>Agency Opens Office</h1>"), http_headers=http))
        >>> [(page.source, page.data, page.metadata["http_status"]) for page in read_warc(path)]
        [('https://example.org/news/1', b'<h1>Agency Opens Office</h1>', 200)]
        >>> tmp.cleanup()
    """
    name = os.fspath(path)
    try:
        chosen = warc_engine(engine)
    except ImportError as exc:
        yield ErrorRow(name, name, "InputError", str(exc))
        return
    limit = max_bytes if max_bytes is not None else 1 << 62
    records = _fastwarc_records(name, limit) if chosen == "fastwarc" else _warcio_records(name, limit)
    count = 0
    try:
        for record_id, uri, content_type, status, date, data, declared in records:
            count += 1
            if status is not None and not 200 <= status < 300:
                continue
            if content_type and not content_type.split(";")[0].strip().lower().startswith(PAGE_CONTENT_TYPES):
                continue
            input_id = f"{name}#{record_id}"
            if len(data) > limit:
                yield ErrorRow(input_id, uri or input_id, "TooLargeError",
                               f"payload is over the limit of {limit:,} bytes (max_bytes)")
                continue
            if declared is not None and len(data) < declared:  # a crawl cut off mid-record
                yield ErrorRow(input_id, uri or input_id, "InputError",
                               f"record is truncated: {len(data):,} of {declared:,} bytes")
                continue
            metadata: dict[str, JsonScalar] = {"warc_record_id": record_id, "warc_target_uri": uri,
                                               "warc_date": date, "content_type": content_type}
            if status is not None:
                metadata["http_status"] = status
            yield InputRecord(input_id, uri or input_id, data, metadata)
    except Exception as exc:  # each library has its own errors for a corrupt archive (warcio: ArchiveLoadFailed)
        where = f"{name}#error-after-{count}"
        yield ErrorRow(where, name, "InputError", f"WARC file is corrupt after {count} records: {exc}"[:500])
        return
    if count == 0:  # not a WARC file at all, or an empty one: say so rather than yield nothing
        yield ErrorRow(name, name, "InputError", "no response or resource records found in this WARC file")


# record id, target URI, content type, HTTP status, WARC date, payload, and the payload length the
# headers declare where it can be checked (no transfer or content encoding), else None.
WarcTuple = tuple[str, str | None, str | None, int | None, str | None, bytes, int | None]


def _declared_length(length: str | None, *encodings: str | None) -> int | None:
    if any(encodings) or not length or not length.strip().isdigit():
        return None
    return int(length.strip())


def _fastwarc_records(name: str, limit: int) -> Iterator[WarcTuple]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    wanted = WarcRecordType.response | WarcRecordType.resource
    with open(name, "rb") as handle:
        for record in ArchiveIterator(handle, record_types=wanted, parse_http=False):
            status: int | None = None
            content_type: str | None = record.headers.get("Content-Type")
            declared = _declared_length(record.headers.get("Content-Length"))
            if record.record_type == WarcRecordType.response:
                record.parse_http(auto_decode="all")
                http = record.http_headers
                if http is None:
                    continue
                status = http.status_code
                content_type = record.http_content_type
                declared = _declared_length(http.get("Content-Length"), http.get("Content-Encoding"),
                                            http.get("Transfer-Encoding"))
            yield (str(record.record_id), record.headers.get("WARC-Target-URI"), content_type, status,
                   record.headers.get("WARC-Date"), _read_bounded(record.reader, limit), declared)


def _warcio_records(name: str, limit: int) -> Iterator[WarcTuple]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with open(name, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.rec_headers
            status: int | None = None
            content_type = headers.get_header("Content-Type")
            declared = _declared_length(headers.get_header("Content-Length"))
            if record.rec_type == "response":
                http = record.http_headers
                if http is None:
                    continue
                status = int(http.get_statuscode() or 0)
                content_type = http.get_header("Content-Type")
                declared = _declared_length(http.get_header("Content-Length"), http.get_header("Content-Encoding"),
                                            http.get_header("Transfer-Encoding"))
            yield (str(headers.get_header("WARC-Record-ID")), headers.get_header("WARC-Target-URI"), content_type,
                   status, headers.get_header("WARC-Date"), _read_bounded(record.content_stream(), limit), declared)


def _read_bounded(stream: Any, limit: int) -> bytes:
    """At most ``limit + 1`` bytes, read in steps (a library may allocate the whole size asked for)."""
    parts: list[bytes] = []
    size = 0
    step = 1 << 16
    while size <= limit:
        part = stream.read(min(step, limit + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
        step = min(step * 2, 1 << 24)  # few calls for big payloads, small buffers for small ones
    return b"".join(parts)


# --------------------------------------------------------------------------- counting (progress bars)


def count_inputs(names: Iterable[str]) -> int | None:
    """How many pages the arguments name, where that is cheap to tell (files, folders, JSON Lines
    lines); None when a WARC archive or stdin is among them."""
    total = 0
    for name in names:
        if name == "-":
            return None
        if os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for file in files:
                    counted = _count_file(os.path.join(root, file), in_folder=True)
                    if counted is None:
                        return None
                    total += counted
        elif os.path.exists(name):
            counted = _count_file(name, in_folder=False)
            if counted is None:
                return None
            total += counted
        elif any(ch in name for ch in _GLOB_MAGIC):
            matches = glob.glob(name, recursive=True)
            sub = count_inputs(matches) if matches else 1
            if sub is None:
                return None
            total += sub
        else:
            total += 1
    return total


def _count_file(path: str, *, in_folder: bool) -> int | None:
    lowered = path.lower()
    if lowered.endswith(WARC_SUFFIXES):
        return None
    if lowered.endswith(JSONL_SUFFIXES):
        return _count_lines(path)
    if in_folder and (os.path.basename(path).startswith(".") or not lowered.endswith(PAGE_SUFFIXES)):
        return 0
    return 1


def _count_lines(path: str) -> int:
    count = 0
    try:
        opener = gzip.open if path.lower().endswith(".gz") else open
        with opener(path, "rb") as handle:
            assert isinstance(handle, io.IOBase)
            for line in handle:
                if line.strip():
                    count += 1
    except (OSError, EOFError, ValueError):
        count += 1
    return count


__all__ = [
    "JSONL_SUFFIXES",
    "PAGE_SUFFIXES",
    "TEXT_FIELDS",
    "URL_FIELDS",
    "WARC_SUFFIXES",
    "count_inputs",
    "iter_input_files",
    "iter_records",
    "read_folder",
    "read_jsonl",
    "read_page_file",
    "read_path",
    "read_stdin",
    "read_warc",
    "warc_engine",
]
