"""parse_many: one row per input, input order, isolation of pages that hang, hog memory or crash."""

from __future__ import annotations

import gzip
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressparse
from batch_support import ALLOCATE, EXIT, RAISE, SLEEP
from pressparse import ErrorRow, InputRecord, PressRelease, parse_many
from pressparse.batch import result_counts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
HOOK = "batch_support:misbehaving_parse"
# Small real pages of each format keep the pool tests quick.
PAGES = [
    "congress-2022-10-garcia-guatemala-sofia-tot-ac.txt",
    "congress-2011-09-lee-hispanic-heritage-month-statement.txt",
    "wire-newsdirect-2024-07-peru-world-travel-awards.md",
    "immdef-2021-02-03-biden-action.txt",
    "europarl-2022-10-car-recharging-stations.html",
]


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def messy_folder(tmp_path: Path) -> Path:
    """A folder of real pages plus a corrupt, an empty, a binary and a non-release page."""
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for name in PAGES[:3]:
        shutil.copy(FIXTURES / name, folder / name)
    shutil.copy(FIXTURES / PAGES[3], folder / "sub" / PAGES[3])
    (folder / "zz-corrupt.html.gz").write_bytes(gzip.compress(b"<html>" * 100)[:40])
    (folder / "zz-empty.txt").write_bytes(b"")
    (folder / "zz-binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "zz-not-a-release.html").write_bytes(
        b"<html><head><title>Cookie settings</title></head><body><p>Accept all cookies</p></body></html>")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a page extension, passed over")
    return folder


def test_every_input_gives_exactly_one_row_in_order(messy_folder: Path) -> None:
    inputs: list[object] = [messy_folder, ("raise.txt", RAISE + b" page"), ("pair.txt", _page(PAGES[4]))]
    results = list(parse_many(inputs, workers=2, _parse_fn=HOOK))  # type: ignore[arg-type]
    ids = [r.input_id for r in results]
    expected_files = sorted(str(p) for p in messy_folder.rglob("*") if p.is_file() and p.suffix != ".pdf")
    assert sorted(ids[:-2]) == expected_files
    assert ids[-2:] == ["raise.txt", "pair.txt"]
    by_id = {r.input_id: r for r in results}
    assert len(by_id) == len(results)
    errors = {Path(r.input_id).name: r.error_type for r in results if isinstance(r, ErrorRow)}
    assert errors["zz-binary.html"] == "InputError"
    assert errors["raise.txt"] == "RuntimeError"
    for name in ("zz-empty.txt", "zz-not-a-release.html", "zz-corrupt.html.gz"):
        result = by_id[str(messy_folder / name)]
        assert isinstance(result, ErrorRow) or result.warnings, result
    real = [r for r in results if isinstance(r, PressRelease) and r.input_id.endswith(tuple(PAGES))]
    assert len(real) == 4
    assert isinstance(by_id["pair.txt"], PressRelease)


def test_records_match_single_parse_and_carry_ids_and_metadata() -> None:
    data = _page(PAGES[0])
    record = InputRecord("dump.jsonl#L7", "https://example.org/a", data, {"title": "T", "n": 3})
    [result] = list(parse_many([record], workers=1))
    assert isinstance(result, PressRelease)
    single = pressparse.parse(data, source="https://example.org/a", input_id="dump.jsonl#L7",
                              metadata={"title": "T", "n": 3})
    assert result == single
    assert result.input_id == "dump.jsonl#L7"
    assert dict(result.metadata) == {"n": 3, "title": "T"}
    assert result.content_hash.startswith("sha256:")


def test_hang_and_crash_give_rows_for_those_pages_alone() -> None:
    good = [(f"good-{i}.txt", _page(PAGES[i % 3])) for i in range(6)]
    inputs = [good[0], ("sleep.txt", SLEEP), good[1], ("exit.txt", EXIT), good[2], ("exit2.txt", EXIT), *good[3:]]
    started = time.monotonic()
    results = list(parse_many(inputs, workers=2, timeout=2.0, _parse_fn=HOOK))
    assert time.monotonic() - started < 30
    assert [r.input_id for r in results] == [name for name, _ in inputs]
    kinds = {r.input_id: (r.error_type if isinstance(r, ErrorRow) else "record") for r in results}
    assert kinds.pop("sleep.txt") == "Timeout"
    assert kinds.pop("exit.txt") == "WorkerCrashed"
    assert kinds.pop("exit2.txt") == "WorkerCrashed"
    assert set(kinds.values()) == {"record"}
    crash = next(r for r in results if r.input_id == "exit.txt")
    assert isinstance(crash, ErrorRow) and "exited with code 7" in crash.message


def test_unbounded_allocation_is_a_memory_error_row() -> None:
    inputs = [("a.txt", _page(PAGES[0])), ("hog.txt", ALLOCATE), ("b.txt", _page(PAGES[1]))]
    results = list(parse_many(inputs, workers=1, timeout=30, memory_limit_mb=768, _parse_fn=HOOK))
    assert [r.input_id for r in results] == ["a.txt", "hog.txt", "b.txt"]
    hog = results[1]
    assert isinstance(hog, ErrorRow) and hog.error_type in ("MemoryError", "WorkerCrashed"), hog
    assert isinstance(results[0], PressRelease) and isinstance(results[2], PressRelease)


def test_unordered_yields_slow_page_last() -> None:
    inputs = [("sleep.txt", SLEEP), *[(f"p{i}.txt", _page(PAGES[i % 3])) for i in range(4)]]
    results = list(parse_many(inputs, workers=2, timeout=2.0, ordered=False, _parse_fn=HOOK))
    assert sorted(r.input_id for r in results) == sorted(name for name, _ in inputs)
    assert results[-1].input_id == "sleep.txt"


def test_reorder_buffer_is_bounded_while_a_page_hangs() -> None:
    pulled = 0

    def inputs() -> Iterator[tuple[str, bytes]]:
        nonlocal pulled
        pulled += 1
        yield "sleep.txt", SLEEP
        for i in range(40):
            pulled += 1
            yield f"p{i}.txt", b"WASHINGTON - The agency said so today."

    seen = 0
    for _ in parse_many(inputs(), workers=2, timeout=1.0, max_pending=8, _parse_fn=HOOK):
        assert pulled - seen <= 8 + 1  # the generator counts one item ahead of what the pool took
        seen += 1
    assert seen == 41


def test_no_timeout_and_no_inputs() -> None:
    assert list(parse_many([], workers=2)) == []
    [result] = list(parse_many([("a.txt", _page(PAGES[0]))], workers=1, timeout=None, memory_limit_mb=None))
    assert isinstance(result, PressRelease)


def test_inline_mode_turns_exceptions_into_rows() -> None:
    inputs = [("raise.txt", RAISE), ("ok.txt", _page(PAGES[0])), ("pdf", b"%PDF-1.7 ...")]
    results = list(parse_many(inputs, workers=0, _parse_fn=HOOK))
    assert result_counts(results) == {"RuntimeError": 1, "records": 1, "InputError": 1}
    assert [r.input_id for r in results] == ["raise.txt", "ok.txt", "pdf"]


def test_stopping_early_shuts_the_pool_down() -> None:
    inputs = [(f"p{i}.txt", _page(PAGES[i % 3])) for i in range(10)]
    results = parse_many(inputs, workers=2)
    first = next(results)
    assert first.input_id == "p0.txt"
    results.close()  # type: ignore[attr-defined]


def test_reader_errors_pass_through_in_place(tmp_path: Path) -> None:
    results = list(parse_many([str(tmp_path / "missing.html"), ("ok.txt", _page(PAGES[0]))], workers=1))
    assert isinstance(results[0], ErrorRow) and results[0].error_type == "InputError"
    assert isinstance(results[1], PressRelease)


@pytest.mark.parametrize(
    "bad", [{"workers": -1}, {"timeout": 0}, {"memory_limit_mb": 0}, {"workers": 4, "max_pending": 2}])
def test_bad_arguments_are_rejected(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        parse_many([], **bad)  # type: ignore[arg-type]


def test_error_row_round_trips() -> None:
    row = ErrorRow("a.warc.gz#<urn:uuid:1>", "https://example.org/", "Timeout", "took too long")
    assert ErrorRow.from_dict(row.to_dict()) == row
    with pytest.raises(TypeError):
        ErrorRow.from_dict({"input_id": 3, "error_type": "x", "message": "m"})
