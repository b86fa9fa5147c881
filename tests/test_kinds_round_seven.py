"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Round seven: a group told by the places it comes from keeps its verb's kind past a
list of places ("residents of Brenna and two nearby hamlets were told to leave");
attackers are counted however their noun is spelt ("30 gunmen" as "30 attackers"),
except when they killed or wounded the people named after them: then the victims
are the claim ("five gunmen killed three guards"); "the victims" are those of the harm
just told ("Eleven of the victims were from the village" after a toll); people
admitted with injuries or overnight are the injured; a rate ("two people in every
10,000") counts nobody.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # the places a group comes from, joined by "and", do not hide the group's verb
    (
        "Officials said 2,500 residents of Marlow and two nearby hamlets were told to leave"
        " their homes.",
        [("2,500 residents", "displaced", 2500, 2500), ("two nearby hamlets", "count", 2, 2)],
    ),
    (
        "About 900 people from Tessin and the next village had fled by Sunday.",
        [("About 900 people", "displaced", 900, 900)],
    ),
    (
        "Some 600 villagers from Oku and Bamba were evacuated overnight.",
        [("Some 600 villagers", "displaced", 600, 600)],
    ),
    # where those places are does not hide it either
    (
        "Some 700 people from villages in the north were evacuated on Friday.",
        [("Some 700 people", "displaced", 700, 700)],
    ),
    (
        "Some 700 residents of towns in the north were told to leave their homes.",
        [("Some 700 residents", "displaced", 700, 700)],
    ),
    # a second group joined by "and" is not a place: its own noun, its own count
    (
        "Twelve nurses from the clinic and four doctors signed the letter.",
        [("Twelve nurses", "count", 12, 12), ("four doctors", "count", 4, 4)],
    ),
    # attackers are counted however their noun is spelt; when they killed or wounded
    # someone named after them, the victims are the claim and who did it is told of them
    (
        "Some 30 gunmen stormed the village before dawn.",
        [("Some 30 gunmen", "count", 30, 30)],
    ),
    (
        "Some 30 attackers stormed the village before dawn.",
        [("Some 30 attackers", "count", 30, 30)],
    ),
    (
        "Five gunmen killed three guards at the gate on Sunday.",
        [("three guards", "deaths", 3, 3)],
    ),
    (
        "Five attackers killed three guards at the gate on Sunday.",
        [("three guards", "deaths", 3, 3)],
    ),
    (
        "Four raiders wounded two guards before fleeing.",
        [("two guards", "injuries", 2, 2)],
    ),
    # acting otherwise, the group is counted
    (
        "Two union leaders held talks with the board.",
        [("Two union leaders", "count", 2, 2)],
    ),
    (
        "Eleven gunmen were killed in the fighting, the army said.",
        [("Eleven gunmen", "deaths", 11, 11)],
    ),
    # "the victims" are those of the harm just told, and a part of them takes its kind
    (
        "At least 41 people died in the floods. Nine of the victims were from Podul.",
        [("At least 41 people", "deaths", 41, None), ("Nine of the victims", "deaths", 9, 9)],
    ),
    (
        "The group put the toll at 63 and said it had the names of 58 of the victims.",
        [("63", "deaths", 63, 63), ("58 of the victims", "deaths", 58, 58)],
    ),
    # with no harm told before, the victims are a plain count
    (
        "Three of the victims spoke to reporters outside the court.",
        [("Three of the victims", "count", 3, 3)],
    ),
    # admitted with injuries told, or overnight, is admitted to hospital
    (
        "Some 60 people were admitted with burns after the blast.",
        [("Some 60 people", "injuries", 60, 60)],
    ),
    (
        "About 40 people were admitted overnight after the crash.",
        [("About 40 people", "injuries", 40, 40)],
    ),
    # admitting a charge, or being admitted to a school, is not
    ("Two men admitted, in court, that they had lied.", [("Two men", "count", 2, 2)]),
    (
        "Some 300 students were admitted, the university said.",
        [("Some 300 students", "count", 300, 300)],
    ),
    # a figure per so many, and the so many, make a rate, not counts
    ("Famine is declared when two people in every 10,000 die each day.", []),
    ("There is one doctor for every 5,000 residents in the province.", []),
    ("The clinic sees 12 patients per 1,000 residents.", []),
    # a place named after "every" is not a rate's base: the people are counted
    ("Three people in every household were ill.", [("Three people", "count", 3, 3)]),
    # a figure closing a clause ends it: the comma after a year is not part of the year
    (
        "Some 3,900 people crossed at the pass in 2025, roughly one every two hours.",
        [("Some 3,900 people", "displaced", 3900, 3900)],
    ),
    # people living in housing put up for them, or in centres that take them in
    (
        "Some 2,000 families still live in container homes a year after the quake.",
        [("Some 2,000 families", "displaced", 2000, 2000)],
    ),
    (
        "About 1,200 migrants are staying in reception centres on the island.",
        [("About 1,200 migrants", "displaced", 1200, 1200)],
    ),
    # a rate moved in basis points is counted; a lead in plain points is not
    (
        "The bank cut its main rate by 25 basis points to 4.5 per cent.",
        [("25 basis points", "count", 25, 25), ("4.5 per cent", "percent", 4.5, 4.5)],
    ),
    ("The party leads by 12 points in the poll.", []),
    # a person's own relatives stay who someone is, not a count
    ("She lost her father and two brothers in the war.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round_seven(text: str, want: Want) -> None:
    got = _found(text)
    assert got == [(q, k, _d(lo), _d(hi)) for q, k, lo, hi in want]
