"""What one reconciliation keeps for the next: readings, groups and questions by digest.

``reconcile_incremental`` takes the memo the previous build returned and
gives back a new one.  Every entry is keyed by a digest of exactly what it
was computed from, so an entry from another corpus or an older build is
either still right or never looked up: a stale memo makes a build slower,
never different.  Entries a build did not use are left out of the memo it
returns, so the memo follows the corpus and does not grow without bound.

* ``names``: per source (its key: its claims and the source fields read),
  what its names say about entities (``entities.NameFacts``, kept as bytes:
  only those of sources that left the corpus are read back), and ``tally``,
  their sum (``entities.tally_names``).
* ``readings``: per source, its claims as the reconciler reads them
  (``reconcile_sources.SourceReading``), with the names the reading looked
  up; kept only while the index still answers the same for each.
* ``answers``: what each of those names resolved to (a fingerprint).
* ``settled``: per kind, unit and set of subject keys, the signature each key
  shares with its near spellings.
* ``parts``: per part of a time block (its measure and the digests of its
  claims), the groups ``_group`` made of it.
* ``questions``: per group, question id and candidate name, the question
  (as a row of its fields: ``question_row``) and the claims its summary cites.
* ``qids``: the question ids worked out for keys that two groups share.

The whole memo is tied to the code that made it (``code_version``): a memo
made by other reconciler code is ignored.  ``dumps`` and ``loads`` turn a
memo into bytes and back for the caller to keep between builds (in the
cache folder, which is trusted like the code: the bytes are a pickle).
"""

from __future__ import annotations

import hashlib
import marshal
import pickle
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

from dossier.entities import NameFacts, NameTally
from dossier.model import Kind, Question, Status
from dossier.reconcile_grouping import _Loose
from dossier.reconcile_sources import Fingerprint, SourceReading
from dossier.records import paused_gc as paused_collector  # memos are many long-lived records

PACKAGE = Path(__file__).resolve().parent
_IMPORT = re.compile(r"^\s*from\s+dossier\.(\w+)\s+import", re.M)

# A part: its measure (kind, unit, signature), the sum of its claims' digests
# (modulo 2**128) and how many claims it holds.
PartKey = tuple[tuple[str, str, str], int, int]
# A group: its measure, the sum of its claims' digests and their number,
# its question id and the candidate a vote question names.
QuestionKey = tuple[tuple[str, str, str], int, int, str, str | None]


class GroupRecord(NamedTuple):
    """One group ``_group`` made, as the rest of a build needs it."""

    # The first member's as-of day number (seven digits) and claim id: heads
    # sort as (day, id) pairs would.
    head: str
    ids: tuple[str, ...]  # member claim ids, in order
    days: tuple[int, ...]  # member as-of day numbers (date.max for undated), in order
    first: tuple[str, int]  # source id and place in that source of the first member
    key: str | _Loose  # ``grouping._key_data``
    qid: str | None  # question id before clashes are resolved, when ``key`` is final
    total: int  # sum of the members' digests, modulo 2**128


# A question's fields in order, with its kind and status as their values:
# plain tuples of strings load far faster than the records themselves.
QuestionRow = tuple[str, str, str, str, str | None, tuple[str, ...], str, str, str]
_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in Status}


def question_row(q: Question, claim_ids: tuple[str, ...]) -> QuestionRow:
    """``q`` as a row; ``claim_ids`` (equal to ``q.claim_ids``) is shared with its group."""
    return (
        q.id, q.kind.value, q.unit, q.event, q.scope, claim_ids,
        q.status.value, q.explanation, q.summary,
    )  # fmt: skip


def question_from(row: QuestionRow) -> Question:
    qid, kind, unit, event, scope, claim_ids, status, explanation, summary = row
    return Question(
        id=qid, kind=_KINDS[kind], unit=unit, event=event, scope=scope, claim_ids=claim_ids,
        status=_STATUSES[status], explanation=explanation, summary=summary,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReconcileMemo:
    """What a reconciliation keeps for the next one (see the module docstring)."""

    version: str = ""
    names: Mapping[bytes, bytes] = field(default_factory=dict)
    tally: NameTally | None = None
    readings: Mapping[bytes, SourceReading] = field(default_factory=dict)
    answers: Mapping[str, Fingerprint] = field(default_factory=dict)
    settled: Mapping[bytes, Mapping[str, str]] = field(default_factory=dict)
    parts: Mapping[PartKey, tuple[GroupRecord, ...]] = field(default_factory=dict)
    questions: Mapping[QuestionKey, tuple[QuestionRow, tuple[str, ...]]] = field(
        default_factory=dict
    )
    qids: Mapping[tuple[str, str, str], str] = field(default_factory=dict)

    def __repr__(self) -> str:
        sizes = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("names", "readings", "answers", "settled", "parts", "questions", "qids")
        )
        return f"ReconcileMemo({sizes})"


@cache
def code_version() -> str:
    """Digest of the source of the reconciler and every package module it imports."""
    seen: set[str] = set()
    todo = ["reconciler"]
    while todo:
        name = todo.pop()
        path = PACKAGE / f"{name}.py"
        if name in seen or not path.is_file():
            continue
        seen.add(name)
        todo.extend(_IMPORT.findall(path.read_text(encoding="utf-8")))
    digest = hashlib.blake2b(digest_size=16)
    for name in sorted(seen):
        digest.update(name.encode() + b"\0" + (PACKAGE / f"{name}.py").read_bytes() + b"\0")
    return digest.hexdigest()


_MAGIC = b"dossier-reconcile-memo "


def dumps(memo: ReconcileMemo) -> bytes:
    """``memo`` as bytes: a line naming the code that made it, then a pickle.

    One pickle, so that what the memo's records share (claim ids, measures,
    places) is written once and shared again when read: a build runs faster
    on shared objects than on equal copies.
    """
    with paused_collector():
        data = pickle.dumps(memo, pickle.HIGHEST_PROTOCOL)
    return _MAGIC + memo.version.encode() + b"\n" + data


def loads(data: bytes) -> ReconcileMemo | None:
    """The memo ``dumps`` wrote; None when other code wrote it or it cannot be read.

    Nothing is unpickled unless this code wrote it.
    """
    head, _, body = data.partition(b"\n")
    if head != _MAGIC + code_version().encode():
        return None
    try:
        with paused_collector():
            memo = pickle.loads(body)
    except Exception:  # a damaged memo only costs a slower build
        return None
    return memo if isinstance(memo, ReconcileMemo) and memo.version == code_version() else None


def facts_bytes(facts: NameFacts) -> bytes:
    """``facts`` as bytes, for ``ReconcileMemo.names``."""
    return marshal.dumps(tuple(facts))


def facts_from(data: bytes) -> NameFacts:
    return NameFacts._make(marshal.loads(data))
