"""The pipeline: load -> blocks -> strip chrome -> split languages -> extract fields -> record.

Each extractor runs behind a guard: an unexpected exception inside one becomes an
``extractor_failed`` warning on the record, and every other field is still produced.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from . import __about__
from .blocks import BlockDoc, markdown_blocks, text_blocks
from .chrome import Body, strip_chrome
from .contacts import find_contacts
from .dateline import find_dateline
from .dates import Dates, find_dates
from .html import html_blocks
from .languages import Languages, sections_from_line_languages, split_languages
from .lists import demands_from, find_lists
from .load import load
from .options import ParseOptions
from .pairing import pair_counterparts
from .quotes import find_quotes
from .records import (
    SCHEMA_VERSION,
    Contact,
    JsonScalar,
    NumberedList,
    PageInfo,
    PressRelease,
    Quote,
    Warning,
)
from .title import find_title

T = TypeVar("T")


def _guard(
    stage: str, fallback: T, warnings: list[Warning], run: Callable[..., tuple[T, list[Warning]]], *args: Any
) -> T:
    """``run(*args)``, or ``fallback`` with an ``extractor_failed`` warning where it raises."""
    try:
        value, found = run(*args)
    except RecursionError:
        warnings.append(Warning("extractor_failed", stage, "input nested too deeply for this stage"))
        return fallback
    except Exception as exc:
        warnings.append(Warning("extractor_failed", stage, f"{type(exc).__name__}: {exc}"[:300]))
        return fallback
    if found:
        warnings.extend(found)
    return value


def _split_languages(body: Body) -> tuple[Languages, list[Warning]]:
    return split_languages(body), []


def make_blocks(text: str, fmt: str, options: ParseOptions) -> BlockDoc:
    if fmt == "html":
        return html_blocks(text, options)
    if fmt == "markdown":
        return markdown_blocks(text)
    return text_blocks(text)


def content_hash(text: str) -> str:
    """Hash of the cleaned text, insensitive to case and white-space layout."""
    # The hash of " ".join(text.casefold().split()), worked out on the UTF-8 bytes that are hashed anyway (a
    # string per word, casefold() and isprintable() would each cost more than the SHA-256 itself): every
    # white-space character made a space, the text casefolded, runs of spaces collapsed, the ends trimmed.
    # In UTF-8 every ASCII character is one byte of its own and no other character holds an ASCII byte, so
    # a byte table does it for ASCII (casefold() lowercases ASCII letters), and each character outside ASCII
    # that casefolding changes or that is white space (rare: "É", a no-break space) is replaced wherever it
    # occurs (casefolding goes character by character, and what it gives is folded already).
    try:
        folded = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the plain way raises as it always did
        return _content_hash_split(text)
    if not text.isascii():
        others = folded.translate(None, _ASCII).decode("utf-8")  # the characters outside ASCII
        if others.casefold() != others or (not others.isprintable() and any(map(str.isspace, others))):
            changed = [char for char in set(others) if char.isspace() or char.casefold() != char]
            if len(changed) > _MAX_FOLD_REPLACES:
                return _content_hash_split(text)
            for char in changed:
                by = b" " if char.isspace() else char.casefold().encode("utf-8")
                folded = folded.replace(char.encode("utf-8"), by)
    folded = folded.translate(_FOLD_ASCII)
    # Each pass turns every run of spaces into one about half as long (runs are mostly the two spaces of a
    # paragraph break).
    pieces = folded.split(b"  ")
    while len(pieces) > 1:
        folded = b" ".join(pieces)
        pieces = folded.split(b"  ")
    return "sha256:" + hashlib.sha256(folded.strip(b" ")).hexdigest()


_ASCII = bytes(range(128))
# ASCII casefolded, its white space (str.isspace) made a space.
_FOLD_ASCII = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f", b"abcdefghijklmnopqrstuvwxyz" + b" " * 9
)
_MAX_FOLD_REPLACES = 8
"""Above this many different characters to replace outside ASCII, casefold() and split() cost less."""


def _content_hash_split(text: str) -> str:
    """content_hash the plain way."""
    folded = " ".join(text.casefold().split())
    return "sha256:" + hashlib.sha256(folded.encode("utf-8")).hexdigest()


def parse_with(
    data: bytes | str,
    options: ParseOptions,
    source: str | None = None,
    *,
    input_id: str | None = None,
    metadata: Mapping[str, JsonScalar] | None = None,
) -> PressRelease:
    """Run the whole pipeline on one page."""
    loaded = load(data, options, source)
    warnings: list[Warning] = list(loaded.warnings)
    doc = make_blocks(loaded.text, loaded.format, options)
    warnings.extend(doc.warnings)
    body: Body = strip_chrome(doc)

    maybe_langs = _guard("languages", None, warnings, _split_languages, body)
    if maybe_langs is None:  # detection failed: one "und" section, built only in that case
        line_languages = tuple("und" for _ in body.lines)
        maybe_langs = Languages(line_languages, sections_from_line_languages(body, line_languages))
    langs: Languages = maybe_langs
    title = _guard("title", None, warnings, find_title, body)
    dateline = _guard("dateline", None, warnings, find_dateline, body, langs, options)
    dates = _guard("dates", _NO_DATES, warnings, find_dates, body, langs, dateline, options)
    no_contacts: tuple[Contact, ...] = ()
    no_lists: tuple[NumberedList, ...] = ()
    no_quotes: tuple[Quote, ...] = ()
    contacts = _guard("contacts", no_contacts, warnings, find_contacts, body, langs, dateline, options)
    line_limit = options.max_line_chars
    lists = _guard("lists", no_lists, warnings, lambda: find_lists(body, langs, max_line_chars=line_limit))
    quotes = _guard("quotes", no_quotes, warnings, lambda: find_quotes(body, langs, max_line_chars=line_limit))
    demands, quotes = pair_counterparts(demands_from(lists), quotes)

    meta = body.meta
    page = PageInfo(
        url=meta.url or (source if source and "://" in source else None),
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        organization=meta.organization,
        language=meta.language,
        wire_service=meta.wire_service,
    )
    return PressRelease(
        source=source,
        input_id=input_id,
        format=loaded.format,
        schema_version=SCHEMA_VERSION,
        parser_version=__about__.version(),
        title=title.text if title else None,
        title_span=title.span if title else None,
        release_date=dates.release,
        release_date_raw=dates.release_raw,
        release_date_method=dates.release_method,
        updated_date=dates.updated,
        updated_date_raw=dates.updated_raw,
        dateline=dateline,
        contacts=contacts,
        sections=langs.sections,
        demands=demands,
        quotes=quotes,
        lists=lists,
        page=page,
        metadata=_plain_metadata(metadata),
        text=body.text,
        content_hash=content_hash(body.text),
        chrome=body.chrome,
        warnings=tuple(warnings),
    )


_NO_DATES = Dates()
"""The dates where the dates extractor failed (a frozen value, shared)."""


def _plain_metadata(metadata: Mapping[str, JsonScalar] | None) -> tuple[tuple[str, JsonScalar], ...]:
    """Input metadata as sorted pairs of JSON scalars (anything else is kept as its str())."""
    if not metadata:
        return ()
    out: list[tuple[str, JsonScalar]] = []
    for key, value in metadata.items():
        if value is None or isinstance(value, (str, int, float, bool)):
            out.append((str(key), value))
        else:
            out.append((str(key), str(value)))
    return tuple(sorted(out, key=lambda pair: pair[0]))


__all__ = ["content_hash", "make_blocks", "parse_with"]
