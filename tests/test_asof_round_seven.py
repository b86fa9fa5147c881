"""As-of dates of a part of a group: "a dozen of them" holds when its group holds."""

from __future__ import annotations

from datetime import date

from dossier.extractor import _part_of_group
from dossier.model import Claim, Kind
from tests.test_extractor import _claims

THU = date(2024, 8, 8)  # a Thursday


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(
        c
        for c in claims
        if (c.quote.startswith(quote) or quote.startswith(c.quote))
        and c.kind is not Kind.EVENT_DATE
    )
    assert claim.as_of is not None
    return claim.as_of.range.iso()


def test_a_part_of_a_count_since_an_event_runs_over_the_same_days() -> None:
    claims = _claims(
        "The fire broke out on Monday. Officials said 23 people have been treated for "
        "burns since the fire began, five of them firefighters.",
        THU,
    )
    assert _as_of(claims, "23 people") == {"from": "2024-08-05", "to": "2024-08-08"}
    assert _as_of(claims, "five of them") == {"from": "2024-08-05", "to": "2024-08-08"}


def test_a_part_of_a_count_over_a_month_holds_for_the_month() -> None:
    claims = _claims(
        "In July the clinic registered 412 new cases of measles, 19 of them in adults.", THU
    )
    assert _as_of(claims, "412 new cases") == {"from": "2024-07-01", "to": "2024-07-31"}
    assert _as_of(claims, "19 of them") == {"from": "2024-07-01", "to": "2024-07-31"}


def test_a_part_in_a_new_clause_is_not_dated_by_the_group() -> None:
    claims = _claims(
        "Police arrested 40 people on Tuesday, and 12 of them are still being held.", THU
    )
    assert _as_of(claims, "40 people") == "2024-08-06"
    assert _as_of(claims, "12 of them") == "2024-08-08"


def test_what_reads_as_a_part_of_the_group_before_it() -> None:
    text = "They counted 58 people since May, two of whom died; 12 of them are held."
    group_end = text.index(" since")
    assert _part_of_group(text, group_end, text.index("two of whom"))
    assert not _part_of_group(text, group_end, text.index("12 of them"))  # after ";"
    assert not _part_of_group(text, group_end, text.index("May"))


def test_a_count_for_the_week_ending_on_a_day_holds_for_those_seven_days() -> None:
    claims = _claims(
        "In the week ending July 13, the department recorded 486 new cases, "
        "up from 23 in the week to June 1.",
        THU,
    )
    assert _as_of(claims, "486 new cases") == {"from": "2024-07-07", "to": "2024-07-13"}
    assert _as_of(claims, "23") == {"from": "2024-05-26", "to": "2024-06-01"}


def test_the_seven_days_to_a_weekday_run_back_from_that_weekday() -> None:
    claims = _claims("The clinic treated 141 patients in the seven days to Sunday.", THU)
    assert _as_of(claims, "141 patients") == {"from": "2024-07-29", "to": "2024-08-04"}


def test_a_day_not_ending_a_week_stays_one_day() -> None:
    claims = _claims("In a week of protests, police arrested 40 people up to July 13.", THU)
    assert _as_of(claims, "40 people") == "2024-07-13"
