"""The public API contract: options, decoding, errors, records, schema, determinism."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pressparse
from pressparse.load import decode, detect_format

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docs"
SEED = FIXTURES / "immdef-2021-02-03-biden-action.txt"


def test_public_names_are_exported() -> None:
    for name in pressparse.__all__:
        assert hasattr(pressparse, name), name
    assert isinstance(pressparse.__version__, str)


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        pressparse.parse(b"text", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        pressparse.ParseOptions(colour="red")  # type: ignore[call-arg]


def test_options_value_and_keywords_do_not_mix() -> None:
    with pytest.raises(TypeError):
        pressparse.parse(b"text", options=pressparse.ParseOptions(), format="text")


@pytest.mark.parametrize("bad", [{"format": "pdf"}, {"default_region": "USA"}, {"max_bytes": 0}])
def test_bad_option_values_are_rejected(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        pressparse.ParseOptions(**bad)  # type: ignore[arg-type]


def test_options_object_is_frozen() -> None:
    opts = pressparse.ParseOptions(reference_date=dt.date(2021, 2, 10))
    with pytest.raises(AttributeError):
        opts.format = "html"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"abc\x00\x01\x02\x03def\x00", "NUL"),
    ],
)
def test_binary_input_is_an_input_error(data: bytes, message: str) -> None:
    with pytest.raises(pressparse.InputError, match=message):
        pressparse.parse(data, source="upload.bin")


def test_input_error_names_the_source() -> None:
    with pytest.raises(pressparse.InputError) as info:
        pressparse.parse(b"%PDF-1.4", source="a/b.pdf")
    assert "a/b.pdf" in str(info.value)
    assert isinstance(info.value, pressparse.PressParseError)


def test_too_large_input() -> None:
    with pytest.raises(pressparse.TooLargeError):
        pressparse.parse(b"x" * 101, options=pressparse.ParseOptions(max_bytes=100))


def test_gzip_is_unpacked() -> None:
    data = SEED.read_bytes()
    assert pressparse.parse(gzip.compress(data)).text == pressparse.parse(data).text


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"a" * 2_000_000)
    with pytest.raises(pressparse.TooLargeError):
        pressparse.parse(bomb, options=pressparse.ParseOptions(max_bytes=1_000_000))


def test_str_and_bytes_give_the_same_record() -> None:
    data = SEED.read_bytes()
    assert pressparse.parse(data) == pressparse.parse(data.decode("utf-8"))


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        pressparse.parse(12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (codecs.BOM_UTF8 + "Año".encode(), "Año", "utf-8"),
        ("Año".encode("utf-16-le").join([codecs.BOM_UTF16_LE, b""]), "Año", "utf-16-le"),
        ("Año — “x”".encode(), "Año — “x”", "utf-8"),
        # declared latin-1 but the bytes are valid UTF-8: UTF-8 wins
        (b'<meta charset="iso-8859-1"><p>A\xc3\xb1o</p>', '<meta charset="iso-8859-1"><p>Año</p>', "utf-8"),
        # declared ISO-8859-1 is read as cp1252 (curly quotes in 0x80-0x9f)
        (b'<meta charset="iso-8859-1"><p>\x93A\xf1o\x94</p>', '<meta charset="iso-8859-1"><p>“Año”</p>', "cp1252"),
        (b"<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>", "<meta charset=koi8-r><p>Привет</p>", "koi8-r"),
        (b"A\xf1o sin declarar", "Año sin declarar", "cp1252"),
    ],
)
def test_decoding_order(raw: bytes, text: str, encoding: str) -> None:
    got, used, replaced = decode(raw)
    assert (got, used, replaced) == (text, encoding, False)


def test_undecodable_bytes_are_replaced_with_a_warning() -> None:
    rec = pressparse.parse(b"Title line\n\nbody \x81\x8d\x8f\x90\x9d text here")
    assert "decoding_replaced" in {w.code for w in rec.warnings}


@pytest.mark.parametrize(
    ("text", "source", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", None, "html"),
        ("<html lang=en><p>x</p>", None, "html"),
        ("# Title\n\n**DALLAS** - text [link](http://x)\n", None, "markdown"),
        ("Plain title\n\nLOS ANGELES – A plain text release.", None, "text"),
        ("Plain text", "page.md", "markdown"),
    ],
)
def test_format_detection(text: str, source: str | None, fmt: str) -> None:
    assert detect_format(text, source) == fmt


def test_format_can_be_forced() -> None:
    assert pressparse.parse("# Not a heading", format="text").format == "text"


def test_parse_file(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_bytes(SEED.read_bytes())
    rec = pressparse.parse_file(page)
    assert rec.source == str(page)
    with pytest.raises(pressparse.InputError, match="cannot read"):
        pressparse.parse_file(tmp_path / "missing.txt")


def test_records_are_frozen_and_versioned() -> None:
    rec = pressparse.parse(SEED.read_bytes())
    with pytest.raises(AttributeError):
        rec.title = "x"  # type: ignore[misc]
    assert rec.schema_version == pressparse.SCHEMA_VERSION
    assert rec.parser_version == pressparse.__version__


def test_schema_has_id_and_version() -> None:
    schema = pressparse.json_schema()
    assert schema["$id"].endswith(f"{pressparse.SCHEMA_VERSION}.json")
    assert schema["version"] == pressparse.SCHEMA_VERSION
    assert set(schema["required"]) == set(pressparse.parse("x").to_dict())
    assert "description" in schema["properties"]["release_date"]


def test_from_dict_rejects_wrong_types() -> None:
    data = pressparse.parse(SEED.read_bytes()).to_dict()
    data["release_date"] = 20210203
    with pytest.raises((TypeError, ValueError)):
        pressparse.PressRelease.from_dict(data)


def test_empty_input_gives_an_empty_record() -> None:
    rec = pressparse.parse(b"")
    assert rec.text == "" and rec.title is None and rec.sections == ()


def test_same_json_across_processes_and_hash_seeds() -> None:
    code = (
        "import json, sys, pressparse, pathlib;"
        f"d = pathlib.Path({str(FIXTURES)!r});"
        "sys.stdout.write(json.dumps([pressparse.parse(p.read_bytes(), source=p.name).to_dict()"
        " for p in sorted(d.iterdir()) if p.suffix in ('.txt', '.md', '.html')], ensure_ascii=False))"
    )
    outputs = []
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])


def test_parsing_does_not_touch_langdetect_global_seed() -> None:
    from langdetect import DetectorFactory

    before = DetectorFactory.seed
    pressparse.parse(SEED.read_bytes())
    assert DetectorFactory.seed == before


def test_truncated_gzip_is_an_input_error() -> None:
    data = gzip.compress(SEED.read_bytes())
    with pytest.raises(pressparse.InputError, match="cut off"):
        pressparse.parse(data[: len(data) // 2])


def test_nested_gzip_is_unpacked_once_more_with_the_same_bound() -> None:
    data = SEED.read_bytes()
    assert pressparse.parse(gzip.compress(gzip.compress(data))).text == pressparse.parse(data).text
    bomb = gzip.compress(gzip.compress(b"a" * 3_000_000))
    with pytest.raises(pressparse.TooLargeError):
        pressparse.parse(bomb, options=pressparse.ParseOptions(max_bytes=1_000_000))


def test_html_entities_left_in_text_scrapes_are_decoded() -> None:
    # a congressional text scrape (holdout set): "Blumenthal &amp; Tillis Introduce ..."
    rec = pressparse.parse(b"Blumenthal &amp; Tillis Introduce Bipartisan Legislation\n\nWASHINGTON - Today they did.")
    assert rec.title == "Blumenthal & Tillis Introduce Bipartisan Legislation"
    assert "&amp;" not in rec.text


def test_markdown_image_lines_are_chrome_not_text() -> None:
    page = (b"# Survey Finds Budgets Tight\n\n![Personal Finance Expert, Consumer Advocate](https://x/y.jpg)\n\n"
            b"MIAMI - A survey released today shows budgets are tight.")
    rec = pressparse.parse(page, format="markdown")
    assert "Personal Finance Expert" not in rec.text
    assert [(c.text, c.reason) for c in rec.chrome if c.reason == "image"] == [
        ("Personal Finance Expert, Consumer Advocate", "image")]


def test_max_line_chars_bounds_what_extractors_read() -> None:
    # A demand list and a quote that start past the limit on one long line are not read.
    line = "x " * 30_000 + "We demand the following: 1. End it now. 2. Free them all. 3. Stop the flights."
    full = pressparse.parse(line, options=pressparse.ParseOptions(max_line_chars=100_000))
    cut = pressparse.parse(line, options=pressparse.ParseOptions(max_line_chars=1_000))
    assert full.demands and not cut.demands
