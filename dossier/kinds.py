"""Words that say what a figure counts: kinds, units, subjects and events.

Kept as plain tables so a reader can see (and a reviewer can extend) what
"deaths" or "displaced" means to the extractor without reading its code.
All entries are lower case; multi-word entries are matched word by word.
"""

from __future__ import annotations

from dossier.model import Kind

# Nouns (and noun-like adjectives) that name what was counted: "11 deaths",
# "17 dead", "672 arbitrary arrests", "the arrest of 700 people".
KIND_NOUNS: dict[Kind, frozenset[str]] = {
    Kind.DEATHS: frozenset(
        {
            "dead", "deaths", "death", "killed", "killings", "murders", "murdered",
            "fatalities", "fatality", "bodies", "executions", "lives", "homicides",
            "drowned", "died", "suicides", "deceased",
        }
    ),
    Kind.INJURIES: frozenset(
        {"injuries", "injured", "wounded", "hurt", "injury", "casualties_injured"}
    ),
    Kind.ARRESTS: frozenset(
        {
            "arrests", "arrest", "arrested", "detentions", "detention", "detained",
            "detainees", "held", "apprehended", "apprehensions", "custody", "jailed",
            "imprisoned",
        }
    ),
    Kind.DISAPPEARANCES: frozenset(
        {"disappearances", "disappeared", "missing", "unaccounted", "disappearance"}
    ),
    Kind.DISPLACED: frozenset(
        {
            "displaced", "refugees", "evacuees", "evacuated", "fled", "homeless",
            "emigrated", "migrants", "exiles", "displacement", "uprooted", "asylum-seekers",
        }
    ),
}  # fmt: skip

# Kind nouns that name events, not people: any noun may say what sort they were ("230
# drowning deaths", "40 road deaths", "12 protest arrests").
EVENT_KIND_NOUNS = frozenset(
    {"deaths", "killings", "fatalities", "murders", "homicides", "suicides", "arrests",
     "detentions", "injuries", "disappearances", "executions"}
)  # fmt: skip
# Nouns of a kind that a figure can be given for with "at" or a verb of level, the
# figure after them: "put the dead at 29 and the missing at 34", "injuries stand at 212",
# "deaths reached roughly 911,000".
LEVEL_NOUNS: dict[str, Kind] = {
    "dead": Kind.DEATHS, "deaths": Kind.DEATHS, "fatalities": Kind.DEATHS,
    "killings": Kind.DEATHS, "injured": Kind.INJURIES, "injuries": Kind.INJURIES,
    "wounded": Kind.INJURIES, "arrests": Kind.ARRESTS, "detentions": Kind.ARRESTS,
    "detainees": Kind.ARRESTS, "missing": Kind.DISAPPEARANCES,
    "disappearances": Kind.DISAPPEARANCES, "displaced": Kind.DISPLACED,
    "evacuees": Kind.DISPLACED, "homeless": Kind.DISPLACED,
}  # fmt: skip
# States people are listed or registered as: "listed 17 people as missing".
NAMED_AS_KINDS: dict[str, Kind] = {
    "missing": Kind.DISAPPEARANCES, "disappeared": Kind.DISAPPEARANCES,
    "unaccounted for": Kind.DISAPPEARANCES, "dead": Kind.DEATHS, "killed": Kind.DEATHS,
    "deceased": Kind.DEATHS, "injured": Kind.INJURIES, "wounded": Kind.INJURIES,
    "displaced": Kind.DISPLACED, "homeless": Kind.DISPLACED, "refugees": Kind.DISPLACED,
    "detained": Kind.ARRESTS,
}  # fmt: skip
# What buries people alive: after one of these, people "buried" are trapped or missing,
# not laid in a grave ("the landslide buried 40 people").
BURYING_THINGS = frozenset(
    {"landslide", "landslides", "mudslide", "mudslides", "avalanche", "avalanches", "mud",
     "rubble", "debris", "rocks", "snow", "collapse", "earthquake", "quake", "landslip",
     "slide", "wall", "walls", "building", "roof", "tunnel", "mine", "earth", "sand"}
)  # fmt: skip
# People searched for who are hunted or hired, not lost: "searching for three suspects".
SOUGHT_NOT_LOST = frozenset(
    {"suspects", "gunmen", "attackers", "assailants", "fugitives", "escapees", "inmates",
     "prisoners", "convicts", "militants", "kidnappers", "robbers", "killers", "culprits",
     "perpetrators", "smugglers", "traffickers", "volunteers", "recruits", "staff",
     "employees", "workers", "engineers", "teachers", "nurses", "doctors", "candidates",
     "investors", "buyers", "partners", "sponsors", "donors", "witnesses", "jurors",
     "members", "players", "drivers", "pilots"}
)  # fmt: skip
# Verbs saying where such a figure stands: "stand at", "rose to", "reached".
LEVEL_VERBS: tuple[str, ...] = (
    "stand at", "stands at", "stood at", "standing at", "rose to", "risen to", "rising to",
    "climbed to", "jumped to", "fell to", "dropped to", "reached", "totalled", "totaled",
    "numbered", "hit", "topped", "exceeded", "passed", "at",
)  # fmt: skip

# Verb phrases after a counted subject: "11 civilians have been killed",
# "1,062 people have so far been arrested", "seven million citizens have left
# the country".  The first word of an entry must appear; later words follow.
KIND_VERBS: dict[Kind, tuple[str, ...]] = {
    Kind.DEATHS: (
        "killed", "died", "dead", "perished", "murdered", "shot dead", "lost their lives",
        "were executed", "drowned", "slain", "confirmed dead", "have died", "burned to death",
        "feared dead", "presumed dead", "found dead", "pronounced dead", "declared dead",
        "executed", "beheaded", "lynched", "massacred", "suffocated", "crushed to death",
        "fatally shot", "fatally wounded", "fatally injured", "succumbed", "did not survive",
        "starved to death", "froze to death", "stabbed to death", "beaten to death",
        "took their own lives", "taken their own lives", "died by suicide", "lost their life",
        "electrocuted",
        "were confirmed killed", "confirmed killed", "killed themselves", "burned alive",
    ),
    Kind.INJURIES: (
        "injured", "wounded", "hurt", "hospitalised", "hospitalized", "treated",
        "taken to hospital", "needed hospital treatment", "needed treatment",
        "needed medical treatment", "needed medical attention", "required hospital treatment",
        "required treatment", "required medical treatment", "received hospital treatment",
        "received treatment", "sought treatment", "admitted to hospital",
        "in intensive care", "in hospital", "in the hospital", "in critical condition",
        "in a critical condition", "in serious condition", "in a serious condition",
        "in stable condition", "in a stable condition", "being treated", "airlifted to hospital",
        "flown to hospital", "rushed to hospital",
    ),
    Kind.ARRESTS: (
        "arrested", "detained", "jailed", "imprisoned", "taken into custody", "rounded up",
        "apprehended", "remain in custody", "remained in custody", "held", "recaptured",
        "picked up", "re-arrested", "rearrested", "under arrest", "placed under arrest",
        "behind bars", "locked up", "booked", "handcuffed", "taken away by police",
        "led away by police", "taken away by officers", "led away by officers",
        "taken away by the police", "led away by the police",
    ),
    Kind.DISAPPEARANCES: (
        "missing", "disappeared", "unaccounted for", "vanished", "whose whereabouts remain unknown",
        "whose whereabouts are unknown", "whose whereabouts are still unknown",
        "not been seen", "never been seen", "not been heard from", "not been heard of",
        "not seen since", "never returned", "never came home", "never came back",
        "went missing", "gone missing", "go missing", "disappear", "vanish",
        "whose fate is unknown", "whose fate remains unknown", "remain unaccounted for",
        "whose fate is not known", "whose fate is still unknown", "whose fate remains unclear",
        "whose whereabouts remain unclear", "not been located", "not yet been located",
        "not been found", "not yet been found", "yet to be found", "yet to be located",
        "still to be found", "yet to be accounted for", "not been accounted for",
        "not yet been accounted for", "not been traced", "listed as missing",
        "reported missing", "registered as missing", "declared missing", "missing at sea",
        "lost at sea", "feared lost", "presumed lost", "trapped under", "trapped beneath",
        "trapped in the rubble", "buried under the rubble", "buried beneath the rubble",
        "buried in the rubble", "buried alive", "swept away", "washed away",
        "never found", "never been found", "never recovered", "never been recovered",
        "not been recovered", "not yet been recovered", "yet to be recovered",
        "never traced", "never been traced", "not yet been traced", "not yet traced",
        "not been identified or found", "reported lost", "listed as lost",
    ),
    Kind.DISPLACED: (
        "left the country", "fled", "displaced", "evacuated", "forced from their homes",
        "emigrated", "sought refuge", "sought shelter", "homeless",
        "forced to leave", "crossed into", "have left", "moved to", "relocated", "rehoused",
        "sheltering", "ordered to evacuate", "ordered to leave", "told to evacuate",
        "sleep in the open", "sleeping in the open", "slept in the open", "sleep rough",
        "sleeping rough", "slept rough", "to leave their homes", "to leave home", "to flee",
        "to be evacuated", "to be rehoused", "to be relocated", "left their homes",
        "abandoned their homes", "lost their homes", "left homeless", "made homeless",
        "driven from their homes", "driven out", "forced out", "chased from their homes",
        "sought asylum", "applied for asylum", "claimed asylum", "requested asylum",
        "crossed the border", "arrived by sea", "arrived by boat", "landed by boat",
        "crossing the border", "crossing into", "arriving at the border", "arrived at the border",
        "arriving across the border", "fleeing", "forced to flee", "took refuge", "taken refuge",
        "taking refuge", "seeking refuge", "seeking shelter", "made homeless",
        "staying with relatives", "staying with friends", "staying with family",
        "living with relatives", "moved in with relatives", "sheltering with relatives",
        "unable to return", "not able to return", "cannot return", "could not return",
        "have not returned", "had not returned", "yet to return", "not yet returned",
        "unable to go home", "cannot go home", "could not go home",
    ),
}  # fmt: skip

# Patterns of the kinds' verbs that a word list cannot hold, after the auxiliaries
# (read as regular expressions over the lower-case words, each followed by a space):
# held "in lawful detention", people who "suffered serious injuries", who "had left
# villages in the district", who "reached the island by sea".
KIND_VERB_PATTERNS: dict[Kind, tuple[str, ...]] = {
    # "17 children buried in the past fortnight": laid in a grave; not buried alive or
    # under the rubble (the missing), nor people who buried others ("buried the dead")
    Kind.DEATHS: (
        r"buried (?!alive |under |beneath |in (?:the )?(?:rubble|mud|debris|snow|sand|ruins) |"
        r"by (?:the )?(?:[a-z-]+ )?(?:landslides?|mudslides?|mud|rubble|debris|avalanches?|"
        r"snow|rocks?|collapse|earth) |the |their |his |her |its |them )",
    ),
    Kind.ARRESTS: (r"[\"“”]? ?in (?:[a-z-]+ ){0,2}?(?:custody|detention|jail) ",),
    Kind.INJURIES: (
        # "taken to hospitals in the capital", "rushed to a local clinic"
        r"(?:taken|rushed|brought|flown|airlifted|admitted|transported|ferried) to "
        r"(?:[a-z-]+ ){0,2}?(?:hospitals?|clinics?|infirmary|infirmaries|trauma centres?|"
        r"trauma centers?) ",
        # "60 people were admitted with burns", "admitted overnight": admitted to hospital
        # with the harm told; not "admitted the charges", nor a bare "were admitted"
        # (students, members)
        r"(?:admitted|readmitted) (?:overnight |with (?:[a-z-]+ ){0,2}?(?:injuries|wounds|"
        r"burns|fractures|cuts|gunshot wounds|head injuries|smoke inhalation) )",
        r"(?:suffered|sustained|received|had|were left with|was left with) (?:[a-z-]+ ){0,2}?"
        r"(?:injuries|wounds|burns|fractures|cuts|bruises|bruising|broken (?:bones|limbs|legs|"
        r"arms|ribs)|lacerations|concussions?|gunshot wounds|head injuries|smoke inhalation) ",
    ),
    Kind.DISPLACED: (
        r"left (?:their |the |its )?(?:[a-z-]+ )?(?:homes|houses|villages|towns|city|town|area"
        r"|region|district|province|country|island|neighbou?rhoods?|valley|camps?|settlements?) ",
        r"(?:arrived|reached|landed|crossed|made the crossing|travelled|traveled) "
        r"(?:[a-z-]+ ){0,4}?(?:by|in|on) (?:sea|boats?|dinghy|dinghies|rafts?|small boats) ",
        # "told to leave their homes", "ordered to abandon the village"
        r"(?:told|ordered|urged|asked|advised|forced|instructed) to (?:leave|flee|abandon|"
        r"evacuate) (?:(?:their |the |its )?(?:[a-z-]+ )?(?:homes|houses|villages?|towns?|city|"
        r"area|island|neighbou?rhoods?|valley|district|settlements?|camps?) |as a precaution |"
        r"(?:immediately|overnight|at once) )",
        # "had arrived in Barouma since Thursday", "crossed at the pass": refugees' arrivals
        # told with a period or a crossing point
        r"(?:arrived|crossed) (?:in|at|into) (?:the )?(?:[a-z-]+ ){1,3}?"
        r"(?:since|in \d{4}\.?|over the|during|this year|last year|from) ",
        # "lost their shelters", "lost their houses": "lost their homes" is listed
        r"lost (?:their |its |all their )?(?:[a-z-]+ )?(?:shelters?|houses|dwellings|tents) ",
        # "housed in bed-and-breakfast hotels", "placed in hostels": lodged by an authority
        r"(?:housed|rehoused|placed|put up|accommodated|lodged) (?:in|at) (?:[a-z-]+ ){0,3}?"
        r"(?:hotels?|hostels?|b&bs|bed-and-breakfasts?|guesthouses?|motels?) ",
        # "were moved out of their homes overnight", "taken from their flats"
        # ("taken from their homes" may be an abduction: not read here)
        r"(?:moved|bused|bussed|ferried|relocated|evacuated|driven|forced|chased|ordered|"
        r"cleared) (?:out )?(?:of|from) (?:their |the |its )?(?:[a-z-]+ )?"
        r"(?:homes|houses|flats|apartments|villages?|neighbou?rhoods?|towns?|districts?|"
        r"settlements?|camps?) ",
        # "are still living in hotels and bed and breakfasts": lodged away from home (living
        # in one, not staying: guests stay)
        r"(?:living|live|lived) (?:in|at) (?:[a-z-]+ ){0,2}?(?:hotels?|hostels?|b&bs|"
        r"bed and breakfasts|bed-and-breakfasts?|guesthouses?|motels?) ",
        # "have abandoned the city", "deserted their villages"
        r"(?:abandoned|deserted) (?:their |the |its )?(?:[a-z-]+ )?(?:homes|houses|villages?|"
        r"towns?|city|area|region|district|province|country|island|neighbou?rhoods?|valley|"
        r"camps?|settlements?) ",
        # "were left without shelter", "left without a roof over their heads"
        r"left without (?:a |any )?(?:[a-z-]+ )?(?:shelter|homes?|housing|a roof|roofs) ",
        # "will need winter shelter", "are in need of emergency housing"
        r"(?:need|needs|needed|require|requires|required|in need of|without|lack|lacking) "
        r"(?:[a-z-]+ ){0,2}?(?:shelter|housing|accommodation) ",
    ),
}
# Buildings that take in people driven from home for the night: people sleeping or
# spending the night in one are displaced ("were sleeping in schools and churches",
# "spent last night in sports halls").  Only with a verb of sleeping or sheltering:
# "2,000 pupils are in schools" says nothing of the kind.
NIGHT_SHELTERS: tuple[str, ...] = (
    "schools", "school", "churches", "church", "mosques", "mosque", "temples", "temple",
    "sports halls", "sports hall", "gyms", "gym", "gymnasiums", "gymnasium", "stadiums",
    "stadium", "community centres", "community centre", "community centers",
    "community center", "town halls", "town hall", "public buildings", "classrooms",
    "warehouses", "hangars", "halls", "makeshift shelters", "the open", "cars",
    "vehicles", "tents", "hotels", "motels",
)  # fmt: skip
# Verbs of sleeping or sheltering that put people in a night shelter.
SLEEP_VERBS: tuple[str, ...] = (
    "sleeping", "slept", "sleep", "sleeps", "sheltering", "sheltered", "shelter", "camped",
    "camping", "took refuge", "taking refuge", "taken refuge", "sought refuge",
    "seeking refuge", "bedded down", "huddled", "crammed", "packed",
)  # fmt: skip
# Places people moved to that make it a transfer, not displacement: "600 had been moved
# to the mainland", "31 inmates were moved to a neighbouring prison".
TRANSFER_PLACES: tuple[str, ...] = (
    "the mainland", "another", "other", "a neighbouring", "a neighboring", "a different",
)  # fmt: skip
# Verbs that drive people from their homes: "has driven seven million people from
# their homes", "forced 40,000 from their homes".
DRIVE_VERBS = frozenset(
    {"driven", "drove", "drive", "drives", "driving", "forced", "forcing", "forces", "force",
     "chased", "pushed", "evicted", "evicting", "expelled", "expelling", "uprooted",
     "uprooting", "displaced", "displacing", "ousted", "routed", "sent", "scattered"}
)  # fmt: skip
# What people are driven from: "from their homes", "out of their villages".
HOMES = frozenset(
    {"homes", "houses", "villages", "towns", "land", "lands", "farms", "neighbourhoods",
     "neighborhoods", "communities", "home", "city", "region", "country"}
)  # fmt: skip

# Nouns for harm done to the body: people "with weapon wounds", "22 of them with
# severe burns" are counted among the injured.
HARM_NOUNS = frozenset(
    {"wounds", "injuries", "burns", "fractures", "wound", "injury", "burn", "fracture"}
)
# Verbs after counted people who went back: they are returnees, a count of their own,
# not displaced ("5.1 million displaced people returned to their homes").
RETURN_VERBS: tuple[str, ...] = ("returned", "went home", "went back", "have returned")
# Places people stay in when driven from their homes: people taken to, living in or
# remaining in one are displaced ("2,600 people were taken to emergency shelters",
# "212 households remain in temporary accommodation", "families living in caravans").
LODGINGS: tuple[str, ...] = (
    "shelters", "shelter", "evacuation centres", "evacuation centers", "evacuation centre",
    "evacuation center", "temporary accommodation", "emergency accommodation",
    "temporary housing", "emergency housing", "temporary shelters", "relief camps",
    "displacement camps", "camps", "tents", "caravans", "emergency shelters",
    # housing put up for them, and centres that take them in
    "prefabricated estates", "prefabricated homes", "prefabricated houses",
    "prefabricated units", "prefabs", "container homes", "temporary homes",
    "reception centres", "reception centers", "collective centres", "collective centers",
    "transit centres", "transit centers",
)  # fmt: skip
# Places of refuge people are moved or taken to: "moved 350 people to a sports centre".
SHELTER_PLACES: tuple[str, ...] = (
    *LODGINGS, "sports centre", "sports center", "sports centres", "sports centers",
    "sports hall", "sports halls", "leisure centre", "leisure center", "community centre",
    "community center", "community centres", "community centers", "school", "schools",
    "church", "churches", "mosque", "mosques", "gym", "gymnasium", "stadium", "town hall",
    "higher ground", "safer ground", "safety", "safe areas", "safe area", "hotels",
)  # fmt: skip
# Verbs that put people in a lodging ("taken to", "housed in"); "remain in" and
# "are in" are read through the auxiliaries.
LODGING_VERBS: tuple[str, ...] = (
    "taken", "moved", "brought", "bused", "bussed", "housed", "put up", "staying", "living",
    "sleeping", "sheltering", "accommodated", "placed", "stay", "live", "sleep", "lived",
    "stayed", "slept", "registered", "sheltered", "camped", "camping", "crammed", "packed",
    "spent the night", "spending the night", "spent the night in",
)  # fmt: skip
# Verbs whose object is a person, for a bare figure told by them ("212 had been
# charged", "40 were sentenced"): a count of people.  Only after an auxiliary.
PEOPLE_VERBS: tuple[str, ...] = (
    "charged", "convicted", "sentenced", "indicted", "prosecuted", "released", "freed",
    "deported", "expelled", "questioned", "interrogated", "fined", "acquitted", "pardoned",
    "summoned", "rescued", "vaccinated", "interviewed", "jailed for", "imprisoned for",
    "remanded", "bailed", "tried", "arraigned", "identified",
)  # fmt: skip
# A sentence's length, not an arrest: "23 people were jailed for 10 days".
SENTENCING_VERBS: tuple[str, ...] = ("jailed for", "imprisoned for", "sentenced")
# Places people are sheltered in: a bare figure they hold counts displaced people
# ("the main camp now holds between 65,000 and 70,000").
SHELTER_NOUNS = frozenset(
    {"camp", "camps", "shelter", "shelters", "settlement", "settlements", "centre", "center",
     "centres", "centers", "hostel", "hostels", "hotspot", "hotspots"}
)  # fmt: skip
# Verbs after counted people that make them votes cast ("four members voted against",
# "twelve deputies broke ranks to support it").
VOTE_VERBS: tuple[str, ...] = (
    "voted against", "voted for", "voted in favour", "voted in favor", "abstained",
    "broke ranks", "voting against", "voting for", "voting in favour", "voting in favor",
    "cast ballots", "cast their ballots", "cast votes", "cast their votes", "who voted",
    "cast a vote", "cast a ballot", "cast their vote", "cast their ballot", "abstain",
    "to abstain", "vote against", "vote for", "vote in favour", "vote in favor",
    "voted to", "voting to", "casting ballots", "casting their ballots", "casting votes",
    "voted no", "voted yes", "voting no", "voting yes", "vote no", "vote yes",
)  # fmt: skip

# Verbs in KIND_VERBS whose simple past is written like their participle: with
# no auxiliary and an object after them they are active ("five gunmen killed
# three guards", "two candidates held rallies") and count who acted.  Verbs of
# leaving are not listed: "300 residents evacuated their homes" left them.
ACTIVE_TOO_VERBS = frozenset(
    {"killed", "murdered", "injured", "wounded", "hurt", "treated", "arrested", "detained",
     "jailed", "held", "apprehended", "executed", "massacred", "lynched", "beheaded",
     "booked", "picked up", "locked up"}
)  # fmt: skip

# Active verbs or nouns before a figure: "killing 12", "the death toll rose to
# 45", "police arrested 300 people", "the arrest of more than 700 people".
KIND_BEFORE: dict[Kind, tuple[str, ...]] = {
    Kind.DEATHS: (
        "killing", "killed", "death toll", "toll", "deaths of", "death of", "killing of",
        "executed", "executing", "massacred", "murdered", "murdering", "slaughtered",
        "beheaded", "lynched",
        "neutralised", "neutralized", "neutralising", "neutralizing",
        "killings of", "murder of", "bodies of", "claimed the lives of", "lives of",
        "remains of",
    ),
    Kind.INJURIES: (
        "injuring", "injured", "wounding", "wounded", "injuries to", "injury toll", "treated",
        "treating",
    ),
    Kind.ARRESTS: (
        "arrested", "detained", "arrest of", "detention of", "arrests of", "detaining",
        "arresting", "jailed", "rounded up", "detentions of",
    ),
    Kind.DISAPPEARANCES: (
        "disappearance of", "disappearances of", "lost track of", "lost contact with",
        "forcibly disappeared", "disappeared",
        "no trace of", "unable to locate", "unable to trace",
    ),
    Kind.DISPLACED: (
        "displacing", "displaced", "displacement of", "evacuated", "evacuation of",
        "uprooted", "uprooting",
        "forced", "exodus of",
    ),
}  # fmt: skip

# Words for people: a figure followed by one of these counts people.
PEOPLE_NOUNS = frozenset(
    {
        "people", "persons", "person", "civilians", "civilian", "protesters", "protestors",
        "demonstrators", "residents", "citizens", "children", "women", "men", "adults",
        "soldiers", "troops", "officers", "police", "policemen", "agents",
        "miners", "workers", "passengers", "students", "journalists", "reporters",
        "prisoners", "inmates", "detainees", "migrants", "refugees", "villagers", "fans",
        "supporters", "activists", "opponents", "members", "militants", "fighters",
        "rebels", "hostages", "victims", "patients", "staff", "employees", "teachers",
        "nurses", "doctors", "voters", "pilgrims", "tourists", "nationals", "venezuelans",
        "individuals", "youths", "minors", "girls", "boys", "others", "guards", "crew",
        "crewmembers", "firefighters", "rescuers", "volunteers", "strikers", "marchers",
        "unionists", "farmers", "dissidents", "opposition", "leaders", "candidates",
        "lawmakers", "deputies", "families", "households", "inhabitants", "survivors",
        "bystanders", "onlookers", "participants", "attendees", "delegates", "personnel",
        "drivers", "arrivals", "respondents", "shoppers", "pupils", "recruits",
        "stewards", "spectators", "marshals", "sailors", "pilots", "peacekeepers", "medics",
        "paramedics", "diplomats", "tenants", "homeowners", "commuters", "pedestrians",
        "motorists", "worshippers", "mourners", "climbers", "hikers", "divers", "guests",
        "councillors", "councilors", "senators", "legislators", "representatives", "mps",
        "ministers", "jurors", "judges", "commissioners", "parliamentarians",
        "suspects", "defendants", "accused", "convicts", "captives", "abductees",
        "asylum-seekers", "seekers", "relatives", "neighbours", "neighbors", "parents",
        "babies", "infants", "toddlers", "teenagers", "pensioners", "retirees", "seafarers",
        "cadets", "conscripts", "reservists", "smugglers", "traffickers", "gangsters",
        "insurgents", "jihadists", "extremists", "combatants", "schoolchildren",
        "schoolgirls", "schoolboys", "worshipers", "parishioners", "monks", "nuns",
        "priests", "lawyers", "prosecutors", "officials", "labourers", "laborers",
        "engineers", "technicians", "scientists", "researchers", "academics", "athletes",
        "players", "cyclists", "campers", "holidaymakers", "visitors", "travellers",
        "travelers", "customers", "users", "consumers", "clients", "owners", "landlords",
        "troopers", "gendarmes", "guardsmen", "wardens", "contractors", "dockers",
        "dockworkers", "picketers", "pickets", "looters", "rioters", "squatters", "evacuees",
        "returnees", "deportees",
        "orphans", "widows", "elders", "adolescents", "juveniles", "colleagues",
        "co-workers", "coworkers", "classmates",
        "lifeguards", "caregivers", "carers", "fishermen", "trawlermen", "seamen", "firemen",
        "servicemen", "servicewomen", "tradesmen", "craftsmen", "linemen", "policewomen",
        "attackers", "assailants", "raiders", "bandits", "terrorists", "hijackers",
        "kidnappers", "pirates", "snipers", "bombers", "occupants", "monitors", "observers",
        "expatriates", "expats", "emigrants", "immigrants", "managers", "executives",
        "directors", "supervisors", "foremen", "clerks", "accountants", "bankers", "aides",
        "assistants", "advisers", "advisors", "bodyguards", "associates", "accomplices",
    }
)  # fmt: skip

# Adjectives that may sit between a figure and its noun ("11 enforced
# disappearances", "672 arbitrary arrests", "77 more injuries").
MODIFIERS = frozenset(
    {
        "arbitrary", "enforced", "forced", "confirmed", "reported", "more", "other",
        "additional", "new", "further", "unarmed", "innocent", "political", "young",
        "armed", "local", "foreign", "venezuelan", "documented", "violent", "separate",
        "extrajudicial", "alleged", "civilian", "suspected", "seriously", "critically", "badly",
        "mass", "illegal", "unlawful", "recorded", "registered", "verified", "total",
        "pro-government", "opposition", "security", "police", "military",
        "protest", "protest-related", "underground",
        "trapped", "excess", "remaining", "of", "the", "whom", "them", "those", "such",
    }
)  # fmt: skip

# Subjects: who or what is counted, longest first when matched.
SUBJECTS: tuple[str, ...] = (
    "political prisoners", "security forces", "security personnel", "police officers",
    "pro-government groups", "opposition supporters", "opposition leaders",
    "civilians", "protesters", "protestors", "demonstrators", "soldiers", "troops",
    "police", "officers", "children", "women", "miners", "workers", "students",
    "journalists", "residents", "citizens", "passengers", "hostages", "prisoners",
    "inmates", "detainees", "migrants", "refugees", "villagers", "strikers", "activists",
    "rescuers",
    "firefighters", "fans", "supporters", "tourists", "venezuelans", "families",
    "households", "people", "soldier", "civilian", "minors",
)  # fmt: skip

# Counted things other than people, with the unit recorded for them.
COUNT_UNITS: dict[str, str] = {
    "barrels per day": "barrels per day",
    "barrels a day": "barrels per day",
    "barrels of oil per day": "barrels per day",
    "countries": "countries",
    "nations": "countries",
    "states": "states",
    "member states": "countries",
    "homes": "homes",
    "houses": "homes",
    "buildings": "buildings",
    "schools": "schools",
    "hospitals": "hospitals",
    "villages": "villages",
    "towns": "towns",
    "seats": "seats",
    "signatures": "signatures",
    "ballots": "ballots",
    "polling stations": "polling stations",
    "voting centers": "voting centres",
    "voting centres": "voting centres",
    "members": "members",
    "aftershocks": "aftershocks",
    "vehicles": "vehicles",
    "flights": "flights",
    "shelters": "shelters",
    "trucks": "trucks",
    "jobs": "jobs",
    "cases": "cases",
    "complaints": "complaints",
    "petitions": "petitions",
    "charges": "charges",
    "protests": "protests",
    "demonstrations": "protests",
    "strikes": "strikes",
    "coaches": "coaches",
    "buses": "buses",
    "flats": "homes",
    "apartments": "homes",
    "positions": "positions",
    "posts": "positions",
    "camps": "camps",
    "cities": "cities",
}

# Hundredths of a currency, with how many make one and the currency (None: that of another
# amount in the sentence, dollars when there is none): "44 cents a share" is 0.44.
SUBUNITS: dict[str, tuple[int, str | None]] = {
    "cents": (100, None), "USD cents": (100, "USD"), "pence": (100, "GBP"),
    "kopecks": (100, "RUB"),
}  # fmt: skip

# Nouns for the size of a group or a place, given by a bare figure after them
# ("a licensed capacity of 28,000", "the population fell to 11,500"), and the unit
# recorded for it.
SIZE_NOUNS: dict[str, str] = {
    "population": "people", "capacity": "capacity", "attendance": "people",
    "workforce": "people", "membership": "members", "headcount": "people",
}  # fmt: skip

# Words before such a size that make it a kind's: "a displaced population of 200,000",
# "the refugee population".
SIZE_KINDS: dict[str, Kind] = {
    "displaced": Kind.DISPLACED, "refugee": Kind.DISPLACED, "homeless": Kind.DISPLACED,
    "evacuee": Kind.DISPLACED, "detainee": Kind.ARRESTS, "detained": Kind.ARRESTS,
}  # fmt: skip

# A margin between candidates is a vote count: words right after the figure
# ("318 more than her rival") or right before it ("won by 318", "a majority of
# 318").  The quote is the figure and the first word after it that is listed.
VOTE_MARGIN_AFTER: tuple[str, ...] = (
    "more than", "fewer than", "ahead of", "behind", "more votes than", "fewer votes than",
)  # fmt: skip
VOTE_MARGIN_BEFORE: tuple[str, ...] = (
    "margin of", "majority of", "lead of", "won by", "lost by", "winning by", "losing by",
    "trailed by", "trailing by", "led by", "leading by",
)  # fmt: skip
# Words that make a sentence speak of a ballot, for a margin to be one of votes.
VOTE_WORDS = frozenset(
    {"vote", "votes", "voted", "ballot", "ballots", "election", "elections", "by-election",
     "runoff", "referendum", "polls", "constituency", "seat", "candidate", "candidates"}
)  # fmt: skip

# Nouns that make a people count a crowd figure ("thousands marched").
CROWD_WORDS = frozenset(
    {
        "marched", "marching", "protested", "protesting", "rallied", "rallying",
        "gathered", "gathering", "demonstrated", "took to the streets", "turned out",
        "joined", "attended", "filled", "packed", "massed", "walked out", "went on strike",
        "struck", "crowd", "rally", "march", "protest", "demonstration", "strike",
        "released", "freed", "evacuated", "rescued", "trapped", "stranded",
        "took part", "taking part", "take part", "turned up", "showed up",
    }
)  # fmt: skip

# What an event_date is about: nouns heading the event phrase.
EVENT_NOUNS = frozenset(
    {
        "election", "elections", "vote", "referendum", "runoff", "plebiscite", "poll",
        "earthquake", "quake", "tremor", "collapse", "explosion", "blast", "fire", "flood",
        "floods", "flooding", "storm", "hurricane", "cyclone", "typhoon", "landslide",
        "attack", "attacks", "bombing", "shooting", "massacre", "raid", "coup", "strike",
        "protest", "protests", "march", "rally", "demonstration", "talks", "summit",
        "meeting", "hearing", "trial", "ruling", "verdict", "inauguration",
        "ceremony", "funeral", "release", "handover", "ceasefire", "crash", "derailment",
        "eruption", "outbreak", "assassination", "invasion", "riot", "riots", "uprising",
        "escape", "kidnapping", "abduction", "ballot", "budget", "count", "recount",
        "debate", "deadline", "swap", "exchange", "wildfire", "blaze", "avalanche",
        "mudslide", "tsunami", "tornado", "stampede", "ambush", "airstrike", "shelling",
        "clashes", "walkout", "sinking", "shipwreck", "disaster", "crush", "accident",
    }
)  # fmt: skip

# Verbs that name an event when followed by its date ("collapsed on Tuesday").
EVENT_VERBS: dict[str, str] = {
    "collapsed": "collapse", "escaped": "escape", "escaping": "escape",
    "was arrested": "arrest", "were arrested": "arrest", "arrested": "arrest",
    "voted": "vote", "walked off the job": "strike", "went on strike": "strike",
    "exploded": "explosion", "erupted": "eruption", "protested": "protest",
    "meet": "meeting", "takes effect": "entry into force", "take effect": "entry into force",
    "comes into force": "entry into force", "was released": "release",
    "were released": "release", "was killed": "killing", "was elected": "election",
    "broke out": "outbreak", "capsized": "sinking", "sank": "sinking", "struck": "strike",
    "begin": "start", "began": "start", "resume": "resumption", "resumed": "resumption",
    "sworn in": "swearing-in", "was declared": "declaration", "called off": "end",
    "took place": "event", "was held": "event", "were held": "event", "opened": "opening",
    "closed": "closure", "crashed": "crash", "derailed": "derailment", "died": "death",
    "signed": "signing", "was signed": "signing", "landed": "landfall",
    "made landfall": "landfall", "ended": "end", "expires": "expiry",
    "went to the polls": "vote", "took effect": "entry into force", "attacked": "attack",
    "opened fire": "shooting", "stormed": "raid", "was shot": "shooting",
    "approved": "approval", "adopted": "adoption", "rejected": "rejection",
    "was confirmed": "confirmation", "were confirmed": "confirmation",
}  # fmt: skip
# Words that may sit between an event and its date: "collapsed late on",
# "struck in the early hours of", "the explosion early on".  A date with no
# lead ("the quake hit Tuesday") is tied to an event only through a verb.
EVENT_DATE_LEADS: tuple[str, ...] = (
    "on", "late on", "early on", "early", "late", "this past", "last", "on the night of",
    "on the morning of", "on the afternoon of", "on the evening of", "early on the morning of",
    "late on the night of", "in the early hours of", "during the night of", "overnight on",
    "at dawn on", "before dawn on", "shortly after midnight on", "by", "from", "in",
)  # fmt: skip
# Verbs saying that an event named as their subject happened, or what it did
# ("a landslide buried 30 homes early on Tuesday", "Saturday's march drew"):
# with such a verb the date after them is the event's.
EVENT_HAPPENING_VERBS: tuple[str, ...] = (
    "happened", "occurred", "took place", "was held", "were held", "went ahead", "began",
    "started", "erupted", "broke out", "struck", "hit", "buried", "destroyed", "damaged",
    "killed", "injured", "wounded", "tore", "ripped", "swept", "flattened", "engulfed",
    "razed", "flooded", "shook", "rocked", "left", "triggered", "displaced", "drew",
    "brought", "toppled", "cut", "knocked", "sank", "capsized", "collapsed",
)  # fmt: skip
# Past tenses not written with "-ed", for a clause telling what happened on a day
# ("March 3, when parliament passed ..." has one with "-ed"; "when the roof fell").
IRREGULAR_PAST = frozenset(
    {"began", "broke", "struck", "hit", "fell", "took", "met", "sank", "went", "came", "ran",
     "swept", "tore", "shook", "blew", "burst", "rose", "spread", "won", "lost", "made",
     "left", "gave", "caught", "drew", "froze", "overran", "led", "held", "sent", "shot"}
)  # fmt: skip
# Words in an event's name that make it a ballot, whose day its votes hold for.
VOTE_EVENT_WORDS = frozenset(
    {"vote", "voted", "votes", "election", "elections", "by", "referendum", "ballot", "runoff",
     "poll", "polls", "plebiscite", "approval", "rejection", "adoption", "approved", "rejected",
     "adopted"}
)  # fmt: skip
# Words before a possessive or attributive date ("in Tuesday's election", "at
# the July 28 rally") that place what the sentence reports in the event itself;
# "organisers of Saturday's march" or "ahead of Monday's vote" only name it.
EVENT_PLACING_WORDS = frozenset({"in", "at", "during"})

# Counted things with no table entry: a figure followed by a plural noun
# ("17 contractors", "two patrol vessels", "50,000 doses") counts that noun.
# Plural nouns are told by their ending; these are the plural-looking words
# that are not nouns, the nouns that are measures rather than things counted,
# and the plurals that do not end in "s".
NOT_PLURAL_NOUNS = frozenset(
    {
        "is", "was", "has", "does", "this", "its", "his", "hers", "ours", "theirs", "yours",
        "as", "us", "thus", "plus", "across", "towards", "afterwards", "perhaps", "whereas",
        "unless", "always", "besides", "sometimes", "nevertheless", "less", "various",
        "previous", "serious", "numerous", "famous", "anonymous", "dangerous", "times",
        "ones", "percent", "others", "series", "news", "means", "regardless",
        "yes", "days", "weeks", "months", "years", "minutes", "seconds", "decades",
        "centuries", "seasons", "nights", "weekends", "generations",
    }
)  # fmt: skip
MEASURE_NOUNS = frozenset(
    {
        "metres", "meters", "kilometres", "kilometers", "km", "miles", "feet", "inches",
        "centimetres", "centimeters", "millimetres", "millimeters", "yards", "degrees",
        "kilograms", "kilos", "grams", "pounds", "litres", "liters", "gallons", "acres",
        "storeys", "stories", "floors", "laps", "points", "goals", "runs", "places", "steps",
        "levels",
        "kmh", "mph", "knots", "decibels", "volts", "watts", "megawatts", "calories",
        "pages", "words", "chapters", "paragraphs", "lines", "hectares", "tonnes", "tons",
        "barrels", "megatonnes", "kilotonnes", "ounces", "pints", "lbs", "litre",
        "sq", "square", "cubic", "metric", "bushels", "carats", "nautical", "kilowatts",
        "gigawatts", "megawatt-hours", "kilowatt-hours", "terawatt-hours", "gigabytes",
        "megabytes", "terabytes", "bytes", "celsius", "fahrenheit",
    }
)  # fmt: skip
# Plurals of ideas and of the parts something is told or done in: "two reasons", "in two
# phases", "both sides": how a story is told, never a figure worth recording.
ABSTRACT_NOUNS = frozenset(
    {"reasons", "ways", "things", "questions", "factors", "options", "lessons", "ideas",
     "scenarios", "possibilities", "aspects", "sides", "phases", "stages", "versions",
     "tallies", "shifts", "categories", "types", "kinds", "parts", "sorts", "approaches",
     "explanations", "answers", "fronts"}
)  # fmt: skip
# What a treatment is given in: a few of them are how it is given ("children need two doses",
# "each person receives two doses"), not a count of supplies ("50,000 doses").
REGIMEN_NOUNS = frozenset({"doses", "jabs", "injections", "tablets", "pills", "boosters"})
IRREGULAR_PLURALS = frozenset(
    {"aircraft", "personnel", "livestock", "cattle", "sheep", "fish", "deer", "equipment"}
)
# Aggregates of time written in thousands are counted work, not a span of
# time ("volunteers worked 40,000 hours"): time units that may be counted so.
COUNTED_TIME_UNITS = frozenset({"hours", "man-hours", "person-hours"})
# People counted as ill: "38 patients were in hospital" counts patients, not injuries.
ILLNESS_NOUNS = frozenset({"patients", "cases", "sufferers"})
# People held in custody: moving them is a transfer, not displacement.
CUSTODY_NOUNS = frozenset({"inmates", "prisoners", "detainees", "convicts"})
# People serving sentences: held in a prison, they are its population, not arrests.
SENTENCED_NOUNS = frozenset({"inmates", "prisoners", "convicts"})
# Words after "N of them" that grade the injured rather than count anew
# ("injuring 12, two of them seriously").
SEVERITY_WORDS = frozenset(
    {"seriously", "critically", "severely", "badly", "gravely", "slightly", "condition"}
)
# Past tenses and participles not written with "-ed": a part of a group followed by
# one has a verb of its own ("12 of them were held overnight", "1,800 of them spent
# the night in shelters").
IRREGULAR_PARTICIPLES = frozenset(
    {"held", "taken", "sent", "found", "left", "shot", "hit", "caught", "brought", "kept",
     "seen", "given", "freed", "fled", "beaten", "thrown", "put", "set", "sold", "told",
     "driven", "flown", "run", "struck", "stolen", "known", "born", "slain", "hurt", "died",
     "escaped", "gone", "made", "got", "gotten", "lost", "won", "led", "met", "spent",
     "slept", "went", "came", "stayed"}
)  # fmt: skip
# Places the injured are taken to: "took five to the Royal Infirmary".
HOSPITAL_NOUNS = frozenset(
    {"hospital", "hospitals", "infirmary", "clinic", "clinics", "a&e", "trauma", "medical"}
)
# Members of one person's family: "lost his father and two sisters", "a mother of
# three sons" describe someone; counted alone they are not a claim.
KINSHIP_NOUNS = frozenset(
    {"sisters", "brothers", "sons", "daughters", "siblings", "cousins", "nephews", "nieces",
     "uncles", "aunts", "grandchildren", "grandsons", "granddaughters", "grandparents",
     "stepchildren", "stepsons", "stepdaughters", "half-brothers", "half-sisters", "twins"}
)  # fmt: skip
# Animals: hurt or killed, they are counted things, not injuries or deaths of people.
ANIMAL_NOUNS = frozenset(
    {"horses", "dogs", "animals", "cattle", "cows", "sheep", "goats", "pigs", "camels",
     "chickens", "birds", "livestock", "donkeys", "mules", "cats", "pets", "elephants"}
)  # fmt: skip
# What people are treated for or admitted with that is illness, not harm done to them:
# "admitted to hospital with heat-related illness", "treated for dehydration".
ILLNESS_WORDS = frozenset(
    {"illness", "illnesses", "dehydration", "heatstroke", "heat-stroke", "exhaustion",
     "hypothermia", "sickness", "symptoms", "infection", "infections", "fever", "diarrhoea",
     "diarrhea", "cholera", "poisoning", "disease", "virus", "respiratory", "heat-related"}
)  # fmt: skip
# One person, whose age may follow after a comma: "his mother, now 88,".
PERSON_NOUNS = frozenset(
    {"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "widow",
     "widower", "grandmother", "grandfather", "man", "woman", "boy", "girl", "child", "uncle",
     "aunt", "nephew", "niece", "cousin", "friend", "neighbour", "neighbor", "victim",
     "survivor", "grandson", "granddaughter", "partner", "parent"}
)  # fmt: skip
# Places a group of people is told by ("residents of Brenna and two nearby hamlets",
# "people from Kanzo and the next village"): a place joined to another, not a group of
# its own, so the group's verb is read past it.
PLACE_NOUNS = frozenset(
    {
        "village", "villages", "hamlet", "hamlets", "town", "towns", "city", "cities",
        "district", "districts", "province", "provinces", "region", "regions", "county",
        "counties", "state", "states", "country", "countries", "neighbourhood",
        "neighbourhoods", "neighborhood", "neighborhoods", "suburb", "suburbs", "island",
        "islands", "settlement", "settlements", "camp", "camps", "estate", "estates",
        "street", "streets", "block", "blocks", "building", "buildings", "home", "homes",
        "hospital", "hospitals", "school", "schools", "area", "areas", "municipality",
        "municipalities", "valley", "valleys", "quarter", "quarters", "prison", "prisons",
    }
)  # fmt: skip

# Words that say a figure is an amount of money, for a unit no currency table holds
# ("fined 9.5 million marks", "a fund of 5 million marks", "the fine is 20,000 kron").
# Matched on whole words of the figure's sentence.
MONEY_CUES = frozenset(
    {"fine", "fines", "fined", "penalty", "penalties", "compensation", "fund", "funds",
     "funding", "funded", "budget", "budgets", "cost", "costs", "costing", "paid", "pay",
     "pays", "paying", "payment", "payments", "payout", "invest", "invested", "investing",
     "investment", "investments", "spent", "spend", "spending", "worth", "price", "prices",
     "priced", "salary", "salaries", "wage", "wages", "loan", "loans", "debt", "debts",
     "revenue", "revenues", "profit", "profits", "turnover", "tax", "taxes", "bail", "bribe",
     "bribes", "ransom", "damages", "grant", "grants", "subsidy", "subsidies", "donated",
     "donation", "donations", "valued", "valuation", "value", "earned", "earnings", "income",
     "reward", "bonus", "fee", "fees", "rent", "pension", "pensions", "allowance", "dividend",
     "dividends", "bill", "levy", "tariff", "sum", "sums", "cash", "money", "bank", "owed",
     "owes", "owe", "reparations", "settlement", "sold", "bought", "lent", "borrowed",
     "damage", "losses", "savings", "saved", "raised", "appeal"}
)  # fmt: skip
# Names of currencies that are also common English words ("marks" out of ten, "won" a
# race): an amount in one needs a scale ("5 million marks") or a money cue in its sentence.
AMBIGUOUS_CURRENCIES: dict[str, str] = {
    "marks": "marks", "mark": "marks", "won": "won", "real": "BRL", "sol": "PEN",
    "lats": "LVL", "punts": "IEP", "kip": "LAK",
}  # fmt: skip

# Verbs of arriving and leaving: people who arrive, land, come ashore or leave are displaced
# when the passage tells of refugees or migrants ("4,000 people landed on the island in
# May", "9,000 people have left the province"), not otherwise ("4,000 fans arrived").
ARRIVAL_VERBS: tuple[str, ...] = (
    "arrived", "arrive", "arriving", "landed", "landing", "came ashore", "come ashore",
    "coming ashore", "disembarked", "crossed", "made the crossing", "entered the country",
    "entered", "reached", "left", "departed", "set off", "set out",
)  # fmt: skip
# Words that make a passage one about people on the move.
MIGRATION_WORDS = frozenset(
    {"refugee", "refugees", "migrant", "migrants", "migration", "asylum", "asylum-seekers",
     "asylum-seeker", "displaced", "displacement", "fled", "fleeing", "exodus", "smugglers",
     "smuggling", "reception", "unhcr", "iom", "crossings", "deportation", "deported"}
)  # fmt: skip
# Who arrives as one of those on the move: plain words for people, not a trade or office
# ("aid workers arrived", "inspectors reached the camp" are not displaced).
PLAIN_PEOPLE = frozenset(
    {"people", "persons", "men", "women", "children", "families", "migrants", "refugees",
     "asylum-seekers", "adults", "minors", "individuals", "newcomers", "arrivals", "others",
     "more"}
)  # fmt: skip

# Stems of the words that tell a people kind anywhere in a counted subject's predicate
# ("were still being held in the detention wing", "had been reported to police as
# missing"), for a count the phrase rules leave plain; matched at a word's start.
PREDICATE_CUES: dict[Kind, tuple[str, ...]] = {
    Kind.ARRESTS: ("detain", "detention", "arrest", "custody"),
    Kind.DISPLACED: ("displac", "evacuat", "refuge", "homeless"),
    Kind.DISAPPEARANCES: ("missing", "disappear", "unaccounted", "whereabouts"),
}
# Words after a cue that make it name a place or a body, not the people's state ("the
# detention centre", "evacuation orders", "refugee camp officials").
CUE_PLACE_NOUNS = frozenset(
    {"centre", "centres", "center", "centers", "camp", "camps", "facility", "facilities",
     "officials", "official", "orders", "order", "routes", "route", "agency", "council",
     "law", "laws", "warrant", "warrants", "powers", "policy", "plan", "plans", "site",
     "sites", "wing", "unit", "board", "commission", "office", "status", "crisis", "persons"}
)  # fmt: skip
