"""Event dates: how a clause's verb, its subject and its object tell a happening from a level,
a description or a document's date."""

from __future__ import annotations

import pytest

from tests.test_event_dates_broad import _event_dates

# Published Thursday 2024-08-01: "Monday" is 2024-07-29, "Tuesday" 2024-07-30.


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a participle standing before its noun describes it: no verb of the clause
        ("The refinery was operating at reduced output on Tuesday, the company said.",
         "Tuesday"),
        ("Sensors showed twice the permitted concentration of dust on Monday evening.",
         "Monday evening"),
        ("The pumps were working with limited power on Tuesday night.", "Tuesday night"),
        # a measured quantity moving or arriving over a month: a figure's date
        ("Inflation in the region eased again in June, the statistics office said.", "June"),
        ("Consumer prices slipped in May as fuel costs fell back.", "May"),
        ("The peak in crossings came in March, the agency said.", "March"),
        ("Unemployment edged lower in 2023 across the north.", "2023"),
        # a date that only dates a document
        ("The agency set out its figures in a circular, dated 14 July 2024.", "14 July 2024"),
        # an event noun closing the name of a place or a body
        ("Bank shares lost 4% on the Corran stock exchange on Tuesday.", "Tuesday"),
        # a superlative of harm measuring a figure, not a disaster
        ("The party took 19% of the vote, its worst showing since 1987.", "1987"),
        ("It was the company's worst quarter since 2009.", "2009"),
    ],
)  # fmt: skip
def test_levels_descriptions_and_documents_are_no_events(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # the verb still governs when the participle has no noun after it
        ("The ferry, which capsized on Tuesday, was towed to port.", "Tuesday", "2024-07-30"),
        ("Rescuers freed the trapped miners on Monday night.", "Monday night", "2024-07-29"),
        ("The mud that buried the village late on Monday was still moving.", "Monday",
         "2024-07-29"),
        # a movement verb whose subject is no measured quantity
        ("The government fell in March after losing a confidence vote.", "March",
         {"from": "2024-03-01", "to": "2024-03-31"}),
        ("A crane fell onto the platform on Monday.", "Monday", "2024-07-29"),
        # a level reached on a single day is a moment the story dates
        ("The record came on July 22 at the airport station.", "July 22", "2024-07-22"),
        # a superlative of harm measuring an earlier disaster
        ("It was the worst flood in the district since May 1999.", "May 1999",
         {"from": "1999-05-01", "to": "1999-05-31"}),
        ("The blaze was the deadliest since 2011.", "2011",
         {"from": "2011-01-01", "to": "2011-12-31"}),
    ],
)  # fmt: skip
def test_verbs_that_still_tell_a_happening(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a verb that takes no object is the clause's own verb after "people"
        ("Thousands of people marched through the old town on Saturday.", "Saturday",
         "2024-07-27"),
        ("Hundreds of people rallied outside the courthouse on Monday.", "Monday",
         "2024-07-29"),
        # a verb whose object makes it a happening
        ("The jury returned its verdict on Tuesday afternoon.", "Tuesday afternoon",
         "2024-07-30"),
        ("The coroner returned a narrative conclusion on Monday.", "Monday", "2024-07-29"),
    ],
)  # fmt: skip
def test_verbs_read_with_their_subject_or_object(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a verb that takes an object describes the people it follows
        ("Lawyers for the people arrested on Saturday asked for bail.", "Saturday"),
        # "returned" alone is a going back
        ("The minister returned to the capital on Monday.", "Monday"),
    ],
)  # fmt: skip
def test_verbs_that_stay_descriptions_or_doings(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a clock time before the date that opens the sentence
        ("At 4.15 on the afternoon of 9 June 2011, a gas main blew apart under the square.",
         "9 June 2011", "2011-06-09"),
        ("At 11.20pm on 2 May 2019, the dam's spillway gave way.", "2 May 2019", "2019-05-02"),
        # a season of a year opening the sentence
        ("In the spring of 2016 the owners demolished the old hall.", "spring of 2016",
         {"from": "2016-03-01", "to": "2016-05-31"}),
        # a speech set off by commas between the date and what happened
        ("On Monday, she said, a second boat ran aground off the point.", "Monday",
         "2024-07-29"),
        # an aside of names does not use up the words read for the verb
        ("On 5 March 2018, twenty minutes into a league match between Northgate Rovers and "
         "Eastbridge United at Harlow Park, a floodlight pylon collapsed onto the stand.",
         "5 March 2018", "2018-03-05"),
        # a "to" completing a noun of intent in the subject is no plan
        ("In May, a march against plans to close the hospital filled the high street.", "May",
         {"from": "2024-05-01", "to": "2024-05-31"}),
        ("In April, a bid to end the blockade collapsed.", "April",
         {"from": "2024-04-01", "to": "2024-04-30"}),
    ],
)  # fmt: skip
def test_a_date_opening_its_sentence(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the verb after "plans to" is still a plan
        ("In October the council plans to close the hospital.", "October"),
        # a speech after the date is the day of a statement
        ("On Monday, the minister said the talks had stalled.", "Monday"),
        # "the" before a year that names no period of it
        ("In the 2019 contest, turnout was low.", "2019"),
    ],
)  # fmt: skip
def test_opening_dates_that_tell_no_happening(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a month named, then told from the time of writing
        ("The appeal court quashed the order in May this year.", "May this year",
         {"from": "2024-05-01", "to": "2024-05-31"}),
        ("The depot was raided on 2 March this year.", "2 March this year", "2024-03-02"),
        # a date told from the story's last event
        ("The quarry flooded on 3 May 2012. A drainage scheme was abandoned two years later.",
         "two years later", {"from": "2014-01-01", "to": "2014-12-31"}),
        ("The riot began late on 11 June 2020 and was quelled by police at dawn the "
         "following day.", "the following day", "2020-06-12"),
        ("The storm struck on 4 July 2019. The next evening, the river burst its banks.",
         "The next evening", "2019-07-05"),
        # a figure joined to its unit by hyphens describes a noun, no tally
        ("A 40-million-euro sea wall was approved in 2019.", "2019",
         {"from": "2019-01-01", "to": "2019-12-31"}),
    ],
)  # fmt: skip
def test_dates_told_from_another_date(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a stretch of time after the event, not a day of its own
        ("The mine exploded on 3 May 2010. Bodies were recovered over the following week.",
         "the following week"),
        # loose periods told from the time of writing stay off the timeline
        ("Prices were cut earlier this month.", "this month"),
        # a figure of money counting what a year's verb gathered stays a tally
        ("Exports worth $3 billion were shipped in 2023.", "2023"),
        # a publication sent or issued is a statement's day
        ("The union sent a letter to the minister on Tuesday.", "Tuesday"),
        ("The regulator issued a report on Monday.", "Monday"),
    ],
)  # fmt: skip
def test_told_periods_tallies_and_statements(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # an earlier epidemic, campaign or conference named with its date
        ("It is the largest outbreak in the province since the epidemic of 2009.", "2009",
         {"from": "2009-01-01", "to": "2009-12-31"}),
        ("The offensive is the biggest since the rebels' 2016 campaign in the hills.", "2016",
         {"from": "2016-01-01", "to": "2016-12-31"}),
        ("Russia's 2014 invasion of the peninsula changed the border.", "2014",
         {"from": "2014-01-01", "to": "2014-12-31"}),
        ("Lenders pledged $2 billion at a reconstruction conference in March 2021.",
         "March 2021", {"from": "2021-03-01", "to": "2021-03-31"}),
    ],
)  # fmt: skip
def test_more_events_named_with_their_dates(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a press or news conference is where a statement was made
        ("The governor defended the curfew at a news conference on Tuesday.", "Tuesday"),
        ("A police spokesman told a press conference on Monday that six were held.", "Monday"),
        # a possessive before a year that names no event
        ("The company's 2023 results were weaker than expected.", "2023"),
    ],
)  # fmt: skip
def test_statement_occasions_and_other_possessives(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


def test_an_inquiry_reports_with_its_chair_named_between() -> None:
    text = "A judicial inquiry headed by Sir Tom Avery reported in June 2019."
    assert _event_dates(text).get("June 2019") == {"from": "2019-06-01", "to": "2019-06-30"}


def test_others_led_by_someone_still_only_report() -> None:
    assert "Tuesday" not in _event_dates("Officers led by the chief reported on Tuesday.")


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a protest held from a day on: the day it began
        ("Strikers have occupied the plant since 3 May.", "3 May", "2024-05-03"),
        ("Protesters have blockaded the main port road since Monday.", "Monday", "2024-07-29"),
        ("Families have camped outside the prison gates since last Friday.", "last Friday",
         "2024-07-26"),
        # a state put in place on a day and kept since
        ("Power has been cut in the old town since Monday night.", "Monday night",
         "2024-07-29"),
    ],
)  # fmt: skip
def test_protests_and_states_held_since_a_day(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a figure cut since a year, a habit since a year, a tally since a day
        ("The rescue budget has been cut by 30% since 2023.", "2023"),
        ("She has camped there every summer since 2010.", "2010"),
        ("Two million people have been evacuated since Saturday.", "Saturday"),
    ],
)  # fmt: skip
def test_since_dates_that_start_no_protest_or_state(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)
