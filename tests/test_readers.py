"""Readers: folders, globs, JSON Lines dumps, WARC archives and stdin, lazily, with stable ids."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from batch_support import warc_record, write_warc
from pressparse import ErrorRow, InputRecord
from pressparse.readers import count_inputs, iter_records, read_folder, read_jsonl, read_path, read_warc

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
TXT = FIXTURES / "immdef-2021-02-03-biden-action.txt"
MD = FIXTURES / "wire-newsdirect-2024-07-peru-world-travel-awards.md"
HTML = FIXTURES / "europarl-2022-10-car-recharging-stations.html"


def test_folder_walk_is_sorted_filtered_and_recursive(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    shutil.copy(TXT, tmp_path / "b" / "z.txt")
    shutil.copy(MD, tmp_path / "a.md")
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(HTML.read_bytes()))
    shutil.copy(TXT, tmp_path / ".hidden" / "x.txt")
    shutil.copy(TXT, tmp_path / ".dotfile.txt")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "page.expected.json").write_text("{}")
    records = list(read_folder(tmp_path))
    assert [r.input_id for r in records] == [str(tmp_path / "a.md"), str(tmp_path / "c.html.gz"),
                                             str(tmp_path / "b" / "z.txt")]
    assert all(isinstance(r, InputRecord) and r.source == r.input_id for r in records)
    assert records[0].data == MD.read_bytes()  # type: ignore[union-attr]
    assert count_inputs([str(tmp_path)]) == 3


def test_folder_reads_dumps_found_inside(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(json.dumps({"url": "https://x.org/1", "text": "Hello"}) + "\n")
    write_warc(tmp_path / "crawl.warc.gz", [warc_record("https://x.org/2", "r2", HTML.read_bytes())])
    ids = [r.input_id for r in read_folder(tmp_path)]
    assert ids == [f"{tmp_path / 'crawl.warc.gz'}#<urn:uuid:r2>", f"{tmp_path / 'dump.jsonl'}#L1"]


def test_globs_missing_paths_and_pairs(tmp_path: Path) -> None:
    shutil.copy(TXT, tmp_path / "one.txt")
    shutil.copy(MD, tmp_path / "two.md")
    records = list(iter_records([str(tmp_path / "*.txt"), str(tmp_path / "nope.html"), str(tmp_path / "*.xyz"),
                                 ("mem", "text page")]))
    assert [r.input_id for r in records] == [str(tmp_path / "one.txt"), str(tmp_path / "nope.html"),
                                             str(tmp_path / "*.xyz"), "mem"]
    assert [type(r).__name__ for r in records] == ["InputRecord", "ErrorRow", "ErrorRow", "InputRecord"]
    assert records[3].data == b"text page"  # type: ignore[union-attr]
    with pytest.raises(TypeError):
        list(iter_records([3.5]))  # type: ignore[list-item]


def test_a_named_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    [row] = list(read_path(str(big), max_bytes=1000))
    assert isinstance(row, ErrorRow) and row.error_type == "TooLargeError"


def test_stdin_is_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TXT.read_bytes())))
    [record] = list(iter_records(["-"]))
    assert isinstance(record, InputRecord)
    assert (record.input_id, record.source, record.data) == ("-", "-", TXT.read_bytes())


def _dump(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_scraper_dump(tmp_path: Path) -> None:
    page = TXT.read_text(encoding="utf-8")
    dump = _dump(tmp_path / "dump.jsonl", [
        json.dumps({"url": "https://example.org/a", "title": "T", "date": "2021-02-03", "text": page}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"url": "https://example.org/b", "body_html": "<p>x</p>"}),
        json.dumps({"url": "https://example.org/c", "text": "Short", "tags": ["a", "b"], "n": 2}),
    ])
    rows = list(read_jsonl(dump))
    assert [r.input_id for r in rows] == [f"{dump}#L{n}" for n in (1, 3, 4, 5, 6)]
    first, bad_json, not_object, no_text, last = rows
    assert isinstance(first, InputRecord)
    assert first.source == "https://example.org/a"
    assert first.data == page.encode("utf-8")
    assert dict(first.metadata) == {"url": "https://example.org/a", "title": "T", "date": "2021-02-03"}
    assert isinstance(bad_json, ErrorRow) and "not valid JSON" in bad_json.message
    assert isinstance(not_object, ErrorRow) and "not a JSON object" in not_object.message
    assert isinstance(no_text, ErrorRow) and no_text.source == "https://example.org/b"
    assert isinstance(last, InputRecord) and last.metadata["tags"] == '["a", "b"]' and last.metadata["n"] == 2


def test_jsonl_text_and_id_fields(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "dump.jsonl", [
        json.dumps({"id": "rel-1", "link": "https://example.org/1", "body_html": "<p>One</p>", "text": "summary"}),
        json.dumps({"link": "https://example.org/2", "body_html": "<p>Two</p>"}),
    ])
    rows = list(read_jsonl(dump, text_field="body_html", id_field="id"))
    assert [r.input_id for r in rows] == ["rel-1", f"{dump}#L2"]
    assert rows[0].data == b"<p>One</p>"  # type: ignore[union-attr]
    assert rows[0].metadata["text"] == "summary"  # type: ignore[union-attr]
    assert rows[1].source == "https://example.org/2"


def test_jsonl_gz_and_a_truncated_gz(tmp_path: Path) -> None:
    content = "".join(json.dumps({"text": f"page {i}"}) + "\n" for i in range(50)).encode()
    good = tmp_path / "ok.jsonl.gz"
    good.write_bytes(gzip.compress(content))
    assert len(list(read_jsonl(good))) == 50
    assert count_inputs([str(good)]) == 50
    torn = tmp_path / "torn.jsonl.gz"
    torn.write_bytes(gzip.compress(content)[:-30])
    rows = list(read_jsonl(torn))
    assert isinstance(rows[-1], ErrorRow) and "cannot be read past line" in rows[-1].message
    assert all(isinstance(r, InputRecord) for r in rows[:-1])


def _crawl(path: Path, *, compress: bool = True) -> list[Path]:
    pages = [TXT, MD, HTML]
    records = [warc_record(f"https://example.org/{p.name}", f"id-{i}", p.read_bytes(), chunked=i == 1,
                           content_type="text/html" if p.suffix == ".html" else "text/plain")
               for i, p in enumerate(pages)]
    records.insert(1, warc_record("https://example.org/logo.png", "img", b"\x89PNG....", content_type="image/png"))
    records.append(warc_record("https://example.org/old", "redirect", b"", status="301 Moved Permanently"))
    write_warc(path, records, compress=compress)
    return pages


@pytest.mark.parametrize("engine", ["fastwarc", "warcio"])
@pytest.mark.parametrize("compress", [True, False])
def test_warc_response_records(tmp_path: Path, engine: str, compress: bool) -> None:
    pytest.importorskip(engine)
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    pages = _crawl(path, compress=compress)
    rows = list(read_warc(path, engine=engine))  # type: ignore[arg-type]
    assert [r.input_id for r in rows] == [f"{path}#<urn:uuid:id-{i}>" for i in range(3)]
    assert [r.source for r in rows] == [f"https://example.org/{p.name}" for p in pages]
    assert [r.data for r in rows] == [p.read_bytes() for p in pages]  # type: ignore[union-attr]
    assert rows[0].metadata["http_status"] == 200  # type: ignore[union-attr]
    assert rows[0].metadata["warc_date"] == "2024-04-01T12:00:00Z"  # type: ignore[union-attr]


@pytest.mark.parametrize("engine", ["fastwarc", "warcio"])
def test_corrupt_or_foreign_warc_gives_an_error_row(tmp_path: Path, engine: str) -> None:
    pytest.importorskip(engine)
    path = tmp_path / "crawl.warc"
    _crawl(path, compress=False)
    path.write_bytes(path.read_bytes() + b"this is not a WARC record\r\n\r\n" * 3)
    rows = list(read_warc(path, engine=engine))  # type: ignore[arg-type]
    assert [type(r).__name__ for r in rows] == ["InputRecord"] * 3 + ["ErrorRow"]
    assert "corrupt" in rows[-1].message  # type: ignore[union-attr]
    foreign = tmp_path / "notes.warc.gz"
    foreign.write_bytes(b"hello, I am not a WARC file\n")
    [row] = list(read_warc(foreign, engine=engine))  # type: ignore[arg-type]
    assert isinstance(row, ErrorRow) and row.error_type == "InputError"


@pytest.mark.parametrize("engine", ["fastwarc", "warcio"])
def test_a_crawl_cut_off_mid_record_gives_an_error_row(tmp_path: Path, engine: str) -> None:
    pytest.importorskip(engine)
    path = tmp_path / "crawl.warc.gz"
    _crawl(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 12000])  # inside the last page's gzip member
    rows = list(read_warc(path, engine=engine))  # type: ignore[arg-type]
    assert [type(r).__name__ for r in rows[:2]] == ["InputRecord", "InputRecord"]
    assert isinstance(rows[-1], ErrorRow) and len(rows) == 3


def test_warc_payload_over_the_limit_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _crawl(path)
    rows = list(read_warc(path, max_bytes=8000))
    kinds = [type(r).__name__ for r in rows]
    assert kinds.count("ErrorRow") >= 1 and len(rows) == 3
