"""What a build published, kept in the cache folder so the next build need not parse it,
and the redirect plan that reads it (``redirects``)."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from dossier import pipeline, redirects
from dossier.config import Config
from dossier.model import Claim, Kind, Question, Span
from dossier.redirects import PreviousClaim, PreviousSite, Redirect, plan
from tests.test_incremental import TWO, files_of, fresh_build
from tests.test_reconciler import claim
from tests.test_redirects import deaths_question


def _reference_plan(
    previous: PreviousSite, claims: list[Claim], questions: list[Question]
) -> tuple[Redirect, ...]:
    """The plan as first written: every address made and every figure indexed."""
    claim_page, question_page = "claims/{}/index.html", "conflicts/{}/index.html"
    live_claims = {c.id: c for c in claims}
    shown = {q.id: q for q in questions if len(q.claim_ids) > 1}
    question_of = {cid: q.id for q in shown.values() for cid in q.claim_ids}
    moved_claim: dict[str, str] = {}
    result: dict[str, Redirect] = {}
    by_figure: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        by_figure.setdefault((c.source_id, c.quote, c.kind.value), []).append(c)
    for old_id, old in sorted(previous.claims.items()):
        twins = by_figure.get((old.source, old.quote, old.kind), [])
        if old_id in live_claims or not twins:
            continue
        twin = min(twins, key=lambda c: (abs(c.span.start - old.start), c.id))
        moved_claim[old_id] = twin.id
        path = claim_page.format(old_id)
        result[path] = Redirect(path=path, target=claim_page.format(twin.id), reason="claim")
    for old_id, old_claims in sorted(previous.questions.items()):
        if old_id in shown or len(old_claims) < 2:
            continue
        votes = Counter(
            question_of[cid]
            for cid in (moved_claim.get(c, c) for c in old_claims)
            if cid in question_of
        )
        if votes:
            best = min(votes, key=lambda qid: (-votes[qid], qid))
            path = question_page.format(old_id)
            result[path] = Redirect(path=path, target=question_page.format(best), reason="question")
    live = {claim_page.format(c) for c in live_claims} | {question_page.format(q) for q in shown}
    for old_path, old_target in sorted(previous.redirects.items()):
        if old_path in result or old_path in live:
            continue
        target = result[old_target].target if old_target in result else old_target
        if target in live:
            result[old_path] = Redirect(path=old_path, target=target, reason="earlier move")
    return tuple(sorted(result.values()))


def _random_case(rng: random.Random) -> tuple[PreviousSite, list[Claim], list[Question]]:
    sample = claim("s1", "Three people died.", "Three people", Kind.DEATHS, "3")
    quotes, sources = ["3", "4", "5"], ["s1", "s2"]
    ids = [f"c{n}" for n in range(12)]

    def made(cid: str) -> Claim:
        start = rng.randint(0, 30)
        return replace(
            sample,
            id=cid,
            source_id=rng.choice(sources),
            quote=rng.choice(quotes),
            span=Span(start=start, end=start + 1),
        )

    claims = [made(cid) for cid in rng.sample(ids, 7)]
    live = [c.id for c in claims]
    questions = [
        deaths_question(f"q{n}", tuple(rng.sample(live, rng.randint(1, 3)))) for n in range(4)
    ]
    old = {
        cid: PreviousClaim(
            source=rng.choice(sources),
            quote=rng.choice(quotes),
            kind="deaths",
            start=rng.randint(0, 30),
        )
        for cid in rng.sample(ids, 8)
    }
    pages = [f"claims/{i}/index.html" for i in ids] + [
        f"conflicts/q{n}/index.html" for n in range(7)
    ]
    return (
        PreviousSite(
            claims=old,
            questions={f"q{n}": tuple(rng.sample(ids, rng.randint(1, 4))) for n in range(2, 7)},
            redirects={rng.choice(pages): rng.choice(pages) for _ in range(4)},
        ),
        claims,
        questions,
    )


def test_the_plan_is_the_one_that_made_every_address() -> None:
    rng = random.Random(3)
    moved = 0
    for _ in range(400):
        previous, claims, questions = _random_case(rng)
        found = plan(previous, claims, questions)
        assert found == _reference_plan(previous, claims, questions)
        moved += len(found)
    assert moved > 100  # the cases do move things


def test_a_template_with_other_braces_still_finds_live_pages() -> None:
    sample = claim("s1", "Three people died.", "Three people", Kind.DEATHS, "3")
    previous = PreviousSite(redirects={"old/{x}/a": "c/{x}/a1"})
    found = plan(previous, [replace(sample, id="a1")], [], claim_page="c/{{x}}/{}")
    assert [r.target for r in found] == ["c/{x}/a1"]


# ---------------------------------------------------------------- kept between builds


def _as_dicts(site: PreviousSite) -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
    return dict(site.questions), dict(site.claims), dict(site.redirects)


def test_the_kept_record_is_what_the_data_files_say(project: Config) -> None:
    pipeline.build(project, jobs=1)
    assert (project.cache / redirects.PUBLISHED).is_file()
    kept = redirects._read_kept(project.cache / redirects.PUBLISHED, project.output)
    assert kept is not None and kept.claims
    assert _as_dicts(kept) == _as_dicts(redirects._parse_previous(project.output))


def test_the_last_record_of_an_id_wins_as_in_the_files() -> None:
    sample = claim("s1", "Three people died.", "Three people", Kind.DEATHS, "3")
    twice = [replace(sample, quote="first"), replace(sample, quote="second")]
    shown = redirects.published(twice, [], [])
    assert list(shown.claims) == [sample.id]
    assert shown.claims[sample.id].quote == "second"


def test_a_data_file_edited_by_hand_is_read_again(project: Config) -> None:
    pipeline.build(project, jobs=1)
    path = project.output / redirects.REDIRECTS_FILE
    moved = [{"from": "claims/000000000000/index.html", "to": "index.html", "reason": "claim"}]
    path.write_text(json.dumps(moved), encoding="utf-8")
    found = redirects.read_previous(project.output, project.cache)
    assert found.redirects == {"claims/000000000000/index.html": "index.html"}


def test_a_record_of_another_output_folder_is_not_used(project: Config, tmp_path: Path) -> None:
    pipeline.build(project, jobs=1)
    elsewhere = tmp_path / "copy"
    elsewhere.mkdir()
    assert redirects._read_kept(project.cache / redirects.PUBLISHED, elsewhere) is None
    assert redirects.read_previous(elsewhere, project.cache) == PreviousSite()


@pytest.mark.parametrize("damage", [b"", b"not a record", None, "flipped"])
def test_damaged_or_missing_records_give_the_same_site(
    project: Config, tmp_path: Path, damage: bytes | str | None
) -> None:
    pipeline.build(project, jobs=1)
    path = project.cache / redirects.PUBLISHED
    if damage is None:
        path.unlink()
    elif damage == "flipped":
        data = bytearray(path.read_bytes())
        data[-3] ^= 1
        path.write_bytes(bytes(data))
    else:
        assert isinstance(damage, bytes)
        path.write_bytes(damage)
    assert _as_dicts(redirects.read_previous(project.output, project.cache)) == _as_dicts(
        redirects._parse_previous(project.output)
    )
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    assert pipeline.build(project, jobs=1).ok
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")


def test_a_text_holding_the_separator_leaves_no_record(tmp_path: Path) -> None:
    sample = claim("s1", "Three people died.", "Three people", Kind.DEATHS, "3")
    cache, output = tmp_path / "cache", tmp_path / "site"
    (output / "data").mkdir(parents=True)
    redirects.keep_published(cache, output, redirects.published([sample], [], []))
    assert redirects._read_kept(cache / redirects.PUBLISHED, output) is not None
    odd = replace(sample, quote="Three\0people")
    redirects.keep_published(cache, output, redirects.published([odd], [], []))
    assert not (cache / redirects.PUBLISHED).exists()


def test_a_record_of_no_claims_reads_back_empty(tmp_path: Path) -> None:
    cache, output = tmp_path / "cache", tmp_path / "site"
    moved = [Redirect(path="a/index.html", target="b/index.html", reason="claim")]
    redirects.keep_published(cache, output, redirects.published([], [], moved))
    kept = redirects._read_kept(cache / redirects.PUBLISHED, output)
    assert kept is not None
    assert _as_dicts(kept) == ({}, {}, {"a/index.html": "b/index.html"})
