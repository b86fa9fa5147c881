"""Every file of the site, as pages to render and ready bytes.

The pipeline asks this module for the HTML pages (``Page`` records with
fingerprints, rendered on demand) and for the other files (data exports,
the search index, the Atom feed, the sitemap and static assets), so it can
skip pages whose inputs did not change.
"""

from __future__ import annotations

from jinja2 import Environment

from dossier import export, feeds, search, site
from dossier.model import Page
from dossier.render import environment, render_page
from dossier.static import static_files

_last: list[tuple[site.SiteData, site.Lookup]] = []


def lookup_of(data: site.SiteData) -> site.Lookup:
    """The ``Lookup`` for ``data``, built once for both ``pages`` and ``other_files``."""
    if _last and _last[0][0] is data:
        return _last[0][1]
    lookup = site.Lookup(data)
    _last[:] = [(data, lookup)]
    return lookup


def pages(data: site.SiteData) -> tuple[Page, ...]:
    return site.plan(data, lookup_of(data))


class Renderer:
    """Renders pages with one shared Jinja environment."""

    def __init__(self) -> None:
        self.env: Environment = environment()

    def render(self, page: Page) -> bytes:
        return render_page(self.env, page).encode("utf-8")


def other_files(data: site.SiteData) -> dict[str, bytes]:
    """Data exports, search index, feed, sitemap and static assets."""
    lookup = lookup_of(data)
    claim_records = [export.claim_record(c, lookup.question(c)) for c in data.claims]
    counts = {s.id: len(lookup.claims_of_source.get(s.id, ())) for s in data.sources}
    files = {
        "data/claims.json": export.json_lines_array(claim_records).encode(),
        "data/claims.csv": export.claims_csv(claim_records).encode(),
        "data/sources.json": export.json_lines_array(
            export.source_record(s, counts[s.id]) for s in data.sources
        ).encode(),
        "data/conflicts.json": export.json_lines_array(
            export.question_record(q) for q in site.sort_questions(data.questions)
        ).encode(),
        "data/entities.json": export.json_lines_array(
            export.entity_record(e) for e in data.entities
        ).encode(),
    }
    files[search.INDEX_PATH] = search.index_script(search.documents(data, lookup)).encode()
    files[feeds.FEED_PATH] = feeds.atom(data).encode()
    files[feeds.SITEMAP_PATH] = feeds.sitemap(data, site.page_paths(data)).encode()
    files.update(static_files())
    return files
