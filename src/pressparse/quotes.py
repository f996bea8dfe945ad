"""Extractor: quotations with speaker, statements, and block excerpts with their source.

A quotation is found by its marks (straight, curly or angle quotes, over one paragraph or
several) and kept only where the release shows who says it: a speech verb and a speaker just
after it ("..., said X."), just before it ("X said: ..."), in the sentence before it, or a
statement intro in the paragraph before it. Marks with no such evidence are scare quotes,
titles or pull quotes and are left out. Speech whose marks were lost is found by the same
attribution shapes ("..., said Sen. X." inside a paragraph, or closing a sentence of a long merged
paragraph), and block excerpts by their source trailer ("... - Excerpt from X"). Statements are
also found after a "Statement by X:" heading, a document "from X:" lead-in and an "As prepared
for delivery:" note (the speaker named in the headline); letters printed in full after "copied
below" / "full text" (from the salutation), and press clips of a news roundup ("Outlet:
``[Headline](link) [Author, date]``") as excerpts.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from .chrome import Body, Line, lines_holding
from .languages import Languages
from .records import Quote, QuoteKind, Warning

# The largest patterns are compiled on first use (the cached ``_..._re()`` accessors below), so that
# importing the package stays cheap where no quotation is looked for (a CLI ``--help``).

# Extractors read at most this much of one line: ParseOptions.max_line_chars, passed to find_quotes and
# held in a context variable for the helpers below it (thread- and task-safe, no global state).
_LINE_LIMIT: ContextVar[int] = ContextVar("pressparse_quotes_line_limit", default=20_000)
# A page with more candidate spans than this is not prose; the rest are not examined.
_MAX_SPANS = 5_000
# Attribution shapes tried per line before giving up (adversarial lines repeat them).
_MAX_TRIES = 40
# A line with at most this many commas cannot reach the limits on commas and tries read per line
# (_MAX_TRIES, _MAX_COMMAS): its commas are read by the shortcut in _CommaReading.
_FEW_COMMAS = _MAX_TRIES
# Commas read as the possible end of an unmarked quotation per line (prose has at most a few dozen;
# each costs an attribution reading, and hostile lines repeat ", he said" thousands of times).
_MAX_COMMAS = 200
# A comma and the space after it, where an unmarked quotation may end. Legacy scrapes lost the
# space around tags ("...relief,said Congresswoman Adams."): a comma glued to the next word is read
# too, but only where a plain speech verb follows it and a letter precedes it (not "1,000").
_COMMA = re.compile(r",[ \t]*")
# A capitalised word or pronoun: what may follow that comma in "..., Smith said."
_PRONOUN_OR_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ]|(?i:he|she|they|the|el|la|los|las)\s")
# An article before a speaker read forward ("said the lawmakers", "dijo el senador X").
_ARTICLE_FWD = re.compile(r"[ \t]*(the|el|la|los|las)[ \t]+", re.IGNORECASE)
# A comma or colon then an opening mark: the clause leads in to another quotation.
_LEAD_IN_TO_NEXT = re.compile(r"[,:][ \t]*[\u201c\u00ab\"]")
# What may stand between a closing mark and its attribution: ", said", ". Said", " —dijo".
_AFTER_MARK = re.compile(r"[ \t]*[,.]?[ \t]*(?:[\u2014\u2013][ \t]*)?")
# A pronoun right after a verb, ending the attribution ("dijo ella.", "said he,").
_PRONOUN_AFTER_VERB = re.compile(r"[ \t]+(\w+)(?=\s*[.,;]|$)")
# A word and the space after it (a pronoun before a verb: "she said").
_WORD_AND_SPACE = re.compile(r"(\w+)[ \t]+")
_SPACE = re.compile(r"[ \t]+")
# The marks that may end an attribution sentence (_clause_end says which do: before a space or the
# line's end, or glued to the next sentence after a lowercase word, "said Congresswoman Adams.With
# cases ...", where a legacy scrape lost the space).
_STOP_MARK = re.compile(r"[.!?;]")
# The short object between "told" and its comma ("told conference call participants,").
_SHORT_OBJECT = re.compile(r"[ \t]+[a-z][\w ]{0,40}")
# An unmarked quotation is taken to open its paragraph only where at most this many sentences
# come before its attribution (more are merged paragraphs of narrative).
_MAX_LEAD_SENTENCES = 3
# How far around a quotation attribution is looked for.
_WINDOW = 400

_OPENERS = "\u201c\u00ab"  # “ «
_CLOSERS = "\u201d\u00bb"  # ” »
_STRAIGHT = '"'
# Marks a continued paragraph of a multi-paragraph quotation may open with (‘ is used by some
# releases for the inner paragraphs of a long quotation).
_CONTINUATION_MARKS = "\u201c\u00ab\"\u2018"
_ALL_MARKS = _OPENERS + _CLOSERS + _STRAIGHT
# End punctuation and a space just before a mark (a sentence ended there).
_SENTENCE_BEFORE = re.compile(r"[.!?][ \t]+$")
# Any quotation mark.
_MARK = re.compile(f"[{_ALL_MARKS}]")


def _has_mark(s: str) -> bool:
    """Whether ``s`` holds a quotation mark (string searches: faster than a scan with ``_MARK``)."""
    return '"' in s or "\u201c" in s or "\u201d" in s or "\u00ab" in s or "\u00bb" in s


def _sentence_ends_before(s: str, end: int) -> bool:
    """Whether ``_SENTENCE_BEFORE`` is found in ``s[:end]``, read back from ``end`` (the search tries
    every position of the line): spaces or tabs after an end mark, up to ``end`` or up to a newline
    that ``s[:end]`` ends with (where "$" also matches)."""
    for stop in (end, end - 1) if end > 0 and s[end - 1] == "\n" else (end,):
        j = stop
        while j > 0 and s[j - 1] in " \t":
            j -= 1
        if 0 < j < stop and s[j - 1] in ".!?":
            return True
    return False


def _loose(word: str) -> str:
    """A regex for ``word`` that also matches it with accents stripped or dropped (legacy imports
    turn "añadió" into "anadio" or "aadi")."""
    plain = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ü": "u"}
    out = []
    for ch in word:
        if ch in plain:
            out.append(f"(?:{ch}|{plain[ch]})?")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _wordlist(text: str) -> list[str]:
    return text.split()


_EN_VERBS = [*_wordlist(
    "said says say stated states added adds noted notes stressed stresses explained explains "
    "commented comments continued continues concluded concludes remarked emphasized emphasised "
    "underlined underscored declared told tells wrote writes asked asks urged argued observed "
    "recalled acknowledged announced affirmed insisted warned shared reflected highlighted "
    "testified tweeted replied responded answered exclaimed reads"
), "pointed out"]
_ES_VERBS = _wordlist(
    "dijo dice dijeron afirmó afirma afirmaron declaró declara declararon señaló señala señalaron "
    "agregó agrega agregaron añadió añade añadieron expresó expresa expresaron indicó indica "
    "indicaron explicó explica explicaron aseguró asegura aseguraron comentó comenta comentaron "
    "manifestó manifiesta manifestaron continuó continúa continuaron concluyó concluye concluyeron "
    "destacó destaca destacaron subrayó subraya enfatizó enfatiza reconoció reconoce sostuvo "
    "sostiene apuntó puntualizó advirtió recalcó insistió mencionó precisó resaltó opinó expuso "
    "relató anunció escribió escribe preguntó respondió contestó diciendo articula reiteró aclaró "
    "detalló sentenció exclamó admitió recordó lamentó compartió agradeció"
)


@functools.cache
def _trie_alternation(words: tuple[str, ...]) -> str:
    """A regex for exactly the ``_loose`` forms of ``words``, factored by their common prefixes
    ("a(?:dded|sked)"): a match attempt tries a few first letters instead of every word."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        branches = [_loose(ch) + emit(node[ch]) for ch in sorted(node) if ch != ""]
        ends_here = "" in node
        if not branches:
            return ""
        if len(branches) == 1 and not ends_here:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")

    return emit(trie)


def _loose_forms(word: str) -> set[str]:
    """Every string ``_loose(word)`` matches (for a word without spaces)."""
    plain = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ü": "u"}
    return {"".join(p) for p in itertools.product(*((ch, plain[ch], "") if ch in plain else (ch,) for ch in word))}


# The last word of each speech verb, in every form the verb pattern takes (lowercase): the word
# before a comma where a verb ends there.
@functools.cache
def _verb_last_words() -> frozenset[str]:
    return frozenset(form for verb in (*_EN_VERBS, *_ES_VERBS) for form in _loose_forms(verb.split()[-1]))


# A speech verb as a whole word (English and Spanish; accents optional for legacy imports).
@functools.cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_trie_alternation((*_EN_VERBS, *_ES_VERBS))})(?!\w)", re.IGNORECASE)


# Indirect speech: a verb followed by "that"/"que" reports speech, it does not quote it.
_INDIRECT_AFTER = re.compile(r"\s+(?:that|que)\b", re.IGNORECASE)
# A Spanish preterite after a name before a colon ("Sokolovas delineó el
# viaje técnico:"), accepted as an intro only where the lead-in ends with a colon.
_PRETERITE = re.compile(r"(?<!\w)[a-záéíóúñ]{3,20}ó(?!\w)")
_CORE_VERBS = _wordlist(
    "said says stated added continued concluded noted explained remarked emphasized stressed declared wrote "
    "escribió dijo afirmó declaró señaló agregó añadió expresó indicó explicó aseguró comentó manifestó "
    "continuó concluyó destacó subrayó enfatizó"
)


# The plainest speech verbs: without marks, only these show that a paragraph is quoted speech.
@functools.cache
def _core_verb_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_trie_alternation(tuple(_CORE_VERBS))})(?!\w)", re.IGNORECASE)


# One of those verbs ending the attribution sentence ("..., Heinrich said.").
@functools.cache
def _core_verb_last_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_trie_alternation(tuple(_CORE_VERBS))})\.$", re.IGNORECASE)


# One of those verbs anywhere: an unmarked quotation needs one after its comma, a cheap test made
# before its attribution is read. Searched in the lowercased line (a case-sensitive search skips
# ahead to the verbs' first letters; IGNORECASE tries every position).
@functools.cache
def _core_verb_lowercase_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_trie_alternation(tuple(_CORE_VERBS))})")


@functools.cache
def _core_verb_anywhere_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_trie_alternation(tuple(_CORE_VERBS))})", re.IGNORECASE)


# Letters that IGNORECASE matches to a verb's letter though their lowercase differs ("ſ" and "s",
# "ı" and "i"), or whose lowercase is longer ("İ"): a line with one is searched with IGNORECASE.
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f")



# A comma followed by one of those verbs, in the lowercased line (as _COMMA reads the comma).
@functools.cache
def _comma_then_core_verb_re() -> re.Pattern[str]:
    return re.compile(rf",[ \t]*(?:{_trie_alternation(tuple(_CORE_VERBS))})")


# One of those verbs, reversed, after a full stop and before a non-word character (or the start),
# in the reversed lowercased line: found from the line's end, where a search for the verb itself
# would try every position (a search for the stop skips ahead to the full stops).
@functools.cache
def _stop_then_reversed_core_verb_re() -> re.Pattern[str]:
    return re.compile(rf"\.(?:{_trie_alternation(tuple(w[::-1] for w in _CORE_VERBS))})(?!\w)")


# A comma (or a colon), then a speech verb's last word, reversed, before a non-word character (or the
# start), in the reversed lowercased text: a verb ending right before the comma ("He said, ...").
@functools.cache
def _mark_then_reversed_verb_end_re(mark: str) -> re.Pattern[str]:
    words = tuple(verb.split()[-1][::-1] for verb in (*_EN_VERBS, *_ES_VERBS))
    return re.compile(rf"{re.escape(mark)}(?:{_trie_alternation(words)})(?!\w)")


def _lines_with_verb_before(state: _State, rev: str, marks: str) -> set[int]:
    """The lines (of those without a case oddity) where a comma or colon in ``marks`` follows a whole
    word that is a speech verb's last word (in the form ``_verb_last_words`` holds): one search over
    the reversed page (``rev``) per mark, rather than a reading of every comma. The word before a
    mark is its run of word characters, read in the lowercased line (lowering keeps a character a
    word character)."""
    starts = state.line_starts
    size = len(rev)
    found: set[int] = set()
    for mark in marks:
        for m in _mark_then_reversed_verb_end_re(mark).finditer(rev):
            found.add(bisect_right(starts, size - m.end()) - 1)
    return found


def _core_verbs_of_lines(
    page_low: str, rev: str, starts: list[int]
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Per line of ``page_low`` (lowercased lines joined by newlines, line ``k`` starting at
    ``starts[k]``; ``rev`` is it reversed), found by two searches over the page rather than two per
    line: where the last whole word that is one of the plainest speech verbs, right before a full
    stop, starts (lines without one left out); and the commas such a verb follows (", said", as
    ``_COMMA`` reads the comma), in order. Neither shape holds a newline, so each match lies within
    one line; in the reversed page, the first match in a line is its last one."""
    last_before_stop: dict[int, int] = {}
    size = len(page_low)
    for m in _stop_then_reversed_core_verb_re().finditer(rev):
        at = size - m.end()
        k = bisect_right(starts, at) - 1
        if k not in last_before_stop:
            last_before_stop[k] = at - starts[k]
    verb_commas: dict[int, list[int]] = {}
    for m in _comma_then_core_verb_re().finditer(page_low):
        at = m.start()
        k = bisect_right(starts, at) - 1
        verb_commas.setdefault(k, []).append(at - starts[k])
    return last_before_stop, verb_commas


def _core_verb_at(s: str, low: str | None, pos: int) -> bool:
    """Whether one of the plainest speech verbs (or its start, any case) begins at ``s[pos]``."""
    if low is None:
        return _core_verb_anywhere_re().match(s, pos) is not None
    return _core_verb_lowercase_re().match(low, pos) is not None


# One of those verbs right before a full stop ("..., Heinrich said."), in the lowercased line.
@functools.cache
def _core_verb_stop_lowercase_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_trie_alternation(tuple(_CORE_VERBS))})\.")


@functools.cache
def _core_verb_stop_anywhere_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_trie_alternation(tuple(_CORE_VERBS))})\.", re.IGNORECASE)


_PRONOUNS = {"he", "she", "they", "él", "ella", "ellos", "ellas"}
_ARTICLES = {"the", "el", "la", "los", "las"}
_PARTICLES = {"de", "del", "van", "von", "da", "di", "du", "le", "st", "bin", "al"}
_PREPOSITIONS = {
    "de", "del", "of", "in", "en", "from", "at", "to", "a", "para", "con", "por", "with", "for",
    "by", "on", "sobre", "desde", "entre", "como", "as", "into", "about", "and", "y", "e",
}
_TITLES = set(
    _wordlist(
        "rep reps representative representatives representante representantes congressman "
        "congresswoman congressmember congresista congresistas senator senators senador senadora "
        "senadores sen sens councilmember councilman councilwoman mayor alcalde alcaldesa governor "
        "gobernador gobernadora president presidente presidenta vice secretary secretario secretaria "
        "director directora executive deputy dr dra mr mrs ms sr sra srta prof professor profesor "
        "profesora chairman chairwoman chair commissioner comisionado comisionada judge juez jueza "
        "minister ministro ministra ambassador embajador embajadora u.s ceo cto coo cfo founder "
        "fundador fundadora cofundador cofundadora co-founder mep rapporteur leader líder attorney "
        "general sheriff chief jefe jefa superintendent hon honorable assemblymember assemblyman "
        "assemblywoman delegate diputado diputada speaker"
    )
)
# Capitalised words that follow a name without being part of it ("said Smith Tuesday").
_CALENDAR_WORDS = set(
    _wordlist(
        "monday tuesday wednesday thursday friday saturday sunday today yesterday lunes martes miércoles "
        "jueves viernes sábado domingo hoy ayer"
    )
)
# Words that may open a role before a name ("said former FOX Broadcasting executive Preston Padden").
_ROLE_ADJECTIVES = set(_wordlist("former acting interim ex antiguo antigua"))
_ABBREVIATIONS = _TITLES | {"jr", "st", "mt", "ft", "inc", "no", "vs", "gen", "gov", "lt", "col", "sgt"}


# Plural nouns that name a group of speakers ("said the lawmakers", "dijeron las legisladoras").
@functools.cache
def _group_after_re() -> re.Pattern[str]:
    return re.compile(
        r"\s*((?:the|las|los)\s+[^\W\d_]{3,30}s|(?:the|las|los|el|la)\s+[^\W\d_]{3,20}\s+(?:and|y)\s+[^\W\d_]{3,20})"
        r"(?=\s*(?:[.,;]|$))",
        re.IGNORECASE,
    )


# Plural nouns that name documents or data, not speakers ("..., the figures show").
_DATA_NOUNS = set(
    _wordlist(
        "reports documents data figures results numbers statistics records studies surveys polls minutes "
        "filings letters emails documentos datos cifras resultados informes encuestas cartas"
    )
)


# A group named as the subject before its verb: "..., the delegation and governor wrote."
@functools.cache
def _group_subject_re() -> re.Pattern[str]:
    return re.compile(
        r"[ \t]*((?:the|las|los)[ \t]+[a-záéíóúñ]{3,30}s|(?:the|las|los|el|la)[ \t]+[a-záéíóúñ]{3,20}[ \t]+(?:and|y)"
        r"[ \t]+[a-záéíóúñ]{3,20})[ \t]+(?=\w)",
        re.IGNORECASE,
    )


# The same group as the subject before a verb ("The lawmakers continued,").
_GROUP_BEFORE = re.compile(r"(?:^|[\s,;:])((?:the|las|los)\s+[^\W\d_]{3,30}s)\s*$", re.IGNORECASE)


# A document named as the subject that "reads"/"says" the quoted words: "The letter reads,",
# "La carta dice:", "a weekly update email ... from X ... said,".
@functools.cache
def _document_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)((?:the|a|an|this|la|el|una|un|esta|este|his|her|their|its|su|sus|\w{2,20}['\u2019]s)\s+"
        r"(?:[\w-]{1,20}\s+){0,3}?"
        r"(?:letter|email|e-mail|memo|memorandum|report|resolution|order|document|bill|notice|filing|petition|"
        r"complaint|lawsuit|ruling|carta|correo|informe|memorando|orden|resolución|documento|comunicado|"
        r"petición|demanda|denuncia|sentencia))(?!\w)",
        re.IGNORECASE,
    )


# "from"/"de" before the sender named after a document ("an email ... from OneRedmond").
_FROM = re.compile(r"\b(?:from|de|del)\s+", re.IGNORECASE)
# "and"/"y" between two speakers named before their verb ("Lee and Blumenauer said").
_AND_FWD = re.compile(r"[ \t]+(?:and|y)[ \t]+(?=[A-ZÁÉÍÓÚÑ])")
# A dash that introduces the speaker after a quotation: "“...” — Jane Doe, CEO".
_DASH_NAME = re.compile(r"[,.]?[ \t]*[\u2014\u2013-]{1,2}[ \t]*(?=[A-ZÁÉÍÓÚÑ])")
# "According to X," / "Según X," before a quotation; after one, also "palabras de X" / "in the
# words of X".
_ACCORDING = re.compile(r"(?<!\w)(?:according\s+to|seg[uú]n)\s+", re.IGNORECASE)
_WORDS_OF = re.compile(r"(?:en\s+)?palabras\s+del?\s+|in\s+the\s+words\s+of\s+", re.IGNORECASE)
# The letters either of those opens with, in any case (with "ſ", "ı" and "İ", which IGNORECASE
# matches to "s" and "i").
_ACCORDING_FIRST = frozenset("aAsSeEpPiI\u017f\u0131\u0130")
# "que"/"that" ending a lead-in right before a quotation mark.
_THAT_END = re.compile(r"(?<!\w)(?:that|que)$", re.IGNORECASE)
# One word of a name while reading forward or backward (no punctuation that ends a name).
_TOKEN_FWD = re.compile(r"[ \t]*([^\s,;:()\[\]\u2014\u2013]+)")
# A period glued between a lowercase letter and the next sentence's capitalised word inside a token
# ("Adams.With": a legacy scrape lost the space).
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
# One word of a name read backward, in the reversed text (what _TOKEN_FWD reads forward).
_TOKEN_REVERSED = re.compile(r"[^\s,;:()\[\]\u2014\u2013]+")
# A short parenthetical at the end of a lead-in: "Ismail Ertug (S&D, DE) said".
_PAREN_BACK = re.compile(r"\([^()]{0,40}\)[ \t]*$")
# A relative clause opening an appositive ("Smith, who ...", "López, quien ...").
_RELATIVE = re.compile(r"\s*(?:who|quien|quienes)\b", re.IGNORECASE)
# Any short parenthetical ("(EPP, PL)"), dropped before looking for a name in a lead-in.
_PAREN_ANY = re.compile(r"\([^()]{0,60}\)")
# A short parenthetical right after a name ("Tony Cárdenas (CA-29)").
_PAREN_FWD = re.compile(r"[ \t]*\([^()]{0,40}\)")
# A short appositive between a name and its verb: "Michael Seifert, PublicSquare CEO, said".
_APPOSITIVE_FWD = re.compile(r",[ \t]+[^,.;:!?\"\u201c\u201d\u00ab\u00bb\n]{1,60},(?=[ \t])")
# Words that tie a role to an organisation ("Presidenta Ejecutiva de PROMPERÚ", "CEO of Acme").
_ROLE_CONNECTORS = {"de", "del", "of", "at", "for"}
# The rest of a role up to a comma or the clause's end ("of the Massachusetts Technology ...").
_ROLE_TAIL = re.compile(r"[^,.;:!?\n\u201c\u201d\u00ab\u00bb\"]{0,100}")


# A name of two to four capitalised words set off by commas after a role: ", Claricia Tirado,".
@functools.cache
def _appositive_name_re() -> re.Pattern[str]:
    return re.compile(
        r",[ \t]+((?:[A-ZÁÉÍÓÚÑ][\w'\u2019-]{1,30}[ \t]+){1,3}[A-ZÁÉÍÓÚÑ][\w'\u2019-]{1,30})(?=[ \t]*(?:[,.;]|$))"
    )


# One or two lowercase words between an organisation and a title ("Williamstown chapter President").
_LOWER_GAP = re.compile(r"(?:[ \t]+[a-z][\w-]{1,20}){1,2}[ \t]+")
# Punctuation (or the line's end) that closes an attribution clause.
_CLAUSE_PUNCT = re.compile(r"[ \t]*(?:[.,;]|$)")
# A verb whose subject was dropped, ending its clause ("“...”, añadió.").
_BARE_VERB_END = re.compile(r"[ \t]*(?:[.;]|$)")
# A sentence boundary: end punctuation (optionally a closing mark) and white space.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u00bb\u2019)]?\s+")


# A statement announced as such; the statement follows in the next paragraph(s).
@functools.cache
def _statement_intro_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:"
        r"(?:issued|released|made|gave|provided|delivered|shared|published|offered)\s+the\s+following\s+"
        r"(?:joint\s+)?(?:statements?|comments?|remarks|response|reaction|message)"
        r"|following\s+(?:is\s+)?(?:a|the)\s+(?:joint\s+)?statement\s+(?:by|from|of)"
        r"|(?:said|stated)\s+in\s+a\s+(?:joint\s+)?statement\s*:"
        r"|(?:emiti[oó]?|hizo|public[oó]?|dio|ofreci[oó]?|difundi[oó]?|present[oó]?)\s+(?:el|la|los|las)\s+"
        r"siguientes?\s+(?:declaraci\w*|comunicados?)"
        r"|siguiente\s+es\s+(?:una|la|el)\s+(?:declaraci\w*|comunicado)\s+(?:del|de\s+la|de)"
        r"|(?:dijo|declar[oó]?|afirm[oó]?)\s+en\s+un\s+comunicado\s*:"
        r")",
        re.IGNORECASE,
    )


# A paragraph opening with "Statement by/of X" (a heading naming the author of what follows).
_STATEMENT_HEADING = re.compile(
    r"^\W{0,3}(?:joint\s+)?(?:statement|remarks|declaraci[oó]n)\s+(?:of|by|from|del|de\s+la|de)\s+",
    re.IGNORECASE,
)
# A first-person word: the paragraph after a heading is the statement itself, not a narrative.
_FIRST_PERSON = re.compile(r"(?<!\w)(?:I|[Ww]e|[Oo]ur|[Mm]y|us|[Nn]osotros|[Nn]uestr[oa]s?|[Mm]is?|[Yy]o)(?!\w)")
# A speech text's note on its form ("As prepared for delivery:"); the speaker is named before.
_AS_DELIVERED = re.compile(r"(?<!\w)as\s+(?:prepared\s+for\s+delivery|delivered|prepared)(?!\w)", re.IGNORECASE)


# A headline naming whose statement or remarks a page gives ("Inhofe Opening Statement at ...").
@functools.cache
def _speech_headline_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|(?<=\s))((?:[A-ZÁÉÍÓÚÑ][\w'\u2019.-]{0,30}[ \t]+){0,3}?[A-ZÁÉÍÓÚÑ][\w'\u2019-]{1,30})[ \t]+"
        r"(?:(?:Opening|Closing|Floor|Joint|Prepared)[ \t]+)?(?:Statement|Remarks|Testimony|Speech|Address)\b"
    )


# A document its author is named for, ending a lead-in: "this open letter from incoming CEO,
# Frank Casella:".
@functools.cache
def _authored_document_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:letter|message|note|remarks|op-ed|column|memo|carta|mensaje)\s+(?:from|by|de|del)\s+"
        r"([^:\n]{1,100}):\s*$",
        re.IGNORECASE,
    )


# "X issued this statement today on ...:" / "released a statement:" ending its paragraph (without
# the colon, "issued a statement praising ..." is narrative).
@functools.cache
def _statement_intro_colon_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:issued|released|made|gave|provided|delivered|shared|published|offered)\s+"
        r"(?:a|an|this|the|his|her|their)\s+(?:joint\s+)?(?:brief\s+)?"
        r"(?:statements?|comments?|remarks|response|reaction)(?!\w)[^:\n]{0,200}:\s*$",
        re.IGNORECASE,
    )


# The phrase after which a statement intro names its author ("statement by Rep. X").
_STATEMENT_BY = re.compile(r"(?:\bby|\bfrom|\bof|\bdel|\bde\s+la|\bde)\s*$", re.IGNORECASE)


# A block excerpt's source trailer at the end of a paragraph: "... - Excerpt from Biden's Order".
@functools.cache
def _excerpt_trailer_re() -> re.Pattern[str]:
    return re.compile(
        r"[\"\u201d\u00bb]?\s+[-\u2013\u2014]\s*(?:excerpt(?:ed)?|extract|extracto|fragmento)\s+(?:from|de)\s+"
        r"([^\n]{3,120}?)\s*\.?$",
        re.IGNORECASE,
    )


# A paragraph-level heading or separator ends a statement's run of paragraphs.
_SEPARATOR = re.compile(r"^\W{0,12}$")
# "He said, Text..." / "X told reporters, Text..." with the marks lost: a comma, white space and a
# capital. Also after a colon: "In the letter, the lawmakers wrote: The idea to convert ...". One
# pattern per mark, as "[,:]\s+" split in two (a search that starts with one character skips ahead
# to it; a character class is tested at every position); their matches cannot overlap.
_UNMARKED_BEFORE_COMMA_TAIL = re.compile(r",\s+(?=[A-ZÁÉÍÓÚÑ¿¡])")
_UNMARKED_BEFORE_COLON_TAIL = re.compile(r":\s+(?=[A-ZÁÉÍÓÚÑ¿¡])")


_Attribution = tuple[str | None, str, QuoteKind]
"""(speaker or source, method, kind); the speaker is None only for an unresolved pronoun."""


@dataclass
class _Span:
    """One marked quotation: a (line, open, close) segment per paragraph it covers. ``close`` is
    the index of the closing mark in the line, or None where the quote runs on to the next line."""

    segs: list[tuple[int, int, int | None]]


@dataclass
class _Found:
    start: int
    end: int
    text: str
    attribution: str | None
    kind: QuoteKind
    marked: bool
    line_index: int
    method: str


class _State:
    """What the finders of one page share: the page's lines as read, the speakers quoted so far and
    the warnings. A plain class (no dataclass machinery): one is made per page."""

    __slots__ = ("body", "colon_lines", "first_by_surname", "folds", "intro_word_lines", "latest_by_surname",
                 "line_starts", "lows", "odd_lines", "page_low", "texts", "warnings")

    def __init__(self, body: Body) -> None:
        self.body = body
        self.first_by_surname: dict[str, str] = {}
        """The first person quoted so far under each last word of a name (in order of first mention),
        for pronoun resolution."""
        self.latest_by_surname: dict[str, str] = {}
        """The person quoted last under each last word of a name."""
        self.warnings: list[Warning] = []
        limit = _LINE_LIMIT.get()
        texts = [line.text[:limit] for line in body.lines]
        self.texts = texts
        """Each line's text as read (cut to the line limit), made once per page: every finder reads it."""
        joined = "\n".join(texts)
        odd = not joined.isascii() and any(ch in joined for ch in _CASE_ODDITIES)  # one test for the page (rare)
        # An ASCII page is lowered at once; elsewhere line by line, so that each ASCII line takes the
        # fast path of ``lower`` (on a string with one non-ASCII character, every character is looked up).
        page_low = joined.lower() if joined.isascii() else ""
        lows = page_low.split("\n") if page_low else []
        if len(lows) != len(texts):
            lows = [s.lower() for s in texts]
            page_low = "\n".join(lows)
        self.lows: list[str] = lows
        """Each line's text lowercased, for cheap word tests."""
        self.page_low: str = page_low
        """The lowercased lines joined by newlines: a word is looked for in the page at once, and the
        few lines holding it are read (``lines_with``)."""
        self.line_starts: list[int] = list(
            map(operator.add, itertools.accumulate(map(len, lows), initial=0), itertools.count())
        )
        """Where each line starts in ``page_low`` (and, last, where a line after the page would)."""
        self.odd_lines: list[int] = (
            [k for k, s in enumerate(texts) if any(ch in s for ch in _CASE_ODDITIES)] if odd else []
        )
        """The lines holding a case oddity, in order."""
        folds: list[str | None] = list(lows)
        for k in self.odd_lines:
            folds[k] = None
        self.folds = folds
        """Each line's text lowercased where that agrees with IGNORECASE matching, None where it does
        not (see ``_CASE_ODDITIES``): a word missing from it cannot be matched by a case-insensitive
        pattern, a cheap test made before the pattern's scan (on None, the pattern is searched)."""
        self.colon_lines: list[int] = self.lines_with((":",))
        """The lines holding a colon."""
        self.intro_word_lines: frozenset[int] = frozenset(self.lines_with(_INTRO_WORDS))
        """The lines holding a word that every statement intro holds (``_INTRO_WORDS``, in the
        lowercased text): ``_statement_intro`` can find one in those lines only."""

    def lines_with(self, words: Iterable[str]) -> list[int]:
        """The indexes, in order, of the lines whose lowercased text holds one of ``words`` (none
        holding a newline), found by string searches over the page rather than over each line."""
        return lines_holding(self.page_low, self.line_starts, words)

    def add_speaker(self, name: str) -> None:
        """Record a person quoted (an index by last word: a scan over every speaker per pronoun was
        quadratic on pages with thousands of quotations)."""
        words = name.split()
        if not words:
            return
        self.first_by_surname.setdefault(words[-1], name)
        self.latest_by_surname[words[-1]] = name


# ------------------------------------------------------------------------------------ marks


def _is_opening_shaped(s: str, i: int) -> bool:
    """A straight quote that opens (space or start before it, a word after it)."""
    before = s[i - 1] if i > 0 else " "
    after = s[i + 1] if i + 1 < len(s) else " "
    return (before.isspace() or before in "([\u2014\u2013-/") and (after.isalnum() or after in "\u2026.¿¡(")


def _mark_positions(s: str) -> list[int]:
    """Where the quotation marks of ``s`` are, in order: a string search for each mark (an ASCII
    line can hold only the straight one), faster than a scan with the character class ``_MARK``."""
    marks = _STRAIGHT if s.isascii() else _ALL_MARKS
    out: list[int] = []
    find = s.find
    for ch in marks:
        i = find(ch)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1)
    if len(marks) > 1:
        out.sort()
    return out


def _scan_line(s: str, depth_start: int) -> list[tuple[int, int | None]]:
    """Top-level quoted spans of one line as (open, close) pairs. Where a span is still open at
    the end of the line, the last pair has close None. ``depth_start`` 1 means the line continues
    a quotation opened earlier (its open index is then 0)."""
    spans: list[tuple[int, int | None]] = []
    depth = depth_start
    start = 0
    for i in _mark_positions(s):
        ch = s[i]
        if i == 0 and depth_start:
            continue
        if ch in _OPENERS:
            if depth == 0:
                start = i
            elif depth == 1 and _SENTENCE_BEFORE.search(s, max(0, i - 4), i) and s[i + 1 : i + 2].isupper():
                # "... values. “I will continue ...”": a paragraph of a long quotation whose break
                # was lost opens again without the previous one closing; it is not a nested quote.
                continue
            depth += 1
        elif ch in _CLOSERS:
            if depth > 0:
                depth -= 1
                if depth == 0:
                    spans.append((start, i))
        elif depth == 0:
            start = i
            depth = 1
        elif _is_opening_shaped(s, i) and i + 1 < len(s):
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
        if len(spans) > _MAX_SPANS:
            break
    if depth > 0:
        spans.append((start, None))
    return spans


def _marked_spans(lines: tuple[Line, ...], texts: list[str], mark_lines: list[int]) -> list[_Span]:
    """Every top-level quoted span, joining a quotation left open at a paragraph's end with the
    next paragraph when that one opens with a quotation mark (multi-paragraph quotations).
    ``mark_lines`` are the indexes of the lines holding a mark, in order: the others are read only
    after a quotation left open."""
    out: list[_Span] = []
    pending: _Span | None = None
    li = -1
    while True:
        # The next line to read: the next one after an open quotation, else the next with a mark.
        if pending is not None:
            li += 1
        else:
            at = bisect_right(mark_lines, li)
            li = mark_lines[at] if at < len(mark_lines) else len(lines)
        if li >= len(lines):
            break
        line = lines[li]
        s = texts[li]
        first = s[:1]
        # A quotation goes on in the next paragraph that opens with a mark, or in the next line of
        # the same paragraph (text dumps hard-wrapped at ~70 characters: no blank line before it).
        wrapped = not line.gap_before and first not in _ALL_MARKS
        continuing = pending is not None and first != "" and (first in _CONTINUATION_MARKS or wrapped)
        if not continuing:
            pending = None
            if not _has_mark(s):
                continue  # no span
        pairs = _scan_line(s, 1 if continuing else 0)
        for k, (a, b) in enumerate(pairs):
            if k == 0 and continuing and pending is not None:
                pending.segs.append((line.index, 0, b))
                if b is not None:
                    out.append(pending)
                    pending = None
                continue
            span = _Span([(line.index, a, b)])
            if b is None:
                pending = span
            else:
                out.append(span)
        if len(out) > _MAX_SPANS:
            break
    return out


# ------------------------------------------------------------------------------------ names


def _strip_article(name: str) -> str:
    parts = name.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in _ARTICLES and parts[1][:1].isupper():
        return parts[1]
    return name


def _is_name_word(core: str) -> bool:
    # An uppercase first letter is almost always alphabetic (the scan covers "Ⅻ"-like exceptions).
    return bool(core) and core[0].isupper() and (core[0].isalpha() or any(c.isalpha() for c in core))


def _nickname(tok: str) -> bool:
    return len(tok) >= 4 and tok[0] in "\"\u201c" and tok[-1] in "\"\u201d" and tok[1:2].isupper()


def _read_name_forward(s: str, i: int, nested: bool = False) -> tuple[str, int] | None:
    """A speaker named from ``s[i]`` on: optional article, titles, capitalised words ("the Rep.
    Norma J. Torres", "el senador Heinrich", "Jesús "Chuy" García"); or a group ("the lawmakers").
    Where the words read are a role ("la Presidenta Ejecutiva de PROMPERÚ, Claricia Tirado"), the
    person named with the role is returned instead."""
    pos = i
    m = _ARTICLE_FWD.match(s, pos, pos + 12)
    article = m is not None
    if m:
        pos = m.end()
    words: list[str] = []
    has_name = False
    for _ in range(10):
        m = _TOKEN_FWD.match(s, pos)
        if not m:
            break
        tok = m.group(1)
        glued = _GLUED_SENTENCE.search(tok) if "." in tok else None
        if glued and tok[: glued.start()].lower() not in _ABBREVIATIONS:
            tok = tok[: glued.start() + 1]  # "Adams.With": the name ends at the glued period
        core = tok.rstrip(".")
        low = core.lower()
        if (low in _TITLES or (low in _ROLE_ADJECTIVES and not words)) and not has_name:
            words.append(tok)
            pos = m.end()
            continue
        if low in ("and", "y", "&") and words and not has_name:
            nxt = _TOKEN_FWD.match(s, m.end())
            if nxt and nxt.group(1).rstrip(".").lower() in _TITLES:
                words.append(tok)
                pos = m.end()
                continue
            break
        if low in _CALENDAR_WORDS:
            break
        if has_name and _nickname(tok):
            words.append(tok)
            pos = m.end()
            continue
        if low in _PARTICLES and has_name:
            nxt = _TOKEN_FWD.match(s, m.end())
            if nxt and _is_name_word(nxt.group(1)):
                words.append(tok)
                pos = m.end()
                continue
            break
        if low not in _PRONOUNS and _is_name_word(core):
            if tok.endswith(".") and len(core) > 1 and low not in _ABBREVIATIONS:
                words.append(core)  # the period ends the sentence
                pos = m.start(1) + len(core)
                has_name = True
                break
            words.append(tok)
            pos = m.end()
            has_name = True
            continue
        break
    if not nested and words:
        person = _person_with_role(s, pos, words, has_name)
        if person:
            return person
    if has_name:
        name = " ".join(words)
        if "." in name:  # a title's period is dropped ("Secretary." read as "Secretary")
            name = " ".join(w.rstrip(".") if w.rstrip(".").lower() in _TITLES and len(w) > 5 else w for w in words)
        return name.rstrip(), pos
    g = _group_after_re().match(s, i)
    if g:
        return g.group(1), g.end()
    if words and article:
        return " ".join(words), pos
    return None


def _is_title(word: str) -> bool:
    return word.rstrip(".").lower() in _TITLES


def _person_with_role(s: str, pos: int, words: list[str], has_name: bool) -> tuple[str, int] | None:
    """The person a role read forward belongs to, where the words read so far are not the name:
    "la Presidenta Ejecutiva de PROMPERÚ, Claricia Tirado," (a named appositive after a role of an
    organisation), "Williamstown chapter President Anne Skinner" (a title after the organisation),
    "CEO of the Massachusetts Technology Collaborative Pamela Goldberg" (the name closes the clause)."""
    role_first = _is_title(words[0])
    if role_first and (not has_name or not _ROLE_CONNECTORS.isdisjoint(map(str.lower, words))):
        tail = _ROLE_TAIL.match(s, pos)
        at = tail.end() if tail and not has_name else pos
        app = _appositive_name_re().match(s, at)
        if app and not any(_is_title(w) for w in app.group(1).split()):
            return app.group(1), app.end(1)
    if has_name and not role_first:
        gap = _LOWER_GAP.match(s, pos)
        if gap:
            nxt = _TOKEN_FWD.match(s, gap.end())
            # A title opens the name after the gap, or ends the gap ("Acme chief executive Jane Doe").
            if nxt and (_is_title(nxt.group(1)) or any(_is_title(w) for w in gap.group(0).split())):
                got = _read_name_forward(s, gap.end(), nested=True)
                if got and not _is_title(got[0].split()[-1]) and _CLAUSE_PUNCT.match(s, got[1]):
                    return got
    if role_first and not has_name:
        tail = _ROLE_TAIL.match(s, pos)
        if tail and _CLAUSE_PUNCT.match(s, tail.end()):
            run: list[str] = []
            for tok in reversed(tail.group(0).split()):
                if not _is_name_word(tok) or _is_title(tok) or tok.lower() in _PREPOSITIONS:
                    break
                run.insert(0, tok)
            if len(run) >= 2:
                keep = 3 if len(run) >= 3 and len(run[-2].rstrip(".")) == 1 else 2
                return " ".join(run[-keep:]), tail.end()
    return None


def _token_back(s: str, lo: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the word (white space and the stops _TOKEN_FWD excludes end it) that ends
    ``s[lo:end]`` before spaces or tabs, read backward from ``end`` (a pattern anchored at the end
    would try every start in the window)."""
    if end > lo and s[end - 1] == "\n":
        end -= 1  # "$" also matches before a final newline
    end = lo + len(s[lo:end].rstrip(" \t"))
    # The word is the run of _TOKEN_REVERSED opening the reversed window.
    m = _TOKEN_REVERSED.match(s[lo:end][::-1])
    return (end - m.end(), end) if m else None


def _read_name_backward(s: str, end: int) -> str | None:
    """The speaker named just before ``s[end]`` (where a verb starts): "Councilmember Jeralee
    Anderson", "El Senador Rick Scott", "Mark Artymko," (an appositive's closing comma)."""
    j = end
    while j > 0 and s[j - 1] in " \t":
        j -= 1
    p = _PAREN_BACK.search(s, max(0, j - 60), j)
    if p:
        j = p.start()
        while j > 0 and s[j - 1] in " \t":
            j -= 1
    if j > 0 and s[j - 1] == ",":
        j -= 1
    words: list[str] = []
    has_name = False
    seen_title = False
    stopper = ""
    for _ in range(10):
        token = _token_back(s, max(0, j - 80), j)
        if token is None:
            break
        tok = s[token[0] : token[1]]
        core = tok.rstrip(".")
        low = core.lower()
        if low in _TITLES and (seen_title or has_name or not words):
            words.insert(0, tok)
            seen_title = True
        elif low in _ARTICLES and words:
            words.insert(0, tok)
            j = token[0]
            break
        elif (
            _is_name_word(core)
            and not seen_title
            and low not in _PRONOUNS
            and low not in _PREPOSITIONS
            and low not in _CALENDAR_WORDS
        ):
            words.insert(0, tok)
            has_name = True
        elif _nickname(tok) and has_name and not seen_title:
            words.insert(0, tok)
        else:
            stopper = low
            break
        j = token[0]
        if j > 0 and s[j - 1] in ",;:(\u2014\u2013":
            break
        if j > 0 and not s[j - 1].isspace():
            break
    if not has_name:
        # "The governor issued ...": a title with its article stands for the person.
        if seen_title and words and words[0].lower() in _ARTICLES:
            return " ".join(words)
        return None
    if stopper in _PREPOSITIONS:
        return None  # "... de San Salvador, comentó": a place in a phrase, not the subject
    return _strip_article(" ".join(words)) or None


def _whole_segment_name(lead: str) -> str | None:
    """The first comma-separated piece of a lead-in that is only a name: "Luke Dashjr" in "El
    cofundador de OCEAN, Luke Dashjr, quien ..., comentó:"."""
    for piece in _PAREN_ANY.sub(" ", lead).split(","):
        words = piece.split()
        if not 2 <= len(words) <= 4:
            continue
        if all(_is_name_word(w.rstrip(".")) and w.lower().rstrip(".") not in _TITLES for w in words):
            if words[0].lower() in _ARTICLES or words[0].lower() in _PREPOSITIONS:
                continue
            return " ".join(words)
    return None


def _subject_before_appositives(head: str, name: str) -> str:
    """The subject of "Enzo Villani, CEO, Alpha Transform Holdings, stated" or "Wes Levitt, Co-CIO,
    commented": where the words just before the verb are an appositive (a one-word role, or an
    organisation after a role piece), the name opening the clause is the speaker. A titled name
    ("..., Sheriff John Doe said") is the speaker itself."""
    pieces = [p.strip() for p in _PAREN_ANY.sub(" ", head).split(",")]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or _is_title(name.split()[0]) or name == pieces[0]:
        return name
    first = pieces[0].split()
    if not 2 <= len(first) <= 4 or first[0].lower() in _ARTICLES | _PREPOSITIONS:
        return name
    if not all(_is_name_word(w.rstrip(".")) and not _is_title(w) for w in first):
        return name
    middle_role = any(_is_title(w) for p in pieces[1:-1] for w in p.split())
    if len(name.split()) == 1 or middle_role:
        return pieces[0]
    return name


def _leading_name(lead: str) -> str | None:
    """A name opening the lead-in before its role: "Younous OMARJEE (the Left, FR) co-rapporteur
    for the RESTORE regulation stated:"."""
    pieces = _PAREN_ANY.sub(" ", lead).split(",")
    words = pieces[0].split()
    if len(words) == 1 and len(pieces) > 2 and _RELATIVE.match(pieces[1]) and _is_name_word(words[0]):
        return words[0]  # "Smith, who wrote the letter, said"
    run: list[str] = []
    for w in words[:5]:
        core = w.rstrip(".")
        if not _is_name_word(core) or core.lower() in _TITLES | _ARTICLES | _PREPOSITIONS:
            break
        run.append(w)
    if 2 <= len(run) <= 4 and len(run) < len(words):
        return " ".join(run)
    return None


def _document_subject(lead: str) -> str | None:
    """A document that is the subject of the lead-in ("The letter", "La carta"), or the sender it
    is "from"; None where the document is inside a prepositional phrase ("In an email, X said")."""
    for m in _document_re().finditer(lead):
        head = lead[: m.start()].rstrip()
        before = head.rsplit(" ", 1)[-1].lower() if head else ""
        # The document must be the subject: opening the clause, after "that", or after a comma.
        if head and before not in ("that", "que") and not head.endswith(","):
            continue
        rest = lead[m.end() : m.end() + 160]
        f = _FROM.search(rest)
        if f:
            sender = _read_name_forward(rest, f.end())
            if sender:
                return _strip_article(sender[0])
        return m.group(1)
    return None


# ------------------------------------------------------------------------------------ lead-ins


def _clause_start(s: str, pos: int) -> int:
    """Start of the sentence that contains ``s[pos]`` (within the window before it): after the
    last sentence end in the window that does not follow an abbreviation. Sentence ends cannot
    overlap (each holds one end mark), so they are read from the window's end back, with string
    searches for the end marks, until one is taken (a scan from the window's start reads them all)."""
    lo = max(0, pos - _WINDOW)
    hi = pos
    while True:
        k = max(s.rfind(".", lo, hi), s.rfind("!", lo, hi), s.rfind("?", lo, hi))
        if k < 0:
            return lo
        m = _SENTENCE_END.match(s, k, pos)
        if m:
            words = s[max(lo, k - 20) : k].split()
            prev = words[-1].rstrip(".").lower() if words else ""
            if not (s[k] == "." and (prev in _ABBREVIATIONS or len(prev) == 1 or "." in prev)):
                return m.end()
        hi = k


def _speaker_in_lead(
    lead: str, state: _State, at: int, colon_only_ok: bool, marked_text: str | None = None
) -> _Attribution | None:
    """Who a lead-in before a quotation names as the speaker: (attribution, method, kind).
    ``marked_text`` is the quotation's text where the quotation has marks."""
    stripped = lead.rstrip()
    # "that"/"que" must end the lead-in (no letter folds to theirs but their own: a cheap test first).
    ends_that = stripped[-3:].lower() == "que" or stripped[-4:].lower() == "that"
    that = _THAT_END.search(stripped) if stripped and marked_text and ends_that else None
    if that and not _fewer_words(marked_text or "", 6) and (marked_text or "")[:1].isupper():
        # "X, role, señala que «PostgreSQL 8.0 nos provee ...»": "que"/"that" before a marked full
        # sentence introduces the quoted words themselves (unmarked, it reports them indirectly).
        verbs = list(_verb_re().finditer(stripped, max(0, that.start() - 30), that.start()))
        verb = verbs[-1] if verbs else None
        if verb and stripped[verb.end() : that.start()].strip() == "":
            name = _read_name_backward(stripped, verb.start())
            head = stripped[: verb.start()]
            if name:
                name = _subject_before_appositives(head, name)
            name = name or _whole_segment_name(head) or _leading_name(head)
            if name:
                return name, "said-before", "direct"
        return None
    if not stripped or stripped[-1] not in ",:":
        return None
    # Cheap tests in the lowercased lead-in first (where lowering agrees with IGNORECASE matching).
    low: str | None = None if any(ch in stripped for ch in _CASE_ODDITIES) else stripped.lower()
    accordings = list(_ACCORDING.finditer(stripped)) if low is None or "according" in low or "seg" in low else []
    acc = accordings[-1] if accordings else None
    verbs = [v for v in _verb_re().finditer(stripped) if not _INDIRECT_AFTER.match(stripped, v.end())]
    if not verbs:
        if acc is not None:
            named_doc = _document_re().match(stripped, acc.end())
            if named_doc and stripped[named_doc.end() :].strip() in (",", ":"):
                return named_doc.group(1), "according-to", "excerpt"  # "according to the filing, “...”"
            got = _read_name_forward(stripped, acc.end())
            if got:
                return _strip_article(got[0]), "according-to", "direct"
        if colon_only_ok and stripped.endswith(":"):
            for p in _PRETERITE.finditer(stripped):
                name = _read_name_backward(stripped, p.start())
                if name:
                    return name, "said-before", "direct"
        return None
    for verb in reversed(verbs):
        head = stripped[: verb.start()]
        doc = _document_subject(head)
        if doc:
            return doc, "document-reads", "excerpt"
        tail = head.rstrip().rsplit(" ", 1)[-1].lower() if head.strip() else ""
        if tail in _PRONOUNS:
            who = _resolve_pronoun(state, at)
            return who, "pronoun", "direct"
        name = _read_name_backward(stripped, verb.start())
        if name:
            name = _subject_before_appositives(head, name)
        name = name or _whole_segment_name(head) or _leading_name(head) or _inverted_subject(stripped, verb)
        if name:
            return name, "said-before", "direct"
        g = _GROUP_BEFORE.search(head)
        if g:
            return g.group(1), "said-before", "direct"
    return None


def _inverted_subject(lead: str, verb: re.Match[str]) -> str | None:
    """The speaker named after the verb of a lead-in: "como comenta Kevin Grittner, Administrador
    de ...:" (a personal name, then at most a role, up to the lead's end)."""
    got = _read_name_forward(lead, verb.end(), nested=True)
    if not got or got[0].split()[0].lower() in _ARTICLES:
        return None
    words = got[0].split()
    if len(words) < 2 or not all(_is_name_word(w) for w in words[-2:]) or _is_title(words[-1]):
        return None
    rest = lead[got[1] :]
    if rest.strip() in (":", ",") or (rest.startswith(",") and rest.rstrip().endswith(":") and len(rest) <= 160
                                      and not _verb_re().search(rest)):
        return got[0]
    return None


def _speaker_after(s: str, pos: int, state: _State, at: int) -> tuple[str | None, str, int] | None:
    """An attribution just after a closing mark: ", said X", "dijo la Rep. Lee", "X said",
    "he said", "according to X", "— X, CEO". Returns (attribution, method, end of its clause).
    A clause that introduces the next quotation ("“...” He continued, “...”") is not one."""
    got = _speaker_after_clause(s, pos, state, at)
    if got is None:
        return None
    lead = _LEAD_IN_TO_NEXT.search(s, pos, got[2])
    if lead:
        # "“First part,” said X, EVP of Y, “second part.”": a quotation closed on a comma and
        # resumed after a comma is one interrupted quotation; its clause ends at that comma.
        if s[pos - 2 : pos - 1] == "," and lead.group(0)[0] == "," and got[1] == "said-after":
            return got[0], got[1], lead.start() + 1
        return None
    return got


def _speaker_after_clause(s: str, pos: int, state: _State, at: int) -> tuple[str | None, str, int] | None:
    dash = _DASH_NAME.match(s, pos)
    if dash:
        got = _read_name_forward(s, dash.end())
        if got and _is_name_word(got[0].split()[-1]):
            if len(s) - got[1] <= 120:
                return _strip_article(got[0]), "dash-after", len(s)
            # "” –Congressman X (D-Town) “Next quotation...": the signature ends where the next
            # quotation opens.
            p = _PAREN_FWD.match(s, got[1])
            stop = p.end() if p else got[1]
            if s[stop : stop + 3].lstrip(" ,.")[:1] in _OPENERS + _STRAIGHT:
                return _strip_article(got[0]), "dash-after", stop
    # ", said", ". Said", " —dijo" (Spanish dialogue dash) between the mark and the verb.
    m = _AFTER_MARK.match(s, pos, pos + 10)
    i = m.end() if m else pos
    acc = (_ACCORDING.match(s, i) or _WORDS_OF.match(s, i)) if s[i : i + 1] in _ACCORDING_FIRST else None
    if acc:
        got = _read_name_forward(s, acc.end())
        return (_strip_article(got[0]), "according-to", _clause_end(s, got[1])) if got else None
    verb = _verb_re().match(s, i)
    if verb:
        if _INDIRECT_AFTER.match(s, verb.end()):
            return None
        pron = _PRONOUN_AFTER_VERB.match(s[verb.end() : verb.end() + 12])
        if pron and pron.group(1).lower() in _PRONOUNS:
            who = _resolve_pronoun(state, at)
            return who, "pronoun", _clause_end(s, verb.end() + pron.end())
        got = _read_name_forward(s, verb.end())
        if got:
            return _strip_article(got[0]), "said-after", _clause_end(s, got[1])
        if _BARE_VERB_END.match(s, verb.end()):
            # "“...”, añadió.": a verb with its subject dropped stands for the last speaker.
            who = _resolve_pronoun(state, at)
            if who:
                return who, "pronoun", _clause_end(s, verb.end())
        return None
    pron = _WORD_AND_SPACE.match(s[i : i + 12])
    if pron and pron.group(1).lower() in _PRONOUNS:
        v = _verb_re().match(s, i + pron.end())
        if v and not _INDIRECT_AFTER.match(s, v.end()):
            who = _resolve_pronoun(state, at)
            return who, "pronoun", _clause_end(s, v.end())
        return None
    got = _read_name_forward(s, i)
    pair = _AND_FWD.match(s, got[1]) if got else None
    if got and pair:
        # "..., Lee and Blumenauer said.": two speakers named as the subject.
        second = _read_name_forward(s, pair.end(), nested=True)
        if second and _is_name_word(second[0].split()[-1]) and second[0].split()[0].lower() not in _ARTICLES:
            got = (got[0] + pair.group(0) + second[0], second[1])
    if got:
        p = _PAREN_FWD.match(s, got[1]) or _APPOSITIVE_FWD.match(s, got[1])
        after = p.end() if p else got[1]
        v = _SPACE.match(s[after : after + 4])
        vpos = after + (v.end() if v else 0)
        verb = _verb_re().match(s, vpos)
        if verb and v and not _INDIRECT_AFTER.match(s, verb.end()):
            return _strip_article(got[0]), "said-after", _clause_end(s, verb.end())
    group = _group_subject_re().match(s, i)
    if group and group.group(1).split()[-1].lower() not in _DATA_NOUNS:
        verb = _verb_re().match(s, group.end())
        if verb and not _INDIRECT_AFTER.match(s, verb.end()):
            return group.group(1), "said-after", _clause_end(s, verb.end())
    return None


def _clause_end(s: str, pos: int) -> int:
    """End of the attribution sentence that starts before ``s[pos]`` (after its final period):
    the first end mark (found by a search that skips ahead to the marks) that stands before white
    space or the window's end, or glues two sentences after a lowercase letter, and that does not
    follow an abbreviation; else the window's end."""
    limit = min(len(s), pos + _WINDOW)
    for m in _STOP_MARK.finditer(s, pos, limit):
        k = m.start()
        after = k + 1
        # The mark before white space or the window's end, or a sentence glued to the next after a
        # lowercase letter ("Adams.With").
        if not (after == limit or s[after].isspace() or (
            s[k] != ";" and k > 0 and "a" <= s[k - 1] <= "z" and after + 1 < limit
            and "A" <= s[after] <= "Z" and "a" <= s[after + 1] <= "z"
        )):
            continue
        nxt = s[k + 1 : k + 3].lstrip()
        words = s[max(pos, k - 30) : k].split()
        prev = words[-1].rstrip(".").lower() if words else ""
        abbreviation = s[k] == "." and (prev in _ABBREVIATIONS or len(prev) == 1 or "." in prev)
        if abbreviation and (not nxt or nxt[0] not in _OPENERS + _STRAIGHT):
            continue
        return k + 1
    return limit


def _resolve_pronoun(state: _State, at: int) -> str | None:
    """The person a pronoun at ``at`` stands for: the quoted speaker or titled name ("Senator
    Heinrich") mentioned last before it."""
    text = state.body.text
    lo = max(0, at - 3000)
    window = text[lo:at]
    best = _last_speaker_mention(state, window)
    # Only the last titled name can be the latest mention (matches come in text order).
    last_mention: re.Match[str] | None = None
    for mention in _titled_mention_re().finditer(window):
        last_mention = mention
    if last_mention is not None and (best is None or last_mention.start() > best[0]):
        surname = last_mention.group(0).split()[-1]
        known = state.latest_by_surname.get(surname)
        best = (last_mention.start(), known or _strip_article(last_mention.group(0)))
    return best[1] if best else None


# Above this many surnames, the last one mentioned is found by one backward scan of the window
# (a search per surname would be quadratic on pages with thousands of speakers).
_MAX_SURNAME_SEARCHES = 32


def _last_speaker_mention(state: _State, window: str) -> tuple[int, str] | None:
    """(offset in ``window``, speaker) of the quoted speaker whose last word occurs last in
    ``window``; on a tie, the speaker quoted first."""
    surnames = state.first_by_surname
    if len(surnames) <= _MAX_SURNAME_SEARCHES:
        best: tuple[int, str] | None = None
        for last, name in surnames.items():
            k = window.rfind(last)
            if k >= 0 and (best is None or k > best[0]):
                best = (k, name)
        return best
    order = {last: n for n, last in enumerate(surnames)}
    lengths = sorted({len(last) for last in surnames})
    for k in range(len(window) - 1, -1, -1):
        hits = [piece for n in lengths if (piece := window[k : k + n]) in order]
        if hits:
            return k, surnames[min(hits, key=order.__getitem__)]
    return None


_TITLE_WORDS = "|".join(
    t[0] + r"(?<!\w.)" + re.escape(t[1:])
    for t in sorted(
        _wordlist(
            "Rep. Representative Representante Congressman Congresswoman Congresista Senator Senador "
            "Senadora Sen. Councilmember Councilman Councilwoman Mayor Alcalde Alcaldesa Governor "
            "Gobernador Gobernadora Secretary Secretario Secretaria Director Directora Dr. Dra."
        ),
        key=len,
        reverse=True,
    )
)


# A person named with a title ("Senator Heinrich", "Councilmember Anderson"): pronoun antecedents.
# Each title checks that no word character comes before it just after its first letter (the
# same test as a leading (?<!\w)), so that a search skips to the titles' first letters.
@functools.cache
def _titled_mention_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_TITLE_WORDS})\s+(?:[A-ZÁÉÍÓÚÑ][\w'\u2019-]{{1,30}}\s+){{0,2}}"
        rf"[A-ZÁÉÍÓÚÑ][\w'\u2019-]{{1,30}}"
    )


# ------------------------------------------------------------------------------------ finders


def _words(text: str) -> int:
    return len(text.split())


def _fewer_words(text: str, n: int) -> bool:
    """``_words(text) < n``, splitting no further than needed (``split`` with a limit gives at most
    ``n + 1`` pieces)."""
    return len(text.split(None, n)) < n


def _span_text(body: Body, texts: list[str], span: _Span) -> tuple[int, int, str]:
    parts: list[str] = []
    lines = body.lines
    for k, (li, a, b) in enumerate(span.segs):
        s = texts[li]
        inner = s[a + 1 : b] if b is not None else s[a + 1 :]
        if k > 0 and s[:1] not in _CONTINUATION_MARKS:
            inner = s[a:b] if b is not None else s[a:]
        parts.append(inner.strip())
    li0, a0, _ = span.segs[0]
    li1, _, b1 = span.segs[-1]
    start = lines[li0].start + a0
    end = lines[li1].start + (b1 + 1 if b1 is not None else len(texts[li1]))
    return start, end, "\n".join(parts)


def _excerpts(body: Body, state: _State, claimed: _Claims) -> list[_Found]:
    """Block excerpts: a paragraph closed by a source trailer ("- Excerpt from X")."""
    out: list[_Found] = []
    # Only the lines holding the trailer's word (in the lowercased line, so in its tail below).
    for li in state.lines_with(("excerpt", "extract", "fragmento")):
        line = body.lines[li]
        s = state.texts[li]
        tail_from = max(0, len(s) - 200)
        tail = s[tail_from:].lower()
        if "excerpt" not in tail and "extract" not in tail and "fragmento" not in tail:
            continue  # the trailer's word is missing (a cheap test first: the regex tries every position)
        m = _excerpt_trailer_re().search(s, tail_from)
        if not m:
            continue
        block_end = m.start()
        if m.group(0)[:1] in _CLOSERS + _STRAIGHT:
            block_end += 1
        raw = s[:block_end].rstrip()
        text = raw.strip().strip(_ALL_MARKS).strip()
        if _fewer_words(text, 5):
            continue
        source = m.group(1).strip().rstrip(".")
        start = line.start
        end = line.start + len(raw)
        marked = raw[:1] in _ALL_MARKS
        out.append(_Found(start, end, text, source, "excerpt", marked, line.index, "excerpt-trailer"))
        claimed.add(start, end)
    return out


# A word (a day: "today", "hoy") right before a statement intro's verb.
_DAY_BACK = re.compile(r"(?<!\w)(\w+)[ \t]+$")


# A line announcing that a document's full text follows: "A copy of the letter is copied below",
# "Following is the full text:", "Read the full letter below:".
@functools.cache
def _document_follows_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:full\s+text|texto\s+(?:completo|íntegro)|(?:is|are)\s+(?:copied|printed|pasted|reproduced|"
        r"included)\s+below|(?:letter|carta)\s+(?:is\s+)?below|below\s+is\s+the\s+(?:full\s+)?(?:letter|text))",
        re.IGNORECASE,
    )


# A letter's salutation, alone on its line or ending it: "Dear Colleague:", "Dear Attorney General Barr:".
_SALUTATION = re.compile(r"(?:^|\s)(?:Dear|Estimad[oa]s?|Querid[oa]s?)\s+[^:\n]{1,60}:\s*$")
# A letter's complimentary close, which ends its text.
_CLOSING = re.compile(r"^\W{0,3}(?:sincerely|respectfully|regards|best\s+regards|cordially|atentamente|"
                      r"saludos|cordialmente)\b", re.IGNORECASE)
# Lines an appended document is looked for after its announcement, and lines it may run over.
_DOCUMENT_LOOKAHEAD = 8
_MAX_DOCUMENT_LINES = 40


def _appended_documents(body: Body, state: _State, claimed: _Claims) -> list[_Found]:
    """A letter printed in full after a line announcing it ("A copy of the letter is copied
    below.", "Following is the full text:"): one excerpt from its salutation (or, where the
    salutation ends a line of address, the paragraph after it) to its complimentary close, with
    the document named in the announcement (or the two lines before it) as the source."""
    out: list[_Found] = []
    lines = body.lines
    texts = state.texts
    # Each announcement holds "below", or "text" after "full" or as "texto": only the lines holding
    # those (in the lowercased text; and any line with a case oddity) are searched with the pattern.
    lows = state.lows
    candidates = sorted({*state.lines_with(("below",)),
                         *(k for k in state.lines_with(("text",)) if "full" in lows[k] or "texto" in lows[k]),
                         *state.odd_lines})
    k = 0
    while k < len(lines):
        at = bisect_left(candidates, k)
        if at == len(candidates):
            break
        k = candidates[at]
        s = texts[k][:400]
        if not _fewer_words(s, 41) or not _document_follows_re().search(s):
            k += 1
            continue
        noun = None
        for back in range(k, max(-1, k - 3), -1):
            d = _document_re().search(texts[back][:400])
            if d:
                noun = d.group(1).split()[-1].lower()
                break
        start_line: int | None = None
        for j in range(k + 1, min(len(lines), k + 1 + _DOCUMENT_LOOKAHEAD)):
            t = texts[j].strip()
            sal = _SALUTATION.search(t[:200]) if len(t) <= 200 else None
            if sal:
                start_line = j if sal.start() == 0 else j + 1
                break
        if noun is None or start_line is None or start_line >= len(lines):
            k += 1
            continue
        run: list[Line] = []
        for line in lines[start_line : start_line + _MAX_DOCUMENT_LINES]:
            t = texts[line.index].strip()
            if _CLOSING.match(t) or _SEPARATOR.match(t) or (run and _fewer_words(t, 4) and not _SALUTATION.search(t)):
                break
            run.append(line)
        body_words = sum(_words(texts[r.index]) for r in run)
        first_start = run[0].start if run else 0
        if len(run) < 2 or body_words < 40 or claimed.overlaps(first_start, run[-1].end):
            k += 1
            continue
        start, end = run[0].start, run[-1].start + len(texts[run[-1].index])
        text = "\n".join(texts[r.index].strip() for r in run)
        out.append(_Found(start, end, text, "the " + noun, "excerpt", False, run[0].index, "document-below"))
        claimed.add(start, end)
        k = run[-1].index + 1
    return out


# A press clip in a news roundup: "Outlet Name: [Headline](link)" opening a paragraph (an outlet of
# one to six words before the colon, the headline's link bracket right after it).
_CLIP_OUTLET = re.compile(r"([A-ZÁÉÍÓÚÑ][^\s:\[\]]{0,30}(?:[ \t]+[^\s:\[\]]{1,30}){0,5}):[ \t]*\[")
# The clip's byline bracket after the headline, ending with a date: "[Carmen Rodriguez, 9/16/22]".
_CLIP_DATE = re.compile(r"\[(?:[^\]\n]{0,60},[ \t]*)?\d{1,2}/\d{1,2}/\d{2,4}\]\s*")
# Lines of one roundup paragraph read for its headline and byline.
_MAX_CLIP_LINES = 12


def _press_clips(body: Body, state: _State, claimed: _Claims) -> list[_Found]:
    """Excerpts of news articles in a press roundup: after "Outlet: [Headline](link) [Author,
    date]", the rest of the paragraph is the outlet's text (an excerpt with the outlet as source)."""
    out: list[_Found] = []
    lines = body.lines
    texts = state.texts
    for k in state.lines_with(("[",)):  # a link bracket for a headline: a cheap test first
        line = lines[k]
        if not line.gap_before:
            continue
        s = texts[k]
        outlet = _CLIP_OUTLET.match(s[:200])
        if not outlet:
            continue
        last = k
        while last + 1 < len(lines) and not lines[last + 1].gap_before and last - k < _MAX_CLIP_LINES:
            last += 1
        para_end = lines[last].start + len(texts[last])
        head = body.text[line.start : min(para_end, line.start + 800)]
        date = _CLIP_DATE.search(head, outlet.end())
        if not date:
            continue
        start = line.start + date.end()
        raw = body.text[start:para_end].rstrip()
        end = start + len(raw)
        if _fewer_words(raw, 8) or claimed.overlaps(start, end) or "](" in raw:
            continue
        start_line = next(n for n in range(k, last + 1) if lines[n].start + len(texts[n]) >= start)
        out.append(_Found(start, end, " ".join(raw.split()), outlet.group(1), "excerpt", False, start_line,
                          "press-clip"))
        claimed.add(start, end)
    return out


def _statement_author(s: str, m: re.Match[str]) -> str | None:
    """Who issues the statement an intro announces: "statement by X" or the intro's subject."""
    if _STATEMENT_BY.search(m.group(0)):
        got = _read_name_forward(s, m.end())
        return _strip_article(got[0]) if got else None
    verb_at = m.start()
    day = _DAY_BACK.search(s, max(0, verb_at - 20), verb_at)
    if day and day.group(1).lower() in _CALENDAR_WORDS:
        verb_at = day.start()  # "Senator X (R-Tenn.) today released ...": the name is before the day
    name = _read_name_backward(s, verb_at)
    head = s[_clause_start(s, verb_at) : verb_at]
    if head.rstrip().endswith(","):
        # "Representative Adam Smith (D-Wash.), Chairman of the House Armed Services Committee, today
        # issued": the words before the verb are an appositive; the titled name opening it is the author.
        mention = _titled_mention_re().search(head)
        if mention:
            return mention.group(0)
        if name:
            return _subject_before_appositives(head, name)
    return name


class _Claims:
    """The text spans already taken by a quotation, for an overlap test in log time (a page may
    hold thousands of quotations; a scan over all of them per test was quadratic).

    Spans that share at least one character are merged into one group; groups are kept sorted and
    disjoint (touching groups stay apart, so a test on an empty span at their boundary stays
    false, as it is against the spans themselves)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.has_empty = False

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))
        if start >= end:
            self.has_empty = True  # not in the groups: tests then scan the spans themselves
            return
        # Groups sharing a character with [start, end): those ending after start and starting before end.
        i = bisect_right(self.ends, start)
        j = bisect_left(self.starts, end)
        if i < j:
            start = min(start, self.starts[i])
            end = max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Some span (a, b) taken with a < end and start < b."""
        if start >= end or self.has_empty:
            return any(a < end and start < b for a, b in self.spans)
        i = bisect_right(self.ends, start)
        return i < len(self.starts) and self.starts[i] < end


def _marked_quotes(body: Body, state: _State, claimed: _Claims) -> list[_Found]:
    out: list[_Found] = []
    mark_lines = state.lines_with(_ALL_MARKS)
    if not mark_lines:
        return out  # no quotation mark on the page: no span (a page test before the span reading)
    texts = state.texts
    spans = _marked_spans(body.lines, texts, mark_lines)
    used: set[int] = set()
    lines = body.lines
    for k, span in enumerate(spans):
        if k in used:
            continue
        li0, a0, _ = span.segs[0]
        li1, _, b1 = span.segs[-1]
        start, end, text = _span_text(body, texts, span)
        # The quotation's words, counted up to 10 (the most the tests below ask for).
        text_words = len(text.split(None, 10))
        if text_words < 3 or claimed.overlaps(start, end):
            continue
        s0 = texts[li0]
        s1 = texts[li1]
        found: _Attribution | None = None
        clause_end = -1
        if b1 is not None:
            after = _speaker_after(s1, b1 + 1, state, lines[li1].start + b1)
            if after and _starts_clause(s0, a0, len(span.segs) > 1 or text_words >= 6):
                found = (after[0], after[1], "direct")
                # A dash signature closes its quotation: what follows is another one.
                clause_end = after[2] if after[1] != "dash-after" else -1
        if found is None and b1 is not None and text_words >= 10 and (a0 == 0 or _sentence_ends_before(s0, a0)):
            bare = _bare_name_after(s1, b1)
            if bare:
                found = (bare, "name-after", "direct")
        cs = -1  # where the sentence holding the opening mark starts: read where needed below
        if found is None:
            cs = _clause_start(s0, a0)
            lead = s0[cs:a0]
            found = _speaker_in_lead(lead, state, lines[li0].start + a0, colon_only_ok=True, marked_text=text)
            intro = _statement_intro(lead) if found is None and lead.rstrip().endswith(":") else None
            if intro:
                # "... released the following statement today ...:“I was thrilled ...": the
                # statement is glued to its intro in the same paragraph.
                who = _statement_author(lead, intro)
                if who:
                    found = (who, "statement-intro", "statement")
        if found is None and cs > 0 and s0[cs:a0].strip() == "" and text_words >= 5:
            prev_start = _clause_start(s0, max(0, cs - 2))
            prev = s0[prev_start:cs]
            for verb in _verb_re().finditer(prev):
                name = _read_name_backward(prev, verb.start())
                if name:
                    found = (name, "previous-sentence", "direct")
                    break
        if (found is None and cs > 0 and s0[cs:a0].strip() == "" and text_words >= 8 and b1 is not None
                and s1[b1 + 1 :].strip(" .,") == ""):
            # "Marc Balmer, fundador de micro systems, se muestra entusiasta ... . “La opción ...”": a
            # quotation closing the paragraph after a sentence about a person named with a role.
            name = _opening_personal_name(s0[_clause_start(s0, max(0, cs - 2)) : cs])
            if name:
                found = (name, "previous-sentence", "direct")
        if found is None and a0 == 0 and li0 > 0:
            found = _from_previous_paragraph(body, li0, state)
        if found is None and a0 == 0 and b1 is not None and s1[b1 + 1 :].strip(" .,") == "":
            found = _dash_next_line(state.texts, li1)
        if found is None:
            continue
        if a0 == 0:
            start, text, li0 = _earlier_block_paragraphs(body, texts, li0, start, text, claimed)
        attribution, method, kind = found
        if kind == "direct" and attribution:
            state.add_speaker(attribution)
        if attribution is None:
            state.warnings.append(
                Warning("low_evidence", "quotes", f"no antecedent for the pronoun after the quote at {start}")
            )
        # "“First part,” said X. “Second part,” she added. “Third.”": the part right after an
        # attribution joins the quotation.
        nk = k + 1
        while clause_end >= 0 and nk < len(spans) and nk - k <= 6:
            nxt = spans[nk]
            nli, na, _ = nxt.segs[0]
            if nli != li1 or na < clause_end or s1[clause_end:na].strip() != "":
                break
            _, end, n_text = _span_text(body, texts, nxt)
            used.add(nk)
            text = text + " " + n_text
            li1, _, b1 = nxt.segs[-1]
            s1 = texts[li1]
            again = _speaker_after(s1, b1 + 1, state, lines[li1].start + b1) if b1 is not None else None
            clause_end = again[2] if again and len(nxt.segs) == 1 and again[1] != "dash-after" else -1
            nk += 1
        text = text.rstrip().rstrip(",").rstrip()
        out.append(_Found(start, end, text, attribution, kind, True, li0, method))
        claimed.add(start, end)
    return out


# A personal name of two to four capitalised words, then a comma (its role follows):
# "Ulises Fernández, Innovation and Economic Development Secretariat".
@functools.cache
def _bare_name_re() -> re.Pattern[str]:
    word = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'\u2019-]{1,30}"
    return re.compile(rf"[ \t]+((?:{word}[ \t]+){{1,3}}{word}),[ \t]")


def _bare_name_after(s: str, close: int) -> str | None:
    """A speaker named without a verb right after a quotation closed on a full stop: "...
    ecosystem.” Ulises Fernández, Innovation and Economic Development Secretariat, ..." (a
    capitalised personal name and a comma: not a title, an article or a place)."""
    if close < 1 or s[close - 1] not in ".!?":
        return None
    m = _bare_name_re().match(s, close + 1)
    if not m:
        return None
    words = m.group(1).split()
    if any(w.lower() in _TITLES | _ARTICLES | _CALENDAR_WORDS | _PRONOUNS | _PREPOSITIONS for w in words):
        return None
    # The rest is a signature: capitalised role and organisation pieces ending the paragraph.
    rest = s[m.end() :].strip().rstrip(".")
    if not rest or len(rest) > 160 or _SENTENCE_END.search(rest) or any(c in rest for c in _ALL_MARKS):
        return None
    if not all(piece.strip()[:1].isupper() for piece in rest.split(",")):
        return None
    return m.group(1)


# Paragraphs of one block quotation joined before the attributed one.
_MAX_BLOCK_PARAGRAPHS = 5


def _earlier_block_paragraphs(
    body: Body, texts: list[str], li: int, start: int, text: str, claimed: _Claims
) -> tuple[int, str, int]:
    """A quotation opening a paragraph of a block quotation (HTML <blockquote>) whose earlier
    paragraphs in the same block are each wholly quoted: the attribution after the last paragraph
    covers them all, so the quotation starts at the first. Returns (start, text, first line)."""
    lines = body.lines
    first = li
    while first > 0 and li - first < _MAX_BLOCK_PARAGRAPHS:
        cur, prev = lines[first], lines[first - 1]
        if cur.kind != "quote" or cur.gap_before or prev.kind != "quote":
            break
        t = texts[prev.index].strip()
        if (len(t) < 2 or t[0] not in _OPENERS + _STRAIGHT or t[-1] not in _CLOSERS + _STRAIGHT
                or _fewer_words(t, 5) or len(_MARK.findall(t)) != 2 or claimed.overlaps(prev.start, prev.end)):
            break
        first -= 1
    if first == li:
        return start, text, li
    parts = [texts[k].strip()[1:-1].strip() for k in range(first, li)]
    return lines[first].start + (len(texts[first]) - len(texts[first].lstrip())), \
        "\n".join([*parts, text]), first


# Words that end an organisation's name, not a person's.
_ORGANISATION_WORDS = set(
    _wordlist("inc inc. corp corp. corporation llc ltd ltd. group company co. s.a. gmbh foundation")
)


def _opening_personal_name(sentence: str) -> str | None:
    """The person a sentence opens with, named with a role set off by commas: "Marc Balmer,
    fundador de micro systems en Suiza, se muestra entusiasta ..." (two to four capitalised words,
    no title, article or company word, and an appositive closed by a second comma)."""
    pieces = sentence.split(",")
    if len(pieces) < 3 or any(c in sentence for c in _ALL_MARKS):
        return None
    words = pieces[0].split()
    if not 2 <= len(words) <= 4 or len(pieces[1].split()) > 12:
        return None
    for w in words:
        low = w.lower()
        if not _is_name_word(w) or (len(w) > 3 and w.isupper()):  # "ACME" is an organisation
            return None
        if low in _TITLES | _ARTICLES | _PREPOSITIONS | _ORGANISATION_WORDS | _CALENDAR_WORDS | _PRONOUNS:
            return None
    return " ".join(words)


def _dash_next_line(texts: list[str], li: int) -> tuple[str, str, QuoteKind] | None:
    """A whole-paragraph quotation signed on the next line: "— Jane Doe, CEO of Acme"."""
    if li + 1 >= len(texts):
        return None
    s = texts[li + 1]
    dash = _DASH_NAME.match(s)
    if not dash or len(s) > 160 or s.lstrip()[:1] not in "\u2014\u2013-":
        return None
    got = _read_name_forward(s, dash.end())
    if got and _is_name_word(got[0].split()[-1]):
        return _strip_article(got[0]), "dash-after", "direct"
    return None


def _starts_clause(s: str, a: int, long_enough: bool) -> bool:
    """A quotation opens a clause, or is a long one opening with a capital (not a phrase inside
    a sentence: "called it a “historic win for the region,” X said")."""
    before = s[max(0, a - 3) : a].rstrip()
    if before == "" or before[-1] in ".!?:;,\u2014\u2013-" + _CLOSERS + _STRAIGHT:
        return True
    first = s[a + 1 : a + 3].lstrip("\u2026. ")
    return long_enough and first[:1].isupper()


# A word every statement intro holds (lowercased): the cheap test before its patterns.
_INTRO_WORDS = ("statement", "declaraci", "comunicado", "comment", "remarks", "response", "reaction", "message")


def _statement_intro(s: str, following: str | None = None, low: str | None = None) -> re.Match[str] | None:
    """The statement intro in a line (a cheap word test first: the regex is long). A heading
    "Statement by X" counts where it ends with a colon, or where ``following`` (the next
    paragraph) speaks in the first person. ``low`` is ``s`` lowercased, where known."""
    if low is None:
        low = s.lower()
    if not any(w in low for w in _INTRO_WORDS):
        return None
    heading = _STATEMENT_HEADING.match(s)
    if heading and _fewer_words(s, 61) and (
        s.rstrip().endswith(":") or (following is not None and _FIRST_PERSON.search(following[:300]) is not None)
    ):
        return heading
    # Every shape of the long pattern holds "following", "siguiente", or "statement"/"comunicado" and a
    # colon; the other one ends the line with a colon. A case oddity may stand for a letter of those
    # words, so a line with one is searched anyway.
    if (
        "following" in low
        or "siguiente" in low
        or (":" in s and ("statement" in low or "comunicado" in low))
        or any(ch in s for ch in _CASE_ODDITIES)
    ):
        m = _statement_intro_re().search(s)
        if m:
            return m
    return _statement_intro_colon_re().search(s[-300:]) if s.rstrip().endswith(":") else None


def _authored_document(prev: str) -> str | None:
    """The author of a document a colon lead-in announces ("this open letter from incoming CEO,
    Frank Casella:"): the last comma piece that is a name, or a titled name."""
    m = _authored_document_re().search(prev[-300:])
    if not m:
        return None
    pieces = [p.strip() for p in _PAREN_ANY.sub(" ", m.group(1)).split(",")]
    for piece in reversed(pieces):
        words = piece.split()
        if 2 <= len(words) <= 4 and all(_is_name_word(w.rstrip(".")) and not _is_title(w) for w in words):
            return piece
    got = _read_name_forward(m.group(1), 0)
    if got:
        words = got[0].split()
        if _is_name_word(words[-1]) and words[0].lower() not in _ARTICLES and (len(words) >= 2 or _is_title(words[0])):
            return got[0]
    return None


def _speech_author(texts: list[str], li: int) -> str | None:
    """Who gives a speech whose text follows "As prepared for delivery:": the person a headline
    before it names ("X Opening Statement at ...", "Remarks by X")."""
    for k in range(li - 1, max(0, li - 8) - 1, -1):
        s = texts[k][:400]
        heading = _STATEMENT_HEADING.match(s)
        if heading:
            got = _read_name_forward(s, heading.end())
            if got:
                return _strip_article(got[0])
        m = _speech_headline_re().search(s)
        if m and not _is_title(m.group(1).split()[-1]):
            return m.group(1)
    for k in range(li - 1, max(0, li - 8) - 1, -1):
        mentions = list(_titled_mention_re().finditer(texts[k][:400]))
        if mentions:
            return mentions[-1].group(0)  # "Senator Jane Doe on the Farm Bill (as prepared for delivery):"
    return None


def _from_previous_paragraph(body: Body, li: int, state: _State) -> _Attribution | None:
    """A quotation opening a paragraph, announced by the paragraph before it: a statement intro or
    a lead-in ending with a colon ("Brown said:")."""
    prev = state.texts[li - 1]
    m = _statement_intro(prev, state.texts[li], state.lows[li - 1]) if li - 1 in state.intro_word_lines else None
    if m:
        who = _statement_author(prev, m)
        if who:
            return who, "statement-intro", "statement"
    if prev.rstrip().endswith(":"):
        cs = _clause_start(prev, len(prev.rstrip()) - 1)
        got = _speaker_in_lead(prev[cs:], state, body.lines[li - 1].start + cs, colon_only_ok=False)
        if got:
            return got
        author = _authored_document(prev)
        if author:
            return author, "document-from", "direct"
    if _fewer_words(prev, 15) and _AS_DELIVERED.search(prev) and prev.rstrip()[-1:] in ":)":
        speaker = _speech_author(state.texts, li)
        if speaker:
            return speaker, "as-delivered", "statement"
    return None


def _statements(body: Body, state: _State, claimed: _Claims) -> list[_Found]:
    """Unmarked statements: the paragraphs after "issued the following statement:"; and unmarked
    excerpts after a document's lead-in ("The letter reads:")."""
    out: list[_Found] = []
    lines = body.lines
    texts, lows, intro_lines = state.texts, state.lows, state.intro_word_lines
    # Only lines with an intro's word, or ending with a colon, can open a statement.
    colon_lines = (k for k in state.colon_lines if texts[k].rstrip().endswith(":"))
    for li in sorted({*intro_lines, *colon_lines}):
        line = lines[li]
        if line.index + 1 >= len(lines):
            break
        s = texts[line.index]
        m = _statement_intro(s, texts[line.index + 1], lows[line.index]) if line.index in intro_lines else None
        kind: QuoteKind = "statement"
        method = "statement-intro"
        who = _statement_author(s, m) if m else None
        if m is None and s.rstrip().endswith(":"):
            cs = _clause_start(s, len(s.rstrip()) - 1)
            got = _speaker_in_lead(s[cs:], state, line.start + cs, colon_only_ok=False)
            if got and got[2] == "excerpt":
                who, kind, method = got[0], "excerpt", "document-intro"
        if not who:
            continue
        run: list[Line] = []
        for nxt in lines[line.index + 1 : line.index + 13]:
            t = texts[nxt.index].strip()
            if (
                _SEPARATOR.match(t)
                or _fewer_words(t, 6)
                or t[-1:] not in ".!?\u201d\")"
                or t[:1] in _ALL_MARKS
                or (nxt.index in intro_lines and _statement_intro(t))
                or claimed.overlaps(nxt.start, nxt.end)
            ):
                break
            run.append(nxt)
        if not run:
            continue
        start, end = run[0].start, run[-1].start + len(texts[run[-1].index])
        text = "\n".join(texts[r.index].strip() for r in run)
        out.append(_Found(start, end, text, who, kind, False, run[0].index, method))
        claimed.add(start, end)
        if kind == "statement":
            state.add_speaker(who)
    return out


def _unmarked(body: Body, state: _State, claimed: _Claims) -> list[_Found]:
    """Speech whose marks were lost: "Text, said Sen. X. More text." (the quote opens the
    paragraph) and "He said, Text..." (the quote runs to the paragraph's end)."""
    out: list[_Found] = []
    texts, folds = state.texts, state.folds
    # The page-wide searches below each read the whole page; a page test skips those whose lines
    # cannot be read: a reading needs a comma, and _unmarked_said_before a comma or a colon (without
    # either, only a block quotation signed on the next line is read).
    has_comma = "," in state.page_low
    has_colon = bool(state.colon_lines)
    rev = state.page_low[::-1] if has_comma or has_colon else ""
    page_verbs: tuple[dict[int, int], dict[int, list[int]]] = (
        _core_verbs_of_lines(state.page_low, rev, state.line_starts) if has_comma else ({}, {})
    )
    # The lines (without a case oddity) where a plain speech verb follows a comma or comes before a
    # full stop: elsewhere, a line with few commas has no reading (see _CommaReading.after_verb).
    verb_lines = page_verbs[0].keys() | page_verbs[1].keys()
    # The lines _unmarked_said_before may read (a line with a case oddity is read anyway): a verb ends
    # right before a comma or colon, or a verb with an object ("told reporters, ...") is in the line.
    said_before_lines: set[int] = set()
    if has_comma or has_colon:
        said_before_lines = _lines_with_verb_before(state, rev, ",:" if has_colon else ",")
        said_before_lines.update(state.lines_with(("told", "tells", "asked")))
    for line in body.lines:
        s = texts[line.index]
        low = folds[line.index]
        # The shapes read in prose all end or open their quotation at a comma, and those that end it
        # there need a plain speech verb after it ("..., said X."): cheap tests first, as a line
        # without them cannot hold one.
        first_comma = s.find(",")
        if first_comma < 0 and ":" not in s and line.kind != "quote":
            continue  # no shape below can read this line
        if first_comma < 0 or (low is not None and line.index not in verb_lines and s.count(",") <= _FEW_COMMAS):
            reading = None
        else:
            reading = _CommaReading.after_verb(s, low, line, state, first_comma, page_verbs)
        said_before = low is None or line.index in said_before_lines
        if reading is None and not said_before and line.kind != "quote":
            continue  # no shape below can read this line
        line_end = line.start + len(line.text)
        if claimed.overlaps(line.start, line_end) or s.find(_OPENERS[0], 1) >= 0 or s.find(_OPENERS[1], 1) >= 0:
            if reading is not None:
                for found in _unmarked_in_prose(reading, claimed):
                    out.append(found)
                    claimed.add(found.start, found.end)
                    state.add_speaker(found.attribution or "")
            continue
        got = None
        if reading is not None:
            got = _unmarked_said_after(reading)
        if got is None and (first_comma >= 0 or ":" in s) and said_before:
            got = _unmarked_said_before(s, low, line, state)
        if got is None and reading is not None:
            in_prose = _unmarked_in_prose(reading, claimed)
            for found in in_prose:
                out.append(found)
                claimed.add(found.start, found.end)
                state.add_speaker(found.attribution or "")
            if in_prose:
                continue
        if got is None and line.kind == "quote" and not _fewer_words(s, 5):
            # A block quotation (HTML <blockquote>, Markdown ">") signed on the next line.
            signed = _dash_next_line(texts, line.index)
            if signed:
                text = s.strip()
                got = _Found(line.start, line.start + len(s.rstrip()), text, signed[0], "direct", False,
                             line.index, "dash-after")
        if got is not None:
            out.append(got)
            claimed.add(got.start, got.end)
            state.add_speaker(got.attribution or "")
    return out


# Paragraphs looked back over for a statement intro ("released the following statements ...:").
_INTRO_LOOKBACK = 3


def _after_statement_intro(state: _State, li: int) -> bool:
    """A statement intro ends one of the few paragraphs before this one."""
    for k in range(max(0, li - _INTRO_LOOKBACK), li):
        s = state.texts[k]
        if k in state.intro_word_lines and s.rstrip().endswith(":") and _statement_intro(s[-400:]):
            return True
    return False


class _VerbStarts:
    """Every position from ``start`` on where ``pattern`` matches in ``text`` (overlapping matches
    too: each search resumes one past the last match); ``first`` is the first match, if searched."""

    def __init__(
        self, pattern: re.Pattern[str], text: str, start: int = 0, first: re.Match[str] | None = None
    ) -> None:
        starts: list[int] = []
        m = first if first is not None else pattern.search(text, start)
        while m is not None:
            starts.append(m.start())
            m = pattern.search(text, m.start() + 1)
        self.starts = starts
        self.last = starts[-1] if starts else -1

    def exists_from(self, pos: int) -> bool:
        """Whether a match starts at or after ``pos`` (``pos`` >= ``start``)."""
        return self.last >= pos


class _CommaReading:
    """What the unmarked shapes read after the commas of one line, each read once: whether an
    attribution after a comma can be kept (a plain speech verb opens it, ", said X.", or closes it
    before a full stop, ", X said."), whether the comma may end a quotation, and the attribution
    itself. The state they read does not change before a quotation of the line is taken, so the
    shapes share them. ``low`` is the line lowercased, None where it has a case oddity.

    On a line with few commas (``verbs`` None), the limits on commas and attributions read per line
    cannot be reached: a comma whose attribution could not be kept is then passed over before its
    tests, which needs no scan for the verbs. Elsewhere (and on a line with a case oddity) every
    comma is tested as the limits require, with the verbs found by a scan of the line."""

    def __init__(
        self, s: str, low: str | None, line: Line, state: _State, verbs: _VerbStarts | None, last_before_stop: int,
        verb_commas: frozenset[int] = frozenset(),
    ) -> None:
        self.s = s
        self.low = low
        self.line = line
        self.state = state
        self.verbs = verbs
        self.last_before_stop = last_before_stop
        """Where the last plain speech verb right before a full stop starts (-1 where none is)."""
        self.verb_commas = verb_commas
        """With few commas: the commas a plain speech verb follows (", said X")."""
        self.last_kept = max(last_before_stop, max(verb_commas, default=-1))
        """With few commas: no attribution after a comma beyond this can be kept."""
        self.ends: dict[int, bool] = {}
        self.attributions: dict[int, tuple[str | None, str, int] | None] = {}

    @staticmethod
    def after_verb(
        s: str, low: str | None, line: Line, state: _State, first_comma: int,
        page_verbs: tuple[dict[int, int], dict[int, list[int]]],
    ) -> _CommaReading | None:
        """The reading of a line whose first comma is at ``first_comma``, or None where no
        attribution after a comma can be kept (then no unmarked quotation ends at a comma).
        ``page_verbs`` is ``_core_verbs_of_lines`` of the page."""
        if low is not None and s.count(",") <= _FEW_COMMAS:
            last = page_verbs[0].get(line.index, -1)
            # Every comma a verb follows (a verb cannot hold one) is at or after the first comma.
            commas = page_verbs[1].get(line.index)
            if last <= first_comma and not commas:
                return None
            return _CommaReading(s, low, line, state, None, last, frozenset(commas or ()))
        pattern = _core_verb_anywhere_re() if low is None else _core_verb_lowercase_re()
        stop_re = _core_verb_stop_anywhere_re() if low is None else _core_verb_stop_lowercase_re()
        text = s if low is None else low
        verbs = _VerbStarts(pattern, text, first_comma + 1)
        if not verbs.starts:
            return None
        last = max((at for at in verbs.starts if stop_re.match(text, at)), default=-1)
        return _CommaReading(s, low, line, state, verbs, last)

    def may_end_at(self, m: re.Match[str]) -> bool:
        """``_comma_may_end_quote`` for the comma ``m``."""
        got = self.ends.get(m.start())
        if got is None:
            got = self.ends[m.start()] = _comma_may_end_quote(self.s, m)
        return got

    def may_keep(self, m: re.Match[str]) -> bool:
        """Whether an attribution read after the comma ``m`` can pass the test for a plain speech
        verb opening it (", said X.") or closing it before a full stop (", X said.")."""
        if self.last_before_stop >= m.end():
            return True
        if self.verbs is None:
            return m.start() in self.verb_commas
        return _core_verb_at(self.s, self.low, m.end())

    def attribution(self, comma: int) -> tuple[str | None, str, int] | None:
        """``_speaker_after`` the comma at ``s[comma]``."""
        if comma not in self.attributions:
            self.attributions[comma] = _speaker_after(self.s, comma, self.state, self.line.start + comma)
        return self.attributions[comma]


def _unmarked_said_after(reading: _CommaReading) -> _Found | None:
    """"Text, said X." opening a paragraph."""
    s, line, state = reading.s, reading.line, reading.state
    tries = 0
    # The quotation opens the paragraph, with no mark or with an opening mark whose closing mark
    # was lost ("“Text, said X.").
    opened = s[:1] in _OPENERS + _STRAIGHT
    first_mark = _MARK.search(s, 1 if opened else 0)
    mark_at = first_mark.start() if first_mark is not None else len(s)
    commas = 0
    for m in _COMMA.finditer(s):
        # A mark before this comma, or no plain speech verb after it: neither this comma nor a
        # later one can close an unmarked quotation (the tests below would all fail). Tested before
        # the comma's own reading: the answer is None either way.
        if mark_at < m.start():
            return None
        if reading.verbs is None:
            if m.start() > reading.last_kept:
                return None  # few commas: none from here on can be kept
            if not reading.may_keep(m):
                continue  # few commas: this one is passed over (its attribution could not be kept)
        elif not reading.verbs.exists_from(m.end()):
            return None
        if not reading.may_end_at(m):
            continue
        commas += 1
        if commas > _MAX_COMMAS:
            return None
        after = reading.attribution(m.start())
        if not after or after[0] is None:
            continue
        tries += 1
        if tries > _MAX_TRIES:
            break
        head = s[1 if opened else 0 : m.start()]
        if _fewer_words(head, 6) or any(c in head for c in _ALL_MARKS):
            continue
        end_clause = after[2]
        said = s[m.end() : end_clause].rstrip()
        if not said.endswith(".") or not (_core_verb_re().match(said) or _core_verb_last_re().search(said)):
            continue
        # After a statement intro, a paragraph closed by its attribution is one statement up to a few
        # more sentences (elsewhere, and where text runs on after it, more likely merged paragraphs).
        extra = 2 if not s[end_clause:].strip() and _after_statement_intro(state, line.index) else 0
        most = _MAX_LEAD_SENTENCES + extra
        if not opened and len(_SENTENCE_END.findall(head)) > most:
            return None  # merged paragraphs: where the quotation opens is left to _unmarked_in_prose
        rest = s[end_clause:].strip()
        text = head.strip()
        end = line.start + m.start()
        if rest and not any(c in rest for c in _ALL_MARKS):
            text = text + " " + rest
            end = line.start + len(s.rstrip())
        method = "said-after" if opened else "unmarked-said"
        return _Found(line.start, end, text, after[0], "direct", opened, line.index, method)
    return None


def _comma_may_end_quote(s: str, m: re.Match[str]) -> bool:
    """A comma an attribution may follow: a speech verb, a name or a pronoun after it (after a
    glued comma, only a plain speech verb, and a letter before the comma)."""
    if m.end() == m.start() + 1:
        return m.start() > 0 and s[m.start() - 1].isalpha() and _core_verb_re().match(s, m.end()) is not None
    return _verb_re().match(s, m.end()) is not None or _PRONOUN_OR_NAME.match(s, m.end()) is not None


def _prose_start(s: str, comma: int, floor: int) -> int:
    """Where an unmarked quotation ending at ``comma`` opens inside a long paragraph: its own
    sentence, and the sentences before it that speak in the first person (narrative does not)."""
    start = max(_clause_start(s, comma), floor)
    for _ in range(3):
        if start <= floor:
            break
        prev_start = max(_clause_start(s, start - 1), floor)
        prev = s[prev_start:start]
        if not _FIRST_PERSON.search(prev) or any(c in prev for c in _ALL_MARKS):
            break
        start = prev_start
    return start


def _unmarked_in_prose(reading: _CommaReading, claimed: _Claims) -> list[_Found]:
    """Unmarked quotations inside long or mixed paragraphs: each sentence closed by ", said X."
    (a plain speech verb and a named speaker ending the sentence) is quoted speech, with the
    first-person sentences just before it."""
    s, line = reading.s, reading.line
    out: list[_Found] = []
    floor = 0
    tries = 0
    for m in _COMMA.finditer(s):
        # The attribution is kept only where a plain speech verb opens it or closes it before a
        # full stop: without either, the comma is passed over (as early as the limit on tries allows).
        if reading.verbs is None:
            if m.start() > reading.last_kept:
                break  # few commas: none from here on can be kept
            if m.start() < floor or not reading.may_keep(m):
                continue
        elif not reading.verbs.exists_from(m.end()):
            break  # no plain speech verb after this comma (nor a later one) for "said" below
        elif m.start() < floor:
            continue
        if not reading.may_end_at(m):
            continue
        tries += 1
        if tries > _MAX_TRIES:
            break
        if reading.verbs is not None and not reading.may_keep(m):
            continue
        after = reading.attribution(m.start())
        if not after or after[0] is None or after[1] == "dash-after":
            continue
        said = s[m.end() : after[2]].rstrip()
        if not said.endswith(".") or not (_core_verb_re().match(said) or _core_verb_last_re().search(said)):
            continue
        start = _prose_start(s, m.start(), floor)
        head = s[start : m.start()]
        floor = after[2]
        if _fewer_words(head, 6) or any(c in head for c in _ALL_MARKS):
            continue
        if claimed.overlaps(line.start + start, line.start + m.start()):
            continue
        out.append(_Found(line.start + start, line.start + m.start(), head.strip(), after[0], "direct", False,
                          line.index, "unmarked-said"))
    return out


_MATCH_START = operator.methodcaller("start")


def _unmarked_said_before(s: str, low: str | None, line: Line, state: _State) -> _Found | None:
    """"X said, Text..." (``low`` is ``s`` lowercased, None where it has a case oddity)."""
    with_object = low is None or "told" in low or "tells" in low or "asked" in low
    tails: Iterable[re.Match[str]] = _UNMARKED_BEFORE_COMMA_TAIL.finditer(s)
    if ":" in s:
        tails = sorted([*tails, *_UNMARKED_BEFORE_COLON_TAIL.finditer(s)], key=_MATCH_START)
    for tries, tail in enumerate(tails):
        if tries > _MAX_TRIES:
            break
        # The verb ends at the comma ("He said, As ...") or has a short object before it ("told
        # conference call participants, As ..."). A cheap test first: the word before the comma is
        # a verb's last word, or one of those verbs comes shortly before it.
        j = tail.start()
        if low is not None:
            # The word characters just before the comma: the word after the last space where it is
            # all letters or digits, else read back one character at a time.
            k = s.rfind(" ", 0, j) + 1
            if not s[k:j].isalnum():
                k = j
                while k > 0 and (s[k - 1].isalnum() or s[k - 1] == "_"):
                    k -= 1
            if low[k:j] not in _verb_last_words():
                if not with_object:
                    continue
                window = low[max(0, j - 50) : j]
                if "told" not in window and "tells" not in window and "asked" not in window:
                    continue
        verbs = list(_verb_re().finditer(s, max(0, tail.start() - 50), tail.start()))
        if not verbs:
            continue
        v = verbs[-1]
        between = s[v.end() : tail.start()]
        if between and not (
            v.group(0).lower() in ("told", "tells", "asked") and _SHORT_OBJECT.fullmatch(between)
        ):
            continue
        cs = _clause_start(s, v.start())
        lead = s[cs : v.start()].strip()
        if not lead or not _fewer_words(lead, 7):
            continue
        rest = s[tail.end() :].strip()
        if _fewer_words(rest, 6) or _STRAIGHT in rest:
            continue
        kind: QuoteKind = "direct"
        if lead.lower() in _PRONOUNS:
            who = _resolve_pronoun(state, line.start + cs)
            method = "pronoun"
        else:
            who = _read_name_backward(s, v.start())
            method = "unmarked-said"
        if not who and tail.group(0)[0] == ":":
            # "In the letter, the lawmakers wrote: ...": a group of writers; the text after the colon
            # is an excerpt of the document the lead-in names.
            g = _GROUP_BEFORE.search(s, cs, v.start() - 1 if s[v.start() - 1 : v.start()] == " " else v.start())
            if g and g.group(1).split()[-1].lower() not in _DATA_NOUNS:
                who = g.group(1)
                if _document_re().search(lead):
                    kind = "excerpt"
        if not who:
            continue
        start = line.start + tail.end()
        return _Found(start, line.start + len(s.rstrip()), rest, who, kind, False, line.index, method)
    return None


def find_quotes(
    body: Body, langs: Languages, *, max_line_chars: int = 20_000
) -> tuple[tuple[Quote, ...], list[Warning]]:
    """Direct quotes, statements and excerpts, in text order (counterparts unset).

    ``max_line_chars`` (``ParseOptions.max_line_chars``) bounds how much of one line is read.
    """
    token = _LINE_LIMIT.set(max_line_chars)
    try:
        return _find_quotes(body, langs)
    finally:
        _LINE_LIMIT.reset(token)


def _find_quotes(body: Body, langs: Languages) -> tuple[tuple[Quote, ...], list[Warning]]:
    state = _State(body)
    claimed = _Claims()
    found = _excerpts(body, state, claimed)
    found += _appended_documents(body, state, claimed)
    found += _press_clips(body, state, claimed)
    found += _marked_quotes(body, state, claimed)
    found += _statements(body, state, claimed)
    found += _unmarked(body, state, claimed)
    found.sort(key=lambda f: f.start)
    quotes: list[Quote] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        raw = body.text[f.start : f.end]
        quotes.append(
            Quote(
                text=f.text,
                raw=raw,
                attribution=f.attribution,
                kind=f.kind,
                marked=f.marked,
                language=langs.of_line(f.line_index),
                span=(f.start, f.end),
                counterpart=None,
                method=f.method,
            )
        )
        last_end = f.end
    return tuple(quotes), state.warnings


__all__ = ["find_quotes"]
