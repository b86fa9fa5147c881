"""One place spelled two ways by different outlets: "Berenza" and "Berensa".

Small places reach the news through transliteration, local spelling and
typing: one wire writes "Bresk", another "Bressk"; one paper "Pelmar",
another "Pellmar".  The entity index joins near spellings of long names
only, since two short names a letter apart are as often two people.  For
places the story itself tells the two apart: a reporter who knows of both
writes both, so two spellings one text names side by side are two places,
and two spellings one letter apart that never meet in one text are one.

Only places that are not countries ("@<id>" keys) are respelled: the
gazetteer already knows every country's spellings, and "Iran" and "Iraq"
must stay two.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from dossier.reconcile_features import _Item
from dossier.union_find import UnionFind

# Names shorter than this (without the "@") are never respelled: one letter of
# four is a different name more often than a different spelling.
_MIN_LENGTH = 5


def spelling_map(
    wheres: Iterable[frozenset[str]], texts: Iterable[frozenset[str]] | None = None
) -> dict[str, str]:
    """Each place key of ``wheres`` that another respells -> the key both are read as.

    ``texts`` (by default ``wheres``) are the sets of place keys written
    together (one figure's places); two keys of one set are never joined, so
    more texts never join more keys.  Keys join when they are
    at most one letter apart (added, dropped or changed, never the first),
    both long enough; the key a group of spellings is read as is the
    alphabetically first, so the map does not depend on order.  Keys with no
    variant are left out of the map.
    """
    wheres = list(wheres)
    distinct = set(wheres)
    if len(distinct) < 2:
        return {}  # the keys of one text are never joined
    keys = {k for k in frozenset().union(*distinct) if k[:1] == "@" and len(k) > _MIN_LENGTH}
    if len(keys) < 2:
        return {}
    together: dict[str, set[int]] = {key: set() for key in keys}
    for n, text in enumerate(wheres if texts is None else texts):
        for key in keys.intersection(text):
            together[key].add(n)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key in sorted(together):
        by_letter[key[1]].append(key)
    spellings = UnionFind()
    for keys in by_letter.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if abs(len(a) - len(b)) > 1 or Levenshtein.distance(a, b, score_cutoff=1) > 1:
                    continue
                if together[a] & together[b]:
                    continue  # one text names both: two places
                spellings.union(a, b)
    return {key: read_as for key in spellings.parent if (read_as := spellings.find(key)) != key}


def places_of(item: _Item) -> frozenset[str]:
    """The place keys a figure's reading holds: where it happened and places named near it."""
    return item.where | {e for e in item.entities if e.startswith("@")}


def respelled(item: _Item, canon: Mapping[str, str]) -> _Item:
    """``item`` with every place key read through ``canon`` (``spelling_map``)."""
    if not canon or canon.keys().isdisjoint(places_of(item) | item.nearby):
        return item
    return replace(
        item,
        where=_mapped(item.where, canon),
        nearby=_mapped(item.nearby, canon),
        entities=_mapped(item.entities, canon),
    )


def _mapped(keys: frozenset[str], canon: Mapping[str, str]) -> frozenset[str]:
    return frozenset(canon.get(k, k) for k in keys)
