"""Stage 2, blocks: decoded text (plain, Markdown; HTML in ``html.py``) to one block list.

Every input format ends here as the same thing: a tuple of :class:`Block`, one per visible
line, in reading order, plus what the page said about itself (:class:`PageMeta`). All later
stages work on blocks only, so a release gives the same record whatever format it came in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .records import Warning

BlockKind = Literal["heading", "paragraph", "item", "quote", "cell", "code"]


@dataclass(frozen=True, slots=True)
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


def clean_line(line: str) -> str:
    """Collapse runs of white space (including no-break and zero-width spaces) and trim."""
    return _SPACE.sub(" ", line).strip()


def text_blocks(text: str) -> BlockDoc:
    """Plain text dump of a rendered page: one block per non-empty line."""
    blocks: list[Block] = []
    gap = True
    for line in text.split("\n"):
        cleaned = clean_line(line)
        if not cleaned:
            gap = True
            continue
        blocks.append(Block(text=cleaned, gap_before=gap or not blocks))
        gap = False
    return BlockDoc(blocks=tuple(blocks))


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

    def link(match: re.Match[str]) -> str:
        nonlocal link_chars
        link_chars += len(match.group(1))
        return match.group(1)

    line = _MD_IMAGE.sub(lambda m: m.group(1), line)
    line = _MD_LINK.sub(link, line)
    line = _MD_CODE.sub(lambda m: m.group(1), line)
    line = _MD_EMPHASIS.sub(lambda m: m.group(2), line)
    line = _MD_ESCAPE.sub(lambda m: m.group(1), line)
    return line, link_chars


def markdown_blocks(text: str) -> BlockDoc:
    """Markdown from wire feeds: headings, bullets, quotes and emphasis become plain blocks."""
    blocks: list[Block] = []
    gap = True
    in_fence = False
    for line in text.split("\n"):
        if _MD_FENCE.match(line):
            # Fenced text is still release text in wire dumps (e.g. a translated body).
            in_fence = not in_fence
            gap = True
            continue
        if not line.strip():
            gap = True
            continue
        if not in_fence:
            if _MD_RULE.match(line) or _MD_TABLE_SEP.match(line):
                gap = True
                continue
            setext = _MD_SETEXT.match(line)
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
            heading = _MD_HEADING.match(line)
            quote = _MD_QUOTE.match(line)
            bullet = _MD_BULLET.match(line)
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
    return BlockDoc(blocks=tuple(blocks))


__all__ = ["Block", "BlockDoc", "BlockKind", "PageMeta", "clean_line", "markdown_blocks", "text_blocks"]
