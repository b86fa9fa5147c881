"""Word tables for telling whether a date says when something happened.

The event-date rule reads a date as an event's when a verb in the past tells
what happened on it ("the treaty was ratified in December", "the court
convicted 163 people on Wednesday"), or an event noun names it ("the last
strike at the mine, in 2009").  These tables say which past tenses tell of a
speech, a state or a tally rather than a happening, which irregular past
tenses there are, and which nouns name an event beyond those in ``kinds``.
"""

from __future__ import annotations

# Irregular past tenses and participles: "the boat sank", "was sworn in", "has been
# taken", "fought", "stole".  Regular ones end in "-ed" and need no table.
IRREGULAR_PAST = frozenset(
    {"began", "begun", "broke", "broken", "struck", "hit", "fell", "fallen", "took", "taken",
     "met", "sank", "sunk", "went", "gone", "came", "ran", "swept", "tore", "torn", "shook",
     "shaken", "blew", "blown", "burst", "rose", "risen", "spread", "won", "lost", "made",
     "left", "gave", "given", "caught", "drew", "drawn", "froze", "frozen", "overran", "led",
     "held", "sent", "shot", "fought", "stole", "stolen", "sworn", "swore", "brought",
     "built", "bought", "sold", "found", "hid", "hidden", "threw", "thrown", "wrote",
     "written", "put", "set", "cut", "quit", "shut", "beat", "beaten", "bit", "bitten",
     "bound", "chose", "chosen", "dug", "drove", "driven", "flew", "flown", "fled", "forgot",
     "got", "grew", "grown", "hung", "knew", "known", "laid", "lit", "rode",
     "ridden", "rang", "rung", "sat", "seized", "slew", "slain", "spoke", "spoken", "stood",
     "stuck", "stung", "swam", "sprang", "undertook", "undertaken", "upheld", "overthrew",
     "overthrown", "withdrew", "withdrawn", "wore", "woke", "overtook", "overturned",
     "died", "killed", "struck down", "tabled", "shut down"}
)  # fmt: skip

# Past tenses that report a speech, a finding told or a tally, keep a state,
# or look ahead: the date after them is when something was said or how long
# something lasted, not when a notable thing happened ("police said on
# Tuesday", "remained admitted Thursday morning", "spent Tuesday night").
NOT_HAPPENING_PAST = frozenset(
    {"said", "told", "stated", "reported", "announced", "added", "noted", "warned",
     "explained", "claimed", "alleged", "insisted", "stressed", "acknowledged", "admitted",
     "tweeted", "posted", "wrote", "written", "spoke", "spoken", "replied", "responded",
     "asked", "urged", "called", "described", "suggested", "estimated", "predicted",
     "forecast", "projected", "expected", "planned", "scheduled", "intended", "hoped",
     "remained", "stayed", "spent", "lived", "stood", "sat", "waited", "continued",
     "located", "recorded", "registered", "counted", "tallied", "treated",
     "housed", "sheltered", "listed", "numbered", "totalled", "totaled", "reached",
     "exceeded", "topped", "surpassed", "compared", "based", "needed", "wanted", "owned",
     "employed", "believed", "thought", "knew", "known", "seemed", "appeared", "looked",
     "felt", "used", "got", "put", "set", "led", "made", "gave", "given", "kept",
     "visited", "toured", "returned", "worked", "served", "unaccounted", "missed",
     "confirmed", "updated", "raised", "revised", "quoted", "cited", "showed", "shown",
     "published", "issued", "accused", "defended", "conceded", "criticised", "criticized",
     "condemned", "denied", "demanded", "pledged", "promised", "vowed", "argued", "welcomed",
     "praised", "blamed", "founded", "established", "built", "formed", "created", "born",
     "represented", "inspected",
     "recovered", "grew", "grown", "rose", "risen", "increased",
     "decreased", "declined", "dropped", "doubled", "tripled", "halved", "climbed",
     "jumped", "surged", "soared", "slumped", "peaked", "slowed", "shrank", "widened",
     "narrowed", "improved", "worsened", "averaged"}
)  # fmt: skip

# Event nouns beyond ``kinds.EVENT_NOUNS``: what a story dates as having happened
# ("the council's decision in February", "the first air strikes on January 19").
MORE_EVENT_NOUNS = frozenset(
    {"decision", "offensive", "fighting", "battle", "clash", "bombardment",
     "air strikes", "airstrikes", "siege", "assault", "killing", "killings", "murder",
     "arrest", "arrests", "detention", "crackdown", "uprising", "revolt", "mutiny",
     "rebellion", "war", "conflict", "incident", "tragedy", "catastrophe", "blackout",
     "outage", "spill", "leak", "drought", "famine", "heatwave", "flash flood", "sinking",
     "capsizing", "evacuation", "rescue", "ruling", "judgment", "judgement", "sentencing",
     "conviction", "acquittal", "indictment", "amnesty", "agreement", "deal", "treaty",
     "accord", "pact", "truce", "visit", "offer", "petition", "ballot", "count",
     "announcement", "launch", "opening", "closure", "shutdown", "merger", "takeover",
     "bankruptcy", "default", "devaluation", "resignation", "dismissal", "impeachment",
     "swearing-in", "reshuffle", "standoff", "hijacking", "lockdown", "derailment",
     "collision", "fires", "bushfire", "wildfires", "quakes", "eruptions", "storms",
     "cyclones", "landslides", "mudslides", "explosions", "blasts", "raids", "attacks",
     "bombings", "shootings", "strikes", "rallies", "marches", "demonstrations", "riots",
     "round of fighting", "round of talks", "round of voting", "first round", "second round"}
)  # fmt: skip
