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

Entries are pickled with ``records`` (several times faster to unpickle than
dataclasses' own way).  Each build also leaves ``<cache>/entries.pack``: the
entries of that build, each a checksum and a plain (not compressed) pickle,
one after the other in one file written atomically, so the next build reads
one file instead of one per article and inflates nothing; any entry missing
from it or damaged in it is read from its own file.  A pack record's checksum
is a CRC-32, which finds damage as well as the entry files' digest does and
is computed six times faster (the pack is 50 MB at 5,000 articles).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from dossier import records
from dossier.errors import DossierError, error, warning
from dossier.loader import Article, RawArticle, parse_article
from dossier.model import Claim, Diagnostic

FORMAT = b"dossier-cache 2\n"
PACK = "entries.pack"
PACK_FORMAT = b"dossier-pack 3\n"
PACK_CHECK = 4  # bytes of a pack record's checksum (a CRC-32)
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
    parts = (
        code_version().encode(),
        path.encode("utf-8", "surrogatepass"),
        data,
        (sidecar_path or "").encode("utf-8", "surrogatepass"),
        sidecar if sidecar is not None else b"\xff",
    )
    framed = b"".join(len(part).to_bytes(8, "little") + part for part in parts)
    return hashlib.blake2b(framed, digest_size=20).hexdigest()


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
    payload = zlib.compress(records.dumps(entry), 1)
    return FORMAT + _checksum(payload) + payload


def decode(data: bytes) -> Entry:
    """The entry in ``data``; raises ``ValueError`` if it is damaged."""
    return _entry(_pickled(data))


def _pickled(data: bytes) -> bytes:
    """The pickle of the entry in ``data`` (an entry file's bytes), checked and inflated."""
    if not data.startswith(FORMAT):
        raise ValueError("unknown format")
    check, payload = data[len(FORMAT) : len(FORMAT) + 16], data[len(FORMAT) + 16 :]
    if _checksum(payload) != check:
        raise ValueError("checksum mismatch")
    try:
        return zlib.decompress(payload)
    except zlib.error as exc:
        raise ValueError(f"cannot inflate: {exc}") from exc


def _entry(pickled: bytes | memoryview) -> Entry:
    try:
        entry = records.loads(pickled)
    except Exception as exc:  # any damage inside a checksummed payload
        raise ValueError(f"cannot unpickle: {exc}") from exc
    if not isinstance(entry, Entry):
        raise ValueError("not a cache entry")
    return entry


def _checksum(payload: bytes | memoryview) -> bytes:
    return hashlib.blake2b(payload, digest_size=16).digest()


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
        self._pickles: dict[str, bytes | memoryview] = {}  # checked pickles read or written here
        self._pack: dict[str, memoryview] | None = None  # the pack's records, once read
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
            pickled = _pickled(data)
            entry = _entry(pickled)
        except ValueError as exc:
            return None, _damaged(self.path(entry_key), exc)
        self._pickles[entry_key] = pickled
        return self.remember(entry_key, entry), None

    def has(self, entry_key: str) -> bool:
        """Whether an entry under ``entry_key`` is kept (decoded here, packed or in its file).

        Cheap (no entry is read): a build tells the files to extract before it
        decodes the others.  A kept entry may still turn out damaged.
        """
        return (
            (self._where, entry_key) in _DECODED
            or entry_key in self.packed()
            or self.path(entry_key).is_file()
        )

    def load_all(self, keys: Iterable[str]) -> tuple[dict[str, Entry], list[Diagnostic]]:
        """The entries found under ``keys``: from this process, the pack or their own files.

        A damaged entry is left out with a warning, unless a good copy is found.
        """
        found: dict[str, Entry] = {}
        notes: list[Diagnostic] = []
        with records.paused_gc():
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
        packed = self.packed().get(entry_key)
        if packed is None:
            return None, None
        try:
            pickled = _checked(packed)
            entry = _entry(pickled)
        except ValueError as exc:
            self._pack_stale = True
            return None, _damaged(self.root / PACK, exc)
        self._pickles[entry_key] = pickled
        return self.remember(entry_key, entry), None

    def packed(self) -> dict[str, memoryview]:
        """Key -> record (checksum and pickle) of each entry in the pack; {} if there is none.

        A pack cut short keeps the records before the cut.
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

    def add(self, entry_key: str, data: bytes) -> Entry:
        """Write the encoded entry ``data`` under ``entry_key``; returns it decoded."""
        pickled = _pickled(data)
        entry = _entry(pickled)
        self.write(entry_key, data)
        self._pickles[entry_key] = pickled
        return self.remember(entry_key, entry)

    def write(self, entry_key: str, data: bytes) -> None:
        write_atomic(self.path(entry_key), data)
        self._pickles.pop(entry_key, None)
        self._pack_stale = True

    def remember(self, entry_key: str, entry: Entry) -> Entry:
        """Keep ``entry`` decoded for later builds in this process."""
        _DECODED[(self._where, entry_key)] = entry
        return entry

    def pack(self, keys: Iterable[str]) -> bool:
        """Make the pack hold the entries under ``keys``, in order; False if it did already.

        Entries are stored as plain pickles: inflating them costs more than
        reading the larger file.
        """
        order = list(dict.fromkeys(keys))
        packed = self.packed()
        if not self._pack_stale and list(packed) == order:
            return False
        parts: list[bytes | memoryview] = [PACK_FORMAT]
        for entry_key in order:
            record = self._record(entry_key, packed)
            if record is not None:
                name = entry_key.encode()
                parts += [len(name).to_bytes(2, "little"), name]
                parts += [(len(record) - PACK_CHECK).to_bytes(8, "little"), record]
        data = b"".join(parts)
        write_atomic(self.root / PACK, data)
        self._pack = _unpack(data)
        self._pickles.clear()
        self._pack_stale = False
        return True

    def _record(self, entry_key: str, packed: dict[str, memoryview]) -> bytes | memoryview | None:
        """Checksum and pickle of one entry, for the pack; None if it is nowhere to be had."""
        pickled = self._pickles.get(entry_key)
        if pickled is None and entry_key in packed:
            return packed[entry_key]
        if pickled is None:
            data = self.read(entry_key)
            try:
                pickled = _pickled(data) if data is not None else None
            except ValueError:
                pickled = None
        return None if pickled is None else _pack_check(pickled) + pickled

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


def _checked(record: memoryview) -> memoryview:
    """The pickle in a pack record, if its checksum holds."""
    pickled = record[PACK_CHECK:]
    if _pack_check(pickled) != record[:PACK_CHECK]:
        raise ValueError("checksum mismatch")
    return pickled


def _pack_check(pickled: bytes | memoryview) -> bytes:
    return zlib.crc32(pickled).to_bytes(PACK_CHECK, "little")


def _unpack(data: bytes) -> dict[str, memoryview]:
    """The records of a pack (after its magic line), up to the first that is cut short."""
    view = memoryview(data)
    records_by_key: dict[str, memoryview] = {}
    at = len(PACK_FORMAT)
    while at + 2 <= len(data):
        size = int.from_bytes(view[at : at + 2], "little")
        name, at = bytes(view[at + 2 : at + 2 + size]), at + 2 + size
        length = int.from_bytes(view[at : at + 8], "little") + PACK_CHECK
        record, at = view[at + 8 : at + 8 + length], at + 8 + length
        if len(record) != length or len(name) != size:
            break
        records_by_key[name.decode("ascii", "replace")] = record
    return records_by_key


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
