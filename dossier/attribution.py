"""Who a figure is attributed to, and the names around it.

News prose attributes figures in a handful of shapes: "according to X",
"X said (that)", "..., X said.", "X, a rights group, reported", "X put the
toll at N", "X's figures show N", "a 2023 audit by X found", quotations
closed by ``,” Almagro said`` and block quotes introduced by "Rosas added:".
A figure with none of these is the article's own voice (``None``).

Names are written out as the article gives them: a role followed by its
holder ("the medical superintendent, Dr Nasreen Akhtar"), an office named
again ("the chief medical officer"), "the force" for the police force named
before, a document's issuer ("the statement said" after "the force said in
a statement"), and acronyms the article defines ("UNHCR").  A study that
"shows how" speaks for the sentence after it; a press release's "we",
"our" and "us" are its issuer.

The speaker is the noun heading its phrase ("health officials in Kivani",
"families of inmates"); an unnamed spokesperson speaks for the body ("a
spokesman for the Red Cross" -> Red Cross), a named one for themselves.
Short names are written out in full where the article introduces the person
("Almagro" -> "Luis Almagro", "the minister" -> "Jane Doe" after "Interior
Minister Jane Doe"), so claims from different sentences agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dossier.entities import DEMONYMS
from dossier.names import MONTHS, WEEKDAYS, NameEvidence, find_names, name_evidence

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
    r"gave (?:a|an) (?:[\w-]+ )?(?:figure|toll|estimate|count|total)", "gave figures",
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
        "inspectorate", "regulator", "crew", "crews", "teams", "brigade",
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
        "councillor", "councilor", "alderman", "staff", "sgt",
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

_CAP = r"(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w’'\-]*"
_NAME_RUN = re.compile(
    rf"(?:{_CAP})(?: +(?:(?:de|da|del|la|los|van|von|der|di|of|the|y) +)?(?:{_CAP}))*"
)
_VERB = re.compile(r"(?<![\w-])(" + "|".join(SPEECH_VERBS) + r")\b")  # not "Oslo-listed"
_ACCORDING = re.compile(
    r"\baccording to\s+(?P<np>[^,.;:“”\"()]+?)(?=\s*(?:[,.;:”\")]|\s+(?:while|and|but|who|which)\b|$))",  # noqa: E501
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although)\b|\s+while\s+")
_FILLER_TAIL = re.compile(
    r"(?:,\s*)?\b(?:also|later|earlier|previously|has|have|had|is|are|was|were|then|separately|"
    r"separately,|now|just|there|originally|initially|already|first|"
    r"on \w+(?: \w+)?|in a statement|in a report|on x|on twitter|today|yesterday|tonight|"
    r"(?:late|early) on \w+|this week|last week|earlier today)\s*$",
    re.IGNORECASE,
)
# A clause break inside the words before a speech verb.
_CLAUSE_TAIL = re.compile(
    r"(?:[;:—–()“”]|(?<!\d),|,(?!\d))\s*(?:(?:and|but|while|after|before|as|when)\s+)?"
    r"|(?:^|\s+)(?:and|but|while|after|before|as|when)\s+"
    r"|(?:^|(?<=\s))(?:that|which|whom)\s+"
    r"(?=(?:the|a|an|its|their|his|her|he|she|it|they|we)\b|[A-Z])"
    r"|(?<![A-Z])(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!St)\.\s+(?=[A-Z])"  # a sentence's end
)
# A short noun phrase opened by a determiner: a speaker even when its head is
# not in AGENT_NOUNS ("the coast guard", "a local broadcaster").
_DETERMINED_NP = re.compile(r"(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}", re.I)
_BARE_PLURAL = re.compile(r"(?:[A-Za-z][\w’'-]*\s+)?[a-z][\w’'-]*[^s\W]s")
# Documents stand in for their authors: "results from the election board",
# "the agency's latest bulletin", "figures released by the ministry".
DOCUMENT_NOUNS: tuple[str, ...] = (
    "results", "figures", "data", "bulletin", "report", "statement", "tally", "count",
    "estimate", "estimates", "update", "records", "statistics", "numbers", "register",
    "registry", "database", "ledger",
)  # fmt: skip
# Research that "found" or "showed" a figure speaks for it ("a 2022 survey found").
STUDY_NOUNS: tuple[str, ...] = (
    "poll", "survey", "study", "census", "analysis", "audit", "review", "investigation",
    "report", "count", "tally", "assessment", "inquiry", "inquest",
)  # fmt: skip
# "the statistical office's price survey" is the office's, like its bulletin.
_DOCS = "|".join(sorted({*DOCUMENT_NOUNS, *STUDY_NOUNS}))
_DOCUMENT_OF = re.compile(
    rf"^(?:(?:the|a|an|its|their|[\w-]+)\s+){{0,3}}(?:{_DOCS})\s+"
    rf"(?:(?:released|published|issued|compiled|provided|given)\s+)?(?:from|by|of)\s+"
    rf"(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,5}}?)"
    rf"(?:\s+(?:on|in|at|late|early|last)\s+\w+.*)?$"
    rf"|^(?:the\s+)?(?P<np2>[\w’'-]+(?:\s+[\w’'-]+){{0,3}})(?:’s|'s)\s+"
    rf"(?:[\w.-]+\s+){{0,3}}(?:{_DOCS})$"
    rf"|^(?:the\s+)?(?!(?:the|a|an)\s)(?P<np3>(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){{0,4}})\s+"
    rf"(?:latest\s+|official\s+|new\s+|own\s+)?(?:{_DOCS})$",
    re.IGNORECASE,
)
# What a study does with a figure: "a 2022 survey found", "the census counted".
STUDY_VERBS: tuple[str, ...] = (
    "found", "finds", "showed", "shows", "suggested", "suggests", "counted", "recorded",
    "concluded", "concludes", "estimated", "estimates",
)  # fmt: skip
_STUDIES = "|".join(STUDY_NOUNS)
# Words that may follow a study's noun before its verb: its author or sponsor,
# when and how it was made ("a poll by Kvist Research for this newspaper last
# month found"), never a new clause ("the report was released as police found").
_STUDY_FOUND = re.compile(
    rf"\b(?P<np>(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_STUDIES}))\b"
    r"(?P<rest>(?:\s+(?:by|of|from|for|published|released|conducted|carried|commissioned|"
    r"ordered|funded|in|on|last|this|earlier)\b|,)[^;.“”]{0,90}?)?"
    rf"\s+(?:also\s+)?(?:{'|'.join(STUDY_VERBS)})\b",
    re.IGNORECASE,
)
# "In a survey published this month by the Korvel Institute, 54% ...": the study
# opens the sentence, and the figures after its comma are its findings.
_IN_A_STUDY = re.compile(
    rf"\b(?:in|according\s+to)\s+(?P<np>(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:{_STUDIES}))\b(?P<rest>[^,;.“”]{{0,90}}),",
    re.IGNORECASE,
)
_BODY_NAME = rf"(?:{_NAME_RUN.pattern})(?:\s+(?:for|and)\s+(?:{_NAME_RUN.pattern}))*"
# Who made a study: the name after "by" and its describing words ("by the polling
# firm Pulso Kalinao"), else the common noun up to the next preposition or comma,
# or the name set off after it ("by the camp's management agency, the Office ...").
_MADE_BY = re.compile(
    rf"\bby\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w’'-]*|[A-Z][\w’']*-[a-z]+)\s+){{0,3}}?"
    rf"(?P<name>{_BODY_NAME})"
    r"|\bby\s+(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
    r"(?=\s*(?:[,(]|$)|\s+(?:for|on|in|at|last|this|earlier|with|and)\b)"
)
_SET_OFF_NAME = re.compile(rf",\s+(?:the\s+)?(?P<name>{_BODY_NAME})")


# A verb inside a relative clause set off by commas: ", run by the administration that
# the offensive seeks to dislodge, said".
_IN_RELATIVE = re.compile(r",[^,;]*\b(?:that|which|whom)\s+(?:the|a|an|its|their)\s[^,;]*$")


# A document or study as the subject of the clause: "The report makes 52 recommendations".
_DOCUMENT_SUBJECT = re.compile(
    rf"\W*(?:the|its|their|this)\s+(?:[\w-]+\s+)?(?P<doc>{_DOCS})\s+(?:also\s+)?"
    r"(?:makes|lists|gives|contains|documents|records|identifies|sets out|includes|names)\b",
    re.IGNORECASE,
)


def _told_aside(clause: str, verb: re.Match[str], figure: int) -> bool:
    """Whether ``verb`` stands in a relative clause set off by commas that leaves out the figure.

    ", run by the administration that the offensive seeks to dislodge, said on
    Wednesday that 1,286 people ..." is the administration's; "which the UN said
    killed about 900 people" keeps its figure inside.
    """
    aside = _IN_RELATIVE.search(clause, 0, verb.start())
    if aside is None or figure < 0:
        return False
    return figure < aside.start() or "," in clause[verb.end() : figure]


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
_PASSIVE_BY = re.compile(
    rf"\s+by\s+(?P<np>(?:the\s+)?(?:{_NAME_RUN.pattern}|[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}}?))"
    r"(?=\s+(?:to|as|at|in|on)\b|\s*[,.;]|$)"
)
_FOUND_THAT = re.compile(r"(?:\s+(?:instead|also|previously|earlier|then))?,?\s+that\b")
_DECLARED_A_STATE = re.compile(r"\s+(?:a|an)\s")
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|the|a|an)\s+$", re.IGNORECASE)
# Speech verbs that are participles before "by": "a poll published by the institute".
_PARTICIPLES = frozenset(
    {"published", "reported", "estimated", "counted", "recorded", "documented", "registered",
     "tallied", "confirmed", "cited", "listed", "updated", "claimed", "announced"}
)  # fmt: skip
_BY_SOMEONE = re.compile(r"\s+by\s+(?!(?:phone|telephone|email|e-mail|text|video|letter)\b)")
# A study someone owns ("in its annual report"): its owner is named as the speaker.
_OWNED = re.compile(r"(?:its|their|his|her)\s", re.IGNORECASE)
# A study's sponsor is not its author: "an audit commissioned by the council".
_SPONSORED = re.compile(r"\b(?:commissioned|funded|ordered|requested|paid\s+for)\s+$")


def _study_author(np: str, rest: str, after: str = "") -> str:
    """The author of the study ``np`` whose description is ``rest``, else the study itself.

    ``after`` is the text following ``rest``, where a name set off by commas may sit.
    """
    made = _MADE_BY.search(rest)
    if made is not None and _SPONSORED.search(rest, 0, made.start()):
        made = None
    if made is None:
        return _clean_np(np)
    if made.group("name"):
        return made.group("name")
    set_off = _SET_OFF_NAME.match(rest + after, made.end())
    return set_off.group("name") if set_off else _clean_np(made.group("np"))


# A figure someone put forward, passive: "the 7% rise demanded by unions".
_BY_AGENT = re.compile(
    r"\b(?:demanded|sought|proposed|estimated|claimed|forecast|projected|counted|requested|"
    r"offered|cited|put forward)\s+by\s+(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:was|were|is|are|has|have|had|and|but|on|in|last|this)\b)"
)
# An infinitive or a modal before a speech verb: a statement still to come.
_NOT_YET_SAID = re.compile(r"\b(?:to|will|would|could|may|might|should|must)\s+$", re.IGNORECASE)
# A form of "to be" right before the verb makes it passive: no speaker there.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$", re.IGNORECASE)
# Words between a speech verb and a name that show the name is not its subject.
_NOT_TITLE_WORDS = frozenset(
    {"that", "as", "of", "on", "in", "at", "by", "to", "for", "with", "from", "it", "its", "this"}
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NAME_RUN_AT_END = re.compile(rf"(?:{_NAME_RUN.pattern})$")
_DETERMINER = re.compile(r"^(?:the|a|an|local|state|federal|city)\b", re.IGNORECASE)
_COMMA_OR_QUOTE_AT_END = re.compile(r"[,”\"]\s*$")
# A name after "said" that opens what was said, not who said it: "..., said Labour would".
_STATEMENT_GOES_ON = re.compile(
    r"\s+(?!(?:on|in|at|of|from|after|before|during|late|early|last|this|who|told|and|as|"
    r"when|while|outside|by)\b)(?-i:[a-z])"
)
_NAME_AFTER_WORDS = re.compile(rf"\s*(?:[a-z]+\s+){{0,3}}?({_NAME_RUN.pattern})")
_NAME_AFTER = re.compile(rf"\s+({_NAME_RUN.pattern})")
_LEADING_NP = re.compile(r"\s*((?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)\s+(?:also\s+)?\w+ed\b")
# A speech verb opening what was said, with or without "that": its speaker
# speaks for the clauses joined on after it ("said crew earn €24,500, while ...").
_SAID_THAT = re.compile(r"\b(?:said|says|stated|reported|told)\s+(?:that\b|,|(?-i:[a-z\d]))")
_SPEAKER_THEN_VERB = re.compile(
    rf"\s*({_NAME_RUN.pattern}|he|she|they)\s+(?:{'|'.join(SPEECH_VERBS)})\b"
)
_VERB_THEN_SPEAKER = re.compile(rf"\s*(?:{'|'.join(SPEECH_VERBS)})\s+({_NAME_RUN.pattern})")
_VERB_BEFORE_QUOTE = re.compile(r"\b(" + "|".join(SPEECH_VERBS) + r")\b[^.“”]{0,40}[,:]?\s*$")
_SPACES = re.compile(r"\s+")
_WEEKDAYS_AND_MONTHS = WEEKDAYS | MONTHS
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"


_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def _clean_np(np: str) -> str:
    np = np.strip(" ,“”\"'")
    np = _ARTICLE.sub("", np)
    return np.strip()


def _author(np: str) -> str:
    """The body behind a document or a spokesperson ("results from the board" -> "board")."""
    mouthpiece = _MOUTHPIECE_FOR.fullmatch(np)
    if mouthpiece:
        return _clean_np(mouthpiece.group("body"))
    document = _DOCUMENT_OF.match(np)
    if document is None:
        return np
    return _clean_np(document.group("np") or document.group("np2") or document.group("np3"))


# Unnamed people who speak for a body: the body is the source.
MOUTHPIECES = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "official",
    "officials", "source", "sources",
)  # fmt: skip
_MOUTHPIECE_FOR = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+)?(?:"
    + "|".join(MOUTHPIECES)
    + r")\s+(?:for|of|at|from|with)\s+(?P<body>.+)",
    re.IGNORECASE,
)
# A person named with the body they serve: "Staff Sgt. Kevin Mulroney of the provincial police".
_PERSON_OF_BODY = re.compile(
    rf"(?P<name>{_NAME_RUN.pattern})\s+of\s+(?:the\s+)?(?-i:[a-z])[\w’'. -]*$"
)
# A body's head noun written with a capital after "the": "the Bank", "the Commission".
_CAPITALISED_HEAD = re.compile(r"[Tt]he\s+(?:Bank|Commission|Committee|Council|Board|Ministry)")
# People working for a body named in the possessive: "the inquiry's experts".
_ITS_STAFF = re.compile(
    r"(?P<owner>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)(?:’s|'s)\s+"
    r"(?:own\s+)?(?:experts|staff|researchers|investigators|analysts|officials|statisticians)"
)
# An unnamed mouthpiece after the body's name: "a Red Cross spokesman", "an EU official".
_BODY_MOUTHPIECE = re.compile(
    rf"\b(?:a|an|the)\s+(?P<body>{_NAME_RUN.pattern})\s+(?:senior\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|representative|official|source)$"
)
# A speaker's noun with what follows it: "officials in Kivani", "families of
# inmates", "observers from the regional organisation", "a count commissioned
# by news outlets".  A place or sender after the noun is not the speaker; an
# "of" phrase is kept, up to the next preposition.
_HEADED_NP = re.compile(
    r"(?P<np>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+)"
    r"(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s+(?:against|for|in|at|from|on|over)\b|$))?)"
    r"\s*(?:\s(?:in|at|from|on|over|against|for|with)\s|\s(?:commissioned|published|released|"
    r"conducted|compiled|issued|carried out)\s|$)",
    re.IGNORECASE,
)
# People who speak for themselves: "a nurse on the cardiac ward", "one volunteer".
PEOPLE_NOUNS = frozenset(
    {
        "nurse", "worker", "volunteer", "witness", "resident", "survivor", "farmer", "teacher",
        "student", "driver", "miner", "engineer", "researcher", "doctor", "paramedic",
        "firefighter", "soldier", "guard", "vendor", "trader", "shopkeeper", "neighbour",
        "neighbor", "relative", "mother", "father", "woman", "man", "employee", "diplomat",
    }
)  # fmt: skip
# Endings of nouns for groups of people who can speak ("organisers", "observers").
_SPEAKER_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ies")


def _is_agent(word: str) -> bool:
    """Whether ``word`` names who can give a figure (not a place or a proper name)."""
    low = word.lower()
    return (
        low in AGENT_NOUNS
        or low.rstrip("s") in AGENT_NOUNS
        or low in PEOPLE_NOUNS
        or low.endswith(_SPEAKER_ENDINGS)
    )


# A day opening the clause before its subject: "On Monday the agency had put the toll at 39".
_LEADING_DAY = re.compile(
    r"^\s*(?:(?:on|by|in|late\s+on|early\s+on|last|this)\s+)?(?:the\s+)?(?:"
    + "|".join(sorted(_WEEKDAYS_AND_MONTHS | {"yesterday", "today"}))
    + r")\b[\w ]{0,12}?,?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)


def _subject_before(text: str) -> str | None:
    """The agent phrase that ends ``text`` (the words before a speech verb).

    "the Oslo-listed company" is "company": a place-made adjective describes
    a body named elsewhere, and the bare noun finds that name.
    """
    subject = _subject_phrase(text)
    if subject is not None:
        subject = _OPENING_CONJUNCTION.sub("", subject)  # "But Vasquez said"
    described = _DESCRIBED_BODY.fullmatch(subject or "")
    return described.group(1) if described else subject


_OPENING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Still|Now)\s+(?=[A-Z])")
# "Oslo-listed company", "London-based group": a body described, not named.
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_DESCRIBED_BODY = re.compile(r"[A-Z][\w’']*-[a-z]+\s+(company|group|firm|agency|organi[sz]ation)")


# A relative clause set off after the speaker, with their age before it:
# "Maureen Tolley, 72, who worked at the plant for 31 years, said".
_DESCRIBED_SPEAKER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:who|whose|which)\b[^“”\".;:]*,$")
# The speaker right before a relative clause: "by the civil protection service, which (also)".
_BEFORE_WHICH = re.compile(r",\s+(?:which|who)$")
_LAST_NP = re.compile(rf"(?:\b(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}[\w’'-]+|{_NAME_RUN.pattern})$")


_THE_NAME = re.compile(rf"the\s+(?P<name>{_BODY_NAME})")
# A title in lower case before a name: "councillor Nadia Brightwell", "chief executive Ana Ruiz".
_TITLED_NAME = re.compile(
    rf"(?:(?!(?:of|at|for|from|in)\b)[a-z][\w’'-]*\s+){{1,3}}(?P<name>{_NAME_RUN.pattern})"
)
# A speaker's noun phrase with a relative clause after it: "a commission that reported in 1984".
_RESTRICTED_NP = re.compile(
    r"(?P<np>(?:the|a|an)\s+[\w’' -]{1,40}?)\s+(?:that|which|who)\s+[^,;]*$", re.IGNORECASE
)


def _subject_phrase(text: str) -> str | None:
    """The agent phrase that ends ``text``, as written."""
    text = _TRAILING_PARENTHESIS.sub("", text.rstrip())  # "the UN refugee agency (UNHCR)"
    text = _LEADING_DAY.sub("", text)
    for _ in range(3):
        stripped = _FILLER_TAIL.sub("", text).rstrip()
        if stripped == text:
            break
        text = stripped
    described = _DESCRIBED_SPEAKER.search(text)
    if described:  # "A nurse on the ward, who asked not to be named because ..., said"
        text = text[: described.start()].rstrip()
    elif _BEFORE_WHICH.search(text):  # "moved by the civil protection service, which also"
        text = text[: _BEFORE_WHICH.search(text).start()].rstrip()
        last = _LAST_NP.search(text)
        if last:
            return _clean_np(last.group(0))
    if text.endswith(","):  # "Foro Penal, a Venezuelan NGO, stated"
        inner = text[:-1]
        comma = inner.rfind(",")
        if comma > 0:
            named = inner[comma + 1 :].strip()
            text = inner[:comma].rstrip()
            if _NAME_RUN.fullmatch(named) and text.split()[-1][:1].islower():
                return named  # "the agency's representative, Johan Lindqvist, said"
            set_off = _THE_NAME.fullmatch(named)
            if set_off and text.split()[-1][:1].islower():
                return set_off.group("name")  # "A local rights group, the Ouarri Collective, gave"
            titled = _TITLED_NAME.fullmatch(named)
            if titled and len(_tokens(titled.group("name"))) >= 2:
                return titled.group("name")  # "Its author, councillor Nadia Brightwell, said"
    text = text.rstrip(' ,“”"')
    # "..., prosecutors said": the speaker is only what follows the last
    # clause break, never the end of the reported clause before it.
    text = _CLAUSE_TAIL.split(text)[-1].strip()
    restricted = _RESTRICTED_NP.match(text)
    if restricted:  # "A government commission that reported in 1984 (concluded)"
        text = restricted.group("np")
    words = text.split()
    if not words:
        return None
    document = _DOCUMENT_OF.match(text)
    if document:  # "results from the county election board", "the agency's bulletin"
        return _clean_np(document.group("np") or document.group("np2") or document.group("np3"))
    if words[-1].lower() in DOCUMENT_NOUNS:  # "a police statement"; "figures show": nobody
        author = words[-2].lower() if len(words) > 1 else ""
        if author in ("the", "its", "their", "this"):
            return words[-1].lower()  # "the statement said": whoever issued it, if named
        return author if author in AGENT_NOUNS and author not in DOCUMENT_NOUNS else None
    last = words[-1].lower().strip("”“\"'")
    if last in PRONOUNS:
        return last
    person = _PERSON_OF_BODY.search(text)
    if (
        person
        and len(_tokens(person.group("name"))) >= 2
        and looks_like_a_name(person.group("name"))
    ):
        return person.group("name")  # "Kevin Mulroney of the provincial police"
    if _CAPITALISED_HEAD.fullmatch(text):  # "the Bank": the bank the article names
        return text.split()[-1].lower()
    mouthpiece = _MOUTHPIECE_FOR.fullmatch(text)
    if mouthpiece:  # "a spokesman for the Red Cross": the body speaks
        return _clean_np(mouthpiece.group("body"))
    mouthpiece = _BODY_MOUTHPIECE.search(text)
    if mouthpiece:  # "a Red Cross spokesman": the body speaks
        return mouthpiece.group("body")
    staff = _ITS_STAFF.fullmatch(text)
    if staff:  # "the inquiry's experts": the inquiry
        return _clean_np(staff.group("owner"))
    headed = _HEADED_NP.match(text)
    if (
        headed
        and _is_agent(headed.group("head"))
        and (headed.group("head")[:1].islower() or headed.start("head") == 0)
    ):  # a capital inside the phrase makes it a name ("International Organization for ...")
        return _clean_np(headed.group("np"))  # "health officials in Kivani", "families of inmates"
    match = _NAME_RUN_AT_END.search(text)
    if match and (
        match.group(0).lower() not in STOP_CAPITALS or _ACRONYM.fullmatch(match.group(0))
    ):
        return match.group(0)  # "WHO says": an acronym, not the word
    tail = words[-5:]
    for k in range(len(tail)):
        head = tail[-1].lower().strip("’'s")
        if head.rstrip("s") in AGENT_NOUNS or head in AGENT_NOUNS:
            np = " ".join(tail[k:])
            if _DETERMINER.match(np) or k == 0:
                return _clean_np(np)
    if tail and (tail[-1].lower().rstrip("s") in AGENT_NOUNS or tail[-1].lower() in AGENT_NOUNS):
        return _clean_np(" ".join(tail[-2:]))
    if _DETERMINED_NP.fullmatch(text) or _BARE_PLURAL.fullmatch(text):
        return _clean_np(text)  # "..., the coast guard said", "..., investigators said"
    return None


# Verbs whose object is the listener, not the speaker: "..., told the Gazette that".
_TO_LISTENER = frozenset({"told", "informed"})


_LEADING_NAME = re.compile(rf"\W*(?P<name>{_NAME_RUN.pattern})\s+(?=(?-i:[a-z]))")


def _inside(subject: str, before: str, figure: int) -> bool:
    """Whether the figure at ``figure`` is part of the ``subject`` phrase ending ``before``."""
    at = before.rfind(subject)
    return 0 <= at <= figure < at + len(subject)


def _clause_subject(clause: str) -> str | None:
    """A name opening ``clause`` as its subject, for a second verb joined by "and"."""
    m = _LEADING_NAME.match(clause)
    name = m.group("name") if m else None
    if name is None or name.lower() in STOP_CAPITALS or name.endswith(("’s", "'s")):
        return None  # "Zambara's previous outbreak ... recorded": not a speaker
    return name


def _find_in(clause: str, sentence_start_np: str | None, figure: int = -1) -> str | None:
    """An explicit attribution inside ``clause``, or None.

    ``figure`` (its offset in ``clause``, if known) must come after a
    participle that shares the sentence's subject: "presented a plan,
    promising to cut the deficit to 3.1%" attributes the 3.1% only.
    """
    m = _ACCORDING.search(clause)
    if m:
        named = _NAMED_AFTER_ROLE.match(clause, m.end())
        study = _IN_A_STUDY.match(clause + ",", m.start())
        if study:  # "according to a preliminary assessment by the camp's agency, the ..."
            return _study_author(study.group("np"), study.group("rest"), clause[study.end() - 1 :])
        if named and m.group("np")[:1].islower():
            return strip_titles(named.group(1))  # "according to its director, Dr Ana Ruiz."
        return _author(_clean_np(m.group("np")))
    for verb in _VERB.finditer(clause):
        word = verb.group(1)
        if word == "according" or _speaks_of_something_else(clause, figure, verb):
            continue
        before = clause[: verb.start()]
        if _DETERMINER_BEFORE.search(before):
            continue  # "said its report ...", "the estimate": a noun, not a verb
        if _RELATIVE_BEFORE.search(before) or _told_aside(clause, verb, figure):
            continue  # "a commission that reported in 1984 concluded": not the main verb
        if _PASSIVE_BEFORE.search(before) and not word.endswith("ing"):
            by = _PASSIVE_BY.match(clause, verb.end())
            if by and (figure < 0 or figure > verb.end()):
                return _clean_np(by.group("np"))  # "is estimated by the NSO to have caused 1,900"
            continue  # "a soldier was reported as the twelfth victim": no speaker
        if word in _PARTICIPLES and _BY_SOMEONE.match(clause, verb.end()):
            continue  # "a poll published by the institute": a participle, not its speaker
        if word in ("found", "finds") and not _FOUND_THAT.match(clause, verb.end()):
            continue  # "found 12 bodies" is an act; "found that ..." a finding
        if word == "declared" and _DECLARED_A_STATE.match(clause, verb.end()):
            continue  # "declared a state of emergency": an act, not a statement
        if word == "heard" and clause[verb.end() :].strip(" .") != "":
            continue  # "..., the court heard." ends what it heard; "heard gunfire" does not
        if _NOT_YET_SAID.search(before):
            continue  # "is due to report results", "will announce": nothing said yet
        if word.endswith("ing") and _PARTICIPLE_JOINED.search(before):
            if sentence_start_np and figure > verb.start():
                return sentence_start_np
            continue
        if _COMMA_OR_QUOTE_AT_END.search(before) and word not in _TO_LISTENER:
            after = _NAME_AFTER_WORDS.match(clause[verb.end() :])
            between = clause[verb.end() : verb.end() + (after.start(1) if after else 0)].split()
            if after and (
                any(w in _NOT_TITLE_WORDS for w in between)
                or after.group(1).split()[0].casefold() in _WEEKDAYS_AND_MONTHS
                or _STATEMENT_GOES_ON.match(clause, verb.end() + after.end(1))
            ):
                after = None  # "..., stated that as of Thursday morning it ..."
            if after:  # "..., said fire chief Lena Brandt."
                return after.group(1)
        study = _STUDY_FOUND.search(clause, 0, verb.end())
        if study and study.end() == verb.end():  # "a survey carried out with X counted"
            return _study_author(study.group("np"), study.group("rest") or "")
        subject = _subject_before(before)
        if subject is None and before.endswith(" and ") and figure > verb.end():
            # "UNHCR has trucked in 1,200 tents and says it needs 3,400 more"
            subject = _clause_subject(clause)
        if subject in ("we", "i") and _open_quote(before):
            continue  # "“We have recorded 64 cases,” said Amal Haddad": the speaker follows
        if subject is not None and _SUBORDINATED.search(before):
            continue  # "... protested after the electoral council declared": not the source
        if word in PROMISE_VERBS and not _promised(subject, clause, figure, verb):
            continue  # "Gavi has pledged $1.2 million": a donation, told in the writer's voice
        if subject is not None and _inside(subject, before, figure):
            continue  # "Nine Latin American countries called for": the figure is the speaker
        if subject is not None:
            return subject
    study = _IN_A_STUDY.search(clause, 0, max(0, figure))
    if study and figure > study.end() and not _OWNED.match(study.group("np")):
        return _study_author(study.group("np"), study.group("rest"))  # "In a survey by X, 64% ..."
    actor = _actor(clause, figure)
    if actor is not None:
        return actor
    document = _DOCUMENT_SUBJECT.match(clause)
    if document and figure > document.end():  # "The report makes 52 recommendations"
        return document.group("doc").lower()
    m = _STUDY_FOUND.search(clause)
    if m:  # "a 2023 audit by the national accounts office found": its author
        return _study_author(m.group("np"), m.group("rest") or "")
    return None


_ACT = re.compile(r"\b(?:" + "|".join(ACT_VERBS) + r")\b")


def _actor(clause: str, figure: int) -> str | None:
    """The body that performed the official act whose object holds the figure at ``figure``.

    The act is the last one before the figure, with its object right after it
    ("opened 23 investigations", not "opened in March and ran to 142
    hearings"), and the figure in that object, not in a clause or an
    infinitive after it ("closed 14 schools after cases were found at two
    of them", "ordered them to pay 38 million").  The actor is an authority
    ("Police", "prosecutors", "the labour inspectorate"), told in a main clause.
    """
    acts = list(_ACT.finditer(clause, 0, max(0, figure)))
    if not acts:
        return None
    act = acts[-1]
    before = clause[: act.start()]
    if _PASSIVE_BEFORE.search(before) or _NOT_YET_SAID.search(before):
        return None  # "were arrested", "will close": no actor, or nothing done yet
    if _NOT_THE_OBJECT.search(clause, act.end(), figure) or _SECONDARY.search(before):
        return None
    if _VERB.search(before):
        return None  # "Relatives said officials had asked them for 500 euros": their account
    subject = _subject_before(before)
    head = subject.split()[-1].lower() if subject else ""
    if head in AGENT_NOUNS or head.rstrip("s") in AGENT_NOUNS:
        return subject
    if subject is None or not subject[:1].isupper() or len(_tokens(subject)) < 2:
        return None
    return subject  # "President Leonor Castillo ordered the release of", "The Red Cross opened"


# An act told in a clause that is not the sentence's main one: "..., when police
# detained about 300 people", "..., and police detained three".
_SECONDARY = re.compile(
    r"(?:\b(?:after|before|when|because|until|once|if|since)|,\s+and)\s+(?:[\w’'.()-]+\s+){0,7}$",
    re.IGNORECASE,
)
# What ends an act's object before the figure, or shows the act took none.
_NOT_THE_OBJECT = re.compile(
    r"^\s+(?:in|on|at|for|to|after|before|with|from|into|during)\b"
    r"|\b(?:after|when|because|while|before|since|until|where|who|which|and|to)\s",
    re.IGNORECASE,
)


# A new clause opened by "and" and a speaker: "450 firefighters were working,
# and Petrie said crews would arrive" gives Petrie only what follows.
_AND_SPEAKER = re.compile(r",\s+(?:and|but|though|although|while|whereas)\s+(?:[\w’'.-]+\s+){1,5}$")
# A second verb of the same subject: "heard from 96 witnesses and concluded that ...".
_AND_VERB = re.compile(r"\s+and\s+(?:also\s+|later\s+)?$")
# A relative clause right after the speaker, or after where the speaker spoke,
# describes them, not what was said: "said Tomas Berka, who represented 31 of
# the defendants"; "she said outside the courthouse, where 300 relatives waited".
_RELATIVE_AFTER = re.compile(
    rf"\s+(?:{_NAME_RUN.pattern}|(?:outside|at|in|on|from|near|after|during)\s+[^,;]{{1,40}}?)"
    r",\s+(?:who|whose|where|which)\b"
)


def _speaks_of_something_else(clause: str, figure: int, verb: re.Match[str]) -> bool:
    """Whether the speech ``verb`` of ``clause`` does not give the figure at ``figure``."""
    if figure < 0:
        return False
    if figure < verb.start():
        return (
            _AND_SPEAKER.search(clause, figure, verb.start()) is not None
            or _AND_VERB.search(clause, figure, verb.start()) is not None
        )

    return _RELATIVE_AFTER.match(clause, verb.end(), figure) is not None


# A participle clause sharing the sentence's subject: ", saying", "while pledging".
_PARTICIPLE_JOINED = re.compile(r"(?:^|,|\bwhile|\band)\s*$")
# A speaker's clause opened by a subordinator: it tells when or why, not who says so.
_SUBORDINATED = re.compile(
    r"\b(?:after|before|when|because|until|once|if)\s+(?:[\w’'.()-]+\s+){0,7}$", re.IGNORECASE
)
# A role, then the person holding it: ", Dr Nasreen Akhtar." after "according to the ...".
_NAMED_AFTER_ROLE = re.compile(rf",\s+({_NAME_RUN.pattern})\s*(?:[,.;]|$)")


def _promised(speaker: str | None, clause: str, figure: int, verb: re.Match[str]) -> bool:
    """Whether a person ``speaker`` promised the figure at ``figure`` by ``verb``.

    The figure follows the promise, and no source named later in the clause
    speaks for it ("Japan has pledged $2 million, the ministry said").
    """
    if speaker is None or figure < verb.end() or _VERB.search(clause, verb.end()):
        return False
    return speaker.lower() in ("he", "she") or (
        speaker[:1].isupper()
        and len(speaker.split()) <= 4
        and looks_like_a_name(speaker)
        and not _is_agent(speaker.split()[-1])  # "Donors pledged $40 million"
    )


def _open_quote(text: str) -> bool:
    """Whether ``text`` ends inside a quotation."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _leading_np(sentence: str) -> str | None:
    m = _LEADING_NP.match(sentence)
    return _clean_np(m.group(1)) if m else None


# "X put the number of strikers at": X's estimate of the figure that follows.
_PUT_AT = re.compile(
    r"\s*(?P<np>[^,;:—–()“”]+?)\s+(?:put|puts|putting|placed|places|estimated|estimates)\s+"
    r"(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?at\s+$",
    re.IGNORECASE,
)
# Who put a figure at a value, in the passive: "was put at 287 by the inquiry".
_PUT_BY = re.compile(
    r"\S+(?:\s+[a-z]+)?\s+by\s+(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)(?=[,.;]|$)"
)
# A figure right before a passive agent: "the 7% demanded by unions".
_JUST_BEFORE = re.compile(r"^[^\d,;:]{0,20}$")


def attribute_sentence(sentence: str, figure: int) -> str | None:
    """Attribution of the figure at offset ``figure`` from its own sentence."""
    put = None
    if sentence.endswith(("at ", "at\xa0"), 0, figure):  # read from the clause's start
        start = max(sentence.rfind(c, 0, figure) for c in ",;:—–()“”") + 1
        put = _PUT_AT.match(sentence, start, figure)
    if put and _PASSIVE_BEFORE.search(put.group("np") + " "):  # "the toll was put at 287 by"
        by = _PUT_BY.match(sentence, figure)
        if by:
            return _clean_np(by.group("np"))
    elif put:
        who = _subject_before(put.group("np"))
        if who is not None and who not in PRONOUNS:
            return who
    for m in _BY_AGENT.finditer(sentence, figure):
        end = sentence.find(" ", figure)
        if end >= 0 and _JUST_BEFORE.match(sentence[end : m.start()]):
            return _clean_np(m.group("np"))
    bounds = [0, *[m.end() for m in _CLAUSE_BREAK.finditer(sentence)], len(sentence)]
    clauses = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    lead = _leading_np(sentence)
    home = next((c for c in clauses if c[0] <= figure < c[1]), clauses[-1])
    found = _find_in(sentence[home[0] : home[1]], lead, figure - home[0])
    if found is not None:
        return found
    first = sentence[clauses[0][0] : clauses[0][1]]
    if home != clauses[0] and _SAID_THAT.search(first):
        return _find_in(first, lead)
    last = sentence[clauses[-1][0] : clauses[-1][1]]
    if home != clauses[-1] and _TRAILING_SOURCE.search(last):
        return _find_in(last, lead)  # "A won 30%, while B took 12%, according to results"
    return None


# A sentence that goes on counting the figure before it: "Of those, 12 ...",
# "Eight more died", "Three are still missing", "two of them children".
# "Another 27 are missing" adds to it; "Its appeal for $420 million" speaks of the speaker.
# "Two of the most badly burned ...", "in those two weeks", "over the same period",
# "Most live in camps": a part of the group, or the time, the statement told of.
_PARTS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "most", "many", "some", "half", "all", "none", "several", "few", "a third",
    "a quarter", "a fifth", "a majority",
)  # fmt: skip
_GOES_ON = re.compile(
    r"^\W*(?:of|among|its|their)\b|\b(?:still|further|remaining|remain|of them|of those|"
    r"of these|among them|another)\b|\bmore\b(?!\s+than)",
    re.IGNORECASE,
)
# The time or the people the statement told of, referred back to before the first
# figure: "In those two weeks, ...", "Over the same period 64 ...".
_REFERS_BACK = re.compile(
    r"\b(?:those|these)\b(?!\s+(?:who\b|[a-z]+ed\b))"
    r"|\b(?:over|in|during|for)\s+the\s+(?:same\s+)?period\b",
    re.IGNORECASE,
)
_PART_OPENING = re.compile(
    rf"\W*(?:(?:\d[\d,.]*|{'|'.join(_PARTS)})\s+of\s+the\b"
    r"|(?:most|many|several|some|half|none|the\s+rest)\s+(?:were|was|are|is|have|has|had|"
    r"remain|remained|live|lived|stay|stayed|work|worked|fled|returned|died|said|say)\b)",
    re.IGNORECASE,
)


_NEXT_WORD = re.compile(r"\s*\S*")
# The clause the first figure stands in: "Three people are still missing, among them ...".
_CLAUSE_END = re.compile(r"[,;:—–]")
# A count with no noun of its own refers back to the one before: "Nine were charged".
_BARE_COUNT = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|remain|remained|died|survived|need|needed)\b"
)
# A pronoun going on with what the speaker said or found: "It also recorded ...",
# "She also fined ...", "They added that ...".
# "She is one of 450 villagers" describes; it does not go on with a statement.
_PRONOUN_GOES_ON = re.compile(
    r"^\W*(It|She|He|They)\s+(?:also\s+|further\s+)?"
    r"(?:(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might)\b)[a-z]+\b"
    r"|(?:has|have|had)\s+been\s+[a-z]+ing\b|had\s+[a-z]+(?:ed|en)\b|would\b)"
)
# Reported tense: "had been", "had died", "would" go on with an indirect statement.
_REPORTED_TENSE = re.compile(r"\b(?:had|would)\b", re.IGNORECASE)
# An indirect statement: "X said (that) ...", not a quotation closed by ", X said."
_INDIRECT = re.compile(
    r"\b(?:said|says|told\s+[\w ]{1,30}?|reported|stated|added|estimated|found|noted)"
    r"(?:\s+(?:(?:late|early)\s+)?(?:on|last|this|in\s+a)\s+\w+)?,?\s+"
    r"(?:that\b|(?!(?:on|in|at|late|early|last|this|yesterday|today|tonight)\b)(?-i:[a-z\d]))",
    re.IGNORECASE,
)


def goes_on(sentence: str, first_start: int, first_end: int) -> bool:
    """Whether ``sentence`` says by its opening that it continues the sentence before.

    "Of those, 12 ...", "Eight more died", "Three people are still missing",
    "Nine were charged", "It also recorded 23 wrecks": the signs are in the
    opening up to the first figure, in the clause that figure stands in, or
    in a bare count (a number with no noun of its own).
    """
    opening = sentence[: _NEXT_WORD.match(sentence, first_end).end()]
    if _GOES_ON.search(opening) or _PRONOUN_GOES_ON.match(sentence):
        return True
    if _REFERS_BACK.search(sentence, 0, first_start):
        return True
    if _PART_OPENING.match(sentence):
        return True
    clause_end = _CLAUSE_END.search(sentence, first_end)
    clause = sentence[first_start : clause_end.start() if clause_end else len(sentence)]
    if _GOES_ON.search(clause):
        return True
    return _WORDS_BEFORE.fullmatch(sentence[:first_start]) is not None and bool(
        _BARE_COUNT.match(sentence, first_end)
    )


_WORDS_BEFORE = re.compile(r"\W*(?:(?:only|just|and|but)\s+)?", re.IGNORECASE)


def carried_speaker(
    earlier: Sequence[str],
    sentence: str,
    first_start: int,
    first_end: int,
    previous_paragraph: str = "",
) -> str | None:
    """The speaker whose statement ``sentence``, with no speaker of its own, goes on with.

    "The toll rose to 40, the agency said. Of those, 12 were children."
    gives the agency the 12 as well.  ``earlier`` holds the sentences of the
    paragraph before this one; the speaker is the previous sentence's, or,
    when that sentence itself goes on from an earlier one, the speaker it
    carries.  The sentence must say it goes on (see ``goes_on``), or stay in
    the reported tense ("had", "would") of an indirect statement before it:
    a sentence that moves on to something else ("Nearly 9,000 postal votes
    were verified") is the writer's own.

    The first sentence of a paragraph goes on with the account that closed
    ``previous_paragraph`` only on clearer signs (see ``_runs_on``).
    """
    if not earlier:
        return _carried_across(previous_paragraph, sentence, first_start, first_end)
    previous = earlier[-1].rstrip()
    if not previous:
        return None
    speaker = _speaker_at_end(previous)
    indirect = speaker is not None and _INDIRECT.search(previous) is not None
    if (speaker is None or speaker in PRONOUNS) and _continues_without_figure(previous):
        speaker = carried_speaker(earlier[:-1], previous, 0, 0, previous_paragraph)
        indirect = speaker is not None
    if speaker is None:
        return None
    if goes_on(sentence, first_start, first_end):
        pronoun = _PRONOUN_GOES_ON.match(sentence)
        person = pronoun.group(1).lower() if pronoun else ""
        return person if person in ("he", "she") else speaker  # "She blamed ..."
    own = _QUOTED.sub(" ", sentence)
    if indirect and _REPORTED_TENSE.search(own) and not _VERB.search(own):
        return speaker  # "had", "would" in a sentence with no speech verb of its own
    return None


@lru_cache(maxsize=512)
def _speaker_at_end(sentence: str) -> str | None:
    """The speaker of a sentence as its last words read (cached: asked once per figure after it)."""
    return attribute_sentence(sentence, max(0, len(sentence) - 1))


# The end of a sentence inside a paragraph: a stop, then a capital or a quotation opening.
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def _carried_across(paragraph: str, sentence: str, first_start: int, first_end: int) -> str | None:
    """The speaker of the account that closes ``paragraph``, when ``sentence`` (the next
    paragraph's first) runs on with it.

    A new paragraph is often the writer's own, so the signs must be clear
    (see ``_runs_on``): a pronoun for the speaker ("She also fined ..."), a
    part of what was counted ("Of those, 12 ..."), or the reported tense of an
    indirect statement ("... had been", "... would") with no speech verb of its own.
    """
    paragraph = paragraph.strip()
    if not paragraph or sentence.lstrip().startswith(("“", '"')):
        return None
    sentences = [p for p in _SENTENCE_END.split(paragraph) if p.strip()]
    last = sentences[-1].rstrip()
    speaker = _speaker_at_end(last)
    indirect = speaker is not None and _INDIRECT.search(_QUOTED.sub(" ", last)) is not None
    if speaker is None:
        speaker = carried_speaker(sentences[:-1], last, 0, 0)
        indirect = speaker is not None
    if speaker is None or not _runs_on(sentence, first_start, first_end, indirect):
        return None
    pronoun = _PRONOUN_GOES_ON.match(sentence)
    person = pronoun.group(1).lower() if pronoun else ""
    if person in ("he", "she"):
        return person if _may_be_a_person(speaker) else None
    if person == "it" and _may_be_a_person(speaker) and speaker[:1].isupper():
        return None  # "It" is not the person who spoke
    return speaker


def _runs_on(sentence: str, first_start: int, first_end: int, indirect: bool) -> bool:
    """Whether a paragraph's first sentence runs on with the account before it."""
    if _PRONOUN_GOES_ON.match(sentence) or _OF_THOSE.match(sentence):
        return True  # "She also fined ...", "Of those, 12 were children."
    own = _QUOTED.sub(" ", sentence)
    return indirect and _PAST_PERFECT_OR_WOULD.search(own) is not None and not _VERB.search(own)


# What refers back across a paragraph's break: "Of those, ...", "Of them, ...".
_OF_THOSE = re.compile(r"\W*(?:of|among)\s+(?:those|these|them)\b", re.IGNORECASE)
# The reported tense proper: "had been", "had died", "would" (not "has had").
_PAST_PERFECT_OR_WOULD = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)\bhad\s+(?:been|[a-z]+(?:ed|en|wn|ne|ght))\b|\bwould\b",
    re.IGNORECASE,
)


def _may_be_a_person(speaker: str) -> bool:
    """Whether "he" or "she" may stand for ``speaker``: a pronoun, a name or a person described."""
    if speaker.lower() in ("he", "she"):
        return True
    if speaker[:1].isupper():
        return looks_like_a_name(speaker) and not _is_agent(speaker.split()[-1])
    return _a_person(speaker)  # "doctor at the district clinic"


_ONE_SENTENCE = re.compile(r"[^.!?]{0,80}[.!?]?\s*")


def continued_quote(previous_paragraph: str, before_quote: str) -> str | None:
    """Who speaks a quotation that opens a paragraph and names no speaker of its own.

    News prose runs a speaker's words over several paragraphs: the paragraph
    before either ends inside an open quotation or closes one with its
    speaker ("People are angry," she said.), and this one opens with a
    quotation mark.  ``before_quote`` is the paragraph's text before the
    quotation: it must be empty.
    """
    text = previous_paragraph.rstrip()
    if before_quote.strip() or not text:
        return None
    closing = text.rfind(_QUOTE_CLOSE)
    opening = text.rfind(_QUOTE_OPEN)
    if opening > closing:  # the quotation runs on into this paragraph
        return attribute_quote(text, (opening, len(text)))
    if closing < 0 or not _ONE_SENTENCE.fullmatch(text, closing + 1):
        return None  # the writer's narration follows the quotation
    return attribute_quote(text, (max(0, opening), closing + 1))


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _continues_without_figure(sentence: str) -> bool:
    """Whether a sentence, whatever its figures, opens by going on from the one before."""
    return bool(_PRONOUN_GOES_ON.match(sentence) or _OPENS_GOING_ON.match(sentence))


_OPENS_GOING_ON = re.compile(
    r"^\W*(?:of\s+(?:those|these|them|the)|among\s+them|another|in\s+addition)\b", re.IGNORECASE
)


# A source named at the very end of a sentence speaks for all its clauses.
_TRAILING_SOURCE = re.compile(
    r",\s*(?:according to\s+[^,;:“”\"]+|[^,;:“”\"]{1,60}?\s(?:said|says|reported|announced))"
    r"(?:\s+(?:on|late on|early on)\s+\w+)?\s*[.!?]?$",
    re.IGNORECASE,
)


# A sentence that announces what the next one tells: "The report also shows how ...".
_INTRODUCES = re.compile(r"\b(?:shows?|showed|found|finds)\s+(?:how|that|what)\b", re.IGNORECASE)
_ANY_DIGIT_OR_NUMBER = re.compile(r"\d")


def introduced_by(previous: str) -> str | None:
    """The study or document a figure-less sentence names for the sentence after it.

    "The report also shows how unevenly the burden is shared." gives "report"
    to the figures of the next sentence, which says how; its author is found
    from where the article named it.  A person's "said that" is not enough:
    the next sentence may well be the writer's own.
    """
    m = _INTRODUCES.search(previous)
    if m is None or _ANY_DIGIT_OR_NUMBER.search(previous):
        return None
    document = _DOCUMENT_AT_END.search(previous, 0, m.start())
    return None if document is None else document.group(1).lower()


_DOCUMENT_AT_END = re.compile(
    r"\b(?:the|its|their|this)\s+(?:[\w-]+\s+)?("
    + "|".join(sorted({*STUDY_NOUNS, *DOCUMENT_NOUNS}))
    + r")\s+(?:also\s+|further\s+)?$",
    re.IGNORECASE,
)


# Words in an outlet's name that make it a newspaper or broadcaster, not a body publishing
# its own text.
_PRESS_WORDS = frozenset(
    {
        "gazette", "courier", "post", "times", "news", "press", "herald", "journal", "tribune",
        "wire", "daily", "weekly", "chronicle", "observer", "mail", "telegraph", "guardian",
        "report", "review", "magazine", "radio", "tv", "television", "broadcasting", "media",
        "star", "standard", "independent", "express", "record", "sun", "bulletin", "agencia",
        "agence", "agenzia", "noticias", "blog", "newspaper", "site", "sample",
    }
)  # fmt: skip
_IN_BRACKETS = re.compile(r"\s*\([^)]*\)")
_PREPOSITIONS = frozenset({"in", "on", "at", "for", "of", "from", "to", "by", "with", "inside"})


def publisher(outlet: str | None, body: str) -> str | None:
    """The body that published the text itself, when its outlet is a body the text names.

    A central bank's statement, a rights group's report or a press release
    tells its figures in the body's own voice: with no other source, they are
    the body's.  A newspaper ("The Marrowgate Courier") is no such body.
    """
    name = _IN_BRACKETS.sub("", outlet or "").strip()
    words = {w.lower().strip(".,'’") for w in name.split()}
    noted = {
        w.lower().strip("()")
        for m in _IN_BRACKETS.finditer(outlet or "")
        for w in m.group(0).split()
    }
    if not name or (words | noted - {"press", "release"}) & _PRESS_WORDS:
        return None  # a newspaper, a wire, a blog; "(press release)" is the body's own
    if name.casefold() not in body.casefold():
        return None
    first = name.split()[0].lower()
    return None if first in _PREPOSITIONS else name  # "In Venezuela": a title, not a body


def inside_quote(paragraph: str, offset: int) -> tuple[int, int] | None:
    """The ``[open, close)`` of the quotation around ``offset`` in ``paragraph``.

    Curly quotation marks open and close; straight ones (") pair up in order.
    """
    if _QUOTE_OPEN not in paragraph and '"' in paragraph:
        if paragraph.count('"', 0, offset) % 2 == 0:
            return None
        close = paragraph.find('"', offset)
        return paragraph.rfind('"', 0, offset), (len(paragraph) if close < 0 else close + 1)
    depth_open = paragraph.rfind(_QUOTE_OPEN, 0, offset)
    if depth_open < 0 or paragraph.rfind(_QUOTE_CLOSE, 0, offset) > depth_open:
        return None
    close = paragraph.find(_QUOTE_CLOSE, offset)
    return depth_open, (len(paragraph) if close < 0 else close + 1)


def attribute_quote(paragraph: str, quote: tuple[int, int]) -> str | None:
    """Who speaks a quotation: ``,” X said`` after it or ``X said: “`` before it."""
    after = paragraph[quote[1] : quote[1] + 80]
    m = _SPEAKER_THEN_VERB.match(after)
    if m:
        return m.group(1)
    m = _VERB_THEN_SPEAKER.match(after)
    if m:
        return m.group(1)
    before = paragraph[max(0, quote[0] - 200) : quote[0]]
    m = _VERB_BEFORE_QUOTE.search(before)
    if m:
        return _subject_before(before[: m.start()]) or _leading_np(before)
    m = _SAID_BEFORE.search(before)
    if m:  # "“People are angry,” she said. “We have had to find £6.2m ...”"
        return m.group("who") or m.group("named")
    return None


# A quotation closed by its speaker right before the next one opens.
_SAID_BEFORE = re.compile(
    rf"[,.!?][”\"]\s*(?:(?P<who>{_NAME_RUN.pattern}|he|she|they)\s+(?:said|says|added|adds)"
    rf"|(?:said|says|added|adds)\s+(?P<named>{_NAME_RUN.pattern}))[^.“”\"]{{0,60}}\.\s*$"
)


def attribute_block(previous_paragraph: str) -> str | None:
    """Speaker of a block quote introduced by "Rosas added:" in the paragraph before."""
    text = previous_paragraph.rstrip()
    if not text.endswith(":"):
        return None
    verbs = list(_VERB.finditer(text))
    if not verbs:
        return None
    m = verbs[-1]
    return _subject_before(text[: m.start()])


# A person introduced as a sentence's subject, by age ("Kirsty Bell, 41, has worked"),
# a relative clause ("Alma Ferrante, who heads ...") or a title ("Interior Secretary
# Arturo Lacson rejected the report").
_PERSON_SUBJECT = re.compile(
    rf"(?P<name>{_NAME_RUN.pattern})(?=,\s+(?:\d{{1,3}},|who\s)|\s+(?:has|had|is|was|[a-z]+ed)\b)"
)


def _without_office(name: str) -> str:
    """ "Health Minister Ana Ruiz" -> "Ana Ruiz": the words after the last office word."""
    words = _tokens(name)
    for k in range(len(words) - 3, -1, -1):
        if words[k].lower() in OFFICES or words[k].lower() in TITLE_WORDS:
            return " ".join(words[k + 1 :])
    return name


def _last_person(text: str) -> tuple[int, str] | None:
    """The last person ``text`` introduces as the subject of a sentence, with where."""
    best: tuple[int, str] | None = None
    for m in _PERSON_SUBJECT.finditer(text):
        written = m.group("name")
        name = _without_office(strip_titles(written))
        if len(_tokens(name)) < 2 or not looks_like_a_name(name):
            continue
        aged = text.startswith(",", m.end())
        if aged or name != written:
            best = (m.start(), name)
    return best


def _a_person(subject: str) -> bool:
    """Whether a speaker may be "he" or "she": a name, or a person described ("doctor at X")."""
    first = subject.split()[0].lower()
    return subject[0].isupper() or first in PEOPLE_NOUNS or first in MOUTHPIECES


def _later(best: tuple[int, str] | None, found: tuple[int, str]) -> tuple[int, str]:
    return found if best is None or found[0] >= best[0] else best


def last_speaker(text: str) -> str | None:
    """The most recent named speaker in ``text`` (to resolve "he said").

    A person the text introduces later as a subject (by age, a relative
    clause or a title) is the one meant, even with no speech verb of their own.
    """
    best: tuple[int, str] | None = _last_person(text)
    for m in _VERB.finditer(text):
        subject = _subject_before(text[max(0, m.start() - 300) : m.start()])
        if subject and subject.lower() not in PRONOUNS and _a_person(subject):
            best = _later(best, (m.start(), subject))
        after = _NAME_AFTER.match(text[m.end() :])
        if after and _STATEMENT_GOES_ON.match(text, m.end() + after.end()):
            after = None  # "Anita Marsh, said Labour would try": what was said
        if after and _COMMA_OR_QUOTE_AT_END.search(text, max(0, m.start() - 5), m.start()):
            best = _later(best, (m.start(), after.group(1)))
    return best[1] if best else None


def _tokens(name: str) -> list[str]:
    return [t for t in _SPACES.split(name) if t]


def name_index(body: str, evidence: NameEvidence | None = None) -> tuple[str, ...]:
    """Person-like names the article introduces (two or more capitalised words).

    ``evidence`` is ``name_evidence(body)``, passed in when the caller has it already.
    """
    found = find_names(body, name_evidence(body) if evidence is None else evidence)
    return tuple(name for name in found if len(_tokens(name)) >= 2)


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
     "bank", "fund", "corps", "cross", "crescent", "watch", "international"}
)  # fmt: skip


def without_article(text: str) -> str:
    """ "The Red Crescent" -> "Red Crescent"."""
    return _ARTICLE.sub("", text)


def looks_like_a_name(text: str) -> bool:
    """Whether ``text`` is written as a person's name, not a body's or a description."""
    words = _tokens(text)
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) and not any(
        w.lower() in _BODY_WORDS or w.lower() in _ORG_HEADS for w in words
    )


def expand_name(short: str, names: Sequence[str]) -> str:
    """The fullest form of ``short`` the article introduces, else ``short``."""
    short = strip_titles(short)
    if not short or not short[0].isupper() or (" " in short and len(short.split()) > 2):
        return short
    last = _tokens(short)[-1].removesuffix("’s").removesuffix("'s")
    best = short
    for name in names:
        toks = _tokens(name)
        for k, tok in enumerate(toks):
            parts = tok.split("-")
            if tok.removesuffix("’s").removesuffix("'s") != last and last not in parts:
                continue
            start = k
            while start > 0 and not _is_title_word(toks[start - 1].lower().rstrip(".’'s")):
                if k - start >= 2:
                    break
                start -= 1
            cand = " ".join(toks[start : k + 1])
            if len(cand) > len(best) and all(t in cand for t in _tokens(short)[:-1]):
                best = cand
    return best


def context_names(text: str, evidence: NameEvidence | None = None) -> tuple[str, ...]:
    """Capitalised names (people, places, organisations) in ``text``, in order.

    ``evidence`` (from the whole article) tells names from ordinary words that
    open a sentence; see ``dossier.names``.
    """
    return find_names(text, evidence)


# Words that cannot modify an organisation's head noun in "the ... ministry".
_NOT_MODIFIERS = frozenset(
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from",
        "with", "said", "says", "told", "that", "this", "its", "their", "his", "her", "was",
        "were", "is", "are", "has", "have", "had", "not", "but", "as", "which", "who",
    }
)  # fmt: skip
_ORG_HEADS = frozenset(
    {
        "ministry", "office", "department", "agency", "commission", "council", "board",
        "service", "authority", "committee", "court", "union", "institute", "organization",
        "organisation", "police", "guard", "government", "army", "tribunal", "bureau",
        "programme", "program", "fund", "federation", "network", "centre", "center",
    }
)  # fmt: skip


def expand_agent(np: str, before: str) -> str:
    """The fullest form of an unnamed body the article used earlier.

    "ministry" becomes "provincial health ministry" when ``before`` (the text
    up to the claim) last wrote "the provincial health ministry".
    """
    words = np.split()
    if not words or len(words) > 2 or any(w[:1].isupper() for w in words):
        return np
    pattern = _agent_pattern(tuple(words))
    best = np
    for m in pattern.finditer(before):
        mods = m.group(1).split()
        while mods and (mods[0].lower() in _NOT_MODIFIERS or mods[0][0].isdigit()):
            mods = mods[1:]
        if any(w.lower() in _NOT_MODIFIERS or w[0].isdigit() for w in mods):
            continue
        if mods:  # "the provincial health ministry"; "the UN refugee agency" as written
            best = " ".join([*mods, *words])
            best = best.lower() if not mods[0][0].isupper() else best
    return best


@lru_cache(maxsize=256)
def _agent_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """ "the <up to three modifiers> <words>", case-blind."""
    return re.compile(
        r"\bthe\s+((?:[\w’'-]+\s+){1,3})" + r"\s+".join(map(re.escape, words)) + r"\b",
        re.IGNORECASE,
    )


_HEADS = "|".join(sorted(_ORG_HEADS))
_ORGANISATION = re.compile(
    rf"\b(?:(?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?)+(?:{_HEADS.title()})\b(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
    rf"|\b(?:[A-Z][\w’'.-]*\s+)+(?:[a-z][\w’'-]*\s+){{1,2}}(?:{_HEADS})\b"
    rf"|[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,3}}(?:{_HEADS})\b"
    rf"|[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{_HEADS})\b)"
)


def last_organisation(before: str) -> str | None:
    """The body most recently named in ``before`` ("It said" refers back to it).

    A body that is the subject of the last sentence comes first: "The inquiry
    found no evidence of that. It found instead ..." is the inquiry.
    """
    subject = _last_sentence_subject(before)
    if subject is not None:
        return subject
    found = list(_ORGANISATION.finditer(before))
    if not found:
        return None
    name = _SENTENCE_START.split(found[-1].group(0))[-1]  # "Kanzo. The UN's office"
    return _clean_np(name)


_SENTENCE_START = re.compile(r"(?<=[a-z])\.\s+")
# The subject opening a sentence, before its verb: "The inquiry found", "UNHCR has trucked".
_OPENING_SUBJECT = re.compile(
    r"(?:the\s+)?(?P<np>(?:(?-i:[a-z])[\w’'-]*\s+){0,2}?(?P<head>[\w’'-]+))\s+"
    r"(?:also\s+)?(?:(?:has|have|had)\s+)?(?:(?-i:[a-z])[\w-]*(?:ed|s)|found|said|gave|made|put|"
    r"took|told|held|kept|sent|paid|won|lost|set|cut|saw)\b",
    re.IGNORECASE,
)


def _last_sentence_subject(before: str) -> str | None:
    """The body or document that is the subject of the last sentence of ``before``."""
    text = before.rstrip()
    start = max(text.rfind(". ", 0, len(text) - 1), text.rfind("\n")) + 1
    m = _OPENING_SUBJECT.match(text, start + (len(text[start:]) - len(text[start:].lstrip())))
    if m is None:
        return None
    head = m.group("head").lower()
    if head in STUDY_NOUNS or head in _ORG_HEADS or head in AGENT_NOUNS - _PEOPLE_AGENTS:
        return _clean_np(m.group("np"))
    return None


# Agent nouns for people, whom "it" does not stand for.
_PEOPLE_AGENTS = frozenset(
    {"officials", "official", "spokesperson", "spokesman", "spokeswoman", "witnesses",
     "residents", "organizers", "organisers", "rescuers", "firefighters", "prosecutors",
     "observers", "monitors", "mayor", "governor", "minister", "president", "spokesmen",
     "activists", "doctors", "relatives", "lawyers", "officers", "sources", "prosecutor"}
)  # fmt: skip


# Offices a person is named by after being introduced ("the minister said"
# after "Interior Minister Jane Doe"): the last word of the office.
OFFICES = frozenset(
    {
        "minister", "president", "governor", "mayor", "chief", "prosecutor", "commissioner",
        "director", "secretary", "spokesman", "spokeswoman", "spokesperson", "chairman",
        "chairwoman", "chair", "commander", "sheriff", "inspector", "superintendent", "judge",
        "ombudsman", "ambassador", "envoy", "senator", "head", "leader", "premier",
        "chancellor", "coroner", "official", "administrator", "manager", "captain", "officer",
    }
)  # fmt: skip
_OFFICE_WORD = r"[A-Za-z][\w’'-]*"


def titled_person(office: str, before: str) -> str | None:
    """The person last introduced in ``before`` by ``office`` ("the minister" -> "Jane Doe").

    Introductions are "Interior Minister Jane Doe" or "Jane Doe, the
    interior minister"; every word of ``office`` must be in the title.
    """
    words = office.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    if head not in OFFICES:  # "the minister", "the chief of mission"
        return None
    best: tuple[int, str] | None = None
    for pattern in _office_patterns(head):
        for m in pattern.finditer(before):
            title = m.group("title").lower().replace("-", " ").split()
            if all(w in title for w in words) and (best is None or m.start() > best[0]):
                best = (m.start(), strip_titles(m.group("name")))
    return best[1] if best else None


@lru_cache(maxsize=64)
def _office_patterns(head: str) -> tuple[re.Pattern[str], ...]:
    """ "<Title ... Head> <Name>" and "<Name>, the <title ... head>" for one office."""
    name = rf"(?P<name>(?:{_CAP})(?: +(?:{_CAP})){{1,3}})"
    return (
        re.compile(rf"(?P<title>(?:{_OFFICE_WORD}\s+){{0,3}}(?i:{re.escape(head)}))\s+{name}"),
        re.compile(
            rf"{name},\s+(?:the|a|an|[A-Z][\w-]*(?:’s|'s))\s+(?P<title>(?:{_OFFICE_WORD}\s+){{0,3}}"
            rf"(?i:{re.escape(head)})(?:\s+of\s+{_OFFICE_WORD})?)\b"
        ),
    )


def expand_document(np: str, before: str) -> str:
    """Who wrote a document named earlier.

    "the audit" after "an audit by the accounts office"; "the report" after
    "the UN refugee agency said on Thursday in its annual report"; "the
    statement" after "the force said in a statement".
    """
    words = np.lower().split()
    if not words or words[-1] not in (*STUDY_NOUNS, *DOCUMENT_NOUNS):
        return np
    found = list(_document_pattern(words[-1]).finditer(before))
    said = list(_in_its_pattern(words[-1]).finditer(before))
    if said and (not found or said[-1].start() > found[-1].start()):
        speaker = _speaker_before(before, said[-1].start())
        speaker = speaker or _speaker_after(before, said[-1].end())
        if speaker is not None:
            return speaker
    return _clean_np(found[-1].group("author")) if found else np


@lru_cache(maxsize=32)
def _in_its_pattern(noun: str) -> re.Pattern[str]:
    """ "in its annual report", "in a statement": where a speaker said something."""
    return re.compile(
        rf"\bin\s+(?:its|their|his|her|a|an)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b",
        re.IGNORECASE,
    )


_SAID_IN = re.compile(r"\b(?:said|says|announced|reported|stated|published)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;:“”]")


def _speaker_before(text: str, end: int) -> str | None:
    """The speaker of the last speech verb before ``end``, in the same sentence, within 60 chars."""
    start = max(0, end - 200)
    for stop in _SENTENCE_BREAK.finditer(text, start, end):
        start = stop.end()
    verbs = list(_SAID_IN.finditer(text, max(start, end - 70), end))
    if not verbs:
        return None
    speaker = _subject_before(text[start : verbs[-1].start()])
    return None if speaker is None or speaker in PRONOUNS else speaker


_SPEAKER_AFTER = re.compile(
    r"[^.;“”]{0,60}?,\s+(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:said|says|reported)\b",
    re.IGNORECASE,
)


def _speaker_after(text: str, start: int) -> str | None:
    """The speaker the clause after "In its annual report, ..." names: "the agency said"."""
    m = _SPEAKER_AFTER.match(text, start)
    if m is None or m.group("np").lower() in PRONOUNS:
        return None
    return m.group("np")


# Words a body is called by once named ("the force" for "Greater Halton Police"),
# and the last words of the names it may stand for.
_COMPANY_ENDINGS = ("corp", "inc", "ltd", "plc", "group", "company", "holdings")
_AGENCY_ENDINGS = ("agency", "office", "organization", "organisation", "programme", "bureau")
BODY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "force": ("police", "constabulary", "force"),
    "company": _COMPANY_ENDINGS,
    "group": _COMPANY_ENDINGS,
    "firm": _COMPANY_ENDINGS,
    "agency": _AGENCY_ENDINGS,
    "organisation": _AGENCY_ENDINGS,
    "organization": _AGENCY_ENDINGS,
    "union": ("union", "workers", "association", "federation", "confederation"),
    "airline": ("airline", "airlines", "airways", "air"),
    "carrier": ("airline", "airlines", "airways", "air"),
    "bank": ("bank",),
    "commission": ("commission",),
    "committee": ("committee",),
    "council": ("council",),
    "board": ("board",),
}
# What a company is introduced as: "Kessler-Lund, the industrial automation group,".
_COMPANY_WORDS = (
    "company", "group", "firm", "maker", "manufacturer", "producer", "operator", "miner",
    "carrier", "airline", "retailer", "lender", "insurer", "developer", "supplier", "chain",
    "conglomerate", "exporter", "distributor", "utility", "owner",
)  # fmt: skip
_INTRODUCED_AS = re.compile(
    rf"({_NAME_RUN.pattern}),\s+(?:the|an?)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?P<head>{'|'.join(_COMPANY_WORDS)})\b(?![’'])"
)
# ... or named after what it is: "the mine's operator, Korvash Coal", "the airline SkyBridge".
_INTRODUCED_AFTER = re.compile(
    rf"\b(?:the|its)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{'|'.join(_COMPANY_WORDS)}),?\s+"
    rf"(?P<name>(?-i:[A-Z])[\w’'-]*(?: (?-i:[A-Z])[\w’'-]*)*)",
    re.IGNORECASE,
)
_ABBREVIATED = frozenset({"corp", "inc", "ltd", "co"})


def named_body(np: str, before: str) -> str:
    """The body a common noun stands for, named in ``before``: "force" -> "Halton Police".

    "the company" is the company the article introduced as one ("Kessler-Lund,
    the industrial automation group") or the last name ending like a
    company's ("Boreal Nickel Corp."); "the agency" the last name of an agency
    or office ("the Global Migration Office").
    """
    heads = BODY_SYNONYMS.get(np.lower())
    if heads is None:
        return np
    best, at = np, -1
    for m in _NAME_RUN.finditer(before):
        words = m.group(0).split()
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if len(words) > 1 and head.lower() in heads:  # "National Bank of Arveland"
            dot = before[m.end() : m.end() + 1] == "." and words[-1].lower() in _ABBREVIATED
            best, at = without_article(m.group(0)) + ("." if dot else ""), m.start()
    if np.lower() in _COMPANY_WORDS:
        for m in _INTRODUCED_AS.finditer(before):
            if m.start() > at:
                best, at = m.group(1), m.start()
        for m in _INTRODUCED_AFTER.finditer(before):
            if m.start() > at and m.group("name").split()[0].lower() not in STOP_CAPITALS:
                best, at = m.group("name"), m.start()
    return best


# "the UN refugee agency (UNHCR)", or set off by commas: "the UN refugee agency, UNHCR, said".
_ACRONYM_DEFINED = re.compile(r"\(((?:[A-Z]\.?){2,8})\)|,\s+((?:[A-Z]\.?){2,8}),")
_DETERMINER_OR_BREAK = re.compile(r"(?:^|[,;:“”(]|\b(?:the|a|an)\s)", re.IGNORECASE)


def acronyms(body: str) -> dict[str, str]:
    """Acronyms the article defines, and the names it gives them ("UNHCR" -> "UN refugee agency").

    The name is the phrase right before the parenthesis, from its article
    ("the UN refugee agency (UNHCR)") or the run of capitalised words
    ("World Health Organization (WHO)").
    """
    found: dict[str, str] = {}
    for m in _ACRONYM_DEFINED.finditer(body):
        acronym = m.group(1) or m.group(2)
        before = body[max(0, m.start() - 80) : m.start()].rstrip()
        if m.group(2) and not _names_a_body(before):
            continue  # "the EU, US, and UK": a list, not a name set off
        name = _NAME_RUN_AT_END.search(before)
        opener = list(_DETERMINER_OR_BREAK.finditer(before))
        if opener and len(before) - opener[-1].end() <= 60:
            phrase = before[opener[-1].end() :].strip()
            if (
                phrase
                and len(phrase.split()) <= 6
                and (name is None or len(phrase) > len(name.group(0)))
            ):
                found.setdefault(acronym, phrase)
                continue
        if name is not None and len(name.group(0).split()) > 1:
            found.setdefault(acronym, without_article(name.group(0)))
    for acronym, name in _spelled_out(body).items():
        found.setdefault(acronym, name)
    for acronym, name in _known_as(body).items():
        found.setdefault(acronym, name)
    for acronym in {m.group(0) for m in _BARE_ACRONYM.finditer(body)} - found.keys():
        spelled = _spelled_in_lower_case(body, acronym)
        if spelled is not None:
            found[acronym] = spelled
    return found


# Bodies whose acronym is used on its own, and the descriptions news prose gives
# them instead of their full name ("UNHCR" after "the UN refugee agency says").
KNOWN_ACRONYMS: dict[str, tuple[str, ...]] = {
    "UNHCR": ("UN refugee agency", "United Nations refugee agency", "U.N. refugee agency"),
    "WFP": ("World Food Programme", "World Food Program", "UN food agency"),
    "WHO": ("World Health Organization", "UN health agency"),
    "UNICEF": ("UN children's agency", "United Nations Children's Fund", "UN children’s agency"),
    "OCHA": (
        "UN humanitarian office",
        "UN humanitarian affairs office",
        "U.N. humanitarian office",
    ),
    "IOM": ("International Organization for Migration", "UN migration agency"),
    "ICRC": ("International Committee of the Red Cross",),
}


def _known_as(body: str) -> dict[str, str]:
    """Well-known acronyms the article uses, written as the article describes the body."""
    found: dict[str, str] = {}
    for acronym, names in KNOWN_ACRONYMS.items():
        if acronym not in body:
            continue
        lowered = body.casefold()
        at = [(lowered.find(n.casefold()), n) for n in names]
        named = [(k, n) for k, n in at if k >= 0]
        if named:
            k, n = min(named)
            found[acronym] = body[k : k + len(n)]
    return found


_BARE_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
# Small words an acronym leaves out: "United Nations Office for Project Services" -> "UNOPS".
_NOT_INITIALLED = frozenset({"of", "the", "and", "for", "on", "in", "de", "del", "la", "y"})


def _initials(name: str) -> str:
    """ "World Health Organization" -> "WHO"; "National Students' Union" -> "NSU"."""
    return "".join(w[0] for w in name.split() if w.lower() not in _NOT_INITIALLED).upper()


def _spelled_out(body: str) -> dict[str, str]:
    """Acronyms the article uses without defining them, matched to a name it spells out.

    "the United Nations" then "the UN said" (no "(UN)" anywhere): the UN is the
    United Nations.  The name must have two words or more, every one initialled.
    """
    used = {m.group(0) for m in _BARE_ACRONYM.finditer(body)}
    if not used:
        return {}
    found: dict[str, str] = {}
    for m in _NAME_RUN.finditer(body):
        words = m.group(0).removesuffix("’s").removesuffix("'s").split()
        for k in range(len(words) - 1):  # "But the United Nations": from any word on
            if words[k].lower() in _NOT_INITIALLED:
                continue
            name = " ".join(words[k:])
            if _initials(name) in used:
                found.setdefault(_initials(name), name)
                break
    return found


def _spelled_in_lower_case(body: str, acronym: str) -> str | None:
    """ "the national emergency management agency" for "NEMA": one word per letter,
    ending on a body's head noun."""
    if not 2 < len(acronym) <= 6:
        return None
    for m in _LOWER_CASE_BODY.finditer(body):
        words = body[max(0, m.start() - 80) : m.end()].split()[-len(acronym) :]
        if "".join(w[0] for w in words) == acronym.lower() and len(words) == len(acronym):
            return " ".join(words)
    return None


_LOWER_CASE_BODY = re.compile(r"\b(?:" + "|".join(sorted(_ORG_HEADS)) + r")\b")


def _names_a_body(text: str) -> bool:
    """Whether ``text`` ends on an organisation's head noun ("the UN refugee agency")."""
    words = text.split()
    return bool(words) and words[-1].lower() in _ORG_HEADS


@lru_cache(maxsize=32)
def _document_pattern(noun: str) -> re.Pattern[str]:
    """ "<noun> by <author>", "<noun> published on Monday by <author>", the author
    ending at a verb, an acronym in brackets or a clause's end."""
    return re.compile(
        rf"\b{re.escape(noun)}\s+(?:(?:published|released|issued|compiled|commissioned)\s+"
        r"(?:(?:on|in|last|this|early|late)\s+\w+\s+)?)?"
        r"by\s+(?P<author>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)"
        r"(?=\s+(?:found|showed|shows|said|says|counted|concluded|estimated|published|released)\b"
        r"|\s*[,;.(])",
        re.IGNORECASE,
    )
