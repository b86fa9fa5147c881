"""Writer: atomic swap, unchanged files untouched, stale files removed, paths confined."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier import writer
from dossier.sitestate import scan
from dossier.writer import MARKER, UnsafeOutputError, digest, write_site


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


def test_keep_leaves_files_alone_and_counts_them_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(out, {"a.html": b"1", "b.html": b"2", "c.html": b"3"})
    report = write_site(out, {"b.html": b"changed"}, keep=["a.html"])
    assert (report.written, report.unchanged, report.removed) == (1, 1, 1)
    assert (out / "a.html").read_bytes() == b"1" and not (out / "c.html").exists()


def test_keeping_a_missing_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(out, {"a.html": b"1"})
    with pytest.raises(ValueError):
        write_site(out, {}, keep=["gone.html"])


def test_in_place_update_writes_changed_files_only_and_prunes_folders(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(out, {"a/index.html": b"1", "b/index.html": b"2", "old/deep/index.html": b"3"})
    kept_inode = os.stat(out / "a/index.html").st_ino
    site_inode = os.stat(out).st_ino
    report = write_site(
        out,
        {"b/index.html": b"new", "c/index.html": b"added"},
        keep=["a/index.html"],
        strategy="in_place",
    )
    assert (report.written, report.unchanged, report.removed) == (2, 1, 1)
    assert os.stat(out).st_ino == site_inode  # the folder itself was not swapped
    assert os.stat(out / "a/index.html").st_ino == kept_inode
    assert (out / "b/index.html").read_bytes() == b"new"
    assert (out / "c/index.html").read_bytes() == b"added"
    assert not (out / "old").exists()
    assert sorted(p.name for p in out.iterdir()) == [".dossier-site", "a", "b", "c"]


def test_in_place_falls_back_to_swap_when_a_file_becomes_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(out, {"x": b"file", "y.html": b"1"})
    write_site(out, {"x/index.html": b"now a folder", "y.html": b"1"}, strategy="in_place")
    assert (out / "x/index.html").read_bytes() == b"now a folder"


def test_large_site_with_few_changes_is_updated_in_place(tmp_path: Path) -> None:
    out = tmp_path / "site"
    files = {f"p{n}/index.html": str(n).encode() for n in range(1000)}
    write_site(out, files)
    site_inode = os.stat(out).st_ino
    files["p1/index.html"] = b"changed"
    report = write_site(out, files)
    assert report.written == 1 and os.stat(out).st_ino == site_inode


def test_folders_left_by_killed_builds_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(out, {"a.html": b"1"})
    dead = tmp_path / ".site.staging-999999999"
    (dead / "x").mkdir(parents=True)
    retired = tmp_path / ".site.old-999999999"
    retired.mkdir()
    flat = tmp_path / ".site.staged-999999999"  # changed files of an in-place update
    flat.mkdir()
    (flat / "0").write_bytes(b"x")
    alive = tmp_path / f".site.staging-{os.getppid()}"  # a running process: left alone
    alive.mkdir()
    write_site(out, {"a.html": b"2"})
    assert not dead.exists() and not retired.exists() and not flat.exists() and alive.exists()


def large_site(out: Path) -> dict[str, bytes]:
    files = {f"p{n}/index.html": str(n).encode() for n in range(1000)}
    write_site(out, files)
    return files


def count_folders_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    real = writer._make_folder
    monkeypatch.setattr(writer, "_make_folder", lambda folder: made.append(folder) or real(folder))
    return made


def test_in_place_update_makes_no_folder_per_changed_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    files = large_site(out)
    made = count_folders_made(monkeypatch)
    files["p1/index.html"] = b"changed"
    files["new/index.html"] = b"a new page in a new folder"
    del files["p2/index.html"]
    report = write_site(out, files)
    assert (report.written, report.removed) == (2, 1) and made == []
    assert (out / "new/index.html").read_bytes() == b"a new page in a new folder"
    assert (out / "p1/index.html").read_bytes() == b"changed"
    assert not (out / "p2").exists()
    assert report.deleted == ("p2/index.html",)
    for path in ("p1/index.html", "new/index.html"):
        stat = os.stat(out / path)
        assert report.changed[path] == (stat.st_size, stat.st_mtime_ns)
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_many_changes_to_a_large_site_are_swapped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    files = large_site(out)
    site_inode = os.stat(out).st_ino
    kept_inode = os.stat(out / "p999/index.html").st_ino
    made = count_folders_made(monkeypatch)
    for n in range(0, 1000, 4):  # a quarter of the site: more than is updated in place
        files[f"p{n}/index.html"] = b"changed"
    report = write_site(out, files)
    assert report.written == 250 and os.stat(out).st_ino != site_inode
    assert len(made) > 250  # the staged files went into a tree, linked files too
    assert {path: (out / path).read_bytes() for path in files} == files
    assert os.stat(out / "p999/index.html").st_ino == kept_inode  # linked, not copied
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_failed_in_place_update_leaves_the_site_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    files = large_site(out)
    real = writer._write_file
    calls = {"n": 0}

    def failing(where: str, data: bytes) -> tuple[int, int]:
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(28, "No space left on device")
        return real(where, data)

    monkeypatch.setattr(writer, "_write_file", failing)
    changed = {**files, **{f"p{n}/index.html": b"changed" for n in range(10)}}
    with pytest.raises(OSError):
        write_site(out, changed)
    assert calls["n"] == 4
    assert {path: (out / path).read_bytes() for path in files} == files
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_old_file_of_another_size_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    write_site(out, {"a.html": b"1", "b.html": b"2"})
    compared: list[str] = []
    real = writer._same_bytes
    monkeypatch.setattr(
        writer, "_same_bytes", lambda path, data: compared.append(path) or real(path, data)
    )
    report = write_site(out, {"a.html": b"longer", "b.html": b"2"})
    assert report.written == 1 and [Path(p).name for p in compared] == ["b.html"]


@pytest.mark.parametrize("good", ["index.html", "a/.hidden", "...", "a..b/c", "claims/x/i.html"])
def test_ordinary_paths_are_accepted(good: str) -> None:
    assert writer.safe_relative(good) == good


def test_an_old_file_of_a_known_digest_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    files = {"a.html": b"one", "b.html": b"two", "c.html": b"three"}
    assert write_site(out, files).digests == {}  # asked for none
    first = write_site(tmp_path / "other", files, recorded=lambda path, state: None)
    assert first.digests == {
        "a.html": digest(b"one"),
        "b.html": digest(b"two"),
        "c.html": digest(b"three"),
    }
    old = scan(out, skip=(MARKER,)).files
    read: list[str] = []
    same_bytes = writer._same_bytes
    monkeypatch.setattr(
        writer, "_same_bytes", lambda path, data: read.append(path) or same_bytes(path, data)
    )
    known = {"a.html": digest(b"one"), "b.html": digest(b"two")}
    report = write_site(
        out,
        {"a.html": b"one", "b.html": b"TWO", "c.html": b"three"},
        old=old,
        recorded=lambda path, state: known.get(path) if state == old[path] else None,
    )
    assert (report.written, report.unchanged) == (1, 2)
    assert [Path(p).name for p in read] == ["c.html"]  # the one whose digest was not known
    assert (out / "b.html").read_bytes() == b"TWO"
