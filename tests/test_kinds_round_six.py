"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Round six: people driven from home told by where they sleep or what they lost,
tolls and kinds named before a quoted figure, shares of a vote given after the
votes or after "drew" and "rejected ... by", parts of a group that keep its kind.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # people sleeping in public buildings, with a verb of sleeping or spending the night
    (
        "After the floods about 2,300 villagers were sleeping in churches and mosques.",
        [("about 2,300 villagers", "displaced", 2300, 2300)],
    ),
    (
        "Officials said 650 people spent Sunday night in gyms and a community centre.",
        [("650 people", "displaced", 650, 650)],
    ),
    (
        "Some 90 families bedded down in the town hall after the river burst its banks.",
        [("Some 90 families", "displaced", 90, 90)],
    ),
    # without such a verb a school holds pupils, not the displaced
    (
        "The district said 2,000 pupils are in schools that need new roofs.",
        [("2,000 pupils", "count", 2000, 2000)],
    ),
    # told to leave home, left without shelter, in need of shelter
    (
        "A further 1,500 residents were ordered to abandon their villages on Friday.",
        [("1,500 residents", "displaced", 1500, 1500)],
    ),
    (
        "The storm meant 800 households lost their houses in a single night.",
        [("800 households", "displaced", 800, 800)],
    ),
    (
        "Engineers warned that 12,000 people would need emergency housing before winter.",
        [("12,000 people", "displaced", 12000, 12000)],
    ),
    # "the number" with the kind's participle right after it
    (
        "By Tuesday the number evacuated from the coast had risen to 7,400.",
        [("7,400", "displaced", 7400, 7400)],
    ),
    (
        "Police put the number detained at 96 after the march.",
        [("96", "arrests", 96, 96)],
    ),
    # a figure quoted after the verb or the toll keeps the verb's kind
    (
        'The ministry said its strike had killed "at least 14 fighters" near the pass.',
        [("at least 14 fighters", "deaths", 14, None)],
    ),
    (
        'The governor insisted the toll was "below 200" across the province.',
        [("below 200", "deaths", None, 200)],
    ),
    # a share of the vote after the votes, after "drew", after "rejected ... by"
    (
        "In the election Okafor received 61,220 votes, or 52.1%, to 54,090 for Lind, or 46.0%.",
        [
            ("61,220 votes", "votes", 61220, 61220),
            ("52.1%", "vote_share", 52.1, 52.1),
            ("54,090", "votes", 54090, 54090),
            ("46.0%", "vote_share", 46.0, 46.0),
        ],
    ),
    (
        "The Green candidate drew 7 percent of voters' support in the mayoral election.",
        [("7 percent", "vote_share", 7, 7)],
    ),
    (
        "Nurses rejected the pay deal by 83% in a ballot that closed on Monday.",
        [("83%", "vote_share", 83, 83)],
    ),
    (
        "The commission put the governor's share at about 44% in the runoff.",
        [("about 44%", "vote_share", 44, 44)],
    ),
    # a change by a share is not a vote, even in a sentence that names one
    (
        "The council voted to approve a levy that raises water bills by 3.5%.",
        [("3.5%", "percent", 3.5, 3.5)],
    ),
    # the part of a plain count told by its wounds is injured
    (
        "Nine climbers were brought down from the ridge, three of them with head injuries.",
        [("Nine climbers", "count", 9, 9), ("three of them", "injuries", 3, 3)],
    ),
    # parts listed after a total of the held are held too
    (
        "Lawyers put the number held at 120, including nine minors and two doctors.",
        [
            ("120", "arrests", 120, 120),
            ("nine minors", "arrests", 9, 9),
            ("two doctors", "arrests", 2, 2),
        ],
    ),
    # the second of two ages, an age after "the youngest of them", a phone number: no claims
    (
        "Officers questioned two women, aged 34 and 41, about the fire.",
        [("two women", "count", 2, 2)],
    ),
    (
        "The crew included six cadets, the youngest of them 17.",
        [("six cadets", "count", 6, 6)],
    ),
    ("Anyone with information can call 0800 555 0199 at any time.", []),
    # a change in points, then a level in percent, are two figures, not a range
    (
        "The bank cut its deposit rate by 0.75 percentage points to 3.25%.",
        [("0.75 percentage points", "percent", 0.75, 0.75), ("3.25%", "percent", 3.25, 3.25)],
    ),
    # a scale joined by a hyphen
    (
        "The province signed a $2.6-billion deal for new trains.",
        [("$2.6-billion", "money", 2600000000, 2600000000)],
    ),
    # a unit paid in once is a currency for the rest of the passage
    (
        "A litre of milk costs 14 dobras, up from 9 dobras in spring.",
        [("14 dobras", "money", 14, 14), ("9 dobras", "money", 9, 9)],
    ),
    (
        "The drought cost the state 3 billion lakas in lost harvests.",
        [("3 billion lakas", "money", 3000000000, 3000000000)],
    ),
    # an ordinal death sets the toll; an ordinal victim may not be the last counted
    (
        "Health officials confirmed the outbreak's third death on Monday.",
        [("third death", "deaths", 3, 3)],
    ),
    # people under a name their source gives them, in quotes
    (
        'The army said 45 "foreign mercenaries" were killed in the assault.',
        [('45 "foreign mercenaries"', "deaths", 45, 45)],
    ),
    (
        "She said at least six of his former colleagues had died of cancer since 2015.",
        [("at least six of his former colleagues", "deaths", 6, None)],
    ),
    # a part in a condition, with no verb of its own
    (
        "Rescuers pulled 14 injured hikers off the slope, two in critical condition.",
        [("14 injured hikers", "injuries", 14, 14), ("two", "injuries", 2, 2)],
    ),
    (
        "Paramedics said 23 were rushed to hospitals across the county.",
        [("23", "injuries", 23, 23)],
    ),
    # a caseload is a count, not injuries
    (
        "The field clinic was treating about 250 patients a day before it closed.",
        [("about 250 patients", "count", 250, 250)],
    ),
    # one person told by their age or by what they do
    (
        "Detectives said a 19-year-old woman had been arrested at the airport.",
        [("a 19-year-old woman", "arrests", 1, 1)],
    ),
    (
        "One cyclist was injured when the barrier collapsed.",
        [("One cyclist", "injuries", 1, 1)],
    ),
    # never found, never recovered: the missing
    (
        "The bodies of nine of the crew were never recovered.",
        [("nine of the crew", "disappearances", 9, 9)],
    ),
    (
        "Twenty climbers, most of them students on a university expedition, were never found.",
        [("Twenty climbers", "disappearances", 20, 20)],
    ),
    # a second verb in the relative clause tells what became of them
    (
        "Witnesses named 31 men who were stopped at a checkpoint and have not been seen since.",
        [("31 men", "disappearances", 31, 31)],
    ),
    (
        "Medics counted 12 people who were caught in the blast and later died.",
        [("12 people", "deaths", 12, 12)],
    ),
    # names on a list of the missing or the dead
    (
        "Families of the missing doubt the official count. Their own list has 58 names.",
        [("58 names", "disappearances", 58, 58)],
    ),
    # a figure after a word for a figure is no place: its parts take its kind
    (
        "The agency put the toll at 19 deaths, five of them children.",
        [("19 deaths", "deaths", 19, 19), ("five of them children", "deaths", 5, 5)],
    ),
    # a participle after a determiner is an adjective, not the group's verb
    (
        "Hundreds of supporters of the detained mayor gathered outside the court.",
        [("Hundreds of supporters", "count", 200, 999)],
    ),
    # a figure restated in other terms, a total said to include a part
    (
        "The council said 420 families had been made homeless, or about 1,700 people.",
        [("420 families", "displaced", 420, 420), ("about 1,700 people", "displaced", 1700, 1700)],
    ),
    (
        "Medics put the number of dead at 88, but that includes 12 gunmen.",
        [("88", "deaths", 88, 88), ("12 gunmen", "deaths", 12, 12)],
    ),
    # "N more" closing a clause joined to a figure of a kind
    (
        "Monitors confirmed the killing of 15 villagers and were investigating reports of 30 more.",
        [("15 villagers", "deaths", 15, 15), ("30 more", "deaths", 30, 30)],
    ),
    # the rest of a group still searched for is missing; new people searched for are not
    (
        "Divers rescued six sailors, and the search for the remaining four resumed at dawn.",
        [("six sailors", "count", 6, 6), ("the remaining four", "disappearances", 4, 4)],
    ),
    (
        "Police are searching for three suspects.",
        [("three suspects", "count", 3, 3)],
    ),
    # one among a group is who someone is, not a count
    ("Her brother is one of the missing, she said.", []),
    # a sentence passed on people is not their arrest
    (
        "A court jailed 16 protesters for ten days on Monday.",
        [("16 protesters", "count", 16, 16)],
    ),
    # people staying in a shelter named before them; a source between people and their verb
    (
        "Volunteers set up a shelter in the parish hall, where 85 residents spent the night.",
        [("85 residents", "displaced", 85, 85)],
    ),
    (
        "Donors sent tents for the 6,000 people officials say were left homeless by the quake.",
        [("6,000 people", "displaced", 6000, 6000)],
    ),
    # "one of" picks one among a group; it counts nothing
    (
        "Six miners were rescued, and every one of them was treated on site.",
        [("Six miners", "count", 6, 6)],
    ),
    # a figure a speaker gives in digits is a claim; one in words mostly talk
    (
        '"We have inspected 212 bridges this year," the minister said.',
        [("212 bridges", "count", 212, 212)],
    ),
    (
        '"The alternative was closing three clinics," the mayor said.',
        [],
    ),
    # people named past adverbs, adjectives and "and"
    (
        "The charity fed 640 severely malnourished children and 35 trawlermen.",
        [
            ("640 severely malnourished children", "count", 640, 640),
            ("35 trawlermen", "count", 35, 35),
        ],
    ),
    (
        "The airport employs some 900 cleaning and catering staff.",
        [("some 900 cleaning and catering staff", "count", 900, 900)],
    ),
    # an ordinal counted over a period implies a count; which one, not how many, otherwise
    (
        "The port closed on Friday, its third closure since the spring.",
        [("third closure", "count", 3, 3)],
    ),
    (
        "It was the fifth chemical leak at the site since 2019.",
        [("fifth chemical leak", "count", 5, 5)],
    ),
    ("The firm will open a second warehouse in March.", []),
    ("Prices are down by about a third since January.", []),
    # two counted groups joined before one verb share it
    (
        "Police said 14 students and two teachers were detained at the gate.",
        [("14 students", "arrests", 14, 14), ("two teachers", "arrests", 2, 2)],
    ),
    # the second side of a tally after a share; members who cast ballots are votes
    (
        "In the vote, Ruiz won 8,410 votes, or 54%, to 7,164 for Hale.",
        [
            ("8,410 votes", "votes", 8410, 8410),
            ("54%", "vote_share", 54, 54),
            ("7,164", "votes", 7164, 7164),
        ],
    ),
    (
        "The union said 640 of the 702 members who cast ballots backed the strike.",
        [("640", "votes", 640, 640), ("702 members", "votes", 702, 702)],
    ),
    # a lead in points is a share where a poll or a vote is told of, not in a game
    (
        "A new poll puts the mayor six points ahead of her rival.",
        [("six points", "percent", 6, 6)],
    ),
    ("The visitors were six points ahead at the break.", []),
    # crew members, staff members: one group of people
    (
        "Nine crew members are still unaccounted for.",
        [("Nine crew members", "disappearances", 9, 9)],
    ),
    # a verb done to people before a bare figure is that verb's, not the earlier kind
    (
        "Police arrested 23 people and charged seven.",
        [("23 people", "arrests", 23, 23), ("seven", "count", 7, 7)],
    ),
    # a share won in a round of voting
    (
        "The far-right candidate secured 31.2% in the first round.",
        [("31.2%", "vote_share", 31.2, 31.2)],
    ),
    # told to leave as a precaution; in need of shelter; left a settlement
    (
        "About 900 villagers were told to leave as a precaution.",
        [("About 900 villagers", "displaced", 900, 900)],
    ),
    (
        "Aid workers counted 4,500 people in need of shelter.",
        [("4,500 people", "displaced", 4500, 4500)],
    ),
    (
        "Dozens of families have left the settlement since the shelling began.",
        [("Dozens of families", "displaced", 24, 99)],
    ),
    # a communiqué's word for killing; an active "disappeared"; a demonym before the kind
    (
        "The army said it had neutralised 14 insurgents near the border.",
        [("14 insurgents", "deaths", 14, 14)],
    ),
    (
        "Rights groups say the militia disappeared at least 300 people in two years.",
        [("at least 300 people", "disappearances", 300, None)],
    ),
    (
        "The agency has registered 48,000 Sudanese refugees this year.",
        [("48,000 Sudanese refugees", "displaced", 48000, 48000)],
    ),
    # a figure another source gives for the same count, or a figure revised
    (
        "The ministry reported 40 deaths, while church leaders gave a figure of 112.",
        [("40 deaths", "deaths", 40, 40), ("112", "deaths", 112, 112)],
    ),
    (
        "Officials first reported 9 deaths, a figure revised to 13 on Monday.",
        [("9 deaths", "deaths", 9, 9), ("13", "deaths", 13, 13)],
    ),
    # a part of a group named only by its kind; a part of a whole told by "who"
    (
        "Of the injured, 14 were firefighters.",
        [("14", "injuries", 14, 14)],
    ),
    (
        "Records show that 30 of the 41 who drowned were children.",
        [("30", "deaths", 30, 30), ("41", "deaths", 41, 41)],
    ),
    # an age after "the youngest" and a name set off by commas
    ("The youngest, Amira Sato, was 9.", []),
    # patients are the sick in an outbreak, the injured after a blast
    (
        "In the cholera outbreak, clinics have treated 310 patients since May.",
        [("310 patients", "count", 310, 310)],
    ),
    (
        "After the blast, 18 patients were in a critical condition with burns.",
        [("18 patients", "injuries", 18, 18)],
    ),
    # a proportion is a share when it is a whole or half percent
    (
        "Only one in four buses is running, the operator said.",
        [("one in four", "percent", 25, 25)],
    ),
    (
        "Roughly seven in ten of the homes were damaged.",
        [("Roughly seven in ten of the homes", "percent", 70, 70)],
    ),
    ("One resident in three has left.", []),
    # votes told by "voted to", "voting N to M", and people named between subject and verb
    (
        "Seven members voted to keep the rate and two voted for a cut.",
        [("Seven members", "votes", 7, 7), ("two", "votes", 2, 2)],
    ),
    (
        "The motion passed with councillors voting 22 to 17.",
        [("22", "votes", 22, 22), ("17", "votes", 17, 17)],
    ),
    (
        "Three of its own deputies, Ana Ruiz, Tom Bell and Li Wei, voted against the bill.",
        [("Three of its own deputies", "votes", 3, 3)],
    ),
    # a share set off by dashes after the votes; a second party's share "at"
    (
        "In the vote the Greens won 80,112 votes, or 21.4 per cent, against 75,020 — 20.1 per "
        "cent — for Labour.",
        [
            ("80,112 votes", "votes", 80112, 80112),
            ("21.4 per cent", "vote_share", 21.4, 21.4),
            ("75,020", "votes", 75020, 75020),
            ("20.1 per cent", "vote_share", 20.1, 20.1),
        ],
    ),
    # a part of a whole with no article
    (
        "The coalition won 41 of 80 seats.",
        [("41 of 80 seats", "count", 41, 41)],
    ),
    # a range of days before a month is a date; a rate per so many is no count
    ("The summit will be held on 14-15 October.", []),
    (
        "The rate rose to 2.3 accidents per million flights, from 1.8 a year earlier.",
        [],
    ),
    # a person's own children; a rank among a group
    ("He fled with his wife and four children.", []),
    ("The country's two largest parties refused to join.", []),
    # an adverb between the auxiliary and the verb
    (
        "The report says 640 people were arbitrarily detained last year.",
        [("640 people", "arrests", 640, 640)],
    ),
    # arrivals told with a period or a crossing point
    (
        "Some 12,000 people have arrived in Goma since the fighting began.",
        [("Some 12,000 people", "displaced", 12000, 12000)],
    ),
    ("About 300 fans arrived in Lisbon on Friday.", [("About 300 fans", "count", 300, 300)]),
    # a group joined by one person shares the verb; a part of a group among those held
    (
        "Officials said 12 miners and one engineer were killed in the collapse.",
        [("12 miners", "deaths", 12, 12), ("one engineer", "deaths", 1, 1)],
    ),
    (
        "The union said three of its stewards were among those arrested.",
        [("three of its stewards", "arrests", 3, 3)],
    ),
    # objects listed after an active verb of a kind
    (
        "Police detained the mayor, Ana Costa, and four aides on Monday.",
        [("four aides", "arrests", 4, 4)],
    ),
    # cases in a passage about enforced disappearances are cases of them
    (
        "Enforced disappearances have become more common. The group recorded 140 cases in "
        "2022 and 210 in 2023.",
        [("140 cases", "disappearances", 140, 140), ("210", "disappearances", 210, 210)],
    ),
    (
        "The court heard 140 cases in 2022 and 210 in 2023.",
        [("140 cases", "count", 140, 140), ("210", "count", 210, 210)],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_round_six_cases(text: str, want: Want) -> None:
    expected = [(q, kind, _d(lo), _d(hi)) for q, kind, lo, hi in want]
    assert _found(text) == expected
