"""As-of dates of figures told for a period: spans of months, periods named again."""

from __future__ import annotations

from datetime import date

from dossier.dates import ballot_day, find_dates, spoken_date, statement_day
from dossier.model import Claim, Kind
from tests.test_extractor import _claims

NOV = date(2025, 11, 20)  # a Thursday


def _as_of(claims: list[Claim], quote: str) -> object:
    claim = next(c for c in claims if quote in c.quote and c.kind is not Kind.EVENT_DATE)
    assert claim.as_of is not None
    return claim.as_of.range.iso()


def _ranges(text: str, ref: date = NOV) -> list[object]:
    return [m.range.iso() for m in find_dates(text, ref) if m.range is not None]


def test_a_span_of_months_across_years_runs_from_the_first_to_the_end_of_the_last() -> None:
    assert _ranges("between January 2020 and the end of 2024") == [
        {"from": "2020-01-01", "to": "2024-12-31"}
    ]
    assert _ranges("from March 2021 to June 2023") == [{"from": "2021-03-01", "to": "2023-06-30"}]
    assert _ranges("from October 2019 through February 2020") == [
        {"from": "2019-10-01", "to": "2020-02-29"}
    ]


def test_the_first_months_of_the_year_run_from_january() -> None:
    assert _ranges("in the first nine months of the year") == [
        {"from": "2025-01-01", "to": "2025-09-30"}
    ]
    assert _ranges("in the first six months of 2023") == [
        {"from": "2023-01-01", "to": "2023-06-30"}
    ]
    # told in March, the first ten months of "the year" are last year's
    assert _ranges("in the first ten months of the year", date(2025, 3, 2)) == [
        {"from": "2024-01-01", "to": "2024-10-31"}
    ]


def test_a_figure_in_the_quarter_holds_for_the_quarter_told_paragraphs_before() -> None:
    claims = _claims(
        "The library lent 84,000 books between April 1 and June 30, up 9% on the same "
        "period last year, the council said.\n\n"
        "It issued 2,300 new cards in the quarter, most of them to children.",
        NOV,
    )
    assert _as_of(claims, "2,300 new cards") == {"from": "2025-04-01", "to": "2025-06-30"}


def test_over_the_period_refers_to_the_span_the_story_opened_with() -> None:
    claims = _claims(
        "Border guards turned back 12,400 people between March 2022 and the end of 2024, "
        "a monitoring group said on Tuesday.\n\n"
        "The interior ministry says 9,100 people were turned back.\n\n"
        "The guards also seized 310 boats over the period.",
        NOV,
    )
    assert _as_of(claims, "12,400 people") == {"from": "2022-03-01", "to": "2024-12-31"}
    assert _as_of(claims, "310 boats") == {"from": "2022-03-01", "to": "2024-12-31"}


def test_the_same_period_after_a_length_of_time_is_not_a_calendar_period() -> None:
    claims = _claims(
        "Exports to the region fell in the week of November 3 to 9.\n\n"
        "The drivers want a 9 per cent raise over two years. The hauliers have offered "
        "4 per cent over the same period.",
        NOV,
    )
    assert _as_of(claims, "4 per cent") == "2025-11-20"


def test_a_period_compared_with_is_not_the_one_named_again() -> None:
    claims = _claims(
        "Ticket sales reached 2.1 million in the first half, 12% more than in 2024.\n\n"
        "The airline flew 40,000 flights over the period.",
        NOV,
    )
    assert _as_of(claims, "40,000 flights") == {"from": "2025-01-01", "to": "2025-06-30"}


def test_a_clause_told_now_after_a_dated_one_holds_at_the_time_of_writing() -> None:
    claims = _claims(
        "Tourism earned $2.4 billion in the first nine months of the year and is now "
        "worth about 11% of output, the statistics office said.",
        NOV,
    )
    assert _as_of(claims, "$2.4 billion") == {"from": "2025-01-01", "to": "2025-09-30"}
    assert _as_of(claims, "about 11%") == "2025-11-20"


FRI = date(2025, 11, 21)  # a Friday


def test_a_story_published_the_day_after_its_event_narrates_that_day() -> None:
    # the event is named by its day alone ("Thursday night's concert"), not as an event date
    claims = _claims(
        "Nine people were hurt in a stampede outside an arena before Thursday night's "
        "concert, police said.\n\n"
        "About 2,000 fans without tickets had gathered at the east gate.",
        FRI,
    )
    assert _as_of(claims, "About 2,000 fans") == "2025-11-20"


def test_the_day_a_toll_was_updated_is_not_the_events_day() -> None:
    claims = _claims(
        "The death toll from a warehouse fire rose to 31 on Thursday as firefighters reached "
        "the upper floors, officials said.\n\n"
        "About 400 people were evacuated from nearby homes, the council said.",
        FRI,
    )
    assert _as_of(claims, "About 400 people") == "2025-11-21"


def test_a_day_opening_the_sentence_before_the_speaker_is_the_day_they_spoke() -> None:
    text = "On Thursday, the regional governor, Ana Ruiz, announced that 1,200 homes would go."
    day = statement_day(text, find_dates(text, FRI), FRI)
    assert day is not None and day.range is not None and day.range.start == date(2025, 11, 20)
    acted = "On Thursday, police in the capital arrested 40 people."
    assert statement_day(acted, find_dates(acted, FRI), FRI) is None
    assert not any(spoken_date(acted, m) for m in find_dates(acted, FRI))


def test_verbs_of_saying_beyond_said_date_a_statement() -> None:
    claims = _claims(
        "The union warned on Wednesday that 5,000 jobs were at risk across the region.", FRI
    )
    assert _as_of(claims, "5,000 jobs") == "2025-11-19"
    # "admitted" to hospital is no statement: the day is when the figure held
    claims = _claims("Eleven of the injured remained admitted Thursday morning.", FRI)
    assert _as_of(claims, "Eleven") == "2025-11-20"


def test_what_happened_this_month_happened_by_the_time_of_writing() -> None:
    assert _ranges("in a poll published this month") == [{"from": "2025-11-01", "to": "2025-11-20"}]
    assert _ranges("a study earlier this year") == [{"from": "2025-01-01", "to": "2025-11-20"}]
    assert _ranges("six clinics were closed this year") == [
        {"from": "2025-01-01", "to": "2025-11-20"}
    ]
    # a forecast or a sum for the year names the whole year
    assert _ranges("a deficit of 4.1% this year") == [{"from": "2025-01-01", "to": "2025-12-31"}]
    assert _ranges("We have had to find £3m of savings this year") == [
        {"from": "2025-01-01", "to": "2025-12-31"}
    ]


def test_a_sentence_told_in_the_present_does_not_take_the_day_told_before() -> None:
    claims = _claims(
        "Volunteers handed out 5,000 blankets on Tuesday. The council has opened 14 shelters "
        "and says it needs 600 more beds. The relief fund is $3 million.",
        FRI,
    )
    assert _as_of(claims, "5,000 blankets") == "2025-11-18"
    assert _as_of(claims, "14 shelters") == "2025-11-21"
    assert _as_of(claims, "$3 million") == "2025-11-21"


def test_a_sentence_narrated_in_the_past_keeps_the_day_told_before() -> None:
    claims = _claims(
        "Volunteers handed out 5,000 blankets on Tuesday. Police arrested 12 people at the depot.",
        FRI,
    )
    assert _as_of(claims, "12 people") == "2025-11-18"


def test_a_day_after_would_is_still_to_come() -> None:
    ranges = _ranges("The agency said it would switch to dry rations from Friday.", FRI)
    assert ranges == ["2025-11-21"] or ranges == [{"from": "2025-11-21", "to": "2025-11-21"}]


def test_relative_days_count_from_the_story_day() -> None:
    anchor = date(2025, 11, 10)
    told = find_dates("A survey the following month found 300 more.", FRI, anchor=date(2025, 9, 9))
    assert [m.range.iso() for m in told if m.range] == [{"from": "2025-10-01", "to": "2025-10-31"}]
    told = find_dates("Rescuers returned the next morning.", FRI, anchor=anchor)
    assert [m.range.iso() for m in told if m.range] == ["2025-11-11"]
    told = find_dates("The road had been closed the day before, police said.", FRI, anchor=anchor)
    assert [m.range.iso() for m in told if m.range] == ["2025-11-09"]
    # "the day before the vote" dates nothing the text states
    assert find_dates("Police arrested nine people the day before the vote.", FRI) == ()


def test_a_feature_narrating_a_day_long_past_dates_its_figures_to_that_day() -> None:
    claims = _claims(
        "Ana Ferreira still keeps the ticket.\n\n"
        "The ferry Santa Luzia sank off Cape Verde on March 3, 2009, in a winter gale.\n\n"
        "## The night\n\n"
        "There were 412 passengers on board. A coastguard survey the following month counted "
        "38 lifejackets missing from the wreck.\n\n"
        "## Now\n\n"
        "The harbour now handles 2,000 passengers a day.",
        FRI,
    )
    assert _as_of(claims, "412 passengers") == "2009-03-03"
    assert _as_of(claims, "38 lifejackets") == {"from": "2009-04-01", "to": "2009-04-30"}
    assert _as_of(claims, "2,000 passengers") == "2025-11-21"


def test_a_recent_day_brings_the_story_back_to_the_news() -> None:
    claims = _claims(
        "The mine first flooded on June 2, 1998.\n\n"
        "On Tuesday it flooded again. Rescuers pulled 14 miners out through a ventilation "
        "shaft.",
        FRI,
    )
    assert _as_of(claims, "14 miners") == "2025-11-18"


SUN = date(2025, 11, 23)  # a Sunday


def test_years_ago_count_from_the_time_of_writing() -> None:
    told = find_dates("up from 12.1% three years ago", FRI, anchor=date(2019, 5, 5))
    assert [m.range.iso() for m in told if m.range] == [{"from": "2022-01-01", "to": "2022-12-31"}]


def test_results_after_an_earlier_ballot_is_recalled_hold_for_the_newest() -> None:
    claims = _claims(
        "Voters went to the polls on Sunday in a snap general election.\n\n"
        "The Liberal Party won 38.2% of the vote, the electoral commission said on Monday. "
        "The party had 61 seats after the last election, in 2021.\n\n"
        "The Greens took 11.5% of the vote.",
        date(2025, 11, 24),
    )
    assert _as_of(claims, "11.5%") == "2025-11-23"


def test_a_date_after_the_figure_a_change_started_from_is_that_figures() -> None:
    claims = _claims(
        "The Farmers' Party rose to 17.3% from 9.6% four years ago and won 22 seats.",
        date(2025, 11, 24),
    )
    assert _as_of(claims, "9.6%") == {"from": "2021-01-01", "to": "2021-12-31"}
    assert _as_of(claims, "22 seats") != {"from": "2021-01-01", "to": "2021-12-31"}


def test_a_result_announced_days_later_holds_for_the_ballot() -> None:
    claims = _claims(
        "Voters in Marlton went to the polls on Sunday to elect a new mayor.\n\n"
        "The county clerk said on Tuesday that Ana Ruiz had won 54.2% of the vote.",
        date(2025, 11, 26),
    )
    assert _as_of(claims, "54.2%") == "2025-11-23"


def test_a_result_announced_before_a_later_ballot_is_not_that_ballots() -> None:
    claims = _claims(
        "The council approved the budget late on Wednesday.\n\n"
        "The nurses' union announced on Tuesday that 88% of members had backed a strike, "
        "on a turnout of 71%.",
        date(2025, 11, 20),
    )
    assert _as_of(claims, "71%") == "2025-11-18"


def test_results_certified_days_later_hold_for_the_election_day_told_further_down() -> None:
    claims = _claims(
        "The county board certified Tom Berg as sheriff on Thursday after a final count.\n\n"
        "Under the certified results, Berg received 41,210 votes, or 51.3%. Turnout was "
        "44.8%, the board said.\n\n"
        "When polls closed on November 4, Berg trailed by about 900 votes.",
        date(2025, 11, 21),
    )
    assert _as_of(claims, "41,210 votes") == "2025-11-04"
    assert _as_of(claims, "51.3%") == "2025-11-04"
    assert _as_of(claims, "44.8%") == "2025-11-04"


def test_a_record_since_a_year_is_no_period_the_figure_ran_over() -> None:
    claims = _claims("Unemployment fell to 3.1% in October, its lowest level since 2007.", FRI)
    assert _as_of(claims, "3.1%") == {"from": "2025-10-01", "to": "2025-10-31"}
    claims = _claims("Turnout was 71.4% on Sunday, the highest since the vote of 1994.", FRI)
    assert _as_of(claims, "71.4%") == "2025-11-16"
    # a figure after the date is the earlier record's, and a running count keeps its range
    claims = _claims(
        "It was the deadliest fire since March 2001, when 31 people died in a hostel.", FRI
    )
    assert _as_of(claims, "31 people") == {"from": "2001-03-01", "to": "2001-03-31"}
    claims = _claims("Inspectors have closed 44 kitchens since 2019, the agency said.", FRI)
    assert _as_of(claims, "44 kitchens") == {"from": "2019-01-01", "to": "2025-11-21"}


def test_days_after_an_event_count_back_from_the_day_told() -> None:
    told = find_dates("Results were announced on Saturday, six days after a vote.", FRI)
    assert [m.range.iso() for m in told if m.range] == ["2025-11-15", "2025-11-09"]
    # no day told in the sentence: nothing to count back from
    assert find_dates("Two days after the storm, crews arrived.", FRI) == ()


def test_a_ballot_day_named_without_an_event_dates_the_results() -> None:
    text = "Results were announced on Saturday, six days after a vote marred by violence."
    assert ballot_day(text, find_dates(text, FRI), FRI) == date(2025, 11, 9)
    text = "The county elections office released results early Wednesday."
    assert ballot_day(text, find_dates(text, FRI), FRI) is None
    claims = _claims(
        "Final results were announced on Saturday, six days after a vote marred by "
        "violence.\n\n"
        "The ruling party received 2,104,330 votes, or 48.2 per cent, the commission said.",
        date(2025, 11, 17),
    )
    assert _as_of(claims, "2,104,330 votes") == "2025-11-09"


def test_overnight_on_a_day_is_the_night_into_the_next() -> None:
    assert _ranges("Crews rescued 40 people overnight Tuesday.", FRI) == [
        {"from": "2025-11-18", "to": "2025-11-19"}
    ]
    assert _ranges("Some 600 were evacuated overnight on Wednesday.", FRI) == [
        {"from": "2025-11-19", "to": "2025-11-20"}
    ]


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before() -> None:
    claims = _claims(
        "The brewer reported a second-quarter profit of $81 million, against $64 million a "
        "year earlier.",
        FRI,
    )
    assert _as_of(claims, "$64 million") == {"from": "2024-04-01", "to": "2024-06-30"}
    assert _as_of(claims, "$81 million") == {"from": "2025-04-01", "to": "2025-06-30"}


TUE = date(2025, 11, 18)  # a Tuesday


def test_a_live_update_is_told_as_of_the_day_of_writing() -> None:
    claims = _claims(
        "A gas explosion tore through a block of flats on Monday night, the fire service "
        "said.\n\n"
        "**11:40** Police arrested three men near the site.\n\n"
        "Rescuers pulled 12 people from the rubble.",
        TUE,
    )
    assert _as_of(claims, "three men") == "2025-11-18"
    assert _as_of(claims, "12 people") == "2025-11-17"


def test_a_count_since_the_event_began_runs_from_its_first_day() -> None:
    claims = _claims(
        "A wildfire broke out on Sunday afternoon near the village of Orra.\n\n"
        "A firefighter died on Monday night when the wind turned.\n\n"
        "Medics say 41 people have been treated since the blaze began.",
        TUE,
    )
    assert _as_of(claims, "41 people") == {"from": "2025-11-16", "to": "2025-11-18"}


def test_a_span_of_two_years_written_with_a_dash_is_one_period() -> None:
    assert _ranges("a report on the 2019-2022 drought") == [
        {"from": "2019-01-01", "to": "2022-12-31"}
    ]
    assert _ranges("Mining deaths, 2015–2018") == [{"from": "2015-01-01", "to": "2018-12-31"}]


def test_a_figure_told_as_still_holding_is_not_dated_by_another_clause() -> None:
    claims = _claims(
        "Militias abducted at least 900 people between March 2019 and May 2023, and 210 of "
        "them have still not been found, the group said.",
        FRI,
    )
    assert _as_of(claims, "900 people") == {"from": "2019-03-01", "to": "2023-05-31"}
    assert _as_of(claims, "210 of them") == "2025-11-21"


def test_a_period_named_again_under_a_heading_is_the_storys() -> None:
    claims = _claims(
        "Inspectors recorded 2,140 safety breaches between 2020 and 2024, the agency said.\n\n"
        "## Findings\n\n"
        "- 380 breaches involved scaffolding over the five-year period.",
        FRI,
    )
    assert _as_of(claims, "380 breaches") == {"from": "2020-01-01", "to": "2024-12-31"}


def test_a_range_of_days_written_day_first_is_one_period() -> None:
    assert _ranges("between 14 July and 3 August") == [{"from": "2025-07-14", "to": "2025-08-03"}]
    assert _ranges("from 28 February to 2 March 2024") == [
        {"from": "2024-02-28", "to": "2024-03-02"}
    ]
    assert _ranges("a poll conducted between 3 and 9 September") == [
        {"from": "2025-09-03", "to": "2025-09-09"}
    ]


def test_a_count_since_a_day_told_in_a_statement_runs_to_the_statements_day() -> None:
    claims = _claims(
        "The union said on Wednesday that 74 of its members had been detained since the "
        "stoppage began on Sunday, including nine on Tuesday night.",
        FRI,
    )
    assert _as_of(claims, "74 of its members") == {"from": "2025-11-16", "to": "2025-11-19"}
    assert _as_of(claims, "nine") == "2025-11-18"


def test_a_count_in_the_present_perfect_after_a_day_runs_on_from_it() -> None:
    claims = _claims("Police have arrested 31 people after Tuesday's cup final.", FRI)
    assert _as_of(claims, "31 people") == {"from": "2025-11-18", "to": "2025-11-21"}
    claims = _claims("Police arrested 31 people after Tuesday's cup final.", FRI)
    assert _as_of(claims, "31 people") == "2025-11-18"


def test_a_day_without_its_year_in_a_story_of_a_past_year_is_that_years() -> None:
    told = find_dates("Six died on the night of March 14.", FRI, anchor=date(2023, 3, 2))
    assert [m.range.iso() for m in told if m.range] == ["2023-03-14"]
    # told of the story's own year, a day keeps its nearest year
    told = find_dates("Six died on the night of March 14.", FRI, anchor=date(2025, 3, 2))
    assert [m.range.iso() for m in told if m.range] == ["2025-03-14"]
    claims = _claims(
        "The strikes began on April 2, 2023, after the pension law passed. Four workers were "
        "killed at a picket on April 19.",
        FRI,
    )
    assert _as_of(claims, "Four workers") == "2023-04-19"


def test_a_yearly_sum_starting_in_a_later_year_is_told_as_of_now() -> None:
    claims = _claims("The merger is expected to save $80 million a year from 2027.", FRI)
    assert _as_of(claims, "$80 million") == "2025-11-21"
    # a level that applies from a coming day holds from that day
    claims = _claims("The average household will pay £1,912.40 from April 1, 2026.", FRI)
    assert _as_of(claims, "£1,912.40") == "2026-04-01"
