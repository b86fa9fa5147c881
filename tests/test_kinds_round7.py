"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Round 7 of the kinds:

- money in a currency no table knows, after a verb of saving, raising or losing, when the
  figure has a scale ("will save 4.1 billion dravs a year"); a shared currency name after
  a country's adjective the tables do not list ("20,000 Brellish crowns");
- "the number of people <what befell them> ... rose to N": the people's own predicate gives
  the kind, read as for a counted subject ("moved out of their villages": displaced);
- "the evacuation of three more towns" counts towns: "more" stands for people only when no
  noun follows it ("detained 12 more");
- a source named inside a relative clause is read past ("41 people who, according to the
  commission, remain unaccounted for"), and "one of 41 people" still counts the 41;
- people entering a country are displaced in a passage about crossing a border, not in one
  about fans entering a ground;
- a count of people restated as a share of the vote, or followed past its share by how
  they voted, is votes ("1,204,551 people, or 52.3% of valid votes, backed it"); a share
  after the side of a referendum ("yes 63.2%", "no 61.7%") is a vote share, and "no" before
  a percentage is a side, not the label "No.";
- places joined by "and" to a place named after a preposition say where ("people from
  Doruk and three neighbouring villages"), not how many places; after a verb they are
  counted ("destroyed Palu and 12 nearby villages");
- a few doses or jabs are how a treatment is given ("children need two doses"), not a count
  of supplies ("50,000 doses");
- an aside saying who the people are (", aged 41 and 58,", ", both from the town,") is read
  past to their verb;
- a line of a box of figures ("- 17: people who have died of heat stroke") reads what the
  figure counts after the colon; a clock time ("18:25 - ...") is not such a line;
- a kind's noun moving between two figures ("road deaths fell from 618 in 2005 to 436",
  "serious injuries rose ..., from 5,980 to 6,410") gives both figures its kind, each a
  claim of its own; a noun after the figure counts that noun instead.
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
    # "more" before a noun: the noun is counted
    (
        "The fire forced the evacuation of three more towns overnight.",
        [("three more towns", "count", 3, 3)],
    ),
    ("Police detained 12 more overnight.", [("12 more", "arrests", 12, 12)]),
    ("Police arrested 15 more protesters overnight.", [("15 more protesters", "arrests", 15, 15)]),
    # a source inside a relative clause
    (
        "The commission listed 41 people who, according to its records, remain unaccounted for.",
        [("41 people", "disappearances", 41, 41)],
    ),
    (
        "Rights groups count 230 protesters who, the group says, were detained without charge.",
        [("230 protesters", "arrests", 230, 230)],
    ),
    (
        "The club has 3,000 members who, the chairman said, pay their fees on time.",
        [("3,000 members", "count", 3000, 3000)],
    ),
    # one of a counted group
    (
        "She was one of 12 people arrested at the march.",
        [("12 people", "arrests", 12, 12)],
    ),
    ("My brother is one of the missing.", []),
    # people entering a country, in a passage about crossing a border
    (
        "The number of people crossing into Dravia has doubled this month. Border guards said "
        "9,200 people entered the country in the week to Sunday.",
        [("9,200 people", "displaced", 9200, 9200)],
    ),
    (
        "Fans poured into the stadium before kick-off. Officials said 40,000 people entered "
        "the ground before the gates closed.",
        [("40,000 people", "count", 40000, 40000)],
    ),
    # people restated as a share of the vote
    (
        "The board said 1,204,551 people, or 52.3% of valid votes, had backed the proposal, "
        "against 1,098,120, or 47.7%, who voted no.",
        [
            ("1,204,551 people", "votes", 1204551, 1204551),
            ("52.3% of valid votes", "vote_share", 52.3, 52.3),
            ("1,098,120", "votes", 1098120, 1098120),
            ("47.7%", "vote_share", 47.7, 47.7),
        ],
    ),
    (
        "About 3,000 residents, or 12% of the town, have moved away since the mine closed.",
        [("About 3,000 residents", "count", 3000, 3000), ("12%", "percent", 12, 12)],
    ),
    # the sides of a referendum
    (
        "- Vetrany province: no 61.7%, turnout 52.2%",
        [("no 61.7%", "vote_share", 61.7, 61.7), ("52.2%", "percent", 52.2, 52.2)],
    ),
    (
        "- Hollin province: yes 58.9%, turnout 61.4%",
        [("yes 58.9%", "vote_share", 58.9, 58.9), ("61.4%", "percent", 61.4, 61.4)],
    ),
    (
        "A poll last week put yes at 48% and no at 52%.",
        [("48%", "percent", 48, 48), ("52%", "percent", 52, 52)],
    ),
    # places joined to a named place say where
    (
        "Officials said 4,150 people from Dorvik and three neighbouring villages had been "
        "evacuated.",
        [("4,150 people", "displaced", 4150, 4150)],
    ),
    (
        "Police detained 23 people in raids across Halmstad and two nearby districts.",
        [("23 people", "arrests", 23, 23)],
    ),
    ("The storm destroyed Palu and 12 nearby villages.", [("12 nearby villages", "count", 12, 12)]),
    # a few doses are a regimen
    ("Each adult receives two doses, given a month apart.", []),
    ("The clinic received 50,000 doses on Friday.", [("50,000 doses", "count", 50000, 50000)]),
    # an aside on who the people are
    (
        "Two volunteer firefighters, aged 41 and 58, were killed when their truck was overrun.",
        [("Two volunteer firefighters", "deaths", 2, 2)],
    ),
    (
        "Three men, aged between 19 and 24, were arrested at the scene.",
        [("Three men", "arrests", 3, 3)],
    ),
    (
        "Two teenagers, both from the town, were injured in the blast.",
        [("Two teenagers", "injuries", 2, 2)],
    ),
    # a box of figures
    (
        "- 17: people who have died of heat stroke since April 1, the ministry says",
        [("17: people", "deaths", 17, 17)],
    ),
    (
        "- 62: villages supplied by tanker trucks twice a week",
        [("62: villages", "count", 62, 62)],
    ),
    ("18:25 - The briefing has just finished.", []),
    # a kind's noun moving between two figures
    (
        "Road deaths fell from 618 in 2005 to 436 in 2014.",
        [("618", "deaths", 618, 618), ("436", "deaths", 436, 436)],
    ),
    (
        "Serious injuries rose by about 7% over the same period, from 5,980 to 6,410.",
        [
            ("about 7%", "percent", 7, 7),
            ("5,980", "injuries", 5980, 5980),
            ("6,410", "injuries", 6410, 6410),
        ],
    ),
    (
        "Arrests climbed from 212 to 340 over the weekend.",
        [("212", "arrests", 212, 212), ("340", "arrests", 340, 340)],
    ),
    ("Ticket prices rose from 40 to 52.", []),
    (
        "Deaths rose sharply in the north, spreading from Alva to 30 other towns.",
        [("30 other towns", "count", 30, 30)],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_round_7_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
