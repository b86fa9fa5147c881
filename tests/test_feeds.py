"""``feed.xml`` and ``sitemap.xml``: well-formed, newest first, absolute with a base URL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from dossier import feeds, site
from tests.sitedata import seed_data, with_base_url

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_atom_feed_lists_newest_sources_first() -> None:
    data = seed_data()
    root = ET.fromstring(feeds.atom(data, environ={}))
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(data.sources)
    stamps = [e.findtext(f"{ATOM}updated") for e in entries]
    assert stamps == sorted(stamps, reverse=True)
    newest = max(s.meta.published for s in data.sources if s.meta.published)
    assert root.findtext(f"{ATOM}updated") == f"{newest.isoformat()}T00:00:00Z"
    content = entries[0].findtext(f"{ATOM}content")
    assert content and content.startswith("<ul><li><a href=")


def test_feed_time_comes_from_source_date_epoch_not_the_clock() -> None:
    data = seed_data()
    feed = feeds.atom(data, environ={"SOURCE_DATE_EPOCH": "86400"})
    assert "<updated>1970-01-02T00:00:00Z</updated>" in feed
    assert feeds.atom(data, environ={}) == feeds.atom(data, environ={})


def test_absolute_addresses_with_a_base_url() -> None:
    data = with_base_url(seed_data(), "https://example.org/dossier/")
    root = ET.fromstring(feeds.atom(data, environ={}))
    assert root.findtext(f"{ATOM}id") == "https://example.org/dossier/"
    for link in root.iter(f"{ATOM}link"):
        if link.get("rel") != "via":
            assert link.get("href", "").startswith("https://example.org/dossier/")
    sitemap = ET.fromstring(feeds.sitemap(data, site.page_paths(data)))
    locs = [u.findtext(f"{SITEMAP}loc") for u in sitemap.findall(f"{SITEMAP}url")]
    assert len(locs) == len(site.page_paths(data))
    assert all(loc.startswith("https://example.org/dossier/") for loc in locs)
    assert "https://example.org/dossier/" in locs  # the home page, without index.html


def test_relative_addresses_without_a_base_url() -> None:
    data = seed_data()
    sitemap = ET.fromstring(feeds.sitemap(data, site.page_paths(data)))
    locs = [u.findtext(f"{SITEMAP}loc") or "" for u in sitemap.findall(f"{SITEMAP}url")]
    assert "claims/" + data.claims[0].id + "/" in locs
    assert not any(loc.startswith(("http:", "https:", "/")) for loc in locs)
