"""Stage 1, load: bytes or str in, decoded text and its format out.

Decoding order (bytes only): a byte-order mark; a forced ``encoding`` option; the charset
the page declares, but only where the bytes are not valid UTF-8 (pages often declare
ISO-8859-1 and send UTF-8; ISO-8859-1 itself is read as cp1252, as browsers do); UTF-8;
then cp1252 with replacement characters and a ``decoding_replaced`` warning.
"""

from __future__ import annotations

import codecs
import itertools
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import InputError, TooLargeError
from .options import ParseOptions
from .records import Format, Warning

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)

# File signatures of formats that are certainly not a web page.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
)
_SIGNATURE_PREFIXES = tuple(signature for signature, _ in _BINARY_SIGNATURES)
_GZIP_MAGIC = b"\x1f\x8b"

# <meta charset="x"> or <meta http-equiv=Content-Type content="text/html; charset=x"> in the
# first bytes of a page. Bounded character classes only, so it cannot backtrack badly.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)

# Evidence of HTML: a doctype or an <html>/<head>/<body> tag opening the page (after any leading
# comments, skipped without a regex), or several common block tags.
_HTML_START = re.compile(r"<(?:!doctype\s{1,20}html|html|head|body)\b", re.I)
_HTML_TAG = re.compile(r"<(?:p|div|br|span|a|h[1-6]|li|ul|ol|table|article|section|meta|title)\b[^<>]{0,500}>", re.I)

# Evidence of Markdown: ATX headings, emphasis, links, fences, setext underlines.
# Every alternative opens with a literal character (a line-start anchor is checked just after it, by a
# one-character lookbehind "(?<=^#)"), so the regex engine finds candidate positions with its C charset
# scan instead of entering the matcher at every character (same matches, 3x faster on text pages).
_MD_SIGNS = re.compile(
    r"#(?<=^#)#{0,5}[ \t]+\S"  # "# Heading" at a line start
    r"|\*\*[^*\n]{1,200}\*\*"  # **bold**
    r"|\[[^\]\n]{1,300}\]\([^)\s]{1,500}\)"  # [text](url)
    r"|`(?<=^`)``"  # code fence at a line start
    r"|=(?<=^=)[=-]{2,}[ \t]*$"  # setext underline / rule: a line of 3+ "=" / "-"
    r"|-(?<=^-)[=-]{2,}[ \t]*$",
    re.M,
)


@dataclass(frozen=True, slots=True)
class Loaded:
    """The decoded input."""

    text: str
    format: Format
    encoding: str | None
    warnings: tuple[Warning, ...]


def load(data: bytes | str, options: ParseOptions, source: str | None = None) -> Loaded:
    """Decode ``data`` and tell its format. Raises ``InputError`` for what is not a page."""
    warnings: list[Warning] = []
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if len(raw) > options.max_bytes:
            raise TooLargeError(
                f"input is {len(raw):,} bytes, over the limit of {options.max_bytes:,} (max_bytes)",
                source=source,
            )
        raw = _gunzip(raw, options, source)
        _reject_binary(raw, source)
        text, encoding, replaced = decode(raw, options.encoding, source)
        if replaced:
            warnings.append(
                Warning(
                    "decoding_replaced",
                    "load",
                    "the bytes are neither valid UTF-8 nor in their declared charset; read as cp1252 "
                    "with replacement characters",
                )
            )
    elif isinstance(data, str):
        if len(data) > options.max_bytes:
            raise TooLargeError(
                f"input is {len(data):,} characters, over the limit of {options.max_bytes:,} (max_bytes)",
                source=source,
            )
        text, encoding = data, None
        if "\x00" in text[:4096]:
            raise InputError("input contains NUL characters; it looks binary, not a page", source=source)
    else:
        raise TypeError(f"parse() takes bytes or str, not {type(data).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt: Format = options.format if options.format != "auto" else detect_format(text, source)
    return Loaded(text=text, format=fmt, encoding=encoding, warnings=tuple(warnings))


def _gunzip(raw: bytes, options: ParseOptions, source: str | None) -> bytes:
    """Unpack gzip input (once more if the payload is itself gzip, no further)."""
    if not raw.startswith(_GZIP_MAGIC):
        return raw
    out = _inflate(raw, options, source)
    if out.startswith(_GZIP_MAGIC):
        out = _inflate(out, options, source)
    return out


def _inflate(raw: bytes, options: ParseOptions, source: str | None) -> bytes:
    # Decompress with an output bound so a gzip bomb cannot exhaust memory.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, options.max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"input looks gzip-compressed but cannot be unpacked: {exc}", source=source) from exc
    if len(out) > options.max_bytes:
        raise TooLargeError(
            f"gzip input unpacks to more than {options.max_bytes:,} bytes (max_bytes)", source=source
        )
    if not inflater.eof:
        raise InputError("gzip input is cut off before its end (truncated download?)", source=source)
    return out


def _reject_binary(raw: bytes, source: str | None) -> None:
    # One startswith with every signature at once rules out the common case (a page) in C.
    if raw.startswith(_SIGNATURE_PREFIXES):
        for signature, what in _BINARY_SIGNATURES:
            if raw.startswith(signature):
                raise InputError(f"input is {what}, not a web page or text", source=source)
    # NUL bytes in the first 4096 bytes, unless the page is UTF-16 (searched in place, without a copy).
    if raw.find(b"\x00", 0, 4096) != -1:
        head = raw[:4096]
        if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not _looks_utf16(head):
            raise InputError("input contains NUL bytes; it looks binary, not a page", source=source)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: every other byte NUL for ASCII text."""
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd)


def decode(raw: bytes, forced: str | None = None, source: str | None = None) -> tuple[str, str, bool]:
    """Decode bytes; returns (text, encoding used, whether characters were replaced)."""
    if raw.startswith(_BOM_PREFIXES):
        for bom, name in _BOMS:  # in order: the UTF-32-LE mark starts with the UTF-16-LE one
            if raw.startswith(bom):
                return raw[len(bom) :].decode(name, errors="replace"), name, False
    if forced:
        try:
            return raw.decode(_browser_alias(forced), errors="strict"), forced, False
        except LookupError as exc:
            raise InputError(f"unknown encoding {forced!r}", source=source) from exc
        except UnicodeDecodeError:
            return raw.decode(_browser_alias(forced), errors="replace"), forced, True
    try:
        return raw.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(raw)
    if declared:
        try:
            return raw.decode(declared, errors="strict"), declared, False
        except (LookupError, UnicodeDecodeError):
            pass
    if _looks_utf16(raw[:4096]):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                return raw.decode(name), name, False
            except UnicodeDecodeError:
                continue
    try:
        return raw.decode("cp1252"), "cp1252", False
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252", True


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").strip().lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return _browser_alias(name)


def _browser_alias(name: str) -> str:
    """Browsers read ISO-8859-1 and ASCII labels as windows-1252 (WHATWG Encoding)."""
    lowered = name.lower().replace("_", "-")
    if lowered in {"iso-8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso8859-1"}:
        return "cp1252"
    return name


def detect_format(text: str, source: str | None = None) -> Format:
    """Tell HTML, Markdown and plain text apart from the text (and the source's extension)."""
    head = text[:20_000]
    start = head.lstrip()
    while start.startswith("<!--") and "-->" in start:
        start = start[start.index("-->") + 3 :].lstrip()
    if _HTML_START.match(start):
        return "html"
    if source:
        lowered = source.lower().split("?")[0]
        if lowered.endswith((".html", ".htm", ".xhtml")):
            return "html" if "<" in head else "text"
        if lowered.endswith((".md", ".markdown")):
            return "markdown"
    # Count only up to the threshold: most pages decide long before the end of the head.
    if "<" in head and _at_least(_HTML_TAG.finditer(head), 5):
        return "html"
    if _markdown_signs_at_least(head, 2):
        return "markdown"
    return "text"


def _at_least(matches: Iterator[re.Match[str]], n: int) -> bool:
    return sum(1 for _ in itertools.islice(matches, n)) >= n


# The characters a line-start alternative of _MD_SIGNS opens with.
_MD_LINE_SIGN_FIRST = frozenset("#`=-")


def _markdown_signs_at_least(head: str, n: int) -> bool:
    """Whether _MD_SIGNS finds ``n`` matches in ``head`` (as _at_least(_MD_SIGNS.finditer(head), n)).

    No match crosses a line break, so the matches are those found in each line on its own. Without "**"
    and "](" (looked for in C; a text page mostly has neither) only the line-start alternatives can
    match: once at most per line, and only on a line opening with one of their characters. The regex
    then runs on those lines alone instead of scanning every character of the page."""
    if ("*" in head and "**" in head) or ("[" in head and "](" in head):
        return _at_least(_MD_SIGNS.finditer(head), n)
    found = 0
    for line in head.split("\n"):
        if line[:1] in _MD_LINE_SIGN_FIRST and _MD_SIGNS.match(line):
            found += 1
            if found >= n:
                return True
    return False


__all__ = ["Loaded", "decode", "detect_format", "load"]
