"""Event dates: a sentence read past its dateline, the speech a date belongs to, a few
named days that are one episode rather than a tally."""

from __future__ import annotations

import pytest

from tests.test_event_dates_broad import _event_dates

# Published Thursday 2024-08-01: "Monday" is 2024-07-29, "Tuesday" 2024-07-30.


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a dateline's commas end no clause: the opening date and the lead's verb still read
        ("BRESSO, Valmar (NWA) - On the evening of 3 May 2019, soldiers opened fire on a "
         "crowd in the main square.", "3 May 2019", "2019-05-03"),
        ("OSTRAVEN — Rebels overran an army post near the river on Tuesday, officials said.",
         "Tuesday", "2024-07-30"),
        ("Kell Harbour, Norland - Early on Monday, the levee gave way under the flood.",
         "Monday", "2024-07-29"),
        # a lead's main verb far from its date, across objects and places
        ("Armed men on horseback killed at least 30 villagers and burned dozens of huts in a "
         "raid on a farming settlement in the hills of the eastern province on Monday.",
         "Monday", "2024-07-29"),
    ],
)  # fmt: skip
def test_datelines_and_long_leads_keep_the_event(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # deaths on a few named days are one episode, not a tally over a period
        ("Aid workers said three infants had died, on July 2 and 4.", "July 2 and 4",
         {"from": "2024-07-02", "to": "2024-07-04"}),
        ("At least 18 civilians were killed in air strikes on the town between Friday and "
         "Sunday, residents said.", "between Friday and Sunday",
         {"from": "2024-07-26", "to": "2024-07-28"}),
    ],
)  # fmt: skip
def test_a_few_named_days_are_an_episode(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a verb of speech reaching the date over its object and the speech's setting
        ("The prime minister condemned the massacre in a televised speech on Tuesday "
         "evening.", "Tuesday"),
        ("The interior minister denounced the shootings during a visit to the border town "
         "on Friday.", "Friday"),
        ("The mayor praised the volunteers at a news briefing in the town hall on Monday.",
         "Monday"),
        ("Compensation will be doubled, the governor said at a vigil in the cathedral square "
         "on Sunday.", "Sunday"),
        ("The two leaders discussed the ceasefire over the phone on Tuesday.", "Tuesday"),
    ],
)  # fmt: skip
def test_a_speech_keeps_its_own_day(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a reporting verb followed by a noun opens the clause it reports
        ("Police said the explosion at the depot on Monday killed four workers.", "Monday",
         "2024-07-29"),
        ("A spokesman told reporters the raid on Monday had freed six hostages.", "Monday",
         "2024-07-29"),
        # another verb between the speech and the date governs it
        ("The government welcomed the truce signed in Geneva on Sunday.", "Sunday",
         "2024-07-28"),
        # the date hangs on the event the speech is about
        ("She blamed the defeat on the council's decision in February to shut the pool.",
         "February", {"from": "2024-02-01", "to": "2024-02-29"}),
    ],
)  # fmt: skip
def test_a_speech_leaves_its_events_dated(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # an earlier event named in a comparison is dated all the same
        ("Turnout fell to 51%, from 63% in the presidential election of May 2018.", "May 2018",
         {"from": "2018-05-01", "to": "2018-05-31"}),
        ("The march was smaller than the general strike of March 2011.", "March 2011",
         {"from": "2011-03-01", "to": "2011-03-31"}),
        # a body that reported, with who led it set off by commas
        ("The review, chaired by Professor Ann Lee, reported in March 2019 that the dam was "
         "unsafe.", "March 2019", {"from": "2019-03-01", "to": "2019-03-31"}),
        # an event for the subject dates itself, whatever toll it left behind
        ("In April, a bombing at the bus station left 17 dead.", "April",
         {"from": "2024-04-01", "to": "2024-04-30"}),
        ("Last year, the floods left 300 dead across the delta.", "Last year",
         {"from": "2023-01-01", "to": "2023-12-31"}),
    ],
)  # fmt: skip
def test_compared_events_inquiries_and_events_as_subjects(
    text: str, quote: str, want: object
) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a bare year compared with is no event
        ("The party won 12 seats, down from 20 in 2019.", "2019"),
        ("Turnout was the lowest since 2015, the commission said.", "2015"),
        ("Prices were 8% higher than in March 2022.", "March 2022"),
        # anyone else who "reported" made a statement
        ("Police reported in March that burglaries had fallen.", "March"),
        # a toll's update, with people for the subject
        ("On Wednesday, rescuers found five more bodies in the mud.", "Wednesday"),
    ],
)  # fmt: skip
def test_bare_comparisons_statements_and_toll_updates_stay_out(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a date that is a bound or a purpose between the verb and its day dates nothing
        ("The council approved its spending plan for 2026 on Monday.", "Monday",
         "2024-07-29"),
        ("The board signed a supply contract for 2027 with the union on Tuesday.", "Tuesday",
         "2024-07-30"),
        # a tax named by its initials is set like any other
        ("The last time the government raised GST by a point, in March 2015, traders went on "
         "strike.", "March 2015", {"from": "2015-03-01", "to": "2015-03-31"}),
    ],
)  # fmt: skip
def test_bounds_between_and_taxes_by_initials(text: str, quote: str, want: object) -> None:
    assert _event_dates(text).get(quote) == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a date of its own between the event and a later day keeps the later day out
        ("The fire that swept the camp on Tuesday left hundreds without shelter, and "
         "families spent a second night in the open on Wednesday.", "Wednesday"),
        # concerns raised about a tax are words, not a decision on it
        ("Retailers raised concerns about VAT in March.", "March"),
        ("Commuters raised complaints over fares in May.", "May"),
    ],
)  # fmt: skip
def test_dated_events_between_and_concerns_raised(text: str, quote: str) -> None:
    assert quote not in _event_dates(text)


def test_a_share_won_when_compared_with_is_no_event() -> None:
    text = "Her party has tripled its vote since 2014, when it won 3.2% and two seats."
    assert "2014" not in _event_dates(text)
    kept = "The town has been rebuilt since March 2011, when the tsunami destroyed 4,000 homes."
    assert _event_dates(kept).get("March 2011") == {"from": "2011-03-01", "to": "2011-03-31"}
