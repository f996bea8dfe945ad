"""Quotations, statements and excerpts (``quotes.py``), on paragraphs copied from corpus documents."""

from __future__ import annotations

import time

import pytest

from pressparse.blocks import Block, BlockKind, PageMeta
from pressparse.chrome import Body, lay_out
from pressparse.languages import Languages, sections_from_line_languages
from pressparse.quotes import find_quotes
from pressparse.records import Quote


def _body(paragraphs: list[str], kinds: list[BlockKind] | None = None) -> Body:
    blocks = [Block(text=p, kind=kinds[i] if kinds else "paragraph") for i, p in enumerate(paragraphs)]
    return lay_out([(block, None) for block in blocks], PageMeta())


def _quotes(
    paragraphs: list[str], language: str = "en", kinds: list[BlockKind] | None = None, warned: int = 0
) -> tuple[Quote, ...]:
    body = _body(paragraphs, kinds)
    line_languages = tuple(language for _ in body.lines)
    langs = Languages(line_languages, sections_from_line_languages(body, line_languages))
    quotes, warnings = find_quotes(body, langs)
    assert [w.code for w in warnings] == ["low_evidence"] * warned
    for quote in quotes:
        assert body.text[quote.span[0]:quote.span[1]] == quote.raw
        assert quote.counterpart is None
        assert quote.language == language
    starts = [q.span[0] for q in quotes]
    assert starts == sorted(starts)
    return quotes


NFL = (
    "“Collaborating with these NFL mascots brings our science to life in a fun and engaging way to help "
    "kids develop healthy habits so they can grow to their full potential,” said Nancy Brown, chief "
    "executive officer of the American Heart Association. “Our longstanding partnership with the NFL "
    "has always focused on building a world of longer, healthier lives through physical activity, heart "
    "health and safety.”"
)
ERTUG = (
    "EP rapporteur on alternative fuels infrastructure Ismail Ertug (S&D, DE) said: “At the moment we "
    "have 377 000 charging stations in the EU, but this is half the amount that should have been achieved "
    "had EU countries lived up to their promises.”"
)
BULA = (
    "Andrzej BUŁA (EPP, PL), co-rapporteur for the RESTORE regulation said: “This law is very "
    "important for regional and local authorities in regions affected by natural disasters.”"
)
MCGOVERN = (
    '"Se prendieron las alarmas en Guatemala hace rato," dijo el congresista McGovern. "Oficiales del más '
    'alto nivel ya están sancionados mientras operadores de justicia valientes y defensores de derechos '
    'humanos de larga trayectoria han tenido que huir del país."'
)
ARTYMKO = (
    "El presidente de OCEAN, Mark Artymko, agregó: «Para impulsar nuestros esfuerzos de "
    "descentralización necesitábamos una presencia global, y El Salvador fue la elección "
    "obvia.»"
)
DASHJR = (
    "El cofundador y CTO (director técnico) de OCEAN, Luke Dashjr, quien a principios de este año "
    "habló con estudiantes universitarios en el programa CUBO+ de San Salvador, comentó: «El "
    "Salvador está a la vanguardia en la adopción de Bitcoin y la minería de Bitcoin»."
)
LICHTENSTEIN = (
    "“A healthy dietary pattern can support lifelong health and well-being beyond cardiovascular "
    "health,” Lichtenstein said."
)
LEE_2002 = (
    'Washington, D.C.- La Rep. Lee pidi hoy a sus colegas que rechacen los intentos republicanos. "Una vez '
    'ms, estamos viendo al Presidente y a los republicanos en el Congreso apoyar propuestas que fallan", '
    'dijo la Rep. Lee. "En su lugar, estn jugando un juego pblico y peligroso."El Presidente Bush est '
    'proponiendo un plan. La Rep. Lee aadi que reconoce la importancia del Seguro Social para los ancianos '
    'latinos. "Los ancianos hispanos, en particular, tienen ms posibilidades de carecer de beneficios de '
    'pensiones." "Sacar dinero del programa de Seguro Social y ponerlo en el mercado de valores no es la '
    'solucin," concluy la Rep. Lee.'
)
TORRES = (
    '"These measures will also assist the firefighters that are on the frontlines protecting our '
    'communities from wildfires," continued Rep. Norma J. Torres. "I thank the brave firefighters."'
)
LAWMAKERS = (
    'The lawmakers continued, "While the violence, harassment, and treatment of environmental defenders '
    'represent serious human rights abuses on their own, the impact extends far beyond."'
)
VILLA = (
    "Su CEO, Hans Villa, enfatizó que levantar dinero es fácil, pero construir un negocio sostenible "
    'es otra historia. "El gran error de muchas startups es que priorizan levantar capital antes de generar '
    'ingresos. En Nufi decidimos hacer lo contrario”.'
)
DAVIDSON = (
    '"Currently, government agencies rely on stagnant job boards and immersive, manual application '
    'processes," says Adam Davidson, Vice President and Portfolio General Manager at CTEC. "Government '
    'agencies have the opportunity to cut their hiring time down to just weeks."'
)


@pytest.mark.parametrize(
    ("paragraph", "opening", "speaker", "method"),
    [
        (NFL, "Collaborating with these NFL mascots", "Nancy Brown", "said-after"),
        (ERTUG, "At the moment we have 377 000", "Ismail Ertug", "said-before"),
        (BULA, "This law is very important", "Andrzej BUŁA", "said-before"),
        (MCGOVERN, "Se prendieron las alarmas", "congresista McGovern", "said-after"),
        (ARTYMKO, "Para impulsar nuestros esfuerzos", "Mark Artymko", "said-before"),
        (DASHJR, "El Salvador está a la vanguardia", "Luke Dashjr", "said-before"),
        (LICHTENSTEIN, "A healthy dietary pattern", "Lichtenstein", "said-after"),
        (TORRES, "These measures will also assist", "Rep. Norma J. Torres", "said-after"),
        (LAWMAKERS, "While the violence, harassment", "The lawmakers", "said-before"),
        (VILLA, "El gran error de muchas startups", "Hans Villa", "previous-sentence"),
        (DAVIDSON, "Currently, government agencies", "Adam Davidson", "said-after"),
    ],
)
def test_one_attributed_quote(paragraph: str, opening: str, speaker: str, method: str) -> None:
    quotes = _quotes([paragraph])
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith(opening)
    assert quote.attribution == speaker
    assert quote.method == method
    assert quote.kind == "direct"
    assert quote.marked
    assert quote.raw[0] in "\"“«"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("«Estamos muy contentos con este resultado final» —afirmó Pérez—.", "Pérez"),
        ('"We are very excited about the future of this company," said President and CEO John Smith.',
         "President and CEO John Smith"),
        ('"We are very excited about the future of this company," Smith said Tuesday.', "Smith"),
        ('Smith, who wrote the letter, said, "We need answers from the agency on this matter."', "Smith"),
        ('Jane Doe, CEO of Acme, said in a statement: "We are very excited about this."', "Jane Doe"),
        ('"Quote here with many words," according to Jane Doe, president of Foo.', "Jane Doe"),
    ],
)
def test_attribution_shapes_beyond_the_corpus(paragraph: str, speaker: str) -> None:
    (quote,) = _quotes([paragraph])
    assert quote.attribution == speaker


def test_pronoun_without_antecedent_keeps_the_quote_without_a_speaker() -> None:
    (quote,) = _quotes(['"We delivered record revenue this quarter and we expect more," he said.'], warned=1)
    assert quote.attribution is None
    assert quote.method == "pronoun"


def test_block_quotation_signed_on_the_next_line() -> None:
    (quote,) = _quotes(
        ["We are very excited about the future of this company and our people.", "— Jane Doe, CEO"],
        kinds=["quote", "paragraph"],
    )
    assert (quote.attribution, quote.method, quote.marked) == ("Jane Doe", "dash-after", False)


def test_statement_by_a_titled_official() -> None:
    intro = "The governor issued the following statement:"
    (quote,) = _quotes([intro, '"We will rebuild. Our state is strong."'])
    assert (quote.attribution, quote.kind) == ("The governor", "statement")
    assert quote.text == "We will rebuild. Our state is strong."


def test_interrupted_quote_is_one_quote_without_the_attribution() -> None:
    (quote,) = _quotes([NFL])
    assert "Our longstanding partnership" in quote.text
    assert "said Nancy Brown" not in quote.text
    assert "said Nancy Brown" in quote.raw
    assert quote.raw.endswith("safety.”")


def test_several_quotes_in_one_legacy_paragraph() -> None:
    quotes = _quotes([LEE_2002], language="es")
    assert [q.text[:20] for q in quotes] == [
        "Una vez ms, estamos ",
        "Los ancianos hispano",
        "Sacar dinero del pro",
    ]
    assert [q.attribution for q in quotes] == ["Rep. Lee", "Rep. Lee", "Rep. Lee"]
    assert "En su lugar" in quotes[0].text
    assert quotes[1].method == "previous-sentence"


GUTIERREZ = [
    "Washington, DC – The following is a statement by Rep. Luis V. Gutierrez (D-IL) reacting to the "
    "release earlier this week of a study of the health risks on the Island of Vieques.",
    '"The results of the ATSDR study on Vieques make me angry, sad and more committed to seeking justice '
    "for the people of Vieques and Puerto Rico than ever before.",
    '"It is an outrage. The people of Puerto Rico and Vieques deserve more.',
    '"The beauty and safety of the precious Island of Vieques and the beauty and safety of its people must '
    'be defended and maintained for future generations."',
    "# # #",
]


def test_multi_paragraph_quote_after_statement_intro() -> None:
    (quote,) = _quotes(GUTIERREZ)
    assert quote.attribution == "Rep. Luis V. Gutierrez"
    assert quote.kind == "statement"
    assert quote.method == "statement-intro"
    assert quote.marked
    assert quote.text.split("\n") == [
        GUTIERREZ[1][1:],
        GUTIERREZ[2][1:],
        GUTIERREZ[3][1:-1],
    ]
    assert quote.raw.startswith('"The results') and quote.raw.endswith('generations."')


SCOTT = [
    "El Senador Rick Scott dijo: “Es ridículo que NBC le dé una plataforma a un brutal e "
    "ilegítimo dictador comunista.",
    "‘1. Su régimen anunció un “indulto masivo” de más de 2,000 prisioneros. "
    "¿Por qué no se incluyó a ningún preso político en las liberaciones?”",
    "El Senador Scott concluyó: “El pueblo cubano merece libertad, transparencia, democracia, y "
    "Patria y Vida.”",
]


def test_multi_paragraph_quote_with_inner_paragraph_marks() -> None:
    quotes = _quotes(SCOTT, language="es")
    assert [q.attribution for q in quotes] == ["Senador Rick Scott", "Senador Scott"]
    assert quotes[0].text.count("\n") == 1
    assert "indulto masivo" in quotes[0].text
    assert quotes[1].text.startswith("El pueblo cubano")


REDMOND = (
    'After the meeting, Councilmember Jeralee Anderson said, "…we have not had adequate time to consider, '
    'as the council, the outcomes of what this would look like." Public records show that a weekly update '
    "email dated February 10, 2024, from OneRedmond, Redmond's Chamber of Commerce, said, \"Council will "
    'approve the transfer of land at 16725 Cleveland St. to Plymouth Housing Development." Councilmember '
    'Anderson was the only one who voted no on the 13th. Before casting her vote, she said, " I am '
    'uncomfortable with this vote…this is a significant value of land transfer."'
)


def test_pronoun_resolves_to_the_speaker_last_named() -> None:
    quotes = _quotes([REDMOND])
    assert [(q.attribution, q.kind, q.method) for q in quotes] == [
        ("Councilmember Jeralee Anderson", "direct", "said-before"),
        ("OneRedmond", "excerpt", "document-reads"),
        ("Councilmember Jeralee Anderson", "direct", "pronoun"),
    ]
    assert quotes[0].text.startswith("…we have not had")


def test_lead_in_to_the_next_quote_is_not_an_attribution_of_the_previous_one() -> None:
    quotes = _quotes([
        "Rep. Lance Gooden said, “Corporations and liberal non-profits are currently organizing a mass "
        "invasion of the United States.” He continued, “Under no circumstances should an undocumented "
        "migrant be permitted to board a U.S. commercial airline without proper identification.”"
    ])
    assert [(q.text[:12], q.attribution, q.method) for q in quotes] == [
        ("Corporations", "Rep. Lance Gooden", "said-before"),
        ("Under no cir", "Rep. Lance Gooden", "pronoun"),
    ]


def test_letter_reads_is_an_excerpt_of_the_letter() -> None:
    (quote,) = _quotes([
        'The letter reads, "The United States must make clear that our partnership with Guatemala depends on '
        'protecting human rights and democracy."'
    ])
    assert (quote.attribution, quote.kind) == ("The letter", "excerpt")


LEE_2011 = [
    "WASHINGTON D.C. Congresswoman Barbara Lee (D-CA) issued the following statement today in observance of "
    "Hispanic Heritage Month, which is observed from September 15 to October 15:",
    "Every year, Americans honor Hispanic Heritage Month to commemorate the remarkable and immeasurable "
    "contributions that Latinos have made to our nation.",
    "As a member of the Tri-Caucus, I am a proud and vocal advocate for the Latino community and all "
    "communities of color.",
    "Congresista Barbara Lee Hace Declaracin Honrando El Mes De La Herencia Hispana",
    "WASHINGTON D.C. La Congresista Barbara Lee (D-CA) hizo la siguiente declaracin en observacin del Mes de "
    "la Herencia Hispana:",
    "Cada ao, los estadounidenses honran el Mes de la Herencia Hispana durante el cual se conmemoran las "
    "contribuciones notables.",
    "###",
]


def test_unmarked_statement_after_intro() -> None:
    quotes = _quotes(LEE_2011)
    assert [(q.attribution, q.kind, q.marked, q.method) for q in quotes] == [
        ("Congresswoman Barbara Lee", "statement", False, "statement-intro"),
        ("Congresista Barbara Lee", "statement", False, "statement-intro"),
    ]
    assert quotes[0].text == LEE_2011[1] + "\n" + LEE_2011[2]
    assert quotes[1].text == LEE_2011[5]


def test_unmarked_excerpt_after_a_document_lead_in() -> None:
    (quote,) = _quotes([
        "The letter reads:",
        "We write to urge the Department to act swiftly on this matter of great importance.",
        "Sincerely,",
    ])
    assert (quote.attribution, quote.kind, quote.marked, quote.method) == (
        "The letter", "excerpt", False, "document-intro"
    )


def test_statement_intro_followed_by_an_attributed_quote_gives_one_quote() -> None:
    quotes = _quotes([
        "Rep. Norma Torres released the following statement:",
        '"Having lost my own home to a fire, I know how critical it is to engage the public on wildfire '
        'awareness and preparedness," said Rep. Norma J. Torres.',
    ])
    assert [(q.attribution, q.kind) for q in quotes] == [("Rep. Norma J. Torres", "direct")]


HEINRICH = (
    "Taking action immediately to avoid these harmful and arbitrary cuts is the only responsible course of "
    "action. And make no mistake, what's at stake are thousands of New Mexico jobs, said Sen. Heinrich. We "
    "can and must avert these cuts by pairing sensible spending reductions with reasonable revenue increases."
)
HEINRICH_ES = (
    "Como hijo de inmigrantes, reconozco la importancia de arreglar nuestro anticuado sistema migratorio, "
    "dijo el Sen. Heinrich. Ellos solo quieren trabajar, ganarse la vida, e ir a la escuela."
)
HEINRICH_HE = [
    "During the call, Senator Heinrich stressed the importance creating a fair path to earn citizenship.",
    "He told conference call participants, As the son of an immigrant, I know well the importance of fixing "
    "our broken immigration system.",
]


@pytest.mark.parametrize(
    ("paragraphs", "opening", "speaker", "method"),
    [
        ([HEINRICH], "Taking action immediately", "Sen. Heinrich", "unmarked-said"),
        ([HEINRICH_ES], "Como hijo de inmigrantes", "Sen. Heinrich", "unmarked-said"),
        (HEINRICH_HE, "As the son of an immigrant", "Senator Heinrich", "pronoun"),
    ],
)
def test_unmarked_quote(paragraphs: list[str], opening: str, speaker: str, method: str) -> None:
    (quote,) = _quotes(paragraphs)
    assert quote.text.startswith(opening)
    assert (quote.attribution, quote.marked, quote.method) == (speaker, False, method)
    assert "said Sen." not in quote.text and "dijo el Sen." not in quote.text


def test_unmarked_interrupted_quote_keeps_both_parts() -> None:
    (quote,) = _quotes([HEINRICH])
    assert quote.text.endswith("reasonable revenue increases.")
    assert quote.raw == HEINRICH


@pytest.mark.parametrize(
    ("paragraph", "opening", "source", "marked"),
    [
        (
            "(B) The Secretary of Homeland Security shall promptly review and determine whether to terminate "
            'or modify the program, including the Memorandum titled "Policy Guidance for implementation of '
            "the Migrant Protection Protocols\" (January 20, 2019). - Excerpt from Biden's Executive Order",
            "(B) The Secretary of Homeland Security",
            "Biden's Executive Order",
            False,
        ),
        (
            '"El Ministro de la Seguridad Nacional deberá revisar rápidamente y determinar si se debe '
            "terminar o modificar el programa conocido como Protocolos de Proteccion a Migrantes (MPP). \" - "
            "Extracto de la orden ejecutiva de Biden",
            "El Ministro de la Seguridad Nacional",
            "la orden ejecutiva de Biden",
            True,
        ),
    ],
)
def test_excerpt_trailer(paragraph: str, opening: str, source: str, marked: bool) -> None:
    (quote,) = _quotes([paragraph])
    assert quote.kind == "excerpt"
    assert quote.method == "excerpt-trailer"
    assert quote.attribution == source
    assert quote.marked is marked
    assert quote.text.startswith(opening)
    assert "Excerpt" not in quote.text and "Extracto" not in quote.text
    assert not quote.text.endswith('"')


@pytest.mark.parametrize(
    "paragraphs",
    [
        # scare quotes
        ["1. How many Afghan evacuees have made “independent departures,” in which they simply left "
         "U.S. military bases on their own accord?"],
        ["In the resolution, adopted with 455 votes to 85 and 105 abstentions, they reiterate their full "
         "support “for legitimate interim president Juan Guaidó”."],
        # indirect speech and a name in quotes
        ["OCEAN Mining dijo que espera proporcionar recursos para continuar con la educación, incluyendo "
         "lugares como El Zonte, comúnmente conocido como “Bitcoin Beach”, que han prosperado."],
        # unclosed fragment
        ["Como resultado de estos hechos, los firmantes de la carta hacen un llamado al Departamento de "
         "Estado para que “condene el arresto de Sofia Tot Ac y solicitan la siguiente acción:",
         "Una investigación sobre los cargos contra Sofia Tot Ac;"],
        # titles and nicknames
        ['WASHINGTON – Representative Norma J. Torres (CA-35) today introduced a resolution to recognize '
         'August 22, 2021 as "Wildfire Preparedness Week" to educate the public on fire safety.'],
        ['Reps. Joaquin Castro (TX-20), Jim McGovern (MA-02), and Jesús "Chuy" García (IL-04), '
         "introduced a resolution."],
        # a pull quote with nobody named
        ['"I am proud to bring this celebration back to Congress"'],
        # a headline with "say"
        ["Car-recharging stations should be available every 60 km, say MEPs"],
        # narrative with a name followed by a verb
        ["Federal data sharing: The EEOC and FCC no longer have an agreement in place to share data. "
         "Previously, the EEOC shared quarterly reports with the FCC"],
        ["A través de iniciativas como este evento, Lotto.com continúa ampliando su impacto más "
         "allá del acceso digital a la lotería."],
        # a link title after a colon
        ["European Commission press release: “Relations with the UK: Commission proposes targeted "
         "contingency measures to prepare for possible “no-deal” scenario”"],
    ],
)
def test_not_quotes(paragraphs: list[str]) -> None:
    assert _quotes(paragraphs) == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        '"' * 100_000,
        "“" * 50_000 + "”" * 50_000,
        "«»" * 50_000,
        '"Quote," said Sen. X. ' * 5_000,
        "Word, said Smith. " * 6_000,
        "He said, Something. " * 5_000,
        "A, B, C, D" * 10_000,
        "(" * 50_000 + ")" * 50_000,
        "Statement: " + '"unbalanced ' * 10_000,
        "1.2.3." * 20_000,
    ],
)
def test_adversarial_input_completes(paragraph: str) -> None:
    began = time.monotonic()
    _quotes([paragraph, paragraph[:5000], "issued the following statement:", paragraph[:2000]])
    assert time.monotonic() - began < 5.0


def test_many_short_quoted_paragraphs_complete() -> None:
    began = time.monotonic()
    _quotes(['"x, said Y.' for _ in range(5_000)])
    assert time.monotonic() - began < 5.0
