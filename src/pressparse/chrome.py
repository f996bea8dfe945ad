"""Stage 3, strip chrome: drop site furniture from the blocks and lay out the cleaned text.

Input: the blocks of a page. Output: a :class:`Body`, the cleaned text with every kept line
placed in it (so extractors can give spans), the removed lines with their reason, and the
facts those removed lines carried (an "Updated: Feb 5, 2021" line is chrome, but its date
is the record's ``updated_date``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from .blocks import Block, BlockDoc, BlockKind, PageMeta
from .records import ChromeLine

FactKind = Literal["updated", "published", "author", "reading-time"]


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact read from a chrome line before the line was removed."""

    kind: FactKind
    raw: str
    """The text the fact is in (the whole removed line)."""


@dataclass(frozen=True, slots=True)
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

    @property
    def end(self) -> int:
        return self.start + len(self.text)


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


def lay_out(kept: list[tuple[Block, str | None]], meta: PageMeta, facts: tuple[Fact, ...] = ()) -> Body:
    """Build a :class:`Body` from blocks marked with a chrome reason (None = keep).

    Lines join with a blank line where the page had a paragraph break, else with a newline.
    """
    parts: list[str] = []
    lines: list[Line] = []
    chrome: list[ChromeLine] = []
    length = 0
    for block, reason in kept:
        if reason is not None:
            chrome.append(ChromeLine(text=block.text, offset=length, reason=reason))
            continue
        if lines:
            sep = "\n\n" if block.gap_before else "\n"
            parts.append(sep)
            length += len(sep)
        lines.append(
            Line(
                index=len(lines),
                text=block.text,
                start=length,
                kind=block.kind,
                level=block.level,
                gap_before=block.gap_before if lines else True,
                number=block.number,
                hidden=block.hidden,
            )
        )
        parts.append(block.text)
        length += len(block.text)
    return Body(text="".join(parts), lines=tuple(lines), chrome=tuple(chrome), facts=facts, meta=meta)


def strip_chrome(doc: BlockDoc) -> Body:
    """Decide which blocks are chrome, keep the facts they carry, lay out the rest."""
    marked: list[tuple[Block, str | None]] = [(block, block.chrome) for block in doc.blocks]
    return lay_out(marked, doc.meta)


__all__ = ["Body", "Fact", "FactKind", "Line", "lay_out", "strip_chrome"]
