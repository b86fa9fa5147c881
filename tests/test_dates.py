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
