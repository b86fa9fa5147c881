"""Group claims into questions and say whether their sources agree.

A question is one thing several claims can answer: a measure (kind and unit),
an event (what, where, roughly when) and, for vote shares and generic counts,
what exactly is counted (the candidate, the subject).  The steps:

1. **Block** claims by kind, unit and signature (candidate / subject / event
   text, near spellings merged with rapidfuzz), then by time: claims sorted by
   as-of date are cut wherever two neighbours are more than ``_GAP_DAYS``
   apart, so a 2017 figure never meets a 2024 one.  Claims with no date at all
   form their own blocks and never join dated ones.
2. **Group** inside a block on evidence from the text: countries named in the
   sentence (or, failing that, in the paragraph), event families (protest,
   earthquake, mine collapse...) and resolved entities.  Claims naming
   different countries or different kinds of event are never grouped.  Each
   claim joins the best-matching group; a claim with no evidence either way
   joins the only group it could belong to, or starts its own.
3. **Judge** each question with interval logic ("over 1,000" agrees with
   1,062) and the as-of dates: ``conflict``, ``scope``, ``update``,
   ``consistent`` or ``single``.

The work is split in three modules: :mod:`dossier.reconcile_features` reads
each claim (scope, action, candidate, signature); this module blocks and
groups; :mod:`dossier.reconcile_wording` judges each question and words its
explanation and summary.  ``reconcile``, ``Reconciliation`` and ``number``
stay importable from here.

Every step sorts its input first, so the output does not depend on the order
claims arrive in.  Work is linear in the number of claims apart from sorting
and comparisons inside one question.  Question ids come from the measure and
a key of the event (main country, event family, signature, month it starts),
never from the member claims, so adding an article keeps existing ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from dossier.entities import EntityIndex, build_entities
from dossier.ids import question_id
from dossier.model import Claim, Entity, Question, Source
from dossier.reconcile_features import _interval, _Item, _item, _names
from dossier.reconcile_signature import _as_vote_share, _sign
from dossier.reconcile_tables import _GAP_DAYS, _STATUS_RANK, SIGNATURE, _mode, number
from dossier.reconcile_wording import _question


@dataclass(frozen=True, slots=True, kw_only=True)
class Reconciliation:
    """Everything the reconciler decides about a corpus of claims.

    ``question_of`` maps every claim id to its question id;
    ``canonical_attribution`` maps each attributed claim to the canonical
    name of who gave the figure; ``reported_by`` maps every claim to the
    label to show for it (the attribution, else the outlet, else the source
    title); ``scope_of`` maps every claim to its scope ("all" when none);
    ``summary_claims`` lists, per question, the claims whose figures the
    summary quotes, so a page can cite each.
    """

    questions: tuple[Question, ...]
    entities: tuple[Entity, ...]
    question_of: Mapping[str, str] = field(default_factory=dict)
    canonical_attribution: Mapping[str, str] = field(default_factory=dict)
    reported_by: Mapping[str, str] = field(default_factory=dict)
    scope_of: Mapping[str, str] = field(default_factory=dict)
    summary_claims: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None


def reconcile(claims: Sequence[Claim], sources: Mapping[str, Source]) -> Reconciliation:
    """Group ``claims`` into questions and give each a verdict."""
    ordered = sorted((_as_vote_share(c) for c in claims), key=lambda c: c.id)
    index = build_entities(_names(ordered))
    memo: dict = {}
    items = _located([_item(c, sources.get(c.source_id), index, memo) for c in ordered])
    items = _sign(items, index)
    groups: list[list[_Item]] = []
    for block in _blocks(items):
        groups.extend(_group(block))
    questions: list[Question] = []
    question_of: dict[str, str] = {}
    summary_claims: dict[str, tuple[str, ...]] = {}
    used: set[str] = set()
    for group in sorted(groups, key=lambda g: [i.order for i in g]):
        members = sorted(group, key=lambda i: i.order)
        key = _key(members, index)
        qid, n = question_id(members[0].claim.kind, members[0].claim.unit, key), 2
        while qid in used:
            qid, n = question_id(members[0].claim.kind, members[0].claim.unit, f"{key}#{n}"), n + 1
        used.add(qid)
        question, cited = _question(qid, members, index)
        questions.append(question)
        summary_claims[qid] = cited
        for item in members:
            question_of[item.claim.id] = qid
    questions.sort(key=lambda q: (_STATUS_RANK[q.status], q.kind, q.event, q.id))
    return Reconciliation(
        questions=tuple(questions),
        entities=index.entities,
        question_of=MappingProxyType(question_of),
        canonical_attribution=MappingProxyType(
            {i.claim.id: i.body for i in items if i.body is not None}
        ),
        reported_by=MappingProxyType({i.claim.id: i.label for i in items}),
        scope_of=MappingProxyType({i.claim.id: i.scope or "all" for i in items}),
        summary_claims=MappingProxyType(summary_claims),
    )


def _located(items: list[_Item]) -> list[_Item]:
    """Place a figure whose sentence and paragraph name no place where its article is.

    An article's places are those named anywhere in it (next to any of its
    figures).  "Our teams are still searching for 110 people" belongs to the
    story its article tells, not to whichever story shares its kind and month.
    A sentence naming only a town also counts as naming the countries of its
    article, so "2,600 dead in Marrakech" can meet "2,012 killed in Morocco".
    """
    area: dict[str, set[str]] = defaultdict(set)
    for item in items:
        area[item.claim.source_id].update(item.nearby)
    out: list[_Item] = []
    for item in items:
        places = area[item.claim.source_id]
        if not item.where and places:
            item = replace(item, where=frozenset(places))
        elif item.where and all(w.startswith("@") for w in item.where):
            countries = {p for p in places if not p.startswith("@")}
            if countries:  # "in Marrakech" in an article about Morocco
                item = replace(item, where=item.where | countries)
        out.append(item)
    return out


def _blocks(items: list[_Item]) -> Iterable[list[_Item]]:
    by_measure: dict[tuple[str, str, str], list[_Item]] = defaultdict(list)
    for item in items:
        by_measure[(item.claim.kind.value, item.claim.unit, item.signature)].append(item)
    for key in sorted(by_measure):
        block = by_measure[key]
        undated = sorted((i for i in block if i.when is None), key=lambda i: i.order)
        if undated:
            yield undated
        yield from _split_by_time(sorted((i for i in block if i.when), key=lambda i: i.order))


def _split_by_time(items: list[_Item]) -> Iterable[list[_Item]]:
    current: list[_Item] = []
    for item in items:
        last = current[-1].when if current else None
        if last and item.when and (item.when - last).days > _GAP_DAYS:
            yield current
            current = []
        current.append(item)
    if current:
        yield current


@dataclass
class _Group:
    members: list[_Item] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    nearby: Counter[str] = field(default_factory=Counter)
    families: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    by_source: dict[str, list[_Item]] = field(default_factory=dict)
    # The places every member's ``where`` shares (None until a member has one).
    core: frozenset[str] | None = None

    def add(self, item: _Item) -> None:
        self.members.append(item)
        if item.where:
            self.core = item.where if self.core is None else self.core & item.where
        self.countries.update(item.countries)
        self.nearby.update(item.nearby | item.countries)
        self.families.update(item.families)
        self.entities.update(item.entities)
        self.by_source.setdefault(item.claim.source_id, []).append(item)

    def compatible(self, item: _Item) -> bool:
        if item.where and self.core is not None and not item.where & self.core:
            return False  # another place: another story
        if item.countries and self.countries and not item.countries & self.countries.keys():
            return False
        # Only members from the item's own source can clash with it.
        same_source = self.by_source.get(item.claim.source_id, ())
        if any(_one_sentence(item, m) or _own_voice_differs(item, m) for m in same_source):
            return False
        if _named_candidate(item):
            return True  # the candidate already pins the race; event words are noise
        return not (item.families and self.families and not item.families & self.families.keys())

    def score(self, item: _Item) -> int:
        shared_places = len((item.countries | item.nearby) & self.nearby.keys())
        shared_events = len(item.families & self.families.keys())
        shared_names = len(item.entities & self.entities.keys())
        shared_where = len(item.where & self.core) if self.core else 0
        return 4 * shared_places + 2 * shared_events + shared_names + 2 * shared_where


def _one_sentence(a: _Item, b: _Item) -> bool:
    """Figures of one sentence answer different things ("17 of the 18", "from X to Y")."""
    return a.claim.source_id == b.claim.source_id and (
        a.claim.sentence_span == b.claim.sentence_span or a.claim.sentence == b.claim.sentence
    )


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
    """
    groups: list[_Group] = []
    holding: dict[tuple[str, str], set[int]] = defaultdict(set)  # evidence -> group numbers
    placeless: dict[tuple[str, str], set[int]] = defaultdict(set)  # the same, groups with no core
    unplaced: dict[int, None] = {}  # groups with no core, in order
    for item in block:
        evidence = _evidence(item)
        if item.where:
            candidates = set().union(*(holding.get(("where", w), ()) for w in item.where))
            candidates.update(*(placeless.get(e, ()) for e in evidence))
        else:
            candidates = set().union(*(holding.get(e, ()) for e in evidence))
        best, best_score = None, 0
        for n in sorted(candidates):
            group = groups[n]
            if group.compatible(item):
                score = group.score(item)
                if score > best_score:
                    best, best_score = n, score
        if best is None:
            pool = unplaced if item.where else range(len(groups))
            fits = _first_compatible(groups, pool, item, 2)
            best = fits[0] if len(fits) == 1 else None
        if best is None:
            best = len(groups)
            groups.append(_Group())
            unplaced[best] = None
        group = groups[best]
        had_core = group.core is not None
        group.add(item)
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
        result.extend(_split_by_time(sorted(group.members, key=lambda i: i.order)))
    return result


def _first_compatible(
    groups: list[_Group], pool: Iterable[int], item: _Item, limit: int
) -> list[int]:
    """Numbers of the first ``limit`` groups of ``pool`` (in order) ``item`` is compatible with."""
    found: list[int] = []
    for n in pool:
        if groups[n].compatible(item):
            found.append(n)
            if len(found) == limit:
                break
    return found


def _key(members: list[_Item], index: EntityIndex) -> str:
    """Canonical key of what a group asks: stable as claims come and go.

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
    core: frozenset[str] | None = None
    for item in members:
        if item.where:
            core = item.where if core is None else core & item.where
    if core:
        place = min(core, key=lambda p: (p.startswith("@"), p))
        return "|".join([place, first.signature, month])
    countries = Counter(c for i in members for c in i.countries)
    families = Counter(f for i in members for f in i.families)
    place = _mode(countries) or _mode(
        Counter(
            e
            for i in members
            for e in i.entities
            if index.by_id[e].kind in ("place", "organisation")
        )
    )
    return "|".join([place or "-", _mode(families) or "-", first.signature, month])


__all__ = ["Reconciliation", "number", "reconcile"]
