"""Resolving dates against the publication date, and inferring it when missing."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.dates import choose_as_of, find_dates, infer_reference, mentioned_years
from dossier.model import AsOfBasis

AUG_1 = date(2024, 8, 1)  # a Thursday


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("claimed on Wednesday that", AUG_1, "2024-07-31"),
        ("as of Thursday morning it has confirmed", AUG_1, "2024-08-01"),
        ("the election held on Sunday, July 28", AUG_1, "2024-07-28"),
        ("escaping this past November 17", date(2017, 11, 24), "2017-11-17"),
        ("the two sides meet on December 1", date(2017, 11, 24), "2017-12-01"),
        ("arrested in February 19 2015", date(2017, 11, 24), "2015-02-19"),
        ("said yesterday", AUG_1, "2024-07-31"),
        ("said today", AUG_1, "2024-08-01"),
        ("in 2019", AUG_1, {"from": "2019-01-01", "to": "2019-12-31"}),
        ("last year", AUG_1, {"from": "2023-01-01", "to": "2023-12-31"}),
        ("on December 1 and 2", date(2017, 11, 24), {"from": "2017-12-01", "to": "2017-12-02"}),
    ],
)
def test_find_dates(text: str, published: date, want: object) -> None:
    mentions = find_dates(text, published)
    assert mentions and mentions[0].range is not None
    assert mentions[0].range.iso() == want


def test_since_runs_to_publication() -> None:
    as_of = choose_as_of("Since Monday, 11 civilians have been killed", 15, (), AUG_1, None)
    assert as_of is not None
    assert as_of.range.iso() == {"from": "2024-07-29", "to": "2024-08-01"}
    assert as_of.basis is AsOfBasis.STATED


def test_nothing_stated_falls_back_to_publication() -> None:
    as_of = choose_as_of("The protests have left a dozen dead.", 20, (), AUG_1, None)
    assert as_of is not None and as_of.basis is AsOfBasis.PUBLICATION_DATE


def test_attributive_date_is_not_an_as_of() -> None:
    as_of = choose_as_of("11 died after the July 28 election.", 0, (), AUG_1, None)
    assert as_of is not None and as_of.basis is AsOfBasis.PUBLICATION_DATE


def test_weekday_fixes_the_year_without_publication_date() -> None:
    text = "the election held on Sunday, July 28. The term begins in January 2025."
    assert infer_reference(text) == date(2024, 7, 28)
    mention = find_dates("on Sunday, July 28", None, inferred=True, years=mentioned_years(text))[0]
    assert mention.range is not None and mention.range.start == date(2024, 7, 28)
    assert mention.basis is AsOfBasis.INFERRED


def test_no_date_no_publication() -> None:
    assert choose_as_of("Nine died.", 0, (), None, None) is None
