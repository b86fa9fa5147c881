"""The seeds as ``SiteData`` in memory, for tests of pages, search and feeds."""

from __future__ import annotations

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
