"""The words attribution reads and the shape of a name.

Tables of speech, promise and act verbs, nouns that head a source
(agents, titles, documents, studies, people), pronouns and capitalised
words that are not names; the patterns the other attribution modules share
(a run of capitalised words, a speech verb, an organisation's head noun);
and whether a phrase looks like a name (``looks_like_a_name``,
``strip_titles``).
"""

from __future__ import annotations

import re

from dossier.entities import DEMONYMS

SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "told", "stated", "reported", "reports", "claimed", "claims",
    "announced", "confirmed", "confirms", "estimated", "estimates", "counted", "recorded",
    "documented", "spoke of", "wrote", "tweeted", "posted", "noted", "added", "warned",
    "alleged", "insisted", "explained", "revealed", "registered", "tallied", "declared",
    "put the", "puts the", "cited", "listed", "lists", "stressed", "pointed out", "acknowledged",
    "concluded", "denounced", "indicated", "informed", "updated", "raised", "published",
    "saying", "stating", "claiming", "reporting", "adding", "citing", "according",
    "say", "report", "estimate", "confirm", "claim", "show", "shows", "showed",
    "appealed", "appeals", "recommends", "recommended", "believe", "believes", "plans",
    "pledging", "promising", "vowing", "pledged", "promised", "vowed", "asked for",
    "asking for", "asks for", "called for", "calling for", "demanded", "demanding",
    "seeking", "seeks", "expects", "forecasts", "predicted", "predicts", "warn", "warns",
    "heard", "calculated", "calculates", "found", "finds",
    r"(?:gave|argued for|put forward|proposed) (?:a|an) (?:[\w-]+ )?"
    r"(?:figure|toll|estimate|count|total)", "gave figures",
    r"(?:launched|issued|made) (?:a|an) (?:[\w-]+ )?appeal", "records that", "credited",
    "credits", "blamed", "blames",
)  # fmt: skip


# A person's promise is their claim ("Marek has promised to raise the minimum wage to
# 4,500 krone"); a body's pledge of money is an event the article reports.
PROMISE_VERBS = frozenset({"pledged", "promised", "vowed"})


# Official acts whose object is the figure: "Police arrested 47 people", "the
# inspectorate has opened 23 investigations".  Whoever acted gives the figure.
ACT_VERBS: tuple[str, ...] = (
    "arrested", "detained", "charged", "fined", "sentenced", "ordered", "closed", "opened",
    "evacuated", "seized", "deported", "suspended", "banned", "expelled", "dismissed",
    "released", "allocated", "granted", "earmarked", "disbursed", "asked", "cut", "opened",
)  # fmt: skip


# Nouns that can head an unnamed source ("the prosecutor's office reported").
AGENT_NOUNS = frozenset(
    {
        "office", "ministry", "police", "officials", "official", "authorities", "government",
        "spokesperson", "spokesman", "spokeswoman", "agency", "ngos", "ngo", "group", "groups",
        "organisation", "organization", "commission", "council", "media", "hospital",
        "hospitals", "sources", "witnesses", "residents", "organizers", "organisers", "union",
        "unions", "army", "military", "rescuers", "firefighters", "department", "service",
        "services", "prosecutor", "prosecutors", "coalition", "opposition", "committee",
        "observers", "monitors", "board", "court", "regime", "campaign", "party", "mayor",
        "governor", "minister", "president", "spokesmen", "activists", "doctors", "staff",
        "center", "centre", "institute", "network", "ombudsman", "tribunal", "company",
        "operator", "relatives", "lawyers", "watchdog", "team", "authority", "officers",
        "tally", "count", "figures", "data", "statistics", "report", "estimate", "estimates",
        "inspectorate", "directorate", "regulator", "crew", "crews", "teams", "brigade",
        "experts", "analysts", "academics",
    }
)  # fmt: skip


# Words that precede a name without being part of it.
TITLE_WORDS = frozenset(
    {
        "president", "secretary", "general", "attorney", "senior", "director", "minister",
        "undersecretary", "opposition", "leader", "mr", "mrs", "ms", "dr", "gen", "sen",
        "rep", "gov", "governor", "mayor", "former", "prosecutor", "chief", "judge", "the",
        "spokesperson", "spokesman", "spokeswoman", "commissioner", "deputy", "colonel",
        "captain", "sergeant", "lieutenant", "prime", "foreign", "interior", "defence",
        "defense", "police", "executive", "u.s.",
        "us", "u.s", "eu", "un", "national", "assembly", "international", "amnesty",
        "organization", "organisation", "court", "council", "ministry", "of", "said",
        "according", "senator", "representative", "chairman", "chairwoman", "chair",
        "head", "commander", "inspector", "superintendent", "sheriff", "officer", "pope",
        "king", "queen", "prince", "archbishop", "bishop", "father", "rabbi", "imam",
        "professor", "prof", "doctor", "ceo", "founder", "activist", "lawyer", "via",
        "councillor", "councilor", "alderman", "staff", "sgt", "justice",
    }
)  # fmt: skip


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


STOP_CAPITALS = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this",
        "that", "these", "those", "but", "and", "or", "as", "after", "before", "since",
        "while", "when", "if", "for", "of", "to", "by", "with", "from", "during", "once",
        "despite", "amid", "amidst", "meanwhile", "earlier", "later", "both", "most", "some",
        "many", "several", "there", "its", "his", "her", "their", "our", "my", "your",
        "according", "subsequently", "precisely", "even", "watch", "via", "continue",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "one", "two", "three", "seven",
        "nine", "eleven", "thousands", "hundreds", "dozens", "opposition", "former",
        "national", "prosecutor", "senior", "all", "no", "yes", "what", "who", "where",
        "how", "why", "about", "over", "more", "less", "each", "every", "among",
        "however", "although", "though", "because", "so", "then", "now", "today",
        "yesterday", "last", "next", "also", "just", "only", "until", "unless",
    }
)  # fmt: skip


_SPACES = re.compile(r"\s+")


# A source named at the very end of a sentence speaks for all its clauses.
_TRAILING_SOURCE = re.compile(
    r",\s*(?:according to\s+[^,;:“”\"]+|[^,;:“”\"]{1,60}?\s(?:said|says|reported|announced))"
    r"(?:\s+(?:on|late on|early on)\s+\w+)?\s*[.!?]?$",
    re.IGNORECASE,
)


def _tokens(name: str) -> list[str]:
    return [t for t in _SPACES.split(name) if t]


def _is_title_word(word: str) -> bool:
    """A word that introduces a name: an office, an honorific or a nationality."""
    return word in TITLE_WORDS or word in DEMONYMS


def strip_titles(name: str) -> str:
    """ "Attorney General Tarek William Saab" -> "Tarek William Saab"."""
    toks = _tokens(name)
    if not toks or not toks[0][:1].isupper():
        return name
    k = 0
    words = [t.lower().rstrip(".").removesuffix("’s") for t in toks]
    while k < len(toks) - 1 and (
        words[k] in TITLE_WORDS or (words[k] in DEMONYMS and words[k + 1] in TITLE_WORDS)
    ):
        k += 1  # "Attorney General ...", "Colombian President ..." (not "American Red Cross")
    return " ".join(toks[k:])


_NAME_PARTICLES = frozenset({"de", "da", "del", "la", "los", "van", "von", "der", "di", "y"})


# Words that make a capitalised phrase a body's name rather than a person's.
_BODY_WORDS = frozenset(
    {"of", "for", "and", "the", "organization", "organisation", "nations", "association",
     "foundation", "agency", "party", "group", "network", "programme", "program", "trust",
     "bank", "fund", "corps", "cross", "crescent", "watch", "international", "statistics"}
)  # fmt: skip


def looks_like_a_name(text: str) -> bool:
    """Whether ``text`` is written as a person's name, not a body's or a description."""
    words = _tokens(text)
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) and not any(
        w.lower() in _BODY_WORDS or w.lower() in _ORG_HEADS for w in words
    )


_ORG_HEADS = frozenset(
    {
        "ministry", "office", "department", "agency", "commission", "council", "board",
        "service", "authority", "committee", "court", "union", "institute", "organization",
        "organisation", "police", "guard", "government", "army", "tribunal", "bureau",
        "programme", "program", "fund", "federation", "network", "centre", "center",
    }
)  # fmt: skip
