"""Stage 2 for HTML: the DOM to the same blocks the text path makes.

No network, no external entities, no DTD loading; scripts and styles never become text.

The work is in three passes, none of them recursive (a hostile page may nest 100,000 deep):

1. parse with lxml (depth-limited; a page past the limit is flattened and parsed again, so no
   text is lost silently);
2. walk the DOM once (lxml's ``iter``), turning it into lines (one :class:`Block` per visible
   line) and recording for every element that may hold a line its parent, tag, attributes and
   whether it is hidden;
3. find the main content (the container holding most of the page's prose, like
   readability/trafilatura do) and mark everything outside it as chrome, except the release
   header lines (headline, FOR IMMEDIATE RELEASE, date, contact block) that sit next to it. Only
   here, and only for the elements holding lines, is read what their tag/role/class say.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable, Sequence
from itertools import compress
from typing import NamedTuple, cast
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from .blocks import BlockDoc, BlockKind, PageMeta, clean_line, new_block
from .options import ParseOptions
from .records import Warning

# Elements whose content is never visible text.
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "head", "title", "meta", "link",
    "base", "object", "embed", "canvas", "audio", "video", "map", "frameset", "frame", "applet",
    "img", "input", "textarea", "picture", "source", "track", "param", "select", "datalist",
})
# Elements that start and end a line.
_BLOCK_TAGS = frozenset({
    "html", "body", "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
    "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "form",
    "fieldset", "address", "hr", "center", "details", "summary", "legend", "menu", "dialog",
    "hgroup", "select", "option", "optgroup", "button", "noframes", "listing", "xmp", "plaintext",
})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that are site furniture by their tag alone (header/footer only outside the article).
_CHROME_TAGS = {"nav": "navigation", "aside": "aside", "form": "form", "select": "form",
                "button": "form", "dialog": "dialog", "menu": "navigation", "fieldset": "form",
                "figcaption": "caption"}
_CHROME_ROLES = {"navigation": "navigation", "banner": "header", "contentinfo": "footer",
                 "complementary": "aside", "search": "form", "menu": "navigation", "menubar": "navigation",
                 "dialog": "dialog", "alertdialog": "dialog", "toolbar": "share"}
# Class/id words that name furniture, with the reason they give.
_CHROME_WORDS = {
    "share": "share", "sharing": "share", "sharer": "share", "social": "share", "sociallinks": "share",
    "follow": "share", "addthis": "share", "sharethis": "share",
    "related": "related", "recommended": "related", "recirculation": "related", "outbrain": "related",
    "taboola": "related", "popular": "related", "trending": "related",
    "comment": "comments", "comments": "comments", "disqus": "comments",
    "cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie", "onetrust": "cookie",
    "newsletter": "newsletter", "subscribe": "newsletter", "subscription": "newsletter",
    "signup": "newsletter",
    "breadcrumb": "breadcrumb", "breadcrumbs": "breadcrumb",
    "menu": "navigation", "navbar": "navigation", "nav": "navigation", "navigation": "navigation",
    "pagination": "navigation", "pager": "navigation", "skip": "navigation",
    "sidebar": "aside", "widget": "aside", "promo": "advert", "advert": "advert", "advertisement": "advert",
    "ad": "advert", "ads": "advert", "adslot": "advert", "sponsored": "advert", "dfp": "advert",
    "footer": "footer", "masthead": "header", "topbar": "header",
    "modal": "dialog", "popup": "dialog", "overlay": "dialog", "lightbox": "dialog",
    "tags": "tags", "tagcloud": "tags", "byline": "byline", "author": "byline",
    "caption": "caption", "credit": "caption", "copyright": "footer", "print": "share",
    "toolbar": "share",
}
# Class/id words of the article body itself; they outweigh a furniture word in the same attribute.
_CONTENT_WORDS = frozenset({"article", "articlebody", "body", "content", "entry", "post", "story", "text",
                            "main", "blog", "hentry", "release"})
# Whole class names that hide an element from sight (Bootstrap/WordPress conventions).
_HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                             "d-none", "is-hidden", "u-hidden", "invisible", "element-invisible"})
# A class or id splits into words at separators (anything but ASCII letters and digits), and at
# camelCase humps ("relatedLinks").
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")
# The same split for ASCII bytes: every byte but a letter or digit becomes a space.
_ASCII_ALNUM_OR_SPACE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 0x20 for c in range(256))
_CHROME_WORDS_ASCII = {word.encode("ascii"): reason for word, reason in _CHROME_WORDS.items()}
_CONTENT_WORDS_ASCII = frozenset(word.encode("ascii") for word in _CONTENT_WORDS)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Line breaks in source text are spaces on the rendered line (outside <pre>).
_NEWLINES = re.compile(r"[\r\n\f\v\x85\u2028\u2029]+")
# A run of white space and line breaks: one space on the rendered line. The union of _NEWLINES and
# blocks.clean_line's spaces, so one pass gives clean_line(_NEWLINES.sub(" ", text)).
_LINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\r\n\f\v\x85\u2028\u2029]+")


def _collapse(text: str) -> str:
    """``_LINE_SPACE.sub(" ", text).strip()``: str.split() does the same, faster, where no character
    makes the two disagree: U+001C-U+001F (split() breaks there, _LINE_SPACE does not) and, beyond
    ASCII, U+200B, U+FEFF (_LINE_SPACE only) and U+1680 (split() only). Each is looked for with ``in``,
    a plain scan, much cheaper than a regex search for a character class.

    Most lines need no change: printable text holds no white space but the plain space (every other
    white space character, line break and zero-width space, and U+001C-U+001F, is unprintable), so it is
    already collapsed unless it has a run of spaces or a space at either end."""
    if text.isprintable():
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())  # only plain spaces: split() and _LINE_SPACE agree
    if "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text and (
            text.isascii() or ("\u200b" not in text and "\ufeff" not in text and "\u1680" not in text)):
        return " ".join(text.split())
    return _LINE_SPACE.sub(" ", text).strip()


# A style attribute that hides the element.
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_EMAIL_PLACEHOLDER = "[email protected]"
# Hex payload of Cloudflare's obfuscated addresses (bounded: an address is short).
_CF_HEX = re.compile(r"^[0-9a-fA-F]{4,1000}$")
_CF_PATH = "/cdn-cgi/l/email-protection#"

# Release header lines kept even when they sit outside the main content container.
_RELEASE_CUE = re.compile(
    r"\b(?:for\s+immediate\s+release|immediate\s+release|news\s+release|press\s+release|media\s+advisory"
    r"|embargoed|para\s+(?:su\s+)?(?:difusi[oó]n|publicaci[oó]n)\s+inmediata|comunicado\s+de\s+prensa"
    r"|nota\s+de\s+prensa|(?:media|press|news)\s+contacts?|contacts?\s*:|contactos?\s*(?:de\s+prensa)?\s*:)"
    r"|^(?:media\s+|press\s+)?contact(?:s|o|os)?\s{0,3}:?$",  # a bare "Contacts" label
    re.I,
)
# An email address (bounded parts, no nested quantifiers).
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
# A line that is a printed web address ("www.example.com", "https://...").
_URL_TEXT = re.compile(r"^(?:https?://|www\.)\S{1,2000}$", re.I)
# A month name (English, Spanish) or a numeric date, for short date lines near the headline.
_DATE_CUE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|setiembre|octubre|noviembre|diciembre)\b\.?\s{0,3}\d{1,2}"
    r"|\b\d{1,2}\s{0,3}(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.I,
)
# A language-switcher entry: "EN - English", "ES - español", or a bare language name.
_LANG_CODE_ENTRY = re.compile(
    r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?\s{0,3}[-–—:|]\s{0,3}\S{2,30}(?:\s\S{1,20}){0,2}$")
_LANGUAGE_NAMES = frozenset({
    "english", "español", "espanol", "spanish", "français", "francais", "french", "deutsch", "german",
    "italiano", "português", "portugues", "nederlands", "polski", "русский", "中文", "日本語", "한국어",
    "العربية", "türkçe", "svenska", "dansk", "suomi", "norsk", "čeština", "magyar", "română", "ελληνικά",
    "български", "hrvatski", "slovenčina", "slovenščina", "eesti", "eesti keel", "latviešu", "lietuvių",
    "malti", "gaeilge", "català", "galego", "euskara", "简体中文", "繁體中文", "tiếng việt",
    "bahasa indonesia",
    "עברית", "हिन्दी", "українська", "en", "es", "fr", "de", "it", "pt",
})
# Wire services by the host that publishes them (the host or any subdomain of it).
_WIRE_HOSTS: tuple[tuple[str, str], ...] = (
    ("prnewswire.com", "PR Newswire"), ("prnewswire.co.uk", "PR Newswire"),
    ("newswire.ca", "Canada Newswire"),
    ("globenewswire.com", "GlobeNewswire"), ("businesswire.com", "Business Wire"),
    ("einpresswire.com", "EIN Presswire"), ("einnews.com", "EIN Presswire"), ("accesswire.com", "ACCESSWIRE"),
    ("prweb.com", "PRWeb"), ("newsfilecorp.com", "Newsfile"), ("marketwired.com", "Marketwired"),
    ("newswire.com", "Newswire"), ("24-7pressrelease.com", "24-7 Press Release"), ("openpr.com", "openPR"),
    ("pr.com", "PR.com"), ("jcnnewswire.com", "JCN Newswire"), ("acnnewswire.com", "ACN Newswire"),
    ("issuewire.com", "IssueWire"), ("prlog.org", "PRLog"), ("send2press.com", "Send2Press"),
    ("newsramp.com", "NewsRamp"), ("newsdirect.com", "News Direct"), ("presswire.com", "Presswire"),
)
# Wire service names as a site name, author or publisher prints them (whole words).
_WIRE_NAME = re.compile(
    r"\b(pr\s?newswire|globe\s?newswire|business\s?wire|ein\s?presswire|accesswire|prweb|newsfile"
    r"|marketwired|canada\s?newswire|news\s?direct|newsramp)\b",
    re.I,
)
_WIRE_CANONICAL = {
    "prnewswire": "PR Newswire", "globenewswire": "GlobeNewswire", "businesswire": "Business Wire",
    "einpresswire": "EIN Presswire", "accesswire": "ACCESSWIRE", "prweb": "PRWeb", "newsfile": "Newsfile",
    "marketwired": "Marketwired", "canadanewswire": "Canada Newswire", "newsdirect": "News Direct",
    "newsramp": "NewsRamp",
}


class _Ctx(NamedTuple):
    """What the innermost elements say about the text at one point of the walk (a tuple: cheap to
    make, and shared by every element that changes none of it)."""

    block: int
    """Element id of the innermost line-making element."""
    kind: BlockKind
    level: int
    hidden: bool
    in_link: bool
    pre: bool
    hidden_inline: bool
    """Inside a hidden inline element (a screen-reader label): the text is not on the line."""
    list_depth: int


class _Line(NamedTuple):
    """A line before the chrome decision."""

    text: str
    element: int
    kind: BlockKind
    level: int
    gap_before: bool
    number: str | None
    hidden: bool
    link_chars: int


# NamedTuple's constructor is a Python function; tuple.__new__ makes the same tuple without it (the
# walk makes one context per line-making element and link, and one _Line per line).
_new_ctx = cast("Callable[[type[_Ctx], tuple[int, BlockKind, int, bool, bool, bool, bool, int]], _Ctx]",
                tuple.__new__)
_new_line = cast("Callable[[type[_Line], tuple[str, int, BlockKind, int, bool, str | None, bool, int]], _Line]",
                 tuple.__new__)

# What an element's tag, role and class/id say about it: (chrome reason, whether the reason came from
# class/id words, whether it is the article element (article/main, role=main, itemprop=articleBody)).
_Facts = tuple[str | None, bool, bool]
# The attributes an element's facts depend on.
_FACT_ATTRS = frozenset({"class", "id", "role", "itemprop"})
# The attributes that can hide an element besides its class (a role only decides whether the class is read).
_HIDING_ATTRS = frozenset({"style", "hidden", "aria-hidden"})
_CELL_TAGS = frozenset({"td", "th"})
_PRE_TAGS = frozenset({"pre", "xmp", "listing", "plaintext"})


def _tag_facts(tag: str) -> _Facts:
    """The facts of an element without attributes: its tag alone."""
    reason = tag if tag in ("header", "footer") else _CHROME_TAGS.get(tag)
    return reason, False, tag in ("article", "main")


# Most tags say nothing: the few that do, looked up.
_PLAIN_FACTS: _Facts = (None, False, False)
_TAG_FACTS = {tag: _tag_facts(tag) for tag in (*_CHROME_TAGS, "header", "footer", "article", "main")}


def _attribute_facts(tag_facts: _Facts, attrs: dict[str, str]) -> _Facts:
    """The facts of an element with attributes, from those of its tag."""
    get = attrs.get
    reason, _, semantic = tag_facts
    role = get("role")
    itemprop = get("itemprop")
    semantic = semantic or (role or "").strip().lower() == "main" or (itemprop or "").strip() == "articleBody"
    if role:
        reason = _CHROME_ROLES.get(role.strip().lower(), reason)
    if reason is not None:
        return reason, False, semantic
    for words in ((get("class") or "")[:500], (get("id") or "")[:200]):
        if not words or words.isspace():
            continue
        found = _chrome_word(words)
        if found is not None:
            return found, True, semantic
    return None, False, semantic


def _class_facts(tag_facts: _Facts, classes: str) -> _Facts:
    """``_attribute_facts`` for an element whose one attribute is its class."""
    if tag_facts[0] is not None:
        return tag_facts
    words = classes[:500]
    found = _chrome_word(words) if words and not words.isspace() else None
    return tag_facts if found is None else (found, True, tag_facts[2])


def _hidden(tag_facts: _Facts, attrs: dict[str, str]) -> bool:
    """Whether an element with attributes is hidden from sight."""
    get = attrs.get
    if "hidden" in attrs or (get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = get("style")
    if style and _STYLE_HIDDEN.search(style[:2000]):
        return True
    reason = tag_facts[0]
    role = get("role")
    if role:
        reason = _CHROME_ROLES.get(role.strip().lower(), reason)
    if reason is not None:
        return False  # furniture by its tag or role: its class is not read for hiding
    classes = (get("class") or "")[:500]
    return bool(classes) and not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())


# ``el.items()``: lxml's HTML tree gives str names and values (the stubs also allow bytes).
_attributes_of = cast("Callable[[lxml.etree._Element], list[tuple[str, str]]]", lxml.etree._Element.items)

# How the walk treats a node, by its tag: enters it, skips it (only its tail counts), breaks the line, or
# reads only its tail (a comment or processing instruction).
_WALK_ENTER, _WALK_SKIP, _WALK_BREAK, _WALK_NODE = 0, 1, 2, 3
# The tags the walk treats specially beyond making a line (0 = none of these), by their tag.
_SPECIAL_HEADING, _SPECIAL_ITEM, _SPECIAL_LIST, _SPECIAL_ORDERED, _SPECIAL_QUOTE, _SPECIAL_CELL, _SPECIAL_PRE, \
    _SPECIAL_LINK = range(1, 9)
_SPECIAL_TAGS = {
    **dict.fromkeys(_HEADINGS, _SPECIAL_HEADING), "li": _SPECIAL_ITEM, "ul": _SPECIAL_LIST, "menu": _SPECIAL_LIST,
    "ol": _SPECIAL_ORDERED, "blockquote": _SPECIAL_QUOTE, **dict.fromkeys(_CELL_TAGS, _SPECIAL_CELL),
    **dict.fromkeys(_PRE_TAGS, _SPECIAL_PRE), "a": _SPECIAL_LINK,
}
# What the walk needs to know of a tag: (lowercased local name, how the walk treats it, facts without
# attributes, whether it makes a line, its special treatment).
_TagInfo = tuple[str, int, _Facts, bool, int]


def _tag_info(tag_raw: object) -> _TagInfo:
    """What the walk needs to know of a raw lxml tag (a comment's or processing instruction's is a function)."""
    if not isinstance(tag_raw, str):
        return "", _WALK_NODE, _PLAIN_FACTS, False, 0
    tag = tag_raw.lower() if "}" not in tag_raw else tag_raw.rsplit("}", 1)[-1].lower()
    handling = _WALK_BREAK if tag == "br" else _WALK_SKIP if tag in _SKIP_TAGS or tag == "wbr" else _WALK_ENTER
    return tag, handling, _TAG_FACTS.get(tag, _PLAIN_FACTS), tag in _BLOCK_TAGS, _SPECIAL_TAGS.get(tag, 0)


# An open element on the walk's stack: its end mark, the context its children see, its number, its <ol>
# counter, whether it makes a line, the element.
_Open = tuple[lxml.etree._Element | None, _Ctx, int, list[int] | None, bool, lxml.etree._Element | None]


def _is_navigation_link(link: lxml.etree._Element) -> bool:
    """Whether an <a> element's text counts as link text: it has an href, and not a mailto:/tel: one
    (those are contact data, not navigation)."""
    href = link.get("href")
    return href is not None and not href.lstrip()[:7].lower().startswith(("mailto:", "tel:"))


class _Walker:
    """One pass over the DOM, collecting lines and per-element facts.

    Elements are numbered parents first (0 is a root above the walked element). Only elements
    that can hold a line in their subtree get a number: an inline element without child elements
    (most links, spans, emphasis) never does, so it has no entry and is only read for its effect
    on the text (hidden, link).
    """

    def __init__(self, options: ParseOptions) -> None:
        self.options = options
        self.parent: list[int] = [-1]
        self.tag: list[str] = ["#root"]
        self.hidden: list[bool] = [False]
        self.attributes: list[Sequence[tuple[str, str]]] = [()]
        """Each element's attributes, for its facts (:meth:`facts`), which only some elements need."""
        self.lines: list[_Line] = []
        self.warnings: list[Warning] = []
        self.elements = 0
        self.flattened = False
        self._facts: dict[tuple[object, ...], _Facts] = {}

    def facts(self, element: int) -> _Facts:
        """What an element's tag, role and class/id say about it."""
        tag_facts = _TAG_FACTS.get(self.tag[element], _PLAIN_FACTS)
        items = self.attributes[element]
        if not items:
            return tag_facts
        # The memo key: the tag's facts and every attribute the facts depend on (most elements have
        # one attribute). Pages repeat the same tag and class/id many times: each is decided once.
        only_class: str | None = None
        if len(items) == 1:
            name, value = items[0]
            if name not in _FACT_ATTRS:
                return tag_facts
            if name == "class":
                only_class = value
            key: tuple[object, ...] = (tag_facts, name, value)
        else:
            attrs = dict(items)
            get = attrs.get
            key = (tag_facts, get("class"), get("id"), get("role"), get("itemprop"))
        known = self._facts.get(key)
        if known is None:
            known = self._facts[key] = (_class_facts(tag_facts, only_class) if only_class is not None
                                        else _attribute_facts(tag_facts, dict(items)))
        return known

    def walk(self, root: lxml.etree._Element) -> None:
        """Turn the subtree of ``root`` into lines, in document order.

        lxml's ``iter`` does the traversal in C (every node once, in document order, no recursion). An
        element with children stays open on the stack until the first node after its subtree comes (its
        next sibling, else that of its parent: its end mark): then it ends, and its tail follows. An
        element without children (most of them: links, images, one-line paragraphs) opens and ends at
        once, never on the stack. A skipped element's descendants are drawn from the iterator unread. The
        stack holds, per open element: its end mark (None: the end of the walk), the context its children
        see, its number, its <ol> counter, and whether it makes a line of its own.
        """
        options = self.options
        max_depth = options.max_dom_depth
        max_elements = options.max_elements
        parents, tags, hiddens, attributes = self.parent, self.tag, self.hidden, self.attributes
        lines = self.lines
        tag_infos: dict[object, _TagInfo] = {}  # raw tag -> _tag_info
        hiding_classes: dict[str, bool] = {}  # class -> whether it names a hiding class
        attributes_of, new_ctx, new_line = _attributes_of, _new_ctx, _new_line
        elements = 0
        depth_limit = max_depth + 1  # the stack holds a root entry above the walked element

        # The line being collected: its text pieces, the link text among them, the context of its
        # first piece (set while there are pieces); whether a paragraph break precedes it; the
        # number of its list item.
        pieces: list[str] = []
        link_pieces: list[str] = []
        line_ctx: _Ctx | None = None
        gap = True
        number: str | None = None

        def end_line(paragraph_break: bool) -> None:
            """End the current line (called with pieces collected); a paragraph break may follow."""
            nonlocal line_ctx, gap, number
            text = _collapse("".join(pieces))
            if text and line_ctx is not None:
                line_number = number
                if line_number is not None:
                    text = f"{line_number}. {text}"
                    number = None
                link = len(_collapse(" ".join(link_pieces))) if link_pieces else 0
                lines.append(new_line(_Line, (text, line_ctx.block, line_ctx.kind, line_ctx.level, gap or not lines,
                                              line_number, line_ctx.hidden, min(link, len(text)))))
                gap = False
            pieces.clear()
            link_pieces.clear()
            line_ctx = None
            if paragraph_break:
                gap = True

        def add_text(text: str, ctx: _Ctx) -> None:
            nonlocal line_ctx
            if ctx.hidden_inline:
                return
            if ctx.pre and "\n" in text:
                for i, part in enumerate(text.split("\n")):
                    if i and pieces:
                        end_line(False)
                    if not pieces:
                        line_ctx = ctx
                    pieces.append(part)
                    if ctx.in_link:
                        link_pieces.append(part)
                return
            if not pieces:
                if text.isspace():
                    # White space that would open a line is stripped from it anyway. (Every piece
                    # between two line breaks sits in the same line-making element, so the line's
                    # context is the same when its first real piece sets it.)
                    return
                line_ctx = ctx
            pieces.append(text)
            if ctx.in_link:
                link_pieces.append(text)

        def hides(items: list[tuple[str, str]], tag_facts: _Facts) -> bool:
            """Whether an element with these attributes hides its text."""
            for name, value in items:
                # _hidden, called only where an attribute may hide the element: a hiding class on an
                # element that is not furniture by its tag, or a hiding attribute.
                if name == "class":
                    # Pages repeat the same few classes: each is split once.
                    hiding_class = hiding_classes.get(value)
                    if hiding_class is None:
                        hiding_class = hiding_classes[value] = not _HIDDEN_CLASSES.isdisjoint(
                            value[:500].lower().split())
                    if not hiding_class or tag_facts[0] is not None:
                        continue
                elif name not in _HIDING_ATTRS:
                    continue
                return _hidden(tag_facts, dict(items))
            return False

        top = _Ctx(0, "paragraph", 0, False, False, False, False, 0)
        # Per open element: (its end mark, context its children see, its number, its <ol> counter, makes a line,
        # the element). The root entry (never closed) stands above the walked element.
        stack: list[_Open] = [(None, top, 0, None, False, None)]
        nodes = root.iter()
        cut = False
        for el in nodes:
            # The open elements whose subtree ends before this node have ended (the innermost first): each
            # ends its line, then its tail follows. (The same steps end a childless element below and the
            # elements still open after the walk; written out in each place, as a call per element costs.)
            while stack[-1][0] is el:
                _, _, _, _, is_block, closed = stack.pop()
                if is_block:
                    if pieces:
                        end_line(True)
                    else:
                        gap = True
                    number = None  # an empty list item's number must not open the next line
                tail = closed.tail  # type: ignore[union-attr]  # (the root entry is never closed)
                # (White space that would open a line is dropped by add_text: no call for it.)
                if tail and (pieces or not tail.isspace() or stack[-1][1].pre):
                    add_text(tail, stack[-1][1])
            entry = stack[-1]
            tag_raw = el.tag
            info = tag_infos.get(tag_raw)
            if info is None:
                info = tag_infos[tag_raw] = _tag_info(tag_raw)
            tag, handling, tag_facts, is_block, special = info
            if handling == _WALK_NODE:  # comment or processing instruction that survived: only its tail
                if el.tail:
                    add_text(el.tail, entry[1])
                continue
            elements += 1
            if elements > max_elements:
                self.warnings.append(Warning("truncated", "blocks",
                                             f"HTML has more than {max_elements} elements; the rest was cut"))
                cut = True
                break
            if handling != _WALK_ENTER:  # skipped, <br> or <wbr>: only a line break and the tail
                pctx = entry[1]
                if len(el):
                    # Its descendants, drawn from the iterator unread (zip stops when they run out).
                    deque(zip(el.iterdescendants(), nodes, strict=False), maxlen=0)
                if handling == _WALK_BREAK and pieces:
                    end_line(False)
                tail = el.tail
                if tail and (pieces or not tail.isspace() or pctx.pre):
                    add_text(tail, pctx)
                continue
            has_children = len(el) > 0
            if len(stack) > depth_limit:
                # Past the depth limit the text is kept, the structure is not.
                _, pctx, pid, _, _, _ = entry
                self.flattened = True
                text = el.text
                if text:
                    add_text(text, pctx)
                if has_children:
                    end = el.getnext()
                    stack.append((entry[0] if end is None else end, pctx, pid, None, False, el))
                else:
                    tail = el.tail
                    if tail and (pieces or not tail.isspace() or pctx.pre):
                        add_text(tail, pctx)
                continue
            pctx = entry[1]
            if not (is_block or has_children or pctx.pre):
                # The common element: inline, without children (a link, an emphasis), outside <pre>. Its
                # text joins the line unless the element hides it; link text counts unless it is a
                # mailto:/tel: link; then comes its tail. (What add_text does, for this case.)
                text = el.text
                if text and (pieces or not text.isspace()) and not pctx.hidden_inline:
                    items = attributes_of(el)
                    if not (items and hides(items, tag_facts)):
                        if not pieces:
                            line_ctx = pctx
                        pieces.append(text)
                        if pctx.in_link or (special == _SPECIAL_LINK and _is_navigation_link(el)):
                            link_pieces.append(text)
                tail = el.tail
                if tail and (pieces or not tail.isspace()) and not pctx.hidden_inline:
                    if not pieces:
                        line_ctx = pctx
                    pieces.append(tail)
                    if pctx.in_link:
                        link_pieces.append(tail)
                continue
            _, _, pid, counter, _, _ = entry
            # Whether the element hides its text. (Its other facts are only needed for the elements
            # that end up holding lines: _mark asks for those.)
            items = attributes_of(el)
            hidden = hides(items, tag_facts) if items else False
            if is_block or has_children:
                eid = len(tags)
                parents.append(pid)
                tags.append(tag)
                hiddens.append(hidden)
                attributes.append(items or ())  # one shared empty tuple for the many without
            else:
                eid = pid  # a childless inline element holds no line: no number of its own
            ctx = pctx
            if is_block:
                if pieces:
                    end_line(True)
                else:
                    gap = True
                kind, level, list_depth, pre = pctx.kind, pctx.level, pctx.list_depth, pctx.pre
                if special:
                    if special == _SPECIAL_HEADING:
                        kind, level = "heading", _HEADINGS[tag]
                    elif special == _SPECIAL_ITEM:
                        kind, level = "item", max(1, pctx.list_depth)
                        if counter is not None:
                            value = el.get("value")
                            if value is not None and value.strip().lstrip("-").isdigit() and len(value) < 10:
                                counter[0] = int(value)
                            number = _render_number(counter[0], counter[1])
                            counter[0] += 1
                    elif special in (_SPECIAL_LIST, _SPECIAL_ORDERED):
                        list_depth += 1
                    elif special == _SPECIAL_QUOTE:
                        kind, level = "quote", 0
                    elif special == _SPECIAL_CELL:
                        kind, level = "cell", 0
                        if el.getprevious() is not None:
                            gap = False
                    elif special == _SPECIAL_PRE:
                        pre = True
                hidden_block = pctx.hidden or hidden or pctx.hidden_inline
                ctx = new_ctx(_Ctx, (eid, kind, level, hidden_block, pctx.in_link, pre, False, list_depth))
            elif hidden and not pctx.hidden_inline:
                ctx = new_ctx(_Ctx, (pctx.block, pctx.kind, pctx.level, pctx.hidden, pctx.in_link, pctx.pre, True,
                                     pctx.list_depth))
            if special == _SPECIAL_LINK and not ctx.in_link and _is_navigation_link(el):
                ctx = new_ctx(_Ctx, (ctx.block, ctx.kind, ctx.level, ctx.hidden, True, ctx.pre, ctx.hidden_inline,
                                     ctx.list_depth))
            text = el.text
            if has_children:
                child_counter: list[int] | None = None
                if special == _SPECIAL_ORDERED:
                    start = (el.get("start") or "").strip()
                    first = int(start) if start.lstrip("-").isdigit() and len(start) < 10 else 1
                    child_counter = [first, _list_style(el.get("type"))]
                end = el.getnext()
                stack.append((entry[0] if end is None else end, ctx, eid, child_counter, is_block, el))
                if text and (pieces or not text.isspace() or ctx.pre):  # as for the tail above
                    add_text(text, ctx)
                continue
            # No children: the element ends here.
            if text and (pieces or not text.isspace() or ctx.pre):
                add_text(text, ctx)
            if is_block:
                if pieces:
                    end_line(True)
                else:
                    gap = True
                number = None
            tail = el.tail
            if tail and (pieces or not tail.isspace() or pctx.pre):
                add_text(tail, pctx)
        if not cut:
            # The elements still open end, innermost first (the root entry stays).
            while len(stack) > 1:
                _, _, _, _, is_block, closed = stack.pop()
                if is_block:
                    if pieces:
                        end_line(True)
                    else:
                        gap = True
                    number = None
                tail = closed.tail  # type: ignore[union-attr]
                if tail and (pieces or not tail.isspace() or stack[-1][1].pre):
                    add_text(tail, stack[-1][1])
        if pieces:
            end_line(True)
        self.elements = elements
        if self.flattened:
            self.warnings.append(Warning("truncated", "blocks",
                                         f"HTML nested deeper than {max_depth}; the deeper structure was "
                                         "flattened (text kept)"))


def _chrome_word(words: str) -> str | None:
    """The furniture reason a class or id names, unless it also names the content.

    Its words: runs of ASCII letters and digits, split again at camelCase humps, lowercased.
    """
    if words.isascii():
        # The common case, on bytes, where translate and split run in C; a hump becomes a separator first.
        lowered = words.lower()
        if lowered != words:
            lowered = _CAMEL_HUMP.sub(" ", words).lower()
        raw_tokens = lowered.encode("ascii").translate(_ASCII_ALNUM_OR_SPACE).split()
        if not _CONTENT_WORDS_ASCII.isdisjoint(raw_tokens) or _CHROME_WORDS_ASCII.keys().isdisjoint(raw_tokens):
            return None
        return next(_CHROME_WORDS_ASCII[token] for token in raw_tokens if token in _CHROME_WORDS_ASCII)
    # Words are ASCII: lowercased one by one (lowering the whole text could turn "İ" into an "i").
    tokens = [word.lower() for word in _NON_ALNUM.split(_CAMEL_HUMP.sub(" ", words)) if word]
    if not _CONTENT_WORDS.isdisjoint(tokens) or _CHROME_WORDS.keys().isdisjoint(tokens):
        return None  # "entry-content social-ready": the content word wins
    return next(_CHROME_WORDS[token] for token in tokens if token in _CHROME_WORDS)


def _list_style(kind: str | None) -> int:
    """Ordered-list numbering: 0 decimal, 1 lower-alpha, 2 upper-alpha, 3 lower-roman, 4 upper-roman."""
    return {"a": 1, "A": 2, "i": 3, "I": 4}.get((kind or "1").strip(), 0)


def _render_number(n: int, style: int) -> str:
    if style in (1, 2) and 1 <= n <= 26 * 27:
        letters = ""
        m = n
        while m > 0:
            m, r = divmod(m - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if style == 2 else letters
    if style in (3, 4) and 1 <= n < 4000:
        out = ""
        m = n
        for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                               (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while m >= value:
                out += numeral
                m -= value
        return out.upper() if style == 4 else out
    return str(n)


# ---------------------------------------------------------------------------------------------
# Parsing


def _parser() -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)
    # Plain elements: lxml.html's per-element class lookup costs a Python call per node visited.
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup())
    return parser


def _too_deep(parser: lxml.html.HTMLParser) -> bool:
    return any("depth" in (entry.message or "").lower() for entry in parser.error_log)


# One tag (or comment/doctype) of raw markup, bounded so the scan stays linear.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})([^<>]{0,4000})>|<!--|<![^<>]{0,4000}>")
# Elements without content; every other tag counts as one level (an implicitly closed <p> or <li>
# is over-counted, which only flattens more structure: the text stays).
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr", "keygen", "command"})


def _flatten(markup: str, limit: int) -> str:
    """Drop the tags nested deeper than ``limit`` (text stays), so lxml can parse the whole page."""
    out: list[str] = []
    depth = 0
    pos = 0
    for match in _TAG.finditer(markup):
        out.append(markup[pos:match.start()])
        pos = match.end()
        name = (match.group(2) or "").lower()
        if not name or name in _VOID or (match.group(3) or "").rstrip().endswith("/"):
            out.append(match.group(0))
            continue
        if match.group(1):
            if depth <= limit:
                out.append(match.group(0))
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth <= limit:
                out.append(match.group(0))
    out.append(markup[pos:])
    return "".join(out)


# An XML declaration at the very start (XHTML); lxml refuses str input that carries one.
_XML_DECL = re.compile(r"^\ufeff?\s{0,100}<\?xml[^>]{0,500}\?>")


# A DOCTYPE with an internal subset (<!DOCTYPE x [<!ENTITY ...>]>): HTML has none; never read its
# entities, and do not let its "]>" leak into the text. One bounded character class, linear.
_DOCTYPE_SUBSET = re.compile(r"^\s{0,100}<!DOCTYPE[^\[>]{0,500}\[[^\]]{0,100000}\]\s{0,100}>", re.I)


def _fromstring(markup: str) -> tuple[lxml.etree._Element, lxml.html.HTMLParser]:
    parser = _parser()
    try:
        return lxml.html.document_fromstring(markup, parser=parser), parser
    except (lxml.etree.ParserError, ValueError):
        # Nothing parseable (only comments, say): read the text between the tags instead.
        parser = _parser()
        stripped = _escape(_raw_text(markup)) or " "
        return lxml.html.document_fromstring(f"<html><body><pre>{stripped}</pre></body></html>",
                                             parser=parser), parser


def _parse(text: str, options: ParseOptions) -> tuple[lxml.etree._Element, list[Warning]]:
    warnings: list[Warning] = []
    markup = "<html></html>"
    if text.strip():
        markup = _DOCTYPE_SUBSET.sub("", _XML_DECL.sub("", text, count=1), count=1)
    root, parser = _fromstring(markup)
    if _too_deep(parser):
        limit = min(options.max_dom_depth, 120)
        root, parser = _fromstring(_flatten(markup, limit))
        message = f"HTML nested deeper than lxml allows; tags below depth {limit} were dropped (text kept)"
        if _too_deep(parser):
            # Still too deep: fall back to the raw text between tags, which cannot lose anything.
            stripped = _escape(_raw_text(markup))
            root, parser = _fromstring("<html><body><pre>" + stripped + "</pre></body></html>")
            message = "HTML nested too deeply to parse; read as plain text between the tags"
        warnings.append(Warning("truncated", "blocks", message))
    return root, warnings


_RAW_SKIP = ("script", "style", "noscript", "template", "svg", "iframe", "head")


def _raw_text(markup: str) -> str:
    """The text between the tags, without comments and script/style content (one linear scan)."""
    lowered = markup.lower()
    out: list[str] = []
    pos = 0
    n = len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            out.append(markup[pos:])
            break
        out.append(markup[pos:lt])
        if lowered.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        skipped = next((name for name in _RAW_SKIP if lowered.startswith("<" + name, lt)
                        and not lowered[lt + 1 + len(name):lt + 2 + len(name)].isalnum()), None)
        if skipped is not None:
            end = lowered.find("</" + skipped, lt + 1)
            pos = n if end < 0 else end
            gt = markup.find(">", pos)
            pos = n if gt < 0 else gt + 1
            out.append("\n")
            continue
        gt = markup.find(">", lt + 1)
        next_lt = markup.find("<", lt + 1)
        if gt < 0 or (0 <= next_lt < gt):
            out.append("<")  # a lone "<" is text
            pos = lt + 1
            continue
        out.append("\n")
        pos = gt + 1
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------------------------
# Cloudflare email protection


def _cf_decode(payload: str) -> str | None:
    """Decode Cloudflare's hex address: the first byte is the XOR key of the rest."""
    payload = payload.strip()
    if not _CF_HEX.match(payload) or len(payload) % 2:
        return None
    data = bytes.fromhex(payload)
    key = data[0]
    address = bytes(b ^ key for b in data[1:]).decode("utf-8", "replace")
    return address if "@" in address and address.isprintable() else None


# The elements metadata comes from, and those that may hold a Cloudflare address.
_META_TAGS = ("meta", "script", "link", "title", "time")
_CF_TAGS = ("a", "span")


def _gather(root: lxml.etree._Element, tags: Sequence[str]) -> dict[str, list[lxml.etree._Element]]:
    """The elements of the given tags, in document order per tag; a/span share one list."""
    found: dict[str, list[lxml.etree._Element]] = {tag: [] for tag in tags}
    if "a" in found:
        found["span"] = found["a"]
    for el in root.iter(*tags):
        same_tag = found.get(el.tag)
        if same_tag is not None:
            same_tag.append(el)
    return found


def _decode_cf_emails(candidates: list[lxml.etree._Element]) -> bool:
    """Decode the Cloudflare addresses among a/span elements (document order); whether an element
    lost its children (the tree changed, not only its text).

    Replacing a placeholder's children detaches them: candidates inside them are skipped (they are
    no longer on the page), and decoding goes on with the rest of the page. Each element is
    detached at most once, so this stays linear in the page size.
    """
    detached: set[lxml.etree._Element] = set()
    changed = False
    for el in candidates:
        if el in detached:
            continue
        payload = el.get("data-cfemail")
        if payload is None:
            href = el.get("href") or ""
            if _CF_PATH in href:
                payload = href.split("#", 1)[1]
        if payload is None:
            continue
        address = _cf_decode(payload)
        if address is None:
            continue
        if el.get("data-cfemail") is not None or _is_cf_placeholder(el):
            for child in list(el):
                changed = True
                detached.update(child.iter(*_CF_TAGS))
                tail = child.tail
                el.remove(child)
                if tail:
                    el.text = (el.text or "") + tail
            el.text = address
        if el.get("href", "").find(_CF_PATH) >= 0:
            el.set("href", "mailto:" + address)
    return changed


def _is_cf_placeholder(el: lxml.etree._Element) -> bool:
    text = clean_line("".join(str(piece) for piece in el.itertext()))
    return text.lower() in (_EMAIL_PLACEHOLDER, "") or "protected]" in text.lower()


# ---------------------------------------------------------------------------------------------
# Metadata


def _meta_map(metas: list[lxml.etree._Element]) -> dict[str, str]:
    """First value of each ``<meta name|property|itemprop>`` (lowercased key)."""
    found: dict[str, str] = {}
    for el in metas:
        # lxml's HTML tree gives str names and values (the stubs also allow bytes).
        attrs = cast("dict[str, str]", dict(el.items()))
        content = attrs.get("content")
        if content is None:
            continue
        cleaned: str | None = None
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (attrs.get(attr) or "").strip().lower()
            if key and key not in found:
                if cleaned is None:
                    cleaned = clean_line(content)[:2000]
                if cleaned:
                    found[key] = cleaned
    return found


def _json_ld(scripts: list[lxml.etree._Element]) -> list[dict[str, object]]:
    """Every JSON-LD object on the page, @graph members flattened in."""
    objects: list[dict[str, object]] = []
    for el in scripts:
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        if len(el.text) > 2_000_000:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError):
            continue
        pending: list[object] = [data]
        while pending and len(objects) < 500:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(reversed(item[:200]))
            elif isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    pending.extend(reversed(graph[:200]))
    return objects


def _ld_str(value: object) -> str | None:
    if isinstance(value, str) and clean_line(value):
        return clean_line(value)[:500]
    if isinstance(value, list) and value:
        return _ld_str(value[0])
    return None


def _ld_org_name(value: object) -> str | None:
    """Name of an Organization node (publisher/author), or None."""
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            # Organization, NewsMediaOrganization, GovernmentOrganization, Corporation, ...
            if any(isinstance(k, str) and ("Organization" in k or k == "Corporation") for k in kinds):
                name = _ld_str(item.get("name"))
                if name:
                    return name
    return None


def _host_of(url: str) -> str | None:
    """The host name of ``url``; None where it has none or it cannot be read (urlsplit raises ValueError
    on a bad IPv6 host, and the URL comes from the open web)."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _wire_of(host: str | None, *names: str | None) -> str | None:
    """The wire service a page comes from: by its host, else by a name it prints in its metadata."""
    if host:
        host = host.lower().rstrip(".")
        for domain, name in _WIRE_HOSTS:
            if host == domain or host.endswith("." + domain):
                return name
    for text in names:
        found = _WIRE_NAME.search(text[:300]) if text else None
        if found:
            return _WIRE_CANONICAL.get(re.sub(r"\s", "", found.group(1).lower()))
    return None


# The site-name suffix of a <title>: "Headline | News | European Parliament" (bounded parts).
_TITLE_SUFFIX = re.compile(r"\s(?:\||–|—|::|·)\s([^|–—:·]{2,40})$")


def _title_suffix(title_el: lxml.etree._Element | None) -> str | None:
    """The site name a ``<title>`` ends with, after a separator, where it has one."""
    if title_el is None:
        return None
    title = clean_line("".join(str(piece) for piece in title_el.itertext()))[:500]
    found = _TITLE_SUFFIX.search(title)
    if found is None or len(found.group(1)) * 2 > len(title):
        return None
    return found.group(1).strip() or None


def _page_meta(root: lxml.etree._Element, h1: str | None, found: dict[str, list[lxml.etree._Element]]) -> PageMeta:
    """The page's metadata, from the elements of _META_TAGS (``found``, as :func:`_gather` gives them)."""
    meta = _meta_map(found["meta"])
    ld = _json_ld(found["script"])
    title_el = found["title"][0] if found["title"] else None
    title = meta.get("og:title") or meta.get("twitter:title")
    if not title and title_el is not None:
        title = clean_line("".join(str(piece) for piece in title_el.itertext()))[:1000] or None

    def ld_first(key: str) -> str | None:
        for obj in ld:
            value = _ld_str(obj.get(key))
            if value:
                return value
        return None

    def time_datetime() -> str | None:
        for el in found["time"]:
            value = clean_line(el.get("datetime") or "")
            if value:
                return value[:100]
        return None

    published = (meta.get("article:published_time") or ld_first("datePublished")
                 or meta.get("datepublished") or meta.get("og:published_time")
                 or meta.get("dc.date.issued") or meta.get("dc.date") or meta.get("dcterms.date")
                 or meta.get("dcterms.created") or meta.get("citation_publication_date")
                 or meta.get("pubdate") or meta.get("publishdate") or meta.get("publish-date")
                 or meta.get("parsely-pub-date") or meta.get("sailthru.date") or meta.get("date")
                 or ld_first("dateCreated") or time_datetime())
    modified = (meta.get("article:modified_time") or ld_first("dateModified") or meta.get("datemodified")
                or meta.get("og:updated_time") or meta.get("dcterms.modified") or meta.get("last-modified"))
    language = clean_line(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
    if not language:
        language = meta.get("content-language", "") or meta.get("og:locale", "")
    canonical: str | None = None
    for el in found["link"]:
        rels = (el.get("rel") or "").lower().split()
        if "canonical" in rels and clean_line(el.get("href") or ""):
            canonical = clean_line(el.get("href") or "")[:2000]
            break
    og_url = meta.get("og:url")
    site_name = meta.get("og:site_name") or meta.get("application-name") or _title_suffix(title_el)
    organization = None
    for obj in ld:
        organization = _ld_org_name(obj.get("publisher")) or _ld_org_name(obj.get("author"))
        if organization:
            break
    host = _host_of(canonical or og_url or "")
    wire = _wire_of(host, meta.get("og:site_name"), site_name, meta.get("author"), meta.get("publisher"),
                    organization, meta.get("twitter:site"))
    return PageMeta(
        title=title or None,
        h1=h1,
        published=published or None,
        modified=modified or None,
        language=language[:35] or None,
        url=og_url or canonical,
        canonical_url=canonical or og_url,
        site_name=site_name or None,
        organization=organization,
        wire_service=wire,
    )


# ---------------------------------------------------------------------------------------------
# Main content and chrome


# The separators of a language-code entry: _LANG_CODE_ENTRY has one at index 2 to 9 (after the code, the
# region and up to three spaces).
_LANG_SEPARATORS = frozenset("-–—:|")


def _is_language_entry(text: str) -> bool:
    if len(text) > 40:
        return False
    lowered = text.lower()
    if lowered in _LANGUAGE_NAMES:
        return True
    # (Most lines have no separator where a code entry has one: no regex call for them.)
    return not _LANG_SEPARATORS.isdisjoint(text[2:10]) and bool(_LANG_CODE_ENTRY.match(text)) and any(
        name in lowered for name in _LANGUAGE_NAMES if len(name) > 3)


def _release_cue(text: str) -> bool:
    """``_RELEASE_CUE.search(text)``, without the search where the line cannot match: every match
    holds one of the words below, in some case."""
    if text.isascii():  # non-ASCII text may match by Unicode case folding ("ſ", "K"): always search
        lowered = text.lower()
        if not ("contact" in lowered or "release" in lowered or "prensa" in lowered or "advisory" in lowered
                or "embargoed" in lowered or "inmediata" in lowered):
            return False
    return _RELEASE_CUE.search(text) is not None


def _header_line(line: _Line) -> bool:
    """A release header/contact line worth keeping outside the main container."""
    text = line.text[:400]
    if _release_cue(text) or ("@" in text and _EMAIL.search(text)):
        return True
    if len(text) > 60:
        return False
    digits = sum(map(str.isdigit, text))
    if digits >= 7 and digits >= len(text) // 3:
        return True  # a phone number line
    return digits > 0 and bool(_DATE_CUE.search(text))  # every date cue has a digit


_CLIMB_FACTOR = 1.6


def _article_extra(line: _Line, weight: int) -> bool:
    """Whether a line of the article element, outside its prose core, is worth keeping: prose,
    a summary bullet, or a release header line (date, contact, FOR IMMEDIATE RELEASE)."""
    if line.link_chars > 0.5 * len(line.text):
        return False
    if weight > 0 or _header_line(line):
        return True
    return line.kind == "item" and len(line.text) >= 25 and line.link_chars == 0


def _near(parent: list[int], tag: list[str], a: int, b: int) -> bool:
    """Whether elements a and b share an ancestor at most three levels up (not the body)."""
    around: set[int] = set()
    x = a
    for _ in range(4):
        if x <= 0 or tag[x] in ("body", "html"):
            break
        around.add(x)
        x = parent[x]
    x = b
    for _ in range(4):
        if x <= 0 or tag[x] in ("body", "html"):
            return False
        if x in around:
            return True
        x = parent[x]
    return False


# Each element's line sums, packed into one int so that one addition adds them all (per line, and from
# child to parent): fields of 48 bits (no page comes near 2**48 characters), from the lowest: prose weight,
# characters, link characters, lines, lines holding link text, language-switcher entries, level-1
# headlines. A field is read as ``sums >> _AT_X & _FIELD``.
_FIELD = (1 << 48) - 1
_AT_CHARS, _AT_LINK_CHARS, _AT_LINES, _AT_LINKED, _AT_LANGUAGES, _AT_HEADLINES = (48 * k for k in range(1, 7))
_ONE_CHAR, _ONE_LINK_CHAR, _ONE_LINE, _ONE_LINKED, _ONE_LANGUAGE, _ONE_HEADLINE = (
    1 << (48 * k) for k in range(1, 7))


def _mark(walker: _Walker) -> tuple[list[str | None], int | None]:
    """Chrome reason per line (None = keep), and the index of the headline line."""
    lines = walker.lines
    n_el = len(walker.tag)
    parent = walker.parent
    tag = walker.tag
    field = _FIELD
    # Only elements holding a line in their subtree ("live") take part below: every sum of the
    # others is zero. Elements are numbered parents first, so ``live`` lists parents first too.
    is_live = [False] * n_el
    sums = [0] * n_el  # the packed line sums (see _FIELD), of each element's own lines first
    weights: list[int] = []
    h1_line: _Line | None = None  # the first h1
    for line in lines:
        text, e, kind, level, _, _, _, link_chars = line
        if not is_live[e]:
            x = e
            while x > 0 and not is_live[x]:
                is_live[x] = True
                x = parent[x]
        size = len(text)
        # How much the line counts as article prose: long, sentence-like, few links (a line without
        # sentence punctuation counts a third).
        if kind == "heading" or size < 25 or link_chars > 0.35 * size:
            weight = 0
        else:
            weight = size - 20
            if "." not in text and "," not in text and "。" not in text and "،" not in text:
                weight //= 3
        weights.append(weight)
        add = weight + size * _ONE_CHAR + _ONE_LINE
        if link_chars > 0:
            add += link_chars * _ONE_LINK_CHAR + _ONE_LINKED
        if size <= 40 and _is_language_entry(text):
            add += _ONE_LANGUAGE
        if kind == "heading" and level == 1:
            if h1_line is None:
                h1_line = line
            if link_chars < 0.5 * size:
                add += _ONE_HEADLINE
        sums[e] += add
    live = list(compress(range(n_el), is_live))  # (the root, 0, is never in it)
    own_sums = sums[:]
    # Subtree sums: each element's sums added into its parent's, children first.
    for i in reversed(live):
        sums[parent[i]] += sums[i]
    all_prose = sums[0] & field

    # Furniture by tag, role or class. An element holding most of the page's prose (with the
    # headline) is a wrapper (ASP.NET's page-wide <form>, <body class="has-sidebar">), not chrome.
    holds_h1: set[int] = set()
    if h1_line is not None:
        a = h1_line.element
        while a >= 0:
            holds_h1.add(a)
            a = parent[a]
    in_article = [False] * n_el
    own_chrome: list[str | None] = [None] * n_el
    tag_chrome: list[str | None] = [None] * n_el
    # What each element's tag, role and class/id say (read only for elements with lines).
    semantic = [False] * n_el
    # The prose weight of the lines each element holds itself, outside furniture (summed below).
    prose = [0] * n_el
    prose[0] = own_sums[0] & field
    attributes = walker.attributes
    for i in live:
        p = parent[i]
        inherited = tag_chrome[p]
        if inherited is not None:
            # Inside furniture: the reasons below inherit the ancestor's, and no line here is prose, so
            # this element's own facts are never read.
            tag_chrome[i] = inherited
            continue
        own, by_class, semantic[i] = walker.facts(i) if attributes[i] else _TAG_FACTS.get(tag[i], _PLAIN_FACTS)
        in_article[i] = in_article[p] or tag[i] in ("article", "main")
        if own is not None:
            v = sums[i]
            if own in ("header", "footer") and in_article[i]:
                own = None
            elif own == "header" and tag[i] == "header" and v >> _AT_HEADLINES \
                    and (v >> _AT_LINK_CHARS & field) < 0.5 * (v >> _AT_CHARS & field):
                own = None  # the release's own header (headline, subheadline), not the site banner
            elif own == "share" and by_class and v & field >= 80:
                own = None  # an embedded post ("social-embed", a quoted tweet) carries prose; share bars do not
            elif all_prose > 0 and v & field >= 0.5 * all_prose and (i in holds_h1 or v & field >= 0.85 * all_prose):
                own = None
        if own is None:
            prose[i] = own_sums[i] & field
        else:
            own_chrome[i] = own
            tag_chrome[i] = own
    for i in reversed(live):
        prose[parent[i]] += prose[i]

    # Children holding prose (the others never lead anywhere: the descent below takes a child only
    # when it holds a share of its parent's prose, and a parent without prose is never entered).
    children: dict[int, list[int]] = {}
    for i in live:
        if prose[i]:
            children.setdefault(parent[i], []).append(i)

    # Descend from the root into the child holding most of the prose while it holds nearly all.
    # (The descent and leads_to_article walk the same paths again and again: each element's best child is
    # found once.)
    best_of: dict[int, int | None] = {}

    def best_child(k: int) -> int | None:
        if k in best_of:
            return best_of[k]
        kids = children.get(k)
        best = best_of[k] = max(kids, key=prose.__getitem__) if kids else None
        return best

    def leads_to_article(k: int) -> bool:
        """Whether k is, or is a thin wrapper around, an article/main element."""
        for _ in range(12):
            if semantic[k]:
                return True
            c = best_child(k)
            if c is None or prose[c] < 0.9 * prose[k]:
                return False
            k = c
        return False

    main = 0
    while True:
        best = best_child(main)
        if best is None or prose[main] == 0:
            break
        if prose[best] >= (0.5 if leads_to_article(best) else 0.75) * prose[main]:
            main = best
        else:
            break
    roots = {main}
    if main != 0:
        # Prose-rich siblings belong to the article too (lead paragraph, body split in parts).
        for sibling in children.get(parent[main], []):
            if sibling != main and tag_chrome[sibling] is None and prose[sibling] >= 0.15 * prose[main] \
                    and (sums[sibling] >> _AT_LINK_CHARS & field) < 0.3 * max(1, sums[sibling] >> _AT_CHARS & field):
                roots.add(sibling)
    core = set(roots)
    # The article/main element around the prose: its lead, summary bullets and contact block are
    # release text too, unless that element also holds much other prose.
    a = parent[main] if main > 0 else -1
    while a > 0:
        if semantic[a]:
            if prose[a] <= _CLIMB_FACTOR * sum(prose[r] for r in core):
                roots = {a}
            break
        a = parent[a]
    ancestors: set[int] = set()
    for r in roots:
        a = parent[r]
        while a >= 0:
            ancestors.add(a)
            a = parent[a]

    reason: list[str | None] = [None] * n_el
    # What a line held by each element is, before the tests of the line itself (None: kept so far): the
    # element's reason, "outside-main" on the ancestors of the content, "hidden" inside a hidden
    # container that does not read like release text.
    line_reason: list[str | None] = [None] * n_el
    inside = [main == 0] * n_el
    in_core = [main == 0] * n_el
    hidden_root = [-1] * n_el
    hidden = walker.hidden
    # Hidden containers: kept (hidden=True) when they read like release text, else chrome.
    hidden_keep: dict[int, bool] = {}
    for i in live:
        p = parent[i]
        inside[i] = i in roots or inside[p]
        in_core[i] = i in core or in_core[p]
        if hidden_root[p] >= 0:
            hidden_root[i] = hidden_root[p]
        elif hidden[i]:
            hidden_root[i] = i
            v = sums[i]
            hidden_keep[i] = v & field >= 150 and v & field >= 0.4 * (v >> _AT_CHARS & field) \
                and (v >> _AT_LINK_CHARS & field) < 0.3 * (v >> _AT_CHARS & field)
        if reason[p] is not None:
            reason[i] = line_reason[i] = reason[p]
            continue
        if i in ancestors:
            line_reason[i] = "outside-main"
            continue
        own = None
        if i not in roots:
            own = own_chrome[i]
            if own is None:
                v = sums[i]
                count = v >> _AT_LINES & field
                if count >= 2:
                    chars = v >> _AT_CHARS & field
                    link_chars = v >> _AT_LINK_CHARS & field
                    if count >= 3 and (v >> _AT_LANGUAGES & field) >= 0.7 * count:
                        own = "language-switcher"
                    elif inside[i] and link_chars >= 0.7 * chars and chars <= 80 * count:
                        own = "link-list"
                    elif tag[i] == "ul" and count >= 3 and (v >> _AT_LINKED & field) >= 0.8 * count \
                            and link_chars >= 0.25 * chars:
                        own = "link-list"  # teaser list: every item opens with a link to another page
                if own is None and not inside[i]:
                    own = "outside-main"
            reason[i] = own
        if own is None and hidden_root[i] >= 0 and not hidden_keep[hidden_root[i]]:
            own = "hidden"
        line_reason[i] = own

    # Whether a line opens a contact window (a release cue), decided only for the lines that ask.
    cues: list[bool | None] = [None] * len(lines)

    def in_contact_window(idx: int) -> bool:
        """Whether a release cue line is among this line and the five before it."""
        for j in range(max(idx - 5, 0), idx + 1):
            cue = cues[j]
            if cue is None:
                cue = cues[j] = _release_cue(lines[j].text[:400])
            if cue:
                return True
        return False

    out = [line_reason[line.element] for line in lines]
    for idx, why in enumerate(out):
        if why is not None:
            continue
        line = lines[idx]
        if not in_core[line.element] and not _article_extra(line, weights[idx]) \
                and not (len(line.text) <= 80 and line.kind != "heading" and in_contact_window(idx)):
            out[idx] = "outside-main"
        elif line.link_chars >= 0.9 * len(line.text) and line.kind != "heading" \
                and line.number is None and not in_contact_window(idx) and not _header_line(line) \
                and not _URL_TEXT.match(line.text):
            out[idx] = "link"  # a line that is one link ("Read more", a teaser title) is not release text

    # The headline: the first h1 inside the content, else the first h1 that is not furniture.
    headline: int | None = None
    for idx, line in enumerate(lines):
        if line.kind == "heading" and line.level == 1 and out[idx] is None:
            headline = idx
            break
    if headline is None:
        for idx, line in enumerate(lines):
            if line.kind == "heading" and line.level == 1 and out[idx] == "outside-main" \
                    and tag_chrome[line.element] is None and hidden_root[line.element] < 0:
                headline = idx
                out[idx] = None
                break
    # Release header lines just outside the content: between the headline and the body, and
    # the contact block right after the body.
    body_lines = [i for i, line in enumerate(lines) if out[i] is None and inside[line.element]]
    if body_lines and main != 0:
        first, last = body_lines[0], body_lines[-1]

        def loose(idx: int) -> bool:
            return out[idx] == "outside-main" and tag_chrome[lines[idx].element] is None

        start = max(first - 8, 0)
        if headline is not None and headline < first:
            start = max(start, headline + 1)
            subtitle = lines[headline + 1] if headline + 1 < first else None
            if subtitle is not None and loose(headline + 1) and subtitle.link_chars == 0 and (
                    (subtitle.kind == "heading" and subtitle.level > 1)
                    or (subtitle.kind == "paragraph" and 20 <= len(subtitle.text) <= 300
                        and _near(parent, tag, lines[headline].element, subtitle.element))):
                out[headline + 1] = None  # the release's subheadline, in the headline's own container
        for idx in range(start, first):
            if loose(idx) and _header_line(lines[idx]):
                out[idx] = None
        run = 0
        for idx in range(last + 1, min(len(lines), last + 16)):
            line = lines[idx]
            if not loose(idx):
                run = 0
                continue
            if _header_line(line) and not _DATE_CUE.search(line.text[:200]):
                out[idx] = None
                run = 6 if _release_cue(line.text[:400]) else max(run, 3)
            elif run > 0 and line.kind != "heading" and len(line.text) <= 80 \
                    and line.link_chars < 0.5 * len(line.text):
                out[idx] = None  # name, title, organisation lines of the contact block
                run -= 1
            else:
                run = 0
    return out, headline


def html_blocks(text: str, options: ParseOptions) -> BlockDoc:
    """Parse HTML and return its visible lines as blocks, with DOM-level chrome marked."""
    root, warnings = _parse(text, options)
    # One pass over the tree finds the elements of both the Cloudflare decoding and the metadata; the
    # latter are found again where the decoding removed elements.
    found = _gather(root, _CF_TAGS + _META_TAGS)
    if _decode_cf_emails(found["a"]):
        found = _gather(root, _META_TAGS)
    walker = _Walker(options)
    body = root.find("body")
    walker.walk(body if body is not None else root)
    warnings.extend(walker.warnings)
    reasons, headline = _mark(walker)
    blocks = tuple([
        new_block(text, kind, level, gap_before, number, hidden, link_chars, reason)
        for (text, _, kind, level, gap_before, number, hidden, link_chars), reason
        in zip(walker.lines, reasons, strict=True)
    ])
    h1 = walker.lines[headline].text if headline is not None else None
    return BlockDoc(blocks=blocks, meta=_page_meta(root, h1, found), warnings=tuple(warnings))


__all__ = ["html_blocks"]


