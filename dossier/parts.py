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

At 5,000 articles the pieces weigh 80 MB, and a new article adds a few
dozen.  So they are kept in two records: a *base* holding every piece of
the build that wrote it, under a random token, and the pieces *added* since
(``added_bytes``), naming the base they complete.  A build that made pieces
rewrites only the added record, until those outgrow ``ADDED_MAX_SHARE`` of
the pieces used; then it writes a new base (and an empty added record).
Added pieces naming another base (a build killed between writing the two)
are ignored: the base alone is always a consistent set.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable

MAGIC = b"dossier-parts 2\n"
ADDED_MAGIC = b"dossier-parts-added 2\n"
TOKEN_SIZE = 16
ADDED_MAX_SHARE = 0.1  # added pieces beyond this share of the pieces used: a new base


class Parts:
    """Made pieces by key; only those used since the last ``fresh`` are kept."""

    def __init__(
        self,
        version: str = "",
        stored: dict[str, bytes] | None = None,
        *,
        base: frozenset[str] = frozenset(),
        token: bytes = b"",
    ) -> None:
        self.version = version
        self._old = stored or {}
        self._used: dict[str, bytes] = {}
        self.made = 0  # pieces made (not found) since creation
        self._base = base  # keys of the pieces in the stored base
        self._token = token  # the stored base's token (b"": there is none)

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
        """The pieces used so far as a new base, to store in the cache folder."""
        self._token = os.urandom(TOKEN_SIZE)
        self._base = frozenset(self._used)
        return (
            MAGIC + self._token + pickle.dumps((self.version, self._used), pickle.HIGHEST_PROTOCOL)
        )

    def added_bytes(self) -> bytes | None:
        """The pieces used so far that the stored base lacks, as a record completing it.

        None when there is no base or the added pieces outgrew their share:
        then write a new base (``to_bytes``) and then ``added_bytes`` again.
        """
        added = {key: piece for key, piece in self._used.items() if key not in self._base}
        if not self._token or len(added) > ADDED_MAX_SHARE * max(1, len(self._used)):
            return None
        record = (self.version, added)
        return ADDED_MAGIC + self._token + pickle.dumps(record, pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes, version: str, added: bytes = b"") -> Parts:
        """Stored pieces if they were written under ``version``, else none (never an error).

        ``added`` is the record of pieces added to that base, if any.
        """
        base = _record(data, MAGIC, version)
        if base is None:
            return cls(version)
        token, pieces = base
        base_keys = frozenset(pieces)
        more = _record(added, ADDED_MAGIC, version)
        if more is not None and more[0] == token:
            pieces.update(more[1])
        return cls(version, pieces, base=base_keys, token=token)


def _record(data: bytes, magic: bytes, version: str) -> tuple[bytes, dict[str, bytes]] | None:
    """(token, pieces) of a base or added record written under ``version``; None if not one."""
    if not data.startswith(magic):
        return None
    token = data[len(magic) : len(magic) + TOKEN_SIZE]
    try:
        stored_version, pieces = pickle.loads(data[len(magic) + TOKEN_SIZE :])
    except Exception:  # a damaged record only means making its pieces again
        return None
    if stored_version != version or not isinstance(pieces, dict) or len(token) != TOKEN_SIZE:
        return None
    return token, pieces
