"""One reconciliation, step by step, with the memo of an earlier one.

``_Run`` reads each source (or keeps the memo's reading), routes every
claim to its measure, cuts measures into time blocks and parts, groups each
part (or keeps the memo's groups), and judges each group (or keeps the
memo's question); :mod:`dossier.reconciler` describes the steps.  Claims are
numbers into per-claim columns while they are routed, so no record is made
per claim on the way.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, groupby, repeat
from operator import attrgetter, eq, itemgetter
from types import MappingProxyType

from dossier.entities import (
    EntityIndex,
    NameTally,
    index_names,
    index_tally,
    read_names,
    tally_names,
)
from dossier.ids import question_id
from dossier.model import Claim, Kind, Question, Source
from dossier.reconcile_features import _Fields, _fields, _Item, _locate, _names, _ReadMemo
from dossier.reconcile_grouping import _blocks, _final_key, _group, _key_data, _parts
from dossier.reconcile_memo import (
    GroupRecord,
    PartKey,
    QuestionKey,
    QuestionRow,
    ReconcileMemo,
    code_version,
    facts_bytes,
    facts_from,
    paused_collector,
    question_from,
    question_row,
)
from dossier.reconcile_result import Later, Reconciliation
from dossier.reconcile_signature import _as_vote_share, _confirm, _settle, _settles
from dossier.reconcile_sources import (
    Answers,
    Fingerprint,
    SourceReading,
    Tracked,
    given_key,
    read_source,
    source_key,
)
from dossier.reconcile_tables import _STATUS_RANK
from dossier.reconcile_wording import _question

_NO_DAY = date.max.toordinal()  # as-of day of undated claims: after every other
_MOD = 1 << 128  # digests add up modulo this
_RANK = {status.value: rank for status, rank in _STATUS_RANK.items()}


@dataclass(slots=True)
class _Groups:
    """The groups of a run, each with its measure and the number of the part it came from."""

    records: list[GroupRecord]
    measures: list[tuple[str, str, str]]
    numbers: list[int]
    parts: list[tuple[tuple[str, str, str], list[int]]]  # by number: measure and claims


class _Run:
    """One reconciliation: the steps of the module docstring, with the memo's entries."""

    def __init__(
        self,
        claims: Sequence[Claim],
        sources: Mapping[str, Source],
        memo: ReconcileMemo | None,
        source_keys: Mapping[str, str] | None,
        *,
        keep: bool,
    ) -> None:
        self.sources = sources
        self.keep = keep
        usable = keep and memo is not None and memo.version == code_version()
        self.old = memo if usable and memo is not None else ReconcileMemo()
        # The entries of the memo this run returns: those it used or made.
        self.names: dict[bytes, bytes] = {}
        self.tally: NameTally | None = None
        self.kept: dict[bytes, SourceReading] = {}
        self.answered: dict[str, Fingerprint] = {}
        self.settled: dict[bytes, Mapping[str, str]] = {}
        self.parts: dict[PartKey, tuple[GroupRecord, ...]] = {}
        self.questions: dict[QuestionKey, tuple[QuestionRow, tuple[str, ...]]] = {}
        self.qids: dict[tuple[str, str, str], str] = {}
        # Groups made in this run, per part: (claim ids, first member) -> items.
        self.made: dict[int, dict[tuple[tuple[str, ...], tuple[str, int]], list[_Item]]] = {}
        by_source: dict[str, list[Claim]] = {}
        for sid, run in groupby(claims, key=attrgetter("source_id")):
            by_source.setdefault(sid, []).extend(run)
        self.by_source = by_source
        self.sids = sorted(by_source)
        self.keys: dict[str, bytes] = {}
        if keep:
            given = source_keys or {}
            for sid in self.sids:
                mine = given.get(sid)
                self.keys[sid] = (
                    given_key(sid, mine)
                    if mine is not None
                    else source_key(sid, by_source[sid], sources.get(sid))
                )
        self.readings: dict[str, SourceReading] = {}
        # Sources read in this run: their claims as read and their items' fields.
        self.fresh: dict[str, tuple[list[Claim], list[_Fields]]] = {}
        self.read_memo: _ReadMemo = {}

    def memo(self) -> ReconcileMemo:
        return ReconcileMemo(
            version=code_version(),
            names=self.names,
            tally=self.tally,
            readings=self.kept,
            answers=self.answered,
            settled=self.settled,
            parts=self.parts,
            questions=self.questions,
            qids=self.qids,
        )

    def reconcile(self) -> Reconciliation:
        with paused_collector():
            return self._reconcile()

    def _reconcile(self) -> Reconciliation:
        index = self._index()
        self.answers = Answers(index)
        self._read(self.answers)
        rows = self._rows()
        groups = _Groups([], [], [], [])
        for measure, claims in rows.items():
            blocks = _blocks(claims, self.days) if len(claims) > 1 else [claims]
            for block in blocks:
                for part in _parts(block, self.wheres) if len(block) > 1 else [block]:
                    at = len(groups.parts)
                    got = self._part(measure, part, at)
                    groups.records.extend(got)
                    groups.measures.extend(repeat(measure, len(got)))
                    groups.numbers.extend(repeat(at, len(got)))
                    groups.parts.append((measure, part))
        return self._assemble(index, groups)

    # ------------------------------------------------------------ step 1: read

    def _index(self) -> EntityIndex:
        """The entity index of the corpus, from the sum of each source's names.

        With a memo, the sum is the memo's, plus the names of sources new to
        it and less those of sources gone from it.
        """
        if not self.keep:
            return index_names(read_names(_names(self.by_source[sid])) for sid in self.sids)
        old, current = self.old, {self.keys[sid]: sid for sid in self.sids}
        base = old.tally if old.names else None
        added = {key: sid for key, sid in current.items() if base is None or key not in old.names}
        read = {key: read_names(_names(self.by_source[sid])) for key, sid in added.items()}
        gone = [facts_from(data) for key, data in old.names.items() if key not in current]
        self.tally = tally_names(read.values(), gone if base else (), base)
        self.names = {
            key: facts_bytes(read[key]) if key in read else old.names[key] for key in current
        }
        return index_tally(self.tally)

    def _read(self, answers: Answers) -> None:
        """Each source's reading: the memo's while its names resolve the same, else read anew."""
        shared: dict = {}
        changed = answers.changed(self.old.answers)
        for sid in self.sids:
            key = self.keys.get(sid)
            reading = self.old.readings.get(key) if key is not None else None
            if reading is None or not changed.isdisjoint(reading.names):
                claims = self.by_source[sid]
                reading, seen, fields = read_source(
                    claims, self.sources.get(sid), answers, key, shared
                )
                self.fresh[sid] = (seen, fields)
            if key is not None:
                self.kept[key] = reading
            self.readings[sid] = reading
        if self.keep:
            used = set().union(*(r.names for r in self.kept.values()))
            self.answered = answers.fingerprints(sorted(used))

    def _rows(self) -> dict[tuple[str, str, str], list[int]]:
        """Every claim (by number) under its measure (kind, unit, settled signature).

        Claims are numbered in order of source id, then of place in their
        source; ``days``, ``wheres``, ``digests``, ``ids``, ``source_of`` and
        ``place_of`` (in its source) hold what each number stands for.
        """
        readings = [self.readings[sid] for sid in self.sids]
        self.days: list[int | None] = []
        self.wheres: list[frozenset[str]] = []
        self.digests: list[int] = []
        self.ids: list[str] = []
        self.source_of: list[str] = []
        self.place_of: list[int] = []
        for sid, reading in zip(self.sids, readings, strict=True):
            self.days.extend(reading.whens)
            self.wheres.extend(reading.wheres)
            self.digests.extend(reading.digests or repeat(0, len(reading.ids)))
            self.ids.extend(reading.ids)
            self.source_of.extend(repeat(sid, len(reading.ids)))
            self.place_of.extend(range(len(reading.ids)))
        confirmed: set[str] = set().union(*(r.confirmed for r in readings))
        measures: set[tuple[str, str, str]] = set().union(*(r.measures for r in readings))
        keys: dict[tuple[str, str], set[str]] = defaultdict(set)
        for kind, unit, raw in measures:
            if _settles(raw):
                keys[(kind, unit)].add(raw)
        final = {m: m for m in measures}
        for (kind, unit), raws in sorted(keys.items()):
            chosen = self._settled(kind, unit, raws)
            for raw in raws:
                final[(kind, unit, raw)] = (kind, unit, chosen[raw])
        moved = {m for m, settled in final.items() if settled != m}
        rows: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        start = 0
        for reading in readings:
            measure_of: Sequence[tuple[str, str, str]] = reading.measures
            if reading.weak or not moved.isdisjoint(measure_of):
                measure_of = [final[m] for m in measure_of]
                for pos, key, near in reading.weak:
                    kind, unit, raw = measure_of[pos]
                    measure_of[pos] = (kind, unit, _confirm(key, near, confirmed) or raw)
            for claim, measure in enumerate(measure_of, start):
                rows[measure].append(claim)
            start += len(measure_of)
        return rows

    def _settled(self, kind: str, unit: str, raws: set[str]) -> Mapping[str, str]:
        ordered = sorted(raws)
        key = _digest_of(kind, unit, *ordered)
        chosen = self.old.settled.get(key) if self.keep else None
        if chosen is None:
            chosen = _settle(Kind(kind), ordered)
        if self.keep:
            self.settled[key] = chosen
        return chosen

    # ------------------------------------------------------------ step 2-3: group

    def _part(
        self, measure: tuple[str, str, str], part: list[int], at: int
    ) -> tuple[GroupRecord, ...]:
        """The groups of one part of a time block (part ``at`` of this run): the memo's,
        else grouped anew."""
        key: PartKey | None = None
        if self.keep:
            key = (measure, sum(map(self.digests.__getitem__, part)) % _MOD, len(part))
            got = self.old.parts.get(key)
            if got is not None:
                self.parts[key] = got
                return got
        records = self._group_part(measure, part, at)
        if key is not None:
            self.parts[key] = records
        return records

    def _group_part(
        self, measure: tuple[str, str, str], part: list[int], at: int
    ) -> tuple[GroupRecord, ...]:
        """Group one part's claims (part ``at`` of this run); keeps the groups' items."""
        days, ids, source_of, place_of = self.days, self.ids, self.source_of, self.place_of
        part = sorted(part, key=lambda c: (_day(days[c]), ids[c], source_of[c], place_of[c]))
        items = [self._item(source_of[c], place_of[c], measure[2]) for c in part]
        number_of = {id(item): c for item, c in zip(items, part, strict=True)}
        records: list[GroupRecord] = []
        made = self.made.setdefault(at, {})
        for members in _group(items):
            claims = [number_of[id(item)] for item in members]
            first = (source_of[claims[0]], place_of[claims[0]])
            made[(tuple(i.claim.id for i in members), first)] = members
            data = _key_data(members)
            records.append(
                GroupRecord(
                    head=f"{_day(days[claims[0]]):07d}{members[0].claim.id}",
                    ids=tuple(i.claim.id for i in members),
                    days=tuple(_day(days[c]) for c in claims),
                    first=first,
                    key=data,
                    qid=question_id(*measure[:2], data) if isinstance(data, str) else None,
                    total=sum(self.digests[c] for c in claims) % _MOD,
                )
            )
        return tuple(records)

    def _item(self, sid: str, pos: int, signature: str) -> _Item:
        """The item of the ``pos``-th claim of source ``sid``, read again if need be."""
        fresh = self.fresh.get(sid)
        if fresh is not None:
            return _Item(fresh[0][pos], *fresh[1][pos], signature)
        claim = _as_vote_share(self.by_source[sid][pos])
        fields = _fields(claim, self.sources.get(sid), Tracked(self.answers), self.read_memo)
        return _Item(claim, *_locate(fields, self.readings[sid].area), signature)

    # ------------------------------------------------------------ step 4: judge

    def _assemble(self, index: EntityIndex, groups: _Groups) -> Reconciliation:
        questions: list[Question] = []
        order_of: list[tuple[int, str, str, str]] = []  # where each question is listed
        members: list[str] = []
        answers: list[str] = []
        summary_claims: dict[str, tuple[str, ...]] = {}
        used: set[str] = set()
        whose: dict[str, str | None] = {}
        old = self.old.questions if self.keep else {}
        for n in _in_question_order(groups.records):
            record, measure, part = groups.records[n], groups.measures[n], groups.numbers[n]
            kind, unit, signature = measure
            qid = record.qid
            if qid is None or qid in used:
                key, n = _final_key(record.key, index), 2
                qid = self._qid(kind, unit, key)
                while qid in used:
                    qid, n = self._qid(kind, unit, f"{key}#{n}"), n + 1
            used.add(qid)
            if signature not in whose:
                whose[signature] = _whose(signature, index)
            qkey = (measure, record.total, len(record.ids), qid, whose[signature])
            got = old.get(qkey)
            if got is None:
                if part not in self.made:  # the part's groups came from the memo
                    self._group_part(*groups.parts[part], part)
                question, cited = _question(qid, self.made[part][(record.ids, record.first)], index)
                got = (question_row(question, record.ids), cited)
            else:
                question, cited = question_from(got[0]), got[1]
            if self.keep:
                self.questions[qkey] = got
            row = got[0]
            questions.append(question)
            order_of.append((_RANK[row[6]], row[1], row[3], row[0]))
            summary_claims[qid] = cited
            members.extend(record.ids)
            answers.extend(repeat(qid, len(record.ids)))
        listed = sorted(range(len(questions)), key=order_of.__getitem__)
        attribution, reported, scope = self._by_claim()
        return Reconciliation(
            questions=tuple(map(questions.__getitem__, listed)),
            entities=index.entities,
            question_of=MappingProxyType(dict(zip(members, answers, strict=True))),
            canonical_attribution=attribution,
            reported_by=reported,
            scope_of=scope,
            summary_claims=MappingProxyType(summary_claims),
        )

    def _qid(self, kind: str, unit: str, key: str) -> str:
        """``question_id(kind, unit, key)``, from the memo when it was worked out before."""
        found = self.old.qids.get((kind, unit, key))
        if found is None:
            found = question_id(kind, unit, key)
        if self.keep:
            self.qids[(kind, unit, key)] = found
        return found

    def _by_claim(self) -> tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str]]:
        """Attribution, label and scope of every claim, in order of claim id (made when read)."""
        ids = self.ids
        bodies: list[str | None] = []
        labels: list[str] = []
        scopes: list[str] = []
        for sid in self.sids:
            reading = self.readings[sid]
            bodies.extend(reading.bodies)
            labels.extend(reading.labels)
            scopes.extend(reading.scopes)
        order: list[str] = []

        def by_id(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
            values = dict(pairs)  # a claim id given twice keeps its last value
            if not order:
                order.extend(sorted(set(ids)))
            keys = order if len(values) == len(order) else [k for k in order if k in values]
            return dict(zip(keys, map(values.__getitem__, keys), strict=True))

        return (
            Later(lambda: by_id((i, b) for i, b in zip(ids, bodies, strict=True) if b is not None)),
            Later(lambda: by_id(zip(ids, labels, strict=True))),
            Later(lambda: by_id(zip(ids, scopes, strict=True))),
        )


def _in_question_order(records: list[GroupRecord]) -> list[int]:
    """Numbers of ``records`` in order of their members' (as-of day, claim id); ties by
    their first member.

    Two groups only share their first member's day and id when one article
    repeats a sentence, so only such runs are compared in full.
    """
    heads = list(map(itemgetter(0), records))
    order = sorted(range(len(heads)), key=heads.__getitem__)
    seen = [heads[n] for n in order]
    tied = compress(range(1, len(seen)), map(eq, seen, seen[1:]))  # same head as the one before
    start = end = -1
    for n in tied:
        if n > end + 1:  # a new run of ties, from n - 1
            _settle_run(order, records, start, end)
            start = n - 1
        end = n
    _settle_run(order, records, start, end)
    return order


def _settle_run(order: list[int], records: list[GroupRecord], start: int, end: int) -> None:
    """Order ``order[start : end + 1]`` (groups sharing a first member) in full."""
    if start >= 0:
        order[start : end + 1] = sorted(
            order[start : end + 1],
            key=lambda n: (
                list(zip(records[n].days, records[n].ids, strict=True)),
                records[n].first,
            ),
        )


def _day(day: int | None) -> int:
    """An as-of day number for ordering: undated claims come after every dated one."""
    return _NO_DAY if day is None else day


def _whose(signature: str, index: EntityIndex) -> str | None:
    """The name of the candidate a signature stands for (what a vote question is worded with)."""
    entity = index.by_id.get(signature)
    return entity.name if entity is not None else None


def _digest_of(*parts: str) -> bytes:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).digest()
