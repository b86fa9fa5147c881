"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Each case states one rule (what news says of people missing, displaced, killed;
what is a measurement, not a count) in wording no labelled article uses.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # missing: modals, "believed to be", not located, listed as missing, trapped under rubble
    (
        "Coastguards said up to 19 divers might be unaccounted for after the storm.",
        [("up to 19 divers", "disappearances", None, 19)],
    ),
    (
        "Rescuers fear that about 80 people are thought to be buried under the rubble.",
        [("about 80 people", "disappearances", 80, 80)],
    ),
    (
        "Four hikers had still not been found by Sunday night.",
        [("Four hikers", "disappearances", 4, 4)],
    ),
    (
        "A further 212 are officially listed as missing.",
        [("212", "disappearances", 212, 212)],
    ),
    # a part of the subject told in an aside before the verb
    (
        "Nine villagers, three of them elderly, have yet to be accounted for.",
        [("Nine villagers", "disappearances", 9, 9), ("three of them", "disappearances", 3, 3)],
    ),
    # deaths through a modal; a quoted figure before its verb
    (
        "Health officials estimate that 2,300 residents could have died of the heat.",
        [("2,300 residents", "deaths", 2300, 2300)],
    ),
    (
        'The governor insisted that "no more than 40 prisoners" had died in the riot.',
        [("no more than 40 prisoners", "deaths", None, 40)],
    ),
    # a part of a whole counted by a kind's noun is of that kind
    (
        "Investigators have linked 14 of those killings to a single unit.",
        [("14 of those killings", "deaths", 14, 14)],
    ),
    (
        "Lawyers have challenged at least 60 such arrests in court.",
        [("at least 60 such arrests", "arrests", 60, None)],
    ),
    ("Coroners recorded 31 suicides in the jail.", [("31 suicides", "deaths", 31, 31)]),
    # the main verb past a reduced relative phrase
    (
        "Five officials accused of taking bribes were detained on Friday.",
        [("Five officials", "arrests", 5, 5)],
    ),
    # displaced: arriving at a border, staying with relatives, registered at a shelter
    (
        "Around 900 families are crossing the border each day.",
        [("Around 900 families", "displaced", 900, 900)],
    ),
    (
        "Some 2,000 residents were sheltering with relatives, officials said.",
        [("Some 2,000 residents", "displaced", 2000, 2000)],
    ),
    (
        "By Friday 315 people had registered at the three emergency shelters.",
        [("315 people", "displaced", 315, 315)],
    ),
    ("Dozens more were camping in tents near the school.", [("Dozens more", "displaced", 24, 99)]),
    # "more" standing for people is quoted with the figure
    (
        "Troops detained 30 students and 15 more were arrested later.",
        [("30 students", "arrests", 30, 30), ("15 more", "arrests", 15, 15)],
    ),
    # vague amounts
    (
        "Only a handful of residents were injured, but scores of homes burned.",
        [("a handful of residents", "injuries", 3, 9), ("scores of homes", "count", 40, 199)],
    ),
    # harm suffered; casualties brought to hospital are the wounded
    (
        "Seven spectators suffered minor cuts and two stewards sustained concussions.",
        [("Seven spectators", "injuries", 7, 7), ("two stewards", "injuries", 2, 2)],
    ),
    (
        "The field clinic admitted more than 40 casualties overnight.",
        [("more than 40 casualties", "injuries", 40, None)],
    ),
    # measurements are not counts
    (
        "The blaze scorched 12,000 acres and 5,000 hectares of pasture and destroyed 40 homes.",
        [("40 homes", "count", 40, 40)],
    ),
    ("The port handled 3.1 million tonnes of wheat and 200,000 barrels of diesel.", []),
    ("Exports reached 900,000 barrels per day.", [("900,000 barrels per day", "count", 9e5, 9e5)]),
    # an age after people is not a figure of its own
    (
        "At least 300 people have died, many of them adults over 70.",
        [("At least 300 people", "deaths", 300, None)],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_rule_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
