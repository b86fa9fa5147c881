"""Output folder state: found again from the last build's record, as a full scan finds it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier import sitestate
from dossier.sitestate import SiteState

FILES = {
    "index.html": b"home",
    "claims/index.html": b"claims",
    "claims/a1/index.html": b"one",
    "claims/b2/index.html": b"two",
    "data/claims.json": b"[]",
    "data/sources.json": b"[]",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    for path, data in FILES.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
    (root / ".marker").write_bytes(b"")
    return root


def scan(root: Path) -> SiteState:
    return sitestate.scan(root, skip=[".marker"])


def refresh(root: Path, last: SiteState) -> SiteState:
    return sitestate.refresh(root, last, skip=[".marker"])


def test_scan_finds_every_file_but_the_skipped_ones(site: Path) -> None:
    state = scan(site)
    assert sorted(state.files) == sorted(FILES)
    assert state.files["claims/a1/index.html"][0] == 3
    # page folders (one file each) are not watched; the others are
    assert sorted(state.folders) == ["", "claims", "data"]


def test_nothing_changed_gives_the_last_state_itself(site: Path) -> None:
    last = scan(site)
    assert refresh(site, last) is last


def touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "claims/a1/index.html").write_bytes(b"edited"),
        lambda root: touch_later(root / "claims/a1/index.html"),
        lambda root: (root / "claims/a1/index.html").unlink(),
        lambda root: (root / "stray.html").write_bytes(b"x"),
        lambda root: (root / "data/extra.json").write_bytes(b"x"),
        lambda root: (root / "claims/c3").mkdir() or (root / "claims/c3/index.html").touch(),
        lambda root: (root / "claims/b2/index.html").rename(root / "claims/b2/moved.html"),
    ],
    ids=["edit", "touch", "delete", "add-root", "add-data", "add-page", "rename"],
)
def test_a_change_gives_what_a_full_scan_gives(site: Path, change: object) -> None:
    last = scan(site)
    change(site)  # type: ignore[operator]
    assert refresh(site, last) == scan(site) != last


def test_a_stray_file_beside_a_page_is_not_looked_for(site: Path) -> None:
    """The one change refresh does not see: it would cost a stat per page folder."""
    last = scan(site)
    (site / "claims/a1/notes.txt").write_bytes(b"x")
    assert refresh(site, last) is last


def test_without_a_record_the_folder_is_scanned(site: Path) -> None:
    assert sitestate.refresh(site, None, skip=[".marker"]) == scan(site)
    assert sitestate.refresh(site.parent / "none", None) == sitestate.EMPTY


def test_state_after_a_write_is_what_a_scan_gives(site: Path) -> None:
    before = scan(site)
    (site / "claims/a1/index.html").write_bytes(b"changed")
    (site / "claims/c3").mkdir()
    (site / "claims/c3/index.html").write_bytes(b"new")
    (site / "claims/b2/index.html").unlink()
    (site / "claims/b2").rmdir()
    written = {
        path: ((site / path).stat().st_size, (site / path).stat().st_mtime_ns)
        for path in ("claims/a1/index.html", "claims/c3/index.html")
    }
    after = sitestate.after_write(site, before, written, ["claims/b2/index.html"])
    assert after == scan(site)


def test_watched_folders() -> None:
    paths = ["index.html", "a/index.html", "a/b/index.html", "a/c/x.html", "a/c/y.html", "d/e/f"]
    assert sitestate.watched_folders(paths) == {"", "a", "a/c", "d"}


@pytest.mark.parametrize("change", [None, "edit", "add"])
def test_refresh_in_another_process_gives_what_refresh_gives(
    site: Path, monkeypatch: pytest.MonkeyPatch, change: str | None
) -> None:
    monkeypatch.setattr(sitestate, "BACKGROUND_MIN_FILES", 1)
    last = scan(site)
    if change == "edit":
        (site / "claims/b2/index.html").write_bytes(b"edited")
    elif change == "add":
        (site / "claims/c3").mkdir()
        (site / "claims/c3/index.html").write_bytes(b"new")
    parent = os.getpid()
    seen: list[int] = []
    real = sitestate.refresh

    def spy(root: Path, last: SiteState | None, skip: object = ()) -> SiteState:
        seen.append(os.getpid())
        return real(root, last, skip)  # type: ignore[arg-type]

    monkeypatch.setattr(sitestate, "refresh", spy)
    wait = sitestate.refresh_later(site, last, skip=[".marker"])
    state = wait()
    assert seen == []  # refreshed in the other process, not in this one
    assert wait() is state  # waited for once
    assert state == real(site, last, skip=[".marker"])
    assert (state is last) == (change is None)
    assert os.getpid() == parent


@pytest.mark.parametrize("few", [1000, 0])
def test_state_after_adding_files_is_what_a_scan_gives(
    site: Path, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    monkeypatch.setattr(sitestate, "FEW_NEW_FILES", few)  # 0: every file's folder counted
    before = scan(site)
    new = ["claims/a1/extra.html", "entities/x/y/index.html", "entities/x/y/2.html", "top.html"]
    for path in new:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(path.encode())
    written = {
        path: ((site / path).stat().st_size, (site / path).stat().st_mtime_ns) for path in new
    }
    after = sitestate.after_write(site, before, written, [])
    assert after == scan(site)
    assert {"claims/a1", "entities", "entities/x", "entities/x/y"} <= set(after.folders)


def test_a_folder_a_removal_left_with_one_file_stays_watched(site: Path) -> None:
    before = scan(site)
    (site / "data/sources.json").unlink()
    after = sitestate.after_write(site, before, {}, ["data/sources.json"])
    assert after.files == scan(site).files
    assert "data" in after.folders  # one folder more than a scan watches: a stat more
    (site / "data/stray.json").write_bytes(b"{}")  # still noticed
    assert refresh(site, after) == scan(site)
