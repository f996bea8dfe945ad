"""Extractor: the dateline (place, and date where printed) that opens the release body.

A dateline is recognised by its structure, never by a place name alone: a place followed by a
parenthesised date, a wire marker ("(NEWMEDIAWIRE)", "/PRNewswire/"), a date and a dash, or an
all-caps place and a dash. "Washington has long..." is an ordinary sentence, not a dateline.

Scrapes often lose the dash (or the line break before the dateline). Such a dateline is taken only
where its shape still shows: a place followed by a word that opens a release's first sentence
("WASHINGTON U.S. Senators ...", "Oakland, CA Congresswoman ..."), a place in parentheses before
such a word, or a place and a date glued to the end of the headline.

The dateline opens the first paragraph of the body, which may come after the title, a
FOR IMMEDIATE RELEASE line, contacts and date lines. In bilingual releases each section has its
own dateline; the record's is the first one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

from .chrome import Body, Line
from .dates import (
    DATE_PATTERN,
    DATE_WORD_LEADS,
    TIME_PATTERN,
    first_prose_index,
    is_yearless,
    lowercase_share,
    page_numeric_order,
    parse_date_lazy,
)
from .languages import Languages
from .options import ParseOptions
from .records import Dateline, Warning

_UPPER = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇ"
_LOWER = "a-záéíóúñüàèìòùâêîôûç"

# The line patterns are matched on a folded copy of the line: typographic apostrophes as straight ones,
# the minus sign as a horizontal bar (every pattern treats each pair alike). The copy has the same length,
# so spans carry over; groups are read back from the line as printed (``_Found``). A character class that
# mixes several ranges with a character above U+00FF costs the regex compiler a 64K-entry table; without
# the pair's second member the word and dash classes stay small: a third less compile time.
_FOLD_FROM = ("’", "−")
_FOLD_TO = ("'", "―")


def _fold(text: str) -> str:
    """The line as the patterns read it (same length as ``text``)."""
    for old, new in zip(_FOLD_FROM, _FOLD_TO, strict=True):
        if old in text:
            text = text.replace(old, new)
    return text


class _LazyPattern:
    """A regular expression compiled on first use: the line patterns are long (a few thousand characters
    each), a page often needs only some of them, and importing the module should not pay for all.

    The first use stores the compiled pattern and its ``match`` and ``search`` on the instance (until then
    the slots are empty and ``__getattr__`` compiles), so later calls cost what a compiled pattern's do."""

    __slots__ = ("compiled", "match", "search", "source")

    compiled: re.Pattern[str]
    match: Callable[..., re.Match[str] | None]
    """``match(text, pos=0)``, as on the compiled pattern."""
    search: Callable[..., re.Match[str] | None]

    def __init__(self, source: str) -> None:
        self.source = source

    def __getattr__(self, name: str) -> Any:
        # Called only for an empty slot, before the first use.
        if name not in ("compiled", "match", "search"):
            raise AttributeError(name)
        compiled = re.compile(self.source)
        self.compiled, self.match, self.search = compiled, compiled.match, compiled.search
        return getattr(self, name)


# One all-caps word of a place: "WASHINGTON", "D.C.", "ST.", "O'HARE" (also "O’HARE", folded), "WINSTON-SALEM",
# "BRUSSELS/STRASBOURG".
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'./\-]{{1,24}}"
# One capitalised word of a place: "Los", "Ángeles", "Winston-Salem".
_MIXED_WORD = rf"[{_UPPER}][{_LOWER}'.\-]{{1,24}}"
# A state, country or district abbreviation after the city: "CA", "D.C.", "N.M.", "Calif.", "SV".
_REGION_ABBR = r"(?:(?:[A-Z]\.){1,3}|[A-Z]{2,3}\.?|[A-Z][a-z]{1,5}\.)"
# A region spelled out: "Mexico", "United States", "Puerto Rico", "PUERTO RICO".
_REGION_WORDS = rf"(?:{_MIXED_WORD}(?:[ ]{_MIXED_WORD}){{0,2}}|{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}})"
# A weekday is the start of a date, never a region: "OTIS, Thursday, April 4, 2013".
_NOT_WEEKDAY = r"(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
_REGION = rf"(?:{_REGION_ABBR}|{_NOT_WEEKDAY}{_REGION_WORDS})"
# An all-caps city of up to five words, with up to two regions: "LOS ANGELES, CA", "WASHINGTON D.C.",
# "ATLANTA, GA, UNITED STATES".
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,4}}(?:,?[ ]{_REGION})?(?:,[ ]{_REGION})?"
# A capitalised city of up to four words (Spanish particles allowed), with up to two regions:
# "Los Angeles, CA", "Santa Cruz de Tenerife", "Rancho Cordova, United States", "Washington D.C.",
# "Washington DC".
_MIXED_CITY = rf"{_MIXED_WORD}(?:[ ](?:(?:de|del|la|las|los|el)[ ])?{_MIXED_WORD}){{0,3}}"
_MIXED_PLACE = rf"{_MIXED_CITY}(?:,[ ]{_REGION}(?:,[ ]{_REGION})?|[ ]D\.?C\.?)?"
# A place that may stand before a bare dash: all caps, or capitalised with an abbreviated region.
_MIXED_PLACE_ABBR = rf"{_MIXED_CITY}(?:,[ ]{_REGION_ABBR}|[ ]D\.C\.)"
# Two places joined, as releases issued from two cities print them: "BROOKLYN, NY and SAN JUAN, PR".
# Only taken where a date or a wire marker follows (the strong shapes); a capitalised first place
# needs its region, so a company ("Procter and Gamble (NYSE: PG)") is not two places.
_JOIN = r"[ ](?:and|AND|y|Y)[ ]"
_PLACE = rf"(?P<place>{_CAPS_PLACE}(?:{_JOIN}{_CAPS_PLACE})?|{_MIXED_PLACE_ABBR}{_JOIN}{_MIXED_PLACE}|{_MIXED_PLACE})"
_DASH_PLACE = rf"(?P<place>{_CAPS_PLACE}|{_MIXED_PLACE_ABBR})"

# The separators datelines use: hyphens, en and em dashes, doubled ("--"), and what scrapes turn
# them into: the Unicode hyphens, figure dash, horizontal bar and minus sign ("WASHINGTON− ...").
# (The minus sign "−" is folded to "―" before matching; see ``_fold``.)
_DASH = r"[-‐‑‒–—―]{1,3}"
# A dash that is never a word's own hyphen, so it may touch the place: "WASHINGTON—Today".
_LONG_DASH = r"[‒–—―]{1,3}"
# A printed date (case-insensitive inside), optionally with a time of day after it.
_DATE = rf"(?P<date>(?i:{DATE_PATTERN}))(?P<time>(?i:{TIME_PATTERN}))"
# A wire or distributor name in parentheses, brackets or between slashes: "(NEWMEDIAWIRE)",
# "(Newsworthy.ai)", "[Noticias Newswire]", "/PRNewswire/", "/ B&J Body Shop /".
_WIRE_PAREN = r"[(\[](?P<wire>[^()\[\]\n]{2,40})[)\]]"
_WIRE_SLASH = r"/(?P<wire_slash>[^/\n]{2,60})/"

# A legislator's title, as the first sentence of a congressional release opens with one.
_TITLE_WORD = (
    r"(?:U\.S\.|Senators?|Sens?\.|Congress(?:wo)?m[ae]n|Reps?\.|Representatives?|Gov\.|Governor|Mayor"
    r"|(?i:senador(?:a|es)?|congresista|representante))"
)
# The word that opens a release's first sentence right after its dateline: "Today", "In", "The",
# "U.S.", a title; Spanish "Hoy", "El", "La". Evidence that a place before it lost its dash.
_OPENER = (
    rf"(?:Today|Yesterday|Tonight|This|On|In|At|As|After|Following|Earlier|Last|The|A|An|{_TITLE_WORD}"
    r"|Hoy|Ayer|Este|Esta|El|La|Los|Las|En|Tras)(?=[ ,])"
)

# A printed date alone (what ``_DATE`` opens with).
_DATE_ONLY = _LazyPattern(rf"(?i:{DATE_PATTERN})")
# Date first, then the place and a dash (also searched for after a headline that lost its line break).
_DATE_PLACE = _LazyPattern(rf"{_DATE}[ ]{{0,3}}(?:{_DASH}|,|:)[ ]{{0,3}}{_DASH_PLACE}[ ]{{0,3}}{_DASH}")

_SHAPES: tuple[tuple[str, _LazyPattern], ...] = (
    # Place, then a parenthesised date: "Los Angeles, CA. (February 3, 2021)",
    # "RICHMOND, VA (Monday, December 3, 2018) –".
    ("place-date-paren", _LazyPattern(rf"{_PLACE}[.,]?[ ]{{0,3}}\({_DATE}\)(?:[ ]{{0,3}}(?:{_DASH}|:))?")),
    # Place, date, then a wire marker: "DALLAS - September 25, 2025 (NEWMEDIAWIRE) -",
    # "NEW YORK, June 18, 2024 /PRNewswire/ --", "MIAMI, FL — March 6, 2025 — (NOTICIAS NEWSWIRE) —".
    (
        "wire-marker",
        _LazyPattern(
            rf"{_PLACE}(?:[ ]{{0,3}}{_DASH}[ ]{{0,3}}|,[ ]{{0,3}}|[ ]{{1,3}}){_DATE}[ ]{{0,3}}"
            rf"(?:{_DASH}[ ]{{0,3}})?(?:{_WIRE_PAREN}|{_WIRE_SLASH})(?:[ ]{{0,3}}\.?{_DASH})?"
        ),
    ),
    # Place, wire marker, then the date: "Monterrey, Mexico (Newsworthy.ai) Saturday Mar 15, 2025 @ 3:00 AM —",
    # "SAN FRANCISCO--(BUSINESS WIRE)--March 5, 2021--".
    (
        "wire-marker",
        _LazyPattern(
            rf"{_PLACE}[ ]{{0,3}}(?:{_DASH}[ ]{{0,3}})?{_WIRE_PAREN}[ ]{{0,3}}(?:{_DASH}[ ]{{0,3}})?{_DATE}"
            rf"(?:[ ]{{0,3}}{_DASH})?"
        ),
    ),
    # Place, date, then a dash or colon: "San Salvador, SV, 29 de mayo de 2024 –",
    # "Los Ángeles, California, 3 de febrero de 2021.–", "CHICAGO, IL – June 18, 2024 –".
    (
        "place-date",
        _LazyPattern(rf"{_PLACE}(?:,|[ ]{{0,3}}{_DASH})[ ]{{0,3}}{_DATE}[ ]{{0,3}}\.?(?:{_DASH}|:)"),
    ),
    # Date first, then the place: "June 18, 2024 – CHICAGO, IL –", "February 21, 2013: Amherst, Mass. –".
    ("date-place", _DATE_PLACE),
    # The place in parentheses or brackets, then a dash: "(WASHINGTON, D.C.) –", "[Brussels] -".
    (
        "place-paren",
        _LazyPattern(rf"[(\[]{_PLACE}[)\]][ ]{{0,3}}{_DASH}"),
    ),
    # Place and a wire marker without a date: "WASHINGTON (Reuters) —", "SAN FRANCISCO--(BUSINESS WIRE)--".
    ("wire-marker", _LazyPattern(rf"{_PLACE}[ ]{{0,3}}(?:{_DASH}[ ]{{0,3}})?{_WIRE_PAREN}[ ]{{0,3}}\.?{_DASH}")),
)

# Place and a bare dash: "WASHINGTON —", "WASHINGTON—", "SANTA ANA –", "Washington, DC –", "Washington –".
# A capitalised place needs a space beside its dash, so hyphenated words ("Car-recharging") and
# appositions ("Frank's Mexican Grill—Francisco ...") are not taken; an all-caps one may touch an en or
# em dash ("WASHINGTON—Today").
_SPACED_DASH = rf"(?:[ ]{{1,3}}{_DASH}|{_DASH}(?=[ ]|$))"
_PLACE_DASH = _LazyPattern(
    rf"(?:(?P<place>{_CAPS_PLACE})(?:{_SPACED_DASH}|{_LONG_DASH})"
    rf"|(?P<mixed>{_MIXED_PLACE_ABBR}|{_MIXED_PLACE}){_SPACED_DASH})"
)
# A capitalised place with an abbreviated region touching an en or em dash: "Florence, S.C.—Rep. Tom Rice".
# The region is the evidence an apposition ("Frank's Mexican Grill—Francisco") lacks.
_PLACE_ABBR_TOUCHING = _LazyPattern(rf"(?P<mixed>{_MIXED_PLACE_ABBR}){_LONG_DASH}")
# An all-caps place ending in a region, its dash lost in scraping: "WASHINGTON, D.C. U.S. Senator ...",
# "WASHINGTON D.C. Congresswoman ...". The place is taken as short as possible.
_PLACE_CAPS = _LazyPattern(
    rf"(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}?(?:,[ ]{_REGION_ABBR}|[ ]D\.C\.))[ ]{{1,3}}(?=[{_UPPER}])"
)
# A place whose dash was lost, followed by a sentence-opening word (as short as possible, so "U.S."
# stays with the sentence): "WASHINGTON U.S. Senators ...", "TOLEDO U.S. Representative ...",
# "Oakland, CA Congresswoman ...", "Washington, D.C. Today, ...". A capitalised place needs its region
# ("Mass" as scrapes drop the abbreviation's dot), a bare all-caps place at most two words.
_REGION_BARE = rf"(?:{_REGION_ABBR}|[A-Z][a-z]{{2,4}})"
_PLACE_BARE = _LazyPattern(
    rf"(?:(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD})??(?:,[ ]{_REGION_BARE})?)"
    rf"|(?P<mixed>{_MIXED_CITY}(?:,[ ]{_REGION_BARE}|[ ]D\.?C\.?)))[ ]{{1,3}}(?={_OPENER})"
)
# Place and date, the dash after the date lost: "OTIS, Thursday, April 4, 2013 Congressman ...". The
# place is all caps or has an abbreviated region ("Jane Doe, March 5, 2021 The ..." names a person).
_PLACE_DATE_BARE = _LazyPattern(rf"{_DASH_PLACE}(?:,|[ ]{{0,3}}{_DASH})[ ]{{0,3}}{_DATE}[ ]{{1,3}}(?={_OPENER})")
# A capitalised place without a region needs stronger evidence: "Today" and a title after it
# ("Hartford Today Rep. John B. Larson ...").
_PLACE_TODAY = _LazyPattern(
    rf"(?P<mixed>{_MIXED_CITY})[ ]{{1,3}}(?=(?:Today|Hoy),?[ ]{{1,3}}(?:(?:el|la)[ ])?{_TITLE_WORD}[ ])"
)
# A place in parentheses opening the paragraph, then the first sentence: "(Williamstown) Congressman ...".
_PLACE_PAREN_BARE = _LazyPattern(rf"[(\[]{_PLACE}[)\]][ ]{{1,3}}(?={_OPENER})")
# Date first, the dash after the place lost: "February 21, 2013: Amherst, Mass The UMass Amherst ...".
# A capitalised place needs its region, so a Title Case phrase ("March 5: Residents Invited To Attend The
# ...") is not taken.
_DATE_PLACE_BARE = _LazyPattern(
    rf"{_DATE}(?:[ ]{{0,3}}(?:{_DASH}|,|:)[ ]{{0,3}}|[ ]{{1,3}})"
    rf"(?:(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}}?(?:,[ ]{_REGION_ABBR})?)"
    rf"|(?P<mixed>{_MIXED_CITY}(?:,[ ]{_REGION_BARE}|[ ]D\.?C\.?)))[ ]{{1,3}}(?={_OPENER})"
)
# An all-caps place glued to the end of the headline after a lost line break, then a date and a dash
# (or, the dash lost too, a sentence-opening word): "... Underserved Homes & BusinessesOTIS Thursday,
# April 4, 2013 - Congressman ...". The lowercase letter right before the capitals marks where the
# place starts.
_GLUED_PLACE_DATE = _LazyPattern(
    rf"(?<=[{_LOWER}])(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}}(?:,[ ]{_REGION_ABBR})?)"
    rf"(?:,[ ]{{0,3}}|[ ]{{0,3}}{_DASH}[ ]{{0,3}}|[ ]{{1,3}}){_DATE}"
    rf"(?:[ ]{{0,3}}\.?(?:{_DASH}|:)|[ ]{{1,3}}(?={_OPENER}))"
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
        # Kickers, labels and language tags set before a first sentence ("EXCLUSIVE The ...", "(Audio) ...").
        "audio", "exclusive", "opinion", "op-ed", "analysis", "commentary", "editorial", "interview",
        "transcript", "remarks", "testimony", "notice", "recap", "spotlight", "what", "when", "where", "who",
        "why", "how", "rsvp", "agenda", "schedule", "location", "english", "spanish", "español", "espanol",
        "inglés", "ingles", "translation", "traducción", "traduccion", "corrected", "revised",
        "attention", "important", "urgent", "warning", "now", "just", "must", "report", "study", "survey",
        "poll", "results", "hearing", "letter", "speech", "vote", "event", "events", "source", "quote", "link",
        "links", "bio", "credit", "caption",
        # Days and months open dates, not places.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
    )
)
# A two-word all-caps place without its dash is a city only with a place word in it ("NEW YORK",
# "SAN DIEGO", "KANSAS CITY", "LONG BEACH"), not a glued two-word headline ("BUDGET PASSES The ...").
_PLACE_PARTICLES = frozenset(
    (
        "new", "san", "santa", "santo", "são", "los", "las", "el", "la", "le", "st", "saint", "ste", "fort", "ft",
        "port", "mount", "mt", "north", "south", "east", "west", "lake", "palm", "grand", "long", "cape", "des",
        "de", "del", "ciudad", "puerto", "city", "beach", "springs", "heights", "falls", "park", "rapids",
        "hills", "rock", "haven", "bay", "island", "harbor", "village", "valley", "county", "paz", "juan",
    )
)
# Company and personal suffixes that look like a region abbreviation ("Acme, Inc. –", "John Smith, Jr. –").
_NOT_REGION = frozenset(
    ("inc", "corp", "co", "ltd", "llc", "llp", "plc", "jr", "sr", "esq", "phd", "gmbh", "mba", "cpa", "rn", "dds",
     "dvm", "jd", "mph", "msw")
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
# A vowel: an all-caps word without one is an acronym ("DSCC"), not a city.
_VOWEL = re.compile(r"[AEIOUYÁÉÍÓÚÜ]")
# A capitalised word that names a person elsewhere on the page: after a title ("Senator Martin Heinrich (",
# "Ms. Doe has") or beside a speech verb ("Doe said", "said Jane Doe."). After "said" the name ends its
# phrase, so "said Williamstown chapter President ..." is not a person named Williamstown. Filled with
# the word at run time.
_NAME_END = r"(?=[ ]?[,.;:!?\"”(]|[ ](?:said|says)\b)"
_PERSON_CUES = (
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Senator|Congressman|Congresswoman|Representative|Governor|Sr|Sra)\.?"
    r"[ ](?:[A-Z][\w.’'-]{{0,20}}[ ]){{0,2}}{word}\b(?![ ][A-Z]|['’-])",
    r"\b{word}[ ](?:said|says|added|noted|explained|stated|told|argued|continued)\b",
    r"\b(?:said|says|added|noted)[ ](?:[A-Z][\w.’'-]{{0,20}}[ ]){{0,3}}{word}" + _NAME_END,
)

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
# A bare all-caps place (no dash, no region) has at least this many letters: "TOLEDO", not "GOP".
_MIN_BARE_CAPS_LETTERS = 4
# A headline left before a glued dateline reads as Title Case: below this share of lowercase words.
_HEADLINE_LOWERCASE = 0.3
# ... and has at least this many words.
_MIN_HEADLINE_WORDS = 2
# Prepositions and articles that open a sentence ("On March 5, 2021, ..."), never a headline's remnant.
_SENTENCE_LEADS = frozenset(
    (
        "on", "in", "at", "by", "as", "from", "since", "until", "before", "after", "through", "during", "for",
        "the", "a", "an", "el", "la", "los", "las", "en", "desde", "hasta", "durante", "tras",
    )
)
# What each shape needs in the line, checked before the (costly) pattern is tried. Only necessary
# conditions: skipping a shape whose needs are not met never changes which shape matches.
# - How the line opens: a capital (a place), a date's first character, a parenthesis or bracket; two
#   characters that can open an all-caps word, or a capitalised one.
# - Where its opening run ends (``_OPENING_RUN``). A place and the separators after it are made only of
#   letters, apostrophes, dots, slashes, commas, spaces and dashes, and a date up to its first digit only of
#   letters (as case-insensitive matching takes them), commas, dots, spaces and tabs. So where a shape's
#   date follows the place (or opens the line), the run ends at the date's first digit
#   (``_DATE_AT_RUN_END``); where it follows the place in parentheses ("Los Angeles, CA. (February 3,
#   2021)"), the run ends at the parenthesis and the next run at the digit (``_DATE_AFTER_PAREN``). A wire
#   marker in parentheses after the place starts where the run ends (``_OPEN_AFTER_RUN``).
# - What it holds somewhere: a digit (only looked for where the run ends at a parenthesis: a date after
#   the marker), a parenthesis, bracket or slash, as a wire marker has; a dash; a long dash; "Today"
#   or "Hoy".
(
    _OPENS_CAPITAL, _OPENS_CAPS_WORD, _OPENS_MIXED_WORD, _OPENS_DATE, _OPENS_PAREN,
    _DATE_AT_RUN_END, _DATE_AFTER_PAREN, _OPEN_AFTER_RUN,
    _HAS_DIGIT, _HAS_MARKER, _HAS_DASH, _HAS_LONG_DASH, _HAS_TODAY,
) = (1 << bit for bit in range(13))
_STRONG_NEEDS: tuple[int, ...] = (
    _OPENS_CAPITAL | _DATE_AFTER_PAREN,  # place-date-paren
    _OPENS_CAPITAL | _DATE_AT_RUN_END | _HAS_MARKER,  # wire-marker: place, date, marker
    _OPENS_CAPITAL | _OPEN_AFTER_RUN | _HAS_DIGIT,  # wire-marker: place, marker, date
    _OPENS_CAPITAL | _DATE_AT_RUN_END,  # place-date
    _OPENS_DATE | _DATE_AT_RUN_END | _HAS_DASH,  # date-place
    _OPENS_PAREN | _HAS_DASH,  # place-paren
    _OPENS_CAPITAL | _OPEN_AFTER_RUN | _HAS_DASH,  # wire-marker: place, marker, dash
)
_WEAK_SHAPES: tuple[tuple[str, _LazyPattern, int], ...] = (
    ("place-dash", _PLACE_DASH, _OPENS_CAPITAL | _HAS_DASH),
    ("place-dash", _PLACE_ABBR_TOUCHING, _OPENS_MIXED_WORD | _HAS_LONG_DASH),
    ("place-caps", _PLACE_CAPS, _OPENS_CAPS_WORD),
    ("place-paren-bare", _PLACE_PAREN_BARE, _OPENS_PAREN),
    ("date-place-bare", _DATE_PLACE_BARE, _OPENS_DATE | _DATE_AT_RUN_END),
    ("place-bare", _PLACE_BARE, _OPENS_CAPITAL),
    ("place-bare", _PLACE_TODAY, _OPENS_MIXED_WORD | _HAS_TODAY),
    ("place-date-bare", _PLACE_DATE_BARE, _OPENS_CAPITAL | _DATE_AT_RUN_END),
)
_ALL_SHAPES = tuple((method, pattern, needs) for (method, pattern), needs in zip(_SHAPES, _STRONG_NEEDS, strict=True))
_PLACE_DASH_NEEDS, _PLACE_CAPS_NEEDS = _WEAK_SHAPES[0][2], _WEAK_SHAPES[2][2]
# The capitals a place opens with (``_UPPER``), and the letters a date opens with: the first letters of the
# weekday and month names, as case-insensitive matching takes them (also the long s). With str.isdecimal(),
# which is what ``\d`` takes, they tell how a line opens without a regex call.
_UPPER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇ")
_DATE_LEAD_LETTERS = frozenset("ADEFJLMNOSTVWadefjlmnostvwſ")
# The second character of an all-caps word (``_CAPS_WORD``) and of a capitalised one (``_MIXED_WORD``).
_CAPS_WORD_CHARS = _UPPER_CHARS | frozenset("'./-")
_MIXED_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzáéíóúñüàèìòùâêîôûç'.-")
# The characters of a place and the separators after it, and of a date before its first digit: the
# letters of both, also "İ", "ı", "ſ" and the Kelvin sign, which case-insensitive matching takes for "i",
# "s" and "k" (see the needs above).
_RUN_CHARS = rf"{_UPPER}{_LOWER}İıſK'./, \t\-‐‑‒–—―"
_OPENING_RUN = re.compile(rf"[{_RUN_CHARS}]*")
# What every strong shape needs, read on the line as printed: the opening run (its characters, and the two
# that ``_fold`` turns into run characters) followed by a digit (``_DATE_AT_RUN_END``), a parenthesis or a
# bracket (``_OPEN_AFTER_RUN``, also where the line opens with one: ``_OPENS_PAREN``). Digits, parentheses
# and brackets are not run characters, so the possessive run gives the same answer as the features do.
_STRONG_GATE = re.compile(rf"[{_RUN_CHARS}’−]*+[\d(\[]")
# Case-insensitive matching takes "ſ" for "s" and "ı", "İ" for "i"; lowercasing after this table reads a
# line's letters as the date pattern does, one character for one (``DATE_WORD_LEADS`` are lowercase).
_CASE_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})
# Every dash a dateline uses (the minus sign is folded to "―"), and the long ones.
_DASHES = "-‐‑‒–—―"
_LONG_DASHES = "‒–—―"

# The weak shapes, taken only in the first paragraph and only where real prose follows.
_WEAK_METHODS = frozenset(
    ("place-dash", "place-caps", "place-bare", "place-paren-bare", "date-place-bare", "place-date-bare")
)
# The dated shapes whose dash was lost are reported under the dated shape's name.
_METHOD_NAMES = {"date-place-bare": "date-place", "place-date-bare": "place-date"}
# How much of the page is searched for a person named like a capitalised place.
_PERSON_SCAN_CHARS = 100_000
# A person cue starts at most this many characters before the name ("said Senate Majority Leader Doe"
# is at most 75) and looks at most this many after it ("Doe continued."), so only windows around the
# name's occurrences are searched, not the whole page for every candidate.
_CUE_BEFORE = 100
_CUE_AFTER = 20
# A date's first digit comes at most 28 characters after its start ("Wednesday, septiembre. 3"); a
# date-first pattern is only tried this close before a digit.
_DATE_DIGIT_REACH = 32
# Any digit (a date holds one).
_DIGIT = re.compile(r"\d")


class _Found:
    """A match made on the apostrophe-folded line, with its groups read from the line as printed."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match = match
        self._text = text

    def start(self) -> int:
        return self._match.start()

    def end(self) -> int:
        return self._match.end()

    def group(self, name: str) -> str:
        start, end = self._match.span(name)
        return "" if start < 0 else self._text[start:end]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) if self._match.start(name) >= 0 else None for name in self._match.re.groupindex}

    def optional(self, name: str) -> str | None:
        """``groupdict().get(name)`` without building the dict: None where the group did not take part in
        the match or the pattern has no such group."""
        if name not in self._match.re.groupindex:
            return None
        start, end = self._match.span(name)
        return None if start < 0 else self._text[start:end]


def find_dateline(body: Body, langs: Languages, options: ParseOptions) -> tuple[Dateline | None, list[Warning]]:
    """The dateline at the start of the body's first paragraph, or None."""
    lines = body.lines[:_MAX_LINES]
    prose_index = first_prose_index(lines, options.max_line_chars)
    page_text = body.text[:_PERSON_SCAN_CHARS]
    # A dateline is short: only the opening of a line is read.
    opening = min(options.max_line_chars, _OPENING_CHARS)
    for position, line in enumerate(lines):
        if line.kind == "heading" or line.hidden:
            continue
        text = line.text[:opening]
        weak_allowed = line.index <= prose_index
        caps_allowed = line.index <= prose_index + 1
        if not caps_allowed and _STRONG_GATE.match(text) is None:
            continue  # only the strong shapes are tried on this line, and it has what none of them needs
        following = lines[position + 1].text[:_OPENING_CHARS] if position + 1 < len(lines) else ""
        found = _match_line(
            text,
            weak_allowed=weak_allowed,
            caps_allowed=caps_allowed,
            following=following,
            page_text=page_text,
        )
        if found is None and weak_allowed:
            found = _match_after_headline(text, page_text)
        if found is None:
            continue
        method, match = found
        return _dateline(body, line, method, match, langs, options)
    return None, _doubtful(lines, prose_index, options)


def _doubtful(lines: tuple[Line, ...], prose_index: int, options: ParseOptions) -> list[Warning]:
    """A ``low_evidence`` warning where a paragraph just after the first one opens like a dateline."""
    for line in lines:
        if line.index <= prose_index or line.kind == "heading":
            continue
        if line.index > prose_index + _DOUBT_LINES:
            break
        text = line.text[: min(options.max_line_chars, _OPENING_CHARS)]
        folded = _fold(text)
        features = _line_features(folded)
        matched = None
        for pattern, needs in ((_PLACE_DASH, _PLACE_DASH_NEEDS), (_PLACE_CAPS, _PLACE_CAPS_NEEDS)):
            if needs & features == needs:
                matched = pattern.match(folded)
                if matched is not None:
                    break
        match = None if matched is None else _Found(matched, text)
        if match is not None and _is_place(_place_of(match)):
            where = text[: match.end()]
            return [Warning("low_evidence", "dateline", f"opening {where!r} not taken as a dateline")]
    return []


def _match_line(
    text: str, weak_allowed: bool, caps_allowed: bool = False, following: str = "", page_text: str = ""
) -> tuple[str, _Found] | None:
    """The dateline that opens ``text``: strong shapes always, dash-only shapes where ``weak_allowed``.

    ``caps_allowed`` lets an all-caps place and a dash through one line later than other weak shapes
    (a long deck paragraph may stand between the headline and the dateline). ``following`` is the
    next line, which a dash-only dateline standing alone on its line must open. ``page_text`` is
    searched for a person named like a capitalised place ("Jane Doe – ..." and later "said Doe").
    """
    folded = _fold(text)
    for method, pattern in _candidates(_line_features(folded), weak_allowed or caps_allowed):
        matched = pattern.match(folded)
        if matched is None:
            continue
        match = _Found(matched, text)
        if not _is_place(_place_of(match)):
            continue
        if not weak_allowed and method in _WEAK_METHODS and (
            method != "place-dash" or match.optional("mixed") or _has_lower(match.group("place"))
        ):
            continue
        if method == "wire-marker" and not _wire_ok(match):
            continue
        if method in ("place-paren", "place-paren-bare") and not _paren_place_ok(match.group("place"), method):
            continue
        if method in ("place-bare", "date-place-bare") and not _bare_place_ok(match, page_text):
            continue
        if method in _WEAK_METHODS and _names_a_person(match, page_text):
            continue
        rest = text[match.end() :]
        if method in _WEAK_METHODS and not _opens_prose(rest if rest.strip() else following):
            continue
        return _METHOD_NAMES.get(method, method), match
    return None


@functools.lru_cache(maxsize=1 << 13)
def _candidates(features: int, weak_allowed: bool) -> tuple[tuple[str, _LazyPattern], ...]:
    """The shapes to try on a line with these features, in order, leaving out those whose needs the line
    does not meet (one entry per combination of features: a few thousand at most)."""
    shapes = _ALL_SHAPES + _WEAK_SHAPES if weak_allowed else _ALL_SHAPES
    return tuple((method, pattern) for method, pattern, needs in shapes if needs & features == needs)


def _line_features(folded: str) -> int:
    """What the line opens with, where its opening run ends and what it holds, as the shapes' need flags."""
    if not folded:
        return 0
    first = folded[0]
    second = folded[1:2]
    features = 0
    if first in _UPPER_CHARS:
        features |= _OPENS_CAPITAL
        # ("'", "." and "-" can follow the capital in both.)
        if second in _CAPS_WORD_CHARS:
            features |= _OPENS_CAPS_WORD
        if second in _MIXED_WORD_CHARS:
            features |= _OPENS_MIXED_WORD
    if first in _DATE_LEAD_LETTERS or first.isdecimal():
        features |= _OPENS_DATE
    if first in "([":
        features |= _OPENS_PAREN
    run_end = _run_end(folded, 0)
    after_run = folded[run_end : run_end + 1]
    if after_run.isdecimal():
        features |= _DATE_AT_RUN_END
    elif after_run in ("(", "["):
        features |= _OPEN_AFTER_RUN
        if after_run == "(":
            next_end = _run_end(folded, run_end + 1)
            if folded[next_end : next_end + 1].isdecimal():
                features |= _DATE_AFTER_PAREN
        # No digit stands in the run: the line holds one exactly where one follows the run's end.
        if _DIGIT.search(folded, run_end):
            features |= _HAS_DIGIT
    if "(" in folded or "[" in folded or "/" in folded:
        features |= _HAS_MARKER
    if any(dash in folded for dash in _DASHES):
        features |= _HAS_DASH
        if any(dash in folded for dash in _LONG_DASHES):
            features |= _HAS_LONG_DASH
    if "Today" in folded or "Hoy" in folded:
        features |= _HAS_TODAY
    return features


def _run_end(folded: str, start: int) -> int:
    """Where the run of ``_OPENING_RUN`` characters from ``start`` ends."""
    run = _OPENING_RUN.match(folded, start)  # (always matches, the run may be empty)
    return run.end() if run else start


def _match_after_headline(text: str, page_text: str = "") -> tuple[str, _Found] | None:
    """A dated dateline glued to the end of a headline whose line break the scrape lost.

    Only shapes with a date are looked for, and only after text that reads as a headline (Title Case),
    so a sentence in a paragraph is never cut into a dateline.
    """
    # A headline (two words) before the dateline and prose (six words) after it: at least seven words in
    # the line (one may run from the headline through the dateline into the prose).
    least_words = _MIN_HEADLINE_WORDS + _MIN_WORDS_AFTER - 1
    # (Folding changes no digit, and most lines hold none: that test first.)
    if _DIGIT.search(text) is None:
        return None  # every shape here holds a date, and every date a digit
    if len(text.split(maxsplit=least_words)) < least_words:
        return None
    folded = _fold(text)
    # Every shape here holds a date, which starts where one can (:func:`_date_starts`) and matches there
    # on its own: without such a start no shape can match, and the date-first shapes are tried only there.
    dates = [start for start in _date_starts(folded) if _DATE_ONLY.match(folded, start)]
    if not dates:
        return None
    for method, pattern in (("place-date", _GLUED_PLACE_DATE), ("date-place", _DATE_PLACE),
                            ("date-place-bare", _DATE_PLACE_BARE)):
        matched = pattern.search(folded) if method == "place-date" else _search_date_first(pattern, folded, dates)
        if matched is None:
            continue
        match = _Found(matched, text)
        if match.start() == 0 or not _is_place(_place_of(match)):
            continue
        if not _reads_as_headline(text[: match.start()]) or not _opens_prose(text[match.end() :]):
            continue
        if method == "date-place-bare" and not _bare_place_ok(match, page_text):
            continue
        return _METHOD_NAMES.get(method, method), match
    return None


def _search_date_first(pattern: _LazyPattern, text: str, starts: list[int] | None = None) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern that opens with a date, tried only where a date can start.

    A plain search tries the long date alternation at every character of the line; here only the
    ``starts`` (:func:`_date_starts`) are tried, leftmost first as a search does.
    """
    for start in _date_starts(text) if starts is None else starts:
        found = pattern.match(text, start)
        if found is not None:
            return found
    return None


def _date_starts(text: str) -> list[int]:
    """Where in ``text`` a date can start, in order: a digit, or a weekday or month name close enough
    before a digit (a date has one at most ``_DATE_DIGIT_REACH`` characters after its start). Each
    position is looked at once: the cost stays linear in the line."""
    lowered = text.translate(_CASE_FOLD).lower()
    if len(lowered) != len(text):
        lowered = ""  # (cannot happen after the table above; then every position near a digit is kept)
    starts: list[int] = []
    next_start = 0
    for digit in _DIGIT.finditer(text):
        position = digit.start()
        for start in range(max(next_start, position - _DATE_DIGIT_REACH), position + 1):
            if not lowered or text[start].isdecimal() or lowered[start : start + 3] in DATE_WORD_LEADS:
                starts.append(start)
        next_start = position + 1
    return starts


def _reads_as_headline(prefix: str) -> bool:
    """Title Case words ending without punctuation, not a sentence's opening ("On March 5, ...")."""
    words = prefix.split()
    if len(words) < _MIN_HEADLINE_WORDS or prefix.rstrip()[-1] in ".!?;:,":
        return False
    if words[0].casefold() in _SENTENCE_LEADS:
        return False
    return lowercase_share(prefix) < _HEADLINE_LOWERCASE


def _has_lower(text: str | None) -> bool:
    return any(ch.islower() for ch in text or "")


def _place_of(match: _Found) -> str:
    return match.group("mixed") if match.optional("mixed") else match.group("place")


def _is_place(place: str) -> bool:
    words = [w.strip(".,'’-") for w in place.replace(",", " ").split()]
    if not words or any(w.casefold() in _NOT_PLACE for w in words[:1]):
        return False
    if _POSSESSIVE.search(place):
        return False  # "Frank's Mexican Grill — ..." names a business, not a place
    if any(w.casefold() in _NOT_PLACE and w.isupper() and len(w) > 3 for w in words):
        # An all-caps cue word anywhere ("PRESS RELEASE", "MEDIA ADVISORY") is a label, not a place.
        return False
    if len(words) > 1 and words[-1].casefold() in _NOT_REGION:
        return False  # "Acme, Inc." and "John Smith, Jr." name a company and a person
    letters = sum(ch.isalpha() for ch in words[0])
    # A single all-caps token of two letters ("EN - English") is a code, not a city.
    return not (len(words) == 1 and letters < 3)


def _bare_place_ok(match: _Found, page_text: str) -> bool:
    """A place without its dash: an all-caps one is a word, not an acronym ("TOLEDO", not "GOP", "DSCC").

    An acronym is also printed in capitals inside the page's sentences ("... said FEMA officials"); a
    city is not ("... in Toledo").
    """
    if match.optional("mixed"):
        return True
    place = match.group("place")
    letters = sum(ch.isalpha() for ch in place)
    if letters < _MIN_BARE_CAPS_LETTERS or _VOWEL.search(place) is None:
        return False
    city_words = place.split(",")[0].split()
    if len(city_words) > 1 and not any(w.strip(".").casefold() in _PLACE_PARTICLES for w in city_words):
        return False
    first_word = place.split()[0].rstrip(",")
    # "x WORD" or ", WORD": two characters before the word, one after it for the boundary.
    printed_in_sentence = re.compile(rf"[{_LOWER},][ ]{re.escape(first_word)}\b")
    windows = _windows(page_text, first_word, 2, 2)
    return not any(printed_in_sentence.search(page_text, start, end) for start, end in windows)


def _windows(text: str, word: str, before: int, after: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` around each occurrence of ``word`` (``before`` and ``after`` characters of
    context), overlapping ones merged, so a pattern pinned on the word is searched only there.

    A match around one occurrence has all its context inside the merged window, and a window holds
    no occurrence whose context it cuts: searching the windows finds a match exactly when searching
    the whole text does.
    """
    position = text.find(word)
    window: tuple[int, int] | None = None
    while position >= 0:
        start, end = max(0, position - before), min(len(text), position + len(word) + after)
        if window is not None and start <= window[1]:
            window = (window[0], end)
        else:
            if window is not None:
                yield window
            window = (start, end)
        position = text.find(word, position + 1)
    if window is not None:
        yield window


def _paren_place_ok(place: str, method: str) -> bool:
    """A place in parentheses is not a wire's or outlet's name ("(Reuters)", "(CNN)")."""
    if _WIRE_NAME.search(place):
        return False
    if method == "place-paren-bare" and place.isupper():
        # Without a dash, a short all-caps word in parentheses is an outlet or an acronym.
        return sum(ch.isalpha() for ch in place) > _MIN_BARE_CAPS_LETTERS and _VOWEL.search(place) is not None
    return True


def _names_a_person(match: _Found, page_text: str) -> bool:
    """A capitalised place whose city's last word names a person on the page ("said Doe")."""
    place = match.optional("mixed") or match.group("place")
    # The city part: "Jane Smith, MD" names Smith as much as "Jane Smith" does.
    city = re.sub(r"(?:,[ ].*|[ ]D\.?C\.?)$", "", place)
    if not page_text or not _has_lower(city) or not city.strip():
        return False
    word = city.split()[-1].strip(".,'’-")
    if len(word) < 3 or not word.isalpha():
        return False
    cues = _person_cues(word)
    # Each cue is bounded (a few capitalised words between the title or verb and the name) and holds the
    # name, so only the windows around the name's occurrences are searched.
    return any(
        cue.search(page_text, start, end) for start, end in _windows(page_text, word, _CUE_BEFORE, _CUE_AFTER)
        for cue in cues
    )


@functools.lru_cache(maxsize=256)
def _person_cues(word: str) -> tuple[re.Pattern[str], ...]:
    """The person cues for one name, compiled once."""
    escaped = re.escape(word)
    return tuple(re.compile(cue.format(word=escaped)) for cue in _PERSON_CUES)


def _wire_ok(match: _Found) -> bool:
    if match.optional("date"):
        return True  # a date and a marker together are structure enough
    wire = match.optional("wire") or ""
    if ":" in wire:
        return False  # a stock ticker ("(NYSE: PG)") names the company, not a wire
    # A capitalised name counts ("(NEWMEDIAWIRE)"), a party or district code does not ("(D-N.M.)", "(CA-35)").
    return bool(_WIRE_NAME.search(wire)) or (wire.isupper() and _WIRE_CAPS.search(wire) is not None)


def _opens_prose(rest: str) -> bool:
    """The text after a dash-only dateline reads as a sentence, not a Title Case headline."""
    return len(rest.split()) >= _MIN_WORDS_AFTER and lowercase_share(rest) >= _OPENS_PROSE_LOWERCASE


def _clean_location(place: str) -> str:
    location = place.strip().rstrip(" ,;:-‐‑‒–—―−")
    if location.endswith(".") and not _KEEP_DOT.search(location):
        location = location[:-1].rstrip(" ,")
    return location


def _dateline(
    body: Body,
    line: Line,
    method: str,
    match: _Found,
    langs: Languages,
    options: ParseOptions,
) -> tuple[Dateline, list[Warning]]:
    warnings: list[Warning] = []
    # A glued dateline starts inside its line, after the headline the scrape joined to it.
    raw = line.text[match.start() : match.end()].rstrip()
    date_raw = match.optional("date")
    date = None
    if date_raw:
        language = langs.of_line(line.index)
        date = parse_date_lazy(
            date_raw, language, options.reference_date, lambda: page_numeric_order(body.text[:200_000])
        )
        if date is None and options.reference_date is None and is_yearless(date_raw):
            warnings.append(Warning("date_unresolved", "dateline", f"dateline date without a year: {date_raw!r}"))
    start = line.start + match.start()
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


def compile_patterns() -> None:
    """Compile every line pattern now, not on first use: a batch pool's fork server calls this so that the
    workers forked from it start with the patterns compiled (about 0.15 s of CPU each otherwise)."""
    for _, pattern, _ in _ALL_SHAPES + _WEAK_SHAPES:
        _ = pattern.compiled
    _ = _GLUED_PLACE_DATE.compiled
    _ = _DATE_ONLY.compiled


__all__ = ["compile_patterns", "find_dateline"]
