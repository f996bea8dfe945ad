"""Extractor: quotations with speaker, statements, and block excerpts with their source."""

from __future__ import annotations

from .chrome import Body
from .languages import Languages
from .records import Quote, Warning


def find_quotes(body: Body, langs: Languages) -> tuple[tuple[Quote, ...], list[Warning]]:
    """Direct quotes, statements and excerpts, in text order (counterparts unset)."""
    return (), []


__all__ = ["find_quotes"]
