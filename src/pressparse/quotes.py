"""Extractor: quotations with speaker, statements, and block excerpts with their source.

A quotation is found by its marks (straight, curly or angle quotes, over one paragraph or
several) and kept only where the release shows who says it: a speech verb and a speaker just
after it ("..., said X."), just before it ("X said: ..."), in the sentence before it, or a
statement intro in the paragraph before it. Marks with no such evidence are scare quotes,
titles or pull quotes and are left out. Speech whose marks were lost is found by the same
attribution shapes ("..., said Sen. X." inside a paragraph), and block excerpts by their
source trailer ("... - Excerpt from X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chrome import Body, Line
from .languages import Languages
from .records import Quote, QuoteKind, Warning

# Extractors read at most this much of one line (ParseOptions.max_line_chars default; find_quotes
# gets no options).
_MAX_LINE_CHARS = 20_000
# A page with more candidate spans than this is not prose; the rest are not examined.
_MAX_SPANS = 5_000
# Attribution shapes tried per line before giving up (adversarial lines repeat them).
_MAX_TRIES = 40
# A comma and the space after it, where an unmarked quotation may end.
_COMMA = re.compile(r",[ \t]+")
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
# Where an attribution sentence may end: end punctuation before a space or the line's end.
_CLAUSE_STOP = re.compile(r"[.!?;](?=\s|$)|$")
# The short object between "told" and its comma ("told conference call participants,").
_SHORT_OBJECT = re.compile(r"[ \t]+[a-z][\w ]{0,40}")
# How far around a quotation attribution is looked for.
_WINDOW = 400

_OPENERS = "\u201c\u00ab"  # “ «
_CLOSERS = "\u201d\u00bb"  # ” »
_STRAIGHT = '"'
# Marks a continued paragraph of a multi-paragraph quotation may open with (‘ is used by some
# releases for the inner paragraphs of a long quotation).
_CONTINUATION_MARKS = "\u201c\u00ab\"\u2018"
_ALL_MARKS = _OPENERS + _CLOSERS + _STRAIGHT
# Any quotation mark (the scan over a line jumps from one to the next).
_MARK = re.compile(f"[{_ALL_MARKS}]")


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
_VERB_ALTERNATION = "|".join(sorted({_loose(v) for v in _EN_VERBS + _ES_VERBS}, key=len, reverse=True))
# A speech verb as a whole word (English and Spanish; accents optional for legacy imports).
_VERB = re.compile(rf"(?<!\w)(?:{_VERB_ALTERNATION})(?!\w)", re.IGNORECASE)
# Indirect speech: a verb followed by "that"/"que" reports speech, it does not quote it.
_INDIRECT_AFTER = re.compile(r"\s+(?:that|que)\b", re.IGNORECASE)
# A Spanish preterite after a name before a colon ("Sokolovas delineó el
# viaje técnico:"), accepted as an intro only where the lead-in ends with a colon.
_PRETERITE = re.compile(r"(?<!\w)[a-záéíóúñ]{3,20}ó(?!\w)")
_CORE_VERBS = _wordlist(
    "said says stated added continued concluded noted explained remarked emphasized stressed declared "
    "dijo afirmó declaró señaló agregó añadió expresó indicó explicó aseguró comentó manifestó "
    "continuó concluyó destacó subrayó enfatizó"
)
_CORE_ALTERNATION = "|".join(sorted({_loose(v) for v in _CORE_VERBS}, key=len, reverse=True))
# The plainest speech verbs: without marks, only these show that a paragraph is quoted speech.
_CORE_VERB = re.compile(rf"(?:{_CORE_ALTERNATION})(?!\w)", re.IGNORECASE)
# One of those verbs ending the attribution sentence ("..., Heinrich said.").
_CORE_VERB_LAST = re.compile(rf"(?<!\w)(?:{_CORE_ALTERNATION})\.$", re.IGNORECASE)
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
_ABBREVIATIONS = _TITLES | {"jr", "st", "mt", "ft", "inc", "no", "vs", "gen", "gov", "lt", "col", "sgt"}
# Plural nouns that name a group of speakers ("said the lawmakers", "dijeron las legisladoras").
_GROUP_AFTER = re.compile(r"\s*((?:the|las|los)\s+[^\W\d_]{3,30}s)(?=\s*(?:[.,;]|$))", re.IGNORECASE)
# The same group as the subject before a verb ("The lawmakers continued,").
_GROUP_BEFORE = re.compile(r"(?:^|[\s,;:])((?:the|las|los)\s+[^\W\d_]{3,30}s)\s*$", re.IGNORECASE)
# A document named as the subject that "reads"/"says" the quoted words: "The letter reads,",
# "La carta dice:", "a weekly update email ... from X ... said,".
_DOCUMENT = re.compile(
    r"(?<!\w)((?:the|a|an|this|la|el|una|un|esta|este|his|her|their|its|su|sus)\s+"
    r"(?:[\w-]{1,20}\s+){0,3}?"
    r"(?:letter|email|e-mail|memo|memorandum|report|resolution|order|document|bill|notice|"
    r"carta|correo|informe|memorando|orden|resolución|documento|comunicado))(?!\w)",
    re.IGNORECASE,
)
# "from"/"de" before the sender named after a document ("an email ... from OneRedmond").
_FROM = re.compile(r"\b(?:from|de|del)\s+", re.IGNORECASE)
# A dash that introduces the speaker after a quotation: "“...” — Jane Doe, CEO".
_DASH_NAME = re.compile(r"[,.]?[ \t]*[\u2014\u2013-]{1,2}[ \t]*(?=[A-ZÁÉÍÓÚÑ])")
# "According to X," / "Según X," before a quotation.
_ACCORDING = re.compile(r"(?<!\w)(?:according\s+to|seg[uú]n)\s+", re.IGNORECASE)
# One word of a name while reading forward or backward (no punctuation that ends a name).
_TOKEN_FWD = re.compile(r"[ \t]*([^\s,;:()\[\]\u2014\u2013]+)")
_TOKEN_BACK = re.compile(r"([^\s,;:()\[\]\u2014\u2013]+)[ \t]*$")
# A short parenthetical at the end of a lead-in: "Ismail Ertug (S&D, DE) said".
_PAREN_BACK = re.compile(r"\([^()]{0,40}\)[ \t]*$")
# A relative clause opening an appositive ("Smith, who ...", "López, quien ...").
_RELATIVE = re.compile(r"\s*(?:who|quien|quienes)\b", re.IGNORECASE)
# Any short parenthetical ("(EPP, PL)"), dropped before looking for a name in a lead-in.
_PAREN_ANY = re.compile(r"\([^()]{0,60}\)")
# A short parenthetical right after a name ("Tony Cárdenas (CA-29)").
_PAREN_FWD = re.compile(r"[ \t]*\([^()]{0,40}\)")
# A sentence boundary: end punctuation (optionally a closing mark) and white space.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u00bb\u2019)]?\s+")
# A statement announced as such; the statement follows in the next paragraph(s).
_STATEMENT_INTRO = re.compile(
    r"(?<!\w)(?:"
    r"(?:issued|released|made|gave|provided|delivered|shared|published|offered)\s+the\s+following\s+"
    r"(?:joint\s+)?statements?"
    r"|following\s+(?:is\s+)?(?:a|the)\s+(?:joint\s+)?statement\s+(?:by|from|of)"
    r"|(?:said|stated)\s+in\s+a\s+(?:joint\s+)?statement\s*:"
    r"|(?:emiti[oó]?|hizo|public[oó]?|dio|ofreci[oó]?|difundi[oó]?|present[oó]?)\s+(?:el|la|los|las)\s+"
    r"siguientes?\s+(?:declaraci\w*|comunicados?)"
    r"|siguiente\s+es\s+(?:una|la|el)\s+(?:declaraci\w*|comunicado)\s+(?:del|de\s+la|de)"
    r"|(?:dijo|declar[oó]?|afirm[oó]?)\s+en\s+un\s+comunicado\s*:"
    r")",
    re.IGNORECASE,
)
# The phrase after which a statement intro names its author ("statement by Rep. X").
_STATEMENT_BY = re.compile(r"(?:\bby|\bfrom|\bdel|\bde\s+la|\bde)\s*$", re.IGNORECASE)
# A block excerpt's source trailer at the end of a paragraph: "... - Excerpt from Biden's Order".
_EXCERPT_TRAILER = re.compile(
    r"[\"\u201d\u00bb]?\s+[-\u2013\u2014]\s*(?:excerpt(?:ed)?|extract|extracto|fragmento)\s+(?:from|de)\s+"
    r"([^\n]{3,120}?)\s*\.?$",
    re.IGNORECASE,
)
# A paragraph-level heading or separator ends a statement's run of paragraphs.
_SEPARATOR = re.compile(r"^\W{0,12}$")
# "He said, Text..." / "X told reporters, Text..." with the marks lost.
_UNMARKED_BEFORE_TAIL = re.compile(r",\s+(?=[A-ZÁÉÍÓÚÑ¿¡])")


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


@dataclass
class _State:
    body: Body
    speakers: list[tuple[int, str]] = field(default_factory=list)
    """(offset, name) of each person quoted so far, for pronoun resolution."""
    warnings: list[Warning] = field(default_factory=list)


def _line_text(line: Line) -> str:
    return line.text[:_MAX_LINE_CHARS]


# ------------------------------------------------------------------------------------ marks


def _is_opening_shaped(s: str, i: int) -> bool:
    """A straight quote that opens (space or start before it, a word after it)."""
    before = s[i - 1] if i > 0 else " "
    after = s[i + 1] if i + 1 < len(s) else " "
    return (before.isspace() or before in "([\u2014\u2013-/") and (after.isalnum() or after in "\u2026.¿¡(")


def _scan_line(s: str, depth_start: int) -> list[tuple[int, int | None]]:
    """Top-level quoted spans of one line as (open, close) pairs. Where a span is still open at
    the end of the line, the last pair has close None. ``depth_start`` 1 means the line continues
    a quotation opened earlier (its open index is then 0)."""
    spans: list[tuple[int, int | None]] = []
    depth = depth_start
    start = 0
    for mark in _MARK.finditer(s):
        i, ch = mark.start(), mark.group(0)
        if i == 0 and depth_start:
            continue
        if ch in _OPENERS:
            if depth == 0:
                start = i
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


def _marked_spans(lines: tuple[Line, ...]) -> list[_Span]:
    """Every top-level quoted span, joining a quotation left open at a paragraph's end with the
    next paragraph when that one opens with a quotation mark (multi-paragraph quotations)."""
    out: list[_Span] = []
    pending: _Span | None = None
    for line in lines:
        s = _line_text(line)
        first = s[:1]
        continuing = pending is not None and first != "" and first in _CONTINUATION_MARKS
        pairs = _scan_line(s, 1 if continuing else 0)
        if not continuing:
            pending = None
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
    return bool(core) and core[0].isupper() and any(c.isalpha() for c in core)


def _nickname(tok: str) -> bool:
    return len(tok) >= 4 and tok[0] in "\"\u201c" and tok[-1] in "\"\u201d" and tok[1:2].isupper()


def _read_name_forward(s: str, i: int) -> tuple[str, int] | None:
    """A speaker named from ``s[i]`` on: optional article, titles, capitalised words ("the Rep.
    Norma J. Torres", "el senador Heinrich", "Jesús "Chuy" García"); or a group ("the lawmakers")."""
    pos = i
    m = _ARTICLE_FWD.match(s[pos : pos + 12])
    article = m is not None
    if m:
        pos += m.end()
    words: list[str] = []
    has_name = False
    for _ in range(10):
        m = _TOKEN_FWD.match(s, pos)
        if not m:
            break
        tok = m.group(1)
        core = tok.rstrip(".")
        low = core.lower()
        if low in _TITLES and not has_name:
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
        if _nickname(tok) and has_name:
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
        if _is_name_word(core) and core.lower() not in _PRONOUNS:
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
    if has_name:
        words = [w.rstrip(".") if w.rstrip(".").lower() in _TITLES and len(w) > 5 else w for w in words]
        return " ".join(words).rstrip(), pos
    g = _GROUP_AFTER.match(s, i)
    if g:
        return g.group(1), g.end()
    if words and article:
        return " ".join(words), pos
    return None


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
        m = _TOKEN_BACK.search(s, max(0, j - 80), j)
        if not m:
            break
        tok = m.group(1)
        core = tok.rstrip(".")
        low = core.lower()
        if low in _TITLES and (seen_title or has_name or not words):
            words.insert(0, tok)
            seen_title = True
        elif low in _ARTICLES and words:
            words.insert(0, tok)
            j = m.start(1)
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
        j = m.start(1)
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
    for m in _DOCUMENT.finditer(lead):
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
    """Start of the sentence that contains ``s[pos]`` (within the window before it)."""
    lo = max(0, pos - _WINDOW)
    best = lo if lo > 0 else 0
    for m in _SENTENCE_END.finditer(s, lo, pos):
        words = s[max(lo, m.start() - 20) : m.start()].split()
        prev = words[-1].rstrip(".").lower() if words else ""
        if s[m.start()] == "." and (prev in _ABBREVIATIONS or len(prev) == 1 or "." in prev):
            continue
        best = m.end()
    return best


def _speaker_in_lead(lead: str, state: _State, at: int, colon_only_ok: bool) -> _Attribution | None:
    """Who a lead-in before a quotation names as the speaker: (attribution, method, kind)."""
    stripped = lead.rstrip()
    if not stripped or stripped[-1] not in ",:":
        return None
    accordings = list(_ACCORDING.finditer(stripped))
    acc = accordings[-1] if accordings else None
    verbs = [v for v in _VERB.finditer(stripped) if not _INDIRECT_AFTER.match(stripped, v.end())]
    if not verbs:
        if acc is not None:
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
        name = _read_name_backward(stripped, verb.start()) or _whole_segment_name(head) or _leading_name(head)
        if name:
            return name, "said-before", "direct"
        g = _GROUP_BEFORE.search(head)
        if g:
            return g.group(1), "said-before", "direct"
    return None


def _speaker_after(s: str, pos: int, state: _State, at: int) -> tuple[str | None, str, int] | None:
    """An attribution just after a closing mark: ", said X", "dijo la Rep. Lee", "X said",
    "he said", "according to X", "— X, CEO". Returns (attribution, method, end of its clause).
    A clause that introduces the next quotation ("“...” He continued, “...”") is not one."""
    got = _speaker_after_clause(s, pos, state, at)
    if got and _LEAD_IN_TO_NEXT.search(s, pos, got[2]):
        return None
    return got


def _speaker_after_clause(s: str, pos: int, state: _State, at: int) -> tuple[str | None, str, int] | None:
    dash = _DASH_NAME.match(s, pos)
    if dash:
        got = _read_name_forward(s, dash.end())
        if got and _is_name_word(got[0].split()[-1]) and len(s) - got[1] <= 120:
            return _strip_article(got[0]), "dash-after", len(s)
    # ", said", ". Said", " —dijo" (Spanish dialogue dash) between the mark and the verb.
    m = _AFTER_MARK.match(s[pos : pos + 10])
    i = pos + (m.end() if m else 0)
    acc = _ACCORDING.match(s, i)
    if acc:
        got = _read_name_forward(s, acc.end())
        return (_strip_article(got[0]), "according-to", _clause_end(s, got[1])) if got else None
    verb = _VERB.match(s, i)
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
        return None
    pron = _WORD_AND_SPACE.match(s[i : i + 12])
    if pron and pron.group(1).lower() in _PRONOUNS:
        v = _VERB.match(s, i + pron.end())
        if v and not _INDIRECT_AFTER.match(s, v.end()):
            who = _resolve_pronoun(state, at)
            return who, "pronoun", _clause_end(s, v.end())
        return None
    got = _read_name_forward(s, i)
    if got:
        p = _PAREN_FWD.match(s, got[1])
        after = p.end() if p else got[1]
        v = _SPACE.match(s[after : after + 4])
        vpos = after + (v.end() if v else 0)
        verb = _VERB.match(s, vpos)
        if verb and v and not _INDIRECT_AFTER.match(s, verb.end()):
            return _strip_article(got[0]), "said-after", _clause_end(s, verb.end())
    return None


def _clause_end(s: str, pos: int) -> int:
    """End of the attribution sentence that starts before ``s[pos]`` (after its final period)."""
    limit = min(len(s), pos + _WINDOW)
    for m in _CLAUSE_STOP.finditer(s[pos:limit]):
        k = pos + m.start()
        if k >= limit or k >= len(s):
            return limit
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
    best: tuple[int, str] | None = None
    for _, name in state.speakers:
        last = name.split()[-1]
        k = window.rfind(last)
        if k >= 0 and (best is None or k > best[0]):
            best = (k, name)
    for m in _TITLED_MENTION.finditer(window):
        if best is None or m.start() > best[0]:
            surname = m.group(0).split()[-1]
            known = next((n for _, n in reversed(state.speakers) if n.split()[-1] == surname), None)
            best = (m.start(), known or _strip_article(m.group(0)))
    return best[1] if best else None


_TITLE_WORDS = "|".join(
    re.escape(t)
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
_TITLED_MENTION = re.compile(
    rf"(?<!\w)(?:{_TITLE_WORDS})\s+(?:[A-ZÁÉÍÓÚÑ][\w'\u2019-]{{1,30}}\s+){{0,2}}"
    rf"[A-ZÁÉÍÓÚÑ][\w'\u2019-]{{1,30}}"
)


# ------------------------------------------------------------------------------------ finders


def _words(text: str) -> int:
    return len(text.split())


def _span_text(body: Body, span: _Span) -> tuple[int, int, str]:
    parts: list[str] = []
    lines = body.lines
    for k, (li, a, b) in enumerate(span.segs):
        s = _line_text(lines[li])
        inner = s[a + 1 : b] if b is not None else s[a + 1 :]
        if k > 0 and s[:1] not in _CONTINUATION_MARKS:
            inner = s[a:b] if b is not None else s[a:]
        parts.append(inner.strip())
    li0, a0, _ = span.segs[0]
    li1, _, b1 = span.segs[-1]
    start = lines[li0].start + a0
    end = lines[li1].start + (b1 + 1 if b1 is not None else len(_line_text(lines[li1])))
    return start, end, "\n".join(parts)


def _excerpts(body: Body, claimed: list[tuple[int, int]]) -> list[_Found]:
    """Block excerpts: a paragraph closed by a source trailer ("- Excerpt from X")."""
    out: list[_Found] = []
    for line in body.lines:
        s = _line_text(line)
        tail_from = max(0, len(s) - 200)
        m = _EXCERPT_TRAILER.search(s, tail_from)
        if not m:
            continue
        block_end = m.start()
        if m.group(0)[:1] in _CLOSERS + _STRAIGHT:
            block_end += 1
        raw = s[:block_end].rstrip()
        text = raw.strip().strip(_ALL_MARKS).strip()
        if _words(text) < 5:
            continue
        source = m.group(1).strip().rstrip(".")
        start = line.start
        end = line.start + len(raw)
        marked = raw[:1] in _ALL_MARKS
        out.append(_Found(start, end, text, source, "excerpt", marked, line.index, "excerpt-trailer"))
        claimed.append((start, end))
    return out


def _statement_author(s: str, m: re.Match[str]) -> str | None:
    """Who issues the statement an intro announces: "statement by X" or the intro's subject."""
    if _STATEMENT_BY.search(m.group(0)):
        got = _read_name_forward(s, m.end())
        return _strip_article(got[0]) if got else None
    return _read_name_backward(s, m.start())


def _overlaps(claimed: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in claimed)


def _marked_quotes(body: Body, state: _State, claimed: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    spans = _marked_spans(body.lines)
    used: set[int] = set()
    lines = body.lines
    for k, span in enumerate(spans):
        if k in used:
            continue
        li0, a0, _ = span.segs[0]
        li1, _, b1 = span.segs[-1]
        start, end, text = _span_text(body, span)
        if _words(text) < 3 or _overlaps(claimed, start, end):
            continue
        s0 = _line_text(lines[li0])
        s1 = _line_text(lines[li1])
        found: _Attribution | None = None
        clause_end = -1
        if b1 is not None:
            after = _speaker_after(s1, b1 + 1, state, lines[li1].start + b1)
            if after and _starts_clause(s0, a0, len(span.segs) > 1 or _words(text) >= 6):
                found = (after[0], after[1], "direct")
                clause_end = after[2]
        cs = _clause_start(s0, a0)
        if found is None:
            lead = s0[cs:a0]
            found = _speaker_in_lead(lead, state, lines[li0].start + a0, colon_only_ok=True)
        if found is None and cs > 0 and s0[cs:a0].strip() == "" and _words(text) >= 5:
            prev_start = _clause_start(s0, max(0, cs - 2))
            prev = s0[prev_start:cs]
            for verb in _VERB.finditer(prev):
                name = _read_name_backward(prev, verb.start())
                if name:
                    found = (name, "previous-sentence", "direct")
                    break
        if found is None and a0 == 0 and li0 > 0:
            found = _from_previous_paragraph(body, li0, state)
        if found is None and a0 == 0 and b1 is not None and s1[b1 + 1 :].strip(" .,") == "":
            found = _dash_next_line(body, li1)
        if found is None:
            continue
        attribution, method, kind = found
        if kind == "direct" and attribution:
            state.speakers.append((start, attribution))
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
            _, end, n_text = _span_text(body, nxt)
            used.add(nk)
            text = text + " " + n_text
            li1, _, b1 = nxt.segs[-1]
            s1 = _line_text(lines[li1])
            again = _speaker_after(s1, b1 + 1, state, lines[li1].start + b1) if b1 is not None else None
            clause_end = again[2] if again and len(nxt.segs) == 1 else -1
            nk += 1
        text = text.rstrip().rstrip(",").rstrip()
        out.append(_Found(start, end, text, attribution, kind, True, li0, method))
        claimed.append((start, end))
    return out


def _dash_next_line(body: Body, li: int) -> tuple[str, str, QuoteKind] | None:
    """A whole-paragraph quotation signed on the next line: "— Jane Doe, CEO of Acme"."""
    if li + 1 >= len(body.lines):
        return None
    s = _line_text(body.lines[li + 1])
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


def _statement_intro(s: str) -> re.Match[str] | None:
    """The statement intro in a line (a cheap word test first: the regex is long)."""
    low = s.lower()
    if "statement" not in low and "declaraci" not in low and "comunicado" not in low:
        return None
    return _STATEMENT_INTRO.search(s)


def _from_previous_paragraph(body: Body, li: int, state: _State) -> _Attribution | None:
    """A quotation opening a paragraph, announced by the paragraph before it: a statement intro or
    a lead-in ending with a colon ("Brown said:")."""
    prev = _line_text(body.lines[li - 1])
    m = _statement_intro(prev)
    if m:
        who = _statement_author(prev, m)
        if who:
            return who, "statement-intro", "statement"
    if prev.rstrip().endswith(":"):
        cs = _clause_start(prev, len(prev.rstrip()) - 1)
        got = _speaker_in_lead(prev[cs:], state, body.lines[li - 1].start + cs, colon_only_ok=False)
        if got:
            return got
    return None


def _statements(body: Body, state: _State, claimed: list[tuple[int, int]]) -> list[_Found]:
    """Unmarked statements: the paragraphs after "issued the following statement:"; and unmarked
    excerpts after a document's lead-in ("The letter reads:")."""
    out: list[_Found] = []
    lines = body.lines
    for line in lines:
        if line.index + 1 >= len(lines):
            break
        s = _line_text(line)
        m = _statement_intro(s)
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
            t = _line_text(nxt).strip()
            if (
                _SEPARATOR.match(t)
                or _words(t) < 6
                or t[-1:] not in ".!?\u201d\")"
                or t[:1] in _ALL_MARKS
                or _statement_intro(t)
                or _overlaps(claimed, nxt.start, nxt.end)
            ):
                break
            run.append(nxt)
        if not run:
            continue
        start, end = run[0].start, run[-1].start + len(_line_text(run[-1]))
        text = "\n".join(_line_text(r).strip() for r in run)
        out.append(_Found(start, end, text, who, kind, False, run[0].index, method))
        claimed.append((start, end))
        if kind == "statement":
            state.speakers.append((start, who))
    return out


def _unmarked(body: Body, state: _State, claimed: list[tuple[int, int]]) -> list[_Found]:
    """Speech whose marks were lost: "Text, said Sen. X. More text." (the quote opens the
    paragraph) and "He said, Text..." (the quote runs to the paragraph's end)."""
    out: list[_Found] = []
    for line in body.lines:
        s = _line_text(line)
        if _overlaps(claimed, line.start, line.end) or any(c in s[1:] for c in _OPENERS):
            continue
        got = _unmarked_said_after(s, line, state)
        if got is None:
            got = _unmarked_said_before(s, line, state)
        if got is None and line.kind == "quote" and _words(s) >= 5:
            # A block quotation (HTML <blockquote>, Markdown ">") signed on the next line.
            signed = _dash_next_line(body, line.index)
            if signed:
                text = s.strip()
                got = _Found(line.start, line.start + len(s.rstrip()), text, signed[0], "direct", False,
                             line.index, "dash-after")
        if got is not None:
            out.append(got)
            claimed.append((got.start, got.end))
            state.speakers.append((got.start, got.attribution or ""))
    return out


def _unmarked_said_after(s: str, line: Line, state: _State) -> _Found | None:
    tries = 0
    for m in _COMMA.finditer(s):
        if not _VERB.match(s, m.end()) and not _PRONOUN_OR_NAME.match(s, m.end()):
            continue
        after = _speaker_after(s, m.start(), state, line.start + m.start())
        if not after or after[0] is None:
            continue
        tries += 1
        if tries > _MAX_TRIES:
            break
        # The quotation opens the paragraph, with no mark or with an opening mark whose closing
        # mark was lost ("“Text, said X.").
        opened = s[:1] in _OPENERS + _STRAIGHT
        head = s[1 if opened else 0 : m.start()]
        if _words(head) < 6 or any(c in head for c in _ALL_MARKS):
            continue
        end_clause = after[2]
        said = s[m.end() : end_clause].rstrip()
        if not said.endswith(".") or not (_CORE_VERB.match(said) or _CORE_VERB_LAST.search(said)):
            continue
        rest = s[end_clause:].strip()
        text = head.strip()
        end = line.start + m.start()
        if rest and not any(c in rest for c in _ALL_MARKS):
            text = text + " " + rest
            end = line.start + len(s.rstrip())
        method = "said-after" if opened else "unmarked-said"
        return _Found(line.start, end, text, after[0], "direct", opened, line.index, method)
    return None


def _unmarked_said_before(s: str, line: Line, state: _State) -> _Found | None:
    for tries, tail in enumerate(_UNMARKED_BEFORE_TAIL.finditer(s)):
        if tries > _MAX_TRIES:
            break
        # The verb ends at the comma ("He said, As ...") or has a short object before it ("told
        # conference call participants, As ...").
        verbs = list(_VERB.finditer(s, max(0, tail.start() - 50), tail.start()))
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
        if not lead or _words(lead) > 6:
            continue
        rest = s[tail.end() :].strip()
        if _words(rest) < 6 or _STRAIGHT in rest:
            continue
        if lead.lower() in _PRONOUNS:
            who = _resolve_pronoun(state, line.start + cs)
            method = "pronoun"
        else:
            who = _read_name_backward(s, v.start())
            method = "unmarked-said"
        if not who:
            continue
        start = line.start + tail.end()
        return _Found(start, line.start + len(s.rstrip()), rest, who, "direct", False, line.index, method)
    return None


def find_quotes(body: Body, langs: Languages) -> tuple[tuple[Quote, ...], list[Warning]]:
    """Direct quotes, statements and excerpts, in text order (counterparts unset)."""
    state = _State(body)
    claimed: list[tuple[int, int]] = []
    found = _excerpts(body, claimed)
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
