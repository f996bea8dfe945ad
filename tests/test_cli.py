"""The command line: pressparse parse (formats, errors, exit codes, resume after a kill), show, schema."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_support import warc_record, write_warc
from pressparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "docs"
SMALL = [
    "immdef-2021-02-03-biden-action.txt",
    "wire-newsdirect-2024-07-peru-world-travel-awards.md",
    "congress-2022-10-garcia-guatemala-sofia-tot-ac.txt",
    "congress-2011-09-lee-hispanic-heritage-month-statement.txt",
]


def _folder(tmp_path: Path, copies: int = 1) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(copies):
        for name in SMALL:
            shutil.copy(FIXTURES / name, folder / f"{n:03d}-{name}")
    return folder


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parse_folder_to_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "--workers", "0"]) == 0
    rows = _lines(out)
    assert sorted(r["input_id"] for r in rows) == sorted(str(p) for p in folder.iterdir())  # type: ignore[type-var]
    err = capsys.readouterr().err
    assert "4 documents" in err and "pages/s" in err and "fields found" in err
    assert not (tmp_path / "out.jsonl.errors.jsonl").read_text()


def test_outputs_inside_the_input_folder_are_not_inputs(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = folder / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "--workers", "0", "--quiet"]) == 0
    assert main(["parse", str(folder), "-o", str(out), "--workers", "0", "--quiet"]) == 0
    assert len(_lines(out)) == len(SMALL)


def test_stdout_stdin_and_error_rows_stay_out_of_the_data(tmp_path: Path) -> None:
    page = (FIXTURES / SMALL[0]).read_bytes()
    done = subprocess.run([sys.executable, "-m", "pressparse", "parse", "-", "--workers", "0"], input=page,
                          capture_output=True, check=False, cwd=tmp_path)
    assert done.returncode == 0
    [row] = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert row["input_id"] == "-" and row["source"] == "-"
    missing = subprocess.run([sys.executable, "-m", "pressparse", "parse", str(tmp_path / "nope.html"), "--workers",
                              "0", "--quiet"], capture_output=True, check=False, cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stdout == b""
    assert b"InputError" in missing.stderr


def test_errors_file_and_error_rate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    (folder / "broken.html").write_bytes(b"%PDF-1.7 not a page")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "--workers", "0"]) == 1
    errors = _lines(tmp_path / "out.jsonl.errors.jsonl")
    assert [(e["input_id"], e["error_type"]) for e in errors] == [(str(folder / "broken.html"), "InputError")]
    assert len(_lines(out)) == 4
    err = capsys.readouterr().err
    assert "InputError" in err and "1 errors (InputError 1)" in err
    own = tmp_path / "errs.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "--workers", "0", "--errors", str(own),
                 "--max-error-rate", "0.25"]) == 0
    assert len(_lines(own)) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["parse"],
        ["parse", "x", "--format", "csv"],
        ["parse", "x", "--resume"],
        ["parse", "x", "-o", "o.json", "--resume"],
        ["parse", "x", "--workers", "-1"],
        ["parse", "x", "--max-error-rate", "2"],
        ["parse", "x", "--memory-limit", "-5"],
        ["parse", "x", "--timeout", "0"],
        ["parse", "x", "--long-tables"],
        ["parse", "x", "--bogus"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    assert code == 2


def test_csv_parquet_and_warc_inputs(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [warc_record(f"https://example.org/{n}", f"r{i}", (FIXTURES / n).read_bytes(),
                                   content_type="text/plain") for i, n in enumerate(SMALL)])
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"url": "https://example.org/j", "title": "J",
                                "text": (FIXTURES / SMALL[0]).read_text(encoding="utf-8")}) + "\n")
    out_csv = tmp_path / "out.csv"
    assert main(["parse", str(crawl), str(dump), "-o", str(out_csv), "--workers", "0", "--long-tables"]) == 0
    with out_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["source"] for r in rows] == [f"https://example.org/{n}" for n in SMALL] + ["https://example.org/j"]
    assert rows[-1]["input_id"] == f"{dump}#L1" and json.loads(rows[-1]["metadata"])["title"] == "J"
    assert (tmp_path / "out.quotes.csv").exists()
    out_pq = tmp_path / "out.parquet"
    assert main(["parse", str(crawl), "-o", str(out_pq), "--workers", "0"]) == 0
    assert len(pd.read_parquet(out_pq)) == len(SMALL)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_killed_run_resumes_without_duplicates_or_gaps(tmp_path: Path, fmt: str) -> None:
    folder = _folder(tmp_path, copies=6)
    expected = sorted(str(p) for p in folder.iterdir())
    out = tmp_path / f"out.{fmt}"
    command = [sys.executable, "-m", "pressparse", "parse", str(folder), "-o", str(out), "--workers", "1"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the run and its workers, mid-way
    assert run.wait() == -signal.SIGKILL, "the run was still going when killed"
    with out.open("ab") as handle:  # as if killed in the middle of a row
        handle.write(b'{"input_id": "torn' if fmt == "jsonl" else b'torn-id,"half a row')
    resumed = subprocess.run([*command, "--resume"], capture_output=True, check=False)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert b"already done, skipped" in resumed.stderr
    # The resumed run still had pages to parse ("10 documents" is fine, "0 documents" is not).
    assert not re.search(rb"(?<!\d)0 documents", resumed.stderr), resumed.stderr.decode()
    if fmt == "jsonl":
        ids = [str(row["input_id"]) for row in _lines(out)]
    else:
        with out.open(encoding="utf-8", newline="") as handle:
            ids = [row["input_id"] for row in csv.DictReader(handle)]
    assert len(ids) == len(set(ids)), "no duplicates"
    assert sorted(ids) == expected, "no gaps"


def test_show_and_schema_still_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(FIXTURES / SMALL[0])]) == 0
    assert "source" in capsys.readouterr().out
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"]
