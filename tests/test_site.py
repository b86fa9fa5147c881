"""Pages planned from the seeds: entities, timeline, method examples, fingerprints, escaping.

And from a grown dossier (``sitedata.grown_data``): listings split into periods whose pages
keep their contents when an article is added elsewhere."""

from __future__ import annotations

import dataclasses
import enum
import posixpath
import re
from dataclasses import replace
from pathlib import Path

import pytest

from dossier import entity_pages, listings, mentions, output, record_pages, sections, site
from dossier.model import Entity, Kind, Page, Status
from tests.sitecheck import broken_links, parse
from tests.sitedata import grown_data, seed_data


def _plan(data: site.SiteData) -> tuple[Page, ...]:
    output._last.clear()
    return output.pages(data)


def _pages() -> dict[str, Page]:
    return {page.path: page for page in _plan(seed_data())}


def test_paths_are_unique_and_every_page_has_a_fingerprint() -> None:
    for data in (seed_data(), grown_data(150)):
        pages = _plan(data)
        assert len({p.path for p in pages}) == len(pages)
        assert all(p.fingerprint for p in pages)


def test_every_record_has_its_page() -> None:
    data, pages = seed_data(), _pages()
    for path in ("entities/index.html", "timeline/index.html", "search/index.html"):
        assert path in pages
    assert all(site.entity_url(e.id) in pages for e in data.entities)
    assert all(site.claim_url(c.id) in pages for c in data.claims)


def test_attributions_resolve_through_aliases() -> None:
    data = seed_data()
    links = site.Lookup(data).links
    almagro = [c for c in data.claims if c.attributed_to and "Almagro" in c.attributed_to]
    assert almagro
    assert all(links.speaker[c.id] == "luis-almagro" for c in almagro)
    assert set(links.said["luis-almagro"]) >= {c.id for c in almagro}
    assert dict(links.in_sources["luis-almagro"])  # the name appears in the text


def test_ready_links_from_the_reconciler_win() -> None:
    data = seed_data()
    claim = data.claims[0]
    entity = data.entities[0]
    links = mentions.link(
        data.entities,
        data.claims,
        data.sources,
        attributed={claim.id: entity.id},
        mentions={entity.id: (claim.id,)},
    )
    assert links.speaker == {claim.id: entity.id}
    assert links.mentioned[entity.id] == (claim.id,)


def test_timeline_is_in_date_order_grouped_by_year() -> None:
    data = seed_data()
    years = site.timeline(data, site.Lookup(data))
    assert [y for y, _ in years] == sorted(y for y, _ in years)
    flat = [e for _, entries in years for e in entries]
    assert [e.when.start for e in flat] == sorted(e.when.start for e in flat)
    assert all(e.when.start.year == y for y, entries in years for e in entries)
    assert any(e.event and e.claim.kind is Kind.EVENT_DATE for e in flat)


def test_method_page_uses_examples_from_the_dossier() -> None:
    data = seed_data()
    examples = site.method_examples(data, site.Lookup(data))
    assert examples["kind_examples"]
    conflict = examples["status_examples"][Status.CONFLICT.value]
    assert conflict is not None and conflict.status is Status.CONFLICT
    html = output.Renderer().render(_pages()["about/index.html"]).decode()
    assert site.question_url(conflict.id) in html
    assert 'id="status-conflict"' in html


def test_entity_fingerprint_covers_the_claims_it_lists() -> None:
    data = seed_data()
    before = {p.path: p.fingerprint for p in _plan(data)}
    links = site.Lookup(data).links
    said = links.said["luis-almagro"]
    # A claim is a function of its source's content, so a changed claim means a changed source.
    source_id = next(c.source_id for c in data.claims if c.id == said[0])
    sources = tuple(
        replace(s, content_hash=s.content_hash + "-edited") if s.id == source_id else s
        for s in data.sources
    )
    after = {p.path: p.fingerprint for p in _plan(replace(data, sources=sources))}
    assert before[site.entity_url("luis-almagro")] != after[site.entity_url("luis-almagro")]
    assert before[site.claim_url(said[0])] != after[site.claim_url(said[0])]
    of_source = {c.id for c in data.claims if c.source_id == source_id}
    unrelated = [
        e.id
        for e in data.entities
        if not of_source & set(links.said.get(e.id, ()) + links.mentioned.get(e.id, ()))
        and source_id not in dict(links.in_sources.get(e.id, ()))
    ]
    assert unrelated
    assert all(before[site.entity_url(e)] == after[site.entity_url(e)] for e in unrelated)
    untouched = [c.id for c in data.claims if c.source_id != source_id]
    assert all(before[site.claim_url(c)] == after[site.claim_url(c)] for c in untouched)


def test_every_page_has_the_search_box() -> None:
    renderer = output.Renderer()
    for path, page in _pages().items():
        if path.endswith(".html"):
            html = renderer.render(page).decode()
            assert 'role="search"' in html and 'name="q"' in html, path


def test_untrusted_names_are_escaped_on_entity_pages() -> None:
    data = seed_data()
    evil = Entity(id="evil", name='<script>alert("x")</script>', kind="person", aliases=("<b>",))
    data = replace(data, entities=(*data.entities, evil))
    page = next(p for p in _plan(data) if p.path == site.entity_url("evil"))
    html = output.Renderer().render(page).decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html


def _fingerprints(data: site.SiteData) -> dict[str, str | None]:
    return {p.path: p.fingerprint for p in _plan(data)}


def _listing_leaves(pages: dict[str, Page], base: str) -> list[str]:
    return [
        path
        for path, page in pages.items()
        if path.startswith(base + "/") and path.count("/") == 2 and "node" in page.context
    ]


def test_a_small_dossier_lists_every_claim_on_one_page() -> None:
    data = seed_data()
    pages = _pages()
    assert len(data.sources) + len(data.claims) <= sections.PAGE_ROWS
    assert not _listing_leaves(pages, "claims") and not _listing_leaves(pages, "conflicts")
    html = output.Renderer().render(pages["claims/index.html"]).decode()
    assert all(site.claim_url(c.id) in html for c in data.claims)
    sources = output.Renderer().render(pages["sources/index.html"]).decode()
    assert all(site.source_url(s.id) in sources for s in data.sources)


def test_a_large_dossier_lists_claims_by_month_of_publication() -> None:
    data = grown_data(150)
    assert len(data.sources) + len(data.claims) > sections.PAGE_ROWS
    pages = {p.path: p for p in _plan(data)}
    months = [f"claims/2023-0{m}/index.html" for m in range(1, 6)]
    assert _listing_leaves(pages, "claims") == months
    listed = [c.id for path in months for c in pages[path].context["claims"]]
    assert sorted(listed) == sorted(c.id for c in data.claims)  # each claim exactly once
    for path in months:
        node = pages[path].context["node"]
        assert node.rows <= sections.PAGE_ROWS
        assert all(s.meta.published.month == int(path[13]) for s in node.groups)
    renderer = output.Renderer()
    hub = renderer.render(pages["claims/index.html"]).decode()
    assert "<table" not in hub and all(m.removeprefix("claims/") in hub for m in months)
    home = renderer.render(pages["index.html"]).decode()
    assert home.count('<li><a href="sources/copy-') == listings.HOME_ITEMS
    assert "Newest sources" in home
    sources = renderer.render(pages["sources/index.html"]).decode()
    assert "../claims/2023-01/index.html#sources" in sources
    assert 'id="sources"' in renderer.render(pages[months[0]]).decode()


def test_adding_an_article_changes_only_the_pages_of_its_month() -> None:
    before, after = _fingerprints(grown_data(150)), _fingerprints(grown_data(151))
    added = grown_data(151).sources[-1]
    month = f"{added.meta.published:%Y-%m}"
    changed = {path for path, fp in after.items() if before.get(path) != fp}
    for base in ("claims", "conflicts"):
        periods = {p for p in after if re.fullmatch(base + r"/\d{4}-\d\d/index\.html", p)}
        assert len(periods) == 5
        assert periods & changed == {f"{base}/{month}/index.html"}
    shards = {p for p in after if p.startswith("static/search/20")}
    assert shards & changed == {f"static/search/{month}.js"}
    # Claim pages: the new ones, and those of questions the new figures joined ("N compared").
    grown = grown_data(151)
    joined = {grown.question_of[c.id] for c in grown.claims if c.source_id == added.id}
    compared = {c for q in grown.questions if q.id in joined for c in q.claim_ids}
    assert {p for p in changed if p.startswith("claims/") and p.count("/") == 2} == {
        f"claims/{month}/index.html",
        *(site.claim_url(c) for c in compared),
    }
    # The timeline pages of the new figures' dates: their year's, or their month's or day's
    # where a year of many dates is split.
    years = {
        sections.path("timeline", key)
        for c in grown.claims
        if c.source_id == added.id and (when := site.dated(c)) is not None
        for key in sections.date_keys(when.start)
    }
    assert {p for p in changed if p.startswith("timeline/") and p.count("/") == 2} <= years
    expected = {
        site.source_url(added.id),
        *(site.question_url(q) for q in joined),
        *(site.claim_url(c) for c in compared),
        *(f"{base}/{month}/index.html" for base in ("claims", "conflicts")),
        *(f"{base}/index.html" for base in ("claims", "conflicts", "sources", "timeline")),
        *years,
        "index.html",
        "about/index.html",  # its verdict examples are the largest questions
        f"static/search/{month}.js",
        "static/search/names.js",
        "sitemap.xml",
    }
    unexpected = {p for p in changed - expected if not p.startswith("entities/")}
    assert unexpected == set()


def test_an_entity_of_many_figures_is_listed_by_period(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_pages, "ENTITY_ROWS", 40)
    data = grown_data(60)
    links = site.Lookup(data).links
    entity = max(
        data.entities,
        key=lambda e: len(links.said.get(e.id, ()) + links.mentioned.get(e.id, ())),
    )
    pages = {p.path: p for p in _plan(data)}
    base = site.entity_url(entity.id)
    parts = [p for p in pages if p.startswith(base.removesuffix("index.html")) and p != base]
    assert pages[base].template == "entity_hub.html" and parts
    listed = [c.id for p in parts if "said" in pages[p].context for c in pages[p].context["said"]]
    assert sorted(listed) == sorted(links.said.get(entity.id, ()))
    renderer = output.Renderer()
    hubs = "".join(
        renderer.render(pages[p]).decode()
        for p in [base, *parts]
        if pages[p].template == "entity_hub.html"
    )
    assert all(f'{p.split("/")[2]}/index.html"' in hubs for p in parts)  # each linked from above
    assert entity.name in renderer.render(pages[parts[0]]).decode()


def test_planning_builds_no_page_context(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise AssertionError("a passage was cut while planning")

    monkeypatch.setattr(record_pages, "passage", boom)
    pages = {p.path: p for p in _plan(grown_data(20))}
    claim_page = next(p for p in pages.values() if p.template == "claim.html")
    with pytest.raises(AssertionError, match="while planning"):
        output.Renderer().render(claim_page)


def test_question_key_covers_every_field() -> None:
    question = seed_data().questions[0]
    for name in (f.name for f in dataclasses.fields(question)):
        value = getattr(question, name)
        if isinstance(value, enum.Enum):
            other = next(v for v in type(value) if v != value)
        elif isinstance(value, tuple):
            other = (*value, "extra")
        else:
            other = (value or "") + " changed"
        changed = dataclasses.replace(question, **{name: other})
        assert site.question_text(changed) != site.question_text(question), name


@pytest.mark.parametrize("rows", [sections.PAGE_ROWS, 60])
def test_a_built_large_site_has_no_broken_links_and_no_unreachable_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int
) -> None:
    """Index pages rendered in full, record pages as placeholders (checked on the seeds).

    With 60 rows a page, months are split into days and years of the timeline into months.
    """
    monkeypatch.setattr(sections, "PAGE_ROWS", rows)
    data = grown_data(150)
    renderer = output.Renderer()
    planned = _plan(data)
    for page in planned:
        target = tmp_path / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        record = page.template in ("claim.html", "conflict.html", "entity.html")
        target.write_bytes(b"<!DOCTYPE html>" if record else renderer.render(page))
    for path, content in output.other_files(data).items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    assert broken_links(tmp_path) == []
    for base in ("claims", "conflicts", "timeline"):
        listing = {p.path for p in planned if p.path.startswith(base + "/") and "node" in p.context}
        reached, todo = set(), [f"{base}/index.html"]
        while todo:
            path = todo.pop()
            reached.add(path)
            for link in parse(tmp_path / path).links:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(path), link))
                if target in listing and target not in reached:
                    todo.append(target)
        assert reached == listing, base
    days = [p.path for p in planned if re.fullmatch(r"claims/\d{4}-\d\d-\d\d/index\.html", p.path)]
    assert bool(days) == (rows == 60)


def test_fingerprints_follow_what_pages_show_of_the_configuration_not_its_folders() -> None:
    data = seed_data()
    config = data.config
    elsewhere = replace(
        data,
        config=replace(
            config,
            articles=Path("/elsewhere/articles"),
            output=Path("/elsewhere/site"),
            cache=Path("/elsewhere/cache"),
        ),
    )
    retitled = replace(data, config=replace(config, title=config.title + " (revised)"))
    before = {p.path: p.fingerprint for p in _plan(data)}
    assert {p.path: p.fingerprint for p in _plan(elsewhere)} == before
    after = {p.path: p.fingerprint for p in _plan(retitled)}
    assert all(after[path] != before[path] for path in before if path.endswith(".html"))
