"""Chrome stage: which lines are site furniture, and that release text survives."""

from __future__ import annotations

import time

import pytest

from pressparse.blocks import Block, BlockDoc, PageMeta, markdown_blocks, text_blocks
from pressparse.chrome import Body, Fact, classify_line, strip_chrome


def _check_offsets(body: Body) -> None:
    for line in body.lines:
        assert body.text[line.start:line.end] == line.text


# ----------------------------------------------------------------------------- single lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("top of page", "edge"),
        ("bottom of page", "edge"),
        ("Skip to main content", "edge"),
        ('Access to page content (press "Enter")', "edge"),
        ('Direct access to language menu (press "Enter")', "edge"),
        ("74 views0 comments", "counter"),
        ("3 Likes", "counter"),
        ("Post not marked as liked", "counter"),
        ("2 min read", "reading-time"),
        ("Updated: Feb 5, 2021", "date-line"),
        ("Published: March 3, 2021", "date-line"),
        ("By Jane Doe", "byline"),
        ("Follow Barbara Lee on Twitter @RepBarbaraLee", "share"),
        ("Share this page:", "share"),
        ("Share this:", "share"),
        ("Follow us on Facebook", "share"),
        ("Next Article", "navigation"),
        ("See All", "navigation"),
        ("Home > News > Press Releases", "navigation"),
        ("Tags: immigration, asylum", "navigation"),
        ("Copyright © 2024 Cision US Inc.", "footer"),
        ("Privacy Policy", "footer"),
        ("Legal notice", "footer"),
        ("Accept All Cookies", "cookie"),
        ("Privacy Preference Center", "cookie"),
        ("Sign up for Top Stories & curated News delivered to your inbox", "form"),
        ("Sign up for mail updates", "form"),
        ("By signing up you agree to receive content from us.", "form"),
        ("Enter Your Email", "form"),
        ("Write a comment...", "form"),
        ("I'm not a robot", "form"),
        (
            "View source version on newsdirect.com: https://newsdirect.com/news/"
            "ocean-establece-un-centro-global-en-el-salvador-951371490",
            "wire-boilerplate",
        ),
        ("Original Source: https://bjbody.com/how-to-prepare-your-vehicle-for-repairs/", "wire-boilerplate"),
        ("The post pgEdge Announces Launch of pgEdge Platform v25 appeared first on citybiz.",
         "wire-boilerplate"),
        ("The post The Rise of American Microgrid Data Centers first appeared on Prism Media Wire.",
         "wire-boilerplate"),
        ("— PRISM MediaWire (@prism_mediawire) October 16, 2025", "social-post"),
        ("Share:", "share"),
        ("Add us on Google as a Preferred Source to see more News in your Search Results", "share"),
        ("News provided by", "byline"),
        ("Use tab to navigate through the menu items.", "edge"),
        ("Link copied", "share"),
        ("Proudly created with Wix.com", "footer"),
        ("Thanks for submitting!", "form"),
        ("Join our mailing list", "form"),
        ("Advertisement", "widget"),
        ("Please enable JavaScript to view this page.", "widget"),
        ("Listen to this article", "widget"),
        # Follow prompts, with handles and a site pointer after them.
        ("Follow Barbara Lee on Facebook and Twitter @RepBarbaraLee. To learn more, visit lee.house.gov",
         "share"),
        ("Follow the VPC on X/Twitter, Facebook, Instagram, and BlueSky.", "share"),
        ("Follow Sen. Smith on Twitter: @SenSmith | Facebook", "share"),
        ("Síguenos en Instagram: @acme", "share"),
        ("Follow us:", "share"),
        ("Stay Connected", "share"),
        ("Follow @RepSmith on Twitter", "share"),
        # News-page furniture (article-extraction benchmark pages).
        ("Advert", "widget"),
        ("This slideshow requires JavaScript.", "widget"),
        ("DON'T MISS", "navigation"),
        ("By Justine Coleman - 11/18/19 11:04 PM EST", "byline"),
        ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "date-line"),
        ("Sharing is caring!", "share"),
        ("Like this story? Share it with a friend!", "share"),
        ("Related: The 15 Weirdest Galaxies in Our Universe", "navigation"),
        ("Read more: Tencent profit falls as Alibaba threat and economic woes weigh", "navigation"),
        ("SEE MORE: Hong Kong protests: 800 students under siege in university", "navigation"),
        ("More:", "navigation"),
        ("Connect with us on social media: Facebook | Twitter | Instagram", "share"),
        ("Stay connected with Congressman X on Facebook, Twitter and YouTube", "share"),
    ],
)
def test_chrome_lines(line: str, reason: str) -> None:
    assert classify_line(Block(text=line))[0] == reason


@pytest.mark.parametrize(
    "line",
    [
        "FOR IMMEDIATE RELEASE December 14, 2023 CONTACT: Alicia Vargas 213.653-1442",
        "###",
        "# # #",
        "- termina -",
        "--News Direct--",
        "Media Contact: Renee Garcia,; 213-634-7615",
        "Español abajo",
        "[English Version Below]",
        "***English and Spanish***",
        "Monday, January 28, 2013",
        "October 4, 2021",
        "Sincerely,",
        "About HackerRank",
        "Acerca de kevin.",
        "Contact DetailsNettResults Relaciones Públicas",
        "Read the full report",
        "Please click here for the full text.",
        "Pictures of the ofrenda can be downloaded here.",
        "Video Oficial [HD] : http://youtu.be/Jl4Qi8_T2SQ",
        "By the numbers",
        "Additional sanctions",
        "Further information",
        "Los Angeles, CA. (February 3, 2021) Immigrant Defenders Law Center (ImmDef) calls upon "
        "President Biden",
        "Cotton Demands Answers About Afghan Evacuee ‘Independent Departures’",
        "The Honorable Alejandro Mayorkas",
        # Headlines that open with a chrome word.
        "Share the Road Act Passes Senate",
        "Senators Introduce Copyright Reform Bill",
        "Sign Up for Medicare Open Enrollment Before Dec. 7",
        "Access to Content Act introduced by Senator X",
        "Updated Guidance for 2024 Wildfire Season",
        "Published Report Shows 40% Rise in Rents",
        "Related Parties Must Disclose Loans, Regulator Says",
        "By Land And Sea",
        # Follow verbs and site pointers that are release text.
        "Follow the money on the campaign trail",
        "Join us on Facebook Live at 3 p.m. for a town hall",
        "To learn more about eating for heart and brain health",
        "To learn more, visit lee.house.gov",
        "By Land And Sea - 2019 Tour",
        "By 2030, emissions will fall",
        "Advertising Standards Authority Upholds Complaint",
        "More information: Jane Doe, jane@example.org",
        "Related Parties: Disclosure Rules Tightened",
        "Si desea obtener más información sobre ARKMining, visite su sitio web oficial",
    ],
)
def test_release_lines_are_not_chrome(line: str) -> None:
    assert classify_line(Block(text=line)) == (None, None)


def test_fact_lines_pass_their_facts() -> None:
    assert classify_line(Block(text="Updated: Feb 5, 2021"))[1] == Fact("updated", "Updated: Feb 5, 2021")
    posted = "Posted on March 3, 2021"
    assert classify_line(Block(text=posted))[1] == Fact("published", posted)
    assert classify_line(Block(text="By Jane Doe"))[1] == Fact("author", "By Jane Doe")


# ----------------------------------------------------------------------------- whole pages

_WIX_PAGE = """top of page

ImmDef Calls Upon the Biden Administration to Take Immediate Action for Asylum Seekers and Detainees

Updated: Feb 5, 2021


Español abajo

Media Contact: Renee Garcia,; 213-634-7615

Los Angeles, CA. (February 3, 2021) Immigrant Defenders Law Center (ImmDef) calls upon President Biden \
and his \
Administration to take swift and decisive action to address the urgent humanitarian crisis faced by \
thousands of \
asylum seekers and detainees.

ImmDef’s guiding principle is that no immigrant stands alone. We will continue to hold the government \
accountable until all immigrant communities are welcomed with dignity and treated with the respect they \
deserve.

74 views0 comments

Recent Posts

See All

ImmDef Welcomes Approval of Ms. L VS. ICE Settlement

FOR IMMEDIATE RELEASE December 14, 2023 CONTACT: Alicia Vargas 213.653-1442 LOS ANGELES – A federal court \
judge \
has approved the settlement reached between the Biden Administration

bottom of page
"""


def test_wix_blog_page() -> None:
    body = strip_chrome(text_blocks(_WIX_PAGE))
    _check_offsets(body)
    for gone in ("top of page", "Updated: Feb 5, 2021", "74 views", "Recent Posts", "See All",
                 "Ms. L VS. ICE Settlement", "December 14, 2023", "bottom of page"):
        assert gone not in body.text
    for kept in ("ImmDef Calls Upon the Biden Administration", "Español abajo",
                 "Media Contact: Renee Garcia",
                 "Los Angeles, CA. (February 3, 2021)", "no immigrant stands alone"):
        assert kept in body.text
    assert Fact("updated", "Updated: Feb 5, 2021") in body.facts
    reasons = {c.text: c.reason for c in body.chrome}
    assert reasons["74 views0 comments"] == "counter"
    assert reasons["Recent Posts"] == "teaser-run"


_WIRE_PAGE = """# Perú es reconocido como Destino Líder de Sudamérica en los World Travel Awards

Perú ascendió a lo más alto de la edición regional de los World Travel Awards (WTA) 2024, luego de ser \
elegido \
como “Destino Líder de Sudamérica”. Asimismo, por séptimo año consecutivo destacó en varias \
categorías.

Contact DetailsJosé Carlos Collazo

jcollazos@promperu.gob.pe

Company Websitehttps://www.promperu.gob.pe

View source version on newsdirect.com: https://newsdirect.com/news/peru-es-reconocido-716532429

---

[Original/Source Press Release](https://newsdirect.com/news/peru-es-reconocido-716532429)


[Newsramp.com \
TLDR](https://newsramp.com/curated-news/peru-named-top-destination/d6b9ca0d4751d8af9c693164f1e5b3bd)


Pickup - [citybuzz.co](https://citybuzz.co/2024/07/18/peru-crowned-south-america-s-leading-destination)

Pickup - [advos.io](https://advos.io/en/peru-reigns-supreme-at-world-travel-awards-2024/20245096)


[Reddit Post](https://www.reddit.com/r/AwardsAndRecognition/comments/1e6jair/peru_named_top_destination/)



![Blockchain Registration](https://cdn.newsramp.app/news-direct/qrcode/247/18/herb2BAB.webp)
"""


def test_wire_archive_tail() -> None:
    body = strip_chrome(markdown_blocks(_WIRE_PAGE))
    _check_offsets(body)
    for gone in ("View source version", "Original/Source Press Release", "Newsramp.com TLDR", "Pickup",
                 "Reddit Post", "Blockchain Registration"):
        assert gone not in body.text
    for kept in ("Perú es reconocido", "Perú ascendió", "Contact DetailsJosé Carlos Collazo",
                 "jcollazos@promperu.gob.pe", "Company Website"):
        assert kept in body.text


_CONGRESS_PAGE = """03.11.02
\t\t\t REP. LEE PIDE A LOS REPUBLICANOS:  DEJEN DE JUGAR CON EL SEGURO SOCIAL
\t\t\tWashington, D.C.- La Rep. Lee pidi hoy a sus colegas que rechacen los intentos republicanos para \
cambiar \
el programa del Seguro Social. "Una vez ms, estamos viendo al Presidente y a los republicanos." ###
\t
\t\t    \tNext Article"""


def test_congress_legacy_stamp_and_next_article() -> None:
    body = strip_chrome(text_blocks(_CONGRESS_PAGE))
    _check_offsets(body)
    assert "03.11.02" not in body.text
    assert "Next Article" not in body.text
    assert body.text.startswith("REP. LEE PIDE")
    assert Fact("published", "03.11.02") in body.facts


def test_release_end_and_follow_line() -> None:
    page = (
        "WASHINGTON D.C.  Congresswoman Barbara Lee (D-CA) issued the following statement today in "
        "observance "
        "of Hispanic Heritage Month, which is observed from September 15 to October 15:\n\n"
        "Como miembro del Tri-Caucus, que se comprime del Congressional Hispanic Caucus (CHC), el "
        "Congressional "
        "Black Caucus (CBC), y el Congressional Asian Pacific American Caucus (CAPAC), soy una defensora.\n\n"
        "###\n\nFollow Barbara Lee on Twitter @RepBarbaraLee\n"
    )
    body = strip_chrome(text_blocks(page))
    assert body.text.endswith("###")
    assert [c.reason for c in body.chrome] == ["share"]


def test_social_profile_lines_after_end_mark() -> None:
    page = (
        "WASHINGTON, D.C. Today, Congresswoman Barbara Lee (D-CA) issued the following response to the figures "
        "released by the U.S. Department of Labor showing overall unemployment rate of 7.6%.\n\n"
        "For more information, visit www.example.gov\n\n"
        "###\n\nTwitter: @RepExample | Facebook: facebook.com/RepExample\n\n@RepExample\n\n"
        "To learn more, visit example.house.gov\n"
    )
    body = strip_chrome(text_blocks(page))
    _check_offsets(body)
    # Before the end mark a site pointer is release text; after it, profile lines are chrome.
    assert body.text.endswith("For more information, visit www.example.gov\n\n###")
    assert [c.reason for c in body.chrome] == ["share", "share", "share"]


def test_contact_block_after_label_is_not_a_menu() -> None:
    page = ("Media Contact:\nJane Doe\nPress Secretary\nAcme Corp\nWashington Office\n\n"
            "WASHINGTON – Today the Acme Corporation announced a new program that will train four hundred "
            "apprentices a year in the building trades, starting this spring in six states across the "
            "country.\n")
    body = strip_chrome(text_blocks(page))
    assert "Jane Doe" in body.text and "Washington Office" in body.text


def test_top_menu_run_in_text_dump() -> None:
    page = ("Home\nAbout Us\nOur Work\nNews\nDonate\n\nAcme Launches Apprenticeship Program for "
            "Building Trades\n\n"
            "WASHINGTON – Today the Acme Corporation announced a new program that will train four hundred "
            "apprentices a year in the building trades, starting this spring in six states across the "
            "country.\n")
    body = strip_chrome(text_blocks(page))
    assert body.text.startswith("Acme Launches")
    assert {c.reason for c in body.chrome} == {"navigation"}


def test_html_marks_stay_and_link_menus_go() -> None:
    prose = ("MEPs call on the Council to adopt additional sanctions targeting state authorities responsible "
             "for human rights violations and repression, and to restrict their movements and freeze assets.")
    blocks = (
        Block("News", link_chars=4, kind="item"),
        Block("Topics", link_chars=6, kind="item"),
        Block("MEPs", link_chars=4, kind="item"),
        Block("About Parliament", link_chars=16, kind="item"),
        Block("Venezuela: European Parliament calls for additional sanctions", kind="heading", level=1),
        Block(prose),
        Block("Contacts:", kind="heading", level=2),
        Block("E-mail: viktor.almqvist@europarl.europa.eu", link_chars=34, kind="item"),
        Block("Mobile number: (+32) 470 88 29 42", link_chars=18, kind="item"),
        Block("Legislative train", chrome="footer"),
    )
    meta = PageMeta(title="Venezuela: European Parliament calls for additional sanctions | News | "
                          "European Parliament",
                    h1="Venezuela: European Parliament calls for additional sanctions")
    body = strip_chrome(BlockDoc(blocks=blocks, meta=meta))
    _check_offsets(body)
    assert body.text.startswith("Venezuela: European Parliament")
    assert "viktor.almqvist@europarl.europa.eu" in body.text
    assert "(+32) 470 88 29 42" in body.text
    assert "Legislative train" not in body.text
    assert [c.reason for c in body.chrome][-1] == "footer"


def test_teaser_cue_before_the_body_does_not_strip() -> None:
    page = ("Related Links\n\nAcme Launches Apprenticeship Program\n\n"
            "WASHINGTON – Today the Acme Corporation announced a new program that will train four hundred "
            "apprentices a year in the building trades, starting this spring in six states across the "
            "country.\n")
    body = strip_chrome(text_blocks(page))
    assert "Acme Launches Apprenticeship Program" in body.text


_WIX_HEADER_PAGE = """top of page

Home

About Us

Our Work

News

Donate

Log In

All Posts

Search

Immigrant Defenders Law Center

Feb 3, 2021

2 min read

ImmDef Calls Upon the Biden Administration to Take Immediate Action

Los Angeles, CA. (February 3, 2021) Immigrant Defenders Law Center (ImmDef) calls upon President Biden \
and his \
Administration to take swift and decisive action to address the urgent humanitarian crisis.

Facebook

Twitter

LinkedIn

74 views0 comments

©2021 by Immigrant Defenders Law Center

bottom of page
"""


def test_blog_post_header_menu_and_share_bar() -> None:
    body = strip_chrome(text_blocks(_WIX_HEADER_PAGE))
    _check_offsets(body)
    assert body.text.startswith("ImmDef Calls Upon")
    assert body.text.endswith("humanitarian crisis.")
    assert body.facts == (
        Fact("author", "Immigrant Defenders Law Center"),
        Fact("published", "Feb 3, 2021"),
        Fact("reading-time", "2 min read"),
    )
    reasons = {c.text: c.reason for c in body.chrome}
    assert reasons["Home"] == "navigation"
    assert reasons["Twitter"] == "share"


def test_print_email_share_bar_after_end_mark() -> None:
    page = ("WASHINGTON – Today the Acme Corporation announced a new program that will train four hundred "
            "apprentices a year in the building trades, starting this spring in six states across the "
            "country.\n\n"
            "###\n\nPrint\nEmail\nShare\nTweet\n")
    body = strip_chrome(text_blocks(page))
    assert body.text.endswith("###")


def test_embedded_social_post() -> None:
    page = ("The rise of microgrids changes how data centers are powered across the country, the report "
            "says, and "
            "operators now plan for on-site generation as a matter of course.\n\n"
            "https://t.co/qMSzsHA3pk\n\n— PRISM MediaWire (@prism_mediawire) October 16, 2025\n")
    body = strip_chrome(text_blocks(page))
    assert "t.co" not in body.text and "@prism_mediawire" not in body.text


def test_related_section_inside_release_stops_at_release_text() -> None:
    prose = ("WASHINGTON – Today the Acme Corporation announced a new program that will train four hundred "
             "apprentices a year in the building trades, starting this spring in six states across the "
             "country.")
    about = ("Acme Corporation builds parts for vehicles and machines and employs 12,000 people in 14 "
             "countries. "
             "It was founded in 1950 and is based in Columbus, Ohio, where it runs its largest plant "
             "and lab.")
    page = f"{prose}\n\nRelated\n\nAcme report on apprenticeships\n\nAbout Acme\n\n{about}\n\n###\n"
    body = strip_chrome(text_blocks(page))
    assert "About Acme" in body.text and about in body.text and body.text.endswith("###")


# ----------------------------------------------------------------------------- adversarial input


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "1." * 50_000,
        "-" * 100_000,
        "A, " * 33_000,
        "(" * 50_000 + ")" * 50_000,
        "Share " * 20_000,
        "By A" * 25_000,
        "views0 " * 15_000,
        "\n".join(["Home"] * 20_000),
        "\n".join(["[x](http://e.com) - " * 5] * 5_000),
        "Updated: " + "1 " * 50_000,
        "Home > " * 20_000,
        "###\n" + "a.b" * 60 + "\n" + "@a.b, " * 30,
        "Follow " + "a " * 50_000 + "on Twitter",
        "###\n" + "\n".join(["Facebook, " * 20 + "@x " * 20] * 2_000),
    ],
)
def test_adversarial_input_completes(text: str) -> None:
    started = time.perf_counter()
    for doc in (text_blocks(text), markdown_blocks(text)):
        body = strip_chrome(doc)
        _check_offsets(body)
    assert time.perf_counter() - started < 10


def test_lazy_regex_compiles_on_first_use_and_matches_like_re() -> None:
    import re

    from pressparse.chrome import LazyRegex

    lazy = LazyRegex(r"(?:media|press)\s{1,3}contacts?", re.IGNORECASE)
    assert "search" not in vars(lazy)
    text = "x MEDIA Contacts: y"
    eager = re.compile(lazy.pattern, lazy.flags)
    assert lazy.search(text).span() == eager.search(text).span()  # type: ignore[union-attr]
    assert "search" in vars(lazy) and "match" in vars(lazy)
    assert [m.span() for m in lazy.finditer(text * 3)] == [m.span() for m in eager.finditer(text * 3)]
    with pytest.raises(AttributeError):
        lazy.no_such_method  # noqa: B018


def test_compile_lazy_patterns_compiles_every_pattern() -> None:
    from pressparse import contacts, title  # noqa: F401 - their patterns register on import
    from pressparse.chrome import _LAZY_PATTERNS, compile_lazy_patterns

    compile_lazy_patterns()
    assert all("match" in vars(p) for p in _LAZY_PATTERNS)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_lines_holding_finds_each_line_once_in_order(as_bytes: bool) -> None:
    from pressparse.chrome import lines_holding

    lines = ["press contact", "nothing", "contact contact us", "", "a contact"]
    page = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    words = ("contact", "us")
    expected = [k for k, line in enumerate(lines) if any(w in line for w in words)]
    if as_bytes:
        assert lines_holding(page.encode(), starts, [w.encode() for w in words]) == expected == [0, 2, 4]
    else:
        assert lines_holding(page, starts, words) == expected
    assert lines_holding(page, starts, ()) == []


def test_lay_out_makes_the_same_lines_as_their_constructors() -> None:
    import dataclasses

    from pressparse.chrome import Line, lay_out
    from pressparse.records import ChromeLine

    blocks = [Block(text="Home", kind="item", level=1, number="1."), Block(text="Title", kind="heading", level=1),
              Block(text="Body text.", gap_before=False, hidden=True)]
    body = lay_out(zip(blocks, ["navigation", None, None], strict=True), PageMeta())
    assert body.lines == (Line(0, "Title", 0, "heading", 1, True, None, False),
                          Line(1, "Body text.", 6, "paragraph", 0, False, None, True))
    assert body.chrome == (ChromeLine("Home", 0, "navigation"),)
    assert [type(line) for line in body.lines] == [Line, Line] and type(body.chrome[0]) is ChromeLine
    assert hash(body.lines[0]) == hash(Line(0, "Title", 0, "heading", 1, True, None, False))
    with pytest.raises(dataclasses.FrozenInstanceError):
        body.lines[0].text = "x"  # type: ignore[misc]


def test_line_prefilters_pass_every_line_a_rule_matches() -> None:
    from pressparse import chrome

    # A line of each rule's kind is classified as it should be (through the prefilter of its size).
    assert classify_line(Block(text="Previous Article"))[0] == "navigation"
    assert classify_line(Block(text="PRINT"))[0] == "share"
    assert classify_line(Block(text="By Jane Doe"))[0] == "byline"
    assert classify_line(Block(text="By Land And Sea"))[0] is None
    assert classify_line(Block(text="\u0130nicio"))[0] == "navigation"  # İ matches "i" without case
    assert classify_line(Block(text="Home > News > Press"))[0] == "navigation"
    for tier, pattern in chrome._PREFILTERS.items():
        assert pattern.match("previous article") or tier < 2
    assert classify_line(Block(text="Copyright 2024 Acme. All rights reserved."))[0] == "footer"
    assert classify_line(Block(text="Protected by reCAPTCHA"))[0] == "form"
