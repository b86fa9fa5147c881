"""Verdicts on a question and the words that explain and summarise them.

Each pair of figures in a question is compared with interval logic and the
as-of dates (agree, conflict, update, scope); the question gets the worst
relation as its status, an explanation that names the figures, who gave them
and when, and a summary written the way careful references write it, citing
the as-of date of the figures it quotes.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from dossier.entities import EntityIndex
from dossier.model import AsOfBasis, Claim, Interval, Kind, Question, Status
from dossier.reconcile_features import (
    PART_OF_TOTAL,
    _interval,
    _Item,
    _rel,
    _shown,
    _still_missing,
    _whose,
    told_as_part,
)
from dossier.reconcile_tables import (
    _CHANGE_TO,
    _COMPARABLE_DAYS,
    _EVENT_WORD,
    _MAX_PAIRS_SHOWN,
    _MONTHS,
    _RISE,
    _WORD,
    BEHAVIOUR,
    NOUN,
    TITLE,
    _day,
    _is_percent,
    _mode,
    _point_high,
    _point_low,
    _value,
    _words,
    number,
)


class _Facts:
    """What comparing a claim with the others of its question reads, worked out once.

    ``low``/``high`` are the compared interval (``_interval``), ``when`` and
    ``since`` day numbers of the as-of range, ``number`` the claim's place
    in its question (members are in ``order``, so a lower number is earlier).
    """

    __slots__ = (
        "_changed", "_rises", "described", "high", "item", "low", "number", "partial",
        "partial_share", "scope", "since", "stated", "when",
    )  # fmt: skip

    def __init__(self, number: int, item: _Item) -> None:
        value = _interval(item)
        # A crowd is counted whole: "20,000 protesters" and "90,000 people" are one crowd.
        scope = None if item.signature == "subject:crowd" else item.scope
        self.number, self.item, self.scope = number, item, scope
        self.low, self.high = value.low, value.high
        self.when = item.when.toordinal() if item.when else None
        self.since = (item.since or item.when).toordinal() if item.when else None
        self.stated = item.basis is not AsOfBasis.PUBLICATION_DATE
        self.partial = _partial_count(item.claim.sentence)
        self.partial_share = self.partial and _partial_share(item.claim.sentence)
        # Who everyone counted was, not a part of them: "Two protesters died".
        self.described = scope not in (None, PART_OF_TOTAL) and not _a_part(item.claim)
        self._rises: bool | None = None
        self._changed: bool | None = None

    def key(self, behaviour: str) -> tuple[object, ...]:
        """What ``_compare`` reads of this claim: equal keys relate alike to all others."""
        shown = _shown(self.item)
        rises = self.rises() if behaviour in ("cumulative", "tally", "varying") else None
        partial = {"tally": self.partial, "share": self.partial_share}.get(behaviour)
        changed = self.changed() if behaviour in ("fixed", "tally", "share") else None
        return (
            self.scope, self.low, self.high, shown.low, shown.high,
            self.when, self.since, self.stated, rises, partial, changed, self.described,
        )  # fmt: skip

    def overlaps(self, other: _Facts) -> bool:
        lo_ok = self.high is None or other.low is None or other.low <= self.high
        hi_ok = self.low is None or other.high is None or self.low <= other.high
        return lo_ok and hi_ok

    def rises(self) -> bool:
        """The sentence says a running total grew, just before the figure."""
        if self._rises is None:
            claim = self.item.claim
            rel = _rel(claim)
            self._rises = bool(_RISE.search(claim.sentence[max(0, rel - 60) : rel]))
        return self._rises

    def changed(self) -> bool:
        """The sentence says the value was changed to the figure ("cut the fine to")."""
        if self._changed is None:
            claim = self.item.claim
            rel = _rel(claim)
            self._changed = bool(_CHANGE_TO.search(claim.sentence[max(0, rel - 80) : rel]))
        return self._changed


# A tally told while ballots are still being counted.
_PARTIAL = re.compile(
    r"\b(?:counted|preliminary|partial|provisional|early results|so far|at that stage|"
    r"with \d+(?:\.\d+)?\s*(?:%|percent|per cent) of)\b",
    re.IGNORECASE,
)


_FINAL = re.compile(
    r"\b(?:final|complete|"
    r"all (?:the )?(?:ballots|votes|precincts|polling stations)(?: \w+)? counted)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 12)
def _partial_count(sentence: str) -> bool:
    return bool(_PARTIAL.search(sentence)) and not _FINAL.search(sentence)


# A share told while ballots are counted: "with 60% of ballots counted", not
# "won with 50.1% of the vote".
_PARTIAL_SHARE = re.compile(
    r"\b(?:counted|preliminary|partial|provisional|early results|so far|at that stage)\b",
    re.IGNORECASE,
)


def _partial_share(sentence: str) -> bool:
    return bool(_PARTIAL_SHARE.search(sentence))


def _comparable(a: _Facts, b: _Facts) -> bool:
    """True when two figures hold for about the same time (or either date is unknown)."""
    if a.when is None or b.when is None:
        return True
    if a.since <= b.when and b.since <= a.when:  # type: ignore[operator]
        return True
    return abs(a.when - b.when) <= _COMPARABLE_DAYS


def _same_time(a: _Facts, b: _Facts) -> bool:
    """Both figures hold for the same day (or overlapping stated ranges)."""
    if a.when is None or b.when is None:
        return True
    return a.since <= b.when and b.since <= a.when  # type: ignore[operator]


def _compare(a: _Facts, b: _Facts, behaviour: str) -> str:
    """How two claims of one question relate: agree, conflict, update or scope.

    ``a`` comes before ``b`` in the question; ``behaviour`` is the kind's (``BEHAVIOUR``).
    """
    if behaviour == "tally":  # a partial count grows until the final one; a final one is fixed
        behaviour = "cumulative" if a.partial and not _same_time(a, b) else "fixed"
    elif behaviour == "share":  # "with 60% of ballots counted, Yes led with 54.1%"
        behaviour = "varying" if a.partial_share and not _same_time(a, b) else "fixed"
    if a.scope != b.scope:
        if a.scope is None or b.scope is None:
            whole, part = (a, b) if a.scope is None else (b, a)
            too_many = part.low is not None and whole.high is not None and part.low > whole.high
            if too_many and _comparable(a, b):
                return "conflict"  # more in a part than in the whole, at the same time
            if _same_people(whole, part) and _comparable(a, b):
                return "agree"  # "23 people arrested", "two dozen protesters detained"
            if part is a and behaviour == "cumulative" and _grown_past(part, whole):
                return "update"  # "Two protesters died", then "the toll rose to four"
        return "scope"
    if a.overlaps(b):
        # A count said to have risen past an open "more than" is an update, whether
        # it can fall again (people displaced) or not (a death toll).
        moving = behaviour in ("cumulative", "varying")
        return "update" if moving and _risen(a, b) else "agree"
    if a.when is None or b.when is None or _same_time(a, b):
        return "conflict"
    if behaviour == "fixed":
        # A value set or measured again, said to have been changed to the later
        # figure ("an appeals court cut the fine to"), moved on; else one is wrong.
        return "update" if b.changed() and b.when > a.when and _apart(a, b) else "conflict"
    if behaviour == "varying":
        # Two stated days, or days far enough apart, are two times: the later count holds.
        return "update" if _apart(a, b) else "conflict"
    early, late = a, b
    late_low = late.low if late.low is not None else late.high
    early_high = early.high if early.high is not None else early.low
    rising = late_low is not None and early_high is not None and late_low > early_high
    # A running total that rose between two clearly different days is an
    # update; one that fell, or rose between days only vaguely known, is not,
    # unless the later report says in words that it rose ("rose to 37 on
    # Tuesday", a day after "twelve bodies have been recovered").
    said_risen = late.rises() and late.when > early.when  # type: ignore[operator]
    return "update" if rising and (_apart(a, b) or said_risen) else "conflict"


def _apart(early: _Facts, late: _Facts) -> bool:
    """The two figures hold for clearly different times.

    Two stated days are two times, as are days further apart than
    ``_COMPARABLE_DAYS``.  So are a figure pinned to its day and a report
    dated only by a later publication: news of a moving count gives the
    newest figure it has, so the later report is read as the later count
    ("14 killed", the governor said on Tuesday; "with 22 miners dead", a
    paper wrote on Wednesday).  Two figures dated only by publication a day
    apart may be one day's count and stay comparable.
    """
    if early.stated and late.stated:
        return True
    if not _comparable(early, late):
        return True
    return early.stated and early.when < late.when  # type: ignore[operator]


# Words that set a figure apart as a part of another: "nine children among the dead".
_AMONG = re.compile(r"\b(?:among|including|of them|of whom|of those|of the)\b", re.IGNORECASE)


def _same_people(whole: _Facts, part: _Facts) -> bool:
    """A figure for everyone and one naming who they were give the same bounded count,
    and nothing says the second is a part: one count, described two ways."""
    if part.scope == PART_OF_TOTAL or None in (whole.low, whole.high, part.low, part.high):
        return False
    return whole.overlaps(part) and not _AMONG.search(part.item.claim.sentence)


# Words that set a figure apart as a part of a whole told beside it.
_AMONG_THEM = re.compile(r"\b(?:among|including|of them|of whom|of those)\b", re.IGNORECASE)
_OF_THE = re.compile(r"\bof\s+(?:the|those|these)\b", re.IGNORECASE)


def _a_part(claim: Claim) -> bool:
    """The figure is told as a part of a whole: "Two of the dead", "among them",
    "131 of the deaths"."""
    return bool(
        _AMONG_THEM.search(claim.sentence) or _OF_THE.search(claim.quote) or told_as_part(claim)
    )


def _grown_past(early: _Facts, late: _Facts) -> bool:
    """An early figure naming who everyone counted was ("Two elderly women have
    died") and a later total for everyone at least as large, of a clearly later
    time: the first report's dead were all the dead then, and the toll grew."""
    if not early.described or not _apart(early, late):
        return False
    late_low, early_high = _point_low(_shown(late.item)), _point_high(_shown(early.item))
    return late_low is not None and early_high is not None and late_low >= early_high


def _risen(early: _Facts, late: _Facts) -> bool:
    """A later figure says in words that the running total grew past an earlier one.

    "At least 214 dead" on one day and "the toll has risen to 312" two days
    later overlap as intervals, but the later report says the count moved on.
    """
    if _same_time(early, late) or not _apart(early, late):
        return False
    late_low, early_point = _point_low(_shown(late.item)), _point_high(_shown(early.item))
    if late_low is None or early_point is None or late_low <= early_point:
        return False
    return late.rises()


@dataclass(slots=True)
class _Relations:
    """How the claims of a question relate, pair by pair, as the explanation needs it."""

    conflicts: int = 0  # number of conflicting pairs
    # The conflicting pairs the explanation names: the widest gaps first.
    shown: list[tuple[_Item, _Item]] = field(default_factory=list)
    conflict_apart: bool = False  # some conflicting pair is of clearly different times
    scope: set[int] = field(default_factory=set)  # numbers of claims in a "scope" pair
    update: set[int] = field(default_factory=set)  # numbers of claims in an "update" pair


def _relations(members: list[_Item]) -> _Relations:
    """How ``members`` (in ``order``) relate, pair by pair, as the explanation needs it.

    Claims that give the same figure for the same dates and scope relate alike
    to every other claim, so each such set is compared once with each other
    set and its pairs are counted, not walked: the work grows with the number
    of distinct figures, not with the number of claims repeating them.
    """
    behaviour = _behaviour(members)
    classes: dict[tuple[object, ...], list[_Facts]] = {}
    for n, item in enumerate(members):
        facts = _Facts(n, item)
        classes.setdefault(facts.key(behaviour), []).append(facts)
    sets = list(classes.values())  # in order of their first member
    out = _Relations()
    conflicts: list[tuple[Decimal, int, int]] = []  # (-gap, a, b): the sort key of a pair
    for k, group in enumerate(sets):
        first = group[0]
        if len(group) > 1 and _compare(first, first, behaviour) == "conflict":
            out.conflicts += len(group) * (len(group) - 1) // 2
            gap = -_gap(first, first)
            conflicts.extend(_first_pairs(gap, group, group))
        for other in sets[k + 1 :]:
            early, late = (first, other[0]) if _before(first, other[0]) else (other[0], first)
            relation = _compare(early, late, behaviour)
            if relation == "conflict":
                out.conflicts += len(group) * len(other)
                conflicts.extend(_first_pairs(-_gap(early, late), group, other))
                if not out.conflict_apart and not _comparable(early, late):
                    out.conflict_apart = True
            elif relation == "scope":
                out.scope.update(f.number for f in group)
                out.scope.update(f.number for f in other)
            elif relation == "update":
                out.update.update(f.number for f in group)
                out.update.update(f.number for f in other)
    out.shown = [
        (members[a], members[b]) for _, a, b in heapq.nsmallest(_MAX_PAIRS_SHOWN, conflicts)
    ]
    return out


def _behaviour(members: list[_Item]) -> str:
    """How the question's measure moves over time (``BEHAVIOUR``).

    People still missing are a number that falls as they are found, unlike a
    running total of disappearances.
    """
    kind = members[0].claim.kind
    if kind is Kind.DISAPPEARANCES and all(_still_missing(i.claim) for i in members):
        return "varying"
    return BEHAVIOUR.get(kind, "fixed")


def _before(a: _Facts, b: _Facts) -> bool:
    """``a`` comes first in the question (claims of one date relate alike either way)."""
    return a.number < b.number


def _first_pairs(
    gap: Decimal, group: list[_Facts], other: list[_Facts]
) -> list[tuple[Decimal, int, int]]:
    """The pairs of one claim of ``group`` and one of ``other`` that sort first.

    Pairs sort by their two claims' numbers, lower first; the first
    ``_MAX_PAIRS_SHOWN`` of them are always made of the first
    ``_MAX_PAIRS_SHOWN`` claims of each side.
    """
    head, tail = group[:_MAX_PAIRS_SHOWN], other[:_MAX_PAIRS_SHOWN]
    pairs = {
        (min(a.number, b.number), max(a.number, b.number))
        for a in head
        for b in tail
        if a.number != b.number
    }
    return [(gap, a, b) for a, b in sorted(pairs)[:_MAX_PAIRS_SHOWN]]


def _question(
    qid: str, members: list[_Item], index: EntityIndex
) -> tuple[Question, tuple[str, ...]]:
    first = members[0].claim
    relations = _relations(members)
    if len(members) == 1:
        status = Status.SINGLE
    elif relations.conflicts:
        status = Status.CONFLICT
    elif relations.scope:
        status = Status.SCOPE
    elif relations.update:
        status = Status.UPDATE
    else:
        status = Status.CONSISTENT
    scopes = {i.scope for i in members}
    summary, cited = _summary(members, status, index)
    question = Question(
        id=qid,
        kind=first.kind,
        unit=first.unit,
        event=_describe(members, index),
        scope=next(iter(scopes)) if len(scopes) == 1 else None,
        claim_ids=tuple(i.claim.id for i in members),
        status=status,
        explanation=_explain(members, status, relations),
        summary=summary,
    )
    return question, cited


_QUALIFIER_WORDS = _words(
    """over more than about around roughly nearly almost some at least up to fewer less
    approximately dozen dozens hundreds thousands a an"""
)


def _when(item: _Item) -> str:
    if item.when is None:
        return "undated"
    if item.basis is AsOfBasis.PUBLICATION_DATE:
        return f"reported {_day(item.when)}"
    if item.since and item.since != item.when:
        return f"{_day(item.since)} – {_day(item.when)}"
    return _day(item.when)


def _figure(item: _Item) -> str:
    """The figure as the source wrote it, with what it counts."""
    claim = item.claim
    text = " ".join(claim.quote.strip(" \"“”‘’'").split())
    words = [w.casefold() for w in _WORD.findall(text) if not w[:1].isdigit()]
    if text and len(text) <= 48 and any(w not in _QUALIFIER_WORDS for w in words):
        return text
    if not text or len(text) > 48:
        text = _value(claim.value, claim.unit)
    noun = claim.subject or NOUN.get(claim.kind, "")
    return f"{text} {noun}".strip() if noun and not _is_percent(claim.unit) else text


def _cite(item: _Item) -> str:
    return f"{item.label}: {_figure(item)} ({_when(item)})"


def _gap(a: _Facts, b: _Facts) -> Decimal:
    """How far apart two figures are: the higher low end less the lower high end."""
    ends = [
        (f.low if f.low is not None else f.high, f.high if f.high is not None else f.low)
        for f in (a, b)
    ]
    lows = [low for low, _ in ends if low is not None]
    highs = [high for _, high in ends if high is not None]
    return max(lows) - min(highs) if lows and highs else Decimal(0)


def _explain(members: list[_Item], status: Status, relations: _Relations) -> str:
    if status is Status.SINGLE:
        return f"Only one figure answers this question: {_cite(members[0])}."
    parts: list[str] = []
    if status is Status.CONFLICT:
        shown = [f"{_cite(a)} vs {_cite(b)}" for a, b in relations.shown]
        more = relations.conflicts - len(shown)
        parts.append(
            "Sources give figures that cannot all be true for the same time: "
            + "; ".join(shown)
            + (f"; and {more} more incompatible pair{'s' * (more > 1)}" if more > 0 else "")
            + "."
        )
        cumulative = _behaviour(members) in ("cumulative", "tally")
        if cumulative and relations.conflict_apart:
            parts.append("A running total cannot fall, yet a later figure is lower.")
    if status is Status.SCOPE or relations.scope:
        by_scope: dict[str, list[str]] = defaultdict(list)
        for number, item in enumerate(members):
            if number in relations.scope:
                by_scope[item.scope or "everyone"].append(_cite(item))
        listed = "; ".join(f"{s}: {', '.join(c)}" for s, c in sorted(by_scope.items()))
        parts.append(
            "Some figures count different groups, so they differ without contradicting "
            f"each other ({listed})."
        )
    if status is Status.UPDATE or relations.update:
        chain = [members[n] for n in sorted(relations.update)]  # members are in order
        parts.append(
            "A count that grows over time was reported at different dates; the latest figure "
            "supersedes earlier ones: " + " → ".join(_cite(i) for i in chain) + "."
        )
    if status is Status.CONSISTENT:
        parts.append(
            f'All {len(members)} figures agree once bounds such as "over" or "about" are '
            "read as ranges: " + "; ".join(_cite(i) for i in members) + "."
        )
    return " ".join(parts)


def _main(members: list[_Item]) -> list[_Item]:
    """Claims of the widest scope present (everyone, if any claim counts everyone)."""
    scopes = Counter(i.scope for i in members)
    main = None if None in scopes else min(scopes, key=lambda s: (-scopes[s], s or ""))
    return [i for i in members if i.scope == main]


def _range_text(items: list[_Item], unit: str, kind: Kind) -> tuple[str, list[_Item]]:
    """ "11–17" over the point values of ``items``, and the claims at each end."""
    lows = [(v, i) for i in items if (v := _point_low(_shown(i))) is not None]
    highs = [(v, i) for i in items if (v := _point_high(_shown(i))) is not None]
    if not lows or not highs:
        return "unknown", []
    lo_v, lo_i = min(lows, key=lambda p: (p[0], p[1].order))
    hi_v, hi_i = max(highs, key=lambda p: (p[0], [-x for x in p[1].order[0].timetuple()]))
    if kind is Kind.EVENT_DATE:
        lo_d, hi_d = date.fromordinal(int(lo_v)), date.fromordinal(int(hi_v))
        text = (
            _day(lo_d, short=False)
            if lo_d == hi_d
            else f"{_day(lo_d, short=False)} – {_day(hi_d, short=False)}"
        )
        return text, [lo_i, hi_i]
    pct = "%" if _is_percent(unit) else ""
    top_open = _shown(hi_i).high is None
    if lo_v == hi_v:
        text = f"more than {number(lo_v)}{pct}" if top_open else f"{number(lo_v)}{pct}"
    elif top_open:
        text = f"{number(lo_v)}{pct} to more than {number(hi_v)}{pct}"
    else:
        text = f"{number(lo_v)}–{number(hi_v)}{pct}"
    return text, [lo_i, hi_i]


def _best_text(items: list[_Item], unit: str, kind: Kind) -> tuple[str, list[_Item]]:
    """The figures' common ground if they all agree ("1,062"), else their range."""
    low = max((v for i in items if (v := _shown(i).low) is not None), default=None)
    high = min((v for i in items if (v := _shown(i).high) is not None), default=None)
    agree = low is None or high is None or low <= high
    if not agree or kind is Kind.EVENT_DATE or len(items) == 1:
        return _range_text(items, unit, kind)
    ends = [i for i in items if _shown(i).low == low or _shown(i).high == high]
    return _value(Interval(low=low, high=high), unit), ends


def _noun(members: list[_Item], index: EntityIndex) -> str:
    first = members[0]
    kind = first.claim.kind
    if kind in (Kind.VOTE_SHARE, Kind.VOTES):
        who = _whose(first, index)
        return f"{NOUN[kind]} for {who}" if who else NOUN[kind]
    if kind in (Kind.COUNT, Kind.PERCENT):
        subjects = Counter(i.claim.subject for i in members if i.claim.subject)
        noun = _mode(subjects) or first.claim.unit
        who = _whose(first, index) if first.signature.startswith("seats:") else None
        return f"{noun} for {who}" if who else noun
    if kind is Kind.MONEY:
        return first.claim.unit
    return NOUN.get(kind, "")


def _as_of(items: Iterable[_Item]) -> str:
    """ ", as of <date>" for the figures a summary quotes: the latest stated date."""
    items = list(items)
    stated = [i.when for i in items if i.when and i.basis is not AsOfBasis.PUBLICATION_DATE]
    dated = stated or [i.when for i in items if i.when]
    return f", as of {_day(max(dated), short=False)}" if dated else ""


def _phrase(*parts: str) -> str:
    """Words joined by single spaces, empty parts left out."""
    return " ".join(p.strip() for p in parts if p and p.strip())


def _summary(
    members: list[_Item], status: Status, index: EntityIndex
) -> tuple[str, tuple[str, ...]]:
    """The careful-reference line for a question and the claims it quotes.

    The as-of date is that of the figures quoted, never of others; an event
    date is its own date and gets none.
    """
    kind, unit = members[0].claim.kind, members[0].claim.unit
    noun = _noun(members, index)
    main = _main(members)
    dated = kind is not Kind.EVENT_DATE
    if status is Status.UPDATE:
        latest = max(main, key=lambda i: i.order)
        earliest = min(main, key=lambda i: i.order)
        text, _ = _range_text([latest], unit, kind)
        before, _ = _range_text([earliest], unit, kind)
        since = (
            f" (up from {before} on {_day(earliest.when, short=False)})" if earliest.when else ""
        )
        return _phrase(text, noun) + _as_of([latest]) + since, (
            latest.claim.id,
            earliest.claim.id,
        )
    text, ends = _best_text(main, unit, kind)
    if status is Status.CONSISTENT:
        quoted = ends or main
        as_of = _as_of(quoted) if dated else ""
        return _phrase(text, noun) + as_of, tuple(dict.fromkeys(i.claim.id for i in quoted))
    cited = list(ends)
    extra = []
    for scope in sorted({i.scope for i in members if i.scope is not None} - {main[0].scope}):
        part = [i for i in members if i.scope == scope]
        part_text, part_ends = _best_text(part, unit, kind)
        extra.append(_SCOPE_SAID.get(scope, "{} among {}").format(part_text, scope))
        cited.extend(part_ends)
    scope_text = f" ({'; '.join(extra)})" if extra else ""
    as_of = _as_of(cited) if dated else ""
    return _phrase(text, noun) + scope_text + as_of, tuple(dict.fromkeys(i.claim.id for i in cited))


@functools.lru_cache(maxsize=1 << 14)
def _event_words(sentence: str) -> tuple[str, ...]:
    """The words of ``sentence`` (casefolded, in order) that name an event."""
    return tuple(w for w in (x.casefold() for x in _WORD.findall(sentence)) if w in _EVENT_WORD)


# How a summary gives a part's figure beside the whole ("12 among children").
_SCOPE_SAID = {"arbitrary": "{} arbitrary", PART_OF_TOTAL: "{} in one part"}


# How a question's title says whose wish a figure is ("Amount (demanded)").
_STANCE_SAID = {
    "demand": "demanded",
    "offer": "offered",
    "pledge": "pledged",
    "appeal": "appealed for",
    "requirement": "required",
}


def _describe(members: list[_Item], index: EntityIndex) -> str:
    """Plain words for what the question asks: measure, event, place, month."""
    first = members[0]
    title = TITLE.get(first.claim.kind, "Figure")
    if first.claim.kind in (Kind.VOTE_SHARE, Kind.VOTES):
        who = _whose(first, index)
        title = f"{title} for {who}" if who else f"{title} (candidate not named)"
    elif first.claim.kind in (Kind.COUNT, Kind.PERCENT) and first.claim.subject:
        title = f"Number of {first.claim.subject}"
        if first.signature.startswith("seats:") and (who := _whose(first, index)):
            title = f"{title} for {who}"
    elif first.signature.startswith("measure:"):
        title = f"{title} ({first.signature.removeprefix('measure:')})"  # "Deaths (excess)"
    stance = first.signature.partition(" ^")[2]
    if stance:
        title = f"{title} ({_STANCE_SAID.get(stance, stance)})"
    elif first.claim.kind is Kind.EVENT_DATE and first.claim.event:
        title = f"Date of {first.claim.event}"
    families = Counter(f for i in members for f in i.families)
    family = _mode(families)
    words: Counter[str] = Counter()
    if family:
        for item in members:
            words.update(w for w in _event_words(item.claim.sentence) if _EVENT_WORD[w] == family)
    bits = [b for b in (_mode(words), _mode(Counter(c for i in members for c in i.countries))) if b]
    dated = sorted(i.since or i.when for i in members if i.when)
    if dated:
        bits.append(f"{_MONTHS[dated[0].month - 1]} {dated[0].year}")
    return f"{title} — {', '.join(bits)}" if bits else title
