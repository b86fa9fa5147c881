"""Links never break: addresses of claims, questions and sources that went away redirect."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from dossier.config import Config
from dossier.model import Kind, Question, Status
from dossier.pipeline import build
from dossier.redirects import PreviousClaim, PreviousSite, plan
from tests.sitecheck import broken_links
from tests.test_reconciler import claim

ROOT = Path(__file__).resolve().parent.parent

REPORT = (
    "---\ntitle: Flood report\npublished: 2021-07-16\n---\n"
    "At least 40 people died in the floods, the regional government said on Thursday.\n\n"
    "Rescuers evacuated 2,000 residents from the valley, the fire service said.\n"
)
SECOND = (
    "---\ntitle: Flood toll\npublished: 2021-07-16\n---\n"
    "The flood killed 58 people, police said on Thursday.\n"
)


def _build(articles: Path, out: Path, cache: Path) -> None:
    build(Config(articles=articles, output=out, cache=cache))


def _published(out: Path) -> set[str]:
    """Every page address the site publishes."""
    return {p.relative_to(out).as_posix() for p in out.rglob("index.html")}


def _claim_ids(out: Path) -> dict[str, str]:
    return {c["quote"]: c["id"] for c in json.loads((out / "data/claims.json").read_text())}


def _refresh_target(page: Path) -> str:
    match = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', page.read_text())
    assert match, page
    return match.group(1)


def test_moved_content_keeps_its_old_address(tmp_path: Path) -> None:
    articles, out, cache = tmp_path / "articles", tmp_path / "site", tmp_path / "cache"
    articles.mkdir()
    (articles / "report.md").write_text(REPORT)
    (articles / "second.md").write_text(SECOND)
    _build(articles, out, cache)
    claims_before = _claim_ids(out)

    # Edit the sentence of one claim (its id changes) and remove an article.
    edited = REPORT.replace("the fire service said", "firefighters said")
    (articles / "report.md").write_text(edited)
    (articles / "second.md").unlink()
    _build(articles, out, cache)

    assert broken_links(out) == []
    claims_after = _claim_ids(out)
    (moved,) = [
        q for q in claims_before if q in claims_after and claims_before[q] != claims_after[q]
    ]
    old_page = out / "claims" / claims_before[moved] / "index.html"
    assert _refresh_target(old_page) == f"../../claims/{claims_after[moved]}/index.html"
    # The removed article's pages are gone, not redirected.
    assert not (out / "sources/second").exists()
    assert not (out / "claims" / claims_before["58 people"]).exists()

    # Redirects are carried forward by later builds.
    (articles / "other.md").write_text("---\ntitle: Other\n---\nNine people were arrested.\n")
    _build(articles, out, cache)
    assert _refresh_target(old_page) == f"../../claims/{claims_after[moved]}/index.html"
    assert broken_links(out) == []


def test_a_moved_question_follows_most_of_its_claims() -> None:
    previous = PreviousSite(
        questions={"q-old": ("a", "b", "c")},
        claims={},
        redirects={
            "conflicts/q-older/index.html": "conflicts/q-old/index.html",
            "conflicts/q-lost/index.html": "conflicts/q-gone/index.html",
        },
    )
    sample = claim("s1", "Three people died.", "Three people", Kind.DEATHS, "3")
    claims = [replace(sample, id=cid) for cid in ("a", "b", "c", "d")]
    questions = [deaths_question("q-new", ("a", "b")), deaths_question("q-x", ("c", "d"))]
    targets = {r.path: r.target for r in plan(previous, claims, questions)}
    assert targets["conflicts/q-old/index.html"] == "conflicts/q-new/index.html"
    assert targets["conflicts/q-older/index.html"] == "conflicts/q-new/index.html"
    assert "conflicts/q-lost/index.html" not in targets  # its content is gone


def test_a_claim_whose_figure_is_gone_is_not_redirected() -> None:
    previous = PreviousSite(
        claims={"gone": PreviousClaim(source="s1", quote="12 people", kind="deaths", start=5)}
    )
    assert plan(previous, [], []) == ()


def deaths_question(qid: str, members: tuple[str, ...]) -> Question:
    """A consistent deaths question over ``members``, for redirect plans."""
    return Question(
        id=qid,
        kind=Kind.DEATHS,
        unit="people",
        event="e",
        scope=None,
        claim_ids=members,
        status=Status.CONSISTENT,
        explanation="",
        summary="",
    )
