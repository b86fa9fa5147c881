"""The day a story tells of: what a gathering heard, narrative time, periods."""

from __future__ import annotations

from datetime import date

from dossier.model import Claim, Kind
from tests.test_extractor import _claims

FRI = date(2024, 8, 9)  # a Friday; "on Wednesday" is 2024-08-07
WED = "2024-08-07"


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(c for c in claims if quote in c.quote and c.kind is not Kind.EVENT_DATE)
    return None if claim.as_of is None else claim.as_of.range.iso()


# Statements made to the gathering the story reports


def test_a_statement_told_to_the_meeting_holds_for_the_meetings_day() -> None:
    text = (
        "Harbourside councillors voted on Wednesday evening to close the ferry terminal.\n\n"
        "The treasurer told the meeting that the terminal was losing £40,000 a month."
    )
    assert _as_of(_claims(text, FRI), "£40,000") == WED


def test_what_a_hearing_was_told_holds_for_the_hearings_day() -> None:
    text = (
        "A parliamentary committee questioned the head of the prison service on Wednesday "
        "about the riot.\n\n"
        "The committee heard that 14 guards had been on duty in the wing."
    )
    assert _as_of(_claims(text, FRI), "14 guards") == WED


def test_a_witness_telling_an_inquiry_speaks_on_the_inquirys_day() -> None:
    text = (
        "The flood inquiry resumed on Wednesday in Marlbury.\n\n"
        "A lock keeper told the inquiry that 12 sluice gates had jammed."
    )
    assert _as_of(_claims(text, FRI), "12 sluice gates") == WED


def test_reported_speech_going_on_from_the_meeting_keeps_its_day() -> None:
    text = (
        "Harbourside councillors voted on Wednesday evening to close the ferry terminal.\n\n"
        "Joan Pike, the harbour master, told councillors that passenger numbers had collapsed. "
        "Only 300 people a day had used the ferry, she said."
    )
    assert _as_of(_claims(text, FRI), "300 people") == WED


def test_the_reporters_own_voice_after_the_meeting_is_told_as_of_now() -> None:
    text = (
        "Harbourside councillors voted on Wednesday evening to close the ferry terminal.\n\n"
        "Joan Pike, the harbour master, told councillors that passenger numbers had collapsed. "
        "The terminal employs 45 people."
    )
    assert _as_of(_claims(text, FRI), "45 people") == "2024-08-09"


def test_telling_reporters_is_not_telling_the_gathering() -> None:
    text = (
        "Harbourside councillors voted on Wednesday evening to close the ferry terminal.\n\n"
        "A union official told reporters that 45 jobs were at risk."
    )
    assert _as_of(_claims(text, FRI), "45 jobs") == "2024-08-09"


def test_a_meeting_long_past_does_not_date_what_its_audience_is_told_now() -> None:
    text = (
        "Harbourside councillors voted on 2 May to close the ferry terminal.\n\n"
        "The treasurer told the meeting that the terminal was losing £40,000 a month."
    )
    assert _as_of(_claims(text, FRI), "£40,000") == "2024-08-09"
