"""Long listings split into pages whose addresses do not move as the dossier grows.

A listing (every claim, every dated figure, every question) is cut by
calendar keys derived from the records themselves, never by position: a
claim belongs to the month its source was published, a timeline entry to the
year of its date.  Adding an article therefore changes the one section its
records fall into; every other section keeps its contents and its address.

A section is split into the next finer level only when it holds more than
``limit`` rows (months into days, years into months and so on).  A split
section keeps its page, which then lists its parts, so no address
disappears while the dossier grows; it can only happen when articles are
removed.  The finest level is never split: a single day with more rows than
``limit`` stays on one page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

PAGE_ROWS = 1000  # the most rows one listing page holds before it is split
UNDATED = "undated"
UNDATED_PARTS = 16  # undated records are split by a hash of their id into this many parts


@dataclass(frozen=True, slots=True)
class Section(Generic[T]):
    """One node of a split listing: the whole listing (``key == ""``), a year, a month, a day."""

    key: str
    rows: int  # weight of everything under this node
    groups: tuple[T, ...]  # the groups under this node, in listing order
    parts: tuple[Section[T], ...] = ()  # empty for a leaf (a page listing rows)

    @property
    def is_leaf(self) -> bool:
        return not self.parts

    def walk(self) -> Iterator[Section[T]]:
        """This node and every node below it, parents first, in listing order."""
        yield self
        for part in self.parts:
            yield from part.walk()

    def leaves(self) -> Iterator[Section[T]]:
        return (node for node in self.walk() if node.is_leaf)


def split(
    groups: Sequence[T],
    keys: Callable[[T], tuple[str, ...]],
    rows: Callable[[T], int],
    limit: int,
) -> Section[T]:
    """``groups`` (already in listing order) as a tree of sections of at most ``limit`` rows.

    ``keys(group)`` gives the group's key at each level, coarsest first; keys
    sort in listing order (ISO dates do).  Parts are ordered by key and keep
    the order of ``groups`` inside them.
    """
    entries = [(group, keys(group), rows(group)) for group in groups]
    return _node("", entries, 0, limit)


def _node(
    key: str, entries: list[tuple[T, tuple[str, ...], int]], depth: int, limit: int
) -> Section[T]:
    total = sum(weight for _, _, weight in entries)
    groups = tuple(group for group, _, _ in entries)
    if total <= limit or not entries or depth >= len(entries[0][1]):
        return Section(key=key, rows=total, groups=groups)
    by_key: dict[str, list[tuple[T, tuple[str, ...], int]]] = {}
    for entry in entries:
        by_key.setdefault(entry[1][depth], []).append(entry)
    parts = tuple(_node(k, by_key[k], depth + 1, limit) for k in sorted(by_key))
    return Section(key=key, rows=total, groups=groups, parts=parts)


def month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def published_keys(published: dt.date | None, record_id: str) -> tuple[str, str]:
    """Month then day of publication; undated records go to one of a fixed set of parts."""
    if published is None:
        bucket = hashlib.blake2b(record_id.encode("utf-8"), digest_size=1).digest()[0]
        return UNDATED, f"{UNDATED}-{bucket % UNDATED_PARTS:x}"
    return month(published), published.isoformat()


def date_keys(day: dt.date) -> tuple[str, str, str]:
    """Year, month and day of a date, as section keys."""
    iso = day.isoformat()
    return iso[:4], iso[:7], iso


def label(key: str) -> str:
    """A section key in words: ``2024``, ``July 2024``, ``28 July 2024``, ``Undated``."""
    if not key:
        return "All"
    if key == UNDATED:
        return "Undated"
    if key.startswith(UNDATED + "-"):
        return f"Undated, part {key[len(UNDATED) + 1 :]}"
    parts = key.split("-")
    if len(parts) == 1:
        return key
    when = dt.date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    return f"{when.day} {when:%B %Y}" if len(parts) > 2 else f"{when:%B %Y}"


def short_label(key: str) -> str:
    """A key in words within its parent: ``July`` in a year, ``28`` in a month."""
    parts = key.split("-")
    if key.startswith(UNDATED) or len(parts) == 1:
        return label(key)
    if len(parts) == 2:
        return f"{dt.date(int(parts[0]), int(parts[1]), 1):%B}"
    return str(int(parts[2]))


def path(base: str, key: str) -> str:
    """Page path of a section of the listing at ``base`` (``claims``): its root is the index."""
    return f"{base}/index.html" if not key else f"{base}/{key}/index.html"


@dataclass(frozen=True, slots=True)
class Nav:
    """Where a page of a split listing sits: the pages above it, before it and after it."""

    base: str  # the listing's folder: "claims", "timeline", "entities/<id>"
    key: str  # this page's section key ("" for the listing's first page)
    trail: tuple[str, ...] = ()  # keys of the sections above, the listing's index first
    before: str | None = None  # key of the page before, in listing order
    after: str | None = None

    def path(self, key: str) -> str:
        return path(self.base, key)


def navs(base: str, root: Section[Any]) -> dict[str, Nav]:
    """Section key -> ``Nav`` for every node of a listing."""
    found: dict[str, Nav] = {}
    leaves = [leaf.key for leaf in root.leaves()]
    place = {key: n for n, key in enumerate(leaves)}

    def visit(node: Section[Any], trail: tuple[str, ...]) -> None:
        n = place.get(node.key) if node.is_leaf else None
        found[node.key] = Nav(
            base=base,
            key=node.key,
            trail=trail,
            before=leaves[n - 1] if n else None,
            after=leaves[n + 1] if n is not None and n + 1 < len(leaves) else None,
        )
        for part in node.parts:
            visit(part, (*trail, node.key))

    visit(root, ())
    return found
