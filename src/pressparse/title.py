"""Extractor: the release's headline (not the site name)."""

from __future__ import annotations

from dataclasses import dataclass

from .chrome import Body
from .records import Span, Warning


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    span: Span | None
    method: str


def find_title(body: Body) -> tuple[Title | None, list[Warning]]:
    """The headline: the first heading, else the first line that reads like one."""
    for line in body.lines[:10]:
        if line.kind == "heading":
            return Title(line.text, (line.start, line.end), "heading"), []
    if body.meta.title:
        return Title(body.meta.title, None, "meta"), []
    return None, []


__all__ = ["Title", "find_title"]
