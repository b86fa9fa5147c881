"""What the reconciler reads from each claim, and the measures it compares.

Tables of how each kind of figure behaves, the per-claim record (`Item`) with
its dates, places, event families, scope and counting body, and the readings
that decide what a figure is about: its scope (perpetrators excluded), the
action a count describes ("marched", "deployed"), the candidate a vote share
belongs to (read from the sentence and resolved through entities), and the
signature that blocks claims of one measure together.  Also the interval
primitives that verdicts and summaries share.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from rapidfuzz import fuzz

from dossier.entities import COUNTRY_OR_CAPITAL, EntityIndex, country_of, fold
from dossier.model import AsOfBasis, Claim, Entity, Interval, Kind, Qualifier, Source, Status


def _words(text: str) -> frozenset[str]:
    """A word table written as one whitespace-separated string."""
    return frozenset(text.split())


# How a measure behaves over time.  "cumulative": a running total that cannot
# fall (a later larger figure is an update, a later smaller one a conflict);
# "varying": may rise or fall (a later different figure is an update);
# "fixed": one true value (any incompatible pair is a conflict).
BEHAVIOUR: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.DEATHS: "cumulative",
        Kind.INJURIES: "cumulative",
        Kind.ARRESTS: "cumulative",
        Kind.DISAPPEARANCES: "cumulative",
        Kind.DISPLACED: "varying",
        Kind.COUNT: "varying",
        Kind.VOTE_SHARE: "fixed",
        Kind.VOTES: "fixed",
        Kind.EVENT_DATE: "fixed",
        Kind.PERCENT: "fixed",
        Kind.MONEY: "fixed",
    }
)

# What else, besides kind and unit, tells two figures of a kind apart.
# "candidate": whose votes; "subject": what is counted; "event": what happened.
SIGNATURE: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.VOTE_SHARE: "candidate",
        Kind.VOTES: "candidate",
        Kind.COUNT: "subject",
        Kind.PERCENT: "subject",
        Kind.MONEY: "subject",
        Kind.EVENT_DATE: "event",
    }
)

# Kinds whose exact figures are rounded as written: "51.2%" means 51.15-51.25.
ROUNDED: frozenset[Kind] = frozenset({Kind.VOTE_SHARE, Kind.PERCENT})
# "About 12", "roughly 1,500": compared as the figure give or take this share
# ("roughly a dozen" reads as about 10 to 14).
APPROXIMATE_MARGIN = Decimal("0.15")

# How a summary names what is counted.
NOUN: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.DEATHS: "killed",
        Kind.INJURIES: "injured",
        Kind.ARRESTS: "arrested",
        Kind.DISAPPEARANCES: "disappeared",
        Kind.DISPLACED: "displaced",
        Kind.VOTE_SHARE: "of the vote",
        Kind.VOTES: "votes",
        Kind.EVENT_DATE: "",
        Kind.COUNT: "",
        Kind.PERCENT: "",
        Kind.MONEY: "",
    }
)

TITLE: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.DEATHS: "Deaths",
        Kind.INJURIES: "Injuries",
        Kind.ARRESTS: "Arrests",
        Kind.DISAPPEARANCES: "Disappearances",
        Kind.DISPLACED: "People displaced",
        Kind.VOTE_SHARE: "Vote share",
        Kind.VOTES: "Votes",
        Kind.EVENT_DATE: "Date",
        Kind.COUNT: "Count",
        Kind.PERCENT: "Percentage",
        Kind.MONEY: "Amount",
    }
)

# Scopes narrower than "everyone", found next to the figure.  Order matters:
# the first scope whose words appear wins.
SCOPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "security forces",
        (
            "security forces", "security force", "soldier", "soldiers", "police officer",
            "police officers", "policemen", "policeman", "officers", "troops", "guardsmen",
            "military personnel", "members of the armed forces",
        ),
    ),
    ("civilians", ("civilian", "civilians", "non-combatants")),
    ("protesters", ("protester", "protesters", "protestor", "protestors", "demonstrators")),
    ("children", ("child", "children", "minors", "under 18", "students")),
    ("journalists", ("journalist", "journalists", "reporters")),
    ("women", ("women", "girls")),
    ("arbitrary", ("arbitrary", "arbitrarily", "political prisoners", "political detainees")),
    ("foreigners", ("foreigners", "foreign nationals", "tourists")),
)  # fmt: skip

# Event families: claims about different families are different questions.
EVENT_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unrest", (
        "protest", "protests", "protesters", "demonstration", "demonstrations", "riot",
        "riots", "unrest", "clashes", "crackdown", "repression", "uprising", "march",
        "marches", "rally", "rallies", "election", "elections", "vote", "poll", "polls",
        "ballot", "coup", "referendum", "plebiscite",
    )),
    ("earthquake", ("earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock",
                    "aftershocks", "tsunami")),
    ("weather", ("flood", "floods", "flooding", "storm", "hurricane", "cyclone", "typhoon",
                 "landslide", "landslides", "mudslide", "rains", "monsoon", "heatwave",
                 "drought", "tornado")),
    ("fire", ("fire", "fires", "wildfire", "wildfires", "blaze", "explosion", "blast")),
    ("collapse", ("collapse", "collapsed", "mine", "mines", "cave-in", "building")),
    ("labour", ("strike", "strikes", "walkout", "strikers", "union", "stoppage")),
    ("war", ("war", "attack", "attacks", "airstrike", "airstrikes", "bombing", "shelling",
             "offensive", "fighting", "ambush", "massacre", "militants", "insurgents")),
    ("transport", ("crash", "derailment", "accident", "collision", "capsized", "sank",
                   "ferry", "plane", "train", "bus")),
    ("disease", ("outbreak", "epidemic", "pandemic", "cholera", "virus", "infections",
                 "infected", "cases")),
    ("council", ("council", "councillors", "motion", "resolution", "assembly", "parliament",
                 "congress", "senate", "bill")),
)  # fmt: skip

_GAP_DAYS = 30  # a longer silence between figures starts a new time block
_COMPARABLE_DAYS = 1  # as-of dates this close are "the same time"
_SUBJECT_MIN = 85.0  # rapidfuzz score for two count subjects to be one thing
_EVENT_MIN = 80.0  # rapidfuzz score for two event descriptions to be one event
_MAX_PAIRS_SHOWN = 3

_EVENT_WORD = {w: fam for fam, words in EVENT_FAMILIES for w in words}
_STATUS_RANK = {
    Status.CONFLICT: 0,
    Status.SCOPE: 1,
    Status.UPDATE: 2,
    Status.CONSISTENT: 3,
    Status.SINGLE: 4,
}
_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
_WORD = re.compile(r"[\w’'-]+")
_STOP = re.compile(
    r"[,;:()\[\]\n]|\d|\.\s|—|–"
    r"|\b(?:and|while|but|whereas|as well as|compared with|by|at the hands of)\b"
)
# A running total reported as having grown: "the death toll has risen to".
_RISE = re.compile(
    r"\b(?:ris(?:en|es|e)|rose|climbed|climbs|jumped|increased|grew|grown|reached|"
    r"mounted|swelled|passed|topped|now stands at|now at)\b(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
_SUBJECT_STOP = _words("the a an of in at on for to and people persons")
# A perpetrator phrase just before a noun phrase: "at the hands of security forces".
_PERPETRATOR = re.compile(
    r"\b(?:by|at the hands of|from|fired on by|shot by|attacked by|killed by|beaten by)"
    r"(?:\s+(?:the|a|an|some|armed|pro-government|government|state|local))*\s+[\w\s-]{0,25}$"
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
    entities: frozenset[str]
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


def _item(
    claim: Claim,
    source: Source | None,
    index: EntityIndex,
    memo: dict[tuple[str, tuple[str, ...], str | None], _Reading] | None = None,
) -> _Item:
    """What the reconciler reads from ``claim``.

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
    return _Item(
        claim=claim,
        when=when,
        since=since,
        basis=basis,
        countries=in_sentence,
        nearby=in_paragraph,
        where=places_here,
        families=families,
        entities=entities,
        scope=_scope(claim),
        body=body,
        label=label,
        signature="",
    )


def _read(
    sentence: str, names: tuple[str, ...], attributed_to: str | None, index: EntityIndex
) -> _Reading:
    """Countries named in the sentence, places in the paragraph, places in the
    sentence, entities other than the speaker, and event families of the sentence."""
    sentence_fold = fold(sentence)
    in_sentence, in_paragraph, entities = set(), set(), set()
    places_here: set[str] = set()
    attributed = fold(attributed_to or "")
    for name in names:
        entity = index.resolve(name)
        if entity is not None and fold(name) != attributed:
            entities.add(entity.id)
        place = _place_key(name, entity, index)
        if place is None:
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
        _families(sentence),
    )


@functools.lru_cache(maxsize=1 << 14)
def _families(text: str) -> frozenset[str]:
    """Event families whose words ``text`` uses."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return frozenset(_EVENT_WORD[w] for w in words if w in _EVENT_WORD)


def _place_key(name: str, entity: Entity | None, index: EntityIndex) -> str | None:
    """The country ``name`` stands for, else "@<entity id>" for another place, else None."""
    country = country_of(name) or (country_of(entity.name) if entity else None)
    if country:
        return country
    if entity is not None and entity.id in index.located:
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
    text = _window(claim) + " " + subject + " "
    text = re.sub(r"[^\w\s-]", " ", text)
    found = [_SCOPE_OF[m.group(1)] for m in _SCOPE_WORD.finditer(text)]
    return SCOPES[min(found)][0] if found else None


# Each scope word, as a whole word between spaces, and the scope it belongs to
# (by its place in ``SCOPES``: the first scope found there wins).
_SCOPE_OF = {w: n for n, (_, words) in reversed(list(enumerate(SCOPES))) for w in words}
_SCOPE_WORD = re.compile(
    "(?= (" + "|".join(re.escape(w) for w in sorted(_SCOPE_OF, key=len, reverse=True)) + ") )"
)


# Words between a counted noun and its verb: "were still trapped", "also called".
_AUXILIARY = _words(
    """was were is are be been being has have had remained remain remains still also
    reportedly allegedly already now then later just only all both who which that
    had've 've 're 's not never again yet"""
)
_FUNCTION = _words(
    """the a an of these those this that its their his her our your some other more than
    about around over nearly almost least at up to in on for with from by into onto as
    and or but per each every such"""
)
_REPORTING = _words(
    """said say says told tells according estimated estimates counted reported reports
    claimed claims announced stated added noted put puts gave gives confirmed"""
)
# Verbs news writers use for one action, folded to one word.
_SAME_ACTION: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(("march", "rally", "demonstrat", "protest", "gather", "join"), "march"),
        **dict.fromkeys(("strike", "strik", "walk", "walkout", "stopp"), "strike"),
        **dict.fromkeys(("deploy", "sent", "send", "station", "dispatch"), "deploy"),
        **dict.fromkeys(("trap", "stuck", "strand"), "trap"),
        **dict.fromkeys(("evacuat", "flee", "fled", "leave", "left"), "evacuate"),
        **dict.fromkeys(("rescu", "save", "saved", "freed", "free", "pull"), "rescue"),
        **dict.fromkeys(("vote", "back", "support", "approv"), "vote"),
    }
)


def _stem(word: str) -> str:
    """A crude English stem: "marched", "marches", "marching" -> "march"."""
    w = word.casefold().strip("’'-")
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]
    return _SAME_ACTION.get(w, w)


def _action(claim: Claim) -> str | None:
    """What the counted things did or had done to them, as one stemmed word.

    A figure in object position takes the content word before it in its
    clause, once the attribution is cut off ("breaking ties with seven
    states" -> "tie", "police said they deployed 2,000 troops" -> "deploy").
    A figure opening its clause takes the verb after its noun ("9,000 people
    marched", "120 miners were still trapped", "Nine states also called").
    ``None`` when neither is clear: such a count is grouped with nothing.
    """
    rel = _rel(claim)
    before = claim.sentence[:rel]
    cut = re.split(r"[,;:()—–]|\b(?:and|but|while|whereas)\b", before)[-1]
    tokens = [t.casefold() for t in _WORD.findall(cut)]
    for j in range(len(tokens) - 1, -1, -1):
        if tokens[j] in _REPORTING:
            tokens = tokens[j + 1 :]
            break
    content = [t for t in tokens if t not in _FUNCTION and t not in _AUXILIARY and t.isalpha()]
    if content:
        return _stem(content[-1])
    return _verb_after(claim, rel)


def _verb_after(claim: Claim, rel: int) -> str | None:
    """The first content word after the counted noun, past auxiliaries and adverbs."""
    after = claim.sentence[rel + len(claim.quote) :]
    words = [w.casefold() for w in after.split()[:8]]
    i = 0
    if not re.search(r"\d[\d,.]*\s+\w*[A-Za-z]", claim.quote):  # "17": the noun comes after
        subject_words = {w.casefold() for w in _WORD.findall(claim.subject or "")}
        while i < len(words) and i < 4 and words[i].strip(",.;:") in subject_words:
            i += 1
    saw_aux = False
    for word in words[i:]:
        bare = word.strip(',;:.)”"')
        if bare in _AUXILIARY:
            saw_aux = True
        elif saw_aux and bare in _FUNCTION:
            pass  # "were on strike", "were in custody"
        elif bare.isalpha() and bare not in _FUNCTION and bare not in _REPORTING:
            return _stem(bare)
        else:
            return None
        if re.search(r"[,;:.]$", word):
            return None
    return None


def _perpetrator_only(sentence: str, subject: str) -> bool:
    """True when ``subject`` is written in ``sentence`` only as the one who acted."""
    text = " ".join(sentence.casefold().split())
    spots = [m.start() for m in re.finditer(re.escape(subject), text)]
    if not spots:
        return False
    return all(_PERPETRATOR.search(text[max(0, at - 40) : at]) for at in spots)


def _subject_key(subject: str | None) -> str:
    words = [w for w in _WORD.findall((subject or "").casefold()) if w not in _SUBJECT_STOP]
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:de\s+|del\s+|da\s+|dos\s+)?[A-ZÀ-Ý][\w’'-]+){0,3}"
_PRONOUN = r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I)"
_GAIN = (
    r"(?:won|wins|secured|secures|received|receives|took|takes|got|gets|obtained|garnered|"
    r"polled|captured|gained|earned|had|has|with|on)"
)
_HEDGE = r"(?:more than|over|about|nearly|almost|around|some|just|only|at least|roughly|barely)"
# "for González", "going to Ruto" right after the figure.
_FOR_NAME = re.compile(
    r"^[\s”\"]*(?:of\s+the\s+(?:vote|votes|ballots)\s+)?(?:for|to|going to|won by)\s+"
    rf"(?:the\s+)?({_NAME})"
)
# "Ruto won", "González had secured", "she received" right before the figure.
_NAME_WON = re.compile(
    rf"({_NAME}|{_PRONOUN})(?:’s|'s)?\s+(?:(?:had|has|have|was|is|reportedly|also|only)\s+)*"
    rf"{_GAIN}\s+(?:{_HEDGE}\s+)?[“\"]?$"
)
# "Maduro's 51.2%" right before the figure.
_POSSESSIVE = re.compile(rf"({_NAME})(?:’s|'s)\s+(?:{_HEDGE}\s+)?[“\"]?$")
_VOTE_WORDS = re.compile(r"\b(?:votes?|ballots?|voters?)\b", re.IGNORECASE)
_NOT_A_SHARE = re.compile(r"\b(?:turnout|participation|abstention|counted|precincts)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Pick:
    """Whose vote figure this is, and how sure the sentence makes it."""

    key: str | None  # entity id or "option:<words>"
    weak: bool  # inferred from a pronoun standing for the speaker
    position: int = -1  # where in the sentence the candidate is named


def _rel(claim: Claim) -> int:
    """Where the figure starts inside its sentence."""
    rel = claim.span.start - claim.sentence_span.start
    sentence, quote = claim.sentence, claim.quote
    if not (0 <= rel <= len(sentence)) or sentence[rel : rel + len(quote)] != quote:
        rel = max(sentence.find(quote), 0)
    return rel


def _name_key(name: str, index: EntityIndex) -> str | None:
    entity = index.resolve(name)
    if entity is not None:
        return entity.id if entity.kind != "place" or " " in name else None
    key = _subject_key(name)
    return f"option:{key}" if key else None


def _explicit_pick(claim: Claim, index: EntityIndex) -> _Pick | None:
    """The candidate the sentence ties to the figure by its grammar, if any."""
    rel = _rel(claim)
    before, after = claim.sentence[:rel], claim.sentence[rel + len(claim.quote) :]
    if m := _FOR_NAME.match(after):
        key = _name_key(m.group(1), index)
        if key:
            return _Pick(key, False, rel + len(claim.quote) + m.start(1))
    for pattern in (_NAME_WON, _POSSESSIVE):
        m = pattern.search(before)
        if not m:
            continue
        name = m.group(1)
        if re.fullmatch(_PRONOUN, name):
            speaker = index.resolve(claim.attributed_to) if claim.attributed_to else None
            if speaker is not None and speaker.kind == "person":
                return _Pick(speaker.id, True, m.start(1))
            continue
        key = _name_key(name, index)
        if key:
            return _Pick(key, False, m.start(1))
    return None


def _vote_candidates(items: list[_Item], index: EntityIndex) -> dict[str, str | None]:
    """The candidate of every vote figure, read from its sentence.

    In order: the grammar around the figure ("44.2% for X", "X won 51%",
    "X's 51%", "she received 73%" with the speaker as "she"); the claim's
    subject; else the person named nearest the figure that no other figure of
    the same sentence has taken.  A figure tied to its speaker only through a
    pronoun ("Machado claimed she received 73%") goes to the one candidate
    named near it whom other figures of the corpus confirm as a candidate,
    when the speaker is not one: campaigners speak for their candidate.
    """
    votes = [i for i in items if SIGNATURE.get(i.claim.kind) == "candidate"]
    by_sentence: dict[tuple[str, int], list[_Item]] = defaultdict(list)
    for item in votes:
        by_sentence[(item.claim.source_id, item.claim.sentence_span.start)].append(item)
    picks: dict[str, _Pick | None] = {}
    for members in by_sentence.values():
        members.sort(key=lambda i: _rel(i.claim))
        for item in members:
            picks[item.claim.id] = _explicit_pick(item.claim, index)
        taken = {p.key for i in members if (p := picks[i.claim.id]) and not p.weak}
        for item in members:
            claim = item.claim
            if picks[claim.id] is not None:
                continue
            key = _name_key(claim.subject, index) if claim.subject else None
            if key and _subject_key(claim.subject) not in ("vote", "votes", "ballot"):
                picks[claim.id] = _Pick(key, False)
                continue
            picks[claim.id] = _nearest_person(claim, index, taken)
    confirmed = {p.key for p in picks.values() if p is not None and not p.weak}
    out: dict[str, str | None] = {}
    for item in votes:
        pick = picks[item.claim.id]
        if pick is not None and pick.weak and pick.key not in confirmed:
            near = {
                e.id
                for n in item.claim.context_names
                if (e := index.resolve(n)) is not None and e.id in confirmed
            }
            if len(near) == 1:
                pick = _Pick(near.pop(), False)
        out[item.claim.id] = pick.key if pick else None
    return out


def _nearest_person(claim: Claim, index: EntityIndex, taken: set[str | None]) -> _Pick | None:
    """The person named nearest the figure in its sentence, not the speaker, not taken."""
    rel = _rel(claim)
    speaker = index.resolve(claim.attributed_to) if claim.attributed_to else None
    best: tuple[int, str, _Pick] | None = None
    for name in claim.context_names:
        at = claim.sentence.find(name)
        entity = index.resolve(name)
        if at < 0 or entity is None or entity.kind != "person":
            continue
        if entity.id in taken or (speaker is not None and entity.id == speaker.id):
            continue
        distance = abs(at - rel)
        if best is None or (distance, entity.id) < best[:2]:
            best = (distance, entity.id, _Pick(entity.id, False, at))
    return best[2] if best else None


def _as_vote_share(claim: Claim) -> Claim:
    """A percentage of the vote is a vote share, whichever kind the extractor gave.

    The claim keeps its id; only the kind (and the spelling of the unit) the
    reconciler groups on change.  Turnout and counting progress stay percentages.
    """
    unit = "%" if _is_percent(claim.unit) else claim.unit
    if claim.kind is Kind.PERCENT and unit == "%":
        window = _window(claim)
        if _VOTE_WORDS.search(window) and not _NOT_A_SHARE.search(claim.sentence):
            return replace(claim, kind=Kind.VOTE_SHARE, unit=unit)
    if claim.kind in (Kind.VOTE_SHARE, Kind.PERCENT) and unit != claim.unit:
        return replace(claim, unit=unit)
    return claim


def _sign(items: list[_Item], index: EntityIndex) -> list[_Item]:
    """Give each claim its signature: what exactly it counts, within its kind.

    Near spellings of one subject share a signature: distinct subjects are
    taken in alphabetical order and each joins the first earlier one it
    matches, so the result does not depend on claim order.
    """
    raw: dict[str, str] = {}
    candidates = _vote_candidates(items, index)
    for item in items:
        claim = item.claim
        how = SIGNATURE.get(claim.kind)
        if how == "candidate":
            raw[claim.id] = candidates.get(claim.id) or (
                "unnamed:" + _value(claim.value, claim.unit)
            )
        elif how:
            key = _subject_key(claim.event if how == "event" else claim.subject)
            if not key and claim.kind is Kind.COUNT and claim.subject:
                key = _subject_key(re.sub(r"\b(?:people|persons)\b", "person", claim.subject))
            raw[claim.id] = f"{how}:{key}" if key else f"claim:{claim.id}"
            if key and claim.kind is Kind.COUNT:
                action = _action(claim)
                raw[claim.id] = f"{how}:{key} ~{action}" if action else f"claim:{claim.id}"
        else:
            raw[claim.id] = ""
    reps: dict[tuple[Kind, str], list[str]] = defaultdict(list)
    chosen: dict[tuple[Kind, str, str], str] = {}
    for kind, unit, key in sorted({(i.claim.kind, i.claim.unit, raw[i.claim.id]) for i in items}):
        if key.startswith(("subject:", "event:")):
            chosen[(kind, unit, key)] = _nearest(key, reps[(kind, unit)], kind)
        else:
            chosen[(kind, unit, key)] = key
    out: list[_Item] = []
    for item in items:
        signature = chosen[(item.claim.kind, item.claim.unit, raw[item.claim.id])]
        out.append(replace(item, signature=signature) if signature else item)
    return out


def _nearest(key: str, reps: list[str], kind: Kind) -> str:
    threshold = _EVENT_MIN if kind is Kind.EVENT_DATE else _SUBJECT_MIN
    for rep in reps:
        if fuzz.token_sort_ratio(key, rep) >= threshold:
            return rep
    reps.append(key)
    return key


def _mode(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda k: (-counter[k], k)) if counter else None


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
    """The candidate, party or option a vote figure belongs to, in words."""
    entity = index.by_id.get(item.signature)
    if entity is not None:
        return entity.name
    if item.signature.startswith("option:"):
        return item.claim.subject or item.signature.removeprefix("option:").title()
    return None


def _point_low(value: Interval) -> Decimal | None:
    return value.low if value.low is not None else value.high


def _point_high(value: Interval) -> Decimal | None:
    return value.high if value.high is not None else value.low


def _comparable(a: _Item, b: _Item) -> bool:
    """True when two figures hold for about the same time (or either date is unknown)."""
    if a.when is None or b.when is None:
        return True
    a_since, b_since = a.since or a.when, b.since or b.when
    if a_since <= b.when and b_since <= a.when:
        return True
    return abs((a.when - b.when).days) <= _COMPARABLE_DAYS


def _same_time(a: _Item, b: _Item) -> bool:
    """Both figures hold for the same day (or overlapping stated ranges)."""
    if a.when is None or b.when is None:
        return True
    a_since, b_since = a.since or a.when, b.since or b.when
    return a_since <= b.when and b_since <= a.when


def _day(d: date, *, short: bool = True) -> str:
    month = _MONTHS[d.month - 1]
    return f"{d.day} {month[:3] if short else month} {d.year}"


def number(value: Decimal) -> str:
    """A figure as a reader writes it: 1,062 and 51.2."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return format(value.normalize(), ",f")


def _is_percent(unit: str) -> bool:
    return unit.casefold() in {"%", "percent", "per cent", "percentage", "pct"}


def _value(value: Interval, unit: str) -> str:
    pct = "%" if _is_percent(unit) else ""
    lo, hi = value.low, value.high
    if lo is not None and hi is not None:
        return f"{number(lo)}{pct}" if lo == hi else f"{number(lo)}–{number(hi)}{pct}"
    if lo is not None:
        return f"at least {number(lo)}{pct}"
    if hi is not None:
        return f"at most {number(hi)}{pct}"
    return "unknown"
