"""Measure the reconciler on a hand-labelled corpus.

Run ``.venv/bin/python benchmarks/reconcile.py [FILE ...]``.  Prints how many true
conflicts were flagged, how many claims from unrelated questions were merged,
which labelled questions were split, how many verdicts match the labels, and
how long reconciling takes as the corpus grows (the corpus repeated, each
copy moved years apart so it forms blocks of its own).

FILE is a story file (a path, or a name in ``reconcile_corpus/``); without
one, every ``*.yaml`` in ``reconcile_corpus/`` except ``sealed*.yaml`` is read,
the stories the rules were tuned on.  ``sealed*.yaml`` files were written apart
from the rules and are only scored, never tuned on: name them to score them.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossier.ids import claim_id
from dossier.model import (
    AsOf,
    AsOfBasis,
    Claim,
    DateRange,
    Interval,
    Kind,
    Qualifier,
    Source,
    SourceMeta,
    Span,
)
from dossier.reconciler import reconcile

CORPUS = Path(__file__).parent / "reconcile_corpus"


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _qualifier(low: Decimal | None, high: Decimal | None) -> Qualifier:
    if low is not None and high is None:
        return Qualifier.AT_LEAST
    if low is None and high is not None:
        return Qualifier.AT_MOST
    return Qualifier.EXACT if low == high else Qualifier.RANGE


def load(path: Path) -> tuple[list[Claim], dict[str, Source], dict[str, str], dict[str, str]]:
    """Claims, sources, the true question of each claim and the true status of each question."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    claims: list[Claim] = []
    sources: dict[str, Source] = {}
    truth: dict[str, str] = {}
    status: dict[str, str] = {}
    for story in data["stories"]:
        for sid, published in story["sources"].items():
            sources[sid] = Source(
                id=sid,
                path=f"{sid}.txt",
                meta=SourceMeta(title=sid, outlet=sid.upper(), published=published),
                body="",
                blocks=(),
                content_hash=sid,
            )
        status.update(story.get("questions", {}))
        for row in story["claims"]:
            sentence, quote = row["s"], row["quote"]
            start = sentence.index(quote)
            low, high = (_dec(v) for v in row["v"])
            as_of = row.get("as_of")
            basis = AsOfBasis.PUBLICATION_DATE if row.get("pub") else AsOfBasis.STATED
            when = row.get("date")
            claim = Claim(
                id=claim_id(row["src"], sentence, quote, row["kind"]),
                source_id=row["src"],
                kind=Kind(row["kind"]),
                value=Interval(low=low, high=high),
                qualifier=_qualifier(low, high),
                unit=row.get("unit", "people"),
                subject=row.get("subject"),
                quote=quote,
                span=Span(start=start, end=start + len(quote)),
                sentence=sentence,
                sentence_span=Span(start=0, end=len(sentence)),
                attributed_to=row.get("by"),
                as_of=AsOf(range=DateRange(start=as_of, end=as_of), basis=basis) if as_of else None,
                event=row.get("event"),
                date=DateRange(start=when, end=when) if when else None,
                context_names=tuple(row.get("names", ())),
            )
            claims.append(claim)
            truth[claim.id] = row["q"]
    for question in set(truth.values()):
        status.setdefault(question, "single")
    return claims, sources, truth, status


def _shift(d: date | None, years: int) -> date | None:
    return d.replace(year=d.year + years) if d else None


def _copy(
    claims: list[Claim], sources: dict[str, Source], k: int
) -> tuple[list[Claim], dict[str, Source]]:
    """Copy ``k`` of the corpus, 40 years on per copy, with fresh ids."""
    years = 40 * k
    out = []
    for c in claims:
        as_of = c.as_of and replace(
            c.as_of,
            range=DateRange(
                start=_shift(c.as_of.range.start, years), end=_shift(c.as_of.range.end, years)
            ),
        )
        when = c.date and DateRange(
            start=_shift(c.date.start, years), end=_shift(c.date.end, years)
        )
        out.append(
            replace(c, id=f"{c.id}-{k}", source_id=f"{c.source_id}-{k}", as_of=as_of, date=when)
        )
    srcs = {
        f"{sid}-{k}": replace(
            s, id=f"{sid}-{k}", meta=replace(s.meta, published=_shift(s.meta.published, years))
        )
        for sid, s in sources.items()
    }
    return out, srcs


def _story_files(argv: list[str]) -> list[Path]:
    if not argv:
        return sorted(p for p in CORPUS.glob("*.yaml") if not p.name.startswith("sealed"))
    paths = [Path(a) if Path(a).is_file() else CORPUS / a for a in argv]
    for path in paths:
        if not path.is_file():
            raise SystemExit(f"{path}: no such story file")
    return paths


def load_all(
    paths: list[Path],
) -> tuple[list[Claim], dict[str, Source], dict[str, str], dict[str, str]]:
    """``load`` over several story files; source and question ids must not repeat."""
    claims: list[Claim] = []
    sources: dict[str, Source] = {}
    truth: dict[str, str] = {}
    status: dict[str, str] = {}
    for path in paths:
        more, srcs, true_q, true_status = load(path)
        if clash := (srcs.keys() & sources.keys()) | (true_status.keys() & status.keys()):
            raise SystemExit(f"{path}: ids used in another story file: {sorted(clash)}")
        claims += more
        sources |= srcs
        truth |= true_q
        status |= true_status
    return claims, sources, truth, status


def main(argv: list[str]) -> int:
    paths = _story_files(argv)
    print("stories:", ", ".join(p.name for p in paths))
    claims, sources, truth, status = load_all(paths)
    result = reconcile(claims, sources)
    predicted: dict[str, list[str]] = defaultdict(list)
    for cid, qid in result.question_of.items():
        predicted[qid].append(cid)
    by_q = {q.id: q for q in result.questions}
    labelled: dict[str, list[str]] = defaultdict(list)
    for cid, q in truth.items():
        labelled[q].append(cid)

    merged = [qid for qid, cids in predicted.items() if len({truth[c] for c in cids}) > 1]
    merged_pairs = sum(
        1 for cids in predicted.values() for a, b in combinations(cids, 2) if truth[a] != truth[b]
    )
    split = [q for q, cids in labelled.items() if len({result.question_of[c] for c in cids}) > 1]
    true_conflicts = [q for q, s in status.items() if s == "conflict"]
    flagged = [
        q
        for q in true_conflicts
        if q not in split and by_q[result.question_of[labelled[q][0]]].status.value == "conflict"
    ]
    false_conflicts = [
        qid
        for qid, cids in predicted.items()
        if by_q[qid].status.value == "conflict"
        and all(status[truth[c]] != "conflict" for c in cids)
    ]
    right = [
        q
        for q, cids in labelled.items()
        if q not in split and by_q[result.question_of[cids[0]]].status.value == status[q]
    ]

    print(
        f"corpus: {len(claims)} claims, {len(labelled)} labelled questions, {len(sources)} sources"
    )
    print(f"true conflicts flagged:   {len(flagged)}/{len(true_conflicts)}")
    for q in sorted(set(true_conflicts) - set(flagged)):
        print(f"  missed: {q}")
    print(f"unrelated merges:        {len(merged)} questions, {merged_pairs} claim pairs")
    for qid in sorted(merged):
        print(f"  merged: {sorted({truth[c] for c in predicted[qid]})}")
    print(f"false conflicts:         {len(false_conflicts)}")
    print(f"labelled questions split: {len(split)} {sorted(split)}")
    print(f"verdicts matching label: {len(right)}/{len(labelled)}")
    for q in sorted(set(labelled) - set(right) - set(split)):
        got = by_q[result.question_of[labelled[q][0]]].status.value
        print(f"  {q}: labelled {status[q]}, got {got}")

    for copies in (10, 50):
        big_claims: list[Claim] = []
        big_sources: dict[str, Source] = {}
        for k in range(copies):
            more, srcs = _copy(claims, sources, k)
            big_claims += more
            big_sources |= srcs
        start = time.perf_counter()
        big = reconcile(big_claims, big_sources)
        elapsed = time.perf_counter() - start
        print(
            f"scale: {len(big_claims):>6} claims -> {len(big.questions):>5} questions "
            f"in {elapsed:.2f}s"
        )
    ok = len(flagged) == len(true_conflicts) and not merged
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
