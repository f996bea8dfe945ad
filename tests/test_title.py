"""Title extractor: the release headline as printed, never the site name or a date line."""

from __future__ import annotations

import time

import pytest

from pressparse.blocks import Block, BlockDoc, PageMeta, markdown_blocks, text_blocks
from pressparse.chrome import Body, strip_chrome
from pressparse.title import find_title

_PROSE = (
    "WASHINGTON, D.C.  U.S. Senator Martin Heinrich (D-N.M.) issued the following statement today after a "
    "bipartisan group of senators released an outline for comprehensive immigration reform legislation:"
)


def _text(page: str) -> Body:
    return strip_chrome(text_blocks(page))


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # Wix blog dump: edge line above the headline.
        ("top of page\n\nImmDef Calls Upon the Biden Administration to Take Immediate Action for Asylum "
         "Seekers "
         "and Detainees\n\nUpdated: Feb 5, 2021\n\n\nEspañol abajo\n\n" + _PROSE,
         "ImmDef Calls Upon the Biden Administration to Take Immediate Action for Asylum Seekers and "
         "Detainees"),
        # Headline, then a weekday date line, then the dateline paragraph.
        ("Heinrich Statement On Bipartisan Immigration Proposal\n\t\t\t\n\t\t\t\tMonday, January 28, 2013\n\n"
         + _PROSE, "Heinrich Statement On Bipartisan Immigration Proposal"),
        # Release mark and date above the headline.
        ("FOR IMMEDIATE RELEASEContact: James Arnold or Mary Collins Atkinson (202) 224-2353\n\nOctober "
         "4, 2021\n\n"
         "Cotton Demands Answers About Afghan Evacuee ‘Independent Departures’\n\nThe Honorable "
         "Alejandro Mayorkas",
         "Cotton Demands Answers About Afghan Evacuee ‘Independent Departures’"),
        # Legacy stamp (chrome) above an all-capitals headline.
        ("03.11.02\n\t\t\t REP. LEE PIDE A LOS REPUBLICANOS:  DEJEN DE JUGAR CON EL SEGURO SOCIAL "
         "\n\t\t\t" + _PROSE,
         "REP. LEE PIDE A LOS REPUBLICANOS: DEJEN DE JUGAR CON EL SEGURO SOCIAL"),
    ],
)
def test_text_headline(page: str, title: str) -> None:
    found, _ = find_title(_text(page))
    assert found is not None
    assert found.text == title
    body = _text(page)
    if found.span is not None:
        assert body.text[found.span[0]:found.span[1]] == found.text


@pytest.mark.parametrize(
    "headline",
    [
        "‘[They] want to come after you’: Rep. Roy denounces Democrats for targeting American people "
        "through "
        "spending plan",
        "Smith Statement on Shooting in Washington, D.C.",
        "March 08, 2013\n\t\t\t Manchin, Rockefeller Bipartisan Group Protect Rank of Purple Heart, "
        "Bronze Star",
    ],
)
def test_headline_shapes(headline: str) -> None:
    found, _ = find_title(_text(headline + "\n\n" + _PROSE))
    assert found is not None
    assert found.text == headline.split("\t")[-1].strip()


def test_blog_author_and_date_above_headline() -> None:
    page = ("Immigrant Defenders Law Center\n\nFeb 3, 2021\n\nImmDef Calls Upon the Biden Administration to "
            "Take Immediate Action\n\n" + _PROSE)
    found, _ = find_title(_text(page))
    assert found is not None
    assert found.text == "ImmDef Calls Upon the Biden Administration to Take Immediate Action"


def test_headline_broken_over_two_lines_is_joined() -> None:
    page = "Gutierrez Statement on \nATSDR Study of Vieques\n[English Version Below]\n \n" + _PROSE
    found, _ = find_title(_text(page))
    assert found is not None
    assert found.text == "Gutierrez Statement on ATSDR Study of Vieques"


def test_headline_line_running_on_into_a_date_is_joined() -> None:
    # The second line runs on into the date and the body (its line break lost in the scrape).
    page = ("Distinguished Alumni Awards to be Presented at \nMassachusetts State House  February 21, 2013: "
            "Amherst, Mass  The UMass Amherst Alumni Association is proud to announce the 2013 recipients of "
            "its most prestigious recognition for alumni, faculty and friends: the Distinguished Alumni Awards.")
    found, _ = find_title(_text(page))
    assert found is not None
    assert found.text == "Distinguished Alumni Awards to be Presented at Massachusetts State House"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # The second line is prose, not capitalised headline words, before the date.
        ("Senators to Vote on\nthe bill that was introduced on March 4, 2013 by the committee chair and "
         "reported out of committee without amendment after a long debate.", "Senators to Vote on"),
        # The first line does not end on a function word.
        ("Smith Announces New Grant\nMassachusetts State House February 21, 2013: Amherst, Mass The UMass "
         "Amherst Alumni Association is proud to announce the 2013 recipients.", "Smith Announces New Grant"),
    ],
)
def test_run_on_second_line_not_joined(page: str, title: str) -> None:
    found, _ = find_title(_text(page))
    assert found is not None
    assert found.text == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # ALL-CAPS headline and Title-Case subhead on one line.
        ("CONGRESSMAN RICHARD E. NEAL TO ADDRESS WILLIAMSTOWN LEAGUE OF WOMEN VOTERS  Neal to Discuss Current "
         "Events and Give Update on Washington  \n(Williamstown) Congressman Richard E. Neal will join dozens "
         "of engaged Berkshire County residents to deliver remarks on current events.",
         "CONGRESSMAN RICHARD E. NEAL TO ADDRESS WILLIAMSTOWN LEAGUE OF WOMEN VOTERS"),
        # ALL-CAPS headline (with a mixed-case brand inside) running on into subhead and body.
        ("CONGRESSMAN RICHARD E. NEAL, GOVERNOR DEVAL L. PATRICK AND LOCAL OFFICIALS LIGHT FIRST SECTION OF "
         "NEW MassBroadband 123 FIBER-OPTIC NETWORK  Over 1,200 Community Facilities to Receive Broadband "
         "Access; State Affirms Commitment to Enhance Connectivity to Underserved Homes & BusinessesOTIS  "
         "Thursday, April 4, 2013 - Congressman Richard E. Neal, Governor Deval L. Patrick and the Berkshire "
         "state delegation today lit the first section of a new 1,200-mile fiber-optic network that will "
         "bring high-speed Internet access to underserved areas of western and central Massachusetts.",
         "CONGRESSMAN RICHARD E. NEAL, GOVERNOR DEVAL L. PATRICK AND LOCAL OFFICIALS LIGHT FIRST SECTION OF "
         "NEW MassBroadband 123 FIBER-OPTIC NETWORK"),
    ],
)
def test_caps_headline_cut_from_what_follows(page: str, title: str) -> None:
    body = _text(page)
    found, _ = find_title(body)
    assert found is not None
    assert found.text == title
    assert found.span is not None and body.text[found.span[0]:found.span[1]] == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # A short capitals run (acronyms) opening a Title-Case headline is not cut.
        ("NASA AND ESA Announce Joint Mission to Study Jupiter's Moons\n\n" + _PROSE,
         "NASA AND ESA Announce Joint Mission to Study Jupiter's Moons"),
        # An all-capitals headline on its own line stays whole.
        ("REP. LEE PIDE A LOS REPUBLICANOS: DEJEN DE JUGAR CON EL SEGURO SOCIAL\n\n" + _PROSE,
         "REP. LEE PIDE A LOS REPUBLICANOS: DEJEN DE JUGAR CON EL SEGURO SOCIAL"),
    ],
)
def test_caps_run_not_cut(page: str, title: str) -> None:
    found, _ = find_title(_text(page))
    assert found is not None
    assert found.text == title


@pytest.mark.parametrize(
    "page",
    [
        # The page opens with the dateline paragraph: no headline.
        "WASHINGTON – Representative Norma J. Torres (CA-35) today introduced a resolution to recognize "
        "August 22, "
        "2021 – August 28, 2021 as Wildfire Preparedness Week.\n\nRep. Norma Torres released the "
        "following statement:",
        # A pull quote and a language note above the dateline paragraph.
        '"I am proud to bring this celebration back to Congress"\n\n***English and Spanish***\n\n'
        "WASHINGTON, DC – As Día de los Muertos, Day of the Dead, approaches, Congressman Jesús García "
        "(IL-04) and "
        "his team in Washington, D.C. are marking this occasion with a traditional ofrenda in their office.",
        # Link lines above the dateline paragraph.
        "Read the full report\n\nRead a summary of the report in Spanish\n\nWatch a livestream of "
        "Congressman "
        "Castro’s release address at the National Press Club\n\nWASHINGTON – Today, Congressman Joaquin "
        "Castro "
        "(TX-20) released the second of two Government Accountability Office (GAO) reports on Latinos "
        "in media.",
        # A place-and-date line is not a headline.
        "Washington, DC – March 3, 2021\n\nToday the Acme Corporation announced a new program that will "
        "train four hundred apprentices a year in the building trades.",
        "",
    ],
)
def test_no_headline(page: str) -> None:
    found, warnings = find_title(_text(page))
    assert found is None
    assert [w.code for w in warnings] == ["low_evidence"]


def test_markdown_heading_may_carry_a_date() -> None:
    page = "# Acme Announces Third Quarter Results on November 5, 2024\n\n" + _PROSE
    found, _ = find_title(strip_chrome(markdown_blocks(page)))
    assert found is not None
    assert found.text == "Acme Announces Third Quarter Results on November 5, 2024"


def test_markdown_heading() -> None:
    page = ("# B&J Body Shop: The Best Auto Body Shop for Thorough Collision Repair\n\n"
            "How to Prepare Your Vehicle for Repairs at an Auto Body Shop: Tips for Car Owners\n\n"
            " Rancho Cordova, United States - November 25, 2024 / B&J Body Shop /\n")
    body = strip_chrome(markdown_blocks(page))
    found, _ = find_title(body)
    assert found is not None
    assert found.text == "B&J Body Shop: The Best Auto Body Shop for Thorough Collision Repair"
    assert found.span == (0, len(found.text))


def test_html_prefers_h1_over_title_and_finds_its_line() -> None:
    meta = PageMeta(
        title="EP paves way for the use of EU funds to finance natural disaster recovery | News | "
              "European Parliament",
        h1="Parliament paves way for the use of EU funds to finance natural disaster recovery",
    )
    blocks = (
        Block("Press room", link_chars=10),
        Block("Parliament paves way for the use of EU funds to finance natural disaster recovery",
              kind="heading",
              level=1),
        Block("Two new EU laws will offer quick EU funding for recovery measures following natural "
              "disasters."),
    )
    body = strip_chrome(BlockDoc(blocks=blocks, meta=meta))
    found, _ = find_title(body)
    assert found is not None
    assert found.text == meta.h1
    assert found.span is not None
    assert body.text[found.span[0]:found.span[1]] == meta.h1


def test_html_title_suffix_is_cut() -> None:
    meta = PageMeta(title="Venezuela: European Parliament calls for additional sanctions | News | "
                          "European Parliament")
    doc = BlockDoc(blocks=(Block("For the third time this year ..."),), meta=meta)
    found, _ = find_title(strip_chrome(doc))
    assert found is not None
    assert found.text == "Venezuela: European Parliament calls for additional sanctions"
    assert found.span is None


def test_html_site_name_dash_suffix_is_cut() -> None:
    meta = PageMeta(title="Acme Opens New Plant in Ohio - Acme Newsroom", site_name="Acme Newsroom")
    found, _ = find_title(strip_chrome(BlockDoc(blocks=(), meta=meta)))
    assert found is not None
    assert found.text == "Acme Opens New Plant in Ohio"


def test_contact_block_above_headline_is_passed_over() -> None:
    page = ("Media Contact:\nJane Doe\nAcme Corporation Press Office\n\n"
            "Acme Launches Apprenticeship Program for Building Trades\n\n" + _PROSE)
    found, _ = find_title(_text(page))
    assert found is not None
    assert found.text == "Acme Launches Apprenticeship Program for Building Trades"


def test_generic_page_title_is_not_a_headline() -> None:
    meta = PageMeta(title="Press Releases | Senator Jane Doe", site_name="Senator Jane Doe")
    blocks = (Block("Doe Introduces Bill to Expand Rural Broadband Access", kind="heading", level=1),
              Block(_PROSE))
    found, _ = find_title(strip_chrome(BlockDoc(blocks=blocks, meta=meta)))
    assert found is not None
    assert found.text == "Doe Introduces Bill to Expand Rural Broadband Access"
    assert found.method == "heading"


def test_h1_naming_the_site_is_not_the_headline() -> None:
    meta = PageMeta(title="Doe Introduces Rural Broadband Bill | Office of Senator Jane Doe",
                    h1="Office of Senator Jane Doe")
    blocks = (Block("Office of Senator Jane Doe", kind="heading", level=1),
              Block("Doe Introduces Rural Broadband Bill", kind="heading", level=2), Block(_PROSE))
    found, _ = find_title(strip_chrome(BlockDoc(blocks=blocks, meta=meta)))
    assert found is not None
    assert found.text == "Doe Introduces Rural Broadband Bill"


def test_title_suffix_named_by_the_host_is_cut() -> None:
    meta = PageMeta(title="Acme Opens New Plant in Ohio - Acme", url="https://www.acme.com/news/new-plant")
    found, _ = find_title(strip_chrome(BlockDoc(blocks=(Block(_PROSE),), meta=meta)))
    assert found is not None
    assert found.text == "Acme Opens New Plant in Ohio"


def test_title_prefix_printed_on_the_page_is_placed() -> None:
    meta = PageMeta(title="Acme Opens New Plant in Ohio - Newsroom Central")
    blocks = (Block("Acme Opens New Plant in Ohio"), Block(_PROSE))
    body = strip_chrome(BlockDoc(blocks=blocks, meta=meta))
    found, _ = find_title(body)
    assert found is not None
    assert found.text == "Acme Opens New Plant in Ohio"
    assert found.span == (0, len(found.text))


@pytest.mark.parametrize(
    "text",
    ['"' * 100_000, "1." * 50_000, "-" * 100_000, "A, " * 33_000, "(" * 50_000 + ")" * 50_000,
     "\n".join(["Gutierrez Statement on"] * 5_000), "# " + "Title " * 20_000, "January " * 12_000,
     "ABC DEF " * 12_000 + "Abc def ghi", "\n".join(["Awards at", "State House - " * 5_000])],
)
def test_adversarial_input_completes(text: str) -> None:
    started = time.perf_counter()
    for doc in (text_blocks(text), markdown_blocks(text)):
        find_title(strip_chrome(doc))
    meta = PageMeta(title=text[:100_000], h1=text[:50_000])
    find_title(strip_chrome(BlockDoc(blocks=(Block(text[:100_000]),), meta=meta)))
    assert time.perf_counter() - started < 10
