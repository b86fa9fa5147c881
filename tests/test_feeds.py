"""``feed.xml`` and ``sitemap.xml``: well-formed, newest first, absolute with a base URL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from dossier import feeds, output
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
    sitemap = ET.fromstring(feeds.sitemap(data, output.page_paths(data)))
    locs = [u.findtext(f"{SITEMAP}loc") for u in sitemap.findall(f"{SITEMAP}url")]
    assert len(locs) == len([p for p in output.page_paths(data) if p.endswith(".html")])
    assert all(loc.startswith("https://example.org/dossier/") for loc in locs)
    assert "https://example.org/dossier/" in locs  # the home page, without index.html


def test_relative_addresses_without_a_base_url() -> None:
    data = seed_data()
    sitemap = ET.fromstring(feeds.sitemap(data, output.page_paths(data)))
    locs = [u.findtext(f"{SITEMAP}loc") or "" for u in sitemap.findall(f"{SITEMAP}url")]
    assert "claims/" + data.claims[0].id + "/" in locs
    assert not any(loc.startswith(("http:", "https:", "/")) for loc in locs)


def _paths(count: int) -> list[str]:
    """Pages of ``count`` claims, ten to a source, with their sources' pages."""
    return [f"claims/c{n:07d}/index.html" for n in range(count)] + [
        f"sources/s{n // 10}/index.html" for n in range(0, count, 10)
    ]


def _owner(path: str) -> str:
    kind, name = path.split("/")[:2]
    return f"s{int(name[1:]) // 10}" if kind == "claims" else name


def test_a_site_within_the_limit_has_one_sitemap() -> None:
    files = feeds.sitemap_files(None, [(p, _owner(p)) for p in _paths(100)])
    assert list(files) == [feeds.SITEMAP_PATH]
    assert ET.fromstring(files[feeds.SITEMAP_PATH]).tag == f"{SITEMAP}urlset"


def test_above_fifty_thousand_pages_the_sitemap_is_an_index_of_stable_parts() -> None:
    base = "https://example.org/"
    paths = _paths(feeds.SITEMAP_MAX)  # and a tenth more pages for the sources
    files = feeds.sitemap_files(base, [(p, _owner(p)) for p in paths])
    index = ET.fromstring(files[feeds.SITEMAP_PATH])
    assert index.tag == f"{SITEMAP}sitemapindex"
    parts = [(loc.text or "").removeprefix(base) for loc in index.iter(f"{SITEMAP}loc")]
    assert parts == sorted(files.keys() - {feeds.SITEMAP_PATH})
    part_of: dict[str, set[str]] = {}
    listed: list[str] = []
    for name in parts:
        urls = [u.text or "" for u in ET.fromstring(files[name]).iter(f"{SITEMAP}loc")]
        assert 0 < len(urls) <= feeds.SITEMAP_MAX
        for url in urls:
            part_of.setdefault(_owner(url.removeprefix(base) + "index.html"), set()).add(name)
        listed += urls
    assert sorted(listed) == sorted(base + p.removesuffix("index.html") for p in paths)
    assert all(len(found) == 1 for found in part_of.values())  # a source's pages stay together
    added = "claims/c9999999/index.html"
    grown = feeds.sitemap_files(base, [(p, _owner(p)) for p in [*paths, added]])
    changed = {name for name in grown.keys() | files.keys() if files.get(name) != grown.get(name)}
    assert changed == {name for name in grown if b"c9999999" in grown[name]}
    assert len(changed) == 1
