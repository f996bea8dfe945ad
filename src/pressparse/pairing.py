"""Counterparts: in a bilingual release, link each demand and quote to its translation."""

from __future__ import annotations

from .records import Demand, Quote


def pair_counterparts(
    demands: tuple[Demand, ...], quotes: tuple[Quote, ...]
) -> tuple[tuple[Demand, ...], tuple[Quote, ...]]:
    """Set ``counterpart`` on demands and quotes that translate each other."""
    return demands, quotes


__all__ = ["pair_counterparts"]
