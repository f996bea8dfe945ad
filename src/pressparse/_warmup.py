"""Imported once by the batch pool's fork server: load the parser and its lazily built tables
(language profiles, date data) so that every worker forked from the server starts warm."""

from __future__ import annotations

import contextlib
import gc

from . import parse

WARM_UP_PAGE = b"FOR IMMEDIATE RELEASE\n\nWarm-up Page\n\nWASHINGTON, Jan. 5, 2021 - The agency said so today."

with contextlib.suppress(Exception):
    parse(WARM_UP_PAGE)
    # Patterns that compile on first use: build them once here, not once per forked worker.
    from .chrome import compile_lazy_patterns
    from .dateline import compile_patterns

    compile_patterns()
    compile_lazy_patterns()

# Everything loaded so far lives as long as the worker: move it out of the collector's generations
# (gc.freeze), so that collections while parsing walk only the pages' own objects (this is a worker
# process of ours, never a user's), and forked workers do not copy those pages of memory by touching them.
gc.collect()
gc.freeze()
