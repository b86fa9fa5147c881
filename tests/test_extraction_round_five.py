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
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_round_five_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
