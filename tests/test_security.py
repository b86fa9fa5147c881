"""Untrusted article text and metadata end up as text, never as markup or code."""

from __future__ import annotations

from pathlib import Path

import html5lib
import pytest

from dossier.config import Config
from dossier.pipeline import build

ATTACKS = {
    "script.txt": (
        "---\ntitle: '<script>alert(\"t\")</script> Title'\n"
        "outlet: '<img src=x onerror=alert(1)>'\n"
        "author: '\"><svg onload=alert(2)>'\nurl: 'javascript:alert(3)'\n"
        "published: 2024-05-01\n---\n"
        "Police said <script>alert(4)</script> 12 people were killed on Monday.\n\n"
        'Officials reported <img src=x onerror="alert(5)"> 30 injuries.\n\n'
        "The template {{ 7*7 }} and {% for x in range(3) %}loop{% endfor %} stay text; "
        "at least 5 people were arrested.\n"
    ),
    "markdown.md": (
        "---\ntitle: Markdown attack\nurl: 'data:text/html,<script>alert(6)</script>'\n---\n"
        "# Heading <b onmouseover=alert(7)>bold</b>\n\n"
        'Some [link](javascript:alert(8)) and ![img](x.png "t") text: 40 people died.\n\n'
        '<iframe src="https://evil.example"></iframe>\n\n'
        '<a href="javascript:alert(9)">click</a> 3 people were injured.\n'
    ),
    "vbscript.txt": (
        "---\ntitle: VB\nurl: ' vbscript:msgbox(1)'\n---\n"
        "</p></section><script>alert(10)</script> 7 people died, police said.\n"
    ),
}

OUR_SCRIPT_TYPES = {"application/ld+json"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


@pytest.fixture(scope="module")
def attacked_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("attack")
    articles = root / "articles"
    articles.mkdir()
    for name, text in ATTACKS.items():
        (articles / name).write_text(text, encoding="utf-8")
    build(Config(articles=articles, output=root / "site", cache=root / "cache"))
    return root / "site"


def _documents(site: Path):
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    for page in sorted(site.rglob("*.html")):
        yield page, parser.parse(page.read_bytes())


def test_no_injected_elements_attributes_or_schemes(attacked_site: Path) -> None:
    pages = list(_documents(attacked_site))
    assert len(pages) > 5
    for page, document in pages:
        for element in document.iter():
            tag = element.tag if isinstance(element.tag, str) else ""
            assert tag not in ("iframe", "img", "svg", "b", "object", "embed"), (page, tag)
            if tag == "script":
                src = element.get("src")
                assert (src and "static/" in src and not src.startswith(BAD_SCHEMES)) or (
                    element.get("type") in OUR_SCRIPT_TYPES
                ), (page, src, element.text)
                if element.get("type") in OUR_SCRIPT_TYPES:
                    assert "</script" not in (element.text or "").lower()
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (page, name, value)
                if name in ("href", "src", "action", "formaction", "cite"):
                    assert not value.strip().lower().startswith(BAD_SCHEMES), (page, value)


def test_injected_markup_is_visible_as_text(attacked_site: Path) -> None:
    source_pages = list((attacked_site / "sources").glob("*/index.html"))
    texts = "".join(page.read_text() for page in source_pages)
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in texts
    assert "{{ 7*7 }}" in texts and "{% for x in range(3) %}" in texts
    assert "49" not in texts.replace("&#", "")  # the template expression was not evaluated


def test_unsafe_metadata_urls_are_dropped(attacked_site: Path) -> None:
    for page in attacked_site.rglob("*.html"):
        text = page.read_text().lower()
        assert "javascript:alert(3)" not in text
        assert "vbscript:" not in text
