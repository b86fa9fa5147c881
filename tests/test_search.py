"""The search index: what it covers, how it is shipped in shards, and that it stays text."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from dossier import output, search, site
from tests.sitedata import grown_data, seed_data

STATIC = Path(__file__).resolve().parent.parent / "templates" / "static"


def _payload(script: str) -> dict[str, object]:
    prefix = f"(window.{search.GLOBAL_NAME} = window.{search.GLOBAL_NAME} || []).push("
    assert script.startswith(prefix) and script.endswith(");\n")
    return json.loads(script[len(prefix) : -3])


def _shards(data: site.SiteData) -> dict[str, dict[str, object]]:
    """Shard path -> its payload, rendered as a build renders it."""
    output._last.clear()
    renderer = output.Renderer()
    return {
        page.path: _payload(renderer.render(page).decode())
        for page in output.pages(data)
        if page.path.startswith(search.SHARD_FOLDER + "/")
    }


def test_index_covers_sources_claims_questions_and_entities() -> None:
    data = seed_data()
    docs = search.documents(data)
    types = {d["t"] for d in docs}
    assert types == set(search.TYPES)
    claims = [d for d in docs if d["t"] == "claim"]
    assert len(claims) == len(data.claims)
    assert all(d["f"] and d["w"] and d["d"] and d["k"] for d in claims)
    assert len({d["u"] for d in docs}) == len(docs)  # the url is the document's id
    almagro = next(d for d in docs if d["t"] == "entity" and d["h"] == "Luis Almagro")
    assert almagro["u"] == site.entity_url("luis-almagro")
    assert any(d["t"] == "claim" and d["w"] == "Luis Almagro" for d in docs)


def test_index_is_a_script_that_never_closes_a_script_element() -> None:
    data = seed_data()
    evil = replace(
        data.sources[0],
        body=data.sources[0].body + " </script><img src=x onerror=alert(1)> \u2028",
    )
    data = replace(data, sources=(evil, *data.sources[1:]))
    script = search.shard_script("all", search.documents(data))
    assert "<" not in script and "\u2028" not in script
    payload = _payload(script)
    assert any("</script><img" in d["b"] for d in payload["docs"])  # type: ignore[union-attr]


def test_index_is_deterministic() -> None:
    data = seed_data()
    assert _shards(data) == _shards(data)


def test_a_small_dossier_has_one_shard_and_one_of_names() -> None:
    data = seed_data()
    shards = _shards(data)
    assert list(shards) == [search.shard_path("all"), search.shard_path("names")]
    docs = [d for payload in shards.values() for d in payload["docs"]]  # type: ignore[attr-defined]
    assert docs == search.documents(data)


def test_shards_follow_the_months_of_publication() -> None:
    data = grown_data(150)
    shards = _shards(data)
    months = [search.shard_path(f"2023-0{m}") for m in range(1, 6)]
    assert list(shards) == [*months, search.shard_path("names")]
    urls = {path: {d["u"] for d in payload["docs"]} for path, payload in shards.items()}  # type: ignore[attr-defined]
    for claim in data.claims:
        published = next(s for s in data.sources if s.id == claim.source_id).meta.published
        home = search.shard_path(f"{published:%Y-%m}")
        assert [p for p, found in urls.items() if site.claim_url(claim.id) in found] == [home]
    page = next(p for p in output.pages(data) if p.path == "search/index.html")
    html = output.Renderer().render(page).decode()
    assert all(f'src="../{path}"' in html for path in shards)
    assert f'data-shards="{len(shards)}"' in html


def test_results_are_built_from_text_nodes() -> None:
    code = (STATIC / "search.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in code
    assert "createTextNode" in code


def test_minisearch_is_vendored_with_its_licence() -> None:
    vendor = STATIC / "vendor"
    assert "MiniSearch" in (vendor / "minisearch.js").read_text(encoding="utf-8")
    assert "MIT" in (vendor / "minisearch-LICENSE.txt").read_text(encoding="utf-8")
