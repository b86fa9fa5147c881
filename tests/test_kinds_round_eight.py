"""Kinds, values and quotes for general rules of news reporting, on sentences written here.

Round eight:

- parts and wholes: a small set an owner is made of stays in the part's quote ("six of its
  41 depots"), a large whole is a figure of its own; a whole followed by the part's own
  verb and object only names the set; a group named first ("Of the 64 aid convoys that
  asked, only 19 ...") is a figure, and so is its part; a part named by its kind takes its
  own verb ("three of the injured died"); a sentence telling who some of the people just
  counted were ("Four were children") is a part of that group;
- deaths and injuries: a kind's noun with the figure it stands at ("put the dead at 29");
  verbs of killing or wounding whatever the victims are called, quoted or not; people
  buried by others, but not the funeral of a group told before; "killed all 157 people";
  "230 drowning deaths"; "crushed to death"; "left 12 people in hospital"; "had gunshot
  wounds"; one more victim told with "a";
- missing, arrested and displaced: listed "as missing"; searched for, or whose fate is
  unknown; reported lost; handcuffed or taken away by the police; unable to return home;
  moved to a place of refuge, housed in hotels, left without shelter; still living where a
  camp is; a line of findings opening with people in temporary housing; "a displaced
  population of 200,000"; adverbs of any spelling inside a verb group; nations named in the
  plural ("uprooted 12 million Syrians") and asylum seekers;
- votes: ballots cast and abstentions promised; the sides of a division under their
  headings; a chamber's tally after what it passed; sides past the word for who voted;
  shares reached or cleared, and shares each under a figure;
- values and measures: "or so"; "a few hundred" read like "hundreds"; a fraction of a
  person is a mean; phases, shifts and reasons are not figures; floors and laps measure;
  points named by what is done there are places; money in cents or pence is in units of
  its currency; a bare price of a share where the passage tells its currency; "the top 10
  companies" is a rank.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_generalising import _d, _found

Want = list[tuple[str, str, float | int | None, float | int | None]]

CASES: list[tuple[str, Want]] = [
    # the small set a part is taken from only says which set: one claim, quoted whole
    (
        "Inspectors found faults at 14 of the region's 60 pumping stations.",
        [("14 of the region's 60 pumping stations", "count", 14, 14)],
    ),
    (
        "The chain will shut nine of its 120 branches next year.",
        [("nine of its 120 branches", "count", 9, 9)],
    ),
    # a large whole is a population of its own, told beside the part
    (
        "The union represents about 3,100 of the airline's 4,800 pilots.",
        [("about 3,100", "count", 3100, 3100), ("4,800 pilots", "count", 4800, 4800)],
    ),
    # a whole told with a verb of its own stays a figure of its own, however small
    (
        "Engineers found cracks in 12 of the city's 40 bridges listed as unsafe.",
        [("12", "count", 12, 12), ("40 bridges", "count", 40, 40)],
    ),
    # a kind's noun with the figure it stands at
    (
        "The morning bulletin put the dead at 31 and the missing at 18.",
        [("31", "deaths", 31, 31), ("18", "disappearances", 18, 18)],
    ),
    ("Injuries now stand at 340, the ministry said.", [("340", "injuries", 340, 340)]),
    (
        "Over the decade births totalled 400,000 while deaths reached roughly 520,000.",
        [("roughly 520,000", "deaths", 520000, 520000)],
    ),
    ("Arrests rose to 95 by the evening.", [("95", "arrests", 95, 95)]),
    # not where the figure counts places, nor a rate
    (
        "Volunteers visited the injured at 12 hospitals.",
        [("12 hospitals", "count", 12, 12)],
    ),
    # a verb of killing or wounding counts people whatever their noun
    (
        "The collapse killed 27 scavengers searching the tip.",
        [("27 scavengers", "deaths", 27, 27)],
    ),
    (
        "The blast killed nine stallholders and wounded 40 shoppers.",
        [("nine stallholders", "deaths", 9, 9), ("40 shoppers", "injuries", 40, 40)],
    ),
    (
        'The militia claimed it had killed "more than 60 infidels".',
        [("more than 60 infidels", "deaths", 60, None)],
    ),
    # quoted on its own, the verb still says what happened
    (
        'The army said it had "neutralised" 14 insurgents near the border.',
        [("14 insurgents", "deaths", 14, 14)],
    ),
    # animals killed are a count of animals
    ("The drought killed 5,000 cattle.", [("5,000 cattle", "count", 5000, 5000)]),
    # people listed or registered as in a state are of that state's kind
    (
        "The county listed 26 residents as missing after the mudslide.",
        [("26 residents", "disappearances", 26, 26)],
    ),
    (
        "Officials have registered 1,400 people as displaced.",
        [("1,400 people", "displaced", 1400, 1400)],
    ),
    # hired as something is no state of that kind
    ("The port hired 40 people as guards.", [("40 people", "count", 40, 40)]),
    # an adverb of any spelling, or "in fact", between the auxiliary and the verb
    (
        "Some 12,000 people had been pre-emptively evacuated from the coast.",
        [("Some 12,000 people", "displaced", 12000, 12000)],
    ),
    (
        "Lawyers said 60 students had in fact been detained.",
        [("60 students", "arrests", 60, 60)],
    ),
    # a compound adjective before the kind's noun
    (
        "Hospitals reported 74 heat-related deaths last week.",
        [("74 heat-related deaths", "deaths", 74, 74)],
    ),
    # ... but a rate, or a mean, counts nobody
    ("The mine recorded 1.4 lost-time injuries per million hours.", []),
    # people kept from home
    (
        "About 90 families were still unable to return to their flats on Friday.",
        [("About 90 families", "displaced", 90, 90)],
    ),
    # a ballot cast, an abstention promised
    (
        "Altogether 8,400 members cast a vote in the ballot.",
        [("8,400 members", "votes", 8400, 8400)],
    ),
    (
        "The party's four senators will abstain on the motion.",
        [("four senators", "votes", 4, 4)],
    ),
    # a part of a group named by its kind, with a verb of its own
    (
        "Two of the wounded died in hospital overnight.",
        [("Two of the wounded", "deaths", 2, 2)],
    ),
    ("Six of the injured were flown to the capital.", [("Six of the injured", "injuries", 6, 6)]),
    # "the dead" followed by people is an adjective: the verb decides
    (
        "Two of the dead prisoners were killed by guards.",
        [("Two of the dead prisoners", "deaths", 2, 2)],
    ),
    # "or so" after a figure makes it about that figure, and is quoted with it
    (
        "Another 8,000 or so are staying with friends, the council said.",
        [("8,000 or so", "displaced", 8000, 8000)],
    ),
    ("Some 30 or so people fled the fighting.", [("Some 30 or so people", "displaced", 30, 30)]),
    # a size named by a kind's word is of that kind; any other size is a count
    (
        "Aid workers estimate a displaced population of about 45,000.",
        [("about 45,000", "displaced", 45000, 45000)],
    ),
    ("The island has a population of about 45,000.", [("about 45,000", "count", 45000, 45000)]),
    # people moved or taken to a place of refuge are displaced
    (
        "Firefighters moved about 600 people to a leisure centre overnight.",
        [("about 600 people", "displaced", 600, 600)],
    ),
    (
        "Soldiers evacuated 2,500 villagers to higher ground.",
        [("2,500 villagers", "displaced", 2500, 2500)],
    ),
    # not people in custody, nor staff moved to an office
    (
        "Guards moved 45 inmates to a neighbouring prison.",
        [("45 inmates", "count", 45, 45)],
    ),
    ("The bank moved 80 staff to its new tower.", [("80 staff", "count", 80, 80)]),
    # families lodged in hotels or hostels by an authority
    (
        "About 150 families were housed in hostels for more than six weeks.",
        [("About 150 families", "displaced", 150, 150)],
    ),
    # the sides of a division read out under their headings
    (
        "The clerk announced the vote. Ayes: 212. Noes: 198. Abstentions: 7.",
        [("212", "votes", 212, 212), ("198", "votes", 198, 198), ("7", "votes", 7, 7)],
    ),
    # a heading with no vote told is no division
    ("Tickets sold. For adults: 40.", []),
    # people laid in graves are dead; people a landslide or rubble buried are not yet
    (
        "Neighbours had buried 38 people by nightfall.",
        [("38 people", "deaths", 38, 38)],
    ),
    (
        "She said she knew of nine children buried in the last week.",
        [("nine children", "deaths", 9, 9)],
    ),
    (
        "A mudslide buried 25 people in the hamlet.",
        [("25 people", "count", 25, 25)],
    ),
    (
        "About 14 workers were buried under the rubble.",
        [("About 14 workers", "disappearances", 14, 14)],
    ),
    # people who buried others are not the dead
    (
        "Some 200 mourners buried the victims on Sunday.",
        [("Some 200 mourners", "count", 200, 200)],
    ),
    # a fraction of a person or a thing is a mean, not a count
    ("The average household now holds 2.3 people.", []),
    ("Families own 1.6 cars on average.", []),
    # ... while a scaled figure is whole
    (
        "Some 1.5 million people voted early.",
        [("Some 1.5 million people", "count", 1500000, 1500000)],
    ),
    # the parts a thing is told or done in are not figures worth recording
    ("The plan will be rolled out in three phases.", []),
    ("There are two reasons for the fall.", []),
    ("Staff worked in three shifts through the night.", []),
    # ... but concrete things are
    ("Crews cleared 40 roads.", [("40 roads", "count", 40, 40)]),
    # a second verb of the same main clause tells what became of the people
    (
        "Another 16 fishermen were taken away by soldiers and have never been found.",
        [("16 fishermen", "disappearances", 16, 16)],
    ),
    (
        "Twelve men were questioned and later released.",
        [("Twelve men", "count", 12, 12)],
    ),
    # a shelter, then the people who still live there
    (
        "Recruiters visit the camps for displaced families, where some 45,000 people still live.",
        [("some 45,000 people", "displaced", 45000, 45000)],
    ),
    # a camp that now holds people
    ("The camp is now housing 3,200 people.", [("3,200 people", "displaced", 3200, 3200)]),
    # a place that is home to people is its population
    ("The town is home to 40,000 people.", [("40,000 people", "count", 40000, 40000)]),
    # hurt as well as ill: the injured
    (
        "Of the 30 rescued, nine were taken to hospital with hypothermia and injuries.",
        [("30", "count", 30, 30), ("nine", "injuries", 9, 9)],
    ),
    (
        "Some 40 runners were taken to hospital with heatstroke.",
        [("Some 40 runners", "count", 40, 40)],
    ),
    # the number of people staying in lodgings for the displaced, told far from its figures
    (
        "The number of households with children living in emergency accommodation provided by"
        " the city has risen sharply over three years, from 800 in 2021 to 1,450 last month.",
        [("800", "displaced", 800, 800), ("1,450", "displaced", 1450, 1450)],
    ),
    (
        "The number of people sleeping in shelters rose to 4,000.",
        [("4,000", "displaced", 4000, 4000)],
    ),
    # people in camps given aid are not said to stay there
    ("The number of people in camps who get aid rose to 4,000.", [("4,000", "count", 4000, 4000)]),
    # money told in hundredths is in units of its currency
    (
        "The board raised the dividend to 36 cents a share from 30 cents.",
        [("36 cents", "money", 0.36, 0.36), ("30 cents", "money", 0.3, 0.3)],
    ),
    ("Its shares closed at 2,150 pence.", [("2,150 pence", "money", 21.5, 21.5)]),
    (
        "The state will spend 90 million escudos.",
        [("90 million escudos", "money", 90000000, 90000000)],
    ),
    # "a few" hundred or thousand is read like "hundreds" or "thousands"
    ("A few hundred people lined the road.", [("A few hundred people", "count", 200, 999)]),
    ("A few thousand fans marched.", [("A few thousand fans", "count", 2000, 9999)]),
    # a size moved to a figure after a comma, or given right after its noun
    (
        "The prison population has risen by a third since 2018, to about 52,000.",
        [("about 52,000", "count", 52000, 52000)],
    ),
    ("Eastwick, population 3,100, lost its bank.", [("3,100", "count", 3100, 3100)]),
    # but not a figure that counts other things after the noun
    ("The population of 12 villages fell.", [("12 villages", "count", 12, 12)]),
    # a share of a ballot reached or cleared
    (
        "The proposal won 61 percent of the vote, clearing the 60 percent bar.",
        [
            ("61 percent of the vote", "vote_share", 61, 61),
            ("60 percent", "vote_share", 60, 60),
        ],
    ),
    # shares each under a figure
    (
        "Three other candidates split the remaining votes, none of them reaching 2 percent.",
        [("Three other candidates", "count", 3, 3), ("2 percent", "vote_share", None, 2)],
    ),
    # a rate reaching a figure outside a ballot is a plain percentage
    ("Unemployment reached 7% in May.", [("7%", "percent", 7, 7)]),
    # a line of findings opening with people and the lodging they are in
    (
        "2,040 households in emergency accommodation, including about 3,900 children",
        [
            ("2,040 households", "displaced", 2040, 2040),
            ("about 3,900 children", "displaced", 3900, 3900),
        ],
    ),
    # inside a sentence, people in camps given aid are who gets it
    (
        "The charity gave food to 40,000 people in camps.",
        [("40,000 people", "count", 40000, 40000)],
    ),
    # a second verb joined by "and" tells what befell the bare figure after it
    (
        "The outbreak has killed 12 and sickened 300.",
        [("12", "deaths", 12, 12), ("300", "count", 300, 300)],
    ),
    (
        "The toll rose to 40 on Monday and reached 52.",
        [("40", "deaths", 40, 40), ("52", "deaths", 52, 52)],
    ),
    # people left without a roof are displaced; homes left without power are not
    (
        "Some 9,000 people were left without shelter.",
        [("Some 9,000 people", "displaced", 9000, 9000)],
    ),
    ("About 3,000 homes were left without power.", [("About 3,000 homes", "count", 3000, 3000)]),
    # people searched for, or whose fate is unknown, are missing
    (
        "Divers were still searching for 17 fishermen on Wednesday.",
        [("17 fishermen", "disappearances", 17, 17)],
    ),
    ("The fate of 35 others remains unclear.", [("35 others", "disappearances", 35, 35)]),
    # ... not people hunted or hired, nor a fate still to be decided
    ("Police are searching for four suspects.", [("four suspects", "count", 4, 4)]),
    (
        "The board will decide the fate of 300 workers.",
        [("300 workers", "count", 300, 300)],
    ),
    (
        "Some 25 climbers were reported lost on the glacier.",
        [("Some 25 climbers", "disappearances", 25, 25)],
    ),
    # people who abandoned a place have left it
    (
        "An estimated 60,000 residents have abandoned the town.",
        [("An estimated 60,000 residents", "displaced", 60000, 60000)],
    ),
    # a bare price of a share, in a passage that tells its currency
    (
        "Profit fell to $1.2 billion. The board cut the dividend to 0.55 per share from 0.80.",
        [
            ("$1.2 billion", "money", 1200000000, 1200000000),
            ("0.55 per share", "money", 0.55, 0.55),
            ("0.80", "money", 0.8, 0.8),
        ],
    ),
    (
        "Sales reached €9 billion. One analyst cut his price target to 44 from 61.",
        [
            ("€9 billion", "money", 9000000000, 9000000000),
            ("44", "money", 44, 44),
            ("61", "money", 61, 61),
        ],
    ),
    # with no currency told, a bare figure cannot be read as a price
    ("He cut his price target to 38 from 52.", []),
    # shares of things are counted
    (
        "The fund holds shares in 40 companies worth $2 billion.",
        [("40 companies", "count", 40, 40), ("$2 billion", "money", 2000000000, 2000000000)],
    ),
    # a group named first is introduced there, and its part counts what it counts
    (
        "Of the 80 schools it promised, only 23 have opened.",
        [("80 schools", "count", 80, 80), ("23", "count", 23, 23)],
    ),
    (
        "Of the 120 passengers on board, 40 were taken to hospital.",
        [("120 passengers", "count", 120, 120), ("40", "injuries", 40, 40)],
    ),
    # a part with a kind of its own keeps it
    (
        "Of the 30 wounded, four died overnight.",
        [("30 wounded", "injuries", 30, 30), ("four died", "deaths", 4, 4)],
    ),
    # a set named with "the" inside a sentence is one known before
    ("Engineers inspected the 12 bridges again.", []),
    # points named by what is done there are places; plain points are a score or a lead
    (
        "Inspectors took samples at 18 monitoring points.",
        [("18 monitoring points", "count", 18, 18)],
    ),
    ("The party leads by 12 points.", []),
    ("The striker scored 30 points.", []),
    # a building's floors and a race's laps measure it, like storeys
    ("The hotel has 14 floors.", []),
    ("The race runs over 58 laps.", []),
    # a chamber's tally told after what it passed
    (
        "Lawmakers approved the measure 210 to 190.",
        [("210", "votes", 210, 210), ("190", "votes", 190, 190)],
    ),
    (
        "The senate passed the bill 52-48 this week.",
        [("52", "votes", 52, 52), ("48", "votes", 48, 48)],
    ),
    # a range of things approved is no tally
    (
        "The council approved 30 to 40 new homes.",
        [("30 to 40 new homes", "count", 30, 40)],
    ),
    # sides of a vote told past the word for who voted, and those abstaining
    (
        "The vote failed, with 44 senators in favour and 56 opposed.",
        [("44 senators in favour", "votes", 44, 44), ("56 opposed", "votes", 56, 56)],
    ),
    (
        "The resolution passed with 120 votes for, 5 against and 35 abstaining.",
        [
            ("120 votes", "votes", 120, 120),
            ("5 against", "votes", 5, 5),
            ("35 abstaining", "votes", 35, 35),
        ],
    ),
    # everyone a verb of killing killed, and kinds of death named by a noun
    (
        "The crash killed all 112 people on board.",
        [("112 people", "deaths", 112, 112)],
    ),
    ("Coroners recorded 45 drowning deaths.", [("45 drowning deaths", "deaths", 45, 45)]),
    ("Insurgents executed nine hostages.", [("nine hostages", "deaths", 9, 9)]),
    ("Police executed 40 search warrants.", [("40 search warrants", "count", 40, 40)]),
    ("At least six workers were electrocuted.", [("At least six workers", "deaths", 6, None)]),
    # people a verb put to death, or left in a state
    ("The crowd beat three men to death.", [("three men", "deaths", 3, 3)]),
    (
        "The explosion left 15 people in hospital.",
        [("15 people", "injuries", 15, 15)],
    ),
    (
        "He left three children to fend for themselves.",
        [("three children", "count", 3, 3)],
    ),
    # harm people have, "had" read as the verb
    (
        "Surgeons said 18 patients had gunshot wounds.",
        [("18 patients", "injuries", 18, 18)],
    ),
    # people handcuffed, or taken away by the police, are arrested
    ("Some 30 fans were handcuffed and led away.", [("Some 30 fans", "arrests", 30, 30)]),
    (
        "Eight students were taken away by police.",
        [("Eight students", "arrests", 8, 8)],
    ),
    ("Eight students were taken away by ambulance.", [("Eight students", "count", 8, 8)]),
    # one more victim told with "a" sets the toll; "the" victim may not be the last
    (
        "A 31st victim, a 22-year-old nurse, died in hospital on Friday.",
        [("A 31st victim", "deaths", 31, 31)],
    ),
    ("The twelfth victim was named on Monday.", [("The twelfth victim", "deaths", 12, None)]),
    # pence written onto the figure
    ("Bus fares will rise by 15p a journey.", [("15p", "money", 0.15, 0.15)]),
    ("The session starts at 5pm.", []),
    # the part's own verb and its object after the whole: the whole only names the set
    (
        "While nine of the 12 regions lost jobs, the capital grew.",
        [("nine of the 12 regions", "count", 9, 9)],
    ),
    # a participle and a place after the whole: the whole is told in its own right
    (
        "Air defences downed 31 of the 40 drones launched at the city.",
        [("31", "count", 31, 31), ("40 drones", "count", 40, 40)],
    ),
    # a sentence telling who some of the people just counted were
    (
        "At least 40 people were killed. Twelve were women.",
        [("At least 40 people", "deaths", 40, None), ("Twelve", "deaths", 12, 12)],
    ),
    (
        "At least 40 people were killed. Twelve were arrested.",
        [("At least 40 people", "deaths", 40, None), ("Twelve", "arrests", 12, 12)],
    ),
    # a rank is not a count
    ("The top 10 companies paid less tax.", []),
    ("Its top five executives resigned.", []),
    # the funeral of dead told before is no new count
    ("In the village, the five men were buried on Sunday.", []),
    # a nation named in the plural is people; asylum seekers are displaced
    (
        "The war has uprooted 6 million Syrians.",
        [("6 million Syrians", "displaced", 6000000, 6000000)],
    ),
    ("Border police detained 35 Afghans.", [("35 Afghans", "arrests", 35, 35)]),
    (
        "Some 1,500 asylum seekers arrived on the island.",
        [("Some 1,500 asylum seekers", "displaced", 1500, 1500)],
    ),
    ("The coast guard detained 47 fishing boats.", [("47 fishing boats", "count", 47, 47)]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round_eight(text: str, want: Want) -> None:
    got = _found(text)
    assert got == [(q, k, _d(lo), _d(hi)) for q, k, lo, hi in want]
