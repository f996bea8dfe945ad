"""Golden fixtures: every page under fixtures/docs/ beside its expected record.

    python tests/golden.py --regenerate    rewrite every <page>.expected.json (review the diff!)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOCS = FIXTURES / "docs"
PAGE_SUFFIXES = (".txt", ".md", ".html")


def pages() -> list[Path]:
    return sorted(p for p in DOCS.iterdir() if p.suffix in PAGE_SUFFIXES)


def expected_path(page: Path) -> Path:
    return page.with_name(page.stem + ".expected.json")


def source_name(page: Path) -> str:
    return f"docs/{page.name}"


def record_json(page: Path) -> dict[str, object]:
    import pressparse

    return pressparse.parse(page.read_bytes(), source=source_name(page)).to_dict()


def dump(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def regenerate() -> None:
    for page in pages():
        expected_path(page).write_text(dump(record_json(page)), encoding="utf-8")
        print(f"wrote {expected_path(page).relative_to(FIXTURES.parent)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        print(__doc__)
        sys.exit(2)
    sys.path.insert(0, str(FIXTURES.parent / "src"))
    regenerate()
