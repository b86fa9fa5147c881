"""Names as articles write them: the tables and rules that read one name.

A gazetteer of countries, capitals and demonyms; a small table of well-known
cross-language aliases; words that mark organisations, titles and places;
and the functions that read a single name: its folded key (accents, case,
articles and possessives ignored), its title, its acronym and initials, the
kind it looks like, and "Long Form (ABC)" pairs in a text.  Every function
here is a pure function of its text arguments; :mod:`dossier.entities`
clusters the names of a whole corpus into entities with them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType

# --------------------------------------------------------------------------- data


def _words(text: str) -> frozenset[str]:
    """A word table written as one whitespace-separated string."""
    return frozenset(text.split())


# Well-known bodies written differently across languages: canonical name first.
KNOWN_ALIASES: tuple[tuple[str, ...], ...] = (
    (
        "International Criminal Court",
        "ICC",
        "CPI",
        "Corte Penal Internacional",
        "Cour pénale internationale",
    ),
    ("Organization of American States", "OAS", "OEA", "Organización de los Estados Americanos"),
    ("United Nations", "UN", "U.N.", "ONU", "Naciones Unidas", "Nations unies"),
    ("European Union", "EU", "E.U.", "UE", "Unión Europea", "Union européenne"),
    ("National Electoral Council", "Consejo Nacional Electoral"),
    ("Amnesty International", "Amnistía Internacional", "Amnesty"),
    ("Human Rights Watch", "HRW"),
    ("International Committee of the Red Cross", "ICRC", "CICR", "Red Cross"),
    ("World Health Organization", "WHO", "OMS", "Organización Mundial de la Salud"),
    ("United States", "US", "U.S.", "USA", "Estados Unidos", "États-Unis"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "Reino Unido"),
)

# Country | capital | demonyms.  Capitals and demonyms resolve to their country.
_GAZETTEER = """
Argentina|Buenos Aires|Argentine,Argentinian
Bolivia|La Paz|Bolivian
Brazil|Brasília|Brazilian
Chile|Santiago|Chilean
Colombia|Bogotá|Colombian
Cuba|Havana|Cuban
Dominican Republic|Santo Domingo|Dominican
Ecuador|Quito|Ecuadorian
El Salvador|San Salvador|Salvadoran
Guatemala|Guatemala City|Guatemalan
Haiti|Port-au-Prince|Haitian
Honduras|Tegucigalpa|Honduran
Mexico|Mexico City|Mexican
Nicaragua|Managua|Nicaraguan
Panama|Panama City|Panamanian
Paraguay|Asunción|Paraguayan
Peru|Lima|Peruvian
Uruguay|Montevideo|Uruguayan
Venezuela|Caracas|Venezuelan
United States|Washington|American
Canada|Ottawa|Canadian
United Kingdom|London|British
France|Paris|French
Germany|Berlin|German
Spain|Madrid|Spanish
Italy|Rome|Italian
Portugal|Lisbon|Portuguese
Netherlands|Amsterdam|Dutch
Belgium|Brussels|Belgian
Switzerland|Bern|Swiss
Greece|Athens|Greek
Poland|Warsaw|Polish
Ukraine|Kyiv|Ukrainian
Russia|Moscow|Russian
Turkey|Ankara|Turkish
Syria|Damascus|Syrian
Iraq|Baghdad|Iraqi
Iran|Tehran|Iranian
Israel|Jerusalem|Israeli
Lebanon|Beirut|Lebanese
Egypt|Cairo|Egyptian
Libya|Tripoli|Libyan
Morocco|Rabat|Moroccan
Nigeria|Abuja|Nigerian
Kenya|Nairobi|Kenyan
Ethiopia|Addis Ababa|Ethiopian
Sudan|Khartoum|Sudanese
South Africa|Pretoria|South African
Zimbabwe|Harare|Zimbabwean
India|New Delhi|Indian
Pakistan|Islamabad|Pakistani
Bangladesh|Dhaka|Bangladeshi
Nepal|Kathmandu|Nepalese,Nepali
Sri Lanka|Colombo|Sri Lankan
China|Beijing|Chinese
Japan|Tokyo|Japanese
South Korea|Seoul|South Korean
Indonesia|Jakarta|Indonesian
Philippines|Manila|Filipino
Myanmar|Naypyidaw|Burmese
Thailand|Bangkok|Thai
Australia|Canberra|Australian
Chile|Santiago de Chile|
Hong Kong||
The Hague||
"""

# Words that mark an organisation, in several languages.
ORG_WORDS: frozenset[str] = _words(
    """court council organization organisation office party ministry department assembly
    institute institution commission committee union agency bureau foundation federation
    association center centre tribunal board authority service services forces police army
    navy government parliament congress senate network university bank company corporation
    inc ltd group coalition alliance movement front league society watch international
    ngo ngos prosecutor's observatory unit command guard administration secretariat
    consejo corte foro fiscalia fiscalía ministerio partido comision comisión instituto
    fundacion fundación observatorio tribunal asamblea cour conseil parti
    """
)

# Words of titles and honorifics written before a person's name.
_TITLE_WORDS: frozenset[str] = _words(
    """mr mrs ms miss dr sir dame president vice prime minister secretary general attorney
    prosecutor senator governor mayor judge justice colonel col gen lieutenant captain
    sergeant chief opposition leader former undersecretary spokesperson spokesman
    spokeswoman ambassador pope king queen prince princess sheikh senor senora don dona
    deputy lawmaker candidate commissioner director foreign interior defence defense u.s.
    us executive senior the"""
)
_HONORIFICS = _words("mr mrs ms miss dr sir dame senor senora don dona")
_STOPWORDS = _words("of the and for on in de del la las los el y et des du le da do dos")
_ENGLISH_LINKS = _words("of the and for on in to with from at")
_PLACE_CUES = _words("state province region city district county department")
# Words of geography that name a place whether they lead or close it ("Port Almira",
# "Lake Meruva", "Mount Kessel", "Cape Ardel", "Gulf of Sarn"); "Lake" or "Bay" is rare
# as a surname in news.
_PLACE_CUES |= _words("port lake mount cape gulf bay strait")
# ... and words that name a place only when they close it ("the Orun River", "Tarsk
# Valley"): leading, they start the names of bodies too ("Sea Watchers", "River Trust").
_PLACE_ENDINGS = _PLACE_CUES | _words(
    "mountains island islands valley river coast peninsula sea desert heights hills plain "
    "plateau delta basin oasis harbour harbor"
)

_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,7}s?$")
_PAREN_PAIR = re.compile(
    r"((?:[A-ZÀ-Ý][\w’'.\-]*\s+(?:(?:of|the|and|for|on|de|del|la|los|las|y)\s+)*){0,8}"
    r"[A-ZÀ-Ý][\w’'.\-]*)\s*\(([A-Z][A-Z.&]{1,7})\)"
)
_FUZZY_MIN = 92.0
_ACRONYM_SIBLING_MIN = 80.0


# ------------------------------------------------------------------ normalisation


@functools.lru_cache(maxsize=1 << 18)
def fold(name: str) -> str:
    """Accent-, case-, article- and possessive-insensitive key of a name."""
    if name.isascii():  # nothing to decompose, no accents to drop
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w&.' -]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .'-")
    if text.startswith("the "):
        text = text[4:]
    return text


def _tokens(key: str) -> tuple[str, ...]:
    return tuple(t.strip(".'") for t in key.split() if t.strip(".'"))


@functools.lru_cache(maxsize=1 << 16)
def _content_tokens(key: str) -> tuple[str, ...]:
    return tuple(t for t in _tokens(key) if t not in _STOPWORDS)


def is_acronym(name: str) -> bool:
    """True for names like "ICC", "U.N.", "NGOs"."""
    return bool(_ACRONYM.match(name.strip()))


def _acronym_letters(name: str) -> str:
    letters = re.sub(r"[^A-Za-z]", "", name.strip())
    if letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    return letters.upper()


def initials(name: str) -> str:
    """Initials of the content words of ``name`` ("Organization of American States" -> OAS)."""
    return "".join(t[0] for t in _content_tokens(fold(name))).upper()


@functools.lru_cache(maxsize=1 << 16)
def strip_title(name: str) -> tuple[str, bool]:
    """Drop a leading title ("Attorney General Tarek William Saab" -> "Tarek William Saab").

    Returns the name and whether a title was removed.  A title followed by no
    capitalised word is left alone ("Attorney General" stays an office).
    """
    words = name.split()
    i = 0
    # A nationality before a title belongs to the title: "Venezuelan President X".
    if len(words) > 2 and fold(words[1]).rstrip(".") in _TITLE_WORDS and fold(words[0]) in _PLACES:
        i = 1
    while i < len(words) - 1 and fold(words[i]).rstrip(".") in _TITLE_WORDS:
        i += 1
    rest = words[i:]
    if i and rest and rest[0][:1].isupper() and fold(rest[0]) not in ORG_WORDS:
        return " ".join(rest), True
    return name, False


@functools.lru_cache(maxsize=1 << 16)
def clean_name(name: str) -> str:
    """Trim spaces, quotes, a leading article and a trailing possessive."""
    text = re.sub(r"\s+", " ", name).strip(" \t\"“”'’,;:")
    if text.endswith(".") and not re.search(r"(?:\b[A-Za-z]\.){2,}$", text):
        text = text.rstrip(".")
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return re.sub(r"[’']s$", "", text)


def _build_gazetteer() -> tuple[Mapping[str, str], frozenset[str]]:
    country_of: dict[str, str] = {}
    for line in _GAZETTEER.strip().splitlines():
        country, capital, demonyms = [*line.split("|"), "", ""][:3]
        for form in (country, capital, *demonyms.split(",")):
            if form:
                country_of.setdefault(fold(form), country)
    for entry in KNOWN_ALIASES:
        if fold(entry[0]) in country_of:
            for alias in entry[1:]:
                country_of.setdefault(fold(alias), entry[0])
    return MappingProxyType(country_of), frozenset(country_of)


COUNTRY_OF, _PLACES = _build_gazetteer()
# Folded demonyms of the gazetteer ("venezuelan"): before a name they are a title.
DEMONYMS = frozenset(
    fold(form)
    for line in _GAZETTEER.strip().splitlines()
    for form in [*line.split("|"), "", ""][2].split(",")
    if form
)


def _build_capitals() -> frozenset[str]:
    keys: set[str] = set()
    for line in _GAZETTEER.strip().splitlines():
        country, capital = [*line.split("|"), ""][:2]
        keys.update(fold(form) for form in (country, capital) if form)
    for entry in KNOWN_ALIASES:
        if fold(entry[0]) in keys:
            keys.update(fold(alias) for alias in entry[1:] if len(alias) > 3)
    return frozenset(keys)


# Folded names of countries and capitals (no demonyms: "American" in
# "Organization of American States" is not a place).
COUNTRY_OR_CAPITAL = _build_capitals()


@functools.lru_cache(maxsize=1 << 16)
def country_of(name: str) -> str | None:
    """The country a gazetteer place, capital or demonym belongs to, if known."""
    return COUNTRY_OF.get(fold(clean_name(name)))


# Cues in the text around a name: "in X" or "the states of X and Y" for a
# place, "X said" or "X, 54," for a person.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|from|across|near|around|outside|inside|throughout|"
    r"(?:states?|provinces?|cit(?:y|ies)|regions?|districts?) of(?: [A-Z][\w-]+ and)?)\s+$"
)
_PERSON_AFTER = re.compile(
    r"^(?:’s|'s)?\s*(?:,\s*\d{1,3},|(?:also\s+)?(?:said|says|added|told|stated|wrote|argued|"
    r"explained|insisted|criticized|criticised|urged|warned|noted))\b"
)


def _context_kind(name: str, context: str) -> str | None:
    """The kind the words around ``name`` in ``context`` point to, if any."""
    if name not in context:
        return None
    votes: Counter[str] = Counter()
    for m in _whole_word(name).finditer(context):
        if _PERSON_AFTER.match(context[m.end() : m.end() + 40]):
            votes["person"] += 1
        elif _PLACE_BEFORE.search(context[max(0, m.start() - 30) : m.start()]):
            votes["place"] += 1
    return min(votes, key=lambda k: (-votes[k], k)) if votes else None


@functools.lru_cache(maxsize=1 << 14)
def _whole_word(name: str) -> re.Pattern[str]:
    """``name`` as a whole word (a corpus names more people than ``re`` keeps compiled)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def place_shaped(key: str) -> bool:
    """The folded name ``key`` is shaped like a place's: led by a word of geography
    ("port almira", "lake meruva") or closed by one ("orun river", "red sea")."""
    toks = _tokens(key)
    return bool(toks) and (toks[-1] in _PLACE_ENDINGS or toks[0] in _PLACE_CUES)


def guess_kind(
    name: str, *, titled: bool = False, acronym_of: bool = False, cue: str | None = None
) -> str:
    """Guess "person", "organisation" or "place" from the words of ``name``.

    ``titled``: the name was written after a title ("President X");
    ``acronym_of``: an acronym was introduced for it ("Long Form (LF)"), which
    people rarely get; ``cue``: the kind the surrounding words point to.
    """
    key = fold(name)
    toks = _tokens(key)
    if key in _PLACES:
        return "place"
    if key in _KNOWN or (toks and toks[-1] in ORG_WORDS and toks[-1] not in _PLACE_CUES):
        return "organisation"  # "State Fire Service", "United Nations": a body, not a place
    if place_shaped(key):
        return "place"
    if is_acronym(name) or acronym_of or any(t in ORG_WORDS for t in toks):
        return "organisation"
    if titled or (toks and toks[0] in _HONORIFICS):
        return "person"
    if cue is not None and len(toks) == 1:
        return cue  # one word: the words around it decide
    if cue == "place" and not titled:
        return "place"  # "in Sant Amaro", "across Nueva Brenta": written where things happen
    if re.search(r"[a-z][A-Z]", name):  # "SmartMatic", "WordPress": a brand
        return "organisation"
    caps = [w for w in name.split() if w[:1].isupper()]
    # English function words do not occur inside people's names ("Supporters of X").
    plain = not any(t in _ENGLISH_LINKS for t in toks)
    if 2 <= len(toks) <= 5 and len(caps) >= 2 and plain:
        return "person"
    return "place" if len(toks) == 1 else "organisation"


@functools.lru_cache(maxsize=1 << 14)
def acronym_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Every "Long Form (ABC)" in ``text`` as ``(long form, acronym)``.

    The long form is the shortest run of capitalised words before the
    parenthesis whose initials cover the acronym's letters best, so
    "the Venezuelan National Electoral Center (CNE)" gives "National Electoral
    Center".  Letters may come in another order (Spanish acronyms of English
    names) and one letter in three may be missing ("International Criminal
    Court (CPI)").
    """
    if "(" not in text:
        return ()
    pairs: list[tuple[str, str]] = []
    for match in _PAREN_PAIR.finditer(text):
        words, acro = match.group(1).split(), _acronym_letters(match.group(2))
        best: tuple[int, str] | None = None
        for start in range(len(words) - 1, -1, -1):
            if words[start].lower() in _STOPWORDS:
                continue
            long_form = " ".join(words[start:])
            letters = Counter(initials(long_form))
            covered = sum(min(letters[c], n) for c, n in Counter(acro).items())
            if best is None or covered > best[0]:
                best = (covered, long_form)
        if best and best[0] * 3 >= len(acro) * 2 and len(best[1].split()) > 1:
            pairs.append((clean_name(best[1]), match.group(2)))
    return tuple(pairs)


def _known_table() -> Mapping[str, str]:
    """Folded alias -> folded canonical name for the cross-language table."""
    table: dict[str, str] = {}
    for entry in KNOWN_ALIASES:
        for alias in entry:
            table[fold(alias)] = fold(entry[0])
    return table


_KNOWN = _known_table()
_KNOWN_CANONICAL = {fold(entry[0]): entry[0] for entry in KNOWN_ALIASES}


def _place_prefixed(key: str, long_key: str) -> bool:
    """True when ``key`` is ``long_key`` after a country or demonym ("venezuelan ...")."""
    head = key.removesuffix(" " + long_key)
    return head != key and head in _PLACES


def _country_in(text: str) -> str | None:
    """The one country ``text`` names (by name, capital or demonym), else None."""
    found = {
        COUNTRY_OF[fold(m.group(0))]
        for m in re.finditer(r"[A-ZÀ-Ý][\w’'-]*(?: [A-ZÀ-Ý][\w’'-]*)?", text)
        if fold(m.group(0)) in COUNTRY_OF
    }
    found |= {
        COUNTRY_OF[fold(w)]
        for w in re.findall(r"[A-ZÀ-Ý][\w-]*", text)
        if fold(w) in COUNTRY_OF and not fold(w).startswith("american")
    }
    return found.pop() if len(found) == 1 else None
