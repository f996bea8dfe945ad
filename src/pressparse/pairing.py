"""Counterparts: in a bilingual release, link each demand and quote to its translation.

Demands: the numbered lists of a release are told apart by their numbering (a list restarts
at "1", "a" or "i"); a list in one language pairs with the first unpaired list in another
language that has the same numbers, item by item.

Quotes: quotes of two languages are aligned in text order (a translation keeps the order of
the original), pairing only quotes whose kinds match, whose attributions match or translate
each other (they share a proper noun: "Biden's Executive Order" / "la orden ejecutiva de
Biden"), and whose lengths are comparable. A quote without a plausible partner keeps None.

Pairs are always symmetric: ``items[items[i].counterpart].counterpart == i``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from .records import Demand, Quote

UNDETERMINED = "und"

_R = TypeVar("_R", Demand, Quote)

# Quotes per language beyond this are left unpaired (the alignment is quadratic).
_MAX_QUOTES_PER_LANGUAGE = 200
# Only this much of an attribution or quote is read.
_MAX_ATTRIBUTION_CHARS = 300
_MAX_QUOTE_CHARS = 5000
# A translation is at most about twice as long as its original (plus slack for short quotes).
_MIN_LENGTH_RATIO = 0.5
_LENGTH_SLACK_CHARS = 20

# A letter word (at most 40 letters) of an attribution.
_WORD_RE = re.compile(r"[^\W\d_]{1,40}")
# A run of digits (with inner separators) in a quote, e.g. "11,430,000" or "11.430.000".
_NUMBER_RE = re.compile(r"\d[\d.,]{0,30}")
# The separators of such a run (anything but a digit), removed to compare numbers across languages.
_NON_DIGIT_RE = re.compile(r"\D")


def _fold(text: str) -> str:
    """Casefold and strip accents, so "García" and "Garcia" compare equal."""
    if text.isascii():
        return text.casefold()  # no accents to strip: skip the decomposition
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Capitalised words of attributions that are titles or function words, not names.
_NOT_NAMES_TEXT = (
    """the a an of and for to in on by said says la el los las de del y en por para un una dijo
    mr mrs ms dr sen senator senators senador senadora senadores rep reps representative
    representatives representante representantes congressman congresswoman congresswomen
    congressmen congresista congresistas president presidente presidenta secretary secretario
    secretaria governor gobernador gobernadora mayor alcalde alcaldesa chair chairman chairwoman
    presidente ceo director directora executive ejecutivo ejecutiva founder fundador fundadora
    co u s us eu statement declaración declaracion order orden letter carta report informe
    act ley resolution resolución resolucion"""
)
_NOT_NAMES = frozenset(_fold(word) for word in _NOT_NAMES_TEXT.split())


def _names(words: list[str]) -> frozenset[str]:
    """The proper nouns among an attribution's words: capitalised words that are not titles."""
    names: set[str] = set()
    for word in words:
        if word[0].isupper() and len(word) >= 2:
            folded = _fold(word)
            if folded not in _NOT_NAMES:
                names.add(folded)
    return frozenset(names)


# --------------------------------------------------------------------------- demands


def _demand_lists(demands: Sequence[Demand]) -> list[list[int]]:
    """Indices of the demands grouped into lists, in text order."""
    lists: list[list[int]] = []
    seen: set[str] = set()
    for i, demand in enumerate(demands):
        number = demand.number.casefold()
        current = lists[-1] if lists else None
        if (
            current is None
            or demands[current[0]].language != demand.language
            # A number seen before restarts the list, unless every item repeats it ("1.", "1.").
            or (number in seen and number != demands[current[-1]].number.casefold())
        ):
            lists.append([i])
            seen = {number}
        else:
            current.append(i)
            seen.add(number)
    return lists


def _pair_demands(demands: Sequence[Demand]) -> list[int | None]:
    partner: list[int | None] = [None] * len(demands)
    # Lists pair across two languages (neither undetermined): with fewer, nothing can pair.
    if len({d.language for d in demands} - {UNDETERMINED}) < 2:
        return partner
    lists = _demand_lists(demands)
    used = [False] * len(lists)
    for a, first in enumerate(lists):
        if used[a] or demands[first[0]].language == UNDETERMINED:
            continue
        numbers = [demands[i].number.casefold() for i in first]
        for b in range(a + 1, len(lists)):
            second = lists[b]
            if used[b] or demands[second[0]].language in (demands[first[0]].language, UNDETERMINED):
                continue
            if [demands[i].number.casefold() for i in second] != numbers:
                continue
            used[a] = used[b] = True
            for i, j in zip(first, second, strict=True):
                partner[i], partner[j] = j, i
            break
    return partner


# --------------------------------------------------------------------------- quotes


@dataclasses.dataclass(frozen=True, slots=True)
class _QuoteFeatures:
    kind: str
    length: int
    attributed: bool
    names: frozenset[str]
    last_word: str | None
    numbers: frozenset[str]


def _features(quote: Quote) -> _QuoteFeatures:
    attribution = quote.attribution
    text = quote.text[:_MAX_QUOTE_CHARS]
    # The letter words of the attribution, read once for its names and its last word.
    words = _WORD_RE.findall(attribution[:_MAX_ATTRIBUTION_CHARS]) if attribution is not None else []
    return _QuoteFeatures(
        # A statement is a direct quote introduced as such; a translation may be told either way.
        kind="direct" if quote.kind == "statement" else quote.kind,
        length=len(quote.text),
        attributed=attribution is not None,
        names=_names(words),
        last_word=_fold(words[-1]) if words else None,
        numbers=frozenset(_NON_DIGIT_RE.sub("", n) for n in _NUMBER_RE.findall(text)),
    )


def _attribution_score(a: _QuoteFeatures, b: _QuoteFeatures) -> float | None:
    """How well two attributions agree; None where they name different people or sources."""
    if not a.attributed and not b.attributed:
        return 1.0
    if not a.attributed or not b.attributed:
        # One side's speaker was not found: possible, but weak evidence.
        return 0.25
    if a.names & b.names or (a.last_word is not None and a.last_word == b.last_word):
        return 2.0
    if a.names and b.names:
        return None
    # "the lawmakers" / "las legisladoras": a translation cannot be told without a name.
    return 0.5


def _quote_score(a: _QuoteFeatures, b: _QuoteFeatures) -> float | None:
    """How plausibly ``b`` translates ``a``; None where it cannot."""
    if a.kind != b.kind:
        return None
    short, long = sorted((a.length, b.length))
    if short + _LENGTH_SLACK_CHARS < _MIN_LENGTH_RATIO * long:
        return None
    score = _attribution_score(a, b)
    if score is None:
        return None
    score += (short + _LENGTH_SLACK_CHARS) / (long + _LENGTH_SLACK_CHARS)
    if a.numbers and b.numbers:
        score += 0.5 if a.numbers & b.numbers else -0.5
    return score if score > 0 else None


def _align(first: Sequence[_QuoteFeatures], second: Sequence[_QuoteFeatures]) -> list[tuple[int, int]]:
    """The order-keeping pairing of two quote sequences with the best total score."""
    n, m = len(first), len(second)
    scores = [[_quote_score(a, b) for b in second] for a in first]
    # best[i][j]: best total pairing first[i:] with second[j:].
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            value = max(best[i + 1][j], best[i][j + 1])
            score = scores[i][j]
            if score is not None:
                value = max(value, score + best[i + 1][j + 1])
            best[i][j] = value
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        score = scores[i][j]
        if score is not None and best[i][j] == score + best[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _pair_quotes(quotes: Sequence[Quote]) -> list[int | None]:
    partner: list[int | None] = [None] * len(quotes)
    languages: list[str] = []
    for quote in quotes:
        if quote.language != UNDETERMINED and quote.language not in languages:
            languages.append(quote.language)
    if len(languages) < 2:
        return partner  # quotes pair across two languages: nothing to align (and no features to read)
    features = [_features(q) for q in quotes]
    for x, lang_a in enumerate(languages):
        for lang_b in languages[x + 1 :]:
            first = [i for i, q in enumerate(quotes) if q.language == lang_a and partner[i] is None]
            second = [i for i, q in enumerate(quotes) if q.language == lang_b and partner[i] is None]
            if not first or not second:
                continue
            if len(first) > _MAX_QUOTES_PER_LANGUAGE or len(second) > _MAX_QUOTES_PER_LANGUAGE:
                continue
            for i, j in _align([features[k] for k in first], [features[k] for k in second]):
                partner[first[i]], partner[second[j]] = second[j], first[i]
    return partner


def pair_counterparts(
    demands: tuple[Demand, ...], quotes: tuple[Quote, ...]
) -> tuple[tuple[Demand, ...], tuple[Quote, ...]]:
    """Set ``counterpart`` on demands and quotes that translate each other (None elsewhere)."""
    paired_demands = _set_counterparts(demands, _pair_demands(demands)) if demands else ()
    paired_quotes = _set_counterparts(quotes, _pair_quotes(quotes)) if quotes else ()
    return paired_demands, paired_quotes


def _set_counterparts(records: tuple[_R, ...], partners: list[int | None]) -> tuple[_R, ...]:
    """The records with ``counterpart`` set to their partners (each record kept where it already holds it)."""
    return tuple(
        r if r.counterpart == p else dataclasses.replace(r, counterpart=p)
        for r, p in zip(records, partners, strict=True)
    )


__all__ = ["pair_counterparts"]
