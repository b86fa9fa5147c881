"""What the output folder holds, found again cheaply from what the last build left there.

Every page has a folder of its own, so listing the whole site costs a
``scandir`` per page on top of a ``stat`` per file.  ``refresh`` starts
from the state the last build recorded instead: it stats every file
recorded there, which notices a page edited (size or modification time) or
deleted, and every *watched* folder, whose modification time changes when a
name is added to it, removed from it or renamed in it.  Only folders whose
time changed are listed again.

Watched folders are all but a page's own folder (one holding a single
file): a stray file dropped next to a page's ``index.html`` that is left
as it was is not noticed, which saves a ``stat`` per page; one added
anywhere else, or a page's file renamed, or its folder deleted or added, is.
"""

from __future__ import annotations

import os
import stat as stat_mode
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier import tables

FileState = tuple[int, int]  # size, modification time (ns)


@dataclass(frozen=True, slots=True)
class SiteState:
    files: Mapping[str, FileState]  # relative POSIX path -> size and time
    folders: Mapping[str, int]  # watched folder ("" is the root) -> modification time (ns)

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickled, (tables.to_columns(self.files), dict(self.folders))


def _unpickled(files: tables.Columns, folders: dict[str, int]) -> SiteState:
    return SiteState(files=tables.from_columns(files), folders=folders)  # type: ignore[arg-type]


EMPTY = SiteState(files={}, folders={})


def scan(root: Path, skip: Iterable[str] = ()) -> SiteState:
    """Every file under ``root`` (but the ``skip`` paths) and the watched folders' times."""
    files: dict[str, FileState] = {}
    base = os.path.join(root, "")
    if not os.path.isdir(base):
        return EMPTY
    _scan_into(files, base, "", set(skip))
    return SiteState(files=files, folders=_folder_times(base, watched_folders(files)))


def _scan_into(files: dict[str, FileState], base: str, start: str, skip: set[str]) -> None:
    """Add the files under the folder ``start`` (relative, "" or ending in "/") to ``files``."""
    folders = [start]
    while folders:
        prefix = folders.pop()
        try:
            listing = os.scandir(base + prefix)
        except OSError:
            continue
        with listing:
            for entry in listing:
                relative = prefix + entry.name
                try:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(relative + "/")
                    elif relative not in skip:
                        found = entry.stat(follow_symlinks=False)
                        files[relative] = (found.st_size, found.st_mtime_ns)
                except OSError:
                    continue


def refresh(root: Path, last: SiteState | None, skip: Iterable[str] = ()) -> SiteState:
    """The output folder's state now, given ``last`` (a full scan if there is none).

    Returns ``last`` itself when nothing it records has changed.
    """
    if last is None:
        return scan(root, skip)
    base = os.path.join(root, "")
    changed_folders = [
        folder for folder, time in last.folders.items() if _folder_time(base, folder) != time
    ]
    files: dict[str, FileState] = {}
    lstat = os.lstat
    for path in last.files:
        try:
            found = lstat(base + path)
        except OSError:
            continue
        if not stat_mode.S_ISDIR(found.st_mode):
            files[path] = (found.st_size, found.st_mtime_ns)
    if not changed_folders and files == last.files:
        return last
    # A file gone from a page's folder may have been renamed there: list that folder too.
    emptied = {path.rpartition("/")[0] for path in last.files if path not in files}
    _add_new(files, base, sorted(emptied.union(changed_folders)), set(skip))
    return SiteState(files=files, folders=_folder_times(base, watched_folders(files)))


def _add_new(files: dict[str, FileState], base: str, changed: list[str], skip: set[str]) -> None:
    """Add files that appeared in the ``changed`` folders, and everything under new folders."""
    known_folders = _all_folders(files)
    for folder in changed:
        prefix = folder + "/" if folder else ""
        try:
            listing = os.scandir(base + prefix)
        except OSError:
            continue
        with listing:
            for entry in listing:
                relative = prefix + entry.name
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if relative not in known_folders:
                            _scan_into(files, base, relative + "/", skip)
                    elif relative not in files and relative not in skip:
                        found = entry.stat(follow_symlinks=False)
                        files[relative] = (found.st_size, found.st_mtime_ns)
                except OSError:
                    continue


def after_write(
    root: Path,
    before: SiteState,
    written: Mapping[str, FileState],
    removed: Iterable[str],
) -> SiteState:
    """The state after a write that changed ``written`` and deleted ``removed`` files.

    Files the writer did not touch keep their size and time (kept files,
    and unchanged files linked into a swapped-in folder, are the same files).
    """
    files = dict(before.files)
    for path in removed:
        files.pop(path, None)
    files.update(written)
    base = os.path.join(root, "")
    return SiteState(files=files, folders=_folder_times(base, watched_folders(files)))


def watched_folders(paths: Iterable[str]) -> set[str]:
    """Folders holding ``paths``, less those that hold just one file and no folder."""
    counts: dict[str, int] = {}
    for path in paths:
        folder = path.rpartition("/")[0]
        counts[folder] = counts.get(folder, 0) + 1
    watched = {""}
    for folder, count in counts.items():
        if count > 1:
            watched.add(folder)
        parent = folder.rpartition("/")[0] if folder else None
        while parent is not None and parent not in watched:
            watched.add(parent)
            parent = parent.rpartition("/")[0] if parent else None
    return watched


def _all_folders(paths: Iterable[str]) -> set[str]:
    """Every folder holding one of ``paths``, at any depth ("" is the root)."""
    folders = {""}
    for path in paths:
        folder = path.rpartition("/")[0]
        while folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    return folders


def _folder_times(base: str, folders: Iterable[str]) -> dict[str, int]:
    times = {}
    for folder in sorted(folders):
        time = _folder_time(base, folder)
        if time is not None:
            times[folder] = time
    return times


def _folder_time(base: str, folder: str) -> int | None:
    try:
        return os.stat(base + folder).st_mtime_ns
    except OSError:
        return None
