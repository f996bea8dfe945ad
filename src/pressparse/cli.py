"""The ``pressparse`` command line (also ``python -m pressparse``).

Kept on argparse and lazy imports so that ``pressparse --help`` costs nothing.
Data goes to stdout, diagnostics to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

OUTPUT_FORMATS = ("jsonl", "json", "csv", "parquet")
FIELDS_COUNTED = ("title", "release_date", "dateline", "contacts", "demands", "quotes")


def _usage_error(message: str) -> int:
    print(f"pressparse parse: error: {message}", file=sys.stderr)
    return 2


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    lowered = (args.output or "").lower().rstrip("/")
    for suffix, fmt in ((".csv", "csv"), (".parquet", "parquet"), (".json", "json")):
        if lowered.endswith(suffix):
            return fmt
    return "jsonl"


def _cmd_parse(args: argparse.Namespace) -> int:
    """``pressparse parse``: many pages through the worker pool, one row per input, resumable."""
    import datetime as dt
    import time
    from collections import Counter

    from . import batch, readers, writers
    from .options import ParseOptions
    from .records import PressRelease

    fmt = _output_format(args)
    if fmt in ("csv", "parquet") and not args.output:
        return _usage_error(f"--format {fmt} needs -o/--output")
    if args.resume and not args.output:
        return _usage_error("--resume needs -o/--output (the output to continue)")
    if args.resume and fmt == "json":
        return _usage_error("--resume cannot continue a JSON array; use --format jsonl")
    if args.long_tables and fmt not in ("csv", "parquet"):
        return _usage_error("--long-tables needs --format csv or parquet")
    if args.workers is not None and args.workers < 0:
        return _usage_error("--workers must be 0 or more")
    if args.timeout is not None and args.timeout <= 0:
        return _usage_error("--timeout must be positive")
    if args.memory_limit < 0:
        return _usage_error("--memory-limit must be 0 (no limit) or more")
    if not 0 <= args.max_error_rate <= 1:
        return _usage_error("--max-error-rate must be between 0 and 1")
    on_dask = args.scheduler is not None or args.dask_local is not None
    if on_dask:
        problem = _dask_usage_problem(args)
        if problem:
            return _usage_error(problem)
    try:
        reference = dt.date.fromisoformat(args.reference_date) if args.reference_date else None
        options = ParseOptions(format=args.page_format, reference_date=reference, default_region=args.default_region)
    except ValueError as exc:
        return _usage_error(str(exc))
    if fmt == "parquet":
        try:
            import pyarrow  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
        except ImportError:
            return _usage_error("--format parquet needs pyarrow: pip install 'pressparse[parquet]'")
    long_tables = writers.LONG_TABLES if args.long_tables else ()
    errors_path = args.errors or (f"{args.output.rstrip('/')}.errors.jsonl" if args.output else None)

    skip: set[str] = set()
    if args.resume:
        if os.path.exists(args.output):
            skip |= writers.done_ids(args.output, fmt, long_tables=long_tables)  # type: ignore[arg-type]
        if errors_path:
            skip |= writers.jsonl_ids(errors_path)

    show_progress = not args.quiet and sys.stderr.isatty()
    total = readers.count_inputs(args.inputs) if show_progress else None
    # The run's own outputs, should they lie inside an input folder, are not inputs.
    outputs = [p for p in (args.output, errors_path) if p]
    if args.output and long_tables:
        suffix = ".parquet" if fmt == "parquet" else ".csv"
        outputs += [writers.long_table_path(args.output.rstrip("/"), table, suffix) for table in long_tables]
    records = readers.iter_records(args.inputs, jsonl_text_field=args.jsonl_text_field,
                                   jsonl_id_field=args.jsonl_id_field, max_bytes=options.max_bytes, exclude=outputs)
    skipped = 0

    def pending() -> Iterator[batch.InputRecord | batch.ErrorRow]:
        nonlocal skipped
        for record in records:
            if record.input_id in skip:
                skipped += 1
                continue
            yield record

    # Connect before any output is opened (and truncated): a cluster that cannot be reached or used is a usage error.
    cluster_session = contextlib.ExitStack()
    client: Any = None
    if on_dask:
        from . import dask as on_cluster

        try:
            client = cluster_session.enter_context(on_cluster.connect(args.scheduler, args.dask_local))
            on_cluster.check_workers(client)
        except (OSError, RuntimeError, ValueError) as exc:  # TimeoutError is an OSError
            cluster_session.close()
            return _usage_error(f"Dask: {exc}")

    try:
        writer = writers.open_writer(args.output or sys.stdout, fmt, append=args.resume,  # type: ignore[arg-type]
                                     long_tables=long_tables)
        error_out = writers.ErrorWriter(errors_path, append=args.resume) if errors_path else None
    except BaseException:
        cluster_session.close()
        raise
    progress = None
    if show_progress:
        from tqdm import tqdm

        progress = tqdm(total=None if total is None else max(0, total - len(skip)), unit="page", file=sys.stderr,
                        dynamic_ncols=True, smoothing=0.1)
    errors_by_type: Counter[str] = Counter()
    found: Counter[str] = Counter()
    documents = 0
    started = time.monotonic()
    interrupted = False
    try:
        if client is not None:
            results = on_cluster.parse_many(args.inputs, client=client, options=options, timeout=args.timeout,
                                            ordered=args.ordered, memory_limit_mb=args.memory_limit or None,
                                            jsonl_text_field=args.jsonl_text_field,
                                            jsonl_id_field=args.jsonl_id_field, exclude=outputs)
        else:
            results = batch.parse_many(pending(), workers=args.workers, options=options, timeout=args.timeout,
                                       ordered=args.ordered, memory_limit_mb=args.memory_limit or None)
        for result in results:
            documents += 1
            if isinstance(result, PressRelease):
                writer.write(result)
                _count_fields(result, found)
            else:
                errors_by_type[result.error_type] += 1
                if error_out is not None:
                    error_out.write_error(result)
                line = f"error: {result.input_id}: {result.error_type}: {result.message}"
                if progress is not None:
                    progress.write(line, file=sys.stderr)
                else:
                    print(line, file=sys.stderr)
            if progress is not None:
                progress.update(1)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if progress is not None:
            progress.close()
        writer.close()
        if error_out is not None:
            error_out.close()
        cluster_session.close()
    elapsed = max(time.monotonic() - started, 1e-9)
    error_count = sum(errors_by_type.values())
    if not args.quiet:
        _print_summary(documents, error_count, errors_by_type, found, skipped, elapsed, errors_path)
    if interrupted:
        print("interrupted: rerun with --resume to continue", file=sys.stderr)
        return 130
    rate = error_count / documents if documents else 0.0
    return 1 if rate > args.max_error_rate else 0


def _dask_usage_problem(args: argparse.Namespace) -> str | None:
    """Why the options cannot run on Dask, if they cannot."""
    if args.dask_local is not None and args.dask_local < 1:
        return "--dask-local must be 1 or more"
    if args.workers is not None:
        return "--workers does not apply with --scheduler/--dask-local: the cluster's workers parse (--dask-local N)"
    if args.resume:
        return "--resume is not supported with --scheduler/--dask-local; run without Dask to resume"
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return "--scheduler/--dask-local need Dask: pip install 'pressparse[dask]'"
    return None


def _count_fields(rec: Any, found: Any) -> None:
    for name in FIELDS_COUNTED:
        if getattr(rec, name):
            found[name] += 1


def _print_summary(documents: int, error_count: int, errors_by_type: Any, found: Any, skipped: int,
                   elapsed: float, errors_path: str | None) -> None:
    parsed = documents - error_count
    line = (f"pressparse: {documents} documents in {elapsed:.1f} s ({documents / elapsed:.1f} pages/s): "
            f"{parsed} parsed, {error_count} errors")
    if errors_by_type:
        line += " (" + ", ".join(f"{kind} {n}" for kind, n in sorted(errors_by_type.items())) + ")"
    if skipped:
        line += f"; {skipped} already done, skipped"
    print(line, file=sys.stderr)
    if parsed:
        fields = ", ".join(f"{name} {found[name]} ({100 * found[name] / parsed:.0f}%)" for name in FIELDS_COUNTED)
        print(f"fields found: {fields}", file=sys.stderr)
    if error_count and errors_path:
        print(f"error rows written to {errors_path}", file=sys.stderr)


def _cmd_show(args: argparse.Namespace) -> int:
    if args.html:
        from .render import show_html_main

        return show_html_main(args.file, args.html)
    import pressparse

    try:
        rec = pressparse.parse_file(args.file)
    except pressparse.PressParseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rec.to_dict(), ensure_ascii=False, indent=2))
        return 0
    from .show import describe

    print(describe(rec))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import report_main

    return report_main(args.results, args.html)


def _cmd_schema(args: argparse.Namespace) -> int:
    import pressparse

    print(json.dumps(pressparse.json_schema(), indent=2))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    report = evaluate(args.gold_dir, only=args.only)
    print(format_report(report, show_misses=not args.no_misses, strata=not args.no_strata))
    if args.json:
        print(json.dumps(report.summary(), indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pressparse", description="Turn scraped press-release pages into records.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser(
        "parse", help="parse pages, folders, JSON Lines dumps or WARC archives; one row per input",
        description="Parse many pages with a pool of worker processes. Every input gives one row: a record in "
        "OUT, or an error row in the error file (OUT.errors.jsonl) and on stderr. Exit status: 0 all parsed, "
        "1 errors above --max-error-rate, 2 usage error.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="page files, folders, globs, .jsonl dumps, .warc/.warc.gz archives, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="write here (a folder for parquet); default stdout")
    p.add_argument("--format", choices=OUTPUT_FORMATS, help="output format (default: from OUT's suffix, else jsonl)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (default: CPUs; 0: in-process)")
    p.add_argument("--timeout", type=float, default=5.0, metavar="S",
                   help="seconds one page may take in a worker (default 5; not applied with --workers 0)")
    p.add_argument("--memory-limit", type=int, default=2048, metavar="MB",
                   help="address-space limit of each worker in MiB (default 2048; 0: none; not with --workers 0)")
    p.add_argument("--resume", action="store_true",
                   help="skip inputs that already have a row in OUT or the error file, and append")
    p.add_argument("--errors", metavar="FILE", help="error rows go here (default OUT.errors.jsonl)")
    p.add_argument("--max-error-rate", type=float, default=0.0, metavar="R",
                   help="exit 1 when more than this share of inputs are errors (default 0)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--long-tables", action="store_true",
                   help="also write contacts, demands and quotes tables beside OUT (csv, parquet)")
    p.add_argument("--jsonl-text-field", metavar="F", help="JSON Lines field holding the page (default: text, html...)")
    p.add_argument("--jsonl-id-field", metavar="F", help="JSON Lines field holding a stable id (default: line number)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--ordered", dest="ordered", action="store_true", default=True,
                       help="rows in input order (default)")
    order.add_argument("--unordered", dest="ordered", action="store_false", help="rows as pages finish")
    cluster = p.add_mutually_exclusive_group()
    cluster.add_argument("--scheduler", metavar="ADDRESS",
                         help="parse on the Dask cluster whose scheduler is at ADDRESS (tcp://host:port); "
                         "needs pressparse[dask] and workers started with distributed.worker.daemon False")
    cluster.add_argument("--dask-local", type=int, metavar="N",
                         help="start a local Dask cluster of N worker processes for the run and parse on it")
    p.add_argument("--page-format", choices=("auto", "text", "markdown", "html"), default="auto",
                   help="input format of the pages (default auto)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD",
                   help="date that relative and yearless dates resolve against")
    p.add_argument("--default-region", default="US", metavar="CC",
                   help="region of phone numbers without a country code")
    p.set_defaults(run=_cmd_parse)

    s = sub.add_parser("show", help="print one page's record readably")
    s.add_argument("file")
    s.add_argument("--json", action="store_true", help="print the record as indented JSON")
    s.add_argument("--html", metavar="OUT", help="write a self-contained review page (- for stdout)")
    s.set_defaults(run=_cmd_show)

    r = sub.add_parser("report", help="HTML summary of a pressparse parse run")
    r.add_argument("results", help="the JSON Lines file written by `pressparse parse`")
    r.add_argument("--html", metavar="OUT", required=True, help="where to write the report (- for stdout)")
    r.set_defaults(run=_cmd_report)

    sc = sub.add_parser("schema", help="print the JSON Schema of the records")
    sc.set_defaults(run=_cmd_schema)

    e = sub.add_parser("eval", help="score pages against gold labels (corpus format)")
    e.add_argument("gold_dir", help="a folder holding gold/*.json and the documents they name")
    e.add_argument("--only", help="score one document id")
    e.add_argument("--no-misses", action="store_true", help="do not list each document's misses")
    e.add_argument("--no-strata", action="store_true", help="do not print per-stratum tables")
    e.add_argument("--json", action="store_true", help="print the scores as JSON last")
    e.set_defaults(run=_cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from .__about__ import version

        print(version())
        return 0
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        code: int = args.run(args)
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
