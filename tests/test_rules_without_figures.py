"""The rules the extractor skips on a sentence with no figure must find nothing there."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.dates import event_dates
from dossier.extractor import _FIGURES_ONLY, RULES
from dossier.model import Span
from dossier.numbers import find_quantities
from dossier.rules import Sentence

SENTENCES = (
    "Police arrested 40 protesters outside parliament on Tuesday, the ministry said.",
    "Dozens of people were killed and hundreds injured when the dam burst.",
    "The motion passed by 54 votes to 12, with 51.2% of members in favour.",
    "Some 3,000 families fled their homes and are sleeping in shelters.",
    "The council approved a budget of $4.2 million for the year.",
    "Eleven miners remain trapped, and at least a dozen are missing.",
)
WORDS = ("killed", "arrested", "votes", "people", "percent", "fled", "injured", "the", "and")


def _bare(text: str) -> Sentence:
    """The sentence as the extractor sees it, with its figures taken away."""
    return Sentence(
        text=text,
        span=Span(start=0, end=len(text)),
        quantities=(),
        dates=event_dates(text, date(2024, 8, 1), None, ()),
        context=text,
    )


def test_the_list_names_real_rules() -> None:
    assert {name for name, _ in RULES} >= _FIGURES_ONLY


def test_each_listed_rule_finds_figures_when_they_are_there() -> None:
    found = set()
    for text in SENTENCES:
        sentence = _bare(text)
        full = Sentence(sentence.text, sentence.span, find_quantities(text), sentence.dates, text)
        found |= {name for name, rule in RULES if name in _FIGURES_ONLY and rule(full)}
    assert found, "the sentences above must exercise some listed rule"


def test_listed_rules_find_nothing_without_figures() -> None:
    for text in SENTENCES:
        sentence = _bare(text)
        for name, rule in RULES:
            if name in _FIGURES_ONLY:
                assert list(rule(sentence)) == [], (name, text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS + tuple(str(n) for n in (3, 12, 400, 2024))), max_size=14))
def test_listed_rules_find_nothing_without_figures_in_any_text(words: list[str]) -> None:
    sentence = _bare(" ".join(words) + ".")
    for name, rule in RULES:
        if name in _FIGURES_ONLY:
            assert list(rule(sentence)) == [], name
