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

import functools
import os
import stat as stat_mode
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
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
    if not changed_folders and _unchanged(base, last.files):
        return last
    files: dict[str, FileState] = {}
    for path, found in _stats(base, last.files):
        if found is not None and not stat_mode.S_ISDIR(found.st_mode):
            files[path] = (found.st_size, found.st_mtime_ns)
    # A file gone from a page's folder may have been renamed there: list that folder too.
    emptied = {path.rpartition("/")[0] for path in last.files if path not in files}
    _add_new(files, base, sorted(emptied.union(changed_folders)), set(skip))
    return SiteState(files=files, folders=_folder_times(base, watched_folders(files)))


BACKGROUND_MIN_FILES = 5000  # smaller sites are refreshed in the calling process


def refresh_later(
    root: Path, last: SiteState | None, skip: Iterable[str] = ()
) -> Callable[[], SiteState]:
    """``refresh``, run in a forked process while the caller gets on; call the result to wait.

    A ``stat`` per page is half a second of work for 90,000 pages, which the
    build can leave to the other core while it reads its articles and cache.
    A small site, or one where processes cannot be forked, is refreshed here
    and now.
    """
    import multiprocessing

    skip = tuple(skip)
    if (
        last is None
        or len(last.files) < BACKGROUND_MIN_FILES
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        state = refresh(root, last, skip)
        return lambda: state
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_refresh_into, args=(send, root, last, skip), daemon=True)
    child.start()
    send.close()
    found: list[SiteState] = []

    def wait() -> SiteState:
        if not found:
            try:
                state = receive.recv()
            except (EOFError, OSError):  # the process died: refresh here
                state = refresh(root, last, skip)
            finally:
                receive.close()
                child.join()
            found.append(last if state is None else state)
        return found[0]

    return wait


def _refresh_into(send: Any, root: Path, last: SiteState, skip: tuple[str, ...]) -> None:
    state = refresh(root, last, skip)
    send.send(None if state is last else state)  # None: unchanged, nothing to copy back
    send.close()


def _unchanged(base: str, files: Mapping[str, FileState]) -> bool:
    """True if every file in ``files`` has its recorded size and time (the path of every build)."""
    with _stat_in(base) as stat:
        for path, (size, time) in files.items():
            try:
                found = stat(path)
            except OSError:
                return False
            if found.st_size != size or found.st_mtime_ns != time:
                return False
            if stat_mode.S_ISDIR(found.st_mode):
                return False
    return True


def _stats(base: str, paths: Iterable[str]) -> Iterator[tuple[str, os.stat_result | None]]:
    """``lstat`` of each path under ``base``, None if it is gone."""
    with _stat_in(base) as stat:
        for path in paths:
            try:
                yield path, stat(path)
            except OSError:
                yield path, None


@contextmanager
def _stat_in(base: str) -> Iterator[Callable[[str], os.stat_result]]:
    """``lstat`` of a path relative to the folder ``base``, looked up from that folder.

    Not from the root of the file system: a tenth less time for 90,000 files.
    """
    try:
        folder = os.open(base, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        folder = None
    if folder is None or os.stat not in os.supports_dir_fd:
        yield lambda path: os.lstat(base + path)
        return
    try:
        yield functools.partial(os.stat, dir_fd=folder, follow_symlinks=False)
    finally:
        os.close(folder)


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
    added = [path for path in written if path not in before.files]
    if len(added) > FEW_NEW_FILES:
        watched = watched_folders(files)
    else:  # a look at each new file's folder instead of counting every file's
        watched = _watched_after(base, set(before.folders), added)
    return SiteState(files=files, folders=_folder_times(base, watched))


FEW_NEW_FILES = 1000  # up to this many new files, ``after_write`` looks only at their folders


def _watched_after(base: str, watched: set[str], added: Iterable[str]) -> set[str]:
    """The watched folders once ``added`` files joined a site whose folders were ``watched``.

    A new file's folder is watched if it holds anything else, and every
    folder above it is.  Folders that a removal left with one file stay
    watched: watching a folder too many costs a ``stat``, never a change missed.
    """
    for path in added:
        folder = path.rpartition("/")[0]
        if folder not in watched and _entries(base + folder) > 1:
            watched.add(folder)
        parent = folder.rpartition("/")[0] if folder else None
        while parent is not None and parent not in watched:
            watched.add(parent)
            parent = parent.rpartition("/")[0] if parent else None
    return watched


def _entries(folder: str) -> int:
    try:
        return len(os.listdir(folder))
    except OSError:
        return 0


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
