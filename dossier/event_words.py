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
     "died", "killed", "struck down", "tabled", "shut down", "paid", "repaid", "relaid",
     "rebuilt", "mislaid"}
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
     "narrowed", "improved", "worsened", "averaged", "accounted", "documented", "logged",
     # everyday doings around an event, not an event of their own
     "gathered", "laughed", "complained", "arrived", "travelled", "traveled", "flew",
     "watched", "attended", "queued", "allowed", "interviewed", "questioned",
     "talked", "chatted", "prayed", "cried", "wept", "smiled", "joked", "packed", "involved",
     "retired", "repeated",
     # dating a document: "its latest bulletin, dated 12 August"
     "dated", "postmarked", "timestamped"}
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
     "launch", "opening", "closure", "shutdown", "merger", "takeover",
     "bankruptcy", "default", "devaluation", "resignation", "dismissal", "impeachment",
     "swearing-in", "reshuffle", "standoff", "hijacking", "lockdown", "derailment",
     "collision", "fires", "bushfire", "wildfires", "quakes", "eruptions", "storms",
     "cyclones", "landslides", "mudslides", "explosions", "blasts", "attacks",
     "bombings", "shootings", "strikes", "rallies", "marches", "demonstrations", "riots",
     "round of fighting", "round of talks", "round of voting", "first round", "second round",
     "derby", "final", "match", "service", "vigil", "memorial", "parade", "air strike",
     "airstrike", "raids", "inquest", "hearings", "sitting", "session", "reorganisation",
     "reorganization", "restructuring", "epidemic", "pandemic", "epidemics", "campaign",
     "conference", "invasion", "occupation", "coup attempt", "jailbreak", "mass escape"}
)  # fmt: skip

# Past tenses of a figure's movement: a date after them dates the figure, not an
# event ("shares fell 6.1% on Monday", "exports slipped 2% in March").
MOVEMENT_PAST = frozenset(
    {"fell", "fallen", "rose", "risen", "dropped", "slipped", "gained", "lost", "climbed",
     "jumped", "surged", "soared", "slumped", "tumbled", "plunged", "plummeted", "eased",
     "edged", "dipped", "sank", "grew", "shrank", "increased", "decreased", "declined",
     "rallied", "recovered", "hit", "reached", "topped", "traded", "closed", "ended",
     "finished", "stood", "averaged", "peaked", "won", "took", "polled", "secured",
     "received", "got", "earned", "counted", "recorded", "bought", "sold", "distributed",
     "handled", "carried", "served", "delivered", "processed", "produced", "exported",
     "imported", "ran", "went", "spent", "paid out", "owed", "posted", "booked", "taken"}
)  # fmt: skip

# Words in the clause before a date that put what it tells ahead of the time of
# writing: a plan, a schedule, a forecast or a deadline ("will reopen on",
# "are due to meet in", "is expected to vote on", "the assembly meets for the
# first time on").  A present tense of these verbs tells a schedule.
LOOKING_AHEAD = frozenset(
    {"will", "would", "shall", "’ll", "'ll", "due", "scheduled", "expected", "expects",
     "slated",
     "upcoming", "forthcoming", "next", "meets", "opens", "begins", "starts", "resumes",
     "reopens", "returns", "closes", "ends", "expires", "sits", "convenes", "must",
     "deadline", "takes", "comes", "meet", "begin", "resume", "reopen", "convene", "expire"}
)  # fmt: skip

# Words that start a clause of its own between a plan word and a date: what
# follows tells a past event again ("would not say whether the bus was speeding
# when it crashed on Tuesday").
CLAUSE_OPENERS = frozenset(
    {"when", "after", "since", "because", "which", "who", "that", "whether", "as", "before",
     "where", "while", "following"}
)  # fmt: skip

# Nouns of a publication: a participle after them tells when it was published
# ("results released by the electoral authority on Monday", "a statement issued
# on Sunday"), the day of a statement rather than of an event.
PUBLICATION_NOUNS = frozenset(
    {"results", "result", "statement", "statements", "bulletin", "report", "reports",
     "figures", "data", "video", "videos", "footage", "document", "documents", "study",
     "survey", "poll", "list", "letter", "notice", "release", "communique", "update",
     "estimate", "estimates", "findings", "photos", "images", "recording"}
)  # fmt: skip
PUBLISHING_PAST = frozenset(
    {"released", "issued", "published", "posted", "circulated", "shared", "made", "put", "sent",
     "submitted", "delivered", "handed"}
)  # fmt: skip

# Units of a physical measure: a figure in them tells how far something moved,
# not a figure's movement ("the bus plunged 150 feet into a gorge").
MEASURE_WORDS = frozenset(
    {"feet", "foot", "ft", "metres", "meters", "metre", "meter", "m", "km", "kilometres",
     "kilometers", "miles", "mile", "inches", "cm", "centimetres", "yards"}
)  # fmt: skip

# Phrases telling a happening whose first word alone tells none ("made landfall",
# "gave way", "was called" for an election or a strike).
HAPPENING_PHRASES = frozenset(
    {"made landfall", "gave way", "took office", "took power", "took control", "set fire",
     "went down", "came into force", "came into effect", "broke out", "was called",
     "were called", "was declared", "were declared", "was confirmed", "were confirmed",
     "was announced", "were announced", "was reported", "were reported", "was imposed",
     "was lifted", "set up", "wound down", "wound up", "was established", "were established"}
)  # fmt: skip

# Verbs of harm: a counted subject of theirs over a month or a year is a tally
# ("11 people died on the network in 2024"), not one event's dead.
HARM_PAST = frozenset(
    {"died", "killed", "drowned", "injured", "wounded", "hurt", "perished", "crossed",
     "visited", "travelled", "traveled", "used", "attended"}
)  # fmt: skip

# Past tenses of a decision that sets a rate or a price: with a share after them
# they tell an act ("the central bank raised its main rate by 1.5 points on
# Tuesday"), where a figure's own movement does not ("inflation rose 2%").
DECISION_PAST = frozenset(
    {"raised", "cut", "lowered", "hiked", "reduced", "slashed", "doubled", "halved", "froze",
     "set", "fixed"}
)  # fmt: skip

# Units of time: "for <so many> <unit>" between a verb and a date tells how long a
# state lasted ("was held in port for three weeks in March", "work was halted for
# several hours on Tuesday"), not when something happened.
DURATION_UNITS = frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
     "nights", "week", "weeks", "fortnight", "month", "months", "year", "years", "decade",
     "decades"}
)  # fmt: skip
# Verbs whose duration is a sentence or a ban handed down on the day, an event of its
# own: "the court jailed him for six years on Monday", "was banned for three matches".
TERM_VERBS = frozenset(
    {"jailed", "imprisoned", "sentenced", "banned", "barred", "disqualified",
     "detained", "arrested", "remanded", "interned", "exiled", "expelled"}
)  # fmt: skip

# Words telling that a participle after them is feared or supposed, not known to
# have happened: "missing and feared drowned on Thursday", "presumed dead".
SUPPOSED_WORDS = frozenset({"feared", "presumed", "believed", "thought", "assumed"})

# A figure's level a later figure is measured from: "has lost half its value since a
# peak in July 2024", "the lowest since a record low in 2019".
FIGURE_LEVELS = frozenset(
    {"peak", "peaks", "high", "highs", "low", "lows", "record", "trough", "level", "levels",
     "top", "bottom", "maximum", "minimum", "spike"}
)  # fmt: skip

# Words opening a clause that goes on with the one before it: a plan there reaches a
# date in it ("will announce 12 strike days, starting with a walkout on April 16").
CONTINUING_WORDS = frozenset(
    {"starting", "beginning", "including", "followed", "culminating", "ending", "opening",
     "kicking"}
)  # fmt: skip

# Units of an amount gathered over a period: a figure in them as the subject of a
# month's or a year's verb is a tally ("fewer than 9,000 hectares were irrigated
# last year", "40,000 tonnes of grain were shipped in 2023").
AMOUNT_UNITS = frozenset(
    {"hectares", "hectare", "acres", "acre", "tonnes", "tonne", "tons", "ton", "kilograms",
     "kg", "litres", "liters", "gallons", "barrels", "cubic", "square", "megawatts", "mw",
     "gigawatt-hours", "kilowatt-hours", "kwh", "gwh"}
)  # fmt: skip

# States a thing is put in on a day and stays in: "have been closed since 6 March", "has
# been in force since 1 July", "has been pending with the department since 2022".  The
# day they run from is when the closure, the ban or the filing happened.  A post held
# ("has led the council since 2021") or a plain doing ("has lived there since") is not.
STARTED_STATES = frozenset(
    {"closed", "shut", "shut down", "in force", "in effect", "in place", "on strike",
     "suspended", "banned", "blocked", "pending", "under way", "underway", "running",
     "halted", "cut off", "under curfew", "under lockdown", "in lockdown", "sealed off",
     "cordoned off", "out of action", "out of service", "on hunger strike", "cut",
     "barred", "grounded", "occupied", "blockaded"}
)  # fmt: skip

# Protests held from a day on, told in the perfect: "relatives have camped outside the
# ministry since Thursday", "strikers have occupied the plant since 3 May".  The day they
# run from is when the camp or the occupation began.
HELD_PROTESTS = frozenset(
    {"camped", "occupied", "blockaded", "barricaded", "picketed",
     "staged a sit-in", "held a sit-in", "refused food", "refused to eat"}
)  # fmt: skip

# What a decision sets or cuts: "raised its main interest rate", "cut fares", "had to
# cut rations to half the standard amount in May".
DECIDED_AMOUNTS = frozenset(
    {"rate", "rates", "price", "prices", "tax", "taxes", "fare", "fares", "tariff", "tariffs",
     "duties", "levy", "levies", "wage", "wages", "pension", "pensions", "fee", "fees",
     "ration", "rations", "allowance", "allowances", "subsidy", "subsidies", "benefits",
     "stipends", "quota", "quotas", "vat", "gst"}
)  # fmt: skip

# Papers served on someone: "the regulator served the firm with an improvement notice
# in March" is a legal step taken, where "served" alone tells a post held.
SERVED_PAPERS = frozenset(
    {"notice", "notices", "summons", "writ", "writs", "order", "orders", "warrant",
     "warrants", "subpoena", "subpoenas", "injunction", "papers", "indictment"}
)  # fmt: skip

# Bodies that "report" by publishing their findings, an event of their own: "the
# inquiry, which reported in June 2006", "since a truth commission reported in 2018".
INQUIRY_NOUNS = frozenset(
    {"inquiry", "enquiry", "commission", "committee", "panel", "review", "tribunal",
     "inquest", "taskforce", "investigation"}
)  # fmt: skip

# Participles naming who leads or set up a body, between it and its verb: "a public
# inquiry chaired by Judge Anna Berg reported in May".
LEADING_PARTICIPLES = frozenset(
    {"chaired", "led", "headed", "convened", "appointed", "set up", "established",
     "commissioned", "ordered", "run"}
)  # fmt: skip

# Participles written like adjectives ("elected officials", "a named suspect") that
# tell an event after "was" or "were": "who was first elected in 2015".
PASSIVE_EVENT_PARTICIPLES = frozenset({"elected", "re-elected", "named"})

# What is begun when records of a tally start: "since the agency began recording deaths
# in 2014", "since records began in 1880" tell where a count starts, not an event.
RECORD_KEEPING = frozenset(
    {"recording", "counting", "tracking", "collecting", "keeping", "logging", "monitoring",
     "publishing", "compiling", "measuring"}
)  # fmt: skip

# Verbs before "to" that tell what was done or left undone, in the past: "three trawlers
# that failed to return to port on Monday", "refused to leave on Sunday".
DONE_BEFORE_TO = frozenset({"failed", "refused", "managed", "attempted", "tried"})
# What is refused or failed that is only words: "refused to comment on Tuesday".
SPEECH_INFINITIVES = frozenset(
    {"comment", "say", "speak", "confirm", "answer", "discuss", "elaborate", "respond",
     "reveal", "disclose", "name", "give", "explain", "specify", "deny", "sign"}
)  # fmt: skip

# Verbs that act on the things a figure counts, where the same verb of a figure's own
# movement would date the figure: "closed 14 primary schools on May 13" is a closure,
# "shares closed 3% lower on Monday" a price.
ACTS_ON_THINGS = frozenset({"closed", "shut", "opened"})

# Participles after which "to" is a preposition, not a plan's: "was sentenced to six
# years in prison on Monday", "was downgraded to a tropical storm on Sunday".
TO_AFTER_PARTICIPLES = frozenset(
    {"sentenced", "condemned", "downgraded", "upgraded", "promoted", "demoted", "relegated",
     "reduced", "lowered", "raised", "cut", "increased", "elevated", "returned"}
)  # fmt: skip

# Words before a participle that make it a state kept, not an event: "schools remained
# closed on Friday", "the road was still blocked on Monday".
STATE_KEEPING = frozenset(
    {"remained", "remain", "remains", "stayed", "stay", "stays", "still", "kept", "keep",
     "keeps", "left"}
)  # fmt: skip

# Words of a statistic: a figure after them is an average or a rate, dated as a figure
# ("shoppers paid an average of £4.20 for a loaf in June").
AVERAGE_WORDS = frozenset({"average", "averages", "median", "typical", "per", "apiece"})

# Days named by a holiday, read by the date reader as calendar days ("ordered the release
# of funds on New Year's Day").
HOLIDAYS = frozenset(
    {"New Year's Day", "New Year’s Day", "New Year's Eve", "New Year’s Eve", "Christmas Day",
     "Christmas Eve", "Boxing Day", "Good Friday", "Easter Sunday", "Easter Monday"}
)  # fmt: skip

# Bodies a thing is put to: "to" before them is a preposition, not a plan's ("presented
# a spending plan to parliament on Tuesday").
TO_RECIPIENTS = frozenset(
    {"parliament", "congress", "lawmakers", "cabinet", "ministers", "voters", "shareholders",
     "members", "donors", "creditors", "senators", "deputies", "councillors", "delegates"}
)  # fmt: skip

# Nouns of a measured quantity, its level or its movement: as the subject of a verb of
# movement or arrival they date a figure, not an event ("inflation eased in January",
# "the peak came in October", "the biggest drop came in March").
MEASURED_NOUNS = frozenset(
    {"inflation", "deflation", "prices", "price", "shares", "share", "stocks", "stock",
     "index", "indices", "currency", "exchange rate", "rate", "rates", "yield", "yields",
     "unemployment", "employment", "growth", "output", "exports", "imports", "sales",
     "production", "demand", "spending", "wages", "pay", "earnings", "revenue", "profit",
     "profits", "costs", "borrowing", "debt", "deficit", "surplus", "turnover",
     "peak", "high", "low", "trough", "level", "levels", "record", "figure", "figures",
     "drop", "fall", "rise", "increase", "decrease", "decline", "jump", "surge", "spike",
     "slump", "dip", "gain", "gains", "losses", "value", "valuation", "volume", "volumes"}
)  # fmt: skip
# Verbs a measured subject moves or arrives with: "inflation eased", "the peak came".
LEVEL_PAST = MOVEMENT_PAST | frozenset(
    {"came", "eased", "cooled", "held", "stabilised", "stabilized", "steadied", "slowed",
     "accelerated", "moderated", "softened", "firmed", "weakened", "strengthened",
     "appreciated", "depreciated", "rebounded", "bottomed", "levelled", "leveled",
     "occurred", "happened", "arrived"}
)  # fmt: skip

# Verbs that take no object: after "people" or "those" they are the clause's own verb
# ("thousands of people marched on Saturday"), where a verb that takes one is a
# participle describing them ("people arrested on Saturday").
INTRANSITIVE_PAST = frozenset(
    {"marched", "rallied", "protested", "demonstrated", "rioted", "died", "drowned",
     "perished", "fled", "escaped", "walked", "gathered", "massed", "stormed", "clashed",
     "fought", "voted", "struck", "walked out", "mutinied", "revolted", "rose up",
     "camped", "occupied", "converged", "surged", "poured", "flocked", "queued"}
)  # fmt: skip

# Verbs whose meaning turns on their object: with one of these objects they tell a
# happening ("the jury returned its verdict on Monday", "returned fire"), where the
# verb alone tells a going back or a post held.
HAPPENING_OBJECTS: dict[str, frozenset[str]] = {
    "returned": frozenset(
        {"verdict", "verdicts", "conclusion", "conclusions", "finding", "findings", "fire"}
    ),
    "served": SERVED_PAPERS,
    "put": frozenset({"effect", "force", "place", "operation", "service"}),
    "reached": frozenset({"agreement", "deal", "settlement", "verdict", "accord", "compromise"}),
    "confirmed": frozenset(
        {"famine", "outbreak", "epidemic", "ruling", "sentence", "sentences", "verdict",
         "appointment", "nomination", "conviction", "convictions"}
    ),
}  # fmt: skip

# Nouns a "to" completes in a subject or an object: "a protest against plans to expand
# the camp drew hundreds", "a bid to end the strike failed": the "to" tells no plan of
# the clause's own verb.
INTENT_NOUNS = frozenset(
    {"plan", "plans", "bid", "bids", "attempt", "attempts", "effort", "efforts", "move",
     "moves", "proposal", "proposals", "decision", "order", "orders", "call", "calls",
     "push", "campaign", "drive", "scheme", "schemes", "right", "promise", "pledge",
     "threat", "threats", "refusal", "failure", "vote", "motion", "law", "bill"}
)  # fmt: skip

# Compounds whose last word is an event noun but which name a place, a body or where a
# statement was made: "fell 8% on the stock exchange on Wednesday", "told a press
# conference on Monday".
PLACE_COMPOUNDS = frozenset(
    {"stock exchange", "foreign exchange", "currency exchange", "telephone exchange",
     "commodities exchange", "grain exchange", "labour exchange", "press conference",
     "news conference", "press conferences", "news conferences"}
)  # fmt: skip

# Verbs of a speech act that take what they speak of as their object: a date after the
# object and the setting of the speech is the speech's ("the president condemned the
# bombing in a televised address on Tuesday", "praised the rescuers at a briefing on
# Monday"), whatever event the object names, unless the date hangs on that event ("blamed
# the result on the council's decision in February").
SPEECH_ACTS = frozenset(
    {"condemned", "denounced", "praised", "welcomed", "hailed", "criticised", "criticized",
     "deplored", "decried", "mourned", "announced", "addressed", "told", "thanked",
     "applauded", "lamented", "regretted", "saluted", "discussed", "urged", "appealed",
     "promised", "pledged", "vowed"}
)  # fmt: skip
# Verbs that report a speech and open a clause of what was said: only a setting right
# after them ("said at a memorial service in Ilgaz on Sunday", "added during a visit to
# the port on Friday") makes a later date the speech's; a noun after them is the subject
# of the clause reported ("said the explosion at the depot on Monday killed four").
REPORTING_VERBS = frozenset(
    {"said", "says", "added", "stated", "claimed", "insisted", "warned", "wrote", "tweeted",
     "posted", "explained", "argued", "noted", "stressed", "remarked", "replied", "spoke"}
)  # fmt: skip
# Prepositions that open the setting of a speech right after its verb.
SETTING_PREPOSITIONS = frozenset({"at", "in", "during", "on", "before", "from", "after", "while"})
