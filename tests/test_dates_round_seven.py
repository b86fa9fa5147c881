"""Dates told relative to the year of writing, parts of a month or a year, and seasons."""

from datetime import date

from dossier.dates import find_dates

REF = date(2024, 8, 1)  # a Thursday


def _read(text: str, ref: date = REF) -> list[tuple[str, object]]:
    return [(d.text, d.range.iso() if d.range else None) for d in find_dates(text, ref)]


def test_a_month_or_a_day_of_last_year_is_in_the_year_before() -> None:
    assert _read("The mine collapsed on March 9 last year.") == [
        ("March 9 last year", "2023-03-09")
    ]
    assert _read("The mine collapsed on 9 March last year.") == [
        ("9 March last year", "2023-03-09")
    ]
    assert _read("Fighting began in March of last year.") == [
        ("March of last year", {"from": "2023-03-01", "to": "2023-03-31"})
    ]
    assert _read("In April last year, the dam burst.") == [
        ("April last year", {"from": "2023-04-01", "to": "2023-04-30"})
    ]
    # "this year" and "next year" likewise; a month after the time of writing stays this year's
    assert _read("Elections are due in November this year.") == [
        ("November this year", {"from": "2024-11-01", "to": "2024-11-30"})
    ]
    assert _read("The vote is set for May next year.") == [
        ("May next year", {"from": "2025-05-01", "to": "2025-05-31"})
    ]


def test_early_mid_and_late_in_a_month() -> None:
    assert _read("The floods began in late May.") == [
        ("late May", {"from": "2024-05-21", "to": "2024-05-31"})
    ]
    assert _read("Talks stalled in early June.") == [
        ("early June", {"from": "2024-06-01", "to": "2024-06-10"})
    ]
    assert _read("The strike began in mid-March 2021.") == [
        ("mid-March 2021", {"from": "2021-03-11", "to": "2021-03-20"})
    ]
    # a short month ends where it ends
    assert _read("Snow fell in late February 2023.") == [
        ("late February 2023", {"from": "2023-02-21", "to": "2023-02-28"})
    ]


def test_early_mid_and_late_in_a_year() -> None:
    assert _read("The company collapsed in late 2018.") == [
        ("late 2018", {"from": "2018-10-01", "to": "2018-12-31"})
    ]
    assert _read("Construction started early in 2019.") == [
        ("early in 2019", {"from": "2019-01-01", "to": "2019-03-31"})
    ]
    assert _read("Prices peaked in mid-2022.") == [
        ("mid-2022", {"from": "2022-04-01", "to": "2022-09-30"})
    ]
    assert _read("The plant closed late last year.") == [
        ("late last year", {"from": "2023-10-01", "to": "2023-12-31"})
    ]


def test_a_part_of_the_day_or_a_comparison_is_not_a_part_of_a_period() -> None:
    assert _read("The blast happened early on Tuesday.") == [("Tuesday", "2024-07-30")]
    assert _read("Troops arrived later in 2019.") == [
        ("2019", {"from": "2019-01-01", "to": "2019-12-31"})
    ]
    assert _read("The bridge opened late on March 3.") == [("March 3", "2024-03-03")]


def test_seasons_in_the_northern_hemisphere() -> None:
    assert _read("The protests began in the spring of 2019.") == [
        ("spring of 2019", {"from": "2019-03-01", "to": "2019-05-31"})
    ]
    assert _read("The summer 2022 heatwave killed hundreds.") == [
        ("summer 2022", {"from": "2022-06-01", "to": "2022-08-31"})
    ]
    assert _read("in the autumn of 2020") == [
        ("autumn of 2020", {"from": "2020-09-01", "to": "2020-11-30"})
    ]
    # winter runs into the next year
    assert _read("during the winter of 2021") == [
        ("winter of 2021", {"from": "2021-12-01", "to": "2022-02-28"})
    ]


def test_a_season_told_from_the_time_of_writing() -> None:
    # written on August 1: this summer is not over, so last summer is the year before's
    assert _read("The river dried up last summer.") == [
        ("last summer", {"from": "2023-06-01", "to": "2023-08-31"})
    ]
    assert _read("The river dried up last winter.") == [
        ("last winter", {"from": "2023-12-01", "to": "2024-02-29"})
    ]
    assert _read("The dam was finished last spring.", date(2024, 11, 20)) == [
        ("last spring", {"from": "2024-03-01", "to": "2024-05-31"})
    ]
    # a season with no year and no "last" or "this" is no date; nor is the verb "fall"
    assert _read("Aid arrives in the spring.") == []
    assert _read("Prices will fall sharply.") == []


def test_the_next_part_of_a_day_counts_from_the_day_narrated() -> None:
    told = date(2024, 3, 10)
    read = [
        (d.text, d.range.iso() if d.range else None)
        for d in find_dates("The next evening, the roof gave way.", REF, anchor=told)
    ]
    assert read == [("The next evening", "2024-03-11")]
    read = [
        (d.text, d.range.iso() if d.range else None)
        for d in find_dates("Looters returned the next night.", REF, anchor=told)
    ]
    assert read == [("the next night", "2024-03-11")]


def test_a_thing_fixed_for_a_day_points_forward() -> None:
    # written on Thursday, August 1
    assert _read("The opposition called a protest for Sunday.") == [("Sunday", "2024-08-04")]
    assert _read("Unions announced a general strike for Monday night.") == [
        ("Monday night", "2024-08-05")
    ]
    # a call made on a day, or a figure for a day, is the day before
    assert _read("The union called for calm on Sunday.") == [("Sunday", "2024-07-28")]
    assert _read("Deaths for Sunday were 12.") == [("Sunday", "2024-07-28")]
    assert _read("Rebels declared a ceasefire on Sunday.") == [("Sunday", "2024-07-28")]


def test_what_broke_out_keeps_its_name() -> None:
    from tests.test_extractor import _events

    # published Thursday 2024-08-01
    assert _events("Fighting broke out on Saturday.") == [
        ("Saturday", "fighting broke out", "2024-07-27")
    ]
    assert _events("Violence broke out in the capital on Monday.") == [
        ("Monday", "violence broke out", "2024-07-29")
    ]
    # a pronoun names nothing: the event is an outbreak
    assert _events("It broke out on Monday.") == [("Monday", "outbreak", "2024-07-29")]


FRI = date(2025, 11, 21)  # a Friday


def _as_of_in(text: str, quote: str) -> object:
    from tests.test_extractor import _claims

    found = [c for c in _claims(text, FRI) if c.quote == quote]
    assert len(found) == 1, [c.quote for c in _claims(text, FRI)]
    return found[0].as_of.range.iso() if found[0].as_of else None


def test_a_recent_date_in_an_aside_leaves_the_story_in_the_past() -> None:
    opening = "The ferry Santa Luzia sank off Cape Verde on March 3, 2009, in a winter gale.\n\n"
    # a relative clause set off by commas
    text = (
        opening + "The memorial, which was moved back to the harbour last month, names the dead. "
        "There were 412 passengers on board."
    )
    assert _as_of_in(text, "412 passengers") == "2009-03-03"
    # a parenthesis
    text = (
        opening + "The wreck (raised and restored last year) lies in the port. "
        "There were 412 passengers on board."
    )
    assert _as_of_in(text, "412 passengers") == "2009-03-03"
    # a recent day in the main clause still brings the story back to the news
    text = opening + "The memorial was moved last month. There were 412 passengers on board."
    assert _as_of_in(text, "412 passengers") == "2025-11-21"


def test_a_when_clause_with_an_irregular_past_dates_what_happened() -> None:
    from tests.test_extractor import _events

    # published Thursday 2024-08-01
    assert _events(
        "Forty officers were injured on Saturday night when protesters threw stones."
    ) == [("Saturday night", "protesters threw stones", "2024-07-27")]
    # a verb of saying after "when" tells no event
    assert _events("The figures were revised on Monday when the ministry said more had died.") == []
