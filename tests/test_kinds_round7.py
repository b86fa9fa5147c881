"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Round 7 of the kinds:

- money in a currency no table knows, after a verb of saving, raising or losing, when the
  figure has a scale ("will save 4.1 billion dravs a year"); a shared currency name after
  a country's adjective the tables do not list ("20,000 Brellish crowns");
- "the number of people <what befell them> ... rose to N": the people's own predicate gives
  the kind, read as for a counted subject ("moved out of their villages": displaced).
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # money in a currency the tables do not know, after a verb of saving or raising
    (
        "The government says the reform will save 4.1 billion dravs a year by 2030.",
        [("4.1 billion dravs", "money", 4100000000, 4100000000)],
    ),
    (
        "The charity said its appeal had raised 12 million tolars in a week.",
        [("12 million tolars", "money", 12000000, 12000000)],
    ),
    (
        "The state carrier lost 2.3 billion vereks last year.",
        [("2.3 billion vereks", "money", 2300000000, 2300000000)],
    ),
    # not money: things counted after the same verbs
    (
        "The company lost 2 million customers last year.",
        [("2 million customers", "count", 2000000, 2000000)],
    ),
    ("Herders lost an estimated 3 million head of cattle in the drought.", []),
    (
        "The campaign raised 1.2 million doses for the clinics.",
        [("1.2 million doses", "count", 1200000, 1200000)],
    ),
    # a shared currency name after a country's adjective
    (
        "The ministry offered compensation of 20,000 Brellish crowns to each family.",
        [("20,000 Brellish crowns", "money", 20000, 20000)],
    ),
    (
        "A loaf of bread now costs 40 Kessian dinars.",
        [("40 Kessian dinars", "money", 40, 40)],
    ),
    # damage estimated in an ambiguous currency
    (
        "Officials estimated the damage at 90,000 marks.",
        [("90,000 marks", "money", 90000, 90000)],
    ),
    # "the number of people <predicate>": the predicate's kind
    (
        "The floods pushed the number of people moved out of their villages to more than "
        "12,000, officials said.",
        [("more than 12,000", "displaced", 12000, None)],
    ),
    (
        "The storm brought the number of residents ordered from their homes in the county "
        "to 7,500.",
        [("7,500", "displaced", 7500, 7500)],
    ),
    (
        "The number of people held in police cells since the protests rose to 340.",
        [("340", "arrests", 340, 340)],
    ),
    # the predicate says nothing of a kind
    ("The number of people living in the district fell to 40,000.", []),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_round_7_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
