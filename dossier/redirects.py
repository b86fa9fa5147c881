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
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.model import Claim, Page, Question

REDIRECTS_FILE = "data/redirects.json"


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


def read_previous(output: Path) -> PreviousSite:
    """The addresses the site in ``output`` published; empty when there is none."""
    questions = {
        str(q["id"]): tuple(str(c) for c in q.get("claim_ids", ()))
        for q in _records(output / "data/conflicts.json")
        if "id" in q
    }
    claims = {
        str(c["id"]): PreviousClaim(
            source=str(c.get("source", "")),
            quote=str(c.get("quote", "")),
            kind=str(c.get("kind", "")),
            start=int((c.get("span") or [0])[0]),
        )
        for c in _records(output / "data/claims.json")
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
    redirect: its pages are deleted like any stale page.
    """
    live_claims = {c.id: c for c in claims}
    shown_questions = {q.id: q for q in questions if len(q.claim_ids) > 1}
    question_of = {cid: q.id for q in shown_questions.values() for cid in q.claim_ids}
    moved_claim: dict[str, str] = {}
    result: dict[str, Redirect] = {}

    by_figure: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        by_figure.setdefault((claim.source_id, claim.quote, claim.kind.value), []).append(claim)
    for old_id, old in sorted(previous.claims.items()):
        twins = by_figure.get((old.source, old.quote, old.kind), [])
        if old_id in live_claims or not twins:
            continue
        twin = min(twins, key=lambda c: (abs(c.span.start - old.start), c.id))
        moved_claim[old_id] = twin.id
        path = claim_page.format(old_id)
        result[path] = Redirect(path=path, target=claim_page.format(twin.id), reason="claim")

    for old_id, old_claims in sorted(previous.questions.items()):
        if old_id in shown_questions or len(old_claims) < 2:
            continue
        votes = Counter(
            question_of[cid]
            for cid in (moved_claim.get(c, c) for c in old_claims)
            if cid in question_of
        )
        if votes:
            best = min(votes, key=lambda qid: (-votes[qid], qid))
            path = question_page.format(old_id)
            target = question_page.format(best)
            result[path] = Redirect(path=path, target=target, reason="question")

    live_pages = {claim_page.format(c) for c in live_claims}
    live_pages |= {question_page.format(q) for q in shown_questions}
    for old_path, old_target in sorted(previous.redirects.items()):
        if old_path in result or old_path in live_pages:
            continue
        target = result[old_target].target if old_target in result else old_target
        if target in live_pages:  # an address moved earlier still leads to its content
            result[old_path] = Redirect(path=old_path, target=target, reason="earlier move")
    return tuple(sorted(result.values()))


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
