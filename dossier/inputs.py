"""The article files a build reads and their cache keys, reading only files that changed.

Like git's index: ``<cache>/files.bin`` records, for every article and
sidecar file, its stat stamp (size, modification and change times, inode)
and a digest of its bytes.  A file whose stamp is the recorded one is not
read: its digest comes from the index, and the cache key follows from the
digests (``cache.key_of``).  Any other file is read and hashed.

A file changed twice within one tick of the file system's clock, the second
time keeping its size, would keep its stamp too.  So a file whose change
time is within ``RACY_NS`` of the moment the stamps were taken is left out
of the index and read again by the next build ("racy", in git's words).
The change time cannot be set by hand (on POSIX systems), so a file
rewritten with its old modification time is read again as well.  A missing, damaged or foreign
index only means every file is read.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from dossier import cache
from dossier.errors import DossierError
from dossier.loader import (
    ArticleFile,
    RawArticle,
    Stamp,
    find_article_files,
    read_article_file,
    reported,
    unreadable,
)
from dossier.model import Diagnostic

INDEX = "files.bin"
INDEX_FORMAT = b"dossier-files 1\n"
RACY_NS = 2_000_000_000

Recorded = tuple[Stamp, bytes]  # stamp, digest of the bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class Input:
    """One article file as a build uses it: digests of its bytes, and the bytes if read."""

    path: str  # as ``RawArticle.path``
    found: ArticleFile
    digest: bytes  # of the article's bytes
    sidecar_digest: bytes | None  # of the sidecar's bytes; None: no sidecar
    raw: RawArticle | None = None

    @property
    def key(self) -> str:
        """The extraction cache's key (made when asked: a build with nothing to do needs none)."""
        return cache.key_of(self.path, self.digest, self.found.sidecar_path, self.sidecar_digest)


@dataclass(frozen=True, slots=True, kw_only=True)
class Gathered:
    inputs: tuple[Input, ...]
    diagnostics: tuple[Diagnostic, ...]
    skipped: tuple[tuple[str, str], ...]
    files_read: int  # article files read (not found unchanged in the index)


def gather(folder: Path, index_path: Path) -> Gathered:
    """Every article file under ``folder`` with its key; updates the index at ``index_path``."""
    taken = _now()
    found, problems = find_article_files(folder)
    known = read_index(index_path, folder)
    seen: dict[str, Recorded] = {}
    inputs: list[Input] = []
    for article in found:
        try:
            made = _input(article, known, seen)
        except (DossierError, OSError) as exc:
            problems.append((article.relative, unreadable(article, exc)))
            continue
        inputs.append(made)
    diagnostics, skipped = reported(problems)
    settled = {path: rec for path, rec in seen.items() if not _racy(rec[0], taken)}
    if settled != known:
        write_index(index_path, folder, settled)
    return Gathered(
        inputs=tuple(inputs),
        diagnostics=tuple(diagnostics),
        skipped=tuple(skipped),
        files_read=sum(1 for i in inputs if i.raw is not None),
    )


def _input(article: ArticleFile, known: Mapping[str, Recorded], seen: dict[str, Recorded]) -> Input:
    """The input for ``article``, reading it only if the index does not vouch for it."""
    digest = _known(known, article.relative, article.stamp)
    sidecar, sidecar_stamp = article.sidecar_relative, article.sidecar_stamp
    sidecar_digest = None
    if sidecar is not None and sidecar_stamp is not None:
        sidecar_digest = _known(known, sidecar, sidecar_stamp)
    raw = None
    if digest is None or (sidecar is not None and sidecar_digest is None):
        raw = read_article_file(article)
        digest = cache.content_digest(raw.data)
        if raw.sidecar is not None:
            sidecar_digest = cache.content_digest(raw.sidecar)
    seen[article.relative] = (article.stamp, digest)
    if sidecar is not None and sidecar_stamp is not None and sidecar_digest is not None:
        seen[sidecar] = (sidecar_stamp, sidecar_digest)
    return Input(
        path=article.path, found=article, digest=digest, sidecar_digest=sidecar_digest, raw=raw
    )


def _known(known: Mapping[str, Recorded], relative: str, stamp: Stamp) -> bytes | None:
    """The recorded digest of a file, if its stamp is the recorded one."""
    recorded = known.get(relative)
    return recorded[1] if recorded is not None and recorded[0] == stamp else None


def _now() -> int:
    return time.time_ns()


def _racy(stamp: Stamp, taken: int) -> bool:
    """True if the file changed so close to ``taken`` that its stamp cannot vouch for it."""
    _size, mtime, ctime, _inode = stamp
    return max(mtime, ctime) >= taken - RACY_NS


def read(item: Input) -> Input:
    """``item`` with its bytes, read now; raises ``OSError`` or ``DossierError``."""
    if item.raw is not None:
        return item
    raw = read_article_file(item.found)
    sidecar = None if raw.sidecar is None else cache.content_digest(raw.sidecar)
    return replace(item, digest=cache.content_digest(raw.data), sidecar_digest=sidecar, raw=raw)


# ---------------------------------------------------------------- the index file


def read_index(path: Path, folder: Path) -> dict[str, Recorded]:
    """Relative path -> (stamp, digest) of the files in ``folder`` the last build recorded.

    {} if there is no index, it is damaged, or it is of another folder.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head = len(INDEX_FORMAT)
    check, payload = data[head : head + 16], data[head + 16 :]
    if not data.startswith(INDEX_FORMAT) or _checksum(payload) != check:
        return {}
    try:
        where, recorded = pickle.loads(payload)
    except Exception:  # a damaged index only means every file is read
        return {}
    if where != os.path.abspath(folder) or not isinstance(recorded, dict):
        return {}
    return recorded


def write_index(path: Path, folder: Path, recorded: Mapping[str, Recorded]) -> None:
    table = (os.path.abspath(folder), dict(sorted(recorded.items())))
    payload = pickle.dumps(table, pickle.HIGHEST_PROTOCOL)
    cache.write_atomic(path, INDEX_FORMAT + _checksum(payload) + payload)


def _checksum(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=16).digest()
