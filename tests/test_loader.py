"""Loader: metadata, paragraphs, headings, titles, boilerplate and offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dossier.errors import DossierError
from dossier.loader import RawArticle, decode, load_folder, parse_article
from dossier.model import BlockRole, Severity

ROOT = Path(__file__).resolve().parent.parent


def _parse(text: str, path: str = "story.txt", sidecar: str | None = None):
    raw = RawArticle(
        path=path,
        data=text.encode("utf-8"),
        sidecar_path=path.rsplit(".", 1)[0] + ".yaml" if sidecar is not None else None,
        sidecar=sidecar.encode("utf-8") if sidecar is not None else None,
    )
    return parse_article(raw)


def _roles(article) -> list[tuple[str, str]]:
    s = article.source
    return [(b.role.value, b.span.slice(s.body)) for b in s.blocks]


FRONT = """---
title: Quake toll rises
outlet: Daily Planet
author: [Lois Lane, Clark Kent]
url: https://example.org/quake
published: 2024-03-02
language: en
---
Rescuers pulled survivors from the rubble on Friday.

At least 40 people died, officials said.
"""


def test_front_matter_fills_metadata_and_body_starts_after_it() -> None:
    article = _parse(FRONT, "quake.md")
    meta = article.source.meta
    assert meta.title == "Quake toll rises"
    assert meta.outlet == "Daily Planet"
    assert meta.author == "Lois Lane, Clark Kent"
    assert meta.url == "https://example.org/quake"
    assert meta.published == dt.date(2024, 3, 2)
    assert article.source.body.startswith("Rescuers pulled")
    assert article.source.format == "markdown"


def test_sidecar_metadata_for_plain_text_and_front_matter_wins() -> None:
    text = "---\ntitle: From front matter\n---\nBody text here.\n"
    sidecar = "title: From sidecar\noutlet: Sidecar Times\npublished: 2020-01-05\n"
    meta = _parse(text, sidecar=sidecar).source.meta
    assert meta.title == "From front matter"
    assert meta.outlet == "Sidecar Times"
    assert meta.published == dt.date(2020, 1, 5)


def test_unknown_fields_stay_unknown() -> None:
    meta = _parse("Just a paragraph of text that ends here.\n").source.meta
    assert meta.outlet is None and meta.author is None and meta.published is None


def test_one_paragraph_per_long_line_and_blank_line_paragraphs() -> None:
    long_a = "A" + " word" * 30 + "."
    long_b = "B" + " word" * 30 + "."
    article = _parse(f"{long_a}\n{long_b}\n")
    assert [r for r, _ in _roles(article)] == ["paragraph", "paragraph"]
    wrapped = "First line of a wrapped\nparagraph continues here.\n\nSecond paragraph.\n"
    roles = _roles(_parse(wrapped))
    assert roles[0] == ("paragraph", "First line of a wrapped\nparagraph continues here.")
    assert roles[1] == ("paragraph", "Second paragraph.")


def test_title_line_and_section_headings_in_a_roundup() -> None:
    text = (
        "Weekly Roundup for the Region\n\n"
        "The council met today and approved the budget after a long debate.\n\n"
        "Mayor Announces New Transit Plan\n\n"
        "The mayor said the plan would cost money and take years.\n\n"
        "Mayor said:\n\n"
        "It will be done.\n"
    )
    roles = _roles(_parse(text))
    assert roles[0] == ("title", "Weekly Roundup for the Region")
    assert ("heading", "Mayor Announces New Transit Plan") in roles
    assert ("paragraph", "Mayor said:") in roles


def test_title_taken_from_first_line_when_metadata_has_none() -> None:
    article = _parse("Flood Waters Recede in the Valley\nResidents returned home on Monday.\n")
    assert article.source.meta.title == "Flood Waters Recede in the Valley"


@pytest.mark.parametrize(
    "line",
    [
        "Continue reading HERE.",
        "Watch: Video of the storm hitting the coast",
        "Related: Ten things to know about the vote",
        "Questions/Comments? E-mail me: someone@example.org",
        "Sign up for our newsletter to get the latest news.",
    ],
)
def test_boilerplate_lines_are_set_apart(line: str) -> None:
    text = f"The storm killed 12 people, officials said.\n\n{line}\n\nMore article text follows.\n"
    roles = dict((t, r) for r, t in _roles(_parse(text)))
    assert roles[line] == "boilerplate"
    assert roles["More article text follows."] == "paragraph"


def test_comment_form_swallows_everything_after_it() -> None:
    text = "Real text of the story.\n\nLeave a Reply\n\nTwitter picture\n\nFacebook photo\n"
    roles = _roles(_parse(text))
    assert roles[0][0] == "paragraph"
    assert all(role == "boilerplate" for role, _ in roles[1:])


def test_author_bio_at_end_is_boilerplate() -> None:
    text = (
        "---\nauthor: Jane Roe\n---\nThe mine collapsed on Tuesday.\n\n"
        "Jane Roe is a reporter covering mining and labour.\n"
    )
    roles = _roles(_parse(text))
    assert roles[-1] == ("boilerplate", "Jane Roe is a reporter covering mining and labour.")


def test_boilerplate_is_not_among_paragraphs() -> None:
    article = _parse("Story text.\n\nContinue reading HERE.\n").source
    assert all(b.role is not BlockRole.BOILERPLATE for b in article.paragraphs)
    assert len(article.boilerplate) == 1


def test_offsets_are_into_the_clean_body() -> None:
    text = "\ufeffCaf\u0065\u0301 owners said 30 people\r\nwere hurt.\r\n"
    source = _parse(text).source
    assert source.body.startswith("Café")  # NFC, BOM gone
    assert "\r" not in source.body
    block = source.blocks[0]
    assert block.span.slice(source.body) == "Café owners said 30 people\nwere hurt."


def test_typographic_quotes_preserved_and_invisible_characters_removed() -> None:
    source = _parse("He said \u201cno\u201d\u200b to the \u202eplan.\n").source
    assert "\u201cno\u201d" in source.body
    assert "\u200b" not in source.body and "\u202e" not in source.body


def test_markdown_blocks_headings_quotes_and_lists() -> None:
    text = (
        "# Storm Report\n\nThe **storm** hit on [Monday](https://example.org).\n\n"
        "## Damage\n\n> At least 5 died, police said.\n\n- 20 homes lost\n- 3 bridges\n\n"
        "<script>alert(1)</script>\n"
    )
    source = _parse(text, "storm.md").source
    roles = [(b.role.value, b.span.slice(source.body)) for b in source.blocks]
    assert roles[0] == ("title", "Storm Report")
    assert ("paragraph", "The storm hit on Monday.") in roles
    assert ("heading", "Damage") in roles
    assert ("quote", "At least 5 died, police said.") in roles
    assert ("list_item", "20 homes lost") in roles
    assert source.meta.title == "Storm Report"


def test_source_id_is_a_safe_slug_of_the_file_name() -> None:
    assert _parse("Text.", "Über Story (2).txt").source.id == "uber-story-2"
    assert _parse("Text.", "000_23ed61cac20772d5.txt").source.id == "000_23ed61cac20772d5"


def test_utf16_with_bom_and_latin1_decoding() -> None:
    text, notes = decode("Hola señor".encode("utf-16"), "a.txt")
    assert text == "Hola señor" and notes == ()
    text, notes = decode("Año de la crisis".encode("latin-1"), "b.txt")
    assert text == "Año de la crisis"
    assert notes[0].severity is Severity.WARNING and "Windows-1252" in notes[0].message


def test_binary_and_undecodable_files_are_clear_errors() -> None:
    with pytest.raises(DossierError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\0\0\0", "image.txt")
    with pytest.raises(DossierError, match="not UTF-8") as info:
        decode(b"line one\nline two \x81\x8d\x90\n", "odd.txt")
    assert info.value.diagnostic.line == 2


def test_empty_article_is_an_error() -> None:
    with pytest.raises(DossierError, match="no text"):
        _parse("   \n\n  \n")


def test_load_folder_reports_bad_files_and_keeps_the_rest(write_articles) -> None:
    folder = write_articles(
        {
            "good.txt": "A fine article with 12 people.\n",
            "bad.md": "---\ntitle: [unclosed\n---\nText.\n",
            "copy.txt": "A fine article with 12 people.\n",
            "notes.yaml": "title: stray sidecar without article\n",
        }
    )
    result = load_folder(folder)
    assert [s.id for s in result.sources] == ["copy"] or [s.id for s in result.sources] == ["good"]
    skipped = dict(result.skipped)
    assert "bad.md" in skipped
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    assert errors[0].path == "bad.md" and errors[0].line == 2


def test_two_files_with_the_same_id_get_distinct_ids(write_articles) -> None:
    folder = write_articles({"a b.txt": "First story.\n", "a-b.txt": "Second story.\n"})
    ids = [s.id for s in load_folder(folder).sources]
    assert len(set(ids)) == 2 and "a-b" in ids


def test_seeds_load_with_their_metadata() -> None:
    result = load_folder(ROOT / "seeds")
    assert len(result.sources) == 5
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR]
    by_id = {s.id: s for s in result.sources}
    assert by_id["000_23ed61cac20772d5"].meta.author == "Christian K. Caruzo"
    assert by_id["001_f7b1906f08de0cab"].meta.author is None
    roundup = by_id["002_4741d2895414e1fe"]
    assert len(roundup.sections) == 2
    assert roundup.meta.published == dt.date(2017, 11, 24)
