"""Parse options: one frozen value shared by ``parse``, batch runs and the CLI."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Literal

FormatOption = Literal["auto", "text", "markdown", "html"]


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """How to parse a page. Unknown option names are a ``TypeError`` (dataclass keywords).

    One frozen value can be shared by many calls (and is what batch workers receive):

    Examples:
        >>> import datetime, pressparse
        >>> opts = ParseOptions(reference_date=datetime.date(2024, 3, 1), max_line_chars=5_000)
        >>> page = "Senator Opens Office\\n\\nWASHINGTON, Feb. 5 - The senator opened an office."
        >>> pressparse.parse(page, options=opts).dateline.date
        datetime.date(2024, 2, 5)
        >>> ParseOptions(format="pdf")
        Traceback (most recent call last):
        ...
        ValueError: format must be auto, text, markdown or html, not 'pdf'
        >>> ParseOptions(max_pages=3)
        Traceback (most recent call last):
        ...
        TypeError: ParseOptions.__init__() got an unexpected keyword argument 'max_pages'
    """

    format: FormatOption = "auto"
    """Input format; "auto" tells HTML, Markdown and plain text apart."""
    encoding: str | None = None
    """Force this encoding for bytes input (otherwise BOM, declared charset, UTF-8, cp1252)."""
    reference_date: _dt.date | None = None
    """Date that relative or yearless dates ("Feb 5", "3 days ago") resolve against. Without it
    such dates stay empty with a ``date_unresolved`` warning, so output never depends on today."""
    default_region: str = "US"
    """ISO 3166 region for phone numbers printed without a country code, when the page gives
    no better evidence (a printed country code or the dateline's country)."""
    max_bytes: int = 20_000_000
    """Inputs larger than this raise ``TooLargeError``."""
    max_line_chars: int = 20_000
    """Extractors look at no more than this many characters of any one line."""
    max_dom_depth: int = 255
    """HTML nesting deeper than this is cut, with a ``truncated`` warning."""
    max_elements: int = 500_000
    """HTML with more elements than this is cut, with a ``truncated`` warning."""

    def __post_init__(self) -> None:
        if self.format not in ("auto", "text", "markdown", "html"):
            raise ValueError(f"format must be auto, text, markdown or html, not {self.format!r}")
        if self.reference_date is not None and not isinstance(self.reference_date, _dt.date):
            raise TypeError("reference_date must be a datetime.date")
        if not (isinstance(self.default_region, str) and len(self.default_region) == 2):
            raise ValueError(f"default_region must be a two-letter region code, not {self.default_region!r}")
        for name in ("max_bytes", "max_line_chars", "max_dom_depth", "max_elements"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise ValueError(f"{name} must be a positive integer, not {value!r}")


__all__ = ["FormatOption", "ParseOptions"]
