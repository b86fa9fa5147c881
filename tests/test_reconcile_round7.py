"""Reconciler, seventh round: how news tells an earlier event, who is counted, and where.

A story about this year's flood often recalls the last one in the same
place, by its year ("a 2016 landslide", "the last major quake, in 1987"),
by how long ago it was ("A year earlier,", "two years ago") or by pointing
back to it ("That flood", "the previous quake"); such a figure is never part
of the current toll.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.model import Kind, Status
from dossier.reconcile_features import _period_at
from tests.test_reconciler_generalising import _claim, _run, _status, _together

NOW = 2026


@pytest.mark.parametrize(
    ("sentence", "quote", "period"),
    [
        ("A 2016 landslide in the valley killed 12 people.", "12 people", "year:2016"),
        ("Kelvar's 2003 heatwave killed some 900 people.", "some 900 people", "year:2003"),
        ("The region's worst storm, in 1998, left 64 dead.", "64 dead", "year:1998"),
        (
            "A similar 2019 attack on the same road killed nine soldiers.",
            "nine soldiers",
            "year:2019",
        ),
        ("A year earlier, unemployment stood at 6.1%.", "6.1%", "year:2025"),
        ("The festival drew 80,000 people two years ago.", "80,000 people", "year:2024"),
        ("Inflation averaged 7.2% last year.", "7.2%", "year:2025"),
        ("That flood destroyed 400 homes and killed 31 people.", "31 people", "year:earlier"),
        ("The previous earthquake in the area killed 17 people.", "17 people", "year:earlier"),
    ],
)
def test_an_earlier_event_or_time_is_set_apart(sentence: str, quote: str, period: str) -> None:
    assert _period_at(sentence, sentence.index(quote), NOW) == period


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # a year-on-year change is this year's figure
        ("Consumer prices rose 6.3% in March from a year earlier.", "6.3%"),
        ("Exports grew 4% on the previous year.", "4%"),
        # an earlier event named only as a comparison
        ("Unlike the 2011 floods, this year's have killed 40 people.", "40 people"),
        (
            "It was the deadliest toll since the last major quake, with 212 people killed.",
            "212 people",
        ),
        # the story's own event
        ("The flood has killed 40 people, officials said.", "40 people"),
        ("The 2026 floods have killed 40 people.", "40 people"),
        # a vehicle or a building pointed to is no earlier event
        ("The last train out of the city carried 900 people.", "900 people"),
        ("That building housed 64 families.", "64 families"),
    ],
)
def test_the_current_event_and_comparisons_are_not_set_apart(sentence: str, quote: str) -> None:
    assert _period_at(sentence, sentence.index(quote), NOW) in (None, "running", "in:2026")


def test_an_earlier_disaster_in_the_same_town_is_its_own_question() -> None:
    on = date(NOW, 4, 3)
    first = _claim(
        "e1", "Floods killed 23 people in Tarvel on Monday, the mayor said.", "23 people",
        Kind.DEATHS, 23, on=on, by="mayor", names=("Tarvel",),
    )  # fmt: skip
    later = _claim(
        "e2", "The toll in Tarvel rose to 31 on Wednesday, officials said.", "31",
        Kind.DEATHS, 31, on=date(NOW, 4, 5), by="officials", names=("Tarvel",),
    )  # fmt: skip
    old = _claim(
        "e3", "A 2009 flood in Tarvel killed 140 people.", "140 people",
        Kind.DEATHS, 140, on=date(NOW, 4, 5), names=("Tarvel",),
    )  # fmt: skip
    result = _run([first, later, old])
    assert _together(result, first, later)
    assert not _together(result, first, old)
    assert _status(result, first) is Status.UPDATE
