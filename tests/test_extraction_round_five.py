"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Round five: shares below zero, court vote splits, one person counted by an
ordinal, figures that refer back to a count named before, capacities.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # a share below zero: "minus 3%", "-0.4%"; a range of falls runs from the larger fall
    (
        "The bank now expects growth of between minus 1% and minus 2.5% next year.",
        [("between minus 1% and minus 2.5%", "percent", -2.5, -1)],
    ),
    (
        "Exports changed by -0.7% in March, after a forecast of 2-3%.",
        [("-0.7%", "percent", -0.7, -0.7), ("2-3%", "percent", 2, 3)],
    ),
    (
        "Inflation came in at minus two per cent.",
        [("minus two per cent", "percent", -2, -2)],
    ),
    # a sign before anything but a share is no claim; a hyphen after a figure is a range
    (
        "Overnight it fell to minus 8 degrees.",
        [],
    ),
    # a bench's split is two tallies, in figures or words
    (
        "The appeals court ruled 4-1 that the ban was lawful.",
        [("4", "votes", 4, 4), ("1", "votes", 1, 1)],
    ),
    (
        "The tribunal dismissed the claim by a vote of six to three.",
        [("six", "votes", 6, 6), ("three", "votes", 3, 3)],
    ),
    (
        "Justices were divided seven to two on the question.",
        [("seven", "votes", 7, 7), ("two", "votes", 2, 2)],
    ),
    # one person counted by what befell them; an ordinal tells them from others named before
    (
        "One woman drowned when the ferry capsized.",
        [("One woman", "deaths", 1, 1)],
    ),
    (
        "Three climbers reached the hut and a fourth man, thought to be a guide, is missing.",
        [("Three climbers", "count", 3, 3), ("a fourth man", "disappearances", 1, 1)],
    ),
    (
        "Officers said that a second teenager was arrested overnight.",
        [("a second teenager", "arrests", 1, 1)],
    ),
    # one person who only speaks, or "more than one", is not a count of one
    (
        "One man, whose brother was among the dead, told reporters he had warned them.",
        [],
    ),
    (
        "More than one woman was hurt in the crush.",
        [],
    ),
    # a figure that names a count again takes its kind, across a sentence too
    (
        "At least 62 people died in the floods. The official figure, released by the ministry"
        " on Friday, was 71.",
        [("At least 62 people", "deaths", 62, None), ("71", "deaths", 71, 71)],
    ),
    (
        "Police detained 35 fans before the match. By midnight that number had risen to 48.",
        [("35 fans", "arrests", 35, 35), ("48", "arrests", 48, 48)],
    ),
    # "the number of <noun> ..., from N in <year> to M": both are of the noun
    (
        "The yearly number of deaths on the roads has fallen, from 412 in 2015 to 298 last year.",
        [("412", "deaths", 412, 412), ("298", "deaths", 298, 298)],
    ),
    # "down slightly from a peak of N": the people counted, not the place they are in
    (
        "About 9,000 people were sheltering in 40 schools, down slightly from a peak of 12,500.",
        [
            ("About 9,000 people", "displaced", 9000, 9000),
            ("40 schools", "count", 40, 40),
            ("12,500", "displaced", 12500, 12500),
        ],
    ),
    # a day after a date is still a date's second day
    (
        "Voting ran from December 1 to 3, and 1,200 ballots were spoiled.",
        [("1,200 ballots", "count", 1200, 1200)],
    ),
    # a capacity told by what a place was made for is a count
    (
        "The arena, built to hold 1,200, was half empty.",
        [("1,200", "count", 1200, 1200)],
    ),
    (
        "The ward was designed for 40 and the ferry was built for speed.",
        [("40", "count", 40, 40)],
    ),
    # a score with no bench or vote is a game's; "50-50" is evenly
    (
        "The home side won 4-1 and the teams split 50-50 on the gate receipts.",
        [],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_round_five_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
