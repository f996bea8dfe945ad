"""Unit tests for the contacts extractor, on real lines from corpus documents (quoted literally)."""

from __future__ import annotations

import time

import pytest

from pressparse.blocks import Block, PageMeta
from pressparse.chrome import Body, lay_out
from pressparse.contacts import find_contacts
from pressparse.languages import Languages, sections_from_line_languages
from pressparse.options import ParseOptions
from pressparse.records import Contact, Dateline, Warning


def make_body(text: str) -> Body:
    """One kept line per non-empty input line, as the chrome stage lays them out."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lay_out([(Block(text=line), None) for line in lines], PageMeta())


def run(
    text: str, location: str | None = None, options: ParseOptions | None = None
) -> tuple[tuple[Contact, ...], list[Warning], Body]:
    body = make_body(text)
    line_languages = tuple("und" for _ in body.lines)
    langs = Languages(line_languages, sections_from_line_languages(body, line_languages))
    dateline = None
    if location is not None:
        dateline = Dateline(location=location, date=None, raw=location, span=(0, len(location)), method="test")
    contacts, warnings = find_contacts(body, langs, dateline, options or ParseOptions())
    for contact in contacts:
        assert body.text[contact.span[0] : contact.span[1]] == contact.raw
    return contacts, warnings, body


def summary(contacts: tuple[Contact, ...]) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    return [(c.name, c.phones, c.emails) for c in contacts]


# ------------------------------------------------------------------------- single contacts, one line

ONE_LINE_CASES = [
    pytest.param(
        "Media Contact: Renee Garcia,; 213-634-7615",
        [("Renee Garcia", ("+12136347615",), ())],
        id="immdef-media-contact",
    ),
    pytest.param(
        "CONTACT: Sarah Fowler 913-647-0938 sfowler@familyfeatures.com",
        [("Sarah Fowler", ("+19136470938",), ("sfowler@familyfeatures.com",))],
        id="caps-contact-name-phone-email",
    ),
    pytest.param(
        "CONTACTO: Havas Formula lotto@havasformula.com",
        [("Havas Formula", (), ("lotto@havasformula.com",))],
        id="spanish-contacto",
    ),
    pytest.param(
        "FOR IMMEDIATE RELEASEContact: James Arnold or Mary Collins Atkinson (202) 224-2353",
        [
            ("James Arnold", ("+12022242353",), ()),
            ("Mary Collins Atkinson", ("+12022242353",), ()),
        ],
        id="glued-release-marker-shared-phone",
    ),
    pytest.param(
        "Media Contact: Jane Doe, Communications Director, Acme Corp., (202) 224-2353, jane.doe@acme.com",
        [("Jane Doe", ("+12022242353",), ("jane.doe@acme.com",))],
        id="name-title-org-phone-email-run",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_LINE_CASES)
def test_one_line_labels(text: str, expected: list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]) -> None:
    contacts, _, _ = run(text)
    assert summary(contacts) == expected
    assert all(c.method == "label-inline" for c in contacts)


def test_shared_phone_keeps_raw_for_each_person() -> None:
    contacts, _, _ = run("FOR IMMEDIATE RELEASEContact: James Arnold or Mary Collins Atkinson (202) 224-2353")
    assert [c.raw for c in contacts] == [
        "James Arnold or Mary Collins Atkinson (202) 224-2353",
        "Mary Collins Atkinson (202) 224-2353",
    ]
    assert all(c.phones_raw == ("(202) 224-2353",) for c in contacts)


def test_name_title_org_fields() -> None:
    contacts, _, _ = run(
        "Media Contact: Jane Doe, Communications Director, Acme Corp., (202) 224-2353, jane.doe@acme.com"
    )
    assert contacts[0].role == "Communications Director"
    assert contacts[0].organization == "Acme Corp"


# ------------------------------------------------------------------------- blocks

NEWSDIRECT_BLOCK = """\
El objetivo de kevin. es empoderar a todos los jugadores en el ecosistema de pago, incluyendo bancos.
Contact DetailsNettResults Relaciones Públicas
Nick Leighton
+1 949-478-5880
nick.leighton@nettresultsLLC.com
Company Websitehttps://www.kevin.eu/
View source version on newsdirect.com: https://newsdirect.com/news/kevin-triunfa
"""

OCEAN_TWO_BLOCKS = """\
Contacto de prensa:
media@ocean.sv
OCEAN.SV is owned and operated by OCEAN MINING, Sociedad Anónima de Capital Variable, San Salvador, El Salvador.
Contact DetailsOCEAN MINING, Sociedad Anónima de Capital Variable
Ian A. Northon
+503 2113 3127
media@ocean.sv
Company Websitehttps://www.OCEAN.sv
"""

EUROPARL_SEVERAL = """\
The two proposals responded to floods and wildfires in Central, Eastern and Southern Europe in September 2024.
Contacts:
Janne OJAMO
Press Officer
Contact data:
Phone number: (+32) 2 284 12 50 (BXL)
Mobile number: (+32) 470 89 21 92
E-mail: janne.ojamo@europarl.europa.eu
E-mail: region-press@europarl.europa.eu
Twitter account: @EP_Regional
Lieven COSIJN
Press officer
Contact data:
Phone number: (+32) 2 28 31183 (BXL)
Mobile number: (+32) 473 864 141
E-mail: lieven.cosijn@europarl.europa.eu
E-mail: empl-press@europarl.europa.eu
Twitter account: @@EPSocialAffairs
Further information
Procedure file (RESTORE)
"""

AHA_MEDIA_INQUIRIES = """\
NFL PLAY 60 is the league's national youth health and wellness platform. For more information, visit NFL.com/PLAY60.
For Media Inquiries:
American Heart Association: Linzy Cotaya: linzy.cotaya@heart.org
For Public Inquiries: 1-800-AHA-USA1 (242-8721)
heart.org and stroke.org
"""

BJ_CONTACT_INFORMATION = """\
For those seeking a reliable autobody shop, contact B&J Body Shop at (916) 635-4400. Whether needing \
minor touch-ups or major collision repairs, their skilled team is equipped to handle all types of vehicle damage.
[](https://press-releases-production.s3.amazonaws.com/images/rzg8I5.jpg) [](https://bjbody.com/) Contact Information:
B&J Body Shop
11000 Folsom Blvd  Rancho Cordova, CA 95670United States
Mike Passof (916) 635-4400 https://bjbody.com/
Original Source:  https://bjbody.com/how-to-prepare-your-vehicle/
"""

PRNEWSWIRE_MEDIA_CONTACT = """\
Cybermedia Technologies, Inc. exists to help our customers achieve the maximum return on their IT and \
human capital investments. http://ctec-corp.com
MEDIA CONTACT:
Katie Sullivan
Bateman Group
hackerrank@bateman-group.com
SOURCE HackerRank
"""

OFFICE_CELL = """\
Contacts:
Jane Roe, Press Secretary
Office: (202) 225-4965
Cell: (202) 578-0420
John Smith, Communications Director
Office: (202) 225-3211
Email: john.smith@mail.house.gov
"""


# Lines from the congress-press archive (the source of the corpus's congressional releases).
CONGRESS_2009_ONE = """\
For Immediate Release
February 4, 2009
Contact: Nicole Y. Williams
(202) 225-2661
Washington, DC  Today, Congresswoman Barbara Lee (CA-9) voted in favor of postponement of the Digital \
Television transition which would have taken place February 18, 2009.
"""

CONGRESS_2009_THREE = """\
For Immediate Release
February 6, 2009
CONTACT: Philip Schmidt, (Serrano)(202) 225-4361
Karen Lightfoot, (Waxman)(202) 225-5735
Nicole Williams, (Lee)(202) 225-2661
Washington, DC Today Representatives Jos E. Serrano, (D-NY); Henry Waxman, (D-CA); and Barbara Lee, (D-CA) \
sent a letter to President Barack Obama urging him to join them.
Sincerely,
Jos E. SerranoHenry WaxmanBarbara Lee
Member of CongressMember of CongressMember of Congress
# # #
"""


def test_contact_name_then_phone_line() -> None:
    contacts, _, _ = run(CONGRESS_2009_ONE)
    assert summary(contacts) == [("Nicole Y. Williams", ("+12022252661",), ())]
    assert contacts[0].raw.startswith("Nicole Y. Williams") and contacts[0].raw.endswith("(202) 225-2661")


def test_one_contact_per_line_with_asides_and_no_signatories() -> None:
    contacts, _, _ = run(CONGRESS_2009_THREE)
    assert summary(contacts) == [
        ("Philip Schmidt", ("+12022254361",), ()),
        ("Karen Lightfoot", ("+12022255735",), ()),
        ("Nicole Williams", ("+12022252661",), ()),
    ]


def test_nameless_details_restart_after_a_complete_set() -> None:
    # The European Parliament layout when the names did not survive the HTML stage.
    text = (
        "Contacts:\nPhone number: (+32) 2 28 32547 (BXL)\nE-mail: snjezana.kobescak@europarl.europa.eu\n"
        "Phone number: (+32) 2 28 31834 (BXL)\nE-mail: viktor.almqvist@europarl.europa.eu"
    )
    contacts, _, _ = run(text)
    assert [c.emails for c in contacts] == [
        ("snjezana.kobescak@europarl.europa.eu",),
        ("viktor.almqvist@europarl.europa.eu",),
    ]


def test_nameless_email_then_phone_is_one_contact() -> None:
    contacts, _, _ = run("Contacto de prensa:\nmedia@ocean.sv\n+503 2113 3127")
    assert summary(contacts) == [(None, ("+50321133127",), ("media@ocean.sv",))]


def test_newsdirect_contact_details_block() -> None:
    contacts, _, _ = run(NEWSDIRECT_BLOCK)
    assert summary(contacts) == [("Nick Leighton", ("+19494785880",), ("nick.leighton@nettresultsllc.com",))]
    assert contacts[0].organization == "NettResults Relaciones Públicas"
    assert contacts[0].method == "label-block"


def test_nameless_press_contact_merged_into_named_one() -> None:
    contacts, _, _ = run(OCEAN_TWO_BLOCKS, location="San Salvador, SV")
    assert summary(contacts) == [("Ian A. Northon", ("+50321133127",), ("media@ocean.sv",))]
    assert contacts[0].organization == "OCEAN MINING, Sociedad Anónima de Capital Variable"


def test_europarl_several_people_with_roles() -> None:
    contacts, _, _ = run(EUROPARL_SEVERAL)
    assert [c.name for c in contacts] == ["Janne OJAMO", "Lieven COSIJN"]
    assert contacts[0].role == "Press Officer"
    assert contacts[0].phones == ("+3222841250", "+32470892192")
    assert contacts[0].emails == ("janne.ojamo@europarl.europa.eu", "region-press@europarl.europa.eu")
    assert contacts[1].phones[0] == "+3222831183"


def test_media_inquiries_stops_before_public_inquiries() -> None:
    contacts, _, _ = run(AHA_MEDIA_INQUIRIES)
    assert summary(contacts) == [("Linzy Cotaya", (), ("linzy.cotaya@heart.org",))]
    assert contacts[0].organization == "American Heart Association"


def test_contact_information_block_with_address() -> None:
    contacts, _, _ = run(BJ_CONTACT_INFORMATION, location="Rancho Cordova, United States")
    assert summary(contacts) == [("Mike Passof", ("+19166354400",), ())]
    assert contacts[0].organization == "B&J Body Shop"


def test_media_contact_block_name_org_email() -> None:
    contacts, _, _ = run(PRNEWSWIRE_MEDIA_CONTACT)
    assert summary(contacts) == [("Katie Sullivan", (), ("hackerrank@bateman-group.com",))]
    assert contacts[0].organization == "Bateman Group"


def test_office_and_cell_lines() -> None:
    contacts, _, _ = run(OFFICE_CELL)
    assert summary(contacts) == [
        ("Jane Roe", ("+12022254965", "+12025780420"), ()),
        ("John Smith", ("+12022253211",), ("john.smith@mail.house.gov",)),
    ]
    assert [c.role for c in contacts] == ["Press Secretary", "Communications Director"]


def test_html_dump_glued_lines_are_split() -> None:
    # How the PR Newswire page read when <br> line breaks were dropped by the HTML-to-text step.
    contacts, _, _ = run("MEDIA CONTACT:Katie SullivanBateman Grouphackerrank@bateman-group.com\nSOURCE HackerRank")
    assert summary(contacts) == [("Katie Sullivan", (), ("hackerrank@bateman-group.com",))]
    assert contacts[0].organization == "Bateman Group"


def test_for_more_information_heading_block() -> None:
    text = (
        "Startup Chihuahua is an organization that promotes and supports entrepreneurship.\n"
        "For More Information\n"
        "Ana Victoria Gutierrez\n"
        "+52 614 226 78 40\n"
        "agutierrez@startupchihuahua.com\n"
        "---"
    )
    contacts, _, _ = run(text, location="Chihuahua, Mexico")
    assert summary(contacts) == [("Ana Victoria Gutierrez", ("+526142267840",), ("agutierrez@startupchihuahua.com",))]


def test_media_subheading_inside_contacts_and_investors_left_out() -> None:
    text = (
        "Contacts\nMedia:\nJane Doe\nAcme Corp.\n+1 212-555-0100\njane.doe@acme.com\n"
        "Investors:\nJohn Roe\n+1 212-555-0199\nir@acme.com"
    )
    contacts, _, _ = run(text)
    assert [(c.name, c.organization) for c in contacts] == [("Jane Doe", "Acme Corp")]


def test_audience_subheadings_without_colons() -> None:
    text = "Contacts\nMedia\nJane Doe\nAcme Corp.\n+1 212-555-0100\njane.doe@acme.com\nInvestors\nJohn Roe\nir@acme.com"
    contacts, _, _ = run(text)
    assert [(c.name, c.organization) for c in contacts] == [("Jane Doe", "Acme Corp")]


def test_role_and_org_on_one_line_after_name() -> None:
    text = "**Media Contact:**\nAbdul Rabie\nFounder, BlendedAgents\n[press@blendedagents.com]\nblendedagents.com\n###"
    contacts, _, _ = run(text)
    assert [(c.name, c.role, c.organization, c.emails) for c in contacts] == [
        ("Abdul Rabie", "Founder", "BlendedAgents", ("press@blendedagents.com",))
    ]


def test_block_stops_at_prose() -> None:
    text = (
        "Media Contact: Renee Garcia\n"
        "Immigrant Defenders Law Center calls upon the administration to act now, said the director at 213-634-7615."
    )
    contacts, _, _ = run(text)
    assert contacts == ()


# ------------------------------------------------------------------------- round 2: shapes from other sites

# congress-2013-04-neal-umass-alumni-awards: Markdown joined the soft-wrapped end of the body with the label.
UMASS_END_OF_LINE_LABEL = """\
Scholarships are awarded annually to promising sophomores and juniors who exhibit academic excellence and \
leadership through volunteerism. For more information, please visit \
https://umassalumni.com/awards/distinguished_recipients.html. # # # Media Contact:
Elena Lamontagne
elamontagne@admin.umass.edu
800-456-UMASS
"""


def test_label_ending_a_prose_line_heads_a_block() -> None:
    contacts, warnings, _ = run(UMASS_END_OF_LINE_LABEL)
    assert summary(contacts) == [("Elena Lamontagne", (), ("elamontagne@admin.umass.edu",))]
    # A vanity number is kept as printed; phonenumbers finds no valid E.164 reading of it.
    assert contacts[0].phones_raw == ("800-456-UMASS",)
    assert contacts[0].method == "label-block"
    assert warnings == []


def test_vanity_number_with_a_valid_reading_gets_e164() -> None:
    contacts, _, _ = run("Media Contact: Jane Doe, 1-800-FLOWERS")
    assert summary(contacts) == [("Jane Doe", ("+18003569377",), ())]


# wire-noticiasnewswire-2026-08-verizon-vandalism-reward: a second person after "or" on its own line.
VERIZON_OR_LINE = """CONTACT: Diana Alvear 973.647.4176 diana.alvear@verizon.com
or
Kevin Israel 908.902.0324 kevin.I@verizon.com
"""


def test_second_person_after_or_line() -> None:
    contacts, _, _ = run(VERIZON_OR_LINE)
    assert summary(contacts) == [
        ("Diana Alvear", ("+19736474176",), ("diana.alvear@verizon.com",)),
        ("Kevin Israel", ("+19089020324",), ("kevin.I@verizon.com",)),
    ]


def test_or_line_without_a_contact_after_it_ends_the_block() -> None:
    contacts, _, _ = run("CONTACT: Diana Alvear 973.647.4176\nor\nvisit the newsroom for more.")
    assert [c.name for c in contacts] == ["Diana Alvear"]


def test_internal_code_and_two_numbers_side_by_side() -> None:
    # wire-noticiasnewswire-2026-08-liberty-edye-hitn (Puerto Rico numbers are +1 787).
    text = (
        "CONTACT: Tomás Dardet, R-17 787-645-4939 787-782-8800 tdardet@prlinksco.com "
        "Or Virginia Ariemma prensa@edye.com"
    )
    contacts, _, _ = run(text)
    assert summary(contacts) == [
        ("Tomás Dardet", ("+17876454939", "+17877828800"), ("tdardet@prlinksco.com",)),
        ("Virginia Ariemma", (), ("prensa@edye.com",)),
    ]
    assert contacts[0].phones_raw == ("787-645-4939", "787-782-8800")


def test_code_with_capitals_is_no_vanity_number() -> None:
    contacts, _, _ = run("Media Contact: Jane Doe, ref. 12345-ABCD, jane@acme.com")
    assert [(c.name, c.phones_raw) for c in contacts] == [("Jane Doe", ())]


def test_long_digit_run_that_is_not_two_numbers_is_no_phone() -> None:
    contacts, _, _ = run("CONTACT: Jane Doe 12 345 678 901 234 567 jane@acme.com")
    assert summary(contacts) == [("Jane Doe", (), ("jane@acme.com",))]


SENTENCE_CASES = [
    pytest.param(
        "Please bring your DD214 form with you. ***All Media inquiries for Rep. Filemon Vela should please be "
        "directed to Sean Trambley at sean.trambley@mail.house.gov or 202.225.2912. For information regarding the "
        "event, please contact Humberto Garza at humberto.garza@mail.house.gov or 956.203.9580***",
        None,
        [("Sean Trambley", ("+12022252912",), ("sean.trambley@mail.house.gov",))],
        id="media-inquiries-directed-to",
    ),
    pytest.param(
        "To schedule an interview with PublicSquare CEO Michael Seifert and RedBalloon CEO Andrew Crapuchettes, "
        "contact Isaac Lopez at (208) 997–8013 or isaac@redballoon.work.",
        None,
        [("Isaac Lopez", ("+12089978013",), ("isaac@redballoon.work",))],
        id="schedule-interview-en-dash-phone",
    ),
    pytest.param(
        "For all media inquiries, please contact press@colorverse.io.",
        None,
        [(None, (), ("press@colorverse.io",))],
        id="media-inquiries-nameless-email",
    ),
    pytest.param(
        "Reporters may contact Ana López, communications director, at (202) 224-2353.",
        None,
        [("Ana López", ("+12022242353",), ())],
        id="reporters-name-role-phone",
    ),
    pytest.param(
        "Media wishing to attend should RSVP to Jane Doe at jane.doe@acme.com.",
        None,
        [("Jane Doe", (), ("jane.doe@acme.com",))],
        id="media-advisory-rsvp",
    ),
    pytest.param(
        "Para entrevistas, comunicarse con Ana López al 55 1234 5678.",
        "Ciudad de México",
        [("Ana López", ("+525512345678",), ())],
        id="spanish-para-entrevistas",
    ),
]


@pytest.mark.parametrize(("text", "location", "expected"), SENTENCE_CASES)
def test_contact_in_a_sentence(
    text: str, location: str | None, expected: list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]
) -> None:
    contacts, _, _ = run(text, location=location)
    assert summary(contacts) == expected
    assert all(c.method in ("sentence", "label-inline") for c in contacts)


# wire-noticiasnewswire-2025-03-expedited-removals-oped: the contact's details are in the author's bio and
# the media-inquiries paragraph after it names her.
PIZA_PRONOUN = """\
About the Author Maribel A. Pizá is an immigration attorney dedicated to advocating for policies that uphold \
justice and fairness. She can be reached at (954) 367-6492 or maribel@maribelpizafl.com.
For Media Inquiries For questions about this Op-Ed, please contact Maribel Pizá directly. Noticias Newswire \
facilitates the dissemination of diverse opinions but remains neutral on the issues discussed.
"""


def test_pronoun_reached_at_next_to_media_inquiries() -> None:
    contacts, _, _ = run(PIZA_PRONOUN)
    assert summary(contacts) == [("Maribel A. Pizá", ("+19543676492",), ("maribel@maribelpizafl.com",))]
    assert contacts[0].raw == "She can be reached at (954) 367-6492 or maribel@maribelpizafl.com"


def test_named_subject_reached_at_with_cue() -> None:
    text = "Jane Doe can be reached at jane.doe@acme.com for interview requests."
    contacts, _, _ = run(text)
    assert summary(contacts) == [("Jane Doe", (), ("jane.doe@acme.com",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For media inquiries, please contact:\nJane Doe\njane.doe@acme.com\n(202) 224-2353",
         [("Jane Doe", ("+12022242353",), ("jane.doe@acme.com",))]),
        ("For media inquiries, please contact Jane Doe at jane.doe@acme.com.",
         [("Jane Doe", (), ("jane.doe@acme.com",))]),
        ("Press inquiries contact: Jane Doe, jane.doe@acme.com", [("Jane Doe", (), ("jane.doe@acme.com",))]),
    ],
)
def test_label_with_contact_verb(
    text: str, expected: list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]
) -> None:
    contacts, _, _ = run(text)
    assert summary(contacts) == expected


SENTENCE_NOT_CONTACTS = [
    pytest.param(
        # The same paragraph's second sentence: event information, not the press.
        "For information regarding the event, please contact Humberto Garza at humberto.garza@mail.house.gov or "
        "956.203.9580",
        id="event-information-contact",
    ),
    pytest.param(
        "About the Author Maribel A. Pizá is an immigration attorney. She can be reached at (954) 367-6492.",
        id="bio-reached-at-without-media-cue",
    ),
    pytest.param(
        "In an interview, Smith urged residents to call 1-800-555-0100 for help.",
        id="interview-mention-is-no-cue",
    ),
    pytest.param(
        "For media inquiries, please contact Maribel Pizá directly. Noticias Newswire facilitates the "
        "dissemination of diverse opinions but remains neutral on the issues discussed.",
        id="media-inquiries-without-means",
    ),
    pytest.param(
        "Anyone witnessing vandalism should call 911 and then contact Verizon’s Security department at "
        "1-800-997-3287.",
        id="public-phone-in-body",
    ),
    pytest.param(
        "To schedule an interview, Jane Doe said, reporters can visit www.acme.com or call the front desk.",
        id="cue-without-means",
    ),
]


@pytest.mark.parametrize("text", SENTENCE_NOT_CONTACTS)
def test_sentence_not_contacts(text: str) -> None:
    contacts, _, _ = run(text)
    assert contacts == ()


# ------------------------------------------------------------------------- Spanish phrase labels, regions

MONTERREY = """\
Monterrey, Mexico (Newsworthy.ai) Saturday Mar 15, 2025 @ 3:00 AM America/Mexico_City — El ecosistema de \
startups en México está viviendo una transformación silenciosa.
Para más información y entrevistas comunicarse a media@findermedia.net y 8124894628
"""


def test_dateline_country_decides_the_region() -> None:
    # "8124894628" is valid in Mexico and in the US; the Monterrey dateline says Mexico.
    contacts, warnings, _ = run(MONTERREY, location="Monterrey, Mexico")
    assert len(contacts) == 1
    assert contacts[0].name is None
    assert contacts[0].emails == ("media@findermedia.net",)
    assert contacts[0].phones == ("+528124894628",)
    assert contacts[0].phones_raw == ("8124894628",)
    assert warnings == []


def test_region_told_by_opening_line_without_dateline() -> None:
    contacts, _, _ = run(MONTERREY)
    assert contacts[0].phones == ("+528124894628",)


def test_number_valid_only_in_default_region_on_a_foreign_page_is_doubtful() -> None:
    text = MONTERREY.replace("8124894628", "(202) 224-2353")
    contacts, warnings, _ = run(text, location="Monterrey, Mexico")
    assert contacts[0].phones == ()
    assert contacts[0].phones_raw == ("(202) 224-2353",)
    assert [w.code for w in warnings] == ["phone_region_doubtful"]


def test_printed_country_code_wins() -> None:
    text = "Para más información y entrevistas comunicarse a media@findermedia.net y +52 81 2489 4628"
    contacts, warnings, _ = run(text, location="Monterrey, Mexico")
    assert contacts[0].phones == ("+528124894628",)
    assert warnings == []


def test_number_valid_only_in_dateline_country() -> None:
    contacts, warnings, _ = run("Contacto de prensa: Ana López, 2113 3127", location="San Salvador, El Salvador")
    assert contacts[0].phones == ("+50321133127",)
    assert warnings == []


def test_default_region_option() -> None:
    contacts, _, _ = run("Contacto: Ana López 2113 3127", options=ParseOptions(default_region="SV"))
    assert contacts[0].phones == ("+50321133127",)


@pytest.mark.parametrize(
    "text",
    [
        "Para más información: Ana López, ana.lopez@ejemplo.org",
        "Contacto de prensa: Ana López, ana.lopez@ejemplo.org",
        "Contacto para medios: Ana López, ana.lopez@ejemplo.org",
        "For more information, contact Ana López at ana.lopez@ejemplo.org",
        "Press Contacts: Ana López, ana.lopez@ejemplo.org",
        "Relaciones con medios: Ana López ana.lopez@ejemplo.org",
        "Spokesperson: Ana López ana.lopez@ejemplo.org",
        "March 3, 2021 Contact: Ana López ana.lopez@ejemplo.org",
    ],
)
def test_label_variants(text: str) -> None:
    contacts, _, _ = run(text)
    assert summary(contacts) == [("Ana López", (), ("ana.lopez@ejemplo.org",))]


# ------------------------------------------------------------------------- Cloudflare placeholder


@pytest.mark.parametrize(
    "text",
    ["Media Contact: Jane Doe, [email protected]", "Media Contact: Jane Doe, [email&#160;protected]"],
)
def test_cloudflare_placeholder_is_not_an_email(text: str) -> None:
    contacts, warnings, _ = run(text)
    assert [(c.name, c.emails) for c in contacts] == [("Jane Doe", ())]
    assert [w.code for w in warnings] == ["low_evidence"]
    assert "protected" in warnings[0].message


# ------------------------------------------------------------------------- things that are not contacts

NOT_CONTACTS = [
    pytest.param(
        "Please also arrange for a staff briefing on this matter by contacting my office’s counsel at "
        "(202) 224-2353. Thank you for your attention to this concerning matter.",
        id="letter-body-phone",
    ),
    pytest.param(
        "For those seeking a reliable autobody shop, contact B&J Body Shop at (916) 635-4400. Whether needing "
        "minor touch-ups or major collision repairs, their skilled team is equipped.",
        id="sentence-contact-verb",
    ),
    pytest.param(
        "Connect with us on heart.org, Facebook, X, or by calling 1-800-AHA-USA1",
        id="about-boilerplate-phone",
    ),
    pytest.param("For Public Inquiries: 1-800-AHA-USA1 (242-8721)", id="public-inquiries"),
    pytest.param("Contacts\nAgenda\nHighlights\nWeekly agenda\nBriefing\nFAQ", id="nav-menu-contacts"),
    pytest.param(
        '"We are proud of this work," said Jane Doe, director of the center, (202) 224-2353.',
        id="quoted-speaker",
    ),
    pytest.param(
        "For more information about Acme, visit www.acme.com or call 1-800-555-0100.",
        id="general-company-number",
    ),
    pytest.param("Investor Contact: Jane Doe, (202) 224-2353", id="investor-contact"),
    pytest.param("Para obtener más información, haga clic aquí.", id="spanish-more-info-link"),
    pytest.param("Contact Us: 1-800-555-0100", id="contact-us"),
    pytest.param("Contacts:\nJane Doe\n# # #\n(202) 225-4965", id="end-mark-ends-block"),
    pytest.param(
        "The report says that people should Contact: their representatives at 202-224-3121 today.",
        id="capitalised-contact-inside-sentence",
    ),
    pytest.param(
        'SOCIAL MEDIA: follow us @acme\n"We are thrilled," said Jane Doe, CEO. Contact us at 1-800-555-0100.',
        id="midline-label-without-details",
    ),
    pytest.param("For More Information\nVisit www.acme.com for details.", id="more-information-heading-no-means"),
]


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_not_contacts(text: str) -> None:
    contacts, _, _ = run(text)
    assert contacts == ()


def test_teaser_of_another_release_is_ignored() -> None:
    long_paragraph = "Immigrant Defenders Law Center (ImmDef) calls upon President Biden and his Administration " * 5
    text = (
        "Media Contact: Renee Garcia,; 213-634-7615\n"
        f"{long_paragraph}\n"
        "ImmDef Welcomes Approval of Ms. L VS. ICE Settlement\n"
        "FOR IMMEDIATE RELEASE December 14, 2023 CONTACT: Alicia Vargas 213.653-1442 LOS ANGELES – A federal "
        "court judge has approved the settlement reached between the Biden Administration"
    )
    contacts, _, _ = run(text)
    assert [c.name for c in contacts] == ["Renee Garcia"]


def test_midline_contact_run_stops_at_prose() -> None:
    text = (
        "FOR IMMEDIATE RELEASE December 14, 2023 CONTACT: Alicia Vargas 213.653-1442 LOS ANGELES – A federal "
        "court judge has approved the settlement"
    )
    contacts, _, _ = run(text)
    assert summary(contacts) == [("Alicia Vargas", ("+12136531442",), ())]
    assert contacts[0].raw == "Alicia Vargas 213.653-1442"


def test_same_person_twice_is_one_contact() -> None:
    text = "Media Contact: Renee Garcia, 213-634-7615\nSome text.\nMedia Contact: Renee Garcia, 213-634-7615"
    contacts, _, _ = run(text)
    assert [c.name for c in contacts] == ["Renee Garcia"]


def test_same_nameless_details_twice_is_one_contact() -> None:
    text = "For all media inquiries, please contact press@colorverse.io.\nMedia inquiries: press@colorverse.io"
    contacts, _, _ = run(text)
    assert summary(contacts) == [(None, (), ("press@colorverse.io",))]


def test_output_is_deterministic() -> None:
    first = run(EUROPARL_SEVERAL + OFFICE_CELL)[0]
    second = run(EUROPARL_SEVERAL + OFFICE_CELL)[0]
    assert first == second


# ------------------------------------------------------------------------- adversarial input

ADVERSARIAL = [
    pytest.param("Contact: " + "1." * 50_000, id="digits-dots"),
    pytest.param("CONTACT: " + "12 " * 33_000, id="digits-spaces"),
    pytest.param("Media Contact: " + "1-" * 50_000, id="digits-dashes"),
    pytest.param("Contacts: " + "A, " * 33_000, id="capitals-commas"),
    pytest.param("Contact: " + "(" * 50_000 + ")" * 50_000, id="nested-parentheses"),
    pytest.param("Contact: " + "a.a@a." * 16_000, id="email-fragments"),
    pytest.param("Contact: " + "[email protected] " * 6_000, id="placeholders"),
    pytest.param("Contact: " + "John Smith or " * 8_000 + "(202) 224-2353", id="many-or-names"),
    pytest.param('"' * 100_000, id="quote-marks"),
    pytest.param("Contact: " + "- " * 50_000, id="dashes"),
    pytest.param("[](x)" * 20_000 + "Contact: x", id="link-furniture"),
    pytest.param("\n".join(["Contacts:"] + ["Jane Doe", "(202) 224-2353"] * 3_000), id="many-lines"),
    pytest.param("FOR IMMEDIATE RELEASE " * 5_000, id="release-markers"),
    pytest.param("For more information, " * 5_000 + "contact", id="phrase-labels"),
    pytest.param("Media inquiries: contact Jane Doe at 202-555-0100. " * 2_000, id="media-sentences"),
    pytest.param("She can be reached at 202-555-0100. For media inquiries " * 2_000, id="reached-sentences"),
    pytest.param("Rep. A. B. C. " * 10_000 + "media inquiries contact 202-555-0100", id="abbreviations"),
    pytest.param("CONTACT: " + "787-645-4939 " * 8_000, id="number-runs"),
    pytest.param("Media Contact:\n" * 20_000, id="many-label-lines"),
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_inputs_complete(text: str) -> None:
    started = time.perf_counter()
    contacts, _, _ = run(text)
    assert time.perf_counter() - started < 5.0
    assert len(contacts) <= 100


def test_max_line_chars_is_respected() -> None:
    text = "x" * 500 + " Media Contact: Jane Doe, 213-634-7615"
    contacts, _, _ = run(text, options=ParseOptions(max_line_chars=100))
    assert contacts == ()


# ------------------------------------------------------------------------- speed pre-checks and limits


@pytest.mark.parametrize(
    "text",
    [
        "FOR IMMEDIATE RELEASE",
        "FOR IMMEDİATE RELEASE",  # dotted capital I: the regex matches it as "i", lower() does not
        "for immediate releaſe",  # long s
        "PARA DIFUSIÓN INMEDIATA",
        "Media Contact: Ana Ruiz — 213-555-0100",
    ],
)
def test_cheap_word_test_never_hides_a_regex_match(text: str) -> None:
    from pressparse.chrome import may_contain
    from pressparse.contacts import _MARKER_WORDS, _MEDIA_CUE_WORDS, _RELEASE_MARKER

    if _RELEASE_MARKER.search(text):
        assert may_contain(text, _MARKER_WORDS)
    assert may_contain(text, _MEDIA_CUE_WORDS) or "media" not in text.casefold()


def test_release_marker_with_odd_letters_still_found() -> None:
    from pressparse.chrome import may_contain
    from pressparse.contacts import _MARKER_WORDS

    assert not may_contain("The agency said so today.", _MARKER_WORDS)
    assert may_contain("for ımmediate release", _MARKER_WORDS)


def test_thousands_of_contact_labels_are_capped_with_a_warning() -> None:
    line = "Media Contact: Renee Garcia, 213-634-7615"
    contacts, warnings, _ = run("\n".join([line] * 3_000))
    assert [c.name for c in contacts] == ["Renee Garcia"]
    assert any(w.code == "limit_exceeded" for w in warnings)
    started = time.perf_counter()
    run("\n".join([line] * 300))
    assert time.perf_counter() - started < 30  # generous: must simply complete


def test_thousands_of_lines_with_phone_numbers_are_capped_with_a_warning() -> None:
    # adversarial: every line has contact means and a press cue, none is a contact
    line = "Reporters are welcome at the hall on 1.2.3.4.5.6.7.8 and 213-555-0100."
    _, warnings, _ = run("\n".join([line] * 2_000))
    assert any(w.code == "limit_exceeded" for w in warnings)
