"""Index pages: home, sources, claims, conflicts, timeline, entities and method.

Each index stays small however large the dossier grows, so that adding an
article re-renders a few small pages, never one that lists everything:

* ``claims/index.html`` lists every claim while the dossier has at most
  ``sections.PAGE_ROWS`` sources and claims together.  Above that it lists
  periods: the months sources were published in (a month of more than
  ``PAGE_ROWS`` rows is split into days, undated sources into fixed parts),
  each a page ``claims/<yyyy-mm>/index.html`` with its sources and their
  claims.  ``sources/index.html`` then lists the same periods and links to
  each period's sources.
* ``conflicts/index.html`` follows the same periods: each compared question
  is listed in the period of its earliest claim's source
  (``conflicts/<yyyy-mm>/index.html``), and the index shows the largest
  conflicts and the periods.
* ``timeline/index.html`` is split by the year of each date, years of many
  dates into months and months into days (``timeline/<yyyy>/index.html``).
* ``index.html`` lists the newest ``HOME_ITEMS`` sources and the
  ``HOME_ITEMS`` conflicts with most figures, with links to the full lists.
* An entity page of many figures lists periods too (``entity_pages``).

A period's address depends only on publication dates, so an article lands in
one period and other periods' pages keep their bytes.  Every page has a
fingerprint of the short record keys it shows (``site.Lookup``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any

from dossier import sections
from dossier.model import Claim, Kind, Page, Question, Source, Status
from dossier.sections import Section
from dossier.site import (
    Context,
    Lookup,
    SiteData,
    digest,
    method_examples,
    question_text,
    timeline_entries,
)
from dossier.site import by_year as _by_year

HOME_ITEMS = 50  # sources and conflicts listed on the home page of a large dossier
ENTITY_KINDS = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"))
_KNOWN_KINDS = {kind for kind, _ in ENTITY_KINDS}


def pages(data: SiteData, lookup: Lookup) -> list[Page]:
    """The index pages, in a stable order."""
    common = {"site": data.config, "lookup": lookup, "sections": sections}
    return [
        _home(data, lookup, common),
        _sources_index(data, lookup, common),
        *_claims_listing(data, lookup, common),
        *_conflicts_listing(data, lookup, common),
        _entities_index(data, lookup, common),
        *_timeline_listing(data, lookup, common),
        _about(data, lookup, common),
    ]


def _page(
    path: str, template: str, key: str, make: Callable[..., dict[str, Any]], *args: Any
) -> Page:
    return Page(path=path, template=template, context=Context(make, *args), fingerprint=digest(key))


def _parts_key(node: Section[Any], count: Callable[[Section[Any]], object]) -> str:
    """What a page listing ``node``'s parts shows of them (it does not show their parts)."""
    return repr([(part.key, part.is_leaf, count(part)) for part in node.parts])


# ---------------------------------------------------------------- home and sources


def _home(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> Page:
    newest = len(data.sources) > HOME_ITEMS
    shown = lookup.sources_by_date[::-1][:HOME_ITEMS] if newest else lookup.sources_by_date
    conflicts = tuple(q for q in lookup.compared_questions if q.status is Status.CONFLICT)
    kind_counts = Counter(c.kind for c in data.claims)
    context = {
        **common,
        "sources": shown,
        "newest": newest,
        "source_count": len(data.sources),
        "kind_counts": [(k, kind_counts[k]) for k in Kind if kind_counts[k]],
        "claim_count": len(data.claims),
        "entity_count": len(data.entities),
        "question_count": len(lookup.compared_questions),
        "conflict_count": len(conflicts),
        "conflicts": conflicts[:HOME_ITEMS],
        "skipped": data.skipped,
    }
    key = repr(
        [
            lookup.config_key,
            [(k.value, n) for k, n in context["kind_counts"]],
            [(lookup.source_key(s), len(lookup.claims_of_source.get(s.id, ()))) for s in shown],
            [lookup.question_key(q) for q in context["conflicts"]],
            newest,
            len(data.sources),
            len(data.claims),
            len(data.entities),
            len(lookup.compared_questions),
            len(conflicts),
            data.skipped,
        ]
    )
    return _page("index.html", "index.html", key, dict, context)


def _sources_index(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> Page:
    periods = lookup.periods
    counts = lookup.claims_of_source
    if periods.is_leaf:
        rows = [(lookup.source_key(s), len(counts.get(s.id, ()))) for s in lookup.sources_by_date]
        key = repr([lookup.config_key, rows])
        context = {**common, "sources": lookup.sources_by_date, "periods": None}
    else:
        key = repr([lookup.config_key, _parts_key(periods, lambda n: (len(n.groups), n.rows))])
        context = {**common, "sources": (), "periods": periods}
    return _page("sources/index.html", "sources.html", key, dict, context)


# ---------------------------------------------------------------- claims


def _claims_listing(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> list[Page]:
    periods = lookup.periods
    nav = sections.navs("claims", periods)
    pages = []
    for node in periods.walk():
        if node.is_leaf:
            key = repr(
                [
                    lookup.config_key,
                    nav[node.key],
                    " ".join([lookup.source_keys[s.id] for s in node.groups]),
                    " ".join([lookup.source_rows.get(s.id, "") for s in node.groups]),
                ]
            )
        else:
            parts = _parts_key(node, lambda n: (len(n.groups), n.rows))
            key = repr([lookup.config_key, nav[node.key], len(node.groups), node.rows, parts])
        pages.append(
            _page(
                sections.path("claims", node.key),
                "claims.html",
                key,
                _claims_context,
                common,
                lookup,
                node,
                nav[node.key],
            )
        )
    return pages


def _claims_context(
    common: dict[str, Any], lookup: Lookup, node: Section[Source], nav: sections.Nav
) -> dict[str, Any]:
    claims = (
        tuple(c for s in node.groups for c in lookup.ordered_claims(s.id)) if node.is_leaf else ()
    )
    return {
        **common,
        "node": node,
        "nav": nav,
        "claims": claims,
        "sources": node.groups if node.is_leaf else (),
        "claim_count": node.rows - len(node.groups),
        "source_count": len(node.groups),
        "split": not lookup.periods.is_leaf,
    }


# ---------------------------------------------------------------- conflicts


def _conflicts_listing(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> list[Page]:
    periods = lookup.periods
    nav = sections.navs("conflicts", periods)
    in_period: dict[str, list[Question]] = defaultdict(list)
    for question in lookup.compared_questions:
        period = lookup.period_of_question.get(question.id)
        if period is not None:
            in_period[period].append(question)
    under: dict[str, tuple[Question, ...]] = {}
    for node in periods.walk():
        if node.is_leaf:
            under[node.key] = tuple(in_period.get(node.key, ()))
    for node in reversed(list(periods.walk())):
        if not node.is_leaf:
            under[node.key] = tuple(q for part in node.parts for q in under[part.key])
    # Each period's questions in the order of the whole list (conflicts first).
    rank = {q.id: n for n, q in enumerate(lookup.compared_questions)}
    under = {k: tuple(sorted(v, key=lambda q: rank[q.id])) for k, v in under.items()}
    top = tuple(q for q in lookup.compared_questions if q.status is Status.CONFLICT)[:HOME_ITEMS]
    pages = []
    for node in periods.walk():
        if node.is_leaf:
            questions = lookup.compared_questions if not node.key else under[node.key]
            key = repr(
                [lookup.config_key, nav[node.key], [lookup.question_key(q) for q in questions]]
            )
        else:
            questions = top if not node.key else ()
            key = repr(
                [
                    lookup.config_key,
                    nav[node.key],
                    _verdicts(under[node.key]),
                    _parts_key(node, lambda n: _verdicts(under[n.key])),
                    [lookup.question_key(q) for q in questions],
                ]
            )
        pages.append(
            _page(
                sections.path("conflicts", node.key),
                "conflicts.html",
                key,
                _conflicts_context,
                common,
                node,
                nav[node.key],
                questions,
                under,
            )
        )
    return pages


def len_rows(node: Section[Any]) -> int:
    return node.rows


def _verdicts(questions: Sequence[Question]) -> tuple[int, int]:
    """(questions, conflicts) among ``questions``."""
    return len(questions), sum(1 for q in questions if q.status is Status.CONFLICT)


def _conflicts_context(
    common: dict[str, Any],
    node: Section[Source],
    nav: sections.Nav,
    questions: tuple[Question, ...],
    under: dict[str, tuple[Question, ...]],
) -> dict[str, Any]:
    return {
        **common,
        "node": node,
        "nav": nav,
        "questions": questions,
        "counts": {key: _verdicts(found) for key, found in under.items()},
        "kinds": sorted({q.kind for q in questions}, key=lambda k: k.value),
    }


# ---------------------------------------------------------------- timeline


def _timeline_listing(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> list[Page]:
    by_day: dict[Any, list[Claim]] = {}
    for claim in data.claims:  # site.dated, inline: this runs once per claim
        if claim.date is not None:
            by_day.setdefault(claim.date.start, []).append(claim)
        elif claim.as_of is not None:
            by_day.setdefault(claim.as_of.range.start, []).append(claim)
    days = sorted(by_day.items())
    root = sections.split(
        days,
        keys=lambda d: sections.date_keys(d[0]),
        rows=lambda d: len(d[1]),
        limit=sections.PAGE_ROWS,
    )
    nav = sections.navs("timeline", root)
    source_key = lookup.source_keys.get
    pages = []
    for node in root.walk():
        if node.is_leaf:
            listed = [c for _, found in node.groups for c in found]
            sources = map(source_key, map(attrgetter("source_id"), listed), repeat("None"))
            claims = " ".join(
                map(" ".join, zip(map(attrgetter("id"), listed), sources, strict=True))
            )
            key = repr([lookup.config_key, nav[node.key], claims])
        else:
            key = repr([lookup.config_key, nav[node.key], node.rows, _parts_key(node, len_rows)])
        pages.append(
            _page(
                sections.path("timeline", node.key),
                "timeline.html",
                key,
                _timeline_context,
                common,
                node,
                nav[node.key],
            )
        )
    return pages


def _timeline_context(
    common: dict[str, Any], node: Section[Any], nav: sections.Nav
) -> dict[str, Any]:
    # Only a leaf lists its entries; a page above it lists its parts, so its
    # (possibly whole-corpus) entries are not sorted for nothing.
    years: list[Any] = []
    if node.is_leaf:
        years = _by_year(timeline_entries(tuple(c for _, found in node.groups for c in found)))
    return {
        **common,
        "node": node,
        "nav": nav,
        "years": years,
        "entry_count": node.rows,
    }


# ---------------------------------------------------------------- entities and method


def _entities_index(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> Page:
    entities = sorted(data.entities, key=lambda e: (e.name.casefold(), e.id))
    groups = [
        (kind, label, [e for e in entities if e.kind == kind])
        for kind, label in ENTITY_KINDS
        if any(e.kind == kind for e in entities)
    ]
    others = [e for e in entities if e.kind not in _KNOWN_KINDS]
    if others:
        groups.append(("other", "Other names", others))
    links = lookup.links
    key = repr(
        [
            lookup.config_key,
            [
                (lookup.key(e), len(links.said.get(e.id, ())), len(links.in_sources.get(e.id, ())))
                for e in entities
            ],
        ]
    )
    return _page("entities/index.html", "entities.html", key, dict, {**common, "groups": groups})


def _about(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> Page:
    examples = method_examples(data, lookup)
    claims = [c for _, c in examples["kind_examples"]]  # type: ignore[attr-defined]
    claims += [c for _, c in examples["qualifier_examples"]]  # type: ignore[attr-defined]
    claims += [c for _, c in examples["basis_examples"]]  # type: ignore[attr-defined]
    statuses = examples["status_examples"].values()  # type: ignore[attr-defined]
    key = repr(
        [
            lookup.config_key,
            [f"{c.id} {lookup.source_key(lookup.source(c))}" for c in claims],
            [question_text(q) if q else None for q in statuses],
        ]
    )
    context = {**common, **examples, "page_rows": sections.PAGE_ROWS}
    return _page("about/index.html", "about.html", key, dict, context)
