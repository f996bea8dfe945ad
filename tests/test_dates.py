"""Tests for the shared date parser and the release/updated date extractor (real corpus lines)."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from pressparse import dates as dates_module
from pressparse.blocks import PageMeta
from pressparse.chrome import Body, Fact, Line
from pressparse.dates import Dates, find_date_strings, find_dates, parse_date, parse_date_lazy
from pressparse.languages import Languages, sections_from_line_languages
from pressparse.options import ParseOptions
from pressparse.records import ChromeLine, Dateline, Warning

D = dt.date


def make_body(
    lines: list[str],
    facts: tuple[Fact, ...] = (),
    meta: PageMeta | None = None,
    chrome: tuple[ChromeLine, ...] = (),
) -> Body:
    """A body with one kept line per entry, joined by blank lines (no chrome stage involved)."""
    kept: list[Line] = []
    start = 0
    for index, text in enumerate(lines):
        kept.append(Line(index=index, text=text, start=start))
        start += len(text) + 2
    return Body(text="\n\n".join(lines), lines=tuple(kept), chrome=chrome, facts=facts, meta=meta or PageMeta())


def langs_for(body: Body, language: str = "en") -> Languages:
    line_languages = tuple(language for _ in body.lines)
    return Languages(line_languages, sections_from_line_languages(body, line_languages))


PROSE = (
    "U.S. Senator Martin Heinrich (D-N.M.) issued the following statement today after a bipartisan group "
    "of senators released an outline for comprehensive immigration reform legislation that would help."
)


# --------------------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("February 3, 2021", "en", D(2021, 2, 3)),
        ("Feb 5, 2021", "en", D(2021, 2, 5)),
        ("October 4, 2021", "en", D(2021, 10, 4)),
        ("Monday, January 28, 2013", "en", D(2013, 1, 28)),
        ("Tuesday, February 26, 2013", "en", D(2013, 2, 26)),
        ("Monday, December 3, 2018", "en", D(2018, 12, 3)),
        ("Saturday Mar 15, 2025 @ 3:00 AM America/Mexico_City", "en", D(2025, 3, 15)),
        ("3 de febrero de 2021", "es", D(2021, 2, 3)),
        ("29 de mayo de 2024", "es", D(2024, 5, 29)),
        ("13 de agosto de 2026", "es", D(2026, 8, 13)),
        ("1º de mayo de 2019", "es", D(2019, 5, 1)),
        ("jueves, 7 de marzo de 2013", "es", D(2013, 3, 7)),
        ("Mircoles, 6 de marzo de 2013", "es", D(2013, 3, 6)),  # accent dropped by a legacy import
        ("el 15 de septiembre de 2021", "es", D(2021, 9, 15)),
        ("25 April 2016", "en", D(2016, 4, 25)),
        ("03.11.02", "es", D(2002, 3, 11)),  # legacy mm.dd.yy stamp, even on a Spanish page
        ("18-12-2020 - 17:10", "en", D(2020, 12, 18)),
        ("2016-04-25T03:39:00-04:00", "en", D(2016, 4, 25)),
        ("2016-04-25T23:39:00-04:00", "en", D(2016, 4, 25)),  # the printed day, no shift to UTC
        ("2019-07-18 11:37:00.0", "en", D(2019, 7, 18)),
        ("Sat, 15 Mar 2025 03:00:00 GMT", "en", D(2025, 3, 15)),
        ("5th of March 2021", "en", D(2021, 3, 5)),  # dateparser fallback
        ("05/07/2019", "en", D(2019, 5, 7)),
        ("05/07/2019", "es", D(2019, 7, 5)),
        ("0001-01-01T00:00:00Z", "en", None),
        ("1970-01-01", "en", None),
        ("February 30, 2021", "en", None),
        ("Feb 5", "en", None),
        ("3 days ago", "en", None),
        ("hoy", "es", None),
        ("not a date at all", "en", None),
        ("", "en", None),
    ],
)
def test_parse_date(raw: str, language: str, expected: dt.date | None) -> None:
    assert parse_date(raw, language) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Feb 5", D(2021, 2, 5)),
        ("Dec 24", D(2020, 12, 24)),  # later in the year than the reference: the year before
        ("3 days ago", D(2021, 2, 26)),
        ("yesterday", D(2021, 2, 28)),
        ("hoy", D(2021, 3, 1)),
        ("hace 2 semanas", D(2021, 2, 15)),
        ("2 months ago", D(2021, 1, 1)),
    ],
)
def test_parse_date_relative_needs_reference(raw: str, expected: dt.date) -> None:
    assert parse_date(raw, "en", reference_date=D(2021, 3, 1)) == expected


def test_numeric_order_argument_overrides_language() -> None:
    assert parse_date("05-07-2019", "en", order="DMY") == D(2019, 7, 5)
    assert parse_date("18-07-2019", "en", order="MDY") == D(2019, 7, 18)  # unambiguous wins


def test_find_date_strings_spans_and_lookalikes() -> None:
    text = "call 213-634-7615 on v1.2.3, 11.430.000 dollars; the 2 may be; Feb 5 and (18.07.2019) or 5 de mayo"
    found = find_date_strings(text)
    assert [raw for _, _, raw in found] == ["Feb 5", "18.07.2019", "5 de mayo"]
    for start, end, raw in found:
        assert text[start:end] == raw


# --------------------------------------------------------------------------- find_dates


def run(
    body: Body, dateline: Dateline | None = None, language: str = "en", **options: object
) -> tuple[Dates, list[Warning]]:
    options_value = ParseOptions(**options)  # type: ignore[arg-type]
    return find_dates(body, langs_for(body, language), dateline, options_value)


def test_release_line_then_date_on_next_line() -> None:
    body = make_body(
        [
            "FOR IMMEDIATE RELEASEContact: James Arnold or Mary Collins Atkinson (202) 224-2353",
            "October 4, 2021",
            "Cotton Demands Answers About Afghan Evacuee ‘Independent Departures’",
            PROSE,
        ]
    )
    dates, warnings = run(body)
    assert (dates.release, dates.release_raw, dates.release_method) == (
        D(2021, 10, 4),
        "October 4, 2021",
        "release-line",
    )
    assert warnings == []


def test_release_line_beats_dateline_date() -> None:
    body = make_body(["PARA PUBLICACIÓN INMEDIATA: 3 de febrero de 2021", PROSE])
    dateline = Dateline("Los Angeles, CA", D(2021, 2, 1), "Los Angeles, CA (February 1, 2021)", (0, 5), "x")
    dates, _ = run(body, dateline, language="es")
    assert (dates.release, dates.release_method) == (D(2021, 2, 3), "release-line")


def test_release_line_cut_out_as_chrome_is_still_read() -> None:
    chrome = (ChromeLine("FOR IMMEDIATE RELEASE", 0, "date-line"),)
    body = make_body(["March 5, 2021", PROSE], chrome=chrome)
    dates, _ = run(body)
    assert (dates.release, dates.release_method) == (D(2021, 3, 5), "release-line")


def test_teaser_release_line_of_another_page_is_ignored() -> None:
    chrome = (ChromeLine("FOR IMMEDIATE RELEASE December 14, 2023 CONTACT: Alicia Vargas", 0, "teaser-run"),)
    body = make_body(["A headline", PROSE], chrome=chrome)
    dates, _ = run(body)
    assert dates.release is None


def test_dateline_date() -> None:
    raw = "Los Angeles, CA. (February 3, 2021)"
    body = make_body([raw + " Immigrant Defenders Law Center (ImmDef) calls upon President Biden " + PROSE])
    dateline = Dateline("Los Angeles, CA", D(2021, 2, 3), raw, (0, len(raw)), "place-date-paren")
    dates, _ = run(body, dateline)
    assert (dates.release, dates.release_raw, dates.release_method) == (
        D(2021, 2, 3),
        "February 3, 2021",
        "dateline",
    )


def test_date_of_a_dateline_glued_to_the_headline() -> None:
    # The dateline starts inside its line (the scrape joined it to the headline); its date is the release date.
    headline = "State Affirms Commitment to Enhance Connectivity to Underserved Homes &amp; Businesses"
    raw = "OTIS Thursday, April 4, 2013 -"
    line = headline + raw + " Congressman Richard E. Neal, Governor Deval L. Patrick and the Berkshire state " + PROSE
    body = make_body([line])
    start = len(headline)
    dateline = Dateline("OTIS", D(2013, 4, 4), raw, (start, start + len(raw)), "place-date")
    assert body.text[start : start + len(raw)] == raw
    dates, _ = run(body, dateline)
    assert (dates.release, dates.release_raw, dates.release_method) == (
        D(2013, 4, 4),
        "Thursday, April 4, 2013",
        "dateline",
    )


@pytest.mark.parametrize(
    ("lines", "expected", "raw"),
    [
        (
            ["Heinrich Statement On Bipartisan Immigration Proposal", "Monday, January 28, 2013", PROSE],
            D(2013, 1, 28),
            "Monday, January 28, 2013",
        ),
        (
            [
                "Heinrich Backs Proposal To Avert The Sequester And Reduce the Deficit",
                "Taking action immediately to avoid these harmful and arbitrary cuts is the only responsible course.",
                "Tuesday, February 26, 2013",
                PROSE,
            ],
            D(2013, 2, 26),
            "Tuesday, February 26, 2013",
        ),
        (["EU-UK relations: parliament adopts temporary contingency measures", "18-12-2020 - 17:10", PROSE],
         D(2020, 12, 18), "18-12-2020"),
        (["03.11.02", "REP. LEE PIDE A LOS REPUBLICANOS", PROSE], D(2002, 3, 11), "03.11.02"),
        (["A headline", "Posted on March 5, 2021", PROSE], D(2021, 3, 5), "March 5, 2021"),
        (["A headline", "March 5, 2021 | Press Release", PROSE], D(2021, 3, 5), "March 5, 2021"),
        (["A headline", "By Staff · Mar 5, 2021 · 2 min read", PROSE], D(2021, 3, 5), "Mar 5, 2021"),
    ],
)
def test_standalone_date_line(lines: list[str], expected: dt.date, raw: str) -> None:
    dates, _ = run(make_body(lines))
    assert (dates.release, dates.release_raw, dates.release_method) == (expected, raw, "date-line")


def test_date_line_after_the_prose_is_not_the_release_date() -> None:
    dates, _ = run(make_body(["A headline", PROSE, "March 5, 2021"]))
    assert dates.release is None


def test_page_numeric_order_from_unambiguous_dates() -> None:
    lines = ["A headline", "05-07-2019 - 11:37", PROSE, "Video-recording of the debate (16.07.2019)"]
    dates, _ = run(make_body(lines))
    assert dates.release == D(2019, 7, 5)


def test_published_fact_then_meta() -> None:
    body = make_body([PROSE], facts=(Fact("published", "Published: 03.11.02"),))
    dates, _ = run(body)
    assert (dates.release, dates.release_method) == (D(2002, 3, 11), "published")

    body = make_body([PROSE], meta=PageMeta(published="2016-04-25T03:39:00-04:00"))
    dates, _ = run(body)
    assert (dates.release, dates.release_raw, dates.release_method) == (
        D(2016, 4, 25),
        "2016-04-25T03:39:00-04:00",
        "meta",
    )

    body = make_body([PROSE], meta=PageMeta(published="0001-01-01T00:00:00"))
    assert run(body)[0].release is None


def test_updated_from_fact_and_from_body_line() -> None:
    body = make_body([PROSE], facts=(Fact("updated", "Updated: Feb 5, 2021"),))
    dates, _ = run(body)
    assert (dates.updated, dates.updated_raw) == (D(2021, 2, 5), "Feb 5, 2021")

    body = make_body(["ImmDef Calls Upon the Biden Administration", "Updated: Feb 5, 2021", PROSE])
    dates, _ = run(body)
    assert dates.updated == D(2021, 2, 5)
    assert dates.release is None  # an update line is not the release date


def test_meta_modified_only_where_the_page_shows_an_update() -> None:
    body = make_body([PROSE], meta=PageMeta(modified="2018-06-29T05:07:45-04:00"))
    assert run(body)[0].updated is None
    body = make_body(["Updated 3 days ago", PROSE], meta=PageMeta(modified="2018-06-29T05:07:45-04:00"))
    dates, warnings = run(body)
    assert dates.updated == D(2018, 6, 29)
    assert [w.code for w in warnings] == ["date_unresolved"]


def test_yearless_update_resolves_only_with_reference_date() -> None:
    body = make_body([PROSE], facts=(Fact("updated", "Updated: Feb 5"),))
    dates, warnings = run(body)
    assert dates.updated is None
    assert [w.code for w in warnings] == ["date_unresolved"]
    dates, warnings = run(body, reference_date=D(2021, 3, 1))
    assert dates.updated == D(2021, 2, 5)
    assert warnings == []


def test_release_in_prose_is_not_a_release_line() -> None:
    lines = ["A headline", "The film is scheduled for release on March 5, 2021 in theaters across the country.", PROSE]
    dates, _ = run(make_body(lines))
    assert dates.release is None


def test_no_dates() -> None:
    dates, warnings = run(make_body(["Perú es reconocido como Destino Líder de Sudamérica", PROSE]))
    assert dates.release is None and dates.updated is None and warnings == []


# --------------------------------------------------------------------------- adversarial input


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "1.2." * 25_000,
        "12-12-" * 17_000,
        "- – — " * 20_000,
        "WASHINGTON, " * 9_000,
        "(" * 50_000 + ")" * 50_000,
        "May 5 " * 20_000,
        "5 de mayo de " * 9_000,
        "Monday, " * 12_000,
        "FOR IMMEDIATE RELEASE " * 5_000,
    ],
)
def test_adversarial_input_completes(text: str) -> None:
    started = time.perf_counter()
    find_date_strings(text)
    parse_date(text[:300])
    body = make_body([text[:20_000]] * 5)
    find_dates(body, langs_for(body), None, ParseOptions())
    assert time.perf_counter() - started < 10


def test_date_lines_cut_out_as_chrome_without_a_fact() -> None:
    chrome = (
        ChromeLine("Updated: Feb 5, 2021", 0, "date-line"),
        ChromeLine("Mar 3, 2021 | News", 0, "date-line"),
        ChromeLine("April 9, 2021", 0, "teaser-run"),
    )
    dates, _ = run(make_body(["A headline", PROSE], chrome=chrome))
    assert (dates.release, dates.release_method) == (D(2021, 3, 3), "published")
    assert dates.updated == D(2021, 2, 5)


def test_page_order_learnt_from_removed_lines() -> None:
    chrome = (ChromeLine("Video-recording of the debate (16.07.2019)", 300, "link-list"),)
    dates, _ = run(make_body(["A headline", "05-07-2019 - 11:37", PROSE], chrome=chrome))
    assert dates.release == D(2019, 7, 5)


@pytest.mark.parametrize(
    "lines",
    [
        ["Media Contact:"] * 100_000,
        ["FOR IMMEDIATE RELEASE 12/12/12"] * 100_000,
        ["1. Rescindir el Título 42, “said” — WASHINGTON (June 1, 2024) ¿Qué? " * 150_000],
    ],
)
def test_many_lines_and_one_huge_line_complete(lines: list[str]) -> None:
    started = time.perf_counter()
    body = make_body(lines)
    find_dates(body, langs_for(body), None, ParseOptions())
    assert time.perf_counter() - started < 10


# --------------------------------------------------------------------------- fast paths, same answers


def test_page_order_is_computed_only_for_an_ambiguous_date() -> None:
    def no_order() -> None:
        raise AssertionError("the page order was not needed")

    assert parse_date_lazy("18-07-2019", "es", None, no_order) == D(2019, 7, 18)
    assert parse_date_lazy("February 3, 2021", "en", None, no_order) == D(2021, 2, 3)
    assert parse_date_lazy("03.11.02", "en", None, lambda: "DMY") == D(2002, 11, 3)


# The page-order pattern as first written (look-behind first), to check the digit-first rewrite against.
_NUMERIC_EVIDENCE_AS_WRITTEN = re.compile(r"(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\w]|[./-]\d)")


@pytest.mark.parametrize(
    "text",
    [
        "Ciudad de México, 18-07-2019 - 11:37 (16.07.2019) x1-2-2020 112/3/2020 1.2.3.4 -1-2-2020 01-02-2020.5",
        "Posted 03.11.02 | 3/4/2021 and 13/4/2021, v1.2.2021, ３-４-２０２０, 12-12-" * 50,
    ],
)
def test_numeric_evidence_pattern_matches_as_written(text: str) -> None:
    written = [m.span() for m in _NUMERIC_EVIDENCE_AS_WRITTEN.finditer(text)]
    assert [m.span() for m in dates_module._NUMERIC_EVIDENCE_RE.finditer(text)] == written


@pytest.mark.parametrize(
    "line",
    [
        "FOR IMMEDIATE RELEASE",
        "For Immediate Releaſe: March 5, 2021",
        "PARA PUBLICACIÓN INMEDIATA",
        "Para su difusión ınmediata",
        "EMBARGOED UNTIL 10:00 a.m. ET, March 5",
        "Embargado hasta el 5 de marzo",
        "... | FOR RELEASE",
        "The film is scheduled for release on March 5",
        "Information for the press",
    ],
)
def test_release_cue_prefilter_keeps_every_cue(line: str) -> None:
    cue = dates_module._RELEASE_CUE.search(line)
    expected = cue if cue is not None and (cue.start() <= 3 or cue.group(0).isupper()) else None
    found = dates_module._release_cue(line)
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicado: hace 2 días", D(2024, 6, 28)),
        ("Posted yesterday", D(2024, 6, 29)),
        ("Posted YESTERDAY", D(2024, 6, 29)),
        ("Fecha: ayer", D(2024, 6, 29)),
        ("Published 3 days ago", D(2024, 6, 27)),
        ("Posted on: Home | News | Events", None),
    ],
)
def test_relative_date_line_without_a_digit_is_still_read(line: str, expected: dt.date | None) -> None:
    prose = "The agency announced on Monday that it will expand the program to every county in the state this year."
    body = make_body([line, prose])
    dates, _ = find_dates(body, langs_for(body), None, ParseOptions(reference_date=D(2024, 6, 30)))
    assert dates.release == expected
