"""Hostile inputs finish in bounded time: prints seconds and outcome per case.

    python benchmarks/hostile.py            # all cases
    python benchmarks/hostile.py --quick    # smaller sizes

Cases: a 20 MB HTML page, a 10 MB single-line text file, a page nested 100,000 levels deep,
random bytes, an empty file, and adversarial text runs from the hostile-input issue.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable

import pressparse


def big_html(size: int) -> bytes:
    para = ("<p>WASHINGTON — The agency said on Monday, “We will act,” according to Ana Ruiz. "
            "Media Contact: Ana Ruiz, 213-555-0100, ana@example.org</p>\n")
    body = para * (size // len(para))
    return f"<!DOCTYPE html><html><head><title>Big</title></head><body><article>{body}</article></body></html>".encode()


def single_line(size: int) -> bytes:
    unit = "1. Rescindir el Título 42, “said” — WASHINGTON (June 1, 2024) ¿Qué? "
    return (unit * (size // len(unit))).encode()


def deep_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth + "<p>after</p></body></html>").encode()


def cases(quick: bool) -> dict[str, Callable[[], bytes]]:
    scale = 10 if quick else 1
    rng = random.Random(0)
    return {
        "html-20MB": lambda: big_html(20_000_000 // scale),
        "text-10MB-one-line": lambda: single_line(10_000_000 // scale),
        "html-nested-100000": lambda: deep_html(100_000 // scale),
        "random-bytes-1MB": lambda: bytes(rng.getrandbits(8) for _ in range(1_000_000 // scale)),
        "empty": lambda: b"",
        "quotes-100KB": lambda: b'"' * 100_000,
        "curly-quotes-100KB": lambda: "“”«»".encode() * 25_000,
        "digits-dots-100KB": lambda: b"1.2." * 25_000,
        "dashes-100KB": lambda: "- — – ".encode() * 12_500,
        "caps-commas-100KB": lambda: b"WASHINGTON, D.C., " * 5_500,
        "parens-100KB": lambda: b"(" * 50_000 + b")" * 50_000,
        "lines-100k": lambda: b"Media Contact:\n" * 100_000,
    }


def run_case(name: str, quick: bool) -> None:
    """Parse one case in this process and print its line (peak memory = this process's max RSS)."""
    import resource

    options = pressparse.ParseOptions(max_bytes=25_000_000)
    pressparse.parse(b"Warm-up\n\nWASHINGTON - A warm-up page, said Ana.")  # lazy imports and patterns
    data = cases(quick)[name]()
    started = time.perf_counter()
    try:
        rec = pressparse.parse(data, options=options)
        codes = sorted({w.code for w in rec.warnings})
        outcome = f"record, {len(rec.text):,} chars, warnings {codes}"
    except pressparse.PressParseError as exc:
        outcome = f"{type(exc).__name__}: {str(exc)[:60]}"
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name:24} {len(data) / 1e6:6.2f} {elapsed:8.2f} {peak:8.0f}  {outcome}", flush=True)


def main() -> None:
    quick = "--quick" in sys.argv
    if "--case" in sys.argv:
        run_case(sys.argv[sys.argv.index("--case") + 1], quick)
        return
    print(f"{'case':24} {'MB':>6} {'seconds':>8} {'RSS MB':>8}  outcome  (each case in a fresh process)")
    for name in cases(quick):
        args = [sys.executable, __file__, "--case", name] + (["--quick"] if quick else [])
        subprocess.run(args, check=False)


if __name__ == "__main__":
    main()
