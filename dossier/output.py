"""Every file of the site, as pages to render and ready bytes.

The pipeline asks this module for the pages (``Page`` records with
fingerprints, rendered on demand: the HTML pages and the shards of the
search index) and for the other files (data exports, the Atom feed, the
sitemap and static assets), so it can skip pages whose inputs did not
change.  The index pages are split so that none lists the whole dossier
(``listings``); the whole-corpus data files are joined from pieces kept
between builds (``parts``), and the entity pages' counts of mentions in
sources come from scans of each text kept between builds (``name_scan``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from jinja2 import Environment

from dossier import export, feeds, listings, record_pages, search, site
from dossier.model import Page
from dossier.name_scan import SourceScans
from dossier.parts import Parts
from dossier.records import paused_gc as collector_paused
from dossier.render import environment, render_page
from dossier.static import static_files

_last: list[tuple[site.SiteData, site.Lookup]] = []
_parts: list[Parts] = [Parts()]  # pieces of the last build in this process
_scans: list[SourceScans] = [SourceScans()]  # texts scanned for names in this process


def lookup_of(data: site.SiteData, scans: SourceScans | None = None) -> site.Lookup:
    """The ``Lookup`` for ``data``, built once for both ``pages`` and ``other_files``.

    ``scans`` are earlier scans of the sources' texts for names (``name_scan``);
    without them, those of the last build in this process are used.
    """
    if _last and _last[0][0] is data:
        return _last[0][1]
    if scans is not None:
        _scans[0] = scans
    lookup = site.Lookup(data, _scans[0])
    _last[:] = [(data, lookup)]
    return lookup


def pages(data: site.SiteData, scans: SourceScans | None = None) -> tuple[Page, ...]:
    """Every page of the site in a stable order: indexes, search, then one page per record.

    ``scans`` (see ``lookup_of``) are brought up to date for the caller to keep.
    """
    return tuple(site.expand(plan(data, scans)))


def plan(data: site.SiteData, scans: SourceScans | None = None) -> tuple[Page | site.PageRun, ...]:
    """``pages``, with runs of pages made only when rendered (``site.PageRun``)."""
    with collector_paused():
        lookup = lookup_of(data, scans)
        planned: list[Page | site.PageRun] = [
            *listings.pages(data, lookup),
            *search.pages(data, lookup),
            *record_pages.plan(data, lookup),
        ]
        planned += feeds.sitemap_pages(data.config.base_url, _owners(planned, lookup.source_of))
        return tuple(planned)


def page_paths(data: site.SiteData) -> tuple[str, ...]:
    return tuple(page.path for page in pages(data))


class Renderer:
    """Renders pages with one shared Jinja environment."""

    def __init__(self) -> None:
        self.env: Environment = environment()

    def render(self, page: Page) -> bytes:
        return render_page(self.env, page).encode("utf-8")


def other_files(data: site.SiteData, parts: Parts | None = None) -> dict[str, bytes]:
    """Data exports, feed and static assets (the sitemap is planned as pages).

    ``parts`` holds pieces of the data exports from an earlier build (see
    ``parts``); without it, the pieces of the last call in this process are used.
    """
    with collector_paused():
        return _other_files(data, parts)


def _other_files(data: site.SiteData, parts: Parts | None) -> dict[str, bytes]:
    remembered = parts if parts is not None else _parts[0]
    lookup = lookup_of(data)
    claims_json, claims_csv = export.claims_files(
        data.claims, lookup.question_of, lookup.questions, lookup.source_keys, remembered
    )
    counts = {s.id: len(lookup.claims_of_source.get(s.id, ())) for s in data.sources}
    files = {
        "data/claims.json": claims_json,
        "data/claims.csv": claims_csv,
        "data/sources.json": export.records_file(
            (
                (
                    f"{lookup.source_key(s)} {counts[s.id]}",
                    lambda s=s: export.source_record(s, counts[s.id]),
                )
                for s in data.sources
            ),
            "sources.json",
            remembered,
        ),
        "data/conflicts.json": export.records_file(
            (
                (lookup.question_key(q), lambda q=q: export.question_record(q))
                for q in lookup.sorted_questions
            ),
            "conflicts.json",
            remembered,
        ),
        "data/entities.json": export.json_lines_array(
            export.entity_record(e) for e in data.entities
        ).encode(),
        feeds.FEED_PATH: feeds.atom(data, claims_of_source=lookup.claims_of_source).encode(),
    }
    files.update(static_files())
    if parts is None:
        _parts[0] = remembered.fresh()
    return files


def _owners(
    planned: Iterable[Page | site.PageRun], source_of: Mapping[str, str]
) -> Iterator[tuple[str, str]]:
    """Each page with what it belongs to, for the sitemap: a claim's page goes with its
    source's page, an entity's pages go together, any other page stands alone."""
    for page in planned:
        if isinstance(page, site.PageRun):
            yield from zip(page.paths, page.owners, strict=True)
            continue
        path = page.path
        if page.template == "claim.html":
            claim_id = path.split("/")[1]
            yield path, source_of.get(claim_id, path)
        elif page.template == "source.html":
            yield path, path.split("/")[1]
        elif path.startswith("entities/"):
            yield path, "entities/" + path.split("/")[1]
        else:
            yield path, path
