"""The page of each person, body and place, split by period when it lists many figures.

An entity's page lists the figures attributed to it, the figures whose
sentence or paragraph names it and the sources that mention it.  The
most-named entities are named by most new articles, so their pages would be
rendered again on nearly every build and grow with the dossier.  An entity
with more than ``ENTITY_ROWS`` such rows therefore gets a small page that
lists periods (the months its sources were published; a month of more than
``ENTITY_ROWS`` rows by day), and one page per period:
``entities/<entity-id>/<yyyy-mm>/index.html``.  A new article changes the
list and the page of its own period.

Planning reads only ids and short keys: the claims and sources a page shows
are looked up when it is rendered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from dossier import sections
from dossier.model import Entity, Page, Source
from dossier.site import Context, Lookup, SiteData, digest, entity_url

# Rows (figures and sources) an entity's page lists before it is split into periods: fewer
# than other listings, because the most-named entities are named by most new articles.
ENTITY_ROWS = 500


def pages(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> list[Page]:
    """One page per entity, and for an entity of many figures one per period."""
    found: list[Page] = []
    links = lookup.links
    common = {**common, "sections": sections}
    for entity in data.entities:
        said = links.said.get(entity.id, ())
        mentioned = links.mentioned.get(entity.id, ())
        in_sources = links.in_sources.get(entity.id, ())
        if len(said) + len(mentioned) + len(in_sources) > ENTITY_ROWS:
            found += _split_pages(entity, lookup, common, said, mentioned, in_sources)
            continue
        found.append(
            Page(
                path=entity_url(entity.id),
                template="entity.html",
                context=Context(_context, common, entity, said, mentioned, in_sources),
                fingerprint=_key(lookup, entity, said, mentioned, in_sources),
            )
        )
    return found


def _key(
    lookup: Lookup,
    entity: Entity,
    said: Iterable[str],
    mentioned: Iterable[str],
    in_sources: Iterable[tuple[str, int]],
    *more: object,
) -> str:
    source_keys = lookup.source_keys
    mentions = " ".join(f"{source_keys.get(s)}:{n}" for s, n in in_sources)
    return digest(
        "\0".join(
            (
                lookup.config_key,
                lookup.key(entity),
                lookup.rows(said),
                lookup.rows(mentioned),
                mentions,
                repr(more),
            )
        )
    )


def _context(
    common: dict[str, Any],
    entity: Entity,
    said: Iterable[str],
    mentioned: Iterable[str],
    in_sources: Iterable[tuple[str, int]],
    nav: sections.Nav | None = None,
) -> dict[str, Any]:
    lookup: Lookup = common["lookup"]
    context = {
        **common,
        "entity": entity,
        "said": lookup.claims_by_id(tuple(said)),
        "mentioned": lookup.claims_by_id(tuple(mentioned)),
        "in_sources": _sources(lookup, in_sources),
    }
    if nav is not None:
        context["nav"] = nav
    return context


def _sources(
    lookup: Lookup, in_sources: Iterable[tuple[str, int]]
) -> tuple[tuple[Source, int], ...]:
    return tuple((lookup.sources[s], n) for s, n in in_sources if s in lookup.sources)


@dataclass(slots=True)
class _Day:
    """What the sources of one day (or undated part) hold for an entity."""

    keys: tuple[str, str]  # month and day (as sections.published_keys) or month twice
    said: list[str] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)
    in_sources: list[tuple[str, int]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.said) + len(self.mentioned) + len(self.in_sources)


def _periods(
    lookup: Lookup,
    said: tuple[str, ...],
    mentioned: tuple[str, ...],
    in_sources: tuple[tuple[str, int], ...],
) -> list[_Day]:
    """An entity's rows by month of publication, and by day in months of more than
    ``ENTITY_ROWS`` (the finer level is worked out only where it is needed)."""
    keys_of, claim_keys = lookup.published_keys, lookup.claim_published
    tables: list[defaultdict[str, list[Any]]] = []
    for rows, keyed in (
        (said, map(claim_keys.get, said)),
        (mentioned, map(claim_keys.get, mentioned)),
        (in_sources, map(keys_of.get, map(itemgetter(0), in_sources))),
    ):
        by_month: defaultdict[str, list[Any]] = defaultdict(list)
        for row, keys in zip(rows, keyed, strict=True):
            if keys is not None:
                by_month[keys[0]].append(row)
        tables.append(by_month)
    said_in, mentioned_in, sources_in = tables
    found = []
    for key in sorted(said_in.keys() | mentioned_in.keys() | sources_in.keys()):
        month = _Day((key, key), said_in[key], mentioned_in[key], sources_in[key])
        found += [month] if month.rows <= ENTITY_ROWS else _by_day(month, claim_keys, keys_of)
    return found


def _by_day(
    month: _Day, claim_keys: dict[str, tuple[str, str]], keys_of: dict[str, tuple[str, str]]
) -> list[_Day]:
    """A month's rows by the day they were published, each table in its order."""
    days: dict[str, _Day] = {}

    def day(key: str) -> _Day:
        return days.get(key) or days.setdefault(key, _Day((month.keys[0], key)))

    for claim_id in month.said:
        day(claim_keys[claim_id][1]).said.append(claim_id)
    for claim_id in month.mentioned:
        day(claim_keys[claim_id][1]).mentioned.append(claim_id)
    for row in month.in_sources:
        day(keys_of[row[0]][1]).in_sources.append(row)
    return [days[key] for key in sorted(days)]


def _split_pages(
    entity: Entity,
    lookup: Lookup,
    common: dict[str, Any],
    said: tuple[str, ...],
    mentioned: tuple[str, ...],
    in_sources: tuple[tuple[str, int], ...],
) -> list[Page]:
    """The page listing an entity's periods, and one page per period."""
    root = sections.split(
        _periods(lookup, said, mentioned, in_sources),
        keys=lambda d: d.keys,
        rows=lambda d: d.rows,
        limit=ENTITY_ROWS,
    )
    base = entity_url(entity.id).rsplit("/", 1)[0]
    nav = sections.navs(base, root)
    counts = _counts(root)
    found = []
    for node in root.walk():
        path = sections.path(base, node.key)
        if node.key and node.is_leaf:
            part_said = [c for d in node.groups for c in d.said]
            part_mentioned = [c for d in node.groups for c in d.mentioned]
            part_sources = [s for d in node.groups for s in d.in_sources]
            found.append(
                Page(
                    path=path,
                    template="entity_part.html",
                    context=Context(
                        _context,
                        common,
                        entity,
                        part_said,
                        part_mentioned,
                        part_sources,
                        nav[node.key],
                    ),
                    fingerprint=_key(
                        lookup, entity, part_said, part_mentioned, part_sources, nav[node.key]
                    ),
                )
            )
        else:
            found.append(
                Page(
                    path=path,
                    template="entity_hub.html",
                    context={
                        **common,
                        "entity": entity,
                        "nav": nav[node.key],
                        "node": node,
                        "counts": counts,
                    },
                    fingerprint=digest(
                        "\0".join(
                            (
                                lookup.config_key,
                                lookup.key(entity),
                                repr(nav[node.key]),
                                repr([(node.key, counts[node.key])]),
                                repr([(p.key, p.is_leaf, counts[p.key]) for p in node.parts]),
                            )
                        )
                    ),
                )
            )
    return found


def _counts(root: sections.Section[_Day]) -> dict[str, tuple[int, int, int]]:
    """Section key -> figures attributed, figures naming the entity, sources mentioning it."""
    counts: dict[str, tuple[int, int, int]] = {}
    for node in reversed(list(root.walk())):  # parts before the section they are in
        if node.is_leaf:
            found = [(len(d.said), len(d.mentioned), len(d.in_sources)) for d in node.groups]
        else:
            found = [counts[part.key] for part in node.parts]
        counts[node.key] = (
            sum(f[0] for f in found),
            sum(f[1] for f in found),
            sum(f[2] for f in found),
        )
    return counts
