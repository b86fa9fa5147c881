"""The search index: what it covers, how it is shipped, and that it stays text."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from dossier import search, site
from tests.sitedata import seed_data

STATIC = Path(__file__).resolve().parent.parent / "templates" / "static"


def _payload(script: str) -> dict[str, object]:
    prefix = f"window.{search.GLOBAL_NAME} = "
    assert script.startswith(prefix) and script.endswith(";\n")
    return json.loads(script[len(prefix) : -2])


def test_index_covers_sources_claims_questions_and_entities() -> None:
    data = seed_data()
    docs = search.documents(data)
    types = {d["t"] for d in docs}
    assert types == set(search.TYPES)
    claims = [d for d in docs if d["t"] == "claim"]
    assert len(claims) == len(data.claims)
    assert all(d["f"] and d["w"] and d["d"] and d["k"] for d in claims)
    assert [d["i"] for d in docs] == list(range(len(docs)))
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
    script = search.index_script(search.documents(data))
    assert "<" not in script and "\u2028" not in script
    payload = _payload(script)
    assert any("</script><img" in d["b"] for d in payload["docs"])  # type: ignore[union-attr]


def test_index_is_deterministic() -> None:
    data = seed_data()
    assert search.index_script(search.documents(data)) == search.index_script(
        search.documents(data)
    )


def test_results_are_built_from_text_nodes() -> None:
    code = (STATIC / "search.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in code
    assert "createTextNode" in code


def test_minisearch_is_vendored_with_its_licence() -> None:
    vendor = STATIC / "vendor"
    assert "MiniSearch" in (vendor / "minisearch.js").read_text(encoding="utf-8")
    assert "MIT" in (vendor / "minisearch-LICENSE.txt").read_text(encoding="utf-8")
