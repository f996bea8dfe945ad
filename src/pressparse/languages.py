"""Stage 4, split languages: tag each kept line with a language and group lines into sections.

Sections tile the body: every character of the cleaned text belongs to exactly one section
(separators go with the section before them).

How a line gets its language:

1. A cheap signal decides most lines: hits of precomputed function-word sets for English and
   Spanish (and a few other languages, only to notice that a line may be neither), Spanish
   accents, ``¿``/``¡`` and word endings. Spanish whose accents were deleted by a legacy import
   ("declaracin", "ms") still hits the accent-less variants of the Spanish words.
2. Lines the cheap signal cannot decide, and that are long enough to judge, go to langdetect
   through a private, seeded detector factory (never the global one), restricted to a few
   languages and a probability threshold.
3. Short or name-like lines (names, phones, emails, "###", headings of a few words, dates,
   URLs) are neutral: they take the language of their neighbours.
4. The sequence of decided lines is smoothed: a run in another language shorter than about two
   sentences (a Spanish quote inside English text, an English headline or ownership line in a
   Spanish release) joins the surrounding section; only substantial runs form a new section.
   Marker lines ("Español abajo", "[English Version Below]") make a run of the language they
   announce count as substantial.
"""

from __future__ import annotations

import bisect
import collections
import heapq
import itertools
import random
import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .chrome import Body, Line
from .records import Section


@dataclass(frozen=True, slots=True)
class Languages:
    """The language of each kept line and the sections they form."""

    line_languages: tuple[str, ...]
    """One ISO 639-1 code (or "und") per ``Body.lines`` entry."""
    sections: tuple[Section, ...]

    def of_line(self, index: int) -> str:
        if 0 <= index < len(self.line_languages):
            return self.line_languages[index]
        return "und"


def sections_from_line_languages(body: Body, line_languages: tuple[str, ...]) -> tuple[Section, ...]:
    """Merge runs of equal line languages into sections that tile ``body.text``."""
    sections: list[Section] = []
    if not body.lines:
        return ()
    first = line_languages[0]
    if len(line_languages) == len(body.lines) and line_languages.count(first) == len(line_languages):
        return (Section(language=first, text=body.text, span=(0, len(body.text))),)  # one run: the whole text
    run_start_line = 0
    for i in range(1, len(body.lines) + 1):
        if i == len(body.lines) or line_languages[i] != line_languages[run_start_line]:
            start = 0 if not sections else sections[-1].span[1]
            end = len(body.text) if i == len(body.lines) else body.lines[i].start
            sections.append(Section(language=line_languages[run_start_line], text=body.text[start:end],
                                    span=(start, end)))
            run_start_line = i
    return tuple(sections)


# --------------------------------------------------------------------------- cheap signal

UNDETERMINED = "und"


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Only this much of a line is read: enough to tell its language, bounded for huge lines.
_MAX_SIGNAL_CHARS = 1200
# Lines with fewer words are neutral (names, phones, "Media Contact", short headings).
_MIN_DECIDED_WORDS = 4
# Undecided lines with at least this many words are worth asking langdetect about.
_MIN_DETECT_WORDS = 8
# A run of another language needs this many words to form a section (about two sentences).
_MIN_SECTION_WORDS = 35
# ... or, in a short release, this share of all its judged words (a 30-word paragraph is a section
# of a 100-word release).
_MIN_SECTION_SHARE = 4
# A stretch of at most this many lines between two runs of one language, too short to be a
# section, stays in that language (before any other folding).
_MAX_INSET_LINES = 4

_EN_WORDS = _wordset(
    """the and of to in is that for with on as by was are be this it from at have has will not or an
    their which who we our they his her she been were would can could should more said its about
    these those than all also after but into there what when while over out up new how i my you your
    them had do does did being because any other such only most many some both each where why
    just us must may well said says today announced including during against between through"""
)
_ES_WORDS_ACCENTED = _wordset(
    """de la que el en y los las del se por un una para con es su al lo como más pero sus le ya este
    esta sí porque entre cuando muy sin sobre también hasta hay donde desde todo nos durante todos
    uno les ni contra otros ese eso ante ellos esto antes algunos qué unos otro otras otra tanto esa
    estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mis ellas fue
    ser son está están dijo sido era tiene hace puede nuestro nuestra nuestros nuestras según además
    después aquí año años así ha han había hoy cada ustedes usted estamos somos será serán pueden
    debe deben cómo dónde cuál también él éste última último mediante través"""
)
# Words of a few other languages, only to notice a line that may be neither English nor Spanish.
_OTHER_WORDS: dict[str, frozenset[str]] = {
    "fr": _wordset("des et du est une pour dans qui pas sur au avec ce il sont aux ont été cette à vous nous notre"
                    " votre leur mais ou je"),
    "pt": _wordset("do dos das em com uma não são ao pelo pela às também foi seu sua isso"),
    "de": _wordset("der die und den von zu das mit sich des auf für ist im dem nicht ein eine als"),
    "it": _wordset("il di che è sono della gli nel alla anche delle dei questo più nella sulla dello degli nei"
                    " suo sua loro questa essere stato"),
}


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _delete_accented(word: str) -> str:
    """The word as a legacy import that dropped non-ASCII letters writes it ("más" -> "ms")."""
    return "".join(ch for ch in word if ord(ch) < 128)


def _spanish_forms(words: frozenset[str]) -> frozenset[str]:
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        forms.add(_strip_accents(word))
        deleted = _delete_accented(word)
        if len(deleted) >= 2:
            forms.add(deleted)
    # Words English also writes ("a", "no", "me", "he", "son") tell nothing; single letters neither.
    return frozenset(f for f in forms - _EN_WORDS - {"no", "me", "he", "son", "mi"} if len(f) >= 2 or f == "y")


_ES_WORDS = _spanish_forms(_ES_WORDS_ACCENTED)

# A letter word of at most 40 letters (longer runs are split; no digits or underscores).
_WORD_RE = re.compile(r"[^\W\d_]{1,40}")
# A whitespace-free token that is a URL, an email address or a handle: not words of any language.
_NON_WORD_TOKEN_RE = re.compile(r"\S{0,200}(?:://|@|www\.)\S{0,200}")
# Spanish word endings (also with the accent dropped: "declaracin") that English words lack.
_ES_SUFFIXES = ("ción", "cion", "cin", "ciones", "cines", "idad", "idades", "mente", "ería", "ía")
# English word endings that Spanish words lack.
_EN_SUFFIXES = ("tion", "tions", "ing", "ness", "ship")
# Letters Spanish uses (é is French too, so it is not counted).
_ES_ACCENTS = frozenset("áíóúñÁÍÓÚÑ")
# Letters Spanish never uses but French, Portuguese, Italian or German do.
_NOT_ES_ACCENTS = frozenset("àâçèêëîïôùûœãõäöß")


# A line's cheap signal, as a plain tuple (made once per line: no object, no method calls):
# (words, en, es, other) with the last three in half points, so that all arithmetic is on ints.
#   words: letter words on the line (URLs and emails left out);
#   en, es: English and Spanish evidence (two half points per function word, one per ending or accent);
#   other: the best hit count among the other languages' function words (two half points per word), plus
#   one half point per letter Spanish never uses.
_Counts = tuple[int, int, int, int]


def _best(counts: _Counts) -> str | None:
    """The language the cheap signal decides, or None where it cannot."""
    words, en, es, other = counts
    if words < _MIN_DECIDED_WORDS:
        return None
    top, second = (en, es) if en >= es else (es, en)
    # (In half points: "top < 2 words" is top < 4, "other * 2 >= top" stays as it is.)
    if top < 4 or (other >= 4 and other * 2 >= top):
        # Too little to go on, or a line that may be French, Portuguese, ...: ask langdetect.
        return None
    if top >= 2 * max(second, other) + 2:  # top >= 2 * max(second, other) + 1, in half points
        return "en" if en > es else "es"
    return None


def _weight(counts: _Counts) -> int:
    """Words on the line, discounted where it mixes English and Spanish (a quoted phrase)."""
    words, en, es, _ = counts
    top, second = (en, es) if en >= es else (es, en)
    if top <= 0:
        return words
    # The ratio of half points is the ratio of points: the same float (ints, then one rounded division).
    return round(words * (top - second) / (top + second))


def _lean(counts: _Counts) -> str | None:
    """A weak preference, used only to place neutral lines at a section boundary."""
    _, en, es, other = counts
    if en >= es + 2 and en > other:  # en >= es + 1 point
        return "en"
    if es >= en + 2 and es > other:
        return "es"
    return None


@dataclass(slots=True)
class _Signal:
    """A line's cheap signal in points (see _counts; for tests and readers)."""

    words: int
    en: float
    es: float
    other: float


# What the signal counts of one word, packed into one int, so that summing the codes of a line's words
# sums every count at once. A line has at most 1,200 characters (_MAX_SIGNAL_CHARS), so at most 600 words
# and 1,200 half points: a field counting at most one per word has 10 bits, the English and Spanish half
# points (two per function word, one per ending or accent, capitalised function words included) have 11,
# and no field can overflow into the next. The counts most lines have come first, in the low 62 bits:
# while a line's sum stays below 2**63, ``sum`` adds machine words and allocates nothing.
_LOWER = 0
"""Lowercase words."""
_EN2 = 10
_ES2 = 21
"""English and Spanish, in half points."""
_CAPITALS = 32
"""Capitalised function words; their hits count only on some lines (see _signal)."""
_PT = 42
_FR = 52
_DE = 62
_IT = 72
_NOT_ES_ACCENT = 82
_NOT_A_WORD = 92
"""Tokens that are not one word (then the line's words are taken with the regex)."""
_MASK10 = (1 << 10) - 1
_MASK11 = (1 << 11) - 1
_CAPITAL_CODE = 1 << _CAPITALS
"""The code of every capitalised function word."""
_OTHER_FIELDS = tuple(zip((_FR, _PT, _DE, _IT), _OTHER_WORDS.values(), strict=True))
# Word codes already computed (a word's code never changes); bounded.
_WORD_CODES: dict[str, int] = {}
_WORD_CODE_MEMO = 100_000
# The code of a word already in _WORD_CODES (KeyError for a new word); cheaper per word than .get.
_known_code = _WORD_CODES.__getitem__


def _hit_code(word: str) -> int:
    """The function-word fields of a lowercase word."""
    code = ((word in _EN_WORDS) << _EN2 + 1) + ((word in _ES_WORDS) << _ES2 + 1)
    for field, vocabulary in _OTHER_FIELDS:
        code += (word in vocabulary) << field
    return code


# Every function word has a hit, so a code here is never 0.
_HIT_CODES = {word: _hit_code(word) for word in _EN_WORDS | _ES_WORDS | frozenset().union(*_OTHER_WORDS.values())}


def _word_code(token: str) -> int:
    """The code of a token of _tokens: its counts, or where it is not one word, a mark of that."""
    # (The regex's words can be tokens that are not one word too: "x²y"; they are counted as the rest.)
    code = 0 if len(token) <= 40 and token.isalpha() else 1 << _NOT_A_WORD
    if not token.islower():
        # A capitalised function word (always letters only) is only marked: its hits are added where
        # they count (see _signal).
        return _CAPITAL_CODE if not code and token.lower() in _HIT_CODES else code
    code += (1 << _LOWER) + _HIT_CODES.get(token, 0)
    if len(token) >= 6:
        if token.endswith(_ES_SUFFIXES):
            code += 1 << _ES2
        elif token.endswith(_EN_SUFFIXES):
            code += 1 << _EN2
    if not token.isascii():
        # Accented letters in lowercase words (names like "García" are capitalised).
        if not _ES_ACCENTS.isdisjoint(token):
            code += 1 << _ES2
        if not _NOT_ES_ACCENTS.isdisjoint(token):
            code += 1 << _NOT_ES_ACCENT
    return code


def _new_codes(words: list[str]) -> list[int]:
    """The words' codes, where some words are seen for the first time."""
    found = list(map(_WORD_CODES.get, words))
    computed = {word: _word_code(word) for word, code in zip(words, found, strict=True) if code is None}
    if len(_WORD_CODES) < _WORD_CODE_MEMO:
        _WORD_CODES.update(computed)
    return [computed[word] if code is None else code for word, code in zip(words, found, strict=True)]


# UTF-8 bytes with every ASCII non-letter made a space; bytes of non-ASCII characters are kept.
_ASCII_NON_LETTERS_TO_SPACE = bytes(
    byte if byte >= 128 or chr(byte).isalpha() else ord(" ") for byte in range(256)
)
# Frequent non-ASCII separators (quotes, dashes, ellipsis) in UTF-8: all are b"\xe2\x80" and a third byte.
_COMMON_MARKS = tuple(mark.encode("utf-8") for mark in "\u2019\u2018\u201c\u201d\u2013\u2014\u2026")
_COMMON_MARK_PREFIX = b"\xe2\x80"
assert all(mark[:2] == _COMMON_MARK_PREFIX for mark in _COMMON_MARKS)
# One of those marks (one regex pass rather than a search per mark; ``bytes in bytes`` is slow: it first
# tries the needle as an int and raises and clears a TypeError).
_COMMON_MARK_RE = re.compile(
    re.escape(_COMMON_MARK_PREFIX) + b"[" + b"".join(re.escape(mark[2:]) for mark in _COMMON_MARKS) + b"]"
)


def _tokens(text: str) -> list[str]:
    """The words of ``_WORD_RE.findall(text)`` in most lines, found faster: the text split at white
    space after turning ASCII non-letters (and frequent non-ASCII marks) into spaces. A token is one
    of those words unless it has more than 40 letters or a character that is not a letter."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_NON_LETTERS_TO_SPACE).decode("ascii").split()
    data = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_LETTERS_TO_SPACE)
    if data.find(_COMMON_MARK_PREFIX) >= 0:
        data = _COMMON_MARK_RE.sub(b" ", data)
    return data.decode("utf-8", "surrogatepass").split()


def _words(text: str) -> list[str]:
    """``_WORD_RE.findall(text)``."""
    tokens = _tokens(text)
    # str.isalpha() letters are all in [^\W\d_]: then each token is one letter run.
    if all(map(str.isalpha, tokens)) and max(map(len, tokens), default=0) <= 40:
        return tokens
    return _WORD_RE.findall(text)


def _without_non_word_tokens(text: str) -> str:
    """``_NON_WORD_TOKEN_RE.sub(" ", text)`` as far as the words of the text go: where no token is over
    200 characters, the regex's matches are exactly the tokens holding "://", "@" or "www."."""
    tokens = text.split()
    if max(map(len, tokens)) > 200:
        return _NON_WORD_TOKEN_RE.sub(" ", text)
    return " ".join([token for token in tokens if not ("://" in token or "@" in token or "www." in token)])


def _counts(text: str) -> _Counts:
    """The line's cheap signal (see _Counts)."""
    text = text[:_MAX_SIGNAL_CHARS]
    if "://" in text or "@" in text or "www." in text:
        text = _without_non_word_tokens(text)
    # The line's counts are the sum of its words' codes: no Python loop per word.
    words = _tokens(text)
    try:
        codes = list(map(_known_code, words))
    except KeyError:  # some words seen for the first time
        codes = _new_codes(words)
    total = sum(codes)
    if total >> _NOT_A_WORD:  # a token is not one word: take the regex's words
        words = _WORD_RE.findall(text)
        codes = _new_codes(words)
        total = sum(codes)
    count = len(words)
    if not count:
        return 0, 0, 0, 0
    capitals = total >> _CAPITALS & _MASK10
    if capitals:
        # Headlines (Title Case or capitals) capitalise function words too: there every capitalised
        # function word counts. Otherwise it counts only where it opens a sentence ("La carta dice"),
        # i.e. the next word is lowercase, not inside a name ("Los Angeles", "El Salvador", "The Hill").
        heading = (count - (total & _MASK10)) * 2 > count
        last = count - 1
        i = -1
        for _ in range(capitals):
            i = codes.index(_CAPITAL_CODE, i + 1)
            if heading or (i < last and codes[i + 1] & 1 << _LOWER):
                total += _HIT_CODES[words[i].lower()]
    es = total >> _ES2 & _MASK11
    if not text.isascii():
        es += 4 * (text.count("¿") + text.count("¡"))
    other = 0
    if total >> _PT:  # (the other languages' fields and the accent field are the highest)
        other = 2 * max(total >> _FR & _MASK10, total >> _PT & _MASK10, total >> _DE & _MASK10,
                        total >> _IT & _MASK10) + (total >> _NOT_ES_ACCENT & _MASK10)
    return count, total >> _EN2 & _MASK11, es, other


def _signal(text: str) -> _Signal:
    """The line's cheap signal in points."""
    words, en, es, other = _counts(text)
    return _Signal(words, 0.5 * en, 0.5 * es, 0.5 * other)


# --------------------------------------------------------------------------- langdetect fallback

# Languages langdetect may give a line; anything else is "und".
_DETECT_LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "nl")
_DETECT_MIN_PROBABILITY = 0.90
_DETECT_MAX_CHARS = 1000
_DETECTED_WEIGHT_DIVISOR = 3

_factory_lock = threading.Lock()
_factory: _Detector | None = None
_factory_failed = False

# langdetect's constants (detector.Detector), repeated here because _Detector re-implements its loop.
_LD_TRIALS = 7
_LD_ALPHA = 0.5
_LD_ALPHA_WIDTH = 0.05
_LD_ITERATION_LIMIT = 1000
_LD_CONV_THRESHOLD = 0.99999
_LD_BASE_FREQ = 10000
_LD_PROB_THRESHOLD = 0.1
_LD_MAX_TEXT_LENGTH = 10000
# Runs of plain spaces, which langdetect's Detector.append collapses to one.
_LD_SPACES_RE = re.compile(" {2,}")
# What langdetect's cleaning_text counts as Latin ('A' <= ch <= 'z'), and the characters it may
# count as non-Latin (from U+0300 up).
_LD_LATIN_RE = re.compile("[A-z]")
_LD_HIGH_RE = re.compile("[\u0300-\U0010ffff]")
# cleaning_text's removal of those Latin characters, as a str.translate table.
_LD_LATIN_DELETED = dict.fromkeys(range(ord("A"), ord("z") + 1))
# Words whose n-grams are remembered (bounded: a hostile page cannot grow it without end).
_LD_WORD_MEMO = 200_000


class _Detector:
    """langdetect's detector, re-implemented for speed with bit-identical results.

    Same 55 profiles in the same order, same seeded random walk over the same n-grams, same float
    operations in the same order, hence the same probabilities as ``DetectorFactory.create()``.
    What differs is only the cost: loading keeps each profile's counts as parsed (no 87,000 x 55
    table up front, which took ~1.5 s per process) and builds an n-gram's probability vector the
    first time a text uses it; per-character normalisation is memoised; the per-n-gram update over
    all languages is one list comprehension instead of an indexed loop, or with numpy, five n-grams'
    updates are one reduce and the random choices are drawn in bulk (see _trials_numpy). ``detect``
    skips the walk where its answer cannot be one of the languages asked about (see _outranked).
    """

    seed = 0

    def __init__(self, profiles: list[tuple[str, dict[str, int], list[int]]]) -> None:
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram
        from langdetect.utils.unicode_block import unicode_block

        self.langlist = [name for name, _, _ in profiles]
        self._counts = [(freq, n_words) for _, freq, n_words in profiles]
        # Every n-gram some profile knows: langdetect's word_lang_prob_map keys.
        self._known: frozenset[str] = frozenset().union(*(freq for _, freq, _ in profiles))
        # Memos hold tuples, not lists: the garbage collector stops tracking a tuple of floats or str, so
        # that tens of thousands of memo entries do not slow every full collection of a long batch run.
        self._vectors: dict[str, tuple[float, ...]] = {}
        self._normal: dict[str, str] = {}
        self._table: dict[int, str] = {}  # the same, for str.translate
        self._word_grams: dict[str, tuple[str, ...]] = {}
        self._non_latin: dict[str, bool] = {}
        self._url_re: re.Pattern[str] = Detector.URL_RE
        self._mail_re: re.Pattern[str] = Detector.MAIL_RE
        self._normalize_vi = NGram.normalize_vi
        # The combining marks normalize_vi looks for (after a letter).
        self._dmark_re = re.compile("[" + re.escape(NGram.DMARK_CLASS) + "]")
        self._normalize = NGram.normalize
        self._unicode_block = unicode_block
        self._numpy: Any = None
        # The numpy path's gram vectors: one matrix row per gram seen, grown by doubling (at most one
        # row per known gram).
        self._row_of: dict[str, int] = {}
        self._rows_lock = threading.Lock()
        self._matrix: Any = None
        try:  # optional: the same arithmetic, element-wise in C
            import numpy

            self._numpy = numpy
            self._matrix = numpy.empty((64, len(self.langlist)), dtype=numpy.float64)
            if not self._numpy_path_agrees():
                self._numpy = None
        except ImportError:
            pass

    def _vector(self, gram: str) -> tuple[float, ...]:
        """The gram's probability in each language (langdetect's DetectorFactory.add_profile)."""
        vector = self._vectors.get(gram)
        if vector is None:
            length = len(gram)
            vector = tuple([1.0 * freq[gram] / n_words[length - 1] if gram in freq else 0.0
                            for freq, n_words in self._counts])
            self._vectors[gram] = vector
        return vector

    def _prepared(self, text: str) -> str:
        """Detector.append followed by Detector.cleaning_text."""
        # Each step is skipped where its pattern cannot match (the same text either way).
        if "://" in text:
            text = self._url_re.sub(" ", text)
        if "@" in text:
            text = self._mail_re.sub(" ", text)
        if text.isascii():
            # No combining marks to normalise, and no non-Latin letters to count.
            text = text[:_LD_MAX_TEXT_LENGTH]
            return _LD_SPACES_RE.sub(" ", text) if "  " in text else text
        if self._dmark_re.search(text):
            text = self._normalize_vi(text)
        text = _LD_SPACES_RE.sub(" ", text[:_LD_MAX_TEXT_LENGTH])
        # cleaning_text counts 'A'..'z' as Latin and, from U+0300 up, all but Latin Extended Additional.
        latin = len(_LD_LATIN_RE.findall(text))
        non_latin = 0
        for ch, times in collections.Counter(_LD_HIGH_RE.findall(text)).items():
            counted = self._non_latin.get(ch)
            if counted is None:
                counted = self._non_latin[ch] = self._unicode_block(ch) != "Latin Extended Additional"
            non_latin += counted * times
        if latin * 2 < non_latin:
            text = text.translate(_LD_LATIN_DELETED)
        return text

    def _ngrams(self, text: str) -> list[str]:
        """Detector._extract_ngrams: NGram.normalize on every character, then the n-grams word by word.

        After a space NGram's state is reset (buffer " ", not a capital word), so the n-grams of a
        word and its following space depend on that word alone: they are computed once per word.
        """
        table = self._table
        fresh = set(text).difference(self._normal)
        for ch in fresh:
            self._normal[ch] = normal = self._normalize(ch)
            table[ord(ch)] = normal
        words = text.translate(table).split(" ")
        result: list[str] = []
        last = len(words) - 1
        by_word = self._word_grams
        for k, word in enumerate(words):
            if not word:
                continue
            key = word + " " if k < last else word  # every word but the last is followed by a space
            grams = by_word.get(key)
            if grams is None:
                grams = tuple(self._segment_grams(key))
                if len(by_word) < _LD_WORD_MEMO:
                    by_word[key] = grams
            result.extend(grams)
        return result

    def _segment_grams(self, segment: str) -> list[str]:
        """NGram.add_char and the n-gram loop of Detector._extract_ngrams over normalised characters,
        from the state after a space."""
        known = self._known
        result: list[str] = []
        grams = " "
        capital = False
        for ch in segment:
            last = grams[-1]
            if last == " ":
                grams = " "
                capital = False
                if ch == " ":
                    continue
            elif len(grams) >= 3:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            for n in (1, 2, 3):
                if len(grams) < n:
                    break
                gram = grams[-n:]
                if gram and gram != " " and gram in known:
                    result.append(gram)
        return result

    def _trials_python(self, grams: list[str], rand: random.Random) -> list[list[float]]:
        """The final probabilities of each of langdetect's trials (Detector._detect_block)."""
        return list(self._walks_python(grams, rand))

    def _walks_python(self, grams: list[str], rand: random.Random) -> Iterator[list[float]]:
        """_trials_python, one trial at a time (the caller may stop early)."""
        vectors = [self._vector(gram) for gram in grams]
        size = len(self.langlist)
        choice = rand.choice
        for _ in range(_LD_TRIALS):
            prob = [1.0 / size] * size
            alpha = _LD_ALPHA + rand.gauss(0.0, 1.0) * _LD_ALPHA_WIDTH
            weight = alpha / _LD_BASE_FREQ
            i = 0
            while True:
                prob = [p * (weight + q) for p, q in zip(prob, choice(vectors), strict=False)]
                if i % 5 == 0:
                    total = sum(prob)
                    prob = [p / total for p in prob]
                    if max(prob) > _LD_CONV_THRESHOLD or i >= _LD_ITERATION_LIMIT:
                        break
                i += 1
            yield prob

    def _rows(self, grams: list[str]) -> Any:
        """The matrix row of each gram (rows are added for grams seen for the first time)."""
        np: Any = self._numpy
        row_of = self._row_of
        try:
            return np.fromiter(map(row_of.__getitem__, grams), dtype=np.intp, count=len(grams))
        except KeyError:
            pass
        missing = set(grams).difference(row_of)
        if missing:
            # Under a lock: two threads must not take one row, nor write to a matrix being replaced.
            # A row is published (in row_of) only once written.
            with self._rows_lock:
                for gram in missing.difference(row_of):
                    row = len(row_of)
                    if row == len(self._matrix):
                        self._matrix = np.concatenate([self._matrix, np.empty_like(self._matrix)])
                    self._matrix[row] = self._vector(gram)
                    row_of[gram] = row
        return np.fromiter(map(row_of.__getitem__, grams), dtype=np.intp, count=len(grams))

    def _trials_numpy(self, grams: list[str], rand: random.Random, rows: Any = None) -> list[list[float]]:
        """As _trials_python, with numpy (see _walks_numpy)."""
        return [prob.tolist() for prob in self._walks_numpy(grams, rand, rows)]

    def _walks_numpy(self, grams: list[str], rand: random.Random, rows: Any = None) -> Iterator[Any]:
        """As _walks_python, with numpy (each trial's probabilities as an array). The floats are
        identical: each element still gets the same IEEE multiply, add and divide in the same order, and
        the sum is Python's ``sum``, left to right: the last of ``add.accumulate`` (numpy's own sum is
        pairwise and would round differently).

        The same random numbers are drawn, in bulk: ``rand.choice(grams)`` is ``grams[r]`` for the
        first ``r = getrandbits(k) < len(grams)`` (k = len(grams).bit_length()), and
        ``getrandbits(k)`` is the top k bits of the generator's next 32-bit word. A trial takes words
        in chunks from ``getrandbits(32 * chunk)`` (lowest 32 bits first), and once it knows how many
        it used, ``rand`` is put back and moved on by exactly those, so the next trial's gauss() and
        choices see what langdetect's would. ``_numpy_path_agrees`` checks this on every machine.
        """
        np: Any = self._numpy
        if rows is None:
            rows = self._rows(grams)
        size = len(self.langlist)
        last = size - 1
        count = len(grams)
        sums = np.empty(size, dtype=np.float64)  # running sums of prob
        for _ in range(_LD_TRIALS):
            alpha = _LD_ALPHA + rand.gauss(0.0, 1.0) * _LD_ALPHA_WIDTH
            weight = alpha / _LD_BASE_FREQ
            draws = _Draws(np, rand, count)

            # langdetect updates with one gram, normalises and checks; then, while not converged,
            # updates with five grams, normalises and checks again.
            chosen = draws.take(1 + 5 * 16)
            prob = np.full(size, 1.0 / size, dtype=np.float64)
            prob *= weight + self._matrix[rows[chosen[0]]]
            # Python's sum, as langdetect's (a Python float: a zero total raises ZeroDivisionError below,
            # as there).
            total = np.add.accumulate(prob, out=sums).item(last)
            i = 0  # langdetect's step counter; 1 + i grams used
            wanted = 8
            blocks: list[Any] = []
            heads: list[Any] = []
            block = 0
            # The check "max(values) / total <= threshold" without max() each time: the leading language
            # rarely changes. Where it still has at least 1/1000 of the total, no other language can be
            # above the threshold (the values are not negative and add up to the total), so its ratio
            # alone decides; only below that is the maximum looked for again.
            top = 0
            while True:
                ratio = prob.item(top) / total
                if ratio < 0.001:
                    values = prob.tolist()
                    highest = max(values)
                    top = values.index(highest)
                    ratio = highest / total
                if ratio > _LD_CONV_THRESHOLD or i >= _LD_ITERATION_LIMIT:
                    break
                if block == len(blocks):
                    # The next blocks' factors, each block behind a free row for the normalised prob.
                    wanted = min(2 * wanted, (_LD_ITERATION_LIMIT - i) // 5)
                    used = 1 + i
                    if used + 5 * wanted > len(chosen):
                        chosen = draws.take(used + 5 * wanted)
                    array = np.empty((wanted, 6, size), dtype=np.float64)
                    factors = self._matrix[rows[chosen[used : used + 5 * wanted]]]
                    np.add(weight, factors.reshape(wanted, 5, size), out=array[:, 1:, :])
                    blocks, heads = list(array), list(array[:, 0])
                    block = 0
                np.divide(prob, total, out=heads[block])
                # One reduce: ((prob * f1) * f2) ... * f5, element-wise, in this order.
                np.multiply.reduce(blocks[block], axis=0, out=prob)
                total = np.add.accumulate(prob, out=sums).item(last)
                block += 1
                i += 5
            # Settled before the yield: a caller that stops early leaves rand where langdetect would.
            draws.settle(1 + i)
            yield np.divide(prob, total)

    def _numpy_path_agrees(self) -> bool:
        """Whether the numpy path gives the pure-Python path's probabilities on this machine."""
        try:
            for text in ("the report of the committee", "el informe de la comisión está en las manos del pueblo"):
                grams = self._ngrams(self._prepared(text))
                python_rand, numpy_rand = random.Random(self.seed), random.Random(self.seed)
                if (self._trials_python(grams, python_rand) != self._trials_numpy(grams, numpy_rand)
                        or python_rand.getstate() != numpy_rand.getstate()):
                    return False
        except Exception:
            return False
        return True

    def probabilities(self, text: str) -> list[tuple[str, float]]:
        """(language, probability) above langdetect's threshold, most probable first; [] without
        features (where langdetect raises)."""
        grams = self._ngrams(self._prepared(text))
        if not grams:
            return []
        return self._probabilities(grams)

    def _probabilities(self, grams: list[str], rows: Any = None, wanted: Sequence[int] = (),
                       min_probability: float = 0.0) -> list[tuple[str, float]]:
        """langdetect's probabilities; or, given ``wanted`` (language indexes), [] as soon as none of
        them can still reach ``min_probability``."""
        size = len(self.langlist)
        langprob: list[float] = [0.0] * size
        rand = random.Random(self.seed)
        np = self._numpy
        trials = self._walks_numpy(grams, rand, rows) if np is not None else self._walks_python(grams, rand)
        for done, prob in enumerate(trials, 1):
            if np is not None:  # the same element-wise divide and add
                langprob = np.add(langprob, np.divide(prob, _LD_TRIALS)).tolist()
            else:
                for j in range(size):
                    langprob[j] += prob[j] / _LD_TRIALS
            # A trial adds at most 1/_LD_TRIALS to a language (its probabilities are at most 1): where
            # even that for every trial left cannot lift a wanted language to the threshold, the answer
            # is none of them, and the remaining trials (most of the cost) are not run. The margin is
            # far above the rounding of these few additions.
            if wanted and all(langprob[j] + (_LD_TRIALS - done) / _LD_TRIALS < min_probability - 1e-9
                              for j in wanted):
                return []
        found = [(lang, p) for lang, p in zip(self.langlist, langprob, strict=True) if p > _LD_PROB_THRESHOLD]
        found.sort(key=lambda pair: pair[1], reverse=True)
        return found

    def detect(self, text: str, languages: Sequence[str], min_probability: float) -> str | None:
        """The first of ``languages`` with at least ``min_probability`` among ``probabilities(text)``,
        or None; as that, but without running the random walk where its answer is sure to be None."""
        grams = self._ngrams(self._prepared(text))
        if not grams:
            return None
        rows = self._rows(grams) if self._numpy is not None else None
        if min_probability > 0.6 and self._outranked(grams, languages, rows):
            return None
        wanted = [j for j, lang in enumerate(self.langlist) if lang in languages]
        for lang, prob in self._probabilities(grams, rows, wanted, min_probability):
            if lang in languages and prob >= min_probability:
                return lang
        return None

    def _outranked(self, grams: list[str], languages: Sequence[str], rows: Any = None) -> bool:
        """Whether each of ``languages`` has, for the text's grams, another language at least as
        probable for every gram: then the walk can never give it more than about half.

        Why: all languages start equal and every step multiplies each one's probability by
        ``weight + vector[language]`` and divides all by one sum. Rounding is monotonic, so a language
        whose factor is never larger than another's never gets ahead of it, and two languages'
        normalised probabilities add up to at most 1 (plus rounding), in every trial and so on average.
        """
        columns = [self.langlist.index(lang) for lang in languages if lang in self.langlist]
        if len(self.langlist) < 2:
            return False
        if self._numpy is None:
            # Without numpy only the cheap case: the language knows none of the grams (a Cyrillic or
            # Korean line and a Latin-script language); any other language is then at least as probable.
            vectors = [self._vector(gram) for gram in set(grams)]
            return all(not vector[j] for j in columns for vector in vectors)
        if rows is None:
            rows = self._rows(grams)  # first: it may grow (replace) the matrix
        matrix = self._matrix[rows]  # a row per gram, repeated ones too (cheaper than deduplicating)
        # A language that knows none of the grams is outranked by any other. The others are checked
        # most probable first (in most texts one of them is not outranked: stop there).
        mass = matrix[:, columns].sum(axis=0).tolist()
        for _, j in sorted(((m, j) for m, j in zip(mass, columns, strict=True) if m > 0), reverse=True):
            at_least = (matrix >= matrix[:, j : j + 1]).all(axis=0)
            at_least[j] = False
            if not at_least.any():
                return False
        return True


class _Draws:
    """The positions ``rand.choice`` would pick from ``count`` items, drawn in bulk (see _trials_numpy)."""

    def __init__(self, np: Any, rand: random.Random, count: int) -> None:
        self._np = np
        self._rand = rand
        self._state = rand.getstate()
        self._count = count
        self._shift = 32 - count.bit_length()
        self._drawn = 0  # 32-bit words taken from rand since _state
        self._picks: list[Any] = []  # arrays of picked positions
        self._words: list[Any] = []  # words used up to and including each pick
        self._available = 0
        self._chosen: Any = np.empty(0, dtype=np.intp)

    def take(self, needed: int) -> Any:
        """At least ``needed`` picks, in order (an array of positions)."""
        np = self._np
        if self._available >= needed:
            return self._chosen
        while self._available < needed:
            chunk = 2 * (needed - self._available) + 32
            raw = np.frombuffer(self._rand.getrandbits(32 * chunk).to_bytes(4 * chunk, "little"), dtype="<u4")
            raw = raw >> self._shift
            accepted = (raw < self._count).nonzero()[0]  # _randbelow: draw again while r >= count
            self._picks.append(raw[accepted].astype(np.intp))
            self._words.append(accepted + (self._drawn + 1))
            self._drawn += chunk
            self._available += len(accepted)
        self._chosen = np.concatenate(self._picks)
        return self._chosen

    def settle(self, used: int) -> None:
        """Leave ``rand`` as ``used`` choice() calls would have (rather than after all words drawn)."""
        consumed = int(self._np.concatenate(self._words)[used - 1])
        self._rand.setstate(self._state)
        self._rand.getrandbits(32 * consumed)


def _load_profiles() -> list[tuple[str, dict[str, int], list[int]]]:
    """langdetect's profiles as its DetectorFactory.load_profile reads them (same files, same order)."""
    import json
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY

    profiles: list[tuple[str, dict[str, int], list[int]]] = []
    # Sorted, not os.listdir order, so that probabilities (and so output) are the same on every machine.
    for filename in sorted(os.listdir(PROFILES_DIRECTORY)):
        path = os.path.join(PROFILES_DIRECTORY, filename)
        if filename.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        profiles.append((str(data["name"]), dict(data["freq"]), list(data["n_words"])))
    return profiles


def _detector_factory() -> _Detector | None:
    """The private detector, loaded once; None where langdetect cannot be used.

    langdetect's module-level factory and the class attribute ``DetectorFactory.seed`` are never
    touched: only this detector is seeded.
    """
    global _factory, _factory_failed
    with _factory_lock:
        if _factory is None and not _factory_failed:
            try:
                _factory = _Detector(_load_profiles())
            except Exception:  # no usable detector: undecided lines stay neutral
                _factory_failed = True
        return _factory


def _detect(text: str) -> str | None:
    """langdetect's language for ``text`` where it is confident and one of a few languages."""
    factory = _detector_factory()
    if factory is None:
        return None
    try:
        return factory.detect(text[:_DETECT_MAX_CHARS], _DETECT_LANGUAGES, _DETECT_MIN_PROBABILITY)
    except Exception:  # as where langdetect raises (text without features): no answer
        return None


# --------------------------------------------------------------------------- markers

# A short line naming a language version: "Español abajo", "English below", "EN ESPAÑOL",
# "[English Version Below]", "***English and Spanish***", "Versión en español".
_MARKER_RE = re.compile(
    r"^[\W_]{0,10}(?:(?:versi[oó]n|version|texto|comunicado)\s{1,5}(?:en\s{1,5})?)?"
    r"(?:en\s{1,5})?(english|ingl[eé]s|espa[nñ]ol|spanish)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
# A language's name in a marker line.
_LANGUAGE_NAME_RE = re.compile(r"english|ingl[eé]s|espa[nñ]ol|spanish", re.IGNORECASE)
# End-of-release marks: "###", "# # #", "-30-", "****", "termina -", "- End -".
_END_MARK_RE = re.compile(r"^\W{0,3}(?:#[\s#]{1,8}|\*{3,10}|-\s{0,2}30\s{0,2}-|(?:termina|end|fin)\W{0,3})\W{0,3}$",
                          re.IGNORECASE)
# The longest text _END_MARK_RE matches: 3 + 10 + 3 characters.
_END_MARK_MAX_CHARS = 16


def _is_end_mark(text: str) -> bool:
    """Whether the line (its first 60 characters, stripped) is an end-of-release mark."""
    head = text[:60].strip()
    return len(head) <= _END_MARK_MAX_CHARS and _END_MARK_RE.match(head) is not None


def _marker_language(text: str) -> str | None:
    """The one language a marker line announces, or None (no marker, or both languages)."""
    if len(text) > 60:
        return None
    names = _LANGUAGE_NAME_RE.findall(text)
    if not _MARKER_RE.match(text.strip()) or not names:
        return None
    languages = {"en" if n.lower().startswith(("eng", "ing")) else "es" for n in names}
    if len(languages) != 1:
        return None
    return languages.pop()


# --------------------------------------------------------------------------- smoothing


@dataclass(slots=True)
class _Run:
    language: str
    first: int
    last: int
    words: int
    lines: int
    announced: bool = False


def _runs(decided: Sequence[str | None], weights: Sequence[int]) -> list[_Run]:
    runs: list[_Run] = []
    for i, language in enumerate(decided):
        if language is None:
            continue
        if runs and runs[-1].language == language:
            run = runs[-1]
            run.last = i
            run.words += weights[i]
            run.lines += 1
        else:
            runs.append(_Run(language, i, i, weights[i], 1))
    return runs


def _merge_adjacent(runs: list[_Run]) -> list[_Run]:
    merged: list[_Run] = []
    for run in runs:
        if merged and merged[-1].language == run.language:
            last = merged[-1]
            last.last = run.last
            last.words += run.words
            last.lines += run.lines
            last.announced = last.announced or run.announced
        else:
            merged.append(run)
    return merged


def _min_section_words(runs: Sequence[_Run]) -> int:
    return min(_MIN_SECTION_WORDS, sum(r.words for r in runs) // _MIN_SECTION_SHARE)


def _absorb(into: _Run, other: _Run) -> None:
    into.first = min(into.first, other.first)
    into.last = max(into.last, other.last)
    into.words += other.words
    into.lines += other.lines
    into.announced = into.announced or other.announced


def _fold_insets(runs: list[_Run], threshold: int) -> list[_Run]:
    """Fold a short stretch in other languages between two runs of one language into it.

    A quoted sentence or a mixed paragraph inside English text is not a section of its own.
    """
    i = 0
    while i < len(runs):
        folded = False
        for j in range(i + 2, min(i + 2 + _MAX_INSET_LINES, len(runs))):
            if runs[j].language != runs[i].language:
                continue
            inset = runs[i + 1 : j]
            if (
                sum(r.lines for r in inset) <= _MAX_INSET_LINES
                and sum(r.words for r in inset) < threshold
                and not any(r.announced for r in inset)
            ):
                for r in runs[i + 1 : j + 1]:
                    _absorb(runs[i], r)
                del runs[i + 1 : j + 1]
                folded = True
            break
        # After a fold the grown run may close another inset: look at it again.
        i = max(i - 1, 0) if folded else i + 1
    return runs


def _smooth(runs: list[_Run]) -> list[_Run]:
    """Fold insets, then runs too short to be a section into their neighbours, weakest first."""
    runs = _merge_adjacent(runs)
    if len(runs) <= 1:
        return runs
    threshold = _min_section_words(runs)
    runs = _fold_insets(runs, threshold)
    # A linked list of runs and a heap of the weak ones keep this O(n log n) on any input.
    count = len(runs)
    before = list(range(-1, count - 1))
    after = [*range(1, count), -1]
    alive = [True] * count
    heap = [(r.words, r.first, i) for i, r in enumerate(runs) if not r.announced and r.words < threshold]
    heapq.heapify(heap)
    while heap and count > 1:
        words, first, i = heapq.heappop(heap)
        run = runs[i]
        if not alive[i] or run.words != words or run.first != first:
            continue  # stale: the run grew since it was pushed
        b, a = before[i], after[i]
        if b < 0 or (a >= 0 and runs[a].words > runs[b].words and runs[a].language != runs[b].language):
            run.language = runs[a].language
        else:
            run.language = runs[b].language
        for k in (b, a):
            if k >= 0 and runs[k].language == run.language:
                _absorb(run, runs[k])
                alive[k] = False
                count -= 1
                if k == b:
                    before[i] = before[k]
                    if before[k] >= 0:
                        after[before[k]] = i
                else:
                    after[i] = after[k]
                    if after[k] >= 0:
                        before[after[k]] = i
        if not run.announced and run.words < threshold:
            heapq.heappush(heap, (run.words, run.first, i))
    return [r for i, r in enumerate(runs) if alive[i]]


# --------------------------------------------------------------------------- the stage


def _line_votes(lines: Sequence[Line]) -> tuple[list[str | None], list[_Counts], list[int]]:
    """Decided language (or None for neutral) and signal of every line, and the lines langdetect decided."""
    signals = [_counts(line.text) for line in lines]
    decided: list[str | None] = []
    candidates: list[int] = []
    for i, (line, signal) in enumerate(zip(lines, signals, strict=True)):
        language: str | None = None
        # Hidden lines and end marks ("###") are neutral (an end mark is tested only where it matters).
        if not line.hidden:
            language = _best(signal)
            if language is not None:
                if _is_end_mark(line.text):
                    language = None
            elif signal[0] >= _MIN_DETECT_WORDS and not _is_end_mark(line.text) and _judgeable(line.text, signal):
                candidates.append(i)
        decided.append(language)
    detected: list[int] = []
    for cluster in _clusters(candidates, decided):
        # langdetect is slow: ask it only where its answer could form a section, i.e. where
        # the undecided lines together are long enough to stand as one.
        if sum(signals[i][0] for i in cluster) // _DETECTED_WEIGHT_DIVISOR < _MIN_SECTION_WORDS:
            continue
        for i in cluster:
            decided[i] = _detect(lines[i].text)
            detected.append(i)
    return decided, signals, detected


def _clusters(candidates: list[int], decided: Sequence[str | None]) -> list[list[int]]:
    """Group undecided lines not separated by a decided line."""
    clusters: list[list[int]] = []
    for i in candidates:
        if clusters and all(decided[k] is None for k in range(clusters[-1][-1] + 1, i)):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    return clusters


def _judgeable(text: str, signal: _Counts) -> bool:
    """Worth asking langdetect: some sentence words, or not mostly capitalised names."""
    if signal[1] + signal[2] + signal[3] >= 4:  # 2 points
        return True
    words = _words(text[:_MAX_SIGNAL_CHARS])
    lowercase = sum(map(str.islower, words))
    return lowercase * 2 > len(words)


def _whole_text_language(lines: Sequence[Line], signals: Sequence[_Counts]) -> str:
    """One language for a body whose lines are each too short to judge."""
    words, en, es, other = (sum(column) for column in zip(*signals, strict=True))
    total = (words, en, es, other)
    language = _best(total)
    if language is not None:
        return language
    joined = "\n".join(line.text[:_MAX_SIGNAL_CHARS] for line in lines[:50])
    if words >= _MIN_DETECT_WORDS:
        detected = _detect(joined)
        if detected is not None:
            return detected
    lean = _lean(total)
    return lean if lean is not None else UNDETERMINED


def _place_neutral(
    lines: Sequence[Line], runs: list[_Run], signals: Sequence[_Counts]
) -> list[str]:
    """Give every line a language: run lines theirs, neutral lines their neighbours'."""
    out: list[str] = [UNDETERMINED] * len(lines)
    for run in runs:
        for i in range(run.first, run.last + 1):
            out[i] = run.language
    # Lines before the first run and after the last take that run's language.
    for i in range(0, runs[0].first):
        out[i] = runs[0].language
    for i in range(runs[-1].last + 1, len(lines)):
        out[i] = runs[-1].language
    for before, after in itertools.pairwise(runs):
        gap = range(before.last + 1, after.first)
        if not gap:
            continue
        # The gap between two sections: the older section keeps lines up to its end mark
        # ("###"); otherwise lines leaning to the older language stay with it, and the rest
        # (a headline, a marker, a dateline of the next section) open the next section.
        end_marks = [i for i in gap if _is_end_mark(lines[i].text)]
        split = end_marks[-1] + 1 if end_marks else None
        if split is None:
            split = gap.start
            for i in gap:
                if _lean(signals[i]) == before.language and before.language != after.language:
                    split = i + 1
                else:
                    break
        for i in gap:
            out[i] = before.language if i < split else after.language
    return out


def _announce(runs: list[_Run], lines: Sequence[Line]) -> None:
    """Mark runs whose language a marker line before them announced as substantial."""
    starts: dict[str, list[int]] = {}
    by_language: dict[str, list[_Run]] = {}
    for run in runs:
        starts.setdefault(run.language, []).append(run.first)
        by_language.setdefault(run.language, []).append(run)
    for position, line in enumerate(lines):
        language = _marker_language(line.text)
        if language is None or language not in starts:
            continue
        k = bisect.bisect_right(starts[language], position)
        if k < len(starts[language]):
            by_language[language][k].announced = True


def split_languages(body: Body) -> Languages:
    """Tag lines with languages and build sections."""
    lines = body.lines
    if not lines:
        return Languages(line_languages=(), sections=())
    decided, signals, detected = _line_votes(lines)
    found = {language for language in decided if language is not None}
    line_languages: tuple[str, ...]
    if len(found) == 1:
        # The decided lines form one run, whatever their weights and markers: every line takes its language.
        line_languages = (found.pop(),) * len(lines)
    elif not found:
        language = _whole_text_language(lines, signals)
        line_languages = tuple(language for _ in lines)
    else:
        weights = [_weight(signal) for signal in signals]
        for i in detected:
            # langdetect's word is weaker evidence than function words: a line it alone
            # decides needs three times the words to form a section.
            weights[i] = signals[i][0] // _DETECTED_WEIGHT_DIVISOR
        runs = _runs(decided, weights)
        _announce(runs, lines)
        runs = _smooth(runs)
        line_languages = tuple(_place_neutral(lines, runs, signals))
    return Languages(line_languages=line_languages, sections=sections_from_line_languages(body, line_languages))


__all__ = ["Languages", "sections_from_line_languages", "split_languages"]
