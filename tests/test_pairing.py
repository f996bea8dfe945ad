"""Counterparts (``pairing.py``), on hand-built demands and quotes with text from corpus documents."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest

from pressparse.pairing import pair_counterparts
from pressparse.records import Demand, DemandKind, Quote, QuoteKind


def _demand(number: str, text: str, language: str, kind: DemandKind = "demand") -> Demand:
    raw = f"{number}. {text}"
    return Demand(number=number, text=text, raw=raw, language=language, span=(0, len(raw)), kind=kind,
                  counterpart=None, method="lead-in")


def _quote(text: str, attribution: str | None, language: str, kind: QuoteKind = "direct") -> Quote:
    return Quote(text=text, raw=f'"{text}"', attribution=attribution, kind=kind, marked=True,
                 language=language, span=(0, len(text) + 2), counterpart=None, method="said-after")


def _assert_symmetric(items: Sequence[Demand | Quote]) -> None:
    for i, item in enumerate(items):
        if item.counterpart is not None:
            other = items[item.counterpart]
            assert other.counterpart == i
            assert other.language != item.language


# immdef-2021-02-03-biden-action: the five demands in English, then in Spanish.
IMMDEF_EN = [
    "Immediately end expulsions by rescinding Title 42, and resume safe processing of asylum seekers at the "
    "Southern border,",
    "Immediately announce a fair and transparent process to allow entry for all people who have been impacted "
    "by MPP,",
    "Commit to ending immigration detention and guarantee that no asylum seekers will be subjected to physical "
    "or digital shackles.",
    "Immediately halt all ICE deportation flights and stay final orders of removal, and",
    "Take immediate steps to protect the safety and rights of Black migrants who have been trapped at the "
    "U.S./Mexico border.",
]
IMMDEF_ES = [
    "Rescindir el Título 42, poner un fin inmediato a las deportaciones, y reanudar el procesamiento seguro de "
    "los solicitantes de asilo en la frontera sur.",
    "Declarar de inmediato un proceso justo y transparente para permitir la entrada de todas las personas que "
    "han sido afectadas por el MPP,",
    "Hacer un compromiso de poner fin a la detención de inmigrantes y garantizar que ningún solicitante de "
    "asilo sea sometido a cadenas físicas o digitales.",
    "Detener de inmediato todos los vuelos de deportación de ICE y suspender las órdenes finales de expulsión, y",
    "Tomar medidas inmediatas para proteger la seguridad y los derechos de los migrantes negros.",
]


def test_demand_lists_pair_item_by_item() -> None:
    demands = tuple(_demand(str(n), t, "en") for n, t in enumerate(IMMDEF_EN, 1)) + tuple(
        _demand(str(n), t, "es") for n, t in enumerate(IMMDEF_ES, 1)
    )
    paired, quotes = pair_counterparts(demands, ())
    assert quotes == ()
    assert [d.counterpart for d in paired] == [5, 6, 7, 8, 9, 0, 1, 2, 3, 4]
    _assert_symmetric(paired)
    # Only counterpart changes.
    assert [d.text for d in paired] == [d.text for d in demands]


def test_two_lists_per_language_pair_by_numbers() -> None:
    en = [_demand(str(n), f"English demand {n}", "en") for n in (1, 2, 3)] + [
        _demand(n, f"English question {n}", "en", "question") for n in ("a", "b")
    ]
    es = [_demand(str(n), f"Demanda {n}", "es") for n in (1, 2, 3)] + [
        _demand(n, f"Pregunta {n}", "es", "question") for n in ("a", "b")
    ]
    paired, _ = pair_counterparts(tuple(en + es), ())
    assert [d.counterpart for d in paired] == [5, 6, 7, 8, 9, 0, 1, 2, 3, 4]
    _assert_symmetric(paired)


@pytest.mark.parametrize(
    ("en_numbers", "es_numbers"),
    [(("1", "2", "3"), ("1", "2")), (("1", "2", "3"), ("a", "b", "c"))],
    ids=["different-count", "different-numbers"],
)
def test_lists_that_do_not_match_stay_unpaired(en_numbers: tuple[str, ...], es_numbers: tuple[str, ...]) -> None:
    demands = tuple(_demand(n, f"Item {n}", "en") for n in en_numbers) + tuple(
        _demand(n, f"Punto {n}", "es") for n in es_numbers
    )
    paired, _ = pair_counterparts(demands, ())
    assert all(d.counterpart is None for d in paired)


def test_monolingual_demands_stay_unpaired() -> None:
    # wire-pressservices-2024-11-bj-body-shop-collision numbers every item "1."
    demands = tuple(_demand("1", t, "en") for t in ("Full Collision Repair", "Frame Straightening",
                                                      "Paint Matching and Refinishing"))
    paired, _ = pair_counterparts(demands + demands, ())
    assert all(d.counterpart is None for d in paired)


EXCERPT_EN = (
    "(B) The Secretary of Homeland Security shall promptly review and determine whether to terminate or modify "
    "the program known as the Migrant Protection Protocols (MPP), including by determining whether to rescind "
    "the memorandum issued by the Secretary of Homeland Security."
)
EXCERPT_ES = (
    "El Ministro de la Seguridad Nacional deberá revisar rápidamente y determinar si se debe terminar o "
    "modificar el programa conocido como Protocolos de Proteccion a Migrantes (MPP), incluyendo la "
    "consideración de rescindir el memorándum del Ministro de Seguridad Nacional."
)


def test_excerpts_pair_through_a_shared_proper_noun() -> None:
    quotes = (
        _quote(EXCERPT_EN, "Biden's Executive Order", "en", "excerpt"),
        _quote(EXCERPT_ES, "la orden ejecutiva de Biden", "es", "excerpt"),
    )
    _, paired = pair_counterparts((), quotes)
    assert [q.counterpart for q in paired] == [1, 0]


# congress-2022-11-torres-sires-guatemala-resolution (abridged): quotes by several speakers.
GUATEMALA = (
    _quote("Guatemala is at a dangerous crossroads. As its government continues to attack the freedom of the "
           "press, an independent judiciary, and civil society, we must act.", "Rep. Torres", "en"),
    _quote("It is vital that the United States demonstrate its commitment to good governance throughout the "
           "Western Hemisphere, including in Guatemala.", "Rep. Sires", "en"),
    _quote("Alarm bells have been going off in Guatemala for quite some time.", "Rep. McGovern", "en"),
    _quote("I am extremely concerned about the situation in Guatemala, where President Giammattei and his "
           "cronies are undermining judicial independence.", "Rep. García", "en"),
    _quote("Guatemala está en una encrucijada peligrosa. El gobierno ha continuado los ataques a la libertad de "
           "prensa, la independencia judicial y la sociedad civil, debemos actuar.", "Representante Torres", "es"),
    _quote("Es esencial que el gobierno de los Estados Unidos demuestre su compromiso al buen gobierno en el "
           "hemisferio occidental, incluso en Guatemala.", "Representante Sires", "es"),
    _quote("Se prendieron las alarmas en Guatemala hace rato.", "congresista McGovern", "es"),
    _quote("Estoy extremadamente preocupado por la situación en Guatemala, donde el presidente Giammattei y sus "
           "aliados están socavando la independencia judicial.", 'congresista Jesús "Chuy" García', "es"),
)


def test_quotes_pair_in_order_by_speaker() -> None:
    _, paired = pair_counterparts((), GUATEMALA)
    assert [q.counterpart for q in paired] == [4, 5, 6, 7, 0, 1, 2, 3]
    _assert_symmetric(paired)


def test_a_quote_without_a_translation_stays_unpaired() -> None:
    # congress-2013-03-heinrich-immigration-reform-teleconference: one English quote is not translated.
    quotes = (
        _quote("As the son of an immigrant, I know well the importance of fixing our broken immigration system.",
               "Senator Heinrich", "en"),
        _quote("Making sure that we increase the caps of [U Visas] is a very important part in any comprehensive "
               "immigration bill that moves forward.", "Senator Heinrich", "en"),
        _quote("Como hijo de inmigrantes, reconozco la importancia de arreglar nuestro anticuado sistema "
               "migratorio.", "Sen. Heinrich", "es"),
    )
    _, paired = pair_counterparts((), quotes)
    assert paired[0].counterpart == 2 and paired[2].counterpart == 0
    assert paired[1].counterpart is None


@pytest.mark.parametrize(
    "other",
    [
        _quote(EXCERPT_ES, "la orden ejecutiva de Biden", "es", "direct"),  # kinds differ
        _quote(EXCERPT_ES, "Rep. Torres", "es", "excerpt"),  # different source
        _quote("El Ministro deberá revisar.", "la orden ejecutiva de Biden", "es", "excerpt"),  # far shorter
        _quote(EXCERPT_ES, "Biden's Executive Order", "en", "excerpt"),  # same language
    ],
    ids=["kind", "attribution", "length", "language"],
)
def test_implausible_partners_stay_unpaired(other: Quote) -> None:
    quotes = (_quote(EXCERPT_EN, "Biden's Executive Order", "en", "excerpt"), other)
    _, paired = pair_counterparts((), quotes)
    assert all(q.counterpart is None for q in paired)


def test_statement_and_direct_quote_may_pair() -> None:
    # congress-2013-01-heinrich-bipartisan-immigration-proposal
    quotes = (
        _quote("I am encouraged by today's bipartisan support to fix our broken immigration system.",
               "U.S. Senator Martin Heinrich", "en", "statement"),
        _quote("Apoyo plenamente los esfuerzos de este grupo bipartidista para reformar nuestro sistema migratorio.",
               "Senador Martin Heinrich", "es", "direct"),
    )
    _, paired = pair_counterparts((), quotes)
    assert [q.counterpart for q in paired] == [1, 0]


def test_unknown_language_and_empty_inputs() -> None:
    assert pair_counterparts((), ()) == ((), ())
    quotes = (_quote("Some words here.", None, "und"), _quote("Unas palabras aquí.", None, "es"))
    _, paired = pair_counterparts((), quotes)
    assert all(q.counterpart is None for q in paired)


def test_deterministic() -> None:
    assert pair_counterparts((), GUATEMALA) == pair_counterparts((), GUATEMALA)


def test_adversarial_sizes_complete() -> None:
    started = time.perf_counter()
    for count in (400, 1_000):  # 200 per language are aligned; more are left unpaired
        quotes = tuple(_quote('"' * 1000, "Rep. Torres", "en" if i % 2 else "es") for i in range(count))
        _, paired = pair_counterparts((), quotes)
        _assert_symmetric(paired)
        assert any(q.counterpart is not None for q in paired) == (count == 400)
    demands = tuple(_demand(str(i % 50 + 1), "1." * 100, "en" if i < 2_500 else "es") for i in range(5_000))
    paired_demands, _ = pair_counterparts(demands, ())
    _assert_symmetric(paired_demands)
    assert time.perf_counter() - started < 10
