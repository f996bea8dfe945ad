"""Numbered lists and demands (``lists.py``), on lines copied from corpus documents."""

from __future__ import annotations

import time

import pytest

from pressparse.blocks import Block, PageMeta, markdown_blocks, text_blocks
from pressparse.chrome import Body, lay_out, strip_chrome
from pressparse.languages import Languages, sections_from_line_languages
from pressparse.lists import demands_from, find_lists
from pressparse.records import NumberedList


def _body(text: str, markdown: bool = False) -> Body:
    return strip_chrome(markdown_blocks(text) if markdown else text_blocks(text))


def _langs(body: Body, language: str = "en") -> Languages:
    line_languages = tuple(language for _ in body.lines)
    return Languages(line_languages, sections_from_line_languages(body, line_languages))


def _lists(text: str, markdown: bool = False, language: str = "en") -> tuple[Body, tuple[NumberedList, ...]]:
    body = _body(text, markdown)
    lists, _ = find_lists(body, _langs(body, language))
    for numbered in lists:
        assert body.text[numbered.span[0]:numbered.span[1]].startswith(numbered.items[0].raw)
        for item in numbered.items:
            assert body.text[item.span[0]:item.span[1]] == item.raw
            assert item.raw.endswith(item.text[-20:])
    for demand in demands_from(lists):
        assert body.text[demand.span[0]:demand.span[1]] == demand.raw
        assert demand.counterpart is None
    return body, lists


IMMDEF_EN = """As an organization that witnesses firsthand the life and death consequences of policy \
decisions, we demand the following steps are taken without delay:

1. Immediately end expulsions by rescinding Title 42, and resume safe processing of asylum seekers at the \
Southern border,

2. Immediately announce a fair and transparent process to allow entry for all people who have been impacted \
by MPP, including those ordered deported through this illegitimate process,

3. Commit to ending immigration detention and guarantee that no asylum seekers will be subjected to physical \
or digital shackles.

4. Immediately halt all ICE deportation flights and stay final orders of removal, and

5. Take immediate steps to protect the safety and rights of Black migrants who have been trapped at the \
U.S./Mexico border and denied access to the asylum system.

ImmDef’s guiding principle is that no immigrant stands alone.
"""

IMMDEF_ES = (
    "Mientras las órdenes ejecutivas del 2 de febrero del presidente Biden reflejan un paso adecuado "
    "hacia el desmantelamiento de las políticas de inmigración opresivas y xenófobas de nuestro "
    "país, se quedan cortas. Exigimos que se tomen las siguientes medidas sin demora: 1. Rescindir "
    "el Título 42, poner un fin inmediato a las deportaciones, y reanudar el procesamiento seguro de "
    "los solicitantes de asilo en la frontera sur. 2. Declarar de inmediato un proceso justo y "
    "transparente para permitir la entrada de todas las personas que han sido afectadas por el MPP, "
    "incluyendo a las que fueron deportadas a través de este proceso ilegítimo. 3. Hacer un "
    "compromiso de poner fin a la detención de inmigrantes y garantizar que ningún solicitante de "
    "asilo sea sometido a cadenas físicas o digitales. 4. Detener de inmediato todos los vuelos de "
    "deportación de ICE y suspender las órdenes finales de expulsión, y 5. Tomar medidas inmediatas "
    "para proteger la seguridad y los derechos de los migrantes negros a los quienes se les ha "
    "negado el acceso al sistema de asilo y que han quedado atrapados en la frontera entre Estados "
    "Unidos y México.\n"
)

COTTON = """The U.S. government is currently investigating multiple crimes committed in evacuee \
facilities. In light of these reports, it is alarming that hundreds of Afghan evacuees have reportedly left \
U.S. military bases directly into our communities. Accordingly, please provide answers to the following \
questions:

1. How many Afghan evacuees have made “independent departures,” in which they simply left U.S. military \
bases on their own accord?

2. What requirements, if any, must Afghan evacuees meet before being allowed to leave military bases in the \
United States? What conditions are placed on such Afghan evacuees when they leave?

3. What vetting, if any, have Afghan evacuees completed before arriving at military bases in the United \
States?
"""

ARKMINING = """¿Cómo empezar a minar en la nube?¿Quieres probar la minería en la nube? Estos son los pasos \
básicos que debe seguir para comenzar.

Paso 1: elija un proveedor de minería en la nube

ARKMining es una plataforma de minería de criptomonedas popular y poderosa.

Ventajas de esta plataforma:

* Regístrate y obtén un bono de $50 al instante.
* Altos niveles de rentabilidad y pagos diarios.

Paso 2: Regístrese para obtener una cuenta

En este ejemplo, elegimos ARKMining como nuestro proveedor de minería en la nube.

Paso 3: comprar contratos mineros

Actualmente, ARKMining también ofrece varias opciones de contratos de minería.
"""

HEART = """ The statement outlines nine key features of a heart-healthy dietary pattern:

 1. Adjust energy intake and expenditure to achieve and maintain a healthy body weight: Try to balance how \
much you eat with how active you are to reach and maintain a healthy body weight.
2. Eat a variety of vegetables and fruits: Include different colors, textures and types of produce.
3. Choose foods made mostly with whole grains: Foods such as whole‑wheat bread, brown rice and oatmeal are \
typically better choices than refined grains including white bread or rice.
4. Minimize intake of added sugars: Limit the sugar-sweetened beverages you drink and the foods with added \
sugar you eat.
5. If alcohol is not consumed, do not start; if alcohol is consumed, limit intake: Alcohol can increase your \
risk for high blood pressure and other health conditions, so if you don’t drink, don’t start.

 “For healthy eating to be more attainable and sustainable, we recommend people focus on their overall \
eating pattern,” said Alice H. Lichtenstein.
"""

GAO = """Summary of 2022 GAO findings:

1. From 2010 through 2019, Hispanic representation in the media workforce grew at a slower pace than \
Hispanic representation in the non-media workforce.

In non-media industries, the Hispanic workforce share grew from 15% to 18%

In the media industry, the Hispanic workforce share grew from 11% to 12%

2. Hispanic women experience acute underrepresentation in the media industry

Designers: 13% (11% men, 2% women)

3. Hispanic media workers are significantly more likely to work in service roles than management roles.

4. Stakeholders interviewed by GAO identified numerous challenges that may contribute to lower \
representation of Hispanics in the media industry, including:

Financial barriers (entry and retention)

5. Federal regulators, including the Federal Communications Commission (FCC) and the Equal Opportunity \
Employment Commission (EEOC), lack data that could assist with their enforcement.

6. Adopting GAO recommendations could improve federal equal opportunity compliance.
"""

RICK_SCOTT = """‘Si NBC va a transmitir esta entrevista, debería usarla para exigirle rendir cuentas a \
Díaz-Canel y al régimen de Castro. Aquí hay cinco preguntas que DEBERÍAN hacerle:

‘1. Su régimen anunció un “indulto masivo” de más de 2,000 prisioneros — sin embargo, NI UN SOLO preso \
político fue liberado. ¿Por qué no se incluyó a ningún preso político?

‘2. Las misiones médicas en el extranjero de Cuba generan miles de millones de dólares al año. ¿Se \
comprometerá a poner fin a este sistema?

‘3. Bajo su sistema comunista de partido único, los cubanos enfrentan pobreza crónica, escasez y apagones. \
¿Legalizará partidos de oposición?
"""

BODY_SHOP = """B&J Body Shop offers a wide range of auto body repair services to address any damage, \
including:

1. Full Collision Repair: B&J Body Shop specializes in thorough collision repair.

1. Frame Straightening and Structural Repairs: For vehicles with frame damage, B&J Body Shop uses advanced \
frame straightening equipment.

1. Paint Matching and Refinishing: B&J Body Shop offers expert paint matching to blend repairs with the \
vehicle’s original finish seamlessly.
"""


def test_line_list_of_demands() -> None:
    _, lists = _lists(IMMDEF_EN)
    assert len(lists) == 1
    numbered = lists[0]
    assert numbered.method == "lines" and numbered.is_demand
    assert [item.number for item in numbered.items] == ["1", "2", "3", "4", "5"]
    assert numbered.intro is not None and "we demand the following steps" in numbered.intro
    demands = demands_from(lists)
    assert demands[0].text.startswith("Immediately end expulsions by rescinding Title 42")
    assert demands[3].text == (
        "Immediately halt all ICE deportation flights and stay final orders of removal, and")
    assert demands[0].raw.startswith("1. Immediately")
    assert {d.kind for d in demands} == {"demand"}
    assert all(d.method.startswith("lead-in") for d in demands)


def test_inline_spanish_list_of_demands() -> None:
    _, lists = _lists(IMMDEF_ES, language="es")
    assert len(lists) == 1
    numbered = lists[0]
    assert numbered.method == "inline" and numbered.is_demand and numbered.language == "es"
    assert numbered.intro == "Exigimos que se tomen las siguientes medidas sin demora:"
    texts = [item.text for item in numbered.items]
    assert [item.number for item in numbered.items] == ["1", "2", "3", "4", "5"]
    for text, start in zip(texts, ["Rescindir el Título 42", "Declarar de inmediato", "Hacer un compromiso",
                                   "Detener de inmediato", "Tomar medidas inmediatas"], strict=True):
        assert text.startswith(start)
    assert texts[0].endswith("en la frontera sur.")
    assert texts[3].endswith("expulsión, y")
    assert texts[4].endswith("Estados Unidos y México.")
    demands = demands_from(lists)
    assert [d.language for d in demands] == ["es"] * 5 and demands[0].kind == "demand"


def test_questions_list() -> None:
    _, lists = _lists(COTTON)
    assert len(lists) == 1 and lists[0].is_demand
    demands = demands_from(lists)
    assert [d.kind for d in demands] == ["question"] * 3
    assert "questions" in demands[0].method
    assert demands[1].text.startswith("What requirements, if any, must Afghan evacuees meet before")


def test_questions_with_opening_quote_marks() -> None:
    _, lists = _lists(RICK_SCOTT, language="es")
    assert len(lists) == 1 and lists[0].is_demand
    demands = demands_from(lists)
    assert [d.number for d in demands] == ["1", "2", "3"]
    assert demands[0].text.startswith("Su régimen anunció un “indulto masivo” de más")
    assert demands[0].raw.startswith("1. Su régimen")
    assert {d.kind for d in demands} == {"question"}


def test_labelled_steps_with_paragraphs_between() -> None:
    _, lists = _lists(ARKMINING, markdown=True, language="es")
    assert len(lists) == 1
    numbered = lists[0]
    assert numbered.is_demand
    assert [item.text for item in numbered.items] == [
        "elija un proveedor de minería en la nube", "Regístrese para obtener una cuenta",
        "comprar contratos mineros"]
    assert numbered.items[0].raw == "Paso 1: elija un proveedor de minería en la nube"
    assert numbered.intro is not None and "pasos básicos" in numbered.intro
    assert {d.kind for d in demands_from(lists)} == {"step"}


def test_imperative_items_without_lead_in_cue() -> None:
    _, lists = _lists(HEART, markdown=True)
    assert len(lists) == 1 and lists[0].is_demand
    demands = demands_from(lists)
    assert len(demands) == 5
    assert demands[0].method == "imperative-items"
    assert demands[4].text.startswith("If alcohol is not consumed, do not start")
    assert "said Alice" not in demands[-1].raw


def test_findings_list_is_not_demands() -> None:
    _, lists = _lists(GAO)
    assert len(lists) == 1
    numbered = lists[0]
    assert [item.number for item in numbered.items] == ["1", "2", "3", "4", "5", "6"]
    assert not numbered.is_demand
    assert numbered.items[1].raw == (
        "2. Hispanic women experience acute underrepresentation in the media industry")
    assert demands_from(lists) == ()


def test_markdown_one_one_one_services_list() -> None:
    _, lists = _lists(BODY_SHOP, markdown=True)
    assert len(lists) == 1
    assert [item.number for item in lists[0].items] == ["1", "1", "1"]
    assert not lists[0].is_demand


@pytest.mark.parametrize(
    "text",
    [
        "The grant of $1.2 million will fund 3 new clinics. 2. The city said more.",
        "Más de 2.000 personas marcharon. 3.500 firmaron la petición.",
        "The hearing is set for June 1. 2024 will be a big year. 2. Also note.",
        "Under Section 3. the agency must report. Section 4. covers the rest.",
        "The bill, No. 5, passed. It is No. 6 on the list.",
        "Version 1.2.3 and v2.0.1 are supported; 1.2. 3.4.",
        "1. This is a single numbered line and nothing follows it.",
        "1.\n\n2.\n\n3.",
        "In 2021, 1. million people joined; in 2022, 2. million.",
        "(B) The Secretary of Homeland Security shall promptly review the program.",
    ],
)
def test_not_lists(text: str) -> None:
    _, lists = _lists(text)
    assert lists == ()


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("We urge the council to:\n\n(a) Fund the shelter\n\n(b) Extend the hours\n\n(c) Hire more staff",
         ["a", "b", "c"]),
        ("We urge the council to:\ni. Fund the shelter\nii. Extend the hours\niii. Hire more staff",
         ["i", "ii", "iii"]),
        ("We urge the council to:\n1) Fund the shelter\n2) Extend the hours\n3) Hire more staff",
         ["1", "2", "3"]),
        ("Follow these steps:\nStep 1: Download the app\nStep 2: Create an account\nStep 3: Add your card",
         ["1", "2", "3"]),
    ],
)
def test_marker_styles(text: str, numbers: list[str]) -> None:
    _, lists = _lists(text)
    assert len(lists) == 1
    assert [item.number for item in lists[0].items] == numbers
    assert lists[0].is_demand
    assert lists[0].items[0].text in ("Fund the shelter", "Download the app")


def test_letters_h_i_j_stay_letters() -> None:
    text = "\n".join(f"{ch}. Provide item {ch}" for ch in "abcdefghij")
    _, lists = _lists("Please provide the following:\n" + text)
    assert len(lists) == 1
    assert [item.number for item in lists[0].items] == list("abcdefghij")


@pytest.mark.parametrize(
    ("text", "is_demand"),
    [
        # a bill summary: the items complete "The bill would:", they demand nothing
        ("The bill would:\n\n1. Require the Secretary to report on wait times.\n\n"
         "2. Establish a grant program for rural clinics.\n\n3. Provide funding for staff.", False),
        # award winners / defendants: names, not instructions
        ("The winners of this year's awards were:\n\n1. Maria Lopez, Los Angeles\n\n2. John Smith, Denver\n\n"
         "3. Ana Ruiz, Miami", False),
        ("The defendants charged in the indictment are:\n\n1. John Doe, 45, of Miami\n\n"
         "2. Richard Roe, 38, of Tampa", False),
        # a timeline
        ("Timeline of events:\n\n1. In 2019, the agency opened the review.\n\n"
         "2. In 2020, the report was released.", False),
        # frequently asked questions ask nobody anything
        ("Frequently asked questions:\n\n1. What is the program?\n\n2. Who can apply?", False),
        # a call with noun-phrase items still asks for them
        ("We call on Congress to pass the following bills:\n\n1. The Dream Act\n\n2. The Farm Workforce "
         "Modernization Act", True),
        # recommendations in Spanish
        ("El informe presenta las siguientes recomendaciones:\n\n1. Ampliar el acceso a la vivienda.\n\n"
         "2. Garantizar la atención médica para todos.\n\n3. Reducir los tiempos de espera.", True),
    ],
)
def test_demand_decision(text: str, is_demand: bool) -> None:
    _, lists = _lists(text)
    assert len(lists) == 1
    assert lists[0].is_demand is is_demand
    assert bool(demands_from(lists)) is is_demand


def test_item_continues_on_wrapped_line() -> None:
    text = ("We ask the board to take these steps:\n1. Restore the funding that was cut\n"
            "in the last budget.\n2. Reopen the two clinics.\n\nThe board meets Monday.")
    _, lists = _lists(text)
    assert lists[0].items[0].text == "Restore the funding that was cut\nin the last budget."
    assert lists[0].items[1].text == "Reopen the two clinics."


def test_nested_sub_list_is_not_separate_demands() -> None:
    text = ("We demand that the city:\n\n1. Fund the following programs:\na. Youth jobs\nb. Senior meals\n\n"
            "2. Reopen the library.")
    _, lists = _lists(text)
    outer = [lst for lst in lists if lst.items[0].number == "1"]
    assert len(outer) == 1 and outer[0].is_demand and len(outer[0].items) == 2
    assert [d.number for d in demands_from(lists)] == ["1", "2"]


def test_html_ordered_list() -> None:
    blocks = [
        Block(text="The Commission should take the following steps:"),
        Block(text="1. Adopt the new rules before June.", kind="item", level=1, number="1"),
        Block(text="2. Publish the data every quarter.", kind="item", level=1, number="2"),
        Block(text="3. Consult the regions.", kind="item", level=1, number="3", gap_before=False),
        Block(text="The vote is on Tuesday."),
    ]
    body = lay_out([(b, None) for b in blocks], PageMeta())
    lists, _ = find_lists(body, _langs(body))
    assert len(lists) == 1
    numbered = lists[0]
    assert numbered.method == "html-ol" and numbered.is_demand
    assert [item.text for item in numbered.items] == [
        "Adopt the new rules before June.", "Publish the data every quarter.", "Consult the regions."]
    for item in numbered.items:
        assert body.text[item.span[0]:item.span[1]] == item.raw


def test_single_html_item_is_not_a_list() -> None:
    blocks = [Block(text="1. Only one item.", kind="item", level=1, number="1"), Block(text="Next.")]
    body = lay_out([(b, None) for b in blocks], PageMeta())
    assert find_lists(body, _langs(body))[0] == ()


@pytest.mark.parametrize(
    "text",
    [
        " ".join(f"{i % 60 + 1}." for i in range(40_000)),  # 100 KB+ of "1. 2. 3. ..."
        "\n".join(f"{i % 60 + 1}. item" for i in range(20_000)),
        "1." * 60_000,
        "9" * 50_000 + "." * 50_000,
        "(" * 50_000 + "1) a " * 10_000,
        "a) " * 40_000,
        "Step 1: " * 20_000,
        ": 1. Do it 2. Do it " * 6_000,
        "\n".join("i. ii. iii. iv." for _ in range(10_000)),
    ],
)
def test_adversarial_inputs_complete(text: str) -> None:
    started = time.monotonic()
    body = _body(text)
    lists, _ = find_lists(body, _langs(body))
    demands_from(lists)
    for numbered in lists:
        assert len(numbered.items) <= 200
        for item in numbered.items:
            assert body.text[item.span[0]:item.span[1]] == item.raw
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("text", "is_demand", "kind"),
    [
        # recommendations that say who must act
        ("GAO made the following recommendations:\n\n1. The EEOC should share data with the FCC.\n\n"
         "2. The FCC should review its enforcement process.", True, "recommendation"),
        # a heading lead-in without a colon
        ("Our Demands\n\n1. A living wage for all workers\n\n2. Safe staffing in every hospital",
         True, "demand"),
        # a cue in an earlier sentence does not make a findings list a demand
        ("We urge everyone to read the report. It found that:\n\n1. Rents rose 20% in two years.\n\n"
         "2. Wages stayed flat.", False, None),
        # Spanish subjunctive items after a strong cue
        ("Pedimos al gobierno que:\n\n1. Garantice el acceso a la salud.\n\n2. Detenga las deportaciones.",
         True, "demand"),
    ],
)
def test_demand_decision_kinds(text: str, is_demand: bool, kind: str | None) -> None:
    _, lists = _lists(text)
    assert len(lists) == 1
    assert lists[0].is_demand is is_demand
    demands = demands_from(lists)
    assert {d.kind for d in demands} == ({kind} if kind else set())


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Exigimos:\n1º Liberar a los presos políticos.\n2º Convocar elecciones libres.", ["1", "2"]),
        ("We demand:\n1 - Stop the raids now.\n2 - Release the detainees.", ["1", "2"]),
        ("We demand that the city 1) fund the shelter, 2) extend its hours and 3) hire more staff.",
         ["1", "2", "3"]),
        ("The council should (a) fund the shelter; (b) extend its hours; and (c) hire more staff.",
         ["a", "b", "c"]),
    ],
)
def test_more_marker_forms(text: str, numbers: list[str]) -> None:
    _, lists = _lists(text)
    assert len(lists) == 1
    assert [item.number for item in lists[0].items] == numbers


def test_inline_sub_list_inside_a_line_item_stays_in_the_item() -> None:
    text = ("We call on the state to:\n\n1. Fund (a) legal aid and (b) interpreters in every court.\n\n"
            "2. End the contracts with private detention companies.")
    _, lists = _lists(text)
    assert len(lists) == 1 and lists[0].method == "lines"
    assert lists[0].items[0].text == "Fund (a) legal aid and (b) interpreters in every court."
    assert lists[0].is_demand


def test_paragraph_after_unpunctuated_items_is_not_an_item() -> None:
    text = ("Tips for a safe summer:\n1. Drink plenty of water\n2. Wear sunscreen\n"
            "The county opens cooling centers on Monday.")
    _, lists = _lists(text)
    assert [item.text for item in lists[0].items] == ["Drink plenty of water", "Wear sunscreen"]
    assert lists[0].is_demand


@pytest.mark.parametrize(
    ("text", "is_demand"),
    [
        ("Please note the following:\n\n1. The office is closed Monday.\n\n2. Parking is limited.", False),
        ("Asked about the plan, she listed:\n\n1. New buses on every route.\n\n2. Lower fares.", False),
        ("Invitamos a la comunidad a:\n\n1. Visitar la feria.\n\n2. Donar alimentos.", True),
        ("We encourage residents to:\n\n1. Sign up for alerts.\n\n2. Prepare a go-bag.", True),
    ],
)
def test_request_cue_readings(text: str, is_demand: bool) -> None:
    _, lists = _lists(text)
    assert len(lists) == 1 and lists[0].is_demand is is_demand


@pytest.mark.parametrize(
    "text",
    [
        "We demand: 1. Rescind Title 42. 2. Pass the bill. 3. Fund the program by March.",
        "Exigimos: 1. Aprobar la ley. 2. Rescindir el Título 42. 3. Cerrar los centros.",
    ],
)
def test_inline_items_ending_in_numbers_or_reference_words(text: str) -> None:
    _, lists = _lists(text)
    assert len(lists) == 1 and [item.number for item in lists[0].items] == ["1", "2", "3"]
    assert lists[0].is_demand


@pytest.mark.parametrize(
    "text",
    [
        "See Sec. 1. Definitions and Sec. 2. Findings.",
        "It was signed on Jan. 1. Then on Feb. 2. it took effect.",
        "Under Section 1. of the Act and Section 2. of the rule.",
    ],
)
def test_inline_references_are_not_markers(text: str) -> None:
    assert _lists(text)[1] == ()


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Regístrese para obtener una cuenta", True),
        ("Asegúrate de guardar tu contraseña", True),
        ("Rescindir el Título 42, poner un fin inmediato a las deportaciones", True),
        ("No deportar a los solicitantes de asilo", True),
        ("elija un proveedor de minería en la nube", True),
        ("Vehículos eléctricos para todas las agencias del estado", False),
        ("Su régimen anunció un “indulto masivo” de más de 2,000 prisioneros", False),
        ("Lugar: Centro de Convenciones de la ciudad", False),
        ("Immediately halt all ICE deportation flights", True),
        ("Choose healthy sources of protein: Shift from meat to plant-based sources", True),
        ("If alcohol is not consumed, do not start; if alcohol is consumed, limit intake", True),
        ("Hispanic women experience acute underrepresentation in the media industry", False),
        ("Stakeholders interviewed by GAO identified numerous challenges", False),
        ("Adopting GAO recommendations could improve federal equal opportunity compliance.", False),
        ("Full Collision Repair: B&J Body Shop specializes in thorough collision repair", False),
        ("Chicago to host the summit in May", False),
    ],
)
def test_item_mood(item: str, expected: bool) -> None:
    from pressparse.lists import _starts_with_imperative

    assert _starts_with_imperative(item, "en") is expected


def test_lettered_references_in_a_sentence_are_not_a_list() -> None:
    assert _lists("The rule applies under subsection (a) and (b) of the law.")[1] == ()
    assert _lists("Los requisitos del inciso a) y b) siguen vigentes.")[1] == ()


def test_adversarial_many_short_numbered_lines_complete() -> None:
    # 100 KB of "1. a / 2. b / 3. c" lines: thousands of line lists, only the first _MAX_LISTS built.
    from pressparse import lists as lists_module

    body = _body("1. a\n2. b\n3. c\n" * 6_000)
    found, _ = find_lists(body, _langs(body))
    assert len(found) <= lists_module._MAX_LISTS
    assert [numbered.span for numbered in found] == sorted(numbered.span for numbered in found)
