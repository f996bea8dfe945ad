"""Dask throughput: pages per second through ``pressparse.dask`` on a 2-worker LocalCluster against
``parse_many`` with 2 worker processes, on the same few thousand pages.

Usage::

    .venv/bin/python benchmarks/dask_throughput.py [--pages 3000] [--workers 2] [--partition-pages 64] [--repeat 1]

The pages are the bundled fixture pages (fixtures/docs) replicated round-robin into a temporary
folder as page files, so both paths read files: ``parse_many`` in its parent process, the Dask
tasks in the workers. The cluster is started (and its startup timed) before the runs; one small
warm-up run on each side starts the fork servers, so the timed runs measure steady throughput.
Timed: ``parse_many(folder, workers=N)``; ``pressparse.dask.parse_many(folder)`` with
``isolation="process"`` (the default: one isolating sub-process per partition) and with
``isolation="none"``. The overhead is Dask's wall time over ``parse_many``'s, in percent. Since on
a shared machine other processes take CPU from either side (the load average is printed), the
CPU seconds used by this process and all its descendants (pool workers, Dask workers and their
sub-processes) are measured too: CPU per page does not depend on what else runs, and its
difference is the work Dask adds (scheduling, and one more serialization of every result).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "docs"
PAGE_SUFFIXES = (".txt", ".md", ".html")


def build_folder(target: Path, count: int) -> int:
    """``count`` page files copied round-robin from the fixtures; returns their total bytes."""
    sources = [p for p in sorted(FIXTURES.iterdir()) if p.suffix in PAGE_SUFFIXES]
    total = 0
    for i in range(count):
        source = sources[i % len(sources)]
        sub = target / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        shutil.copyfile(source, sub / f"{i:06d}-{source.name}")
        total += source.stat().st_size
    return total


def tree_cpu() -> float:
    """CPU seconds of this process and its descendants, live ones and those already reaped."""
    import psutil  # a dependency of distributed

    me = psutil.Process()
    total = 0.0
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def timed(label: str, count: int, run: object) -> tuple[float, float]:
    cpu_before = tree_cpu()
    started = time.perf_counter()
    results = list(run)  # type: ignore[call-overload]
    elapsed = time.perf_counter() - started
    time.sleep(0.5)  # let finished sub-processes be reaped, so their CPU is counted
    cpu = tree_cpu() - cpu_before
    errors = sum(1 for r in results if type(r).__name__ == "ErrorRow")
    assert len(results) == count, f"{label}: {len(results)} results for {count} pages"
    print(f"{label:<40} {elapsed:7.2f} s  {count / elapsed:6.1f} pages/s  CPU {1000 * cpu / count:5.1f} ms/page  "
          f"errors {errors}  load {os.getloadavg()[0]:.1f}", flush=True)
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-pages", type=int, default=None, help="default: pressparse.dask's")
    parser.add_argument("--repeat", type=int, default=1, help="time each path this many times (best kept)")
    args = parser.parse_args()

    from distributed import Client

    import pressparse
    import pressparse.dask as on_dask

    partition_pages = args.partition_pages or on_dask.DEFAULT_PARTITION_PAGES

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        size = build_folder(folder, args.pages)
        print(f"{args.pages} pages ({size / 1e6:.1f} MB) in {folder}; {os.cpu_count()} CPUs; "
              f"load average {os.getloadavg()[0]:.2f}", flush=True)
        warm = sorted(folder.rglob("*"))[:1]
        list(pressparse.parse_many([str(p) for p in warm if p.is_file()], workers=1))  # start the fork server

        started = time.perf_counter()
        with on_dask.local_cluster(args.workers, silence_logs=logging.CRITICAL) as cluster, \
                Client(cluster, set_as_default=False) as client:
            print(f"LocalCluster of {args.workers} workers up in {time.perf_counter() - started:.1f} s", flush=True)
            small = [str(p) for p in sorted(folder.rglob("*"))[: 4 * args.workers + 1] if p.is_file()]
            list(on_dask.parse_many(small, client=client, partition_pages=1))  # start each worker's fork server

            best: dict[str, float] = {}
            best_cpu: dict[str, float] = {}
            for _ in range(args.repeat):
                runs = {
                    f"parse_many workers={args.workers}":
                        lambda: pressparse.parse_many(str(folder), workers=args.workers),
                    f"dask {args.workers} workers, isolation=process":
                        lambda: on_dask.parse_many(str(folder), client=client, partition_pages=partition_pages),
                    f"dask {args.workers} workers, isolation=none":
                        lambda: on_dask.parse_many(str(folder), client=client, partition_pages=partition_pages,
                                                   isolation="none"),
                }
                for label, make in runs.items():
                    elapsed, cpu = timed(label, args.pages, make())
                    best[label] = min(best.get(label, float("inf")), elapsed)
                    best_cpu[label] = min(best_cpu.get(label, float("inf")), cpu)
        base = best[f"parse_many workers={args.workers}"]
        base_cpu = best_cpu[f"parse_many workers={args.workers}"]
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        for label, elapsed in best.items():
            if not label.startswith("parse_many"):
                cpu_overhead = 100 * (best_cpu[label] - base_cpu) / base_cpu
                print(f"overhead of {label}: {100 * (elapsed - base) / base:+.1f}% wall time, "
                      f"{cpu_overhead:+.1f}% CPU vs parse_many (best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
