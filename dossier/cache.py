"""Per-source cache of what the loader and the extractor made of one article file.

Parsing an article and extracting its claims is a pure function of the
file's bytes, its sidecar's bytes and its path (``extract_to_cache``), so
the result is stored once under a key made of those bytes and of the code
that reads them: a digest of the source code of the loader and extractor
modules (found by following their ``dossier`` imports), which covers
``EXTRACTOR_VERSION`` in ``extractor.py``.  Editing an article or its
metadata, or changing the extractor or the loader, gives a new key; nothing
else (templates, the reconciler, other articles) does.

An entry is one file, ``<cache>/sources/<key>.bin``: a magic line, a
checksum, and the zlib-compressed pickle of an ``Entry``.  Entries are
written to a temporary file and moved into place with ``os.replace``, so a
killed build never leaves half an entry; an entry that fails its checksum
or cannot be unpickled is reported as a warning and rebuilt.  The cache
folder is trusted like the code: pickles are only ever read from it, never
from the articles.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from dossier.errors import DossierError, error, warning
from dossier.loader import Article, RawArticle, parse_article
from dossier.model import Claim, Diagnostic

FORMAT = b"dossier-cache 1\n"
PACKAGE = Path(__file__).resolve().parent
ROOTS = ("loader", "extractor")  # modules whose code decides what an entry holds
_IMPORT = re.compile(
    r"^\s*(?:from\s+dossier(?:\.(\w+))?\s+import\s+([\w, ()]+)|import\s+dossier\.(\w+))", re.M
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """What one article file becomes: the parsed article and its claims, or why it was skipped."""

    article: Article | None
    claims: tuple[Claim, ...]
    error: Diagnostic | None = None  # set when the file is unusable (then article is None)


@cache
def code_modules() -> tuple[str, ...]:
    """Names of the package modules the loader and the extractor depend on."""
    seen: set[str] = set()
    todo = list(ROOTS)
    while todo:
        name = todo.pop()
        path = PACKAGE / f"{name}.py"
        if name in seen or not path.is_file():
            continue
        seen.add(name)
        for sub, names, plain in _IMPORT.findall(path.read_text(encoding="utf-8")):
            if sub or plain:
                todo.append(sub or plain)
            else:
                todo.extend(n.split(" as ")[0].strip("() ") for n in names.split(","))
    return tuple(sorted(seen))


@cache
def code_version() -> str:
    """Digest of the code that parses and extracts (``EXTRACTOR_VERSION`` included).

    Read from the source files rather than imported, so a build with nothing
    to extract does not import the extractor.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(FORMAT)
    for name in code_modules():
        digest.update(name.encode() + b"\0" + (PACKAGE / f"{name}.py").read_bytes() + b"\0")
    return digest.hexdigest()


def key(raw: RawArticle) -> str:
    """Cache key of one article file: its path, bytes, sidecar and the code version."""
    digest = hashlib.blake2b(digest_size=20)
    for part in (
        code_version().encode(),
        raw.path.encode(),
        raw.data,
        (raw.sidecar_path or "").encode(),
        raw.sidecar if raw.sidecar is not None else b"\xff",
    ):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def extract(raw: RawArticle) -> Entry:
    """Parse one article file and extract its claims (pure; no I/O)."""
    from dossier.extractor import extract_claims

    try:
        article = parse_article(raw)
    except DossierError as exc:
        return Entry(article=None, claims=(), error=exc.diagnostic)
    try:
        claims = extract_claims(article.source)
    except Exception as exc:  # a fault in one article's rules must not cost the site
        message = f"figures could not be read from this article ({type(exc).__name__}: {exc})"
        failed = replace(article, diagnostics=(*article.diagnostics, error(raw.path, message)))
        return Entry(article=failed, claims=())
    return Entry(article=article, claims=claims)


def encode(entry: Entry) -> bytes:
    payload = zlib.compress(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), 1)
    return FORMAT + hashlib.blake2b(payload, digest_size=16).digest() + payload


def decode(data: bytes) -> Entry:
    """The entry in ``data``; raises ``ValueError`` if it is damaged."""
    if not data.startswith(FORMAT):
        raise ValueError("unknown format")
    check, payload = data[len(FORMAT) : len(FORMAT) + 16], data[len(FORMAT) + 16 :]
    if hashlib.blake2b(payload, digest_size=16).digest() != check:
        raise ValueError("checksum mismatch")
    try:
        entry = pickle.loads(zlib.decompress(payload))
    except Exception as exc:  # any damage inside a checksummed payload
        raise ValueError(f"cannot unpickle: {exc}") from exc
    if not isinstance(entry, Entry):
        raise ValueError("not a cache entry")
    return entry


def extract_to_cache(raw: RawArticle) -> tuple[str, bytes]:
    """``(key, encoded entry)`` for one article file: the unit of work to distribute."""
    return key(raw), encode(extract(raw))


# Entries already decoded in this process, by (cache folder, key): a long-running
# ``serve --watch`` rebuilds without decoding the articles that did not change.
_DECODED: dict[tuple[str, str], Entry] = {}


def forget_decoded() -> None:
    """Drop the entries decoded so far (as a new process would start)."""
    _DECODED.clear()


class Store:
    """The cache folder: read, write atomically, and prune entries."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "sources"
        self._where = os.path.abspath(self.folder)

    def path(self, entry_key: str) -> Path:
        return self.folder / f"{entry_key}.bin"

    def read(self, entry_key: str) -> bytes | None:
        try:
            return self.path(entry_key).read_bytes()
        except OSError:
            return None

    def load(self, entry_key: str) -> tuple[Entry | None, Diagnostic | None]:
        """The entry under ``entry_key``; ``(None, warning)`` if it is damaged."""
        known = _DECODED.get((self._where, entry_key))
        if known is not None:
            return known, None
        data = self.read(entry_key)
        if data is None:
            return None, None
        try:
            return self.remember(entry_key, decode(data)), None
        except ValueError as exc:
            where = str(self.path(entry_key))
            return None, warning(where, f"cache entry is damaged ({exc}); rebuilt")

    def write(self, entry_key: str, data: bytes) -> None:
        write_atomic(self.path(entry_key), data)

    def remember(self, entry_key: str, entry: Entry) -> Entry:
        """Keep ``entry`` decoded for later builds in this process."""
        _DECODED[(self._where, entry_key)] = entry
        return entry

    def prune(self, keep: set[str]) -> int:
        """Delete entries (and stray temporary files) not in ``keep``; returns how many."""
        for where, entry_key in list(_DECODED):
            if where == self._where and entry_key not in keep:
                del _DECODED[(where, entry_key)]
        removed = 0
        try:
            names = os.listdir(self.folder)
        except OSError:
            return 0
        for name in names:
            if name.removesuffix(".bin") not in keep:
                try:
                    os.unlink(self.folder / name)
                    removed += 1
                except OSError:
                    pass
        return removed


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
