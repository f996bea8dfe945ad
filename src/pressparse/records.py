"""The typed records pressparse returns.

Every record is a frozen, slotted dataclass holding only plain values (str, int,
bool, ``datetime.date``, None) and tuples of them, so it pickles, hashes and
compares by value. ``to_dict`` turns a record into JSON types (dates as ISO
strings, tuples as lists, spans as ``[start, end]``); ``from_dict`` reads that
back exactly.

Spans are half-open indices into :attr:`PressRelease.text`, the cleaned text:
``record.text[start:end] == item.raw`` for every item that has both.

Field names and types are a contract: fields may be added in minor releases,
never renamed or retyped. ``SCHEMA_VERSION`` changes when fields are added.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]
"""Half-open ``(start, end)`` indices into :attr:`PressRelease.text`."""

JsonScalar = Union[str, int, float, bool, None]  # noqa: UP007  (runtime alias used by from_dict)

DemandKind = Literal["demand", "request", "question", "recommendation", "step"]
QuoteKind = Literal["direct", "excerpt", "statement"]
Format = Literal["text", "markdown", "html"]

WARNING_CODES: tuple[str, ...] = (
    "not_a_release",
    "unsupported_language",
    "date_unresolved",
    "truncated",
    "low_evidence",
    "decoding_replaced",
    "not_attempted",
    "extractor_failed",
    "phone_region_doubtful",
    "limit_exceeded",
)
"""The closed list of :attr:`Warning.code` values (documented in docs/limits.md)."""


@dataclass(frozen=True, slots=True)
class Warning:
    """Something the parser wants a user to know about one record.

    Examples:
        >>> import pressparse
        >>> rec = pressparse.parse("Senator Opens Office\\n\\nWASHINGTON, Feb. 5 - The senator opened an office.")
        >>> [(w.stage, w.message) for w in rec.warnings if w.code == "date_unresolved"]
        [('dateline', "dateline date without a year: 'Feb. 5'")]
        >>> all(w.code in WARNING_CODES for w in rec.warnings)
        True
    """

    code: str
    """One of :data:`WARNING_CODES`."""
    stage: str
    """Pipeline stage that raised it: load, blocks, chrome, languages, title, dates, dateline,
    contacts, lists, quotes, record."""
    message: str
    """Human-readable explanation."""


@dataclass(frozen=True, slots=True)
class ChromeLine:
    """A line of site chrome removed from the text, kept so a user can audit the removal.

    Examples:
        >>> import pressparse
        >>> rec = pressparse.parse_file("fixtures/docs/immdef-2021-02-03-biden-action.txt")
        >>> rec.chrome[1]
        ChromeLine(text='Updated: Feb 5, 2021', offset=100, reason='date-line')
    """

    text: str
    """The removed line as it read on the page."""
    offset: int
    """Where in :attr:`PressRelease.text` it was cut out (the index it would have started at)."""
    reason: str
    """Why it was removed: edge, navigation, teaser-run, counter, form, footer, share, date-line,
    markup, hidden, script, link-list, ..."""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of the release body in one language. Sections tile the body in order.

    Examples:
        >>> import pressparse
        >>> rec = pressparse.parse_file("fixtures/docs/immdef-2021-02-03-biden-action.txt")
        >>> [(s.language, s.span) for s in rec.sections]
        [('en', (0, 3299)), ('es', (3299, 5342))]
        >>> "".join(s.text for s in rec.sections) == rec.text
        True
    """

    language: str
    """ISO 639-1 code, or "und" where no language could be told."""
    text: str
    """The section's text (equal to ``PressRelease.text[span[0]:span[1]]``)."""
    span: Span
    """Where the section lies in the cleaned text."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and date, where printed) that opens the release body.

    Examples:
        >>> import pressparse
        >>> rec = pressparse.parse_file("fixtures/docs/immdef-2021-02-03-biden-action.txt")
        >>> d = rec.dateline
        >>> d.location, d.date, d.method
        ('Los Angeles, CA', datetime.date(2021, 2, 3), 'place-date-paren')
        >>> d.raw, rec.text[d.span[0]:d.span[1]] == d.raw
        ('Los Angeles, CA. (February 3, 2021)', True)
    """

    location: str
    """The place as printed, without trailing punctuation: "Los Angeles, CA", "WASHINGTON"."""
    date: _dt.date | None
    """The date printed in the dateline itself, or None."""
    raw: str
    """The dateline text as it appears in the cleaned text."""
    span: Span
    """Where :attr:`raw` lies in the cleaned text."""
    method: str
    """How it was found, e.g. "place-date-paren", "place-dash", "wire-marker"."""


@dataclass(frozen=True, slots=True)
class Contact:
    """A media or press contact listed by the release (not a person quoted).

    Examples:
        >>> import pressparse
        >>> c = pressparse.parse_file("fixtures/docs/immdef-2021-02-03-biden-action.txt").contacts[0]
        >>> c.name, c.phones, c.phones_raw, c.emails, c.method
        ('Renee Garcia', ('+12136347615',), ('213-634-7615',), (), 'label-inline')
    """

    name: str | None
    """The person's name, or None where only a phone or email is printed."""
    organization: str | None
    """The organisation named with the contact, where printed."""
    role: str | None
    """The contact's role or title, where printed."""
    phones: tuple[str, ...]
    """Phone numbers in E.164 form (only those whose country could be told)."""
    phones_raw: tuple[str, ...]
    """Phone numbers as printed, in the same order as found."""
    emails: tuple[str, ...]
    """Email addresses, lowercased domain; Cloudflare-hidden addresses decoded where possible."""
    raw: str
    """The contact's text as it appears in the cleaned text."""
    span: Span
    """Where :attr:`raw` lies in the cleaned text."""
    method: str
    """How it was found, e.g. "label-block", "label-inline"."""


@dataclass(frozen=True, slots=True)
class ListItem:
    """One item of a numbered list.

    Examples:
        >>> import pressparse
        >>> item = pressparse.parse("Steps\\n\\n1. Fill in the form.\\n2. Send it to the office.").lists[0].items[1]
        >>> item.number, item.text, item.raw
        ('2', 'Send it to the office.', '2. Send it to the office.')
    """

    number: str
    """The item's marker without punctuation: "1", "b", "iv"."""
    text: str
    """The item's text without its marker."""
    raw: str
    """The item as it appears in the cleaned text, marker included."""
    span: Span
    """Where :attr:`raw` lies in the cleaned text."""


@dataclass(frozen=True, slots=True)
class NumberedList:
    """A numbered list found in the release, whether or not it asks anything.

    Examples:
        >>> import pressparse
        >>> lists = pressparse.parse_file("fixtures/docs/immdef-2021-02-03-biden-action.txt").lists
        >>> [(lst.language, lst.is_demand, len(lst.items), lst.method) for lst in lists]
        [('en', True, 5, 'lines'), ('es', True, 5, 'inline')]
    """

    intro: str | None
    """The lead-in sentence before the first item, where there is one."""
    items: tuple[ListItem, ...]
    """The items in order."""
    is_demand: bool
    """True where the items ask someone to act (then they also appear in ``demands``)."""
    language: str
    """Language of the section the list is in."""
    span: Span
    """From the first item's start to the last item's end."""
    method: str
    """How it was found: "lines" (one item per line), "inline" (run together in a paragraph),
    "html-ol"."""


@dataclass(frozen=True, slots=True)
class Demand:
    """A numbered item that asks someone to act.

    Examples:
        >>> import pressparse
        >>> rec = pressparse.parse_file("fixtures/docs/immdef-2021-02-03-biden-action.txt")
        >>> d = rec.demands[0]
        >>> d.number, d.kind, d.language, d.text[:40]
        ('1', 'demand', 'en', 'Immediately end expulsions by rescinding')
        >>> rec.demands[d.counterpart].language
        'es'
    """

    number: str
    """The item's marker without punctuation."""
    text: str
    """The item's text without its number."""
    raw: str
    """The item as it appears in the cleaned text."""
    language: str
    """Language of the section it is in."""
    span: Span
    """Where :attr:`raw` lies in the cleaned text."""
    kind: DemandKind
    """demand, request, question, recommendation or step."""
    counterpart: int | None
    """Index in ``PressRelease.demands`` of the same demand in the other language, or None."""
    method: str
    """How the list was judged to ask something, e.g. "lead-in", "imperative-items"."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation of a person, a statement, or an excerpt of a document.

    Examples:
        >>> import pressparse
        >>> page = 'Agency Acts\\n\\nWASHINGTON - "We will act today," said Ana Ruiz, the director.'
        >>> q = pressparse.parse(page).quotes[0]
        >>> q.text, q.attribution, q.kind, q.marked, q.method
        ('We will act today', 'Ana Ruiz', 'direct', True, 'said-after')
    """

    text: str
    """The quoted words without quotation marks (paragraphs joined by a newline)."""
    raw: str
    """The quote as it appears in the cleaned text, marks included."""
    attribution: str | None
    """The speaker's name or the source as the release gives it; None where unknown."""
    kind: QuoteKind
    """direct, excerpt or statement."""
    marked: bool
    """False where quotation marks were missing and the attribution showed it is a quote."""
    language: str
    """Language of the section it is in."""
    span: Span
    """Where :attr:`raw` lies in the cleaned text."""
    counterpart: int | None
    """Index in ``PressRelease.quotes`` of the same quote in the other language, or None."""
    method: str
    """How it was found, e.g. "said-after", "said-before", "excerpt-trailer", "statement-intro"."""


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the page says about itself (mostly from HTML metadata).

    Examples:
        >>> import pressparse
        >>> page = pressparse.parse_file("fixtures/docs/europarl-2019-07-venezuela-sanctions.html").page
        >>> page.language, page.site_name
        ('en', ...)
    """

    url: str | None = None
    """The page's URL where known (from the input source or the page)."""
    canonical_url: str | None = None
    """``<link rel=canonical>`` or ``og:url``."""
    site_name: str | None = None
    """``og:site_name`` or the ``<title>`` suffix."""
    organization: str | None = None
    """The issuing organisation where the page names it."""
    language: str | None = None
    """The language the page declares (``<html lang>``); the text decides per section."""
    wire_service: str | None = None
    """The wire that distributed the release (PR Newswire, GlobeNewswire, ...), where shown."""


@dataclass(frozen=True, slots=True)
class PressRelease:
    """One parsed press-release page: what :func:`pressparse.parse` returns.

    Examples:
        >>> import pressparse
        >>> rec = pressparse.parse_file("fixtures/docs/immdef-2021-02-03-biden-action.txt")
        >>> rec.title[:33], rec.release_date, rec.updated_date
        ('ImmDef Calls Upon the Biden Admin', datetime.date(2021, 2, 3), datetime.date(2021, 2, 5))
        >>> PressRelease.from_dict(rec.to_dict()) == rec
        True
    """

    source: str | None
    """What the caller called the page (its path or URL)."""
    input_id: str | None
    """Stable id of the input in a batch run: the path, ``path#L<n>`` for a JSONL line, or
    ``file#record-id`` for a WARC record; None for a single ``parse`` call without one."""
    format: Format
    """The input format that was parsed: text, markdown or html."""
    schema_version: str
    """Version of this record layout."""
    parser_version: str
    """pressparse version that made the record."""
    title: str | None
    """The release's headline (not the site name)."""
    title_span: Span | None
    """Where the title lies in the cleaned text, where it is there."""
    release_date: _dt.date | None
    """Date the release was issued: FOR IMMEDIATE RELEASE date, dateline date, or publish date."""
    release_date_raw: str | None
    """The text the release date was read from."""
    release_date_method: str | None
    """Where it came from: "release-line", "dateline", "date-line", "published", "meta"."""
    updated_date: _dt.date | None
    """Date the page says it was updated, where it says so."""
    updated_date_raw: str | None
    """The text the updated date was read from."""
    dateline: Dateline | None
    """The dateline that opens the body, or None."""
    contacts: tuple[Contact, ...]
    """Media and press contacts listed by the release."""
    sections: tuple[Section, ...]
    """The body split by language, in order; they tile the body."""
    demands: tuple[Demand, ...]
    """Numbered items asking someone to act, in text order."""
    quotes: tuple[Quote, ...]
    """Quotations, statements and excerpts, in text order."""
    lists: tuple[NumberedList, ...]
    """Every numbered list found, demands or not."""
    page: PageInfo
    """What the page says about itself."""
    metadata: tuple[tuple[str, JsonScalar], ...]
    """Fields that came with the input (e.g. a JSONL record's url, title, date), as pairs."""
    text: str
    """The cleaned text: the page with site chrome removed. Spans index into it."""
    content_hash: str
    """``sha256:<hex>`` of the cleaned text with white space collapsed and case folded, so the
    same release captured twice or syndicated by several wires can be dropped."""
    chrome: tuple[ChromeLine, ...]
    """The removed chrome lines, in page order."""
    warnings: tuple[Warning, ...]
    """What went wrong or was doubtful; codes from :data:`WARNING_CODES`."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready types (stable field names)."""
        out = _to_json(self)
        assert isinstance(out, dict)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PressRelease:
        """Rebuild a record from :meth:`to_dict` output; ``from_dict(r.to_dict()) == r``."""
        value = _from_json(cls, data)
        assert isinstance(value, PressRelease)
        return value


# --------------------------------------------------------------------------- serialisation

T = TypeVar("T")


def _to_json(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, PressRelease):
            out: dict[str, Any] = {}
            for f in dataclasses.fields(value):
                v = getattr(value, f.name)
                if f.name == "metadata":
                    out[f.name] = {k: val for k, val in v}
                else:
                    out[f.name] = _to_json(v)
            return out
        return {f.name: _to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_to_json(v) for v in value]
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _from_json(tp: Any, value: Any) -> Any:
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin is Union or origin is types.UnionType:
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _from_json(arg, value)
            except (TypeError, ValueError, KeyError):
                continue
        raise TypeError(f"cannot read {value!r} as {tp}")
    if origin is Literal:
        if value not in get_args(tp):
            raise ValueError(f"{value!r} is not one of {get_args(tp)}")
        return value
    if origin is tuple:
        args = get_args(tp)
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list for {tp}, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_json(args[0], v) for v in value)
        if len(args) != len(value):
            raise ValueError(f"expected {len(args)} values for {tp}")
        return tuple(_from_json(a, v) for a, v in zip(args, value, strict=True))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, dict):
            raise TypeError(f"expected an object for {tp.__name__}")
        hints = _hints(tp)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(tp):
            if f.name not in value:
                if f.default is not dataclasses.MISSING:
                    continue
                raise KeyError(f"{tp.__name__}: missing field {f.name!r}")
            raw = value[f.name]
            if tp is PressRelease and f.name == "metadata":
                kwargs[f.name] = tuple((str(k), v) for k, v in dict(raw).items())
            else:
                kwargs[f.name] = _from_json(hints[f.name], raw)
        return tp(**kwargs)
    if tp is _dt.date:
        if isinstance(value, _dt.date):
            return value
        if not isinstance(value, str):
            raise TypeError("expected an ISO date string")
        return _dt.date.fromisoformat(value)
    if tp in (str, int, bool, float):
        if tp is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
        return value
    if tp is type(None):
        if value is not None:
            raise TypeError("expected null")
        return None
    raise TypeError(f"unsupported type {tp!r}")


def replace(record: T, **changes: Any) -> T:
    """``dataclasses.replace`` typed for records."""
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


__all__ = [
    "SCHEMA_VERSION",
    "WARNING_CODES",
    "ChromeLine",
    "Contact",
    "Dateline",
    "Demand",
    "ListItem",
    "NumberedList",
    "PageInfo",
    "PressRelease",
    "Quote",
    "Section",
    "Span",
    "Warning",
]
