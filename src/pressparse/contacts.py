"""Extractor: media and press contacts (names, phones in E.164, emails)."""

from __future__ import annotations

from .chrome import Body
from .languages import Languages
from .options import ParseOptions
from .records import Contact, Dateline, Warning


def find_contacts(
    body: Body, langs: Languages, dateline: Dateline | None, options: ParseOptions
) -> tuple[tuple[Contact, ...], list[Warning]]:
    """The media contacts the release lists (not the people it quotes)."""
    return (), []


__all__ = ["find_contacts"]
