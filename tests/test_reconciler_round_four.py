"""Reconciler, fourth round: a figure told of an earlier year's event.

A figure dated later than the year its sentence gives as the time of the
event it counts (a year set beside an event noun, a landslide "in 2016", a
sentence opening "In all of 2024,") belongs to that year and never joins the
current story's figures; a year set beside the figure as a comparison base or
a start ("since 2019", "up from 12 in 2019", "than in 2020") or inside a name
does not date it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.model import Kind
from dossier.reconcile_features import _event_year, _period_at
from tests.test_reconciler_generalising import _claim, _run, _together

NOV3, NOV7 = date(2027, 11, 3), date(2027, 11, 7)


def _year_of(sentence: str, quote: str, year: int = 2027) -> str | None:
    return _period_at(sentence, sentence.index(quote), year)


@pytest.mark.parametrize(
    ("sentence", "quote", "expected"),
    [
        # a year set before an event noun, in an opening phrase
        (
            "During the 2022 riots over fuel prices, police in Marrow held some 600 people.",
            "some 600 people",
            "year:2022",
        ),
        # an event noun dated after it, in an aside before the verb
        (
            "The island's deadliest storm, a cyclone in 2018, killed 31 people on Pell.",
            "31 people",
            "year:2018",
        ),
        # the floods of a year
        ("The floods of 2013 destroyed 4,000 homes in the valley.", "4,000 homes", "year:2013"),
        # a whole year opening the sentence
        ("In all of 2026, 12,500 tourists visited the reserve.", "12,500 tourists", "year:2026"),
        ("During 2025, 310 people were arrested at the border.", "310 people", "year:2025"),
    ],
)
def test_a_year_given_as_the_time_of_the_counted_event_dates_the_figure(
    sentence: str, quote: str, expected: str
) -> None:
    assert _year_of(sentence, quote) == expected


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # comparison bases and starts
        ("Police held 600 people, the most since the 2022 riots.", "600 people"),
        ("Since the 2022 riots over fuel, police have held 600 people in Marrow.", "600 people"),
        ("Unlike the 2018 cyclone, the storm killed 31 people on Pell.", "31 people"),
        ("The worst flooding since 2013 destroyed 4,000 homes in the valley.", "4,000 homes"),
        ("More than in 2026, 14,000 tourists have visited the reserve.", "14,000 tourists"),
        # a turn to this year between the earlier event and the figure
        ("The 2018 cyclone was milder, but this storm killed 31 people on Pell.", "31 people"),
        ("The 2018 cyclone caused havoc; this year's storm killed 31 people.", "31 people"),
        # a year inside a name, and a year naming something other than an event
        ("Under the 2019 Protest Act, police held 600 people in Marrow.", "600 people"),
        ("The plant opened in 2016, and it now employs 400 people.", "400 people"),
        ("Police held 600 people in Marrow under the 2019 Protest Act.", "600 people"),
    ],
)
def test_a_year_set_beside_the_figure_does_not_date_it(sentence: str, quote: str) -> None:
    assert _event_year(sentence, sentence.index(quote)) is None
    assert _year_of(sentence, quote) in (None, "running")


def test_a_count_taken_in_an_earlier_year_is_that_years() -> None:
    sentence = "The 2021 census counted 52,000 people in Marrow."
    assert _year_of(sentence, "52,000 people") == "year:2021"


def test_the_events_own_year_is_no_earlier_year() -> None:
    sentence = "During the 2027 protests, police in Marrow held some 600 people."
    assert _year_of(sentence, "some 600 people") is None


def test_detentions_in_earlier_protests_stay_apart_from_todays() -> None:
    today = _claim(
        "r4a",
        "Police detained 48 people at Saturday's march in Marrow, the ministry said.",
        "48 people",
        Kind.ARRESTS,
        48,
        on=NOV3,
        by="ministry",
        names=("Marrow",),
    )
    earlier = _claim(
        "r4b",
        "During the 2022 riots over fuel prices, police in Marrow detained some 600 people.",
        "some 600 people",
        Kind.ARRESTS,
        540,
        660,
        on=NOV7,
        names=("Marrow",),
    )
    assert not _together(_run([today, earlier]), today, earlier)


def test_an_earlier_landslide_stays_apart_but_todays_toll_groups() -> None:
    first = _claim(
        "r4c",
        "The landslide on Pell killed 22 people, the governor said.",
        "22 people",
        Kind.DEATHS,
        22,
        on=NOV3,
        by="governor",
        names=("Pell",),
    )
    later = _claim(
        "r4d",
        "The toll from the landslide on Pell rose to 27, the governor said.",
        "27",
        Kind.DEATHS,
        27,
        on=NOV7,
        by="governor",
        names=("Pell",),
    )
    earlier = _claim(
        "r4e",
        "The island's worst previous disaster, a landslide in 2018, killed 31 people on Pell.",
        "31 people",
        Kind.DEATHS,
        31,
        on=NOV7,
        names=("Pell",),
    )
    run = _run([first, later, earlier])
    assert _together(run, first, later)
    assert not _together(run, first, earlier)
    assert not _together(run, later, earlier)


def test_a_whole_earlier_year_stays_apart_from_this_years_running_count() -> None:
    this_year = _claim(
        "r4f",
        "More than 9,000 tourists have visited the reserve so far this year.",
        "More than 9,000 tourists",
        Kind.COUNT,
        9000,
        None,
        on=NOV3,
        subject="tourists visited",
    )
    last_year = _claim(
        "r4g",
        "In all of 2026, 12,500 tourists visited the reserve.",
        "12,500 tourists",
        Kind.COUNT,
        12500,
        on=NOV7,
        subject="tourists visited",
    )
    assert not _together(_run([this_year, last_year]), this_year, last_year)
