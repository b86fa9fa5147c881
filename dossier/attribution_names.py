"""Names written out in full: people, bodies, offices, documents and acronyms.

A short name is expanded to the person the article introduces
(``expand_name``, ``name_index``, ``context_names``), a generic noun to the
body or person named before it (``expand_agent``, ``last_organisation``,
``titled_person``, ``named_body``, ``expand_document``), and acronyms to
what the article defines them as (``acronyms``); ``last_speaker`` is the
last person named as speaking in a text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dossier.attribution_speakers import (
    _ARTICLE,
    _CAP,
    _COMMA_OR_QUOTE_AT_END,
    _NAME_AFTER,
    _NAME_RUN,
    _NAME_RUN_AT_END,
    _STATEMENT_GOES_ON,
    _VERB,
    DOCUMENT_NOUNS,
    MOUTHPIECES,
    PEOPLE_NOUNS,
    STUDY_NOUNS,
    _clean_np,
    _owner,
    _study_author,
    _subject_before,
)
from dossier.attribution_words import (
    _ORG_HEADS,
    AGENT_NOUNS,
    PRONOUNS,
    STOP_CAPITALS,
    TITLE_WORDS,
    _is_title_word,
    _tokens,
    looks_like_a_name,
    strip_titles,
)
from dossier.names import MONTHS, ORG_ENDINGS, WEEKDAYS, NameEvidence, find_names, name_evidence

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
        if aged or name != written or _titled_before(text, m.start()):
            best = (m.start(), name)
    return best


def _titled_before(text: str, start: int) -> bool:
    """Whether an office or a title stands right before ``start``: "Chief executive X"."""
    words = text[max(0, start - 30) : start].split()
    return bool(words) and (words[-1].lower() in OFFICES or words[-1].lower() in TITLE_WORDS)


def _a_person(subject: str) -> bool:
    """Whether a speaker may be "he" or "she": a name, or a person described ("doctor at X").

    A body's name ("Dastovian Rights League") is no person.
    """
    first = subject.split()[0].lower()
    if subject[0].isupper():
        return ORG_ENDINGS.isdisjoint(w.lower() for w in _tokens(subject))
    return first in PEOPLE_NOUNS or first in MOUTHPIECES


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
        role = _ROLE_THEN_HOLDER.match(text, m.end())
        if role is not None and looks_like_a_name(role.group("name")):
            best = _later(best, (m.start(), strip_titles(role.group("name"))))
    acting = _person_acting(text)
    if acting is not None:
        best = _later(best, acting)
    return best[1] if best else None


# After a speech verb, a role and its holder set off by a comma: "said the
# committee's chair, the former diplomat Anna Ferro", "told the agency's head, Ida Holm".
_ROLE_THEN_HOLDER = re.compile(
    rf"\s+(?:the|its|their|his|her|a|an)\s+[^,.;:“”\"]{{1,60}},\s+"
    rf"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,3}})?(?P<name>{_NAME_RUN.pattern})(?=\s*[,.;]|$)"
)


# What people do more than bodies and places: they argue, deny, write and testify.
# A name acting so, or a surname of a person the text names in full, is a person
# "he" or "she" may stand for ("Justice Rolf Brenner argued ... he wrote").
PERSON_VERBS: tuple[str, ...] = (
    "argued", "denied", "wrote", "testified", "admitted", "insisted", "recalled",
    "conceded", "acknowledged", "explained", "added", "said", "told", "replied", "answered",
    "complained", "pleaded", "apologised", "apologized", "resigned", "spoke", "described",
)  # fmt: skip


_NAME_ACTING = re.compile(
    rf"(?P<name>{_NAME_RUN.pattern})(?:,\s+[^,.;:“”\"]{{1,60}},)?\s+(?:also\s+|later\s+|then\s+)?"
    rf"(?:has\s+|had\s+)?(?:{'|'.join(PERSON_VERBS)})\b"
)


def _person_acting(text: str) -> tuple[int, str] | None:
    """The last person named in ``text`` as doing what people do (see ``PERSON_VERBS``)."""
    best: tuple[int, str] | None = None
    for m in _NAME_ACTING.finditer(text):
        name = _without_office(strip_titles(m.group("name")))
        if not name or name.split()[0].lower() in STOP_CAPITALS or not looks_like_a_name(name):
            continue
        if len(_tokens(name)) == 1:
            name = _full_name(name, text[: m.start()]) or ""
        if len(_tokens(name)) >= 2 and ORG_ENDINGS.isdisjoint(name.lower().split()):
            best = (m.start(), name)
    return best


def _full_name(surname: str, text: str) -> str | None:
    """The person of two or more words ``text`` names with ``surname`` last ("Osei")."""
    found = None
    for m in re.finditer(rf"\b((?:{_CAP})(?:\s+(?:{_CAP})){{0,2}})\s+{re.escape(surname)}\b", text):
        name = strip_titles(f"{m.group(1)} {surname}")
        if len(_tokens(name)) >= 2 and looks_like_a_name(name):
            found = name
    return found


def name_index(body: str, evidence: NameEvidence | None = None) -> tuple[str, ...]:
    """Person-like names the article introduces (two or more capitalised words).

    ``evidence`` is ``name_evidence(body)``, passed in when the caller has it already.
    """
    found = find_names(body, name_evidence(body) if evidence is None else evidence)
    return tuple(name for name in found if len(_tokens(name)) >= 2)


def without_article(text: str) -> str:
    """ "The Red Crescent" -> "Red Crescent"."""
    return _ARTICLE.sub("", text)


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
        return _owner(subject)  # "The union's own count found ...": the union
    found = list(_ORGANISATION.finditer(before))
    if not found:
        return None
    name = _SENTENCE_START.split(found[-1].group(0))[-1]  # "Kanzo. The UN's office"
    return _clean_np(name)


_SENTENCE_START = re.compile(r"(?<=[a-z])\.\s+")


# The subject opening a sentence, before its verb: "The inquiry found", "UNHCR has trucked".
_OPENING_SUBJECT = re.compile(
    r"(?:the\s+)?(?P<np>(?:(?-i:[a-z])[\w’'-]*\s+|(?-i:[A-Z])[\w’'-]*\s+(?=(?-i:[A-Z]))){0,2}?"
    r"(?P<head>[\w’'-]+))\s+"
    r"(?:also\s+)?(?:(?:has|have|had)\s+)?(?:(?-i:[a-z])[\w-]*(?:ed|s)|found|said|gave|made|put|"
    r"took|told|held|kept|sent|paid|won|lost|set|cut|saw)\b",
    re.IGNORECASE,
)


# A study opening a sentence with its author: "A study by the University of Tresk, ...".
_STUDY_OPENING = re.compile(
    rf"\s*(?P<np>(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?-i:{'|'.join(STUDY_NOUNS)}))\b"
    r"(?P<rest>[^.;:“”]{0,120})",
    re.IGNORECASE,
)


def _last_sentence_subject(before: str) -> str | None:
    """The body or document that is the subject of the last sentence of ``before``."""
    text = before.rstrip()
    start = max(text.rfind(". ", 0, len(text) - 1), text.rfind("\n")) + 1
    study = _STUDY_OPENING.match(text, start)
    if study is not None:
        author = _study_author(study.group("np"), study.group("rest"))
        if author[:1].isupper():
            return author  # "It found ..." after "A study by the University of Tresk ..."
    m = _OPENING_SUBJECT.match(text, start + (len(text[start:]) - len(text[start:].lstrip())))
    if m is None:
        return None
    head = m.group("head").lower()
    if head in STUDY_NOUNS or head in _ORG_HEADS or head in AGENT_NOUNS - _PEOPLE_AGENTS:
        return _clean_np(m.group("np"))
    if m.group("np") == m.group("head") and _named_as_a_body(m.group("head"), text):
        return m.group("head")  # "Tervani said ..." after "Tervani Group, the maker of ..."
    return None


def _named_as_a_body(word: str, text: str) -> bool:
    """Whether the capitalised ``word`` is the short name of a body ``text`` names in full."""
    if not word[:1].isupper() or word.lower() in STOP_CAPITALS:
        return False
    for m in re.finditer(rf"\b{re.escape(word)}((?:\s+[A-Z][\w’'-]*)+)", text):
        if not ORG_ENDINGS.isdisjoint(m.group(1).lower().split()):
            return True
    return False


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
    return _owner(_clean_np(found[-1].group("author"))) if found else np


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


def _may_be_a_body_name(name: str) -> bool:
    """Whether a capitalised run set off before "a human rights group" may be the group's name.

    "... since protests began in March, a human rights group said": a month, a
    weekday or an ordinary opening word is no body.
    """
    words = without_article(name).split()
    return bool(words) and words[0].lower() not in STOP_CAPITALS


def named_body(np: str, before: str) -> str:
    """The body a common noun stands for, named in ``before``: "force" -> "Halton Police".

    "the company" is the company the article introduced as one ("Kessler-Lund,
    the industrial automation group") or the last name ending like a
    company's ("Boreal Nickel Corp."); "the agency" the last name of an agency
    or office ("the Global Migration Office").
    """
    key = np.lower()
    if key not in BODY_SYNONYMS and len(np.split()) == 2 and np.islower():
        key = key.split()[-1]  # "bus company", "state agency": the noun heads the phrase
    heads = BODY_SYNONYMS.get(key)
    if heads is None:
        return referred_body(np, before) or np
    best, at = np, -1
    for m in _NAME_RUN.finditer(before):
        words = m.group(0).split()
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        named = words[1:] if words[0] in ("The", "A", "An") else words
        if len(named) > 1 and head.lower() in heads:  # "National Bank of Arveland", not "The Bank"
            dot = before[m.end() : m.end() + 1] == "." and words[-1].lower() in _ABBREVIATED
            best, at = without_article(m.group(0)) + ("." if dot else ""), m.start()
    if key in _COMPANY_WORDS:
        for m in _INTRODUCED_AS.finditer(before):
            if m.start() > at and _may_be_a_body_name(m.group(1)):
                best, at = m.group(1), m.start()
        for m in _INTRODUCED_AFTER.finditer(before):
            if m.start() > at and m.group("name").split()[0].lower() not in STOP_CAPITALS:
                best, at = m.group("name"), m.start()
    return best if best != np else referred_body(np, before) or np


# Nouns a reader takes as "the body named before": "the agency said", "the group says".
_REFERENCE_HEADS = frozenset(
    {*_ORG_HEADS, *BODY_SYNONYMS, "directorate", "inspectorate", "coalition", "campaign",
     "charity", "watchdog", "observatory", "monitor", "body", "regulator", "alliance",
     "association", "society", "trust", "foundation", "league"}
)  # fmt: skip


# A body's full name: capitalised words, joined by "of", "for", "and", "the"
# ("Thrapley and Wyre Fire and Rescue Service", "Ministry of Health").
_FULL_NAME = re.compile(
    rf"(?:{_CAP})(?:\s+(?:(?:of|for|and|the|on|de|del|la)\s+){{0,2}}(?:{_CAP}))*"
)


# A place-made adjective before a body's name: "Geneva-based", "Oslo-listed".
_DESCRIBED_BY_PLACE = re.compile(r"^[A-Z][\w’']*-[a-z]+\s+(?=[A-Z])")


# A day or a month run on after a name: "the Supreme Court on Wednesday".
_ON_A_DAY = re.compile(
    r"\s+(?:on|in|of|the|for)\s+(?:the\s+)?(?:"
    + "|".join(sorted(w.title() for w in WEEKDAYS | MONTHS))
    + r")\b.*$"
)


# A name as the source of a statement: "X said", "X says", "according to X".
_SPOKE_AFTER = re.compile(
    r"\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:also\s+)?(?:said|says|reported|reports|"
    r"announced|estimated|estimates|counted|recorded|found|published)\b"
)
_ACCORDING_BEFORE = re.compile(r"according\s+to\s+(?:the\s+)?$", re.IGNORECASE)


# Nouns that only refer back: "the agency said" is the body named before, where
# "the interior ministry" or "the police" name a body of their own.
_ANAPHORIC = frozenset(
    {"agency", "group", "organisation", "organization", "company", "firm", "body", "charity",
     "watchdog", "monitor", "observatory", "coalition", "alliance", "network", "institute",
     "bureau", "centre", "center"}
)  # fmt: skip


def _may_stand_for(words: list[str], tokens: list[str]) -> bool:
    """Whether a bare reference back (``words``) may stand for the body named ``tokens``:
    "the company" or "the group" is not a public body ("... Fire and Rescue Service")."""
    if len(words) != 1 or words[0] not in _ANAPHORIC:
        return False
    if words[0] == "group":  # a company, or a campaign or rights group ("Centre for ...")
        return _PUBLIC_HEADS.isdisjoint(tokens)
    return words[0] not in _COMPANY_REFERENCES or _ORG_HEADS.isdisjoint(tokens)


_COMPANY_REFERENCES = frozenset({"company", "firm", "group"})


# Heads of the names of public bodies, which no one calls "the group".
_PUBLIC_HEADS = frozenset(
    {"ministry", "department", "service", "authority", "police", "government", "army",
     "court", "tribunal", "council", "commission", "bureau", "office", "agency", "guard",
     "board", "committee", "programme", "program", "fund"}
)  # fmt: skip


def _spoke(text: str, name: re.Match[str]) -> bool:
    """Whether the name at ``name`` is given as the source of a statement or a document."""
    return bool(
        _SPOKE_AFTER.match(text, name.end())
        or _ACCORDING_BEFORE.search(text, max(0, name.start() - 20), name.start())
        or _AUTHOR_BEFORE.search(text, max(0, name.start() - 60), name.start())
    )


# The author of a document: "a report by the Geneva-based Centre for ...".
_AUTHOR_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted({*DOCUMENT_NOUNS, *STUDY_NOUNS}))
    + r")\s+(?:(?:published|released|issued|compiled)\s+)?by\s+(?:the\s+)?"
    r"(?:[\w’'-]+-based\s+|[a-z][\w’'-]*\s+){0,2}$",
    re.IGNORECASE,
)


def referred_body(np: str, before: str) -> str | None:
    """The body a short reference ("the fire service", "the agency") stands for.

    A reader takes the last body whose name holds the reference's words
    ("fire service" -> "Thrapley and Wyre Fire and Rescue Service"), or,
    for a bare noun that only refers back ("the agency", "the group") when no
    name holds it, the last body named as giving a statement ("..., Kessland
    Statistics said. ... the agency said").  People are not bodies.
    """
    words = [w for w in np.lower().split() if w not in ("the", "a", "an")]
    if not words or words[-1] not in _REFERENCE_HEADS:
        return None
    holding = speaking = None
    for m in _FULL_NAME.finditer(before):
        name = _DESCRIBED_BY_PLACE.sub("", without_article(m.group(0)))
        name = _ON_A_DAY.sub("", name)  # "Supreme Court on Wednesday"
        tokens = name.lower().split()
        if len(tokens) < 2 or tokens[0] in STOP_CAPITALS:
            continue
        if all(w in tokens for w in words):
            holding = name
        elif (
            _may_stand_for(words, tokens)
            and _spoke(before, m)
            and (not looks_like_a_name(name) or not ORG_ENDINGS.isdisjoint(tokens))
        ):
            speaking = name
    return holding or speaking


# "the UN refugee agency (UNHCR)", or set off by commas: "the UN refugee agency, UNHCR, said".
_ACRONYM_DEFINED = re.compile(r"\(((?:[A-Z]\.?){2,8})\)|,\s+((?:[A-Z]\.?){2,8}),")


_DETERMINER_OR_BREAK = re.compile(r"(?:^|[,;:“”(]|\b(?:the|a|an)\s)", re.IGNORECASE)


# A phrase written as a proper name: its first word capitalised ("UN refugee agency").
_PROPER = re.compile(r"(?-i:[A-Z])")


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
                if m.group(2) and not _PROPER.match(phrase):
                    continue  # "the chemical workers' union, UCMW,": the acronym is its name
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
        rf"\b{re.escape(noun)},?\s+(?:(?:published|released|issued|compiled|commissioned)\s+"
        r"(?:(?:on|in|last|this|early|late)\s+\w+\s+)?)?"
        r"by\s+(?P<author>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,6}?)"
        r"(?=\s+(?:found|showed|shows|said|says|counted|concluded|estimated|published|released)\b"
        r"|\s*[,;.(])",
        re.IGNORECASE,
    )
