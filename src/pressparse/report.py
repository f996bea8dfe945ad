"""A one-page HTML summary of a batch run (``pressparse report RESULTS.jsonl --html OUT.html``).

It reads the JSON Lines rows ``pressparse parse`` writes (``PressRelease.to_dict()`` records and
``ErrorRow.to_dict()`` error rows, in any mix, plus ``RESULTS.jsonl.errors.jsonl`` when it sits
beside the results) and shows: how many pages, errors by type, how often each field was found,
languages, release dates over time (an SVG bar chart drawn here, no JavaScript), the most frequent
contacts and quoted speakers, and a sample of pages linked to their review pages
(:func:`pressparse.render.render_html`). Rows are read leniently and in one pass: memory holds
counters and the sample only, so a run of any size can be summarised.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import sys
import urllib.parse
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from .records import PressRelease
from .render import esc, page_head, render_html, write_page

SAMPLE_SIZE = 12
"""How many pages the report samples (evenly spread over the run) for per-page review pages."""

FIELDS_REPORTED = ("title", "release_date", "updated_date", "dateline", "contacts", "demands", "quotes", "lists")
"""The record fields whose presence the report counts, in display order."""

TOP_N = 15
"""Rows shown in the most-frequent tables."""

_MAX_PERIODS = 60
"""Most bars the date chart draws; longer spans are drawn by year and then cut to the latest years."""

# A sample page link we are willing to emit: a relative path of plain name characters only, so no
# scheme (javascript:, data:) or absolute location can get into an href.
_SAFE_RELATIVE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,200}){0,8}")

# Runs of characters not allowed in a sample page's file name (each run becomes one dash).
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


def _text(value: Any) -> str | None:
    """A non-empty, white-space-collapsed string, else None."""
    if isinstance(value, str):
        flat = " ".join(value.split())
        return flat or None
    return None


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def is_error_row(row: Mapping[str, Any]) -> bool:
    """True for an ``ErrorRow.to_dict()`` row (it has ``error_type`` and no cleaned text)."""
    return "error_type" in row and "content_hash" not in row and "text" not in row


def is_record_row(row: Mapping[str, Any]) -> bool:
    """True for a ``PressRelease.to_dict()`` row."""
    return isinstance(row.get("text"), str) and "sections" in row


class ReportBuilder:
    """Counts over a stream of result rows; :meth:`render` draws the report."""

    def __init__(self, sample_size: int = SAMPLE_SIZE) -> None:
        self.sample_size = max(0, sample_size)
        self.rows = 0
        self.records = 0
        self.unreadable = 0
        self.errors: Counter[str] = Counter()
        self.error_examples: dict[str, list[tuple[str, str]]] = {}
        self.found: Counter[str] = Counter()
        self.bilingual = 0
        self.with_warnings = 0
        self.warnings: Counter[str] = Counter()
        self.languages: Counter[str] = Counter()
        self.language_sets: Counter[str] = Counter()
        self.formats: Counter[str] = Counter()
        self.sites: Counter[str] = Counter()
        self.months: Counter[tuple[int, int]] = Counter()
        self.undated = 0
        self.contacts: Counter[str] = Counter()
        self.contact_orgs: dict[str, Counter[str]] = {}
        self.speakers: Counter[str] = Counter()
        self.speaker_pages: Counter[str] = Counter()
        self.hashes: set[str] = set()
        self.duplicates = 0
        # Evenly spread sample kept in one pass: keep every `_stride`-th record; when too many are
        # kept, keep every other one and double the stride.
        self._stride = 1
        self._kept: list[tuple[int, dict[str, Any]]] = []

    # ------------------------------------------------------------------ reading

    def add(self, row: object) -> None:
        """Count one row: a record dict, an error row dict, or anything else (unreadable)."""
        self.rows += 1
        if not isinstance(row, Mapping):
            self.unreadable += 1
        elif is_error_row(row):
            self._add_error(row)
        elif is_record_row(row):
            self._add_record(row)
        else:
            self.unreadable += 1

    def add_unreadable(self) -> None:
        """Count a line that was not JSON at all."""
        self.rows += 1
        self.unreadable += 1

    def _add_error(self, row: Mapping[str, Any]) -> None:
        kind = _text(row.get("error_type")) or "(unknown)"
        self.errors[kind] += 1
        examples = self.error_examples.setdefault(kind, [])
        if len(examples) < 3:
            where = _text(row.get("source")) or _text(row.get("input_id")) or "?"
            examples.append((where, _text(row.get("message")) or ""))

    def _add_record(self, row: Mapping[str, Any]) -> None:
        self.records += 1
        for name in FIELDS_REPORTED:
            value = row.get(name)
            if (isinstance(value, list) and value) or (not isinstance(value, list) and value not in (None, "")):
                self.found[name] += 1
        languages: list[str] = []
        for section in _list(row.get("sections")):
            code = _text(section.get("language")) if isinstance(section, Mapping) else None
            if code and code not in languages:
                languages.append(code)
        for code in languages:
            self.languages[code] += 1
        self.language_sets[" + ".join(languages) or "(none)"] += 1
        if len([code for code in languages if code != "und"]) >= 2:
            self.bilingual += 1
        self.formats[_text(row.get("format")) or "?"] += 1
        warnings = [w.get("code") for w in _list(row.get("warnings")) if isinstance(w, Mapping)]
        if warnings:
            self.with_warnings += 1
        for code in warnings:
            self.warnings[_text(code) or "?"] += 1
        site = self._site(row)
        if site:
            self.sites[site] += 1
        released = _date(row.get("release_date"))
        if released is None:
            self.undated += 1
        else:
            self.months[(released.year, released.month)] += 1
        seen_contacts: set[str] = set()
        for contact in _list(row.get("contacts")):
            if not isinstance(contact, Mapping):
                continue
            key = (_text(contact.get("name")) or next((e for e in _list(contact.get("emails")) if _text(e)), None)
                   or next((p for p in _list(contact.get("phones_raw")) if _text(p)), None))
            if not isinstance(key, str) or key in seen_contacts:
                continue
            seen_contacts.add(key)
            self.contacts[key] += 1
            org = _text(contact.get("organization"))
            if org:
                self.contact_orgs.setdefault(key, Counter())[org] += 1
        seen_speakers: set[str] = set()
        for quote in _list(row.get("quotes")):
            speaker = _text(quote.get("attribution")) if isinstance(quote, Mapping) else None
            if speaker:
                self.speakers[speaker] += 1
                if speaker not in seen_speakers:
                    seen_speakers.add(speaker)
                    self.speaker_pages[speaker] += 1
        digest = _text(row.get("content_hash"))
        if digest:
            if digest in self.hashes:
                self.duplicates += 1
            else:
                self.hashes.add(digest)
        self._sample(dict(row))

    @staticmethod
    def _site(row: Mapping[str, Any]) -> str | None:
        page = row.get("page")
        if isinstance(page, Mapping):
            name = _text(page.get("site_name"))
            if name:
                return name
            url = _text(page.get("url")) or _text(page.get("canonical_url"))
        else:
            url = None
        url = url or _text(row.get("source"))
        if url and "://" in url:
            try:
                host = urllib.parse.urlsplit(url).hostname
            except ValueError:  # a bad IPv6 host or port (URLs come from the open web)
                return None
            return host.removeprefix("www.") if host else None
        return None

    def _sample(self, row: dict[str, Any]) -> None:
        if self.sample_size == 0:
            return
        ordinal = self.records - 1
        if ordinal % self._stride:
            return
        self._kept.append((ordinal, row))
        if len(self._kept) > 2 * self.sample_size:
            self._stride *= 2
            self._kept = [(n, r) for n, r in self._kept if n % self._stride == 0]

    @property
    def sample(self) -> list[dict[str, Any]]:
        """Up to ``sample_size`` record rows spread evenly over the run, in run order."""
        kept = self._kept
        if len(kept) <= self.sample_size:
            return [r for _, r in kept]
        step = len(kept) / self.sample_size
        return [kept[int(i * step)][1] for i in range(self.sample_size)]

    # ------------------------------------------------------------------ drawing

    def render(self, page_links: Mapping[str, str] | None = None, title: str = "pressparse batch report") -> str:
        """The report page; ``page_links`` maps a sampled row's ``input_id`` to its review page (relative path)."""
        parts = [page_head(title, _REPORT_CSS), "<body><header class=\"top\">", f"<h1>{esc(title)}</h1>",
                 f"<p>{esc(self._headline())}</p></header><div class=\"report\">"]
        parts.append(self._overview())
        parts.append(self._fields())
        parts.append(self._errors())
        parts.append("<section class='card wide'><h2>Release dates over time</h2>" + self._chart() + "</section>")
        parts.append(self._languages())
        parts.append(self._top("Most frequent contacts", "contact", self.contacts, None, self._contact_label))
        parts.append(self._top("Most quoted speakers", "speaker", self.speakers, self.speaker_pages, None))
        parts.append(self._sample_table(page_links or {}))
        parts.append("</div></body></html>\n")
        return "".join(parts)

    def _headline(self) -> str:
        return (f"{self.rows} rows · {self.records} pages parsed · {sum(self.errors.values())} errors"
                + (f" · {self.unreadable} unreadable rows" if self.unreadable else ""))

    def _overview(self) -> str:
        rows = [("rows read", self.rows), ("pages parsed", self.records), ("errors", sum(self.errors.values())),
                ("unreadable rows", self.unreadable), ("bilingual pages", self.bilingual),
                ("pages with warnings", self.with_warnings), ("duplicate texts (same content hash)", self.duplicates),
                ("pages without a release date", self.undated)]
        body = "".join(f"<tr><th>{esc(label)}</th><td class='num'>{value}</td></tr>" for label, value in rows)
        formats = ", ".join(f"{name} {n}" for name, n in sorted(self.formats.items()))
        extra = f"<p class='meta'>formats: {esc(formats)}</p>" if formats else ""
        if self.sites:
            sites = ", ".join(f"{name} {n}" for name, n in _most_common(self.sites, 8))
            extra += f"<p class='meta'>sites: {esc(sites)}</p>"
        return f"<section class='card'><h2>Run</h2><table class='stats'>{body}</table>{extra}</section>"

    def _fields(self) -> str:
        names = {"title": "title", "release_date": "release date", "updated_date": "updated date",
                 "dateline": "dateline", "contacts": "contacts (≥ 1)", "demands": "demands (≥ 1)",
                 "quotes": "quotes (≥ 1)", "lists": "numbered lists (≥ 1)"}
        rows = []
        for key in FIELDS_REPORTED:
            n = self.found[key]
            rows.append(_bar_row(names[key], n, self.records, f"field-{key}"))
        return (f"<section class='card'><h2>How often each field was found</h2>"
                f"<table class='bars'>{''.join(rows)}</table>"
                f"<p class='meta'>share of the {self.records} parsed pages</p></section>")

    def _errors(self) -> str:
        if not self.errors and not self.warnings:
            return "<section class='card'><h2>Errors</h2><p>No errors.</p></section>"
        total = max(1, self.rows)
        out = ["<section class='card'><h2>Errors by type</h2>"]
        if self.errors:
            out.append("<table class='bars'>")
            for kind, n in _most_common(self.errors, len(self.errors)):
                out.append(_bar_row(kind, n, total, "error"))
            out.append("</table><ul class='examples'>")
            for kind, examples in sorted(self.error_examples.items()):
                for where, message in examples:
                    out.append(f"<li><b>{esc(kind)}</b> {esc(where)}: "
                               f"<span class='meta'>{esc(message[:240])}</span></li>")
            out.append("</ul>")
        else:
            out.append("<p>No errors.</p>")
        if self.warnings:
            out.append("<h3>Warnings by code</h3><table class='bars'>")
            out.extend(_bar_row(code, n, max(1, self.records), "warning")
                       for code, n in _most_common(self.warnings, len(self.warnings)))
            out.append("</table><p class='meta'>warnings per parsed page (a page may carry several)</p>")
        out.append("</section>")
        return "".join(out)

    def _languages(self) -> str:
        rows = "".join(_bar_row(code, n, max(1, self.records), "lang") for code, n in
                       _most_common(self.languages, 20))
        combos = "".join(f"<tr><td>{esc(name)}</td><td class='num'>{n}</td></tr>"
                         for name, n in _most_common(self.language_sets, 10))
        return (f"<section class='card'><h2>Languages</h2><table class='bars'>{rows}</table>"
                f"<p class='meta'>pages with a section in each language</p>"
                f"<h3>Section languages in page order</h3><table class='stats'>{combos}</table></section>")

    def _contact_label(self, key: str) -> str:
        orgs = self.contact_orgs.get(key)
        return f"{key} ({_most_common(orgs, 1)[0][0]})" if orgs else key

    def _top(self, heading: str, css: str, counts: Counter[str], pages: Counter[str] | None,
             label: Any) -> str:
        if not counts:
            return f"<section class='card'><h2>{esc(heading)}</h2><p>None found.</p></section>"
        head = "<tr><th></th><th class='num'>pages</th></tr>" if pages is None else \
            "<tr><th></th><th class='num'>quotes</th><th class='num'>pages</th></tr>"
        rows = []
        for key, n in _most_common(counts, TOP_N):
            shown = label(key) if label else key
            extra = f"<td class='num'>{pages[key]}</td>" if pages is not None else ""
            rows.append(f"<tr class='{css}'><td>{esc(shown)}</td><td class='num'>{n}</td>{extra}</tr>")
        more = f"<p class='meta'>{len(counts)} distinct in all</p>"
        return (f"<section class='card'><h2>{esc(heading)}</h2>"
                f"<table class='stats'>{head}{''.join(rows)}</table>{more}</section>")

    def _chart(self) -> str:
        return date_chart(self.months, self.undated)

    def _sample_table(self, page_links: Mapping[str, str]) -> str:
        sample = self.sample
        if not sample:
            return "<section class='card wide'><h2>Sample pages</h2><p>No parsed pages.</p></section>"
        rows = []
        for n, row in enumerate(sample, 1):
            ident = _text(row.get("input_id")) or _text(row.get("source")) or f"page {n}"
            title = _text(row.get("title")) or "(no title)"
            href = page_links.get(ident)
            shown = esc(title)
            if href and _SAFE_RELATIVE.fullmatch(href):
                shown = f'<a class="review" href="{esc(urllib.parse.quote(href))}">{shown}</a>'
            languages = " + ".join(dict.fromkeys(
                s.get("language", "?") for s in _list(row.get("sections")) if isinstance(s, Mapping)))
            counts = " / ".join(str(len(_list(row.get(k)))) for k in ("contacts", "demands", "quotes"))
            rows.append(f"<tr><td class='num'>{n}</td><td>{shown}<br><span class='meta'>{esc(ident)}</span></td>"
                        f"<td>{esc(row.get('release_date') or '—')}</td><td>{esc(languages)}</td>"
                        f"<td class='num'>{esc(counts)}</td></tr>")
        linked = "Titles link to each page's annotated review page." if page_links else ""
        return ("<section class='card wide'><h2>Sample pages</h2>"
                f"<p class='meta'>{len(sample)} pages spread evenly over the run. {linked}</p>"
                "<table class='stats sample'><tr><th>#</th><th>page</th><th>release date</th><th>languages</th>"
                f"<th class='num'>contacts / demands / quotes</th></tr>{''.join(rows)}</table></section>")


def _most_common(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """The n largest counts, ties broken by key so the output does not depend on input order."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _bar_row(label: str, n: int, total: int, css: str) -> str:
    share = 100.0 * n / total if total else 0.0
    return (f"<tr class='{esc(css)}'><th>{esc(label)}</th><td class='num'>{n}</td>"
            f"<td class='num'>{share:.0f}%</td><td class='barcell'><span class='bar' "
            f"style='width:{min(100.0, share):.1f}%'></span></td></tr>")


def date_chart(months: Mapping[tuple[int, int], int], undated: int = 0) -> str:
    """An inline SVG bar chart of release dates: by month, or by year for long spans."""
    if not months:
        return "<p>No release dates found.</p>"
    first, last = min(months), max(months)
    span_months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    periods: list[tuple[str, int]]
    note = ""
    if span_months <= _MAX_PERIODS:
        periods = []
        year, month = first
        for _ in range(span_months):
            periods.append((f"{year:04d}-{month:02d}", months.get((year, month), 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        unit = "month"
    else:
        years: Counter[int] = Counter()
        for (year, _month), n in months.items():
            years[year] += n
        low = max(first[0], last[0] - _MAX_PERIODS + 1)
        cut = sum(n for year, n in years.items() if year < low)
        if cut:
            note = f" {cut} dates before {low} are not drawn."
        periods = [(f"{year:04d}", years.get(year, 0)) for year in range(low, last[0] + 1)]
        unit = "year"
    top = max(n for _, n in periods) or 1
    width, height, left, bottom, pad = 760, 220, 40, 40, 10
    slot = (width - left - pad) / len(periods)
    bar = max(1.0, slot * 0.8)
    every = max(1, round(len(periods) / 12))
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
           f'aria-label="releases per {unit}">',
           f"<title>Releases per {unit}</title>",
           f'<line x1="{left}" y1="{height - bottom}" x2="{width - pad}" y2="{height - bottom}" class="axis"/>',
           f'<line x1="{left}" y1="{pad}" x2="{left}" y2="{height - bottom}" class="axis"/>',
           f'<text x="{left - 6}" y="{pad + 4}" class="tick" text-anchor="end">{top}</text>',
           f'<text x="{left - 6}" y="{height - bottom + 4}" class="tick" text-anchor="end">0</text>']
    plot = height - bottom - pad
    for i, (label, n) in enumerate(periods):
        x = left + i * slot + (slot - bar) / 2
        h = plot * n / top
        out.append(f'<rect class="bar" x="{x:.1f}" y="{height - bottom - h:.1f}" width="{bar:.1f}" height="{h:.1f}">'
                   f"<title>{esc(label)}: {n} release{'s' if n != 1 else ''}</title></rect>")
        if i % every == 0 or i == len(periods) - 1:
            out.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" class="tick" '
                       f'text-anchor="middle">{esc(label)}</text>')
    out.append("</svg>")
    total = sum(n for _, n in periods)
    caption = f"{total} dated pages by {unit}; {undated} without a release date.{note}"
    return "".join(out) + f"<p class='meta'>{esc(caption)}</p>"


_REPORT_CSS = """
.report{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem;padding:1.2rem;
 max-width:100rem;margin:0 auto}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:.6rem 1rem;font-size:.9rem;min-width:0}
.card.wide{grid-column:1/-1}
.card h2{font-size:1rem;margin:.2rem 0 .5rem;border-bottom:1px solid #e2e8f0}
.card h3{font-size:.9rem;margin:.8rem 0 .3rem}
table.stats,table.bars{border-collapse:collapse;width:100%}
table.stats th,table.stats td,table.bars th,table.bars td{padding:2px 6px;text-align:left;vertical-align:top;
 overflow-wrap:anywhere}
table.stats tr:nth-child(even){background:#f8fafc}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.barcell{width:40%}
span.bar{display:block;height:.8em;background:#3b82f6;border-radius:2px;min-width:1px}
tr.error span.bar{background:#dc2626}tr.warning span.bar{background:#f59e0b}tr.lang span.bar{background:#10b981}
svg.chart{width:100%;height:auto;max-height:18rem}
svg.chart rect.bar{fill:#3b82f6}svg.chart .axis{stroke:#64748b;stroke-width:1}
svg.chart .tick{font:11px system-ui,sans-serif;fill:#475569}
ul.examples{padding-left:1.2rem;font-size:.82rem}
@media print{.report{display:block;padding:0}.card{border:0;break-inside:avoid;margin-bottom:1rem}}
"""


def render_report(rows: Iterable[object], *, page_links: Mapping[str, str] | None = None,
                  sample_size: int = SAMPLE_SIZE) -> str:
    """Summarise result rows (record and error-row dicts, as ``pressparse parse`` writes them) as HTML.

    ``page_links`` maps sampled rows' ``input_id`` to relative links of their review pages.

    Examples:
        >>> from pressparse.batch import parse_many
        >>> results = parse_many(["fixtures/docs/immdef-2021-02-03-biden-action.txt", "no/such/page.txt"], workers=0)
        >>> html = render_report(result.to_dict() for result in results)
        >>> "<h1>pressparse batch report</h1>" in html, "1 pages parsed" in html, "1 errors" in html
        (True, True, True)
    """
    builder = ReportBuilder(sample_size)
    for row in rows:
        builder.add(row)
    return builder.render(page_links)


# --------------------------------------------------------------------------- command line


def _open_text(path: str) -> IO[str]:
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def read_rows(path: str, builder: ReportBuilder) -> Iterator[object]:
    """The JSON values of a JSON Lines file; lines that are not JSON are counted as unreadable."""
    with _open_text(path) as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError:
                builder.add_unreadable()


def _slug(text: str) -> str:
    base = os.path.basename(text.split("#", 1)[0].rstrip("/")) or text
    base = os.path.splitext(base)[0]
    return _SLUG_JUNK.sub("-", base.lower()).strip("-")[:40] or "page"


def report_main(results_jsonl: str, out: str) -> int:
    """``pressparse report RESULTS.jsonl --html OUT``: write the report and review pages of a sample.

    The sample's review pages go in ``<OUT without .html>_pages/`` beside OUT; error rows are also read
    from ``RESULTS.jsonl.errors.jsonl`` when that file exists. OUT ``-`` writes the report alone to stdout.
    """
    builder = ReportBuilder()
    sources = [results_jsonl]
    sibling = f"{results_jsonl}.errors.jsonl"
    if not results_jsonl.endswith(".errors.jsonl") and os.path.isfile(sibling):
        sources.append(sibling)
    try:
        for path in sources:
            for row in read_rows(path, builder):
                builder.add(row)
    except OSError as exc:
        print(f"error: cannot read {exc.filename or results_jsonl}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    links: dict[str, str] = {}
    if out != "-":
        stem = os.path.splitext(os.path.basename(out))[0] or "report"
        folder_name = f"{_SLUG_JUNK.sub('-', stem).strip('-') or 'report'}_pages"
        folder = os.path.join(os.path.dirname(out), folder_name)
        try:
            for n, row in enumerate(builder.sample, 1):
                ident = _text(row.get("input_id")) or _text(row.get("source")) or f"page {n}"
                try:
                    page = render_html(PressRelease.from_dict(row))
                except (TypeError, ValueError, KeyError):
                    continue  # a row of another schema: listed in the sample, without a review page
                os.makedirs(folder, exist_ok=True)
                name = f"{n:03d}-{_slug(ident)}.html"
                with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                    handle.write(page)
                links[ident] = f"{folder_name}/{name}"
        except OSError as exc:
            print(f"error: cannot write review pages in {folder}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    if not write_page(builder.render(links), out):
        return 1
    if out == "-":
        return 0
    print(f"report written to {out} ({builder.records} pages, {sum(builder.errors.values())} errors"
          f"{f', {len(links)} review pages' if links else ''})", file=sys.stderr)
    return 0


__all__ = ["FIELDS_REPORTED", "SAMPLE_SIZE", "ReportBuilder", "date_chart", "is_error_row", "is_record_row",
           "read_rows", "render_report", "report_main"]
