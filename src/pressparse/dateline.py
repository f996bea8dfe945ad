"""Extractor: the dateline (place, and date where printed) that opens the release body.

A dateline is recognised by its structure, never by a place name alone: a place followed by a
parenthesised date, a wire marker ("(NEWMEDIAWIRE)", "/PRNewswire/"), a date and a dash, or an
all-caps place and a dash. "Washington has long..." is an ordinary sentence, not a dateline.

The dateline opens the first paragraph of the body, which may come after the title, a
FOR IMMEDIATE RELEASE line, contacts and date lines. In bilingual releases each section has its
own dateline; the record's is the first one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .chrome import Body, Line
from .dates import (
    DATE_PATTERN,
    TIME_PATTERN,
    first_prose_index,
    is_yearless,
    lowercase_share,
    page_numeric_order,
    parse_date,
)
from .languages import Languages
from .options import ParseOptions
from .records import Dateline, Warning

_UPPER = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇ"
_LOWER = "a-záéíóúñüàèìòùâêîôûç"

# One all-caps word of a place: "WASHINGTON", "D.C.", "ST.", "O'HARE", "WINSTON-SALEM", "BRUSSELS/STRASBOURG".
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’./\-]{{1,24}}"
# One capitalised word of a place: "Los", "Ángeles", "Winston-Salem".
_MIXED_WORD = rf"[{_UPPER}][{_LOWER}'’.\-]{{1,24}}"
# A state, country or district abbreviation after the city: "CA", "D.C.", "N.M.", "Calif.", "SV".
_REGION_ABBR = r"(?:(?:[A-Z]\.){1,3}|[A-Z]{2,3}\.?|[A-Z][a-z]{1,5}\.)"
# A region spelled out: "Mexico", "United States", "Puerto Rico", "PUERTO RICO".
_REGION_WORDS = rf"(?:{_MIXED_WORD}(?:[ ]{_MIXED_WORD}){{0,2}}|{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}})"
_REGION = rf"(?:{_REGION_ABBR}|{_REGION_WORDS})"
# An all-caps city of up to five words, with up to two regions: "LOS ANGELES, CA", "WASHINGTON D.C.",
# "ATLANTA, GA, UNITED STATES".
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,4}}(?:,?[ ]{_REGION})?(?:,[ ]{_REGION})?"
# A capitalised city of up to four words (Spanish particles allowed), with up to two regions:
# "Los Angeles, CA", "Santa Cruz de Tenerife", "Rancho Cordova, United States", "Washington D.C.",
# "Washington DC".
_MIXED_CITY = rf"{_MIXED_WORD}(?:[ ](?:(?:de|del|la|las|los|el)[ ])?{_MIXED_WORD}){{0,3}}"
_MIXED_PLACE = rf"{_MIXED_CITY}(?:,[ ]{_REGION}(?:,[ ]{_REGION})?|[ ]D\.?C\.?)?"
_PLACE = rf"(?P<place>{_CAPS_PLACE}|{_MIXED_PLACE})"
# A place that may stand before a bare dash: all caps, or capitalised with an abbreviated region.
_MIXED_PLACE_ABBR = rf"{_MIXED_CITY}(?:,[ ]{_REGION_ABBR}|[ ]D\.C\.)"
_DASH_PLACE = rf"(?P<place>{_CAPS_PLACE}|{_MIXED_PLACE_ABBR})"

# The separators datelines use: hyphens, en and em dashes, doubled ("--").
_DASH = r"[-–—]{1,3}"
# A printed date (case-insensitive inside), optionally with a time of day after it.
_DATE = rf"(?P<date>(?i:{DATE_PATTERN}))(?P<time>(?i:{TIME_PATTERN}))"
# A wire or distributor name in parentheses, brackets or between slashes: "(NEWMEDIAWIRE)",
# "(Newsworthy.ai)", "[Noticias Newswire]", "/PRNewswire/", "/ B&J Body Shop /".
_WIRE_PAREN = r"[(\[](?P<wire>[^()\[\]\n]{2,40})[)\]]"
_WIRE_SLASH = r"/(?P<wire_slash>[^/\n]{2,60})/"

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Place, then a parenthesised date: "Los Angeles, CA. (February 3, 2021)",
    # "RICHMOND, VA (Monday, December 3, 2018) –".
    ("place-date-paren", re.compile(rf"{_PLACE}[.,]?[ ]{{0,3}}\({_DATE}\)(?:[ ]{{0,3}}(?:{_DASH}|:))?")),
    # Place, date, then a wire marker: "DALLAS - September 25, 2025 (NEWMEDIAWIRE) -",
    # "NEW YORK, June 18, 2024 /PRNewswire/ --", "MIAMI, FL — March 6, 2025 — (NOTICIAS NEWSWIRE) —".
    (
        "wire-marker",
        re.compile(
            rf"{_PLACE}(?:[ ]{{0,3}}{_DASH}[ ]{{0,3}}|,[ ]{{0,3}}|[ ]{{1,3}}){_DATE}[ ]{{0,3}}"
            rf"(?:{_DASH}[ ]{{0,3}})?(?:{_WIRE_PAREN}|{_WIRE_SLASH})(?:[ ]{{0,3}}\.?{_DASH})?"
        ),
    ),
    # Place, wire marker, then the date: "Monterrey, Mexico (Newsworthy.ai) Saturday Mar 15, 2025 @ 3:00 AM —",
    # "SAN FRANCISCO--(BUSINESS WIRE)--March 5, 2021--".
    (
        "wire-marker",
        re.compile(
            rf"{_PLACE}[ ]{{0,3}}(?:{_DASH}[ ]{{0,3}})?{_WIRE_PAREN}[ ]{{0,3}}(?:{_DASH}[ ]{{0,3}})?{_DATE}"
            rf"(?:[ ]{{0,3}}{_DASH})?"
        ),
    ),
    # Place, date, then a dash or colon: "San Salvador, SV, 29 de mayo de 2024 –",
    # "Los Ángeles, California, 3 de febrero de 2021.–", "CHICAGO, IL – June 18, 2024 –".
    (
        "place-date",
        re.compile(rf"{_PLACE}(?:,|[ ]{{0,3}}{_DASH})[ ]{{0,3}}{_DATE}[ ]{{0,3}}\.?(?:{_DASH}|:)"),
    ),
    # Date first, then the place: "June 18, 2024 – CHICAGO, IL –".
    ("date-place", re.compile(rf"{_DATE}[ ]{{0,3}}(?:{_DASH}|,)[ ]{{0,3}}{_DASH_PLACE}[ ]{{0,3}}{_DASH}")),
    # The place in parentheses or brackets, then a dash: "(WASHINGTON, D.C.) –", "[Brussels] -".
    (
        "place-paren",
        re.compile(rf"[(\[]{_PLACE}[)\]][ ]{{0,3}}{_DASH}"),
    ),
    # Place and a wire marker without a date: "WASHINGTON (Reuters) —", "SAN FRANCISCO--(BUSINESS WIRE)--".
    ("wire-marker", re.compile(rf"{_PLACE}[ ]{{0,3}}(?:{_DASH}[ ]{{0,3}})?{_WIRE_PAREN}[ ]{{0,3}}\.?{_DASH}")),
)

# Place and a bare dash: "WASHINGTON —", "WASHINGTON—", "SANTA ANA –", "Washington, DC –", "Washington –".
# A capitalised place needs a space beside its dash, so hyphenated words ("Car-recharging") and
# appositions ("Frank's Mexican Grill—Francisco ...") are not taken; an all-caps one may touch an en or
# em dash ("WASHINGTON—Today").
_SPACED_DASH = rf"(?:[ ]{{1,3}}{_DASH}|{_DASH}(?=[ ]|$))"
_PLACE_DASH = re.compile(
    rf"(?:(?P<place>{_CAPS_PLACE})(?:{_SPACED_DASH}|[–—]{{1,3}})"
    rf"|(?P<mixed>{_MIXED_PLACE_ABBR}|{_MIXED_PLACE}){_SPACED_DASH})"
)
# An all-caps place ending in a region, its dash lost in scraping: "WASHINGTON, D.C. U.S. Senator ...",
# "WASHINGTON D.C. Congresswoman ...". The place is taken as short as possible.
_PLACE_CAPS = re.compile(
    rf"(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}?(?:,[ ]{_REGION_ABBR}|[ ]D\.C\.))[ ]{{1,3}}(?=[{_UPPER}])"
)

# Words that open a line in capitals or before a dash without being a place.
_NOT_PLACE = frozenset(
    (
        "for", "immediate", "release", "press", "news", "update", "updated", "breaking", "alert",
        "advisory", "media", "statement", "contact", "contacts", "note", "editor", "editors", "photo",
        "photos", "video", "watch", "read", "listen", "embargoed", "embargo", "fact", "sheet", "icymi",
        "summary", "background", "overview", "correction", "clarification", "reminder", "today",
        "yesterday", "tomorrow", "date", "dated", "posted", "published", "released", "by", "this", "on",
        "in", "at", "from", "to", "and", "or", "of", "a", "an", "q", "aviso", "comunicado", "nota",
        "prensa", "urgente", "declaración", "declaracion", "actualización", "actualizacion", "actualizado",
        "publicado", "fecha", "hoy", "ayer", "este", "esta", "en", "de", "por", "para", "y", "o",
        # Titles that open a person's name ("Rep. Norma J. Torres (CA-35) –").
        "rep", "reps", "sen", "sens", "senator", "senador", "senadora", "congressman", "congresswoman",
        "congresista", "representative", "representante", "gov", "governor", "gobernador", "mayor",
        "alcalde", "alcaldesa", "president", "presidente", "presidenta", "dr", "mr", "mrs", "ms", "sr", "sra",
    )
)
# A possessive ending ("Frank's", "Francisco’s"): names of people and businesses, not places.
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
# A wire marker in parentheses must name a wire or distributor, not be an aside.
_WIRE_NAME = re.compile(
    r"wire|news|press|prensa|reuters|\bAP\b|\bAFP\b|\bEFE\b|\bUPI\b|bloomberg|\.(?:ai|com|net|org)\b",
    re.IGNORECASE,
)
# A run of three capitals with no digits around: a wire's name in capitals, not "(CA-35)" or "(D-N.M.)".
_WIRE_CAPS = re.compile(r"^[^0-9]*[A-Z]{3}[^0-9]*$")
# Trailing punctuation that is not part of the place; an abbreviation's own dot is kept ("D.C.", "Calif.").
_KEEP_DOT = re.compile(r"(?:(?:[A-Z]\.){2,}|\b[A-Z][a-z]{1,5}\.)$")

# How many body lines a dateline is looked for in.
_MAX_LINES = 200
# A dateline with only a dash must open real prose: at least this many words after it, and this
# share of them starting in lowercase.
_MIN_WORDS_AFTER = 6
_OPENS_PROSE_LOWERCASE = 0.25
# How much of a line is read for a dateline (and of the next line when a dateline stands alone).
_OPENING_CHARS = 600
# A dash-only dateline this few lines after the first paragraph is reported as doubtful, not taken.
_DOUBT_LINES = 2


def find_dateline(body: Body, langs: Languages, options: ParseOptions) -> tuple[Dateline | None, list[Warning]]:
    """The dateline at the start of the body's first paragraph, or None."""
    lines = body.lines[:_MAX_LINES]
    prose_index = first_prose_index(lines, options.max_line_chars)
    for position, line in enumerate(lines):
        if line.kind == "heading" or line.hidden:
            continue
        # A dateline is short: only the opening of a line is read.
        text = line.text[: min(options.max_line_chars, _OPENING_CHARS)]
        following = lines[position + 1].text[:_OPENING_CHARS] if position + 1 < len(lines) else ""
        found = _match_line(
            text,
            weak_allowed=line.index <= prose_index,
            caps_allowed=line.index <= prose_index + 1,
            following=following,
        )
        if found is None:
            continue
        method, match = found
        return _dateline(body, line, text, method, match, langs, options)
    return None, _doubtful(lines, prose_index, options)


def _doubtful(lines: tuple[Line, ...], prose_index: int, options: ParseOptions) -> list[Warning]:
    """A ``low_evidence`` warning where a paragraph just after the first one opens like a dateline."""
    for line in lines:
        if line.index <= prose_index or line.kind == "heading":
            continue
        if line.index > prose_index + _DOUBT_LINES:
            break
        text = line.text[: min(options.max_line_chars, _OPENING_CHARS)]
        match = _PLACE_DASH.match(text) or _PLACE_CAPS.match(text)
        if match is not None and _is_place(_place_of(match)):
            where = text[: match.end()]
            return [Warning("low_evidence", "dateline", f"opening {where!r} not taken as a dateline")]
    return []


def _match_line(
    text: str, weak_allowed: bool, caps_allowed: bool = False, following: str = ""
) -> tuple[str, re.Match[str]] | None:
    """The dateline that opens ``text``: strong shapes always, dash-only shapes where ``weak_allowed``.

    ``caps_allowed`` lets an all-caps place and a dash through one line later than other weak shapes
    (a long deck paragraph may stand between the headline and the dateline). ``following`` is the
    next line, which a dash-only dateline standing alone on its line must open.
    """
    for method, pattern in _candidates(weak_allowed or caps_allowed):
        match = pattern.match(text)
        if match is None or not _is_place(_place_of(match)):
            continue
        if not weak_allowed and method in ("place-dash", "place-caps") and (
            method == "place-caps" or match.groupdict().get("mixed") or _has_lower(match.group("place"))
        ):
            continue
        if method == "wire-marker" and not _wire_ok(match):
            continue
        rest = text[match.end() :]
        if method in ("place-dash", "place-caps") and not _opens_prose(rest if rest.strip() else following):
            continue
        return method, match
    return None


def _candidates(weak_allowed: bool) -> Iterator[tuple[str, re.Pattern[str]]]:
    yield from _SHAPES
    if weak_allowed:
        yield "place-dash", _PLACE_DASH
        yield "place-caps", _PLACE_CAPS


def _has_lower(text: str | None) -> bool:
    return any(ch.islower() for ch in text or "")


def _place_of(match: re.Match[str]) -> str:
    return match.group("mixed") if match.groupdict().get("mixed") else match.group("place")


def _is_place(place: str) -> bool:
    words = [w.strip(".,'’-") for w in place.replace(",", " ").split()]
    if not words or any(w.casefold() in _NOT_PLACE for w in words[:1]):
        return False
    if _POSSESSIVE.search(place):
        return False  # "Frank's Mexican Grill — ..." names a business, not a place
    if any(w.casefold() in _NOT_PLACE and w.isupper() and len(w) > 3 for w in words):
        # An all-caps cue word anywhere ("PRESS RELEASE", "MEDIA ADVISORY") is a label, not a place.
        return False
    letters = sum(ch.isalpha() for ch in words[0])
    # A single all-caps token of two letters ("EN - English") is a code, not a city.
    return not (len(words) == 1 and letters < 3)


def _wire_ok(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    if groups.get("date"):
        return True  # a date and a marker together are structure enough
    wire = groups.get("wire") or ""
    # A capitalised name counts ("(NEWMEDIAWIRE)"), a party or district code does not ("(D-N.M.)", "(CA-35)").
    return bool(_WIRE_NAME.search(wire)) or (wire.isupper() and _WIRE_CAPS.search(wire) is not None)


def _opens_prose(rest: str) -> bool:
    """The text after a dash-only dateline reads as a sentence, not a Title Case headline."""
    return len(rest.split()) >= _MIN_WORDS_AFTER and lowercase_share(rest) >= _OPENS_PROSE_LOWERCASE


def _clean_location(place: str) -> str:
    location = place.strip().rstrip(" ,;:-–—")
    if location.endswith(".") and not _KEEP_DOT.search(location):
        location = location[:-1].rstrip(" ,")
    return location


def _dateline(
    body: Body,
    line: Line,
    text: str,
    method: str,
    match: re.Match[str],
    langs: Languages,
    options: ParseOptions,
) -> tuple[Dateline, list[Warning]]:
    warnings: list[Warning] = []
    raw = text[: match.end()].rstrip()
    date_raw = match.groupdict().get("date")
    date = None
    if date_raw:
        language = langs.of_line(line.index)
        date = parse_date(date_raw, language, options.reference_date, page_numeric_order(body.text[:200_000]))
        if date is None and options.reference_date is None and is_yearless(date_raw):
            warnings.append(Warning("date_unresolved", "dateline", f"dateline date without a year: {date_raw!r}"))
    start = line.start
    return (
        Dateline(
            location=_clean_location(_place_of(match)),
            date=date,
            raw=raw,
            span=(start, start + len(raw)),
            method=method,
        ),
        warnings,
    )


__all__ = ["find_dateline"]
