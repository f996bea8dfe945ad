"""Coverage-guided fuzzing of ``pressparse.parse`` with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -atheris_runs=100000 fuzz/corpus      # seeds: fixtures/docs

Anything but a record or a ``PressParseError`` is a finding: atheris stops and writes the
input to ``crash-<hash>``. Each finding becomes a regression test in tests/test_hostile.py.
Besides exceptions it checks the record's invariants (spans, round trip).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import pressparse
    import pressparse.pipeline  # parse() imports it lazily; instrument it too

OPTIONS = pressparse.ParseOptions(max_bytes=2_000_000)


def check(rec: pressparse.PressRelease) -> None:
    items = [*rec.contacts, *rec.demands, *rec.quotes, *(i for lst in rec.lists for i in lst.items)]
    if rec.dateline is not None:
        items.append(rec.dateline)
    for item in items:
        start, end = item.span
        if rec.text[start:end] != item.raw:
            raise AssertionError(f"span mismatch for {type(item).__name__}: {item.raw!r}")
    if pressparse.PressRelease.from_dict(rec.to_dict()) != rec:
        raise AssertionError("record does not round-trip")


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 3)
    payload = provider.ConsumeBytes(len(data))
    fmt = ("auto", "text", "markdown", "html")[mode]
    try:
        rec = pressparse.parse(payload, format=fmt)  # type: ignore[arg-type]
    except pressparse.PressParseError:
        return
    check(rec)


def main() -> None:
    corpus = Path(__file__).resolve().parent / "corpus"
    if not corpus.exists():
        corpus.mkdir()
        docs = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
        for page in sorted(docs.iterdir()):
            if page.suffix in (".txt", ".md", ".html"):
                shutil.copy(page, corpus / page.name)
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(str(corpus))
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
