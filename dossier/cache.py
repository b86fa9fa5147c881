"""Per-source cache of what the loader and the extractor made of one article file.

Parsing an article and extracting its claims is a pure function of the
file's bytes, its sidecar's bytes and its path (``extract_to_cache``), so
the result is stored once under a key made of those bytes and of the code
that reads them: a digest of the source code of the loader and extractor
modules (found by following their ``dossier`` imports), which covers
``EXTRACTOR_VERSION`` in ``extractor.py``.  Editing an article or its
metadata, or changing the extractor or the loader, gives a new key; nothing
else (templates, the reconciler, other articles) does.

The key is made of digests of the bytes (``key_of``), so a build that
knows a file's digest from ``inputs``'s index of unchanged files does not
read the file at all.

An entry is one file, ``<cache>/sources/<key>.bin``: a magic line, a
checksum, and the zlib-compressed pickle of an ``Entry``.  Entries are
written to a temporary file and moved into place with ``os.replace``, so a
killed build never leaves half an entry; an entry that fails its checksum
or cannot be unpickled is reported as a warning and rebuilt.  The cache
folder is trusted like the code: pickles are only ever read from it, never
from the articles.

Records are pickled as a call to ``_make`` with the class and its field
values, which unpickles about twice as fast as dataclasses' own
``__setstate__`` (tens of thousands of records per build).  Each build also
leaves ``<cache>/entries.pack``: the encoded entries of that build, one after
the other in one file written atomically, so the next build reads one file
instead of one per article; any entry missing from it or damaged in it is
read from its own file.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
import os
import pickle
import re
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from dossier.errors import DossierError, error, warning
from dossier.loader import Article, RawArticle, parse_article
from dossier.model import Claim, Diagnostic

FORMAT = b"dossier-cache 2\n"
PACK = "entries.pack"
PACK_FORMAT = b"dossier-pack 1\n"
PACKAGE = Path(__file__).resolve().parent
ROOTS = ("cache", "loader", "extractor")  # modules whose code decides what an entry holds
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


def content_digest(data: bytes) -> bytes:
    """Digest of a file's bytes, as the article index records it."""
    return hashlib.blake2b(data, digest_size=20).digest()


def key(raw: RawArticle) -> str:
    """Cache key of one article file: its path, bytes, sidecar and the code version."""
    sidecar = None if raw.sidecar is None else content_digest(raw.sidecar)
    return key_of(raw.path, content_digest(raw.data), raw.sidecar_path, sidecar)


def key_of(path: str, data: bytes, sidecar_path: str | None, sidecar: bytes | None) -> str:
    """``key`` from the digests of the article's and the sidecar's bytes (None: no sidecar)."""
    digest = hashlib.blake2b(digest_size=20)
    for part in (
        code_version().encode(),
        path.encode("utf-8", "surrogatepass"),
        data,
        (sidecar_path or "").encode("utf-8", "surrogatepass"),
        sidecar if sidecar is not None else b"\xff",
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
    buffer = io.BytesIO()
    _Pickler(buffer, pickle.HIGHEST_PROTOCOL).dump(entry)
    payload = zlib.compress(buffer.getvalue(), 1)
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


class _Pickler(pickle.Pickler):
    """Pickles each dataclass record as ``_make(class, *field values)``."""

    def reducer_override(self, obj: object) -> Any:
        kind = type(obj)
        if hasattr(kind, "__dataclass_fields__") and not isinstance(obj, type):
            return _make, (kind, *(getattr(obj, name) for name in _field_names(kind)))
        return NotImplemented


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


_MAKERS: dict[type, Callable[..., Any]] = {}


def _make(kind: type, *values: object) -> object:
    """A record of ``kind`` with ``values`` for its fields, in order (as ``__init__`` would)."""
    maker = _MAKERS.get(kind) or _maker(kind)
    return maker(*values)


def _maker(kind: type) -> Callable[..., Any]:
    """A function setting each field of a new ``kind`` record: one call per record, no loop.

    Records are frozen, so fields are set with ``object.__setattr__`` as
    dataclasses' own ``__init__`` does.
    """
    names = _field_names(kind)
    params = ", ".join(f"v{n}" for n in range(len(names)))
    body = "".join(f"    put(record, {name!r}, v{n})\n" for n, name in enumerate(names))
    source = f"def make({params}):\n    record = new(kind)\n{body}    return record\n"
    scope: dict[str, Any] = {"new": object.__new__, "put": object.__setattr__, "kind": kind}
    exec(source, scope)  # the source is made of field names only
    _MAKERS[kind] = scope["make"]
    return scope["make"]


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many records are unpickled.

    Unpickling allocates hundreds of thousands of objects, none of them
    garbage; with the collector running, it scans them again and again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
    """The cache folder: read, write atomically, pack and prune entries."""

    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.folder = folder / "sources"
        self._where = os.path.abspath(self.folder)
        self._encoded: dict[str, bytes] = {}  # entries read or written here, as stored
        self._pack: dict[str, bytes] | None = None  # the pack's entries, once read
        self._pack_stale = False  # an entry was written, or one in the pack was unusable

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
            entry = decode(data)
        except ValueError as exc:
            return None, _damaged(self.path(entry_key), exc)
        self._encoded[entry_key] = data
        return self.remember(entry_key, entry), None

    def load_all(self, keys: Iterable[str]) -> tuple[dict[str, Entry], list[Diagnostic]]:
        """The entries found under ``keys``: from this process, the pack or their own files.

        A damaged entry is left out with a warning, unless a good copy is found.
        """
        found: dict[str, Entry] = {}
        notes: list[Diagnostic] = []
        with _no_gc():
            for entry_key in dict.fromkeys(keys):
                known = _DECODED.get((self._where, entry_key))
                if known is not None:
                    found[entry_key] = known
                    continue
                entry, note = self._from_pack(entry_key)
                if entry is None:
                    entry, file_note = self.load(entry_key)
                    note = None if entry is not None else file_note or note
                if entry is not None:
                    found[entry_key] = entry
                if note is not None:
                    notes.append(note)
        return found, notes

    def _from_pack(self, entry_key: str) -> tuple[Entry | None, Diagnostic | None]:
        data = self.packed().get(entry_key)
        if data is None:
            return None, None
        try:
            entry = decode(data)
        except ValueError as exc:
            self._pack_stale = True
            return None, _damaged(self.root / PACK, exc)
        self._encoded[entry_key] = data
        return self.remember(entry_key, entry), None

    def packed(self) -> dict[str, bytes]:
        """Key -> encoded entry of each entry in the pack ({} if there is none or it is damaged).

        Each entry carries its own checksum; a pack cut short keeps the entries before the cut.
        """
        if self._pack is None:
            self._pack = {}
            try:
                data = (self.root / PACK).read_bytes()
            except OSError:
                return self._pack
            if data.startswith(PACK_FORMAT):
                self._pack = _unpack(data)
        return self._pack

    def write(self, entry_key: str, data: bytes) -> None:
        write_atomic(self.path(entry_key), data)
        self._encoded[entry_key] = data
        self._pack_stale = True

    def remember(self, entry_key: str, entry: Entry) -> Entry:
        """Keep ``entry`` decoded for later builds in this process."""
        _DECODED[(self._where, entry_key)] = entry
        return entry

    def pack(self, keys: Iterable[str]) -> bool:
        """Make the pack hold the entries under ``keys``, in order; False if it did already."""
        order = list(dict.fromkeys(keys))
        packed = self.packed()
        if not self._pack_stale and list(packed) == order:
            return False
        parts = [PACK_FORMAT]
        for entry_key in order:
            data = self._encoded.get(entry_key) or packed.get(entry_key) or self.read(entry_key)
            if data is not None:
                name = entry_key.encode()
                parts += [len(name).to_bytes(2, "little"), name]
                parts += [len(data).to_bytes(8, "little"), data]
        write_atomic(self.root / PACK, b"".join(parts))
        self._pack = _unpack(b"".join(parts))
        self._pack_stale = False
        return True

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


def _damaged(where: Path, exc: ValueError) -> Diagnostic:
    return warning(str(where), f"cache entry is damaged ({exc}); rebuilt")


def _unpack(data: bytes) -> dict[str, bytes]:
    """The entries of a pack (after its magic line), up to the first that is cut short."""
    entries: dict[str, bytes] = {}
    at = len(PACK_FORMAT)
    while at + 2 <= len(data):
        size = int.from_bytes(data[at : at + 2], "little")
        name, at = data[at + 2 : at + 2 + size], at + 2 + size
        length = int.from_bytes(data[at : at + 8], "little")
        body, at = data[at + 8 : at + 8 + length], at + 8 + length
        if len(body) != length or len(name) != size:
            break
        entries[name.decode("ascii", "replace")] = body
    return entries


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
