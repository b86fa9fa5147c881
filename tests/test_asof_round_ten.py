"""As-of dates: two running years named together ("in 2015 and 2016") are one span."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.dates import find_dates
from dossier.model import Claim, Kind
from tests.test_extractor import _claims

REF = date(2023, 5, 1)


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(c for c in claims if quote in c.quote and c.kind is not Kind.EVENT_DATE)
    return claim.as_of.range.iso() if claim.as_of is not None else None


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Inspectors visited 900 shops in 2019 and 2020, the agency said.", 2019, 2020),
        ("The outbreak, in 2011 and 2012, killed 40 people.", 2011, 2012),
        ("Over both 2021 and 2022 the firm lost 3 million euros.", 2021, 2022),
        ("Some 70 schools shut during 2016 and 2017 for repairs.", 2016, 2017),
    ],
)
def test_two_running_years_joined_by_and_are_one_span(text: str, first: int, last: int) -> None:
    ranges = [m.range for m in find_dates(text, REF) if m.range is not None]
    assert len(ranges) == 1
    assert (ranges[0].start, ranges[0].end) == (date(first, 1, 1), date(last, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Elections in 2012 and 2016 drew turnout of 40%.",  # two separate years
        "The 2019 and 2020 budgets were cut by 5%.",  # years naming things, no "in"
    ],
)
def test_years_apart_or_naming_things_stay_separate(text: str) -> None:
    ranges = [m.range for m in find_dates(text, REF) if m.range is not None]
    assert all(r.start.year == r.end.year for r in ranges)
    assert len(ranges) == 2


def test_a_figure_counted_over_two_running_years_holds_for_both() -> None:
    claims = _claims("Police arrested 312 people in 2020 and 2021, the report found.")
    assert _as_of(claims, "312 people") == {"from": "2020-01-01", "to": "2021-12-31"}
