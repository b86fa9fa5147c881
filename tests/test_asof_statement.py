"""A statement's day carries to the figures the story goes on reporting from it."""

from __future__ import annotations

from datetime import date

from dossier.dates import find_dates, statement_day
from dossier.model import Claim, Kind
from tests.test_extractor import _claims

FRI = date(2024, 8, 9)  # a Friday; "on Thursday" is 2024-08-08


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(c for c in claims if quote in c.quote and c.kind is not Kind.EVENT_DATE)
    assert claim.as_of is not None
    return claim.as_of.range.iso()


def _statement(text: str) -> date | None:
    mention = statement_day(text, find_dates(text, FRI), FRI)
    return None if mention is None or mention.range is None else mention.range.start


def test_a_day_someone_spoke_on_is_a_statement_day() -> None:
    assert _statement("The port authority said on Thursday that it would reopen.") == date(
        2024, 8, 8
    )
    assert _statement("The mayor told reporters on Wednesday morning.") == date(2024, 8, 7)


def test_a_day_something_was_done_on_is_not_a_statement_day() -> None:
    assert _statement("Two more cases were confirmed on Tuesday.") is None
    assert _statement("The ferry sank on Thursday.") is None


def test_an_earlier_statement_set_against_a_figure_is_not_the_statement_day() -> None:
    assert _statement("It cut the toll to six from the eight it reported on Monday.") is None


def test_the_statement_day_carries_to_later_paragraphs_of_the_same_speaker() -> None:
    text = (
        "The transport ministry said on Thursday that it would cut 1,200 jobs.\n\n"
        "The closures affect about 3,000 daily passengers, the ministry said, and "
        "40 stations will shut."
    )
    claims = _claims(text, FRI)
    assert _as_of(claims, "1,200 jobs") == "2024-08-08"
    assert _as_of(claims, "3,000 daily passengers") == "2024-08-08"
    assert _as_of(claims, "40 stations") == "2024-08-08"


def test_another_speaker_ends_the_statement() -> None:
    text = (
        "The transport ministry said on Thursday that it would cut 1,200 jobs.\n\n"
        "A commuters' association said 5,000 people had signed a petition."
    )
    assert _as_of(_claims(text, FRI), "5,000 people") == "2024-08-09"


def test_a_heading_ends_the_statement() -> None:
    text = (
        "The transport ministry said on Thursday that it would cut 1,200 jobs.\n\n"
        "## Background\n\n"
        "The network carries 90,000 passengers a day."
    )
    assert _as_of(_claims(text, FRI), "90,000 passengers") == "2024-08-09"


def test_another_event_day_ends_the_statement() -> None:
    text = (
        "The transport ministry said on Thursday that it would cut 1,200 jobs.\n\n"
        "A landslide on Monday had already cut a line in the north.\n\n"
        "The network carries 90,000 passengers a day."
    )
    assert _as_of(_claims(text, FRI), "90,000 passengers") == "2024-08-09"


def test_a_deadline_still_to_come_is_not_when_a_figure_held() -> None:
    claims = _claims("The carmaker will close three plants by the end of 2026.", FRI)
    assert _as_of(claims, "three plants") == "2024-08-09"


def test_a_future_period_of_its_own_is_kept() -> None:
    claims = _claims("The treasury expects a deficit of 3.1% of output in 2025.", FRI)
    assert _as_of(claims, "3.1%") == {"from": "2025-01-01", "to": "2025-12-31"}


def test_a_future_day_in_a_past_narration_does_not_date_its_figure() -> None:
    text = (
        "Police said 14 men were charged on Thursday. "
        "Four more were remanded to appear in court next month."
    )
    assert _as_of(_claims(text, FRI), "Four more") == "2024-08-08"


def test_a_running_total_runs_to_the_statements_day() -> None:
    text = (
        "The health ministry said on Thursday that it had recorded 412 cases since July 20.\n\n"
        "Of those, 57 have been confirmed in a laboratory since the start of the year, "
        "the ministry said."
    )
    claims = _claims(text, FRI)
    assert _as_of(claims, "412 cases") == {"from": "2024-07-20", "to": "2024-08-08"}
    assert _as_of(claims, "57") == {"from": "2024-01-01", "to": "2024-08-08"}


def test_a_year_compared_with_dates_the_comparison_not_the_figure() -> None:
    text = "Exports fell 4.1% to $2.3 billion, lower than in 2021."
    claims = _claims(text, FRI)
    assert _as_of(claims, "$2.3 billion") == "2024-08-09"
