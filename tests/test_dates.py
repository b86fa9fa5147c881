"""Resolving dates against the publication date, and inferring it when missing."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.dates import choose_as_of, find_dates, infer_reference, mentioned_years
from dossier.model import AsOfBasis

AUG_1 = date(2024, 8, 1)  # a Thursday


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("claimed on Wednesday that", AUG_1, "2024-07-31"),
        ("as of Thursday morning it has confirmed", AUG_1, "2024-08-01"),
        ("the election held on Sunday, July 28", AUG_1, "2024-07-28"),
        ("escaping this past November 17", date(2017, 11, 24), "2017-11-17"),
        ("the two sides meet on December 1", date(2017, 11, 24), "2017-12-01"),
        ("arrested in February 19 2015", date(2017, 11, 24), "2015-02-19"),
        ("said yesterday", AUG_1, "2024-07-31"),
        ("said today", AUG_1, "2024-08-01"),
        ("in 2019", AUG_1, {"from": "2019-01-01", "to": "2019-12-31"}),
        ("last year", AUG_1, {"from": "2023-01-01", "to": "2023-12-31"}),
        ("on December 1 and 2", date(2017, 11, 24), {"from": "2017-12-01", "to": "2017-12-02"}),
    ],
)
def test_find_dates(text: str, published: date, want: object) -> None:
    mentions = find_dates(text, published)
    assert mentions and mentions[0].range is not None
    assert mentions[0].range.iso() == want


def test_since_runs_to_publication() -> None:
    as_of = choose_as_of("Since Monday, 11 civilians have been killed", 15, (), AUG_1, None)
    assert as_of is not None
    assert as_of.range.iso() == {"from": "2024-07-29", "to": "2024-08-01"}
    assert as_of.basis is AsOfBasis.STATED


def test_nothing_stated_falls_back_to_publication() -> None:
    as_of = choose_as_of("The protests have left a dozen dead.", 20, (), AUG_1, None)
    assert as_of is not None and as_of.basis is AsOfBasis.PUBLICATION_DATE


def test_attributive_date_is_not_an_as_of() -> None:
    as_of = choose_as_of("11 died after the July 28 election.", 0, (), AUG_1, None)
    assert as_of is not None and as_of.basis is AsOfBasis.PUBLICATION_DATE


def test_weekday_fixes_the_year_without_publication_date() -> None:
    text = "the election held on Sunday, July 28. The term begins in January 2025."
    assert infer_reference(text) == date(2024, 7, 28)
    mention = find_dates("on Sunday, July 28", None, inferred=True, years=mentioned_years(text))[0]
    assert mention.range is not None and mention.range.start == date(2024, 7, 28)
    assert mention.basis is AsOfBasis.INFERRED


def test_no_date_no_publication() -> None:
    assert choose_as_of("Nine died.", 0, (), None, None) is None


MAR_12 = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month without a year: the latest one not after publication
        ("sales fell sharply in February", {"from": "2025-02-01", "to": "2025-02-28"}),
        ("shipments peaked in November", {"from": "2024-11-01", "to": "2024-11-30"}),
        ("the plant will reopen in June", {"from": "2025-06-01", "to": "2025-06-30"}),
        # a period running to the publication date
        ("so far this year", {"from": "2025-01-01", "to": "2025-03-12"}),
        ("the highest total this year so far", {"from": "2025-01-01", "to": "2025-03-12"}),
        # a range of days
        (
            "from January 6 to February 2, the index",
            {"from": "2025-01-06", "to": "2025-02-02"},
        ),
    ],
)
def test_month_and_period_dates(text: str, want: object) -> None:
    mentions = find_dates(text, MAR_12)
    assert mentions and mentions[0].range is not None
    assert mentions[0].range.iso() == want


def test_offset_counts_from_the_story_anchor() -> None:
    mention = find_dates(
        "the crew had left port three days earlier", MAR_12, anchor=date(2025, 3, 9)
    )
    assert mention[0].range is not None and mention[0].range.iso() == "2025-03-06"


def test_offset_counts_from_a_day_stated_earlier_in_the_text() -> None:
    text = "The strike began on March 3; talks had failed two days earlier."
    offset = next(m for m in find_dates(text, MAR_12) if "earlier" in m.text)
    assert offset.range is not None and offset.range.iso() == "2025-03-01"


def test_offset_past_publication_is_ignored() -> None:
    assert not [m for m in find_dates("Ten years later, it is empty.", MAR_12) if "later" in m.text]


def test_weekday_after_an_inferred_reference_reads_forward() -> None:
    # without a publication date the reference (the last dated day) is a lower bound
    mention = find_dates("results released on Tuesday", date(2025, 3, 9), inferred=True)[0]
    assert mention.range is not None and mention.range.iso() == "2025-03-11"


def _as_of(sentence: str, quote: str, published: date = MAR_12, **kw: object) -> object:
    start = sentence.index(quote)
    as_of = choose_as_of(sentence, start, (), published, None, figure_end=start + len(quote), **kw)  # type: ignore[arg-type]
    assert as_of is not None
    return as_of.range.iso()


def test_date_in_a_temporal_clause_gives_way_to_the_statement_date() -> None:
    text = "Twelve hikers are missing after an avalanche struck on Sunday, rangers said on Monday."
    assert _as_of(text, "Twelve hikers") == "2025-03-10"


def test_date_in_a_temporal_clause_dates_the_figure_when_it_is_the_only_one() -> None:
    text = "Three workers died after a crane fell on Monday, the company said."
    assert _as_of(text, "Three workers") == "2025-03-10"


def test_date_in_a_relative_clause_is_not_the_figures() -> None:
    text = "Exports, which slumped to 4 percent in January, recovered to 9 percent in February."
    assert _as_of(text, "9 percent") == {"from": "2025-02-01", "to": "2025-02-28"}
    assert _as_of(text, "4 percent") == {"from": "2025-01-01", "to": "2025-01-31"}


def test_since_year_when_dates_the_when_clause() -> None:
    text = "It is the worst flood since 2011, when 400 homes were destroyed."
    assert _as_of(text, "400 homes") == {"from": "2011-01-01", "to": "2011-12-31"}


def test_comparison_base_date_is_not_the_figures() -> None:
    text = "The club sold 9,000 tickets from May 1 to May 31, up 12% on the same period last year."
    assert _as_of(text, "12%", date(2024, 6, 4)) == {"from": "2024-05-01", "to": "2024-05-31"}


def test_figure_at_a_dated_election_takes_its_date() -> None:
    text = "Turnout was 55 percent, against 63 percent at the previous election in 2016."
    assert _as_of(text, "63 percent") == {"from": "2016-01-01", "to": "2016-12-31"}


def test_scheduled_event_date_is_not_a_present_figures() -> None:
    text = "A $2 million loan will pay for a clinic, due to open in April."
    assert _as_of(text, "$2 million") == "2025-03-12"


def test_dateline_gives_the_story_date() -> None:
    from dossier.dates import dateline_date

    assert dateline_date("LAGOS, June 4, 2023 (AFP) - Fuel prices rose.") == date(2023, 6, 4)
    assert dateline_date("PORT ELLIS, Sept. 9, 2021 — The council said.") == date(2021, 9, 9)
    assert dateline_date("Officials said on June 4, 2023 - that") is None


def test_unusual_letters_in_a_month_name_never_crash() -> None:
    """A long s ("Auguſt") matches the case-blind pattern; reading it must not fail."""
    import datetime as _dt

    from dossier.dates import find_dates as _find

    found = _find("Auguſt 5 was hot, and ſunday too.", _dt.date(2024, 8, 10))
    assert all(mention.range.start.month == 8 for mention in found if mention.range)


def test_statement_date_gives_way_to_the_figures_own() -> None:
    sentence = "She won on Tuesday by 86 votes, officials announced on Thursday."
    as_of = choose_as_of(sentence, sentence.index("86"), (), AUG_1, None)
    assert as_of is not None and as_of.range.iso() == "2024-07-30"


def test_a_date_in_the_next_clause_belongs_to_its_own_figure() -> None:
    sentence = "About 900 people left, and 300 of them spent Tuesday night in a school."
    as_of = choose_as_of(
        sentence, 0, (), AUG_1, None, others=(sentence.index("300"),), figure_end=9
    )
    assert as_of is not None and as_of.basis is AsOfBasis.PUBLICATION_DATE
    # after a further comma, the date is the whole sentence's
    sentence = "The Left won 31%, while the Greens took 12%, according to results out on Tuesday."
    at = sentence.index("31%")
    as_of = choose_as_of(
        sentence, at, (), AUG_1, None, others=(sentence.index("12%"),), figure_end=at + 3
    )
    assert as_of is not None and as_of.range.iso() == "2024-07-30"


def test_a_relative_clause_dates_its_event_not_the_figure_after_it() -> None:
    sentence = (
        "The toll from the storm that struck on Monday has risen to 40, officials said Wednesday."
    )
    as_of = choose_as_of(sentence, sentence.index("40"), (), AUG_1, None)
    assert as_of is not None and as_of.range.iso() == "2024-07-31"


def _when(
    sentence: str,
    quote: str,
    earlier: tuple[str, ...] = (),
    published: date | None = MAR_12,
    **kw: object,
) -> object:
    """The as-of of ``quote`` in ``sentence``, its other figures found as the extractor does."""
    from dossier.dates import DateRange
    from dossier.numbers import find_quantities

    start = sentence.index(quote)
    others = tuple(q.span.start for q in find_quantities(sentence) if q.span.start != start)
    vote_day = kw.pop("vote_day", None)
    as_of = choose_as_of(
        sentence,
        start,
        earlier,
        published,
        None,
        others=others,
        figure_end=start + len(quote),
        vote_day=vote_day if vote_day is None else DateRange(start=vote_day, end=vote_day),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )
    return None if as_of is None else as_of.range.iso()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # days known by name, the nearest such day (one after "since" is the one before)
        ("in hospital on New Year's Eve", "2024-12-31"),
        ("since Christmas", "2024-12-25"),
        # a weekend is its Saturday and Sunday
        ("detained over the weekend", {"from": "2025-03-08", "to": "2025-03-09"}),
        ("a rally next weekend", {"from": "2025-03-15", "to": "2025-03-16"}),
        # "last November" is the one before this month, "next March" the one after
        ("Last November's memorial", {"from": "2024-11-01", "to": "2024-11-30"}),
        ("Last March's memorial", {"from": "2024-03-01", "to": "2024-03-31"}),
        ("until next March", {"from": "2026-03-01", "to": "2026-03-31"}),
        # a span of years
        ("rose 41 per cent between 2019 and 2024", {"from": "2019-01-01", "to": "2024-12-31"}),
        # told in the past, a day without a year is the one before
        ("the talks were held on March 20", "2024-03-20"),
        ("talks will be held on March 20", "2025-03-20"),
    ],
)
def test_named_days_weekends_and_spans(text: str, want: object) -> None:
    mentions = find_dates(text, MAR_12)
    assert mentions and mentions[0].range is not None
    assert mentions[0].range.iso() == want


def test_a_since_clause_runs_from_the_day_it_names() -> None:
    text = "At least 17 clinics have closed since the fighting began on January 4."
    assert _when(text, "At least 17 clinics") == {"from": "2025-01-04", "to": "2025-03-12"}
    text = "More than 36,000 people have crossed since the start of May."
    assert _when(text, "More than 36,000 people", published=date(2024, 6, 13)) == {
        "from": "2024-05-01",
        "to": "2024-06-13",
    }
    # told in a statement, the running count ends on the statement's day (LABELLING.md)
    text = (
        "The office said on Monday that 412 cases were recorded since the outbreak began on May 1."
    )
    assert _when(text, "412 cases", published=date(2024, 6, 13)) == {
        "from": "2024-05-01",
        "to": "2024-06-10",
    }
    # the since clause is not the figure's when another clause comes between
    text = "Clinics closed since the fighting began on January 4, and it had recorded 2,340 cases."
    assert _when(text, "2,340 cases") == "2025-03-12"


def test_referring_back_to_a_day_or_a_year_told_before() -> None:
    assert (
        _when("Nine men died that morning.", "Nine men", anchor=date(1986, 11, 3)) == "1986-11-03"
    )
    assert (
        _when(
            "Rescuers brought 38 others out.",
            "38 others",
            ("Nine men died that morning.",),
            anchor=date(1986, 11, 3),
        )
        == "1986-11-03"
    )
    earlier = ("The inquiry concluded in 1988.",)
    assert _when("That same year the board paid £3.2m.", "£3.2m", earlier) == {
        "from": "1988-01-01",
        "to": "1988-12-31",
    }
    earlier = ("It was the worst fire since the Baldia fire of 2012.",)
    assert _when("At least 260 workers have died since then.", "At least 260 workers", earlier) == {
        "from": "2012-01-01",
        "to": "2025-03-12",
    }


def test_what_a_sentence_before_told_does_not_always_carry() -> None:
    # a day still to come
    earlier = ("The ministry will vaccinate children between April 6 and April 17.",)
    assert _when("A donor has pledged $1.2 million.", "$1.2 million", earlier) == "2025-03-12"
    # "now", "later", or a state in the present
    earlier = ("A convoy reached the city on Monday.",)
    assert (
        _when("Nearly 70% of the province is now cut off.", "Nearly 70%", earlier) == "2025-03-12"
    )
    assert _when("Of those, 48 were later freed.", "48", earlier) == "2025-03-12"
    earlier = ("Some 126,000 people had been evacuated since Saturday.",)
    assert _when("Up to 3,000 more are stranded.", "Up to 3,000 more", earlier) == "2025-03-12"


def test_a_date_owned_by_another_clause_or_figure() -> None:
    text = (
        "The ministry has acknowledged 412 arrests, and said on Monday that 380 had been released."
    )
    assert _when(text, "412 arrests") == "2025-03-12"
    text = "It has received $58.6 million of the $412 million it asked for in January."
    assert _when(text, "$58.6 million") == "2025-03-12"
    text = "Fewer than 300 people work there, most of them in a warehouse that opened in 2016."
    assert _when(text, "Fewer than 300 people") == "2025-03-12"
    text = "The agency had shipped 50,000 doses and would send 12 experts next week."
    assert _when(text, "50,000 doses") == "2025-03-12"


def test_what_a_ballot_gave_holds_for_the_ballot_day() -> None:
    vote_day = date(2025, 3, 6)
    assert _when("Lindqvist took 38.6% of the vote.", "38.6%", vote_day=vote_day) == "2025-03-06"
    # a date naming the ballot in the sentence itself is that ballot's
    text = "The party has led since the 2023 election, when it won 31.8 per cent of the vote."
    assert _when(text, "31.8 per cent", vote_day=vote_day) == {
        "from": "2023-01-01",
        "to": "2023-12-31",
    }


def test_the_end_of_a_year_and_a_year_before_it() -> None:
    text = "It reached 117 million at the end of 2023, up from 108 million a year earlier."
    assert [m.range.iso() for m in find_dates(text, MAR_12) if m.range] == [
        "2023-12-31",
        "2022-12-31",
    ]


def test_a_figure_tied_to_an_event_dated_elsewhere() -> None:
    from dossier.dates import DateRange, event_day_of

    crush = DateRange(start=date(2016, 8, 14), end=date(2016, 8, 14))
    landfall = DateRange(start=date(2025, 3, 10), end=date(2025, 3, 10))
    sentence = "The crush at the festival that killed 21 people was preventable."
    # the article dates one event ("the disaster"): the crush is that one
    assert event_day_of(sentence, sentence.index("21"), [("disaster", crush)], None) == crush
    events = [("disaster", crush), ("landfall", landfall)]
    sentence = "The hospital has treated 214 people since the cyclone made landfall."
    assert event_day_of(sentence, sentence.index("214"), events, MAR_12) == DateRange(
        start=date(2025, 3, 10), end=MAR_12
    )
    # a count since an event runs from it only where the article dates that event
    sentence = "Some 40 clinics have closed since the war began."
    assert event_day_of(sentence, sentence.index("40"), events, MAR_12) is None
    strike = DateRange(start=date(2025, 3, 3), end=date(2025, 3, 3))
    sentence = "Police have detained 60 members since the strike began."
    walkout = [("workers walked off the job", strike)]
    assert event_day_of(sentence, sentence.index("60"), walkout, MAR_12) == DateRange(
        start=date(2025, 3, 3), end=MAR_12
    )
    # a sentence with a date of its own is left to it
    sentence = "The storm that killed 12 people on Monday moved north."
    assert event_day_of(sentence, sentence.index("12"), events, MAR_12) is None


def test_weeks_clauses_and_studies_named_again() -> None:
    # "next week" is the whole week; "this week" so far
    assert find_dates("a team will arrive next week", MAR_12)[0].range.iso() == {  # type: ignore[union-attr]
        "from": "2025-03-17",
        "to": "2025-03-23",
    }
    assert find_dates("so far this week", MAR_12)[0].range.iso() == {  # type: ignore[union-attr]
        "from": "2025-03-10",
        "to": "2025-03-12",
    }
    # a figure inside a parenthetical participle is not dated by the main clause
    text = "The convoy, carrying food for some 40,000 people, was attacked this year."
    assert _when(text, "some 40,000 people") == "2025-03-12"
    # but a participle carrying the main clause on is
    text = "She was elected on Tuesday, winning 54.6 percent of the vote, results showed."
    assert _when(text, "54.6 percent") == "2025-03-11"
    # a study named again is of the year it was named with
    earlier = ("Costs rose, a 2023 audit by the accounts office found.",)
    assert _when("The audit counted 17 contractors.", "17 contractors", earlier) == {
        "from": "2023-01-01",
        "to": "2023-12-31",
    }
