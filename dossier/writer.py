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

A new file of the old file's size is compared with it by digest when the
caller knows the old file's digest (``recorded``: the digests the last build
reported, for files still of the size and time it left them), else by
reading the old file: after a change of code or templates every page is
rendered again, and reading the whole old site to find most of it unchanged
would cost more than rendering it.  Given ``recorded``, the report gives the
digest of every file given, for the caller to keep.

Making a file or a folder is by far the dearest thing the writer does (on
some disks a good fraction of a millisecond each, against microseconds to
rename or delete one), so while a build may still be updated in place its
changed files wait as numbered files in one flat folder, with no folder
made per page; only if the changes outgrow in-place updating are they moved
into a tree to swap in.  Each folder is made once, and an old file is read
for comparison only when its size is the new file's.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

from dossier.sitestate import FileState, scan

MARKER = ".dossier-site"  # marks a folder as ours, so we never delete a stranger's files
IN_PLACE_MIN_FILES = 1000  # sites smaller than this are always staged and swapped
IN_PLACE_MAX_SHARE = 0.1  # ... and so are builds changing more than this share of the files

Strategy = Literal["auto", "swap", "in_place"]
# (path, size and time of the file there now) -> the digest of its bytes, if known.
Recorded = Callable[[str, FileState], bytes | None]


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int
    changed: Mapping[str, FileState] = field(default_factory=dict)  # size, time of new files
    deleted: tuple[str, ...] = ()  # paths of the files removed
    # ``digest`` of each file given, when the caller gave ``recorded`` digests
    digests: Mapping[str, bytes] = field(default_factory=dict)


class UnsafeOutputError(Exception):
    pass


_UNSAFE = re.compile(r"[\x00-\x1f\\]|(?:^|/)\.{0,2}(?:/|$)")  # control, backslash, "", ., ..


def safe_relative(path: str) -> str:
    """``path`` if it is a relative POSIX path that stays inside the output folder."""
    if not path or _UNSAFE.search(path):
        raise UnsafeOutputError(f"refusing to write outside the output folder: {path!r}")
    return path


def write_site(
    output: Path,
    files: Mapping[str, bytes] | Iterable[tuple[str, bytes]],
    keep: Collection[str] = (),
    *,
    old: Mapping[str, FileState] | None = None,
    strategy: Strategy = "auto",
    recorded: Recorded | None = None,
) -> WriteReport:
    """Make ``output`` contain exactly ``files`` (relative POSIX path -> bytes) and ``keep``.

    ``files`` may be a mapping or an iterable of ``(path, bytes)`` pairs; an
    iterable is consumed one file at a time, so pages can be rendered as
    they are written and never all held in memory.  Changed files are staged
    beside ``output`` as they arrive; at the end they are either moved into
    ``output`` one by one (few changes to a large site) or put in a staging
    folder completed with links to the unchanged files and swapped in.
    ``keep`` names files already in ``output`` that stay as they are; ``old``
    is the size and modification time of every file in ``output``
    (``sitestate``), if the caller has them already; ``recorded`` gives the
    digests of old files the caller knows (see the module docstring).
    """
    pairs = ((p, files[p]) for p in files) if isinstance(files, Mapping) else files
    if output.exists() and not output.is_dir():
        raise UnsafeOutputError(f"output {output} exists and is not a folder")
    old = scan(output, skip=(MARKER,)).files if old is None else old
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
    may_update_in_place = marked and (
        strategy == "in_place" or (strategy == "auto" and len(old) >= IN_PLACE_MIN_FILES)
    )
    budget = len(old) if strategy == "in_place" else int(IN_PLACE_MAX_SHARE * len(old))
    staging = _Staging(output, budget if may_update_in_place else 0)
    try:
        seen, unchanged, digests = _stage(staging, pairs, old, kept, recorded)
        removed = sorted(set(old) - seen - kept)
        changed = sorted(staging.states)
        report = WriteReport(
            written=len(changed),
            unchanged=len(unchanged) + len(kept),
            removed=len(removed),
            changed=staging.states,
            deleted=tuple(removed),
            digests=digests,
        )
        if not changed and not removed and marked:
            staging.discard()
            return report
        if strategy == "auto":
            small = len(changed) + len(removed) <= IN_PLACE_MAX_SHARE * len(old)
            strategy = "in_place" if len(old) >= IN_PLACE_MIN_FILES and small else "swap"
        if strategy == "in_place" and marked and not _clashes(output, old, changed):
            staging.move_in(removed)
        else:
            staging.swap(old, unchanged | kept)
    except BaseException:
        staging.discard()
        raise
    return report


def _stage(
    staging: _Staging,
    pairs: Iterable[tuple[str, bytes]],
    old: Mapping[str, FileState],
    kept: set[str],
    recorded: Recorded | None = None,
) -> tuple[set[str], set[str], dict[str, bytes]]:
    """Stage files whose bytes changed; returns (every path given, paths unchanged, digests)."""
    seen: set[str] = set()
    unchanged: set[str] = set()
    digests: dict[str, bytes] = {}
    root = os.path.join(staging.output, "")
    for path, data in pairs:
        safe_relative(path)
        if path in seen or path in kept:
            raise ValueError(f"file given twice: {path}")
        seen.add(path)
        state = old.get(path)
        known = found = None
        if recorded is not None:
            found = digests[path] = digest(data)
            known = recorded(path, state) if state is not None else None
        if state is not None and state[0] == len(data):
            same = known == found if known is not None else _same_bytes(root + path, data)
        else:
            same = False
        if same:
            unchanged.add(path)
        else:
            staging.add(path, data)
    return seen, unchanged, digests


def digest(data: bytes) -> bytes:
    """What the writer knows a file's bytes by (``WriteReport.digests``)."""
    return hashlib.blake2b(data, digest_size=16).digest()


class _Staging:
    """Changed files on their way into the output folder.

    The first ``flat_budget`` files wait as numbered files in one folder (to
    be moved in place one by one); past that, or when swapping, they go into
    a tree laid out as the site (to be swapped in whole).
    """

    def __init__(self, output: Path, flat_budget: int) -> None:
        self.output = output
        self.flat = output.parent / f".{output.name}.staged-{os.getpid()}"
        self.tree = output.parent / f".{output.name}.staging-{os.getpid()}"
        # The folders as strings ending in "/", to join paths to (once per file)
        self._flat_root = os.path.join(self.flat, "")
        self._tree_root = os.path.join(self.tree, "")
        self.flat_budget = flat_budget
        self.flat_paths: list[str] = []  # flat file number n holds flat_paths[n]
        self.states: dict[str, FileState] = {}
        self._folders: set[str] = set()  # folders made in the tree
        self._in_tree = False
        _remove(self.flat)
        _remove(self.tree)

    def add(self, path: str, data: bytes) -> None:
        if not self._in_tree and len(self.flat_paths) < self.flat_budget:
            if not self.flat_paths:
                os.makedirs(self.flat, exist_ok=True)
            where = self._flat_root + str(len(self.flat_paths))
            self.flat_paths.append(path)
        else:
            self._to_tree()
            where = self._tree_place(path)
        self.states[path] = _write_file(where, data)

    def _tree_place(self, path: str) -> str:
        """Where ``path`` goes in the tree, its folder made if it was not yet."""
        folder = path.rpartition("/")[0]
        if folder not in self._folders:
            _make_folder(self._tree_root + folder)
            self._folders.add(folder)
        return self._tree_root + path

    def _to_tree(self) -> None:
        """Move files waiting in the flat folder into the tree (once)."""
        if self._in_tree:
            return
        self._in_tree = True
        os.makedirs(self.tree, exist_ok=True)
        for number, path in enumerate(self.flat_paths):
            os.replace(os.path.join(self.flat, str(number)), self._tree_place(path))
        self.flat_paths = []
        _remove(self.flat)

    def move_in(self, removed: list[str]) -> None:
        """Move each staged file over its old version, then delete ``removed`` files."""
        root = os.path.join(self.output, "")
        moves: list[tuple[str, str]] = [
            (os.path.join(self.flat, str(n)), path) for n, path in enumerate(self.flat_paths)
        ]
        if self._in_tree:
            moves = [(os.path.join(self.tree, path), path) for path in sorted(self.states)]
        for source, path in sorted(moves, key=lambda move: move[1]):
            target = root + path
            try:
                os.replace(source, target)
            except FileNotFoundError:  # a new page in a new folder
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.replace(source, target)
        for path in removed:
            Path(root + path).unlink(missing_ok=True)
            for parent in PurePosixPath(path).parents:
                if str(parent) == ".":
                    break
                try:
                    os.rmdir(root + str(parent))
                except OSError:
                    break
        self.discard()

    def swap(self, old: Mapping[str, FileState], unchanged: set[str]) -> None:
        """Complete the tree with links to unchanged files and put it in the output's place."""
        self._to_tree()
        with open(os.path.join(self.tree, MARKER), "wb"):
            pass
        root = os.path.join(self.output, "")
        for path in sorted(unchanged):
            _link_or_copy(root + path, self._tree_place(path))
        retired = self.output.parent / f".{self.output.name}.old-{os.getpid()}"
        if self.output.exists():
            self.output.rename(retired)
        try:
            self.tree.rename(self.output)
        except BaseException:
            if retired.exists() and not self.output.exists():
                retired.rename(self.output)
            raise
        _remove(retired)
        self.discard()

    def discard(self) -> None:
        _remove(self.flat)
        _remove(self.tree)


def _write_file(where: str, data: bytes) -> FileState:
    """Create the file ``where`` holding ``data``; returns its size and modification time."""
    handle = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
        state = os.fstat(handle)
    finally:
        os.close(handle)
    return (state.st_size, state.st_mtime_ns)


def _make_folder(folder: str) -> None:
    try:
        os.mkdir(folder)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    except FileExistsError:
        pass


def _clashes(output: Path, old: Mapping[str, FileState], changed: Collection[str]) -> bool:
    """True if a new file would replace a folder or sit under an old file's name."""
    root = os.path.join(output, "")
    for path in changed:
        if path in old:
            continue
        if os.path.isdir(root + path):
            return True
        folder = path.rpartition("/")[0]
        while folder:
            if folder in old:
                return True
            folder = folder.rpartition("/")[0]
    return False


def _remove_leftovers(output: Path) -> None:
    """Delete staging and retired folders left beside ``output`` by killed builds."""
    if not output.parent.is_dir():
        return
    for kind in ("staging", "staged", "old"):
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


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
