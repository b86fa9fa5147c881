"""Links never break: pages whose id went away become redirects.

Claim and question ids are derived from content, so they can change: a
sentence is edited, a new article moves a question's start month.  People
have linked to the old pages.  Each build reads the ids the previous build
published (``data/claims.json``, ``data/conflicts.json`` and
``data/redirects.json`` in the output folder) and, for every id that is no
longer there, plans a small page at the old address pointing to where its
content went:

* a claim goes to the claim in the same article with the same figure and
  kind (the nearest one): its sentence was edited;
* a question goes to the question now holding most of its claims.

Content that is gone (a removed article, a deleted figure) is not
redirected: its pages are deleted, like any stale page.

Earlier redirects are carried forward (re-pointed if their target moved),
so an address published once keeps working for as long as the site keeps
its ``data/redirects.json``.

Parsing those files takes seconds in a large dossier, so each build also
keeps what it published in the cache folder (``published.bin``), with the
size, time and inode of each data file as it left them.  The next build
reads that record instead while the three files are still the ones it
describes; when any differs (edited, restored, another output folder), or
the record is missing or damaged, the files themselves are read.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from dossier.cache import write_atomic
from dossier.model import Claim, Page, Question

REDIRECTS_FILE = "data/redirects.json"
CLAIMS_FILE = "data/claims.json"
QUESTIONS_FILE = "data/conflicts.json"
PUBLISHED = "published.bin"  # in the cache folder: what the last build published
_MAGIC = b"dossier-published 1\n"
_CHECK = 16


@dataclass(frozen=True, slots=True, kw_only=True)
class PreviousClaim:
    source: str
    quote: str
    kind: str
    start: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PreviousSite:
    """What the last build published, as far as addresses are concerned."""

    questions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # id -> claim ids
    claims: Mapping[str, PreviousClaim] = field(default_factory=dict)
    redirects: Mapping[str, str] = field(default_factory=dict)  # old page path -> target path


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Redirect:
    path: str  # the old page, relative to the site root
    target: str  # the page it now points to
    reason: str


def read_previous(output: Path, cache: Path | None = None) -> PreviousSite:
    """The addresses the site in ``output`` published; empty when there is none.

    With ``cache``, the record the last build kept there is used while the data
    files are the ones it describes (see the module docstring).
    """
    if cache is not None:
        kept = _read_kept(cache / PUBLISHED, output)
        if kept is not None:
            return kept
    return _parse_previous(output)


def _parse_previous(output: Path) -> PreviousSite:
    questions = {
        str(q["id"]): tuple(str(c) for c in q.get("claim_ids", ()))
        for q in _records(output / QUESTIONS_FILE)
        if "id" in q
    }
    claims = {
        str(c["id"]): PreviousClaim(
            source=str(c.get("source", "")),
            quote=str(c.get("quote", "")),
            kind=str(c.get("kind", "")),
            start=int((c.get("span") or [0])[0]),
        )
        for c in _records(output / CLAIMS_FILE)
        if "id" in c
    }
    redirects = {
        str(r["from"]): str(r["to"])
        for r in _records(output / REDIRECTS_FILE)
        if "from" in r and "to" in r
    }
    return PreviousSite(
        questions=questions,
        claims=claims,
        redirects=redirects,
    )


def _records(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [r for r in data if isinstance(r, dict)] if isinstance(data, list) else []


def plan(
    previous: PreviousSite,
    claims: Sequence[Claim],
    questions: Sequence[Question],
    *,
    claim_page: str = "claims/{}/index.html",
    question_page: str = "conflicts/{}/index.html",
) -> tuple[Redirect, ...]:
    """Redirects for the addresses the previous site published whose content moved.

    Content that is gone (a removed article, a deleted sentence) gets no
    redirect: its pages are deleted like any stale page.  Only ids that went
    away are looked at closely, so a build that moved nothing costs a pass
    over the ids.
    """
    live_claims = set(map(attrgetter("id"), claims))
    shown_questions = {q.id for q in questions if len(q.claim_ids) > 1}
    moved_claim: dict[str, str] = {}
    result: dict[str, Redirect] = {}

    gone = sorted(old_id for old_id in previous.claims if old_id not in live_claims)
    by_figure = _by_figure(claims) if gone else {}
    for old_id in gone:
        old = previous.claims[old_id]
        twins = by_figure.get((old.source, old.quote, old.kind), [])
        if not twins:
            continue
        twin = min(twins, key=lambda c: (abs(c.span.start - old.start), c.id))
        moved_claim[old_id] = twin.id
        path = claim_page.format(old_id)
        result[path] = Redirect(path=path, target=claim_page.format(twin.id), reason="claim")

    gone = sorted(
        old_id
        for old_id, old_claims in previous.questions.items()
        if len(old_claims) >= 2 and old_id not in shown_questions
    )
    question_of = _question_of(questions) if gone else {}
    for old_id in gone:
        votes = Counter(
            question_of[cid]
            for cid in (moved_claim.get(c, c) for c in previous.questions[old_id])
            if cid in question_of
        )
        if votes:
            best = min(votes, key=lambda qid: (-votes[qid], qid))
            path = question_page.format(old_id)
            target = question_page.format(best)
            result[path] = Redirect(path=path, target=target, reason="question")

    live_claim = _page_of(claim_page, live_claims)
    live_question = _page_of(question_page, shown_questions)

    def live(path: str) -> bool:
        return live_claim(path) or live_question(path)

    for old_path, old_target in sorted(previous.redirects.items()):
        if old_path in result or live(old_path):
            continue
        target = result[old_target].target if old_target in result else old_target
        if live(target):  # an address moved earlier still leads to its content
            result[old_path] = Redirect(path=old_path, target=target, reason="earlier move")
    return tuple(sorted(result.values()))


def _by_figure(claims: Sequence[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    """Claims by source, quoted figure and kind: where a claim whose id changed went."""
    found: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        found.setdefault((claim.source_id, claim.quote, claim.kind.value), []).append(claim)
    return found


def _question_of(questions: Sequence[Question]) -> dict[str, str]:
    """Claim id -> the shown question (answered by several claims) it belongs to."""
    shown = {q.id: q for q in questions if len(q.claim_ids) > 1}
    return {cid: q.id for q in shown.values() for cid in q.claim_ids}


def _page_of(template: str, ids: Collection[str]) -> Callable[[str], bool]:
    """Whether a path is ``template.format(i)`` for one of ``ids``, without making them all."""
    before, brace, after = template.partition("{}")
    if not brace or any(c in before + after for c in "{}"):
        return {template.format(i) for i in ids}.__contains__
    low, high = len(before), len(after)

    def test(path: str) -> bool:
        return (
            len(path) >= low + high
            and path.startswith(before)
            and path.endswith(after)
            and path[low : len(path) - high] in ids
        )

    return test


def pages(redirects: Sequence[Redirect], common: Mapping[str, object]) -> tuple[Page, ...]:
    return tuple(
        Page(
            path=r.path,
            template="redirect.html",
            context={**common, "redirect": r},
            fingerprint=f"redirect:{r.target}",
        )
        for r in redirects
    )


def redirects_json(redirects: Sequence[Redirect]) -> bytes:
    rows = [
        json.dumps({"from": r.path, "to": r.target, "reason": r.reason}, ensure_ascii=False)
        for r in redirects
    ]
    return ("[\n" + ",\n".join(rows) + "\n]\n" if rows else "[]\n").encode("utf-8")


# ---------------------------------------------------------------- the kept record


def published(
    claims: Sequence[Claim], questions: Sequence[Question], redirects: Sequence[Redirect]
) -> PreviousSite:
    """What a build that writes these records publishes: what ``read_previous`` would read
    back from its data files (the last record of an id wins, as there)."""
    from dossier.site import sort_questions

    # data/conflicts.json lists questions sorted; the order matters only when an id repeats.
    ids = {q.id for q in questions}
    listed = questions if len(ids) == len(questions) else sort_questions(tuple(questions))
    return PreviousSite(
        questions={q.id: tuple(q.claim_ids) for q in listed},
        claims=_Claims.of(claims),
        redirects={r.path: r.target for r in redirects},
    )


def keep_published(cache: Path, output: Path, site: PreviousSite) -> None:
    """Record ``site`` in ``cache`` with the state of the data files it was written to."""
    claims = site.claims if isinstance(site.claims, _Claims) else _Claims.of_previous(site.claims)
    packed = _pack(claims.columns)
    if packed is None:  # a text holds the separator: the next build reads the data files
        (cache / PUBLISHED).unlink(missing_ok=True)
        return
    record = (
        os.path.abspath(output),
        _file_states(output),
        dict(site.questions),
        packed,
        dict(site.redirects),
    )
    payload = pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
    write_atomic(cache / PUBLISHED, _MAGIC + _checksum(payload) + payload)


_SEPARATOR = "\0"
Packed = tuple[int, str, str, str, str, bytes]


def _pack(columns: Columns) -> Packed | None:
    """The columns as one string each (and the starts as machine integers): faster to
    pickle and read back than lists of short strings.  None when a text holds the separator."""
    ids, sources, quotes, kinds, starts = columns
    texts = [_SEPARATOR.join(column) for column in (ids, sources, quotes, kinds)]
    if any(text.count(_SEPARATOR) != max(len(ids) - 1, 0) for text in texts):
        return None
    return len(ids), texts[0], texts[1], texts[2], texts[3], array("q", starts).tobytes()


def _unpack(packed: Packed) -> Columns:
    count, ids, sources, quotes, kinds, starts = packed

    def split(text: str) -> list[str]:
        return text.split(_SEPARATOR) if count else []

    found = array("q")
    found.frombytes(starts)
    return split(ids), split(sources), split(quotes), split(kinds), found.tolist()


def _read_kept(path: Path, output: Path) -> PreviousSite | None:
    """The kept record if it describes the data files now in ``output``; else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    check, payload = data[len(_MAGIC) : len(_MAGIC) + _CHECK], data[len(_MAGIC) + _CHECK :]
    if not data.startswith(_MAGIC) or _checksum(payload) != check:
        return None
    try:
        where, states, questions, packed, redirects = pickle.loads(payload)
        if where != os.path.abspath(output) or states != _file_states(output):
            return None
        claims = _Claims(_unpack(packed))
        return PreviousSite(questions=questions, claims=claims, redirects=redirects)
    except Exception:  # a damaged record only means reading the data files
        return None


def _file_states(output: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """Size, time and inode of each data file ``read_previous`` reads (None: missing)."""
    states: list[tuple[int, int, int] | None] = []
    for name in (QUESTIONS_FILE, CLAIMS_FILE, REDIRECTS_FILE):
        try:
            stat = os.stat(output / name)
        except OSError:
            states.append(None)
            continue
        states.append((stat.st_size, stat.st_mtime_ns, stat.st_ino))
    return tuple(states)


def _checksum(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_CHECK).digest()


Columns = tuple[
    list[str], list[str], list[str], list[str], list[int]
]  # id, source, quote, kind, start


class _Claims(Mapping[str, PreviousClaim]):
    """Previous claims kept by column; a ``PreviousClaim`` is made when one is looked up."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        ids = columns[0]
        if not all(len(column) == len(ids) for column in columns):
            raise ValueError("columns of different lengths")
        self._row = {claim_id: n for n, claim_id in enumerate(ids)}  # the last row of an id

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> _Claims:
        columns = ("id", "source_id", "quote", "kind._value_", "span.start")
        ids, sources, quotes, kinds, starts = (list(map(attrgetter(f), claims)) for f in columns)
        return cls((ids, sources, quotes, kinds, starts))

    @classmethod
    def of_previous(cls, claims: Mapping[str, PreviousClaim]) -> _Claims:
        rows = list(claims.items())
        return cls(
            (
                [i for i, _ in rows],
                [c.source for _, c in rows],
                [c.quote for _, c in rows],
                [c.kind for _, c in rows],
                [c.start for _, c in rows],
            )
        )

    def __getitem__(self, claim_id: str) -> PreviousClaim:
        n = self._row[claim_id]
        _, sources, quotes, kinds, starts = self.columns
        return PreviousClaim(source=sources[n], quote=quotes[n], kind=kinds[n], start=starts[n])

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._row
