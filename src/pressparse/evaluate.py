"""Score pressparse against hand-labelled gold records (``pressparse eval GOLD_DIR``).

The matching rules are those of the project's corpus scorer, so figures agree with it:
text is compared after NFKC, casefolding, quote-mark folding, white-space collapsing and
trimming of edge punctuation; demands match when the prediction starts with the gold's
first words; quotes when the gold's first words open the predicted quote; a speaker or
source when the gold's last word is in the prediction or the prediction's last word is in
the gold; contacts by name, then phone digits, then email. Each field gets a 95% Wilson
interval over its scored items. The gold format is documented in ``docs/gold-format.md``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PressParseError
from .options import ParseOptions
from .records import PressRelease

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D")
_QUOTE_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalize(value: object) -> str:
    """Casefolded, NFKC, quote-folded, space-collapsed text without edge punctuation."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold().translate(_QUOTE_FOLD)
    return _SPACES.sub(" ", text).strip().strip(" .,;:-\u2013\u2014\"'()")


def _digits(value: object) -> str:
    return _NON_DIGIT.sub("", str(value or ""))[-10:]


def same_name(gold: str, predicted: str) -> bool:
    """Speaker/source match: the gold's last word in the prediction, or the reverse (3+ letters)."""
    if not gold or not predicted:
        return not gold and not predicted
    g, p = _WORD.findall(gold), _WORD.findall(predicted)
    if not g or not p:
        return False
    return g[-1] in p or (len(p[-1]) >= 3 and p[-1] in g)


def _iso(value: object) -> str | None:
    return None if value is None else str(value)[:10]


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def wilson(hits: float, total: float, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion (sensible at small n and at 0 or 1)."""
    if total <= 0:
        return (math.nan, math.nan)
    p = hits / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class DocResult:
    """One document's scores."""

    id: str
    file: str
    strata: dict[str, str]
    counts: dict[str, list[float]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    error: str | None = None

    def add(self, name: str, hit: float, total: float = 1.0) -> None:
        slot = self.counts.setdefault(name, [0.0, 0.0])
        slot[0] += hit
        slot[1] += total

    def check(self, name: str, ok: bool, detail: str) -> None:
        self.add(name, 1.0 if ok else 0.0)
        if not ok:
            self.misses.append(f"{name}: {detail}")


@dataclass(frozen=True)
class FieldScore:
    """One field's score over a set of documents."""

    name: str
    hits: float
    total: float

    @property
    def score(self) -> float:
        return self.hits / self.total if self.total else math.nan

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.hits, self.total)


@dataclass
class EvalReport:
    """The result of :func:`evaluate`: per-document results and per-field scores.

    Examples:
        >>> report = evaluate("fixtures", only="immdef-2021-02-03-biden-action")
        >>> [(doc.id, doc.strata) for doc in report.docs]
        [('immdef-2021-02-03-biden-action', {'format': 'text', 'language': 'en+es'})]
        >>> summary = report.summary()
        >>> summary["docs"], summary["errors"], 0.0 <= summary["overall"] <= 1.0
        (1, 0, True)
        >>> sorted(report.strata()["language"])
        ['en+es']
    """

    docs: list[DocResult]

    def fields(self, docs: Iterable[DocResult] | None = None) -> list[FieldScore]:
        totals: dict[str, list[float]] = {}
        for doc in self.docs if docs is None else docs:
            for name, (hit, total) in doc.counts.items():
                slot = totals.setdefault(name, [0.0, 0.0])
                slot[0] += hit
                slot[1] += total
        return [FieldScore(name, hit, total) for name, (hit, total) in sorted(totals.items())]

    def strata(self) -> dict[str, dict[str, list[DocResult]]]:
        """Documents grouped by each stratum key (format, language, group, ...)."""
        out: dict[str, dict[str, list[DocResult]]] = {}
        for doc in self.docs:
            for key, value in doc.strata.items():
                out.setdefault(key, {}).setdefault(value, []).append(doc)
        return out

    def summary(self) -> dict[str, Any]:
        fields = self.fields()
        hits = sum(f.hits for f in fields)
        total = sum(f.total for f in fields)
        return {
            "docs": len(self.docs),
            "errors": sum(1 for d in self.docs if d.error),
            "perfect": sum(1 for d in self.docs if not d.misses and not d.error),
            "overall": round(hits / total, 4) if total else None,
            "fields": {f.name: {"score": round(f.score, 4), "n": f.total,
                                "ci95": [round(x, 4) for x in f.interval]} for f in fields},
        }


def score_record(gold: dict[str, Any], record: PressRelease | dict[str, Any] | None) -> DocResult:
    """Compare one record (or its dict) with one gold label."""
    rec: dict[str, Any] = {} if record is None else (record if isinstance(record, dict) else record.to_dict())
    languages = gold.get("languages") or []
    strata = {"format": str(gold.get("format", "?")), "language": "+".join(languages) or "?"}
    if gold.get("group"):
        strata["group"] = str(gold["group"])
    doc = DocResult(id=str(gold.get("id")), file=str(gold.get("file")), strata=strata)
    text = normalize(rec.get("text") or "")

    if "title" in gold:
        doc.check("title", normalize(gold["title"]) == normalize(rec.get("title")),
                  f"want {gold['title']!r} got {rec.get('title')!r}")
    for name in ("release_date", "updated_date"):
        if name in gold:
            doc.check(name, _iso(gold[name]) == _iso(rec.get(name)), f"want {gold[name]} got {rec.get(name)}")
    if "dateline" in gold:
        _score_dateline(gold["dateline"], rec.get("dateline"), doc)
    if "contacts" in gold:
        _score_contacts(gold["contacts"], rec.get("contacts") or [], doc)
    if "languages" in gold:
        langs = [_get(s, "language") for s in rec.get("sections") or []]
        merged = [x for i, x in enumerate(langs) if i == 0 or x != langs[i - 1]]
        doc.check("languages", merged == gold["languages"], f"want {gold['languages']} got {merged}")
    if "demands" in gold:
        _score_demands(gold["demands"], rec.get("demands") or [], doc)
    if "quotes" in gold:
        _score_quotes(gold["quotes"], rec.get("quotes") or [], doc)
    for s in gold.get("must_strip", []):
        doc.check("chrome.stripped", normalize(s) not in text, f"still in text: {s!r}")
    for s in gold.get("must_keep", []):
        doc.check("content.kept", normalize(s) in text, f"missing from text: {s!r}")
    return doc


def _score_dateline(gold: dict[str, Any] | None, pred: Any, doc: DocResult) -> None:
    if gold is None:
        doc.check("dateline.location", not _get(pred, "location"), f"want none got {_get(pred, 'location')!r}")
        return
    location = gold.get("location")
    doc.check("dateline.location", normalize(location) == normalize(_get(pred, "location")),
              f"want {location!r} got {_get(pred, 'location')!r}")
    if "date" in gold and (gold["date"] is not None or _get(pred, "date") is not None):
        doc.check("dateline.date", _iso(gold["date"]) == _iso(_get(pred, "date")),
                  f"want {gold['date']} got {_get(pred, 'date')}")


def _greedy(gold: list[Any], pred: list[Any], match: Callable[[Any, Any], bool]) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and match(g, p):
                used.add(i)
                hits += 1
                break
    return hits


def _score_contacts(gold: list[dict[str, Any]], pred: list[Any], doc: DocResult) -> None:
    def affinity(g: dict[str, Any], p: Any) -> int:
        # 3: same name, 2: same phone, 1: same email (shared press-office addresses are common)
        if g.get("name") and normalize(g["name"]) and normalize(g["name"]) in normalize(_get(p, "name")):
            return 3
        phone = _digits(g.get("phone"))
        if phone and any(_digits(x) == phone for x in _get(p, "phones") or []):
            return 2
        email = normalize(g.get("email"))
        return 1 if email and any(normalize(x) == email for x in _get(p, "emails") or []) else 0

    pairs: dict[int, Any] = {}
    taken: set[int] = set()
    for level in (3, 2, 1):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred):
                if pi not in taken and affinity(g, p) == level:
                    pairs[gi] = p
                    taken.add(pi)
                    break
    doc.add("contacts.recall", len(pairs), len(gold))
    doc.add("contacts.precision", len(pairs), len(pred))
    if len(pairs) < len(gold) or len(pairs) < len(pred):
        doc.misses.append(f"contacts: want {[c.get('name') for c in gold]} got {[_get(c, 'name') for c in pred]}")
    for gi, g in enumerate(gold):
        match = pairs.get(gi)
        if match is None:
            continue
        if g.get("phone"):
            phones = _get(match, "phones") or []
            doc.check("contacts.phone", any(_digits(x) == _digits(g["phone"]) for x in phones),
                      f"want {g['phone']} got {phones}")
        if g.get("email"):
            emails = _get(match, "emails") or []
            doc.check("contacts.email", any(normalize(x) == normalize(g["email"]) for x in emails),
                      f"want {g['email']} got {emails}")


def _score_demands(gold: dict[str, list[str]], pred: list[Any], doc: DocResult) -> None:
    languages = list(gold) + sorted({str(_get(d, "language")) for d in pred} - set(gold))
    for lang in languages:
        items = [normalize(x) for x in gold.get(lang, [])]
        predicted = [normalize(_get(d, "text")) for d in pred if str(_get(d, "language")) == lang]
        hits = _greedy(items, predicted, lambda g, p: p.startswith(g) or (g.startswith(p) and len(p) > 20))
        doc.add("demands.recall", hits, len(items))
        doc.add("demands.precision", hits, len(predicted))
        if hits < len(items) or hits < len(predicted):
            doc.misses.append(f"demands[{lang}]: matched {hits} of {len(items)} gold, {len(predicted)} predicted")


def _score_quotes(gold: list[dict[str, Any]], pred: list[Any], doc: DocResult) -> None:
    def same_quote(g: dict[str, Any], p: Any) -> bool:
        start = normalize(g["start"])[:40]
        return start in normalize(_get(p, "text"))[: len(start) + 12]

    hits = _greedy(gold, pred, same_quote)
    doc.add("quotes.recall", hits, len(gold))
    doc.add("quotes.precision", hits, len(pred))
    if hits < len(gold) or hits < len(pred):
        doc.misses.append(f"quotes: matched {hits} of {len(gold)} gold, {len(pred)} predicted")
        matched = [p for p in pred if any(same_quote(g, p) for g in gold)]
        for p in pred:
            if p not in matched:
                doc.misses.append(f"  extra quote: {str(_get(p, 'text'))[:70]!r}")
        for g in gold:
            if not any(same_quote(g, p) for p in pred):
                doc.misses.append(f"  missed quote: {g['start'][:70]!r}")
    for g in gold:
        match = next((p for p in pred if same_quote(g, p)), None)
        if match is None or "attribution" not in g:
            continue
        got = normalize(_get(match, "attribution"))
        doc.check("quotes.attribution", same_name(normalize(g["attribution"]), got),
                  f"want {g['attribution']!r} got {got!r}")
        if g.get("kind"):
            kind = _get(match, "kind")
            kind = "direct" if kind == "statement" else kind
            doc.check("quotes.kind", kind == g["kind"], f"want {g['kind']} got {_get(match, 'kind')}")


def evaluate(gold_dir: str | Path, *, only: str | None = None, options: ParseOptions | None = None) -> EvalReport:
    """Parse every document named by ``gold_dir/gold/*.json`` and score it against its label.

    >>> report = evaluate("fixtures", only="immdef-2021-02-03-biden-action")
    >>> report.fields()[0].name, len(report.docs)
    ('chrome.stripped', 1)
    """
    from .pipeline import parse_with

    root = Path(gold_dir)
    docs: list[DocResult] = []
    gold_files = sorted((root / "gold").glob("*.json"))
    if not gold_files:
        raise PressParseError(f"no gold labels found under {root / 'gold'}")
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if only and gold.get("id") != only:
            continue
        name = str(gold["file"])
        try:
            record = parse_with((root / name).read_bytes(), options or ParseOptions(), name)
        except (OSError, PressParseError) as exc:
            result = score_record(gold, None)
            result.error = f"{type(exc).__name__}: {exc}"
            docs.append(result)
            continue
        docs.append(score_record(gold, record))
    return EvalReport(docs)


def _table(fields: list[FieldScore], indent: str = "") -> list[str]:
    lines = [f"{indent}{'field':22} {'score':>6} {'n':>5}  {'95% interval':>15}"]
    for f in fields:
        low, high = f.interval
        lines.append(f"{indent}{f.name:22} {f.score:6.3f} {f.total:5.0f}  [{low:5.3f}, {high:5.3f}]")
    return lines


def format_report(report: EvalReport, *, show_misses: bool = True, strata: bool = True) -> str:
    """The per-field table, the per-stratum tables, and each document's misses."""
    lines = _table(report.fields())
    summary = report.summary()
    lines.append(f"docs {summary['docs']} errors {summary['errors']} perfect {summary['perfect']} "
                 f"overall {summary['overall']}")
    if strata:
        for key, groups in sorted(report.strata().items()):
            for value, docs in sorted(groups.items()):
                lines.append("")
                lines.append(f"{key} = {value} ({len(docs)} docs)")
                lines.extend(_table(report.fields(docs), indent="  "))
    if show_misses:
        lines.append("")
        for doc in report.docs:
            if doc.error:
                lines.append(f"- {doc.id}: {doc.error}")
            elif doc.misses:
                lines.append(f"- {doc.id}:")
                lines.extend(f"    {m}" for m in doc.misses)
    return "\n".join(lines)


__all__ = ["DocResult", "EvalReport", "FieldScore", "evaluate", "format_report", "normalize", "score_record",
           "wilson"]
