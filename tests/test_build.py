"""Whole builds: the seeds build, every link resolves, exports agree with the body."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dossier.config import Config
from dossier.pipeline import build
from tests.sitecheck import broken_links

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "site"
    cache = out.parent / "cache"
    report = build(Config(articles=ROOT / "seeds", output=out, cache=cache))
    assert report.ok, [str(d) for d in report.diagnostics]
    return out


def test_seeds_build_has_every_kind_of_page(seeds_site: Path) -> None:
    for path in [
        "index.html",
        "sources/index.html",
        "claims/index.html",
        "conflicts/index.html",
        "about/index.html",
        "data/claims.json",
        "data/claims.csv",
        "data/sources.json",
        "data/conflicts.json",
        "static/style.css",
    ]:
        assert (seeds_site / path).is_file(), path
    sources = json.loads((seeds_site / "data/sources.json").read_text())
    assert len(sources) == 5
    for source in sources:
        assert (seeds_site / "sources" / source["id"] / "index.html").is_file()


def test_every_internal_link_and_anchor_resolves(seeds_site: Path) -> None:
    assert broken_links(seeds_site) == []


def test_every_claim_has_a_page_and_its_quote_is_its_span(seeds_site: Path) -> None:
    from dossier.loader import load_folder

    bodies = {s.id: s.body for s in load_folder(ROOT / "seeds").sources}
    claims = json.loads((seeds_site / "data/claims.json").read_text())
    assert claims
    for claim in claims:
        start, end = claim["span"]
        assert bodies[claim["source"]][start:end] == claim["quote"]
        assert claim["quote"] in claim["sentence"]
        assert (seeds_site / claim["url"] / "index.html").is_file()
        page = (seeds_site / "sources" / claim["source"] / "index.html").read_text()
        assert f'id="{claim["id"]}"' in page


def test_no_external_resources(seeds_site: Path) -> None:
    """Nothing a page loads comes from elsewhere; only links to originals leave the site."""
    import html5lib

    loaded = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src"}
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    for page in seeds_site.rglob("*.html"):
        for element in parser.parse(page.read_bytes()).iter():
            attribute = loaded.get(element.tag) if isinstance(element.tag, str) else None
            value = element.get(attribute, "") if attribute else ""
            assert not value.startswith(("http:", "https:", "//")), (page, element.tag, value)
    css = (seeds_site / "static/style.css").read_text()
    assert "@import" not in css and "url(http" not in css


def test_bad_file_is_reported_and_the_rest_still_builds(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", articles)
    (articles / "broken.md").write_text("---\ntitle: [oops\n---\nText with 5 deaths.\n")
    out = tmp_path / "site"
    report = build(Config(articles=articles, output=out, cache=tmp_path / "cache"))
    assert not report.ok
    assert any(d.path == "broken.md" and d.line == 2 for d in report.diagnostics)
    assert len(json.loads((out / "data/sources.json").read_text())) == 5
    index = (out / "index.html").read_text()
    assert "broken.md" in index
