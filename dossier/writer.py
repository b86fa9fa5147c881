"""The only code that writes the site.

A build is staged in a temporary folder beside the output and swapped in at
the end, so an interrupted or failed build leaves the previous site intact.
Files whose bytes did not change are hard-linked into the staging folder
(their modification time is kept) and a build that changes nothing touches
nothing.  Pages of removed articles disappear with the swap.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MARKER = ".dossier-site"  # marks a folder as ours, so we never delete a stranger's files


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
    found: dict[str, Path] = {}
    if not output.is_dir():
        return found
    for root, _dirs, names in os.walk(output):
        for name in names:
            full = Path(root) / name
            relative = full.relative_to(output).as_posix()
            if relative != MARKER:
                found[relative] = full
    return found


def write_site(output: Path, files: Mapping[str, bytes]) -> WriteReport:
    """Make ``output`` contain exactly ``files`` (relative POSIX path -> bytes)."""
    for path in files:
        safe_relative(path)
    if output.exists() and not output.is_dir():
        raise UnsafeOutputError(f"output {output} exists and is not a folder")
    old = existing_files(output)
    if old and not (output / MARKER).exists():
        raise UnsafeOutputError(
            f"output folder {output} has files that dossier did not write; "
            "choose an empty or new folder"
        )
    unchanged = {p for p, data in files.items() if p in old and _same_bytes(old[p], data)}
    removed = set(old) - set(files)
    changed = set(files) - unchanged
    if not changed and not removed and (output / MARKER).exists():
        return WriteReport(written=0, unchanged=len(unchanged), removed=0)
    staging = output.parent / f".{output.name}.staging-{os.getpid()}"
    retired = output.parent / f".{output.name}.old-{os.getpid()}"
    _remove(staging)
    try:
        staging.mkdir(parents=True)
        (staging / MARKER).write_bytes(b"")
        made: set[Path] = set()
        for path in sorted(files):
            target = staging / path
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            if path in unchanged:
                _link_or_copy(old[path], target)
            else:
                target.write_bytes(files[path])
        if output.exists():
            output.rename(retired)
        staging.rename(output)
    except BaseException:
        _remove(staging)
        if retired.exists() and not output.exists():
            retired.rename(output)
        raise
    _remove(retired)
    return WriteReport(written=len(changed), unchanged=len(unchanged), removed=len(removed))


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
