"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Each case is one rule (who is displaced, injured, arrested or only counted;
what is an age, a reference or a family, not a claim), tried on wording no
labelled article uses, with a variant or two.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # "excess" deaths are deaths
    (
        "Statisticians counted 1,120 excess deaths during the cold snap.",
        [("1,120 excess deaths", "deaths", 1120, 1120)],
    ),
    # the remains of people are the dead
    (
        "Divers have recovered the remains of at least 14 fishermen.",
        [("at least 14 fishermen", "deaths", 14, None)],
    ),
    # people in a shelter: a figure in the shelter phrase, a relative clause first, nights away
    (
        "By Monday about 900 were still staying in 12 evacuation centres.",
        [("about 900", "displaced", 900, 900), ("12 evacuation centres", "count", 12, 12)],
    ),
    (
        "Around 450 residents whose flats were flooded spent another night in emergency shelters.",
        [("Around 450 residents", "displaced", 450, 450)],
    ),
    # a long place phrase between subject and verb: "from 30 villages north of the river"
    (
        "Some 5,000 people from villages north of the river were evacuated on Sunday.",
        [("Some 5,000 people", "displaced", 5000, 5000)],
    ),
    (
        "The storm killed 40 people on the coast and left thousands of families homeless.",
        [("40 people", "deaths", 40, 40), ("thousands of families", "displaced", 2000, 9999)],
    ),
    # a name before people ("three Acme employees") does not make them things
    (
        "Investigators arrested four Norvale engineers on Thursday.",
        [("four Norvale engineers", "arrests", 4, 4)],
    ),
    # people taking part in a march are a crowd count
    ("Organisers said 12,000 took part in the march.", [("12,000", "count", 12000, 12000)]),
    # relatives of one person are not a claim; animals hurt are counted things
    ("The farmer lost his wife and three sons in the fire.", []),
    ("Two police dogs were also injured.", [("Two police dogs", "count", 2, 2)]),
    # a reference or extension number is a label
    ("Witnesses should call the incident line quoting reference 2291.", []),
    # remanded people are counted, not arrests; people facing charges too
    (
        "Seven more were remanded in custody until next month.",
        [("Seven more", "count", 7, 7)],
    ),
    (
        "Officials said dozens of people detained at the rally will face criminal charges.",
        [("dozens of people", "count", 24, 99)],
    ),
    # treated and taken to hospital: injuries; treated or admitted for illness: a count
    (
        "Medics treated 15 spectators at the ground and took three to the General Hospital.",
        [("15 spectators", "injuries", 15, 15), ("three", "injuries", 3, 3)],
    ),
    (
        "Volunteers treated 60 pilgrims for heatstroke near the shrine.",
        [("60 pilgrims", "count", 60, 60)],
    ),
    (
        "About 700 people were admitted to hospital with respiratory symptoms.",
        [("About 700 people", "count", 700, 700)],
    ),
    # a group described after a comma by its wounds is injured, unless it was rescued
    (
        "Nurses said 18 workers had been brought in overnight, most with burns.",
        [("18 workers", "injuries", 18, 18)],
    ),
    (
        "Firefighters pulled nine tenants out alive, several with burns.",
        [("nine tenants", "count", 9, 9)],
    ),
    # a part of the group the previous sentence counted ("Of those, 31 were children")
    (
        "The team recovered the remains of at least 40 people. Of those, 12 were women.",
        [("at least 40 people", "deaths", 40, None), ("12", "deaths", 12, 12)],
    ),
    # the rest of a group counted before is a count of its own
    (
        "Prosecutors charged nine guards in May. The trial of the remaining eight is due in June.",
        [("nine guards", "count", 9, 9), ("the remaining eight", "count", 8, 8)],
    ),
    (
        "Crews reached 30 climbers on Sunday; the other 14 were still on the ridge.",
        [("30 climbers", "count", 30, 30), ("the other 14", "count", 14, 14)],
    ),
    # ages: of a person after a comma, of a group after its verb
    ("Her grandfather, now 93, still farms the land.", []),
    (
        "The union named 20 pupils who were detained. Six of them are under 16.",
        [("20 pupils", "arrests", 20, 20), ("Six of them", "arrests", 6, 6)],
    ),
    # the central value of a range is the same kind of figure
    (
        "The model put the toll at between 900 and 1,500, with a best estimate of 1,200.",
        [
            ("between 900 and 1,500", "deaths", 900, 1500),
            ("a best estimate of 1,200", "deaths", 1200, 1200),
        ],
    ),
    # a party's share moved to a figure is its vote share; a poll's figure is a percentage
    (
        "At the general election the Greens doubled their share to 14.2%, from 6.1% in 2021.",
        [("14.2%", "vote_share", 14.2, 14.2), ("6.1%", "vote_share", 6.1, 6.1)],
    ),
    (
        "The final Orbis poll, published before the election, put the Liberals on 33%.",
        [("33%", "percent", 33, 33)],
    ),
    # a figure quoted on its own is not speech; a vague one is a disputed guess
    (
        'The council will seek "at least 35" banning orders, citing "several hundred" breaches.',
        [('at least 35" banning orders', "count", 35, None)],
    ),
    # people the police took away are arrests
    (
        "Witnesses said soldiers had taken six of them to an army base.",
        [("six of them", "arrests", 6, 6)],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_round_four_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
