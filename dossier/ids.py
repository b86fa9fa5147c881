"""Stable, content-derived ids and safe URL slugs.

Ids are public: they appear in URLs people link to.  They are derived from
content, never from counters or positions, so adding, removing or editing
other articles (or other paragraphs of the same article) leaves them alone.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SLUG_MAX = 80
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "index", "static", "data", "search", "about"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)
_SPACE = re.compile(r"\s+")


def short_hash(*parts: str, length: int = 10) -> str:
    """A short lowercase hex digest of ``parts`` (joined unambiguously)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@lru_cache(maxsize=4096)  # a claim's sentence is normalised once per figure in it
def normalise_for_id(text: str) -> str:
    """Case-, space- and quote-insensitive form of ``text`` for hashing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return _SPACE.sub(" ", text).strip()


def slugify(text: str, *, max_length: int = _SLUG_MAX) -> str:
    """A lowercase ASCII slug safe as one URL path segment and file name.

    Only ``[a-z0-9_-]`` survive; control, zero-width and bidi characters are
    dropped; the result never starts with a dot or a dash and is never a
    reserved device or site folder name.  May return ``""``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9_]+", "-", ascii_text).strip("-_")
    slug = re.sub(r"-{2,}", "-", slug)[:max_length].strip("-_")
    if slug in _RESERVED:
        slug = f"{slug}-1"
    return slug


def source_id(relative_path: str) -> str:
    """Id of the article at ``relative_path`` (relative to the articles folder).

    Built from the file's stem (and its folders, if nested).  Falls back to a
    hash of the path when nothing safe is left of the name.
    """
    folder, _, name = relative_path.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    if folder:
        stem = f"{folder}/{stem}"
    slug = slugify(stem.replace("/", "--"))
    return slug or f"source-{short_hash(relative_path, length=8)}"


def claim_id(source: str, sentence: str, quote: str, kind: str, occurrence: int = 0) -> str:
    """Id of a claim: its source, its sentence's text and its quoted figure.

    ``occurrence`` tells apart the same quote twice in one sentence (0 first).
    """
    parts = [source, normalise_for_id(sentence), normalise_for_id(quote), kind]
    if occurrence:
        parts.append(str(occurrence))
    return f"{short_hash(*parts, length=12)}"


def question_id(kind: str, unit: str, key: str) -> str:
    """Id of a question from its measure and a canonical key of what it asks."""
    return f"q-{short_hash(kind, unit, normalise_for_id(key), length=10)}"
