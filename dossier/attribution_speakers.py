"""The speaker of a sentence: who a figure in it is attributed to.

``attribute_sentence`` reads the shapes news prose uses ("according to X",
"X said (that)", "..., X said.", "X put the toll at N", "a 2023 audit by X
found", an official act whose object is the figure) and returns the noun
phrase or name that gives the figure, or ``None`` for the article's own
voice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.attribution_words import (
    _ORG_HEADS,
    _TRAILING_SOURCE,
    ACT_VERBS,
    AGENT_NOUNS,
    PROMISE_VERBS,
    PRONOUNS,
    SPEECH_VERBS,
    STOP_CAPITALS,
    _tokens,
    looks_like_a_name,
    strip_titles,
)
from dossier.names import MONTHS, ORG_ENDINGS, WEEKDAYS

_CAP = r"(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w’'\-]*"


_NAME_RUN = re.compile(
    rf"(?:{_CAP})(?: +(?:(?:de|da|del|la|los|van|von|der|di|of|the|y) +)?(?:{_CAP}))*"
)


_VERB = re.compile(r"(?<![\w-])(" + "|".join(SPEECH_VERBS) + r")\b")  # not "Oslo-listed"


_ACCORDING = re.compile(
    r"\baccording to\s+(?P<np>[^,.;:“”\"()]+?)(?=\s*(?:[,.;:”\")]|\s+(?:while|but|who|which)\b"
    r"|\s+and\b(?!\s+(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))|$))",  # "X and Y Commission": one name
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although)\b|\s+while\s+")


_FILLER_TAIL = re.compile(
    r"(?P<comma>,)?\s*\b(?:also|later|earlier|previously|has|have|had|is|are|was|were|then|separately|"
    r"separately,|now|just|there|originally|initially|already|first|last|"
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
    r"|(?<![A-Z])(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!St)(?<!Lt)(?<!Sgt)(?<!Capt)(?<!Col)(?<!Gen)"
    r"(?<!Maj)(?<!Insp)(?<!Supt)(?<!Prof)\.\s+(?=[A-Z])"  # a sentence's end
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
    "registry", "database", "ledger", "filings", "documents",
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
    rf"(?:(?:released|published|issued|compiled|provided|given)\s+)?(?:from|by|of|with)\s+"
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
    rf"\b(?P<np>(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?(?-i:{_STUDIES}))\b"
    r"(?P<rest>(?:\s+(?:by|of|from|for|published|released|conducted|carried|commissioned|"
    r"ordered|funded|in|on|last|this|earlier)\b|,)[^;.“”]{0,90}?)?"
    rf"\s+(?:also\s+)?(?:{'|'.join(STUDY_VERBS)})\b",
    re.IGNORECASE,
)


# "In a survey published this month by the Korvel Institute, 54% ...": the study
# opens the sentence, and the figures after its comma are its findings.  The study
# is a common noun: "the group Inquest Watch" names a body, not an inquest.
_IN_A_STUDY = re.compile(
    rf"\b(?:in|according\s+to)\s+(?P<np>(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?-i:{_STUDIES}))\b(?P<rest>[^,;.“”]{{0,90}}),",
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


# What a court or an inquiry heard: the clause ends there, or "that" opens it.
_HEARD_WHAT = re.compile(r"\s*(?:[.,;]|$)|\s+that\b")


# A determiner or a preposition before a speech verb makes it a noun: "its report",
# "a protest against plans to ...", "a rise in reports of ...".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:its|their|his|her|our|the|a|an|against|of|in|about|over|with|into|amid)\s+$",
    re.IGNORECASE,
)


# Speech verbs that are participles before "by": "a poll published by the institute".
_PARTICIPLES = frozenset(
    {"published", "reported", "estimated", "counted", "recorded", "documented", "registered",
     "tallied", "confirmed", "cited", "listed", "updated", "claimed", "announced"}
)  # fmt: skip


# ... also with a time between: "a survey published last month by the university".
_BY_SOMEONE = re.compile(
    r"(?:\s+(?:on|in|last|this|early|late|earlier)\s+\w+)?"
    r"\s+by\s+(?!(?:phone|telephone|email|e-mail|text|video|letter)\b)"
)


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
    r"(?:own\s+)?(?:experts|staff|researchers|investigators|analysts|officials|statisticians|judges|inspectors|auditors|lawyers)"
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


@lru_cache(maxsize=4096)  # the same words before a verb are read once per figure
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


_OPENING_CONJUNCTION = re.compile(
    r"^(?:(?:But|And|Yet|So|Still|Now)\s+(?=[A-Z]|the\s|a\s|an\s)"
    r"|(?:[Tt]hough|[Aa]lthough|[Ss]ince|[Ww]hereas)\s+)"
)


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


# Offices a capitalised role ends on before the holder's name set off by commas:
# "The Education Secretary, Lionel Barrowby, told MPs".
_ROLES = frozenset(
    {
        "secretary", "minister", "director", "constable", "commissioner", "chief", "president",
        "governor", "mayor", "prosecutor", "judge", "chairman", "chairwoman", "chair",
        "commander", "inspector", "superintendent", "sheriff", "officer", "executive",
        "general", "ombudsman", "registrar", "coroner", "auditor", "treasurer", "leader",
        "spokesman", "spokeswoman", "spokesperson", "administrator", "rapporteur",
    }
)  # fmt: skip


# A role held in or of somewhere, before its holder set off by commas: "The mayor of
# Port Avel, Jonas Kirre, said", "Its envoy in Varna, Ida Holm, told".
_ROLE_OF_SOMEWHERE = re.compile(
    r"(?:^|[,;:—–(]\s*|\b(?:and|but)\s+)(?:(?i:the|its|their|his|her|a|an)|[A-Z][\w-]*(?:’s|'s))\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<role>[a-z][\w-]*)\s+(?:of|in|at|for|with)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+$"
)


def _holder_of_role(text: str, named: str) -> bool:
    """Whether ``named``, set off after ``text``, holds the role of or in somewhere it ends on.

    A person's office needs a person's name of two words or more ("the capital
    of the province, Kastelli" is a place); a body described ("The water
    utility in Port Avel, Kessel Water") a name of two words or an acronym.
    """
    m = _ROLE_OF_SOMEWHERE.search(text)
    if m is None:
        return False
    role = m.group("role")
    if role in _ROLES or role in _MORE_ROLES:
        return len(_tokens(named)) >= 2 and looks_like_a_name(named)
    if role in _ORG_HEADS or _is_agent(role):  # "The water utility in Port Avel, Kessel Water"
        return len(_tokens(named)) >= 2 or _ACRONYM.fullmatch(named) is not None
    return False


# Roles beyond the offices of _ROLES a person may be introduced by.
_MORE_ROLES = frozenset(
    {"representative", "envoy", "ambassador", "head", "founder", "author", "coordinator",
     "manager", "lawyer", "member", "owner", "researcher", "premier", "senator", "deputy"}
)  # fmt: skip


# Nouns for places a name set off after them stands for: "in the capital, Kastelli".
_PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "province", "region", "district", "port", "county"}
)


_IN_A_PLACE = re.compile(r"\b(?:in|at|from|near|outside)\s+the\s+\w+$")


# A rank written short before a name: "Lt. Irini Vasdeki", "Sgt Ali Demir".
_RANK = re.compile(
    r"^(?:Lt|Lieut|Sgt|Capt|Col|Gen|Maj|Cmdr|Insp|Supt|Cpl|Adm|Det|Prof|Rev)\.?\s+(?=[A-Z])"
)


def _subject_phrase(text: str) -> str | None:
    """The agent phrase that ends ``text``, as written."""
    text = text.rstrip()
    if text.endswith(")"):  # nothing else can end on the parenthesis
        text = _TRAILING_PARENTHESIS.sub("", text)  # "the UN refugee agency (UNHCR)"
    text = _LEADING_DAY.sub("", text)
    for _ in range(3):
        # the comma closing an aside stays: "The agency's bulletin, its eleventh, also"
        stripped = _FILLER_TAIL.sub(lambda m: m.group("comma") or "", text).rstrip()
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
            named = _RANK.sub("", inner[comma + 1 :].strip())  # "Lt. Irini Vasdeki"
            text = inner[:comma].rstrip()
            role = text.split()[-1] if text.split() else ""
            if role.lower() in _PLACE_NOUNS and _IN_A_PLACE.search(text):
                pass  # "Its office in the capital, Kastelli, said": a place, not a holder
            elif _NAME_RUN.fullmatch(named) and (
                role[:1].islower() or role.lower() in _ROLES or _holder_of_role(text, named)
            ):
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


# "its latest bulletin", "their own annual report": a document of the clause's subject.
_ITS_DOCUMENT = re.compile(
    r"(?:its|their)\s+(?:[\w’'-]+\s+){0,3}(?:"
    + "|".join(sorted({*DOCUMENT_NOUNS, *STUDY_NOUNS}))
    + r")",
    re.IGNORECASE,
)


def _document_owner(np: str, before: str) -> str | None:
    """The subject of the clause whose own document ``np`` is ("its bulletin"), if a body."""
    if not _ITS_DOCUMENT.fullmatch(np.strip()):
        return None
    owner = _leading_np(before)
    words = owner.split() if owner else []
    if not words or not (_is_agent(words[-1]) or (len(words) > 1 and words[-1][:1].isupper())):
        named = _OPENING_NAME.match(before)  # "The Relief Trust, set up in 2015, had paid"
        if named is not None and len(_tokens(named.group("np"))) > 1:
            return named.group("np")
        return None  # "Deaths climbed, according to its bulletin": not who keeps it
    return owner


# A name opening the sentence as its subject, before a comma or a verb.
_OPENING_NAME = re.compile(
    rf"\W*(?:[Tt]he\s+)?(?:[a-z]+-[a-z]+\s+)?(?P<np>{_NAME_RUN.pattern})(?=,|\s+(?-i:[a-z]))"
)


def _find_in(clause: str, sentence_start_np: str | None, figure: int = -1) -> str | None:
    """An explicit attribution inside ``clause``, or None.

    ``figure`` (its offset in ``clause``, if known) must come after a
    participle that shares the sentence's subject: "presented a plan,
    promising to cut the deficit to 3.1%" attributes the 3.1% only.
    """
    m = _ACCORDING.search(clause)
    if m:
        owner = _document_owner(m.group("np"), clause[: m.start()])
        if owner is not None:  # "The directorate recorded 61 deaths, according to its bulletin"
            return owner
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
        if word in ("found", "finds") and not (
            _FOUND_THAT.match(clause, verb.end()) or _HEARD_WHAT.match(clause, verb.end())
        ):
            continue  # "found 12 bodies" is an act; "found that ...", ", it found," a finding
        if word.startswith("claim") and clause.startswith(" responsibility", verb.end()):
            continue  # "has claimed responsibility for six attacks": an act, not a count
        if word == "declared" and _DECLARED_A_STATE.match(clause, verb.end()):
            continue  # "declared a state of emergency": an act, not a statement
        if word == "heard" and not _HEARD_WHAT.match(clause, verb.end()):
            continue  # "..., the court heard." and "heard that ..." tell what it heard;
            # "heard gunfire" does not
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
        subordinated = _SUBORDINATED.search(before) or _SINCE_OR_THOUGH.search(before)
        if subject is not None and subordinated and not _inside_clause(clause, verb, figure):
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
_AND_SPEAKER = re.compile(
    r",\s+(?:and|but|though|although|while|whereas|where|when)\s+(?:[\w’'.-]+\s+){1,5}$"
)


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


def _inside_clause(clause: str, verb: re.Match[str], figure: int) -> bool:
    """Whether the figure stands in the subordinate clause ``verb`` heads, after the verb.

    "..., when the department estimated that 61% of schools were shut" keeps the
    figure in the department's clause; "Since a commission reported in 2018,
    prosecutors opened 37 inquiries" does not.
    """
    return figure > verb.end() and "," not in clause[verb.end() : figure]


# A clause opened by "since" or "though": its speaker gives only what the clause holds
# ("Since a commission reported in 2018, prosecutors have opened 37 investigations").
_SINCE_OR_THOUGH = re.compile(
    r"\b(?:since|although|though)\s+(?:[\w’'.()-]+\s+){0,7}$", re.IGNORECASE
)


# A role, then the person holding it: ", Dr Nasreen Akhtar." after "according to the ...".
_NAMED_AFTER_ROLE = re.compile(rf",\s+({_NAME_RUN.pattern})\s*(?:[,.;]|$)")


def _described_as_body(speaker: str, clause: str) -> bool:
    """Whether ``clause`` sets off a description of ``speaker`` that names a body."""
    m = re.search(re.escape(speaker) + r",\s+(?:the|a|an)\s+([^,]*?)(\w+),", clause)
    return m is not None and m.group(2).lower() in ORG_ENDINGS


def _promised(speaker: str | None, clause: str, figure: int, verb: re.Match[str]) -> bool:
    """Whether a person ``speaker`` promised the figure at ``figure`` by ``verb``.

    The figure follows the promise, and no source named later in the clause
    speaks for it ("Japan has pledged $2 million, the ministry said").
    """
    if speaker is None or figure < verb.end() or _VERB.search(clause, verb.end()):
        return False
    if _described_as_body(speaker, clause):
        return False  # "Gavi, the vaccine alliance, has pledged": a body's pledge
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


# What a body makes and owns, not a body itself: "the council's street count",
# "the Trust's analysis", "the ministry's immunisation programme".  "The UN's
# humanitarian office" stays whole: an office speaks.
_OWNED_THINGS = frozenset(
    {
        *DOCUMENT_NOUNS, *STUDY_NOUNS, "findings", "programme", "program", "manifest",
        "projections", "projection", "forecast", "forecasts", "modelling", "model", "tracker",
        "dashboard", "website", "accounts", "filing", "filings", "submission", "evidence",
        "poll", "consensus", "ledger", "minutes", "judgment", "ruling", "verdict",
    }
)  # fmt: skip


# Words that qualify a document when the document's own noun was cut off:
# "the agency's morning (report)", "the Auditor General's preliminary (findings)".
_DOCUMENT_QUALIFIERS = frozenset(
    {
        "morning", "evening", "daily", "weekly", "monthly", "quarterly", "annual", "latest",
        "preliminary", "provisional", "final", "interim", "new", "own", "official", "first",
        "second", "third", "last", "previous", "updated",
    }
)  # fmt: skip


_OWNER = re.compile(
    r"^(?P<the>the\s+)?(?P<owner>[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)[’']s\s+"
    r"(?P<rest>(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*))$",
    re.IGNORECASE,
)


# A document and who made it: "figures provided to the paper by the Attorney
# General's office in March", "a consensus compiled by the company".
_THINGS = "|".join(sorted(_OWNED_THINGS))
_MADE_BY_AGENT = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<doc>{_THINGS})\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:compiled|published|released|issued|provided|produced|"
    r"prepared|declared|announced|kept|conducted|carried\s+out|drawn\s+up|filed|submitted|"
    r"given|supplied|collected|gathered|maintained)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"by\s+(?P<agent>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,6}?)"
    r"(?:\s+(?:in|on|at|last|this|from|for|to|after|before|since)\b.*)?$",
    re.IGNORECASE,
)


# "figures the prison service provided to the committee": the document's giver.
_GIVEN_BY = re.compile(
    r"^(?:the\s+)?(?P<doc>[a-z][\w-]*)\s+(?:that\s+)?(?P<agent>(?:the|its)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+)?)\s+(?:provided|gave|supplied|sent|released|published|compiled|shared)"
    r"\b.*$",
    re.IGNORECASE,
)


# "the final Baltica Research poll": a capitalised maker inside the document's name.
_NAMED_MAKER = re.compile(
    rf"^(?:(?:the|a|an|its)\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?P<agent>{_NAME_RUN.pattern})\s+"
    r"(?:[a-z][\w-]*\s+)?(?P<doc>[a-z][\w-]*)$"
)


_POSSESSIVE_END = re.compile(r"[’']s$")


# A body's part speaking for it: "its legal committee", "its humanitarian office".
_ITS_UNIT = re.compile(r"its\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)$", re.IGNORECASE)
_UNITS = frozenset(
    {*_ORG_HEADS, "team", "unit", "branch", "division", "wing", "arm", "mission", "secretariat"}
)


def _owner(speaker: str) -> str:
    """The body that owns or made the document named as the speaker, else the speaker.

    The owner is written as the text gives it ("the council", "Open Door
    Trust"), so the article's fuller name of the body can be found for it;
    "its legal committee" is "it", the body named before.
    """
    for pattern in (_MADE_BY_AGENT, _GIVEN_BY, _NAMED_MAKER):
        m = pattern.match(speaker)
        if m and m.group("doc").lower() in _OWNED_THINGS:
            return _owner(_POSSESSIVE_END.sub("", _clean_np(m.group("agent"))))
    unit = _ITS_UNIT.match(speaker)
    if unit and unit.group("head").lower() in _UNITS:
        return "it"  # "Its legal committee said": the body "it" stands for
    m = _OWNER.match(speaker)
    if m is None:
        return speaker
    head = m.group("head").lower()
    if head not in _OWNED_THINGS and head not in _DOCUMENT_QUALIFIERS:
        return speaker
    if any(w[:1].isupper() for w in m.group("rest").split()):
        return speaker  # "the UN's World Food Programme": a body's name
    owner = m.group("owner")
    if owner.lower() in PRONOUNS or owner.lower() in ("their", "its"):
        return speaker
    return (m.group("the") or "") + owner if owner[:1].islower() else owner


def attribute_sentence(sentence: str, figure: int) -> str | None:
    """Attribution of the figure at offset ``figure`` from its own sentence."""
    who = _attribute_sentence(sentence, figure)
    if who in ("it", "they"):
        who = _opening_body(sentence, figure) or who
    return who if who is None else well_formed(_owner(who))


# Words that start a relative clause: never the head of a speaker's phrase.
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that"})


# Words an article may follow inside one noun phrase: "officials at the ministry",
# "the head of the agency", "filings with the commission".
_ARTICLE_MAY_FOLLOW = frozenset(
    {"of", "for", "with", "at", "in", "on", "from", "by", "to", "against", "under", "into",
     "over", "and", "behind", "within", "inside", "outside", "across"}
)  # fmt: skip


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DOCS_SET = frozenset({*DOCUMENT_NOUNS, *STUDY_NOUNS})


def well_formed(np: str) -> str | None:
    """The speaker's phrase read as one noun phrase, or None when it is not one.

    The words before a speech verb are not always its subject: a time
    ("On the first evening the company said" -> "the company"), a year left
    before the owner of a document ("a 2015 government report" -> "government"), or the
    relative word of a clause ("the fire service which found" -> "fire
    service"; "which economists say" speaks of the clause before, not the
    figure).  A name ("Inquest Watch", "Lawyers for Justice") is kept whole.
    """
    words = np.split()
    if len(words) > 1 and words[0] in ("where", "when"):
        words = words[1:]  # "..., where police estimated the crowd at 4,000": police
    if words and words[0].lower() in _RELATIVE_WORDS and not words[0].isupper():
        return None  # "which economists say", not "WHO"
    while words and words[-1] in _RELATIVE_WORDS:
        words.pop()
    while len(words) > 1 and _YEAR.fullmatch(words[0]) and words[-1].lower() not in _DOCS_SET:
        words.pop(0)  # "2015 government", but "2015 safety audit" is the audit's name
    for i in range(len(words) - 1, 0, -1):
        lead = words[:i]
        if (
            words[i].lower() in ("the", "a", "an")
            and lead[-1].lower() not in _ARTICLE_MAY_FOLLOW
            and all(w.islower() for w in lead[1:])
            and (lead[0].islower() or lead[0].lower() in STOP_CAPITALS)
        ):
            words = words[i:]  # "first evening the company": the phrase the article opens
            break
    return " ".join(words) or None


# A body opening its sentence and a clause break before the pronoun standing for it:
# "The Rights League has given a higher figure: it says its lawyers counted 97".
_OPENING_BODY = re.compile(
    rf"(?:The\s+)?(?P<np>{_NAME_RUN.pattern})(?:\s+\([^)]{{1,12}}\))?\s+(?-i:[a-z])"
)
_PRONOUN_AFTER_BREAK = re.compile(r"(?:[:;—–]|,\s+and)\s+(?:it|they)\s", re.IGNORECASE)


def _opening_body(sentence: str, figure: int) -> str | None:
    """The body "it" or "they" stands for when its own sentence opened on that body."""
    if _PRONOUN_AFTER_BREAK.search(sentence, 0, figure) is None:
        return None
    m = _OPENING_BODY.match(sentence)
    if m is None or not any(w.lower() in ORG_ENDINGS for w in _tokens(m.group("np"))):
        return None  # "Ana Ruiz ...: it said" is no body
    return m.group("np")


# A live blog's entry carrying on someone's words: "15:05 More from Ferrante: 23 people ...".
_MORE_FROM = re.compile(
    rf"^\W*(?:[\d:.]+\s+)?(?:More|Further|Update|Latest)\s+from\s+(?:the\s+)?"
    rf"(?P<np>{_NAME_RUN.pattern}|[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}})\s*:"
)


# A body's document introducing a list after a colon: "The Civil Protection
# Directorate's first statement of the day: two dead, 15 missing".
_DOCUMENT_COLON = re.compile(
    rf"^\W*(?:the\s+)?(?P<owner>(?-i:[A-Z])[^:;“”]{{1,80}}?)(?:’s|'s)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_DOCS})\b[^:;“”]{{0,30}}:\s",
    re.IGNORECASE,
)


def _attribute_sentence(sentence: str, figure: int) -> str | None:
    sentence = _NAMED_ACRONYM.sub(lambda m: " " * len(m.group(0)), sentence)
    more = _MORE_FROM.match(sentence)
    if more is not None and figure > more.end():
        return more.group("np")
    listed = _DOCUMENT_COLON.match(sentence)
    if listed is not None and figure >= listed.end():
        return _clean_np(listed.group("owner"))
    if _in_subject_aside(sentence, figure):
        return None
    who = _own_speaker(sentence, figure)
    if who is None:
        who = _relative_speaker(sentence, figure)
    if who is None:
        earlier = _EARLIER_FIGURE_JOINED.search(sentence, 0, figure)
        if earlier is not None and earlier.end() == figure:  # ", with 21 still missing"
            who = _own_speaker(sentence, earlier.start("figure"))
    if who is None and _OF_THOSE_AFTER.match(sentence, _figure_end(sentence, figure)):
        earlier = _EARLIER_FIGURE.search(sentence, 0, figure)  # "..., and 58 of those victims"
        if earlier is not None:
            who = _own_speaker(sentence, earlier.start("figure"))
    return who


# Words that open an aside describing the subject: a relative clause or a participle
# of how the body or person came to be ("set up in 2009 with £40 million").
_ASIDE_OPENERS = (
    "which", "who", "whose", "set up", "founded", "established", "created", "formed",
    "elected", "appointed", "based", "launched", "built", "opened", "backed", "funded",
    "led", "run", "owned", "named", "chosen",
)  # fmt: skip


# The subject, an aside set off by commas, and the main verb after it:
# "The Harbour Union, which represents 12,000 dockers, said on Monday ...".
_SUBJECT_ASIDE = re.compile(
    r"\W*(?P<subject>[^,;:“”\"]{1,80}?),\s+(?P<aside>(?:"
    + "|".join(_ASIDE_OPENERS)
    + r")\b[^;:“”\"]*?),\s+(?:(?:also|later|then|now|has|have|had|is|are|was|were|will|"
    r"would|could|may|might|on\s+\w+)\s+)*(?P<verb>(?-i:[a-z])[a-z]+)\b",
    re.IGNORECASE,
)


# Verbs that may follow a subject's aside without being its main verb: "which, he said, ...".
_NOT_MAIN_VERBS = frozenset({"and", "but", "or", "the", "a", "an", "its", "their", "of", "in"})


def _in_subject_aside(sentence: str, figure: int) -> bool:
    """Whether the figure stands in an aside describing the sentence's subject.

    "The Harbour Union, which represents 12,000 dockers, said ...", "Senator Ana
    Lopes, whose party won 41 seats, has said ...", "The Relief Trust, set up in
    2015 with £3 million, had paid out ...": the aside is the writer's
    description, whoever the sentence goes on to quote.  An aside that says or
    does something itself ("The ministry, which said 40 people died, ...",
    "Police, who arrested 40 people, said", "The mission, which deployed 84
    observers, said") gives its own figure, and a source named at the end
    ("..., according to the ministry") speaks for the whole sentence, unless it
    is the subject's own ("according to its annual report").
    """
    m = _SUBJECT_ASIDE.match(sentence)
    if m is None or not m.start("aside") <= figure < m.end("aside"):
        return False
    if m.group("verb").lower() in _NOT_MAIN_VERBS or _VERB.search(m.group("subject")):
        return False
    according = _ACCORDING.search(sentence, m.end("aside"))
    if according is not None and not _OWNED.match(according.group("np")):
        return False  # "The jail, built for 600, held 1,400, according to the inspector"
    ends = _ENDS_ON_A_SOURCE.search(sentence, m.end())
    if ends is not None and "according to" not in ends.group(0).lower():
        return False  # "Inflation, which peaked at 11%, fell to 6%, the office said": all told
    subject = m.group("subject")
    if any(c.isdigit() for c in subject) or _VERB_IN_SUBJECT.search(subject):
        return False  # "Crews rescued 74 people from a block, which had 180 flats, ...": a clause
    aside = sentence[m.start("aside") : figure]
    return not (_VERB.search(aside) or _ACT.search(aside) or _GATHERED.search(aside))


# A source closing the sentence: "..., the office said last week.", "..., said Ana Ruiz."
_ENDS_ON_A_SOURCE = re.compile(
    r",\s+(?:[^,;:“”\"]{1,60}?\s)?(?:" + "|".join(SPEECH_VERBS) + r")\b[^,;:“”\"]{0,40}[.!?]?\s*$"
)


# A verb in what would be the subject: a clause, not a noun phrase ("Crews rescued 74").
_VERB_IN_SUBJECT = re.compile(r"(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<![\w-])[a-z]+ed\b")


# How a body gathered what it says: "which deployed 320 observers", "who interviewed 60".
_GATHERED = re.compile(
    r"\b(?:deployed|sent|visited|monitored|interviewed|surveyed|inspected|polled|sampled)\b"
)


# A part of a group told before it in the sentence: "put at 287 by the inquiry, and
# the bodies of 58 of those victims were never recovered".
_OF_THOSE_AFTER = re.compile(r"\s+of\s+(?:those|them|these)\b")
_EARLIER_FIGURE = re.compile(r"(?P<figure>\d[\d,.]*)[^;]*?,\s+and\s+(?:[\w’'-]+\s+){0,4}$")
_FIGURE_END = re.compile(r"[\d,.]*\d")


def _figure_end(sentence: str, figure: int) -> int:
    m = _FIGURE_END.match(sentence, figure)
    return m.end() if m else figure


# "(NDCC)" after a body's name: set aside so it does not break the clause.
_NAMED_ACRONYM = re.compile(r"\s\([A-Z][A-Z\d.&-]{1,9}\)")


# A figure joined to one just before it in the same clause: "puts the toll at 38,
# with 21 people still missing", "at least 86 were killed, including 19 children",
# "60,000 people were killed and some 1.2 million displaced".
_EARLIER_FIGURE_JOINED = re.compile(
    r"(?P<figure>\d[\d,.]*)(?:\s+[a-z][\w-]*){0,4}"
    r"(?:,\s+(?:with|including|among\s+them|of\s+whom)|,?\s+and)"
    r"(?:\s+(?:some|about|around|nearly|almost|roughly|another|at\s+least|more\s+than))?\s+"
)


_NAME_AT_END = re.compile(rf"(?:{_NAME_RUN.pattern})\s*$")


# A speaker told in a relative clause before the figure: "the League, which
# documented 112 deaths", "survivors, who have always said more than 120 died".
_RELATIVE_SPEAKER = re.compile(
    r",\s+(?:which|who)\s+(?:(?:has|have|had|also|always|long|previously|since)\s+){0,3}"
    r"(?P<verb>" + "|".join(SPEECH_VERBS) + r")\b[^,;:“”]*$"
)


def _relative_speaker(sentence: str, figure: int) -> str | None:
    """The body or group a relative clause holding the figure speaks for."""
    m = _RELATIVE_SPEAKER.search(sentence, 0, figure)
    if m is None or m.group("verb") == "according":
        return None
    parts = _CLAUSE_TAIL.split(sentence[: m.start()].rstrip())
    before = re.split(r"\b(?:by|from)\s+", parts[-1].strip())[-1]  # "the toll given by X"
    described = _NAME_AT_END.search(parts[-2]) if len(parts) > 1 else None
    if described and _ARTICLE.match(before) and len(_tokens(described.group(0))) >= 2:
        return described.group(0)  # "the Prison Observatory, an independent group, which said"
    last = _LAST_NP.search(before)
    if last is not None:
        np = _clean_np(last.group(0))
    elif _BARE_PLURAL.fullmatch(before):
        np = before
    else:
        return None
    head = np.split()[-1]
    if not (_is_agent(head) or (_NAME_RUN.fullmatch(np) and len(_tokens(np)) >= 2)):
        return None
    return np


def _own_speaker(sentence: str, figure: int) -> str | None:
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
