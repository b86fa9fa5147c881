"""Pages planned from the seeds: entities, timeline, method examples, fingerprints, escaping."""

from __future__ import annotations

from dataclasses import replace

from dossier import mentions, output, site
from dossier.model import Entity, Kind, Status
from tests.sitedata import seed_data


def _pages() -> dict[str, object]:
    return {page.path: page for page in site.plan(seed_data())}


def test_page_paths_match_the_plan() -> None:
    data = seed_data()
    assert list(site.page_paths(data)) == [page.path for page in site.plan(data)]


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
    before = {p.path: p.fingerprint for p in site.plan(data)}
    said = site.Lookup(data).links.said["luis-almagro"]
    claims = tuple(
        replace(c, subject="changed subject") if c.id == said[0] else c for c in data.claims
    )
    after = {p.path: p.fingerprint for p in site.plan(replace(data, claims=claims))}
    assert before[site.entity_url("luis-almagro")] != after[site.entity_url("luis-almagro")]
    assert before[site.claim_url(said[0])] != after[site.claim_url(said[0])]
    links = site.Lookup(data).links
    unrelated = [
        e.id
        for e in data.entities
        if said[0] not in links.said.get(e.id, ()) + links.mentioned.get(e.id, ())
    ]
    assert unrelated
    assert all(before[site.entity_url(e)] == after[site.entity_url(e)] for e in unrelated)


def test_every_page_has_the_search_box_and_fingerprinted_record_pages() -> None:
    renderer = output.Renderer()
    for path, page in _pages().items():
        html = renderer.render(page).decode()
        assert 'role="search"' in html and 'name="q"' in html, path
        if path.startswith(("sources/", "claims/", "conflicts/", "entities/")) and not (
            path.endswith("s/index.html") and path.count("/") == 1
        ):
            assert page.fingerprint, path


def test_untrusted_names_are_escaped_on_entity_pages() -> None:
    data = seed_data()
    evil = Entity(id="evil", name='<script>alert("x")</script>', kind="person", aliases=("<b>",))
    data = replace(data, entities=(*data.entities, evil))
    page = next(p for p in site.plan(data) if p.path == site.entity_url("evil"))
    html = output.Renderer().render(page).decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html
