"""Executed documentation: every `>>>` example in README.md, docs/*.md and the public modules'
docstrings runs here (from the repository root, so examples may read fixtures/), and the
documentation site builds with warnings as errors when MkDocs is installed."""

from __future__ import annotations

import doctest
import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pressparse

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
MODULES = ["pressparse", "pressparse.records", "pressparse.options", "pressparse.errors", "pressparse.schema",
           "pressparse.evaluate", "pressparse.batch", "pressparse.readers", "pressparse.writers", "pressparse.render",
           "pressparse.report"]
# Pages that must hold runnable examples (the others are prose, tables and shell commands).
PAGES_WITH_EXAMPLES = {"README.md", "docs/index.md", "docs/reference.md", "docs/gold-format.md", "docs/batch.md",
                       "docs/limits.md", "docs/how-it-works.md", "docs/review-page.md", "docs/scaling.md"}
# Records and options whose class docstring must carry a runnable example.
DOCUMENTED_TYPES = ["PressRelease", "Dateline", "Contact", "Section", "NumberedList", "ListItem", "Demand", "Quote",
                    "ChromeLine", "Warning", "PageInfo", "ParseOptions", "PressParseError", "InputError",
                    "TooLargeError"]


@pytest.mark.parametrize("page", PAGES)
def test_page_examples(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if page in PAGES_WITH_EXAMPLES:
        assert result.attempted > 0, f"{page} lost its examples"


def test_every_page_is_in_the_site() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in PAGES:
        if page.startswith("docs/"):
            assert f" {page.removeprefix('docs/')}" in nav, f"{page} is not in mkdocs.yml nav"


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    module = sys.modules.get(name) or importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize("name", DOCUMENTED_TYPES)
def test_public_types_have_examples(name: str) -> None:
    assert ">>> " in (getattr(pressparse, name).__doc__ or "")


def test_warning_codes_table_matches_records() -> None:
    table = (ROOT / "docs" / "limits.md").read_text(encoding="utf-8").split("## Warning codes")[1]
    assert tuple(re.findall(r"^\| `(\w+)` \|", table, flags=re.M)) == pressparse.WARNING_CODES


def test_site_builds_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings_handlers.python")
    # Not --quiet: it hides the warnings that --strict counts, and the build then passes.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
