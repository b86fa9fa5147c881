"""What the reconciler reads from each claim.

The per-claim record (``_Item``) with its dates, places, event families,
scope and counting body, read from the claim's sentence and paragraph with
names resolved through the entity index; where an article's figures
happened when their sentence names no place (``_locate``); and the value a
figure is compared on (``_interval``).  Everything here reads one claim, or
the claims of one source, and the entity index, never the rest of the corpus.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dossier.entities import COUNTRY_OR_CAPITAL, EntityIndex, Resolver, country_of, fold
from dossier.model import AsOfBasis, Claim, Entity, Interval, Kind, Qualifier, Source
from dossier.numbers import UNITS_WORDS
from dossier.reconcile_tables import (
    _EVENT_WORD,
    _ONE_DAY,
    _ONE_MONTH,
    _ONE_YEAR,
    _PAST_EVENT,
    _PERPETRATOR,
    _RUNNING,
    _STOP,
    _TOLL,
    _WORD,
    APPROXIMATE_MARGIN,
    COMBATANT_WORDS,
    COMBATANTS,
    MISSING_WORDS,
    ROUNDED,
    SCOPES,
    _words,
)


@dataclass(frozen=True, slots=True)
class _Item:
    """A claim with what the reconciler reads from it."""

    claim: Claim
    when: date | None  # end of the as-of range (or publication date)
    since: date | None  # start of the as-of range
    basis: AsOfBasis | None
    countries: frozenset[str]  # named in the sentence
    nearby: frozenset[str]  # countries and places named in the paragraph (weaker evidence)
    # Where the figure happened: the places its sentence names, else every
    # place its article names ("@" marks a place that is not a country:
    # "@harlow").  Empty when the article names none.  A place named only in
    # the paragraph may be where someone spoke ("in Washington, Almagro
    # said"), so the paragraph alone never pins a figure.
    where: frozenset[str]
    families: frozenset[str]
    entities: frozenset[str]  # named near the figure; places as "@<id>" (``_entity_key``)
    scope: str | None
    body: str | None  # canonical attribution
    label: str  # who to credit on a page
    signature: str

    @property
    def order(self) -> tuple[date, str]:
        return (self.when or date.max, self.claim.id)


def _names(claims: Iterable[Claim]) -> list[tuple[str, str]]:
    names: list[tuple[str, str]] = []
    for claim in claims:
        names.extend((n, claim.sentence) for n in claim.context_names)
        if claim.attributed_to:
            names.append((claim.attributed_to, claim.sentence))
    return names


_Reading = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
_ReadMemo = dict[tuple[str, tuple[str, ...], str | None], _Reading]
# An item's fields after ``claim`` and before ``signature``: what ``_fields`` reads.
_Fields = tuple[
    date | None,
    date | None,
    AsOfBasis | None,
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    str | None,
    str | None,
    str,
]


def _item(
    claim: Claim, source: Source | None, index: Resolver, memo: _ReadMemo | None = None
) -> _Item:
    """What the reconciler reads from ``claim`` (no signature, not yet located)."""
    return _Item(claim, *_fields(claim, source, index, memo), "")


def _fields(
    claim: Claim, source: Source | None, index: Resolver, memo: _ReadMemo | None = None
) -> _Fields:
    """The fields of ``claim``'s item: dates, places, families, entities, scope, body, label.

    ``memo`` keeps what was read from each sentence (with its names and
    attribution), so the figures of one sentence read it once.
    """
    published = source.meta.published if source else None
    if claim.as_of is not None:
        when, since, basis = claim.as_of.range.end, claim.as_of.range.start, claim.as_of.basis
    elif published is not None:
        when, since, basis = published, published, AsOfBasis.PUBLICATION_DATE
    else:
        when = since = basis = None
    key = (claim.sentence, claim.context_names, claim.attributed_to)
    reading = memo.get(key) if memo is not None else None
    if reading is None:
        reading = _read(*key, index)
        if memo is not None:
            memo[key] = reading
    in_sentence, in_paragraph, places_here, entities, families = reading
    if claim.event:
        families |= {
            _EVENT_WORD[w] for w in _WORD.findall(claim.event.casefold()) if w in _EVENT_WORD
        }
    body = index.canonical(claim.attributed_to)
    outlet = source.meta.outlet if source else None
    label = body or outlet or (source.title if source else claim.source_id)
    return (
        when,
        since,
        basis,
        in_sentence,
        in_paragraph,
        places_here,
        families,
        entities,
        _scope(claim),
        body,
        label,
    )


_FORCES = r"(?:soldiers|troops|servicemen|fighters|personnel|officers|guards|marines|sailors)"
# "8 of its soldiers", "the loss of 3 of its own troops": the speaker's side.
_OWN_FORCES = re.compile(rf"\b(?:its|their|our)\s+(?:own\s+)?{_FORCES}\b", re.IGNORECASE)
# "30 Karsovian soldiers", "12 of Meltrin's troops": the side named.
_NAMED_FORCES = re.compile(rf"\b([A-ZÀ-Ý][\w-]+?)(?:[’']s)?\s+{_FORCES}\b")
# The place a speaker speaks for, written in it or just before it:
# "Meltrin's army", "Karsovia's defence ministry".
_CAPITAL_WORD = re.compile(r"\b([A-ZÀ-Ý][\w-]{3,}?)(?:[’']s)?\b")
_SPEAKER_OF = re.compile(r"([A-ZÀ-Ý][\w-]{3,}?)(?:[’']s)?\s+$")


def side(claim: Claim) -> str | None:
    """Whose soldiers (or police) a count of security forces counts, as the word
    naming the side ("karsovian" for "30 Karsovian soldiers", "meltrin" for
    "Meltrin acknowledged the loss of 3 of its own troops"); None when unsaid.

    Soldiers of two sides of a war are different people, whatever each side
    says of the other's losses.  ``same_side`` compares two such words.
    """
    return _side_at(claim.sentence, _rel(claim), claim.quote, claim.attributed_to)


@functools.lru_cache(maxsize=1 << 12)
def _side_at(sentence: str, rel: int, quote: str, speaker: str | None) -> str | None:
    near = sentence[rel : rel + len(quote) + 30]
    if (m := _NAMED_FORCES.search(near)) and m.group(1).casefold() not in _NOT_A_SIDE:
        return fold(m.group(1))
    if not _OWN_FORCES.search(near) or not speaker:
        return None
    if m := _CAPITAL_WORD.search(speaker):
        return fold(m.group(1))
    at = sentence.find(speaker)
    m = _SPEAKER_OF.search(sentence[:at]) if at > 0 else None
    return fold(m.group(1)) if m else None


# Capitalised words before "soldiers" that name no side: "The soldiers", "Its troops".
_NOT_A_SIDE = frozenset(("its", "their", "our", "own", "the", "these", "those", "some"))


def same_side(a: str, b: str) -> bool:
    """Two words name one side: a place and its adjective ("karsovia", "karsovian",
    "ukraine", "ukrainian"), the shorter less at most two last letters (never
    below four) starting the longer; "iraq" and "iran" are two sides."""
    short, long = sorted((a, b), key=len)
    for cut in range(3):
        stem = short[: len(short) - cut]
        if cut and len(stem) < 4:
            break
        if long.startswith(stem):
            return True
    return False


def _area(fields: Iterable[_Fields]) -> frozenset[str]:
    """Every place an article names (next to any of its figures)."""
    return frozenset().union(*(f[4] for f in fields))


def _locate(fields: _Fields, area: frozenset[str]) -> _Fields:
    """Place a figure whose sentence and paragraph name no place where its article is.

    ``area`` holds the places the article names (``_area``).  "Our teams are
    still searching for 110 people" belongs to the story its article tells,
    not to whichever story shares its kind and month.  A sentence naming only
    a town also counts as naming the countries of its article, so "2,600 dead
    in Marrakech" can meet "2,012 killed in Morocco".
    """
    where = fields[5]
    if not where and area:
        where = area
    elif where and all(w.startswith("@") for w in where):
        countries = {p for p in area if not p.startswith("@")}
        if countries:  # "in Marrakech" in an article about Morocco
            where = where | countries
    else:
        return fields
    return (*fields[:5], where, *fields[6:])  # type: ignore[return-value]


def _read(
    sentence: str, names: tuple[str, ...], attributed_to: str | None, index: Resolver
) -> _Reading:
    """Countries named in the sentence, places in the paragraph, places in the
    sentence, entities other than the speaker (unless a place speaks), and event
    families of the sentence."""
    sentence_fold = fold(sentence)
    in_sentence, in_paragraph, entities = set(), set(), set()
    places_here: set[str] = set()
    attributed = fold(attributed_to or "")
    inside, demonyms = _places_within(sentence, names, index)
    entities.update(demonyms)
    for name in (*names, *inside):
        entity = index.resolve(name)
        if entity is not None and (fold(name) != attributed or entity.kind == "place"):
            # A place speaking ("Meltrin acknowledged...") is its government: it
            # still tells which story the figure belongs to.
            entities.add(_entity_key(entity))
        place = _place_key(name, entity, index)
        if place is None:
            if entity is not None and _written_as_place(sentence, name, entity):
                places_here.add(f"@{entity.id}")
            continue
        in_paragraph.add(place)
        if fold(name) in sentence_fold:
            places_here.add(place)
            if not place.startswith("@"):
                in_sentence.add(place)
    hits = _gazetteer_hits(sentence)
    in_sentence |= hits
    places_here |= hits
    return (
        frozenset(in_sentence),
        frozenset(in_paragraph),
        frozenset(places_here),
        frozenset(entities),
        _families(_without(sentence, attributed_to)),
    )


# Endings of the adjective of a place, and what each may stand for:
# "Karsovian" -> "Karsovia", "Veldran" -> "Veldra", "Norvalian" -> "Norvale".
_DEMONYM_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("ia", "", "e", "y")),
    ("an", ("a", "", "o")),
    ("ese", ("",)),
    ("ish", ("",)),
    ("i", ("",)),
)
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w-]{3,}")
# What may come before a sentence's first word: "“Doctors said...".
_LEADING = " \t\n\"'“‘([—–-"


def _places_within(
    sentence: str, names: tuple[str, ...], index: Resolver
) -> tuple[list[str], set[str]]:
    """Places the corpus knows that the sentence names inside other names or by
    their adjective: "the Assembly of Veldra" names Veldra, "30 Karsovian soldiers"
    Karsovia.

    Returns the words to read as names (written in the sentence) and the keys of
    places named only by an adjective, which say whose the figure is, not where.
    Only a word spelled as a place's own name counts, never the sentence's
    first word, which any word may be.
    """
    inside: list[str] = []
    demonyms: set[str] = set()
    first = len(sentence) - len(sentence.lstrip(_LEADING))
    # Words of the names given are read with them, except after "of": "Assembly
    # of Veldra" is a body, Veldra a place.
    within = {w for n in names for w in _CAPITALISED.findall(n.partition(" of ")[0])}
    for m in _CAPITALISED.finditer(sentence, first + 1):
        word = m.group(0)  # a possessive "'s" is never part of the match
        if word in names or word in within:
            continue
        if _is_place_named(word, index):
            inside.append(word)
            continue
        found = _demonym(word, index)
        if found is not None:
            demonyms.add(found)
    return inside, demonyms


def _demonym(word: str, index: Resolver) -> str | None:
    """The key of the place the adjective ``word`` is formed from ("Karsovian")."""
    for ending, stems in _DEMONYM_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        base = word[: -len(ending)]
        for stem in stems:
            if _is_place_named(base + stem, index):
                entity = index.resolve(base + stem)
                return _entity_key(entity) if entity is not None else None
    return None


def _is_place_named(word: str, index: Resolver) -> bool:
    """``word`` is the very name of a place the corpus knows."""
    entity = index.resolve(word)
    return (
        entity is not None and entity.kind == "place" and entity.name.casefold() == word.casefold()
    )


# The month, not the event: "since March 2023", "on 3 March", "March 14".
_MONTH_MARCH = re.compile(
    r"\bMarch\b(?=\s+\d)|(?<=\d\s)March\b|\b(?:in|since|until|by|early|late|mid-)\s*March\b"
)


# A building a march went to or a clash happened near is where, not what: "marched
# from the station to the parliament", "clashes outside the council".
_PLACE_OF_ACTION = re.compile(
    r"\b(?:to|towards?|outside|near|in front of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:parliament|council|assembly|congress|senate)\b",
    re.IGNORECASE,
)


# A strike from the air or by a weapon is an attack, not a walkout: "a missile
# strike on the market", "drone strikes".
# So is a strike "on", "against" or "targeting" what it hit ("strikes on Tselin"),
# unless a day follows ("went on strike on Monday").
_WHEN_WORDS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|\d|the\s+(?:day|eve|morning|night)"
)
# A strike that is a walkout, said in so many words: "on strike", "general
# strike", "strike by dockers", "strike action", "the teachers' strike".
_STRIKE_ACTION = re.compile(
    r"\b(?:on|general|national|nationwide|hunger|rail|transport|sympathy|wildcat|"
    r"one-day|two-day|24-hour|48-hour|[\w-]+s[’']|union)\s+strikes?\b|"
    r"\bstrikes?\s+(?:by|action|ballot|day|days|pay|committee|called|over)\b",
    re.IGNORECASE,
)
# "strike" left once armed strikes and walkouts are read: either kind.
_BARE_STRIKE = re.compile(r"\bstrikes?\b", re.IGNORECASE)
_ARMED_STRIKE = re.compile(
    r"\b(?:missile|drone|air|rocket|artillery|military|nuclear)\s+strikes?\b|"
    rf"\bstrikes?\s+(?:on|against|targeting)\s+(?!(?:{_WHEN_WORDS})\b)",
    re.IGNORECASE,
)


def _without(sentence: str, speaker: str | None) -> str:
    """``sentence`` less the name of who gave the figure: "the miners' union put the
    toll at 11" tells of a mine collapse, not of a strike."""
    if not speaker or len(speaker) < 3:
        return sentence
    at = sentence.casefold().find(speaker.casefold())
    return sentence if at < 0 else sentence[:at] + " " + sentence[at + len(speaker) :]


def _entity_key(entity: Entity) -> str:
    """An entity as a reading holds it: "@<id>" for a place, known as one or only
    shaped like one ("Estvia"), else its id."""
    return f"@{entity.id}" if entity.kind == "place" else entity.id


def _written_as_place(sentence: str, name: str, entity: Entity) -> bool:
    """The sentence puts its figure in ``name``: "In Varn alone, 150,000 marched".

    A name the index does not know as a place still is one where the sentence
    says something happened in it; people and organisations never are.
    """
    if entity.kind in ("person", "organisation"):
        return False
    written = rf"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Tt]hrough)\s+{re.escape(name)}\b(?![’']s)"
    return bool(re.search(written, sentence))


@functools.lru_cache(maxsize=1 << 14)
def _families(text: str) -> frozenset[str]:
    """Event families whose words ``text`` uses ("since March 2023" names a month, not a march)."""
    text = _PLACE_OF_ACTION.sub(" ", _MONTH_MARCH.sub(" ", text))
    text = _ARMED_STRIKE.sub(" airstrike ", text)
    text = _STRIKE_ACTION.sub(" walkout ", text)
    text = _BARE_STRIKE.sub(" ", text)  # a strike of either kind: no evidence either way
    words = {w.casefold() for w in _WORD.findall(text)}
    return frozenset(_EVENT_WORD[w] for w in words if w in _EVENT_WORD)


def _place_key(name: str, entity: Entity | None, index: Resolver) -> str | None:
    """The country ``name`` stands for, else "@<entity id>" for another place, else None."""
    country = country_of(name) or (country_of(entity.name) if entity else None)
    if country:
        return country
    if entity is not None and index.is_located(entity):
        return f"@{entity.id}"
    return None


# The first word of every country and capital ("new" of "new delhi").
_GAZETTEER_HEADS = frozenset(key.split()[0] for key in COUNTRY_OR_CAPITAL if key)


@functools.lru_cache(maxsize=1 << 14)
def _gazetteer_hits(sentence: str) -> frozenset[str]:
    """Countries and capitals written in ``sentence`` (demonyms left out: "American States").

    Runs of one to three words starting with a capital are looked up; a
    sentence's figures share one answer.
    """
    words = _WORD.findall(sentence)
    hits: set[str] = set()
    for i, word in enumerate(words):
        if not word[:1].isupper() or fold(word) not in _GAZETTEER_HEADS:
            continue
        for size in (1, 2, 3):
            if i + size > len(words):
                break
            gram = " ".join(words[i : i + size])
            if fold(gram) in COUNTRY_OR_CAPITAL:
                country = country_of(gram)
                if country:
                    hits.add(country)
    return frozenset(hits)


def _window(claim: Claim) -> str:
    """The words around the figure, up to the nearest clause break or other number."""
    return _window_at(claim.sentence, claim.quote, claim.span.start - claim.sentence_span.start)


@functools.lru_cache(maxsize=1 << 12)
def _window_at(sentence: str, quote: str, rel: int) -> str:
    """``_window`` of the figure ``quote`` written at ``rel`` in ``sentence``."""
    if not (0 <= rel <= len(sentence)) or sentence[rel : rel + len(quote)] != quote:
        rel = max(sentence.find(quote), 0)
    before = sentence[:rel]
    stops = list(_STOP.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    after = sentence[rel + len(quote) :]
    stop = _STOP.search(after)
    after = after[: stop.start()] if stop else after
    parts = [" ".join(before.split()[-6:]), quote, " ".join(after.split()[:8])]
    return " " + " ".join(parts).casefold() + " "


def _scope(claim: Claim) -> str | None:
    """The group a figure counts, read next to the figure and from its subject.

    Who did the killing or the arresting is not whose deaths or arrests are
    counted: words after a perpetrator phrase ("by", "at the hands of",
    "from", "fired on by") never set the scope, and a subject that only
    appears after such a phrase is ignored.
    """
    subject = (claim.subject or "").casefold()
    if subject and _perpetrator_only(claim.sentence, subject):
        subject = ""
    if _names_combatants(claim, subject):
        return COMBATANTS
    text = _scope_window(claim) + " " + subject + " "
    text = re.sub(r"[^\w\s-]", " ", text)
    found = [_SCOPE_OF[m.group(1)] for m in _SCOPE_WORD.finditer(text)]
    if found:
        return SCOPES[min(found)][0]
    if claim.kind is Kind.DISPLACED:
        where = _displaced_where(_without(claim.sentence, claim.attributed_to))
        if where is not None:
            return where
    return PART_OF_TOTAL if told_as_part(claim) else None


def _names_combatants(claim: Claim, subject: str) -> bool:
    """The figure's own noun names fighters outside a state's forces: its quote and
    the three words after it ("40 HLF fighters", "112 rebels were killed"), or
    its subject."""
    if not (_COMBATANT.search(claim.sentence) or _COMBATANT.search(subject)):
        return False  # most sentences: no such word anywhere
    after = claim.sentence[_rel(claim) + len(claim.quote) :].split()[:3]
    words = _WORD.findall(" ".join([claim.quote, *after, subject]).casefold())
    return not COMBATANT_WORDS.isdisjoint(words)


_COMBATANT = re.compile(r"\b(?:" + "|".join(sorted(COMBATANT_WORDS)) + r")\b", re.IGNORECASE)


# Where people displaced went, read from anywhere in the sentence: across a
# border ("fled from Karsovia into Meltrin", "refugees crossing") or within
# their own country ("Inside Karsovia, 9,500 people have been displaced").
_ABROAD = re.compile(
    r"\b(?:refugees\b|asylum seekers|(?:fled|fleeing|crossed|crossing|escaped)\b[^.;]{0,40}?"
    r"\b(?:into|across)\s+(?:the\s+border|neighbouring|neighboring|[A-ZÀ-Ý]))",
)
_AT_HOME = re.compile(
    r"\b(?:[Ii]nside|[Ww]ithin)\s+(?:the\s+country|[A-ZÀ-Ý])|\binternally\b|"
    r"\bdisplaced (?:inside|within)\b"
)


def _displaced_where(sentence: str) -> str | None:
    """ "refugees" or "internally displaced" for a sentence saying only one of them."""
    abroad, home = bool(_ABROAD.search(sentence)), bool(_AT_HOME.search(sentence))
    if abroad == home:
        return None
    return "refugees" if abroad else "internally displaced"


# Words opening a clause that tells how or when people were counted, not who:
# "14 inmates were killed when troops stormed the prison".
_HOW_CLAUSE = re.compile(r"\b(?:when|after|as|because|where|before|until|while|once|if)\b")


def _scope_window(claim: Claim) -> str:
    """``_window`` up to a clause saying how or when (whose words name the actors)."""
    return _scope_window_at(
        claim.sentence, claim.quote, claim.span.start - claim.sentence_span.start
    )


@functools.lru_cache(maxsize=1 << 12)
def _scope_window_at(sentence: str, quote: str, rel: int) -> str:
    window = _window_at(sentence, quote, rel)
    quote = quote.casefold()
    at = window.find(quote)
    if at < 0:
        return window
    end = at + len(quote)
    cut = _HOW_CLAUSE.search(window, end)
    return window[: cut.start()] + " " if cut else window


_PEOPLE = frozenset({Kind.DEATHS, Kind.INJURIES, Kind.ARRESTS, Kind.DISAPPEARANCES, Kind.DISPLACED})
# The scope of a figure written as a part of a total told before, when no
# word says who the part is ("Kilemba region accounts for 131 of the deaths").
PART_OF_TOTAL = "one part"
# The total must be named as a count of people ("Of those, 58 died" may be a
# part of the cases).
_TOTAL_NOUNS = """deaths dead bodies victims fatalities casualties killed injured wounded injuries
    arrests arrested detained detainees missing displaced"""
_TOTAL = "(?:" + "|".join(_TOTAL_NOUNS.split()) + ")"
_OF_WHOLE_AFTER = re.compile(rf"\s+of\s+(?:the|those|these)\s+{_TOTAL}\b", re.IGNORECASE)
_OF_WHOLE_OPENING = re.compile(
    rf"\s*(?:of|among)\s+(?:the|those|these)\s+{_TOTAL}\b", re.IGNORECASE
)


def told_as_part(claim: Claim) -> bool:
    """A count of people written as a part of a total: "131 of the deaths", "Of
    those deaths, 212 were recorded in Lusara" (not "51% of the vote")."""
    if claim.kind not in _PEOPLE:
        return False
    rel = claim.span.start - claim.sentence_span.start
    after = claim.sentence[rel + len(claim.quote) :]
    return bool(_OF_WHOLE_AFTER.match(after) or _OF_WHOLE_OPENING.match(claim.sentence))


# Each scope word, as a whole word between spaces, and the scope it belongs to
# (by its place in ``SCOPES``: the first scope found there wins).
_SCOPE_OF = {w: n for n, (_, words) in reversed(list(enumerate(SCOPES))) for w in words}
_SCOPE_WORD = re.compile(
    "(?= (" + "|".join(re.escape(w) for w in sorted(_SCOPE_OF, key=len, reverse=True)) + ") )"
)


def _perpetrator_only(sentence: str, subject: str) -> bool:
    """True when ``subject`` is written in ``sentence`` only as the one who acted."""
    text = " ".join(sentence.casefold().split())
    spots, at = [], text.find(subject)
    while at >= 0:  # each place it is written, left to right, not overlapping
        spots.append(at)
        at = text.find(subject, at + len(subject))
    if not spots:
        return False
    return all(_PERPETRATOR.search(text[max(0, at - 40) : at]) for at in spots)


def _period(claim: Claim) -> str | None:
    """The period the figure covers, or None when unsaid.

    "running" (since a start), "day" (a day or a few), "year:2025" or
    "month:may" for a period set apart from the rest ("In 2025 alone", "the
    2009 quake" in a later article), "in:2025" for a year merely named.  Read
    from the figure's own clause and a short phrase opening its sentence, so
    "up from 58% in 2019" does not date the figure it follows.  A figure dated
    later than the year its sentence gives as the time of the event it counts
    belongs to that year (``_event_year``).
    """
    year = claim.as_of.range.end.year if claim.as_of is not None else None
    return _period_at(claim.sentence, _rel(claim), year)


@functools.lru_cache(maxsize=1 << 14)
def _period_at(sentence: str, rel: int, year: int | None) -> str | None:
    """``_period`` of the figure at ``rel`` in ``sentence``, as of ``year``."""
    text = _period_text(sentence, rel)
    period = _period_of(text)
    if year is None:
        return period
    if period is not None and period.startswith("in:") and int(period[3:]) < year:
        return "year:" + period[3:]  # an earlier year's figure
    if period is None:
        # "Some 1,100 people died in the 2009 quake", dated only by its article
        past = _PAST_EVENT.search(text)
        if past and int(past.group(1)) < year and not _set_beside(text, past.start(), past.start()):
            return f"year:{past.group(1)}"
        earlier = _event_year(sentence, rel)
        if earlier is not None and earlier < year:
            return f"year:{earlier}"
        back = _years_back(sentence, rel, text)
        if back:
            return f"year:{year - back}"
        if _earlier_event(sentence, rel) and not _YEAR_WRITTEN.search(sentence):
            # (a sentence giving the earlier event's year is dated by it, as above)
            return "year:earlier"
    return period


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
# A time told as so long before the report: "A year earlier,", "last year",
# "two years ago", "the previous year"; group "n" holds how many years.
_YEARS_BACK = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
    r"(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior|preceding)\s+year|"
    r"the\s+year\s+before)\b",
    re.IGNORECASE,
)
# The opening of a sentence that sets all of it in such a time: "A year earlier, ...".
_BACK_OPENING = re.compile(rf"^\W*(?:{_YEARS_BACK.pattern})\s*,", re.IGNORECASE)
# Words that make such a time the base of a comparison, not the figure's time:
# "6.3% up on a year earlier", "rose 4% over the previous year".
_BACK_BASE = re.compile(r"\b(?:on|over|to|with)\s+$", re.IGNORECASE)


def _years_back(sentence: str, rel: int, text: str) -> int:
    """How many years before the report the figure at ``rel`` holds for, told
    relative to it ("A year earlier, inflation stood at 9.8%", "killed 30 people
    two years ago"); 0 when unsaid or only a comparison base ("6.3% from a year
    earlier", "up 4% on the previous year")."""
    opening = _BACK_OPENING.match(sentence)
    found = opening if opening and opening.end() <= rel else None
    if found is None:
        for m in _YEARS_BACK.finditer(text):
            lead = text[max(0, m.start() - 30) : m.start()]
            if not (_BASE_BEFORE.search(lead) or _BACK_BASE.search(lead)):
                found = m
                break
    if found is None:
        return 0
    n = found.group("n")
    if n is None:
        return 1
    return int(n) if n.isdigit() else UNITS_WORDS.get(n.casefold(), 1)  # "a year"


# An event the sentence points back to as an earlier one, before the figure:
# "That outbreak killed 3", "the previous flood", "the region's last major quake".
_EARLIER_EVENT = re.compile(
    r"(?:^\W*(?:That|Those)|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[’']s)\s+(?:last|previous|earlier|prior))"
    r"\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
)


# Words of event families that name a thing or a body, not an event: "the last
# train", "That building", "the previous parliament".
_NOT_AN_EVENT = _words(
    """ferry plane train bus mine mines building union council councillors assembly
    parliament congress senate bill motion resolution militants insurgents protesters
    strikers infected"""
)


def _earlier_event(sentence: str, rel: int) -> bool:
    """The figure at ``rel`` counts an earlier event than the story's, pointed back to."""
    for m in _EARLIER_EVENT.finditer(sentence, 0, rel):
        nouns = [w for w in m.group("words").split() if w in _EVENT_WORD]
        if nouns and nouns[0] not in _NOT_AN_EVENT and not _set_beside(sentence, m.start(), rel):
            return True
    return False


# The ways a sentence gives a year as the time of the event its figure counts,
# each with the year as group 1:
_EVENT_YEAR_FORMS = (
    # a year set before an event noun, after a determiner or a possessive and at
    # most two describing words: "the 2011 floods", "A 2014 derailment", "a
    # similar 2019 attack", "Selvadia's 2003 heatwave"
    re.compile(
        r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]hose|[Ii]ts|[Tt]heir)|[’']s)\s+"
        r"(?:[a-z][\w-]*\s+){0,2}?((?:19|20)\d\d)\s+(?P<noun>[a-z][\w-]*)"
    ),
    # an event noun dated after it, or in an aside, maybe after its place: "a
    # landslide in 2016", "the floods of 2011", "the last major quake, in 1987,
    # killed", "the last outbreak in Oradia, in 2019,"
    re.compile(
        r"\b(?P<noun>[a-z][\w-]*)(?:\s+(?:in|at|near)\s+[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)?)?"
        r",?\s+(?:in|of)\s+((?:19|20)\d\d)\b(?!\s*[-–])"
    ),
    # a year opening the sentence: "In all of 2024,", "During 2019,"
    re.compile(
        r"^\s*(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?"
        r"((?:19|20)\d\d)\b(?!\s*[-–])\s*,"
    ),
    # "in 2019" before a clause telling what that event did: "sank on the same
    # route in 2019, drowning 21 people"
    re.compile(r"\bin\s+((?:19|20)\d\d)\b(?=,\s*\w+ing\s+(?:\w+\s+){0,3}$)"),
)
# Words that set a year beside the figure rather than as its time, read just
# before the year: "since the 2019 protests", "up from 12 in 2019", "the
# highest since 2016", "unlike the 2011 floods", "than in 2020".
_BASE_BEFORE = re.compile(
    r"\b(?:since|after|before|than|unlike|until|till|compared\s+(?:with|to)|up\s+from|"
    r"down\s+from|from|against|versus|vs|as\s+in|like)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A turn between the year and the figure to another time or a contrast: "The
# 2011 floods killed 19; this year 40 died", "but this year's have killed 40".
_TURN_BETWEEN = re.compile(
    r"[;:]|\b(?:but|while|whereas|compared\s+with|than|this\s+year|so\s+far|now)\b",
    re.IGNORECASE,
)


def _set_beside(sentence: str, start: int, end: int) -> bool:
    """True when the year mention at ``start`` is a comparison base or start, or a
    turn to another time or a contrast comes between it and ``end`` (the figure)."""
    return bool(
        _BASE_BEFORE.search(sentence[max(0, start - 30) : start])
        or _TURN_BETWEEN.search(sentence, start, end)
    )


@functools.lru_cache(maxsize=1 << 14)
def _event_year(sentence: str, rel: int) -> int | None:
    """The year the sentence gives, before the figure at ``rel``, as the time of
    the event the figure counts; None when it gives none or only sets a year
    beside the figure ("since 2019", "up from 12 in 2019", "the 2021 Act")."""
    before = sentence[:rel]
    best: tuple[int, int] | None = None  # (where, year), the nearest the figure
    for form in _EVENT_YEAR_FORMS:
        for m in form.finditer(before):
            if "noun" in form.groupindex and m.group("noun") not in _EVENT_WORD:
                continue
            year_group = 2 if form.groupindex.get("noun") == 1 else 1
            if best is None or m.start() > best[0]:
                best = (m.start(), int(m.group(year_group)))
    if best is None or _set_beside(sentence, best[0], rel):
        return None
    return best[1]


# Where a clause ends: punctuation, or a word that turns to another figure.
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()—–]|\b(?:while|whereas|but|compared with|up from|down from|against)\b"
)
# A short phrase opening a sentence that sets the period of what follows.
_OPENING = re.compile(
    r"^\s*(?:in|during|throughout|since|so far|this year|on|over)\b[^,;:]{0,40}[,;:]",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 14)
def _period_text(sentence: str, rel: int) -> str:
    """The clause holding the figure at ``rel``, after any opening phrase of the sentence."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= rel:
            start = m.end()
        elif m.start() >= rel:
            end = m.start()
            break
    own = _NUMBER.search(sentence, rel, rel + _HEDGE_ROOM)  # "More than 1,100": the figure's
    mine = own.start() if own else -1
    for m in _NUMBER.finditer(sentence, start, end):
        if m.start() < rel and _other_figure(sentence, m):
            # what follows another figure is that figure's, up to a joining word
            joins = list(_JOIN.finditer(sentence, m.end(), rel))
            start = joins[-1].end() if joins else m.end()
        elif m.start() > rel and m.start() != mine and _other_figure(sentence, m):
            end = m.start()  # what follows another figure is that figure's
            break
    opening = _OPENING.match(sentence)
    lead = opening.group(0) if opening and opening.end() <= rel else ""
    return lead + " " + sentence[start:end]


_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?")
_JOIN = re.compile(r"\b(?:and|or|while|whereas|but|against|then)\b")
_HEDGE_ROOM = 24  # how far words like "at least" or "more than" put a figure's digits
# Numbers that are no figure of their own: a year, a day of a month, a length of time.
_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_NOT_A_FIGURE_AFTER = re.compile(
    rf"\s*(?:-|\s)?(?:{_MONTH_NAMES}|days?|weeks?|months?|years?|hours?|decades?|"
    r"minutes?|st|nd|rd|th)\b",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _other_figure(sentence: str, number: re.Match[str]) -> bool:
    """The number ``number`` found in ``sentence`` is a figure, not a date or a duration."""
    if _YEAR.fullmatch(number.group(0)):
        return False
    if _NOT_A_FIGURE_AFTER.match(sentence, number.end()):
        return False
    return not _MONTH_BEFORE.search(sentence, 0, number.start())


@functools.lru_cache(maxsize=1 << 14)
def _period_of(text: str) -> str | None:
    if _RUNNING.search(text):
        return "running"
    if m := _ONE_YEAR.search(text):
        return f"year:{m.group(1)}" if m.group(2) else f"in:{m.group(1)}"
    if m := _ONE_MONTH.search(text):
        return f"month:{m.group(1).casefold()}"
    if _ONE_DAY.search(text) and not _TOLL.search(text):
        return "day"
    return None


# Rounds of a two-round vote.  "the runoff" has been held; "a runoff" is still
# to come, so the figure beside it is the first round's ("will face Vasko in a
# runoff").
_ROUND = re.compile(
    r"\b(?:(first)[- ]round|(?:(a|an)\s+)?(?:run-?off|second[- ]round|second ballot))\b",
    re.IGNORECASE,
)


def _round(claim: Claim) -> int | None:
    """Which round of a vote the figure counts (1 or 2), read from the mention of a
    round nearest the figure in its sentence; None when no round is named."""
    return _round_at(claim.sentence, _rel(claim))


@functools.lru_cache(maxsize=1 << 14)
def _round_at(sentence: str, rel: int) -> int | None:
    best: tuple[int, int] | None = None
    for m in _ROUND.finditer(sentence):
        distance = rel - m.end() if m.end() <= rel else m.start() - rel
        number = 1 if m.group(1) or m.group(2) else 2
        if best is None or distance < best[0]:
            best = (distance, number)
    return best[1] if best else None


def _still_missing(claim: Claim) -> bool:
    """A disappearance figure counts people still missing, who fall as they are found."""
    words = {w.casefold() for w in _WORD.findall(_window(claim) + " " + (claim.subject or ""))}
    return not words.isdisjoint(MISSING_WORDS)


def _rel(claim: Claim) -> int:
    """Where the figure starts inside its sentence."""
    rel = claim.span.start - claim.sentence_span.start
    sentence, quote = claim.sentence, claim.quote
    if not (0 <= rel <= len(sentence)) or sentence[rel : rel + len(quote)] != quote:
        rel = max(sentence.find(quote), 0)
    return rel


def _interval(item: _Item) -> Interval:
    """The value compared: a date range (as day numbers) for event dates."""
    claim = item.claim
    if claim.kind is Kind.EVENT_DATE and claim.date is not None:
        return Interval(
            low=Decimal(claim.date.start.toordinal()), high=Decimal(claim.date.end.toordinal())
        )
    value = claim.value
    if claim.kind in ROUNDED and value.low is not None and value.low == value.high:
        exponent = value.low.as_tuple().exponent
        half = Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)
        return Interval(low=value.low - half, high=value.high + half)
    if claim.qualifier is Qualifier.ABOUT and value.low is not None and value.low == value.high:
        margin = abs(value.low) * APPROXIMATE_MARGIN
        return Interval(low=value.low - margin, high=value.high + margin)
    return value


def _shown(item: _Item) -> Interval:
    """The value as written (no rounding allowance), for summaries."""
    claim = item.claim
    if claim.kind is Kind.EVENT_DATE and claim.date is not None:
        return _interval(item)
    return claim.value


def _whose(item: _Item, index: EntityIndex) -> str | None:
    """The candidate, party or option a vote figure (or a party's seats) belongs to, in words."""
    entity = index.by_id.get(item.signature.removeprefix("seats:").partition(" ~")[0])
    if entity is not None:
        return entity.name
    if item.signature.startswith("option:"):
        return item.claim.subject or item.signature.removeprefix("option:").title()
    return None
