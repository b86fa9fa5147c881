"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Round ten:

- votes: a share written in brackets right after a tally of votes or ballots is that
  tally's share of the vote ("902,114 votes (41.2%)"); a bracketed change after a tally
  ("12% more than") and a bracketed share after anything else stay plain percentages;
- shares told as fractions: "nearly half of the wells", "about a fifth", "by a quarter",
  "three quarters of voters", and a bare fraction after a bound that opens a clause ("More
  than half were ..."), when the share is a whole or half percent; not a period ("the
  second half of the year"), a part of a place ("the lower half of the town"), a measure
  ("half a percentage point") or a part of a group just told ("half of them").
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # a share in brackets after a tally of votes or ballots
    (
        "- Northern Alliance: 902,114 votes (41.2%), 38 seats",
        [
            ("902,114 votes", "votes", 902114, 902114),
            ("41.2%", "vote_share", 41.2, 41.2),
            ("38 seats", "count", 38, 38),
        ],
    ),
    (
        "The mayor won 18,402 votes (54 percent) in the runoff against Dorne.",
        [("18,402 votes", "votes", 18402, 18402), ("54 percent", "vote_share", 54, 54)],
    ),
    (
        "Officials said 2.3 million ballots cast (nearly 48%) went to the opposition bloc.",
        [
            ("2.3 million ballots", "count", 2300000, 2300000),
            ("nearly 48%", "vote_share", 48, 48),
        ],
    ),
    (
        "The referendum passed with 640,000 votes (about 55%) in favour.",
        [("640,000 votes", "votes", 640000, 640000), ("about 55%", "vote_share", 55, 55)],
    ),
    # left alone: a change in brackets, a share of something else, a turnout
    (
        "The union counted 4,100 ballots (12% more than in 2019) in the election.",
        [("4,100 ballots", "count", 4100, 4100), ("12%", "percent", 12, 12)],
    ),
    (
        "The ministry received 1,200 complaints (38%) about the election.",
        [("1,200 complaints", "count", 1200, 1200), ("38%", "percent", 38, 38)],
    ),
    (
        "Turnout reached 61% (3.9 million ballots) in the election.",
        [("61%", "percent", 61, 61), ("3.9 million ballots", "count", 3900000, 3900000)],
    ),
    # shares told as fractions
    (
        "More than half were women and children, the agency said.",
        [("More than half", "percent", 50, None)],
    ),
    (
        "Officials said just over half of the wells had run dry.",
        [("just over half of the wells", "percent", 50, None)],
    ),
    (
        "About a fifth of the harvest was lost, the ministry said.",
        [("About a fifth", "percent", 20, 20)],
    ),
    (
        "The company cut its workforce by a quarter last year.",
        [("by a quarter", "percent", 25, 25)],
    ),
    (
        "Nearly three quarters of voters backed the plan.",
        [("Nearly three quarters of voters", "percent", 75, 75)],
    ),
    # left alone: periods, parts of places, measures, thirds, parts of a group just told
    ("Sales rose in the second half of the year.", []),
    ("The flood swept through the lower half of the town.", []),
    ("Profits fell in the first quarter.", []),
    ("The council said roughly a third of its staff had left.", []),
    (
        "Some 300 people died, half of them children.",
        [("Some 300 people", "deaths", 300, 300)],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_round_ten_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
