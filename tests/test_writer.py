"""Writer: atomic swap, unchanged files untouched, stale files removed, paths confined."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier.writer import MARKER, UnsafeOutputError, write_site


def test_first_write_then_no_change_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "site"
    report = write_site(out, {"index.html": b"a", "x/index.html": b"b"})
    assert report.written == 2 and (out / "x/index.html").read_bytes() == b"b"
    before = os.stat(out / "index.html").st_mtime_ns
    again = write_site(out, {"index.html": b"a", "x/index.html": b"b"})
    assert (again.written, again.unchanged, again.removed) == (0, 2, 0)
    assert os.stat(out / "index.html").st_mtime_ns == before


def test_changed_file_rewritten_unchanged_kept_stale_removed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(out, {"a.html": b"1", "b.html": b"2", "old/index.html": b"3"})
    kept_inode = os.stat(out / "a.html").st_ino
    report = write_site(out, {"a.html": b"1", "b.html": b"changed"})
    assert (report.written, report.unchanged, report.removed) == (1, 1, 1)
    assert (out / "b.html").read_bytes() == b"changed"
    assert not (out / "old").exists()
    assert os.stat(out / "a.html").st_ino == kept_inode  # same file, not rewritten


@pytest.mark.parametrize("bad", ["../escape.html", "/abs.html", "a/../../b", "", "a\\b", "a/./b"])
def test_paths_outside_the_output_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(UnsafeOutputError):
        write_site(tmp_path / "site", {bad: b"x"})
    assert not (tmp_path / "escape.html").exists()


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(UnsafeOutputError):
        write_site(out, {"index.html": b"x"})
    assert (out / "thesis.docx").read_bytes() == b"precious"


def test_failed_write_leaves_previous_site_intact(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(out, {"index.html": b"old"})

    class Boom(dict):
        def __getitem__(self, key: str) -> bytes:
            raise RuntimeError("disk full")

    files = Boom({"index.html": b"new", "other.html": b"x"})
    with pytest.raises(RuntimeError):
        write_site(out, files)
    assert (out / "index.html").read_bytes() == b"old"
    assert (out / MARKER).exists()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "site"]
    assert leftovers == []
