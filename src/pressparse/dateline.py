"""Extractor: the dateline (place, and date where printed) that opens the release body."""

from __future__ import annotations

from .chrome import Body
from .languages import Languages
from .options import ParseOptions
from .records import Dateline, Warning


def find_dateline(body: Body, langs: Languages, options: ParseOptions) -> tuple[Dateline | None, list[Warning]]:
    """The dateline at the start of the body's first paragraph, or None."""
    return None, []


__all__ = ["find_dateline"]
