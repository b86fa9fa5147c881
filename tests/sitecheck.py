"""Helpers for tests that inspect a built site: links, anchors, parsed DOM."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src"):
            value = values.get(name)
            if value is not None:
                self.links.append(value)


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def broken_links(site: Path) -> list[str]:
    """Every internal link or #anchor in ``site`` that does not resolve."""
    pages = {p.relative_to(site).as_posix(): parse(p) for p in site.rglob("*.html")}
    problems: list[str] = []
    for page, found in sorted(pages.items()):
        for link in found.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue
            target = page
            if parts.path:
                target = posixpath.normpath(
                    posixpath.join(posixpath.dirname(page), unquote(parts.path))
                )
                if target.startswith(".."):
                    problems.append(f"{page}: {link} leaves the site")
                    continue
                if (site / target).is_dir():
                    target = posixpath.join(target, "index.html")
                if not (site / target).is_file():
                    problems.append(f"{page}: {link} -> missing {target}")
                    continue
            if parts.fragment and target.endswith(".html"):
                fragment = unquote(parts.fragment)
                if fragment.startswith(":~:"):
                    continue
                if fragment not in pages[target].ids:
                    problems.append(f"{page}: {link} -> no #{fragment} in {target}")
    return problems
