"""Evaluation gate: the bundled fixtures must score at least the pinned floor on every field.

Raise a floor (in eval_floors.json) with each improvement; lowering one needs a stated reason
in the commit message. Run `python dev.py eval` to see the table and the misses.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import pressparse

ROOT = Path(__file__).resolve().parent.parent
FLOORS: dict[str, float] = json.loads((Path(__file__).with_name("eval_floors.json")).read_text())


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    report = pressparse.evaluate(ROOT / "fixtures")
    assert not [d.id for d in report.docs if d.error], "a fixture failed to parse"
    return {f.name: f.score for f in report.fields()}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_at_or_above_floor(scores: dict[str, float], field: str) -> None:
    assert field in scores, f"{field} is no longer scored"
    assert not math.isnan(scores[field])
    assert scores[field] >= FLOORS[field], f"{field} fell to {scores[field]:.3f} (floor {FLOORS[field]})"


def test_every_scored_field_has_a_floor(scores: dict[str, float]) -> None:
    assert set(scores) <= set(FLOORS), f"pin a floor for {sorted(set(scores) - set(FLOORS))}"
