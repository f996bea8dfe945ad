"""Writers: JSON Lines, JSON array, CSV (+ long tables), Parquet parts, DataFrame, and resume."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import pressparse
from pressparse import ErrorRow, PressRelease
from pressparse.writers import (
    LONG_COLUMNS,
    RELEASE_COLUMNS,
    CsvWriter,
    ErrorWriter,
    JsonArrayWriter,
    JsonlWriter,
    ParquetWriter,
    done_ids,
    jsonl_ids,
    long_rows,
    release_row,
    to_dataframe,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
NAMES = [
    "immdef-2021-02-03-biden-action.txt",
    "wire-newsdirect-2024-07-peru-world-travel-awards.md",
    "congress-2022-10-garcia-guatemala-sofia-tot-ac.txt",
]


@pytest.fixture(scope="module")
def records() -> list[PressRelease]:
    return [pressparse.parse((FIXTURES / name).read_bytes(), source=f"https://example.org/{name}",
                             input_id=f"dump.jsonl#L{i + 1}", metadata={"title": name, "rank": i})
            for i, name in enumerate(NAMES)]


def test_release_row_is_flat_and_complete(records: list[PressRelease]) -> None:
    rec = records[0]
    row = release_row(rec)
    assert tuple(row) == RELEASE_COLUMNS
    assert all(v is None or isinstance(v, (str, int)) or hasattr(v, "isoformat") for v in row.values())
    assert row["input_id"] == "dump.jsonl#L1"
    assert row["contacts_count"] == len(rec.contacts)
    assert json.loads(row["metadata"]) == {"rank": 0, "title": NAMES[0]}
    assert row["text"] == rec.text
    for table, columns in LONG_COLUMNS.items():
        for long in long_rows(rec, table):
            assert tuple(long) == columns and long["input_id"] == rec.input_id
    with pytest.raises(ValueError):
        long_rows(rec, "lists")


def test_jsonl_round_trips_and_tolerates_a_torn_tail(tmp_path: Path, records: list[PressRelease]) -> None:
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out)
    for rec in records:
        writer.write(rec)
    writer.close()
    back = [PressRelease.from_dict(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == records
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"input_id": "torn", "tit')
    assert jsonl_ids(out) == {r.input_id for r in records}
    assert out.read_text(encoding="utf-8").endswith("}\n")


def test_json_array_is_valid_json(tmp_path: Path, records: list[PressRelease]) -> None:
    out = tmp_path / "out.json"
    writer = JsonArrayWriter(out)
    for rec in records:
        writer.write(rec)
    writer.close()
    assert [PressRelease.from_dict(d) for d in json.loads(out.read_text(encoding="utf-8"))] == records
    empty = tmp_path / "empty.json"
    JsonArrayWriter(empty).close()
    assert json.loads(empty.read_text()) == []


def test_error_writer(tmp_path: Path) -> None:
    out = tmp_path / "out.errors.jsonl"
    writer = ErrorWriter(out)
    row = ErrorRow("a.html", "a.html", "Timeout", "slow")
    writer.write_error(row)
    writer.close()
    assert [ErrorRow.from_dict(json.loads(x)) for x in out.read_text().splitlines()] == [row]
    assert jsonl_ids(out) == {"a.html"}


def test_csv_release_and_long_tables_and_resume(tmp_path: Path, records: list[PressRelease]) -> None:
    out = tmp_path / "out.csv"
    writer = CsvWriter(out, long_tables=("contacts", "demands", "quotes"))
    for rec in records[:2]:
        writer.write(rec)
    writer.close()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["input_id"] for r in rows] == ["dump.jsonl#L1", "dump.jsonl#L2"]
    assert rows[0]["text"] == records[0].text  # multi-line text survives quoting
    quotes = list(csv.DictReader((tmp_path / "out.quotes.csv").open(encoding="utf-8", newline="")))
    assert len(quotes) == sum(len(r.quotes) for r in records[:2])
    # An interruption mid-row: the torn row is cut off, long rows of releases not in the table dropped.
    with out.open("a", encoding="utf-8", newline="") as handle:
        handle.write('dump.jsonl#L3,https://example.org/x,text,"A title\nwith a line')
    with (tmp_path / "out.quotes.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["dump.jsonl#L3", 0, "text"] + [""] * 9)
    assert done_ids(out, "csv", long_tables=("contacts", "demands", "quotes")) == {"dump.jsonl#L1", "dump.jsonl#L2"}
    quotes = list(csv.DictReader((tmp_path / "out.quotes.csv").open(encoding="utf-8", newline="")))
    assert {q["input_id"] for q in quotes} <= {"dump.jsonl#L1", "dump.jsonl#L2"}
    writer = CsvWriter(out, append=True, long_tables=("quotes",))
    writer.write(records[2])
    writer.close()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["input_id"] for r in rows] == ["dump.jsonl#L1", "dump.jsonl#L2", "dump.jsonl#L3"]


def test_parquet_parts_dataframe_and_resume(tmp_path: Path, records: list[PressRelease]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    writer = ParquetWriter(out, rows_per_part=2, long_tables=("contacts", "quotes"))
    for rec in records:
        writer.write(rec)
    writer.close()
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    frame = pd.read_parquet(out)
    assert sorted(frame["input_id"]) == sorted(r.input_id for r in records)
    assert list(frame.columns) == list(RELEASE_COLUMNS)
    quotes = pd.read_parquet(tmp_path / "out.quotes.parquet")
    assert len(quotes) == sum(len(r.quotes) for r in records)
    (out / ".part-00002.parquet.tmp").write_bytes(b"torn")
    assert done_ids(out, "parquet", long_tables=("contacts", "quotes")) == {r.input_id for r in records}
    writer = ParquetWriter(out, append=True, rows_per_part=2)
    writer.write(records[0])
    writer.close()
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.parquet", "part-00001.parquet",
                                                     "part-00002.parquet"]


def test_to_dataframe(records: list[PressRelease]) -> None:
    pytest.importorskip("pandas")
    results = [*records, ErrorRow("bad.html", "bad.html", "InputError", "binary")]
    frame = to_dataframe(results)
    assert len(frame) == 3 and list(frame.columns) == list(RELEASE_COLUMNS)
    with_errors = to_dataframe(results, include_errors=True)
    assert len(with_errors) == 4 and with_errors["error_type"].tolist()[-1] == "InputError"
    contacts = to_dataframe(results, table="contacts")
    assert len(contacts) == sum(len(r.contacts) for r in records)
    with pytest.raises(ValueError):
        to_dataframe(results, table="nope")
