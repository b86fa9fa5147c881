"""The only code that writes the site.

A build that changes much of the site is staged in a temporary folder
beside the output and swapped in at the end, so an interrupted or failed
build leaves the previous site intact.  Files whose bytes did not change are
hard-linked into the staging folder (their modification time is kept) and a
build that changes nothing touches nothing.  Pages of removed articles
disappear with the swap.

A build that changes a few files of a large site (adding one article to
thousands) updates the folder in place instead: each changed file is
staged beside the output and moved over the old one with ``os.replace``, so
a reader never sees half a file, and stale files are deleted afterwards.  Staging
would cost a link and a folder per page of the site; in place, the cost is
proportional to what changed.  Pages the caller knows to be up to date are
passed as ``keep`` and are neither rendered nor read.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

MARKER = ".dossier-site"  # marks a folder as ours, so we never delete a stranger's files
IN_PLACE_MIN_FILES = 1000  # sites smaller than this are always staged and swapped
IN_PLACE_MAX_SHARE = 0.1  # ... and so are builds changing more than this share of the files

Strategy = Literal["auto", "swap", "in_place"]
StrPath = str | os.PathLike[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


class UnsafeOutputError(Exception):
    pass


def safe_relative(path: str) -> PurePosixPath:
    """``path`` as a relative path that stays inside the output folder."""
    pure = PurePosixPath(path)
    if (
        not path
        or pure.is_absolute()
        or "\\" in path
        or any(part in ("", ".", "..") for part in path.split("/"))
        or any(ord(ch) < 32 for ch in path)
    ):
        raise UnsafeOutputError(f"refusing to write outside the output folder: {path!r}")
    return pure


def existing_files(output: Path) -> dict[str, Path]:
    """Every file dossier wrote into ``output`` (relative POSIX path -> path)."""
    return {relative: output / relative for relative in scan(output)}


def scan(output: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time (ns) of every file in ``output`` but the marker.

    Plain ``os.scandir`` and strings: this runs on every build over every page.
    """
    found: dict[str, tuple[int, int]] = {}
    root = os.fspath(output)
    if not os.path.isdir(root):
        return found
    folders = [("", root)]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                relative = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    folders.append((relative + "/", entry.path))
                elif relative != MARKER:
                    try:
                        stat = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    found[relative] = (stat.st_size, stat.st_mtime_ns)
    return found


def write_site(
    output: Path,
    files: Mapping[str, bytes] | Iterable[tuple[str, bytes]],
    keep: Collection[str] = (),
    *,
    old: Mapping[str, StrPath] | None = None,
    strategy: Strategy = "auto",
) -> WriteReport:
    """Make ``output`` contain exactly ``files`` (relative POSIX path -> bytes) and ``keep``.

    ``files`` may be a mapping or an iterable of ``(path, bytes)`` pairs; an
    iterable is consumed one file at a time, so pages can be rendered as
    they are written and never all held in memory.  Changed files go to a
    staging folder beside ``output`` as they arrive; at the end they are
    either moved into ``output`` one by one (few changes to a large site) or
    the staging folder is completed with links to the unchanged files and
    swapped in.  ``keep`` names files already in ``output`` that stay as they
    are; ``old`` is ``existing_files(output)`` if the caller has it already.
    """
    pairs = ((p, files[p]) for p in files) if isinstance(files, Mapping) else files
    if output.exists() and not output.is_dir():
        raise UnsafeOutputError(f"output {output} exists and is not a folder")
    old = existing_files(output) if old is None else old
    marked = (output / MARKER).exists()
    if old and not marked:
        raise UnsafeOutputError(
            f"output folder {output} has files that dossier did not write; "
            "choose an empty or new folder"
        )
    missing = [p for p in keep if p not in old]
    if missing:
        raise ValueError(f"asked to keep files that do not exist: {sorted(missing)[:3]}")
    kept = set(keep)
    _remove_leftovers(output)
    staging = output.parent / f".{output.name}.staging-{os.getpid()}"
    _remove(staging)
    try:
        seen, changed, unchanged = _stage(staging, pairs, old, kept)
        removed = set(old) - seen - kept
        report = WriteReport(
            written=len(changed), unchanged=len(unchanged) + len(kept), removed=len(removed)
        )
        if not changed and not removed and marked:
            _remove(staging)
            return report
        if strategy == "auto":
            small = len(changed) + len(removed) <= IN_PLACE_MAX_SHARE * len(old)
            strategy = "in_place" if len(old) >= IN_PLACE_MIN_FILES and small else "swap"
        if strategy == "in_place" and marked and not _clashes(old, changed):
            _move_in(staging, output, changed, sorted(removed))
            _remove(staging)
        else:
            _swap(staging, output, old, unchanged | kept)
    except BaseException:
        _remove(staging)
        raise
    return report


def _stage(
    staging: Path, pairs: Iterable[tuple[str, bytes]], old: Mapping[str, StrPath], kept: set[str]
) -> tuple[set[str], list[str], set[str]]:
    """Write files whose bytes changed into ``staging``; (all paths, changed, unchanged)."""
    seen: set[str] = set()
    changed: list[str] = []
    unchanged: set[str] = set()
    made: set[str] = set()
    root = os.fspath(staging)
    for path, data in pairs:
        safe_relative(path)
        if path in seen or path in kept:
            raise ValueError(f"file given twice: {path}")
        seen.add(path)
        if path in old and _same_bytes(old[path], data):
            unchanged.add(path)
            continue
        # Plain strings and os calls: this loop runs once per page of a cold build.
        folder, _, _name = path.rpartition("/")
        if folder not in made:
            os.makedirs(os.path.join(root, folder), exist_ok=True)
            made.add(folder)
        with open(os.path.join(root, path), "wb") as handle:
            handle.write(data)
        changed.append(path)
    return seen, sorted(changed), unchanged


def _clashes(old: Mapping[str, StrPath], changed: Collection[str]) -> bool:
    """True if a new file would replace a folder or sit under an old file's name."""
    folders = {str(PurePosixPath(p).parent) for p in old}
    for path in changed:
        if path in folders or any(str(parent) in old for parent in PurePosixPath(path).parents):
            return True
    return False


def _move_in(staging: Path, output: Path, changed: list[str], removed: list[str]) -> None:
    """Move staged files over their old versions one by one, then delete stale files."""
    made: set[Path] = set()
    for path in changed:
        target = output / path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        os.replace(staging / path, target)
    for path in removed:
        (output / path).unlink(missing_ok=True)
        for parent in PurePosixPath(path).parents:
            if str(parent) == ".":
                break
            try:
                (output / parent).rmdir()
            except OSError:
                break


def _swap(staging: Path, output: Path, old: Mapping[str, StrPath], unchanged: set[str]) -> None:
    """Complete ``staging`` with links to unchanged files and put it in ``output``'s place."""
    retired = output.parent / f".{output.name}.old-{os.getpid()}"
    (staging / MARKER).parent.mkdir(parents=True, exist_ok=True)
    (staging / MARKER).write_bytes(b"")
    made: set[Path] = set()
    for path in sorted(unchanged):
        target = staging / path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        _link_or_copy(old[path], target)
    if output.exists():
        output.rename(retired)
    try:
        staging.rename(output)
    except BaseException:
        if retired.exists() and not output.exists():
            retired.rename(output)
        raise
    _remove(retired)


def _remove_leftovers(output: Path) -> None:
    """Delete staging and retired folders left beside ``output`` by killed builds."""
    if not output.parent.is_dir():
        return
    for kind in ("staging", "old"):
        for folder in output.parent.glob(f".{output.name}.{kind}-*"):
            pid = folder.name.rpartition("-")[2]
            if pid.isdigit() and not _running(int(pid)):
                _remove(folder)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours, from an earlier failed call: safe to remove
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _same_bytes(path: StrPath, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


def _link_or_copy(source: StrPath, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
