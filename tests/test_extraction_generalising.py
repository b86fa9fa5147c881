"""Kinds, values and quotes on sentences written for the rules, not taken from the corpus.

Each case is a general rule of English news reporting, tried on wording no
labelled article uses: (quote, kind, low, high) for every figure the rule
should record, and nothing else where a figure must be left out.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dossier.extractor import extract_claims
from dossier.model import Block, BlockRole, Source, SourceMeta, Span
from dossier.text import normalise


def _found(text: str) -> list[tuple[str, str, Decimal | None, Decimal | None]]:
    body = normalise(text)
    block = Block(role=BlockRole.PARAGRAPH, span=Span(start=0, end=len(body)))
    source = Source(
        id="s",
        path="s.txt",
        meta=SourceMeta(published=date(2025, 3, 1)),
        body=body,
        blocks=(block,),
        content_hash="h",
    )
    return [
        (c.quote, c.kind.value, c.value.low, c.value.high)
        for c in extract_claims(source)
        if c.kind.value != "event_date"
    ]


def _d(v: float | int | None) -> Decimal | None:
    return None if v is None else Decimal(str(v))


CASES: list[tuple[str, list[tuple[str, str, float | int | None, float | int | None]]]] = [
    # currencies named after the amount, money not a count
    (
        "The utility was fined 3.2 million kroner and paid 800,000 forints and 45,000 levs.",
        [
            ("3.2 million kroner", "money", 3200000, 3200000),
            ("800,000 forints", "money", 800000, 800000),
            ("45,000 levs", "money", 45000, 45000),
        ],
    ),
    (
        "Shares closed at 212.40 crowns after the board raised the payout to 4 crowns a share.",
        [("212.40 crowns", "money", 212.40, 212.40), ("4 crowns", "money", 4, 4)],
    ),
    # held in some kind of custody or detention, behind bars
    (
        "Police said 23 protesters remain in pre-trial detention and nine are behind bars.",
        [("23 protesters", "arrests", 23, 23), ("nine", "arrests", 9, 9)],
    ),
    # the main verb past a reduced relative
    (
        "Activists said 40 students detained at the border have not been heard from since.",
        [("40 students", "disappearances", 40, 40)],
    ),
    # a passive part of a group stays in the group
    (
        "The army killed 30 villagers, at least 12 of them were burned inside their homes.",
        [("30 villagers", "deaths", 30, 30), ("at least 12 of them", "deaths", 12, None)],
    ),
    # people driven from home, whatever the verb
    (
        "The floods have forced 85,000 residents out of their villages since March.",
        [("85,000 residents", "displaced", 85000, 85000)],
    ),
    (
        "Gang violence drove hundreds of thousands from their homes last year.",
        [("hundreds of thousands", "displaced", 200000, 999999)],
    ),
    # arrivals by sea and a reception centre's population
    (
        "The coastguard said 2,300 migrants arrived on the island by boat in June.",
        [("2,300 migrants", "displaced", 2300, 2300)],
    ),
    (
        "The reception centre, built for 500 people, is now holding 1,900.",
        [("500 people", "count", 500, 500), ("1,900", "displaced", 1900, 1900)],
    ),
    # injuries in a state, illness counted as patients
    (
        "After the blast 14 remained in critical condition, officials said.",
        [("14", "injuries", 14, 14)],
    ),
    (
        "Of the measles cases, 22 patients are in hospital, three of them in intensive care.",
        [("22 patients", "count", 22, 22), ("three of them", "count", 3, 3)],
    ),
    # a known set, a multiplier, how often
    ("The other four engines were inspected.", []),
    (
        "Inspectors called at the plant nine times last year and found three times as many faults.",
        [("nine times", "count", 9, 9)],
    ),
    # vote shares: a share of the vote, an earlier result set against one, not an opinion poll
    (
        "In the election the Greens' share of the vote topped 12%, climbing to 12.4% from 8.1%.",
        [
            ("12%", "vote_share", 12, None),
            ("12.4%", "vote_share", 12.4, 12.4),
            ("8.1%", "vote_share", 8.1, 8.1),
        ],
    ),
    (
        "A survey before the referendum found 38% of voters in favour and 52% against.",
        [("38% of voters", "percent", 38, 38), ("52%", "percent", 52, 52)],
    ),
    # vote counts with an adjective, a tally that rose, a difference in seats
    (
        "In the vote count, 41,220 postal votes were added and her tally climbed to 96,114.",
        [("41,220 postal votes", "votes", 41220, 41220), ("96,114", "votes", 96114, 96114)],
    ),
    (
        "The Liberals won 48 seats in the election, six fewer than in 2019.",
        [("48 seats", "count", 48, 48), ("six fewer", "count", 6, 6)],
    ),
    # a part of a set named by a noun
    (
        "The airline will cut 900 jobs; up to 350 of the posts will go in Madrid.",
        [("900 jobs", "count", 900, 900), ("up to 350 of the posts", "count", None, 350)],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_generalising_cases(text: str, want: list[tuple[str, str, object, object]]) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]  # type: ignore[arg-type]
    assert _found(text) == expected
