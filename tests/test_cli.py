"""Command line: summary line, --jobs, --quiet, progress bar, add, watch."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dossier import cli, progress, watch

ARTICLE = "Police said 30 protesters were arrested outside the council on Tuesday.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_summary_says_rendered_written_unchanged_removed_and_stage_times(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["build", "--jobs", "1"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""  # not a terminal: no progress bar
    for words in ("pages rendered", "files written", "unchanged", "removed", "extract", "render"):
        assert words in out
    assert cli.main(["build"]) == cli.EXIT_OK
    out, _ = capsys.readouterr()
    assert " 0 files written" in out and " 0 removed" in out
    assert (project / ".dossier-cache" / "sources").is_dir()


def test_quiet_prints_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["build", "-q"]) == cli.EXIT_OK
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("jobs", ["0", "-2", "many"])
def test_bad_jobs_is_a_usage_error(project: Path, jobs: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["build", "--jobs", jobs])
    assert exit_.value.code == cli.EXIT_USAGE


def test_add_rebuilds_incrementally(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["build"])
    capsys.readouterr()
    new = tmp_path / "new.txt"
    new.write_text("Officials said 12 people were killed in the flood on Monday.\n")
    assert cli.main(["add", str(new), "--title", "Flood", "--published", "2024-01-02"]) == 0
    out, _ = capsys.readouterr()
    assert "added" in out and "2 sources" in out
    assert (project / "_site" / "sources" / "new" / "index.html").is_file()


def test_progress_bar_only_on_a_terminal_and_not_quiet() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert not progress.wanted(io.StringIO(), quiet=False)
    assert not progress.wanted(Terminal(), quiet=True)
    assert progress.wanted(Terminal(), quiet=False)


def test_progress_bar_draws_and_clears(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    stream = io.StringIO()
    bar = progress.ProgressBar(stream)
    bar("extract", 5, 10)
    bar("extract", 10, 10)
    bar.close()
    text = stream.getvalue()
    assert "extract" in text and "10/10" in text and text.endswith("\r")
    assert progress.line("render", 5, 10) == f"render   [{'#' * 15}{'.' * 15}]  5/10"


def test_quick_builds_draw_no_bar() -> None:
    stream = io.StringIO()
    bar = progress.ProgressBar(stream)
    bar("extract", 1, 2)
    bar.close()
    assert stream.getvalue() == ""


def test_snapshot_sees_added_changed_and_removed_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / ".hidden").write_text("x")
    before = watch.snapshot([tmp_path])
    assert sorted(Path(p).name for p in before) == ["a.txt", "b.txt"]
    (tmp_path / "a.txt").write_text("longer")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").write_text("c")
    after = watch.snapshot([tmp_path])
    assert [Path(p).name for p in watch.changed(before, after)] == ["a.txt", "b.txt", "c.txt"]


def test_watch_calls_back_on_change(tmp_path: Path) -> None:
    seen: list[list[str]] = []
    polls = iter(range(10))

    def stop() -> bool:
        n = next(polls)
        if n == 1:
            (tmp_path / "new.txt").write_text("x")
        return bool(seen) or n > 5

    watch.watch([tmp_path], seen.append, interval=0, settle=0, should_stop=stop)
    assert seen == [[str(tmp_path / "new.txt")]]


def test_options_without_a_command_build(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["-q", "--jobs", "1"]) == cli.EXIT_OK
    assert capsys.readouterr() == ("", "")
    assert (project / "_site" / "index.html").is_file()
    assert cli.main([]) == cli.EXIT_OK


def test_the_command_ends_with_its_output_flushed_and_its_status(project: Path) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "dossier.cli", "build", "--jobs", "1"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=project, check=False)
    assert done.returncode == cli.EXIT_OK
    assert done.stdout.rstrip().endswith("_site/index.html")  # the whole summary line
    missing = subprocess.run(
        [*command, "no-such-folder"], capture_output=True, text=True, cwd=project, check=False
    )
    assert missing.returncode == cli.EXIT_USAGE
    assert "articles folder not found" in missing.stderr
