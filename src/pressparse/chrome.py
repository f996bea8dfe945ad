"""Stage 3, strip chrome: drop site furniture from the blocks and lay out the cleaned text.

Input: the blocks of a page. Output: a :class:`Body`, the cleaned text with every kept line
placed in it (so extractors can give spans), the removed lines with their reason, and the
facts those removed lines carried (an "Updated: Feb 5, 2021" line is chrome, but its date
is the record's ``updated_date``).

The rules work from general evidence (shape, position, link share, cue-word classes in English
and Spanish), never from one site's exact strings:

- single lines whose whole shape is furniture: skip links and page-edge lines, menu words,
  breadcrumbs and tag lines, view/like/comment counters, reading time, "Updated:"/"Posted on"
  date lines and bylines (their text goes to ``Body.facts``), share/follow prompts (also a follow
  line that goes on to handles and a "To learn more, visit <site>" pointer), comment and
  sign-up forms, captchas, cookie notices, copyright and legal links, wire-archive pointers
  ("View source version on ...", "The post ... appeared first on ..."), embedded social posts;
- runs: share bars (a share cue and the network names after it), a blog post header (author,
  date, reading time), a bare numeric date stamp opening the page, menus (runs of short link
  lines; in text dumps, runs of one-to-three-word lines above the release), teaser runs after a
  "Recent Posts"/"Related" cue, the page tail once a tail cue follows the release's last
  paragraph, social-profile lines (network names, handles, sites) after the end mark, and the
  link list that closes wire-archive dumps;
- for HTML, the page top above the headline when it holds only short lines.

Blocks the HTML block maker already marked (``Block.chrome``) stay chrome. Release text is
protected from every run rule: "FOR IMMEDIATE RELEASE", end marks ("###"), contact labels,
"About <org>" boilerplate, source credits and long paragraphs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from itertools import compress, filterfalse, repeat
from operator import attrgetter, is_
from typing import Any, AnyStr, Literal

from .blocks import Block, BlockDoc, BlockKind, PageMeta
from .records import ChromeLine

FactKind = Literal["updated", "published", "author", "reading-time"]

_PATTERN_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


class LazyRegex:
    """A regular expression compiled on first use: importing pressparse does not pay for compiling
    every pattern (tens of milliseconds), and a run that never needs one never compiles it. The first
    method call stores the compiled pattern's bound methods on the instance, so later calls cost what
    they cost on a compiled pattern."""

    match: Callable[..., re.Match[str] | None]
    search: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    split: Callable[..., list[str | Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        _LAZY_PATTERNS.append(self)

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the instance lacks: the pattern methods before the first use.
        if name not in _PATTERN_METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _PATTERN_METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_LAZY_PATTERNS: list[LazyRegex] = []
"""Every LazyRegex made so far (chrome, title, contacts), for :func:`compile_lazy_patterns`."""


def compile_lazy_patterns() -> None:
    """Compile every lazy pattern now: for a batch fork server, so that forked workers start warm."""
    for pattern in list(_LAZY_PATTERNS):
        pattern.search  # noqa: B018 - the first access compiles


# Letters that case-insensitive regex matching equates with an ASCII letter while lower() does not
# give that letter (İ and ı match "i", ſ matches "s", the Kelvin sign matches "k").
FOLD_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_contain(text: str, words: tuple[str, ...], lowered: str | None = None) -> bool:
    """Cheap test before a costly case-insensitive regex: False only when ``text`` cannot hold any of
    the lowercase ``words`` every match of that regex contains. A text with one of the odd letters
    above always goes to the regex. ``lowered`` is ``text.lower()`` where the caller has it."""
    if not text.isascii() and any(map(text.__contains__, FOLD_ODD)):
        return True
    return any(map((text.lower() if lowered is None else lowered).__contains__, words))


def lines_holding(page: AnyStr, starts: Sequence[int], words: Iterable[AnyStr]) -> list[int]:
    """The indexes, in order, of the lines of ``page`` holding one of ``words`` (none holding a line
    break), found by searches over the whole page rather than over each line: line ``k`` starts at
    ``starts[k]``, and ``starts`` ends with where a line after the page would start."""
    found: set[int] = set()
    for word in words:
        at = page.find(word)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            found.add(k)
            at = page.find(word, starts[k + 1])  # on to the next line: one hit per line is enough
    return sorted(found)


# First-character guards: most line patterns are anchored at the start of the line and open with one of a
# few words, so a set lookup on the line's first character rules out most patterns without trying them.


def _starts(chars: str) -> frozenset[str]:
    """The first characters of every line a case-insensitive pattern can match when each of its matches
    opens with one of ``chars``: both cases, plus the odd letters (FOLD_ODD) that case-insensitive
    matching equates with i, k and s. "0" stands for any digit (\\d) and " " for any white space (\\s), as
    :func:`_first` gives them."""
    out = set(chars) | set(chars.upper())
    if "i" in out:
        out |= {"\u0130", "\u0131"}
    if "k" in out:
        out.add("\u212a")
    if "s" in out:
        out.add("\u017f")
    return frozenset(out)


def _first(text: str) -> str:
    """The first character of ``text`` as the :func:`_starts` sets hold it ("" for an empty text)."""
    first = text[:1]
    if first.isdecimal():
        return "0"
    if first.isspace():
        return " "
    return first


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact read from a chrome line before the line was removed."""

    kind: FactKind
    raw: str
    """The text the fact is in (the whole removed line)."""


@dataclass(frozen=True, slots=True, init=False)
class Line:
    """A kept block, placed in the cleaned text."""

    index: int
    """Position among the kept lines."""
    text: str
    start: int
    """Offset of the line in :attr:`Body.text`."""
    kind: BlockKind = "paragraph"
    level: int = 0
    gap_before: bool = True
    number: str | None = None
    hidden: bool = False

    def __init__(
        self, index: int, text: str, start: int, kind: BlockKind = "paragraph", level: int = 0,
        gap_before: bool = True, number: str | None = None, hidden: bool = False,
    ) -> None:
        # What dataclass would write, at half the cost (a line is made for every kept block of every
        # page), as for blocks.Block: the slot descriptors' setters instead of object.__setattr__.
        # The parameters are the fields, in order, with their defaults (tests/test_chrome.py checks).
        _set_index(self, index)
        _set_text(self, text)
        _set_start(self, start)
        _set_kind(self, kind)
        _set_level(self, level)
        _set_gap_before(self, gap_before)
        _set_number(self, number)
        _set_hidden(self, hidden)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# The setters of Line's slots (see Line.__init__).
(_set_index, _set_text, _set_start, _set_kind, _set_level, _set_gap_before, _set_number, _set_hidden) = (
    getattr(Line, f.name).__set__ for f in fields(Line)
)


@dataclass(frozen=True, slots=True)
class Body:
    """The cleaned page: what every extractor reads."""

    text: str
    lines: tuple[Line, ...]
    chrome: tuple[ChromeLine, ...] = ()
    facts: tuple[Fact, ...] = ()
    meta: PageMeta = field(default_factory=PageMeta)

    def line_at(self, offset: int) -> Line | None:
        """The line containing ``offset`` (or the one just before it, at a separator)."""
        if not self.lines:
            return None
        starts = [line.start for line in self.lines]
        i = bisect.bisect_right(starts, offset) - 1
        return self.lines[max(i, 0)]


class _LineDraft:
    """A Line being made: the same slots without the frozen __setattr__. lay_out sets them as plain
    attributes and then makes the object a Line (its class changes, the layout is the same): a third of
    the cost of Line(...), and a line is made for every kept block of every page."""

    __slots__ = Line.__slots__
    index: int
    text: str
    start: int
    kind: BlockKind
    level: int
    gap_before: bool
    number: str | None
    hidden: bool


class _RemovedDraft:
    """The same for a ChromeLine (HTML pages remove hundreds of lines)."""

    __slots__ = ChromeLine.__slots__
    text: str
    offset: int
    reason: str


def lay_out(kept: Iterable[tuple[Block, str | None]], meta: PageMeta, facts: tuple[Fact, ...] = ()) -> Body:
    """Build a :class:`Body` from blocks marked with a chrome reason (None = keep).

    Lines join with a blank line where the page had a paragraph break, else with a newline.
    """
    parts: list[str] = []
    lines: list[Line] = []
    chrome: list[ChromeLine] = []
    length = 0
    for block, reason in kept:
        text = block.text
        if reason is not None:
            removed = _RemovedDraft()  # ChromeLine(text, length, reason)
            removed.text = text
            removed.offset = length
            removed.reason = reason
            removed.__class__ = ChromeLine  # type: ignore[assignment]
            chrome.append(removed)  # type: ignore[arg-type]
            continue
        if lines:
            gap_before = block.gap_before
            parts.append("\n\n" if gap_before else "\n")
            length += 2 if gap_before else 1
        else:
            gap_before = True
        line = _LineDraft()  # Line(len(lines), text, length, block.kind, ...)
        line.index = len(lines)
        line.text = text
        line.start = length
        line.kind = block.kind
        line.level = block.level
        line.gap_before = gap_before
        line.number = block.number
        line.hidden = block.hidden
        line.__class__ = Line  # type: ignore[assignment]
        lines.append(line)  # type: ignore[arg-type]
        parts.append(text)
        length += len(text)
    return Body(text="".join(parts), lines=tuple(lines), chrome=tuple(chrome), facts=facts, meta=meta)


# --------------------------------------------------------------------------- size limits

_LOOK = 600
"""Only the first this-many characters of a line are matched against the line patterns; every
chrome line pattern needs the whole line to be short anyway."""
_SHORT_LINE = 80
"""A line this long or shorter can be a menu entry, a header line or a share/follow prompt."""
_BODY_LINE = 200
"""A kept line this long is release prose: run rules never cross it."""
_TEASER_LINE = 400
"""Teaser snippets and footer text are cut short by the site; longer lines end a teaser run."""


# --------------------------------------------------------------------------- line patterns

# Skip links and page-edge markers ("top of page", "Skip to main content", "Back to top",
# "Direct access to language menu (press "Enter")", "Volver arriba"); only a parenthesised key
# hint or an arrow may follow, so a headline like "Access to Content Act ..." is not one.
_EDGE = LazyRegex(
    r"^(?:(?:top|bottom|end|start) of (?:the )?page|(?:back|return|go|scroll) to (?:the )?top"
    r"|skip (?:to|over) (?:the )?(?:main |page )?(?:content|navigation|menu|search)"
    r"|(?:direct )?access to (?:the )?(?:page )?(?:content|[\w ]{0,30}menu|search[\w ]{0,20})"
    r"|(?:ir|volver|subir) (?:al? )?(?:arriba|inicio de (?:la )?p[aá]gina|contenido(?: principal)?)"
    r"|saltar (?:al|a la) (?:contenido|navegaci[oó]n)(?: principal)?"
    r"|use tab to navigate(?: through the menu items)?)"
    r"\s?(?:\([^)\n]{0,30}\)|[.:\u2191^]|\.{3})?$",
    re.IGNORECASE,
)
# The characters a _EDGE match can start with.
_EDGE_FIRST = _starts("tbesrgdaivu")

# Whole-line menu entries that are never release text on their own.
_MENU_WORD = LazyRegex(
    r"^(?:home(?:page)?|menu|main menu|open menu|close menu|toggle (?:navigation|menu)|search|"
    r"log ?in|log ?out|sign ?in|sign ?up|register|subscribe|skip navigation|"
    r"inicio|men[uú]|buscar|iniciar sesi[oó]n|cerrar sesi[oó]n|reg[ií]strate|suscr[ií]bete)$",
    re.IGNORECASE,
)
# The characters a _MENU_WORD match can start with.
_MENU_WORD_FIRST = _starts("hmoctslrib")

# View/comment/like counters, possibly several run together ("74 views0 comments", "3 Likes").
_COUNTER = LazyRegex(
    r"^(?:\d[\d,.]{0,12}\s?[kKmM]?\s?(?:views?|comments?|likes?|shares?|reads?|replies|reply|"
    r"reactions?|vistas?|visitas?|lecturas?|comentarios?|me gusta|respuestas?)\s*){1,4}$"
    r"|^(?:post (?:not )?marked as liked|likes?|liked|comments?|comentarios)\s?(?:\(\d{1,6}\))?$"
    r"|^(?:views?|visitas|vistas|comments?|comentarios|likes?|shares?)\s?:\s?\d[\d,.]{0,12}$",
    re.IGNORECASE,
)
# The characters a _COUNTER match can start with.
_COUNTER_FIRST = _starts("0plcvs")

# Reading-time notes ("2 min read", "Reading time: 3 minutes", "Lectura de 4 min").
_READING_TIME = LazyRegex(
    r"^(?:(?:estimated )?reading time:?\s?|tiempo de lectura:?\s?|lectura de\s?)"
    r"\d{1,3}\s?(?:min(?:ute)?s?|minutos?)\.?$"
    r"|^\d{1,3}\s?(?:min(?:ute)?s?|minutos?)\.?\s?(?:read|de lectura|lectura)$",
    re.IGNORECASE,
)
# The characters a _READING_TIME match can start with.
_READING_TIME_FIRST = _starts("0ertl")

# What may follow an "Updated"/"Published" label for the line to be a date line: a digit or a
# weekday/month word first, a digit within the next few words, nothing long.
_DATE_TAIL = (
    r"(?=[^\n]{0,30}\d)(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mi[eé]|jue|vie|s[aá]b|dom|jan|feb|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-zé]{0,8}\.?,?\s)[^\n]{0,50}$"
)
# The separator after such a label: a colon or dash, or "on"/"at"/"el", or a plain space.
_LABEL_SEP = r"(?:\s?[:\-\u2013\u2014|]\s?|\s(?:on|at|el|:)\s|\s)"

# "Updated: Feb 5, 2021", "Last updated on 3/2/2021", "Actualizado el 5 de febrero de 2021" (not a
# headline such as "Updated Guidance for 2024").
_UPDATED = LazyRegex(
    r"^(?:last |latest )?(?:updated|modified|revised|actualizado|[uú]ltima actualizaci[oó]n|modificado)"
    + _LABEL_SEP + _DATE_TAIL,
    re.IGNORECASE,
)
# The characters a _UPDATED match can start with.
_UPDATED_FIRST = _starts("lumraú")

# "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019": both stamps on one line
# (a digit in each part; the published date is the fact).
_PUBLISHED_UPDATED = LazyRegex(
    r"^(?:published|posted|publicado)\s?:?\s(?=[^\n|]{0,30}\d)[^\n|]{1,40}\s?[|\u00b7]\s?"
    r"(?:last )?(?:updated|modified|actualizado)\s?:?\s(?=[^\n]{0,30}\d)[^\n]{1,40}$",
    re.IGNORECASE,
)

# "Published: ...", "Posted on March 3, 2021", "Publicado el 3 de marzo" (not "Date:", which
# media advisories print as release text).
_PUBLISHED = LazyRegex(
    r"^(?:published|posted|first published|date posted|publicado|fecha de publicaci[oó]n)"
    + _LABEL_SEP + _DATE_TAIL,
    re.IGNORECASE,
)
# The characters a _PUBLISHED match can start with (and of _PUBLISHED_UPDATED).
_PUBLISHED_FIRST = _starts("pfd")

# Bylines: "By Jane Doe", "Written by Jane Doe", "Por María López" (capitalised name words only).
_BYLINE = LazyRegex(
    r"^(?i:(?:written |posted |story )?by|por|escrito por|autora?:)\s"
    r"[A-ZÁÉÍÓÚÑ][\w'’.\-]{0,30}(?:\s[A-ZÁÉÍÓÚÑ][\w'’.\-]{0,30}){0,4}"
    r"(?:\s(?:and|y|&)\s[A-ZÁÉÍÓÚÑ][\w'’.\-]{0,30}(?:\s[A-ZÁÉÍÓÚÑ][\w'’.\-]{0,30}){0,3})?$"
)

# A byline with the publication stamp after a separator ("By Justine Coleman - 11/18/19 11:04 PM EST",
# "By Jane Doe | March 3, 2021"): a digit must come soon after the separator.
_BYLINE_DATED = LazyRegex(
    r"^(?i:(?:written |posted |story )?by|por)\s"
    r"[A-ZÁÉÍÓÚÑ][\w'’.\-]{0,30}(?:\s[A-ZÁÉÍÓÚÑ][\w'’.\-]{0,30}){0,4}"
    r"\s?[|,\-\u2013\u2014]\s(?=[^\n]{0,20}\d)[^\n]{1,50}$"
)
# The characters a _BYLINE_DATED match can start with (and of _BYLINE).
_BYLINE_DATED_FIRST = _starts("wpsbea")

# Capitalised function words: "By Land And Sea" is a headline, not a byline.
_TITLE_WORDS = LazyRegex(r"\s(?:And|Of|The|For|To|In|On|With|At|From|A|An|Is|Are|Del|De|La|El|Los|Las)\b")

# Page furniture that is not about the release: ad labels, script and loading notices, audio
# players ("Advertisement", "Please enable JavaScript ...", "Listen to this article").
_WIDGET = LazyRegex(
    r"^(?:advert(?:isement)?|sponsored(?: content)?|publicidad|anuncio|loading\.{0,3}|cargando\.{0,3}"
    r"|please enable javascript[^\n]{0,80}|javascript (?:is )?(?:required|disabled)[^\n]{0,60}"
    r"|(?:this|the) (?:slideshow|gallery|video|player|content|page|form) requires javascript[^\n]{0,40}"
    r"|listen to this (?:article|story|page|release)[^\n]{0,30}|escuchar (?:este art[ií]culo|la noticia)"
    r"|print friendly(?:, pdf (?:&|and) email)?)$",
    re.IGNORECASE,
)
# The characters a _WIDGET match can start with.
_WIDGET_FIRST = _starts("asplcjte")

# Wire pages' source label above the issuer's name ("News provided by", "Noticia proporcionada por").
_PROVIDED_BY = LazyRegex(r"^(?:news |content )?(?:provided|distributed) by$|^noticia proporcionada por$",
                          re.IGNORECASE)
# The characters a _PROVIDED_BY match can start with.
_PROVIDED_BY_FIRST = _starts("ncpd")

# Share and follow prompts ("Share this:", "Share this page:", "Follow us on Twitter",
# "Follow Barbara Lee on Twitter @RepBarbaraLee", "Síguenos en Facebook", "Compartir").
_SHARE = LazyRegex(
    r"^(?:share(?: this(?: (?:page|article|story|post|release|news))?| (?:on|via|to) ?[\w ]{1,20}"
    r"| (?:article|story|post|page|release))?:?"
    r"|follow (?:us|[\w.\-]{1,30}(?: [\w.\-]{1,30}){0,3}) on (?:twitter|facebook|instagram|linkedin|x|"
    r"youtube|tiktok|threads|bluesky|social media)\b[^\n]{0,40}"
    r"|s[ií]g(?:ue|a)nos en[^\n]{0,40}|comp[aá]rt(?:e|ir)(?: (?:esto|en|este)\b[^\n]{0,40})?:?"
    r"|(?:(?:follow|connect with|find) us(?: online| on social media)?|stay connected|s[ií]guenos"
    r"|con[eé]ctate con nosotros):?"
    r"|tweet(?: this)?|print(?: this)?(?: page| article| release)?|e-?mail this(?: page| article)?"
    r"|copy link|link copied|copiar enlace|enlace copiado|add us on google\b[^\n]{0,80}"
    r"|sharing is caring!?|(?:like|enjoy(?:ed)?) this (?:story|article|post)\?\s?share it[^\n]{0,40})$",
    re.IGNORECASE,
)
# The characters a _SHARE match can start with.
_SHARE_FIRST = _starts("sfctpela")

# Names of sharing networks and share actions, one per line after a share cue.
_SOCIAL = LazyRegex(
    r"^(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|print|pinterest|reddit|instagram|youtube|"
    r"telegram|tumblr|threads|bluesky|mastodon|copy link|sms|imprimir|correo(?: electr[oó]nico)?)$",
    re.IGNORECASE,
)
# The characters a _SOCIAL match can start with.
_SOCIAL_FIRST = _starts("ftxlweprimybcs")

# A social network's name, as follow prompts and profile lines print it ("X (formerly Twitter)").
_NETWORK = (
    r"(?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|flickr|pinterest|"
    r"snapchat|whatsapp|telegram|social media|redes sociales|x(?: \(formerly twitter\))?)"
)
# A list of network names ("Facebook and Twitter", "X/Twitter, Facebook, Instagram, and BlueSky").
_NETWORK_LIST = _NETWORK + r"(?:(?:,\s?|\s(?:and|or|y|o|&)\s|,\s(?:and|or|y|o)\s|\s?/\s?)" + _NETWORK + r"){0,8}"
# A handle, hashtag, site or URL ("@RepBarbaraLee", "#ActOnClimate", "lee.house.gov", "https://x.com/acme").
_HANDLE_OR_SITE = (
    r"(?:[@#][\w.]{1,40}|(?:https?://)?(?:www\.)?[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}(?:/\S{0,200})?)"
)
# A follow prompt naming networks, maybe with handles: "Follow Barbara Lee on Facebook and Twitter
# @RepBarbaraLee.", "Connect with Senator X on Facebook", "Síguenos en Instagram: @acme",
# "Connect with us on social media: Facebook".
_FOLLOW_PROMPT = LazyRegex(
    r"^(?:please\s)?(?:follow|like|connect with|find|join|keep up with|stay (?:connected|in touch) with|"
    r"s[ií]g(?:ue|a)(?:nos|me|lo|la)?|siga a)"
    r"(?:\s[\w.'\u2019@\-]{1,30}){0,5}?\s(?:on|via|at|en|in)\s(?:the\s)?" + _NETWORK_LIST
    + r"(?::\s" + _NETWORK_LIST + r")?(?:\s?[:,]?\s" + _HANDLE_OR_SITE + r"){0,6}\s?[.!]?$",
    re.IGNORECASE,
)
# A pointer to a site that may follow a follow prompt ("To learn more, visit lee.house.gov").
_VISIT_SITE = LazyRegex(
    r"^(?:(?:to|for) (?:learn|find out|read|hear) more(?: about [^,\n]{1,60})?|learn more|"
    r"for more (?:information|news|updates)(?: (?:about|on) [^,\n]{1,60})?|more (?:information|info)|"
    r"para (?:m[aá]s informaci[oó]n|saber m[aá]s))"
    r"[,:]?\s(?:please\s)?(?:visit|go to|see|check out|visite|visita|consulte)\s(?:us\s(?:at|online at)\s)?"
    + _HANDLE_OR_SITE + r"\s?[.!]?$",
    re.IGNORECASE,
)
# Handles and sites with nothing else ("@RepBarbaraLee", "lee.house.gov | @acme").
_HANDLES_ONLY = LazyRegex(
    r"^" + _HANDLE_OR_SITE + r"(?:[\s,|]{1,3}" + _HANDLE_OR_SITE + r"){0,5}\s?[.!]?$", re.IGNORECASE
)
# The verbs a follow prompt opens with (a cheap test before the full patterns).
_FOLLOW_START = LazyRegex(r"^(?:please\s)?(?:follow|like|connect|find|join|keep|stay|s[ií]g)", re.IGNORECASE)
# The characters a _FOLLOW_START match can start with.
_FOLLOW_START_FIRST = _starts("pfljcks")
# Network names with their handles, after a follow prompt ("| Facebook", "Instagram: @acme").
_PROFILE = LazyRegex(
    r"^" + _NETWORK_LIST + r"(?:\s?[:,]?\s" + _HANDLE_OR_SITE + r"){0,6}\s?[.!]?$", re.IGNORECASE
)
# Where a follow line splits into sentences (after ". ", or at a " | " separator).
_SENTENCE_SPLIT = LazyRegex(r"(?<=[.!?])\s{1,5}|\s[|\u2022\u00b7]\s")
_FOLLOW_LINE = 200
"""A follow line (prompt, handles, site pointer) is never longer."""


def _is_follow_line(text: str, after_end: bool = False) -> bool:
    """A line that opens with a follow prompt naming networks, and has nothing after it but more
    follow prompts, network names, handles, sites and "To learn more, visit <site>" pointers.
    After the release's end mark the line may open with any of these."""
    if len(text) > _FOLLOW_LINE or not (after_end or _FOLLOW_START.match(text)):
        return False
    pieces = [p for p in _SENTENCE_SPLIT.split(text.strip()) if p]
    current = ""
    sentences = 0
    for piece in pieces:
        # A piece may end on an abbreviation ("Follow Sen. Smith on X"): join until a sentence fits.
        current = f"{current} {piece}" if current else piece
        if _FOLLOW_PROMPT.match(current) or ((sentences or after_end) and (
                _VISIT_SITE.match(current) or _PROFILE.match(current) or _HANDLES_ONLY.match(current))):
            sentences += 1
            current = ""
    return sentences > 0 and not current


# Cues that open a run of teasers for other posts ("Recent Posts", "Related Articles",
# "More Releases From This Source", "Also from this source", "You may also like").
_TEASER_CUE = LazyRegex(
    r"^(?:recent (?:posts|news|articles|stories|releases)|related(?: (?:posts|articles|news|stories|"
    r"releases|content|links|topics|press releases))?|more (?:news|stories|releases|posts|articles|"
    r"press releases)(?: (?:from|by|like)\b[^\n]{0,40})?|(?:more releases |also )from this (?:source|author)"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read next|up next|"
    r"latest (?:news|posts|releases|stories)|popular (?:posts|stories)|most (?:read|popular)|"
    r"noticias relacionadas|art[ií]culos relacionados|entradas (?:recientes|relacionadas)|"
    r"publicaciones (?:recientes|relacionadas)|[uú]ltimas noticias|m[aá]s noticias|te puede interesar|"
    r"tambi[eé]n te puede interesar)\s*[:>»›]?$",
    re.IGNORECASE,
)
# The characters a _TEASER_CUE match can start with.
_TEASER_CUE_FIRST = _starts("rmayulpneút")

# Single navigation prompts between posts ("See All", "Next Article", "« Previous Post").
_NAV_PROMPT = LazyRegex(
    r"^[«‹<]?\s?(?:see all|view all|show all|read more|more|next|previous|prev|back|"
    r"(?:next|previous|prev) (?:article|post|story|release|page)|back to (?:news|all news|press releases|"
    r"blog|top)|older posts|newer posts|ver (?:todo|todas|todos|m[aá]s)|leer m[aá]s|"
    r"(?:siguiente|anterior) (?:art[ií]culo|entrada|noticia)|volver a noticias|don[’']?t miss|no te lo pierdas)"
    r"\s?[»›>:]?$",
    re.IGNORECASE,
)
# The characters a _NAV_PROMPT match can start with.
_NAV_PROMPT_FIRST = _starts("«‹< svrmnpbolad")

# A one-line pointer to another article inside or after the text ("Related: The 15 Weirdest Galaxies
# in Our Universe", "Read more: Tencent profit falls ...", "SEE MORE: ...", "Lee también: ...").
_CROSS_LINK = LazyRegex(
    r"^(?:related(?: (?:post|story|article|content|roundup|reading|coverage))?|read more|see more|see also|"
    r"also read|read also|more|lee tambi[eé]n|te puede interesar|relacionad[oa]s?)\s?:\s?[^\n]{1,120}$",
    re.IGNORECASE,
)
# The characters a _CROSS_LINK match can start with.
_CROSS_LINK_FIRST = _starts("rsamlt")

# Comment and sign-up forms, captchas ("Leave a comment", "Enter your email", "I'm not a robot").
_FORM = LazyRegex(
    r"^(?:(?:leave|post|write|add) a (?:comment|reply)|deja (?:un|tu) comentario|"
    r"(?:log ?in|sign ?in) to (?:comment|reply|post)|comments? (?:are )?closed|"
    r"(?:your )?(?:name|e-?mail|website|comment)\s?\*|(?:your )?(?:name|e-?mail address|comment)$|"
    r"enter (?:your )?e-?mail(?: address)?|submit|send|thank you for subscribing[^\n]{0,40}|"
    r"(?:sign up|subscribe) (?:for|to)\b[^\n]{0,40}\b(?:updates|newsletters?|news|alerts|e-?mails?|inbox|"
    r"stories|mailing list|our)\b[^\n]{0,40}|by signing up[^\n]{0,120}|"
    r"suscr[ií]bete\b[^\n]{0,80}|select (?:country|state)|i'?m not a robot|no soy un robot|"
    r"write a comment\.{0,3}|"
    r"thanks? (?:you )?for (?:submitting|subscribing|signing up)[^\n]{0,40}|"
    r"join (?:our|the) (?:mailing list|newsletter|email list)[^\n]{0,40}|never miss an? (?:update|story|post)"
    r"[^\n]{0,30})$",
    re.IGNORECASE,
)
# The characters a _FORM match can start with.
_FORM_FIRST = _starts("lpwadscynetbij")
# Form lines whose cue word may sit anywhere in the first 60-80 characters ("Protected by reCAPTCHA",
# "Get the news delivered to your inbox"). Kept apart from _FORM because trying them costs a scan of
# every start position: they run only on lines holding their cue word (_FORM_ANYWHERE_WORDS).
_FORM_ANYWHERE = LazyRegex(
    r"^(?:[^\n]{0,60}\b(?:re)?captcha\b[^\n]{0,60}|"
    r"[^\n]{0,80}\b(?:delivered|straight|sent) to your inbox\b[^\n]{0,40})$",
    re.IGNORECASE,
)
_FORM_ANYWHERE_WORDS = ("captcha", "inbox")

# Newsletter and cookie notices (any length: their text is always furniture).
_NOTICE = LazyRegex(
    r"\b(?:we use cookies|this (?:web)?site uses cookies|our website uses cookies|uses cookies to|"
    r"accept (?:all )?cookies|cookie (?:settings|preferences|policy|consent)|manage (?:cookie|consent) "
    r"preferences|privacy preference center|utilizamos cookies|usamos cookies|este sitio (?:web )?utiliza "
    r"cookies|aceptar (?:todas las )?cookies|our newsletters contain tracking)\b",
    re.IGNORECASE,
)

# Footer lines: copyright, legal links ("Copyright © 2024 Cision US Inc.", "Privacy Policy").
_FOOTER = LazyRegex(
    r"^(?:privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?(?: (?:and|&) conditions)?|"
    r"legal notice|aviso legal|pol[ií]tica de (?:privacidad|cookies)|t[eé]rminos (?:de uso|y condiciones)|"
    r"site ?map|mapa del sitio|accessibility(?: statement)?|accesibilidad|rss(?: feeds?)?|"
    r"cookie (?:settings|policy|preferences)"
    r"|(?:proudly )?(?:created|powered|built|made) (?:with|by) [\w .\-]{1,40}\.(?:com|org|net|io|co))$",
    re.IGNORECASE,
)
# The characters a _FOOTER match can start with.
_FOOTER_FIRST = _starts("ptlasmrcb")
# Copyright lines ("© 2024 Acme. All rights reserved."), whose mark may sit anywhere in the first 60
# characters: run only on lines holding one of _COPYRIGHT_WORDS (a scan of every start position costs).
_COPYRIGHT = LazyRegex(
    r"^[^\n]{0,60}(?:copyright\s?(?:©|\(c\)|\d{4})|©|\(c\) ?\d{4}|all rights reserved|"
    r"todos los derechos reservados)"
    r"[^\n]{0,100}$",
    re.IGNORECASE,
)
_COPYRIGHT_WORDS = ("copyright", "©", "(c)", "all rights reserved", "todos los derechos reservados")

# Site taxonomy lines ("Tags: immigration, asylum", "Issues: Health Care", "Categories: News").
_TAXONOMY = LazyRegex(
    r"^(?:tags?|tagged|etiquetas?|categor(?:y|ies|[ií]as?)|filed under|posted in|related issues?|issues?)"
    r"\s?:\s?[^\n]{1,120}$",
    re.IGNORECASE,
)
# The characters a _TAXONOMY match can start with.
_TAXONOMY_FIRST = _starts("tecfpri")

# Wire-archive pointers to the release's source ("View source version on newsdirect.com: <url>",
# "Original Source: <url>", "Original/Source Press Release", "Newsramp.com TLDR").
_WIRE_POINTER = LazyRegex(
    r"^(?:view (?:the )?(?:source|original|full) (?:version|release|article|story)\b[^\n]{0,250}"
    r"|original[ /]source(?: press release)?\b[^\n]{0,250}|source (?:version|press release):[^\n]{0,250}"
    r"|the post [^\n]{1,250} (?:first appeared|appeared first) on [^\n]{1,80})$",
    re.IGNORECASE,
)
# The characters a _WIRE_POINTER match can start with.
_WIRE_POINTER_FIRST = _starts("vost")

# The attribution line of an embedded social post ("— PRISM MediaWire (@prism_mediawire) October 16, 2025").
_SOCIAL_POST = LazyRegex(
    r"^[\u2014\u2013-]\s?[^\n]{1,80}\(@\w{1,30}\)\s?"
    r"(?:[A-Za-z]{3,9}\.? \d{1,2}, \d{4}|\d{1,2} [A-Za-z]{3,9}\.? \d{4})$"
)
# The characters a _SOCIAL_POST match can start with.
_SOCIAL_POST_FIRST = frozenset("\u2014\u2013-")

# A bare URL or domain on its own line.
_BARE_URL = LazyRegex(r"^(?:https?://|www\.)\S{1,2000}$", re.IGNORECASE)
# The characters a _BARE_URL match can start with.
_BARE_URL_FIRST = _starts("hw")

# A date stamp with nothing else on the line ("03.11.02", "2021-02-05", "18-07-2019 - 11:37").
_NUMERIC_DATE = LazyRegex(
    r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}(?:\s?[-|,]?\s?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)

# A written date with nothing else on the line ("Feb 3, 2021", "3 de febrero de 2021", "Feb 3").
_WRITTEN_DATE = LazyRegex(
    r"^(?:[A-Za-záéíóú]{3,10}\.?,?\s)?(?:\d{1,2}\s(?:de\s)?)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-zé]{0,7}\.?"
    r"(?:\s\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s(?:de\s)?\d{4})?$",
    re.IGNORECASE,
)

# Breadcrumb separators (">", "»", "›", "/", "|").
_CRUMB_SPLIT = LazyRegex(r"\s[>»›/|]\s|\s?[»›]\s?")

# ---- protected release text

# "FOR IMMEDIATE RELEASE", "Para publicación inmediata", embargo notes.
_RELEASE_MARK = LazyRegex(
    r"\b(?:for immediate release|immediate release|para (?:su )?(?:publicaci[oó]n|difusi[oó]n) inmediata|"
    r"embargoed|under embargo)\b",
    re.IGNORECASE,
)
# End-of-release marks: "###", "# # #", "-30-", "- termina -", "- fin -", "****".
_END_MARK = LazyRegex(
    r"^(?:#\s?#\s?#|-\s?30\s?-|[-\u2013\u2014]\s?(?:termina|fin|ends?)\s?[-\u2013\u2014]|\*{3,})$",
    re.IGNORECASE,
)
# Contact labels that open the release's contact block ("Media Contact:", "CONTACTO:").
_CONTACT = LazyRegex(
    r"^(?:(?:media|press|news|investor|public)\s)?(?:contacts?|contactos?)(?:\s?:|\s?details|\sinfo)"
    r"|^(?:media|press|news) (?:contacts?|inquiries|enquiries|relations)\b"
    r"|^for (?:media|press|public|more)[\w ]{0,20}(?:inquiries|information|enquiries)\b"
    r"|^(?:contacto de prensa|contacto para medios|contacto con (?:los )?medios|prensa:)",
    re.IGNORECASE,
)
# Boilerplate of the release itself ("About Acme Inc.", "Acerca de kevin.", "Sobre PROMPERÚ").
_ABOUT = LazyRegex(r"^(?:about|acerca de|sobre)\s[\w“\"'(]", re.IGNORECASE)
# The release's source credit ("SOURCE HackerRank", "Source: PRISM MediaWire", "Fuente: PROMPERÚ").
_SOURCE_LINE = LazyRegex(r"^(?:source|fuente)\b:?\s\S", re.IGNORECASE)
# An email address or a phone-number-like digit run (contact content).
_CONTACT_DATA = LazyRegex(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}|\d{3}[\s.)-]{0,3}\d{3}[\s.-]?\d{4}")
# Its two halves, searched apart by _has_contact_data: the email half tries a match at every letter of a
# line and only lines holding an "@" need it; the phone half opens with a digit, which a search skips to.
_CONTACT_EMAIL = LazyRegex(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}")
_CONTACT_PHONE = LazyRegex(r"\d{3}[\s.)-]{0,3}\d{3}[\s.-]?\d{4}")


def _has_contact_data(text: str) -> bool:
    """Whether _CONTACT_DATA finds a match in ``text``."""
    return ("@" in text and _CONTACT_EMAIL.search(text) is not None) or _CONTACT_PHONE.search(text) is not None


# --------------------------------------------------------------------------- helpers


def _fold(text: str) -> str:
    """Casefolded, accent-free text for comparisons."""
    if text.isascii():
        return text[:_LOOK].casefold()  # no accents to strip: skip the decomposition
    decomposed = unicodedata.normalize("NFKD", text[:_LOOK])
    return "".join(filterfalse(unicodedata.combining, decomposed)).casefold()  # the marks dropped


def _link_ratio(block: Block) -> float:
    return block.link_chars / len(block.text) if block.text else 0.0


def _is_linky(block: Block, share: float = 0.6) -> bool:
    """A short line that is mostly link text (a menu entry or a link-list item). ``share`` > 0."""
    text = block.text
    if len(text) > 120:
        return False
    if text and block.link_chars / len(text) >= share:  # _link_ratio (0 for an empty line)
        return True
    return text[:1] in _BARE_URL_FIRST and bool(_BARE_URL.match(text))


def _has_release_mark(text: str, lowered: str | None = None) -> bool:
    """"FOR IMMEDIATE RELEASE" and the like (a substring test first: most lines have none). ``lowered`` is
    ``text.lower()`` where the caller has it."""
    if lowered is None:
        lowered = text.lower()
    if text.isascii():
        # Every match holds one of these; on ASCII text a case-insensitive match is one in the lowercased text.
        cue = "immediate release" in lowered or "embargo" in lowered or "inmediata" in lowered
    else:
        cue = "release" in lowered or "embargo" in lowered or "inmediata" in lowered
    return cue and bool(_RELEASE_MARK.search(text))


class _Protection:
    """Whether each block is release text no run rule may remove: release and end marks, contact
    labels, and an "About <org>" line that opens a paragraph of boilerplate.

    Worked out per block on first asking: on HTML pages most blocks are already chrome from the
    DOM and no rule ever asks about them."""

    __slots__ = ("_blocks", "known")

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self._blocks = blocks
        self.known: list[bool | None] = [None] * len(blocks)
        """Each block's protection where worked out (strip_chrome fills it in for the lines it judges)."""

    def __getitem__(self, i: int) -> bool:
        known = self.known[i]
        if known is None:
            known = self.known[i] = _is_protected(self._blocks, i)
        return known


def _lower_for_words(text: str) -> str:
    """``text`` with its ASCII letters lowercased: the same as text.lower() for finding lowercase ASCII
    words in it, save where it holds İ or the Kelvin sign (the only letters lower() turns into ASCII), for
    which it is text.lower(). For non-ASCII text several times cheaper than lower()."""
    if text.isascii() or "\u0130" in text or "\u212a" in text:
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _is_protected(blocks: tuple[Block, ...], i: int, lowered: str | None = None) -> bool:
    """Whether block ``i`` is protected release text; ``lowered`` is its text (up to _LOOK) lowercased
    (or _lower_for_words), where the caller has it: only words are looked for in it."""
    block = blocks[i]
    text = block.text[:_LOOK]
    first = text[:1]
    if lowered is None:
        lowered = text.lower()
    if _has_release_mark(text, lowered) \
            or (first in _END_MARK_FIRST and _END_MARK.match(text)) \
            or ((not first or first in _CONTACT_FIRST) and _CONTACT.match(text)):
        return True
    if first in _ABOUT_FIRST and _ABOUT.match(text) and _link_ratio(block) < 0.5 and (
            len(text) > 120 or any(len(b.text) >= 100 for b in blocks[i + 1:i + 3])):
        return True
    return first in _SOURCE_FIRST and len(text) <= 80 and "://" not in text and bool(_SOURCE_LINE.match(text))


# The characters an _END_MARK line can start with, and the letters a _CONTACT label can start with
# (with İ and ı, which case-insensitive matching takes for "i"): cheap tests before those patterns.
_END_MARK_FIRST = "#-\u2013\u2014*"
_CONTACT_FIRST = frozenset("mpnicfMPNICF\u0130\u0131")
# The letters an _ABOUT and a _SOURCE_LINE match can start with (ſ is "s" to case-insensitive matching).
_ABOUT_FIRST = frozenset("aAsS\u017f")
_SOURCE_FIRST = frozenset("sSfF\u017f")


def _is_end_mark(text: str) -> bool:
    """An end-of-release mark ("###") on its own (_END_MARK)."""
    return text[:1] in _END_MARK_FIRST and bool(_END_MARK.match(text))


def _is_breadcrumb(text: str) -> bool:
    """"Home > News > Press Releases": three or more short segments, or two starting at home."""
    # Without a character every _CRUMB_SPLIT separator holds, the line is one segment.
    if len(text) > 200 or not (">" in text or "/" in text or "|" in text or "\u00bb" in text or "\u203a" in text):
        return False
    parts = [p.strip() for p in _CRUMB_SPLIT.split(text) if p.strip()]
    if len(parts) < 2 or any(len(p) > 40 or len(p.split()) > 5 for p in parts):
        return False
    return len(parts) >= 3 or _fold(parts[0]) in ("home", "inicio", "homepage", "portada")


def _date_only(text: str) -> bool:
    """A line that is just a date stamp."""
    return text[:1].isdecimal() and bool(_NUMERIC_DATE.match(text))  # a stamp opens with a digit


_LONG_CUES = ("©", "copyright", "rights", "derechos", "sign", "subscri", "suscr", "captcha", "inbox",
              "robot", "java", "(c)", "thank", "mailing", "newsletter", "created", "powered", "built", "made")
"""Words one of which a line longer than a menu entry needs to be a footer or form line (a cheap
test before the footer and form patterns)."""


_NOTICE_WORDS = ("cookie", "newsletter", "privacy", "consent")
"""Words one of which a line needs for _NOTICE to be tried."""

_NOT_CHROME: tuple[None, None] = (None, None)


def _byline_ok(text: str) -> bool:
    """A byline match that is a byline: no release mark, no capitalised function words ("By Land And Sea")."""
    return not _has_release_mark(text) and not _TITLE_WORDS.search(text)


def _no_contact_data(text: str) -> bool:
    return not _has_contact_data(text)


_ANY_FIRST: frozenset[str] | None = None
"""Marks a line rule whatever the line's first character (its cue word may sit anywhere)."""

# The line rules, in the order they are tried: (pattern, the characters a match can start with, size tier,
# reason, fact kind, a test the matched line must also pass). Tier 0 rules apply to lines of up to 300
# characters, tier 1 rules to lines of up to 160 holding one of _LONG_CUES (and to short lines), tier 2
# rules to lines of up to _SHORT_LINE characters only. The two _ANY_FIRST rules run only on lines that may
# hold their cue words (_COPYRIGHT_WORDS, _FORM_ANYWHERE_WORDS). A breadcrumb (_is_breadcrumb) is
# navigation too, after the menu words; every rule after it gives navigation as well, so it is tried last.
# _NOTICE (cookie and newsletter notices) comes before them all, on lines of up to _LOOK characters.
_LINE_RULES: tuple[tuple[LazyRegex, frozenset[str] | None, int, str, FactKind | None,
                         Callable[[str], bool] | None], ...] = (
    (_WIRE_POINTER, _WIRE_POINTER_FIRST, 0, "wire-boilerplate", None, None),
    (_SOCIAL_POST, _SOCIAL_POST_FIRST, 0, "social-post", None, None),
    (_FOLLOW_START, _FOLLOW_START_FIRST, 0, "share", None, _is_follow_line),
    (_FOOTER, _FOOTER_FIRST, 1, "footer", None, None),
    (_COPYRIGHT, _ANY_FIRST, 1, "footer", None, None),
    (_WIDGET, _WIDGET_FIRST, 1, "widget", None, None),
    (_FORM, _FORM_FIRST, 1, "form", None, None),
    (_FORM_ANYWHERE, _ANY_FIRST, 1, "form", None, None),
    (_EDGE, _EDGE_FIRST, 2, "edge", None, None),
    (_COUNTER, _COUNTER_FIRST, 2, "counter", None, None),
    (_READING_TIME, _READING_TIME_FIRST, 2, "reading-time", "reading-time", None),
    (_UPDATED, _UPDATED_FIRST, 2, "date-line", "updated", None),
    (_PUBLISHED, _PUBLISHED_FIRST, 2, "date-line", "published", None),
    (_PUBLISHED_UPDATED, _PUBLISHED_FIRST, 2, "date-line", "published", None),
    (_BYLINE, _BYLINE_DATED_FIRST, 2, "byline", "author", _byline_ok),
    (_BYLINE_DATED, _BYLINE_DATED_FIRST, 2, "byline", "author", _byline_ok),
    (_PROVIDED_BY, _PROVIDED_BY_FIRST, 2, "byline", None, None),
    (_SHARE, _SHARE_FIRST, 2, "share", None, None),
    (_NAV_PROMPT, _NAV_PROMPT_FIRST, 2, "navigation", None, None),
    (_MENU_WORD, _MENU_WORD_FIRST, 2, "navigation", None, None),
    (_TAXONOMY, _TAXONOMY_FIRST, 2, "navigation", None, None),
    (_CROSS_LINK, _CROSS_LINK_FIRST, 2, "navigation", None, _no_contact_data),
)

# The openings every _BYLINE and _BYLINE_DATED match starts with, in lowercase (the capitalised name after
# them is what a lowercased line cannot show).
_BYLINE_OPEN = r"(?:(?:written |posted |story )?by|por|escrito por|autora?:)\s"


def _prefilter(tier: int, groups: bool) -> LazyRegex:
    """A case-sensitive pattern for a LOWERCASED line that matches wherever one of the line rules up to
    ``tier`` with a _FIRST set could match the line; with ``groups``, group k is the k-th rule it tries
    (_PREFILTER_RULES).

    The rule patterns are written in lowercase, so on a line without İ, ı and ſ (the letters whose
    case-insensitive match lower() does not give) a case-insensitive match of a rule is a match of the
    same pattern on the lowercased line; the case-sensitive bylines stand for their lowercase opening.
    Most lines meet no rule: one match without case folding rules them out instead of a match per rule."""
    alternatives = []
    for pattern, first, rule_tier, _, _, _ in _LINE_RULES:
        if rule_tier <= tier and first is not _ANY_FIRST:
            body = _BYLINE_OPEN if pattern is _BYLINE or pattern is _BYLINE_DATED else pattern.pattern
            alternatives.append(f"({body})" if groups else f"(?:{body})")
    return LazyRegex("|".join(alternatives))


_PREFILTERS = {tier: _prefilter(tier, groups=False) for tier in (0, 1, 2)}
"""_prefilter by tier."""
_PREFILTER_RULES = {tier: (_prefilter(tier, groups=True), tuple(
    index for index, (_, first, rule_tier, _, _, _) in enumerate(_LINE_RULES)
    if rule_tier <= tier and first is not _ANY_FIRST)) for tier in (0, 1, 2)}
"""The same with groups, and the index in _LINE_RULES of each group: which rule it matched first (asked
only for the lines _PREFILTERS passes)."""

_TIER_FIRST = {tier: frozenset().union(*(first for _, first, rule_tier, _, _, _ in _LINE_RULES
                                          if first is not None and rule_tier <= tier)) for tier in (0, 1, 2)}
"""By tier: the characters (as _first gives them) a line must start with for a rule with a _FIRST set to
match it."""

# The letters (of FOLD_ODD) that match an ASCII letter case-insensitively while lower() does not give it.
_LOWER_ODD = ("\u0130", "\u0131", "\u017f")


def classify_line(block: Block) -> tuple[str | None, Fact | None]:
    """The chrome reason for one line on its own (None = not chrome by itself), and its fact."""
    text = block.text
    if len(text) > _LOOK:
        return _NOT_CHROME
    return _classify(text, text.lower())


def _classify(text: str, lowered: str) -> tuple[str | None, Fact | None]:
    """classify_line for a line of at most _LOOK characters, ``lowered`` being ``text.lower()`` (for a line
    over 300 characters _lower_for_words will do: only words are looked for in it)."""
    size = len(text)
    if any(map(lowered.__contains__, _NOTICE_WORDS)) and _NOTICE.search(text):
        return ("form" if "newsletter" in lowered else "cookie"), None
    if size > 300:
        return _NOT_CHROME
    if size <= _SHORT_LINE:
        tier = 2
    elif size <= 160 and any(map(lowered.__contains__, _LONG_CUES)):
        tier = 1
    else:
        tier = 0
    # Whether the two _ANY_FIRST rules apply (a line that may hold their words goes through every rule).
    copyright_words = tier > 0 and may_contain(text, _COPYRIGHT_WORDS, lowered)
    anywhere_words = tier > 0 and may_contain(text, _FORM_ANYWHERE_WORDS, lowered)
    start = 0
    first = _first(text)
    if copyright_words or anywhere_words:
        pass
    elif first not in _TIER_FIRST[tier]:
        start = len(_LINE_RULES)  # no rule can match
    elif text.isascii() or not any(map(text.__contains__, _LOWER_ODD)):
        if not _PREFILTERS[tier].match(lowered):
            return ("navigation", None) if tier == 2 and _is_breadcrumb(text) else _NOT_CHROME
        # The rules before the first one the prefilter matched cannot match either.
        pattern, indexes = _PREFILTER_RULES[tier]
        start = indexes[pattern.match(lowered).lastindex - 1]  # type: ignore[union-attr,operator]
    for pattern, starts, rule_tier, reason, fact, test in _LINE_RULES[start:]:
        if rule_tier > tier:
            break
        if starts is None:  # _ANY_FIRST
            if not (copyright_words if pattern is _COPYRIGHT else anywhere_words):
                continue
        elif first not in starts:
            continue
        if pattern.match(text) and (test is None or test(text)):
            return reason, (None if fact is None else Fact(fact, text))
    return ("navigation", None) if tier == 2 and _is_breadcrumb(text) else _NOT_CHROME


# --------------------------------------------------------------------------- run rules


@dataclass(slots=True)
class _Page:
    """The blocks being judged, their chrome reasons so far, and which are protected.

    The rules below read ``reasons[i] is None`` (the line is kept) and set reasons directly in their
    loops over every block: a method call per block would cost more than the rule itself."""

    blocks: tuple[Block, ...]
    reasons: list[str | None]
    protected: _Protection
    facts: list[tuple[int, Fact]]
    """Facts read from removed lines, with the index of the line they came from."""

    def kept(self, i: int) -> bool:
        return self.reasons[i] is None

    def mark(self, i: int, reason: str) -> None:
        if self.reasons[i] is None:
            self.reasons[i] = reason


def _first_body(page: _Page) -> int:
    """Index of the first kept line of release prose (len(blocks) when there is none)."""
    reasons = page.reasons
    for i, block in enumerate(page.blocks):
        if reasons[i] is None and len(block.text) >= _BODY_LINE:
            return i
    return len(page.blocks)


def _last_content(page: _Page) -> int:
    """Index of the last kept line that must be release text (prose, end mark, contact, about)."""
    reasons = page.reasons
    for i in range(len(page.blocks) - 1, -1, -1):
        if reasons[i] is not None:
            continue
        block = page.blocks[i]
        if len(block.text) >= _BODY_LINE or page.protected[i]:
            return i
        if _has_contact_data(block.text[:_LOOK]) and not _is_linky(block):
            return i
        if len(block.text) >= 80 and _SENTENCE_END.search(block.text[:_LOOK]) and not _is_linky(block):
            return i
    return -1


# The end of a sentence inside or at the end of a line: prose, not a menu or teaser title.
_SENTENCE_END = LazyRegex(r"[.!?][\"'\u201d\u2019)]?(?:\s|$)")


def _mark_social_post_links(page: _Page) -> None:
    """The short link line (e.g. "https://t.co/...") just above an embedded post's attribution."""
    reasons = page.reasons
    if "social-post" not in reasons:
        return
    for i, reason in enumerate(reasons):
        above = page.blocks[i - 1].text if i > 0 else ""
        if reason == "social-post" and reasons[i - 1] is None and len(above) <= 40 and _BARE_URL.match(above):
            reasons[i - 1] = "social-post"


def _mark_post_header(page: _Page, first_body: int) -> None:
    """Blog post header around a reading-time note: the date line and the author's name above it."""
    blocks = page.blocks
    if "reading-time" not in page.reasons:
        return
    for r in range(min(first_body, len(blocks))):
        if page.reasons[r] != "reading-time":
            continue
        anchor = r
        for k in (r - 1, r + 1):
            if 0 <= k < len(blocks) and page.kept(k) and _WRITTEN_DATE.match(blocks[k].text):
                page.mark(k, "date-line")
                page.facts.append((k, Fact("published", blocks[k].text)))
                anchor = min(anchor, k)
        name = anchor - 1
        if name >= 0 and page.kept(name) and not page.protected[name]:
            text = blocks[name].text
            if len(text) <= 50 and len(text.split()) <= 5 and not _NOT_MENU.search(text):
                page.mark(name, "byline")
                page.facts.append((name, Fact("author", text)))


_SOCIAL_LONGEST = 20
"""No _SOCIAL match is longer (the longest name, "correo electrónico", has 18 characters; "$" may also
match before a closing line break)."""


def _is_social(text: str) -> bool:
    """A sharing network's name or a share action on its own (_SOCIAL)."""
    return len(text) <= _SOCIAL_LONGEST and text[:1] in _SOCIAL_FIRST and bool(_SOCIAL.match(text))


def _mark_share_bars(page: _Page) -> None:
    """Network names after a share cue, and runs of two or more network names."""
    blocks = page.blocks
    reasons = page.reasons
    n = len(blocks)
    i = 0
    while i < n:
        text = blocks[i].text
        if reasons[i] is None and len(text) <= _SOCIAL_LONGEST and text[:1] in _SOCIAL_FIRST and _SOCIAL.match(text):
            j = i + 1
            while j < n and _is_social(blocks[j].text):
                j += 1
            after_cue = i > 0 and reasons[i - 1] == "share"
            if after_cue or j - i >= 2:
                for k in range(i, j):
                    page.mark(k, "share")
            i = j
        else:
            i += 1


# A line that ends a whole sentence (teaser snippets are cut off mid-sentence or with "...").
_COMPLETE_SENTENCE = LazyRegex(r"(?<!\.\.)(?<!\u2026)[.!?][\"'\u201d\u2019)]?$")


def _ends_teaser_run(page: _Page, k: int) -> bool:
    """Release text after a teaser cue: an end mark, a contact label, "About <org>" boilerplate, or
    a long line of complete prose."""
    text = page.blocks[k].text
    if len(text) > _TEASER_LINE or _is_end_mark(text) or (text[:1] in _CONTACT_FIRST and _CONTACT.match(text)):
        return True
    if page.protected[k] and _ABOUT.match(text):
        return True
    return len(text) >= _BODY_LINE and bool(_COMPLETE_SENTENCE.search(text[-4:]))


def _is_teaser_cue(text: str) -> bool:
    """A short line opening a run of teasers (_TEASER_CUE)."""
    return len(text) <= _SHORT_LINE and text[:1] in _TEASER_CUE_FIRST and bool(_TEASER_CUE.match(text))


def _mark_teaser_runs(page: _Page, first_body: int) -> None:
    """After a teaser cue that follows the release prose, the teaser lines up to release text
    (teaser snippets may quote another release's "FOR IMMEDIATE RELEASE", so a release mark does
    not end the run)."""
    blocks = page.blocks
    n = len(blocks)
    i = first_body + 1
    while i < n:
        text = blocks[i].text
        if len(text) <= _SHORT_LINE and text[:1] in _TEASER_CUE_FIRST and _TEASER_CUE.match(text):  # _is_teaser_cue
            page.mark(i, "teaser-run")
            j = i + 1
            while j < n and not _ends_teaser_run(page, j):
                page.mark(j, "teaser-run")
                j += 1
            i = j
        else:
            i += 1


_TAIL_REASONS = frozenset({"share", "teaser-run", "counter", "form", "footer", "edge", "cookie"})


def _mark_tail(page: _Page, last: int) -> None:
    """After the release's last paragraph (``last``, see _last_content), a tail cue and every short
    line after it."""
    if last < 0:
        return
    blocks = page.blocks
    reasons = page.reasons
    for i in range(last + 1, len(blocks)):
        if reasons[i] in _TAIL_REASONS or _is_teaser_cue(blocks[i].text):
            for k in range(i, len(blocks)):
                if len(blocks[k].text) <= _TEASER_LINE:
                    page.mark(k, "footer")
            return


def _mark_social_after_end(page: _Page) -> None:
    """After the release's last end mark ("###"), lines of network names, handles, sites and
    site pointers ("Twitter: @acme | Facebook", "To learn more, visit acme.gov")."""
    blocks = page.blocks
    reasons = page.reasons
    for end in range(len(blocks) - 1, -1, -1):
        text = blocks[end].text
        if reasons[end] is None and text[:1] in _END_MARK_FIRST and _END_MARK.match(text):  # _is_end_mark
            break
    else:
        return
    for i in range(end + 1, len(blocks)):
        if reasons[i] is None and not page.protected[i] \
                and _is_follow_line(blocks[i].text[:_LOOK], after_end=True):
            reasons[i] = "share"


def _mark_wire_link_list(page: _Page) -> None:
    """The list of links (source, summary, pickups, social posts) closing a wire-archive dump."""
    blocks = page.blocks
    reasons = page.reasons
    protected = page.protected
    j = len(blocks) - 1
    # Image captions or labels at the very end carry no link text once markup is gone.
    labels = 0
    while j >= 0 and labels < 2 and reasons[j] is None and len(blocks[j].text) <= 40 \
            and len(blocks[j].text.split()) <= 4 and not _is_linky(blocks[j], 0.4) and not protected[j]:
        j -= 1
        labels += 1
    links = 0
    k = j
    # "Pickup - site.com": a short label before the link still makes a link-list entry.
    while k >= 0:
        block = blocks[k]
        linky = _is_linky(block, 0.4)
        if (reasons[k] is None and not (linky and not _has_contact_data(block.text))) or protected[k]:
            break
        links += linky
        k -= 1
    if links >= 2:
        for m in range(k + 1, len(blocks)):
            page.mark(m, "link-list")


_link_chars = attrgetter("link_chars")
_text_of = attrgetter("text")


def _may_be_linky(blocks: tuple[Block, ...]) -> bool:
    """False when no block can be _is_linky: none holds link text and no line is a bare URL. The link-list
    and menu rules then have nothing to find."""
    return any(map(_link_chars, blocks)) or any(map(_BARE_URL.match, map(_text_of, blocks)))


def _mark_link_runs(page: _Page, first_body: int, last: int) -> None:
    """Menus: runs of short link lines (3 or more outside the release prose, 8 or more inside)."""
    blocks = page.blocks
    reasons = page.reasons
    n = len(blocks)

    def menu_entry(k: int) -> bool:
        return _is_linky(blocks[k]) and not page.protected[k] and not _has_contact_data(blocks[k].text)

    i = 0
    while i < n:
        if reasons[i] is None and menu_entry(i):
            j = i
            count = 0
            while j < n:
                if reasons[j] is None:
                    if not menu_entry(j):
                        break
                    count += 1
                j += 1
            inside = first_body <= i <= last
            # Inside the release a list of links can be release text (related documents): only a
            # long run of one-to-four-word entries is a menu there.
            short_entries = all(len(blocks[k].text.split()) <= 4 for k in range(i, j) if reasons[k] is None)
            if count >= 3 and (not inside or (count >= 8 and short_entries)):
                for k in range(i, j):
                    page.mark(k, "navigation")
            i = max(j, i + 1)
        else:
            i += 1


# Characters a menu entry never has: digits, sentence punctuation, "@" (contact data).
_NOT_MENU = LazyRegex(r"[\d@:.!?;,\"\u201c\u201d]")


def _mark_top_menus(page: _Page, first_body: int) -> None:
    """Above the release prose, runs of four or more one-to-three-word lines are a site menu,
    unless a label ("Contact:", "Sincerely,") introduces them."""
    blocks = page.blocks
    reasons = page.reasons

    def entry(k: int) -> bool:
        """A kept line that reads like a menu entry."""
        block = blocks[k]
        text = block.text
        # List items are release bullets ("* Fast", "* Secure"); link menus are caught by link share.
        return (len(text) <= 25 and block.kind != "item" and len(text.split()) <= 3 and not page.protected[k]
                and not _NOT_MENU.search(text))

    i = 0
    while i < first_body:
        if reasons[i] is not None or not entry(i):
            i += 1
            continue
        j = i
        count = 0
        while j < first_body:
            if reasons[j] is None:
                if not entry(j):
                    break
                count += 1
            j += 1
        # The nearest kept line above (looked for over a bounded distance: linear time).
        previous = next((k for k in range(i - 1, max(i - 50, 0) - 1, -1) if reasons[k] is None), None)
        introduced = previous is not None and (
            page.protected[previous] or blocks[previous].text.rstrip().endswith((":", ",")))
        if count >= 4 and not introduced:
            for k in range(i, j):
                page.mark(k, "navigation")
        i = j


def _norm_title(text: str) -> str:
    return " ".join(_fold(text).split())


# "Headline | Site", "Headline - Site", "Headline — Site": the site-name suffix of a <title>.
_TITLE_SUFFIX = LazyRegex(r"\s(?:\||-|\u2013|\u2014|::|·)\s[^|]{1,80}$")


def page_headline_candidates(meta: PageMeta) -> list[str]:
    """The headline as the page metadata gives it (h1 first, then <title> with suffixes cut)."""
    out: list[str] = []
    if meta.h1:
        out.append(meta.h1)
    if meta.title:
        title = meta.title
        out.append(title)
        for _ in range(3):
            cut = _TITLE_SUFFIX.sub("", title)
            if cut == title or len(cut) < 10:
                break
            title = cut
            out.append(title)
    return out


_HEADLINE_SCAN = 2_000
"""How many blocks from the top an HTML headline may sit at (menus above it can be long)."""


def _headline_index(page: _Page, meta: PageMeta) -> int | None:
    """Index of the block that shows the page's headline (HTML), or None."""
    wanted = {_norm_title(t) for t in page_headline_candidates(meta)}
    wanted.discard("")
    limit = min(_first_body(page), _HEADLINE_SCAN)
    blocks = page.blocks
    if not wanted:
        return next((i for i in range(limit) if blocks[i].kind == "heading" and blocks[i].level == 1), None)
    # Only lines about as long as a wanted headline (within 20 characters) are compared (white space
    # may differ); the last such line showing a wanted headline is the one.
    lengths = [len(t) for t in wanted]
    shortest = max(min(lengths) - 20, 0)
    longest = min(max(lengths) + 20, 300)
    found: int | None = None
    for i in range(limit):
        text = blocks[i].text
        size = len(text)
        if shortest <= size <= longest and any(abs(size - n) <= 20 for n in lengths) and _norm_title(text) in wanted:
            found = i
    return found


def _mark_page_top(page: _Page, meta: PageMeta) -> None:
    """HTML: everything above the headline is site header when it holds only short lines."""
    if not (meta.h1 or meta.title):
        return
    head = _headline_index(page, meta)
    if not head:
        return
    blocks = page.blocks
    reasons = page.reasons
    if any(reasons[i] is None and len(blocks[i].text) > 150 for i in range(head)):
        return
    for i in range(head):
        if reasons[i] is None and not page.protected[i]:
            text = blocks[i].text
            reasons[i] = "edge"
            if _date_only(text):
                page.facts.append((i, Fact("published", text)))


def _mark_date_stamps(page: _Page) -> None:
    """A bare numeric date stamp as the first or last kept line of a page (a CMS stamp)."""
    reasons = page.reasons
    if None not in reasons:
        return
    for i in (reasons.index(None), len(reasons) - 1 - reasons[::-1].index(None)):  # the first and last kept
        if page.kept(i) and _date_only(page.blocks[i].text):
            page.mark(i, "date-line")
            page.facts.append((i, Fact("published", page.blocks[i].text)))


def strip_chrome(doc: BlockDoc) -> Body:
    """Decide which blocks are chrome, keep the facts they carry, lay out the rest."""
    blocks = doc.blocks
    reasons = [block.chrome for block in blocks]
    protection = _Protection(blocks)
    known = protection.known
    page = _Page(blocks, reasons, protection, [])
    # Every line the block maker left is judged on its own: protected release text, or classify_line (both
    # read the line lowercased, which is made once).
    # (The blocks the block maker marked are skipped without a Python step each: HTML pages have thousands.)
    for i, block in compress(enumerate(blocks), map(is_, reasons, repeat(None))):
        text = block.text
        size = len(text)
        if size > _LOOK:
            known[i] = _is_protected(blocks, i, _lower_for_words(text[:_LOOK]))
            continue  # too long for any line rule
        # A line over 300 characters is only searched for words (no line rule applies to it).
        lowered = text.lower() if size <= 300 else _lower_for_words(text)
        if _is_protected(blocks, i, lowered):
            known[i] = True
            continue
        known[i] = False
        reason, fact = _classify(text, lowered)
        if reason is not None:
            reasons[i] = reason
            if fact is not None:
                page.facts.append((i, fact))
    _mark_page_top(page, doc.meta)
    _mark_social_post_links(page)
    _mark_share_bars(page)
    _mark_social_after_end(page)
    first_body = _first_body(page)
    _mark_post_header(page, first_body)
    _mark_top_menus(page, first_body)
    _mark_teaser_runs(page, first_body)
    links = _may_be_linky(blocks)
    if links:
        _mark_wire_link_list(page)
    # The tail rule marks only lines after the last content line, so that line stays the last one
    # for the link-run rule.
    last = _last_content(page)
    _mark_tail(page, last)
    if links:
        _mark_link_runs(page, first_body, last)
    _mark_date_stamps(page)
    facts = tuple(fact for _, fact in sorted(page.facts, key=lambda item: item[0])) if page.facts else ()
    return lay_out(zip(blocks, reasons, strict=True), doc.meta, facts)


__all__ = ["Body", "Fact", "FactKind", "Line", "classify_line", "lay_out", "may_contain",
           "page_headline_candidates", "strip_chrome"]
