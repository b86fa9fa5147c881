"""As-of dates, round eight: months named without a year, spans back from the time of writing,
the end of a month, and the same period of another year."""

from __future__ import annotations

from datetime import date

from dossier.dates import find_dates, story_period
from dossier.model import Claim, Kind
from tests.test_extractor import _claims

THU = date(2024, 8, 8)  # a Thursday
MARCH = date(2024, 3, 7)


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(
        c
        for c in claims
        if (c.quote.startswith(quote) or quote.startswith(c.quote))
        and c.kind is not Kind.EVENT_DATE
    )
    assert claim.as_of is not None
    return claim.as_of.range.iso()


def _read(text: str, ref: date) -> dict[str, object]:
    return {m.text: m.range.iso() for m in find_dates(text, ref) if m.range is not None}


# Months named without a year: "between January and June".


def test_months_between_two_named_months_told_in_the_past_are_the_latest_ones_over() -> None:
    found = _read("The clinic admitted 912 children between January and June.", THU)
    assert found == {"between January and June": {"from": "2024-01-01", "to": "2024-06-30"}}
    # told in March, January to June of this year is not over: last year's
    found = _read("The clinic admitted 912 children between January and June.", MARCH)
    assert found["between January and June"] == {"from": "2023-01-01", "to": "2023-06-30"}


def test_months_running_into_the_next_year_and_months_still_running() -> None:
    found = _read("Fuel aid was paid from November to February.", MARCH)
    assert found["from November to February"] == {"from": "2023-11-01", "to": "2024-02-29"}
    found = _read("Arrivals rose between June and August.", THU)
    assert found["between June and August"] == {"from": "2024-06-01", "to": "2024-08-08"}


def test_months_to_come_are_the_next_ones() -> None:
    found = _read("The festival will run from October to December.", THU)
    assert found["from October to December"] == {"from": "2024-10-01", "to": "2024-12-31"}


def test_what_is_not_a_range_of_months() -> None:
    # a month and a day, a month with a year: the patterns of their own
    assert _read("between June 3 and July 9", THU) == {
        "between June 3 and July 9": {"from": "2024-06-03", "to": "2024-07-09"}
    }
    found = _read("from May to June 2022", THU)
    assert found["from May to June 2022"] == {"from": "2022-05-01", "to": "2022-06-30"}
    # a name that is no month, the same month twice
    assert "between may and june" not in {k.lower() for k in _read("between may and june", THU)}
    assert not any("and May" in k for k in _read("between May and May", THU))


def test_a_figure_over_months_named_without_a_year_holds_for_them() -> None:
    claims = _claims(
        "The programme paid out 3.8 billion kroner to haulage firms between January and "
        "April, the minister said.",
        date(2024, 6, 20),
    )
    assert _as_of(claims, "3.8 billion kroner") == {"from": "2024-01-01", "to": "2024-04-30"}


# Spans back from the time of writing: "over the past three years".


def test_a_span_back_from_the_time_of_writing() -> None:
    found = _read("Rents rose by 20% over the past three years.", MARCH)
    assert found == {"the past three years": {"from": "2021-03-07", "to": "2024-03-07"}}
    found = _read("The agency trained 800 nurses in the past month.", MARCH)
    assert found == {"the past month": {"from": "2024-02-07", "to": "2024-03-07"}}
    found = _read("Sales fell 4% in the last 12 months.", MARCH)
    assert found == {"the last 12 months": {"from": "2023-03-07", "to": "2024-03-07"}}


def test_what_is_not_a_span_back_from_now() -> None:
    # the last years of something else, a calendar month or year, a bare length of time
    assert _read("He spent the last two years of the war in exile.", MARCH) == {}
    assert _read("Prices rose last month.", MARCH) == {
        "last month": {"from": "2024-02-01", "to": "2024-02-29"}
    }
    assert _read("The strike lasted three years.", MARCH) == {}
    found = _read("The last year of the plan begins soon.", MARCH)
    assert not any(k.lower().startswith("the last") for k in found)


def test_a_figure_over_the_past_months_holds_for_them() -> None:
    claims = _claims("The charity has handed out 4,100 food parcels in the past two months.", THU)
    assert _as_of(claims, "4,100 food parcels") == {"from": "2024-06-08", "to": "2024-08-08"}


# The end of a month: the month's last day.


def test_the_end_of_a_month_is_its_last_day() -> None:
    found = _read("Reserves stood at $4 billion at the end of December.", MARCH)
    assert found == {"the end of December": "2023-12-31"}
    found = _read("Debt was 9 billion euros at the end of January 2026.", MARCH)
    assert found == {"the end of January 2026": "2026-01-31"}


def test_what_is_not_the_end_of_a_month() -> None:
    # a day of the month is that day; "may" in lower case is no month
    assert _read("The count closed at the end of June 12.", THU) == {"June 12": "2024-06-12"}
    assert _read("It could be at the end of may be soon.", THU) == {}


def test_a_stock_at_the_end_of_a_month_and_a_year_before_it() -> None:
    claims = _claims(
        "Net debt stood at $2.9 billion at the end of December, up from $2.3 billion "
        "twelve months earlier.",
        date(2026, 2, 5),
    )
    assert _as_of(claims, "$2.9 billion") == "2025-12-31"
    assert _as_of(claims, "$2.3 billion") == "2024-12-31"


# The same period of another year.


def test_the_same_period_of_another_year_moves_the_period_told_before() -> None:
    found = _read(
        "The clinic admitted 912 children between January and June, compared with 480 in "
        "the same period last year.",
        THU,
    )
    assert found["the same period last year"] == {"from": "2023-01-01", "to": "2023-06-30"}
    found = _read(
        "Some 312 people have died since January 1, compared with 198 in the same period of 2022.",
        MARCH,
    )
    assert found["the same period of 2022"] == {"from": "2022-01-01", "to": "2022-03-07"}
    found = _read(
        "Sales rose 5% in the second quarter, against the same quarter a year earlier.", THU
    )
    assert found["the same quarter a year earlier"] == {"from": "2023-04-01", "to": "2023-06-30"}


def test_the_same_period_with_no_period_before_keeps_the_year() -> None:
    found = _read("Exports were up on the same period last year.", THU)
    assert found == {"last year": {"from": "2023-01-01", "to": "2023-12-31"}}


def test_figures_of_a_period_and_of_the_same_period_a_year_before() -> None:
    claims = _claims(
        "The shelter took in 640 dogs between January and June, compared with 410 in the "
        "same period of 2023.",
        THU,
    )
    assert _as_of(claims, "640 dogs") == {"from": "2024-01-01", "to": "2024-06-30"}
    assert _as_of(claims, "410") == {"from": "2023-01-01", "to": "2023-06-30"}


def test_the_same_period_of_another_year_is_not_the_storys_period() -> None:
    text = (
        "Visits rose 9% between April and June, up on the same period of 2022. "
        "Volunteers gave 4,000 hours over the period."
    )
    first = text[: text.index(". ") + 1]
    period = story_period(first, THU)
    assert period is not None
    assert period.iso() == {"from": "2024-04-01", "to": "2024-06-30"}
    claims = _claims(text, THU)
    assert _as_of(claims, "4,000 hours") == {"from": "2024-04-01", "to": "2024-06-30"}


def test_a_change_over_the_same_period_holds_for_its_own_period() -> None:
    claims = _claims(
        "The food bank handed out 1.2 million meals between April and June, an increase of "
        "18% over the same period last year.",
        THU,
    )
    assert _as_of(claims, "18%") == {"from": "2024-04-01", "to": "2024-06-30"}


def test_a_count_in_the_same_period_of_another_year_is_of_that_year() -> None:
    claims = _claims(
        "Police seized 96 firearms between January and June, against 71 in the same period "
        "of 2022.",
        THU,
    )
    assert _as_of(claims, "71") == {"from": "2022-01-01", "to": "2022-06-30"}


# A date after a semicolon dates its own clause.


def test_a_date_after_a_semicolon_is_its_own_clauses() -> None:
    claims = _claims(
        "The appeal for the province this year seeks $900 million; by the end of June "
        "donors had given 31% of it.",
        THU,
    )
    assert _as_of(claims, "$900 million") == {"from": "2024-01-01", "to": "2024-12-31"}
    assert _as_of(claims, "31%") == "2024-06-30"


def test_a_date_in_the_figures_own_clause_before_a_semicolon_still_dates_it() -> None:
    claims = _claims("Exports fell 4% in May; imports were flat.", THU)
    assert _as_of(claims, "4%") == {"from": "2024-05-01", "to": "2024-05-31"}


# The full year of results already in.


def test_a_full_year_of_results_reported_is_the_last_year_over() -> None:
    found = _read("For the full year, the chain reported a loss of $42 million.", MARCH)
    assert found == {"full year": {"from": "2023-01-01", "to": "2023-12-31"}}
    claims = _claims("Full-year revenue fell 6% to $9.1 billion, the company said.", MARCH)
    assert _as_of(claims, "$9.1 billion") == {"from": "2023-01-01", "to": "2023-12-31"}


def test_a_full_year_forecast_is_the_year_under_way() -> None:
    for text in (
        "The company now expects full-year profit of $500 million.",
        "The miner kept its full-year guidance of 600,000 tonnes.",
        "Full-year sales are on track to reach $2 billion.",
    ):
        assert _read(text, MARCH) == {
            text[text.lower().index("full") :][:9]: {"from": "2024-01-01", "to": "2024-12-31"}
        }


# A timeline's entry opening on a month.


def test_a_timeline_entry_opening_on_a_month_is_that_month() -> None:
    assert _read("**September:** a 3.5% rise, rejected", MARCH) == {
        "September": {"from": "2023-09-01", "to": "2023-09-30"}
    }
    assert _read("January: 4% and a one-off payment", MARCH) == {
        "January": {"from": "2024-01-01", "to": "2024-01-31"}
    }


def test_a_month_not_opening_an_entry_needs_its_own_lead() -> None:
    assert _read("The offer was 3.5% in September: a cut in real terms.", MARCH) == {
        "September": {"from": "2023-09-01", "to": "2023-09-30"}
    }
    assert _read("Note: May be delayed.", MARCH) == {}
    assert _read("may: lower case is no month", MARCH) == {}
