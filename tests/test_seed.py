"""The page the project started from (fixtures/docs/immdef-...txt): issue 2's acceptance checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import pressparse

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "docs" / "immdef-2021-02-03-biden-action.txt"


@pytest.fixture(scope="module")
def rec() -> pressparse.PressRelease:
    return pressparse.parse(SEED.read_bytes(), source=SEED.name)


def test_title(rec: pressparse.PressRelease) -> None:
    assert rec.title == (
        "ImmDef Calls Upon the Biden Administration to Take Immediate Action for Asylum Seekers and Detainees"
    )


def test_dates(rec: pressparse.PressRelease) -> None:
    assert rec.updated_date == dt.date(2021, 2, 5)
    assert rec.release_date == dt.date(2021, 2, 3)


def test_dateline(rec: pressparse.PressRelease) -> None:
    assert rec.dateline is not None
    assert rec.dateline.location == "Los Angeles, CA"
    assert rec.dateline.date == dt.date(2021, 2, 3)


def test_contact(rec: pressparse.PressRelease) -> None:
    assert len(rec.contacts) == 1
    contact = rec.contacts[0]
    assert contact.name == "Renee Garcia"
    assert contact.phones == ("+12136347615",)


def test_sections(rec: pressparse.PressRelease) -> None:
    assert [s.language for s in rec.sections] == ["en", "es"]


def test_demands_paired(rec: pressparse.PressRelease) -> None:
    en = [d for d in rec.demands if d.language == "en"]
    es = [d for d in rec.demands if d.language == "es"]
    assert [d.number for d in en] == ["1", "2", "3", "4", "5"]
    assert [d.number for d in es] == ["1", "2", "3", "4", "5"]
    assert en[0].text.startswith("Immediately end expulsions by rescinding Title 42")
    assert es[0].text.startswith("Rescindir el Título 42")
    for i, d in enumerate(rec.demands):
        assert d.counterpart is not None
        other = rec.demands[d.counterpart]
        assert other.counterpart == i and other.number == d.number and other.language != d.language


def test_excerpts_paired(rec: pressparse.PressRelease) -> None:
    excerpts = [q for q in rec.quotes if q.kind == "excerpt"]
    assert [(q.attribution, q.language) for q in excerpts] == [
        ("Biden's Executive Order", "en"),
        ("la orden ejecutiva de Biden", "es"),
    ]
    assert excerpts[0].text.startswith("(B) The Secretary of Homeland Security")
    first, second = (rec.quotes.index(q) for q in excerpts)
    assert rec.quotes[first].counterpart == second and rec.quotes[second].counterpart == first


@pytest.mark.parametrize(
    "chrome", ["top of page", "bottom of page", "Updated: Feb 5, 2021", "74 views0 comments", "Recent Posts",
               "See All", "ImmDef Welcomes Approval of Ms. L VS. ICE Settlement"]
)
def test_chrome_removed_and_kept_aside(rec: pressparse.PressRelease, chrome: str) -> None:
    assert chrome not in rec.text
    assert any(chrome in line.text for line in rec.chrome)


def test_release_content_kept(rec: pressparse.PressRelease) -> None:
    for text in ("Media Contact: Renee Garcia", "Los Angeles, CA. (February 3, 2021)",
                 "ImmDef’s guiding principle", "Mientras las órdenes ejecutivas del 2 de febrero"):
        assert text in rec.text
