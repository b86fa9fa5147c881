"""The day a story tells of: what a gathering heard, narrative time, periods."""

from __future__ import annotations

from datetime import date

from dossier.dates import find_dates, infer_reference
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


# Reporting periods


def _period_of(text: str, ref: date = date(2024, 6, 12)) -> list[object]:
    return [m.range.iso() for m in find_dates(text, ref) if m.range is not None]


def test_the_year_to_a_month_is_the_twelve_months_ending_then() -> None:
    assert _period_of("a loss for the year to March")[0] == {
        "from": "2023-04-01",
        "to": "2024-03-31",
    }
    assert _period_of("profit in the financial year ended 30 September 2022")[0] == {
        "from": "2021-10-01",
        "to": "2022-09-30",
    }


def test_the_final_months_of_a_year_are_its_last_months() -> None:
    assert _period_of("sales in the final three months of 2022") == [
        {"from": "2022-10-01", "to": "2022-12-31"}
    ]
    # without a year, the latest such months that are over: last year's
    assert _period_of("orders in the last six months of the year") == [
        {"from": "2023-07-01", "to": "2023-12-31"}
    ]
    assert _period_of("output in the first six months of 2021") == [
        {"from": "2021-01-01", "to": "2021-06-30"}
    ]


JUNE = date(2024, 6, 12)
Q2 = {"from": "2024-04-01", "to": "2024-06-30"}
YEAR_TO_MARCH = {"from": "2023-04-01", "to": "2024-03-31"}


def test_a_sentence_narrating_in_the_past_goes_on_with_the_reporting_period() -> None:
    text = (
        "The brewer made a profit of $5 million in the year to March. Sales fell 4% to $80 million."
    )
    claims = _claims(text, JUNE)
    assert _as_of(claims, "$80 million") == YEAR_TO_MARCH
    assert _as_of(claims, "4%") == YEAR_TO_MARCH


def test_the_period_compared_with_is_not_carried() -> None:
    text = (
        "The brewer made a profit of $5 million in the year to March, compared with "
        "$7 million a year earlier. Its debt rose 12%."
    )
    assert _as_of(_claims(text, JUNE), "12%") == YEAR_TO_MARCH


def test_a_sentence_in_the_present_after_a_reporting_period_is_told_as_of_now() -> None:
    text = "The brewer made a profit of $5 million in the year to March. It employs 1,400 people."
    assert _as_of(_claims(text, JUNE), "1,400 people") == "2024-06-12"


def test_a_calendar_year_does_not_carry_to_the_next_sentence() -> None:
    text = "The brewer lost $3 million in 2019. Workers staged 14 strikes."
    assert _as_of(_claims(text, JUNE), "14 strikes") == "2024-06-12"


# The story's day: what the reporter narrates of the event the story opened on


def test_the_reporters_narration_of_the_event_holds_for_its_day() -> None:
    text = (
        "A gas explosion tore through a bakery in Lindow on Wednesday morning.\n\n"
        "Fourteen windows along the street were shattered by the blast."
    )
    assert _as_of(_claims(text, FRI), "Fourteen windows") == WED


def test_narration_in_a_later_paragraph_keeps_the_events_day() -> None:
    text = (
        "Fire swept through a timber yard in Oxley on Wednesday night.\n\n"
        "Crews worked through the night.\n\n"
        "Three warehouses burned to the ground and 40 cars were destroyed."
    )
    claims = _claims(text, FRI)
    assert _as_of(claims, "Three warehouses") == WED
    assert _as_of(claims, "40 cars") == WED


def test_a_count_an_authority_gives_is_told_as_of_writing() -> None:
    text = (
        "A gas explosion tore through a bakery in Lindow on Wednesday morning.\n\n"
        "Twelve people were injured, the county hospital said."
    )
    assert _as_of(_claims(text, FRI), "Twelve people") == "2024-08-09"


def test_a_state_told_in_the_present_is_told_as_of_writing() -> None:
    text = (
        "A gas explosion tore through a bakery in Lindow on Wednesday morning.\n\n"
        "Four people remain in hospital."
    )
    assert _as_of(_claims(text, FRI), "Four people") == "2024-08-09"


def test_an_event_weeks_old_is_not_the_storys_day() -> None:
    text = (
        "A gas explosion tore through a bakery in Lindow on 12 July.\n\n"
        "Fourteen windows along the street were shattered by the blast."
    )
    assert _as_of(_claims(text, FRI), "Fourteen windows") == "2024-08-09"


def test_three_days_on_a_story_tells_the_aftermath() -> None:
    text = (
        "A gas explosion tore through a bakery in Lindow on Tuesday morning.\n\n"
        "Fourteen windows along the street were shattered by the blast."
    )
    assert _as_of(_claims(text, FRI), "Fourteen windows") == "2024-08-09"


def test_a_separate_matter_is_not_the_event_the_story_opened_on() -> None:
    text = (
        "A gas explosion tore through a bakery in Lindow on Wednesday morning.\n\n"
        "In a separate incident, two cars were set alight in the town."
    )
    assert _as_of(_claims(text, FRI), "two cars") == "2024-08-09"


# A date opening a sentence takes the tense of the clause it opens

NOV = date(2016, 11, 4)


def test_a_date_opening_a_past_clause_is_the_one_before() -> None:
    text = "On 20 March, the two governments signed a deal under which boats could be turned back."
    assert _period_of(text, NOV) == ["2016-03-20"]
    text = "On 12 May, the ministers put into effect rules that would cap rents."
    assert _period_of(text, NOV) == ["2016-05-12"]


def test_a_date_opening_a_clause_still_to_come_is_not_read_back() -> None:
    assert _period_of("On 20 March, the two governments will sign a deal.", NOV) == ["2017-03-20"]
    assert _period_of("On 20 March, ministers are due to sign a deal.", NOV) == ["2017-03-20"]


# An event lasting a spell of days, named again

MARCH = date(2024, 3, 15)
SPELL = {"from": "2024-03-03", "to": "2024-03-10"}


def test_a_figure_during_the_operation_holds_for_the_spell_the_story_dated() -> None:
    text = (
        "Rights groups said soldiers killed 40 villagers between 3 and 10 March in an "
        "offensive in the north.\n\n"
        "The army said 212 people had been arrested during the operation."
    )
    assert _as_of(_claims(text, MARCH), "212 people") == SPELL


def test_people_who_fled_during_the_fighting_fled_in_its_spell() -> None:
    text = (
        "Shelling hit the valley from 3 to 10 March.\n\n"
        "Aid agencies estimate that 9,000 people fled during the fighting."
    )
    assert _as_of(_claims(text, MARCH), "9,000 people") == SPELL


def test_with_no_spell_told_the_operation_is_no_date() -> None:
    text = "The army said 212 people had been arrested during the operation."
    assert _as_of(_claims(text, MARCH), "212 people") == "2024-03-15"


def test_the_operation_of_a_thing_is_no_event() -> None:
    text = (
        "Shelling hit the valley from 3 to 10 March.\n\n"
        "The utility employs 300 engineers in the operation of the dam."
    )
    assert _as_of(_claims(text, MARCH), "300 engineers") == "2024-03-15"


def test_a_range_from_one_day_to_another_is_closed() -> None:
    assert _period_of("Shelling hit the valley from 3 to 10 March.", MARCH) == [SPELL]


# An undated story: told no earlier than the day its opening dates


def test_a_day_counted_from_another_is_not_when_an_undated_story_was_told() -> None:
    text = (
        "At dawn on 3 June 2019, fire tore through a tenement in Harrowgate. "
        "The last body was found 12 days later."
    )
    assert infer_reference(text) == date(2019, 6, 3)


def test_an_undated_story_narrates_days_soon_after_its_own() -> None:
    text = (
        "At dawn on 3 June 2019, fire tore through a tenement in Harrowgate.\n\n"
        "By 6 June the city's figures showed 31 dead."
    )
    assert _as_of(_claims(text, None), "31 dead") == "2019-06-06"


def test_an_undated_story_narrates_later_years_in_the_past() -> None:
    text = (
        "At dawn on 3 June 2019, fire tore through a tenement in Harrowgate.\n\n"
        "Two landlords went on trial in 2021 and paid fines of £40,000."
    )
    assert _as_of(_claims(text, None), "£40,000") == {"from": "2021-01-01", "to": "2021-12-31"}


def test_a_dated_story_still_reads_a_later_day_as_to_come() -> None:
    text = "Four men were remanded in custody to appear in court in 2025."
    assert _as_of(_claims(text, date(2024, 8, 9)), "Four men") == "2024-08-09"


def test_a_reporting_period_does_not_carry_to_a_count_of_people() -> None:
    text = (
        "The club reported a loss of $2 million in the six months to December. "
        "Three stewards were hurt in a fire at the ground."
    )
    assert _as_of(_claims(text, JUNE), "Three stewards") == "2024-06-12"


# "Overnight" as a stay, not a date


def test_a_night_kept_in_hospital_is_how_long_not_when() -> None:
    assert _period_of("Six were kept in hospital overnight.", FRI) == []
    assert _period_of("The climbers stayed on the ridge overnight.", FRI) == []


def test_what_happened_overnight_is_dated() -> None:
    assert _period_of("About 900 people were moved out of their homes overnight.", FRI)
    assert _period_of("Rebels shelled the town overnight.", FRI)
