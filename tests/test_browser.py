"""The review page in a real browser: Debian's chromium driven by Playwright's Python package.

Highlights for each field are present and visible, inline styles apply under the page's CSP, a
screenshot is saved under the test's tmp_path, and a script injected by a page never runs (with a
control showing the probe does see scripts that do run). Playwright's own browser download is not
used: the system chromium is launched through ``executable_path``.

Skipped only where the CI variable is unset AND chromium (or playwright) is missing; in CI a
missing browser fails the run. ``PRESSPARSE_WRITE_DOCS_SCREENSHOT=1`` also rewrites
docs/review-seed.png.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pressparse
from pressparse.render import page_head, render_html
from pressparse.report import render_report
from test_render import (
    BILINGUAL,
    EUROPARL,
    HOSTILE_HTML,
    HOSTILE_TEXT,
    ROOT,
    SEED,
    expected_items,
    parse_page,
)

CHROMIUM = os.environ.get("PRESSPARSE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1366, "height": 900}

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # handled by the browser fixture: skip locally, fail in CI
    sync_playwright = None  # type: ignore[assignment]


def _missing() -> str | None:
    if sync_playwright is None:
        return "the playwright package is not installed"
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"chromium not found at {CHROMIUM}"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {missing} (.ci/run installs chromium)")
        pytest.skip(missing)
    assert sync_playwright is not None
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=True)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


def _open(page: Any, html: str, path: Path) -> None:
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())


@pytest.mark.parametrize("source", [SEED, BILINGUAL, EUROPARL], ids=lambda p: p.stem)
def test_highlights_are_visible(page: Any, source: Path, tmp_path: Path) -> None:
    rec = parse_page(source)
    _open(page, render_html(rec), tmp_path / f"{source.stem}.html")
    expected = expected_items(rec)
    assert expected, "the page should have something to highlight"
    for (field, index), text in expected.items():
        pieces = page.locator(f"mark[data-field='{field}'][data-index='{index}']")
        assert pieces.count() >= 1, (field, index)
        first = pieces.first
        assert first.is_visible(), (field, index)
        box = first.bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0
        shown = "".join(pieces.nth(i).inner_text() for i in range(pieces.count()))
        assert " ".join(shown.split())[:40] in " ".join(text.split()), (field, index)
    for section in rec.sections:
        assert page.locator(f"section[data-lang='{section.language}'] .band").first.is_visible()
    # inline styles apply under the CSP: the title highlight has its own colour
    if rec.title_span is not None:
        colour = page.eval_on_selector("mark[data-field='title']", "e => getComputedStyle(e).backgroundColor")
        assert colour == "rgb(219, 234, 254)"
    shot = tmp_path / f"{source.stem}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    if source == SEED and os.environ.get("PRESSPARSE_WRITE_DOCS_SCREENSHOT"):
        page.set_viewport_size({"width": 1366, "height": 1650})  # title to the first quote
        page.screenshot(path=str(ROOT / "docs" / "review-seed.png"))


def test_print_layout(page: Any, tmp_path: Path) -> None:
    _open(page, render_html(parse_page(SEED)), tmp_path / "seed.html")
    assert page.eval_on_selector(".layout", "e => getComputedStyle(e).display") == "grid"
    page.emulate_media(media="print")
    assert page.eval_on_selector(".layout", "e => getComputedStyle(e).display") == "block"
    assert page.eval_on_selector("aside.panel", "e => getComputedStyle(e).position") == "static"


_PROBE = "() => [window.__pwned === undefined ? null : window.__pwned, document.title]"


@pytest.mark.parametrize(("name", "data", "fmt"), [("hostile.txt", HOSTILE_TEXT, "text"),
                                                   ("hostile.html", HOSTILE_HTML, "html")])
def test_injected_scripts_never_run(page: Any, tmp_path: Path, name: str, data: str, fmt: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    rec = pressparse.parse(data, source=name, format=fmt)
    html = render_html(rec)
    _open(page, html, tmp_path / f"{name}.html")
    page.mouse.move(200, 300)
    for handle in page.locator("mark, del").all()[:20]:
        handle.hover(force=True, timeout=2_000)  # would fire an injected onmouseover
    page.wait_for_timeout(300)
    pwned, title = page.evaluate(_PROBE)
    assert pwned is None and title != "pwned" and title.startswith("pressparse review")
    assert not dialogs
    if fmt == "text":
        assert "<script>" in page.locator("main").inner_text()  # shown as text


def test_probe_sees_a_script_that_runs(page: Any) -> None:
    """Control: scripts do run in this browser, so the absence above means something."""
    page.set_content("<html><head><title>t</title></head><body><script>window.__pwned = 1</script></body></html>")
    assert page.evaluate(_PROBE)[0] == 1


def test_csp_blocks_a_script_even_if_escaping_failed(page: Any, tmp_path: Path) -> None:
    """Defence in depth: the page's own head forbids inline scripts and handlers."""
    leaked = (page_head("leak") + "<body><script>window.__pwned = 1</script>"
              "<img src=\"data:,x\" onerror=\"window.__pwned = 2\"></body></html>")
    _open(page, leaked, tmp_path / "leak.html")
    page.wait_for_timeout(200)
    assert page.evaluate(_PROBE)[0] is None


def test_report_page_renders(page: Any, tmp_path: Path) -> None:
    rows = [parse_page(p).to_dict() for p in (SEED, BILINGUAL, EUROPARL)]
    evil = "<script>window.__pwned=1</script>"
    rows.append({"input_id": "x", "source": None, "error_type": "Timeout", "message": evil})
    _open(page, render_report(rows), tmp_path / "report.html")
    assert page.locator("svg.chart").is_visible()
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert page.evaluate(_PROBE)[0] is None
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
