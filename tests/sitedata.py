"""The seeds as ``SiteData`` in memory, for tests of pages, search and feeds."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from functools import cache
from pathlib import Path

from dossier import site
from dossier.config import Config
from dossier.extractor import extract_claims
from dossier.loader import load_folder
from dossier.reconciler import reconcile

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def seed_data() -> site.SiteData:
    loaded = load_folder(SEEDS)
    claims = tuple(c for s in loaded.sources for c in extract_claims(s))
    reconciled = reconcile(claims, {s.id: s for s in loaded.sources})
    return site.SiteData(
        config=Config(title="Seeds", description="The seed articles."),
        sources=loaded.sources,
        claims=claims,
        questions=reconciled.questions,
        entities=reconciled.entities,
        question_of=reconciled.question_of,
    )


def with_base_url(data: site.SiteData, base_url: str) -> site.SiteData:
    return replace(data, config=replace(data.config, base_url=base_url))


def grown_data(count: int, months: int = 5) -> site.SiteData:
    """A dossier of ``count`` copies of the seed articles, published over ``months`` months.

    Copy ``n`` is published on day ``n % 28 + 1`` of month ``n % months + 1`` of 2023 and
    has its own source and claim ids.  The copies of a seed question in one month answer
    one question together, with the seed question's verdict.
    """
    seeds = seed_data()
    sources, claims = [], []
    members: dict[str, list[str]] = {}
    question_of: dict[str, str] = {}
    for n in range(count):
        original = seeds.sources[n % len(seeds.sources)]
        month = n % months + 1
        source = replace(
            original,
            id=f"copy-{n:04d}",
            content_hash=f"{original.content_hash}-{n}",
            meta=replace(original.meta, published=dt.date(2023, month, n % 28 + 1)),
        )
        sources.append(source)
        for claim in seeds.claims:
            if claim.source_id == original.id:
                claim_id = hashlib.sha256(f"{claim.id} {n}".encode()).hexdigest()[:12]
                claims.append(replace(claim, id=claim_id, source_id=source.id))
                question_id = f"{seeds.question_of[claim.id]}-{month}"
                members.setdefault(question_id, []).append(claim_id)
                question_of[claim_id] = question_id
    by_id = {q.id: q for q in seeds.questions}
    questions = tuple(
        replace(by_id[question_id.rsplit("-", 1)[0]], id=question_id, claim_ids=tuple(ids))
        for question_id, ids in sorted(members.items())
    )
    return replace(
        seeds,
        sources=tuple(sources),
        claims=tuple(claims),
        questions=questions,
        question_of=question_of,
    )
