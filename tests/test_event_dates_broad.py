"""Event dates in the many shapes news writing gives them, and the dates that are not."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.dates import find_dates
from dossier.model import Kind
from tests.test_extractor import _claims

PUBLISHED = date(2024, 8, 1)  # a Thursday


def _event_dates(text: str) -> dict[str, object]:
    """Each event date's quote and its range, as ISO text."""
    return {
        c.quote: c.date.iso()
        for c in _claims(text, PUBLISHED)
        if c.kind is Kind.EVENT_DATE and c.date is not None
    }


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a past verb of happening governing the date
        ("The senate ratified the water accord on Monday night.", "Monday night", "2024-07-29"),
        ("The ferry sank off the northern cape late Tuesday.", "Tuesday", "2024-07-30"),
        ("The licence of the depot had lapsed in March, inspectors found.", "March",
         {"from": "2024-03-01", "to": "2024-03-31"}),
        ("Okafor, 58, who was first sworn in in 2019, is seeking a third term.", "2019",
         {"from": "2019-01-01", "to": "2019-12-31"}),
        ("The regional council adopted the flood plan in February by 40 votes to 3.",
         "February", {"from": "2024-02-01", "to": "2024-02-29"}),
        # an arrest on a day is an event, its count a figure of its own
        ("Police arrested 14 people on Tuesday night.", "Tuesday night", "2024-07-30"),
        # an event noun dated by the phrase after it
        ("It recalled the mine collapse at Lower Fenn, in 1977, which buried 40 men.", "1977",
         {"from": "1977-01-01", "to": "1977-12-31"}),
        ("Two guards were shot in an ambush near the border post on July 3.", "July 3",
         "2024-07-03"),
        # a date naming the event it comes before
        ("The charges stem from the May 2022 riots in the port.", "May 2022",
         {"from": "2022-05-01", "to": "2022-05-31"}),
        # an earlier disaster a superlative measures against
        ("It was the worst flood in the valley since June 1998.", "June 1998",
         {"from": "1998-06-01", "to": "1998-06-30"}),
        ("That is more than in October 2015, when a cargo ship ran aground on the reef.",
         "October 2015", {"from": "2015-10-01", "to": "2015-10-31"}),
        # two months and a year: one span
        ("The earlier wave of protests, in March and April 2021, left 12 dead.",
         "March and April 2021", {"from": "2021-03-01", "to": "2021-04-30"}),
    ],
)  # fmt: skip
def test_dates_that_say_when_something_happened(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The mayor said on Tuesday that the road would stay shut.", "Tuesday"),
        ("The firm will shed 900 jobs by the end of 2025, it said.", "the end of 2025"),
        ("Police arrested 1,204 people in 2023, the interior ministry said.", "2023"),
        ("Shares in the lender fell 6.1% on Monday.", "Monday"),
        ("About 2,000 people died on the roads in 2022, the ministry said.", "2022"),
        ("Turnout was 58 percent, down from 66 percent at the election in 2020.", "2020"),
        ("Prices peaked at 9.8 percent in January.", "January"),
        ("It was the biggest one-day fall since May 2021.", "May 2021"),
        ("The hall was built in 1962 and seats 900.", "1962"),
        ("Investors grew nervous in 2023 as rates climbed.", "2023"),
        ("She moved back into the house last month.", "last month"),
        ("A survey published on Friday found 61% of voters opposed it.", "Friday"),
        ("Those arrested on Monday were released on bail.", "Monday"),
    ],
)
def test_dates_that_are_not_events(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


def test_month_range_with_one_year_spans_both_months() -> None:
    mentions = find_dates("fighting in December and January 2020", PUBLISHED)
    assert [m.text for m in mentions] == ["December and January 2020"]
    assert mentions[0].range is not None
    assert mentions[0].range.iso() == {"from": "2019-12-01", "to": "2020-01-31"}
