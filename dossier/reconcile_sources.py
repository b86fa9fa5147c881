"""One source's claims as the reconciler reads them, and what that reading depended on.

Reading a claim (its dates, places, entities, scope, who gave it, what it
counts) needs only the claim, its source and the answers the entity index
gives for the names the reading looks up.  ``read_source`` reads every
claim of one source through a resolver that records which names it looked
up, so a later build may keep the reading as long as the index still
answers the same for each of them (``Answers.changed`` lists the names
whose answer moved), however many other articles came and went.  The
resolver hands out entities cut down to id, name and kind, and says whether
each is a known place: that is all a reading can see of the index, and all
an answer's fingerprint holds."""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import NamedTuple, TypeVar

from dossier.entities import EntityIndex, clean_name
from dossier.model import Claim, Entity, Source
from dossier.reconcile_features import _area, _Fields, _fields, _locate, _ReadMemo
from dossier.reconcile_signature import _as_vote_share, _raw_signatures

# What a reading may know of the entity a name resolves to: id, name, kind
# and whether the text shows it to be a place; None when nothing matches.
Fingerprint = tuple[str, str, str, bool] | None
_H = TypeVar("_H", bound=Hashable)


class Answers:
    """The entity index's answer for each name, worked out once per reconciliation."""

    def __init__(self, index: EntityIndex) -> None:
        self.index = index
        self._known: dict[str, tuple[Fingerprint, Entity | None]] = {}

    def get(self, name: str) -> tuple[Fingerprint, Entity | None]:
        """The fingerprint of what ``name`` resolves to, and that entity cut down to it."""
        try:
            return self._known[name]
        except KeyError:
            entity = self.index.resolve(name)
            if entity is None:
                answer: tuple[Fingerprint, Entity | None] = (None, None)
            else:
                located = self.index.is_located(entity)
                view = Entity(id=entity.id, name=entity.name, kind=entity.kind)
                answer = ((entity.id, entity.name, entity.kind, located), view)
            self._known[name] = answer
            return answer

    def changed(self, before: Mapping[str, Fingerprint]) -> set[str]:
        """The names of ``before`` (name -> fingerprint) that now resolve otherwise."""
        return {name for name, seen in before.items() if self.get(name)[0] != seen}

    def fingerprints(self, names: Iterable[str]) -> dict[str, Fingerprint]:
        return {name: self.get(name)[0] for name in names}


class Tracked:
    """A resolver over ``Answers`` that records every name it is asked about."""

    __slots__ = ("_answers", "_located", "seen")

    def __init__(self, answers: Answers) -> None:
        self._answers = answers
        self._located: dict[str, bool] = {}
        self.seen: dict[str, Fingerprint] = {}

    def resolve(self, name: str | None) -> Entity | None:
        if not name or not name.strip():
            return None
        seen, entity = self._answers.get(name)
        self.seen[name] = seen
        if seen is not None:
            self._located[seen[0]] = seen[3]
        return entity

    def canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        entity = self.resolve(name)
        return entity.name if entity else clean_name(name)

    def is_located(self, entity: Entity) -> bool:
        return self._located[entity.id]  # only entities this resolver handed out


class SourceReading(NamedTuple):
    """What the reconciler read from one source's claims, one entry per claim in input order.

    ``measures`` are (kind, unit, signature as read); ``whens`` the as-of
    day numbers; ``wheres`` where each figure happened; ``digests`` stand
    for each claim's reading (equal digests, equal readings).  ``weak``
    lists the vote figures whose candidate the corpus settles (position,
    candidate read, entities named near) and ``confirmed`` the candidates
    this source names outright.  ``names`` are the names resolved while
    reading; ``area`` the places the article names.
    """

    names: frozenset[str]
    area: frozenset[str]
    ids: tuple[str, ...]
    measures: tuple[tuple[str, str, str], ...]
    whens: tuple[int | None, ...]
    wheres: tuple[frozenset[str], ...]
    digests: tuple[int, ...]
    bodies: tuple[str | None, ...]
    labels: tuple[str, ...]
    scopes: tuple[str, ...]  # "all" when the figure counts everyone
    weak: tuple[tuple[int, str, tuple[str, ...]], ...]
    confirmed: frozenset[str]


def read_source(
    claims: Sequence[Claim],
    source: Source | None,
    answers: Answers,
    key: bytes | None,
    shared: dict,
) -> tuple[SourceReading, list[Claim], list[_Fields]]:
    """Read one source's ``claims`` (in input order).

    Returns the reading, the claims as the reconciler sees them (a
    percentage of the vote becomes a vote share) and each claim's item
    fields.  ``key`` identifies the source and its claims (``source_key``);
    without it the digests are left empty.  ``shared`` interns equal values
    across sources, so a pickled memo stores each once.
    """
    tracked = Tracked(answers)
    seen = [_as_vote_share(c) for c in claims]
    memo: _ReadMemo = {}
    fields = [_fields(c, source, tracked, memo) for c in seen]
    area = _area(fields)
    fields = [_locate(f, area) for f in fields]
    raw = _raw_signatures(sorted(seen, key=lambda c: c.id), tracked)
    deps = sorted(tracked.seen.items(), key=lambda d: d[0])
    digests: tuple[int, ...] = ()
    if key is not None:
        own = hashlib.blake2b(key + repr(deps).encode(), digest_size=16).digest()
        digests = tuple(_digest(own, n) for n in range(len(seen)))
    weak = tuple((n, *raw.weak[c.id]) for n, c in enumerate(seen) if c.id in raw.weak)
    reading = SourceReading(
        names=frozenset(_share(shared, name) for name, _ in deps),
        area=_share(shared, area),
        ids=tuple(c.id for c in seen),
        measures=tuple(_share(shared, (c.kind.value, c.unit, raw.raw[c.id])) for c in seen),
        whens=tuple(f[0].toordinal() if f[0] else None for f in fields),
        wheres=tuple(_share(shared, f[5]) for f in fields),
        digests=digests,
        bodies=tuple(_share(shared, f[9]) for f in fields),
        labels=tuple(_share(shared, f[10]) for f in fields),
        scopes=tuple(f[8] or "all" for f in fields),
        weak=weak,
        confirmed=raw.confirmed,
    )
    return reading, seen, fields


def _share(shared: dict, value: _H) -> _H:
    return shared.setdefault(value, value)


def _digest(own: bytes, position: int) -> int:
    return int.from_bytes(
        hashlib.blake2b(own + position.to_bytes(4, "little"), digest_size=16).digest(), "little"
    )


def source_key(source_id: str, claims: Sequence[Claim], source: Source | None) -> bytes:
    """A digest of everything reading ``claims`` takes from them and their source."""
    meta = None
    if source is not None:
        published = source.meta.published
        meta = (source.id, published.toordinal() if published else None, source.meta.outlet)
        meta += (source.title,)
    rows = [_flat(c) for c in claims]
    return hashlib.blake2b(marshal.dumps((source_id, meta, rows), 2), digest_size=16).digest()


def given_key(source_id: str, key: str) -> bytes:
    """``source_key`` from a caller's digest that already fixes the source and its claims."""
    return hashlib.blake2b(f"{source_id}\x1f{key}".encode(), digest_size=16).digest()


def _flat(c: Claim) -> tuple[object, ...]:
    """Every field of a claim, in a form ``marshal`` writes."""
    a, d = c.as_of, c.date
    return (
        c.id, c.source_id, str(c.kind), _dec(c.value.low), _dec(c.value.high),
        str(c.qualifier), c.unit, c.subject, c.quote, c.span.start, c.span.end,
        c.sentence, c.sentence_span.start, c.sentence_span.end, c.attributed_to,
        None if a is None else (a.range.start.toordinal(), a.range.end.toordinal(), str(a.basis)),
        c.event, None if d is None else (d.start.toordinal(), d.end.toordinal()),
        c.context_names,
    )  # fmt: skip


def _dec(value: object) -> str | None:
    return None if value is None else str(value)
