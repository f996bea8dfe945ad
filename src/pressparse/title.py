"""Extractor: the release's headline (not the site name).

Where the page says what its headline is (HTML ``<h1>``, ``<title>``), that wins, placed on the
line that shows it where there is one. Otherwise the headline is the first prominent line at
the top of the body: a Markdown/HTML heading, or in a text dump the first headline-shaped line
(no sentence end, several words) before the release prose starts. Release marks, dates,
contact lines, language notes, links and pull quotes above it are passed over. A headline
broken over two lines (the first ending on "on", "of", "de", ...) is joined, also when the
second line runs on into a date or dateline. A long ALL-CAPS headline that runs on into
mixed-case text on the same line (a subhead or the body, their line break lost) is cut there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .chrome import Body, LazyRegex, Line, may_contain
from .records import Span, Warning

_LOOK = 600
"""Characters of a line looked at: a headline is never longer."""
_MAX_TITLE = 300
"""Longer lines are prose, not a headline."""
_SCAN_LINES = 12
"""How many lines from the top a text headline may sit at."""


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    span: Span | None
    method: str


# "FOR IMMEDIATE RELEASE", "Para publicación inmediata", embargo notes, "News from ..." kickers.
_RELEASE_MARK = LazyRegex(
    r"\b(?:for immediate release|immediate release|para (?:su )?(?:publicaci[oó]n|difusi[oó]n) inmediata|"
    r"embargoed|under embargo|news release|press release|media advisory|comunicado de prensa)\b"
    r"|^(?:news|noticias) (?:from|de)\b",
    re.IGNORECASE,
)
# Words one of which every match of _RELEASE_MARK holds (a cheap test before that regex).
_RELEASE_MARK_WORDS = ("release", "inmediata", "embargo", "advisory", "comunicado", "news", "noticias")
# Contact labels and contact data (email, phone) that sit above a headline.
_CONTACT = LazyRegex(
    r"^(?:(?:media|press|news)\s)?(?:contacts?|contactos?)\b|[\w.+-]{1,64}@[\w-]{1,63}\.\w{2,}"
    r"|\d{3}[\s.)-]{0,3}\d{3}[\s.-]?\d{4}",
    re.IGNORECASE,
)
# What every match of _CONTACT holds: "contact" (any case), "@", or a digit (cheap tests before it).
_CONTACT_WORDS = ("contact",)
_DIGIT = re.compile(r"\d")
# A contact label opening a contact block ("Media Contact:", "CONTACT: Sarah Fowler", "Contacto").
_CONTACT_LABEL = LazyRegex(r"^(?:(?:media|press|news)\s)?(?:contacts?|contactos?)\b", re.IGNORECASE)
# Month names (English and Spanish, full or abbreviated) used to tell a date line.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)"
)
# A line that is only a date, maybe with a weekday ("Monday, January 28, 2013", "Martes, 26 de
# Febrero del 2013", "October 4, 2021", "03.11.02").
_DATE_LINE = LazyRegex(
    r"^(?:[a-záéíóúñ]{3,10}\.?,?\s)?(?:\d{1,2}\s(?:de\s)?)?" + _MONTH
    + r"\.?\s?(?:\d{1,2}(?:st|nd|rd|th)?)?,?\s?"
    r"(?:de(?:l)?\s)?\d{4}$|^\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}$",
    re.IGNORECASE,
)
# A full date inside a line ("Washington, DC – March 3, 2021", "Lima, 18 de julio de 2024"): a short
# line carrying one is a dateline or date header, not a headline.
_FULL_DATE = LazyRegex(
    r"\b" + _MONTH + r"\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}\b|\b\d{1,2}\s(?:de\s)?" + _MONTH
    + r"\.?,?\s(?:de(?:l)?\s)?\d{4}\b",
    re.IGNORECASE,
)
# Language notes ("Español abajo", "[English Version Below]", "***English and Spanish***").
_LANGUAGE_NOTE = LazyRegex(r"\b(?:english|spanish|espa[nñ]ol|ingl[eé]s|versi[oó]n)\b", re.IGNORECASE)
# Wire markers that open a body ("--News Direct--") or end marks.
_MARKER = LazyRegex(r"^[-\u2013\u2014#*\s]{2,10}[^\n]{0,40}?[-\u2013\u2014#*\s]{0,10}$")
# Calls to action on link lines ("Read the full report", "Watch a livestream", "Haga clic aquí").
_CALL_TO_ACTION = LazyRegex(
    r"^(?:read|watch|listen|download|view|see|click|visit|learn|find|follow|subscribe|register|"
    r"lea|leer|vea|ver|mire|escuche|descargue|descargar|haga clic|haz clic|visite|s[ií]guenos)\b",
    re.IGNORECASE,
)
# Quotation marks that open a pull quote.
_OPEN_QUOTE = "\"'\u201c\u201d\u2018\u2019\u00ab\u201e"
# Words a broken headline line can end on (English and Spanish function words).
_JOIN_WORDS = frozenset((
    "a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "with", "at", "by", "from", "about", "as",
    "into", "over", "after", "before", "against", "de", "del", "la", "las", "el", "los", "y", "o", "en",
    "para", "por", "con", "sobre", "al", "un", "una", "su", "sus", "que",
))
# A <title> suffix naming the site: " | Site", " - Site", " — Site".
_PIPE_SUFFIX = LazyRegex(r"\s\|\s[^|]{1,80}$")
_DASH_SUFFIX = LazyRegex(r"\s[-\u2013\u2014:·]\s([^\n]{1,60})$")


def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(text[:_LOOK].casefold().split())  # no accents to strip: skip the decomposition
    decomposed = unicodedata.normalize("NFKD", text[:_LOOK])
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


_HOST_NOISE = frozenset(("www", "com", "org", "net", "gov", "eu", "co", "io", "news"))


def _site_words(meta_urls: list[str]) -> set[str]:
    """Letters-only names of the page's host ("www.acme-news.com" -> {"acmenews", "acme", "news"})."""
    words: set[str] = set()
    for url in meta_urls:
        host = url.split("://", 1)[-1].split("/", 1)[0].lower()
        parts = [p for p in re.split(r"[.\-]", host) if p and p not in _HOST_NOISE]
        words.update(parts)
        words.add("".join(parts))
    return words


def _names_site(suffix: str, site_names: list[str], site_words: set[str]) -> bool:
    """Whether a title suffix is the site's name (as declared, or as its host name spells it)."""
    folded = _fold(suffix)
    for name in site_names:
        site = _fold(name)
        if folded and site and (folded == site or folded in site or site in folded):
            return True
    squashed = re.sub(r"[^a-z0-9]", "", folded)
    return bool(squashed) and squashed in site_words


def _strip_site_suffix(title: str, site_names: list[str], site_words: set[str] | None = None) -> str:
    """Cut " | Site" parts, and a " - Site" part when it names the site."""
    for _ in range(4):
        cut = _PIPE_SUFFIX.sub("", title)
        if cut == title or len(cut) < 10:
            break
        title = cut
    dash = _DASH_SUFFIX.search(title)
    if dash and dash.start() >= 10 and _names_site(dash.group(1), site_names, site_words or set()):
        title = title[: dash.start()]
    return title.strip()


def _title_variants(title: str) -> list[str]:
    """The title and every prefix left by cutting " | ..." or " - ..." suffixes (longest first)."""
    out = [title]
    for match in re.finditer(r"\s(?:\||-|\u2013|\u2014|::|·)\s", title[:_MAX_TITLE]):
        prefix = title[: match.start()].strip()
        if len(prefix.split()) >= 3:
            out.append(prefix)
    return sorted(set(out), key=lambda t: (-len(t), t))


def _find_line(body: Body, wanted: str, limit: int) -> Line | None:
    """The first of the top ``limit`` lines whose text is the wanted headline."""
    target = _fold(wanted)
    for line in body.lines[:limit]:
        if len(line.text) <= _MAX_TITLE and _fold(line.text) == target:
            return line
    return None


# Page names that are not a release's headline ("Press Releases", "Newsroom", "Noticias").
_GENERIC_PAGE = LazyRegex(
    r"^(?:(?:latest |all )?(?:press|news|media) (?:releases?|room|center|centre|statements?)|news(?:room)?|"
    r"blog|home(?:page)?|media|statements?|noticias|comunicados?(?: de prensa)?|sala de prensa|prensa)$",
    re.IGNORECASE,
)


def _usable(text: str | None, site_names: list[str]) -> bool:
    """A metadata headline worth using: several words, not the site's name, not a page name."""
    if not text or len(text.split()) < 3 or len(text) > _MAX_TITLE:
        return False
    folded = _fold(text)
    return folded not in {_fold(n) for n in site_names} and not _GENERIC_PAGE.match(folded)


def _meta_title(body: Body) -> Title | None:
    """HTML: the <h1>, else the <title> without its site suffix, placed on its line if shown;
    else the page's first top-level heading."""
    meta = body.meta
    site_names = [n for n in (meta.site_name, meta.organization) if n]
    if meta.title:
        # The parts a " | " cuts off the <title> name the site too (an <h1> may be the site's logo).
        site_names += [part.strip() for part in meta.title[:_MAX_TITLE].split(" | ")[1:] if part.strip()]
    site_words = _site_words([u for u in (meta.url, meta.canonical_url) if u])
    candidates: list[tuple[str, str]] = []
    if meta.h1 and _usable(meta.h1, site_names):
        candidates.append((meta.h1.strip(), "meta-h1"))
    if meta.title:
        stripped = _strip_site_suffix(meta.title.strip(), site_names, site_words)
        if _usable(stripped, site_names):
            candidates.append((stripped, "meta-title"))
    for text, method in candidates:
        line = _find_line(body, text, 60)
        if line is not None:
            return Title(line.text, (line.start, line.end), method)
    # The <title> with an unrecognised suffix cut, where the page prints that headline.
    if meta.title:
        for variant in _title_variants(meta.title.strip()):
            line = _find_line(body, variant, 60) if _usable(variant, site_names) else None
            if line is not None:
                return Title(line.text, (line.start, line.end), "meta-title")
    for line in body.lines[:60]:
        if line.kind == "heading" and line.level == 1 and _usable(line.text, site_names):
            return Title(line.text, (line.start, line.end), "heading")
    if candidates:
        text, method = candidates[0]
        return Title(" ".join(text.split()), None, method)
    return None


# An abbreviation a headline may end on ("Washington, D.C.", "Acme Inc.", "the U.S.").
_FINAL_ABBREVIATION = LazyRegex(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|LLC)\.)$")


def _sentence_end(text: str) -> bool:
    """Ends like a sentence or an introduction (not on an abbreviation)."""
    stripped = text.rstrip(" \"'\u201d\u2019)")
    if stripped.endswith((":", ";")):
        return True
    return stripped.endswith(".") and not _FINAL_ABBREVIATION.search(stripped[-12:])


def _is_sentence(text: str) -> bool:
    """Prose, not a headline: ends like a sentence or an introduction and has many words."""
    return _sentence_end(text) and len(text.split()) >= 8


def _whole_quote(text: str) -> bool:
    """A pull quote: the whole line sits inside quotation marks."""
    stripped = text.rstrip(" .,;:!?")
    return text[0] in _OPEN_QUOTE and len(stripped) > 1 and stripped[-1] in _OPEN_QUOTE


def _skip_line(text: str, heading: bool = False) -> bool:
    """A line above the headline that is not the headline (and does not end the search). A marked-up
    heading may carry a date."""
    if len(text) < 12 or len(text.split()) < 3:
        return True
    # The cheap tests rule out what the regexes cannot find: every date and phone number has a digit.
    has_digit = _DIGIT.search(text) is not None
    lowered = text.lower()
    if (may_contain(text, _RELEASE_MARK_WORDS, lowered) and _RELEASE_MARK.search(text)) or (
        (has_digit or "@" in text or may_contain(text, _CONTACT_WORDS, lowered)) and _CONTACT.search(text)
    ) or (has_digit and _DATE_LINE.match(text)):
        return True
    if not heading and len(text) <= 80 and has_digit and _FULL_DATE.search(text):
        return True
    if len(text) <= 60 and _LANGUAGE_NOTE.search(text) and len(text.split()) <= 6:
        return True
    if len(text) <= 50 and _MARKER.match(text):
        return True
    return _whole_quote(text) or bool(_CALL_TO_ACTION.match(text))


def _headline_shaped(text: str) -> bool:
    """Several words, no sentence end, not too long."""
    if len(text) > _MAX_TITLE or len(text.split()) < 4:
        return False
    return not (_sentence_end(text) or text.rstrip(" \"'\u201d\u2019)").endswith(","))


def _joined(first: Line, second: Line) -> bool:
    """Whether ``second`` continues a headline broken after ``first``."""
    if second.gap_before or len(second.text) > 150 or not _headline_shaped(first.text + " " + second.text):
        return False
    last_word = _fold(first.text).split()[-1] if first.text.split() else ""
    return last_word in _JOIN_WORDS or second.text[:1].islower()


# Where a headline's second line runs on into the release (line break lost): a full date or a
# spaced dash ("Massachusetts State House February 21, 2013: Amherst, ...", "... Act - WASHINGTON").
_RUN_ON_CUT = LazyRegex(_FULL_DATE.pattern + r"|\s[-\u2013\u2014]\s", re.IGNORECASE)
_MAX_CONTINUATION_WORDS = 10
"""A headline's second line is short: more words before the cut is prose."""


def _continuation(first: Line, second: Line) -> str | None:
    """The start of ``second`` that ends a headline broken after ``first`` on a function word,
    where ``second`` runs on into a date or a dash separator: its words are capitalised (or
    function words), and it does not end on a function word."""
    words = first.text.split()
    if second.gap_before or not words or _fold(words[-1]) not in _JOIN_WORDS:
        return None
    cut = _RUN_ON_CUT.search(second.text[:_LOOK])
    if cut is None:
        return None
    prefix = second.text[: cut.start()].rstrip(" ,;:")
    parts = prefix.split()
    if not parts or len(parts) > _MAX_CONTINUATION_WORDS or _fold(parts[-1]) in _JOIN_WORDS:
        return None
    if not all(w[0].isupper() or w[0].isdigit() or _fold(w) in _JOIN_WORDS for w in parts):
        return None
    joined = " ".join((first.text + " " + prefix).split())
    return joined if _headline_shaped(joined) else None


_MIN_CAPS_WORDS = 6
"""Capitalised words an ALL-CAPS headline needs before it may be cut from what follows it."""
_CAPS_SHARE = 0.8
"""Share of the headline's lettered words in capitals (a brand like "MassBroadband" may sit inside)."""
_MIXED_RUN = 3
"""Lettered words with small letters in a row that end the capitals run."""


def _word_case(word: str) -> str:
    """'caps' (every letter a capital), 'mixed' (has small letters) or 'none' (no letters)."""
    if word.isascii():
        # Every ASCII letter is cased: isupper() is "has a letter and no small one", and a word with a
        # small letter changes under upper().
        return "caps" if word.isupper() else "mixed" if word.upper() != word else "none"
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return "none"
    return "caps" if all(c.isupper() for c in letters) else "mixed"


# A white-space separated word.
_WORD_RUN = re.compile(r"\S+")


def _caps_headline(text: str) -> str | None:
    """A long ALL-CAPS headline opening ``text`` and followed on the same line by mixed-case text
    (a Title-Case subhead or the first paragraph): the headline, a prefix of ``text``."""
    caps = mixed = run = 0
    end = 0
    ended = opens_upper = False
    for match in _WORD_RUN.finditer(text, 0, _LOOK):
        word = match.group()
        # _word_case, its ASCII case inlined (most words)
        if word.isascii():
            case = "caps" if word.isupper() else "mixed" if word.upper() != word else "none"
        else:
            case = _word_case(word)
        if case == "caps":
            caps, run, end = caps + 1, 0, match.end()
        elif case == "mixed":
            if caps == 0:
                return None
            mixed, run = mixed + 1, run + 1
            if run == 1:
                # What follows the headline opens with a capital ("Neal to Discuss ...").
                opens_upper = word.lstrip("(\"'\u201c\u2018")[:1].isupper()
            if run >= _MIXED_RUN:
                ended = True
                break
    if not ended or caps < _MIN_CAPS_WORDS or not opens_upper:
        return None
    # The mixed words inside the headline are those before the final run.
    if caps / (caps + mixed - run) < _CAPS_SHARE:
        return None
    headline = text[:end].rstrip(" ,;:-\u2013\u2014")
    parts = headline.split()
    if _fold(parts[-1]) in _JOIN_WORDS or _skip_line(headline) or _FULL_DATE.search(headline):
        return None
    return headline


def _text_title(body: Body) -> Title | None:
    """Text and Markdown: the first heading or headline-shaped line at the top."""
    lines = body.lines
    in_contact = False
    for i, line in enumerate(lines[:_SCAN_LINES]):
        text = line.text[:_LOOK]
        heading = line.kind == "heading" and line.level <= 2
        if heading and len(text) <= _MAX_TITLE and not _skip_line(text, heading=True):
            return Title(line.text, (line.start, line.end), "heading")
        # A contact block (label, name, role, office) runs until the next paragraph break.
        in_contact = (in_contact and not line.gap_before) or bool(_CONTACT_LABEL.match(text))
        caps = None if in_contact else _caps_headline(text)
        if caps is not None:
            return Title(caps, (line.start, line.start + len(caps)), "caps-headline")
        if len(text) > _MAX_TITLE or _is_sentence(text):
            return None
        if in_contact or _skip_line(text):
            continue
        if i + 1 < len(lines) and _joined(line, lines[i + 1]):
            following = lines[i + 1]
            return Title(" ".join((line.text + " " + following.text).split()), None, "first-line-joined")
        continued = _continuation(line, lines[i + 1]) if i + 1 < len(lines) else None
        if continued is not None:
            return Title(continued, None, "first-line-joined")
        if _headline_shaped(text) and not _byline_above_headline(lines, i):
            return Title(line.text, (line.start, line.end), "first-line")
    return None


def _is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.match(text)) or (len(text) <= 40 and bool(_FULL_DATE.search(text)))


def _byline_above_headline(lines: tuple[Line, ...], i: int) -> bool:
    """A short name line with a date line under it and a headline under that is a blog post's
    author line ("Immigrant Defenders Law Center" / "Feb 3, 2021" / the headline)."""
    if len(lines[i].text.split()) > 6 or i + 2 >= len(lines):
        return False
    date, after = lines[i + 1].text[:_LOOK], lines[i + 2].text[:_LOOK]
    return _is_date_line(date) and _headline_shaped(after) and not _skip_line(after)


def find_title(body: Body) -> tuple[Title | None, list[Warning]]:
    """The headline: page metadata, else the first heading, else the first line that reads like one."""
    if body.meta.h1 or body.meta.title:
        title = _meta_title(body)
        if title is not None:
            return title, []
    title = _text_title(body)
    if title is None:
        return None, [Warning("low_evidence", "title", "no headline-shaped line at the top of the page")]
    return title, []


__all__ = ["Title", "find_title"]
