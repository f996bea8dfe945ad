"""Main-text extraction benchmark: pressparse's HTML path against trafilatura and readability-lxml.

Usage::

    .venv/bin/python benchmarks/article_extraction.py [BENCH_DIR] [--only ID] [--worst N] [--tools a,b]

BENCH_DIR holds ``html/<id>.html.gz`` and ``ground-truth.json`` (``articleBody`` per id), the
layout of Scrapinghub's article-extraction-benchmark. The metric is that benchmark's own: ``\\w+``
tokens, multiset of 4-token shingles, per-page true/false positives and false negatives normalised
to sum 1, precision averaged over pages that produced text, recall over pages with truth, F1 of the
two averages. Tools: ``pressparse`` (the whole pipeline's cleaned text), ``html-stage`` (the lines
the HTML stage alone keeps, before the text-level chrome rules), ``trafilatura`` and ``readability``
(benchmark-only extras, called as the benchmark's own runners call them; skipped when not installed).
Timings are wall-clock per page, so compare tools within one run only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction"

# Word tokens as the benchmark defines them (one linear scan, no backtracking).
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]
Extractor = Callable[[bytes], str]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles (a text shorter than ``n`` is one short shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def match(truth: str, prediction: str) -> Counts:
    """Normalised (tp, fp, fn) of one page."""
    true_sh, pred_sh = shingles(truth), shingles(prediction)
    tp = fp = fn = 0.0
    for key in true_sh.keys() | pred_sh.keys():
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[Counts]) -> dict[str, float]:
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def pressparse_text(html: bytes) -> str:
    """The cleaned text without the title line (the benchmark's bodies carry no headline)."""
    import pressparse

    rec = pressparse.parse(html, format="html")
    text = rec.text
    if rec.title_span is not None:
        start, end = rec.title_span
        text = text[:start] + text[end:]
    return text


def pressparse_blocks_text(html: bytes) -> str:
    """The HTML stage alone: the lines ``html_blocks`` keeps, without the headline line."""
    from pressparse.html import html_blocks
    from pressparse.load import load
    from pressparse.options import ParseOptions

    options = ParseOptions(format="html")
    doc = html_blocks(load(html, options).text, options)
    kept = [b.text for b in doc.blocks if b.chrome is None]
    if doc.meta.h1 in kept:
        kept.remove(doc.meta.h1)
    return "\n".join(kept)


def _trafilatura() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: bytes) -> str:
        # As the benchmark's own runner calls it: decoded text, comments excluded.
        return trafilatura.extract(html.decode("utf-8", "replace"), include_comments=False) or ""

    return run


_READABILITY_BLOCKS = frozenset({"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                                 "blockquote", "pre", "ul", "ol", "table", "section", "article", "dd", "dt"})


def _readability() -> Extractor | None:
    try:
        import lxml.html
        from readability import Document  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(html: bytes) -> str:
        summary = Document(html.decode("utf-8", "replace")).summary(html_partial=True)
        if not summary.strip():
            return ""
        tree = lxml.html.fromstring(summary)
        # Block elements end a line (the benchmark's runner uses html_text, which does the same).
        for el in tree.iter():
            if isinstance(el.tag, str) and el.tag in _READABILITY_BLOCKS:
                el.tail = "\n" + (el.tail or "")
        return "".join(str(piece) for piece in tree.itertext())

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", nargs="?", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--only", help="run the pages whose id starts so; print the first tool's text")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages for the first tool")
    parser.add_argument("--tools", default="pressparse,html-stage,trafilatura,readability")
    args = parser.parse_args(argv)

    truth: dict[str, dict[str, str]] = json.loads((args.bench / "ground-truth.json").read_text("utf-8"))
    ids = sorted(truth)
    if args.only:
        ids = [i for i in ids if i.startswith(args.only)]
    pages = {i: gzip.decompress((args.bench / "html" / f"{i}.html.gz").read_bytes()) for i in ids}

    tools: dict[str, Extractor | None] = {
        "pressparse": pressparse_text,
        "html-stage": pressparse_blocks_text,
        "trafilatura": _trafilatura(),
        "readability": _readability(),
    }
    wanted = args.tools.split(",")
    print(f"{'tool':<14}{'F1':>7}{'prec':>7}{'recall':>8}{'med ms':>9}{'p95 ms':>9}{'errors':>8}")
    for name in wanted:
        extract = tools.get(name)
        if extract is None:
            print(f"{name:<14} not installed")
            continue
        counts: list[Counts] = []
        times: list[float] = []
        errors = 0
        per_page: list[tuple[float, float, str]] = []
        for page_id in ids:
            started = time.perf_counter()
            try:
                text = extract(pages[page_id])
            except Exception as exc:  # a failing tool scores an empty page
                print(f"  {name} {page_id[:12]}: {type(exc).__name__}: {exc}"[:200], file=sys.stderr)
                text = ""
                errors += 1
            times.append((time.perf_counter() - started) * 1000)
            c = match(truth[page_id].get("articleBody", ""), text)
            counts.append(c)
            per_page.append((_precision(*c), _recall(*c), page_id))
            if args.only and name == args.tools.split(",")[0]:
                print(text)
                print(f"--- precision {_precision(*c):.3f} recall {_recall(*c):.3f}")
        s = scores(counts)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{name:<14}{s['f1']:>7.3f}{s['precision']:>7.3f}{s['recall']:>8.3f}"
              f"{statistics.median(times):>9.1f}{p95:>9.1f}{errors:>8}")
        if args.worst and name == args.tools.split(",")[0]:
            for p, r, page_id in sorted(per_page, key=lambda x: min(x[0], x[1]))[: args.worst]:
                print(f"    {page_id[:16]} precision {p:.3f} recall {r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
