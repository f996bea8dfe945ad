"""The ``pressparse`` command line (also ``python -m pressparse``).

Kept on argparse and lazy imports so that ``pressparse --help`` costs nothing.
Data goes to stdout, diagnostics to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

PAGE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".gz")


def _pages(inputs: Sequence[str]) -> Iterator[Path]:
    """Files named, and page files under folders named (sorted, expected-record files skipped)."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and child.name.lower().endswith(PAGE_SUFFIXES)
                        and not child.name.endswith(".expected.json")):
                    yield child
        else:
            yield path


def _cmd_parse(args: argparse.Namespace) -> int:
    import pressparse

    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    errors = 0
    count = 0
    try:
        if args.inputs == ["-"]:
            sources: Iterator[tuple[str, bytes | None]] = iter([("-", sys.stdin.buffer.read())])
        else:
            sources = ((str(p), None) for p in _pages(args.inputs))
        for source, data in sources:
            count += 1
            try:
                rec = (pressparse.parse(data, source=source) if data is not None
                       else pressparse.parse_file(source))
            except pressparse.PressParseError as exc:
                errors += 1
                print(f"error: {exc}", file=sys.stderr)
                continue
            if args.format == "json":
                out.write(json.dumps(rec.to_dict(), ensure_ascii=False, indent=2) + "\n")
            else:
                out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"parsed {count - errors} of {count} inputs, {errors} errors", file=sys.stderr)
    return 1 if errors else 0


def _cmd_show(args: argparse.Namespace) -> int:
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

    p = sub.add_parser("parse", help="parse pages and write one JSON record per page")
    p.add_argument("inputs", nargs="+", help="files or folders of pages, or - for stdin")
    p.add_argument("-o", "--output", help="write records here instead of stdout")
    p.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    p.set_defaults(run=_cmd_parse)

    s = sub.add_parser("show", help="print one page's record readably")
    s.add_argument("file")
    s.add_argument("--json", action="store_true", help="print the record as indented JSON")
    s.set_defaults(run=_cmd_show)

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
