"""Extractor: numbered lists, and the demands among them.

Three ways a list is found:

* ``html-ol``: lines the HTML block maker marked with ``Line.number`` (an ``<ol>`` item);
* ``inline``: a run "1. ... 2. ... 3. ..." inside one paragraph;
* ``lines``: one item per line ("1. ", "1) ", "(a) ", "a. ", "iv. ", "Step 1:", "Paso 1:"),
  possibly with blank lines or unnumbered paragraphs between the items.

Every list needs a sane sequence (it starts at 1/a/i and counts up by one), so "$1.2 million",
"2.000 personas", "June 1. 2024", "Section 3." or a lone "1." never make a list.

A list is demands when it asks someone to act. That is judged from two kinds of evidence,
named in each Demand's ``method``: the lead-in sentence before item 1 (cue classes: demand,
request, question, recommendation, step; plus cues that the list is a plain enumeration) and
the items' mood (share of items opening with an imperative / infinitive verb, share of items
asking a question).
"""

from __future__ import annotations

import functools
import heapq
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass, field

from .chrome import Body
from .languages import Languages
from .records import Demand, DemandKind, ListItem, NumberedList, Warning

# Extractors read at most this much of one line: ParseOptions.max_line_chars, passed to find_lists and
# held in a context variable for the helpers below it (thread- and task-safe, no global state).
_LINE_LIMIT: ContextVar[int] = ContextVar("pressparse_lists_line_limit", default=20_000)
_MAX_ITEMS = 200
_MAX_LISTS = 500
# Items of a "lines" list may be separated by unnumbered lines (sub-points, tables, images);
# beyond this many lines or characters the next number is taken to start something else.
_MAX_GAP_LINES = 40
_MAX_GAP_CHARS = 15_000
# A Markdown list written "1. / 1. / 1." (renderers number it) must be tight.
_MAX_ONES_GAP_LINES = 3
_MAX_ORDINAL = 60
# A lead-in sentence shorter than this ("Specifically:") is read with the sentence before it.
_SHORT_LEAD_IN = 30

def _wordset(words: str) -> frozenset[str]:
    """A set of words written as one white-space separated string (easier to read and edit)."""
    return frozenset(words.split())


# --------------------------------------------------------------------------- markers


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One reading of a marker: its sequence shape and its ordinal (1 for "1", "a", "i")."""

    shape: tuple[str, ...]
    ordinal: int


@dataclass(frozen=True, slots=True)
class _Marker:
    """A list marker at the start of a line."""

    number: str
    start: int
    """Offset of the marker in the line (after an opening quote mark)."""
    text_start: int
    """Offset in the line where the item's text begins."""
    candidates: tuple[_Candidate, ...]


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman_value(token: str) -> int | None:
    """Value of a well-formed lowercase roman numeral up to 60, else None."""
    total = 0
    prev = 0
    for ch in reversed(token):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        if value < prev:
            total -= value
        else:
            total += value
            prev = value
    if not 0 < total <= _MAX_ORDINAL:
        return None
    return total if _to_roman(total) == token else None


def _to_roman(value: int) -> str:
    out = []
    for number, letters in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _candidates(token: str, form: str, label: str = "") -> tuple[_Candidate, ...]:
    """Every (shape, ordinal) reading of a marker token such as "3", "b", "iv", "I"."""
    out: list[_Candidate] = []
    if token.isdigit():
        value = int(token)
        if 0 < value <= _MAX_ORDINAL and not token.startswith("0"):
            out.append(_Candidate((label, "arabic", "", form), value))
        return tuple(out)
    case = "upper" if token.isupper() else "lower"
    low = token.lower()
    if len(low) == 1 and "a" <= low <= "z":
        out.append(_Candidate((label, "alpha", case, form), ord(low) - ord("a") + 1))
    roman = _roman_value(low)
    if roman is not None:
        out.append(_Candidate((label, "roman", case, form), roman))
    return tuple(out)


# A line-start marker: optional opening quote, then "Step 3:" / "Paso 3." (labelled steps),
# "(3)" / "(c)" / "(iv)", "3." / "3)" / "3.-" / "c." / "iv)", or "3º" / "3 -". Every repetition is bounded and
# the alternatives are anchored, so matching is linear.
_LINE_MARKER = re.compile(
    r"""^(?P<lead>["“‘'«]?)
    (?:
        (?P<label>Step|Paso|Etapa|Phase|Fase)\ {1,3}(?P<lnum>\d{1,2})\ {0,2}(?P<lpunct>[:.)\-–—])
      | \((?P<pnum>\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,6})\)
      | (?P<num>\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,6})(?P<punct>\.-|[.)])
      | (?P<onum>\d{1,2})(?P<opunct>\.?[º°ª]\.?|\ {1,2}[-–—])
    )
    (?P<space>\s{1,5}|$)""",
    re.X | re.I,
)

# Words that make a following small number a reference or a date, not a list marker.
_REFERENCE_WORDS = _wordset("""
    section sec sect article art chapter chap part title rule item figure fig table page p pp
    vol volume no nos number paragraph para clause amendment appendix annex exhibit step phase
    subsection subparagraph subsección inciso apartado letra literal numeral punto
    version v level grade tier round stage act bill law
    sección artículo capítulo parte título regla página núm número párrafo cláusula anexo
    enmienda fase paso etapa versión nivel ley
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre""")

_MONTH_WORDS = _wordset("""
    january february march april may june july august september october november december
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre""")

# The first word of a text (letters only), to tell "1. January" from "1. Join".
_FIRST_WORD = re.compile(r"[^\W\d_]{1,40}")


# _line_marker reads at most this much of a line (a 200-character match, then 60 characters).
_MARKER_HEAD_CHARS = 260


def _line_marker(text: str) -> _Marker | None:
    """The list marker opening a line, or None.

    "A. Smith" or "I. M. Pei" also read as markers here; only a run A., B., C. makes a list.
    """
    return _head_marker(text[:_MARKER_HEAD_CHARS])


# One line is asked about several times (its own list, the item above it, an inline run above):
# memoised on the part of the line that decides, so a page of 100,000 short lines stays linear.
@functools.lru_cache(maxsize=4096)
def _head_marker(text: str) -> _Marker | None:
    match = _LINE_MARKER.match(text[:200])
    if match is None:
        return None
    rest = text[match.end():match.end() + 60]
    label = match.group("label")
    if label:
        token, form = match.group("lnum"), "label" + match.group("lpunct").replace("–", "-").replace("—", "-")
        key = label.lower()
        if key in ("step", "phase"):
            key = "step-en" if key == "step" else "phase"
        start = match.start("label")
    elif match.group("pnum"):
        token, form, key = match.group("pnum"), "()", ""
        start = match.start("pnum") - 1
    elif match.group("onum"):
        token, key = match.group("onum"), ""
        form = "-" if match.group("opunct").strip() in ("-", "–", "—") else "º"
        start = match.start("onum")
        if not match.group("space"):
            return None
    else:
        token, form, key = match.group("num"), match.group("punct"), ""
        start = match.start("num")
        if not match.group("space"):
            return None  # "1." with nothing after it is not an item
    if not label and not token.isdigit() and not rest[:1].isalpha() and rest[:1] not in "\"“‘¿¡(":
        return None  # a letter marker must be followed by words
    if rest[:1].isdigit():
        return None  # "1. 2024", "3. 5%"
    word = _FIRST_WORD.match(rest)
    if word and word.group(0).lower() in _MONTH_WORDS and token.isdigit():
        return None  # "1. Januar" style dates
    cands = _candidates(token, form, key)
    if not cands:
        return None
    return _Marker(number=token, start=start, text_start=match.end(), candidates=cands)


# --------------------------------------------------------------------------- sentences


# The end of a sentence inside a paragraph: terminal punctuation, optional closing mark, space,
# and an opening capital / quote / inverted mark.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’)\]]{0,2}\s{1,5}(?=[\"“‘¿¡(]?[A-ZÁÉÍÓÚÑ])")


def _last_sentences(text: str) -> tuple[str | None, str | None]:
    """The last sentence of ``text`` and the one before it (either may be None)."""
    tail = text[-1500:].strip()
    if not tail:
        return None, None
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(tail)]
    if not breaks:
        return tail, None
    last = tail[breaks[-1]:].strip() or None
    before_start = breaks[-2] if len(breaks) > 1 else 0
    before = tail[before_start:breaks[-1]].strip() or None
    return last, before


# --------------------------------------------------------------------------- building lists


@dataclass(slots=True)
class _Open:
    """A "lines" list being built."""

    shape: tuple[str, ...]
    lines: list[int] = field(default_factory=list)
    markers: list[_Marker] = field(default_factory=list)
    ordinals: list[int] = field(default_factory=list)


# Words an item cannot end on when the sentence goes on in the next line.
_JOINING_WORDS = _wordset("""
    and or but the a an of to in for with by on at that which who as from
    y o pero el la los las un una de del a en para por con que como""")


def _item_extent(body: Body, idx: int, stop: int, taken: set[int]) -> int:
    """Index of the last line that belongs to the item opening on line ``idx``.

    A following line continues the item when no blank line separates them and it reads as the
    same sentence (it starts in lower case, or the item broke off after a comma or a joining
    word), or when the item ends with ":" and the line is an unnumbered sub-point.
    """
    lines = body.lines
    last = idx
    text = lines[idx].text[:_LINE_LIMIT.get()].rstrip()
    j = idx + 1
    while j < stop and j - idx <= _MAX_GAP_LINES:
        line = lines[j]
        if line.gap_before or j in taken or line.number is not None or _line_marker(line.text) is not None:
            break
        if line.kind == "heading":
            break
        first = line.text[:1]
        # a wrapped sentence: the line starts in lower case, or the item stopped mid-clause
        last_word = text.rsplit(" ", 1)[-1]
        continues = first.islower() or text.endswith((",", "-", "–", "—")) or (
            last_word.islower() and last_word in _JOINING_WORDS)
        sub_point = text.endswith(":") and (line.kind == "item" or first in "•·-–*")
        if not (continues or sub_point):
            break
        last = j
        if not sub_point:
            text = line.text[:_LINE_LIMIT.get()].rstrip()
        j += 1
    return last


def _closes_between(body: Body, a: int, b: int) -> bool:
    """True when lines strictly between ``a`` and ``b`` end the list (too far, or a heading)."""
    if b - a - 1 > _MAX_GAP_LINES:
        return True
    lines = body.lines
    if lines[b].start - lines[a].end > _MAX_GAP_CHARS:
        return True
    item_is_heading = lines[a].kind == "heading"
    for k in range(a + 1, b):
        line = lines[k]
        if line.kind == "heading" and (not item_is_heading or line.level <= lines[a].level):
            return True
    return False


def _find_line_lists(body: Body, taken: set[int]) -> list[tuple[_Open, str]]:
    """Lists laid out one item per line; each with its method ("lines")."""
    done: list[tuple[_Open, str]] = []
    open_lists: dict[tuple[str, ...], _Open] = {}
    for idx, line in enumerate(body.lines):
        if idx in taken or line.number is not None:
            continue
        marker = _line_marker(line.text)
        if marker is None:
            continue
        placed = False
        # 1) the next number of an open list of the same shape
        for cand in marker.candidates:
            current = open_lists.get(cand.shape)
            if current is None or current.ordinals[-1] + 1 != cand.ordinal:
                continue
            if _closes_between(body, current.lines[-1], idx) or len(current.lines) >= _MAX_ITEMS:
                continue
            current.lines.append(idx)
            current.markers.append(marker)
            current.ordinals.append(cand.ordinal)
            placed = True
            break
        if placed:
            continue
        # 2) Markdown "1. / 1. / 1." lists (the renderer numbers them)
        for cand in marker.candidates:
            current = open_lists.get(cand.shape)
            if (cand.ordinal == 1 and cand.shape[1] == "arabic" and current is not None
                    and set(current.ordinals) == {1}
                    and idx - current.lines[-1] - 1 <= _MAX_ONES_GAP_LINES
                    and not _closes_between(body, current.lines[-1], idx)
                    and len(current.lines) < _MAX_ITEMS):
                current.lines.append(idx)
                current.markers.append(marker)
                current.ordinals.append(1)
                placed = True
                break
        if placed:
            continue
        # 3) a new list starting at 1 / a / i
        for cand in marker.candidates:
            if cand.ordinal != 1:
                continue
            previous = open_lists.pop(cand.shape, None)
            if previous is not None:
                done.append((previous, "lines"))
            open_lists[cand.shape] = _Open(shape=cand.shape, lines=[idx], markers=[marker], ordinals=[1])
            break
    done.extend((item, "lines") for item in open_lists.values())
    return [(o, m) for o, m in done if len(o.lines) >= 2]


def _html_lists(body: Body) -> list[list[int]]:
    """Runs of ``<ol>`` item lines (``Line.number`` set): one run per list."""
    runs: list[list[int]] = []
    # a run holds two numbered lines at least: most pages (all text pages) have none
    if sum(1 for line in body.lines if line.number is not None) < 2:
        return runs
    # open runs by nesting level; a non-item line closes them all
    open_runs: dict[int, list[int]] = {}
    for idx, line in enumerate(body.lines):
        if line.number is None:
            if line.kind != "item":
                runs.extend(open_runs.values())
                open_runs = {}
            continue
        level = line.level
        for deeper in [lvl for lvl in open_runs if lvl > level]:
            runs.append(open_runs.pop(deeper))
        current = open_runs.get(level)
        restart = current is None or len(current) >= _MAX_ITEMS
        if current is not None and not restart:
            prev_value = _marker_value(body.lines[current[-1]].number or "")
            value = _marker_value(line.number)
            restart = prev_value is not None and value is not None and value <= prev_value
        if restart:
            if current is not None:
                runs.append(current)
            open_runs[level] = [idx]
        elif current is not None:
            current.append(idx)
    runs.extend(open_runs.values())
    runs = [run for run in runs if len(run) >= 2]
    runs.sort(key=lambda run: run[0])
    return runs


def _html_marker_length(text: str, number: str) -> int:
    """Length of the "N. " the HTML block maker put before an ``<ol>`` item's text (0 if none)."""
    if not number:
        return 0
    # the rendered marker: the number, "." or ")", white space
    match = re.match(r"\(?" + re.escape(number.strip()[:10]) + r"[.)]{0,2}\s{1,5}", text[:30])
    return match.end() if match else 0


def _marker_value(number: str) -> int | None:
    token = number.strip().strip(".)(").strip()
    cands = _candidates(token, ".") if token else ()
    return cands[-1].ordinal if cands else None


# An inline marker: "3." / "3)" / "(3)" / "(c)" / "c)" / "(iv)" standing alone (white space or
# line start before it) and followed by white space and a word (or an opening mark). Bounded.
_INLINE_MARKER = re.compile(
    r"""(?<!\S)(?:
        \((?P<pnum>\d{1,2}|[a-z]|[ivx]{1,4})\)
      | (?P<num>\d{1,2})(?P<punct>[.)])
      | (?P<alpha>[a-z])\)
    )(?=\s{1,3}["“‘'¿¡(]?[^\W\d_])""",
    re.X,
)

# The word just before an inline marker (to reject "Section 3.", "June 1.").
_WORD_BEFORE = re.compile(r"([^\W_]{1,30})(\.?)\s{0,3}$")
# Abbreviations that keep their reference meaning with a dot ("Sec. 3.", "No. 5", "Jan. 1.");
# any other word with a dot ends a sentence ("Pass the bill. 2. Fund ...").
_REFERENCE_ABBREVIATIONS = _wordset("""
    sec sect art arts no nos núm num nro p pp vol fig figs cap chap ch para par ed
    jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic""")


@dataclass(frozen=True, slots=True)
class _InlineHit:
    number: str
    start: int
    text_start: int
    candidates: tuple[_Candidate, ...]


def _inline_hits(text: str) -> list[_InlineHit]:
    hits: list[_InlineHit] = []
    for match in _INLINE_MARKER.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        word = _WORD_BEFORE.search(before)
        if word:
            prev = word.group(1).lower()
            if word.group(2):
                if prev in _REFERENCE_ABBREVIATIONS:
                    continue  # "Sec. 3.", "No. 5."
            elif prev.isdigit() or prev in _REFERENCE_WORDS:
                continue  # "in 2021 2.", "Section 3.", "June 1."
        rest = text[match.end():match.end() + 60].lstrip()
        first = _FIRST_WORD.match(rest)
        if first and first.group(0).lower() in _MONTH_WORDS:
            continue
        if match.group("pnum"):
            token, form = match.group("pnum"), "()"
        elif match.group("num"):
            token, form = match.group("num"), match.group("punct")
        else:
            token, form = match.group("alpha"), ")"
        cands = _candidates(token, form, "inline")
        if not cands:
            continue
        text_start = match.end() + (len(text[match.end():match.end() + 5]) -
                                    len(text[match.end():match.end() + 5].lstrip()))
        hits.append(_InlineHit(token, match.start(), text_start, cands))
    return hits


# A decimal digit other than 0-9 ("١"): \d reads it as a number, so no substring test can rule a marker out.
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def _may_hold_inline_run(text: str) -> bool:
    """Cheap test before _inline_sequences: False only where ``text`` cannot hold a run, as a run needs
    a marker counting 1 ("1.", "1)", "(1)", "a)", "(a)", "i)", "(i)") and one counting 2 ("2.", "2)",
    "(2)", "b)", "(b)", "(ii)"); the markers are ASCII but for the digits."""
    if not text.isascii() and _OTHER_DIGIT.search(text):
        return True
    return ("1." in text or "1)" in text or "a)" in text or "i)" in text) and (
        "2." in text or "2)" in text or "b)" in text or "(ii)" in text)


# What may stand just before the first inline marker: a colon, sentence end or a dash.
_LIST_OPENER = re.compile(r"(?:^|[:;.!?—–\-])[\"”’)]{0,2}\s{0,3}$")
# Letters in an item's text (an item of only digits and dots is not an item).
_LETTERS = re.compile(r"[^\W\d_]{2}")


def _inline_sequences(text: str) -> list[list[_InlineHit]]:
    """Runs of inline markers counting 1, 2, 3... of one shape, each item holding words."""
    hits = _inline_hits(text)
    found: list[list[_InlineHit]] = []
    current: dict[tuple[str, ...], list[_InlineHit]] = {}

    def flush(shape: tuple[str, ...]) -> None:
        run = current.pop(shape, None)
        if run is not None and len(run) >= 2:
            found.append(run)

    for hit in hits:
        for cand in hit.candidates:
            run = current.get(cand.shape)
            if run is not None and _ordinal_of(run[-1], cand.shape) + 1 == cand.ordinal:
                between = text[run[-1].text_start:hit.start]
                if _LETTERS.search(between) and len(run) < _MAX_ITEMS:
                    run.append(hit)
                    break
            # "1." must open after a colon or a sentence; "1)" and "(a)" are markers wherever they are
            if cand.ordinal == 1 and (cand.shape[3] != "." or
                                      _LIST_OPENER.search(text[max(0, hit.start - 10):hit.start])):
                flush(cand.shape)
                current[cand.shape] = [hit]
                break
    for shape in list(current):
        flush(shape)
    found.sort(key=lambda run: run[0].start)
    # overlapping runs (e.g. "(i)" read as roman inside an arabic run): keep the earlier one
    kept: list[list[_InlineHit]] = []
    for run in found:
        if kept and run[0].start < _inline_end(kept[-1]):
            continue
        kept.append(run)
    return kept


def _ordinal_of(hit: _InlineHit, shape: tuple[str, ...]) -> int:
    for cand in hit.candidates:
        if cand.shape == shape:
            return cand.ordinal
    return -1


def _inline_end(run: list[_InlineHit]) -> int:
    """Where a run's last item starts: a later run starting before it overlaps the run."""
    return run[-1].text_start


def _last_inline_item_end(text: str, start: int, prior_lengths: list[int]) -> int:
    """End of the last inline item: the paragraph end, or an earlier sentence end when the rest
    is much longer than the items before it (the paragraph went on after the list)."""
    end = len(text.rstrip())
    longest = max(prior_lengths) if prior_lengths else 0
    if longest and end - start > 2 * longest + 80:
        for match in _SENTENCE_BREAK.finditer(text, start + max(20, longest // 2), end):
            return match.start() + len(match.group(0).rstrip())
    return end


# --------------------------------------------------------------------------- judging demands

# Lead-in cue classes. Each pattern is a bounded alternation of words with word boundaries.
# Strong cues: the speaker asks someone to act.
_CUE_DEMAND = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s{1,3}(?:up)?on|call(?:s|ing)?\s{1,3}for|urg(?:e|es|ed|ing)|"
    r"insist(?:s|ed|ing)?|exig(?:imos|e|en|ir|ió|iendo|imos)|inst(?:amos|a|an|ó|ar)|exhort\w{0,6}|"
    r"reclam(?:amos|a|an|ar)|pedimos|piden|pide|demandamos|urgimos|"
    r"(?:hacemos|hace|hacen)\s{1,3}un\s{1,3}llamado|llamamos\s{1,3}a)\b",
    re.I,
)
# ("asked about ..." and "please note" ask nothing of the reader.)
_CUE_REQUEST = re.compile(
    r"\b(?:request(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?\s{1,3}(?:that|you|for|the|all|every|congress|lawmakers|officials|him|her|them|us|to)|"
    r"please(?!\s{1,3}(?:note|see|find|refer|read))|kindly|solicit(?:amos|a|an|ó|ar|ud)|"
    r"(?:le|les)\s{1,3}pedimos|rogamos|por\s{1,3}favor|invit(?:e|es|ed|ing|amos|a|an|ar)|"
    r"encourag(?:e|es|ed|ing)|anim(?:amos|a|an)|alent(?:amos|a|an))\b",
    re.I,
)
# Weak cues: they name what kind of list follows; the items must agree.
_CUE_QUESTION = re.compile(r"\b(?:questions?|preguntas?|answers?|respuestas?|responder|respond)\b", re.I)
_CUE_RECOMMENDATION = re.compile(
    r"\b(?:recommend\w{0,8}|recomend\w{0,8}|recomiend\w{0,4}|tips|consejos|advice|advis\w{0,4}|"
    r"guidance|guidelines|sugerencias|suggest\w{0,6}|sugier\w{0,4}|should|deber(?:ía|ían|ia|ian))\b",
    re.I,
)
_CUE_STEP = re.compile(
    r"\b(?:steps?|pasos?|how\s{1,3}to|c[oó]mo|follow(?:ing)?\s{1,3}these|sig(?:a|ue|uen)|seguir|"
    r"instructions|instrucciones)\b",
    re.I,
)
# Cues that the list is a plain enumeration (findings, people, prizes, offers, events).
_CUE_ENUMERATION = re.compile(
    r"\b(?:findings|results|winners?|ganador\w{0,3}|defendants|acusados|charged|features|services|"
    r"servicios|highlights|timeline|cronolog\w{0,3}|include[sd]?|including|incluy\w{0,6}|"
    r"summary|resumen|were|fueron|agenda|programa|schedule|goals|objectives|objetivos|metas)\b",
    re.I,
)
# A lead-in the items complete as a sentence ("The bill would:", "El proyecto busca:"): the items
# then describe what something does, however imperative they look.
_COMPLETION_LEAD = re.compile(
    r"\b(?:would|will|can|could|may|to|also|helps?|aims?\s{1,3}to|seeks?\s{1,3}to|allows?|"
    r"a|para|busca|buscan|pretende|pretenden|permite|permitir[áa]n?|permitir[íi]an?|podr[áa]n?|"
    r"ayudar[áa]n?|ayuda|va\s{1,3}a|van\s{1,3}a)\s{0,3}:\s{0,3}$",
    re.I,
)
# Frequently-asked questions answer themselves; they ask nobody anything.
_CUE_FAQ = re.compile(r"\b(?:frequently\s{1,3}asked|FAQs?|preguntas\s{1,3}frecuentes)\b", re.I)
# "the following" / "las siguientes": the lead-in announces the list.
_ANNOUNCES = re.compile(r"(?::\s{0,3}$)|\b(?:following|as\s{1,3}follows|siguientes?)\b", re.I)

# Function words that open a statement, not an instruction (English).
_EN_NOT_VERB = _wordset("""
    a an the this that these those our their his her its my your we they he she it i you there
    here from in on at by of for with to as if when while since after before during through under
    over between among about into onto upon all each every some any many most more several both
    no not one two three four five six seven eight nine ten first second third is are was were be
    been has have had will would can could may might must shall should do does did what which who
    whom whose why how where than and or but so yet also because although though per
    according""")
# Common English verbs that open instructions and demands (a seed; morphology handles the rest).
_EN_VERBS = _wordset("""
    end stop halt take make commit announce rescind repeal restore resume provide ensure protect
    release grant fund pass support create establish adopt implement allow give hold investigate
    reverse withdraw cancel suspend close open expand increase reduce limit ban require guarantee
    respect recognize recognise invest prioritize prioritise address remove terminate abolish reinstate
    reunite return free drop reject oppose demand call vote sign join contact visit register download
    install choose select pick eat drink avoid use try get go read check keep add apply submit enter
    complete follow learn find start begin continue consider review set plan prepare minimize
    minimise maximize adjust replace shift stay be do help tell share ask answer explain disclose
    publish report identify develop improve strengthen engage work meet schedule attend book buy
    purchase pay save compare email text write fill build designate appoint conduct launch revise
    amend enact extend renew deliver distribute deploy send lift waive expedite process accept
    welcome admit parole reopen defund divest boycott cease condemn denounce impose sanction freeze
    prosecute repatriate exempt reform approve ratify veto block prevent preserve maintain uphold
    clarify define document collect track monitor measure evaluate assess audit train educate hire
    inform notify consult coordinate partner collaborate encourage promote facilitate enable empower
    eliminate prohibit restrict cap lower raise cut redirect allocate direct instruct order mandate
    speak act fight move turn look watch listen remember think wash cook store balance exercise sleep
    quit drink limit include reach put bring run plant donate volunteer subscribe click scan tap
    log upload verify confirm activate connect link update create claim redeem wear seek talk know
    understand protect celebrate honor honour recycle unplug charge drive park walk ride wait call""")
# Words that follow a verb as its object or particle ("Fund all", "Speak up"); not "to"/"at",
# which follow names as often ("Chicago to host").
_EN_OBJECT_WORDS = _wordset("""
    the a an all any your our their his her its this that these those for with up out more
    less it them us him me everyone everything every each some no least down off back""")
_EN_ADVERB_OPENERS = _wordset("""
    please immediately urgently also then finally first second third next lastly now always
    quickly swiftly promptly fully publicly just""")
_EN_NOUNISH_SUFFIXES = ("ing", "ed", "ic", "al", "ous", "ive", "ful", "ary", "ion", "ity", "ment", "ness",
                        "ism", "ist", "ers", "ics", "ly", "ship", "hood")

# Spanish words ending like an infinitive that are nouns or adjectives.
_ES_NOT_INFINITIVE = _wordset("""
    lugar hogar mujer poder militar popular familiar particular similar solar escolar nuclear
    celular regular titular dolar pilar altar azar bar mar par collar radar bienestar placer taller
    alquiler cancer lider primer tercer cualquier elixir porvenir ayer auxiliar singular peculiar
    polar vulgar ejemplar lunar molecular muscular vascular circular secular consular preliminar
    azucar nectar hangar oscar cesar omar super master poster caracter""")
_ES_IMPERATIVES = _wordset("""
    elija elige vaya ve haga haz tome toma visite visita llame llama compre compra descargue
    descarga registrese registrate inscribase inscribete asegurese asegurate evite evita coma come
    beba bebe consulte consulta lea lee use usa utilice utiliza siga sigue mantenga manten incluya
    incluye reduzca reduce limite limita elimine elimina detenga deten ponga pon abra abre ingrese
    ingresa complete completa envie envia escriba escribe deje deja cree crea aprenda aprende busque
    busca pruebe prueba elijan vayan detengan liberen pongan rescindan garanticen pongan protejan
    cesen terminen pidan exijan apoyen voten firmen llamen""")
_ES_NOT_VERB = _wordset("""
    el la los las un una unos unas su sus mi mis tu tus nuestro nuestra nuestros nuestras este
    esta estos estas ese esa esos esas aquel de del en por para con sin sobre bajo entre desde hasta
    mientras cuando si que quien cual como donde y o pero aunque porque ya no hay es son fue""")
_ES_ADVERB_OPENERS = _wordset("""
    inmediatamente urgentemente tambien luego finalmente primero
    ahora despues""")
_ES_ENCLITIC = re.compile(r"(?:se|te|lo|la|le|nos|los|las|les|me)$")
_ES_INFINITIVE = re.compile(r"(?:ar|er|ir)(?:se|lo|la|le|nos|los|las|les|me|te)?$")

# Words of an item, for the mood test (letters and apostrophes, bounded).
_WORDS = re.compile(r"[^\W\d_][^\W\d_'’]{0,39}")
# A label ending in a colon near the item start ("Full Collision Repair: ...").
_LABEL = re.compile(r"^([^:\n]{2,80}):\s")
# Where an item's first clause ends (to read "Welcome Remarks." as a heading).
_CLAUSE_END = re.compile(r"[.;:!?]")

_ES_FUNCTION = _wordset("de la el los las que y en para por del un una con se al su sus")
_EN_FUNCTION = _wordset("the of and to in for a that with on by is are be this from at")


def _fold(word: str) -> str:
    """Lowercase without accents ("Regístrese" -> "registrese")."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _looks_spanish(words: list[str], fallback: str) -> bool:
    low = [w.lower() for w in words[:40]]
    es = sum(1 for w in low if w in _ES_FUNCTION)
    en = sum(1 for w in low if w in _EN_FUNCTION)
    if es == en:
        return fallback == "es"
    return es > en


def _is_title_label(text: str) -> bool:
    """True when the item opens with a Title Case label or heading ("Full Collision Repair: ...",
    "Welcome Remarks"): a name, not an instruction."""
    match = _LABEL.match(text[:90])
    head = match.group(1) if match else _CLAUSE_END.split(text[:90], maxsplit=1)[0]
    words = _WORDS.findall(head)[:8]
    significant = [w for w in words if len(w) > 3 or w[0].isupper()]
    if len(words) < 2 or not significant:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    if match:
        return capitalised == len(significant)
    return len(words) <= 8 and capitalised == len(significant) and capitalised >= 2


def _en_imperative(words: list[str]) -> bool:
    i = 0
    while i < len(words) - 1 and words[i].lower() in _EN_ADVERB_OPENERS:
        i += 1
    if i >= len(words):
        return False
    word = words[i].lower()
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in ("do", "don't", "don’t", "never") and (word != "do" or nxt.lower() == "not"):
        return True  # negative instruction
    if word in _EN_VERBS:
        return True
    if word in _EN_NOT_VERB or word.endswith(_EN_NOUNISH_SUFFIXES) or len(word) < 3:
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "Stakeholders", "Provides": plural noun or third person
    # an unknown word followed by an object-like word: "Fund all", "Rescind the"
    return nxt.lower() in _EN_OBJECT_WORDS and nxt[:1].islower()


def _es_imperative(words: list[str]) -> bool:
    i = 0
    while i < len(words) - 1 and _fold(words[i]) in _ES_ADVERB_OPENERS:
        i += 1
    if i >= len(words):
        return False
    if _fold(words[i]) == "no" and i + 1 < len(words):
        i += 1  # "No deportar a ...": a negative instruction
    raw = words[i]
    word = _fold(raw)
    if word in _ES_NOT_VERB or word in _ES_NOT_INFINITIVE or len(word) < 3:
        return False
    if word in _ES_IMPERATIVES:
        return True
    enclitic = _ES_ENCLITIC.search(word)
    if raw.lower() != word and enclitic and word[:enclitic.start()][-1:] in ("a", "e", "i", "n"):
        return True  # "Regístrese", "Asegúrate", "Llámenos" (not "Títulos", "Vehículos")
    if _ES_INFINITIVE.search(word) and len(word) >= 4:
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return not nxt or nxt[:1].islower()  # "Rescindir el", not a name "Oscar Perez"
    return False


def _starts_with_imperative(text: str, fallback_lang: str) -> bool:
    """Whether an item opens with an instruction: an imperative or (Spanish) an infinitive."""
    head = text[:400]
    if _is_title_label(head):
        return False
    head = head.lstrip("\"“‘'«¿¡(*-–— ")
    # "If ..., do not start": judge the main clause
    lowered = head.lower()
    if lowered.startswith(("if ", "when ", "before ", "after ", "si ", "cuando ", "antes ", "después ")):
        comma = head.find(",")
        semicolon = head.find(";")
        cut = min(x for x in (comma, semicolon, 200) if x >= 0)
        head = head[cut + 1:].lstrip()
    words = _WORDS.findall(head[:200])
    if not words:
        return False
    if _looks_spanish(_WORDS.findall(text[:400]), fallback_lang):
        return _es_imperative(words)
    return _en_imperative(words)


def _is_question(text: str) -> bool:
    head = text[:2000]
    return "?" in head or "¿" in head


@dataclass(frozen=True, slots=True)
class _Verdict:
    is_demand: bool
    kind: DemandKind
    method: str
    doubtful: bool = False
    """Not taken as demands, but some evidence pointed that way (reported as low_evidence)."""


# An item that says who must act: "The Commission should ...", "El Gobierno debe ...". Bounded.
_OBLIGATION = re.compile(
    r"^[^.?!:;]{0,80}?\b(?:should|must|shall|ought\s{1,3}to|needs?\s{1,3}to|has\s{1,3}to|have\s{1,3}to|"
    r"debe|deben|debería|deberían|tiene\s{1,3}que|tienen\s{1,3}que)\b",
    re.I,
)


# demands_from judges again what find_lists judged (it only gets the records); a small cache of
# this pure function spares the second pass (small: it keeps the items of the last lists alive).
@functools.lru_cache(maxsize=8)
def _judge(intro: str | None, items: tuple[ListItem, ...], language: str, step_labels: bool) -> _Verdict:
    """Decide whether a list asks someone to act, its kind, and which evidence decided."""
    n = len(items)
    if n == 0:
        return _Verdict(False, "demand", "")
    cue = (intro or "")[-700:]
    last_sentence = _last_sentences(cue)[0] or ""
    imperative = sum(1 for it in items if _starts_with_imperative(it.text, language)) / n
    questions = sum(1 for it in items if _is_question(it.text)) / n
    demand_cue = bool(_CUE_DEMAND.search(cue))
    request_cue = bool(_CUE_REQUEST.search(cue))
    question_cue = bool(_CUE_QUESTION.search(cue))
    recommendation_cue = bool(_CUE_RECOMMENDATION.search(cue))
    step_cue = bool(_CUE_STEP.search(cue)) or step_labels
    enumeration_cue = bool(_CUE_ENUMERATION.search(cue))
    if _CUE_FAQ.search(cue) or (_COMPLETION_LEAD.search(cue)
                                and not (demand_cue or request_cue or recommendation_cue)):
        return _Verdict(False, "demand", "")
    # the lead-in announces the list: "the following:", a colon, or a short heading ("Our Demands")
    announces = bool(_ANNOUNCES.search(cue)) or (0 < len(cue) <= 60 and not cue.endswith("."))
    # how many items must read as instructions: more after "findings:", fewer after "tips:"
    threshold = 0.75 if enumeration_cue else 0.5 if (question_cue or recommendation_cue or step_cue) else 0.6
    question_mood = questions >= 0.6
    imperative_mood = imperative >= threshold
    obligation = sum(1 for it in items if _OBLIGATION.search(it.text[:200])) / n

    if question_mood:
        kind: DemandKind = "question"
    elif demand_cue:
        kind = "demand"
    elif request_cue:
        kind = "request"
    elif step_cue and (step_labels or not recommendation_cue):
        kind = "step"
    else:
        kind = "recommendation"
    mood = "questions" if question_mood else "imperative-items" if imperative_mood else ""

    if demand_cue or request_cue:
        if mood:
            return _Verdict(True, kind, "lead-in+" + mood)
        if obligation >= 0.6:
            return _Verdict(True, kind, "lead-in+obligation-items")
        # a strong cue alone: only in the sentence that announces the list ("we demand the following:")
        strong_here = bool(_CUE_DEMAND.search(last_sentence) or _CUE_REQUEST.search(last_sentence))
        if announces and strong_here and (imperative + questions > 0 or not enumeration_cue):
            return _Verdict(True, kind, "lead-in")
        return _Verdict(False, kind, "", doubtful=True)
    if (question_cue or recommendation_cue or step_cue) and mood:
        label = "step-label+" if step_labels and not (question_cue or recommendation_cue) else "lead-in+"
        return _Verdict(True, kind, label + mood)
    if recommendation_cue and obligation >= 0.6:
        return _Verdict(True, "recommendation", "lead-in+obligation-items")
    if mood and n >= 2:
        return _Verdict(True, kind, mood)
    near = max(imperative, questions) >= threshold - 0.2
    return _Verdict(False, kind, "", doubtful=near and max(imperative, questions) > 0)


# --------------------------------------------------------------------------- assembling


def _lead_in(text_before: str) -> str | None:
    """The lead-in before item 1: its last sentence, with the sentence before it when the last
    one says little on its own ("Specifically:", "They are:"). Only it is searched for lead-in
    cues, so ``demands_from`` can judge a list again from the record alone."""
    last, before = _last_sentences(text_before)
    if last is None:
        return None
    intro = last if len(last) >= _SHORT_LEAD_IN or before is None else before + " " + last
    return intro[-600:]


def _make_item(body: Body, number: str, start: int, text_start: int, end: int) -> ListItem:
    raw = body.text[start:end]
    return ListItem(number=number, text=body.text[text_start:end].strip(), raw=raw, span=(start, end))


def _strip_end(body: Body, start: int, end: int) -> int:
    while end > start and body.text[end - 1].isspace():
        end -= 1
    return end


@dataclass(frozen=True, slots=True)
class _Found:
    items: tuple[ListItem, ...]
    intro: str | None
    line_index: int
    method: str
    step_labels: bool


def find_lists(
    body: Body, langs: Languages, *, max_line_chars: int = 20_000
) -> tuple[tuple[NumberedList, ...], list[Warning]]:
    """Every numbered list: one item per line, or run together in one paragraph.

    ``max_line_chars`` (``ParseOptions.max_line_chars``) bounds how much of one line is read.
    """
    token = _LINE_LIMIT.set(max_line_chars)
    try:
        return _find_lists(body, langs)
    finally:
        _LINE_LIMIT.reset(token)


def _find_lists(body: Body, langs: Languages) -> tuple[tuple[NumberedList, ...], list[Warning]]:
    warnings: list[Warning] = []
    found: list[_Found] = []
    taken: set[int] = set()  # lines already part of an html-ol or inline list
    lines = body.lines
    limit = _LINE_LIMIT.get()

    # html-ol: the block maker already numbered the items
    for html_run in _html_lists(body):
        items: list[ListItem] = []
        stop_after = html_run[-1] + 1
        for pos, idx in enumerate(html_run):
            line = lines[idx]
            stop = (html_run[pos + 1] if pos + 1 < len(html_run)
                    else min(len(lines), stop_after + _MAX_GAP_LINES))
            last = idx
            j = idx + 1
            # nested unnumbered items and wrapped lines belong to the item
            while j < stop and lines[j].number is None and (
                    (lines[j].kind == "item" and lines[j].level > line.level) or not lines[j].gap_before):
                if lines[j].kind == "heading":
                    break
                last = j
                j += 1
            text_start = line.start + _html_marker_length(line.text, line.number or "")
            end = _strip_end(body, line.start, lines[last].end)
            number = (line.number or "").strip().strip(".)(").strip() or str(pos + 1)
            items.append(_make_item(body, number, line.start, text_start, end))
            taken.update(range(idx, last + 1))
        before = lines[html_run[0] - 1].text if html_run[0] > 0 else ""
        found.append(_Found(tuple(items), _lead_in(before[:limit]), html_run[0], "html-ol", False))

    # inline: "... sin demora: 1. Rescindir ... 2. Declarar ..."
    for idx, line in enumerate(lines):
        if idx in taken:
            continue
        text = line.text[:limit]
        if ("1" not in text and "a)" not in text and "(i)" not in text) or not _may_hold_inline_run(text):
            continue
        opening = _line_marker(text)
        for run_hits in _inline_sequences(text):
            if opening is not None and run_hits[0].start != opening.start:
                continue  # "(a) ... (b) ..." inside an item of a line list: part of that item
            if opening is not None and _continues_on_next_lines(body, idx, run_hits):
                continue  # "1. Do X. 2. Do Y." opening a line list that goes on below
            items = []
            lengths: list[int] = []
            for pos, hit in enumerate(run_hits):
                if pos + 1 < len(run_hits):
                    end_in_line = run_hits[pos + 1].start
                else:
                    end_in_line = _last_inline_item_end(text, hit.text_start, lengths)
                end_in_line = len(text[:end_in_line].rstrip())
                lengths.append(end_in_line - hit.text_start)
                items.append(_make_item(body, hit.number, line.start + hit.start,
                                        line.start + hit.text_start, line.start + end_in_line))
            if any(not _LETTERS.search(item.text) for item in items):
                continue
            opened = bool(_LIST_OPENER.search(text[max(0, run_hits[0].start - 10):run_hits[0].start]))
            if not opened and any(len(_WORDS.findall(item.text[:200])) < 2 for item in items):
                continue  # "subsection (a) and (b) of the law": references, not a list
            intro_text = text[:run_hits[0].start]
            if not intro_text.strip() and idx > 0:
                intro_text = lines[idx - 1].text[:limit]
            found.append(_Found(tuple(items), _lead_in(intro_text), idx, "inline", False))
            taken.add(idx)
            if len(found) >= _MAX_LISTS:
                break

    # lines: one item per line
    item_lines: set[int] = set()
    line_lists = _find_line_lists(body, taken)
    for open_list, _method in line_lists:
        item_lines.update(open_list.lines)
    not_continuation = taken | item_lines
    total_lists = len(found) + len(line_lists)
    # Only the _MAX_LISTS earliest lists are kept (the stable sort by start below): items are built
    # only for line lists whose (start, position) key is among the _MAX_LISTS smallest.
    keys = [(f.items[0].span[0], k) for k, f in enumerate(found)]
    keys += [(lines[o.lines[0]].start + o.markers[0].start, len(found) + k) for k, (o, _m) in enumerate(line_lists)]
    cutoff = heapq.nsmallest(_MAX_LISTS, keys)[-1] if len(keys) > _MAX_LISTS else None
    first_line_key = len(found)
    for k, (open_list, method) in enumerate(line_lists):
        if cutoff is not None and keys[first_line_key + k] > cutoff:
            continue
        items = []
        for pos, idx in enumerate(open_list.lines):
            line = lines[idx]
            marker = open_list.markers[pos]
            stop = open_list.lines[pos + 1] if pos + 1 < len(open_list.lines) else len(lines)
            last = _item_extent(body, idx, stop, not_continuation)
            start = line.start + marker.start
            end = _strip_end(body, start, lines[last].end if last > idx else line.start +
                             len(line.text[:limit]))
            items.append(_make_item(body, marker.number, start, line.start + marker.text_start, end))
        first = open_list.lines[0]
        intro = (_lead_in(lines[first - 1].text[:limit])
                 if first > 0 and first - 1 not in item_lines else None)
        step_labels = open_list.shape[0] in ("step-en", "paso", "etapa")
        found.append(_Found(tuple(items), intro, first, method, step_labels))

    if total_lists > _MAX_LISTS:
        warnings.append(Warning("limit_exceeded", "lists", f"more than {_MAX_LISTS} lists; the rest ignored"))
    found.sort(key=lambda f: f.items[0].span[0])
    found = found[:_MAX_LISTS]

    results: list[NumberedList] = []
    # a list lying inside an earlier-starting list is a sub-list of one of its items
    widest_end = -1
    widest_start = -1
    for item in found:
        span = (item.items[0].span[0], item.items[-1].span[1])
        language = langs.of_line(item.line_index)
        nested = widest_start < span[0] and span[1] <= widest_end
        if span[1] > widest_end:
            widest_start, widest_end = span
        verdict = _judge(item.intro, item.items, language, item.step_labels)
        if verdict.doubtful and not nested:
            warnings.append(Warning("low_evidence", "lists",
                                    f"numbered list at {span[0]} may ask something; not taken as demands"))
        results.append(NumberedList(
            intro=item.intro,
            items=item.items,
            is_demand=verdict.is_demand and not nested,
            language=language,
            span=span,
            method=item.method,
        ))
    return tuple(results), warnings


def _continues_on_next_lines(body: Body, idx: int, hits: list[_InlineHit]) -> bool:
    """True when the lines below carry on the numbering (so the line is an item of a line list)."""
    last = hits[-1]
    for j in range(idx + 1, min(len(body.lines), idx + 1 + _MAX_GAP_LINES)):
        marker = _line_marker(body.lines[j].text)
        if marker is None:
            continue
        for cand in marker.candidates:
            for own in last.candidates:
                if cand.shape[1:] == own.shape[1:] and cand.ordinal == own.ordinal + 1:
                    return True
        return False
    return False


# A labelled step marker at the start of an item's raw text ("Step 2:", "Paso 2:").
_STEP_LABEL = re.compile(r"(?:step|paso|etapa)\s", re.I)


def _step_labelled(items: tuple[ListItem, ...]) -> bool:
    return all(_STEP_LABEL.match(item.raw[:8]) for item in items)


def demands_from(lists: tuple[NumberedList, ...]) -> tuple[Demand, ...]:
    """The items of demand lists as :class:`Demand` records (counterparts unset)."""
    demands: list[Demand] = []
    for numbered in lists:
        if not numbered.is_demand:
            continue
        verdict = _judge(numbered.intro, numbered.items, numbered.language, _step_labelled(numbered.items))
        method = verdict.method or "lead-in"
        for item in numbered.items:
            demands.append(Demand(
                number=item.number,
                text=item.text,
                raw=item.raw,
                language=numbered.language,
                span=item.span,
                kind=verdict.kind,
                counterpart=None,
                method=method,
            ))
    demands.sort(key=lambda d: d.span[0])
    return tuple(demands)


__all__ = ["demands_from", "find_lists"]
