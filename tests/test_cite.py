"""Cite this claim: plain text, BibTeX, CSL-JSON, schema.org JSON-LD and text fragments."""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from dossier import cite, render
from dossier.render import json_script, text_fragment
from tests.sitedata import seed_data, with_base_url


def _claim_and_source():
    data = with_base_url(seed_data(), "https://example.org/d/")
    claim = next(c for c in data.claims if c.attributed_to == "Luis Almagro")
    source = next(s for s in data.sources if s.id == claim.source_id)
    return data.config, claim, source


def test_plain_citation_names_outlet_title_date_and_claim_address() -> None:
    config, claim, source = _claim_and_source()
    text = cite.plain(config, claim, source)
    assert source.meta.outlet in text and source.title in text
    assert f"https://example.org/d/claims/{claim.id}/" in text
    assert "1 August 2024" in text


def test_bibtex_escapes_special_characters_and_balances_braces() -> None:
    config, claim, source = _claim_and_source()
    odd = replace(source, meta=replace(source.meta, title="50% of {votes} & #1_x ~ ^"))
    entry = cite.bibtex(config, claim, odd)
    assert entry.startswith("@article{")
    assert r"50\% of \{votes\} \& \#1\_x \~{} \^{}" in entry
    depth = 0
    escaped = False
    for ch in entry:
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            assert depth >= 0
    assert depth == 0


def test_csl_json_is_valid_and_complete() -> None:
    config, claim, source = _claim_and_source()
    (item,) = json.loads(cite.csl_json(config, claim, source))
    assert item["type"] == "article-newspaper"
    assert item["title"] == source.title
    assert item["issued"] == {"date-parts": [[2024, 8, 1]]}
    assert item["URL"] == source.meta.url


def test_json_ld_is_a_schema_org_claim() -> None:
    config, claim, source = _claim_and_source()
    data = cite.json_ld(config, claim, source)
    assert data["@type"] == "Claim"
    assert data["appearance"]["url"] == source.meta.url
    assert data["author"]["name"] == "Luis Almagro"
    assert data["datePublished"] == "2024-08-01"
    embedded = json_script({"text": "</script><b>&"})
    assert "</script>" not in embedded and "<b>" not in embedded


@given(st.text())
def test_fragment_text_is_quote_with_dashes_encoded(text: str) -> None:
    assert render._fragment_text(text) == quote(text, safe="").replace("-", "%2D")


def test_text_fragment_encodes_directive_syntax() -> None:
    url = text_fragment("https://example.org/a#top", "Short one-two, & three")
    assert url == "https://example.org/a#:~:text=Short%20one%2Dtwo%2C%20%26%20three"
    long = text_fragment("https://example.org/a", "one two three four five six seven eight nine")
    assert long.endswith("#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine")


ODD_META = (
    {"title": 'Quotes " and \\ backslashes', "outlet": None, "author": "A, B ,C", "url": None},
    {"title": "\0text\0 looks like a hole", "outlet": "\0url\0", "author": None},
    {"title": None, "outlet": "Ünïcödé “quoted” </script>", "published": None},
)


def _claims_and_sources():
    """Every seed claim, and one with odd metadata and an odd sentence, with and without a base."""
    for data in (seed_data(), with_base_url(seed_data(), "https://example.org/d/")):
        sources = {s.id: s for s in data.sources}
        for claim in data.claims:
            yield data.config, claim, sources[claim.source_id]
        claim = data.claims[0]
        source = sources[claim.source_id]
        for fields in ODD_META:
            odd = replace(source, meta=replace(source.meta, **fields))
            for sentence, speaker in (("A \0note\0 sentence", None), ("Plain.", "Someone")):
                yield data.config, replace(claim, sentence=sentence, attributed_to=speaker), odd


def test_json_texts_are_the_dicts_written_out() -> None:
    # The texts are made once per source with holes for the claim's values.
    for config, claim, source in _claims_and_sources():
        item = cite.csl_item(config, claim, source)
        expected_csl = json.dumps([item], ensure_ascii=False, indent=2)
        assert cite.csl_json(config, claim, source) == expected_csl
        ld = cite.json_ld(config, claim, source)
        expected_ld = json.dumps(ld, ensure_ascii=False, indent=1, sort_keys=True)
        assert cite.json_ld_text(config, claim, source) == expected_ld


def test_bibtex_and_plain_follow_the_source_metadata() -> None:
    config, claim, source = _claim_and_source()
    first = cite.bibtex(config, claim, source)
    renamed = replace(source, meta=replace(source.meta, outlet="Other & Co", author=None))
    entry = cite.bibtex(config, claim, renamed)
    assert r"journal = {Other \& Co}" in entry and "author =" not in entry
    assert "author =" in first
    assert cite.plain(config, claim, renamed).startswith("Other & Co, “")
