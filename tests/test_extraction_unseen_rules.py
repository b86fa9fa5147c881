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
    # money in a currency the tables do not know, told by paying, a gloss or its purpose
    (
        "A litre of fuel now costs 4,200 zorins, and the state set aside 90 million zorins, "
        "roughly $3 million, in relief.",
        [
            ("4,200 zorins", "money", 4200, 4200),
            ("90 million zorins", "money", 90000000, 90000000),
            ("roughly $3 million", "money", 3000000, 3000000),
        ],
    ),
    (
        "Judges imposed fines of up to 8,000 pelos and 12 cases ended in acquittals.",
        [("up to 8,000 pelos", "money", None, 8000), ("12 cases", "count", 12, 12)],
    ),
    # turnout and an earlier turnout are percentages; a share "of those cast" is a vote share
    (
        "In the mayoral election turnout was 38.5%, up from 33.1% in 2020.",
        [("38.5%", "percent", 38.5, 38.5), ("33.1%", "percent", 33.1, 33.1)],
    ),
    (
        "The mayor was re-elected with 14,210 votes, or 61.7% of all those voting.",
        [("14,210 votes", "votes", 14210, 14210), ("61.7%", "vote_share", 61.7, 61.7)],
    ),
    # the dead listed after "among the deceased"; a projection of a figure named before
    (
        "Among the deceased were three nurses and a driver.",
        [("three nurses", "deaths", 3, 3)],
    ),
    (
        "The storm has left 4,000 people homeless. Officials say the total may rise to 6,500.",
        [("4,000 people", "displaced", 4000, 4000), ("6,500", "displaced", 6500, 6500)],
    ),
    # things detained are not arrests; seasons are a span of time
    (
        "Customs officers have seized 12 cargo ships and detained 40 shipping containers.",
        [("12 cargo ships", "count", 12, 12), ("40 shipping containers", "count", 40, 40)],
    ),
    ("Two dry seasons ruined the harvest.", []),
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
