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
from types import MappingProxyType

from dossier.entities import EntityIndex, fold
from dossier.model import Claim, Entity, Source
from dossier.name_scan import SourceScans


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
    speaker: dict[str, str] = {}
    if attributed:
        speaker = {c: e for c, e in attributed.items() if e in known}
    else:
        for claim in claims:
            entity = index.resolve(claim.attributed_to)
            if entity is not None:
                speaker[claim.id] = entity.id
    said: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        if claim.id in speaker:
            said[speaker[claim.id]].append(claim.id)
    mentioned: dict[str, list[str]] = defaultdict(list)
    if mentions:
        for entity_id, claim_ids in mentions.items():
            if entity_id in known:
                mentioned[entity_id].extend(claim_ids)
    else:
        cache: dict[str, str | None] = {}
        for claim in claims:
            found: set[str] = set()
            for name in claim.context_names:
                if name not in cache:
                    entity = index.resolve(name)
                    cache[name] = entity.id if entity else None
                entity_id = cache[name]
                if entity_id is not None and entity_id != speaker.get(claim.id):
                    found.add(entity_id)
            for entity_id in sorted(found):
                mentioned[entity_id].append(claim.id)
    return EntityLinks(
        speaker=MappingProxyType(speaker),
        said=MappingProxyType({k: tuple(v) for k, v in sorted(said.items())}),
        mentioned=MappingProxyType(
            {k: tuple(dict.fromkeys(v)) for k, v in sorted(mentioned.items())}
        ),
        in_sources=MappingProxyType(_source_mentions(entities, sources, scans)),
    )


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
