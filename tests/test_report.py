"""The batch report (render_report / report_main): counts, chart, sample links, inert output."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import pressparse
from pressparse.batch import ErrorRow
from pressparse.report import ReportBuilder, date_chart, render_report, report_main
from test_render import FIXTURES, SEED, assert_inert, check_page

PAGES = [
    SEED,
    FIXTURES / "congress-2013-03-gutierrez-vieques-atsdr-study.txt",
    FIXTURES / "europarl-2024-12-natural-disaster-funds.html",
    FIXTURES / "wire-newsdirect-2024-05-ocean-el-salvador-hub.md",
    FIXTURES / "congress-2021-10-cotton-afghan-evacuee-departures.txt",
]
EVIL = '"><script>window.__pwned=1</script><a href="javascript:alert(1)" onclick="x'


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [pressparse.parse_file(p, input_id=str(p)).to_dict() for p in PAGES]
    out.append(ErrorRow("a.html", "https://example.org/a", "Timeout", "took longer than 5 s").to_dict())
    out.append({"input_id": "b.jsonl#L3", "source": None, "error_type": "InputError", "message": EVIL})
    out.append({"input_id": "c", "error_type": "Timeout", "message": "again"})
    return out


def _cell(doc: Any, label: str) -> str:
    cells = doc.xpath(f"//tr[th[normalize-space()='{label}']]/td[1]")
    assert cells, label
    return str(cells[0].text_content().strip())


def test_counts_errors_and_fields(rows: list[dict[str, Any]]) -> None:
    doc = assert_inert(render_report(rows))
    assert _cell(doc, "rows read") == "8"
    assert _cell(doc, "pages parsed") == "5"
    assert _cell(doc, "errors") == "3"
    assert _cell(doc, "Timeout") == "2" and _cell(doc, "InputError") == "1"
    records = [pressparse.PressRelease.from_dict(r) for r in rows[:5]]
    assert _cell(doc, "title") == str(sum(1 for r in records if r.title))
    assert _cell(doc, "dateline") == str(sum(1 for r in records if r.dateline))
    assert _cell(doc, "quotes (≥ 1)") == str(sum(1 for r in records if r.quotes))
    assert _cell(doc, "bilingual pages") == str(sum(1 for r in records if len({s.language for s in r.sections}) > 1))
    assert _cell(doc, "es") == str(sum(1 for r in records if "es" in {s.language for s in r.sections}))


def test_top_contacts_and_speakers(rows: list[dict[str, Any]]) -> None:
    doc = lxml.html.document_fromstring(render_report(rows))
    contacts = [tr.xpath("./td[1]")[0].text_content() for tr in doc.xpath("//tr[@class='contact']")]
    assert any(c.startswith("Renee Garcia") for c in contacts)
    speakers = {tr.xpath("./td[1]")[0].text_content(): int(tr.xpath("./td[2]")[0].text_content())
                for tr in doc.xpath("//tr[@class='speaker']")}
    seed = pressparse.PressRelease.from_dict(rows[0])
    for quote in seed.quotes:
        assert quote.attribution in speakers


def test_release_dates_chart_is_inline_svg(rows: list[dict[str, Any]]) -> None:
    doc = lxml.html.document_fromstring(render_report(rows))
    svg = doc.xpath("//svg")
    assert len(svg) == 1
    titles = [t.text for t in svg[0].xpath(".//rect/title")]
    dated = [r["release_date"] for r in rows[:5] if r["release_date"]]
    assert sum(int(t.split(": ")[1].split()[0]) for t in titles) == len(dated)


@pytest.mark.parametrize(("months", "bars", "unit"), [
    ({(2021, 2): 3}, 1, "month"),
    ({(2021, 11): 1, (2022, 2): 2}, 4, "month"),  # gaps are drawn as empty months
    ({(2002, 3): 1, (2026, 4): 5}, 25, "year"),
])
def test_date_chart_granularity(months: dict[tuple[int, int], int], bars: int, unit: str) -> None:
    svg = date_chart(months, undated=2)
    assert svg.count("<rect") == bars and f"releases per {unit}" in svg
    assert "2 without a release date" in svg


def test_date_chart_cuts_implausible_spans() -> None:
    svg = date_chart({(1, 1): 1, (2024, 5): 3})
    assert svg.count("<rect") == 60 and "1 dates before 1965 are not drawn" in svg


def test_hostile_values_are_escaped(rows: list[dict[str, Any]]) -> None:
    evil = dict(rows[0])
    evil["title"] = EVIL
    evil["quotes"] = [dict(q, attribution=EVIL) for q in evil["quotes"]]
    evil["contacts"] = [dict(c, name=EVIL, organization=EVIL) for c in evil["contacts"]]
    evil["page"] = dict(evil["page"], site_name=EVIL)
    evil["input_id"] = EVIL
    page = render_report([evil, rows[-2]], page_links={EVIL: "javascript:alert(1)"})
    doc = assert_inert(page)
    assert EVIL in doc.text_content()
    assert not doc.xpath("//a")  # the unsafe link was refused


@pytest.mark.parametrize("url", ["http://[::1", "https://[x/a", "http://a:99999999/", "http://[v1.x]/"])
def test_malformed_url_is_no_site_not_a_crash(rows: list[dict[str, Any]], url: str) -> None:
    # urlsplit raises ValueError on a bad IPv6 host or port; a page's URL comes from the open web.
    row = dict(rows[1])
    row["page"] = dict(row["page"], site_name=None, url=url, canonical_url=None)
    row["source"] = url
    doc = lxml.html.document_fromstring(render_report([row, rows[2]]))
    assert _cell(doc, "pages parsed") == "2"


def test_unreadable_rows_are_counted_not_fatal() -> None:
    doc = lxml.html.document_fromstring(render_report([None, 3, {"foo": 1}, {"text": 1}]))
    assert _cell(doc, "unreadable rows") == "4"
    assert _cell(doc, "pages parsed") == "0"


def test_sample_is_evenly_spread_and_deterministic() -> None:
    def row(n: int) -> dict[str, Any]:
        return {"input_id": f"p{n}", "text": "x", "sections": [], "title": f"T{n}"}

    builder = ReportBuilder(sample_size=10)
    for n in range(1000):
        builder.add(row(n))
    ids = [int(r["input_id"][1:]) for r in builder.sample]
    assert len(ids) == 10 and ids == sorted(ids)
    assert ids[0] == 0 and ids[-1] > 800
    gaps = {b - a for a, b in itertools.pairwise(ids)}
    assert max(gaps) <= 2 * min(gaps)
    again = ReportBuilder(sample_size=10)
    for n in range(1000):
        again.add(row(n))
    assert [r["input_id"] for r in again.sample] == [r["input_id"] for r in builder.sample]


def test_report_main_writes_report_and_review_pages(tmp_path: Path, rows: list[dict[str, Any]],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    results = tmp_path / "run.jsonl"
    records = [r for r in rows if "text" in r]
    errors = [r for r in rows if "error_type" in r]
    results.write_text("".join(json.dumps(r) + "\n" for r in records) + "{torn", encoding="utf-8")
    (tmp_path / "run.jsonl.errors.jsonl").write_text("".join(json.dumps(r) + "\n" for r in errors), encoding="utf-8")
    out = tmp_path / "report.html"
    assert report_main(str(results), str(out)) == 0
    doc = assert_inert(out.read_text(encoding="utf-8"))
    assert _cell(doc, "errors") == "3" and _cell(doc, "unreadable rows") == "1"
    links = [a.get("href") for a in doc.xpath("//a[@class='review']")]
    assert len(links) == len(records)
    for href in links:
        page = tmp_path / href
        assert page.is_file() and page.parent.name == "report_pages"
        rec_doc = assert_inert(page.read_text(encoding="utf-8"))
        assert rec_doc.xpath("//main")
    check_page(pressparse.PressRelease.from_dict(records[0]))
    assert "report written" in capsys.readouterr().err


def test_report_main_from_the_cli_output(tmp_path: Path) -> None:
    from pressparse.cli import main

    folder = tmp_path / "pages"
    folder.mkdir()
    for p in PAGES[:3]:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "broken.html").write_bytes(b"\x00\x01\x02" * 100)
    results = tmp_path / "out.jsonl"
    main(["parse", str(folder), "-o", str(results), "--workers", "0", "--quiet", "--max-error-rate", "1"])
    out = tmp_path / "r.html"
    assert report_main(str(results), str(out)) == 0
    doc = assert_inert(out.read_text(encoding="utf-8"))
    assert _cell(doc, "pages parsed") == "3"


def test_report_main_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report_main(str(tmp_path / "nope.jsonl"), str(tmp_path / "r.html")) == 1
    assert "cannot read" in capsys.readouterr().err
