"""pressparse: turn scraped press-release pages into typed, auditable records.

>>> import pressparse
>>> rec = pressparse.parse(b"ACME Opens New Plant\\n\\nWASHINGTON - ACME opened a plant today.")
>>> rec.format
'text'
"""

from __future__ import annotations

import functools
import os
import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .errors import InputError, PressParseError, TooLargeError

if TYPE_CHECKING:
    # Every other public name loads on first use (see __getattr__): ``import pressparse`` stays cheap
    # (no dataclass machinery, no pipeline, no lxml/dateparser/langdetect), so a CLI ``--help`` or a
    # worker that only forwards pages does not pay for them.
    import datetime as _dt
    from collections.abc import Mapping

    from .batch import ErrorRow, InputRecord, Result, parse_many
    from .evaluate import EvalReport, evaluate
    from .options import FormatOption, ParseOptions
    from .readers import iter_records, read_folder, read_jsonl, read_warc
    from .records import (
        SCHEMA_VERSION,
        WARNING_CODES,
        ChromeLine,
        Contact,
        Dateline,
        Demand,
        JsonScalar,
        ListItem,
        NumberedList,
        PageInfo,
        PressRelease,
        Quote,
        Section,
        Warning,
    )
    from .schema import json_schema
    from .writers import to_dataframe

# Public name -> the submodule that defines it, imported on first access.
_LAZY = {
    "ErrorRow": "batch", "InputRecord": "batch", "Result": "batch", "parse_many": "batch",
    "iter_records": "readers", "read_folder": "readers", "read_jsonl": "readers", "read_warc": "readers",
    "to_dataframe": "writers",
    "render_html": "render", "render_report": "report",
    "EvalReport": "evaluate", "evaluate": "evaluate",
    "FormatOption": "options", "ParseOptions": "options",
    "json_schema": "schema",
    **{name: "records" for name in (
        "SCHEMA_VERSION", "WARNING_CODES", "ChromeLine", "Contact", "Dateline", "Demand", "JsonScalar",
        "ListItem", "NumberedList", "PageInfo", "PressRelease", "Quote", "Section", "Warning")},
}


class _Package(types.ModuleType):
    """The package module: importing a submodule must not rebind a lazy public name of the same
    name (``import pressparse.evaluate`` would otherwise replace the function ``evaluate``)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from .__about__ import version

        return version()
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value
    raise AttributeError(f"module 'pressparse' has no attribute {name!r}")


def parse(
    data: bytes | str,
    *,
    source: str | None = None,
    format: FormatOption = "auto",
    encoding: str | None = None,
    reference_date: _dt.date | None = None,
    default_region: str = "US",
    options: ParseOptions | None = None,
    input_id: str | None = None,
    metadata: Mapping[str, JsonScalar] | None = None,
) -> PressRelease:
    """Parse one scraped press-release page into a :class:`PressRelease`.

    ``data`` is raw HTML, a plain-text dump of a rendered page, or Markdown, as bytes (any
    encoding) or str. Keyword options are those of :class:`ParseOptions`; pass ``options``
    to share one value across calls (then the other keywords must be left at their defaults).
    ``input_id`` and ``metadata`` (fields that came with the input, e.g. a JSONL record's url and
    date) are carried onto the record unchanged.
    Raises :class:`InputError` for input that is not a page (binary, undecodable) and
    :class:`TooLargeError` past ``max_bytes``; everything else becomes a warning on the record.

    >>> rec = parse("FOR IMMEDIATE RELEASE\\n\\nWASHINGTON - The agency said so.", source="x.txt")
    >>> rec.source
    'x.txt'
    """
    parse_with, default_options = _pipeline()
    if options is None:
        if format == "auto" and encoding is None and reference_date is None and default_region == "US":
            options = default_options
        else:
            from .options import ParseOptions

            options = ParseOptions(format=format, encoding=encoding, reference_date=reference_date,
                                   default_region=default_region)
    elif (format, encoding, reference_date, default_region) != ("auto", None, None, "US"):
        raise TypeError("pass either options= or individual option keywords, not both")
    return parse_with(data, options, source, input_id=input_id, metadata=metadata)


@functools.cache
def _pipeline() -> tuple[Callable[..., PressRelease], ParseOptions]:
    """The pipeline's entry point and the default options (one frozen value for every call that sets no
    option), imported and made on the first parse rather than on every one."""
    from .options import ParseOptions
    from .pipeline import parse_with

    return parse_with, ParseOptions()


def parse_file(path: str | os.PathLike[str], *, options: ParseOptions | None = None, **kwargs: Any) -> PressRelease:
    """Read a file and parse it; ``source`` is the path. Keywords as for :func:`parse`.

    Examples:
        >>> rec = parse_file("fixtures/docs/europarl-2019-07-venezuela-sanctions.html")
        >>> rec.source, rec.format
        ('fixtures/docs/europarl-2019-07-venezuela-sanctions.html', 'html')
        >>> parse_file("no/such/page.txt")
        Traceback (most recent call last):
            ...
        pressparse.errors.InputError: no/such/page.txt: cannot read file: No such file or directory
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=name) from exc
    kwargs.setdefault("source", name)
    return parse(data, options=options, **kwargs)


__all__ = [
    "SCHEMA_VERSION",
    "WARNING_CODES",
    "ChromeLine",
    "Contact",
    "Dateline",
    "Demand",
    "ErrorRow",
    "EvalReport",
    "InputError",
    "InputRecord",
    "ListItem",
    "NumberedList",
    "PageInfo",
    "ParseOptions",
    "PressParseError",
    "PressRelease",
    "Quote",
    "Result",
    "Section",
    "TooLargeError",
    "Warning",
    "__version__",
    "evaluate",
    "iter_records",
    "json_schema",
    "parse",
    "parse_file",
    "parse_many",
    "read_folder",
    "read_jsonl",
    "read_warc",
    "render_html",
    "render_report",
    "to_dataframe",
]
