"""Extractor: media and press contacts (names, phones in E.164, emails).

Only contacts the release *labels* as contacts are returned ("Media Contact:", "CONTACT:",
"Contacto de prensa", "Contact Details", "For more information, contact ..."): people who are
quoted, letter signatories and the general phone number in an "About" paragraph are not.

How it works:

1. Find label occurrences: at the start of a line (after Markdown/link furniture), glued to a
   "FOR IMMEDIATE RELEASE" marker, or mid-line for colon labels such as "CONTACT:".
2. Collect the label's content: the rest of the label line, then the following short lines
   (block mode) until prose, a heading, an end marker or another label.
3. Cut every line into an ordered stream of fields (names, roles, organisations, phones,
   emails) and run a small state machine over it: a name starts a new person, phones and
   emails go to the current person(s). "A or B (202) 224-2353" gives both people the phone.
4. Contacts given in running text, on lines no label block has read, count only with a press cue:
   a sentence with "Media inquiries ... directed to Sean Trambley at ..." or "To schedule an
   interview, contact Isaac Lopez at ...", or "She can be reached at ..." next to a "For Media
   Inquiries" paragraph (the person is the one the paragraph names).
5. Phones become E.164 only where the country can be told (printed country code, the
   dateline's country, else ``options.default_region``); doubtful ones stay in ``phones_raw``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

import phonenumbers

from .chrome import FOLD_ODD, Body, LazyRegex, Line, lines_holding, may_contain
from .languages import Languages
from .options import ParseOptions
from .records import Contact, Dateline, Warning

STAGE = "contacts"

# --------------------------------------------------------------------------- regexes

# A contact label word group (English and Spanish). Matched case-insensitively at a chosen position;
# what follows it (colon, end of line, glued capital) is checked in code. Bounded, no nesting.
_LABEL = LazyRegex(
    r"(?:(?:media|press|news|pr|communications?)\s{1,3}(?:contacts?|inquiries|enquiries|relations|office|desk)"
    r"|for\s{1,3}(?:media|press)\s{1,3}(?:inquiries|enquiries|information)"
    r"|(?:contacts?|contactos?)\s{1,3}(?:for|para)\s{1,3}(?:the\s{1,3}|los\s{1,3})?(?:media|press|medios|prensa)"
    r"|contacts?(?:\s{1,3}(?:details|information|info|person|persons))?"
    r"|contactos?(?:\s{1,3}(?:de\s{1,3}prensa|de\s{1,3}medios|para\s{1,3}(?:los\s{1,3})?medios"
    r"|con\s{1,3}(?:los\s{1,3})?medios|con\s{1,3}la\s{1,3}prensa))?"
    r"|(?:informaci[oó]n|datos)\s{1,3}de\s{1,3}contacto"
    r"|(?:oficina|jefe|jefa|sala)\s{1,3}de\s{1,3}prensa"
    r"|relaciones\s{1,3}(?:con\s{1,3}(?:los\s{1,3})?medios|p[uú]blicas)|atenci[oó]n\s{1,3}a\s{1,3}medios"
    r"|editorial\s{1,3}contacts?|spokes(?:person|man|woman)|portavoz|vocer[oa]"
    r"|prensa|medios|press|media)(?![^\W\d_])",
    re.IGNORECASE,
)

# A multiword label glued to the capitalised text after it, as HTML-to-text dumps print
# "Contact DetailsJosé Carlos Collazo". The capital is checked case-sensitively.
_GLUED_LABEL = LazyRegex(
    r"(?:contact\s{1,3}(?:details|information|info)|(?:media|press)\s{1,3}contacts?"
    r"|contactos?\s{1,3}de\s{1,3}(?:prensa|medios)|(?:informaci[oó]n|datos)\s{1,3}de\s{1,3}contacto)"
    r"(?-i:(?=[A-Z\u00c0-\u00d6\u00d8-\u00de]))",
    re.IGNORECASE,
)

# Labels that name a contact the release does not mean for the press (public, investors, sales):
# they end a contact block and never start one.
_OTHER_AUDIENCE = LazyRegex(
    r"(?:(?:for\s{1,3})?(?:public|general|customer|consumer|investors?|sales|reader|patient|ir)\s{1,3}"
    r"(?:inquiries|enquiries|contacts?|relations|questions|information|service)"
    r"|contact\s{1,3}us\b|cont[aá]ctanos\b|cont[aá]ctenos\b)",
    re.IGNORECASE,
)

# A sub-heading naming another audience inside a contacts block ("Investors", "Investor Relations:"):
# the media contacts end there.
_OTHER_HEADING = LazyRegex(
    r"^(?:investors?(?:\s{1,3}relations)?|analysts?|sales|customers?|inversionistas|inversores)\s{0,3}:?$",
    re.IGNORECASE,
)

# "For more information" / "Para más información" lead-ins, followed later by a contact verb.
_PHRASE_LABEL = LazyRegex(
    r"(?:for\s{1,3}(?:more|further|additional)\s{1,3}information"
    r"|para\s{1,3}(?:obtener\s{1,3}|recibir\s{1,3})?(?:m[aá]s|mayor)\s{1,3}informaci[oó]n)",
    re.IGNORECASE,
)

# A contact verb after a phrase lead-in: "contact", "call", "comunicarse a", "escribir a".
_CONTACT_VERB = LazyRegex(
    r"\b(?:please\s{1,3})?(?:contact(?:ar|e|o)?|call|e-?mail|reach|write\s{1,3}to|comun[ií]quese|comunicarse"
    r"|llam(?:ar|e)|escrib(?:ir|a))\b(?:\s{1,3}(?:to|at|a|al|con|with|on)\b)?",
    re.IGNORECASE,
)

# "FOR IMMEDIATE RELEASE" (English and Spanish), the marker contact labels are often glued to.
_RELEASE_MARKER = LazyRegex(
    r"(?:for\s{1,3}immediate\s{1,3}release|para\s{1,3}(?:su\s{1,3})?(?:publicaci[oó]n|difusi[oó]n)\s{1,3}inmediata)",
    re.IGNORECASE,
)


# Words every _RELEASE_MARKER match holds.
_MARKER_WORDS = ("release", "inmediata")
_MARKER_BYTES = tuple(word.encode() for word in _MARKER_WORDS)

# Markdown/HTML furniture that may precede a label on its line: emphasis marks, bullets, '>' and
# empty or short link/image markup like "[](https://...)". Each alternative starts with a distinct
# literal, so the bounded repetition cannot backtrack badly.
_LEAD_FURNITURE = LazyRegex(r"(?:\s|[*_#>•·\-]|!?\[[^\]\n]{0,80}\]\([^)\s]{0,400}\))*")

# An email address. Local part and labels are bounded; the domain labels cannot contain '.', so the
# repetition of ".label" is unambiguous.
_EMAIL = LazyRegex(
    r"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})){1,6}"
)


def _has_email(text: str) -> bool:
    """An email address in ``text``; the "@" every match holds is looked for first, since _EMAIL tries a
    match at every letter of a line."""
    return "@" in text and _EMAIL.search(text) is not None

# Cloudflare's e-mail obfuscation placeholder as it reads in text dumps.
_CF_PLACEHOLDER = LazyRegex(r"\[\s{0,2}email(?:\s{1,3}|&#160;|&nbsp;|\u00a0)protected\s{0,2}\]", re.IGNORECASE)

# A phone number as printed: optional country code "+52", "(+32)" or "00 32", optional area code in
# parentheses, then digit groups joined by single separators (space, dot, dash or en dash, slash), an
# optional vanity tail of capitals ("800-456-UMASS", "1-800-FLOWERS"), optional extension. Not after
# "letter-" (an internal code such as "R-17" is not the start of a number). Every group is bounded and
# separators are not digits, so matching stays linear.
_PHONE = LazyRegex(
    r"(?<![\w+/.])(?<![A-Za-z]-)"
    r"(?:(?:\(\+\d{1,3}\)|\+\s?\d{1,3}|00\d{1,3})[ \u00a0.\-\u2013]?)?"
    r"(?:\(\d{1,5}\)[ \u00a0.\-\u2013]?)?"
    r"\d{1,12}(?:(?:[ \u00a0.\-/\u2010\u2011\u2013]|\s[\-\u2013]\s)\d{1,12}){0,6}"
    r"(?P<vanity>-[A-Z]{3,7}(?![\w@]))?"
    r"(?:\s?(?:x|ext\.?|extension|ext:)\s?\d{1,6})?"
    r"(?![\w@])"
)

# A date or year range that looks like a phone number ("18.07.2019", "2024-03-14", "2019-2020").
_DATE_LIKE = LazyRegex(r"^(?:\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}"
                        r"|(?:19|20)\d{2}\s?[\-/]\s?(?:19|20)\d{2})$")

# A URL or bare web address (removed from lines before names are read).
_URL = LazyRegex(r"(?:https?://|www\.)[^\s<>()\[\]]{1,500}", re.IGNORECASE)

# A social handle ("@EP_Transport", "@@EPSocialAffairs") that is not part of an email address.
_HANDLE = LazyRegex(r"(?<![\w.])@{1,2}\w{1,60}")

# Field labels inside a contact block ("Phone number:", "Office:", "Cell:", "Tel.", "E-mail:").
_SUBLABEL = LazyRegex(
    r"^(?:(?:office|work|direct|desk|main|home|mobile|cell|cellphone|cell\s{1,3}phone|phone|telephone|tel|t|m|o|c"
    r"|tel[eé]fono|tfno|m[oó]vil|celular|whatsapp|fax|f|e-?mail|correo(?:\s{1,3}electr[oó]nico)?|mail|web|website"
    r"|sitio\s{1,3}web|twitter|x|linkedin|facebook|instagram|contact\s{1,3}data|datos\s{1,3}de\s{1,3}contacto"
    r"|media|press|prensa|medios|media\s{1,3}relations)"
    r"(?:\s{1,3}(?:number|no\.?|n[uú]m\.?|account|cuenta|phone))?)\.?$",
    re.IGNORECASE,
)

# A fax label just before a phone number: that number is not a voice contact number.
_FAX_BEFORE = LazyRegex(r"\bfax\s{0,3}[:.]?\s{0,3}$", re.IGNORECASE)

# Lines that end a contact block: release end marks, "About ..." boilerplate, wire footers.
_BLOCK_END = LazyRegex(
    r"^(?:#{3,}|-{3,}|\*{3,}|_{3,}|-\s?30\s?-|end\b|fin\b"
    r"|about\s|acerca\s{1,3}de\b|sobre\s|further\s{1,3}information|more\s{1,3}information|m[aá]s\s{1,3}informaci[oó]n"
    r"|product\s{1,3}information|related|source\b|fuente\b|view\s{1,3}source|company\s{1,3}website"
    r"|original\s{1,3}source|follow\b|s[ií]guenos|share\b|compartir|sign\s{1,3}up|notes?\s{1,3}to\s{1,3}editors?"
    r"|editor'?s\s{1,3}notes?|photo\b|foto\b|image\b|imagen\b|keywords?\b|tags?\b|disclaimer|forward-looking"
    r"|safe\s{1,3}harbor|cautionary|ref\.|copyright|©|\(c\)|all\s{1,3}rights)",
    re.IGNORECASE,
)

# Pieces of a line are cut at these separators (commas, semicolons, colons, bars, spaced dashes, and
# runs of two spaces); a plain '-' inside a word ("Jean-Luc") is kept.
_PIECE_SPLIT = LazyRegex(r"\s{0,3}(?:[,;:|•·]|\s[\-\u2013\u2014]\s|\s{2,40})\s{0,3}")

# Words joining several names that share one phone: "James Arnold or Mary Collins Atkinson".
_NAME_JOIN = LazyRegex(r"\s{1,3}(?:or|and|&|y|o|/)\s{1,3}", re.IGNORECASE)

# ---------------------------------------------------------------------------- word lists


def _wordset(words: str) -> frozenset[str]:
    """A set of lowercase words written as one space-separated string (easier to read and extend)."""
    return frozenset(words.split())


_PARTICLES = _wordset(
    "de del la las los van von der den da di du dos das y e bin al le st. st ter ten"
)

# Words marking an organisation rather than a person.
_ORG_WORDS = _wordset(
    """inc inc. llc llp ltd ltd. corp corp. co co. company companies corporation group grupo gmbh ag sa s.a.
    s.a. sas plc pllc bv nv oy ab spa srl sociedad anónima anonima capital variable asociación asociacion
    association associates agency agencia partners partner communications comunicaciones comunicación comunicacion
    relaciones públicas publicas public relations pr media medios press prensa news noticias newswire wire
    office oficina department departamento ministry ministerio secretaría secretaria committee comité comite
    council consejo parliament parlamento congress congreso senate senado house cámara camara commission
    comisión comision center centre centro institute instituto foundation fundación fundacion university
    universidad college school escuela hospital clinic clínica clinica bank banco fund fondo trust
    network red alliance alianza coalition coalición coalicion federation federación federacion union unión
    society sociedad club league liga services servicios solutions soluciones systems sistemas technologies
    technology tecnología tecnologia labs lab studio studios industries industria holdings international
    internacional global worldwide america american americana national nacional federal state estatal city
    county ciudad municipal government gobierno embassy embajada consulate consulado law legal firm
    mining minería mineria energy energía energia health salud shop store tienda restaurant hotel hotels
    airlines airport aeropuerto museum museo church iglesia project proyecto program programa campaign campaña
    collective colectivo team equipo staff headquarters sede administration administración administracion
    authority autoridad bureau directorate dirección direccion division división board junta court tribunal
    police policía policia service servicio publishing editorial magazine revista radio television televisión"""
)

# Words marking a role or job title.
_ROLE_WORDS = _wordset(
    """officer spokesperson spokesman spokeswoman secretary director directora manager coordinator
    coordinadora coordinador specialist advisor adviser asesor asesora head chief lead associate assistant
    asistente representative relations affairs president presidente presidenta vice vp ceo cfo coo cto cmo
    founder fundador fundadora cofounder co-founder editor agent agente executive ejecutivo ejecutiva
    consultant consultor consultora strategist deputy portavoz vocero vocera gerente jefe jefa responsable
    encargado encargada analyst analista especialista counsel attorney abogado abogada chair chairman
    chairwoman partner principal owner propietario dueño intern becario producer productor productora
    publicist publicista staffer aide liaison enlace senior sr. jr. svp evp avp"""
)

# Capitalised words that are never part of a person's name in a contact block.
_NOT_NAME_WORDS = _wordset(
    """the for a an of and or to at in on by with from our your this that media press contact contacts
    contacto contactos phone telephone tel email e-mail mail office cell mobile fax inquiries enquiries
    information info más mas información informacion para prensa medios details data website web
    january february march april may june july august september october november december enero febrero
    marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre monday tuesday
    wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo
    united states america usa u.s. ee.uu. estados unidos release immediate embargoed news today
    hoy washington"""
)

_US_STATES = {
    "al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california", "co": "colorado",
    "ct": "connecticut", "de": "delaware", "fl": "florida", "ga": "georgia", "hi": "hawaii", "id": "idaho",
    "il": "illinois", "in": "indiana", "ia": "iowa", "ks": "kansas", "ky": "kentucky", "la": "louisiana",
    "me": "maine", "md": "maryland", "ma": "massachusetts", "mi": "michigan", "mn": "minnesota",
    "ms": "mississippi", "mo": "missouri", "mt": "montana", "ne": "nebraska", "nv": "nevada",
    "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york", "nc": "north carolina",
    "nd": "north dakota", "oh": "ohio", "ok": "oklahoma", "or": "oregon", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tn": "tennessee", "tx": "texas",
    "ut": "utah", "vt": "vermont", "va": "virginia", "wa": "washington", "wv": "west virginia",
    "wi": "wisconsin", "wy": "wyoming", "dc": "district of columbia",
}
# AP-style state abbreviations as printed in datelines (dots removed before lookup).
_US_AP = _wordset(
    """ala ariz ark calif cal colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
    nebr nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wisc wyo"""
)

# Country names (English and Spanish, accents removed, lowercase) to ISO 3166 region codes.
_COUNTRIES = {
    "united states": "US", "usa": "US", "us": "US", "eeuu": "US", "estados unidos": "US",
    "united states of america": "US", "mexico": "MX", "guatemala": "GT", "el salvador": "SV",
    "honduras": "HN", "nicaragua": "NI", "costa rica": "CR", "panama": "PA", "colombia": "CO",
    "venezuela": "VE", "ecuador": "EC", "peru": "PE", "bolivia": "BO", "chile": "CL", "argentina": "AR",
    "uruguay": "UY", "paraguay": "PY", "brazil": "BR", "brasil": "BR", "cuba": "CU",
    "dominican republic": "DO", "republica dominicana": "DO", "puerto rico": "PR", "haiti": "HT",
    "jamaica": "JM", "canada": "CA", "spain": "ES", "espana": "ES", "portugal": "PT", "france": "FR",
    "francia": "FR", "germany": "DE", "alemania": "DE", "italy": "IT", "italia": "IT",
    "united kingdom": "GB", "uk": "GB", "reino unido": "GB", "england": "GB", "inglaterra": "GB",
    "scotland": "GB", "ireland": "IE", "irlanda": "IE", "belgium": "BE", "belgica": "BE",
    "netherlands": "NL", "paises bajos": "NL", "holanda": "NL", "luxembourg": "LU", "luxemburgo": "LU",
    "switzerland": "CH", "suiza": "CH", "austria": "AT", "sweden": "SE", "suecia": "SE", "norway": "NO",
    "noruega": "NO", "denmark": "DK", "dinamarca": "DK", "finland": "FI", "finlandia": "FI",
    "poland": "PL", "polonia": "PL", "greece": "GR", "grecia": "GR", "georgia (country)": "GE",
    "lithuania": "LT", "lituania": "LT", "estonia": "EE", "latvia": "LV", "letonia": "LV",
    "croatia": "HR", "croacia": "HR", "czech republic": "CZ", "czechia": "CZ", "hungary": "HU",
    "hungria": "HU", "romania": "RO", "rumania": "RO", "bulgaria": "BG", "ukraine": "UA", "ucrania": "UA",
    "russia": "RU", "rusia": "RU", "turkey": "TR", "turquia": "TR", "israel": "IL", "india": "IN",
    "china": "CN", "japan": "JP", "japon": "JP", "south korea": "KR", "corea del sur": "KR",
    "singapore": "SG", "singapur": "SG", "australia": "AU", "new zealand": "NZ", "nueva zelanda": "NZ",
    "south africa": "ZA", "sudafrica": "ZA", "nigeria": "NG", "kenya": "KE", "egypt": "EG",
    "united arab emirates": "AE", "uae": "AE", "emiratos arabes unidos": "AE", "philippines": "PH",
    "filipinas": "PH", "indonesia": "ID", "malaysia": "MY", "thailand": "TH", "vietnam": "VN",
    "hong kong": "HK", "taiwan": "TW",
}

# Cities and states that tell a country without printing it (unambiguous ones only: "Santiago",
# "San Jose", "Ontario" also name places in the US, so they are left out).
_PLACES = {
    # Mexico: states and large cities
    "ciudad de mexico": "MX", "cdmx": "MX", "mexico city": "MX", "df": "MX", "monterrey": "MX",
    "guadalajara": "MX", "puebla": "MX", "tijuana": "MX", "queretaro": "MX", "merida": "MX",
    "cancun": "MX", "nuevo leon": "MX", "jalisco": "MX", "yucatan": "MX", "quintana roo": "MX",
    "chihuahua": "MX", "ciudad juarez": "MX", "sonora": "MX", "hermosillo": "MX", "sinaloa": "MX",
    "culiacan": "MX", "veracruz": "MX", "oaxaca": "MX", "chiapas": "MX", "tabasco": "MX",
    "villahermosa": "MX", "guanajuato": "MX", "aguascalientes": "MX", "san luis potosi": "MX",
    "zacatecas": "MX", "durango": "MX", "coahuila": "MX", "saltillo": "MX", "torreon": "MX",
    "tamaulipas": "MX", "michoacan": "MX", "morelia": "MX", "morelos": "MX", "cuernavaca": "MX",
    "toluca": "MX", "estado de mexico": "MX", "baja california": "MX", "mexicali": "MX", "acapulco": "MX",
    "guerrero": "MX", "hidalgo": "MX", "pachuca": "MX", "tlaxcala": "MX", "nayarit": "MX", "colima": "MX",
    "campeche": "MX", "leon": "MX", "zapopan": "MX", "ensenada": "MX", "los cabos": "MX",
    # Central and South America, Caribbean
    "san salvador": "SV", "ciudad de guatemala": "GT", "guatemala city": "GT", "tegucigalpa": "HN",
    "san pedro sula": "HN", "managua": "NI", "ciudad de panama": "PA", "panama city": "PA",
    "bogota": "CO", "medellin": "CO", "cali": "CO", "barranquilla": "CO", "cartagena": "CO", "lima": "PE",
    "quito": "EC", "guayaquil": "EC", "caracas": "VE", "buenos aires": "AR", "cordoba": "AR",
    "montevideo": "UY", "asuncion": "PY", "santo domingo": "DO", "la habana": "CU", "havana": "CU",
    "sao paulo": "BR", "rio de janeiro": "BR", "brasilia": "BR",
    # Europe
    "madrid": "ES", "barcelona": "ES", "sevilla": "ES", "valencia": "ES", "brussels": "BE", "bruxelles": "BE",
    "bruselas": "BE", "brussel": "BE", "strasbourg": "FR", "estrasburgo": "FR", "paris": "FR",
    "london": "GB", "londres": "GB", "berlin": "DE", "rome": "IT", "roma": "IT", "lisbon": "PT",
    "lisboa": "PT", "amsterdam": "NL", "dublin": "IE", "luxembourg city": "LU",
    # Canada
    "toronto": "CA", "montreal": "CA", "vancouver": "CA", "ottawa": "CA", "calgary": "CA", "ont": "CA",
    "bc": "CA", "british columbia": "CA", "quebec": "CA", "alberta": "CA",
}


# ---------------------------------------------------------------------------- data


@dataclass(slots=True)
class _Field:
    """One piece of a contact line: its kind, cleaned text and span in ``Body.text``."""

    kind: str  # name, names, role, org, phone, email, hidden-email, other
    text: str
    start: int
    end: int
    names: tuple[tuple[str, int, int], ...] = ()


@dataclass(slots=True)
class _Draft:
    """A contact being assembled."""

    name: str | None
    start: int
    end: int
    method: str
    organization: str | None = None
    role: str | None = None
    phones_raw: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    hidden_email: bool = False

    def has_means(self) -> bool:
        return bool(self.phones_raw or self.emails or self.hidden_email)

    def touch(self, start: int, end: int) -> None:
        self.start = min(self.start, start)
        self.end = max(self.end, end)


# ---------------------------------------------------------------------------- small helpers


def _fold(text: str) -> str:
    """Lowercase, strip accents and dots, collapse spaces: the lookup form of a place name."""
    if text.isascii():
        plain = text  # no accents to strip: skip the decomposition
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.casefold().replace(".", "")
    return " ".join(plain.split())


# The separators between the parts of a place ("Monterrey, Mexico", "Bruxelles/Brussels").
_PLACE_SPLIT = LazyRegex(r"[,/]")

_US_STATE_NAMES = frozenset(_US_STATES.values())


def _region_of_place(place: str) -> str | None:
    """The ISO region a dateline-style place names ("Monterrey, Mexico", "Los Angeles, CA"), or None."""
    parts = [p.strip() for p in _PLACE_SPLIT.split(place[:200]) if p.strip()]
    for part in reversed(parts):
        folded = _fold(part)
        if not folded:
            continue
        if folded in _US_STATES or folded in _US_STATE_NAMES or folded in _US_AP:
            return "US"
        if folded in _COUNTRIES:
            return _COUNTRIES[folded]
        if folded in _PLACES:
            return _PLACES[folded]
        raw = part.strip(" .")
        if len(raw) == 2 and raw.isupper() and raw in phonenumbers.SUPPORTED_REGIONS:
            return str(raw)
        # "Mexico City, Mexico" style parts: try the last words
        words = folded.split()
        for size in (3, 2, 1):
            if len(words) > size:
                tail = " ".join(words[-size:])
                if tail in _COUNTRIES:
                    return _COUNTRIES[tail]
                if tail in _PLACES:
                    return _PLACES[tail]
    return None


# The head of an opening line that may hold a place: text before a dash, parenthesis or wire marker.
_OPENING_HEAD = LazyRegex(r"^([^\n\u2013\u2014(/]{2,80}?)\s{0,3}(?:\(|\u2013|\u2014|--|\s-\s|/)")


def _page_region(body: Body, dateline: Dateline | None) -> str | None:
    """The country the release comes from, where the dateline (or an opening place line) tells it."""
    if dateline is not None:
        return _region_of_place(dateline.location)
    # The dateline stage may have found nothing: look at the opening of the first lines ourselves.
    for line in body.lines[:12]:
        if "," not in line.text[:80]:
            continue  # the head is at most 80 characters and must hold a comma
        head = _OPENING_HEAD.match(line.text[:120])
        if head and "," in head.group(1):
            region = _region_of_place(head.group(1))
            if region is not None:
                return region
    return None


def _digits(text: str) -> str:
    return "".join(filter(str.isdigit, text))


def _is_name_token(token: str) -> bool:
    """A capitalised word, an all-caps surname, an initial, or a hyphen/apostrophe compound of those."""
    if len(token) == 2 and token[0].isalpha() and token[0].isupper() and token[1] == ".":
        return True
    parts = _TOKEN_PARTS.split(token)
    for part in parts:
        if not part:
            return False
        if not all(ch.isalpha() for ch in part):
            return False
        if part.isupper() and len(part) >= 2:
            continue
        if len(part) == 1 and part.isupper():
            continue  # the O of O'Brien
        if part[0].isupper() and part[1:].islower():
            continue
        # McDonald, MacArthur, DeLuca, LaRosa
        if _PREFIXED_NAME.match(part):
            continue
        return False
    return True


# The joints of a compound name token: hyphen and apostrophes ("Jean-Luc", "O'Brien").
_TOKEN_PARTS = LazyRegex(r"[\-'\u2019]")
# A surname with a capitalised prefix: McDonald, MacArthur, DeLuca, LaRosa.
_PREFIXED_NAME = LazyRegex(r"^(Mc|Mac|De|La|Le|Di|Da|Van|Von)([A-Z][a-z]+)$")


def _looks_like_name(text: str) -> bool:
    """Two to five name tokens, particles aside ("Renee Garcia", "Viktor ALMQVIST", "Ian A. Northon",
    "María Fernanda López de la Garza")."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 8 or sum(1 for t in tokens if t.casefold() not in _PARTICLES) > 5:
        return False
    if tokens[0].casefold() in _PARTICLES or tokens[-1].casefold() in _PARTICLES:
        return False
    real = 0
    for token in tokens:
        low = token.casefold()
        if low in _PARTICLES:
            continue
        if low in _NOT_NAME_WORDS or low in _ORG_WORDS or low in _ROLE_WORDS:
            return False
        if not _is_name_token(token):
            return False
        if not (len(token) == 2 and token.endswith(".")):
            real += 1
    if real < 2:
        return False
    # All-caps multiword pieces are headings or organisations far more often than names.
    return not all(t.isupper() for t in tokens if t.casefold() not in _PARTICLES)


def _words(text: str) -> list[str]:
    return [w.strip(".,()").casefold() for w in text.split()]


def _has_org_word(text: str) -> bool:
    return any(w in _ORG_WORDS for w in _words(text)) or "&" in text


def _has_role_word(text: str) -> bool:
    return any(w in _ROLE_WORDS for w in _words(text))


def _capitalised_phrase(text: str) -> bool:
    """Mostly capitalised short text, as organisation names are printed."""
    tokens = [t for t in text.split() if t.casefold() not in _PARTICLES]
    if not tokens or len(text.split()) > 8:
        return False
    caps = sum(1 for t in tokens if t[:1].isupper() or t[:1].isdigit() or t[:1] == "&")
    return caps == len(tokens)


def _clean_email(raw: str) -> str:
    local, _, domain = raw.partition("@")
    return f"{local}@{domain.lower()}"


# Connector words trimmed from the edges of a piece ("Jane Doe at", "a", "y").
_EDGE_WORDS = _wordset(
    "at a al en or o y and on via by to is es call llame contact"
)


def _trim_piece(text: str, start: int) -> tuple[str, int]:
    """Strip furniture and connector words from both ends; return the text and its new start."""
    edge = " \t*_\"'`“”‘’.,;:()[]{}<>-–—|•·"
    left = len(text) - len(text.lstrip(edge))
    text = text.strip(edge)
    start += left
    changed = True
    while changed and text:
        changed = False
        words = text.split(" ")
        if len(words) > 1 and words[0].casefold() in _EDGE_WORDS:
            cut = len(words[0]) + 1
            rest = text[cut:]
            left = len(rest) - len(rest.lstrip(edge))
            text = rest.strip(edge)
            start += cut + left
            changed = True
            continue
        if len(words) > 1 and words[-1].casefold() in _EDGE_WORDS:
            text = text[: len(text) - len(words[-1])].rstrip(edge)
            changed = True
        elif len(words) == 1 and words[0].casefold() in _EDGE_WORDS:
            return "", start
    return text, start


# ---------------------------------------------------------------------------- line to fields


# Contact details sit in short lines: no more than this many characters of one line are cut into fields.
_FIELD_CHARS = 2000


def _line_fields(text: str, base: int) -> list[_Field]:
    """Cut a contact line into ordered fields. ``base`` is the offset of ``text`` in ``Body.text``."""
    text = text[:_FIELD_CHARS]
    marks: list[tuple[int, int, str]] = []  # (start, end, kind) of phones, emails, urls, handles

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in marks)

    # Every _URL match holds "://" or "." and every _PHONE match a digit: lines without are not searched.
    for m in _URL.finditer(text) if "://" in text or "." in text else ():
        # a URL never swallows an email address after it
        marks.append((m.start(), m.end(), "url"))
    # The literal "[" and "@" the two patterns need are tested first: most lines hold neither.
    if "[" in text:
        for m in _CF_PLACEHOLDER.finditer(text):
            if free(m.start(), m.end()):
                marks.append((m.start(), m.end(), "hidden-email"))
    has_at = "@" in text
    for m in _EMAIL.finditer(text) if has_at else ():
        if free(m.start(), m.end()):
            marks.append((m.start() + _glued_org_prefix(text, m.start(), m.group(0)), m.end(), "email"))
    for m in _HANDLE.finditer(text) if has_at else ():
        if free(m.start(), m.end()):
            marks.append((m.start(), m.end(), "handle"))
    for m in _PHONE.finditer(text) if any(map(str.isdigit, text)) else ():
        raw = m.group(0).strip()
        vanity = m.group("vanity")
        count = sum(map(str.isdigit, raw)) + (len(vanity) - 1 if vanity else 0)
        if count < 7 or _DATE_LIKE.match(raw) or not free(m.start(), m.end()):
            continue
        if vanity and not 10 <= count <= 11:
            continue  # a vanity number spells out a North American number: "800-456-UMASS"
        if _FAX_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            marks.append((m.start(), m.end(), "fax"))
            continue
        if count <= 15:
            marks.append((m.start(), m.start() + len(raw), "phone"))
        elif not vanity:
            # Two numbers printed side by side ("787-645-4939 787-782-8800") read as one run; any other
            # long digit run is no phone, but still not part of the name before it.
            parts = _split_numbers(raw)
            for part_start, part_end in parts:
                marks.append((m.start() + part_start, m.start() + part_end, "phone"))
            if not parts:
                marks.append((m.start(), m.start() + len(raw), "digits"))
    marks.sort()

    fields: list[_Field] = []
    pos = 0

    def add_text(seg_start: int, seg_end: int) -> None:
        segment = text[seg_start:seg_end]
        # Parenthesised asides ("(BXL)", "(Spanish)") are not names or organisations.
        cursor = 0
        for piece_match in _PIECE_SPLIT.finditer(segment + ","):
            piece = segment[cursor : piece_match.start()]
            piece_start = seg_start + cursor
            cursor = piece_match.end()
            if not piece.strip():
                continue
            if "(" in piece or ")" in piece:
                piece = _ASIDE.sub(_blank, piece)
            cleaned, cstart = _trim_piece(piece, piece_start)
            if not cleaned:
                continue
            fields.extend(_classify_glued(cleaned, base + cstart))
            if _SUBLABEL.match(piece.strip(" \t*_.:")):
                fields[-1] = _Field("sublabel", cleaned, base + cstart, base + cstart + len(cleaned))

    for start, end, kind in marks:
        if start > pos:
            add_text(pos, start)
        if kind in ("phone", "email", "hidden-email"):
            value = text[start:end]
            fields.append(_Field(kind, value, base + start, base + end))
        pos = max(pos, end)
    if pos < len(text):
        add_text(pos, len(text))
    return _merge_org_line(fields, text, base)


# A parenthesised aside in a piece ("(BXL)", "(Spanish)"): blanked out, keeping offsets.
_ASIDE = LazyRegex(r"\([^()]{0,80}\)")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# One North American number as printed in a run of two: "787-645-4939", "973.647.4176", "1 202 555 0100".
_NANP_PIECE = LazyRegex(r"(?:\+?1[ .\-]?)?\d{3}[ .\-\u2013]\d{3}[ .\-\u2013]\d{4}")


# A space-separated chunk of a digit run.
_CHUNK = LazyRegex(r"\S{1,40}")


def _split_numbers(run: str) -> list[tuple[int, int]]:
    """Spans of the North American numbers a run of space-separated digit groups is made of
    ("787-645-4939 787-782-8800"); nothing where the run does not cut up exactly so."""
    chunks = [(m.start(), m.end(), len(_digits(m.group(0)))) for m in _CHUNK.finditer(run)]
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(chunks):
        end = index
        count = 0
        while end < len(chunks) and count < 10:
            count += chunks[end][2]
            end += 1
        piece_start, piece_end = chunks[index][0], chunks[end - 1][1]
        if not _NANP_PIECE.fullmatch(run[piece_start:piece_end]):
            return []
        spans.append((piece_start, piece_end))
        index = end
    return spans if len(spans) >= 2 else []


def _merge_org_line(fields: list[_Field], text: str, base: int) -> list[_Field]:
    """A line made only of organisation pieces ("OCEAN MINING, Sociedad Anónima de Capital Variable")
    is one organisation name, commas and all."""
    kinds = {f.kind for f in fields}
    if len(fields) >= 2 and kinds <= {"org", "org-maybe"} and "org" in kinds:
        start, end = fields[0].start, fields[-1].end
        return [_Field("org", text[start - base : end - base], start, end)]
    return fields


# A lowercase letter directly followed by a capital inside a word: where an HTML-to-text dump glued two
# lines ("Katie SullivanBateman Group").
_CAMEL_GLUE = LazyRegex(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")


def _classify_glued(text: str, start: int) -> list[_Field]:
    """Classify a piece; where it is no name but opens with a name glued to more text, split it."""
    whole = _classify_piece(text, start)
    if whole.kind == "names":
        return [whole]
    for glue in _CAMEL_GLUE.finditer(text[:200]):
        left, right = text[: glue.start()], text[glue.start() :]
        if _looks_like_name(left) and not left.endswith(("Mc", "Mac")):  # "McDonald" is one name
            return [_classify_piece(left, start), _classify_piece(right, start + glue.start())]
    return [whole]


# The capitalised start of an email's local part ("Grouphackerrank@...").
_LOCAL_HEAD = LazyRegex(r"[A-Z][a-z]{1,20}")
# A capitalised word and one space just before the email ("Bateman Grouphackerrank@...").
_CAPITAL_WORD_BEFORE = LazyRegex(r"[A-Z][\w&.\-]{0,40} $")


def _glued_org_prefix(text: str, start: int, email: str) -> int:
    """How many characters at the start of an email are really the end of an organisation name glued
    to it by an HTML-to-text dump that dropped a line break: "Bateman Grouphackerrank@bateman-group.com"
    reads "Bateman Group" + "hackerrank@...". Only an organisation word after a capitalised word counts."""
    head = _LOCAL_HEAD.match(email)
    if head is None or not _CAPITAL_WORD_BEFORE.search(text[max(0, start - 42) : start]):
        return 0
    local = email.partition("@")[0]
    for size in range(min(len(head.group(0)), len(local) - 2), 1, -1):
        if local[:size].casefold() in _ORG_WORDS and local[size].islower():
            return size
    return 0


def _classify_piece(text: str, start: int) -> _Field:
    """Name(s), role, organisation, field label or other text."""
    end = start + len(text)
    if _SUBLABEL.match(text):
        return _Field("sublabel", text, start, end)
    if any(map(str.isdigit, text)):
        return _Field("other", text, start, end)
    # Several people sharing the following phone: "James Arnold or Mary Collins Atkinson".
    joins = list(_NAME_JOIN.finditer(text))
    if joins:
        names: list[tuple[str, int, int]] = []
        cursor = 0
        ok = True
        for join in [*joins, None]:
            part_end = join.start() if join is not None else len(text)
            part = text[cursor:part_end]
            if not _looks_like_name(part):
                ok = False
                break
            names.append((part, start + cursor, start + part_end))
            if join is not None:
                cursor = join.end()
        if ok and len(names) >= 2:
            return _Field("names", text, start, end, names=tuple(names))
    if _looks_like_name(text):
        return _Field("names", text, start, end, names=((text, start, end),))
    if _has_role_word(text) and len(text.split()) <= 8:
        return _Field("role", text, start, end)
    if _has_org_word(text) and _capitalised_phrase(text):
        return _Field("org", text, start, end)
    if _capitalised_phrase(text) and (len(text.split()) >= 2 or (len(text) >= 3 and text[0].isupper())):
        return _Field("org-maybe", text, start, end)
    return _Field("other", text, start, end)


# ---------------------------------------------------------------------------- labels


@dataclass(slots=True)
class _Label:
    """A contact label found in a line."""

    line_index: int
    content_start: int
    """Offset in the line where the content after the label starts."""
    strong: bool
    """Colon, glued content or inline contact means; a bare "Contacts" line is weak."""
    phrase: bool = False
    """A "For more information ..." lead-in (needs stronger evidence)."""
    midline: bool = False
    """Found inside a line ("... CONTACT: Alicia Vargas 213.653-1442 ..."): its details must follow inline."""


# A word (letters only) and a space just before a mid-line label candidate.
_WORD_BEFORE = LazyRegex(r"(?<![\w.])[^\W\d_]{2,30}\s{1,3}$")

# One-word labels that are ordinary words too: a label only with a colon ("Prensa:", "Spokesperson:").
_COLON_ONLY_LABELS = _wordset("prensa medios press media spokesperson spokesman spokeswoman portavoz vocero vocera")


def _label_at(text: str, pos: int, *, midline: bool) -> tuple[int, bool] | None:
    """A label starting at ``pos`` of ``text``: (content start, strong) or None."""
    glued = _GLUED_LABEL.match(text, pos)
    if glued and not midline:
        return glued.end(), True
    m = _LABEL.match(text, pos)
    if not m:
        return None
    other = _OTHER_AUDIENCE.match(text, pos)
    if other:
        return None
    label = m.group(0)
    end = m.end()
    multiword = " " in label.strip() or "\t" in label
    if multiword and not midline:
        # "For media inquiries, please contact:" / "Press inquiries contact Jane Doe ...": the verb is
        # part of the label.
        verb_tail = _LABEL_VERB_TAIL.match(text, end)
        if verb_tail is not None:
            return verb_tail.end(), True
    colon = _COLON_AFTER.match(text, end)
    if colon:
        if midline and not (label.isupper() or multiword or (pos <= 60 and not _LOWER_WORD.search(text[:pos]))):
            return None
        if midline and _WORD_BEFORE.search(text[max(0, pos - 30) : pos]):
            # "Investor Contact:", "SOCIAL MEDIA:": another kind of contact, or not a label at all
            return None
        return colon.end(), True
    if midline:
        return None
    if _fold(label) in _COLON_ONLY_LABELS:
        return None
    rest = text[end:]
    tail = rest.strip(" *_\t")
    if not tail:
        return end, False
    first = rest[0]
    if first in " \t" and multiword and (_has_email(rest[:300]) or _PHONE_LIKE.search(rest[:300])):
        return end, True
    return None


# A colon right after a label, with emphasis marks around it ("Contact:", "CONTACT **:**", "Prensa：").
_COLON_AFTER = LazyRegex(r"\s{0,3}\**\s{0,2}[:：]\**")

# A contact verb right after a multiword label, ending the label: ", please contact:", " contact",
# ", comunicarse con:". Bounded spaces, fixed words.
_LABEL_VERB_TAIL = LazyRegex(
    r"\s{0,3},?\s{0,3}(?:please\s{1,3})?(?:contact|call|e-?mail|reach\s{1,3}out\s{1,3}to|write\s{1,3}to"
    r"|contactar\s{1,3}a|comunicarse\s{1,3}(?:con|a)|comun[ií]quese\s{1,3}con|escribir\s{1,3}a)\b\s{0,3}[:：]?",
    re.IGNORECASE,
)

# A quick test for "there is a phone-like run here" (seven or more digits with separators).
_PHONE_LIKE = LazyRegex(r"\d[\d \u00a0().\-]{5,20}\d")
# The same on ASCII text (where \d is [0-9] and no \u00a0 occurs): a range is cheaper to test than the
# Unicode digit category, which counts when a whole page is searched.
_PHONE_LIKE_ASCII = LazyRegex(r"[0-9][0-9 ().\-]{5,20}[0-9]")


def _find_labels(page: _Page) -> list[_Label]:
    """The contact labels of the page, in line order; the scan stops after _MAX_LABELS_FOUND."""
    labels: list[_Label] = []
    texts = page.texts
    # Only lines holding a label word can hold a label.
    for index in page.lines_with_words(_LABEL_WORDS):
        if len(labels) >= _MAX_LABELS_FOUND:
            break
        text = texts[index]
        if not text:
            continue
        lead = _LEAD_FURNITURE.match(text)
        pos = lead.end() if lead else 0
        found = _label_at(text, pos, midline=False)
        if found is not None:
            labels.append(_Label(index, found[0], found[1]))
            continue
        phrase = _PHRASE_LABEL.match(text, pos)
        if phrase is not None and not text[phrase.end() :].strip(" \t*_:.…"):
            # "For More Information" alone as a heading: a block label, if contact means follow
            labels.append(_Label(index, len(text), False))
            continue
        if phrase is not None:
            verb = _CONTACT_VERB.search(text, phrase.end(), min(len(text), phrase.end() + 80))
            if verb is not None:
                labels.append(_Label(index, verb.end(), True, phrase=True))
                continue
            colon = _COLON_SOON.match(text, phrase.end())
            if colon is not None:
                labels.append(_Label(index, colon.end(), True, phrase=True))
                continue
        # Labels glued to or following a FOR IMMEDIATE RELEASE marker, or a colon label mid-line.
        head = text[:400]
        marker = _RELEASE_MARKER.search(head) if may_contain(head, _MARKER_WORDS) else None
        if marker is not None:
            after_marker = text[marker.end() :][:120]
            for cand in _AFTER_MARKER_CAND.finditer(after_marker):
                found = _label_at(text, marker.end() + cand.start(), midline=False)
                if found is not None:
                    labels.append(_Label(index, found[0], True))
                    break
            else:
                _midline_label(text, index, labels)
            continue
        _midline_label(text, index, labels)
    return labels


# A colon soon after a "For more information" lead-in ("For more information on the program:").
_COLON_SOON = LazyRegex(r"[^:\n]{0,60}:")

# Label candidates in the text right after a FOR IMMEDIATE RELEASE marker (glued: "RELEASEContact:").
_AFTER_MARKER_CAND = LazyRegex(r"(?i)(?<![a-z])(?:contact|media|press|contacto|prensa)")

# Mid-line label candidates: a label word after a non-letter (a colon check follows in code).
_MIDLINE_CAND = LazyRegex(
    r"(?<![\w@.])(?:CONTACTOS?|CONTACTS?|MEDIA|PRESS|PRENSA|Media|Press|Contacts?|Contactos?)(?=[\s:])"
)


# The literal words _MIDLINE_CAND starts with (it is case-sensitive): a line holding none has no candidate.
_MIDLINE_WORDS = ("CONTACT", "MEDIA", "PRESS", "PRENSA", "Media", "Press", "Contact")


def _midline_label(text: str, index: int, labels: list[_Label]) -> None:
    head = text[:2000]
    if not any(word in head for word in _MIDLINE_WORDS):
        return  # most lines: no label word, no regex run
    for cand in _MIDLINE_CAND.finditer(head):
        found = _label_at(text, cand.start(), midline=True)
        if found is not None:
            labels.append(_Label(index, found[0], True, midline=True))
            return


# ---------------------------------------------------------------------------- blocks


# An end mark or rule on its own line: "###", "# # #", "---", "***", "___".
_RULE_LINE = LazyRegex(r"^(?:(?:#\s?){3,10}|-{3,}|\*{3,}|_{3,}|(?:\*\s){2,}\*)$")


def _is_block_end(text: str) -> bool:
    if _RULE_LINE.match(text.strip()):
        return True
    stripped = text.strip(" *_#>\t")
    return bool(stripped) and bool(_BLOCK_END.match(stripped))


def _heading_like(text: str) -> bool:
    """A short line ending in a colon ("For Public Inquiries:"): another section starts."""
    stripped = text.strip(" *_\t")
    return stripped.endswith(":") and len(stripped) <= 60 and not _SUBLABEL.match(stripped.rstrip(":").strip())


_USEFUL_KINDS = frozenset(("names", "role", "org", "org-maybe", "phone", "email", "hidden-email"))


# A word written in lowercase (prose has many; contact lines have few: "or", "at", "y").
_LOWER_WORD = LazyRegex(r"(?<![\w@./:])[a-z\u00df-\u00ff][a-z\u00df-\u00ff'\u2019\-]{0,30}(?![\w@.])")


def _is_prose(text: str) -> bool:
    """A sentence rather than a contact line: six or more lowercase words, URLs and emails aside."""
    plain = text[:_FIELD_CHARS]
    if "@" in plain:
        plain = _EMAIL.sub(" ", plain)
    if "://" in plain or "." in plain:  # the literals every _URL match holds
        plain = _URL.sub(" ", plain)
    return len(_LOWER_WORD.findall(plain)) >= 6


def _means_count(fields: list[_Field]) -> int:
    return sum(1 for f in fields if f.kind in ("phone", "email", "hidden-email"))


def _collect(
    body: Body, label: _Label, label_indexes: set[int], limit: int
) -> tuple[list[list[_Field]], int]:
    """The fields of a label's content, one list per line, and the index of the last line used."""
    lines = body.lines
    first = lines[label.line_index]
    first_text = first.text[:limit]
    content = first_text[label.content_start :]
    rows: list[list[_Field]] = []
    last = label.line_index
    inline_fields: list[_Field] = []
    if content.strip():
        inline_fields = _inline_fields(content, first.start + label.content_start)
        if inline_fields:
            rows.append(inline_fields)
    inline_complete = _means_count(inline_fields) > 0
    # A mid-line label that ends its line ("... # # #   Media Contact:" where Markdown joined the
    # soft-wrapped lines) heads a block on the next lines, like a label on a line of its own.
    label_ends_line = not content.strip(" \t*_")
    if label.midline and not inline_complete and not label_ends_line:
        return [], last
    if label.phrase and not inline_complete and not content.rstrip().endswith(":"):
        return rows, last
    # Weak label ("Contacts" alone on a line): only if contact means follow within five lines.
    if not label.strong:
        ahead = " ".join(line.text[:limit] for line in lines[label.line_index + 1 : label.line_index + 6])
        if not (_has_email(ahead) or ('[' in ahead and _CF_PLACEHOLDER.search(ahead)) or _PHONE_LIKE.search(ahead)):
            return [], last
    quiet = 0
    for index in range(label.line_index + 1, min(len(lines), label.line_index + 31)):
        text = lines[index].text[:limit]
        if _JOIN_LINE.match(text) and index + 1 < len(lines) and _means_count(rows[-1] if rows else []) > 0:
            # "or" alone between two people ("CONTACT: Diana Alvear ... / or / Kevin Israel ...")
            continue
        if index in label_indexes or _is_block_end(text) or _heading_like(text) or len(text) > 200:
            break
        if _OTHER_AUDIENCE.match(text.strip(" *_\t")) or _OTHER_HEADING.match(text.strip(" *_\t")):
            break
        if _is_prose(text):
            break
        fields = _line_fields(text, lines[index].start)
        means = _means_count(fields)
        if inline_complete and means == 0:
            break
        useful = [f for f in fields if f.kind in _USEFUL_KINDS]
        if not useful:
            # an address line ("11000 Folsom Blvd ...") or a URL is skipped; prose ends the block
            only_text = all(f.kind in ("sublabel", "other") for f in fields) and any(f.kind == "other" for f in fields)
            if only_text and not _DIGIT_START.match(text) and not _URL.search(text):
                break
            quiet += 1
        elif means == 0:
            quiet += 1
        else:
            quiet = 0
        if quiet >= 6:
            break
        rows.append(fields)
        last = index
    return rows, last


# A line starting with a digit (an address: "11000 Folsom Blvd").
_DIGIT_START = LazyRegex(r"\s*\d")

# A line holding only a joining word between two people: "or", "and", "o", "y".
_JOIN_LINE = LazyRegex(r"^\s{0,10}(?:or|and|o|y|&)\s{0,10}$", re.IGNORECASE)


def _inline_fields(content: str, base: int) -> list[_Field]:
    """Fields of the text after a label on its own line, cut where the contact run ends."""
    fields = _line_fields(content, base)
    # The contact run ends after its last phone/email when prose follows ("... 213.653-1442 LOS
    # ANGELES – A federal court ..."): keep fields up to the last contact means.
    last_means = max((i for i, f in enumerate(fields) if f.kind in ("phone", "email", "hidden-email")), default=-1)
    if last_means >= 0:
        tail = fields[last_means + 1 :]
        keep_tail = [f for f in tail if f.kind in ("role", "org") and f.start - fields[last_means].end <= 3]
        return fields[: last_means + 1] + keep_tail[:1]
    if len(content.strip()) > 160:
        return []
    return fields


# ---------------------------------------------------------------------------- people


def _people(rows: list[list[_Field]], method: str) -> list[_Draft]:
    """Run the name/phone/email state machine over the fields of one contact block.

    A name (or "A or B") starts a new group of people; roles and organisations printed next to
    it describe the group; phones and emails go to every member of the current group. An
    organisation printed before any name heads the block and applies to the people after it."""
    done: list[_Draft] = []
    group: list[_Draft] = []
    pending_org: str | None = None
    pending_org_start: int | None = None  # where an organisation heading a nameless contact starts
    pending_role: str | None = None

    def close() -> None:
        done.extend(group)
        group.clear()

    for row in rows:
        named_in_row = False
        for f in row:
            described_in_row = named_in_row or any(x.kind == "role" and x.end <= f.start for x in row)
            group_has_means = any(d.has_means() for d in group)
            if f.kind == "names":
                close()
                for text, start, end in f.names:
                    draft = _Draft(name=text, start=start, end=end, method=method)
                    draft.organization = pending_org
                    draft.role = pending_role
                    group.append(draft)
                pending_role = None
                named_in_row = True
            elif f.kind == "role":
                if group and all(d.role is None for d in group) and (named_in_row or not group_has_means):
                    for d in group:
                        d.role = f.text
                        d.touch(f.start, f.end)
                elif not group:
                    pending_role = f.text
            elif f.kind in ("org", "org-maybe"):
                if not group:
                    pending_org = f.text
                    pending_org_start = f.start
                elif not group_has_means and (f.kind == "org" or described_in_row):
                    for d in group:
                        if d.organization is None or d.organization == pending_org:
                            d.organization = f.text
                            d.touch(f.start, f.end)
                elif group_has_means and f.kind == "org":
                    close()
                    pending_org = f.text
                    pending_org_start = f.start
            elif f.kind in ("phone", "email", "hidden-email"):
                if (f.kind == "phone" and len(group) == 1 and group[0].name is None and group[0].emails
                        and group[0].phones_raw and not named_in_row and group[0].end < row[0].start):
                    # Nameless details restart ("Phone, E-mail, Phone, E-mail"): a phone on a new line
                    # after a complete phone-and-email set starts the next person's details.
                    close()
                if not group:
                    draft = _Draft(name=None, start=f.start, end=f.end, method=method)
                    draft.organization = pending_org
                    if pending_org_start is not None and all(d.end <= pending_org_start for d in done):
                        # "Dirección de Comunicación Social, Tel. ...": the organisation is the contact
                        draft.start = pending_org_start
                    draft.role = pending_role
                    pending_role = None
                    group.append(draft)
                for d in group:
                    if f.kind == "phone":
                        if f.text not in d.phones_raw:
                            d.phones_raw.append(f.text)
                    elif f.kind == "email":
                        email = _clean_email(f.text)
                        if email not in d.emails:
                            d.emails.append(email)
                    else:
                        d.hidden_email = True
                    d.touch(f.start, f.end)
    close()
    return [d for d in done if d.has_means()]


# ---------------------------------------------------------------------------- sentences

# The cue that a paragraph hands out a contact for the press: "Media inquiries", "interview requests",
# "To schedule an interview", "consultas de prensa". A bare mention of the media or of an interview
# ("said in an interview") is too common in prose to count.
_INQUIRY_CUE = LazyRegex(
    r"\b(?:(?:media|press|news)\s{1,3}(?:inquiries|enquiries|requests|questions|contacts?)"
    r"|interview\s{1,3}requests?|(?:schedule|arrange|request|book|set\s{1,3}up)\s{1,3}(?:an?\s{1,3})?interviews?"
    r"|(?:consultas|solicitudes)\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:prensa|medios|entrevistas?)"
    r"|(?:solicitar|coordinar|agendar|programar)\s{1,3}(?:una\s{1,3})?entrevistas?)\b",
    re.IGNORECASE,
)

# A cue that one sentence speaks to the press: the inquiry cues above, or the press as the audience
# ("Reporters ...", "Members of the media ...", "para entrevistas"). Checked in the same sentence as a
# contact verb and a person's name.
_MEDIA_CUE = LazyRegex(
    _INQUIRY_CUE.pattern
    + r"|\b(?:reporters|journalists|periodistas|members\s{1,3}of\s{1,3}the\s{1,3}(?:media|press)"
    r"|(?:media|press)\s{1,3}(?:interested|wishing|planning|outlets|representatives|members)"
    r"|(?:for|para)\s{1,3}(?:interviews|entrevistas))\b",
    re.IGNORECASE,
)

# A verb handing the reader a person in running text: "contact Isaac Lopez", "be directed to Sean
# Trambley", "reach out to", "RSVP to", "comunicarse con". The name must follow it directly.
_SENTENCE_VERB = LazyRegex(
    r"\b(?:contact(?:ar|e)?|call|e-?mail|reach(?:\s{1,3}out)?|write|rsvp|(?:be\s{1,3})?directed|dirigirse"
    r"|comun[ií]quese|comunicarse|llam(?:ar|e)|escrib(?:ir|a))(?:\s{1,3}(?:to|with|a|al|con))?\s{1,3}",
    re.IGNORECASE,
)

# "She can be reached at", "He may also be contacted at", "puede ser contactada en": the details of a
# person named earlier in the paragraph.
_REACHED = LazyRegex(
    r"\b(?:can|may|could)\s{1,3}(?:also\s{1,3})?be\s{1,3}(?:reached|contacted)\b"
    r"|\bpuede\s{1,3}ser\s{1,3}contactad[oa]\b",
    re.IGNORECASE,
)

# Words every _MEDIA_CUE match holds, and every _REACHED match (cheap tests before those regexes).
_MEDIA_CUE_WORDS = ("media", "press", "news", "interview", "prensa", "medios", "entrevista", "reporters",
                    "journalists", "periodistas")
_REACHED_WORDS = ("reached", "contacted", "contactad")

# Subject pronouns just before a _REACHED phrase.
_PRONOUN_BEFORE = LazyRegex(r"(?:^|\s)(?:she|he|they|ella|[eé]l)\s{1,3}$", re.IGNORECASE)

# A sentence end: stop mark (with closing quotes or stars) and white space. Abbreviations and
# initials are checked in code.
_SENTENCE_END = LazyRegex(r"[.!?][\"'\u201d\u2019)*]{0,4}(?:\s{1,10}|$)")
_ABBREVIATIONS = _wordset(
    "rep sen gov dr mr mrs ms mx sr sra srta jr lic ing st lt col gen sgt prof hon no inc co corp dept vs etc"
)

# A run of capitalised words (with particles) that may hold a person's name: bounded tokens and count.
_CAPITAL_RUN = LazyRegex(
    r"[A-Z\u00c0-\u00de][\w.'\u2019\-]{0,30}(?:\s{1,2}(?:[A-Z\u00c0-\u00de][\w.'\u2019\-]{0,30}"
    r"|de|del|la|van|von|da|di)){0,12}"
)

# Sentences and cue matches looked at per line, and contacts taken from running text per page: a
# bound on work over hostile input (a real release lists a handful).
_MAX_SENTENCE_CUES = 40
_MAX_SENTENCE_DRAFTS = 50
# Lines holding an email or phone-like run that are read for running-text contacts, per page.
_MAX_SENTENCE_LINES = 500


# The word (letters only) just before a stop mark: an abbreviation or an initial does not end a sentence.
_WORD_AT_END = LazyRegex(r"([^\W\d_]{1,12})$")


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a paragraph; "Rep." and initials do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = _WORD_AT_END.search(text[max(0, m.start() - 12) : m.start()])
        if word is not None and (len(word.group(1)) == 1 or word.group(1).casefold() in _ABBREVIATIONS):
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= pos < end or (pos == end and start < end):
            return start, end
    return pos, pos


def _means_lines(page: _Page) -> list[int]:
    """The lines holding an "@" or a phone-like run: the only ones _sentence_contacts reads (_PHONE_LIKE
    cannot match across the newlines joining the lines)."""
    phone_like = _PHONE_LIKE_ASCII if page.joined.isascii() else _PHONE_LIKE
    return page.lines_matching(phone_like, "@")


def _sentence_contacts(
    body: Body, page: _Page, means_lines: list[int], skip: set[int], limit: int, warnings: list[Warning]
) -> list[_Draft]:
    """Media contacts given in running text: "All Media inquiries ... should be directed to Sean Trambley
    at ... or 202.225.2912", "To schedule an interview ..., contact Isaac Lopez at ...", and "She can
    be reached at ..." next to a "For Media Inquiries" paragraph. ``means_lines`` are from _means_lines."""
    drafts: list[_Draft] = []
    lines = body.lines
    texts = page.texts
    lines_read = 0
    for index in means_lines:
        if index in skip:
            continue
        if len(drafts) >= _MAX_SENTENCE_DRAFTS:
            break
        line = lines[index]
        text = texts[index]
        if not (_has_email(text) or _PHONE_LIKE.search(text)):
            continue
        lines_read += 1
        if lines_read > _MAX_SENTENCE_LINES:
            warnings.append(Warning("limit_exceeded", STAGE, f"more than {_MAX_SENTENCE_LINES} lines with "
                                    "contact details; the rest are not read for contacts in running text"))
            break
        spans: list[tuple[int, int]] | None = None
        seen: set[tuple[int, int]] = set()
        cues = _MEDIA_CUE.finditer(text) if may_contain(text, _MEDIA_CUE_WORDS) else None
        for count, cue in enumerate(cues or ()):
            if count >= _MAX_SENTENCE_CUES:
                break
            spans = spans if spans is not None else _sentences(text)
            sentence = _sentence_of(spans, cue.start())
            if sentence in seen:
                continue
            seen.add(sentence)
            drafts.extend(_verb_contacts(text, sentence, line.start))
        head = text[:_FIELD_CHARS]
        reached = list(_REACHED.finditer(head))[:_MAX_SENTENCE_CUES] if may_contain(head, _REACHED_WORDS) else []
        if not reached:
            continue
        # The cue must be in this paragraph near the sentence, or in a paragraph next to it.
        near = [lines[j].text[:limit] for j in (index - 1, index + 1) if 0 <= j < len(lines)]
        near_cue = any(_INQUIRY_CUE.search(part) for part in near)
        spans = spans if spans is not None else _sentences(text)
        nearby_surnames: set[str] | None = None
        for m in reached:
            if not (near_cue or _INQUIRY_CUE.search(text[max(0, m.start() - _CUE_REACH) : m.end() + _CUE_REACH])):
                continue
            if nearby_surnames is None:
                nearby_surnames = {_fold(name.split()[-1]) for part in near for name in _name_candidates(part)}
            draft = _reached_contact(text, spans, m, line.start, nearby_surnames)
            if draft is not None:
                drafts.append(draft)
    return drafts


# How far from a "can be reached" sentence, within its paragraph, the inquiry cue may be (characters).
_CUE_REACH = 600


def _verb_contacts(text: str, sentence: tuple[int, int], base: int) -> list[_Draft]:
    """The people a cue sentence hands over with a contact verb: the name right after the verb, then
    phones and emails in the rest of the sentence."""
    start, end = sentence
    if end - start > 600:
        return []
    for verb in _SENTENCE_VERB.finditer(text, start, end):
        after = verb.end()
        fields = _line_fields(text[after:end], base + after)
        useful = [f for f in fields if f.kind in _USEFUL_KINDS]
        if not useful or useful[0].start - (base + after) > 2:
            continue
        if useful[0].kind not in ("names", "phone", "email"):
            continue
        last_means = max((i for i, f in enumerate(fields) if f.kind in ("phone", "email")), default=-1)
        if last_means < 0:
            continue
        people = _people([fields[: last_means + 1]], "sentence")
        return [p for p in people if p.name is not None or useful[0].kind != "names"]
    return []


def _reached_contact(
    text: str, spans: list[tuple[int, int]], reached: re.Match[str], base: int, nearby_surnames: set[str]
) -> _Draft | None:
    """"She can be reached at (954) 367-6492 or maribel@...": the means in the sentence, the name of the
    person the paragraph is about (or the name printed right before the verb)."""
    start, end = _sentence_of(spans, reached.start())
    if end - start > 600:
        return None
    fields = _line_fields(text[reached.end() : end], base + reached.end())
    means = [f for f in fields if f.kind in ("phone", "email")]
    if not means:
        return None
    before = text[start : reached.start()]
    name: str | None = None
    if _PRONOUN_BEFORE.search(before):
        # the person is named in the last few sentences before this one
        earlier = [span for span in spans if span[1] <= start][-_REFERENT_SENTENCES:]
        name = _referent(text[earlier[0][0] : start] if earlier else "", nearby_surnames)
    else:
        subject = _trailing_name(before)
        if subject is None:
            return None
        name = subject
    draft = _Draft(name=name, start=base + start, end=means[-1].end, method="sentence")
    for f in means:
        if f.kind == "phone" and f.text not in draft.phones_raw:
            draft.phones_raw.append(f.text)
        elif f.kind == "email" and _clean_email(f.text) not in draft.emails:
            draft.emails.append(_clean_email(f.text))
    return draft


def _name_candidates(text: str) -> list[str]:
    """Names printed in running text, in order: capitalised runs cut at words that are never names."""
    out: list[str] = []
    for run in _CAPITAL_RUN.finditer(text[:_FIELD_CHARS]):
        part: list[str] = []
        for token in [*run.group(0).split(), ""]:
            low = token.casefold().rstrip(",")
            low = low.rstrip(".") if len(low) > 2 else low  # "A." is an initial, "Smith." a sentence end
            if low and low not in _NOT_NAME_WORDS and low not in _REFERENT_STOP:
                part.append(token.rstrip(",.") if len(low) > 2 else token.rstrip(","))
                continue
            candidate = " ".join(part)
            if _looks_like_name(candidate):
                out.append(candidate)
            part = []
    return out


# How many sentences before a "She can be reached" sentence are searched for the person it means.
_REFERENT_SENTENCES = 3

# Capitalised words that open a biography paragraph and are not part of the name after them.
_REFERENT_STOP = _wordset("author autor autora writer bio biography")


def _referent(before: str, nearby_surnames: set[str]) -> str | None:
    """The person a "She can be reached" sentence means: the first person named in the sentences before
    it (the subject of an "About the Author" paragraph), preferring one whose surname the neighbouring
    paragraphs print too."""
    candidates = _name_candidates(before)
    if not candidates:
        return None
    for candidate in candidates:
        if _fold(candidate.split()[-1]) in nearby_surnames:
            return candidate
    return candidates[0]


def _trailing_name(text: str) -> str | None:
    """A person's name ending the text ("Jane Doe" in "... Jane Doe "), or None."""
    tail = text.rstrip()
    candidates = _name_candidates(tail[-120:])
    if candidates and tail.endswith(candidates[-1]):
        return candidates[-1]
    return None


# ---------------------------------------------------------------------------- phones


def _format_phone(
    raw: str, page_region: str | None, default: str
) -> tuple[str | None, bool]:
    """(E.164 or None, doubtful) for one printed number."""
    text = raw.replace("\u00a0", " ")
    has_code = text.lstrip("( ").startswith("+") or text.startswith("00")
    if has_code:
        if text.startswith("00"):
            text = "+" + text[2:]
        text = text.replace("(+", "+")
        try:
            number = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            return None, False
        # is_possible_number is the cheap test of the two, so it goes first
        if phonenumbers.is_possible_number(number) or phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), False
        return None, False

    def valid_in(region: str) -> phonenumbers.PhoneNumber | None:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return None
        return number if phonenumbers.is_valid_number(number) else None

    if page_region is None or page_region == default:
        in_home = valid_in(default)
        if in_home is None:
            return None, False
        return phonenumbers.format_number(in_home, phonenumbers.PhoneNumberFormat.E164), False
    # The dateline's country is positive evidence: a number valid there is read there. A number
    # valid only in the default region on a page from elsewhere may be either: keep it raw.
    in_page = valid_in(page_region)
    if in_page is not None:
        return phonenumbers.format_number(in_page, phonenumbers.PhoneNumberFormat.E164), False
    return None, valid_in(default) is not None


# ---------------------------------------------------------------------------- page scan


# Lowercase words every contact label holds: every alternative of _LABEL, _GLUED_LABEL and _PHRASE_LABEL
# contains one (so the mid-line and after-marker candidates, which go through _label_at, do too). A line
# holding none of them has no label. ("nquiries" stands for inquiries and enquiries, "informa" for
# information and información.)
_LABEL_WORDS = (b"contact", b"media", b"press", b"prensa", b"medios", b"relations", b"relaciones", b"nquiries",
                b"office", b"desk", b"spokes", b"portavoz", b"vocer", b"informa")

_plus_one = (1).__add__


def _line_starts(lengths: Iterable[int]) -> list[int]:
    """Where each line starts in its lines joined with one newline, plus the end (+1) for bisect."""
    return list(accumulate(map(_plus_one, lengths), initial=0))


@dataclass(slots=True)
class _Page:
    """Per-page data computed once, so that the line loops visit only the lines that a cheap page-wide
    search leaves: the line texts cut at the line limit, joined with newlines, and where each starts."""

    texts: list[str]
    joined: str
    starts: list[int]
    folded: bytes | None
    """The joined text in UTF-8 with ASCII letters lowercased (fast, and enough to find ASCII words
    case-insensitively), or None where the page holds one of FOLD_ODD."""
    folded_starts: list[int]
    """Where each line starts in ``folded``."""

    def lines_with_words(self, words: tuple[bytes, ...]) -> list[int]:
        """The lines that may hold one of the lowercase ASCII ``words`` case-insensitively (all lines
        where the page holds an odd letter), in order."""
        folded = self.folded
        if folded is None:
            return list(range(len(self.texts)))
        return lines_holding(folded, self.folded_starts, words)

    def lines_matching(self, pattern: LazyRegex, literal: str) -> list[int]:
        """The lines in which ``pattern`` finds a match, in order, or that hold ``literal``. The pattern
        must not match across a newline nor look behind its start."""
        joined = self.joined
        starts = self.starts
        found: set[int] = set()
        search = pattern.search
        m = search(joined)
        while m is not None:
            index = bisect_right(starts, m.start()) - 1
            found.add(index)
            m = search(joined, starts[index + 1])
        pos = joined.find(literal)
        while pos >= 0:
            index = bisect_right(starts, pos) - 1
            found.add(index)
            pos = joined.find(literal, starts[index + 1])
        return sorted(found)


def _scan_page(lines: tuple[Line, ...], limit: int) -> _Page:
    texts = [line.text[:limit] for line in lines]
    joined = "\n".join(texts)
    starts = _line_starts(map(len, texts))
    folded: bytes | None
    if joined.isascii():
        folded, folded_starts = joined.encode("ascii").lower(), starts
    elif any(map(joined.__contains__, FOLD_ODD)):
        folded, folded_starts = None, starts
    else:
        # Non-ASCII letters are multi-byte in UTF-8 and bytes.lower() leaves them alone: an ASCII word found
        # in ``folded`` is exactly a case-insensitive match of it (the odd letters aside).
        encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
        folded, folded_starts = b"\n".join(encoded).lower(), _line_starts(map(len, encoded))
    return _Page(texts, joined, starts, folded, folded_starts)


# ---------------------------------------------------------------------------- entry point


def _teaser_lines(body: Body, page: _Page, dateline: Dateline | None) -> set[int]:
    """Lines that open ANOTHER release (a second FOR IMMEDIATE RELEASE after the body has begun):
    teasers of related posts, whose contacts are not this release's."""
    out: set[int] = set()
    candidates = page.lines_with_words(_MARKER_BYTES)  # the lines that may hold a marker
    if not candidates:
        return out
    lines = body.lines
    texts = page.texts
    # The body begins after the dateline, else after the first line of 300 characters or more (that
    # line itself is not looked at).
    begun_line = -1
    body_begun_at: int | None = dateline.span[1] if dateline is not None else None
    if body_begun_at is None:
        begun_line = next((i for i, text in enumerate(texts) if len(text) >= 300), len(texts))
        if begun_line == len(texts):
            return out
        body_begun_at = lines[begun_line].end
    for index in candidates:
        line = lines[index]
        text = texts[index][:400]
        if index > begun_line and line.start >= body_begun_at and may_contain(text, _MARKER_WORDS) \
                and _RELEASE_MARKER.search(text):
            out.add(line.index)
    return out


# Contact label blocks read per page: a real release has a handful; a page of thousands of "Media
# Contact:" lines (hostile or broken input) would otherwise cost a block read per line.
_MAX_LABEL_BLOCKS = 100
# Labels looked for per page (teaser lines' labels are dropped later, so more than the blocks read).
_MAX_LABELS_FOUND = 4 * _MAX_LABEL_BLOCKS


def find_contacts(
    body: Body, langs: Languages, dateline: Dateline | None, options: ParseOptions
) -> tuple[tuple[Contact, ...], list[Warning]]:
    """The media contacts the release lists (not the people it quotes)."""
    warnings: list[Warning] = []
    limit = options.max_line_chars
    page = _scan_page(body.lines, limit)
    labels = _find_labels(page)
    if len(labels) >= _MAX_LABELS_FOUND:
        warnings.append(Warning("limit_exceeded", STAGE,
                                f"more than {_MAX_LABELS_FOUND} contact labels; the lines after are not searched"))
    means_lines = _means_lines(page)
    # Teaser lines only drop labels and running-text lines: without either there is nothing to look for.
    teasers = _teaser_lines(body, page, dateline) if labels or means_lines else set()
    labels = [label for label in labels if label.line_index not in teasers]
    label_indexes = {label.line_index for label in labels}
    drafts: list[_Draft] = []
    block_lines: set[int] = set()
    used_until = -1
    blocks_read = 0
    for label in labels:
        if label.line_index <= used_until:
            continue
        if blocks_read >= _MAX_LABEL_BLOCKS:
            if len(labels) < _MAX_LABELS_FOUND:  # else already reported
                warnings.append(Warning("limit_exceeded", STAGE,
                                        f"more than {_MAX_LABEL_BLOCKS} contact labels; the rest are not read"))
            break
        blocks_read += 1
        # _collect reads only lines after the label's own, so the label's index needs no removing
        rows, last = _collect(body, label, label_indexes, limit)
        used_until = last
        has_block_rows = len(rows) > 1 or (rows and label.content_start >= len(body.lines[label.line_index].text))
        method = "label-block" if has_block_rows else "label-inline"
        if label.phrase:
            method = "label-phrase"
        people = _people(rows, method)
        if label.phrase:
            people = [p for p in people if _phrase_evidence(p, body, label, limit)]
        drafts.extend(people)
        if people:
            block_lines.update(range(label.line_index, last + 1))

    # Contacts in running text, on lines no label block has read.
    running = _sentence_contacts(body, page, means_lines, teasers | block_lines, limit, warnings)
    drafts.extend(running[:_MAX_SENTENCE_DRAFTS])
    drafts = _dedupe(drafts)
    # The page's country matters only for phone numbers: most pages have none, and skip working it out.
    region = _page_region(body, dateline) if any(draft.phones_raw for draft in drafts) else None
    contacts: list[Contact] = []
    hidden_reported = False
    formatted: dict[str, tuple[str | None, bool]] = {}  # a number shared by several people is read once
    for draft in drafts:
        phones: list[str] = []
        for raw in draft.phones_raw:
            if raw not in formatted:
                formatted[raw] = _format_phone(raw, region, options.default_region)
            e164, doubtful = formatted[raw]
            if e164 is not None:
                if e164 not in phones:
                    phones.append(e164)
            elif doubtful:
                warnings.append(
                    Warning(
                        "phone_region_doubtful",
                        STAGE,
                        f"phone {raw!r} has no country code and the page points to {region}, not "
                        f"{options.default_region}: kept as printed only",
                    )
                )
        if draft.hidden_email and not hidden_reported:
            hidden_reported = True
            warnings.append(
                Warning(
                    "low_evidence",
                    STAGE,
                    "a contact email is hidden by Cloudflare ('[email protected]'); it is not returned",
                )
            )
        raw_text = body.text[draft.start : draft.end]
        contacts.append(
            Contact(
                name=_tidy(draft.name),
                organization=_tidy(draft.organization),
                role=_tidy(draft.role),
                phones=tuple(phones),
                phones_raw=tuple(draft.phones_raw),
                emails=tuple(draft.emails),
                raw=raw_text,
                span=(draft.start, draft.end),
                method=draft.method,
            )
        )
    return tuple(contacts), warnings


def _tidy(text: str | None) -> str | None:
    """One space between words (a removed "(aside)" leaves a gap); None stays None."""
    return " ".join(text.split()) if text is not None else None


# Words showing a "For more information" line addresses the press ("y entrevistas", "media").
_PRESS_WORDS = LazyRegex(r"\b(?:media|press|prensa|medios|entrevistas?|interviews?|periodistas|journalists)\b",
                          re.IGNORECASE)


def _phrase_evidence(draft: _Draft, body: Body, label: _Label, limit: int) -> bool:
    """A "For more information, call ..." line is a media contact only with a person's name, a press
    word, or a colon lead-in; a bare company number in the boilerplate is not."""
    text = body.lines[label.line_index].text[:limit]
    return draft.name is not None or bool(_PRESS_WORDS.search(text[: label.content_start + 40])) or \
        text[: label.content_start].rstrip().endswith(":")


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """Drop repeats: the same person twice, the same nameless details twice, or a nameless entry whose
    means another contact has."""
    kept: list[_Draft] = []
    seen_names: set[str] = set()
    seen_nameless: set[frozenset[str]] = set()
    for draft in drafts:
        if draft.name:
            key_name = _fold(draft.name)
            if key_name in seen_names:
                continue
            seen_names.add(key_name)
        else:
            key_means = _means_key(draft)
            if key_means and key_means in seen_nameless:
                continue
            seen_nameless.add(key_means)
        kept.append(draft)
    named_means = [_means_key(other) for other in kept if other.name is not None]
    out: list[_Draft] = []
    for draft in kept:
        if draft.name is None:
            means = _means_key(draft)
            if means and any(means <= other for other in named_means):
                continue
        out.append(draft)
    return out


def _means_key(draft: _Draft) -> frozenset[str]:
    """A contact's phones (as digits) and emails (casefolded), for telling repeats apart."""
    return frozenset({_digits(p) for p in draft.phones_raw} | {e.casefold() for e in draft.emails})


__all__ = ["find_contacts"]
