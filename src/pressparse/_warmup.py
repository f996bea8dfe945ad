"""Imported once by the batch pool's fork server: load the parser and its lazily built tables
(language profiles, date data) so that every worker forked from the server starts warm."""

from __future__ import annotations

import contextlib

from . import parse

WARM_UP_PAGE = b"FOR IMMEDIATE RELEASE\n\nWarm-up Page\n\nWASHINGTON, Jan. 5, 2021 - The agency said so today."

with contextlib.suppress(Exception):
    parse(WARM_UP_PAGE)
    # Patterns that compile on first use: build them once here, not once per forked worker.
    from .chrome import compile_lazy_patterns
    from .dateline import compile_patterns

    compile_patterns()
    compile_lazy_patterns()
