"""The reconciler's memo and the data files' pieces kept in the cache folder between builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import pipeline
from dossier.config import Config
from tests.test_incremental import TWO, files_of, fresh_build


def test_a_build_keeps_its_memo_and_pieces(project: Config) -> None:
    pipeline.build(project, jobs=1)
    assert (project.cache / pipeline.RECONCILE_MEMO).stat().st_size > 0
    assert (project.cache / pipeline.PARTS).stat().st_size > 0


@pytest.mark.parametrize("damage", [b"", b"not a record", None])
def test_damaged_or_missing_records_give_the_same_site(
    project: Config, tmp_path: Path, damage: bytes | None
) -> None:
    pipeline.build(project, jobs=1)
    for name in (pipeline.RECONCILE_MEMO, pipeline.PARTS):
        path = project.cache / name
        if damage is None:
            path.unlink()
        else:
            path.write_bytes(damage)
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    report = pipeline.build(project, jobs=1)
    assert report.ok
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")


def test_records_of_a_larger_corpus_serve_a_smaller_one(project: Config, tmp_path: Path) -> None:
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    pipeline.build(project, jobs=1)
    (project.articles / "two.txt").unlink()
    pipeline.build(project, jobs=1)
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")
