"""Sentence splitting on news prose."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dossier.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text)]


def test_abbreviations_initials_and_decimals() -> None:
    text = "U.S. Undersecretary Nichols said 51.2% won. Mr. Smith met Christian K. Caruzo. No. 17 left."  # noqa: E501
    assert _split(text) == [
        "U.S. Undersecretary Nichols said 51.2% won.",
        "Mr. Smith met Christian K. Caruzo.",
        "No. 17 left.",
    ]


def test_quotes_close_sentences() -> None:
    text = "“Maduro announced a bloodbath. He delivered, 17 dead,” Almagro said. “I recognize it.” He left."  # noqa: E501
    assert _split(text) == [
        "“Maduro announced a bloodbath.",
        "He delivered, 17 dead,” Almagro said.",
        "“I recognize it.”",
        "He left.",
    ]


def test_ellipsis_inside_quote_continues() -> None:
    text = "He vowed, “They will never take power… These people must go to prison.”"
    assert _split(text) == [text]


def test_lines_and_offsets() -> None:
    text = "First line.\nSecond line here."
    spans = split_sentences(text, 12)
    assert [s.slice(text) for s in spans] == ["Second line here."]


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    for span in split_sentences(text):
        assert 0 <= span.start < span.end <= len(text)
        assert span.slice(text).strip() == span.slice(text)
