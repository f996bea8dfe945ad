"""An annotated HTML review page for one record (``pressparse show FILE --html OUT.html``).

The page shows the cleaned text with every extracted item highlighted at its span, the language
sections as bands, the removed chrome struck through where it was cut out, and a side panel with
the record's fields. It is one self-contained file: inline CSS only, no scripts, no remote loads,
and a Content-Security-Policy that forbids both, so a hostile page stays inert text.

Highlight elements carry ``data-field`` (title, dateline, contact, demand, quote, list_item,
release_date, updated_date) and ``data-index`` (the item's index in its record field). An item
that crosses another item's edge is split into pieces marked ``data-part`` (1, 2, ...) and
``data-parts``; unsplit items carry neither, so ``data-part`` absent or "1" counts items.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .records import ChromeLine, PressRelease, Span

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""The page's Content-Security-Policy: no scripts, no remote loads, inline styles only."""

HIGHLIGHT_FIELDS = ("title", "release_date", "updated_date", "dateline", "contact", "demand", "list_item", "quote")
"""The ``data-field`` values of highlight elements, in the order they nest when spans coincide."""

_FIELD_RANK = {name: rank for rank, name in enumerate(HIGHLIGHT_FIELDS)}

LANGUAGE_NAMES = {
    "en": "English", "es": "Español", "fr": "Français", "pt": "Português", "de": "Deutsch",
    "it": "Italiano", "nl": "Nederlands", "ca": "Català", "und": "undetermined",
}

# Characters html.escape leaves alone but a page must not carry: C0/C1 controls other than tab
# and newline, and lone surrogates (which cannot be written as UTF-8). Single class, no nesting.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# A language code we are willing to put in a lang= attribute: 2-3 letters, optional region.
_LANG_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")

# A lone carriage return (or CR LF) is shown as a plain newline.
_CR = re.compile(r"\r\n?")


def esc(value: object) -> str:
    """Escape any value for HTML text or a double-quoted attribute (quotes included)."""
    text = _UNSAFE_CHARS.sub("\ufffd", str(value))
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------- items and layout


@dataclass(slots=True)
class _Item:
    name: str
    index: int
    start: int
    end: int
    label: str
    tooltip: str
    after: str = ""
    attrs: dict[str, str] = field(default_factory=dict)
    pieces: int = 0

    @property
    def anchor(self) -> str:
        return f"{self.name}-{self.index}"


@dataclass(slots=True)
class _Section:
    index: int
    language: str
    start: int
    end: int


def _valid(span: Span | None, size: int) -> bool:
    return span is not None and 0 <= span[0] < span[1] <= size


def locate(text: str, raw: str | None, within: Span | None = None) -> Span | None:
    """Where ``raw`` lies in ``text``: inside ``within`` when it is there, else its first occurrence."""
    if not raw:
        return None
    if within is not None:
        at = text.find(raw, within[0], within[1])
        if at >= 0:
            return (at, at + len(raw))
    at = text.find(raw)
    return (at, at + len(raw)) if at >= 0 else None


def _short(value: str, limit: int = 160) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _items(rec: PressRelease) -> list[_Item]:
    """Every extracted item that has a span in the text."""
    size = len(rec.text)
    items: list[_Item] = []
    if rec.title_span is not None and _valid(rec.title_span, size):
        items.append(_Item("title", 0, *rec.title_span, "title", f"title: {rec.title or ''}"))
    release_span = locate(rec.text, rec.release_date_raw, rec.dateline.span if rec.dateline else None)
    if release_span is not None:
        items.append(_Item("release_date", 0, *release_span, "release date",
                           f"release date {rec.release_date} ({rec.release_date_method})"))
    updated_span = locate(rec.text, rec.updated_date_raw)
    if updated_span is not None:
        items.append(_Item("updated_date", 0, *updated_span, "updated", f"updated date {rec.updated_date}"))
    if rec.dateline is not None and _valid(rec.dateline.span, size):
        dl = rec.dateline
        items.append(_Item("dateline", 0, *dl.span, "dateline",
                           f"dateline: {dl.location}" + (f", {dl.date}" if dl.date else "") + f" ({dl.method})"))
    for i, c in enumerate(rec.contacts):
        if _valid(c.span, size):
            who = ", ".join(x for x in (c.name, c.role, c.organization, *c.phones, *c.emails) if x)
            items.append(_Item("contact", i, *c.span, f"contact {i + 1}", f"contact: {who} ({c.method})"))
    for i, d in enumerate(rec.demands):
        if _valid(d.span, size):
            label = f"demand {d.number}" + ("" if d.kind == "demand" else f" · {d.kind}")
            items.append(_Item("demand", i, *d.span, label,
                               f"{d.kind} {d.number} [{d.language}] ({d.method})",
                               attrs={"data-number": d.number, "data-kind": d.kind, "data-lang": d.language}))
    for li, lst in enumerate(rec.lists):
        if lst.is_demand:
            continue  # its items are highlighted as demands
        for ii, item in enumerate(lst.items):
            if _valid(item.span, size):
                items.append(_Item("list_item", len([x for x in items if x.name == "list_item"]), *item.span,
                                   f"list {li + 1} · {item.number}", f"list {li + 1} item {item.number}",
                                   attrs={"data-list": str(li), "data-item": str(ii), "data-number": item.number}))
    for i, q in enumerate(rec.quotes):
        if _valid(q.span, size):
            kind = q.kind + ("" if q.marked else ", unmarked")
            items.append(_Item("quote", i, *q.span, f"quote {i + 1} · {kind}",
                               f"{q.kind} quote of {q.attribution or 'unknown'} [{q.language}] ({q.method})",
                               after=f"— {q.attribution}" if q.attribution else "— (no attribution)",
                               attrs={"data-attribution": q.attribution or "", "data-kind": q.kind,
                                      "data-lang": q.language}))
    return items


def _sections(rec: PressRelease) -> list[_Section]:
    size = len(rec.text)
    return [_Section(i, s.language, *s.span) for i, s in enumerate(rec.sections) if _valid(s.span, size)]


# An event of the layout: open an item or section, close one, text, or a group of chrome lines.
_Event = tuple[str, Any, Any]


def _layout(text: str, items: list[_Item], sections: list[_Section],
            chrome: Sequence[ChromeLine]) -> list[_Event]:
    """Turn possibly overlapping spans into properly nested open/close events.

    At every boundary the wanted stack is the active sections (outermost) then the active items
    ordered by start, longer first: an item containing another encloses it, and an item crossing
    another's edge is closed and reopened as a further piece.
    """
    size = len(text)
    chrome_at: dict[int, list[ChromeLine]] = {}
    for line in chrome:
        chrome_at.setdefault(min(max(line.offset, 0), size), []).append(line)
    points = {0, size, *chrome_at}
    for s in sections:
        points.update((s.start, s.end))
    for it in items:
        points.update((it.start, it.end))
    ordered = sorted(points)
    events: list[_Event] = []
    stack: list[_Item | _Section] = []
    for n, at in enumerate(ordered):
        wanted: list[_Item | _Section] = [s for s in sections if s.start <= at < s.end]
        active: list[_Item] = [it for it in items if it.start <= at < it.end]
        active.sort(key=lambda it: (it.start, -it.end, _FIELD_RANK[it.name], it.index))
        wanted += active
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        while len(stack) > keep:
            events.append(("close", stack.pop(), None))
        if at in chrome_at:
            inline = any(isinstance(x, _Item) for x in stack)
            events.append(("chrome", chrome_at[at], inline))
        for entry in wanted[keep:]:
            if isinstance(entry, _Item):
                entry.pieces += 1
                events.append(("open", entry, entry.pieces))
            else:
                events.append(("open", entry, 1))
            stack.append(entry)
        if n + 1 < len(ordered):
            events.append(("text", text[at:ordered[n + 1]], None))
    while stack:
        events.append(("close", stack.pop(), None))
    return events


def _open_item(it: _Item, part: int) -> str:
    attrs: list[tuple[str, str]] = [("class", f"hl hl-{it.name}"), ("data-field", it.name),
                                    ("data-index", str(it.index))]
    if it.pieces > 1:
        attrs += [("data-part", str(part)), ("data-parts", str(it.pieces))]
    if part == 1:
        attrs += [("id", it.anchor), ("data-label", it.label)]
    if part == it.pieces and it.after:
        attrs.append(("data-after", it.after))
    attrs += list(it.attrs.items())
    attrs.append(("title", it.tooltip))
    return "<mark " + " ".join(f'{name}="{esc(value)}"' for name, value in attrs) + ">"


def _chrome_html(lines: list[ChromeLine], inline: bool) -> str:
    reasons = sorted({line.reason for line in lines})
    body = "\n".join(f'<span class="chrome-line" data-reason="{esc(line.reason)}">{esc(line.text)}</span>'
                     for line in lines)
    css = "chrome chrome-inline" if inline else "chrome chrome-block"
    title = f"{len(lines)} removed line(s) at offset {lines[0].offset}: {', '.join(reasons)}"
    return (f'<del class="{css}" data-offset="{lines[0].offset}" data-lines="{len(lines)}" '
            f'title="{esc(title)}">{body}</del>')


def _language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _lang_attr(code: str) -> str:
    return f' lang="{esc(code)}"' if _LANG_CODE.fullmatch(code) and code != "und" else ""


def _text_html(rec: PressRelease, items: list[_Item], sections: list[_Section]) -> str:
    text = _CR.sub("\n", rec.text) if "\r" in rec.text else rec.text
    out: list[str] = []
    for kind, entry, extra in _layout(text, items, sections, rec.chrome):
        if kind == "text":
            out.append(esc(entry))
        elif kind == "chrome":
            out.append(_chrome_html(entry, bool(extra)))
        elif kind == "open" and isinstance(entry, _Item):
            out.append(_open_item(entry, int(extra)))
        elif kind == "open":
            s: _Section = entry
            band = f"{_language_name(s.language)} ({s.language}) · section {s.index + 1} · characters {s.start}–{s.end}"
            out.append(f'<section class="lang lang-{esc(s.language)}" data-field="section" data-index="{s.index}" '
                       f'data-lang="{esc(s.language)}"{_lang_attr(s.language)}>'
                       f'<div class="band">{esc(band)}</div>')
        elif isinstance(entry, _Item):
            out.append("</mark>")
        else:
            out.append("</section>")
    return "".join(out)


# --------------------------------------------------------------------------- side panel


def _row(label: str, value: object, link: str | None = None, swatch: str | None = None) -> str:
    if value in (None, "", ()):
        return ""
    shown = esc(value)
    if link:
        shown = f'<a href="#{esc(link)}">{shown}</a>'
    mark = _swatch(swatch) if swatch else ""
    return f"<tr><th>{mark}{esc(label)}</th><td>{shown}</td></tr>"


def _swatch(field_name: str) -> str:
    return f'<span class="swatch sw-{field_name}" aria-hidden="true"></span>'


def _panel(rec: PressRelease, items: list[_Item]) -> str:
    placed = {(it.name, it.index) for it in items}

    def link(name: str, index: int = 0) -> str | None:
        return f"{name}-{index}" if (name, index) in placed else None

    out: list[str] = ['<aside class="panel" aria-label="extracted fields">']
    out.append("<h2>Record</h2><table class='fields'>")
    out.append(_row("source", rec.source))
    out.append(_row("input id", rec.input_id if rec.input_id != rec.source else None))
    out.append(_row("format", rec.format))
    out.append(_row("title", rec.title if rec.title else "— none —", link("title"), "title"))
    if rec.release_date is not None or rec.release_date_raw:
        note = "" if link("release_date") else " (not in the cleaned text)"
        shown = f"{rec.release_date} · {rec.release_date_method} · “{rec.release_date_raw}”{note}"
        out.append(_row("release date", shown, link("release_date"), "release_date"))
    else:
        out.append(_row("release date", "— none —"))
    if rec.updated_date is not None or rec.updated_date_raw:
        note = "" if link("updated_date") else " (not in the cleaned text)"
        shown = f"{rec.updated_date} · “{rec.updated_date_raw}”{note}"
        out.append(_row("updated date", shown, link("updated_date"), "updated_date"))
    if rec.dateline is not None:
        dl = rec.dateline
        out.append(_row("dateline", f"{dl.location}" + (f" · {dl.date}" if dl.date else "") + f" · {dl.method}",
                        link("dateline"), "dateline"))
    else:
        out.append(_row("dateline", "— none —"))
    out.append(_row("sections", " · ".join(f"{s.language} [{s.span[0]}–{s.span[1]}]" for s in rec.sections)))
    page = rec.page
    for label, value in (("url", page.url), ("canonical url", page.canonical_url), ("site", page.site_name),
                         ("organization", page.organization), ("page language", page.language),
                         ("wire", page.wire_service)):
        out.append(_row(label, value))  # URLs are shown as text, never as links
    out.append(_row("content hash", rec.content_hash))
    out.append(_row("versions", f"schema {rec.schema_version} · parser {rec.parser_version}"))
    out.append("</table>")

    out.append(f"<h2>{_swatch('contact')}Contacts ({len(rec.contacts)})</h2>")
    if rec.contacts:
        out.append("<ol class='entries'>")
        for i, c in enumerate(rec.contacts):
            parts = [x for x in (c.name, c.role, c.organization) if x] + list(c.phones or c.phones_raw) + list(c.emails)
            out.append(f"<li>{_linked(', '.join(parts) or _short(c.raw), link('contact', i))}"
                       f" <span class='meta'>{esc(c.method)}</span></li>")
        out.append("</ol>")

    out.append(f"<h2>{_swatch('demand')}Demands ({len(rec.demands)})</h2>")
    if rec.demands:
        out.append("<ol class='entries'>")
        for i, d in enumerate(rec.demands):
            pair = f" ↔ {rec.demands[d.counterpart].number} ({rec.demands[d.counterpart].language})" \
                if d.counterpart is not None and 0 <= d.counterpart < len(rec.demands) else ""
            out.append(f"<li value='{i + 1}'>{_linked(f'{d.number}. {_short(d.text, 110)}', link('demand', i))}"
                       f" <span class='meta'>{esc(f'{d.kind} · {d.language}{pair} · {d.method}')}</span></li>")
        out.append("</ol>")

    out.append(f"<h2>{_swatch('quote')}Quotes ({len(rec.quotes)})</h2>")
    if rec.quotes:
        out.append("<ol class='entries'>")
        for i, q in enumerate(rec.quotes):
            pair = f" ↔ quote {q.counterpart + 1}" if q.counterpart is not None else ""
            marked = "" if q.marked else ", unmarked"
            out.append(f"<li>{_linked(q.attribution or '(no attribution)', link('quote', i))}: "
                       f"<q>{esc(_short(q.text, 110))}</q>"
                       f" <span class='meta'>{esc(f'{q.kind}{marked} · {q.language}{pair} · {q.method}')}</span></li>")
        out.append("</ol>")

    if rec.lists:
        out.append(f"<h2>{_swatch('list_item')}Numbered lists ({len(rec.lists)})</h2><ul class='entries'>")
        for lst in rec.lists:
            what = "demands" if lst.is_demand else "not a demand list"
            out.append(f"<li>{len(lst.items)} items · {esc(lst.language)} · {esc(what)} · {esc(lst.method)}"
                       + (f"<br><span class='meta'>{esc(_short(lst.intro, 110))}</span>" if lst.intro else "")
                       + "</li>")
        out.append("</ul>")

    if rec.warnings:
        out.append(f"<h2>Warnings ({len(rec.warnings)})</h2><ul class='entries warnings'>")
        out.extend(f"<li><b>{esc(w.code)}</b> <span class='meta'>({esc(w.stage)})</span> {esc(w.message)}</li>"
                   for w in rec.warnings)
        out.append("</ul>")
    if rec.metadata:
        out.append("<h2>Input metadata</h2><table class='fields'>")
        out.extend(_row(str(key), "null" if value is None else str(value)) for key, value in rec.metadata)
        out.append("</table>")

    out.append(f"<h2>Removed chrome ({len(rec.chrome)} lines)</h2>")
    if rec.chrome:
        reasons: dict[str, int] = {}
        for line in rec.chrome:
            reasons[line.reason] = reasons.get(line.reason, 0) + 1
        out.append("<p class='meta'>Shown struck through in the text where it was cut out: "
                   + esc(", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items()))) + "</p>")
    out.append(_legend())
    out.append("</aside>")
    return "".join(out)


def _linked(text: str, anchor: str | None) -> str:
    return f'<a href="#{esc(anchor)}">{esc(text)}</a>' if anchor else esc(text)


def _legend() -> str:
    names = {"title": "title", "release_date": "release date", "updated_date": "updated date",
             "dateline": "dateline", "contact": "contact", "demand": "demand", "list_item": "list item",
             "quote": "quote"}
    entries = "".join(f"<li>{_swatch(key)}{esc(label)}</li>" for key, label in names.items())
    return (f"<h2>Legend</h2><ul class='legend'>{entries}"
            "<li><del class='chrome'>removed chrome</del></li></ul>")


# --------------------------------------------------------------------------- page

_COLOURS = {
    # field: (background, border)
    "title": ("#dbeafe", "#1e40af"),
    "release_date": ("#fbcfe8", "#9d174d"),
    "updated_date": ("#e9d5ff", "#6b21a8"),
    "dateline": ("#fef3c7", "#b45309"),
    "contact": ("#dcfce7", "#15803d"),
    "demand": ("#ffedd5", "#c2410c"),
    "list_item": ("#f1f5f9", "#475569"),
    "quote": ("#cffafe", "#0e7490"),
}


def _field_css() -> str:
    rules = []
    for name, (bg, border) in _COLOURS.items():
        rules.append(f".hl-{name}{{background:{bg};border-color:{border}}}"
                     f".hl-{name}::before{{background:{border}}}"
                     f".sw-{name}{{background:{bg};border-color:{border}}}")
    return "".join(rules)


BASE_CSS = """
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2937;
 background:#f8fafc}
header.top{padding:.8rem 1.2rem;background:#0f172a;color:#f8fafc}
header.top h1{margin:0;font-size:1.15rem;font-weight:600}
header.top p{margin:.2rem 0 0;font-size:.85rem;color:#cbd5e1;overflow-wrap:anywhere}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,26rem);gap:1.2rem;padding:1.2rem;
 max-width:100rem;margin:0 auto}
main.text{background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:1rem 1.2rem;white-space:pre-wrap;
 overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.7}
section.lang{display:block;border-left:4px solid #94a3b8;padding-left:.8rem;margin:.4rem 0}
section.lang-en{border-left-color:#2563eb}section.lang-es{border-left-color:#dc2626}
section.lang .band{display:block;white-space:normal;font:600 .75rem/1.4 system-ui,sans-serif;letter-spacing:.04em;
 text-transform:uppercase;color:#334155;background:#e2e8f0;padding:.15rem .5rem;margin:0 0 .3rem -.8rem;
 border-radius:0 4px 4px 0}
mark.hl{color:inherit;border:1px solid;border-radius:3px;padding:1px 1px;-webkit-box-decoration-break:clone;
 box-decoration-break:clone}
mark.hl mark.hl{border-style:dashed}
mark.hl[data-label]::before{content:attr(data-label);font:600 .68rem/1 system-ui,sans-serif;color:#fff;
 padding:1px 4px;margin-right:4px;border-radius:3px;vertical-align:1px;white-space:nowrap}
mark.hl[data-after]::after{content:attr(data-after);font:italic 600 .78rem/1 system-ui,sans-serif;color:#0e7490;
 margin-left:4px}
del.chrome{color:#94a3b8;text-decoration:none;font:.8rem/1.4 ui-monospace,"DejaVu Sans Mono",monospace}
del.chrome .chrome-line,ul.legend del{text-decoration:line-through;text-decoration-color:#ef4444}
del.chrome-block{display:block;max-height:9.5em;overflow:auto;border:1px dashed #fca5a5;background:#fff7f7;
 padding:.2rem .5rem;margin:.2rem 0}
del.chrome-block::before{content:"removed: " attr(data-lines) " line(s)";display:block;text-decoration:none;
 color:#b91c1c;font-weight:600}
aside.panel{font-size:.85rem;background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:.6rem .9rem;
 align-self:start;position:sticky;top:.6rem;max-height:calc(100vh - 1.2rem);overflow:auto}
aside.panel h2{font-size:.9rem;margin:.9rem 0 .3rem;border-bottom:1px solid #e2e8f0}
table.fields{border-collapse:collapse;width:100%}
table.fields th{text-align:left;vertical-align:top;padding:2px 6px 2px 0;white-space:nowrap;color:#475569}
table.fields td{padding:2px 0;overflow-wrap:anywhere}
ol.entries,ul.entries{padding-left:1.3rem;margin:.2rem 0}
ol.entries li,ul.entries li{margin:.15rem 0;overflow-wrap:anywhere}
.meta{color:#64748b;font-size:.78rem}
.swatch{display:inline-block;width:.8em;height:.8em;border:1px solid;border-radius:2px;margin-right:.35em;
 vertical-align:-.05em}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem}
a{color:#1d4ed8}
:target{outline:3px solid #f59e0b;outline-offset:1px}
@media (max-width:900px){.layout{grid-template-columns:1fr}aside.panel{position:static;max-height:none}}
@media print{
 body{background:#fff;font-size:11pt}
 header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 .4rem}
 header.top p{color:#333}
 .layout{display:block;padding:0}
 main.text{border:0;padding:0;font-size:11pt}
 aside.panel{position:static;max-height:none;overflow:visible;border:0;padding:0;margin-top:1rem;
  break-before:page}
 del.chrome-block{max-height:none;overflow:visible}
 a{color:inherit;text-decoration:none}
}
"""


def page_head(title: str, extra_css: str = "") -> str:
    """The ``<head>`` every pressparse HTML page shares: charset, CSP, viewport and styles."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(CSP)}\">"
            "<meta name=\"referrer\" content=\"no-referrer\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{BASE_CSS}{_field_css()}{extra_css}</style></head>")


def render_html(record: PressRelease | Mapping[str, Any]) -> str:
    """Render one record as a self-contained annotated HTML review page.

    ``record`` is a :class:`PressRelease` or its ``to_dict()`` form. All text from the page is
    escaped; the page has no scripts and a Content-Security-Policy forbidding them.

    Examples:
        >>> import pressparse
        >>> rec = pressparse.parse("Agency Opens Office\\n\\nWASHINGTON - The agency opened an office.",
        ...                        source="news/a&b.txt")
        >>> page = render_html(rec)
        >>> page.startswith("<!DOCTYPE html>"), "news/a&amp;b.txt" in page, "<script" in page
        (True, True, False)
        >>> render_html(rec.to_dict()) == page
        True
    """
    rec = record if isinstance(record, PressRelease) else PressRelease.from_dict(dict(record))
    items = _items(rec)
    sections = _sections(rec)
    heading = rec.title or "(no title found)"
    counts = (f"{len(rec.contacts)} contacts · {len(rec.demands)} demands · {len(rec.quotes)} quotes · "
              f"{len(rec.sections)} sections · {len(rec.chrome)} chrome lines removed")
    parts = [
        page_head(f"pressparse review: {_short(heading, 90)}"),
        "<body><header class=\"top\">",
        f"<h1>{esc(heading)}</h1>",
        f"<p>{esc(rec.source or rec.input_id or '(no source)')} · {esc(rec.format)} · {esc(counts)}</p>",
        "</header><div class=\"layout\">",
        f"<main class=\"text\" aria-label=\"cleaned text\">{_text_html(rec, items, sections)}</main>",
        _panel(rec, items),
        "</div></body></html>\n",
    ]
    return "".join(parts)


def iter_highlights(rec: PressRelease) -> Iterator[tuple[str, int, Span]]:
    """The (field, index, span) of every highlight :func:`render_html` draws, for callers and tests."""
    for it in _items(rec):
        yield it.name, it.index, (it.start, it.end)


def show_html_main(file: str, out: str) -> int:
    """``pressparse show FILE --html OUT``: parse FILE and write its review page (``-``: stdout)."""
    import pressparse

    try:
        rec = pressparse.parse_file(file)
    except pressparse.PressParseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not write_page(render_html(rec), out):
        return 1
    if out != "-":
        print(f"review page written to {out}", file=sys.stderr)
    return 0


def write_page(page: str, out: str) -> bool:
    """Write a rendered page to ``out`` ("-" for stdout); False (with a message) if it cannot."""
    if out == "-":
        sys.stdout.write(page)
        return True
    try:
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(page)
    except OSError as exc:
        print(f"error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True


__all__ = ["CSP", "HIGHLIGHT_FIELDS", "esc", "iter_highlights", "locate", "page_head", "render_html",
           "show_html_main"]
