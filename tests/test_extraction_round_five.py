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
