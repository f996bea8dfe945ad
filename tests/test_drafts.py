"""Records built as drafts: blocks (blocks.new_block) and chrome's lines are made by filling an object of a
draft class with the record's slots, then setting its class to the record's (cheaper than the frozen
dataclass __init__, and they are made for every line). These tests keep each draft class in step with its
record, and check that what the pipeline builds is whole and equal to a constructor-built copy."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

import pytest

import pressparse
from pressparse import blocks, chrome, load, pipeline
from pressparse.blocks import Block, text_blocks
from pressparse.chrome import ChromeLine, Line
from pressparse.options import ParseOptions
from pressparse.records import PressRelease

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docs"

DRAFTS = [
    (blocks._BlockDraft, Block),
    (chrome._LineDraft, Line),
    (chrome._RemovedDraft, ChromeLine),
]


@pytest.mark.parametrize(("draft", "record"), DRAFTS, ids=lambda c: c.__name__)
def test_draft_has_the_record_fields(draft: type, record: type) -> None:
    fields = tuple(field.name for field in dataclasses.fields(record))
    assert draft.__slots__ == record.__slots__  # type: ignore[attr-defined]
    assert set(draft.__slots__) == set(fields)
    assert list(draft.__annotations__) == list(fields)


def _whole_and_equal(value: Any) -> None:
    """Every field of a record is set (an unset slot raises), and the record equals one built by its class."""
    values = {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
    rebuilt = type(value)(**values)
    assert value == rebuilt
    assert hash(value) == hash(rebuilt)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, dataclasses.fields(value)[0].name, None)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt"))[:5] + sorted(FIXTURES.glob("*.htm*"))[:2],
                         ids=lambda p: p.name)
def test_drafted_records_are_whole(path: Path) -> None:
    data = path.read_bytes()
    record = pressparse.parse(data, source=path.name)
    _whole_and_equal(record)
    _whole_and_equal(record.page)
    assert pickle.loads(pickle.dumps(record)) == record
    assert PressRelease.from_dict(record.to_dict()) == record
    loaded = load.load(data, ParseOptions(), path.name)
    _whole_and_equal(loaded)
    doc = pipeline.make_blocks(loaded.text, loaded.format, ParseOptions())
    _whole_and_equal(doc)
    for block in doc.blocks:
        _whole_and_equal(block)


def test_text_blocks_drafts() -> None:
    doc = text_blocks("Title\n\nFirst paragraph.\nSecond line\tof it.")
    assert [b.text for b in doc.blocks] == ["Title", "First paragraph.", "Second line of it."]
    assert [b.gap_before for b in doc.blocks] == [True, True, False]
    for block in doc.blocks:
        _whole_and_equal(block)
