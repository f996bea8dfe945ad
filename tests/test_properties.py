"""Property-based checks over the public API (Hypothesis, CI-sized budget)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressparse

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
PAGES = [p.read_bytes() for p in sorted(DOCS.iterdir()) if p.suffix in (".txt", ".md", ".html")]
TEXT_PAGES = [p.read_bytes() for p in sorted(DOCS.iterdir()) if p.suffix in (".txt", ".md")]

BUDGET = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_record(rec: pressparse.PressRelease) -> None:
    """Every span lies inside the text and points at the item's raw text; the record round-trips."""
    items: list[Any] = [*rec.contacts, *rec.demands, *rec.quotes, *(i for lst in rec.lists for i in lst.items)]
    for lst in rec.lists:
        assert 0 <= lst.span[0] <= lst.span[1] <= len(rec.text)
    if rec.dateline is not None:
        items.append(rec.dateline)
    for item in items:
        start, end = item.span
        assert 0 <= start <= end <= len(rec.text)
        assert rec.text[start:end] == item.raw
    for d in rec.demands:
        assert d.counterpart is None or 0 <= d.counterpart < len(rec.demands)
    for q in rec.quotes:
        assert q.counterpart is None or 0 <= q.counterpart < len(rec.quotes)
    assert pressparse.PressRelease.from_dict(rec.to_dict()) == rec


@st.composite
def mutated_page(draw: st.DrawFn) -> bytes:
    page = bytearray(draw(st.sampled_from(PAGES)))
    action = draw(st.sampled_from(["truncate", "flip", "splice", "reencode"]))
    if action == "truncate":
        page = page[: draw(st.integers(0, len(page)))]
    elif action == "flip":
        for _ in range(draw(st.integers(1, 20))):
            i = draw(st.integers(0, len(page) - 1))
            page[i] = draw(st.integers(0, 255))
    elif action == "splice":
        i = draw(st.integers(0, len(page)))
        page[i:i] = draw(st.binary(max_size=200))
    else:
        page = bytearray(bytes(page).decode("utf-8", "replace").encode(draw(st.sampled_from(
            ["utf-16", "cp1252", "latin-1"])), "replace"))
    return bytes(page)


@BUDGET
@given(st.sampled_from(TEXT_PAGES))
def test_span_invariant_on_fixture_pages(page: bytes) -> None:
    check_record(pressparse.parse(page))


@BUDGET
@given(mutated_page())
def test_mutated_pages_give_a_record_or_a_typed_error(page: bytes) -> None:
    try:
        rec = pressparse.parse(page)
    except pressparse.PressParseError:
        return
    check_record(rec)


@BUDGET
@given(st.text(max_size=3000))
def test_random_text(text: str) -> None:
    try:
        rec = pressparse.parse(text)
    except pressparse.PressParseError:
        return
    check_record(rec)


@BUDGET
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    try:
        rec = pressparse.parse(data)
    except pressparse.PressParseError:
        return
    check_record(rec)


TAGS = st.sampled_from(["p", "div", "span", "h1", "h2", "li", "ol", "ul", "br", "a", "nav", "footer",
                        "blockquote", "table", "tr", "td", "script", "style", "article"])


@st.composite
def html_fragment(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(TAGS)
            parts.append(f"<{tag}>{draw(html_fragment(depth + 1))}</{tag}>")
        else:
            parts.append(draw(st.sampled_from(["Media Contact: Ana Ruiz 213-555-0100", "WASHINGTON —",
                                               "“We demand action,” said Ana.", "1. End it now.", "&amp;",
                                               "Español abajo", "<", "3 de febrero de 2021", ""])))
    return "".join(parts)


@BUDGET
@given(html_fragment())
def test_random_html(fragment: str) -> None:
    rec = pressparse.parse(f"<!DOCTYPE html><html><body>{fragment}</body></html>")
    assert rec.format == "html"
    check_record(rec)
