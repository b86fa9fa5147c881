"""As-of dates and speakers read across a whole story: general rules of news writing."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.attribution import attribute_sentence, titled_person
from dossier.dates import choose_as_of, find_dates
from dossier.model import Claim, Kind
from tests.test_extractor import _claims

FRI = date(2024, 8, 9)  # a Friday


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(c for c in claims if quote in c.quote and c.kind is not Kind.EVENT_DATE)
    assert claim.as_of is not None
    return claim.as_of.range.iso()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the ferries ran on Tuesday and Wednesday", {"from": "2024-08-06", "to": "2024-08-07"}),
        ("delays between Saturday and Monday", {"from": "2024-08-03", "to": "2024-08-05"}),
        ("from Monday to Thursday night", {"from": "2024-08-05", "to": "2024-08-08"}),
        ("treated 30 people since the weekend", {"from": "2024-08-03", "to": "2024-08-04"}),
    ],
)
def test_weekday_ranges_and_the_weekend(text: str, want: object) -> None:
    mentions = find_dates(text, FRI)
    assert mentions and mentions[0].range is not None
    assert mentions[0].range.iso() == want


def test_since_the_weekend_runs_to_publication() -> None:
    text = "Doctors have treated 30 people since the weekend."
    as_of = choose_as_of(text, text.index("30"), (), FRI, None)
    assert as_of is not None and as_of.range.iso() == {"from": "2024-08-03", "to": "2024-08-09"}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Exports reached $3 billion, up 12% on 2023.", "12%"),
        ("Sales fell 4% on last year, the company said.", "4%"),
        ("The plan sets aside £40m for 2024-25.", "£40m"),
        ("The 2023 budget set aside $40 million for roads.", "$40 million"),
        ("A 2022 law capped rents at 30 per cent of income.", "30 per cent"),
    ],
)
def test_base_years_and_budget_years_are_not_as_ofs(text: str, figure: str) -> None:
    as_of = choose_as_of(text, text.index(figure), (), FRI, None)
    assert as_of is not None and as_of.range.iso() == "2024-08-09"


def test_a_financial_year_leaves_the_day_of_the_vote() -> None:
    claims = _claims("The board approved a £12m plan for 2024-25 on Tuesday night.", FRI)
    assert _as_of(claims, "£12m") == "2024-08-06"


def test_votes_and_seats_hold_for_the_day_of_the_ballot() -> None:
    claims = _claims(
        "The Green party won Sunday's regional election, official results showed.\n"
        "It took 31.5% of the vote and will have 40 seats in the chamber.\n"
        "With its allies it would have 52 seats.",
        FRI,
    )
    event = next(c for c in claims if c.kind is Kind.EVENT_DATE)
    assert event.date is not None and event.date.iso() == "2024-08-04"
    assert _as_of(claims, "31.5%") == "2024-08-04"
    assert _as_of(claims, "40 seats") == "2024-08-04"
    assert _as_of(claims, "52 seats") == "2024-08-09"


def test_an_approval_dates_the_votes_cast_in_it() -> None:
    claims = _claims(
        "The assembly approved a €2.1bn budget on Wednesday.\n"
        "Members voted 40 to 12 in favour, with three abstentions.",
        FRI,
    )
    event = next(c for c in claims if c.kind is Kind.EVENT_DATE)
    assert event.date is not None and event.date.iso() == "2024-08-07"
    assert _as_of(claims, "12 in favour") == "2024-08-07"


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        ("On Tuesday the ministry had put the toll at 12.", "12", "ministry"),
        ("By Friday, the agency had counted 300 homes destroyed.", "300", "agency"),
        ("The agency's 6 p.m. bulletin, its third of the day, listed 40 injured.", "40", "agency"),
        (
            "Jo Brand, a union leader, said nurses earn £28,000, while temps get £35,000.",
            "£35,000",
            "Jo Brand",
        ),
    ],
)
def test_speakers_past_dates_appositions_and_joined_clauses(
    sentence: str, figure: str, want: str
) -> None:
    assert attribute_sentence(sentence, sentence.index(figure)) == want


def test_an_office_with_of_names_the_person_it_introduced() -> None:
    before = "said Maria Lenz, the agency's head of mission in Chad. Later"
    assert titled_person("head of mission", before) == "Maria Lenz"
    assert titled_person("chief of staff", before) is None


def test_who_an_event_killed_holds_for_its_day() -> None:
    claims = _claims(
        "A bomb exploded at a market in the city late on Tuesday, police said.\n"
        "The dead included six children and two police officers, the mayor said.\n"
        "Doctors say 40 people are still in hospital.",
        FRI,
    )
    assert _as_of(claims, "six children") == "2024-08-06"
    assert _as_of(claims, "two police officers") == "2024-08-06"
    assert _as_of(claims, "40 people") == "2024-08-09"


def test_a_running_breakdown_of_the_dead_is_not_moved() -> None:
    claims = _claims(
        "A bomb exploded at a market in the city late on Tuesday, police said.\n"
        "The dead have included 12 children since the war began, the agency said.",
        FRI,
    )
    assert _as_of(claims, "12 children") != "2024-08-06"


def test_since_the_event_runs_from_the_one_past_event_dated() -> None:
    claims = _claims(
        "Gunmen stormed the county jail late on Monday, officials said.\n"
        "A nurse said the hospital had received 30 bodies since the attack.",
        FRI,
    )
    assert _as_of(claims, "30 bodies") == {"from": "2024-08-05", "to": "2024-08-09"}


def test_a_qualified_figure_takes_the_date_right_after_it() -> None:
    claims = _claims("Some 900 people drowned in 2023, and at least 60 since January 1.", FRI)
    assert _as_of(claims, "at least 60") == {"from": "2024-01-01", "to": "2024-08-09"}
