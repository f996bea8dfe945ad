"""Extractor: release and updated dates, and the date parser every extractor shares.

Dates are found as date-shaped substrings first (month names, numeric forms), then parsed:
a fast path for the common shapes, dateparser (languages limited to en/es, reused settings)
for the rest. A yearless or relative date resolves only against ``reference_date``.

Shared API (other extractors may import it):

- :func:`find_date_strings` -- date-shaped substrings of a text, with their spans;
- :func:`parse_date` -- one date string to a :class:`datetime.date`, or None.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from .chrome import Body, Line, lines_holding
from .languages import Languages
from .options import ParseOptions
from .records import Dateline, Warning

NumericOrder = Literal["MDY", "DMY"]
# The page's numeric order, computed only when a date is ambiguous (scanning the page costs more than parsing).
OrderSource = Callable[[], "NumericOrder | None"]

# --------------------------------------------------------------------------- vocabulary

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "enero", "ene"),
        ("february", "feb", "febrero"),
        ("march", "mar", "marzo"),
        ("april", "apr", "abril", "abr"),
        ("may", "mayo"),
        ("june", "jun", "junio"),
        ("july", "jul", "julio"),
        ("august", "aug", "agosto", "ago"),
        ("september", "sept", "sep", "septiembre", "setiembre", "set"),
        ("october", "oct", "octubre"),
        ("november", "nov", "noviembre"),
        ("december", "dec", "diciembre", "dic"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

# The first three letters (lowercase) of every weekday and month name a date can open with. A date
# starts with one of them or with a digit: a caller can skip other positions before trying DATE_PATTERN.
DATE_WORD_LEADS = frozenset(
    [name[:3] for name in _MONTHS]
    + ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mar", "mié", "mie", "mir", "jue", "vie"]
    + ["sáb", "sab", "sba", "dom"]
)

# Longest names first so "february" wins over "feb" inside the alternation.
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A month name or abbreviation, not the start of a longer word ("Dec" but not "Declaration").
_MONTH = rf"(?:{_MONTH_ALT})(?![a-záéíóúñ])\.?"
# English and Spanish weekday names and abbreviations; Spanish also as legacy imports print them
# with the accented letter dropped ("Mircoles", "Sbado").
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun"
    r"|lunes|martes|mi[ée]?rcoles|jueves|viernes|s[áa]?bado|domingo)(?![a-záéíóúñ])\.?"
)

# Month-first with a month name: "February 3, 2021", "Feb. 5 2021", "Monday, December 3, 2018",
# "Saturday Mar 15, 2025"; the year is optional (a yearless "Feb 5" needs a reference date).
_MONTH_FIRST = (
    rf"(?:{_WEEKDAY},?[ \t]{{1,3}})?(?P<mf_month>{_MONTH})[ \t]{{1,3}}(?P<mf_day>\d{{1,2}})"
    r"(?:st|nd|rd|th)?(?!\d)(?:(?:,[ \t]{0,3}|[ \t]{1,3})(?P<mf_year>\d{4})(?!\d))?"
)
# Day-first with a month name: "3 de febrero de 2021", "1º de mayo de 2019", "jueves, 7 de marzo
# de 2013", "25 April 2016", "el 15 de septiembre" (yearless).
_DAY_FIRST = (
    rf"(?:{_WEEKDAY},?[ \t]{{1,3}}(?:el[ \t]{{1,3}})?)?(?P<df_day>\d{{1,2}})(?:º|°|ª|o\.?|er|ro|st|nd|rd|th)?"
    rf"[ \t]{{0,3}}(?:del?[ \t]{{1,3}})?(?P<df_month>{_MONTH})"
    r"(?:(?:[ \t]{1,3}del?[ \t]{1,3}|,[ \t]{0,3}|[ \t]{1,3})(?P<df_year>\d{4})(?!\d))?"
)
# ISO calendar date, optionally with a time and offset (HTML meta, JSON-LD): "2016-04-25T03:39:00-04:00".
_ISO = (
    r"(?P<iso_year>\d{4})(?P<iso_sep>[-/.])(?P<iso_month>\d{1,2})(?P=iso_sep)(?P<iso_day>\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:[ ]?Z|[ ]?[+-]\d{2}:?\d{2})?)?"
)
# Numeric day/month/year with one repeated separator: "18-07-2019", "03.11.02", "2/3/2021".
_NUMERIC = r"(?P<num_a>\d{1,2})(?P<num_sep>[-/.])(?P<num_b>\d{1,2})(?P=num_sep)(?P<num_year>\d{4}|\d{2})"

# Every date shape at once, ISO first (it starts with four digits), then the named-month shapes,
# then plain numerics. The look-arounds keep it off longer numbers, versions and phone numbers.
_DATE_RE = re.compile(
    rf"(?<![\w./-])(?:{_ISO}|{_MONTH_FIRST}|{_DAY_FIRST}|{_NUMERIC})(?![\w]|[./-]\d)",
    re.IGNORECASE,
)

# The same date shapes without capture groups, for other extractors to embed in their own patterns
# (use it inside ``(?i:...)`` or with re.IGNORECASE): named-month dates, ISO and numeric dates.
DATE_PATTERN = "(?:" + "|".join(
    (
        re.sub(r"\(\?P<\w+>", "(?:", _MONTH_FIRST),
        re.sub(r"\(\?P<\w+>", "(?:", _DAY_FIRST),
        r"\d{4}-\d{1,2}-\d{1,2}",
        r"\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})",
        r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})",
        r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})",
    )
) + ")"

# Relative dates ("today", "3 days ago", "hoy", "hace 2 semanas"): resolved only with a reference date.
_RELATIVE_RE = re.compile(
    r"^(?:(?P<word>today|yesterday|hoy|ayer|anteayer)"
    r"|(?P<n1>\d{1,3}|an?|one|un|una)[ \t]{1,3}(?P<unit1>minutes?|hours?|days?|weeks?|months?|years?)[ \t]{1,3}ago"
    r"|hace[ \t]{1,3}(?P<n2>\d{1,3}|un|una)[ \t]{1,3}"
    r"(?P<unit2>minutos?|horas?|d[ií]as?|semanas?|mes|meses|años?|anos?))$",
    re.IGNORECASE,
)

# A time of day after a date on a date line: "- 11:37", "@ 3:00 AM America/Mexico_City", "at 9 a.m. ET",
# "@ 6:00 AM Pacific".
# A clock needs a colon or am/pm, so "March 6, 2025 - 12 companies" keeps its number.
_TIME_TAIL = (
    r"(?:[ \t]{0,3}(?:[-–—|,@]|at|a[ \t]las)?[ \t]{0,3}\d{1,2}"
    r"(?:(?::\d{2}){1,2}(?:[ \t]{0,2}[ap]\.?[ \t]?m\.?)?|[ \t]{0,2}[ap]\.?[ \t]?m\.?)"
    r"(?:[ \t]{1,3}\(?(?-i:[A-Z]{2,5}|[A-Z][A-Za-z]{1,20}/[A-Za-z_/+-]{1,40}|(?:UTC|GMT)[+-]?\d{0,2}"
    r"|(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii)(?:[ ]Time)?)\)?)?)?"
)

TIME_PATTERN = _TIME_TAIL
"""An optional time of day after a date (embed like :data:`DATE_PATTERN`)."""

# "el 15 de septiembre de 2021", "on March 5, 2021": the article or preposition is not part of the date.
_LEADING_ARTICLE = re.compile(r"^(?:el|on|the)[ \t]{1,3}(?=\d|[a-z])", re.IGNORECASE)

_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")

# Dateparser is a last resort, for raw strings of a reasonable length only.
_MAX_DATEPARSER_CHARS = 80

# The earliest and latest years a press release can carry; outside them a date is a placeholder.
_MIN_YEAR = 1900
_MAX_YEAR = 2100


# --------------------------------------------------------------------------- shared API


def find_date_strings(text: str) -> list[tuple[int, int, str]]:
    """Date-shaped substrings of ``text`` as ``(start, end, raw)``, in text order (yearless included)."""
    return [(m.start(), m.end(), m.group(0)) for m in _DATE_RE.finditer(text) if _plausible(m)]


def _plausible(match: re.Match[str]) -> bool:
    """Drop yearless prose look-alikes: "the 2 may be" is not a date, "Feb 5" and "5 de mayo" are."""
    month = match.group("mf_month") or match.group("df_month")
    if month is None or match.group("mf_year") or match.group("df_year"):
        return True
    return month[0].isupper() or " de" in match.group(0).lower()


def parse_date(
    raw: str,
    language: str = "en",
    reference_date: _dt.date | None = None,
    order: NumericOrder | None = None,
) -> _dt.date | None:
    """One date string to a date, or None.

    ``language`` decides ambiguous numeric dates (day-first for "es", month-first otherwise) unless
    ``order`` gives the page's own order. Yearless and relative dates resolve only against
    ``reference_date``; without it they give None (the caller adds a ``date_unresolved`` warning).
    """
    return parse_date_lazy(raw, language, reference_date, lambda: order)


def parse_date_lazy(
    raw: str, language: str, reference_date: _dt.date | None, order_of: OrderSource
) -> _dt.date | None:
    """:func:`parse_date`, with the page's numeric order asked for only where the date needs it."""
    text = raw.strip().strip("()[]").strip()
    if not text or len(text) > 300:
        return None
    text = _LEADING_ARTICLE.sub("", text)
    match = _DATE_RE.fullmatch(text)
    if match is None:
        # A date followed by a time ("18-07-2019 - 11:37"): parse the date part.
        match = _DATE_RE.match(text)
        if match is not None and not re.fullmatch(_TIME_TAIL + r"[ \t]*", text[match.end() :], re.IGNORECASE):
            match = None
    if match is not None:
        return _date_from_match(match, language, reference_date, order_of)
    relative = _RELATIVE_RE.match(text)
    if relative is not None:
        return _relative_date(relative, reference_date)
    return _dateparser_date(text, language, reference_date, order_of)


def is_yearless(raw: str) -> bool:
    """True where ``raw`` is a named-month date printed without a year ("Feb 5")."""
    match = _DATE_RE.fullmatch(raw.strip())
    if match is None:
        return False
    return (match.group("mf_month") is not None and match.group("mf_year") is None) or (
        match.group("df_month") is not None and match.group("df_year") is None
    )


# --------------------------------------------------------------------------- parsing helpers


def _make_date(year: int, month: int, day: int) -> _dt.date | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR):
        return None
    try:
        value = _dt.date(year, month, day)
    except ValueError:
        return None
    if value == _dt.date(1970, 1, 1):
        # The Unix epoch is what empty timestamps print as, not a release date.
        return None
    return value


def _two_digit_year(value: str) -> int:
    year = int(value)
    if len(value) == 2:
        # A fixed pivot (not today's date) keeps the output deterministic.
        return 2000 + year if year < 70 else 1900 + year
    return year


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _resolve_yearless(month: int, day: int, reference_date: _dt.date | None) -> _dt.date | None:
    """The latest such day on or before the reference date (pages are read after they are issued)."""
    if reference_date is None:
        return None
    for year in (reference_date.year, reference_date.year - 1):
        value = _make_date(year, month, day)
        if value is not None and value <= reference_date:
            return value
    return None


def _date_from_match(
    match: re.Match[str], language: str, reference_date: _dt.date | None, order_of: OrderSource
) -> _dt.date | None:
    groups = match.groupdict()
    if groups["iso_year"] is not None:
        # The calendar day as printed: no shift to UTC or to the local zone.
        return _make_date(int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"]))
    if groups["mf_month"] is not None:
        month, day, year = _month_number(groups["mf_month"]), int(groups["mf_day"]), groups["mf_year"]
    elif groups["df_month"] is not None:
        month, day, year = _month_number(groups["df_month"]), int(groups["df_day"]), groups["df_year"]
    else:
        first, second = int(groups["num_a"]), int(groups["num_b"])
        year_text = groups["num_year"]
        numeric_order = _numeric_order(first, second, groups["num_sep"], year_text, language, order_of)
        month, day = (first, second) if numeric_order == "MDY" else (second, first)
        return _make_date(_two_digit_year(year_text), month, day)
    if year is None:
        return _resolve_yearless(month, day, reference_date)
    return _make_date(int(year), month, day)


def _numeric_order(
    first: int, second: int, sep: str, year_text: str, language: str, order_of: OrderSource
) -> NumericOrder:
    if first > 12 >= second:
        return "DMY"
    if second > 12 >= first:
        return "MDY"
    order = order_of()
    if order is not None:
        return order
    if sep == "." and len(year_text) == 2:
        # Legacy "mm.dd.yy" stamps of US pages (also on their Spanish releases).
        return "MDY"
    return "DMY" if language == "es" else "MDY"


def _relative_date(match: re.Match[str], reference_date: _dt.date | None) -> _dt.date | None:
    if reference_date is None:
        return None
    word = (match.group("word") or "").lower()
    if word:
        back = {"today": 0, "hoy": 0, "yesterday": 1, "ayer": 1, "anteayer": 2}[word]
        return reference_date - _dt.timedelta(days=back)
    count_text = (match.group("n1") or match.group("n2") or "1").lower()
    count = int(count_text) if count_text.isdigit() else 1
    unit = (match.group("unit1") or match.group("unit2") or "").lower()
    if unit.startswith(("minut", "hour", "hora")):
        return reference_date
    if unit.startswith(("day", "dí", "di")):
        return reference_date - _dt.timedelta(days=count)
    if unit.startswith(("week", "semana")):
        return reference_date - _dt.timedelta(weeks=count)
    months = count if unit.startswith(("month", "mes")) else 12 * count
    total = reference_date.year * 12 + reference_date.month - 1 - months
    year, month = divmod(total, 12)
    day = min(reference_date.day, calendar.monthrange(year, month + 1)[1])
    return _make_date(year, month + 1, day)


@functools.lru_cache(maxsize=8)
def _dateparser_parser(reference_date: _dt.date | None, order: str) -> Any:
    """One dateparser parser per (reference date, numeric order), built once and reused."""
    from dateparser.date import DateDataParser  # imported lazily: slow, and rarely needed

    settings: dict[str, Any] = {
        "RETURN_AS_TIMEZONE_AWARE": True,
        "DATE_ORDER": order,
        "PREFER_DATES_FROM": "past",
    }
    if reference_date is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(reference_date.year, reference_date.month, reference_date.day)
    return DateDataParser(languages=["en", "es"], settings=settings)


def _dateparser_date(
    text: str, language: str, reference_date: _dt.date | None, order_of: OrderSource
) -> _dt.date | None:
    if len(text) > _MAX_DATEPARSER_CHARS or not re.search(r"\d|[a-z]", text, re.IGNORECASE):
        return None
    years = {int(y) for y in _YEAR_RE.findall(text)}
    if reference_date is None and not years:
        # Without a year printed, dateparser would fill it (or the whole date) from today.
        return None
    parser = _dateparser_parser(reference_date, order_of() or ("DMY" if language == "es" else "MDY"))
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    value = getattr(data, "date_obj", None)
    if not isinstance(value, _dt.datetime):
        return None
    if reference_date is None and value.year not in years:
        return None
    return _make_date(value.year, value.month, value.day)


# --------------------------------------------------------------------------- release and updated dates


@dataclass(frozen=True, slots=True)
class Dates:
    """The release and updated dates of one page, with the text each was read from."""

    release: _dt.date | None = None
    release_raw: str | None = None
    release_method: str | None = None
    updated: _dt.date | None = None
    updated_raw: str | None = None


# "FOR IMMEDIATE RELEASE" and its Spanish forms (also with the accented letter dropped), and embargo
# lines: the date on or right after such a line is the release date.
_RELEASE_CUE = re.compile(
    r"\b(?:for[ \t]{1,3}(?:immediate[ \t]{1,3})?release"
    r"|para[ \t]{1,3}(?:su[ \t]{1,3})?(?:publicaci[oó]?n|difusi[oó]?n|distribuci[oó]?n|divulgaci[oó]?n)"
    r"[ \t]{1,3}inmediata"
    r"|embargoed[ \t]{1,3}(?:until|till)|embargad[oa][ \t]{1,3}hasta)(?-i:(?![a-z]))",
    re.IGNORECASE,
)
# A label saying the date that follows is the page's update date ("Updated: Feb 5, 2021").
_UPDATED_LABEL = re.compile(
    r"^(?:last[ \t]{1,3})?(?:updated|modified|revised)(?:[ \t]{1,3}on)?\b"
    r"|^(?:[úu]ltima[ \t]{1,3})?(?:actualizaci[oó]?n|actualizado|modificado)(?:[ \t]{1,3}(?:el|en))?\b",
    re.IGNORECASE,
)
# The first letters of every _UPDATED_LABEL match, both cases (none of "i", "k", "s", which case-insensitive
# matching also takes in other letters): a line opening with another character is not matched.
_UPDATED_FIRST = frozenset("lLuUmMrRaAúÚ")


def _updated_label(text: str) -> re.Match[str] | None:
    """``_UPDATED_LABEL.match(text)``, without the regex call where the first character rules it out (most
    removed lines are menus and links)."""
    return _UPDATED_LABEL.match(text) if text[:1] in _UPDATED_FIRST else None


# A label saying the date that follows is the publish date ("Posted on March 5, 2021", "Fecha:").
_PUBLISHED_LABEL = re.compile(
    r"^(?:published|posted|released|issued|dated?|release[ \t]{1,3}date|publicado|publicada|fecha"
    r"|fecha[ \t]{1,3}de[ \t]{1,3}publicaci[oó]?n)(?:[ \t]{1,3}(?:on|el|en))?\b",
    re.IGNORECASE,
)
# What may stand between a label and its date: a colon, a dash, spaces.
_LABEL_GAP = re.compile(r"[ \t]{0,3}[:\-–—]?[ \t]{0,3}")
# A whole line that is only a date, optionally with a time after it.
_DATE_LINE_RE = re.compile(
    rf"[ \t]{{0,3}}(?:{_ISO}|{_MONTH_FIRST}|{_DAY_FIRST}|{_NUMERIC}){_TIME_TAIL}[ \t.]{{0,3}}",
    re.IGNORECASE,
)
# The separators of a byline or meta line: "March 5, 2021 | Press Release", "By Staff · Mar 5, 2021".
_BYLINE_SEPARATOR = re.compile(r"[ \t]{1,3}[|•·][ \t]{1,3}")
# A label beside a date on such a line has at most this many words.
_MAX_LABEL_WORDS = 5
# Numeric dates anywhere on the page, to learn its day/month order from the unambiguous ones.
# The first digit comes before the look-behind ("not after a word, dot, slash or dash"), so the engine skips
# straight to digits instead of trying the look-behind at every character.
_NUMERIC_EVIDENCE_RE = re.compile(r"(\d(?<![\w./-]\d)\d?)([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\w]|[./-]\d)")

# Any digit, and the words every relative date holds ("today", "yesterday", "hoy", "ayer", "3 days ago",
# "hace 2 días"), for a cheap test of whether a line can hold a date at all.
_DIGIT_RE = re.compile(r"\d")
_RELATIVE_CUES = ("today", "terday", "hoy", "ayer", "ago", "hace")

# At most this many characters (markup remnants, bullets) may stand before a release cue.
_CUE_LEAD_CHARS = 3
# One of these runs is in every line a release cue can be found in (see :func:`_release_cue`).
_CUE_WORDS = ("relea", "nmed", "embarg")
# Removed chrome that belongs to other pages (teasers of other releases), never this release's cue.
_TEASER_REASONS = frozenset({"teaser-run", "navigation", "link-list", "footer", "share", "counter", "form"})
# How far into the body a release line, date line or update label is looked for.
_TOP_LINES = 200
# A paragraph this long (words) is release prose: date lines and datelines come before it.
_PROSE_WORDS = 25
_PROSE_CHARS = 180
# How many words :func:`lowercase_share` reads by default.
_SHARE_WORDS = 40
# ... and at least this share of its words start in lowercase (a Title Case headline does not).
_PROSE_LOWERCASE = 0.3
# The kinds of line that can be release prose.
_PROSE_KINDS = frozenset(("paragraph", "quote", "code"))


def find_dates(
    body: Body, langs: Languages, dateline: Dateline | None, options: ParseOptions
) -> tuple[Dates, list[Warning]]:
    """Release date (FOR IMMEDIATE RELEASE date, dateline date, date line, publish date) and updated date."""
    warnings: list[Warning] = []
    context = _Context(body, langs, options)

    release = _from_release_line(context)
    if release is None and dateline is not None and dateline.date is not None:
        date_raw = _date_raw_in(dateline.raw) or dateline.raw
        release = (dateline.date, date_raw, "dateline")
    if release is None:
        release = _from_date_line(context, dateline)
    if release is None:
        release = _from_facts(context, "published")
    if release is None:
        release = _from_chrome(context, updated=False)
    if release is None and body.meta.published:
        value = _parse_loose(context, body.meta.published, "en")
        if value is not None:
            release = (value, body.meta.published, "meta")

    updated = _from_facts(context, "updated")
    if updated is None:
        updated = _from_updated_line(context)
    if updated is None:
        updated = _from_chrome(context, updated=True)
    if updated is None and context.saw_update_cue and body.meta.modified:
        # The page shows that it was updated but its date could not be read: trust the metadata.
        value = _parse_loose(context, body.meta.modified, "en")
        if value is not None:
            updated = (value, body.meta.modified, "meta")

    if context.unresolved:
        where = ", ".join(dict.fromkeys(context.unresolved))
        warnings.append(Warning("date_unresolved", "dates", f"date without a year or relative: {where}"[:300]))
    dates = Dates(
        release=release[0] if release else None,
        release_raw=release[1] if release else None,
        release_method=release[2] if release else None,
        updated=updated[0] if updated else None,
        updated_raw=updated[1] if updated else None,
    )
    return dates, warnings


class _Context:
    """What the date rules share for one page: lines, languages, the page's numeric order."""

    def __init__(self, body: Body, langs: Languages, options: ParseOptions) -> None:
        self.body = body
        self.langs = langs
        self.options = options
        self.lines: tuple[Line, ...] = body.lines[:_TOP_LINES]
        self._order: tuple[NumericOrder | None] | None = None
        self.unresolved: list[str] = []
        self.saw_update_cue = False
        self.prose_index = first_prose_index(self.lines, options.max_line_chars)
        # Built on first need and shared by the release and the update rules.
        self.chrome_above_prose: list[str] | None = None

    def text_of(self, line: Line) -> str:
        return line.text[: self.options.max_line_chars]

    def order(self) -> NumericOrder | None:
        """The page's numeric order, computed on first need."""
        if self._order is None:
            # The removed lines are the same page: their dates ("(16.07.2019)" links) tell the order too.
            # No numeric date spans a line break, so the body and the removed lines are counted apart.
            chrome_text = "\n".join(line.text[:1_000] for line in self.body.chrome[:500])
            day_first, month_first = _numeric_counts(self.body.text[:200_000])
            chrome_day_first, chrome_month_first = _numeric_counts(chrome_text)
            self._order = (_order_from_counts(day_first + chrome_day_first, month_first + chrome_month_first),)
        return self._order[0]

    def parse(self, raw: str, language: str) -> _dt.date | None:
        value = parse_date_lazy(raw, language, self.options.reference_date, self.order)
        if value is None and self.options.reference_date is None and (is_yearless(raw) or _is_relative(raw)):
            self.unresolved.append(raw.strip()[:60])
        return value


def _is_relative(raw: str) -> bool:
    return _RELATIVE_RE.match(raw.strip()) is not None


def page_numeric_order(text: str) -> NumericOrder | None:
    """The day/month order the page's unambiguous numeric dates show, where they agree."""
    return _order_from_counts(*_numeric_counts(text))


@functools.lru_cache(maxsize=4)
def _numeric_counts(text: str) -> tuple[int, int]:
    """How many unambiguous day-first and month-first numeric dates ``text`` has.

    Cached: the dateline and the dates extractors both ask about the same page text.
    """
    day_first = month_first = 0
    for match in _NUMERIC_EVIDENCE_RE.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > 31 or second > 31:
            continue  # not a date at all (a code, a score)
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return day_first, month_first


def _order_from_counts(day_first: int, month_first: int) -> NumericOrder | None:
    if day_first > month_first:
        return "DMY"
    if month_first > day_first:
        return "MDY"
    return None


def lowercase_share(text: str, limit: int = _SHARE_WORDS) -> float:
    """Share of the first ``limit`` words that start with a lowercase letter (prose is high, Title Case low)."""
    # Splitting at most ``limit`` times gives the same first words without splitting a long line whole.
    return _share_of_words(text.split(maxsplit=limit)[:limit])


def _share_of_words(words: list[str]) -> float:
    """:func:`lowercase_share` of these words."""
    # A word's opening quotes and brackets are skipped; a word that then starts with no letter is not counted.
    letters = lowercase = 0
    for word in words:
        if word[0] in _WORD_OPENERS:
            word = word.lstrip(_WORD_OPENERS)
            if not word:
                continue
        first = word[0]
        if first.isalpha():
            letters += 1
            if first.islower():
                lowercase += 1
    return lowercase / letters if letters else 0.0


# What may open a word before its first letter (see :func:`lowercase_share`).
_WORD_OPENERS = "\"'“‘(¿¡"


def first_prose_index(lines: tuple[Line, ...], max_chars: int) -> int:
    """Index of the first line that reads as release prose (or the last index when none does).

    Prose is long (words or characters) and written in sentence case, so a long Title Case headline
    is not taken for the first paragraph.
    """
    for line in lines:
        if line.kind not in _PROSE_KINDS:
            continue
        text = line.text[:max_chars]
        # (The length tests first: they are cheaper than splitting the line into words. The words of
        # the word-count test are the ones the lowercase share reads: one split serves both.)
        if len(text) >= _PROSE_CHARS and " " in text:
            share = lowercase_share(text)
        elif len(text) >= _PROSE_WORDS:
            words = text.split(maxsplit=_SHARE_WORDS)
            if len(words) < _PROSE_WORDS:
                continue
            share = _share_of_words(words[:_SHARE_WORDS])
        else:
            continue
        if share >= _PROSE_LOWERCASE:
            return line.index
    return lines[-1].index if lines else 0


def _date_raw_in(text: str) -> str | None:
    found = find_date_strings(text)
    return found[0][2] if found else None


def _parse_loose(context: _Context, raw: str, language: str) -> _dt.date | None:
    """A metadata value: the whole string, else its first date-shaped part."""
    value = context.parse(raw, language)
    if value is None:
        for _, _, part in find_date_strings(raw[:500]):
            value = context.parse(part, language)
            if value is not None:
                break
    return value


def _leading_date(context: _Context, text: str, language: str) -> tuple[_dt.date, str] | None:
    """The date that opens ``text`` (after spaces and a label gap), where it parses."""
    match = _DATE_RE.match(text.strip(" \t:-–—"))
    if match is not None:
        value = context.parse(match.group(0), language)
        if value is not None:
            return value, match.group(0)
    relative = re.match(r"[ \t:\-–—]{0,6}([^.;|]{1,40})$", text)
    if relative is not None and _is_relative(relative.group(1)):
        value = context.parse(relative.group(1), language)
        if value is not None:
            return value, relative.group(1).strip()
    return None


def _from_release_line(context: _Context) -> tuple[_dt.date, str, str] | None:
    for position in _cue_line_positions(context):
        line = context.lines[position]
        cue = _release_cue(context.text_of(line))
        if cue is not None:
            return _release_date_after(context, context.text_of(line)[cue.end() :], line.index, position + 1)
    # The chrome stage may have cut the release line out: read it from the removed lines above the prose.
    prose_start = context.lines[context.prose_index].start if context.lines else 0
    for chrome in context.body.chrome:
        if chrome.offset > prose_start or chrome.reason in _TEASER_REASONS:
            continue
        cue = _release_cue(chrome.text[: context.options.max_line_chars])
        if cue is None:
            continue
        following = next((i for i, ln in enumerate(context.lines) if ln.start >= chrome.offset), len(context.lines))
        index = context.lines[following].index if following < len(context.lines) else 0
        return _release_date_after(context, chrome.text[cue.end() :], index, following)
    return None


def _cue_line_positions(context: _Context) -> Iterable[int]:
    """The positions in ``context.lines`` of the lines that may hold a release cue, in order: those holding
    one of ``_CUE_WORDS`` (see :func:`_release_cue`), found by searching the page's text once rather than
    each line. Every line where the page's lowercased text does not line up with the page's text."""
    lines = context.lines
    if not lines:
        return ()
    head = context.body.text[: lines[-1].start + len(lines[-1].text)]
    lowered = head.lower()
    if len(lowered) != len(head):
        return range(len(lines))  # a letter lowercased to two characters: positions shift
    # A line's text stands at its start in the page (``Line.start``): a word found there is in the line's
    # own lowercased text (no word holds a line break, so none runs from one line into the next).
    starts = [line.start for line in lines]
    starts.append(lines[-1].start + len(lines[-1].text) + 1)  # where a line after the last would start
    found = lines_holding(lowered, starts, _CUE_WORDS)
    # (A word before the first line's start is in no line.)
    return found[1:] if found and found[0] < 0 else found


def _release_cue(text: str) -> re.Match[str] | None:
    """A release cue that labels the line: at its start, or printed in capitals ("... | FOR IMMEDIATE RELEASE").

    "The film is scheduled for release on March 5" is prose, not a release line.
    """
    lowered = text.lower()
    # Every cue holds one of these pairs of letter runs (none has an "i", "k" or "s", whose case-insensitive
    # matches str.lower() does not fold), so a line without them is skipped without the slow search.
    if not (
        ("for" in lowered and "relea" in lowered) or ("para" in lowered and "nmed" in lowered) or "embarg" in lowered
    ):
        return None
    # The first cue of the line counts. Where one starts within the lead characters it is found by trying
    # those few positions (a search would run through the whole line first where there is none).
    for position in range(min(_CUE_LEAD_CHARS, len(text)) + 1):
        cue = _RELEASE_CUE.match(text, position)
        if cue is not None:
            return cue
    # Later, only a cue printed in capitals counts, and such a cue holds one of these runs as printed.
    if not ("RELEA" in text or "NMED" in text or "EMBARG" in text):
        return None
    cue = _RELEASE_CUE.search(text, _CUE_LEAD_CHARS + 1)
    if cue is not None and cue.group(0).isupper():
        return cue
    return None


def _release_date_after(
    context: _Context, rest: str, line_index: int, next_position: int
) -> tuple[_dt.date, str, str] | None:
    """The date after a release cue on its line, else on one of the next lines."""
    language = context.langs.of_line(line_index)
    for _, _, raw in find_date_strings(rest[:200]):
        value = context.parse(raw, language)
        if value is not None:
            return value, raw, "release-line"
    # "FOR IMMEDIATE RELEASE" / "October 4, 2021" on the next line.
    for following in context.lines[next_position : next_position + 3]:
        found = _leading_date(context, context.text_of(following), context.langs.of_line(following.index))
        if found is not None:
            return found[0], found[1], "release-line"
    return None


def _date_line(context: _Context, text: str, language: str) -> tuple[_dt.date, str] | None:
    """A line that is only a date (and time), or a publish label and a date."""
    if not _may_hold_a_date(text):
        return None
    label = _PUBLISHED_LABEL.match(text)
    if label is not None:
        gap = _LABEL_GAP.match(text, label.end())
        rest = text[gap.end() if gap else label.end() :]
        if _DATE_LINE_RE.fullmatch(rest) or _is_relative(rest):
            return _leading_date(context, rest, language)
        return None
    if _DATE_LINE_RE.fullmatch(text):
        return _leading_date(context, text, language)
    parts = [part.strip() for part in _BYLINE_SEPARATOR.split(text)]
    if 2 <= len(parts) <= 4:
        # "March 5, 2021 | Press Release", "By Staff · Mar 5, 2021 · 2 min read": one part is the date,
        # the others are short labels.
        dated = [part for part in parts if _DATE_LINE_RE.fullmatch(part) or _PUBLISHED_LABEL.match(part)]
        others = [part for part in parts if part not in dated]
        if (
            len(dated) == 1
            and all(len(part.split()) <= _MAX_LABEL_WORDS for part in others)
            and not any(_updated_label(part) for part in others)
        ):
            return _date_line(context, dated[0], language)
    return None


def _from_date_line(context: _Context, dateline: Dateline | None) -> tuple[_dt.date, str, str] | None:
    """A standalone date line above the first paragraph of prose (or the dateline's paragraph)."""
    last = context.prose_index
    if dateline is not None:
        line = context.body.line_at(dateline.span[0])
        if line is not None:
            last = min(last, line.index + 1)
    for line in context.lines[: last + 1]:
        text = context.text_of(line).strip()
        if len(text) > 120 or _updated_label(text):
            continue
        found = _date_line(context, text, context.langs.of_line(line.index))
        if found is not None:
            return found[0], found[1], "date-line"
    return None


def _from_facts(context: _Context, kind: str) -> tuple[_dt.date, str, str] | None:
    for fact in context.body.facts:
        if fact.kind != kind:
            continue
        if kind == "updated":
            context.saw_update_cue = True
        raw_text = fact.raw[: context.options.max_line_chars]
        for _, _, raw in find_date_strings(raw_text):
            value = context.parse(raw, "en")
            if value is not None:
                return value, raw, "published"
        label = _updated_label(raw_text) or _PUBLISHED_LABEL.match(raw_text)
        found = _leading_date(context, raw_text[label.end() :] if label else raw_text, "en")
        if found is not None:
            return found[0], found[1], "published"
    return None


def _may_hold_a_date(text: str) -> bool:
    """False where ``text`` can hold no date: a printed date has a digit, a relative one a cue word.

    A cheap test before the date patterns (most removed lines are menus and links). The cue words hold no
    "i", "k" or "s", whose case-insensitive matches str.lower() does not fold ("yesterday" by "terday").
    """
    if _DIGIT_RE.search(text) is not None:
        return True
    lowered = text.lower()
    return any(cue in lowered for cue in _RELATIVE_CUES)


def _chrome_above_prose(context: _Context) -> list[str]:
    """Removed lines that stood above the first paragraph of prose, other pages' teasers left out."""
    if context.chrome_above_prose is None:
        prose_start = context.lines[context.prose_index].start if context.lines else 0
        context.chrome_above_prose = [
            chrome.text[: context.options.max_line_chars].strip()
            for chrome in context.body.chrome
            if chrome.offset <= prose_start and chrome.reason not in _TEASER_REASONS
        ]
    return context.chrome_above_prose


def _from_chrome(context: _Context, updated: bool) -> tuple[_dt.date, str, str] | None:
    """A date line or an "Updated:" line the chrome stage removed without reporting it as a fact."""
    for text in _chrome_above_prose(context):
        if len(text) > 120:
            continue
        label = _updated_label(text)
        if updated and label is not None:
            context.saw_update_cue = True
            found = _leading_date(context, text[label.end() :], "en")
        elif not updated and label is None:
            found = _date_line(context, text, "en")
        else:
            continue
        if found is not None:
            return found[0], found[1], "published"
    return None


def _from_updated_line(context: _Context) -> tuple[_dt.date, str, str] | None:
    """An "Updated: Feb 5, 2021" line still in the body, above the first paragraph of prose."""
    for line in context.lines[: context.prose_index + 1]:
        text = context.text_of(line).strip()
        label = _updated_label(text)
        if label is None or len(text) > 120:
            continue
        context.saw_update_cue = True
        found = _leading_date(context, text[label.end() :], context.langs.of_line(line.index))
        if found is not None:
            return found[0], found[1], "updated-line"
    return None


__all__ = [
    "DATE_PATTERN",
    "DATE_WORD_LEADS",
    "TIME_PATTERN",
    "Dates",
    "NumericOrder",
    "find_date_strings",
    "find_dates",
    "first_prose_index",
    "is_yearless",
    "lowercase_share",
    "page_numeric_order",
    "parse_date",
    "parse_date_lazy",
]
