"""Language tagging and sections (``languages.py``), on lines copied from corpus documents."""

from __future__ import annotations

import time
from typing import Any

import pytest

from pressparse import languages as languages_module
from pressparse.blocks import PageMeta, text_blocks
from pressparse.chrome import Body, lay_out
from pressparse.languages import Languages, split_languages


def _body(text: str) -> Body:
    """Every block kept (no chrome stripping), so the tests do not depend on the chrome stage."""
    return lay_out([(block, None) for block in text_blocks(text).blocks], PageMeta())


def _collapsed(langs: Languages) -> list[str]:
    out: list[str] = []
    for section in langs.sections:
        if not out or out[-1] != section.language:
            out.append(section.language)
    return out


def _split(text: str) -> tuple[Body, Languages]:
    body = _body(text)
    langs = split_languages(body)
    assert len(langs.line_languages) == len(body.lines)
    # Sections tile the body and their text is the body's text at their span.
    position = 0
    for section in langs.sections:
        assert section.span[0] == position
        assert body.text[section.span[0]:section.span[1]] == section.text
        position = section.span[1]
    assert position == len(body.text)
    return body, langs


def _language_of(body: Body, langs: Languages, start: str) -> str:
    for line, language in zip(body.lines, langs.line_languages, strict=True):
        if line.text.startswith(start):
            return language
    raise AssertionError(f"no line starts with {start!r}")


# congress-2021-10-torres-pomona-intake-site-closure (abridged paragraphs)
POMONA = """POMONA – Congresswoman Norma J. Torres (CA-35) released the following statement in response to \
the news that the Office of Refugee Resettlement (ORR) will close its Emergency Intake Site (EIS) for \
unaccompanied minors in Pomona by November 9th, with the last minors expected to leave the facility by the \
end of the month.

"I am pleased to hear the news that all the children in the Pomona EIS have been successfully reunited with \
their families or otherwise placed in secure living situations," said Rep. Torres. "I'm thankful to everyone \
in the community who contributed to creating a safe and welcoming environment for these children."

Congresswoman Torres has frequently visited the facility since it opened, and previously led two \
Congressional tours of the facility to meet with the staff and hear from the children in order to ensure \
they received the best possible care.

###

Congresista Norma J. Torres Publico una Declaración Sobre el Anunciado Cierre del Sitio de Admisión de \
Emergencia de Pomona

POMONA - Congresista Norma J. Torres (CA-35) emitió la siguiente declaración en respuesta a la noticia de \
que la Oficina de Reasentamiento de Refugiados (ORR) cerrará su Sitio de Admisión de Emergencia (EIS) para \
menores no acompañados en Pomona para el 9 de noviembre, y se espera que los últimos menores salgan del \
centro a finales de mes.

"Me complace escuchar la noticia de que todos los niños del EIS de Pomona se han reunido con éxito con sus \
familias o se han colocado de otra manera en situaciones de vida seguras", dijo Rep. Torres. "Estoy \
agradecida a todos en la comunidad que contribuyeron a crear un entorno seguro y acogedor para estos niños".
"""


def test_english_then_spanish_after_end_mark() -> None:
    body, langs = _split(POMONA)
    assert _collapsed(langs) == ["en", "es"]
    # "###" ends the English release; the Spanish headline opens the Spanish one.
    assert _language_of(body, langs, "###") == "en"
    assert _language_of(body, langs, "Congresista Norma J. Torres Publico") == "es"
    assert _language_of(body, langs, "POMONA - Congresista") == "es"


# immdef-2021-02-03-biden-action: the marker line "Español abajo" sits in the English head.
IMMDEF = """ImmDef Calls Upon the Biden Administration to Take Immediate Action for Asylum Seekers and Detainees

Español abajo

Media Contact: Renee Garcia,; 213-634-7615

Los Angeles, CA. (February 3, 2021) Immigrant Defenders Law Center (ImmDef) calls upon President Biden and \
his Administration to take swift and decisive action to protect asylum seekers and detainees.

ImmDef’s guiding principle is that no immigrant stands alone. We will continue to hold the government \
accountable until all immigrant communities are treated with dignity and respect.

Mientras las órdenes ejecutivas del 2 de febrero del presidente Biden reflejan un paso adecuado hacia el \
desmantelamiento de las políticas de inmigración opresivas y xenófobas de nuestro país, se quedan cortas. \
Exigimos que se tomen las siguientes medidas sin demora.
"""


def test_marker_and_short_lines_take_neighbours_language() -> None:
    body, langs = _split(IMMDEF)
    assert _collapsed(langs) == ["en", "es"]
    assert _language_of(body, langs, "Español abajo") == "en"
    assert _language_of(body, langs, "Media Contact") == "en"
    assert _language_of(body, langs, "Mientras las órdenes") == "es"


# congress-2013-03-gutierrez-vieques-atsdr-study: Spanish first, then English.
GUTIERREZ = """Gutierrez Statement on

ATSDR Study of Vieques

[English Version Below]

Washington, DC – El siguiente es una declaración del Congresista Luis V. Gutierrez (D-IL) reaccionando a \
un informe sobre los problemas de salud en Vieques.

"Los resultados del estudio de ATSDR sobre Vieques me han enojado, entristecido y han hecho que mi \
compromiso con lograr justicia para el pueblo de Vieques y Puerto Rico sea aún mayor."

Washington, DC – The following is a statement by Rep. Luis V. Gutierrez (D-IL) reacting to the release \
earlier this week of a study on the health of the people of Vieques.

"The results of the ATSDR study on Vieques make me angry, sad and more committed to seeking justice for the \
people of Vieques and Puerto Rico."

# # #
"""


def test_spanish_then_english_with_marker() -> None:
    body, langs = _split(GUTIERREZ)
    assert _collapsed(langs) == ["es", "en"]
    assert _language_of(body, langs, "[English Version Below]") == "es"
    assert _language_of(body, langs, "# # #") == "en"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # congress-2011-09-lee: a legacy import dropped every accented letter.
        ("Cada ao, los estadounidenses honran el Mes de la Herencia Hispana durante el cual se conmemoran las "
         "contribuciones notables e inconmensurables que han hecho los latinos a nuestra nacin.", "es"),
        # congress-2002-03-lee
        ('Washington, D.C.- La Rep. Lee pidi hoy a sus colegas que rechacen los intentos republicanos para '
         'cambiar el programa del Seguro Social. "Una vez ms, estamos viendo al Presidente y a los republicanos '
         'en el Congreso apoyar propuestas que fallan al no asegurar la solvencia del Seguro Social", dijo la '
         'Rep. Lee.', "es"),
        # congress-2021-10-garcia-dia-de-los-muertos: Spanish names inside English.
        ('WASHINGTON, DC – As Día de los Muertos, Day of the Dead, approaches, Congressman Jesús "Chuy" García '
         '(IL-04) and his team in Washington set up an ofrenda in his office to honor loved ones.', "en"),
        # wire-newsdirect-2024-05-ocean-el-salvador-hub
        ("OCEAN está liderando la carga hacia la descentralización en la minería de Bitcoin al empoderar a los "
         "mineros para que retomen el control de las partes inteligentes de la minería.", "es"),
        # congress-2022-10-castro-gao-latino-media-report
        ("In non-media industries, the Hispanic workforce share grew from 15% to 18%", "en"),
    ],
)
def test_single_line_language(line: str, language: str) -> None:
    _, langs = _split(line)
    assert _collapsed(langs) == [language]


# congress-2013-03-heinrich-immigration-reform-teleconference: a Spanish quote inside English text.
HEINRICH = """Additionally, Senator Heinrich discussed the need to increase the number of U visas as part of \
accountable immigration reform. U visas grant temporary status to undocumented victims of domestic violence, \
sexual assault, and other violent crimes if they are willing to cooperate with law enforcement.

Senator Heinrich concluded the call speaking in Spanish. He said, Esta es una gran oportunidad para reformar \
nuestro sistema migratorio. Nuevo Mxico desea una solucin, los DREAMers necesitan una solucin, y nuestra \
economa exige una solucin. Este ao, es nuestro ao.

(Translation: This is an opportunity to reform our immigration system. New Mexicans are eager for a \
solution, DREAMers deserve a solution, and our economy requires a solution. This is our year.)

El Senador Heinrich Sostiene una Teleconferencia con Activistas de Todo el Estado para Hablar sobre La \
Reforma Migratoria

Durante la llamada, el Senador Heinrich subrayo la importancia del DREAM Act, de las Visas tipo U y apoy la \
creacin de un camino a la ciudadana para los inmigrantes indocumentados que viven en nuestro pas.

Como hijo de inmigrantes, reconozco la importancia de arreglar nuestro anticuado sistema migratorio. Los \
inmigrantes indocumentados que viven en las sombras necesitan un camino justo a la ciudadana.
"""


def test_spanish_quote_inside_english_stays_english() -> None:
    body, langs = _split(HEINRICH)
    assert _collapsed(langs) == ["en", "es"]
    assert _language_of(body, langs, "Senator Heinrich concluded") == "en"
    assert _language_of(body, langs, "(Translation:") == "en"
    assert _language_of(body, langs, "El Senador Heinrich Sostiene") == "es"


# wire-noticiasnewswire-2026-08-lotto-greyhound-adoption: an English headline over a Spanish release.
LOTTO = """Lotto.com® and Players Cafe Hosts Community Adoption Event with Greyhound Pets of America in Minneapolis

MINNEAPOLIS, MN — 13 de agosto de 2026 — (NOTICIAS NEWSWIRE) — Lotto.com, la primera plataforma de lotería \
en línea en los Estados Unidos que entrega digitalmente juegos de sorteo e instantáneos, organizó con orgullo \
un evento de adopción impulsado por la comunidad.

A través de iniciativas como este evento, Lotto.com continúa ampliando su impacto más allá del acceso digital \
a la lotería, apoyando causas que contribuyen a mejorar la calidad de vida en las comunidades locales.
"""

# wire-newsdirect-2024-05-ocean-el-salvador-hub: one English ownership line in a Spanish release.
OCEAN = """Acerca de OCEAN:

OCEAN está liderando la carga hacia la descentralización en la minería de Bitcoin al empoderar a los mineros \
para que retomen el control de las partes inteligentes de la minería. OCEAN es no custodial, transparente y \
sin permisos.

Contacto de prensa:

media@ocean.sv

OCEAN.SV is owned and operated by OCEAN MINING, Sociedad Anónima de Capital Variable, San Salvador, El Salvador.

Original/Source Press Release

Reddit Post
"""

# congress-2002-03-lee-seguro-social-republicanos: a date and an English link around Spanish.
LEE_2002 = """03.11.02

REP. LEE PIDE A LOS REPUBLICANOS: DEJEN DE JUGAR CON EL SEGURO SOCIAL

Washington, D.C.- La Rep. Lee pidi hoy a sus colegas que rechacen los intentos republicanos para cambiar el \
programa del Seguro Social. "Una vez ms, estamos viendo al Presidente y a los republicanos en el Congreso \
apoyar propuestas que fallan al no asegurar la solvencia del Seguro Social", dijo la Rep. Lee.

Next Article
"""


@pytest.mark.parametrize("text", [LOTTO, OCEAN, LEE_2002], ids=["headline", "ownership", "short-lines"])
def test_short_english_lines_stay_in_spanish_release(text: str) -> None:
    _, langs = _split(text)
    assert _collapsed(langs) == ["es"]
    assert set(langs.line_languages) == {"es"}


# prnewswire-hackerrank-ctec-stem-skills: newsletter notices in German and French after English text.
NEWSLETTER = """HackerRank is a platform that ranks engineers based solely on their coding skills and helps \
companies discover talent faster. Over 2 million developers have used the platform to practise and compete.

Cybermedia Technologies, Inc. is headquartered in Reston, Virginia and provides technology services to \
federal agencies, helping them modernise the systems that serve the public.

Unsere Newsletter enthalten Zählpixel, die die Lieferung einzigartiger Inhalte in Bezug auf das Abonnement \
und die Interessen der einzelnen Abonnenten ermöglichen. Weitere Informationen über die Verwendung Ihrer \
Daten im Hinblick auf die Zusendung von relevanten Inhalten, finden Sie in unserer Datenschutzerklärung.

Notre newsletter contient des pixels espions nous permettant la fourniture à chaque abonné, d’un contenu \
unique en lien avec ses souscriptions et intérêts. Pour de plus amples informations sur l’utilisation faite \
de vos données en vue de l’envoi des contenus concernés, nous vous invitons à consulter la politique de \
confidentialité.
"""


def test_other_languages_are_detected_but_short_notices_do_not_form_sections() -> None:
    body, langs = _split(NEWSLETTER)
    assert _collapsed(langs) == ["en"]
    assert languages_module._detect(body.lines[2].text) == "de"
    assert languages_module._detect(body.lines[3].text) == "fr"


FRENCH = """Le Parlement européen a adopté mercredi une résolution sur la situation au Venezuela, dans laquelle \
il exprime son plein soutien au président par intérim et demande des sanctions supplémentaires.

Les députés demandent au Conseil d’adopter des sanctions supplémentaires visant les autorités de l’État \
responsables de violations des droits de l’homme et de la répression, ainsi que leurs familles.

Ils soutiennent le processus en cours mené par la Norvège pour trouver une issue à l’impasse actuelle et \
saluent la libération de plusieurs prisonniers politiques, tout en demandant la libération de tous les autres.
"""


PORTUGUESE = """O Parlamento Europeu aprovou nesta quarta-feira uma resolução sobre a situação na Venezuela, na \
qual expressa o seu pleno apoio ao presidente interino e pede sanções adicionais.

Os eurodeputados pedem ao Conselho que adote sanções adicionais contra as autoridades do Estado responsáveis \
pelas violações dos direitos humanos e pela repressão, bem como contra as suas famílias.
"""

ITALIAN = """Il Parlamento europeo ha adottato mercoledì una risoluzione sulla situazione in Venezuela, nella \
quale esprime il suo pieno sostegno al presidente ad interim e chiede sanzioni supplementari.

I deputati chiedono al Consiglio di adottare sanzioni supplementari nei confronti delle autorità dello Stato \
responsabili di violazioni dei diritti umani e della repressione.
"""


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (PORTUGUESE, "pt"), (ITALIAN, "it")])
def test_a_release_in_another_language(text: str, language: str) -> None:
    # Words shared with Spanish ("de", "la", "una") must not make these Spanish.
    _, langs = _split(text)
    assert _collapsed(langs) == [language]


def test_unknown_script_is_undetermined() -> None:
    _, langs = _split("Продолжение следует\n\nОчень короткий текст")
    assert _collapsed(langs) == ["und"]


def test_deterministic_and_global_langdetect_seed_untouched() -> None:
    from langdetect import detector_factory

    seed_before = detector_factory.DetectorFactory.seed
    global_factory_before = detector_factory._factory
    body = _body(NEWSLETTER + "\n" + FRENCH)
    first = split_languages(body)
    second = split_languages(body)
    assert first == second
    assert detector_factory.DetectorFactory.seed == seed_before
    assert detector_factory._factory is global_factory_before
    private = languages_module._detector_factory()
    assert private is not None and private is not global_factory_before and private.seed == 0


def test_empty_and_neutral_bodies() -> None:
    empty = split_languages(_body(""))
    assert empty.sections == () and empty.line_languages == ()
    # Only names and phones: nothing to judge by, but the body is still tiled.
    _, langs = _split("Media Contact\n\nRenee Garcia\n\n213-634-7615\n\n###\n")
    assert len(langs.sections) == 1
    _, short_spanish = _split("Contacto de prensa:\n\nPara más información sobre el evento\n\n###\n")
    assert _collapsed(short_spanish) == ["es"]


# A Spanish release after "###", opened by a heading and a marker line.
AVISO = """POMONA – Congresswoman Norma J. Torres announced today that the House has approved funding for the \
new community center in Pomona, which will serve thousands of families in the district.

"This center will give our families a place to learn and grow," said Rep. Torres.

###

AVISO DE PRENSA

EN ESPAÑOL

POMONA – La congresista Norma J. Torres anunció hoy que la Cámara aprobó fondos para el nuevo centro \
comunitario en Pomona, que servirá a miles de familias del distrito.

"Este centro les dará a nuestras familias un lugar para aprender y crecer", dijo la representante Torres.
"""


def test_heading_and_marker_after_end_mark_open_the_spanish_section() -> None:
    body, langs = _split(AVISO)
    assert _collapsed(langs) == ["en", "es"]
    assert _language_of(body, langs, "###") == "en"
    assert _language_of(body, langs, "AVISO DE PRENSA") == "es"
    assert _language_of(body, langs, "EN ESPAÑOL") == "es"


def test_short_release_keeps_a_one_sentence_section() -> None:
    # In a release of about a hundred words, one long sentence is a section of its own.
    text = """***English and Spanish***

The Los Angeles County Board of Supervisors approved a plan today to expand legal services for immigrant \
families across the county, including families in East Los Angeles and Boyle Heights.

La Junta de Supervisores del Condado de Los Ángeles aprobó hoy un plan para ampliar los servicios legales \
para familias inmigrantes en todo el condado, incluidas las familias del Este de Los Ángeles y Boyle Heights.
"""
    _, langs = _split(text)
    assert _collapsed(langs) == ["en", "es"]


def test_interleaved_translated_paragraphs_form_sections() -> None:
    paragraphs = [POMONA.split("\n\n")[i] for i in (0, 5, 1, 6)]
    _, langs = _split("\n\n".join(paragraphs))
    assert _collapsed(langs) == ["en", "es", "en", "es"]


def test_of_line() -> None:
    body, langs = _split(POMONA)
    assert langs.of_line(0) == "en"
    assert langs.of_line(len(body.lines) - 1) == "es"
    assert langs.of_line(-1) == "und" and langs.of_line(10_000) == "und"


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "1.2.3.4.5." * 10_000,
        "de la que el " * 8_000,
        "The And Of " * 9_000,
        "-" * 100_000,
        "(" * 50_000 + ")" * 50_000,
        "áéíóúñ¿¡" * 12_000,
        "\n\n".join(["the report of the committee is in the hands of the people"] * 300
                    + ["el informe de la comisión está en las manos del pueblo"] * 300),
        "\n\n".join("the and of" if i % 2 else "de la que" for i in range(5_000)),
        "x" * 100_000,
        "\n\n".join("the report of the committee is in the hands of the people " * (i % 7 + 1) if i % 2
                    else "el informe de la comisión está en las manos del pueblo " * (i % 5 + 1)
                    for i in range(5_000)),
        "http://example.com/" * 5_000,
    ],
    ids=["quotes", "digits-dots", "spanish-stopwords", "capitals", "dashes", "parens", "accents", "halves",
         "alternating", "one-word", "alternating-runs", "urls"],
)
def test_adversarial_inputs_complete(text: str) -> None:
    started = time.perf_counter()
    _split(text)
    assert time.perf_counter() - started < 10


# Real lines from corpus releases (English, Spanish, a mixed one) plus the notices above.
DETECTOR_LINES = [
    "WASHINGTON D.C.  Congresswoman Barbara Lee (D-CA) issued the following statement today in observance of "
    "Hispanic Heritage Month, which is observed from September 15 to October 15:",
    "Washington, D.C.- La Rep. Lee pidi hoy a sus colegas que rechacen los intentos republicanos para cambiar el "
    "programa del Seguro Social.",
    "WASHINGTON, DC – As Día de los Muertos, Day of the Dead, approaches, Congressman Jesús \"Chuy\" García "
    "(IL-04) and his team in Washington, D.C. are marking this occasion with a traditional ofrenda",
    *[line for line in NEWSLETTER.splitlines() if len(line.split()) >= 8],
    FRENCH.splitlines()[0],
    "Продолжение следует, очень короткий текст на русском языке для проверки",
]


@pytest.mark.parametrize("text", DETECTOR_LINES)
def test_private_detector_matches_langdetect_exactly(text: str) -> None:
    # The re-implemented detector must give langdetect's own probabilities, to the last bit.
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    reference = _reference_factory(PROFILES_DIRECTORY, DetectorFactory)
    detector = reference.create()
    detector.append(text)
    expected = [(candidate.lang, candidate.prob) for candidate in detector.get_probabilities()]
    private = languages_module._detector_factory()
    assert private is not None
    assert private.langlist == reference.langlist
    assert private.probabilities(text) == expected


def test_detector_memos_are_not_tracked_by_the_garbage_collector() -> None:
    # A long batch run fills the memos with tens of thousands of entries: were they lists, every full
    # collection would walk them all (measured: text pages parsed 30% slower after the news pages).
    import gc

    private = languages_module._detector_factory()
    assert private is not None
    for text in OTHER_SCRIPT_LINES + DETECTOR_LINES:
        private.probabilities(text)
    gc.collect()
    assert private._vectors and private._word_grams
    assert not any(map(gc.is_tracked, private._vectors.values()))
    assert not any(map(gc.is_tracked, private._word_grams.values()))


# Lines of other scripts and of languages the detector is not asked about, for the shortcuts below.
OTHER_SCRIPT_LINES = [
    "Они – настоящие гении кулинарного искусства. Их творения поражают не только изысканным вкусом",
    "А мы предлагаем вам выбрать самого крутого фудблогера Instagram по версии Wday.ru!",
    "[엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작",
    "Jangan lebay dalam mencintai atau membenci sesuatu. Biasa biasa saja. Jangan sampai karena kita amat",
    "Il black Friday incombe su di noi: per chi non lo sapesse (o per chi è sbarcato da Marte recentemente)",
    "Nunca ouviu as sensacionais brinquedorias musicais do grupo Serelepe, de Belo Horizonte? Assista",
    "a",
]


@pytest.mark.parametrize("text", DETECTOR_LINES[:4] + OTHER_SCRIPT_LINES)
def test_detector_numpy_and_python_paths_agree(text: str) -> None:
    import random

    private = languages_module._detector_factory()
    assert private is not None
    if private._numpy is None:
        pytest.skip("numpy not installed: only the pure-Python path runs")
    grams = private._ngrams(private._prepared(text))
    python_rand, numpy_rand = random.Random(0), random.Random(0)
    assert private._trials_python(grams, python_rand) == private._trials_numpy(grams, numpy_rand)
    # The bulk draws leave the generator exactly where choice() calls would.
    assert python_rand.getstate() == numpy_rand.getstate()


@pytest.mark.parametrize("count", [1, 2, 3, 7, 64, 65, 1000, 2049])
def test_bulk_draws_are_random_choice(count: int) -> None:
    import random

    numpy = pytest.importorskip("numpy")
    reference, bulk = random.Random(5), random.Random(5)
    expected = [reference.choice(range(count)) for _ in range(300)]
    draws = languages_module._Draws(numpy, bulk, count)
    assert draws.take(300)[:300].tolist() == expected
    draws.settle(300)
    assert bulk.getstate() == reference.getstate()


@pytest.mark.parametrize("text", DETECTOR_LINES + OTHER_SCRIPT_LINES)
def test_detect_matches_probabilities(text: str) -> None:
    # detect() skips the walk only where no asked language can reach the threshold; its answer is
    # what the probabilities give, with numpy and without.
    private = languages_module._detector_factory()
    assert private is not None
    languages = languages_module._DETECT_LANGUAGES
    expected = next((lang for lang, p in private.probabilities(text) if lang in languages and p >= 0.9), None)
    assert private.detect(text, languages, 0.9) == expected
    grams = private._ngrams(private._prepared(text))
    if grams and private._outranked(grams, languages):
        assert all(p <= 0.5 + 1e-9 for lang, p in private.probabilities(text) if lang in languages)
    numpy_module = private._numpy
    try:
        private._numpy = None
        assert private.detect(text, languages, 0.9) == expected
    finally:
        private._numpy = numpy_module


def test_outranked_shortcut_is_taken_for_other_scripts() -> None:
    private = languages_module._detector_factory()
    assert private is not None
    grams = private._ngrams(private._prepared(OTHER_SCRIPT_LINES[0]))
    assert private._outranked(grams, languages_module._DETECT_LANGUAGES)
    grams = private._ngrams(private._prepared(DETECTOR_LINES[0]))
    assert not private._outranked(grams, languages_module._DETECT_LANGUAGES)


# --------------------------------------------------------------------------- the cheap signal, exactly


def _reference_signal(text: str) -> tuple[int, float, float, float]:
    """The cheap signal as a plain loop over the words (the rules _signal packs into word codes)."""
    lm = languages_module
    text = text[: lm._MAX_SIGNAL_CHARS]
    if "://" in text or "@" in text or "www." in text:
        text = lm._NON_WORD_TOKEN_RE.sub(" ", text)
    words = lm._WORD_RE.findall(text)
    count = len(words)
    if not count:
        return 0, 0.0, 0.0, 0.0
    lowercase = [w.islower() for w in words]
    heading = (count - sum(lowercase)) * 2 > count
    en = es = not_spanish = 0.0
    other: dict[str, int] = {}
    for i, word in enumerate(words):
        key = word if lowercase[i] else word.lower()
        if lowercase[i] or heading or (i + 1 < count and lowercase[i + 1]):
            en += key in lm._EN_WORDS
            es += key in lm._ES_WORDS
            for lang, vocabulary in lm._OTHER_WORDS.items():
                other[lang] = other.get(lang, 0) + (key in vocabulary)
        if not lowercase[i]:
            continue
        if len(word) >= 6:
            if word.endswith(lm._ES_SUFFIXES):
                es += 0.5
            elif word.endswith(lm._EN_SUFFIXES):
                en += 0.5
        if not word.isascii():
            if not lm._ES_ACCENTS.isdisjoint(word):
                es += 0.5
            if not lm._NOT_ES_ACCENTS.isdisjoint(word):
                not_spanish += 0.5
    es += 2 * (text.count("¿") + text.count("¡"))
    return count, en, es, max(other.values(), default=0) + not_spanish


SIGNAL_LINES = [
    "",
    "The report of the committee is in the hands of the people.",
    "THE REPORT OF THE COMMITTEE IS IN THE HANDS OF THE PEOPLE",
    "La Casa Blanca dijo que el informe de la comisión está en las manos del pueblo.",
    "Los Angeles and El Salvador: The Hill reports The",
    "¿Qué información tiene la administración? ¡Ninguna! declaración, declaracin, naturalmente, tecnología",
    "tHe ThE lA De DEL the nation's relationship-building, ongoing kindness, ownership",
    "Le Parlement européen a adopté mercredi une résolution sur la situation, où ça? là-bas, façon",
    "Der Präsident und die Regierung haben für das Gesetz gestimmt, Straße",
    "Contact: press@example.com or https://example.com/news and www.example.org, de la que",
    "x" * 45 + " the " + "é" * 50 + " and " + "ab" * 30,
    "don’t “quote” – dash — ellipsis… naïve café ² ½ x²y ǅemal İstanbul ª º",
    "Они – настоящие гении кулинарного искусства, the and of",
    "엘제이의 리벤지인가, 류화영의 피해자 코스프레인가 and the",
    "combining e\u0301 marks and\u00a0no-break\u2003spaces\u3000here, \ud800 lone surrogate",
    "under_score digits123and456 the_and of9the",
    "@" * 300 + " de la " + "a" * 250 + "://" + " the and",
    "y o a e de la y el the",
]


@pytest.mark.parametrize("text", SIGNAL_LINES)
def test_signal_counts_as_the_word_loop(text: str) -> None:
    signal = languages_module._signal(text)
    assert (signal.words, signal.en, signal.es, signal.other) == _reference_signal(text)
    # Twice: the second time from the memo of word codes.
    signal = languages_module._signal(text)
    assert (signal.words, signal.en, signal.es, signal.other) == _reference_signal(text)


def test_signal_counts_as_the_word_loop_on_shuffled_words() -> None:
    import random

    rng = random.Random(7)
    pieces = [*" ".join(SIGNAL_LINES).split(), "The", "LA", "de", "www.x", "¿", "¡", "-", "..", "\n"]
    for _ in range(2000):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 40))]
        text = rng.choice([" ", "", ", "]).join(words)
        signal = languages_module._signal(text)
        assert (signal.words, signal.en, signal.es, signal.other) == _reference_signal(text), text


@pytest.mark.parametrize("text", SIGNAL_LINES)
def test_words_are_the_regex_words(text: str) -> None:
    assert languages_module._words(text) == languages_module._WORD_RE.findall(text)


_REFERENCE: list[Any] = []


def _reference_factory(directory: str, factory_class: Any) -> Any:
    if not _REFERENCE:
        import os

        # Profiles in sorted file order, as pressparse loads them (os.listdir order differs by machine).
        profiles = []
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if not name.startswith(".") and os.path.isfile(path):
                with open(path, encoding="utf-8") as handle:
                    profiles.append(handle.read())
        factory = factory_class()
        factory.load_json_profile(profiles)
        factory.seed = 0
        _REFERENCE.append(factory)
    return _REFERENCE[0]
