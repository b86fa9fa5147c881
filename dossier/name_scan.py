"""Where each name occurs in each source's text, worked out once per source and name table.

Entity pages list the sources whose text names them (``mentions``).  A
source's text is scanned for every surface name at once: at each position
that does not follow a letter or digit, the longest name found there that
is not followed by one counts, and the scan goes on after it.  The names
are one regular expression shaped as a trie (``name_pattern``), so a
position costs a few character tests, not one per name.

A scan depends only on the text and the set of names, so ``SourceScans``
keeps each text's result under a digest of the text, with the name set it
was made with.  When the names change (a new article brings a name, or one
is gone), a kept result still holds for a text that contains none of the
new names and in which none of the names that are gone was found: the scan
of that text would take the same steps.  Only the other texts, and texts
never seen, are scanned again.  ``to_bytes`` and ``from_bytes`` let a build
keep the results in the cache folder; a missing, damaged or foreign record
only means scanning again, never a different answer.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from dossier.model import Source

CACHE_FILE = "mentions.bin"
MAGIC = b"dossier-mentions 1\n"
_CHECK = 16  # bytes of the checksum after the magic line
_FEW = 24  # up to this many new names are looked for one by one

# Name -> occurrences in one text, names in order.
Found = tuple[tuple[str, int], ...]


def name_pattern(names: Collection[str], *, bounded: bool = True) -> re.Pattern[str]:
    """A pattern matching any of ``names``, the longest first where several start at one place.

    With ``bounded``, a match neither follows nor is followed by a word character.
    """
    trie: dict[str, dict] = {}
    for name in sorted(names):
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _alternatives(trie)
    if bounded:
        return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")
    return re.compile(body)


def _alternatives(node: dict[str, dict]) -> str:
    """The regular expression of a trie node: its branches, then (optionally) its end.

    A greedy ``?`` tries the longer branches first, and backtracks to a name
    ending here only when no longer one fits, as an alternation sorted by
    length would.  Names that both match at one place are prefixes of each
    other, so they lie on one path of the trie.
    """
    branches = [re.escape(char) + _alternatives(child) for char, child in node.items() if char]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return inner
    return inner + "?" if len(branches) == 1 and len(inner) == 1 else "(?:" + inner + ")?"


def scan_text(pattern: re.Pattern[str], text: str) -> Found:
    """Each name ``pattern`` finds in ``text`` with its number of occurrences, names in order."""
    return tuple(sorted(Counter(match.group(0) for match in pattern.finditer(text)).items()))


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass(slots=True)
class SourceScans:
    """Scans of source texts by the digest of the text, all made with the name set ``names``.

    ``scanned`` counts the texts scanned since this record was made or read;
    ``changed`` tells whether it holds anything it was not read with.
    """

    names: frozenset[str] = frozenset()
    found: dict[bytes, Found] = field(default_factory=dict)
    scanned: int = 0
    changed: bool = False

    def scan(self, sources: Sequence[Source], names: Collection[str]) -> dict[str, Found]:
        """Source id -> the names found in its text; keeps only these sources' results."""
        wanted = frozenset(names)
        stale = _Staleness(self.names, wanted)
        pattern: re.Pattern[str] | None = None
        found: dict[bytes, Found] = {}
        result: dict[str, Found] = {}
        for source in sources:
            key = text_key(source.body)
            known = found.get(key)
            if known is None:
                known = self.found.get(key)
                if known is None or stale.of(known, source.body):
                    pattern = pattern or name_pattern(wanted)
                    known = scan_text(pattern, source.body)
                    self.scanned += 1
                found[key] = known
            result[source.id] = known
        if self.scanned or wanted != self.names or found.keys() != self.found.keys():
            self.changed = True
        self.names, self.found = wanted, found
        return result

    def to_bytes(self) -> bytes:
        payload = pickle.dumps((sorted(self.names), self.found), pickle.HIGHEST_PROTOCOL)
        return MAGIC + _checksum(payload) + payload

    @classmethod
    def from_bytes(cls, data: bytes) -> SourceScans:
        """The stored scans, or none when ``data`` is not a whole, well-formed record."""
        check, payload = data[len(MAGIC) : len(MAGIC) + _CHECK], data[len(MAGIC) + _CHECK :]
        if (
            not data.startswith(MAGIC)
            or hashlib.blake2b(payload, digest_size=_CHECK).digest() != check
        ):
            return cls()
        try:
            names, found = pickle.loads(payload)
        except Exception:  # a damaged record only means scanning again
            return cls()
        if not _well_formed(names, found):
            return cls()
        return cls(frozenset(names), found)


def _checksum(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_CHECK).digest()


class _Staleness:
    """Tells whether a text's kept scan, made with ``old`` names, still holds for ``new``."""

    def __init__(self, old: frozenset[str], new: frozenset[str]) -> None:
        self.gone = old - new
        self.added = sorted(new - old)
        self._search: re.Pattern[str] | None = None
        if len(self.added) > _FEW:
            self._search = name_pattern(self.added, bounded=False)

    def of(self, found: Found, text: str) -> bool:
        if self.gone and any(name in self.gone for name, _ in found):
            return True
        if self._search is not None:
            return self._search.search(text) is not None
        return any(name in text for name in self.added)


def _well_formed(names: object, found: object) -> bool:
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return False
    if not isinstance(found, Mapping):
        return False
    return all(
        isinstance(key, bytes)
        and isinstance(value, tuple)
        and all(
            isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[0], str)
            and isinstance(item[1], int)
            for item in value
        )
        for key, value in found.items()
    )
