"""Writers: batch results to JSON Lines, a JSON array, CSV, Parquet, or a pandas DataFrame.

Every writer leaves what it has written readable after an interruption: JSON Lines and CSV write
each row in one piece and flush it; Parquet writes numbered part files under a hidden temporary
name and renames each into place only when complete. ``done_ids`` reads back which inputs an
output already holds (cutting off a torn last row first), so a run can resume.

The flat form (CSV, Parquet, DataFrame) has one row per release with the columns of
:data:`RELEASE_COLUMNS`: scalar fields as they are; ``dateline`` and ``page`` fields under
``dateline_*`` and ``page_*``; ``title_span`` as ``title_start``/``title_end``; lists as a count
(``contacts_count``...) plus, for contacts, their names, organisations, emails and phones (E.164
where known, else as printed) joined by ``" | "``; ``languages`` the section languages in order
joined by ``" | "``; ``warnings`` the warning codes joined by ``" | "``; ``metadata`` a JSON
object. The long tables (:data:`LONG_TABLES`) give one row per contact, demand and quote, keyed
by ``input_id`` and ``index`` (the item's position in the record's tuple).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

from .batch import ErrorRow, Result
from .records import PressRelease

if TYPE_CHECKING:
    import pandas

OutputFormat = Literal["jsonl", "json", "csv", "parquet"]
LongTable = Literal["contacts", "demands", "quotes"]

JOIN = " | "
"""Separator of list values joined into one flat cell."""

RELEASE_COLUMNS: tuple[str, ...] = (
    "input_id", "source", "format", "title", "title_start", "title_end",
    "release_date", "release_date_raw", "release_date_method", "updated_date", "updated_date_raw",
    "dateline_location", "dateline_date", "dateline_raw", "dateline_method",
    "page_url", "page_canonical_url", "page_site_name", "page_organization", "page_language", "page_wire_service",
    "languages", "contacts_count", "contact_names", "contact_organizations", "contact_emails", "contact_phones",
    "demands_count", "quotes_count", "lists_count", "chrome_count", "warnings", "metadata",
    "content_hash", "schema_version", "parser_version", "text",
)
"""Columns of the flat release table, in order."""

LONG_TABLES: tuple[LongTable, ...] = ("contacts", "demands", "quotes")
"""Long tables the CSV and Parquet writers can add beside the release table."""

LONG_COLUMNS: dict[str, tuple[str, ...]] = {
    "contacts": ("input_id", "index", "name", "organization", "role", "phones", "phones_raw", "emails", "raw",
                 "start", "end", "method"),
    "demands": ("input_id", "index", "number", "text", "kind", "language", "counterpart", "raw", "start", "end",
                "method"),
    "quotes": ("input_id", "index", "text", "attribution", "kind", "marked", "language", "counterpart", "raw",
               "start", "end", "method"),
}
"""Columns of each long table (list values joined by :data:`JOIN`)."""

ERROR_COLUMNS: tuple[str, ...] = ("input_id", "source", "error_type", "message")

_INT_COLUMNS = frozenset({"title_start", "title_end", "contacts_count", "demands_count", "quotes_count", "lists_count",
                          "chrome_count", "index", "counterpart", "start", "end"})
_DATE_COLUMNS = frozenset({"release_date", "updated_date", "dateline_date"})
_BOOL_COLUMNS = frozenset({"marked"})


def release_row(rec: PressRelease) -> dict[str, Any]:
    """One release in the flat form (see the module docs); dates stay ``datetime.date``."""
    dateline = rec.dateline
    page = rec.page
    return {
        "input_id": rec.input_id,
        "source": rec.source,
        "format": rec.format,
        "title": rec.title,
        "title_start": rec.title_span[0] if rec.title_span else None,
        "title_end": rec.title_span[1] if rec.title_span else None,
        "release_date": rec.release_date,
        "release_date_raw": rec.release_date_raw,
        "release_date_method": rec.release_date_method,
        "updated_date": rec.updated_date,
        "updated_date_raw": rec.updated_date_raw,
        "dateline_location": dateline.location if dateline else None,
        "dateline_date": dateline.date if dateline else None,
        "dateline_raw": dateline.raw if dateline else None,
        "dateline_method": dateline.method if dateline else None,
        "page_url": page.url,
        "page_canonical_url": page.canonical_url,
        "page_site_name": page.site_name,
        "page_organization": page.organization,
        "page_language": page.language,
        "page_wire_service": page.wire_service,
        "languages": _join(_dedupe_runs([s.language for s in rec.sections])),
        "contacts_count": len(rec.contacts),
        "contact_names": _join([c.name for c in rec.contacts if c.name]),
        "contact_organizations": _join([c.organization for c in rec.contacts if c.organization]),
        "contact_emails": _join([e for c in rec.contacts for e in c.emails]),
        "contact_phones": _join([p for c in rec.contacts for p in (c.phones or c.phones_raw)]),
        "demands_count": len(rec.demands),
        "quotes_count": len(rec.quotes),
        "lists_count": len(rec.lists),
        "chrome_count": len(rec.chrome),
        "warnings": _join([w.code for w in rec.warnings]),
        "metadata": json.dumps(dict(rec.metadata), ensure_ascii=False, sort_keys=True) if rec.metadata else None,
        "content_hash": rec.content_hash,
        "schema_version": rec.schema_version,
        "parser_version": rec.parser_version,
        "text": rec.text,
    }


def long_rows(rec: PressRelease, table: str) -> list[dict[str, Any]]:
    """The rows of one long table (``contacts``, ``demands`` or ``quotes``) for one release."""
    if table == "contacts":
        return [{"input_id": rec.input_id, "index": i, "name": c.name, "organization": c.organization,
                 "role": c.role, "phones": _join(c.phones), "phones_raw": _join(c.phones_raw),
                 "emails": _join(c.emails), "raw": c.raw, "start": c.span[0], "end": c.span[1], "method": c.method}
                for i, c in enumerate(rec.contacts)]
    if table == "demands":
        return [{"input_id": rec.input_id, "index": i, "number": d.number, "text": d.text, "kind": d.kind,
                 "language": d.language, "counterpart": d.counterpart, "raw": d.raw, "start": d.span[0],
                 "end": d.span[1], "method": d.method}
                for i, d in enumerate(rec.demands)]
    if table == "quotes":
        return [{"input_id": rec.input_id, "index": i, "text": q.text, "attribution": q.attribution, "kind": q.kind,
                 "marked": q.marked, "language": q.language, "counterpart": q.counterpart, "raw": q.raw,
                 "start": q.span[0], "end": q.span[1], "method": q.method}
                for i, q in enumerate(rec.quotes)]
    raise ValueError(f"unknown long table {table!r}; choose from {', '.join(LONG_TABLES)}")


def _join(values: Iterable[str]) -> str | None:
    items = [v for v in values if v]
    return JOIN.join(items) if items else None


def _dedupe_runs(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        if not out or out[-1] != value:
            out.append(value)
    return out


# --------------------------------------------------------------------------- writers


class Writer(Protocol):
    """What the CLI writes records through."""

    def write(self, rec: PressRelease) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """One JSON object per line (``PressRelease.to_dict``), each line written whole and flushed."""

    def __init__(self, target: str | os.PathLike[str] | IO[str], *, append: bool = False) -> None:
        self._own = not hasattr(target, "write")
        self._out: IO[str] = (open(target, "a" if append else "w", encoding="utf-8")  # type: ignore[arg-type]  # noqa: SIM115
                              if self._own else target)  # type: ignore[assignment]

    def write(self, rec: PressRelease) -> None:
        self.write_dict(rec.to_dict())

    def write_dict(self, data: dict[str, Any]) -> None:
        self._out.write(json.dumps(data, ensure_ascii=False) + "\n")
        self._out.flush()

    def close(self) -> None:
        if self._own:
            self._out.close()
        else:
            self._out.flush()


class ErrorWriter(JsonlWriter):
    """Error rows as JSON Lines (``ErrorRow.to_dict``)."""

    def write_error(self, row: ErrorRow) -> None:
        self.write_dict(row.to_dict())


class JsonArrayWriter:
    """One JSON array of records, written as it goes (valid JSON once closed; not resumable)."""

    def __init__(self, target: str | os.PathLike[str] | IO[str]) -> None:
        self._own = not hasattr(target, "write")
        self._out: IO[str] = (open(target, "w", encoding="utf-8")  # type: ignore[arg-type]  # noqa: SIM115
                              if self._own else target)  # type: ignore[assignment]
        self._count = 0
        self._out.write("[")

    def write(self, rec: PressRelease) -> None:
        text = json.dumps(rec.to_dict(), ensure_ascii=False, indent=2)
        self._out.write(("\n" if self._count == 0 else ",\n") + text)
        self._out.flush()
        self._count += 1

    def close(self) -> None:
        self._out.write("\n]\n" if self._count else "]\n")
        if self._own:
            self._out.close()
        else:
            self._out.flush()


def long_table_path(path: str | os.PathLike[str], table: str, suffix: str) -> str:
    """Where a long table goes beside the release table: ``out.csv`` -> ``out.contacts.csv``."""
    name = os.fspath(path)
    stem = name[: -len(suffix)] if name.lower().endswith(suffix) else name
    return f"{stem}.{table}{suffix}"


class _CsvTable:
    def __init__(self, path: str, columns: tuple[str, ...], *, append: bool) -> None:
        fresh = not append or not os.path.exists(path) or os.path.getsize(path) == 0
        self._out = open(path, "w" if fresh else "a", encoding="utf-8", newline="")  # noqa: SIM115
        self._columns = columns
        self._buffer = io.StringIO()
        self._csv = csv.DictWriter(self._buffer, fieldnames=columns, extrasaction="raise")
        if fresh:
            self._csv.writeheader()
            self._emit()

    def write(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self._csv.writerow({k: _csv_cell(v) for k, v in row.items()})
        self._emit()

    def _emit(self) -> None:
        # Whole rows in one write and flush, so an interruption leaves at most one torn last row.
        self._out.write(self._buffer.getvalue())
        self._out.flush()
        self._buffer.seek(0)
        self._buffer.truncate()

    def close(self) -> None:
        self._out.close()


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class CsvWriter:
    """The release table as CSV (UTF-8, header first), plus optional long tables beside it."""

    def __init__(self, path: str | os.PathLike[str], *, append: bool = False,
                 long_tables: Iterable[str] = ()) -> None:
        name = os.fspath(path)
        self._tables = {table: _CsvTable(long_table_path(name, table, ".csv"), LONG_COLUMNS[table], append=append)
                        for table in long_tables}
        self._main = _CsvTable(name, RELEASE_COLUMNS, append=append)

    def write(self, rec: PressRelease) -> None:
        # Long rows first: a release is done once its main row is in, and resume drops long rows
        # of releases that are not (see ``repair_long_tables``).
        for table, out in self._tables.items():
            out.write(long_rows(rec, table))
        self._main.write([release_row(rec)])

    def close(self) -> None:
        for out in self._tables.values():
            out.close()
        self._main.close()


def _arrow_schema(columns: tuple[str, ...]) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]

    fields = []
    for column in columns:
        if column in _INT_COLUMNS:
            kind = pa.int64()
        elif column in _DATE_COLUMNS:
            kind = pa.date32()
        elif column in _BOOL_COLUMNS:
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(column, kind))
    return pa.schema(fields)


_PART_NAME = re.compile(r"part-(\d{1,9})\.parquet")  # completed part files: part-00012.parquet


class _ParquetTable:
    def __init__(self, folder: str, columns: tuple[str, ...], rows_per_part: int, *, append: bool) -> None:
        import pyarrow  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401

        self._folder = folder
        self._columns = columns
        self._schema = _arrow_schema(columns)
        self._rows: list[dict[str, Any]] = []
        self._rows_per_part = rows_per_part
        os.makedirs(folder, exist_ok=True)
        existing = _part_files(folder)
        if existing and not append:
            for name in existing:
                os.remove(os.path.join(folder, name))
            existing = []
        for name in os.listdir(folder):  # torn part files of an interrupted run
            if name.startswith(".part-") and name.endswith(".tmp"):
                os.remove(os.path.join(folder, name))
        self._next = max((int(m.group(1)) for m in map(_PART_NAME.fullmatch, existing) if m), default=-1) + 1

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._rows.extend(rows)

    @property
    def full(self) -> bool:
        return len(self._rows) >= self._rows_per_part

    def flush(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

        table = pa.Table.from_pylist(self._rows, schema=self._schema)
        final = os.path.join(self._folder, f"part-{self._next:05d}.parquet")
        temporary = os.path.join(self._folder, f".part-{self._next:05d}.parquet.tmp")
        pq.write_table(table, temporary)
        os.replace(temporary, final)
        self._next += 1
        self._rows = []

    def close(self) -> None:
        self.flush()


def _part_files(folder: str) -> list[str]:
    try:
        return sorted(n for n in os.listdir(folder) if _PART_NAME.fullmatch(n))
    except OSError:
        return []


class ParquetWriter:
    """The release table as a folder of numbered Parquet part files (read it whole with
    ``pandas.read_parquet(folder)``); long tables in folders beside it (``out.contacts``...).
    Needs the ``parquet`` extra (pyarrow)."""

    def __init__(self, folder: str | os.PathLike[str], *, append: bool = False, long_tables: Iterable[str] = (),
                 rows_per_part: int = 2000) -> None:
        name = os.fspath(folder).rstrip("/")
        self._main = _ParquetTable(name, RELEASE_COLUMNS, rows_per_part, append=append)
        self._tables = {table: _ParquetTable(long_table_path(name, table, ".parquet"), LONG_COLUMNS[table],
                                             rows_per_part, append=append)
                        for table in long_tables}

    def write(self, rec: PressRelease) -> None:
        self._main.write([release_row(rec)])
        for table, out in self._tables.items():
            out.write(long_rows(rec, table))
        if self._main.full:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as part files: long tables first, since a release counts as
        done once its row is in a release part (resume drops long rows of releases that are not)."""
        for out in self._tables.values():
            out.flush()
        self._main.flush()

    def close(self) -> None:
        self.flush()


def open_writer(path: str | os.PathLike[str] | IO[str], fmt: OutputFormat, *, append: bool = False,
                long_tables: Iterable[str] = ()) -> Writer:
    """A writer for ``fmt`` writing to ``path`` (a stream for jsonl and json)."""
    if fmt == "jsonl":
        return JsonlWriter(path, append=append)
    if fmt == "json":
        if append:
            raise ValueError("a JSON array cannot be appended to; use jsonl to resume")
        return JsonArrayWriter(path)
    if isinstance(path, (str, os.PathLike)):
        if fmt == "csv":
            return CsvWriter(path, append=append, long_tables=long_tables)
        if fmt == "parquet":
            return ParquetWriter(path, append=append, long_tables=long_tables)
    raise ValueError(f"format {fmt} needs a file path")


# --------------------------------------------------------------------------- resume


def _truncate_torn_tail(path: str) -> None:
    """Cut a last line that has no newline (a row torn by an interruption)."""
    with open(path, "rb+") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        if size == 0:
            return
        step = 1 << 16
        end = size
        while end > 0:
            start = max(0, end - step)
            handle.seek(start)
            chunk = handle.read(end - start)
            if end == size and chunk.endswith(b"\n"):
                return
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                handle.truncate(start + cut + 1)
                return
            end = start
        handle.truncate(0)


def jsonl_ids(path: str | os.PathLike[str]) -> set[str]:
    """``input_id`` of every complete row of a JSON Lines output (records or error rows); a torn
    last line is cut off first."""
    name = os.fspath(path)
    if not os.path.exists(name):
        return set()
    _truncate_torn_tail(name)
    ids: set[str] = set()
    with open(name, "rb") as handle:
        for line in handle:
            try:
                value = json.loads(line).get("input_id")
            except (ValueError, AttributeError):
                continue
            if isinstance(value, str):
                ids.add(value)
    return ids


def _csv_complete_rows(path: str) -> tuple[list[str], list[list[str]], int]:
    """Header, complete rows, and the byte offset after the last complete row of a CSV file."""
    rows: list[list[str]] = []
    good_end = 0
    consumed = 0

    with open(path, "rb") as handle:
        def lines() -> Iterable[str]:
            nonlocal consumed
            for raw in handle:
                consumed += len(raw)
                if not raw.endswith(b"\n"):
                    return  # torn last line: never part of a complete row
                yield raw.decode("utf-8", "replace")

        reader = csv.reader(lines(), strict=True)
        header: list[str] = []
        try:
            for row in reader:
                if not header:
                    header = row
                    good_end = consumed
                    continue
                if len(row) != len(header):
                    break
                rows.append(row)
                good_end = consumed
        except csv.Error:
            pass
    return header, rows, good_end


def csv_ids(path: str | os.PathLike[str], *, long_tables: Iterable[str] = ()) -> set[str]:
    """``input_id`` of every complete row of a CSV release table; a torn last row is cut off, and
    long-table rows of releases that are not in the release table are dropped."""
    name = os.fspath(path)
    if not os.path.exists(name):
        return set()
    header, rows, good_end = _csv_complete_rows(name)
    with open(name, "rb+") as handle:
        handle.truncate(good_end)
    if "input_id" not in header:
        return set()
    column = header.index("input_id")
    ids = {row[column] for row in rows}
    for table in long_tables:
        _filter_csv(long_table_path(name, table, ".csv"), ids)
    return ids


def _filter_csv(path: str, keep: set[str]) -> None:
    if not os.path.exists(path):
        return
    header, rows, _ = _csv_complete_rows(path)
    if "input_id" not in header:
        return
    column = header.index("input_id")
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(row for row in rows if row[column] in keep)
    os.replace(temporary, path)


def parquet_ids(folder: str | os.PathLike[str], *, long_tables: Iterable[str] = ()) -> set[str]:
    """``input_id`` of every row in the complete part files of a Parquet output folder; parts of
    long tables written after the last release part (an interrupted close) are dropped."""
    import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

    name = os.fspath(folder).rstrip("/")
    ids: set[str] = set()
    for part in _part_files(name):
        column = pq.read_table(os.path.join(name, part), columns=["input_id"]).column("input_id")
        ids.update(v for v in column.to_pylist() if isinstance(v, str))
    for table in long_tables:
        _filter_parquet(long_table_path(name, table, ".parquet"), ids)
    return ids


def _filter_parquet(folder: str, keep: set[str]) -> None:
    import pyarrow.compute as pc  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

    for part in _part_files(folder):
        path = os.path.join(folder, part)
        table = pq.read_table(path)
        mask = pc.is_in(table.column("input_id"), value_set=_arrow_strings(sorted(keep)))
        if pc.all(mask).as_py() is not False:
            continue
        kept = table.filter(mask)
        temporary = os.path.join(folder, f".{part}.tmp")
        pq.write_table(kept, temporary)
        os.replace(temporary, path)


def _arrow_strings(values: list[str]) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return pa.array(values, type=pa.string())


def done_ids(path: str | os.PathLike[str], fmt: OutputFormat, *, long_tables: Iterable[str] = ()) -> set[str]:
    """Input ids an existing output already holds (after repairing a torn tail)."""
    readers: dict[str, Callable[[], set[str]]] = {
        "jsonl": lambda: jsonl_ids(path),
        "csv": lambda: csv_ids(path, long_tables=long_tables),
        "parquet": lambda: parquet_ids(path, long_tables=long_tables),
    }
    if fmt not in readers:
        raise ValueError(f"cannot resume a {fmt} output; use jsonl, csv or parquet")
    return readers[fmt]()


# --------------------------------------------------------------------------- pandas


def to_dataframe(
    results: Iterable[Result], *, table: str = "releases", include_errors: bool = False
) -> pandas.DataFrame:
    """A pandas DataFrame of results in the flat form: ``table="releases"`` (one row per release,
    :data:`RELEASE_COLUMNS`) or a long table (``contacts``, ``demands``, ``quotes``). With
    ``include_errors`` the release table also has a row per error, with ``error_type`` and
    ``error_message`` columns. Needs the ``pandas`` extra.

    Examples:
        >>> from pressparse.batch import parse_many
        >>> results = list(parse_many(["fixtures/docs/immdef-2021-02-03-biden-action.txt", "no/such/page.txt"],
        ...                           workers=0))
        >>> frame = to_dataframe(results, include_errors=True)
        >>> frame["input_id"].tolist()
        ['fixtures/docs/immdef-2021-02-03-biden-action.txt', 'no/such/page.txt']
        >>> frame.loc[1, "error_type"], list(frame.columns[:3])
        ('InputError', ['input_id', 'source', 'format'])
        >>> list(to_dataframe(results, table="contacts").columns[:3])
        ['input_id', 'index', 'name']
    """
    import pandas as pd

    if table != "releases" and table not in LONG_COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose releases, {', '.join(LONG_TABLES)}")
    rows: list[dict[str, Any]] = []
    for result in results:
        if isinstance(result, PressRelease):
            rows.extend([release_row(result)] if table == "releases" else long_rows(result, table))
        elif include_errors and table == "releases":
            rows.append({"input_id": result.input_id, "source": result.source, "error_type": result.error_type,
                         "error_message": result.message})
    columns = list(RELEASE_COLUMNS if table == "releases" else LONG_COLUMNS[table])
    if include_errors and table == "releases":
        columns += ["error_type", "error_message"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for column in columns:
        if column in _DATE_COLUMNS:
            frame[column] = pd.to_datetime(frame[column])
        elif column in _INT_COLUMNS:
            frame[column] = frame[column].astype("Int64")
    return frame


__all__ = [
    "ERROR_COLUMNS",
    "JOIN",
    "LONG_COLUMNS",
    "LONG_TABLES",
    "RELEASE_COLUMNS",
    "CsvWriter",
    "ErrorWriter",
    "JsonArrayWriter",
    "JsonlWriter",
    "ParquetWriter",
    "Writer",
    "done_ids",
    "long_rows",
    "long_table_path",
    "open_writer",
    "release_row",
    "to_dataframe",
]
