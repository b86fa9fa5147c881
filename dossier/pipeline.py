"""Runs the stages of a build in order: load, extract, reconcile, plan, render, write."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from dossier import site
from dossier.config import Config, check_paths
from dossier.extractor import extract_claims
from dossier.loader import load_folder
from dossier.model import BuildReport, Claim, Severity, Status
from dossier.output import render_site
from dossier.reconciler import reconcile
from dossier.writer import write_site


@dataclass(slots=True)
class _Timer:
    timings: list[tuple[str, float]]

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.timings.append((name, time.perf_counter() - start))


def build(config: Config, progress: Callable[[str], None] | None = None) -> BuildReport:
    """Build the site described by ``config``; see ``BuildReport`` for the outcome."""
    check_paths(config)
    timer = _Timer([])
    with timer.stage("load"):
        loaded = load_folder(config.articles)
    with timer.stage("extract"):
        claims: list[Claim] = []
        for source in loaded.sources:
            claims.extend(extract_claims(source))
    sources = {s.id: s for s in loaded.sources}
    with timer.stage("reconcile"):
        reconciled = reconcile(claims, sources)
    data = site.SiteData(
        config=config,
        sources=loaded.sources,
        claims=tuple(claims),
        questions=reconciled.questions,
        entities=reconciled.entities,
        question_of=reconciled.question_of,
        notes={a.source.id: a.notes for a in loaded.articles if a.notes},
        skipped=loaded.skipped,
    )
    with timer.stage("render"):
        files = render_site(data)
    with timer.stage("write"):
        written = write_site(config.output, files)
    return BuildReport(
        sources=len(sources),
        claims=len(claims),
        questions=len(reconciled.questions),
        conflicts=sum(1 for q in reconciled.questions if q.status is Status.CONFLICT),
        pages_rendered=len(files),
        pages_written=written.written,
        unchanged=written.unchanged,
        removed=written.removed,
        diagnostics=loaded.diagnostics,
        timings=tuple(timer.timings),
        skipped=tuple(path for path, _ in loaded.skipped),
    )


def has_errors(report: BuildReport) -> bool:
    return any(d.severity is Severity.ERROR for d in report.diagnostics)
