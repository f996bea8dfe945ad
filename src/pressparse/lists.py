"""Extractor: numbered lists, and the demands among them."""

from __future__ import annotations

from .chrome import Body
from .languages import Languages
from .records import Demand, NumberedList, Warning


def find_lists(body: Body, langs: Languages) -> tuple[tuple[NumberedList, ...], list[Warning]]:
    """Every numbered list: one item per line, or run together in one paragraph."""
    return (), []


def demands_from(lists: tuple[NumberedList, ...]) -> tuple[Demand, ...]:
    """The items of demand lists as :class:`Demand` records (counterparts unset)."""
    return ()


__all__ = ["demands_from", "find_lists"]
