"""As-of dates read from how a story is laid out: dated updates, ballots, reporting periods."""

from __future__ import annotations

from datetime import date

from dossier.attribution import acronyms
from dossier.dates import find_dates, heading_day
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


SUN = date(2024, 8, 4)


def test_a_story_written_the_day_after_its_event_narrates_that_day() -> None:
    text = (
        "Violence broke out outside the stadium on Saturday.\n"
        "Officers arrested 23 people and four stewards were taken to hospital.\n"
        "The club says 12 of its members are still banned.\n"
    )
    claims = _claims(text, SUN)
    assert _as_of(claims, "23 people") == "2024-08-03"
    assert _as_of(claims, "four stewards") == "2024-08-03"
    assert _as_of(claims, "12 of its members") == "2024-08-04"


def test_an_opening_that_dates_nothing_leaves_the_second_paragraph_to_date_the_event() -> None:
    text = (
        "The ruling party has lost its majority on the county council.\n"
        "Voters went to the polls on Saturday. The party won nine wards and lost 14 seats.\n"
        "Riot police arrested 30 people outside the count.\n"
    )
    claims = _claims(text, SUN)
    assert _as_of(claims, "nine wards") == "2024-08-03"
    assert _as_of(claims, "14 seats") == "2024-08-03"
    assert _as_of(claims, "30 people") == "2024-08-03"


def test_only_the_first_two_paragraphs_date_the_event_narrated() -> None:
    text = (
        "The ruling party has lost its majority on the county council.\n"
        "Turnout fell sharply across the county.\n"
        "A recount was held on Saturday. Officials rejected 40 ballot papers.\n"
    )
    assert _as_of(_claims(text, SUN), "40 ballot papers") == "2024-08-04"


def test_days_after_the_event_a_story_narrates_it_as_of_its_day() -> None:
    """The reporter's own past narration of a story opened two days earlier holds for its day.

    Labellers date what the story narrates in the past to the day it opened on (the
    outcomes of a dated event hold for the event's day); a count a source gives, or
    what is told in the present, is as of writing.
    """
    text = "A quake struck the valley on Tuesday.\nVolunteers opened 14 shelters in schools.\n"
    assert _as_of(_claims(text, THU), "14 shelters") == "2024-08-06"
    text = "A quake struck the valley on Tuesday.\nVolunteers run 14 shelters in schools.\n"
    assert _as_of(_claims(text, THU), "14 shelters") == "2024-08-08"


def test_a_ballot_told_in_the_opening_dates_its_outcome_under_a_later_heading() -> None:
    text = (
        "The Greens gained seats after Sunday's election, the board said on Monday.\n"
        "## The numbers\n"
        "The party won 661,418 votes, and turnout was 61.4%.\n"
    )
    claims = _claims(text, date(2024, 8, 5))
    assert _as_of(claims, "661,418 votes") == "2024-08-04"


def _who(claims: list[Claim], quote: str) -> str | None:
    return next(c for c in claims if quote in c.quote).attributed_to


def test_an_acronym_set_off_by_commas_is_the_body_before_it() -> None:
    claims = _claims("At least 40 people died, the UN children's agency, UNICEF, said.", THU)
    assert _who(claims, "40 people") == "UN children's agency"
    assert acronyms("Sanctions by the EU, US, and UK were lifted.") == {}


def test_a_report_named_under_an_earlier_heading_is_its_issuers() -> None:
    text = (
        "In its annual report, the Global Food Agency said hunger was rising.\n"
        "## Details\n"
        "The report counted 120 food riots.\n"
    )
    assert _who(_claims(text, THU), "120 food riots") == "Global Food Agency"


APR = date(2026, 4, 23)


def test_reporting_periods_are_ranges() -> None:
    def ranges(text: str) -> list[object]:
        return [m.range.iso() for m in find_dates(text, APR) if m.range is not None]

    q1 = {"from": "2026-01-01", "to": "2026-03-31"}
    assert ranges("a first-quarter loss") == [q1]
    assert ranges("sales in the three months to March 31") == [q1]
    assert ranges("Q4 sales") == [{"from": "2025-10-01", "to": "2025-12-31"}]
    assert ranges("profit in the second half of 2025") == [
        {"from": "2025-07-01", "to": "2025-12-31"}
    ]
    assert ranges("a full-year forecast") == [{"from": "2026-01-01", "to": "2026-12-31"}]
    assert ranges("two goals in the first half of the match") == []


def test_a_quarters_result_holds_for_the_quarter() -> None:
    claims = _claims("Revenue fell 23% to $4.1 billion in the three months to March 31.", APR)
    assert _as_of(claims, "$4.1 billion") == {"from": "2026-01-01", "to": "2026-03-31"}
