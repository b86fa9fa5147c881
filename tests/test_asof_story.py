"""As-of dates read from how a story is laid out: dated updates, ballots, reporting periods."""

from __future__ import annotations

from datetime import date

from dossier.dates import heading_day
from dossier.model import Claim, Kind
from tests.test_extractor import _claims

THU = date(2024, 8, 8)  # a Thursday


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(c for c in claims if quote in c.quote and c.kind is not Kind.EVENT_DATE)
    assert claim.as_of is not None
    return claim.as_of.range.iso()


def test_a_line_holding_only_a_day_and_a_time_is_a_dated_heading() -> None:
    assert heading_day("Tuesday, 6 August, 21:00", THU) == date(2024, 8, 6)
    assert heading_day("Updated Wednesday 9:40", THU) == date(2024, 8, 7)
    assert heading_day("Rescuers dug on Tuesday", THU) is None
    assert heading_day("Background", THU) is None


def test_a_figure_under_a_dated_heading_holds_for_that_day() -> None:
    text = (
        "Thursday, 8 August, 10:15\n"
        "The ministry said 14 people had died.\n"
        "Tuesday, 6 August, 21:00\n"
        "Officials said nine people had died and 300 were evacuated this morning.\n"
    )
    claims = _claims(text, THU)
    assert _as_of(claims, "14 people") == "2024-08-08"
    assert _as_of(claims, "nine people") == "2024-08-06"
    assert _as_of(claims, "300") == "2024-08-06"


def test_a_figure_told_in_the_present_keeps_the_day_of_writing() -> None:
    claims = _claims(
        "Four climbers are still missing, among them two guides last seen on Tuesday.", THU
    )
    assert _as_of(claims, "Four climbers") == "2024-08-08"


def test_after_a_days_election_dates_the_election() -> None:
    claims = _claims("The party lost five seats after Sunday's election, the board said.", THU)
    events = [c for c in claims if c.kind is Kind.EVENT_DATE]
    assert [c.quote for c in events] == ["Sunday"]
    assert events[0].date is not None and events[0].date.start == date(2024, 8, 4)


def test_relative_days_are_not_timeline_dates() -> None:
    claims = _claims("A ferry capsized this morning and two crew were rescued.", THU)
    assert not [c for c in claims if c.kind is Kind.EVENT_DATE]
