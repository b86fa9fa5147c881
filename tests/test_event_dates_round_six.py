"""Event dates: what happened and when, not what is planned, said or tallied."""

from __future__ import annotations

import pytest

from tests.test_event_dates_broad import _event_dates


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # an arrest, a release or a closure keeps its day with its count between
        ("Border guards detained 31 migrants near the river crossing on Monday.", "Monday",
         "2024-07-29"),
        ("The rebels freed nine aid workers on Saturday after weeks of talks.", "Saturday",
         "2024-07-27"),
        ("Health officials shut 12 market stalls in the old town on Tuesday.", "Tuesday",
         "2024-07-30"),
        ("The regulator fined the water company £2.5 million in March.", "March",
         {"from": "2024-03-01", "to": "2024-03-31"}),
        # a date opening its clause, then what happened
        ("In 2017 the mill's owner was convicted of dumping waste in the river.", "2017",
         {"from": "2017-01-01", "to": "2017-12-31"}),
        ("In April 2022, a mudslide buried the only road into the valley.", "April 2022",
         {"from": "2022-04-01", "to": "2022-04-30"}),
        ("Last year the province banned night fishing on the lake.", "Last year",
         {"from": "2023-01-01", "to": "2023-12-31"}),
        ("A barge sank there in May, and in June another ran aground.", "June",
         {"from": "2024-06-01", "to": "2024-06-30"}),
        # the last time something was done: a milestone the story dates
        ("The tunnel had last been inspected on May 14, engineers said.", "May 14",
         "2024-05-14"),
        ("The city last raised bus fares by more than 10 per cent in 2015.", "2015",
         {"from": "2015-01-01", "to": "2015-12-31"}),
        # a plan word before a clause of its own does not reach the date
        ("Police would not say whether the truck was speeding when it overturned on Tuesday.",
         "Tuesday", "2024-07-30"),
        # a date between the subject and its verb
        ("The appeals court on Tuesday overturned the mayor's conviction.", "Tuesday",
         "2024-07-30"),
        # a date as the event's possessive, wherever the sentence stands
        ("Organisers of Sunday's vigil said 4,000 candles were lit.", "Sunday", "2024-07-28"),
        ("The toll from Monday's gas explosion rose to 14.", "Monday", "2024-07-29"),
        ("She came third in last year's mayoral election.", "last year",
         {"from": "2023-01-01", "to": "2023-12-31"}),
        # a phrase of happening whose verb alone tells none
        ("The storm made landfall near the harbour early on Sunday.", "Sunday", "2024-07-28"),
        ("The old sea wall gave way on Saturday night.", "Saturday night", "2024-07-27"),
        ("The strike was called on July 2 after talks broke down.", "July 2", "2024-07-02"),
        # a distance is no figure's movement
        ("A lorry plunged 60 metres into the ravine on Monday.", "Monday", "2024-07-29"),
        # a few people of one event, not a tally
        ("Three officials were convicted of fraud in 2020.", "2020",
         {"from": "2020-01-01", "to": "2020-12-31"}),
        # an aside set off by commas between the verb and the date
        ("Police detained the ship's captain, Ivo Marek, 47, and two officers late on Friday.",
         "Friday", "2024-07-26"),
        # a named storm dated by the phrase after it, in a comparison with it
        ("It was the worst storm since Hurricane Lida in October 1998, which killed 40 people.",
         "October 1998", {"from": "1998-10-01", "to": "1998-10-31"}),
        ("It was the worst blaze in the city since the warehouse fire of 2009.", "2009",
         {"from": "2009-01-01", "to": "2009-12-31"}),
        # a decision that sets a rate, with its share after it
        ("The reserve bank cut its benchmark rate by 0.5 points to 4.25% on Thursday.",
         "Thursday", "2024-08-01"),
        # what happened as the date's clause goes on
        ("The defendant stood silently in the dock on Monday as the jury returned its verdict.",
         "Monday", "2024-07-29"),
        # water rising by a height is a flood, "more than" no comparison
        ("The canal rose more than two metres in an hour on Sunday night.", "Sunday night",
         "2024-07-28"),
        # a passive declaration is an event, an active one a statement
        ("Cases have doubled since the outbreak was declared on June 2.", "June 2",
         "2024-06-02"),
    ],
)  # fmt: skip
def test_dates_of_what_happened(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # plans, schedules and deadlines
        ("The bridge will reopen to traffic on August 19.", "August 19"),
        ("Negotiators are due to meet again in Nairobi on Friday.", "Friday"),
        ("The tribunal meets for the first time on September 2.", "September 2"),
        ("Farmers' unions have called a protest for Saturday.", "Saturday"),
        ("The mayor is to be sworn in on September 1.", "September 1"),
        ("The agency plans to return to the site in October to drill more wells.", "October"),
        # the day of a statement or a publication
        ("The ministry announced on Tuesday that the dam was safe.", "Tuesday"),
        ("Provisional results released by the commission on Monday gave her 54%.", "Monday"),
        ("The governor declared Friday a day of mourning.", "Friday"),
        # a figure's movement, share or tally
        ("The currency slipped 3.2% against the dollar on Wednesday.", "Wednesday"),
        ("In 2021, 4.2 million tourists visited the islands.", "2021"),
        ("In 2023, we documented 310 evictions in the district.", "2023"),
        ("The coastguard rescued 2,140 people at sea in 2023.", "2023"),
        # comparisons and loose days
        ("It was the wettest month in the county since 1976.", "1976"),
        ("It was the deadliest year on the mountain since 2014.", "2014"),
        ("He went out for bread on a Sunday morning and never came back.", "Sunday morning"),
        # a toll's day, a state, a comparison with an event
        ("Divers recovered four more bodies from the lake on Friday.", "Friday"),
        ("A man who was shot in the arm was in a stable condition on Monday.", "Monday"),
        ("Turnout was higher than at last year's referendum.", "last year"),
        ("Talks resume ahead of Thursday's vote.", "Thursday"),
        ("11 people died on the region's roads in 2022.", "2022"),
        # a dateline, a yearly rite, a plan made after a period, a verb of its own
        ("Nairobi, 12 July 2024 - Rights groups documented 90 abductions.", "12 July 2024"),
        ("Every year on 9 March a wreath is laid at the bridge.", "9 March"),
        ("The city adopted a heat plan after the summer of 2022.", "2022"),
        ("The water swept through two villages, before reaching the town early on Friday.",
         "Friday"),
        ("The network counted 540 killings in 2023.", "2023"),
        ("Rescuers pulled more bodies from the rubble on Tuesday.", "Tuesday"),
        ("The minister rejected the report's findings on Monday.", "Monday"),
        ("The board cut the payout to 40 cents a share, from 65 cents last year.", "last year"),
        ("Its estimate found 1,240 excess deaths between 3 and 16 June.",
         "between 3 and 16 June"),
        ("The price of bread rose 12% in March.", "March"),
        # everyday doings around an event
        ("Relatives gathered outside the hospital on Wednesday.", "Wednesday"),
        ("Rescue dogs arrived from the capital on Friday.", "Friday"),
    ],
)  # fmt: skip
def test_dates_that_are_not_event_dates(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


def test_an_event_dated_earlier_in_the_sentence_keeps_its_own_day() -> None:
    dates = _event_dates(
        "Families who fled when the fire swept through the estate on Tuesday "
        "slept in a school hall on Wednesday."
    )
    assert dates.get("Tuesday") == "2024-07-30"
    assert "Wednesday" not in dates


def test_a_past_event_in_a_when_clause_is_dated_but_a_plan_in_one_is_not() -> None:
    past = _event_dates("The quarry has been closed since 2009, when a rockfall killed two men.")
    assert past.get("2009") == {"from": "2009-01-01", "to": "2009-12-31"}
    assert _event_dates("Inspectors will visit the quarry on August 20.") == {}
