"""Event dates, round seven: tallies, lasting states, supposed deaths, figure levels, plans."""

from __future__ import annotations

import pytest

from tests.test_event_dates_broad import _event_dates


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "alone" after a date: a tally over it
        ("Customs officers seized 40 kilos of cocaine at the port in May alone.", "May"),
        ("On Saturday alone the lifeboat crews pulled 96 swimmers from the surf.", "Saturday"),
        ("Some 2,300 complaints were lodged in 2022 alone.", "2022"),
        # a sum, an amount or a share as the subject of a period's verb
        ("Grain worth $2.4 billion was shipped through the canal last year.", "last year"),
        ("About 18,000 hectares of forest burned in 2021 across the province.", "2021"),
        ("More than 40,000 tonnes of fish were landed at the harbour in March.", "March"),
        # a duration: how long a state lasted, not when something happened
        ("The ferry was held at the quay for two days in June after an engine fault.", "June"),
        ("Trading was suspended for several hours on Tuesday morning.", "Tuesday morning"),
        ("The motorway was closed for about six hours on Friday.", "Friday"),
        # a verb feared or supposed, not known
        ("Eleven fishermen were missing and feared drowned on Monday night.", "Monday night"),
        ("Two climbers were presumed killed on Wednesday, rescuers said.", "Wednesday"),
        # a figure's level the later one is measured from
        ("The shares have lost a third of their value since a peak in March 2023.",
         "March 2023"),
        ("The lake has fallen five metres since its record high of 2019.", "2019"),
        # a clause going on with a plan before it
        ("The union will hold six strike days, starting with a walkout on May 9.", "May 9"),
        ("Organisers will hold a week of events, beginning with a parade on June 4.",
         "June 4"),
        # everyday doings, careers and repetition
        ("Parents packed the school gym on Thursday evening to question the governors.",
         "Thursday evening"),
        ("The inspector, who retired in 2016, gave evidence by video link.", "2016"),
        ("Four boats were involved in the search on Sunday.", "Sunday"),
        ("The false figure was repeated by two broadcasters on Monday.", "Monday"),
        ("The hotline had taken 900 calls between 8pm and midnight on Sunday.", "Sunday"),
    ],
)  # fmt: skip
def test_dates_that_are_not_event_dates(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # "alone" describing someone is no tally
        ("The boy was found on Sunday alone in the woods near the camp.", "Sunday",
         "2024-07-28"),
        # a sum that is not the verb's subject leaves its event dated
        ("In 2021 the firm was fined £200,000 after a worker lost his arm in a press.",
         "2021", {"from": "2021-01-01", "to": "2021-12-31"}),
        ("The regulator fined the water company £2.5 million in March.", "March",
         {"from": "2024-03-01", "to": "2024-03-31"}),
        # a term handed down is an event, whatever its length
        ("The court jailed the former mayor for nine years on Monday.", "Monday",
         "2024-07-29"),
        ("Police detained three protesters for several hours on Tuesday.", "Tuesday",
         "2024-07-30"),
        # a known death is dated, only a feared one is not
        ("Two fishermen drowned off the point on Monday night.", "Monday night",
         "2024-07-29"),
        # "since" a peak is a figure's; since a disaster, an event
        ("It was the deadliest flood in the valley since the storm of 1998.", "1998",
         {"from": "1998-01-01", "to": "1998-12-31"}),
        # a clause opening on a participle of its own keeps its past event
        ("The strike spread fast, starting with a walkout at the docks on July 2.", "July 2",
         "2024-07-02"),
        # a small group of people in the subject is one event's
        ("Three officials were convicted of fraud in 2020.", "2020",
         {"from": "2020-01-01", "to": "2020-12-31"}),
    ],
)  # fmt: skip
def test_dates_of_what_happened(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("The border crossing has been closed since 12 May, traders said.", "12 May",
         "2024-05-12"),
        ("A night curfew has been in force in the old city since 3 June, residents said.", "3 June",
         "2024-06-03"),
        ("The application has been pending with the planning office since 2021.", "2021",
         {"from": "2021-01-01", "to": "2021-12-31"}),
        ("Eight schools in the district have been shut since Monday.", "Monday",
         "2024-07-29"),
        ("A field clinic has been running in the camp since 3 July, aid workers said.",
         "3 July", "2024-07-03"),
        ("The bridge has effectively been out of service since February.", "February",
         {"from": "2024-02-01", "to": "2024-02-29"}),
    ],
)  # fmt: skip
def test_the_start_of_a_state_kept_since_a_date(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a post held, a home lived in, a mood: no state put in place
        ("The mayor, who has led the council since 2019, conceded on Friday.", "2019"),
        ("She has lived in the same tent since March 2022.", "March 2022"),
        ("The minister has been in office since 2018.", "2018"),
        ("Mr Osei has been running the family firm since 2015.", "2015"),
        ("The river has been higher than normal since Tuesday.", "Tuesday"),
        # a count kept since a month or a year is a tally
        ("About 1,200 shops have been closed since 2020 across the region.", "2020"),
    ],
)  # fmt: skip
def test_states_since_a_date_that_start_no_event(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # an inquiry or a commission reporting: its findings published
        ("The inquiry, which reported in May 2011, blamed the harbour master.", "May 2011",
         {"from": "2011-05-01", "to": "2011-05-31"}),
        ("Since a review panel reported in 2019, four ministers have resigned.", "2019",
         {"from": "2019-01-01", "to": "2019-12-31"}),
        # papers served: a legal step
        ("The council served the landlord with an eviction order in April.", "April",
         {"from": "2024-04-01", "to": "2024-04-30"}),
        ("Last year the agency served the mill with a prohibition notice over its dust.",
         "Last year", {"from": "2023-01-01", "to": "2023-12-31"}),
        # a decision cutting an allowance, with how far it was cut after it
        ("The agency had to cut rations to half the usual amount in June.", "June",
         {"from": "2024-06-01", "to": "2024-06-30"}),
        ("The ministry cut fuel subsidies for farmers on Tuesday.", "Tuesday", "2024-07-30"),
        # an election of a person, written like an adjective
        ("Mwangi, who was first elected in 2013, is standing down.", "2013",
         {"from": "2013-01-01", "to": "2013-12-31"}),
        # an event noun with its place, in the early hours of a day
        ("The report describes a raid on a farm near Tolva in the early hours of May 3.",
         "May 3", "2024-05-03"),
    ],
)  # fmt: skip
def test_more_dates_of_what_happened(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "reported" after anyone but an inquiry is a statement
        ("Police reported on Monday that the road had reopened.", "Monday"),
        ("The newspaper reported in March that the mine would close.", "March"),
        # "served" as a post held, or food served
        ("She served on the board in 2019 before joining the bank.", "2019"),
        ("Volunteers served 3,000 meals with bread on Sunday.", "Sunday"),
        # an elected body is no election
        ("The elected members were all present on Friday.", "Friday"),
        ("The committee will have reported by June.", "June"),
    ],
)  # fmt: skip
def test_more_dates_that_are_not_event_dates(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Counting began on the evening of the referendum, Sunday, June 9, and ran all night.",
         "Sunday, June 9", "2024-06-09"),
        ("In the previous eruption, between 2014 and 2015, ash closed the airport twice.",
         "between 2014 and 2015", {"from": "2014-01-01", "to": "2015-12-31"}),
        ("Nobody saw the landslide, 12 March, coming.", "12 March", "2024-03-12"),
    ],
)  # fmt: skip
def test_an_event_noun_with_its_date_beside_it(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a deadline or a budget beside a date, and a plan beside one
        ("Bids must arrive before the deadline, 30 September, the council said.",
         "30 September"),
        ("The next election, in 2027, will use the new boundaries.", "2027"),
        ("Turnout at the upcoming ballot, 4 October, may be low.", "4 October"),
    ],
)  # fmt: skip
def test_dates_beside_what_is_no_event(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


def test_what_a_release_did_today_is_dated_to_its_dateline() -> None:
    dates = _event_dates("Lisbon, 4 March 2024 — The health agency today opened three clinics.")
    assert dates.get("4 March 2024") == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Geneva, 12 July 2024 — The agency today published its annual report on detention.",
        "Oslo, 2 May 2024 — The ministry today announced new rules for ferry operators.",
        "Accra, 9 May 2024 — Rights groups documented 90 abductions in the north.",
    ],
)
def test_a_dateline_with_a_statement_or_a_tally_dates_no_event(text: str) -> None:
    assert _event_dates(text) == {}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a span with a sum or a large count before it is a tally over the span
        ("More than 400 trains were cancelled between Monday and Thursday.",
         "between Monday and Thursday"),
        ("Grants worth £12 million that the trust handed out between 2015 and 2018 were "
         "never audited.", "between 2015 and 2018"),
        # a year's sum with the date between subject and verb
        ("Remittances worth $3.1 billion last year came mostly from the Gulf.", "last year"),
        ("The bones came from 120 graves exhumed between 2019 and 2021.",
         "between 2019 and 2021"),
        # where a count starts is no event
        ("Since the bureau began recording heat deaths in 2003, the toll has doubled.", "2003"),
        ("It was the hottest night since records began in 1881.", "1881"),
    ],
)  # fmt: skip
def test_tallies_and_record_keeping_date_no_event(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a few things of one event over a span keep it
        ("The bones came from two pits dug up between 2019 and 2021.",
         "between 2019 and 2021", {"from": "2019-01-01", "to": "2021-12-31"}),
        # a span without a count is the event's own
        ("The drought that gripped the south between 2016 and 2018 emptied the reservoirs.",
         "between 2016 and 2018", {"from": "2016-01-01", "to": "2018-12-31"}),
        # a sum that is the verb's object, not its subject, leaves the act dated
        ("Last year the province awarded $2 million to the families.", "Last year",
         {"from": "2023-01-01", "to": "2023-12-31"}),
    ],
)  # fmt: skip
def test_spans_and_acts_that_stay_events(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a count in another clause does not make a start a tally
        ("The charity has fed 4,000 families since it began work in May 2021.", "May 2021",
         {"from": "2021-05-01", "to": "2021-05-31"}),
        # past tenses not ending in -ed
        ("In 2016 the insurer paid £3 million to the families.", "2016",
         {"from": "2016-01-01", "to": "2016-12-31"}),
        ("The engineers said the track had been relaid in 2020.", "2020",
         {"from": "2020-01-01", "to": "2020-12-31"}),
        # bodies set up, established and wound down
        ("The ombudsman's office, set up in 2012, has upheld few complaints.", "2012",
         {"from": "2012-01-01", "to": "2012-12-31"}),
        ("The task force was established in March 2020 to trace the missing.", "March 2020",
         {"from": "2020-03-01", "to": "2020-03-31"}),
        ("The patrol was wound down in 2019 for lack of money.", "2019",
         {"from": "2019-01-01", "to": "2019-12-31"}),
        # a restructuring is an event noun
        ("Forty posts were lost in a restructuring in January.", "January",
         {"from": "2024-01-01", "to": "2024-01-31"}),
        # what failed to happen, in the past
        ("Two ferries that failed to reach the harbour on Sunday were found adrift.", "Sunday",
         "2024-07-28"),
        # a closure of counted things, not a price's close
        ("The council closed nine libraries on April 2 to save money.", "April 2",
         "2024-04-02"),
    ],
)  # fmt: skip
def test_round_seven_events_after_verbs(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a price's close and a plan with "to"
        ("Shares closed 4.1% lower on Monday.", "Monday"),
        ("The shares closed at 212 pence on Friday.", "Friday"),
        ("The index closed at 7,412 points on Friday.", "Friday"),
        # an average and a year's payout are figures, not acts
        ("Shoppers paid an average of £4.20 for a loaf in June.", "June"),
        ("The insurer paid out £2 million in claims in 2023.", "2023"),
        ("The envoy agreed to return to the capital on Monday.", "Monday"),
        # a year read in a phone number
        ("A helpline has been set up on 1800 321 321 for families.", "1800"),
        # a big count of people as the subject is a year's tally
        ("In 2022, 3,400 migrants crossed the strait.", "2022"),
        # everyday travel to a place
        ("Two of the injured were flown to the burns unit in the capital on Tuesday night.",
         "Tuesday night"),
    ],
)  # fmt: skip
def test_round_seven_not_events_after_verbs(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


def test_a_when_clause_telling_a_state_that_lasted_dates_no_event() -> None:
    dates = _event_dates(
        "Fewer children have been vaccinated since 2021, when health posts were shut for "
        "several weeks."
    )
    assert "2021" not in dates


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a duration in a clause joined after the event does not make it a state
        ("Staff remember 4 May 1990, when the crews walked off the rigs and stayed out for "
         "a month.", "4 May 1990", "1990-05-04"),
        # a longer subject before the when-clause's verb
        ("It was the worst unrest since 2011, when a month of riots over bread prices "
         "toppled the government.", "2011", {"from": "2011-01-01", "to": "2011-12-31"}),
    ],
)  # fmt: skip
def test_when_clauses_that_tell_what_happened(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("At the same ground in May, 12 fans were arrested after a pitch invasion.", "May",
         {"from": "2024-05-01", "to": "2024-05-31"}),
        ("During a previous storm in 2019, the sea wall collapsed.", "2019",
         {"from": "2019-01-01", "to": "2019-12-31"}),
    ],
)  # fmt: skip
def test_a_date_after_a_fronted_place_opens_its_clause(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


def test_a_fronted_place_then_a_statement_dates_no_event() -> None:
    assert "June" not in _event_dates(
        "At the same stall in June, the owner said prices would rise."
    )


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("The former governor was sentenced to nine years in prison on Monday.", "Monday",
         "2024-07-29"),
        ("The storm was downgraded to a depression on Sunday night.", "Sunday night",
         "2024-07-28"),
    ],
)  # fmt: skip
def test_to_after_a_sentence_or_a_downgrade_is_no_plan(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Schools in the district remained closed on Friday.", "Friday"),
        ("The coast road was still blocked on Monday morning.", "Monday morning"),
        ("The talks were adjourned and the delegates agreed to meet on Friday.", "Friday"),
        ("The ministry was expected to publish the list on Tuesday.", "Tuesday"),
        # refusing words, and appeals for help, are statements
        ("A police spokesman refused to comment on Tuesday.", "Tuesday"),
        ("The mine's owner declined to say on Monday how many were trapped.", "Monday"),
        ("The Red Cross appealed for $40 million in aid on Thursday.", "Thursday"),
    ],
)  # fmt: skip
def test_states_kept_and_plans_with_to_date_no_event(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a plan put to a body, and "to" before a body, are no plans of the future
        ("The treasurer presented a £12 billion spending plan to parliament on Tuesday.",
         "Tuesday", "2024-07-30"),
        ("The mayor submitted the budget to councillors on Monday night.", "Monday night",
         "2024-07-29"),
    ],
)  # fmt: skip
def test_holidays_and_bodies_put_to(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The government plans to raise fuel taxes on Monday.", "Monday"),
        ("The ministry plans to present the bill to parliament in October.", "October"),
        ("Her lawyers sent a letter to the court on Friday.", "Friday"),
    ],
)  # fmt: skip
def test_plans_and_letters_with_to_stay_undated(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


def test_a_holiday_is_a_calendar_day() -> None:
    """Which year the holiday falls in is the date reader's; the rule only has to date it."""
    text = "The governor ordered the release of emergency funds on Christmas Eve."
    assert "Christmas Eve" in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("The coach left the road at about 2:40 a.m. on Saturday.", "Saturday", "2024-07-27"),
        ("Gunmen opened fire at 21:15 on Friday, witnesses said.", "Friday", "2024-07-26"),
    ],
)  # fmt: skip
def test_a_clock_time_with_a_colon_does_not_break_the_clause(
    text: str, quote: str, want: object
) -> None:
    assert _event_dates(text).get(quote) == want


def test_a_colon_between_words_still_breaks_the_clause() -> None:
    assert "Monday" not in _event_dates("Police gave one reason: crowds on Monday.")
