"""Date reader: sentence-closing full stops, "the week of", irregular past forms, yearless
day ranges and runs of digit groups."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.dates import find_dates

TUESDAY = date(2024, 9, 10)


def _read(text: str, ref: date = TUESDAY) -> dict[str, tuple[str, str]]:
    """Each date's quote and its first and last day, as ISO text."""
    return {
        d.text: (d.range.start.isoformat(), d.range.end.isoformat())
        for d in find_dates(text, ref)
        if d.range is not None
    }


# 1. A full stop closing the sentence is not part of the quote.


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The bridge reopened on 3 June.", "3 June"),
        ("The bridge reopened on June 3.", "June 3"),
        ("The ferry service was halted in May.", "May"),
        ("Both sides signed the truce on 12 August 2024.", "12 August 2024"),
    ],
)
def test_the_closing_full_stop_stays_out_of_the_quote(text: str, quote: str) -> None:
    assert quote in _read(text)
    assert quote + "." not in _read(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The clinic closed on 14 Sept.", "14 Sept."),
        ("Ballots were counted from Oct. 2 onwards.", "Oct. 2"),
        ("The dam gave way on Jan. 9, officials said.", "Jan. 9"),
    ],
)
def test_an_abbreviations_dot_is_part_of_the_month(text: str, quote: str) -> None:
    assert quote in _read(text)


# 2. "The week of" a day: the seven days from it.


def test_the_week_of_a_day_is_the_seven_days_from_it() -> None:
    text = "Inspectors visited 40 farms in the week of 14 October 2024."
    assert _read(text)["14 October 2024"] == ("2024-10-14", "2024-10-20")


def test_the_week_beginning_a_day_is_the_seven_days_from_it() -> None:
    text = "Some 900 tickets were sold in the week beginning July 1, 2024."
    assert _read(text)["July 1, 2024"] == ("2024-07-01", "2024-07-07")


def test_the_week_ending_a_day_still_ends_on_it() -> None:
    text = "Some 900 tickets were sold in the week ending July 7, 2024."
    assert _read(text)["July 7, 2024"] == ("2024-07-01", "2024-07-07")


def test_a_day_after_other_words_of_a_week_is_one_day() -> None:
    text = "Each week of the trial ended on 14 October 2024."
    assert _read(text)["14 October 2024"] == ("2024-10-14", "2024-10-14")


# 3. Irregular past forms spelled like the present.


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Farmers set up roadblocks on Friday.", "Friday", "2024-09-06"),
        (
            "Volunteers set up a kitchen on 12 September, the charity said.",
            "12 September",
            "2023-09-12",
        ),
        ("The storm hit the coast on Christmas Eve.", "Christmas Eve", "2023-12-24"),
        ("The mayor quit on Christmas Day.", "Christmas Day", "2023-12-25"),
        ("The utility cut supplies on 20 September.", "20 September", "2023-09-20"),
        ("Customs shut the crossing on Friday.", "Friday", "2024-09-06"),
        ("Gunmen set fire to two lorries on Friday.", "Friday", "2024-09-06"),
    ],
)
def test_an_irregular_past_form_reads_the_day_before(text: str, quote: str, want: str) -> None:
    assert _read(text)[quote] == (want, want)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Engineers will set up a bypass on Friday.", "Friday", "2024-09-13"),
        ("The council is set to open the hall on Friday.", "Friday", "2024-09-13"),
        ("The final is set for Friday.", "Friday", "2024-09-13"),
        ("The union set a deadline for Friday.", "Friday", "2024-09-13"),
        ("The board plans to cut fares on 20 September.", "20 September", "2024-09-20"),
        ("The authority wants to shut the road on Christmas Eve.", "Christmas Eve", "2024-12-24"),
        ("A 5% cut on Christmas Eve would hurt shops.", "Christmas Eve", "2024-12-24"),
    ],
)
def test_a_plan_infinitive_or_noun_is_no_past(text: str, quote: str, want: str) -> None:
    assert _read(text)[quote] == (want, want)


# 4. A yearless day range follows one past/future choice as a whole.


def test_a_past_range_told_after_it_ended_is_this_years() -> None:
    text = "Floods hit the valley between February 17 and March 3."
    assert _read(text)["between February 17 and March 3"] == ("2024-02-17", "2024-03-03")


def test_a_past_range_under_way_is_the_one_begun() -> None:
    text = "Storms hit the valley between 17 February and 3 March."
    got = _read(text, date(2024, 2, 25))["between 17 February and 3 March"]
    assert got == ("2024-02-17", "2024-03-03")


def test_a_past_range_across_new_year_keeps_its_order() -> None:
    text = "Rail strikes were held from December 28 to January 4."
    got = _read(text, date(2024, 3, 1))["from December 28 to January 4"]
    assert got == ("2023-12-28", "2024-01-04")


def test_a_future_range_is_the_next_one() -> None:
    text = "The road will close between February 17 and March 3."
    assert _read(text)["between February 17 and March 3"] == ("2025-02-17", "2025-03-03")


def test_a_range_with_its_year_keeps_it() -> None:
    text = "Floods hit the valley between February 17 and March 3, 2022."
    got = _read(text)["between February 17 and March 3, 2022"]
    assert got == ("2022-02-17", "2022-03-03")


# 5. A run of digit groups is no year.


@pytest.mark.parametrize(
    "text",
    [
        "Callers can reach the helpline on 1800 226 226 at any hour.",
        "The hotline, 2020-555-0199, is free.",
    ],
)
def test_a_run_of_digit_groups_is_no_year(text: str) -> None:
    assert _read(text) == {}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In 2019 150 families lost their homes.", "2019"),
        ("The law passed in 1998, 12 years after the first draft.", "1998"),
        ("The archive holds letters written in 1800 by 226 settlers.", "1800"),
    ],
)
def test_a_year_before_one_figure_is_still_a_year(text: str, quote: str) -> None:
    assert quote in _read(text)
