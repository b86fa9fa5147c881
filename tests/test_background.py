"""Records written by a forked process while the build goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import background, cache, pipeline
from dossier.config import Config
from tests.test_incremental import ONE, OTHER, TWO, files_of, fresh_build


def test_a_task_runs_in_another_process_and_is_waited_for(tmp_path: Path) -> None:
    target = tmp_path / "record.bin"
    wait = background.later(lambda: cache.write_atomic(target, b"kept"))
    assert wait()
    assert target.read_bytes() == b"kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.bin"]  # no temporary left


def test_a_task_sees_the_objects_as_they_were_at_the_fork(tmp_path: Path) -> None:
    target = tmp_path / "record.bin"
    held = [b"at the fork"]
    wait = background.later(lambda: cache.write_atomic(target, held[0]))
    held[0] = b"changed after"
    assert wait()
    assert target.read_bytes() == b"at the fork"


def test_a_failing_task_leaves_the_old_record_and_says_so(tmp_path: Path) -> None:
    target = tmp_path / "record.bin"
    target.write_bytes(b"old")

    def fail() -> None:
        raise OSError("no space left on the disk")

    assert not background.later(fail)()
    assert target.read_bytes() == b"old"


def test_a_small_task_runs_here_and_now(tmp_path: Path) -> None:
    done: list[int] = []
    wait = background.later(lambda: done.append(1), worth_a_process=False)
    assert done == [1]  # before waiting, in this process
    assert wait()


def test_wait_all_waits_for_tasks_nobody_waited_for(tmp_path: Path) -> None:
    targets = [tmp_path / f"{n}.bin" for n in range(3)]
    for n, target in enumerate(targets):
        background.later(lambda t=target, n=n: cache.write_atomic(t, bytes([n])))
    background.wait_all()
    assert [t.read_bytes() for t in targets] == [b"\0", b"\1", b"\2"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setattr(pipeline, "BACKGROUND_MIN_ARTICLES", 1)  # always in a child
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(ONE, encoding="utf-8")
    (articles / "other.txt").write_text(OTHER, encoding="utf-8")
    return Config(articles=articles, output=tmp_path / "site", cache=tmp_path / "cache")


def test_records_written_in_the_background_serve_the_next_build(
    project: Config, tmp_path: Path
) -> None:
    pipeline.build(project, jobs=1)
    memo = project.cache / pipeline.RECONCILE_MEMO
    pack = project.cache / cache.PACK
    assert memo.stat().st_size > 0 and pack.stat().st_size > 0
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    store = cache.Store(project.cache)
    assert len(store.packed()) == 2  # the pack holds the first build's entries
    assert pipeline.build(project, jobs=1).ok
    assert len(cache.Store(project.cache).packed()) == 3
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")
