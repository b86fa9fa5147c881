"""Which claims each entity gave, and where each entity is mentioned.

The reconciler resolves names to entities; this module follows those
entities back to the pages a reader needs: the claims attributed to a
person or body (what it said), the claims whose sentence or paragraph names
it, and the sources whose text mentions it, with a count.  Resolution goes
through ``entities.EntityIndex`` so aliases merge exactly as the reconciler
merges them ("Almagro" and "Luis Almagro" are one person).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType

from dossier.entities import EntityIndex, fold
from dossier.model import Claim, Entity, Source
from dossier.name_scan import SourceScans

_ID = attrgetter("id")


@dataclass(frozen=True, slots=True)
class EntityLinks:
    """Links between entities, claims and sources, all in a stable order."""

    speaker: Mapping[str, str] = field(default_factory=dict)  # claim id -> entity id
    said: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # entity -> claim ids
    mentioned: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # entity -> claim ids
    in_sources: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


def entity_index(entities: Sequence[Entity]) -> EntityIndex:
    """An index over already-resolved entities, keyed by every name and alias."""
    by_key: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: e.id):
        for name in (entity.name, *entity.aliases):
            key = fold(name)
            if key:
                by_key.setdefault(key, entity.id)
    return EntityIndex(
        entities=tuple(entities),
        by_key=MappingProxyType(by_key),
        by_id=MappingProxyType({e.id: e for e in entities}),
    )


def link(
    entities: Sequence[Entity],
    claims: Sequence[Claim],
    sources: Sequence[Source],
    *,
    attributed: Mapping[str, str] | None = None,
    mentions: Mapping[str, tuple[str, ...]] | None = None,
    scans: SourceScans | None = None,
) -> EntityLinks:
    """Link ``entities`` to ``claims`` and ``sources``.

    ``attributed`` (claim id -> entity id) and ``mentions`` (entity id ->
    claim ids) may come ready from the reconciler; missing ones are derived
    here from each claim's attribution and context names.  ``scans`` holds
    earlier scans of source texts (``name_scan``), used and brought up to date.
    """
    index = entity_index(entities)
    known = {e.id for e in entities}
    resolved = _Resolved(index)
    speaker: dict[str, str] = {}
    if attributed:
        speaker = {c: e for c, e in attributed.items() if e in known}
    else:
        # Each name resolved once; the claims' columns made with ``map``.
        names = list(map(attrgetter("attributed_to"), claims))
        ids = {name: resolved(name) for name in dict.fromkeys(names)}
        speaker = {
            c: e
            for c, e in zip(map(_ID, claims), map(ids.get, names), strict=True)
            if e is not None
        }
    said: dict[str, list[str]] = defaultdict(list)
    spoken = speaker.get
    for claim_id in map(_ID, claims):  # (a claim id found twice is said by its last speaker)
        entity_id = spoken(claim_id)
        if entity_id is not None:
            said[entity_id].append(claim_id)
    mentioned: dict[str, list[str]] = defaultdict(list)
    if mentions:
        for entity_id, claim_ids in mentions.items():
            if entity_id in known:
                mentioned[entity_id].extend(claim_ids)
    else:
        # Many claims share their context names (a paragraph's figures): resolved once.
        named: dict[tuple[tuple[str, ...], str | None], list[str]] = {}
        ids = list(map(_ID, claims))
        names_of = map(attrgetter("context_names"), claims)
        rows = zip(ids, names_of, map(speaker.get, ids), strict=True)
        for claim_id, names, said_by in rows:
            if not names:
                continue
            key = (names, said_by)
            found = named.get(key)
            if found is None:
                found = named[key] = _named(names, said_by, resolved)
            for entity_id in found:
                mentioned[entity_id].append(claim_id)
    return EntityLinks(
        speaker=MappingProxyType(speaker),
        said=MappingProxyType({k: tuple(v) for k, v in sorted(said.items())}),
        mentioned=MappingProxyType(
            {k: tuple(dict.fromkeys(v)) for k, v in sorted(mentioned.items())}
        ),
        in_sources=MappingProxyType(_source_mentions(entities, sources, scans)),
    )


class _Resolved:
    """Name -> id of the entity it resolves to (None: none), each name resolved once."""

    def __init__(self, index: EntityIndex) -> None:
        self.index = index
        self.ids: dict[str | None, str | None] = {}

    def __call__(self, name: str | None) -> str | None:
        try:
            return self.ids[name]
        except KeyError:
            entity = self.index.resolve(name)
            found = self.ids[name] = entity.id if entity is not None else None
            return found


def _named(names: tuple[str, ...], speaker: str | None, resolved: _Resolved) -> list[str]:
    """Ids of the entities ``names`` resolve to, but the speaker's, in id order."""
    found = {i for i in map(resolved, names) if i is not None and i != speaker}
    return sorted(found)


def surface_names(entities: Sequence[Entity]) -> dict[str, str]:
    """Every name and alias of three characters or more -> its entity (the first by id)."""
    surface: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: e.id):
        for name in (entity.name, *entity.aliases):
            if len(name) >= 3:
                surface.setdefault(name, entity.id)
    return surface


def _source_mentions(
    entities: Sequence[Entity], sources: Sequence[Source], scans: SourceScans | None
) -> dict[str, tuple[tuple[str, int], ...]]:
    """Entity id -> ((source id, number of mentions), ...), sources in id order."""
    surface = surface_names(entities)
    if not surface:
        return {}
    found = (scans if scans is not None else SourceScans()).scan(sources, surface)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for source in sources:
        for name, count in found[source.id]:
            counts[surface[name]][source.id] += count
    return {
        entity_id: tuple(sorted(per_source.items()))
        for entity_id, per_source in sorted(counts.items())
    }
