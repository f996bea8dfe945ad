"""Stage 2, blocks: decoded text (plain, Markdown; HTML in ``html.py``) to one block list.

Every input format ends here as the same thing: a tuple of :class:`Block`, one per visible
line, in reading order, plus what the page said about itself (:class:`PageMeta`). All later
stages work on blocks only, so a release gives the same record whatever format it came in.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, fields
from typing import Literal

from .records import Warning

BlockKind = Literal["heading", "paragraph", "item", "quote", "cell", "code"]


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One visible line of the page."""

    text: str
    """The line's visible text, white space collapsed, markup removed."""
    kind: BlockKind = "paragraph"
    """What the line was on the page."""
    level: int = 0
    """Heading level 1-6 for headings; list nesting depth for items; 0 otherwise."""
    gap_before: bool = True
    """True where a paragraph break precedes the line; False for a line break inside one
    paragraph (``<br>``, a single newline in a text dump)."""
    number: str | None = None
    """The marker of an ordered-list item when the markup gave it (the text then starts with it)."""
    hidden: bool = False
    """The HTML hid it (display:none, hidden, aria-hidden)."""
    link_chars: int = 0
    """How many of the line's characters are link text (HTML and Markdown links)."""
    chrome: str | None = None
    """Set where the block maker already knows the line is chrome (nav, footer, ...): the reason."""

    def __init__(
        self, text: str, kind: BlockKind = "paragraph", level: int = 0, gap_before: bool = True,
        number: str | None = None, hidden: bool = False, link_chars: int = 0, chrome: str | None = None,
    ) -> None:
        # What dataclass would write, at half the cost (a block is made for every line of every page): a
        # frozen dataclass sets each field through object.__setattr__; the slot descriptors' own setters,
        # bound once below, do the same faster. The parameters are the fields, in order, with their
        # defaults (tests/test_blocks.py checks).
        _set_text(self, text)
        _set_kind(self, kind)
        _set_level(self, level)
        _set_gap_before(self, gap_before)
        _set_number(self, number)
        _set_hidden(self, hidden)
        _set_link_chars(self, link_chars)
        _set_chrome(self, chrome)


# The setters of Block's slots (see Block.__init__).
(_set_text, _set_kind, _set_level, _set_gap_before, _set_number, _set_hidden, _set_link_chars, _set_chrome) = (
    getattr(Block, f.name).__set__ for f in fields(Block)
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself, from HTML metadata (empty for text input)."""

    title: str | None = None
    """``og:title`` or ``<title>``."""
    h1: str | None = None
    """The article's first ``<h1>``."""
    published: str | None = None
    """Raw publish date/time string from meta tags or JSON-LD."""
    modified: str | None = None
    """Raw modified date/time string from meta tags or JSON-LD."""
    language: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    organization: str | None = None
    wire_service: str | None = None


@dataclass(frozen=True, slots=True)
class BlockDoc:
    """The output of the blocks stage."""

    blocks: tuple[Block, ...]
    meta: PageMeta = field(default_factory=PageMeta)
    warnings: tuple[Warning, ...] = ()


_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


# The characters of _SPACE other than the plain space.
_SPECIAL_SPACE = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]")


def clean_line(line: str) -> str:
    """Collapse runs of white space (including no-break and zero-width spaces) and trim."""
    # The result of _SPACE.sub(" ", line).strip(), at a fraction of the cost: that regex would rewrite
    # every single space as itself. Special spaces (rare) become plain ones, then str.replace in C halves
    # every run of plain spaces per pass (a run of n takes log2(n) passes); most lines hold plain spaces
    # only and skip the first step.
    if line.isascii():
        if "\t" in line:  # the only special space in ASCII
            line = line.replace("\t", " ")
    elif _SPECIAL_SPACE.search(line):
        line = _SPECIAL_SPACE.sub(" ", line)
    while "  " in line:
        line = line.replace("  ", " ")
    return line.strip()


# A well-formed HTML character reference ("&amp;", "&#8217;", "&#x2019;") left in a text or Markdown
# dump by a scraper that did not decode it. Bounded lengths; no nesting.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(line: str) -> str:
    """Decode HTML character references that a scrape left in plain text ("Smith &amp; Jones").

    Only where a well-formed reference is present, from Python's fixed table: nothing is fetched
    or expanded recursively.
    """
    if "&" in line and _ENTITY.search(line):
        return html.unescape(line)
    return line


def text_blocks(text: str) -> BlockDoc:
    """Plain text dump of a rendered page: one block per non-empty line."""
    blocks: list[Block] = []
    gap = True
    # Cheap tests spare most lines both helpers: without "&" no line holds an entity; without a special
    # space a line is collapsed and trimmed as clean_line does it for plain spaces. In ASCII the only special
    # space is the tab; every special space is unprintable, so a printable line holds none (isprintable() is
    # a cheaper scan than the regex).
    entities = "&" in text
    for line in text.split("\n"):
        special = ("\t" in line) if line.isascii() else (
            not line.isprintable() and _SPECIAL_SPACE.search(line) is not None)
        if special or (entities and "&" in line):
            cleaned = clean_line(unescape_entities(line))
        else:
            while "  " in line:
                line = line.replace("  ", " ")
            cleaned = line.strip()
        if not cleaned:
            gap = True
            continue
        blocks.append(new_block(cleaned, "paragraph", 0, gap or not blocks, None, False, 0, None))
        gap = False
    return BlockDoc(blocks=tuple(blocks), meta=_NO_META)


class _BlockDraft:
    """A Block being made (see new_block): the same slots, without the frozen __setattr__.
    tests/test_drafts.py checks that it keeps Block's fields."""

    __slots__ = Block.__slots__
    text: str
    kind: BlockKind
    level: int
    gap_before: bool
    number: str | None
    hidden: bool
    link_chars: int
    chrome: str | None


def new_block(
    text: str, kind: BlockKind, level: int, gap_before: bool, number: str | None, hidden: bool, link_chars: int,
    chrome: str | None,
) -> Block:
    """``Block(text, kind, level, gap_before, number, hidden, link_chars, chrome)`` for the block makers, at a
    fraction of the cost (a block is made for every line of every page): the fields are set on a draft of
    the same slots as plain attributes, then the draft becomes a Block (its class changes, its layout is the
    same)."""
    block = _BlockDraft()
    block.text = text
    block.kind = kind
    block.level = level
    block.gap_before = gap_before
    block.number = number
    block.hidden = hidden
    block.link_chars = link_chars
    block.chrome = chrome
    block.__class__ = Block  # type: ignore[assignment]
    return block  # type: ignore[return-value]


_NO_META = PageMeta()
"""The metadata of a page that gives none (a frozen value, shared)."""


# Markdown syntax, each pattern bounded and anchored so it runs in linear time.
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_][ \t]*){3,}$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_BULLET = re.compile(r"^(\s*)[*+-][ \t]+")
_MD_QUOTE = re.compile(r"^\s{0,3}>[ \t]?")
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)([^*_\n]{1,2000}?)(?<=\S)\1")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_MD_CODE = re.compile(r"`([^`\n]{1,500})`")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _strip_inline_markdown(line: str) -> tuple[str, int]:
    """Remove emphasis, links and images; returns (text, characters that were link text)."""
    link_chars = 0
    # Each pattern runs only where the characters every match of it holds are present.
    if "](" in line:

        def link(match: re.Match[str]) -> str:
            nonlocal link_chars
            link_chars += len(match.group(1))
            return match.group(1)

        line = _MD_IMAGE.sub("", line)  # an image is not text; its alt text is a caption at best
        line = _MD_LINK.sub(link, line)
    if "`" in line:
        line = _MD_CODE.sub(lambda m: m.group(1), line)
    if "*" in line or "__" in line:
        line = _MD_EMPHASIS.sub(lambda m: m.group(2), line)
    if "\\" in line:
        line = _MD_ESCAPE.sub(lambda m: m.group(1), line)
    return line, link_chars


# One "key: value" line of a YAML front-matter block (Jekyll/Hugo/static-site dumps).
_FRONT_MATTER_FIELD = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]{0,40}):[ \t]*(.{0,500})$")
_FRONT_MATTER_KEYS = {
    "date": "published", "published": "published", "published_time": "published", "publishdate": "published",
    "modified": "modified", "modified_time": "modified", "lastmod": "modified", "updated": "modified",
    "source_url": "url", "url": "url", "canonical_url": "canonical_url", "title": "title",
}
# The escapes of a YAML double-quoted scalar that titles use ("Si se lo perdi\xF3", "Herencia\_Hispana").
_YAML_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[_ \"\\/nt0])")
_YAML_SIMPLE = {"_": "\u00a0", " ": " ", '"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "0": ""}


def _yaml_scalar(value: str) -> str:
    """A front-matter value: plain, single-quoted, or double-quoted with escapes (no other YAML)."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        def unescape(match: re.Match[str]) -> str:
            code = match.group(1)
            return _YAML_SIMPLE[code] if code in _YAML_SIMPLE else chr(int(code[1:], 16))

        return _YAML_ESCAPE.sub(unescape, value[1:-1])
    return value


def _front_matter(lines: list[str]) -> tuple[int, PageMeta, list[Block]]:
    """A leading ``---`` ... ``---`` block: its fields go to the page metadata, its lines to chrome.

    Returns (lines consumed, metadata, chrome blocks); (0, empty, []) where there is none.
    """
    if not lines or lines[0].strip() != "---":
        return 0, PageMeta(), []
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return 0, PageMeta(), []
    found: dict[str, str] = {}
    chrome: list[Block] = []
    # Join YAML continuation lines (indented, or after a line ending in an escaped line break).
    entries: list[str] = []
    for line in lines[1:end]:
        cleaned = clean_line(line)
        if cleaned:
            chrome.append(Block(text=cleaned, chrome="front-matter"))
        if entries and (line[:1] in (" ", "\t") or entries[-1].endswith("\\")):
            entries[-1] = entries[-1].removesuffix("\\") + line.strip()
        else:
            entries.append(line.rstrip())
    for entry in entries:
        field_match = _FRONT_MATTER_FIELD.match(entry)
        if field_match:
            key = _FRONT_MATTER_KEYS.get(field_match.group(1).lower())
            value = _yaml_scalar(field_match.group(2))
            if key and value and key not in found:
                found[key] = value
    meta = PageMeta(title=clean_line(found["title"]) if "title" in found else None,
                    published=found.get("published"), modified=found.get("modified"), url=found.get("url"),
                    canonical_url=found.get("canonical_url"))
    return end + 1, meta, chrome


# The name of an HTML tag embedded in Markdown (raw HTML is legal Markdown): only real tag names, so
# autolinks such as <https://example.org> and <name@example.org> stay.
_HTML_TAG_NAME = re.compile(
    r"/?(?:a|abbr|b|br|center|div|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|li|ol|p|picture|section|"
    r"small|source|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul|video)(?=[\s/>])",
    re.I,
)


def strip_html_tags(text: str) -> str:
    """Remove HTML tags embedded in Markdown, including tags whose attributes span several lines.

    A linear scan: the next "<" and ">" positions only move forward, so adversarial runs of "<"
    cannot make it quadratic. Text between tags is kept.
    """
    if "<" not in text:
        return text
    out: list[str] = []
    pos = 0
    close = -1
    while True:
        start = text.find("<", pos)
        if start == -1:
            break
        if not _HTML_TAG_NAME.match(text, start + 1):
            out.append(text[pos : start + 1])
            pos = start + 1
            continue
        if close < start:
            close = text.find(">", start)
        if close == -1:
            break
        out.append(text[pos:start])
        # A tag that wrapped lines leaves one newline, so the lines around it stay apart.
        out.append("\n" if "\n" in text[start:close] else "")
        pos = close + 1
    out.append(text[pos:])
    return "".join(out)


def markdown_blocks(text: str) -> BlockDoc:
    """Markdown from wire feeds: headings, bullets, quotes and emphasis become plain blocks."""
    all_lines = strip_html_tags(text).split("\n")
    consumed, meta, blocks = _front_matter(all_lines)
    gap = True
    in_fence = False
    for line in all_lines[consumed:]:
        if ("`" in line or "~" in line) and _MD_FENCE.match(line):
            # Fenced text is still release text in wire dumps (e.g. a translated body).
            in_fence = not in_fence
            gap = True
            continue
        if not line.strip():
            gap = True
            continue
        line = unescape_entities(line)
        image_only = not in_fence and "](" in line and _MD_IMAGE.search(line) is not None \
            and not clean_line(_MD_IMAGE.sub("", line).strip("*_[]()<> "))
        if image_only:
            # A line that is only an image (perhaps linked): chrome, kept for the audit by its alt text.
            alt = clean_line(" ".join(m.group(1) for m in _MD_IMAGE.finditer(line))) or "[image]"
            blocks.append(Block(text=alt, gap_before=True, chrome="image"))
            gap = True
            continue
        # Each line-start pattern below runs only where the line's first visible character can open it
        # ("" where the line is white space only: every pattern then runs).
        first = line[:1]
        if first.isspace():
            first = line.lstrip()[:1]
        if not in_fence:
            if first in "-*_|:" and (_MD_RULE.match(line) or _MD_TABLE_SEP.match(line)):
                gap = True
                continue
            setext = _MD_SETEXT.match(line) if first in "=-" else None
            if setext and blocks and not gap and blocks[-1].kind == "paragraph":
                level = 1 if setext.group(1).startswith("=") else 2
                previous = blocks.pop()
                blocks.append(Block(text=previous.text, kind="heading", level=level,
                                    gap_before=previous.gap_before, link_chars=previous.link_chars))
                gap = True
                continue
        kind: BlockKind = "code" if in_fence else "paragraph"
        level = 0
        body = line
        if not in_fence:
            heading = _MD_HEADING.match(line) if first == "#" else None
            quote = _MD_QUOTE.match(line) if first == ">" else None
            bullet = _MD_BULLET.match(line) if first in "*+-" else None
            if heading:
                kind, level, body = "heading", len(heading.group(1)), heading.group(2)
            elif quote:
                kind, body = "quote", line[quote.end():]
            elif bullet and not _MD_RULE.match(line):
                kind, level, body = "item", 1 + len(bullet.group(1)) // 2, line[bullet.end():]
            if "|" in body and body.strip().startswith("|"):
                body = " ".join(cell.strip() for cell in body.strip().strip("|").split("|"))
                kind = "cell"
            body, link_chars = _strip_inline_markdown(body)
        else:
            link_chars = 0
        cleaned = clean_line(body)
        if not cleaned:
            gap = True
            continue
        blocks.append(Block(text=cleaned, kind=kind, level=level, gap_before=gap or not blocks,
                            link_chars=min(link_chars, len(cleaned))))
        gap = kind == "heading"
    return BlockDoc(blocks=tuple(blocks), meta=meta)


__all__ = [
    "Block", "BlockDoc", "BlockKind", "PageMeta", "clean_line", "markdown_blocks", "new_block", "text_blocks",
    "unescape_entities",
]
