"""Tests for the dateline extractor, on real opening lines of corpus documents."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from pressparse import dateline as dateline_module
from pressparse.chrome import Body, Line
from pressparse.dateline import find_dateline
from pressparse.languages import Languages, sections_from_line_languages
from pressparse.options import ParseOptions
from pressparse.records import Dateline

D = dt.date


def make_body(lines: list[str], kinds: dict[int, str] | None = None) -> Body:
    kept: list[Line] = []
    start = 0
    for index, text in enumerate(lines):
        kind = (kinds or {}).get(index, "paragraph")
        kept.append(Line(index=index, text=text, start=start, kind=kind))  # type: ignore[arg-type]
        start += len(text) + 2
    return Body(text="\n\n".join(lines), lines=tuple(kept))


def dateline_of(lines: list[str], language: str = "en", **options: object) -> Dateline | None:
    body = make_body(lines)
    line_languages = tuple(language for _ in body.lines)
    langs = Languages(line_languages, sections_from_line_languages(body, line_languages))
    found, _ = find_dateline(body, langs, ParseOptions(**options))  # type: ignore[arg-type]
    if found is not None:
        assert body.text[found.span[0] : found.span[1]] == found.raw
    return found


@pytest.mark.parametrize(
    ("line", "location", "date", "raw", "method"),
    [
        (
            "Los Angeles, CA. (February 3, 2021) Immigrant Defenders Law Center (ImmDef) calls upon President "
            "Biden and his Administration to take swift and decisive action.",
            "Los Angeles, CA", D(2021, 2, 3), "Los Angeles, CA. (February 3, 2021)", "place-date-paren",
        ),
        (
            "WASHINGTON – Representative Norma J. Torres (CA-35) today introduced a resolution to recognize "
            "August 22, 2021 – August 28, 2021 as \"Wildfire Preparedness Week\".",
            "WASHINGTON", None, "WASHINGTON –", "place-dash",
        ),
        (
            "WASHINGTON— Today, Reps. Raúl M. Grijalva (D-AZ) and Norma J. Torres (D-CA) led 15 House Members "
            "in a letter urging Secretary of State Anthony Blinken to take additional steps.",
            "WASHINGTON", None, "WASHINGTON—", "place-dash",
        ),
        (
            "WASHINGTON –Hoy, los Congresistas Jesús G. “Chuy” García (IL-04), Raúl M. Grijalva (AZ-03) y Jan "
            "Schakowsky (IL-09) encabezaron a 14 miembros del Congreso para instar al Departamento de Estado.",
            "WASHINGTON", None, "WASHINGTON –", "place-dash",
        ),
        (
            "WASHINGTON, D.C. — El Senador Rick Scott publicó la siguiente declaración previo a la transmisión "
            "en Meet the Press de una entrevista con el dictador cubano Miguel Díaz-Canel.",
            "WASHINGTON, D.C.", None, "WASHINGTON, D.C. —", "place-dash",
        ),
        (
            "Washington, DC – The following is a statement by Rep. Luis V. Gutierrez (D-IL) reacting to the "
            "release earlier this week of a study of the health risks on the Island of Vieques.",
            "Washington, DC", None, "Washington, DC –", "place-dash",
        ),
        (
            "Washington, D.C.- La Rep. Lee pidi hoy a sus colegas que rechacen los intentos republicanos para "
            "cambiar el programa del Seguro Social.",
            "Washington, D.C.", None, "Washington, D.C.-", "place-dash",
        ),
        (
            "ONTARIO – Today, U.S. Representative Norma J. Torres (CA-35) announced an award of $11,430,000 in "
            "federal funding for Ontario International Airport to rehabilitate existing taxiways.",
            "ONTARIO", None, "ONTARIO –", "place-dash",
        ),
        (
            "WASHINGTON D.C. Congresswoman Barbara Lee (D-CA) issued the following statement today in "
            "observance of Hispanic Heritage Month, which is observed from September 15 to October 15:",
            "WASHINGTON D.C.", None, "WASHINGTON D.C.", "place-caps",
        ),
        (
            "WASHINGTON, D.C. U.S. Senator Martin Heinrich (D-N.M.) issued the following statement today after "
            "a bipartisan group of senators released an outline for comprehensive immigration reform.",
            "WASHINGTON, D.C.", None, "WASHINGTON, D.C.", "place-caps",
        ),
        (
            "REDMOND, WA, March 14, 2024 /24-7PressRelease/ -- Public records reveal that the decision to "
            "transfer public land to Plymouth Housing for a homeless project was made many days before.",
            "REDMOND, WA", D(2024, 3, 14), "REDMOND, WA, March 14, 2024 /24-7PressRelease/ --", "wire-marker",
        ),
        (
            "DALLAS - September 25, 2025 (NEWMEDIAWIRE) - Six NFL (National Football League) club mascots are "
            "stepping up to inspire kids to move more to support mental and physical health.",
            "DALLAS", D(2025, 9, 25), "DALLAS - September 25, 2025 (NEWMEDIAWIRE) -", "wire-marker",
        ),
        (
            "NEW YORK, NY — May 19, 2026 — (NOTICIAS NEWSWIRE) — More than half of adults and about 60% of "
            "children in the United States have unhealthy diets.",
            "NEW YORK, NY", D(2026, 5, 19), "NEW YORK, NY — May 19, 2026 — (NOTICIAS NEWSWIRE) —", "wire-marker",
        ),
        (
            "MINNEAPOLIS, MN — 13 de agosto de 2026 — (NOTICIAS NEWSWIRE) — Lotto.com, la primera plataforma "
            "de lotería en línea en los Estados Unidos que entrega digitalmente juegos de sorteo.",
            "MINNEAPOLIS, MN", D(2026, 8, 13), "MINNEAPOLIS, MN — 13 de agosto de 2026 — (NOTICIAS NEWSWIRE) —",
            "wire-marker",
        ),
        (
            "San Salvador, SV, 29 de mayo de 2024 – OCEAN [enlace], el grupo de minería de Bitcoin respaldado "
            "por Jack Dorsey y liderado por el veterano desarrollador de Bitcoin Core.",
            "San Salvador, SV", D(2024, 5, 29), "San Salvador, SV, 29 de mayo de 2024 –", "place-date",
        ),
        (
            "Monterrey, Mexico (Newsworthy.ai) Saturday Mar 15, 2025 @ 3:00 AM America/Mexico_City — El "
            "ecosistema de startups en México está viviendo una transformación silenciosa.",
            "Monterrey, Mexico", D(2025, 3, 15),
            "Monterrey, Mexico (Newsworthy.ai) Saturday Mar 15, 2025 @ 3:00 AM America/Mexico_City —",
            "wire-marker",
        ),
        (
            "Rancho Cordova, United States - November 25, 2024 / B&J Body Shop /",
            "Rancho Cordova, United States", D(2024, 11, 25),
            "Rancho Cordova, United States - November 25, 2024 / B&J Body Shop /", "wire-marker",
        ),
        (
            "PALO ALTO, Calif., April 25, 2016 /PRNewswire/ -- HackerRank, a platform that ranks engineers "
            "based on their coding skills, today announced a partnership.",
            "PALO ALTO, Calif.", D(2016, 4, 25), "PALO ALTO, Calif., April 25, 2016 /PRNewswire/ --", "wire-marker",
        ),
        # Shapes named in the project brief.
        ("LOS ANGELES, CA (June 18, 2024) - Acme Corp. announced today that it opened a new office.",
         "LOS ANGELES, CA", D(2024, 6, 18), "LOS ANGELES, CA (June 18, 2024) -", "place-date-paren"),
        ("RICHMOND, VA (Monday, December 3, 2018) – Governor Northam announced today a new program for all.",
         "RICHMOND, VA", D(2018, 12, 3), "RICHMOND, VA (Monday, December 3, 2018) –", "place-date-paren"),
        ("SANTA ANA – The county announced today that it has a new program for all residents of the area.",
         "SANTA ANA", None, "SANTA ANA –", "place-dash"),
        ("NEW YORK, June 18, 2024 /PRNewswire/ -- Acme Corp. announced today that it has acquired a firm.",
         "NEW YORK", D(2024, 6, 18), "NEW YORK, June 18, 2024 /PRNewswire/ --", "wire-marker"),
        ("Los Ángeles, California, 3 de febrero de 2021.– El Centro anunció hoy que presentará una demanda.",
         "Los Ángeles, California", D(2021, 2, 3), "Los Ángeles, California, 3 de febrero de 2021.–", "place-date"),
        ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced the launch of a new line of products.",
         "SAN FRANCISCO", None, "SAN FRANCISCO--(BUSINESS WIRE)--", "wire-marker"),
        ("June 18, 2024 – CHICAGO, IL – Acme Corp. announced today that it has opened a new office there.",
         "CHICAGO, IL", D(2024, 6, 18), "June 18, 2024 – CHICAGO, IL –", "date-place"),
        ("Strasbourg, 18 July 2019 – The Parliament adopted a resolution on the situation in Venezuela today.",
         "Strasbourg", D(2019, 7, 18), "Strasbourg, 18 July 2019 –", "place-date"),
        # Other common shapes of wires and offices.
        ("(WASHINGTON, D.C.) – Today, Senator Smith introduced legislation that would help the people.",
         "WASHINGTON, D.C.", None, "(WASHINGTON, D.C.) –", "place-paren"),
        ("ATLANTA, GA, UNITED STATES, March 5, 2021 /EINPresswire.com/ -- Acme Corp. announced a new office.",
         "ATLANTA, GA, UNITED STATES", D(2021, 3, 5),
         "ATLANTA, GA, UNITED STATES, March 5, 2021 /EINPresswire.com/ --", "wire-marker"),
        ("Washington D.C. – Today, Senator Smith introduced legislation that would help the people of it.",
         "Washington D.C.", None, "Washington D.C. –", "place-dash"),
        ("CIUDAD DE MÉXICO.- La empresa anunció hoy que presentará una demanda contra el gobierno federal.",
         "CIUDAD DE MÉXICO", None, "CIUDAD DE MÉXICO.-", "place-dash"),
        ("Bogotá, 5 de marzo de 2021 (EFE).- El Gobierno aprobó hoy un nuevo plan de ayudas para todos.",
         "Bogotá", D(2021, 3, 5), "Bogotá, 5 de marzo de 2021 (EFE).-", "wire-marker"),
        ("WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill that would fund the government.",
         "WASHINGTON", None, "WASHINGTON (Reuters) -", "wire-marker"),
        ("St. Louis, MO – Today, Senator Smith introduced legislation that would help the people of it.",
         "St. Louis, MO", None, "St. Louis, MO –", "place-dash"),
        # Dashes as scrapes print them: a minus sign, an em dash touching a capitalised place with its region.
        (
            "WASHINGTON− Congressman Fleischmann released the following comments on the Department of Labor’s "
            "March jobs report.",
            "WASHINGTON", None, "WASHINGTON−", "place-dash",
        ),
        (
            "Florence, S.C.—Rep. Tom Rice (SC-07) released the following statement today in regards to the "
            "expansion of Harbor Freight Tools and their $60 million dollar investment in South Carolina’s 7th",
            "Florence, S.C.", None, "Florence, S.C.—", "place-dash",
        ),
        # The dash lost in scraping (a double space collapsed): a sentence-opening word follows the place.
        (
            "WASHINGTON U.S. Senators Ben Cardin and Barbara A. Mikulski along with Representatives C.A. Dutch "
            "Ruppersberger and John Delaney (all D-Md.) today praised the U.S. Department of Transportation",
            "WASHINGTON", None, "WASHINGTON", "place-bare",
        ),
        (
            "TOLEDO U.S. Representative Marcy Kaptur (OH-9) today welcomed the announcement by the Federal "
            "Aviation Administration that it was delaying the closure of contract air traffic control towers",
            "TOLEDO", None, "TOLEDO", "place-bare",
        ),
        (
            "WASHINGTON In a letter to Secretary of the Air Force Michael Donley and Air Force Chief of Staff "
            "Mark Welsh, Senators John Hoeven and Heidi Heitkamp, Congressman Kevin Cramer and Governor Jack",
            "WASHINGTON", None, "WASHINGTON", "place-bare",
        ),
        (
            "Oakland, CA Congresswoman Barbara Lee (CA-13) announced today that two East Bay fire departments "
            "have been selected to receive over $500,000 in Federal Emergency Management Agency (FEMA) funding",
            "Oakland, CA", None, "Oakland, CA", "place-bare",
        ),
        (
            "Washington, D.C. Today, Congresswoman Barbara Lee (D-CA) issued the following response to the "
            "figures released by the U.S. Department of Labor showing overall unemployment rate of 7.6%",
            "Washington, D.C.", None, "Washington, D.C.", "place-bare",
        ),
        # No separator at all: a capitalised place needs "Today" and a title after it.
        (
            "Hartford Today Rep. John B. Larson (CT-01), Senator Richard Blumenthal and Senator Chris Murphy "
            "announced that the Newington Volunteer Fire Department has been awarded a $72,000 grant",
            "Hartford", None, "Hartford", "place-bare",
        ),
        # A place in parentheses opening the paragraph, no dash.
        (
            "(Williamstown) Congressman Richard E. Neal will join dozens of engaged Berkshire County residents "
            "to deliver remarks on current events at a Williamstown League of Women Voters speaking series.",
            "Williamstown", None, "(Williamstown)", "place-paren-bare",
        ),
        # Date first, a colon after it, the dash after the place lost ("Mass" without its dot).
        (
            "February 21, 2013: Amherst, Mass The UMass Amherst Alumni Association is proud to announce the "
            "2013 recipients of its most prestigious recognition for alumni, faculty and friends.",
            "Amherst, Mass", D(2013, 2, 21), "February 21, 2013: Amherst, Mass", "date-place",
        ),
        ("THE WOODLANDS, Texas, March 5, 2021 /PRNewswire/ -- Acme Corp. today announced that it has acquired a "
         "rival firm.", "THE WOODLANDS, Texas", D(2021, 3, 5), "THE WOODLANDS, Texas, March 5, 2021 /PRNewswire/ --",
         "wire-marker"),
        # Date and place with the dash after them lost, and a weekday that is not a region.
        ("OTIS, Thursday, April 4, 2013 Congressman Richard E. Neal, Governor Deval L. Patrick and the Berkshire "
         "state delegation today lit the first section of a new fiber-optic network.",
         "OTIS", D(2013, 4, 4), "OTIS, Thursday, April 4, 2013", "place-date"),
        ("March 5, 2021 WASHINGTON The senator introduced legislation that would help the people of the state.",
         "WASHINGTON", D(2021, 3, 5), "March 5, 2021 WASHINGTON", "date-place"),
        # Two cities.
        (
            "BROOKLYN, NY and SAN JUAN, PR — August 19, 2026 — (NOTICIAS NEWSWIRE) — Hispanic Information "
            "Telecommunications Network (HITN), the leading Spanish-language public media network.",
            "BROOKLYN, NY and SAN JUAN, PR", D(2026, 8, 19),
            "BROOKLYN, NY and SAN JUAN, PR — August 19, 2026 — (NOTICIAS NEWSWIRE) —", "wire-marker",
        ),
    ],
)
def test_dateline_shapes(line: str, location: str, date: dt.date | None, raw: str, method: str) -> None:
    found = dateline_of(["A Headline For The Release", line])
    assert found is not None
    assert (found.location, found.date, found.raw, found.method) == (location, date, raw, method)


@pytest.mark.parametrize(
    "line",
    [
        "Washington has long been a place where the people go to argue about the things that matter most.",
        "As Hispanic Heritage Month comes to a close, U.S. Representative Mike Levin (D-CA) reflects on it.",
        "EN - English",
        "UPDATE – The event has been moved to a new location downtown on the same day and at the same time.",
        "Heinrich – Senate Passes Bill To Help Farmers And Ranchers In Drought Stricken Counties Of The State",
        "Washington, D.C. 20528",
        "Today – the senator introduced legislation that would help the people of the state and the nation.",
        "--News Direct--",
        "FOR IMMEDIATE RELEASE – Contact: Renee Garcia, 213-634-7615, for all media inquiries on this topic.",
        "PRESS RELEASE – The company said today that it would open a new office in the city next month.",
        "2024 es una época de auge para el mercado de criptomonedas, con muchos activos digitales.",
        "(Photo: Senator Smith) – Today, Senator Smith introduced legislation that would help the people.",
        "The Honorable Alejandro Mayorkas",
        "Rep. Norma J. Torres (CA-35) – Today the congresswoman introduced a resolution to recognize the week.",
        "Senator Martin Heinrich (D-N.M.) – Today the senator hosted a teleconference with more than 40 groups.",
        "Frank's Mexican Grill—Francisco (Frank) Javier Sarmiento and Maria Gudelia Sarmiento of Vista are the "
        "owners and operators of Frank’s Mexican Grill, a local family-owned business.",
        "Car-recharging stations should be available every 60 km along main EU roads by 2026, say MEPs today.",
        "Customer-Centered Approach1. Clear Communication: B&J Body Shop prioritizes open and transparent "
        "communication with its customers.",
        # Ordinary sentences that start with a place, and look-alikes of a dateline whose dash was lost.
        "Los Angeles County supervisors voted on Tuesday to approve a new budget for the coming fiscal year.",
        "Chicago The city council voted on Tuesday to approve a new budget for the coming fiscal year in full.",
        "Acme, Inc. The company announced today that it has acquired a rival firm for an undisclosed sum.",
        "Jane Smith, PhD In her new book the author argues that cities should invest far more in transit.",
        "GOP Senators today introduced legislation that would help the people of the state and the nation.",
        "EXCLUSIVE The senator introduced legislation that would help the people of the state and the nation.",
        "NEW REPORT The agency found that most of the people of the state would be helped by the legislation.",
        "BUDGET PASSES The Senate today passed a budget that would help the people of the state and the nation.",
        "USA Today Senator Smith wrote an op-ed that would help the people of the state and the nation today.",
        "Rep. Smith Today announced legislation that would help the people of the state and the nation as well.",
        "WASHINGTON Post reporters said today that the paper would change the way it covers the news from now.",
        "(Reuters) The Senate voted on Tuesday to pass the bill that would fund the government through next year.",
        "(CNN) The Senate voted on Tuesday to pass the bill that would fund the government through next year.",
        "(Español) El Senado votó el martes para aprobar el proyecto de ley que financiaría al gobierno federal.",
        "On March 5, 2021, Senator Smith introduced legislation that would help the people of the state and more.",
        "Monday, Sen. Smith introduced legislation that would help the people of the state and the nation today.",
        "Acme Corp Reports Record Results March 5, 2021: The company today reported record results for the year.",
        "Town Hall Meeting Set For March 5, 2021: Residents Invited To Attend The Session at the library on Main "
        "Street in the city",
        "Jane Doe, March 5, 2021 The senator introduced legislation that would help the people of the state.",
        "HIGHLIGHTS: The senator introduced legislation that would help the people of the state and the nation.",
        "Acme—The company introduced a product that would help the people of the state and the nation as well.",
        # A company and its stock ticker, not a place and a wire.
        "Procter and Gamble (NYSE: PG) – The company today announced that it has acquired a rival firm for a sum.",
        "Smith & Wesson (NYSE: SWBI) – The company today announced that it has acquired a rival firm for a sum.",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert dateline_of(["A Headline For The Release", line]) is None


@pytest.mark.parametrize(
    "lines",
    [
        # A person's name before a dash: the page names the same person elsewhere.
        ["Jane Doe – Founder and CEO of Acme Corp. announced today that the company will double its staff.",
         "Ms. Doe has led the firm since 2010 and has opened offices in three new cities in that time."],
        ["Heinrich – The senator said today that the bill would help farmers and ranchers across the state.",
         "“It matters to every family in the state,” said Senator Martin Heinrich."],
        ["John Smith – The founder of Acme Corp. said the company will double its staff over the next year.",
         "“We are growing faster than ever before in our history,” Smith said."],
        # An acronym before a sentence-opening word: the page prints it in capitals inside its sentences.
        ["FEMA Representatives will be available at the Disaster Recovery Center to answer questions from "
         "residents.", "Residents who cannot visit the center can call FEMA at the number below."],
    ],
)
def test_a_person_or_an_acronym_is_not_a_place(lines: list[str]) -> None:
    assert dateline_of(["A Headline For The Release", *lines]) is None


def test_a_place_also_named_in_a_quote_attribution_is_kept() -> None:
    # "said Williamstown chapter President Anne Skinner" does not make Williamstown a person.
    found = dateline_of([
        "A Headline For The Release",
        "(Williamstown) Congressman Richard E. Neal will join dozens of engaged Berkshire County residents "
        "to deliver remarks on current events at a Williamstown League of Women Voters speaking series.",
        "\"We study issues such as environmental protection,\" said Williamstown chapter President Anne Skinner.",
    ])
    assert found is not None and found.location == "Williamstown"


def test_dateline_glued_to_the_headline() -> None:
    # The scrape lost the line break between the deck and the dateline: "...BusinessesOTIS Thursday, ...".
    line = (
        "CONGRESSMAN RICHARD E. NEAL, GOVERNOR DEVAL L. PATRICK AND LOCAL OFFICIALS LIGHT FIRST SECTION OF NEW "
        "MassBroadband 123 FIBER-OPTIC NETWORK Over 1,200 Community Facilities to Receive Broadband Access; State "
        "Affirms Commitment to Enhance Connectivity to Underserved Homes &amp; BusinessesOTIS Thursday, April 4, "
        "2013 - Congressman Richard E. Neal, Governor Deval L. Patrick and the Berkshire state delegation today "
        "lit the first section of a new 1,200-mile fiber-optic network."
    )
    found = dateline_of([line])
    assert found is not None
    assert (found.location, found.date, found.raw) == ("OTIS", D(2013, 4, 4), "OTIS Thursday, April 4, 2013 -")
    # Date first, after the rest of a headline whose line break was lost.
    line = (
        "Massachusetts State House February 21, 2013: Amherst, Mass The UMass Amherst Alumni Association is "
        "proud to announce the 2013 recipients of its most prestigious recognition for alumni."
    )
    found = dateline_of(["Distinguished Alumni Awards to be Presented at", line])
    assert found is not None
    assert (found.location, found.date) == ("Amherst, Mass", D(2013, 2, 21))
    assert found.raw == "February 21, 2013: Amherst, Mass"


def test_glued_dateline_needs_a_headline_before_it() -> None:
    # A sentence is never cut into a dateline, even where a capitalised place and a date follow.
    line = (
        "The governor said the program would open soon in many towns ofOTIS Thursday, April 4, 2013 - and the "
        "delegation today lit the first section of a new fiber-optic network in the state."
    )
    assert dateline_of(["A Headline For The Release", line]) is None


def test_dateline_after_title_contacts_and_date_line() -> None:
    lines = [
        "ImmDef Calls Upon the Biden Administration to Take Immediate Action for Asylum Seekers and Detainees",
        "Español abajo",
        "Media Contact: Renee Garcia,; 213-634-7615",
        "Monday, January 28, 2013",
        "Los Angeles, CA. (February 3, 2021) Immigrant Defenders Law Center (ImmDef) calls upon President "
        "Biden and his Administration to take swift and decisive action to address the crisis.",
    ]
    found = dateline_of(lines)
    assert found is not None and found.location == "Los Angeles, CA"
    assert found.span[0] == sum(len(x) + 2 for x in lines[:4])


def test_bilingual_release_keeps_the_first_dateline() -> None:
    lines = [
        "Washington, DC – El siguiente es una declaración del Congresista Luis V. Gutierrez (D-IL) "
        "reaccionando a un informe sobre los peligros de salud que existen en la Isla de Vieques.",
        "WASHINGTON – The following is a statement by Rep. Luis V. Gutierrez (D-IL) reacting to the study.",
    ]
    found = dateline_of(lines, language="es")
    assert found is not None and found.location == "Washington, DC" and found.span[0] == 0


def test_dash_dateline_must_open_the_first_paragraph() -> None:
    prose = (
        "As Hispanic Heritage Month comes to a close, U.S. Representative Mike Levin (D-CA) reflects on the "
        "celebration that takes place every year from September 15th to October 15th to honor the culture."
    )
    later = "WASHINGTON – A later paragraph that starts with a place and a dash is not the dateline at all."
    assert dateline_of(["Headline", prose, prose, later]) is None
    mixed = "Washington – A later paragraph that starts with a place and a dash is not the dateline at all."
    assert dateline_of(["Headline", prose, mixed]) is None
    body = make_body(["Headline", prose, mixed])
    langs = Languages(("en",) * 3, sections_from_line_languages(body, ("en",) * 3))
    found, warnings = find_dateline(body, langs, ParseOptions())
    assert found is None and [w.code for w in warnings] == ["low_evidence"]


def test_all_caps_dateline_after_a_long_deck_paragraph() -> None:
    deck = (
        "The new program would provide funding for families across the state who have been affected by the "
        "recent wildfires, floods and other disasters that struck the region during the last two years."
    )
    line = "SANTA ANA – The county announced today that it has a new program for all residents of the area."
    found = dateline_of(["Headline", deck, line])
    assert found is not None and found.location == "SANTA ANA"


def test_dateline_alone_on_its_line() -> None:
    found = dateline_of(["Headline", "WASHINGTON –", "Today, Senator Smith introduced legislation that would help."])
    assert found is not None and (found.location, found.raw) == ("WASHINGTON", "WASHINGTON –")
    assert dateline_of(["Headline", "WASHINGTON –", "Senate Passes Bill To Help Farmers"]) is None


def test_heading_is_never_a_dateline() -> None:
    body = make_body(["WASHINGTON – A Headline That Is Set As A Heading Of The Page With Words", "Body text."],
                     kinds={0: "heading"})
    langs = Languages(("en", "en"), sections_from_line_languages(body, ("en", "en")))
    assert find_dateline(body, langs, ParseOptions())[0] is None


def test_yearless_dateline_date_needs_reference_date() -> None:
    line = "NEW YORK, June 18 /PRNewswire/ -- Acme Corp. announced today that it has acquired a firm."
    found = dateline_of([line])
    assert found is not None and found.location == "NEW YORK" and found.date is None
    body = make_body([line])
    langs = Languages(("en",), sections_from_line_languages(body, ("en",)))
    _, warnings = find_dateline(body, langs, ParseOptions())
    assert [w.code for w in warnings] == ["date_unresolved"]
    found = dateline_of([line], reference_date=D(2024, 7, 1))
    assert found is not None and found.date == D(2024, 6, 18)


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "1.2." * 25_000,
        "- – — " * 20_000,
        "WASHINGTON, " * 9_000,
        "WASHINGTON D.C. " * 7_000,
        "Los Angeles, " * 8_000,
        "A B " * 25_000,
        "(" * 50_000 + ")" * 50_000,
        "NEW YORK, June 18, 2024 (" * 4_000,
        "NEW YORK, June 18, 2024 /" * 4_000,
        "Monday, " * 12_000,
        "aOTIS Thursday, April 4, 2013 " * 4_000,
        "Title Words February 21, 2013: Amherst, Mass " * 2_000,
        "(Williamstown) " * 6_000,
        "WASHINGTON U.S. " * 6_000,
        "Hartford Today " * 6_000,
        "BROOKLYN, NY and SAN JUAN, PR and " * 3_000,
        "−‒―" * 30_000,
        "Jane Doe – x " + "said A B C Doe " * 8_000,
    ],
)
def test_adversarial_input_completes(text: str) -> None:
    started = time.perf_counter()
    dateline_of([text, text[:5_000], text[:50]])
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    "lines",
    [
        ["Media Contact:"] * 100_000,
        ["WASHINGTON, D.C. -"] * 100_000,
        ["1. Rescindir el Título 42, “said” — WASHINGTON (June 1, 2024) ¿Qué? " * 150_000],
    ],
)
def test_many_lines_and_one_huge_line_complete(lines: list[str]) -> None:
    started = time.perf_counter()
    dateline_of(lines)
    assert time.perf_counter() - started < 10


# --------------------------------------------------------------------------- fast paths, same answers


def test_typographic_apostrophe_in_a_place_is_kept_as_printed() -> None:
    # The patterns read "’" as "'" (and "−" as "―"); the record shows the line as printed.
    found = dateline_of(
        ["CHICAGO O’HARE, Ill. – The airport said on Monday that all flights would resume after the storm."]
    )
    assert found is not None
    assert (found.location, found.raw) == ("CHICAGO O’HARE, Ill.", "CHICAGO O’HARE, Ill. –")


@pytest.mark.parametrize(
    "text",
    [
        "Spotlight On Jobs February 21, 2013: Amherst, Mass The UMass Amherst campus will host the fair.",
        "Underserved Homes & BusinessesOTIS Thursday, April 4, 2013 - Congressman Richard Neal said today",
        "Title Words February 21, 2013: Amherst, Mass " * 20,
        "Wednesday, September 3, 2025 — NEW YORK — Today the agency said",
        "xjune 5, 2020 – CHICAGO, IL – The city said",
        "ſeptember 5, 2020 – CHICAGO – The city said",
        "Mon, 18 Nov 2019 16:07:38 -0600 SAN JUAN — The",
        "In 2019, 2020 and 2021 the council met 12 times; on 3/4/2021 – BOSTON – it voted.",
        "1.2." * 200,
        "12-12-" * 100,
    ],
)
def test_date_first_search_finds_what_a_plain_search_finds(text: str) -> None:
    for pattern in (dateline_module._DATE_PLACE, dateline_module._DATE_PLACE_BARE):
        fast = dateline_module._search_date_first(pattern, text)
        plain = pattern.compiled.search(text)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)


@pytest.mark.parametrize("word", ["Doe", "Jane", "Leader", "Hartford"])
def test_person_cues_searched_around_the_name_find_what_the_whole_page_finds(word: str) -> None:
    page = ("Jane Doe – the board met. " + "Filler words here. " * 12) * 30 + "said Senate Leader Jane Doe."
    page += " Hartford Today Rep. John B. Larson (Hartford) said Hartford"
    cues = dateline_module._person_cues(word)
    windows = list(
        dateline_module._windows(page, word, dateline_module._CUE_BEFORE, dateline_module._CUE_AFTER)
    )
    in_windows = any(cue.search(page, start, end) for start, end in windows for cue in cues)
    assert in_windows == any(cue.search(page) for cue in cues)
