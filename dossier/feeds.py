"""``feed.xml`` (Atom) and ``sitemap.xml``.

The sitemap protocol allows 50,000 addresses a file.  Up to that,
``sitemap.xml`` lists every page; above it, ``sitemap.xml`` is a sitemap
index of ``sitemaps/<nn>.xml`` files, each page placed by a hash of what
owns it (a claim page goes with its source), so adding an article changes
the file of its source and of any new question or name, and no other.  The
64 parts hold up to 3,200,000 addresses.

Both are deterministic: no wall-clock time is written.  The feed's
``updated`` is the newest source's publication date, or ``SOURCE_DATE_EPOCH``
when it is set (the reproducible-builds convention), or the Unix epoch when
no source has a date.  Addresses are absolute when ``base_url`` is
configured, otherwise relative to the file (which suits a site read from
disk; crawlers need the absolute form).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence

from markupsafe import Markup

from dossier import present, site
from dossier.model import Claim, Page, Source

FEED_PATH = "feed.xml"
SITEMAP_PATH = "sitemap.xml"
FEED_ENTRIES = 50
SITEMAP_MAX = 50_000  # addresses one sitemap file may hold (sitemaps.org protocol)
SITEMAP_PARTS = 64
SITEMAP_FOLDER = "sitemaps"
_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"

# What XML text and attribute values cannot hold as they are, in the order replaced (the
# ampersand first), as ``xml.sax.saxutils`` escapes them: that module imports
# ``urllib.request`` and with it ``http.client`` and ``email``, 30-80 ms at every start.
_TEXT_ESCAPES = (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;"))
_ATTRIBUTE_ESCAPES = (*_TEXT_ESCAPES, ("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;"))


def escape(text: str, table: Sequence[tuple[str, str]] = _TEXT_ESCAPES) -> str:
    """``text`` as XML character data."""
    for char, entity in table:
        text = text.replace(char, entity)
    return text


def quoteattr(text: str) -> str:
    """``text`` as a quoted XML attribute value (single quotes when it holds only double)."""
    text = escape(text, _ATTRIBUTE_ESCAPES)
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'


def address(base_url: str | None, path: str) -> str:
    """``path`` (relative to the site root) as a public address."""
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    if base_url:
        return base_url.rstrip("/") + "/" + path
    return path or "./"


def updated(sources: Iterable[Source], environ: Mapping[str, str] | None = None) -> str:
    """The feed's ``updated`` timestamp (RFC 3339), never the build's clock."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [s.meta.published for s in sources if s.meta.published]
    day = max(dates) if dates else dt.date(1970, 1, 1)
    return f"{day.isoformat()}T00:00:00Z"


def atom(
    data: site.SiteData,
    environ: Mapping[str, str] | None = None,
    claims_of_source: Mapping[str, Sequence[Claim]] | None = None,
) -> str:
    """Atom feed: the newest sources first, each with the figures read from it."""
    config = data.config
    base = config.base_url
    if claims_of_source is None:
        grouped: dict[str, list[Claim]] = {}
        for claim in data.claims:
            grouped.setdefault(claim.source_id, []).append(claim)
        claims_of_source = grouped
    feed_id = address(base, "") if base else _urn("feed", config.title)
    newest = sorted(
        data.sources,
        key=lambda s: (s.meta.published or dt.date.min, s.id),
        reverse=True,
    )[:FEED_ENTRIES]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(config.title)}</title>",
    ]
    if config.description:
        lines.append(f"  <subtitle>{escape(config.description)}</subtitle>")
    lines += [
        f"  <id>{escape(feed_id)}</id>",
        f"  <updated>{updated(data.sources, environ)}</updated>",
        _link("alternate", "text/html", address(base, "index.html"), indent=2),
        _link("self", "application/atom+xml", address(base, FEED_PATH), indent=2),
        "  <generator>dossier</generator>",
    ]
    for source in newest:
        page = site.source_url(source.id)
        when = updated([source], {})
        claims = claims_of_source.get(source.id, ())
        items = "".join(
            f"<li><a href={quoteattr(address(base, site.claim_url(c.id)))}>"
            f"{escape(present.figure(c))}</a> ({escape(present.KIND_LABELS[c.kind])})"
            f"{' — ' + escape(c.attributed_to) if c.attributed_to else ''}: "
            f"{escape(c.sentence)}</li>"
            for c in claims
        )
        summary = f"{len(claims)} figure{'s' if len(claims) != 1 else ''}"
        if source.meta.outlet:
            summary += f" from {source.meta.outlet}"
        lines += [
            "  <entry>",
            f"    <title>{escape(source.title)}</title>",
            f"    <id>{escape(address(base, page) if base else _urn('source', source.id))}</id>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(address(base, page))}/>',
            f"    <updated>{when}</updated>",
        ]
        if source.meta.published:
            lines.append(f"    <published>{when}</published>")
        if source.meta.author:
            lines.append(f"    <author><name>{escape(source.meta.author)}</name></author>")
        elif source.meta.outlet:
            lines.append(f"    <author><name>{escape(source.meta.outlet)}</name></author>")
        if source.meta.url:
            lines.append(f'    <link rel="via" href={quoteattr(source.meta.url)}/>')
        lines.append(f"    <summary>{escape(summary)}</summary>")
        if items:
            lines.append(f'    <content type="html">{escape(f"<ul>{items}</ul>")}</content>')
        lines.append("  </entry>")
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def sitemap(data: site.SiteData, paths: Iterable[str]) -> str:
    """Every HTML page of the site, in path order, as one sitemap."""
    return _urlset(data.config.base_url, sorted(p for p in paths if p.endswith(".html")))


def sitemap_layout(pages: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Sitemap file -> what it lists, in order: page paths, or for an index its parts.

    ``pages`` are ``(path, owner)``: what a page belongs to (its source, for a claim's
    page); the pages of one owner share a part.  Only HTML pages are listed.
    """
    parts: dict[str, list[str]] = {}
    part_of: dict[str, str] = {}
    count = 0
    for path, owner in pages:
        if not path.endswith(".html"):
            continue
        count += 1
        name = part_of.get(owner)
        if name is None:
            number = hashlib.blake2b(owner.encode("utf-8"), digest_size=2).digest()
            name = part_of[owner] = (
                f"{SITEMAP_FOLDER}/{int.from_bytes(number) % SITEMAP_PARTS:02d}.xml"
            )
        parts.setdefault(name, []).append(path)
    if count <= SITEMAP_MAX:
        return {SITEMAP_PATH: tuple(sorted(p for found in parts.values() for p in found))}
    layout = {name: tuple(sorted(paths)) for name, paths in sorted(parts.items())}
    layout[SITEMAP_PATH] = tuple(layout)
    return layout


def sitemap_xml(base_url: str | None, name: str, layout: Mapping[str, tuple[str, ...]]) -> str:
    """The text of sitemap file ``name`` of ``layout``."""
    if name != SITEMAP_PATH or len(layout) == 1:
        return _urlset(base_url, layout[name])
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<sitemapindex xmlns="{_SITEMAP_NS}">',
        *(
            f"  <sitemap><loc>{escape(address(base_url, part))}</loc></sitemap>"
            for part in layout[name]
        ),
        "</sitemapindex>",
    ]
    return "\n".join(lines) + "\n"


def sitemap_files(base_url: str | None, pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
    """``sitemap.xml``, and above ``SITEMAP_MAX`` pages the parts it is an index of."""
    layout = sitemap_layout(pages)
    return {name: sitemap_xml(base_url, name, layout).encode() for name in layout}


def sitemap_pages(base_url: str | None, pages: Iterable[tuple[str, str]]) -> list[Page]:
    """The sitemap files as pages, each fingerprinted by what it lists (made when rendered)."""
    layout = sitemap_layout(pages)
    return [
        Page(
            path=name,
            template=site.VERBATIM,
            context=site.Context(_sitemap_context, base_url, name, layout),
            fingerprint=site.digest(f"{base_url}\n" + "\n".join(listed)),
        )
        for name, listed in layout.items()
    ]


def _sitemap_context(
    base_url: str | None, name: str, layout: Mapping[str, tuple[str, ...]]
) -> dict[str, object]:
    return {"text": Markup(sitemap_xml(base_url, name, layout))}


def _urlset(base_url: str | None, paths: Iterable[str]) -> str:
    """A sitemap of ``paths``; they are escaped only when they hold a character XML reserves."""
    prefix = escape(base_url.rstrip("/") + "/") if base_url else ""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<urlset xmlns="{_SITEMAP_NS}">']
    for path in paths:
        if path.endswith("index.html"):
            path = path[: -len("index.html")]
        if "&" in path or "<" in path or ">" in path:
            path = escape(path)
        lines.append(f"  <url><loc>{prefix}{path or ('' if prefix else './')}</loc></url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def _link(rel: str, media_type: str, href: str, *, indent: int) -> str:
    attributes = f"rel={quoteattr(rel)} type={quoteattr(media_type)} href={quoteattr(href)}"
    return f"{' ' * indent}<link {attributes}/>"


def _urn(kind: str, text: str) -> str:
    return f"urn:dossier:{kind}:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
