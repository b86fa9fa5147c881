"""Notice changes to the articles folder and the config file by polling.

Polling modification times and sizes once a second needs no dependency,
works on every platform and on network drives, and costs a few
milliseconds for thousands of files.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

Snapshot = dict[str, tuple[int, int]]  # path -> (mtime ns, size)


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """Modification time and size of every visible file under ``paths`` (files or folders)."""
    found: Snapshot = {}
    for root in paths:
        if root.is_file():
            _add(found, root)
            continue
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
            for name in names:
                if not name.startswith("."):
                    _add(found, Path(folder) / name)
    return found


def _add(found: Snapshot, path: Path) -> None:
    try:
        stat = path.stat()
    except OSError:
        return
    found[str(path)] = (stat.st_mtime_ns, stat.st_size)


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
