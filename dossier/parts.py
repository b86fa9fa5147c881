"""Pieces of the whole-corpus files, kept from one build to the next.

``data/claims.json`` and ``data/claims.csv`` list every claim, so they change
whenever an article is added; making them from scratch costs tens of
microseconds a claim.  They are made instead of one piece per source (and
one per question for ``data/conflicts.json``), each remembered under a key
of everything it was made from: the source's content key and the verdicts
of its claims' questions.  A build then makes only the pieces of new or
changed sources and joins the rest.

The pieces are held in memory between builds of one process (``dossier
serve --watch``); ``to_bytes`` and ``from_bytes`` let a caller keep them in
the cache folder between processes.  Keys carry no code version: a stored
set is read back only under the ``version`` it was written with (the
pipeline's digest of the package code), and a piece made by other code is
never used.  The output is the same bytes whether pieces are found or made.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable

MAGIC = b"dossier-parts 1\n"


class Parts:
    """Made pieces by key; only those used since the last ``fresh`` are kept."""

    def __init__(self, version: str = "", stored: dict[str, bytes] | None = None) -> None:
        self.version = version
        self._old = stored or {}
        self._used: dict[str, bytes] = {}
        self.made = 0  # pieces made (not found) since creation

    def get(self, key: str, make: Callable[[], bytes]) -> bytes:
        found = self._used.get(key)
        if found is None:
            found = self._old.get(key)
            if found is None:
                found = make()
                self.made += 1
            self._used[key] = found
        return found

    def fresh(self) -> Parts:
        """The pieces used so far, for the next build (the rest are dropped)."""
        return Parts(self.version, self._used)

    def to_bytes(self) -> bytes:
        """The pieces used so far, to store in the cache folder."""
        record = (self.version, self._used)
        return MAGIC + pickle.dumps(record, pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes, version: str) -> Parts:
        """Stored pieces if they were written under ``version``, else none (never an error)."""
        if not data.startswith(MAGIC):
            return cls(version)
        try:
            stored_version, pieces = pickle.loads(data[len(MAGIC) :])
        except Exception:  # a damaged file only means making every piece again
            return cls(version)
        if stored_version != version or not isinstance(pieces, dict):
            return cls(version)
        return cls(version, pieces)
