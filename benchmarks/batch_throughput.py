"""Batch throughput: pages per second of ``parse_many`` with 1 worker against N workers.

Usage::

    .venv/bin/python benchmarks/batch_throughput.py [--pages 3000] [--workers 1,2] [--warc]

The pages are the bundled fixture pages (fixtures/docs), replicated round-robin with distinct
input ids, fed lazily as ``(id, bytes)`` pairs. For each worker count the whole stream is parsed
in input order and the wall time taken; the ratio of the last count's rate to the first's is the
scaling figure (target: >= 1.8 for 2 workers on 2 cores). The parent's CPU time per page (the
pool's own overhead, which bounds the scaling), the workers' CPU time per page and the cores they
kept busy, and the load average are printed too, since other processes on the machine lower the
wall-clock ratio.
``--warc`` also times reading a WARC.gz built from the same pages with FastWARC and warcio;
``--sleepy`` replaces parsing by a 20 ms sleep, which shows the pool's own scaling where other
work on the machine takes the CPUs (Linux groups a session's processes for CPU fairness, so
there more workers do not get more CPU).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "docs"
PAGE_SUFFIXES = (".txt", ".md", ".html")


def fixture_pages() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(FIXTURES.iterdir()) if p.suffix in PAGE_SUFFIXES]


def replicated(pages: list[tuple[str, bytes]], count: int) -> Iterator[tuple[str, bytes]]:
    for i in range(count):
        name, data = pages[i % len(pages)]
        yield f"page-{i:06d}/{name}", data


def workers_cpu() -> float | None:
    """CPU seconds used by finished worker processes so far: they are children of the pool's fork
    server, which reaps them, so they add to its children's times (Linux /proc only)."""
    try:
        from multiprocessing import forkserver

        pid = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # cutime + cstime
    except (ImportError, AttributeError, OSError, ValueError, IndexError, TypeError):
        return None


def run(workers: int, count: int, pages: list[tuple[str, bytes]], timeout: float,
        parse_fn: str | None = None) -> tuple[float, int, float, float]:
    """Seconds, errors, the parent's CPU seconds and the workers' CPU seconds (nan where unknown)
    for parsing ``count`` pages with ``workers`` workers."""
    import pressparse

    # Warm the pool's fork server once so the first measured run does not pay for starting it.
    list(pressparse.parse_many(replicated(pages, 1), workers=1))
    time.sleep(0.5)
    errors = 0
    worker_cpu_before = workers_cpu()
    cpu_before = time.process_time()
    started = time.perf_counter()
    for result in pressparse.parse_many(replicated(pages, count), workers=workers, timeout=timeout,
                                        _parse_fn=parse_fn):
        if isinstance(result, pressparse.ErrorRow):
            errors += 1
    elapsed = time.perf_counter() - started
    parent_cpu = time.process_time() - cpu_before
    time.sleep(0.5)  # let the fork server reap the workers
    worker_cpu_after = workers_cpu()
    worker_cpu = (worker_cpu_after - worker_cpu_before if worker_cpu_before is not None and worker_cpu_after is not None
                  else float("nan"))
    return elapsed, errors, parent_cpu, worker_cpu


def warc_speed(pages: list[tuple[str, bytes]], count: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from batch_support import warc_record, write_warc
    from pressparse.readers import read_warc

    with tempfile.TemporaryDirectory() as tmp:
        for compress in (True, False):
            path = Path(tmp) / ("bench.warc.gz" if compress else "bench.warc")
            write_warc(path, (warc_record(f"https://example.org/{name}", f"id-{i}", data, content_type="text/html")
                              for i, (name, data) in enumerate(replicated(pages, count))), compress=compress)
            size = path.stat().st_size / 1e6
            for engine in ("fastwarc", "warcio"):
                try:
                    __import__(engine)
                except ImportError:
                    print(f"{path.name}: {engine} not installed")
                    continue
                best = float("inf")
                for _ in range(3):
                    started = time.perf_counter()
                    n = sum(1 for _ in read_warc(path, engine=engine))  # type: ignore[arg-type]
                    best = min(best, time.perf_counter() - started)
                print(f"{path.name} ({size:.1f} MB, {n} records): {engine:8} {best:.2f} s  {n / best:,.0f} records/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=3000, help="pages to parse per run (default 3000)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-page timeout in seconds (default 30)")
    parser.add_argument("--warc", action="store_true", help="also time WARC reading with FastWARC and warcio")
    parser.add_argument("--sleepy", action="store_true",
                        help="pages that sleep 20 ms instead of using CPU: the pool's own scaling on a busy machine")
    args = parser.parse_args()
    parse_fn = None
    if args.sleepy:
        sys.path.insert(0, str(ROOT / "tests"))
        parse_fn = "batch_support:sleepy_parse"
    pages = fixture_pages()
    counts = [int(x) for x in args.workers.split(",")]
    print(f"{args.pages} pages ({len(pages)} distinct fixture pages), {os.cpu_count()} CPUs")
    rates: list[float] = []
    for workers in counts:
        load = os.getloadavg()[0]
        elapsed, errors, cpu, worker_cpu = run(workers, args.pages, pages, args.timeout, parse_fn)
        rates.append(args.pages / elapsed)
        print(f"workers={workers}: {elapsed:7.1f} s  {rates[-1]:6.1f} pages/s  errors={errors}  "
              f"parent CPU {1000 * cpu / args.pages:.2f} ms/page  workers CPU {1000 * worker_cpu / args.pages:.1f} "
              f"ms/page ({worker_cpu / elapsed:.2f} cores busy)  load average before {load:.1f}")
    if len(rates) > 1:
        print(f"speed-up workers={counts[-1]} vs workers={counts[0]}: {rates[-1] / rates[0]:.2f}x")
    if args.warc:
        warc_speed(pages, min(args.pages, 3700))
    return 0


if __name__ == "__main__":
    sys.exit(main())
