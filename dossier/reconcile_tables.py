"""Tables of how each kind of figure behaves, and how figures are written out.

Shared by every step of the reconciler: which measures are running totals,
what tells two figures of a kind apart (candidate, subject, event), scope
and event-family words, the thresholds of blocking and grouping, and the
plain-text forms of figures, ranges and dates used in explanations.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from dossier.model import Interval, Kind, Status


def _words(text: str) -> frozenset[str]:
    """A word table written as one whitespace-separated string."""
    return frozenset(text.split())


# How a measure behaves over time.  "cumulative": a running total that cannot
# fall (a later larger figure is an update, a later smaller one a conflict);
# "tally": a vote count, growing while ballots are counted and fixed once final;
# "share": a share of the vote, moving either way while ballots are counted
# and fixed once final;
# "varying": may rise or fall (a later different figure is an update);
# "fixed": one true value (any incompatible pair is a conflict).
BEHAVIOUR: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.DEATHS: "cumulative",
        Kind.INJURIES: "cumulative",
        Kind.ARRESTS: "cumulative",
        Kind.DISAPPEARANCES: "cumulative",
        Kind.DISPLACED: "varying",
        Kind.COUNT: "varying",
        Kind.VOTE_SHARE: "share",
        Kind.VOTES: "tally",
        Kind.EVENT_DATE: "fixed",
        Kind.PERCENT: "fixed",
        Kind.MONEY: "fixed",
    }
)

# What else, besides kind and unit, tells two figures of a kind apart.
# "candidate": whose votes; "subject": what is counted; "event": what happened.
SIGNATURE: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.VOTE_SHARE: "candidate",
        Kind.VOTES: "candidate",
        Kind.COUNT: "subject",
        Kind.PERCENT: "subject",
        Kind.MONEY: "subject",
        Kind.EVENT_DATE: "event",
    }
)

# Kinds whose exact figures are rounded as written: "51.2%" means 51.15-51.25.
ROUNDED: frozenset[Kind] = frozenset({Kind.VOTE_SHARE, Kind.PERCENT})
# "About 12", "roughly 1,500": compared as the figure give or take this share
# ("roughly a dozen" reads as about 10 to 14).
APPROXIMATE_MARGIN = Decimal("0.15")

# How a summary names what is counted.
NOUN: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.DEATHS: "killed",
        Kind.INJURIES: "injured",
        Kind.ARRESTS: "arrested",
        Kind.DISAPPEARANCES: "disappeared",
        Kind.DISPLACED: "displaced",
        Kind.VOTE_SHARE: "of the vote",
        Kind.VOTES: "votes",
        Kind.EVENT_DATE: "",
        Kind.COUNT: "",
        Kind.PERCENT: "",
        Kind.MONEY: "",
    }
)

TITLE: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.DEATHS: "Deaths",
        Kind.INJURIES: "Injuries",
        Kind.ARRESTS: "Arrests",
        Kind.DISAPPEARANCES: "Disappearances",
        Kind.DISPLACED: "People displaced",
        Kind.VOTE_SHARE: "Vote share",
        Kind.VOTES: "Votes",
        Kind.EVENT_DATE: "Date",
        Kind.COUNT: "Count",
        Kind.PERCENT: "Percentage",
        Kind.MONEY: "Amount",
    }
)

# Scopes narrower than "everyone", found next to the figure.  Order matters:
# the first scope whose words appear wins.
SCOPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "security forces",
        (
            "security forces", "security force", "soldier", "soldiers", "police officer",
            "police officers", "policemen", "policeman", "officers", "troops", "guardsmen",
            "guards", "military personnel", "members of the armed forces",
        ),
    ),
    ("civilians", ("civilian", "civilians", "non-combatants", "villagers")),
    ("protesters", ("protester", "protesters", "protestor", "protestors", "demonstrators")),
    ("children", ("child", "children", "minors", "under 18", "students")),
    ("journalists", ("journalist", "journalists", "reporters")),
    ("women", ("women", "girls")),
    ("arbitrary", ("arbitrary", "arbitrarily", "political prisoners", "political detainees")),
    ("foreigners", ("foreigners", "foreign nationals", "tourists")),
    # Prisoners killed in a riot are not the guards killed in it.
    ("inmates", ("inmate", "inmates", "prisoner", "prisoners")),
    # People held by force are not the men who held them nor those who freed them.
    ("hostages", ("hostage", "hostages", "captive", "captives", "abductees")),
    # People who fled abroad are not people displaced inside their country.
    ("refugees", ("refugee", "refugees", "asylum seekers")),
    (
        "internally displaced",
        ("internally displaced", "displaced inside", "displaced within", "idps"),
    ),
)  # fmt: skip

# Armed men outside a state's forces.  Read only from the figure's own noun
# ("40 rebel fighters", "6 of its fighters", subject "militants"): written
# before the verb they are as often who did the killing ("Gunmen killed 14").
COMBATANTS = "combatants"
COMBATANT_WORDS = _words(
    """fighter fighters militant militants rebel rebels insurgent insurgents combatant
    combatants militiamen militia guerrilla guerrillas jihadist jihadists gunmen gunman
    attacker attackers assailant assailants hostage-takers bomber bombers"""
)

# Scopes that never count the same people: soldiers killed are not civilians
# killed, nor a rebel group's fighters.  Figures of two such scopes share a
# question only beside a figure for everyone, of which both are parts.
EXCLUSIVE_SCOPES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset(("security forces", other))
        for other in ("civilians", "protesters", "children", "inmates", "hostages", COMBATANTS)
    }
    | {
        frozenset((COMBATANTS, other))
        for other in ("civilians", "protesters", "children", "hostages")
    }
    | {frozenset(("refugees", "internally displaced"))}
)

# Words that make a disappearance figure a count of people still missing,
# which falls as they are found, rather than a running total of disappearances.
MISSING_WORDS = _words("missing unaccounted")

# What the figure is: what one side wants or offers, or the bar a rule sets,
# not what is.  "Unions are demanding an 8% pay rise" and "the government has
# offered 3.5%" answer different questions; so does either and the rise
# finally agreed, and "needed a turnout of 50%" and the turnout reached.
_STANCE_WORDS = {
    "demand": """demand demands demanded demanding seek seeks seeking sought want wants
        wanted wanting request requests requested requesting ask asks asked asking""",
    "offer": "offer offers offered offering propose proposes proposed proposing bid",
    "pledge": "pledge pledges pledged pledging promise promises promised promising",
    "appeal": "appealed appealing",  # not the noun: "the appeal is 32% funded"
    # A bar to clear is not what was reached: "needed a turnout of at least 50%".
    "requirement": """need needs needed require requires required threshold quorum""",
}
STANCE: Mapping[str, str] = MappingProxyType(
    {word: stance for stance, words in _STANCE_WORDS.items() for word in _words(words)}
)

# Nouns news writers use for one counted thing, folded to the first: "23 crew
# members" and "the 23 sailors", "asylum claims" and "asylum applications",
# "homes" and "houses" without power.  Only plain synonyms: a word that may count
# something else in another story ("supporters", "cars") stays itself.
_SAME_THING_WORDS: tuple[tuple[str, str], ...] = (
    ("worker", "staff staffer staffers employee employees worker workers workforce"),
    ("crew", "crew crews crewmember crewmembers crewmen sailor sailors seafarer seafarers "
             "seaman seamen mariner mariners"),
    ("coast", "coast coasts coastline coastlines shoreline shorelines"),
    ("pupil", "pupil pupils student students schoolchild schoolchildren"),
    ("spectator", "spectator spectators fan fans"),
    ("job", "job jobs post posts position positions"),
    ("claim", "claim claims application applications"),
    ("home", "home homes house houses dwelling dwellings household households"),
    ("case", "case cases infection infections"),
    ("firefighter", "firefighter firefighters fireman firemen"),
    ("wagon", "wagon wagons carriage carriages"),
    ("passenger", "passenger passengers traveller travellers traveler travelers"),
    ("child", "child children kid kids minor minors"),
    # nouns of an action, read as its verb is (``reconcile_signature._SAME_ACTION``)
    ("arrive", "arrival arrivals crossing crossings landing landings"),
    ("convict", "conviction convictions"),
)  # fmt: skip
SAME_THING: Mapping[str, str] = MappingProxyType(
    {word: thing for thing, words in _SAME_THING_WORDS for word in words.split()}
)

# Words of a crowd's subject ("marchers", "people took to the streets"): counts
# of one day's crowd, whatever the noun.
CROWD_WORDS = _words("march marcher demonstrator crowd took street streets rally")
# What a crowd did, or the noun before the figure ("Thursday's crowd at").
CROWD_ACTIONS = _words("march crowd")

# Measures of one day's event (a crowd, a strike, a poll's turnout): figures
# for days further apart than this are about different days, not updates.
_EVENT_DAY_GAP = 2

# The period a figure covers, read from its sentence: a running total
# ("since February", "so far"), one day ("on Saturday"), one calendar year
# ("in 2025").  A day's count is not a running total.
_RUNNING = re.compile(
    r"\b(?:since|so far|to date|this year|in total|altogether|cumulative)\b", re.IGNORECASE
)
_ONE_DAY = re.compile(
    r"\b(?:(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day alone|in a single day|in one day|"
    r"in the (?:past|last) (?:24|48) hours|overnight|over the weekend|last week|"
    r"in the (?:past|last) (?:week|few days|two days|three days|seven days))\b",
    re.IGNORECASE,
)
# Words that make a day's figure a running total told on that day ("the toll rose to 31 on Sunday").
_TOLL = re.compile(r"\b(?:toll|total|tally|rose|risen|climbed|now)\b", re.IGNORECASE)
# An earlier year's event named by its year: "the 2009 quake", "the 2019 protests"
# (not a name: "under the 2019 Protest Act").
_PAST_EVENT = re.compile(r"\b[Tt]he\s+((?:19|20)\d\d)\s+[a-z]")
_ONE_YEAR = re.compile(
    r"\b(?:in|during|throughout)\s+((?:19|20)\d\d)\b(?!\s*[-–])(\s+alone)?", re.IGNORECASE
)
# One month set apart: "In May alone, 300 people were killed".
_ONE_MONTH = re.compile(
    r"\bin\s+(January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+alone\b",
    re.IGNORECASE,
)

# Event families: claims about different families are different questions.
EVENT_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unrest", (
        "protest", "protests", "protesters", "demonstration", "demonstrations", "riot",
        "riots", "unrest", "clashes", "crackdown", "repression", "uprising", "march",
        "marches", "rally", "rallies", "election", "elections", "vote", "poll", "polls",
        "ballot", "coup", "referendum", "plebiscite",
    )),
    ("earthquake", ("earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock",
                    "aftershocks", "tsunami")),
    ("weather", ("flood", "floods", "flooding", "storm", "hurricane", "cyclone", "typhoon",
                 "landslide", "landslides", "mudslide", "rains", "monsoon", "heatwave",
                 "drought", "tornado")),
    ("fire", ("fire", "fires", "wildfire", "wildfires", "blaze", "explosion", "blast")),
    ("collapse", ("collapse", "collapsed", "mine", "mines", "cave-in", "building")),
    ("labour", ("strike", "strikes", "walkout", "strikers", "union", "stoppage")),
    ("war", ("war", "attack", "attacks", "airstrike", "airstrikes", "bombing", "shelling",
             "offensive", "fighting", "ambush", "massacre", "militants", "insurgents")),
    ("transport", ("crash", "derailment", "accident", "collision", "capsized", "sank",
                   "ferry", "plane", "train", "bus")),
    # Not "cases": cases of enforced disappearance, court cases.
    ("disease", ("outbreak", "epidemic", "pandemic", "cholera", "virus", "infections",
                 "infected")),
    ("council", ("council", "councillors", "motion", "resolution", "assembly", "parliament",
                 "congress", "senate", "bill")),
)  # fmt: skip

_GAP_DAYS = 30  # a longer silence between figures starts a new time block
# Sums of money and rates belong to institutions and processes (a fine and its
# appeal, a loan and its payments, a quarter's growth and its revision) that
# the news comes back to over months, not to an event told over a few days.
SLOW_KINDS: frozenset[Kind] = frozenset({Kind.MONEY, Kind.PERCENT})
_SLOW_GAP_DAYS = 120  # the silence that starts a new time block for them
_COMPARABLE_DAYS = 1  # as-of dates this close are "the same time"
_SUBJECT_MIN = 85.0  # rapidfuzz score for two count subjects to be one thing
_EVENT_MIN = 80.0  # rapidfuzz score for two event descriptions to be one event
_MAX_PAIRS_SHOWN = 3

_EVENT_WORD = {w: fam for fam, words in EVENT_FAMILIES for w in words}
_STATUS_RANK = {
    Status.CONFLICT: 0,
    Status.SCOPE: 1,
    Status.UPDATE: 2,
    Status.CONSISTENT: 3,
    Status.SINGLE: 4,
}
_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
_WORD = re.compile(r"[\w’'-]+")
_STOP = re.compile(
    r"[,;:()\[\]\n]|\d|\.\s|—|–"
    r"|\b(?:and|while|but|whereas|as well as|compared with|by|at the hands of)\b"
)
# A running total reported as having grown: "the death toll has risen to".
_RISE = re.compile(
    r"\b(?:ris(?:en|es|e)|rose|climbed|climbs|jumped|increased|grew|grown|reached|"
    r"mounted|swelled|passed|topped|now stands at|now at|now)\b(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
# Verbs that say a value set by someone, or measured again, was changed to the
# figure after them: "cut the fine to", "lifted its main rate to", "was revised
# up to", "has since eased to".  A later figure for a fixed measure told this
# way updates the earlier one instead of contradicting it.
_CHANGE_VERBS = _words(
    """cut cuts raised raises lifted lifts lowered lowers reduced reduces revised
    revises increased increases decreased decreases hiked hikes trimmed trims slashed
    slashes eased eases rose rises risen fell falls fallen climbed climbs dropped drops
    jumped jumps grew grows grown adjusted adjusts amended amends corrected corrects
    upgraded downgraded widened narrowed doubled halved"""
)
# Verbs that say a running sum got to the figure: "payments have reached".
_REACH_VERBS = _words("reached reaches hit hits topped tops passed passes")
_CHANGE_TO = re.compile(
    r"\b(?:" + "|".join(sorted(_CHANGE_VERBS)) + r")\b(?:\s+[\w’'-]+){0,5}?\s+to\s*$"
    r"|\b(?:" + "|".join(sorted(_REACH_VERBS)) + r")\b(?:\s+[\w’'-]+){0,2}?\s*$"
    r"|\bnow\s+(?:stands?\s+at|at)\s*$",
    re.IGNORECASE,
)
_SUBJECT_STOP = _words("the a an of in at on for to and people persons")
# A perpetrator phrase just before a noun phrase: "at the hands of security forces".
_PERPETRATOR = re.compile(
    r"\b(?:by|at the hands of|from|fired on by|shot by|attacked by|killed by|beaten by)"
    r"(?:\s+(?:the|a|an|some|armed|pro-government|government|state|local))*\s+[\w\s-]{0,25}$"
)


def _mode(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda k: (-counter[k], k)) if counter else None


def _point_low(value: Interval) -> Decimal | None:
    return value.low if value.low is not None else value.high


def _point_high(value: Interval) -> Decimal | None:
    return value.high if value.high is not None else value.low


def _day(d: date, *, short: bool = True) -> str:
    month = _MONTHS[d.month - 1]
    return f"{d.day} {month[:3] if short else month} {d.year}"


def number(value: Decimal) -> str:
    """A figure as a reader writes it: 1,062 and 51.2."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return format(value.normalize(), ",f")


def _is_percent(unit: str) -> bool:
    return unit.casefold() in {"%", "percent", "per cent", "percentage", "pct"}


def _value(value: Interval, unit: str) -> str:
    pct = "%" if _is_percent(unit) else ""
    lo, hi = value.low, value.high
    if lo is not None and hi is not None:
        return f"{number(lo)}{pct}" if lo == hi else f"{number(lo)}–{number(hi)}{pct}"
    if lo is not None:
        return f"at least {number(lo)}{pct}"
    if hi is not None:
        return f"at most {number(hi)}{pct}"
    return "unknown"
