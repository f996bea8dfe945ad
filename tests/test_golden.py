"""Whole-record golden test: each fixture page must parse to its reviewed expected record."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import pressparse
from golden import dump, expected_path, pages, record_json

PAGES = pages()


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_record_matches_expected(page: Path) -> None:
    expected = expected_path(page)
    assert expected.exists(), f"no expected record; run `python dev.py regen` and review {expected.name}"
    got = dump(record_json(page))
    want = expected.read_text(encoding="utf-8")
    assert json.loads(got) == json.loads(want), (
        f"{page.name}: record changed; if intended, run `python dev.py regen` and review the diff"
    )


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_record_validates_and_round_trips(page: Path) -> None:
    rec = pressparse.parse(page.read_bytes(), source=page.name)
    data = rec.to_dict()
    jsonschema.validate(data, pressparse.json_schema())
    assert pressparse.PressRelease.from_dict(json.loads(json.dumps(data))) == rec
    # the span invariant: every item's raw text is exactly where its span says
    for lst in rec.lists:
        assert lst.items and lst.span[0] == lst.items[0].span[0] and lst.span[1] == lst.items[-1].span[1]
    for item in (*rec.contacts, *rec.demands, *rec.quotes,
                 *(i for lst in rec.lists for i in lst.items), *([rec.dateline] if rec.dateline else [])):
        start, end = item.span
        assert rec.text[start:end] == item.raw, (type(item).__name__, item.raw)
    for section in rec.sections:
        assert rec.text[section.span[0]:section.span[1]] == section.text
    if rec.sections:
        assert rec.sections[0].span[0] == 0 and rec.sections[-1].span[1] == len(rec.text)
        for a, b in zip(rec.sections, rec.sections[1:], strict=False):
            assert a.span[1] == b.span[0]
    if rec.title_span:
        assert rec.text[rec.title_span[0]:rec.title_span[1]] == rec.title
    for line in rec.chrome:
        assert 0 <= line.offset <= len(rec.text)
    assert {w.code for w in rec.warnings} <= set(pressparse.WARNING_CODES)
