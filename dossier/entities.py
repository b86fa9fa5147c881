"""Resolve the many ways a person, organisation or place is written to one entity.

Articles write "Edmundo González", "González Urrutia" and "Edmundo González
Urrutia"; "the CNE", "National Electoral Council (CNE)" and "Consejo Nacional
Electoral"; "ICC", "International Criminal Court" and "CPI".  Attributions and
the reconciler both need to know these are one body.  The mechanism is
general and works from the corpus itself:

1. an acronym introduced in parentheses ("Long Form (ABC)") links both forms;
2. an acronym whose letters are the initials of a longer name links to it;
3. a person's partial name (surname only, first name and surname, the two
   surnames) merges into the one longer name of a person that contains it;
4. accent-, case- and article-insensitive keys, and rapidfuzz for near spellings.

A small table of well-known cross-language aliases and a gazetteer of countries
and capitals are kept as data.  Ids are slugs of the canonical name, so they
stay put as long as the canonical name does.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from rapidfuzz import fuzz, process

from dossier.ids import short_hash, slugify
from dossier.model import Entity
from dossier.names import GENERIC_ACRONYMS

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
    votes: Counter[str] = Counter()
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", context):
        if _PERSON_AFTER.match(context[m.end() : m.end() + 40]):
            votes["person"] += 1
        elif _PLACE_BEFORE.search(context[max(0, m.start() - 30) : m.start()]):
            votes["place"] += 1
    return min(votes, key=lambda k: (-votes[k], k)) if votes else None


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
    if toks and (toks[-1] in _PLACE_CUES or toks[0] in _PLACE_CUES):
        return "place"
    if is_acronym(name) or acronym_of or any(t in ORG_WORDS for t in toks):
        return "organisation"
    if titled or (toks and toks[0] in _HONORIFICS):
        return "person"
    if cue is not None and len(toks) == 1:
        return cue  # one word: the words around it decide
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


# -------------------------------------------------------------------- the index


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, key: str) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic: the smaller key becomes the root.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """Resolved entities and the folded alias keys that point at them."""

    entities: tuple[Entity, ...]
    by_key: Mapping[str, str] = field(default_factory=dict)  # folded alias -> entity id
    by_id: Mapping[str, Entity] = field(default_factory=dict)
    # Ids of places the text shows to be places: a country or capital, a name
    # with a place word ("Miranda State") or one written after "in", "near"...
    # A lone capitalised word with no such cue ("X") is only guessed a place.
    located: frozenset[str] = frozenset()
    # Names already resolved: resolving is a pure function of the index.
    _resolved: dict[str, Entity | None] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )

    def resolve(self, name: str | None) -> Entity | None:
        """The entity ``name`` refers to, or ``None`` when nothing matches."""
        if not name or not name.strip():
            return None
        try:
            return self._resolved[name]
        except KeyError:
            entity = self._resolve(name)
            self._resolved[name] = entity
            return entity

    def _resolve(self, name: str) -> Entity | None:
        cleaned = clean_name(name)
        candidates = [cleaned, strip_title(cleaned)[0]]
        candidates += [long for long, _ in acronym_pairs(cleaned)]
        for candidate in candidates:
            entity_id = self.by_key.get(fold(candidate))
            if entity_id:
                return self.by_id[entity_id]
        key = fold(strip_title(cleaned)[0])
        if key in _KNOWN and _KNOWN[key] in self.by_key:
            return self.by_id[self.by_key[_KNOWN[key]]]
        toks = _content_tokens(key)
        if toks and not is_acronym(cleaned):
            hits = {
                self.by_key[k]
                for k in self.by_key
                if len(_content_tokens(k)) > len(toks)
                and _is_subsequence(toks, _content_tokens(k))
                and self.by_id[self.by_key[k]].kind == "person"
            }
            if len(hits) == 1:
                return self.by_id[hits.pop()]
        if len(key) >= 8 and self.by_key:
            best = process.extractOne(key, list(self.by_key), scorer=fuzz.ratio)
            if best and best[1] >= _FUZZY_MIN:
                return self.by_id[self.by_key[best[0]]]
        return None

    def canonical(self, name: str | None) -> str | None:
        """The canonical name for ``name``, or the cleaned name itself if unknown."""
        if not name:
            return None
        entity = self.resolve(name)
        return entity.name if entity else clean_name(name)


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(tok in it for tok in short)


def _known_table() -> Mapping[str, str]:
    """Folded alias -> folded canonical name for the cross-language table."""
    table: dict[str, str] = {}
    for entry in KNOWN_ALIASES:
        for alias in entry:
            table[fold(alias)] = fold(entry[0])
    return table


_KNOWN = _known_table()
_KNOWN_CANONICAL = {fold(entry[0]): entry[0] for entry in KNOWN_ALIASES}


def build_entities(names: Iterable[tuple[str, str]]) -> EntityIndex:
    """Cluster names into entities.

    ``names`` holds ``(name, context)`` pairs: a name as written and the text
    it was found in (its sentence or paragraph), which is scanned for acronyms
    introduced in parentheses.  The result does not depend on input order.
    """
    forms: dict[str, Counter[str]] = defaultdict(Counter)  # key -> surface forms seen
    titled: set[str] = set()
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: set[tuple[str, str, str | None]] = set()  # long form, acronym, country
    prefixed: set[tuple[str, str]] = set()  # "venezuelan national electoral center" -> long
    # A name is read once per context it appears in, however many figures share it.
    for (raw, context), times in sorted(Counter(names).items()):
        name = clean_name(raw)
        if not name or not any(c.isalpha() for c in name) or fold(name) in GENERIC_ACRONYMS:
            continue
        own_pairs = acronym_pairs(name)
        pairs.update((long, acro, _country_in(name)) for long, acro in own_pairs)
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name) or name
        bare, had_title = strip_title(name)
        key = fold(bare)
        if not key:
            continue
        prefixed.update(
            (key, fold(long)) for long, _acro in own_pairs if _place_prefixed(key, fold(long))
        )
        forms[key][bare] += times
        if had_title:
            titled.add(key)
        cue = _context_kind(bare, context or "")
        if cue:
            cues[key][cue] += times
        for long_form, acro in acronym_pairs(context or ""):
            long_key = fold(long_form)
            if key in (long_key, fold(acro)) or _place_prefixed(key, long_key):
                pairs.add((long_form, acro, _country_in(context or "")))
            if _place_prefixed(key, long_key):
                prefixed.add((key, long_key))
    for long_form, acro, _country in pairs:
        forms[fold(long_form)][long_form] += 0
        forms[fold(acro)][acro] += 0
    for full in _chained_names(forms):
        forms[fold(full)][full] += 0

    uf = _UnionFind()
    for key in forms:
        uf.add(key)
    for key, long_key in sorted(prefixed):
        uf.union(key, long_key)
    _link_known(uf, forms)
    _link_parenthesised(uf, pairs, forms)
    long_forms = {fold(long) for long, _acro, _country in pairs}
    kinds = {
        k: guess_kind(
            max(f, key=f.__getitem__),
            titled=k in titled,
            acronym_of=k in long_forms,
            cue=min(cues[k], key=lambda c: (-cues[k][c], c)) if cues.get(k) else None,
        )
        for k, f in forms.items()
    }
    _link_initials(uf, forms)
    _link_partial_people(uf, forms, kinds)
    _link_near_spellings(uf, forms)
    placed = {
        k
        for k in forms
        if k in _PLACES
        or cues.get(k, {}).get("place")
        or any(t in _PLACE_CUES for t in _tokens(k)[:1] + _tokens(k)[-1:])
    }
    return _index(uf, forms, kinds, placed)


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


def _chained_names(forms: Mapping[str, Counter[str]]) -> list[str]:
    """Full names implied by two overlapping partial ones.

    Spanish and Portuguese names carry two surnames, and articles write either
    the first name with the first surname ("Edmundo González") or both
    surnames ("González Urrutia").  When exactly one two-word name ends with
    the word another two-word name starts with, and neither pairing is
    ambiguous, the three-word name they imply ("Edmundo González Urrutia") is
    added so both partial forms merge into it.  "Felipe González" next to
    "Edmundo González" makes "González Urrutia" ambiguous and nothing is added.
    """
    pairs: list[tuple[str, str]] = []
    for key, surf in forms.items():
        surface = max(surf, key=lambda s: (surf[s], s))
        words = surface.split()
        plain = not any(t in ORG_WORDS or t in _TITLE_WORDS for t in _tokens(key))
        if len(words) == 2 and all(w[:1].isupper() for w in words) and key not in _PLACES and plain:
            pairs.append((key, surface))
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key, surface in pairs:
        toks = _tokens(key)
        by_last[toks[-1]].append(surface)
        by_first[toks[0]].append(surface)
    full: list[str] = []
    for link in sorted(set(by_last) & set(by_first)):
        if len(by_last[link]) == 1 and len(by_first[link]) == 1:
            head, tail = by_last[link][0], by_first[link][0]
            if head != tail:
                full.append(f"{head} {tail.split()[1]}")
    return full


def _link_known(uf: _UnionFind, forms: Mapping[str, Counter[str]]) -> None:
    by_canonical: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        if key in _KNOWN:
            by_canonical[_KNOWN[key]].append(key)
    for keys in by_canonical.values():
        for other in keys[1:]:
            uf.union(keys[0], other)


def _link_parenthesised(
    uf: _UnionFind,
    pairs: Iterable[tuple[str, str, str | None]],
    forms: Mapping[str, Counter[str]],
) -> None:
    longs_of: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for long_form, acro, country in sorted(pairs, key=lambda p: (p[0], p[1], p[2] or "")):
        longs_of[fold(acro)].append((fold(long_form), country))
    for acro, entries in longs_of.items():
        country_of_long: dict[str, set[str]] = defaultdict(set)
        for long_key, country in entries:
            if country:
                country_of_long[long_key].add(country)
        longs = sorted({k for k, _ in entries}, key=lambda k: (-sum(forms[k].values()), k))
        uf.union(acro, longs[0])
        linked, pending, changed = [longs[0]], longs[1:], True
        while pending and changed:
            changed = False
            for other in list(pending):
                # Two long forms behind one acronym: one body only if they read
                # alike in the same country, or are already known to be one.
                same_country = all(
                    not country_of_long[other]
                    or not country_of_long[done]
                    or country_of_long[other] & country_of_long[done]
                    for done in linked
                )
                if uf.find(other) == uf.find(acro) or (
                    same_country
                    and any(fuzz.ratio(done, other) >= _ACRONYM_SIBLING_MIN for done in linked)
                ):
                    uf.union(acro, other)
                    linked.append(other)
                    pending.remove(other)
                    changed = True


def _link_initials(uf: _UnionFind, forms: Mapping[str, Counter[str]]) -> None:
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, surf in forms.items():
        surface = max(surf, key=surf.__getitem__)
        if not is_acronym(surface) and len(_content_tokens(key)) >= 2:
            by_initials[initials(surface)].add(key)
    for key, surf in sorted(forms.items()):
        surface = max(surf, key=surf.__getitem__)
        if is_acronym(surface):
            roots = {uf.find(k) for k in by_initials.get(_acronym_letters(surface), ())}
            if len(roots) == 1:
                uf.union(key, roots.pop())


def _link_partial_people(
    uf: _UnionFind, forms: Mapping[str, Counter[str]], kinds: Mapping[str, str]
) -> None:
    people = sorted((k for k in forms if kinds[k] == "person"), key=lambda k: (-len(_tokens(k)), k))
    for key in sorted(forms, key=lambda k: (-len(_tokens(k)), k)):
        toks = _content_tokens(key)
        if not toks or kinds[key] not in ("person", "place") or key in _PLACES:
            continue
        if kinds[key] == "place" and len(toks) > 1:
            continue
        longer = [
            p
            for p in people
            if len(_content_tokens(p)) > len(toks) and _is_subsequence(toks, _content_tokens(p))
        ]
        roots = {uf.find(p) for p in longer}
        if len(roots) == 1:
            uf.union(key, roots.pop())


def _link_near_spellings(uf: _UnionFind, forms: Mapping[str, Counter[str]]) -> None:
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        if len(key) >= 8:
            buckets[key[:1]].append(key)
    for keys in buckets.values():
        for i, key in enumerate(keys):
            for other in keys[i + 1 :]:
                if fuzz.ratio(key, other) >= _FUZZY_MIN:
                    uf.union(key, other)


def _index(
    uf: _UnionFind,
    forms: Mapping[str, Counter[str]],
    kinds: Mapping[str, str],
    placed: set[str],
) -> EntityIndex:
    members: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        members[uf.find(key)].append(key)
    entities: list[Entity] = []
    by_key: dict[str, str] = {}
    used: set[str] = set()
    located: set[str] = set()
    for keys in sorted(members.values()):
        surfaces = {k: max(forms[k], key=lambda s: (forms[k][s], _accents(s), s)) for k in keys}
        name = _canonical(keys, surfaces, forms)
        kind = _vote_kind(keys, kinds)
        slug = slugify(name) or f"entity-{short_hash(name, length=8)}"
        if slug in used:
            slug = f"{slug}-{short_hash(*sorted(keys), length=6)}"
        used.add(slug)
        aliases = tuple(sorted({s for s in surfaces.values() if s != name}))
        entities.append(Entity(id=slug, name=name, kind=kind, aliases=aliases))
        for key in keys:
            by_key[key] = slug
        by_key.setdefault(fold(name), slug)
        if kind == "place" and any(k in placed for k in keys):
            located.add(slug)
    entities.sort(key=lambda e: e.id)
    return EntityIndex(
        entities=tuple(entities),
        by_key=MappingProxyType(by_key),
        by_id=MappingProxyType({e.id: e for e in entities}),
        located=frozenset(located),
    )


def _accents(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


def _canonical(
    keys: list[str], surfaces: Mapping[str, str], forms: Mapping[str, Counter[str]]
) -> str:
    for key in keys:
        if key in _KNOWN and _KNOWN[key] in _KNOWN_CANONICAL:
            return _KNOWN_CANONICAL[_KNOWN[key]]
    full = [k for k in keys if not is_acronym(surfaces[k])] or keys
    best = max(
        full,
        key=lambda k: (
            len(_tokens(k)),
            sum(forms[k].values()),
            _accents(surfaces[k]),
            len(k),
            [-ord(c) for c in k],
        ),
    )
    return surfaces[best]


def _vote_kind(keys: list[str], kinds: Mapping[str, str]) -> str:
    """The kind most of the evidence points to; a gazetteer place or a long name weighs more."""
    weight: Counter[str] = Counter()
    for key in keys:
        weight[kinds[key]] += 10 if key in _PLACES else len(_tokens(key))
    return min(weight, key=lambda k: (-weight[k], k)) if weight else "organisation"
