"""A plain-text view of one record, for ``pressparse show``."""

from __future__ import annotations

import textwrap

from .records import PressRelease


def describe(rec: PressRelease) -> str:
    """Render a record as readable text (fields first, then the cleaned text)."""
    out: list[str] = []

    def add(label: str, value: object) -> None:
        if value not in (None, "", ()):
            out.append(f"{label:14} {value}")

    add("source", rec.source)
    add("format", rec.format)
    add("title", rec.title)
    if rec.release_date:
        add("release date", f"{rec.release_date}  ({rec.release_date_method}: {rec.release_date_raw!r})")
    add("updated date", rec.updated_date and f"{rec.updated_date}  ({rec.updated_date_raw!r})")
    if rec.dateline:
        add("dateline", f"{rec.dateline.location} / {rec.dateline.date}  ({rec.dateline.method})")
    for c in rec.contacts:
        add("contact", ", ".join(x for x in (c.name, c.role, c.organization, *c.phones, *c.emails) if x))
    add("sections", " ".join(f"{s.language}[{s.span[0]}:{s.span[1]}]" for s in rec.sections))
    for d in rec.demands:
        pair = f" <-> #{d.counterpart}" if d.counterpart is not None else ""
        add(f"demand {d.language}", f"{d.number}. [{d.kind}] {textwrap.shorten(d.text, 90)}{pair}")
    for q in rec.quotes:
        mark = "" if q.marked else " (unmarked)"
        add(f"quote {q.language}", f"{q.attribution or '?'} [{q.kind}{mark}]: {textwrap.shorten(q.text, 80)}")
    for w in rec.warnings:
        add("warning", f"{w.code} ({w.stage}): {w.message}")
    out.append(f"chrome removed ({len(rec.chrome)} lines):")
    out.extend(f"  - [{c.reason}] {textwrap.shorten(c.text, 100)}" for c in rec.chrome)
    out.append("")
    out.append(rec.text)
    return "\n".join(out)


__all__ = ["describe"]
