"""Front matter and sidecar metadata: safe YAML, types, and errors with lines."""

from __future__ import annotations

import datetime as dt

from dossier.frontmatter import parse_metadata, split_front_matter
from dossier.model import Severity


def _errors(metadata):
    return [d for d in metadata.diagnostics if d.severity is Severity.ERROR]


def test_valid_metadata() -> None:
    m = parse_metadata("title: T\npublished: 2024-08-01\nurl: https://x.org/a", "a.md", 2)
    assert m.ok and m.meta.title == "T" and m.meta.published == dt.date(2024, 8, 1)


def test_invalid_yaml_reports_line_in_the_file() -> None:
    m = parse_metadata("title: ok\nauthor: [unclosed\n", "a.md", first_line=2)
    (problem,) = _errors(m)
    assert problem.path == "a.md" and problem.line is not None and problem.line >= 3


def test_missing_closing_delimiter() -> None:
    split = split_front_matter("---\ntitle: x\nbody text\n", "a.md")
    assert split.diagnostics and "never closed" in split.diagnostics[0].message
    assert split.diagnostics[0].line == 1


def test_wrong_types_and_impossible_dates() -> None:
    m = parse_metadata("title: [a, b]\npublished: 2024-13-45\n", "a.md", 2)
    messages = " ".join(d.message for d in _errors(m))
    assert "title" in messages or "invalid" in messages
    m = parse_metadata("published: 2024-02-30\n", "a.md", 2)
    assert _errors(m)
    m = parse_metadata("published: 'next week'\n", "a.md", 2)
    (problem,) = _errors(m)
    assert "published" in problem.message and problem.line == 2


def test_unknown_key_is_a_warning_naming_the_line() -> None:
    m = parse_metadata("title: T\ncolour: blue\n", "a.md", 2)
    assert m.ok
    (warning,) = m.diagnostics
    assert (
        warning.severity is Severity.WARNING and warning.line == 3 and "colour" in warning.message
    )


def test_object_building_tags_are_refused() -> None:
    m = parse_metadata("title: !!python/object/apply:os.system ['echo hi']\n", "a.md", 2)
    assert _errors(m)


def test_alias_bombs_are_refused() -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\ntitle: *c\n'
    m = parse_metadata(bomb, "a.md", 2)
    (problem,) = _errors(m)
    assert "aliases" in problem.message


def test_only_http_urls_others_dropped_with_a_warning() -> None:
    m = parse_metadata("url: javascript:alert(1)\n", "a.md", 2)
    assert m.ok and m.meta.url is None
    assert "ignored" in m.diagnostics[0].message and m.diagnostics[0].line == 2


def test_very_long_title_is_shortened_with_a_warning() -> None:
    m = parse_metadata("title: " + "word " * 1000, "a.md", 2)
    assert m.ok and m.meta.title is not None and len(m.meta.title) <= 2000


def test_oversized_metadata_is_refused() -> None:
    m = parse_metadata("title: " + "x" * 70_000, "a.md", 2)
    assert _errors(m)
