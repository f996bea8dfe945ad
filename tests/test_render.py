"""The annotated review page (render_html): highlights match the record, the page is inert.

Static checks with lxml over the rendered page, on every fixture page and on hostile pages.
The helpers here (expected_items, highlight_texts, assert_inert) are reused by test_report.py
and test_browser.py.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

import pressparse
from pressparse.records import PressRelease, Quote
from pressparse.render import CSP, HIGHLIGHT_FIELDS, esc, render_html, show_html_main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "docs"
PAGES = sorted(p for p in FIXTURES.iterdir() if not p.name.endswith(".json"))
SEED = FIXTURES / "immdef-2021-02-03-biden-action.txt"
BILINGUAL = FIXTURES / "congress-2013-03-gutierrez-vieques-atsdr-study.txt"
EUROPARL = FIXTURES / "europarl-2024-12-natural-disaster-funds.html"

HOSTILE_TEXT = """\
Hostile <script>document.title='pwned';window.__pwned=1</script> Release Title

Media Contact: Jane <img src=x onerror="window.__pwned=2"> Roe, 202-555-0143

WASHINGTON, D.C. (March 4, 2021) - The agency <a href="javascript:alert(1)">announced</a> today
<svg onload="window.__pwned=3"></svg> that it was doing things.

"We will <script>window.__pwned=4</script> act now," said Director <b onmouseover="window.__pwned=5">Roe</b>.

We demand the following:

1. Stop <iframe src="javascript:alert(1)"></iframe> the program now.

2. Release the <style>body{display:none}</style> records immediately.

</textarea></title></main>--><!-- <script>window.__pwned=6</script>
"""

HOSTILE_HTML = """<!DOCTYPE html><html><head><title>Hostile</title>
<script>window.__pwned=1</script></head><body><main>
<h1>Agency Announces &lt;script&gt;window.__pwned=7&lt;/script&gt; Plan</h1>
<p>WASHINGTON (March 4, 2021) - The agency announced <a href="javascript:alert(1)">a plan</a> today.</p>
<p onclick="window.__pwned=8">"This is &lt;img src=x onerror=window.__pwned=9&gt; good," said Director Roe.</p>
<script>window.__pwned=10</script>
</main></body></html>
"""


# --------------------------------------------------------------------------- helpers (shared)


def parse_page(path: Path) -> PressRelease:
    return pressparse.parse(path.read_bytes(), source=path.name)


def expected_items(rec: PressRelease) -> dict[tuple[str, int], str]:
    """Every item the page must highlight, with the text it must contain, from the record alone."""
    text = rec.text
    out: dict[tuple[str, int], str] = {}
    if rec.title_span is not None:
        out[("title", 0)] = text[rec.title_span[0]:rec.title_span[1]]
    if rec.release_date_raw and rec.release_date_raw in text:
        out[("release_date", 0)] = rec.release_date_raw
    if rec.updated_date_raw and rec.updated_date_raw in text:
        out[("updated_date", 0)] = rec.updated_date_raw
    if rec.dateline is not None:
        out[("dateline", 0)] = rec.dateline.raw
    for i, c in enumerate(rec.contacts):
        out[("contact", i)] = c.raw
    for i, d in enumerate(rec.demands):
        out[("demand", i)] = d.raw
    for i, q in enumerate(rec.quotes):
        out[("quote", i)] = q.raw
    n = 0
    for lst in rec.lists:
        if not lst.is_demand:
            for item in lst.items:
                out[("list_item", n)] = item.raw
                n += 1
    return out


def _visible_text(element: HtmlElement, skip_bands: bool = False) -> str:
    """Text of an element without the removed-chrome insertions (and section bands)."""
    parts: list[str] = [element.text or ""]
    for child in element:
        classes = (child.get("class") or "").split()
        if not ("chrome" in classes or (skip_bands and "band" in classes)):
            parts.append(_visible_text(child, skip_bands))
        parts.append(child.tail or "")
    return "".join(parts)


def highlight_texts(doc: HtmlElement) -> dict[tuple[str, int], list[tuple[int, str]]]:
    """(field, index) -> [(part, text)] for every highlight element, in document order."""
    out: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for el in doc.xpath("//mark[@data-field]"):
        key = (el.get("data-field"), int(el.get("data-index")))
        out.setdefault(key, []).append((int(el.get("data-part", "1")), _visible_text(el)))
    return out


def assert_inert(page: str) -> HtmlElement:
    """The page has the CSP, no script element, no on* attribute, no javascript: (or remote) link."""
    doc = lxml.html.document_fromstring(page)
    metas = doc.xpath("//head/meta[@http-equiv='Content-Security-Policy']")
    assert len(metas) == 1
    policy = metas[0].get("content")
    assert policy == CSP
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert not doc.xpath("//script"), "a <script> element made it into the page"
    assert not doc.xpath("//iframe|//object|//embed|//img|//link|//base|//form|//meta[@http-equiv='refresh']")
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name}={value!r} on <{el.tag}>"
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href"):
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), value
                assert "://" not in value, f"remote link {value!r}"
    assert "<script" not in page.lower()
    return doc


def check_page(rec: PressRelease) -> HtmlElement:
    """Render and check: inert, one highlight per item with its text, the full text preserved."""
    page = render_html(rec)
    doc = assert_inert(page)
    found = highlight_texts(doc)
    expected = expected_items(rec)
    assert set(found) == set(expected)
    for key, want in expected.items():
        pieces = found[key]
        numbers = [part for part, _ in pieces]
        assert numbers == list(range(1, len(pieces) + 1)), f"{key}: pieces {numbers}"
        assert "".join(t for _, t in pieces) == want.replace("\r\n", "\n").replace("\r", "\n"), key
    # one element per item, unless split (then its pieces say so)
    for el in doc.xpath("//mark[@data-field]"):
        assert el.get("data-field") in HIGHLIGHT_FIELDS
        if el.get("data-part") is None:
            assert len(found[(el.get("data-field"), int(el.get("data-index")))]) == 1
    main = doc.xpath("//main")[0]
    assert _visible_text(main, skip_bands=True) == rec.text.replace("\r\n", "\n").replace("\r", "\n")
    # every section is marked with a band naming its language
    bands = doc.xpath("//section[@data-field='section']")
    assert [b.get("data-lang") for b in bands] == [s.language for s in rec.sections if s.span[0] < s.span[1]]
    for band in bands:
        assert f"({band.get('data-lang')})" in band.xpath("./div[@class='band']")[0].text_content()
    # every chrome line is shown, struck through
    shown = [el.text_content() for el in doc.xpath("//del[contains(@class,'chrome')]/span[@class='chrome-line']")]
    assert shown == [line.text for line in rec.chrome]
    return doc


# --------------------------------------------------------------------------- fixture pages


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_fixture_page_highlights_every_item(path: Path) -> None:
    check_page(parse_page(path))


def test_seed_page_fields() -> None:
    rec = parse_page(SEED)
    doc = check_page(rec)
    fields = {el.get("data-field") for el in doc.xpath("//mark[@data-field]")}
    assert {"title", "release_date", "dateline", "contact", "demand", "quote"} <= fields
    numbers = [el.get("data-number") for el in doc.xpath("//mark[@data-field='demand']")]
    assert numbers == [d.number for d in rec.demands]
    quotes = doc.xpath("//mark[@data-field='quote']")
    assert quotes[0].get("data-attribution") == rec.quotes[0].attribution
    assert quotes[0].get("data-after") == f"— {rec.quotes[0].attribution}"
    # the dateline holds the release date: nested, not split
    assert doc.xpath("//mark[@data-field='dateline']//mark[@data-field='release_date']")
    # the updated date was read from a removed line: said so in the panel, struck through in the text
    panel = doc.xpath("//aside")[0].text_content()
    assert "not in the cleaned text" in panel and "Feb 5, 2021" in panel
    assert any("Updated: Feb 5, 2021" in el.text_content() for el in doc.xpath("//del"))
    # the two language sections are banded
    assert [s.get("lang") for s in doc.xpath("//section[@data-field='section']")] == ["en", "es"]
    # side-panel links reach the highlights
    anchors = {a.get("href")[1:] for a in doc.xpath("//aside//a[@href]")}
    ids = {el.get("id") for el in doc.xpath("//mark[@id]")}
    assert anchors and anchors <= ids
    assert "@media print" in render_html(rec)


def test_bilingual_and_spanish_pages() -> None:
    rec = parse_page(BILINGUAL)
    assert len({s.language for s in rec.sections}) == 2
    doc = check_page(rec)
    bands = [b.text_content() for b in doc.xpath("//div[@class='band']")]
    assert any("Español" in b for b in bands) and any("English" in b for b in bands)


def test_html_page_chrome_is_listed_and_struck() -> None:
    rec = parse_page(EUROPARL)
    assert rec.format == "html" and rec.chrome
    doc = check_page(rec)
    assert doc.xpath("//del[contains(@class,'chrome-block')]")


def test_accepts_the_dict_form() -> None:
    rec = parse_page(SEED)
    assert render_html(rec.to_dict()) == render_html(rec)


def test_rendering_is_deterministic() -> None:
    rec = parse_page(SEED)
    assert render_html(rec) == render_html(parse_page(SEED))


# --------------------------------------------------------------------------- overlaps


def _quote(rec: PressRelease, start: int, end: int, attribution: str) -> Quote:
    raw = rec.text[start:end]
    return Quote(text=raw, raw=raw, attribution=attribution, kind="direct", marked=True, language="en",
                 span=(start, end), counterpart=None, method="test")


def test_quote_inside_a_demand_nests_and_a_crossing_quote_is_split() -> None:
    rec = parse_page(SEED)
    first, second = rec.demands[0], rec.demands[1]
    inside = _quote(rec, first.span[0] + 10, first.span[0] + 40, "Inner Speaker")
    crossing = _quote(rec, first.span[1] - 20, second.span[0] + 15, "Crossing Speaker")
    rec = dataclasses.replace(rec, quotes=(inside, crossing, *rec.quotes))
    doc = check_page(rec)
    nested = doc.xpath("//mark[@data-field='demand' and @data-index='0']/mark[@data-field='quote']")
    # the inner quote, and the crossing quote's first piece
    assert [el.get("data-index") for el in nested] == ["0", "1"]
    pieces = doc.xpath("//mark[@data-field='quote' and @data-index='1']")
    # the piece after demand 0 closes runs on and holds the start of demand 1
    assert [p.get("data-part") for p in pieces] == ["1", "2"]
    assert {p.get("data-parts") for p in pieces} == {"2"}
    assert pieces[1].xpath("./mark[@data-field='demand' and @data-index='1']")
    assert pieces[0].get("data-label") and not pieces[1].get("data-label")  # labelled once
    assert pieces[-1].get("data-after") == "— Crossing Speaker" and not pieces[0].get("data-after")
    assert pieces[0].get("id") == "quote-1" and pieces[1].get("id") is None


def test_spans_outside_the_text_are_skipped_not_fatal() -> None:
    rec = parse_page(SEED)
    bad = dataclasses.replace(rec.quotes[0], span=(len(rec.text) - 5, len(rec.text) + 50))
    rec = dataclasses.replace(rec, quotes=(bad,), title_span=(10, 5))
    doc = lxml.html.document_fromstring(render_html(rec))
    assert not doc.xpath("//mark[@data-field='quote' or @data-field='title']")
    assert doc.xpath("//aside")[0].text_content()  # the panel still lists the record's fields


# --------------------------------------------------------------------------- hostile input


def test_hostile_text_page_is_inert() -> None:
    rec = pressparse.parse(HOSTILE_TEXT, source="hostile.txt", format="text")
    assert "<script>" in rec.text
    doc = check_page(rec)
    shown = doc.xpath("//main")[0].text_content()
    assert "<script>document.title='pwned'" in shown and 'onerror="window.__pwned=2"' in shown
    assert 'href="javascript:alert(1)"' in shown


def test_hostile_html_page_is_inert() -> None:
    rec = pressparse.parse(HOSTILE_HTML, source="hostile.html", format="html")
    check_page(rec)


def test_hostile_field_values_cannot_break_out_of_attributes() -> None:
    rec = parse_page(SEED)
    evil = '"><script>window.__pwned=1</script><a href="javascript:alert(1)" onclick="x'
    quote = dataclasses.replace(rec.quotes[0], attribution=evil)
    demand = dataclasses.replace(rec.demands[0], number=evil)
    rec = dataclasses.replace(
        rec, quotes=(quote,), demands=(demand,), title=evil, source="javascript:alert(1)",
        page=dataclasses.replace(rec.page, url="javascript:alert(1)", canonical_url='https://x/"onmouseover="a'),
        metadata=(("url", "javascript:alert(1)"), (evil, evil)),
        chrome=(*rec.chrome, dataclasses.replace(rec.chrome[0], text=evil, reason=evil)),
    )
    doc = assert_inert(render_html(rec))
    assert doc.xpath("//mark[@data-field='quote']")[0].get("data-attribution") == evil
    assert doc.xpath("//mark[@data-field='demand']")[0].get("data-number") == evil
    assert doc.xpath("//h1")[0].text_content() == evil
    assert all(a.get("href", "").startswith("#") for a in doc.xpath("//a"))


def test_control_characters_and_lone_surrogates_are_replaced() -> None:
    assert esc("a\x00b\x1bc\ud800d\te\nf") == "a\ufffdb\ufffdc\ufffdd\te\nf"
    assert esc("<a href='x'>&") == "&lt;a href=&#x27;x&#x27;&gt;&amp;"


@pytest.mark.parametrize("filler", ["<" * 100_000, '"' * 100_000, "<script>" * 12_000, "1. " * 30_000,
                                    ("“quoted,” said A. " * 5_000)])
def test_adversarial_text_completes(filler: str) -> None:
    rec = pressparse.parse("Title\n\n" + filler, source="big.txt", format="text")
    page = render_html(rec)
    assert_inert(page)


def test_many_overlapping_items_complete() -> None:
    rec = parse_page(SEED)
    size = len(rec.text)
    quotes = tuple(_quote(rec, i, min(size, i + 97), "X") for i in range(0, size - 1, 7))
    rec = dataclasses.replace(rec, quotes=quotes)
    doc = assert_inert(render_html(rec))
    found = highlight_texts(doc)
    for i, q in enumerate(quotes):
        assert "".join(t for _, t in found[("quote", i)]) == q.raw


# --------------------------------------------------------------------------- command-line entry


def test_show_html_main_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.html"
    assert show_html_main(str(SEED), str(out)) == 0
    check_page(parse_page(SEED))
    doc = assert_inert(out.read_text(encoding="utf-8"))
    assert doc.xpath("//mark[@data-field='title']")
    assert "review page written" in capsys.readouterr().err


def test_show_html_main_reports_unreadable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert show_html_main(str(tmp_path / "missing.txt"), str(tmp_path / "x.html")) == 1
    assert "error" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()
