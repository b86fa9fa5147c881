"""Grouping the claims of one measure into questions, and the key each question is named by.

Claims of one measure (kind, unit, signature) are cut into time blocks
wherever two neighbours, in as-of order, are more than ``_GAP_DAYS`` apart.
Inside a block each claim joins the compatible group it shares the most
evidence with (countries, event families, entities, where it happened), or
starts one (``_group``).  A group is closed to a claim placed elsewhere, of
another event family, covering another period (a day's count against a
running total, "In 2025 alone" against anything else), counting people the
group's figures cannot include (soldiers beside civilians with no total,
the other army's soldiers), of another round of a vote, a national total
beside a region it names as a part (or the other way round), or, where no
known place decides, from a text naming only other places.
Measures of one day's event (crowds, turnouts) are cut into days first.

Where every claim of a block knows where it happened, a claim only ever
looks at groups holding one of its places, so the block falls apart into
parts that share no place (``_parts``) and grouping each part alone gives
the same groups as grouping the block: a new article regroups only the
parts its figures join.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from dossier.date_words import WEEKDAYS
from dossier.entities import EntityIndex, fold
from dossier.ids import slugify
from dossier.model import Kind
from dossier.reconcile_features import (
    _interval,
    _Item,
    _period,
    _round,
    _window,
    same_side,
    side,
    told_as_part,
)
from dossier.reconcile_spelling import places_of, respelled, spelling_map
from dossier.reconcile_tables import (
    _EVENT_DAY_GAP,
    _EVENT_WORD,
    _GAP_DAYS,
    _SLOW_GAP_DAYS,
    COMBATANTS,
    EXCLUSIVE_SCOPES,
    SIGNATURE,
    SLOW_KINDS,
    _mode,
)
from dossier.union_find import UnionFind


def _split_by_time(items: list[_Item], gap: int = _GAP_DAYS) -> Iterable[list[_Item]]:
    current: list[_Item] = []
    for item in items:
        last = current[-1].when if current else None
        if last and item.when and (item.when - last).days > gap:
            yield current
            current = []
        current.append(item)
    if current:
        yield current


@dataclass
class _Group:
    members: list[_Item] = field(default_factory=list)
    # What the members name (only whether, never how often, is read).
    countries: set[str] = field(default_factory=set)
    nearby: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    by_source: dict[str, list[_Item]] = field(default_factory=dict)
    # The places every member's ``where`` shares (None until a member has one).
    core: frozenset[str] | None = None
    scopes: set[str | None] = field(default_factory=set)
    periods: set[str | None] = field(default_factory=set)
    named: set[str] = field(default_factory=set)
    rounds: set[int] = field(default_factory=set)  # rounds of a vote the members name
    # Places national members name as parts of their total, and places the
    # other members' sentences name ("including those in Oradia", "in Oradia").
    wholes: set[str] = field(default_factory=set)
    sides: set[str] = field(default_factory=set)  # whose soldiers the members count
    speakers: set[str] = field(default_factory=set)  # entity ids of who gave the figures
    locals: set[str] = field(default_factory=set)
    zoomed: set[str] = field(default_factory=set)  # places members open on (``_local_opening``)
    event_days: set[int] = field(default_factory=set)  # days of events members name

    def add(self, item: _Item, traits: _Traits | None = None) -> None:
        self.members.append(item)
        if item.body:
            self.speakers.add(slugify(item.body))
        traits = traits or _traits(item)
        if traits.round is not None:
            self.rounds.add(traits.round)
        if traits.side is not None:
            self.sides.add(traits.side)
        if traits.parts is None:
            self.locals |= traits.written
        else:
            self.wholes |= traits.parts
        if traits.local is not None:
            self.zoomed.add(traits.local)
        if traits.event_day is not None:
            self.event_days.add(traits.event_day)
        self.named |= _place_like(item)
        self.scopes.add(item.scope)
        self.periods.add(_period(item.claim))
        if item.where:
            self.core = item.where if self.core is None else self.core & item.where
        self.countries.update(item.countries)
        self.nearby.update(item.nearby, item.countries)
        self.families.update(item.families)
        self.entities.update(item.entities)
        self.by_source.setdefault(item.claim.source_id, []).append(item)

    def compatible(self, item: _Item, traits: _Traits | None = None) -> bool:
        if item.where and self.core is not None and not item.where & self.core:
            return False  # another place: another story
        if item.countries and self.countries and not item.countries & self.countries:
            return False
        if self._elsewhere(item):
            return False
        if not _periods_meet(_period(item.claim), self.periods):
            return False
        traits = traits or _traits(item)
        if traits.round is not None and self.rounds - {traits.round}:
            return False  # the first round of a vote is not the runoff
        if traits.side is not None and not all(same_side(traits.side, o) for o in self.sides):
            return False  # one army's dead are not the other's
        if traits.parts is None and not traits.written.isdisjoint(self.wholes):
            return False  # a region's figure is not the national total it is part of
        if traits.parts is not None and not traits.parts.isdisjoint(self.locals):
            return False
        if not self._same_locality(item, traits):
            return False  # "In the province of Kaldir, ..." zooms in from the whole
        if traits.event_day is not None and self.event_days - {traits.event_day}:
            return False  # "at Saturday's march" is not "during Friday's protest"
        if self._excludes(item.scope):
            return False  # soldiers and civilians, with no total they are both parts of
        # Only members from the item's own source can clash with it.
        same_source = self.by_source.get(item.claim.source_id, ())
        if any(_one_sentence(item, m) or _own_voice_differs(item, m) for m in same_source):
            return False
        if _named_candidate(item):
            return True  # the candidate already pins the race; event words are noise
        return not (item.families and self.families and not item.families & self.families)

    def _elsewhere(self, item: _Item) -> bool:
        """Where no known place the figure's sentence names pins it and the group,
        texts naming place-like names ("Estvia", "Ostmark"), none in common, are
        about different places.  A figure placed only by the places its article
        names ("the Bresk market strike" in an article on Torvan) is still told
        apart by the names of its sentence."""
        named = _place_like(item)
        if item.where and self.core:
            if item.countries or item.where & item.entities or told_as_part(item.claim):
                return False  # known places its own sentence names decide
            named = {e for e in named if _written_in(e, item.claim.sentence)}
        return bool(named and self.named) and not _share_a_place(named, self.named)

    def _same_locality(self, item: _Item, traits: _Traits) -> bool:
        """A figure told of one part of the story's area ("In the capital, Brenna,
        64 people have died") meets only figures whose sentences name that part too."""
        if self.zoomed:
            sentence = item.claim.sentence
            if not all(_writes(name, sentence) for name in self.zoomed):
                return False
        if traits.local is not None:
            return all(_writes(traits.local, m.claim.sentence) for m in self.members)
        return True

    def _excludes(self, scope: str | None) -> bool:
        """A figure of ``scope`` counts people none of the members count, and no member
        counts everyone."""
        if scope is None or None in self.scopes:
            return False
        return any(frozenset((scope, s)) in EXCLUSIVE_SCOPES for s in self.scopes)

    def stranger(self, item: _Item) -> bool:
        """The figure and the group each name something, and nothing in common.

        Sharing no evidence, a figure may still join the only group it fits
        ("Another 43 people remain missing"), but not when its text names
        other things ("at Port Selm" beside "in Montverre"): unknown names
        are as likely to be another story's places as anything else.  The
        place a group is pinned to counts as a name it gives, so a figure
        naming only the Santa Orla never falls into a story set in Venezuela.
        A figure naming who gave the group's figures is no stranger to it
        ("the carmaker is shedding 2,400 jobs" beside "Brenvik Motors said it
        will cut 2,400 jobs").
        """
        if not item.entities:
            return False
        known = self.entities | (self.core or frozenset())
        return bool(known) and item.entities.isdisjoint(known | self.speakers)

    def score(self, item: _Item) -> int:
        shared_places = len((item.countries | item.nearby) & self.nearby)
        shared_events = len(item.families & self.families)
        shared_names = len(item.entities & self.entities)
        shared_where = len(item.where & self.core) if self.core else 0
        return 4 * shared_places + 2 * shared_events + shared_names + 2 * shared_where


def _share_a_place(one: set[str], other: set[str]) -> bool:
    """Two sets of place-like names name one place in common, a shortened name
    counting as the whole ("@ardel" for "@cape-ardel", "@halsey" for "@halsey-bay")."""
    if not one.isdisjoint(other):
        return True
    return any(_shortens(a, b) or _shortens(b, a) for a in one for b in other)


def _shortens(short: str, long: str) -> bool:
    """``short`` is ``long`` less its leading or closing words ("@ardel", "@cape-ardel");
    a shortened name of fewer than four letters says too little."""
    words, full = short[1:].split("-"), long[1:].split("-")
    n = len(words)
    if n >= len(full) or len(short) < 5:
        return False
    return full[:n] == words or full[-n:] == words


def _place_like(item: _Item) -> set[str]:
    """The place-like names near a figure ("@<id>" entities), short ones ("X") left out."""
    return {e for e in item.entities if e.startswith("@") and len(e) > 4}


# A figure for the whole country: "Nationwide, 2,050 cases", "across the country".
_NATIONAL = re.compile(
    r"\b(?:nationwide|nationally|countrywide|across the (?:whole )?country|"
    r"(?:in|throughout) the (?:whole|entire) country|national (?:total|tally|toll|figure))\b",
    re.IGNORECASE,
)
_NATIONAL_OPENING = re.compile(r"^\W*(?:nationwide|countrywide|nationally)\b", re.IGNORECASE)
# Where a sentence goes on to name the parts of its figure.
_PARTS = re.compile(r"\b(?:including|among them|of which|of whom)\b", re.IGNORECASE)


class _Traits(NamedTuple):
    """What grouping reads from a figure's sentence beyond its item's fields."""

    round: int | None  # the round of a vote (``_round``)
    side: str | None  # whose soldiers (``side``), for counts of security forces
    parts: frozenset[str] | None  # ``_national_parts``
    written: frozenset[str]  # ``_written_places``
    local: str | None  # ``_local_opening``
    event_day: int | None  # ``_event_day``


def _traits(item: _Item) -> _Traits:
    """The item's ``_Traits``, read once however many groups it is compared with."""
    claim = item.claim
    key = (
        claim.sentence,
        _rel_of(item),
        claim.quote,
        claim.attributed_to,
        item.where,
        item.scope,
        item.when,
    )
    return _traits_of(item, key)


# Traits by what they are read from: the figure's sentence, where it stands and
# its quote, speaker, places, scope and date (equal keys, equal traits).
_TRAITS: dict[tuple[object, ...], _Traits] = {}


def _traits_of(item: _Item, key: tuple[object, ...]) -> _Traits:
    found = _TRAITS.get(key)
    if found is None:
        if len(_TRAITS) > 1 << 15:
            _TRAITS.clear()
        claim = item.claim
        found = _Traits(
            _round(claim),
            side(claim) if item.scope in _ARMED else None,
            _national_parts(item),
            _written_places(item),
            _local_opening(claim.sentence),
            _event_day(claim.sentence, item.when),
        )
        _TRAITS[key] = found
    return found


# Scopes of armed men, whose side a figure may name ("30 Karsovian soldiers").
_ARMED = frozenset(("security forces", COMBATANTS))


def _national_parts(item: _Item) -> frozenset[str] | None:
    """For a figure said to hold for the whole country ("Nationwide, 2,050 cases
    have been confirmed, including those in Oradia"), the places its sentence
    names as parts of it; None for any other figure."""
    claim = item.claim
    if not (_NATIONAL.search(_window(claim)) or _NATIONAL_OPENING.search(claim.sentence)):
        return None
    cut = _PARTS.search(claim.sentence, _rel_of(item) + len(claim.quote))
    if cut is None:
        return frozenset()
    rest = claim.sentence[cut.end() :]
    return frozenset(w for w in item.where if _written_in(w, rest))


# Words for a part of a country or of a town.
_LOCALITY = (
    r"(?:province|region|district|state|county|city|town|village|municipality|ward|"
    r"constituency|department|prefecture|borough|commune|neighbourhood|neighborhood)"
)
_PLACE_NAME = r"[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2}"
# A sentence opening on one part of the story's area before its figure: "In the
# northern province of Kaldir,", "In the capital, Brenna,", "In Temmar itself,",
# "In the Harbour ward,", "In neighbouring Vessa province,".
_LOCAL_OPENING = re.compile(
    r"^\W*In\s+(?:the\s+)?(?:(?:[a-z]+-)?(?:northern|southern|eastern|western|central|"
    r"neighbouring|neighboring|coastal|border|remote|rural)\s+)*"
    rf"(?:{_LOCALITY}\s+of\s+(?P<of>{_PLACE_NAME})|capital,?\s+(?P<capital>{_PLACE_NAME})"
    rf"|(?P<named>{_PLACE_NAME})\s+(?:{_LOCALITY}|itself))\s*,"
)


@functools.lru_cache(maxsize=1 << 12)
def _local_opening(sentence: str) -> str | None:
    """The folded name of the part of the story's area a sentence opens on, if it
    opens so; a plain "In Marvo," is as often a story's own place and says nothing."""
    m = _LOCAL_OPENING.match(sentence)
    if m is None:
        return None
    return fold(m.group("of") or m.group("capital") or m.group("named"))


# An event named by the day it happened: "Friday's protest", "at Saturday's march",
# "Monday's deadly quake".
_DAY_EVENT = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r")[’']s\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)",
    re.IGNORECASE,
)


def _event_day(sentence: str, when: date | None) -> int | None:
    """The day (as a day number) of the event a sentence names by its weekday, the
    last such weekday on or before the figure's date; None when it names none."""
    if when is None or ("’s" not in sentence and "'s" not in sentence):
        return None
    for m in _DAY_EVENT.finditer(sentence):
        if any(w in _EVENT_WORD for w in m.group("words").casefold().split()):
            back = (when.weekday() - WEEKDAYS[m.group(1).casefold()]) % 7
            return when.toordinal() - back
    return None


@functools.lru_cache(maxsize=1 << 14)
def _writes(name: str, sentence: str) -> bool:
    """``sentence`` writes the folded place name ``name``, maybe spelled a letter
    otherwise ("Halmark", "Halmarck"; see ``reconcile_spelling``)."""
    text = fold(sentence)
    if name in text:
        return True
    size, words = len(name.split()), text.split()
    if len(name) < 5:
        return False
    for n in range(len(words) - size + 1):
        gram = " ".join(words[n : n + size]).strip(",.;:")
        if gram[:1] == name[:1] and Levenshtein.distance(gram, name, score_cutoff=1) <= 1:
            return True
    return False


def _written_places(item: _Item) -> frozenset[str]:
    """The places of a figure its own sentence writes."""
    return frozenset(w for w in item.where if _written_in(w, item.claim.sentence))


def _periods_meet(period: str | None, periods: set[str | None]) -> bool:
    """A figure for a period may join figures for these periods.

    A day's count is not a running total ("on Saturday alone" against "since
    February"); a period set apart ("In 2025 alone", "In May alone", "the
    2009 quake") meets only figures for that period; a figure for a year
    merely named ("in 2025") meets figures that name no period or that year.
    """
    if _apart(period):
        return periods <= {period}
    if any(_apart(p) for p in periods):
        return False
    named = {p for p in {period} | periods if p is not None and p.startswith("in:")}
    if len(named) > 1 or (named and "running" in {period} | periods):
        return False
    return not ({period} | periods) >= {"day", "running"}


def _apart(period: str | None) -> bool:
    return period is not None and period.startswith(("year:", "month:"))


def _one_sentence(a: _Item, b: _Item) -> bool:
    """Figures of one sentence answer different things ("17 of the 18", "from X to Y"),
    unless the sentence sets two bodies' counts side by side ("the ministry put the
    damage at $240 million, while insurers put it at $410 million") or names a part
    of the whole ("Nine people, including two police officers")."""
    same = a.claim.source_id == b.claim.source_id and (
        a.claim.sentence_span == b.claim.sentence_span or a.claim.sentence == b.claim.sentence
    )
    return same and not (_rival_bodies(a, b) or _part_of(a, b))


def _rival_bodies(a: _Item, b: _Item) -> bool:
    return a.body is not None and b.body is not None and a.body != b.body


# Words that present one figure of a sentence as a part of another.
_PART = re.compile(r"\b(?:including|of them|of whom|among them|among those)\b", re.IGNORECASE)


def _part_of(a: _Item, b: _Item) -> bool:
    """One figure counts a narrower group than the other, said in so many words."""
    if a.scope == b.scope or not _PART.search(a.claim.sentence):
        return False
    whole, part = (a, b) if _rel_of(a) < _rel_of(b) else (b, a)
    if part.scope is None:
        return False
    low, high = _interval(part).low, _interval(whole).high
    return low is None or high is None or low <= high


def _written_in(key: str, sentence: str) -> bool:
    """The place-like name ``key`` ("@port-selm") is written in ``sentence`` itself,
    not only near it in the paragraph."""
    return key[1:].replace("-", " ") in fold(sentence).replace("-", " ")


def _rel_of(item: _Item) -> int:
    return item.claim.span.start - item.claim.sentence_span.start


def _own_voice_differs(a: _Item, b: _Item) -> bool:
    """Two different figures one article gives in its own voice for one date.

    An article does not contradict itself: unattributed figures of one
    source, for the same day, that cannot both hold count different things.
    """
    return (
        a.claim.source_id == b.claim.source_id
        and a.claim.attributed_to is None
        and b.claim.attributed_to is None
        and a.when == b.when
        and not _interval(a).overlaps(_interval(b))
    )


def _named_candidate(item: _Item) -> bool:
    return SIGNATURE.get(item.claim.kind) == "candidate" and not item.signature.startswith(
        "unnamed:"
    )


def _evidence(item: _Item) -> set[tuple[str, str]]:
    """What a group must share with ``item`` for ``_Group.score`` to be above zero."""
    return (
        {("place", c) for c in item.countries | item.nearby}
        | {("family", f) for f in item.families}
        | {("entity", e) for e in item.entities}
        | {("where", w) for w in item.where}
    )


def _group(block: list[_Item]) -> list[list[_Item]]:
    """Each item joins the compatible group it scores best with, else starts one.

    Ties go to the earliest group.  An item that scores zero with every
    compatible group joins it only when it is the only compatible group.
    Groups are indexed by the evidence they hold, so only groups that could
    take an item are looked at: for an item that knows where it happened,
    groups holding one of its places and groups that know no place yet.
    Places the block spells two ways are compared as one (``spelling_map``);
    the groups returned hold the items given.
    """
    canon = spelling_map([item.where for item in block], map(places_of, block))
    if canon:
        read = [respelled(item, canon) for item in block]
        given = {id(r): item for r, item in zip(read, block, strict=True)}
        return [[given[id(r)] for r in group] for group in _group_read(read)]
    return _group_read(block)


def _group_read(block: list[_Item]) -> list[list[_Item]]:
    """``_group`` once places are read as one spelling."""
    result: list[list[_Item]] = []
    gap = _gap(block[0]) if block else _GAP_DAYS
    for run in _split_by_time(block, gap):
        result.extend(_group_run(run, gap))
    return result


def _gap(item: _Item) -> int:
    """The silence, in days, after which a figure of ``item``'s measure is of another time.

    Blocks are cut at the widest gap (``_SLOW_GAP_DAYS``); each measure's own
    is applied here.
    """
    if _one_day(item):
        return _EVENT_DAY_GAP
    return _SLOW_GAP_DAYS if item.claim.kind in SLOW_KINDS else _GAP_DAYS


def _one_day(item: _Item) -> bool:
    """A measure of one day's event: a crowd, a strike's turnout, a poll's turnout."""
    subject = item.signature.partition(" ~")[0]
    if item.claim.kind is Kind.COUNT:
        return subject == "subject:crowd" or bool(_STRIKE.search(subject))
    return item.claim.kind is Kind.PERCENT and bool(_TURNOUT.search(subject))


_STRIKE = re.compile(r"\bstrike\b")
_TURNOUT = re.compile(r"\b(?:turnout|strike)\b")


def _group_run(block: list[_Item], gap: int) -> list[list[_Item]]:
    """``_group`` over figures close enough in time to be about one event."""
    # A total before its parts: parts of one day join the figure for everyone.
    block = sorted(block, key=lambda i: (i.when or date.max, i.scope is not None))
    groups: list[_Group] = []
    holding: dict[tuple[str, str], set[int]] = defaultdict(set)  # evidence -> group numbers
    placeless: dict[tuple[str, str], set[int]] = defaultdict(set)  # the same, groups with no core
    unplaced: dict[int, None] = {}  # groups with no core, in order
    for item in block:
        evidence = _evidence(item)
        traits = _traits(item)
        if item.where:
            candidates = set().union(*(holding.get(("where", w), ()) for w in item.where))
            candidates.update(*(placeless.get(e, ()) for e in evidence))
        else:
            candidates = set().union(*(holding.get(e, ()) for e in evidence))
        best, best_score = None, 0
        for n in sorted(candidates):
            group = groups[n]
            if group.compatible(item, traits):
                score = group.score(item)
                if score > best_score:
                    best, best_score = n, score
        if best is None:
            pool = unplaced if item.where else range(len(groups))
            fits = _first_compatible(groups, pool, item, traits)
            best = fits[0] if len(fits) == 1 else None
        if best is None:
            best = len(groups)
            groups.append(_Group())
            unplaced[best] = None
        group = groups[best]
        had_core = group.core is not None
        group.add(item, traits)
        for e in evidence:
            holding[e].add(best)
        if group.core is None:
            for e in evidence:
                placeless[e].add(best)
        elif not had_core:
            unplaced.pop(best, None)
            for e in {e for m in group.members for e in _evidence(m)}:
                placeless[e].discard(best)
    result: list[list[_Item]] = []
    for group in groups:
        result.extend(_split_by_time(sorted(group.members, key=lambda i: i.order), gap))
    return result


def _first_compatible(
    groups: list[_Group], pool: Iterable[int], item: _Item, traits: _Traits, limit: int = 2
) -> list[int]:
    """Numbers of the first ``limit`` groups of ``pool`` (in order) ``item`` is compatible
    with and not a stranger to."""
    found: list[int] = []
    for n in pool:
        if groups[n].compatible(item, traits) and not groups[n].stranger(item):
            found.append(n)
            if len(found) == limit:
                break
    return found


# What names a group no place pins: its most named country, most frequent
# event family, the counts of the entities it names, signature and month.
_Loose = tuple[str | None, str | None, tuple[tuple[str, int], ...], str, str]


def _key(members: list[_Item], index: EntityIndex) -> str:
    """Canonical key of what a group asks: stable as claims come and go."""
    return _final_key(_key_data(members), index)


def _key_data(members: list[_Item]) -> str | _Loose:
    """The key of a group a place pins, else what ``_final_key`` needs to name it.

    The place is the one every member's ``where`` shares (a country before a
    town, then alphabetical), which only changes if a new member is placed
    elsewhere too; with the signature and the month the group starts, it
    names one story's measure.  Counts of members (the most named country,
    the most frequent event word) are used only for groups no place pins,
    since one more article can tip a count.
    """
    first = members[0]
    dated = [i.since or i.when for i in members if i.when]
    month = min(d for d in dated if d).strftime("%Y-%m") if dated else "undated"
    canon = spelling_map([item.where for item in members], map(places_of, members))
    core: frozenset[str] | None = None
    for item in members:
        if item.where:
            where = frozenset(canon.get(w, w) for w in item.where) if canon else item.where
            core = where if core is None else core & where
    if core:
        place = min(core, key=lambda p: (p.startswith("@"), p))
        return "|".join([place, first.signature, month])
    countries = Counter(c for i in members for c in i.countries)
    families = Counter(f for i in members for f in i.families)
    entities = Counter(e.removeprefix("@") for i in members for e in i.entities)
    return (
        _mode(countries),
        _mode(families),
        tuple(sorted(entities.items())),
        first.signature,
        month,
    )


def _final_key(data: str | _Loose, index: EntityIndex) -> str:
    """The key ``_key_data`` describes; for a group no place pins, the index tells
    which of its entities are places or organisations."""
    if isinstance(data, str):
        return data
    country, family, entities, signature, month = data
    named = Counter({e: n for e, n in entities if index.by_id[e].kind in ("place", "organisation")})
    place = country or _mode(named)
    return "|".join([place or "-", family or "-", signature, month])


def _blocks(claims: list[int], days: Sequence[int | None]) -> list[list[int]]:
    """One measure's claims cut into time blocks: the undated ones, then a new block
    wherever two neighbouring as-of days are more than ``_SLOW_GAP_DAYS`` apart (the
    widest gap of any measure; ``_group`` cuts each measure at its own).

    Claims are numbers into ``days`` (each claim's as-of day number, or None).
    """
    if len(claims) == 1:
        return [claims]
    undated = [c for c in claims if days[c] is None]
    blocks = [undated] if undated else []
    seen = sorted({day for c in claims if (day := days[c]) is not None})
    if seen:
        block_of: dict[int, int] = {}
        n, last = len(blocks), seen[0]
        blocks.append([])
        for day in seen:
            if day - last > _SLOW_GAP_DAYS:
                n += 1
                blocks.append([])
            block_of[day] = n
            last = day
        for c in claims:
            if (day := days[c]) is not None:
                blocks[block_of[day]].append(c)
    return blocks


def _parts(block: list[int], wheres: Sequence[frozenset[str]]) -> list[list[int]]:
    """A block's claims (numbers into ``wheres``) in parts ``_group`` can take one at a time.

    When every figure of the block knows where it happened, an item is only
    ever compared with groups holding one of its places (there are no
    placeless groups to fall back on), so figures whose places never meet,
    even through others, are grouped apart.  Otherwise the block is one part.
    """
    if len(block) == 1:
        return [block]
    distinct = set(map(wheres.__getitem__, block))
    if frozenset() in distinct or len(distinct) == 1:
        return [block]
    places = UnionFind()
    for spelling, read_as in spelling_map(distinct).items():  # one place spelled two ways
        places.union(spelling, read_as)
    for where in distinct:
        first, *rest = sorted(where)
        for place in rest:
            places.union(first, place)
    root = {where: places.find(min(where)) for where in distinct}
    parts: dict[str, list[int]] = defaultdict(list)
    for c in block:
        parts[root[wheres[c]]].append(c)
    return list(parts.values())
