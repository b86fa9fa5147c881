"""Notice changes to the articles folder and the config file by polling.

Polling modification times and sizes once a second needs no dependency,
works on every platform and on network drives, and costs a few
hundredths of a second for ten thousand files.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

Snapshot = dict[str, tuple[int, int]]  # path -> (mtime ns, size)


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """Modification time and size of every visible file under ``paths`` (files or folders).

    One ``scandir`` per folder and one ``stat`` per file, with no ``Path``
    made per file: this runs every second while serving.
    """
    found: Snapshot = {}
    for root in paths:
        if root.is_file():
            _add(found, str(root), os.stat)
            continue
        folders = [os.fspath(root)]
        while folders:
            try:
                listing = os.scandir(folders.pop())
            except OSError:
                continue
            with listing:
                for entry in listing:
                    if entry.name.startswith("."):
                        continue
                    try:
                        is_folder = entry.is_dir()
                    except OSError:
                        continue
                    if is_folder:
                        if not entry.name.startswith("_") and not entry.is_symlink():
                            folders.append(entry.path)
                    else:
                        _add(found, entry.path, lambda _path, entry=entry: entry.stat())
    return found


def _add(found: Snapshot, path: str, stat: Callable[[str], os.stat_result]) -> None:
    try:
        result = stat(path)
    except OSError:
        return
    found[path] = (result.st_mtime_ns, result.st_size)


def changed(before: Snapshot, after: Snapshot) -> list[str]:
    """Paths added, removed or modified between two snapshots, sorted."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def watch(
    paths: list[Path],
    on_change: Callable[[list[str]], None],
    *,
    interval: float = 1.0,
    settle: float = 0.3,
    should_stop: Callable[[], bool] = lambda: False,
) -> None:
    """Call ``on_change(paths)`` after files under ``paths`` change, until ``should_stop()``.

    After a change is seen, waits ``settle`` seconds for a burst of writes
    (an editor saving, a copy of many files) to finish before reporting it.
    """
    before = snapshot(paths)
    while not should_stop():
        time.sleep(interval)
        now = snapshot(paths)
        if now == before:
            continue
        time.sleep(settle)
        now = snapshot(paths)
        diff = changed(before, now)
        before = now
        if diff:
            on_change(diff)
