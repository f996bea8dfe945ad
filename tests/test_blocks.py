"""The blocks stage for text and Markdown: lines, entities, front matter, embedded HTML."""

from __future__ import annotations

import dataclasses
import inspect
import time

import pytest

from pressparse.blocks import Block, markdown_blocks, strip_html_tags, text_blocks, unescape_entities
from pressparse.chrome import Line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Blumenthal &amp; Tillis Introduce", "Blumenthal & Tillis Introduce"),
        ("Homes &amp; BusinessesOTIS", "Homes & BusinessesOTIS"),
        ("Nation&#8217;s &#x201C;best&#x201D;", "Nation’s “best”"),
        ("AT&T and R&D stay", "AT&T and R&D stay"),
        ("&bogus without semicolon", "&bogus without semicolon"),
    ],
)
def test_entities_left_in_scrapes(line: str, want: str) -> None:
    assert unescape_entities(line) == want


def test_text_blocks_mark_paragraph_breaks() -> None:
    blocks = text_blocks("Title\n\nMedia Contact:\nAna Ruiz\n\n\nBody text.").blocks
    assert [(b.text, b.gap_before) for b in blocks] == [
        ("Title", True), ("Media Contact:", True), ("Ana Ruiz", False), ("Body text.", True)]


# The opening of a White House statement dumped as Markdown with YAML front matter (fixture wh-2022-09-...).
FRONT = (
    "---\ndate: '2022-09-21'\nmodified_time: 2022-09-21 14:38:47-04:00\n"
    "source_url: https://example.gov/briefing-room/x/\ntags: statements-releases\n"
    'title: "Si se lo perdi\\xF3: Administraci\\xF3n da inicio al Mes\\\n  \\ de la Herencia\\_Hispana"\n---\n \n'
    '<figure>\n<img\nsrc="https://example.gov/JRB-HHM.jpg"\nclass="wp-image-61885" loading="lazy"\n'
    'srcset="https://example.gov/JRB-HHM.jpg 406w" />\n</figure>\n\nLa semana pasada, la administración inició el mes.'
)


def test_front_matter_goes_to_metadata_and_chrome() -> None:
    doc = markdown_blocks(FRONT)
    assert doc.meta.title == "Si se lo perdió: Administración da inicio al Mes de la Herencia Hispana"
    assert doc.meta.published == "2022-09-21"
    assert doc.meta.modified == "2022-09-21 14:38:47-04:00"
    assert doc.meta.url == "https://example.gov/briefing-room/x/"
    kept = [b.text for b in doc.blocks if b.chrome is None]
    assert kept == ["La semana pasada, la administración inició el mes."]
    assert all(b.chrome == "front-matter" for b in doc.blocks if b.chrome)


def test_a_rule_line_alone_is_not_front_matter() -> None:
    doc = markdown_blocks("---\nJust a rule above text.\n")
    assert doc.meta.title is None
    assert [b.text for b in doc.blocks] == ["Just a rule above text."]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("a <b>bold</b> word", "a bold word"),
        ("see <https://example.org> or <ana@example.org>", "see <https://example.org> or <ana@example.org>"),
        ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
        ('<img\nsrc="x"\nclass="y" />\ntext', "\n\ntext"),
    ],
)
def test_html_tags_embedded_in_markdown(text: str, want: str) -> None:
    assert strip_html_tags(text) == want


@pytest.mark.parametrize("evil", ["<a" * 100_000, "<a " + "<" * 200_000, "<div" + " x" * 100_000])
def test_tag_stripping_is_linear_on_evil_input(evil: str) -> None:
    started = time.process_time()
    strip_html_tags(evil)
    assert time.process_time() - started < 5.0


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (Block, ("x", "item", 2, False, "3", True, 1, "nav")),
        (Line, (3, "x", 10, "item", 2, False, "4", True)),
    ],
)
def test_hand_written_init_matches_the_fields(cls: type, values: tuple[object, ...]) -> None:
    # Block and chrome.Line write their own __init__ (a fast one, made for every line of every page): it
    # must take every field, in order, with its default, and the object must stay frozen.
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        f.default if f.default is not dataclasses.MISSING else inspect.Parameter.empty for f in fields]
    made = cls(*values)
    assert tuple(getattr(made, f.name) for f in fields) == values
    assert made == cls(**{f.name: v for f, v in zip(fields, values, strict=True)})
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "y"
    assert dataclasses.replace(made, text="z") == cls(*(("z" if f.name == "text" else v)
                                                       for f, v in zip(fields, values, strict=True)))


def test_clean_line_collapses_every_space_run() -> None:
    from pressparse.blocks import clean_line

    assert clean_line("  a" + " " * 1000 + "b\u00a0\u00a0 c\t\u200bd  ") == "a b c d"
    assert clean_line("\u2028 x \x85") == "x"
    assert clean_line("a \u2028 b") == "a \u2028 b"
