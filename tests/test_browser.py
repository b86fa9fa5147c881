"""The built site in a real browser: a reader's path through it, search, keyboard, axe-core.

Playwright drives Debian's chromium (``/usr/bin/chromium``; the Playwright
browser download is never used).  The seeds are built once into a temporary
folder, served by a local ``http.server`` thread, and also opened from disk
(``file://``) to check that search works without a server.  axe-core is
vendored under ``tests/vendor`` and injected into each page checked.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier import sections
from dossier.config import Config
from dossier.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    out = base / "site"
    report = build(
        Config(
            title="Venezuela dossier",
            description="Browser test build of the seeds.",
            articles=ROOT / "seeds",
            output=out,
            cache=base / "cache",
        )
    )
    assert report.ok
    return out


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built as a large dossier is: listings split by month, search in shards."""
    base = tmp_path_factory.mktemp("split")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sections, "PAGE_ROWS", 12)
        report = build(
            Config(
                title="Split dossier",
                articles=ROOT / "seeds",
                output=base / "site",
                cache=base / "cache",
            )
        )
    assert report.ok
    assert len(list((base / "site" / "static" / "search").glob("*.js"))) > 2
    return base / "site"


@contextlib.contextmanager
def _serving(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def server(built: Path) -> Iterator[str]:
    with _serving(built) as address:
        yield address


@pytest.fixture(scope="module")
def split_server(split: Path) -> Iterator[str]:
    with _serving(split) as address:
        yield address


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh page that records JavaScript errors (console errors and uncaught exceptions)."""
    context = browser.new_context()  # type: ignore[attr-defined]
    context.set_default_timeout(5000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.errors = errors
    yield tab
    context.close()


def _no_errors(page: object) -> None:
    assert page.errors == [], f"JavaScript errors: {page.errors}"  # type: ignore[attr-defined]


def test_reader_follows_a_conflict_to_the_highlighted_sentence(page, server: str) -> None:
    page.goto(server + "index.html")
    assert page.title().startswith("Venezuela dossier")
    page.locator('section[aria-labelledby=conflicts] a[href^="conflicts/"]').first.click()
    page.wait_for_url(re.compile(r"/conflicts/[^/]+/index\.html$"))
    assert page.locator("h1").inner_text()
    assert page.locator("figure.chart svg").count() == 1
    page.locator("table.side-by-side tbody tr td:first-child a").first.click()
    page.wait_for_url(re.compile(r"/claims/([0-9a-f]+)/index\.html$"))
    claim_id = page.url.rstrip("/").split("/")[-2]
    assert page.locator("#cite").count() == 1
    assert "@article{" in page.locator("#cite-bibtex").text_content()
    assert page.locator('script[type="application/ld+json"]').count() == 1
    page.get_by_role("link", name="Show in the article").click()
    page.wait_for_url(re.compile(rf"/sources/[^/]+/index\.html#{claim_id}$"))
    target = page.locator(":target")
    assert target.get_attribute("id") == claim_id
    outline = target.evaluate("node => getComputedStyle(node).outlineStyle")
    assert outline == "solid"
    _no_errors(page)


def test_search_for_a_person_from_the_header(page, server: str) -> None:
    page.goto(server + "sources/index.html")
    page.fill("#site-search", "Almagro")
    page.press("#site-search", "Enter")
    page.wait_for_url(re.compile(r"/search/index\.html\?q=Almagro"))
    results = page.locator("#search-results li")
    results.first.wait_for()
    assert results.count() >= 2
    assert "Almagro" in page.locator("#search-results").inner_text()
    entity = page.locator("#search-results li.result-entity a").first
    assert entity.inner_text() == "Luis Almagro"
    entity.click()
    page.wait_for_url(re.compile(r"/entities/luis-almagro/index\.html$"))
    assert page.locator("h1").inner_text() == "Luis Almagro"
    assert page.locator("#said ~ table tbody tr").count() >= 1
    _no_errors(page)


def test_search_works_from_disk_and_filters_by_kind(page, built: Path) -> None:
    url = (built / "search" / "index.html").as_uri() + "?q=arrests"
    page.goto(url)
    page.locator("#search-results li").first.wait_for()
    assert page.locator("#search-results li").count() >= 2
    page.select_option("#search-kind", "arrests")
    items = page.locator("#search-results li")
    assert items.count() >= 1
    for i in range(items.count()):
        assert items.nth(i).locator(".tag.kind-arrests").count() == 1
    page.uncheck("input[name=type][value=claim]")
    assert page.locator("#search-results li.result-claim").count() == 0
    page.goto((built / "search" / "index.html").as_uri() + "?q=Gonzalez")
    page.locator("#search-results li").first.wait_for()
    assert "González" in page.locator("#search-results").inner_text()
    _no_errors(page)


def test_search_loads_every_shard_from_disk(page, split: Path) -> None:
    page.goto((split / "search" / "index.html").as_uri() + "?q=Almagro")
    page.locator("#search-results li").first.wait_for()
    assert page.evaluate("window.DOSSIER_SEARCH.length") == len(
        list((split / "static" / "search").glob("*.js"))
    )
    text = page.locator("#search-results").inner_text()
    assert "Luis Almagro" in text  # from the names shard
    assert page.locator("#search-results li.result-claim").count() >= 2  # from period shards
    assert "could not be loaded" not in page.locator("#search-status").inner_text()
    _no_errors(page)


def test_search_says_so_when_a_shard_is_missing(page, split: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(split, copy)
    next((copy / "static" / "search").glob("20*.js")).unlink()
    page.goto((copy / "search" / "index.html").as_uri() + "?q=Almagro")
    page.locator("#search-results li").first.wait_for()
    assert (
        "Part of the search index could not be loaded"
        in page.locator("#search-status").inner_text()
    )


def test_split_listings_lead_to_every_claim(page, split: Path) -> None:
    page.goto((split / "claims" / "index.html").as_uri())
    periods = page.locator("ul.periods a")
    assert periods.count() >= 2
    periods.first.click()
    page.wait_for_url(re.compile(r"/claims/\d{4}-\d\d(-\d\d)?/index\.html$"))
    assert page.locator("#claims-table tbody tr").count() >= 1
    assert page.locator("nav.trail a").first.inner_text() == "All claims"
    _no_errors(page)


def test_keyboard_reaches_search_and_skip_link(page, server: str) -> None:
    page.goto(server + "index.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search":
            break
    else:
        pytest.fail("the search box is not reachable with Tab")
    page.keyboard.type("Foro Penal")
    page.keyboard.press("Enter")
    page.locator("#search-results li").first.wait_for()
    page.keyboard.press("Tab")  # from the search page's own box onwards
    _no_errors(page)


def _pages_to_check(built: Path) -> list[str]:
    source = sorted((built / "sources").glob("*/index.html"))[0]
    claim = sorted((built / "claims").glob("*/index.html"))[0]
    conflict = sorted((built / "conflicts").glob("*/index.html"))[0]
    entity = built / "entities" / "luis-almagro" / "index.html"
    return [
        "index.html",
        source.relative_to(built).as_posix(),
        claim.relative_to(built).as_posix(),
        conflict.relative_to(built).as_posix(),
        entity.relative_to(built).as_posix(),
        "search/index.html?q=Almagro",
        "timeline/index.html",
        "about/index.html",
        "claims/index.html",
    ]


def test_no_serious_accessibility_violations(page, server: str, built: Path) -> None:
    problems: list[str] = []
    for path in _pages_to_check(built):
        page.goto(server + path)
        if path.startswith("search/"):
            page.locator("#search-results li").first.wait_for()
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            """async () => {
                const r = await axe.run(document, {resultTypes: ['violations']});
                return r.violations.map(v => ({id: v.id, impact: v.impact,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
            }"""
        )
        for v in violations:
            if v["impact"] in ("serious", "critical"):
                problems.append(f"{path}: {v['id']} ({v['impact']}) at {v['nodes']}")
    assert problems == [], "\n".join(problems)
    _no_errors(page)


def test_split_listings_have_no_serious_accessibility_violations(
    page, split: Path, split_server: str
) -> None:
    leaf = next(p for p in sorted((split / "claims").glob("20*/index.html")))
    paths = [
        "claims/index.html",
        leaf.relative_to(split).as_posix(),
        "timeline/index.html",
        "conflicts/index.html",
        "sources/index.html",
        "index.html",
    ]
    problems: list[str] = []
    for path in paths:
        page.goto(split_server + path)
        page.add_script_tag(path=str(AXE))
        ids = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']}))
                .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id)"""
        )
        problems += [f"{path}: {i}" for i in ids]
    assert problems == [], problems
    _no_errors(page)


def test_dark_mode_has_no_serious_contrast_problems(browser, server: str, built: Path) -> None:
    context = browser.new_context(color_scheme="dark")
    try:
        tab = context.new_page()
        problems: list[str] = []
        for path in _pages_to_check(built)[:4]:
            tab.goto(server + path)
            tab.add_script_tag(path=str(AXE))
            ids = tab.evaluate(
                """async () => (await axe.run(document, {resultTypes: ['violations']}))
                    .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id)"""
            )
            problems += [f"{path}: {i}" for i in ids]
        assert problems == [], problems
    finally:
        context.close()
