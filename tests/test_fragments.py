"""Markup written in Python: claim rows and highlighted article text escape every text."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from dossier import highlight, rows, site
from dossier.markup import escape_text
from dossier.model import Block, BlockRole, Span
from dossier.render import environment
from tests.sitedata import seed_data

HOSTILE = "<script>alert(\"x\")</script> & 'quoted'"


@given(st.text())
def test_escape_text_is_jinja_autoescape(text: str) -> None:
    assert escape_text(text) == str(escape(text))


def _lookup() -> site.Lookup:
    return site.Lookup(seed_data())


def test_claim_row_escapes_every_text_and_links_what_resolves() -> None:
    lookup = _lookup()
    claim = next(c for c in seed_data().claims if lookup.speaker(c) is not None)
    hostile = replace(claim, subject=HOSTILE, unit=HOSTILE, attributed_to=HOSTILE)
    row = rows.claim_row("../../", hostile, lookup)
    assert "<script>" not in row and row.count(str(escape(HOSTILE))) == 3
    assert f'href="../../{site.claim_url(claim.id)}"' in row
    assert f'href="../../{site.entity_url(lookup.speaker(claim).id)}"' in row
    assert row.count("<td") == 6  # no source column unless a source line is given
    with_source = rows.claim_row("../", claim, lookup, lambda s: f"<i>{s.id}</i>")
    assert with_source.count("<td") == 7 and f"<i>{claim.source_id}</i>" in with_source


def test_claim_row_links_its_question_only_when_figures_are_compared() -> None:
    lookup = _lookup()
    for claim in seed_data().claims:
        row = rows.claim_row("", claim, lookup)
        compared = lookup.compared(claim)
        assert ("conflicts/" in row) == (compared is not None)
        assert row.rstrip().endswith("</tr>") and row.startswith("<tr>")


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<sup[^>]*>.*?</sup>", "", markup)))


def test_marked_blocks_keep_the_text_and_anchor_every_claim_once() -> None:
    data, lookup = seed_data(), _lookup()
    for source in data.sources:
        claims = lookup.claims_of_source.get(source.id, ())
        marked = list(highlight.marked_blocks("../../", source, claims))
        assert [block for block, _ in marked] == list(source.blocks)
        for block, markup in marked:
            assert _text(markup) == block.span.slice(source.body)
        page = "".join(markup for _, markup in marked)
        for claim in claims:
            inside = any(
                b.span.start <= claim.span.start and claim.span.end <= b.span.end
                for b in source.blocks
            )
            assert page.count(f'id="{claim.id}"') == (1 if inside else 0)


def test_marked_block_escapes_text_and_nests_claims() -> None:
    data = seed_data()
    source = data.sources[0]
    body = f"Before {HOSTILE} 12 people, at least 3 of them children, died."
    outer = next(c for c in data.claims if c.source_id == source.id)
    start = body.index("12")
    big = replace(outer, id="outer", span=Span(start=start, end=len(body) - 6))
    small = replace(outer, id="inner", span=Span(start=start, end=start + 2))
    block = Block(role=BlockRole.PARAGRAPH, span=Span(start=0, end=len(body)))
    odd = replace(source, body=body, blocks=(block,))
    ((_, markup),) = highlight.marked_blocks("../", odd, [small, big])
    assert "<script>" not in markup and _text(markup) == body
    assert markup.count("<a ") == 2  # the inner claim's stretch, then the rest of the outer
    assert 'id="outer"' in markup and '<span class="anchor" id="inner"></span>' in markup
    assert markup.count("<sup") == 2  # a kind label where each claim ends


def test_shared_fragments_are_made_once_and_follow_the_record() -> None:
    shared = environment().globals["shared"]
    source = seed_data().sources[0]
    line = shared.source_line(source, "../../")
    assert shared.source_line(source, "../../") is line
    assert shared.source_line(source, "../") != line  # the way back to the root differs
    renamed = replace(source, meta=replace(source.meta, title="A <b>new</b> title"))
    other = shared.source_line(renamed, "../../")
    assert "A &lt;b&gt;new&lt;/b&gt; title" in other and other != line
    chrome = shared.chrome("../", "claims/x/index.html", seed_data().config)
    assert 'href="../claims/index.html" aria-current="page"' in chrome.header
    assert "aria-current" not in shared.chrome("", "index.html", seed_data().config).header
