"""Rules for figures that count people.

Deaths, injuries, arrests, disappearances and displaced people, and other
counts of people (crowds, people in need).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from dossier import kinds as K
from dossier.model import Interval, Kind, Qualifier, Quantity
from dossier.numbers import find_ordinals
from dossier.rules import (
    A_RATE_BASE,
    A_RATE_PER,
    PEOPLE_KINDS,
    PHRASE_STOPS,
    Found,
    Sentence,
    Words,
    a_rank,
    figure_line,
    is_people,
    is_plural_noun,
    make_found,
    plural_head,
    skip_modifiers,
    subject_in,
    words_after,
)

_TO_DIE = re.compile(
    r"\s+(?:to die|killed|(?:has|have|had)\s+(?:now\s+)?died|died|dies|was killed|has been killed)"
)
_ORDINAL_NOUNS = ("victim", "death", "fatality", "person")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s$", re.IGNORECASE)


def rule_ordinal_victim(s: Sentence) -> Iterable[Found]:
    """ "the twelfth victim", "the 12th death": deaths, at least that many; one person
    counted by what befell them ("a second man is missing")."""
    yield from one_person(s)
    low = s.text.lower()
    if not any(noun in low for noun in _ORDINAL_NOUNS):
        return
    for span, n in find_ordinals(s.text):
        if n < 2:
            continue
        words = words_after(s.text, span.end, 4)
        if not words or words[0][0].lower() not in _ORDINAL_NOUNS:
            continue
        if words[0][0].lower() == "person" and not _TO_DIE.match(s.text[words[0][2] :]):
            continue
        lead = _ARTICLE_BEFORE.search(s.text, max(0, span.start - 4), span.start)
        start = lead.start() if lead else span.start
        # "a ninth person has died", "the fire's second death" set the toll; "the twelfth
        # victim" may not be the last counted: at least 12
        person = words[0][0].lower() in ("person", "death", "deaths", "fatality")
        # "a 24th victim ... died": one more added to the toll, which now stands at 24
        person = person or s.text[max(0, span.start - 3) : span.start].lower() in ("a ", "an ")
        value = Interval(low=Decimal(n), high=Decimal(n) if person else None)
        yield Found(
            Kind.DEATHS,
            value,
            Qualifier.EXACT if person else Qualifier.AT_LEAST,
            start,
            words[0][2],
            "people",
            subject_in(s.text),
        )


# One person named by what befell them: "One man died", "a second man is missing",
# "a third woman was arrested".  The ordinal tells this person from others named
# before ("two were rescued and a third man is missing"), so it counts one; only
# "a ninth person/victim" keeps a running toll (above).
_ONE_PERSON_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "child", "teenager", "baby", "worker", "officer", "guard",
     "nurse", "doctor", "medic", "inmate", "detainee", "tourist", "refugee", "guide",
     "soldier", "passenger", "resident", "journalist", "prisoner", "migrant", "civilian",
     "protester", "hiker", "climber", "fisherman", "student", "driver", "pilot"}
)  # fmt: skip
_ONE_PERSON = re.compile(
    r"\b(?P<lead>[Oo]ne|[Aa]n?\s+(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth)|[Aa]n?\s+\d{1,3}-year-old)\s+(?P<noun>[a-z]+)\b"
)
# Nouns for one who does something, told by their ending ("one picketer", "a second
# cyclist"); the few common words so written that name things are set aside.
_AGENT_ENDINGS = ("er", "or", "ist", "ian")
_NOT_AGENTS = frozenset(
    {"other", "another", "order", "number", "quarter", "letter", "water", "matter", "center",
     "centre", "corner", "border", "chamber", "container", "computer", "trailer", "tower",
     "shelter", "factor", "sector", "motor", "floor", "door", "hour", "error", "paper",
     "major", "minor", "senior", "junior", "former", "further", "either", "neither", "after",
     "over", "under", "never", "rather", "whether", "together", "however", "remainder",
     "member", "register", "theatre", "theater", "helicopter", "tractor", "reactor"}
)  # fmt: skip


def _one_person_noun(noun: str) -> bool:
    return noun in _ONE_PERSON_NOUNS or (
        len(noun) >= 6 and noun.endswith(_AGENT_ENDINGS) and noun not in _NOT_AGENTS
    )


# "more than one man", "no one man": not a count of one.
_NOT_ONE_BEFORE = re.compile(r"\b(?:than|least|most|no|any|every|each|the|this|that)\s+$", re.I)
_ONE_PERSON_KINDS = (Kind.DEATHS, Kind.INJURIES, Kind.ARRESTS, Kind.DISAPPEARANCES)


_APPOSITION = re.compile(r"\s*,[^,;:.()]{1,60},")


def _after_apposition(text: str, pos: int) -> int:
    """Where the verb may start after ``pos``: past ", believed to be in his 60s," if any."""
    m = _APPOSITION.match(text, pos)
    return m.end() if m else pos


def one_person(s: Sentence) -> Iterable[Found]:
    """One person counted by what befell them: "One man died", "a second man is missing"."""
    for m in _ONE_PERSON.finditer(s.text):
        if not _one_person_noun(m.group("noun")):
            continue
        if m.group("lead").lower() == "one" and _NOT_ONE_BEFORE.search(s.text[: m.start()]):
            continue
        kind = predicate_kind(words_after(s.text, _after_apposition(s.text, m.end()), 10))
        if kind not in _ONE_PERSON_KINDS:
            continue
        one = Interval(low=Decimal(1), high=Decimal(1))
        yield Found(kind, one, Qualifier.EXACT, m.start(), m.end(), "people", subject_in(s.text))


_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_AMONG_THE = re.compile(
    r"\s+(?:(?:were|was|are|is|also)\s+){0,2}among\s+(?:the|those)\s+(?P<noun>[a-z]+)\b"
)


def rule_among_the(s: Sentence) -> Iterable[Found]:
    """A group counted among the dead, injured or missing: "17 children among the dead".

    Also the groups a total is said to include: "the dead included nine guards,
    two police officers and four of the attackers".  The total of a part
    ("three of the 12 were among the missing") is not.
    """
    yield from _groups_included(s)
    for q in s.quantities:
        if q.unit is not None or _OF_THE_BEFORE.search(s.text, 0, q.span.start):
            continue
        words = words_after(s.text, q.span.end, 5)
        k = skip_modifiers(words)
        if k < len(words) - 1 and words[k][0].lower() in _POSSESSIVES:
            k += 1  # "two of its monitors were among those detained"
        end = q.span.end
        if k < len(words) and (is_people(words[k][0]) or is_plural_noun(words[k][0])):
            end = words[k][2]
        m = _AMONG_THE.match(s.text, end)
        if m is None:
            continue
        noun = m.group("noun")
        kind = next((kind for kind in PEOPLE_KINDS if noun in K.KIND_NOUNS[kind]), None)
        if kind is not None:
            yield make_found(q, kind, end, "people", subject_in(s.text[q.span.start : end]))


# "the dead included", "the injured were": a total named by its kind, then the groups in it,
# listed with commas and "and" ("nine guards, two police officers and four of the attackers").
_LIST_ITEM = r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+"
_GROUPS_INCLUDED = re.compile(
    r"\bthe\s+(?P<noun>[a-z]+)\s+(?:also\s+)?(?:included|include|includes|were|are|comprised|"
    r"numbered)\s+(?P<list>(?:" + _LIST_ITEM + r"(?:,\s+and\s+|,\s+|\s+and\s+)){0,6})$",
    re.IGNORECASE,
)
_THE_GROUP = re.compile(r"\s+of\s+(?:the|them|those|whom)(?:\s+[a-z-]+)?")


def _groups_included(s: Sentence) -> Iterable[Found]:
    """Groups listed after "the dead included": each counted as dead (or injured, missing)."""
    for q in s.quantities:
        if q.unit is not None:
            continue
        m = _GROUPS_INCLUDED.search(s.text, max(0, q.span.start - 240), q.span.start)
        if m is None or _LIST_STOP.search(m.group("list")):
            continue
        noun = m.group("noun").lower()
        kind = next((k for k in PEOPLE_KINDS if noun in K.KIND_NOUNS[k]), None)
        if kind is not None:
            end = _group_end(s.text, q.span.end)
            yield make_found(q, kind, end, "people", subject_in(s.text[q.span.start : end]))


# Words that end a list: a new clause has begun ("the dead included 12 soldiers and
# police said 30 ...").
_LIST_STOP = re.compile(
    r"\b(?:said|says|say|told|was|were|is|are|had|has|have|who|which|that|while)\b",
    re.IGNORECASE,
)


def _group_end(text: str, end: int) -> int:
    """Where a listed group's words end: "nine prison guards", "four of the attackers"."""
    of = _THE_GROUP.match(text, end)
    if of is not None:
        return of.end()
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    if k < len(words) - 1 and words[k][0].islower() and is_people(words[k + 1][0]):
        k += 1  # "two police officers"
    if k < len(words) and (is_people(words[k][0]) or is_plural_noun(words[k][0])):
        return words[k][2]
    return end


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b")
_WITH_HARM = re.compile(
    r"\s+with\s+(?:[a-z][\w-]*\s+){0,3}?(?P<harm>" + "|".join(sorted(K.HARM_NOUNS)) + r")\b"
)


def rule_with_injuries(s: Sentence) -> Iterable[Found]:
    """People counted with their wounds: "600 people with gun wounds", "22 of them with burns"."""
    for q in s.quantities:
        if q.unit is not None:
            continue
        part = _OF_THEM.match(s.text, q.span.end)
        if part is not None:
            end = part.end()
        else:
            words = words_after(s.text, q.span.end, 4)
            k = skip_modifiers(words)
            if k >= len(words) or not is_people(words[k][0]):
                continue
            end = words[k][2]
        if _WITH_HARM.match(s.text, end) or (
            part is None and _most_harmed(s.text, q.span.start, end)
        ):
            subject = subject_in(s.text[q.span.start : end])
            yield make_found(q, Kind.INJURIES, end, "people", subject)


_AUXILIARY_AFTER = re.compile(r"\s+(?:had|have|has|were|was|are|is)\s")
# Most of a group described by its wounds after a comma: ", most with head injuries".
_MOST_WITH_HARM = re.compile(
    r"[^,;.]{0,80},\s+(?:most|many|all|some|several|mostly|nearly\s+all|almost\s+all)"
    r"(?:\s+of\s+them)?\s+(?:with|suffering(?:\s+from)?|for)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:" + "|".join(sorted(K.HARM_NOUNS | {"cuts", "bruises", "fractures"})) + r")\b"
)


def _most_harmed(text: str, start: int, end: int) -> bool:
    """People the sentence goes on to describe by their wounds: "31 students had been
    brought in, most with head injuries".  Not when their verb is of another kind."""
    if not _MOST_WITH_HARM.match(text, end) or _other_kind_before(text, start, Kind.INJURIES):
        return False
    if not _AUXILIARY_AFTER.match(text, end):
        return False  # "brought 38 others out alive, many with burns": the rescued
    words = words_after(text, end, 10)
    kind = predicate_kind(words)
    return kind is None or kind is Kind.INJURIES


_AT_HOSPITAL = re.compile(
    r"\b(?:hospitals?|clinics?|medics|doctors|paramedics|treated|admitted|trauma|"
    r"emergency (?:room|ward|department))\b",
    re.IGNORECASE,
)


# A list of people kept by someone, and the group it names: "its list had 36 names",
# "a list of the dead ... has 117 names on it".
_NAMES = re.compile(r"\s+names\b")
_LIST = re.compile(r"\blists?\b", re.IGNORECASE)
_GROUP_NAMED = re.compile(
    r"\b(?:the\s+(?P<noun>dead|missing|disappeared|injured|wounded|detained|displaced)\b"
    r"|(?P<unaccounted>unaccounted\s+for|whereabouts\s+(?:remain|are|is)\s+unknown))",
    re.IGNORECASE,
)


def _names_on_a_list(s: Sentence) -> Iterable[Found]:
    """Names on a list of the dead or missing are a count of them: "the list has 40 names".

    The group is the last one named as such ("the missing", "unaccounted for")
    in the sentence or the text before it in the paragraph and the one before.
    """
    if "names" not in s.text:
        return
    for q in s.quantities:
        m = _NAMES.match(s.text, q.span.end)
        if q.unit is not None or m is None:
            continue
        cut = s.context.find(s.text)
        before = (s.context[:cut] if cut >= 0 else "") + " " + s.text[: q.span.start]
        if not _LIST.search(before[-250:]):
            continue  # "It has 117 names on it" after "their own list of the dead"
        named = list(_GROUP_NAMED.finditer(before))
        if not named:
            continue
        last = named[-1]
        noun = "missing" if last.group("unaccounted") else last.group("noun").lower()
        kind = next((k for k in PEOPLE_KINDS if noun in K.KIND_NOUNS[k]), None)
        if kind is not None:
            yield make_found(q, kind, m.end(), "people")


def _whole(value: Decimal | None) -> bool:
    """Whether a figure can count people: none is a fraction ("2.4 deaths" is a mean)."""
    return value is None or value == value.to_integral_value()


def rule_kind_noun_after(s: Sentence) -> Iterable[Found]:
    """A figure followed by what it counts: "11 deaths", "672 arbitrary arrests", "17 dead"."""
    s = figure_line(s)  # "- 17: people who have died"
    yield from _names_on_a_list(s)
    for q in s.quantities:
        if q.unit is not None:
            continue
        words = words_after(s.text, q.span.end, 6)
        k = skip_modifiers(words)
        if k >= len(words) or (q.value.high == 1 and words[0][0] == "of"):
            continue  # "one of the missing", "every one of those deaths": one among them
        if (
            k + 1 < len(words)
            and words[k][0][:1].isupper()
            and words[k][0].isalpha()
            and any(words[k + 1][0] in nouns for nouns in K.KIND_NOUNS.values())
        ):
            k += 1  # "312,000 Drevan refugees", "40 Kurdish detainees"
        if (
            k + 1 < len(words)
            and words[k][0].islower()
            and words[k][0].replace("-", "").isalpha()
            and words[k][0] not in PHRASE_STOPS
            and ("-" in words[k][0] or words[k + 1][0] in K.EVENT_KIND_NOUNS)
            and any(words[k + 1][0] in nouns for nouns in K.KIND_NOUNS.values())
        ):
            k += 1  # "318 hunger-related deaths", "230 drowning deaths", "40 road deaths"
        named_as = _NAMED_AS.match(s.text, words[k][2]) if is_people(words[k][0]) else None
        if named_as is not None:
            kind = K.NAMED_AS_KINDS[" ".join(named_as.group("kind").lower().split())]
            yield make_found(q, kind, words[k][2], "people", subject_in(words[k][0]))
            continue  # "listed 17 people as missing"
        if k + 1 < len(words) and words[k][0].lower() == "asylum" and words[k + 1][0] == "seekers":
            k += 1  # "2,000 asylum seekers": the two words name them
        noun = "asylum-seekers" if words[k][0] == "seekers" else words[k][0].lower()
        if A_RATE_PER.match(s.text, words[k][2]) or not _whole(q.value.low):
            continue  # "1.9 lost-time injuries per million hours": a rate
        if noun in ("casualties", "casualty") and _AT_HOSPITAL.search(s.text):
            # casualties brought to hospital are the wounded
            yield make_found(q, Kind.INJURIES, words[k][2], "people", subject_in(s.text))
            continue
        for kind in PEOPLE_KINDS:
            if noun in K.KIND_NOUNS[kind]:
                if noun in K.PEOPLE_NOUNS and _other_kind_before(s.text, q.span.start, kind):
                    break  # "the bodies of 12 migrants", "lost track of 34 detainees"
                if (
                    noun in ("held", "missing", "killed", "dead")
                    and k > 0
                    and words[k - 1][0].lower() in ("the", "of")
                ):
                    break
                if k > 0 and words[k - 1][0].lower() in ("the", "of"):
                    # "three of the injured died in hospital": the part's own verb decides
                    own = predicate_kind(words_after(s.text, words[k][2], 14))
                    kind = own if own in PEOPLE_KINDS else kind
                subject = subject_in(s.text[q.span.end : words[k][2] + 40])
                end = words[k][2]
                if k > 0 and words[k - 1][0].lower() in _PRONOUN_MORE and _IS_VERB.fullmatch(noun):
                    end = words[k - 1][2]  # "hundreds more fled": the figure stands for people
                yield make_found(q, kind, end, "people", subject)
                break


# People named as in a state: "listed 17 people as missing", "registered 40 residents as
# displaced".
_NAMED_AS = re.compile(
    r"\s+as\s+(?:(?:still|officially|being|now)\s+)?(?P<kind>"
    + "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"\s+") for w in K.NAMED_AS_KINDS), key=len, reverse=True
        )
    )
    + r")\b",
    re.IGNORECASE,
)


def rule_subject_then_verb(s: Sentence) -> Iterable[Found]:
    """A counted subject and its verb: "11 civilians have been killed", "thousands fled".

    An aside between subject and verb (", including six children,") is
    read past; a group in custody that is moved ("31 inmates were moved")
    is transferred, not displaced.
    """
    s = figure_line(s)  # "- 17: people who have died"
    for q in s.quantities:
        if q.unit is not None or (
            q.value.high == 1
            and _ONE_AMONG.search(s.text, max(0, q.span.start - 12), q.span.end + 4)
        ):
            continue  # "my wife is one of the missing": who she is, not a count; the group
            # of "one of 41 people who remain unaccounted for" is one
        part = part_of_a_whole(s, q.span.end)
        if part is not None:
            yield make_found(q, part, q.span.end, "votes" if part is Kind.VOTES else "people")
            continue
        words = words_after(s.text, q.span.end, 14)
        k = skip_modifiers(words)
        if 0 < k < len(words) and _a_group_named_by_kind(words, k):
            continue  # "three of the injured died": read with its noun by rule_kind_noun_after
        if k < len(words) - 1 and words[k][0].lower() in _POSSESSIVES:
            k += 1  # "58 of its members"
        end = q.span.end
        subject = None
        if (
            k < len(words) - 1
            and words[k][0].islower()
            and words[k][0].lower() not in K.PEOPLE_NOUNS
            and words[k + 1][0].lower() in K.PEOPLE_NOUNS
        ):
            k += 1  # "60 union members"
        quoted = _quoted_noun(words, k)
        if quoted is not None:
            subject, end, k = words[quoted - 1][0].lower(), words[quoted][2], quoted + 1
        elif k < len(words) and is_people(words[k][0]):
            subject, end = words[k][0].lower(), words[k][2]
            k += 1
            if (
                k < len(words)
                and subject in _COLLECTIVE_PEOPLE
                and words[k][0] in K.PEOPLE_NOUNS
                and is_plural_noun(words[k][0])
            ):
                subject, end = words[k][0], words[k][2]  # "nine crew members"
                k += 1
            if k < len(words) - 1 and words[k][0] == "and" and is_people(words[k + 1][0]):
                k += 2  # "58 of its members and supporters had been detained"
        elif k < len(words) and words[k][0][0].isupper() and words[k][0].lower().endswith("ans"):
            subject, end = words[k][0], words[k][2]  # "thousands of Venezuelans"
            k += 1
        if k < len(words) and words[k][0] in ('"', "”"):
            k += 1  # a quoted figure: '"fewer than 200 civilians" had died'
        if subject is None and 0 < k <= len(words) and words[k - 1][0].lower() in _PRONOUN_MORE:
            end = words[k - 1][2]  # "hundreds more were staying with friends"
        said = _SAYS_BETWEEN.match(s.text, end) if subject is not None else None
        if said is not None:
            words, k = words_after(s.text, said.end(), 14), 0  # "the 11,000 people the UN
            # says were left homeless": the verb after the source
        if k == len(words) and subject is not None:
            aside = _ASIDE.match(s.text[end:])
            if aside:
                words, k = words_after(s.text, end + aside.end(), 14), 0
        elif (
            k == len(words) - 1
            and subject is not None
            and words[k][0].lower() in _RELATIVE_PRONOUNS
        ):
            source = _SOURCE_ASIDE.match(s.text, words[k][2])
            if source is not None:  # "41 people who, according to the commission, remain"
                words = (*words[: k + 1], *words_after(s.text, source.end(), 13))
        kind = predicate_kind(words, k)
        if kind is None and subject is not None:
            kind = _kind_past_a_phrase(words, k)  # "12 deputies from the opposition voted"
        if kind is None and subject is not None:
            kind = _kind_of_a_second_verb(s.text, end)  # "who were taken ... and have not
            # been seen since"
        if kind is None and subject is not None:
            kind = _kind_of_a_joined_group(s, end)  # "27 employees and four contractors
            # were unaccounted for"
        if kind is None and subject is not None and _opens_a_line_in_lodgings(s, q, words, k):
            kind = Kind.DISPLACED  # a line of findings: "1,290 families in temporary housing"
        if kind is None and _arrived_on_the_move(s, words, k, subject):
            kind = Kind.DISPLACED  # "more than 94,000 arrived in October" in a refugee story
        if kind is None and subject is not None and _lodged_past_a_relative(s.text, end):
            kind = (
                Kind.DISPLACED
            )  # "300 people whose homes are nearest spent the night in shelters"
        if (
            kind is None
            and subject is not None
            and k < len(words)
            and _IS_VERB.fullmatch(words[k][0].lower())
        ):
            kind = _main_verb_kind(words, k)  # "Three men suspected of ... were arrested"
        if kind is None:
            continue
        kind = _main_verb_kind(words, k) or kind
        if kind is Kind.DEATHS and _known_dead_buried(s.text, q.span.start, words, k):
            continue  # "the seven men were buried on Saturday": the dead told before
        if (
            (kind is Kind.DISPLACED and subject in K.CUSTODY_NOUNS)
            or (kind is Kind.ARRESTS and subject in K.SENTENCED_NOUNS)
            or (kind is Kind.INJURIES and subject in K.ILLNESS_NOUNS and not _hurt(s))
            or (kind is Kind.INJURIES and fell_ill(s.text, end))
        ):
            # "31 inmates were moved": a transfer; "1,040 inmates held at the jail": its
            # population; "38 patients were in hospital": people who fell ill
            yield make_found(q, Kind.COUNT, end, "people", subject)
            continue
        if kind is Kind.VOTES:
            yield make_found(q, kind, end, "votes")
            continue
        if kind is Kind.COUNT:
            yield make_found(q, kind, end, "people", subject)
            continue
        yield make_found(
            q, kind, end, "people", subject_in(s.text[q.span.start : q.span.end + 60]) or subject
        )


_ARRIVAL_KEYS = tuple(f" {v} " for v in K.ARRIVAL_VERBS)
_A_RATE_FIRST = re.compile(r" (?:a|per|each|every) (?:day|week|month|night) ")
_A_WORD = re.compile(r"[a-z-]+")


def _arrived_on_the_move(s: Sentence, words: Words, k: int, subject: str | None) -> bool:
    """Whether plain people (or a bare figure) arrive in a passage about refugees or migrants:
    "412,000 people landed on the island", "more than 94,000 arrived in a single month"."""
    if subject is not None and subject not in K.PLAIN_PEOPLE:
        return False
    rest = " " + " ".join(w[0].lower() for w in words[k:]) + " "
    rate = _A_RATE_FIRST.match(rest)  # "about 1,800 people a day had landed"
    verb_zone = _VERB_ZONE.match(rest, rate.end() - 1 if rate else 0)
    tail = rest[verb_zone.end() - 1 :] if verb_zone else rest
    if not tail.startswith(_ARRIVAL_KEYS):
        return False
    return _on_the_move(s.text) or _on_the_move(s.context)


@lru_cache(maxsize=256)
def _on_the_move(passage: str) -> bool:
    """Whether a passage tells of people on the move: a word of migration, or people
    crossing a border ("the number of people crossing into Velmark has tripled")."""
    low = passage.lower()
    return not K.MIGRATION_WORDS.isdisjoint(_A_WORD.findall(low)) or (
        _CROSSING_A_BORDER.search(low) is not None
    )


_CROSSING_A_BORDER = re.compile(
    r"\bcross(?:ed|ing|es)?\s+(?:into|over\s+the\s+border|the\s+border)\b"
    r"|\bborder\s+crossings?\b"
)


def _a_group_named_by_kind(words: Words, k: int) -> bool:
    """Whether ``words[k]`` is a kind's word used as a noun ("of the injured"), not a verb."""
    word = words[k][0].lower()
    return (
        words[k - 1][0].lower() == "the"
        and word not in ("held", "missing", "killed", "dead")  # read here: "four of the dead"
        and not (k + 1 < len(words) and is_people(words[k + 1][0]))  # "the dead inmates"
        and not is_people(word)
        and any(word in nouns for nouns in K.KIND_NOUNS.values())
    )


def _opens_a_line_in_lodgings(s: Sentence, q: Quantity, words: Words, k: int) -> bool:
    """Whether a line opens with people and the lodging for the displaced they are in, with no
    verb ("1,290 families in temporary accommodation"): a finding set out as a list item.
    Inside a sentence, "aid for 40,000 people in camps" says who gets it, not where."""
    if s.text[: q.span.start].strip(" -–—•*"):
        return False
    tail = " " + " ".join(w[0].lower() for w in words[k:]) + " "
    return tail.startswith(" in ") and _LODGED.match(tail) is not None


def _known_dead_buried(text: str, start: int, words: Words, k: int) -> bool:
    """Whether a group named as one known before ("the seven men") is said to be buried:
    their funeral, not a new count of the dead."""
    if not _THE_KNOWN.search(text, 0, start):
        return False
    return any(w[0].lower() == "buried" for w in words[k : k + 4])


_OPENING_QUOTES = frozenset({'"', "“"})
_CLOSING = frozenset({'"', "”"})


def _quoted_noun(words: Words, k: int) -> int | None:
    """Index of the closing quote of a quoted plural noun after a figure: '2,871 "drug
    personalities" were killed' counts people under the name a source gives them."""
    if k >= len(words) or words[k][0] not in _OPENING_QUOTES:
        return None
    for j in range(k + 2, min(len(words), k + 5)):
        if words[j][0] in _CLOSING:
            last = words[j - 1][0]
            return j if is_people(last) or is_plural_noun(last) else None
    return None


# A source between counted people and their verb: "the 11,000 people the UN refugee agency
# says were left homeless", "1,200 people officials believe have died".
_SAYS_BETWEEN = re.compile(
    r"\s+(?:(?:that|whom)\s+)?(?:the\s+)?(?:[A-Za-z'’-]+\s+){1,5}?(?:says|said|say|estimates|"
    r"estimated|believes|believe|believed|thinks|think|reports|reported|fears|feared)\s+"
    r"(?=(?:were|was|are|is|had|have|has|may|might|could|would)\b)"
)
# Words for a body of people that also name its members' kind: "crew members", "police
# officers", "staff members".
_COLLECTIVE_PEOPLE = frozenset({"crew", "staff", "police", "personnel", "opposition"})
# A source named between a relative pronoun and its verb: "who, according to the
# commission, remain unaccounted for", "who, police said, had been detained".
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_SOURCE_ASIDE = re.compile(
    r"\s*,\s*(?:according\s+to\s+[^,;.]{1,80}|(?:[A-Za-z'’-]+\s+){1,5}?(?:says|said|say|"
    r"believes|believe|estimates|estimate|reports|reported|thinks|fears|alleges|alleged))\s*,"
)
_ONE_AMONG = re.compile(r"\b(?:is|was|are|were|be|been|as|becomes|became)\s+one(?=\s+of\b)")


# "more" standing for people after a figure ("hundreds more fled") is quoted with it.
_PRONOUN_MORE = frozenset({"more", "others"})
_IS_VERB = re.compile(r"[a-z]+ed|" + "|".join(sorted(K.IRREGULAR_PARTICIPLES)))
_OF_THE = re.compile(r"\s+of\s+the\s+")


def part_of_a_whole(s: Sentence, end: int) -> Kind | None:
    """The kind of a part told against a whole counted in people: what the main verb says.

    "About 18,000 of the more than 60,000 people evacuated since Sunday remain
    in shelters": the part is displaced, whatever the whole's participle says.
    """
    of = _OF_THE.match(s.text, end)
    whole = of and next((q for q in s.quantities if q.span.start == of.end()), None)
    if not whole or whole.unit is not None:
        return None
    words = words_after(s.text, whole.span.end, 14)
    k = skip_modifiers(words)
    if k < len(words) and words[k][0] in _WHO:
        kind = predicate_kind(words, k)  # "19 of the 23 who died"
        return kind if kind in PEOPLE_KINDS else None
    if k >= len(words) or not is_people(words[k][0]):
        return None
    k += 1
    if k < len(words) and words[k][0].lower() in _MAIN_AUXILIARIES | _WHO:
        kind = predicate_kind(words, k)  # "of the 1,098 members who cast ballots"
    else:
        kind = _main_verb_kind(words, k)
    return kind if kind in PEOPLE_KINDS or kind is Kind.VOTES else None


_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})
# Verbs that open a main clause after a reduced relative ("61 people taken into custody
# during the operation had not been seen since").
_MAIN_AUXILIARIES = frozenset(
    {"had", "have", "has", "were", "was", "are", "is", "remain", "remains", "remained"}
)


def _main_verb_kind(words: Words, k: int) -> Kind | None:
    """The kind of the main verb when the subject's first verb is a reduced relative.

    "61 people taken into custody ... had not been seen since": the participle
    only names the group; the main clause says what became of it.
    """
    if k >= len(words) or words[k][0].lower() in _MAIN_AUXILIARIES:
        return None
    for j in range(k + 1, len(words)):
        word = words[j][0].lower()
        if word in _RELATIVES or word == "and":
            return None  # "taken into custody, which had ...": another clause
        if word in _MAIN_AUXILIARIES or word in _MODALS:
            kind = predicate_kind(words, j)
            return kind if kind in PEOPLE_KINDS or kind is Kind.COUNT else None
    return None


_MODALS = frozenset({"would", "will", "could", "should", "must", "may", "might"})


def _keys(verbs: Iterable[str]) -> tuple[str, ...]:
    """Each verb as ``predicate_kind`` finds it at the start of a tail: " verb "."""
    return tuple(f" {v} " for v in verbs)


# The verb tables as the prefixes ``str.startswith`` tries all at once; for each
# people kind, its verbs paired with their prefixes (in table order: the first
# verb that matches is the one read) and the prefixes alone.
_SENTENCING_KEYS = _keys(K.SENTENCING_VERBS)
_VOTE_KEYS = _keys(K.VOTE_VERBS)
_RETURN_KEYS = _keys(K.RETURN_VERBS)
_PEOPLE_VERB_KEYS = _keys(K.PEOPLE_VERBS)
_KIND_VERB_KEYS = tuple(
    (kind, tuple((v, f" {v} ") for v in K.KIND_VERBS[kind]), _keys(K.KIND_VERBS[kind]))
    for kind in PEOPLE_KINDS
)


# Quotation marks inside a predicate: 'had been "taken into custody"' reads as its words.
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def predicate_kind(words: Words, k: int = 0) -> Kind | None:
    """What a counted subject's verb makes it ("have been killed": deaths), from ``words[k:]``.

    A participle-like verb with no auxiliary and an object after it is
    active and counts who acted ("two candidates held rallies"): None.
    People who voted ("voted against", "broke ranks to back it") are votes.
    """
    rest = " " + " ".join(w[0].lower() for w in words[k:] if w[0] not in _QUOTE_MARKS) + " "
    verb_zone = _VERB_ZONE.match(rest)
    tail = rest[verb_zone.end() - 1 :] if verb_zone else rest
    auxiliary = verb_zone is not None and bool(_AUXILIARIES & set(verb_zone.group(0).split()))
    if tail.startswith(_SENTENCING_KEYS):
        return Kind.COUNT  # "23 people were jailed for 10 days": sentenced, not arrested
    lodged = _LODGED.match(tail)
    if lodged and (lodged.group("verb") or (verb_zone and verb_zone.group(0).strip())):
        return Kind.DISPLACED  # "212 households remain in temporary accommodation"
    if _SLEPT_IN.match(tail):
        return Kind.DISPLACED  # "40,000 people were sleeping in schools and churches"
    verbed = verb_zone is not None and bool(verb_zone.group(0).strip())
    for kind, verbs, keys in _KIND_VERB_KEYS:
        if not tail.startswith(keys):
            continue  # none of the kind's verbs: the common case, tried at once
        verb = next((v for v, key in verbs if tail.startswith(key)), None)
        if verb is not None and verb.startswith("in ") and not verbed and "condition" not in verb:
            continue  # "the deaths of 9 detainees in custody": where they were, not a verb
        if verb is not None:
            if not auxiliary and _acts_on_an_object(verb, tail[len(verb) + 2 :]):
                return None  # "two candidates held rallies": they did it, nobody was held
            if verb == "moved to" and tail.startswith(_TRANSFERS):
                return Kind.COUNT  # "600 had been moved to the mainland": a transfer
            return kind
    zone_words = verb_zone.group(0).split() if verb_zone else []
    if zone_words and zone_words[-1] in ("had", "has", "have") and _HARM_HELD.match(tail):
        return Kind.INJURIES  # "23 patients had gunshot wounds": "had" read as a verb
    pattern_kind = next((k for k, p in _KIND_PATTERNS if p.match(tail)), None)
    in_need = tail.startswith(" in need of ")  # "70,000 people in need of shelter"
    if (
        pattern_kind is not None
        and tail.startswith((" in ", ' " in', " “ in"))
        and not verbed
        and not in_need
    ):
        pattern_kind = None
    if pattern_kind is not None:
        return pattern_kind
    if tail.startswith(_VOTE_KEYS):
        return Kind.VOTES
    if tail.startswith(_RETURN_KEYS):
        return Kind.COUNT  # returnees: no longer displaced
    if auxiliary and tail.startswith(_PEOPLE_VERB_KEYS):
        return Kind.COUNT  # "212 had been charged"
    if _BEFORE_A_COURT.match(tail):
        return Kind.COUNT  # "would face criminal charges": people prosecuted
    return None


# Harm people have: " gunshot wounds ", " serious burns ", " broken bones ".
_HARM_HELD = re.compile(
    r" (?:[a-z-]+ ){0,2}?(?:injuries|wounds|burns|fractures|broken bones|broken limbs|"
    r"lacerations|concussions?|head injuries|gunshot wounds|stab wounds) "
)
# People brought before a court: " face criminal charges ", " stand trial ".
_BEFORE_A_COURT = re.compile(
    r" (?:face|faces|faced|facing|stand|stood|go|went|appear|appeared|appearing) "
    r"(?:(?:[a-z-]+ ){0,2}charges|trial|prosecution|on trial|in court|before (?:a |the )?"
    r"(?:[a-z-]+ )?(?:court|judge|judges|magistrates?|tribunal)) "
)
# The kinds' verb patterns, each read from the verb on: " in lawful detention ".
_KIND_PATTERNS = tuple(
    (kind, re.compile(" " + pattern)) for kind, ps in K.KIND_VERB_PATTERNS.items() for pattern in ps
)
_TRANSFERS = tuple(f" moved to {place} " for place in K.TRANSFER_PLACES)


# People taken to, living in or remaining in a lodging for the displaced, after the
# auxiliaries: " taken to emergency shelters", " in temporary accommodation" (after
# "remain" or "are": "aid for 40,000 people in camps" says who gets it, not where).
# "spent a second night in", "spend another night at": nights away from home.
_NIGHTS_AWAY = r"spen[dt] (?:a |the |another |a second |a third |[a-z0-9]+ )?nights?"
_LODGED = re.compile(
    r" (?:(?P<verb>" + "|".join(map(re.escape, K.LODGING_VERBS)) + "|" + _NIGHTS_AWAY + r") )?"
    r"(?:in|into|to|at) (?:[a-z0-9,-]+ ){0,3}?(?:" + "|".join(map(re.escape, K.LODGINGS)) + r") "
)


_AND_A_FIGURE = re.compile(r"\s+and\s+")


def _kind_of_a_joined_group(s: Sentence, end: int) -> Kind | None:
    """The verb's kind for counted people joined to a second counted group before it:
    "27 of its own employees and four workers employed by contractors were unaccounted for"."""
    m = _AND_A_FIGURE.match(s.text, end)
    if m is None:
        return None
    other = next((q for q in s.quantities if q.span.start == m.end()), None)
    if other is None or other.unit is not None:
        return None
    words = words_after(s.text, other.span.end, 14)
    k = _people_noun_at(words, skip_modifiers(words))
    if k is None and other.value.high == 1 and words and _one_person_noun(words[0][0]):
        k = 0  # "17 inmates and one guard had died"
    if k is None:
        return None
    kind = predicate_kind(words, k + 1) or _main_verb_kind(words, k + 1)
    return kind if kind in PEOPLE_KINDS else None


_WHO = frozenset({"who", "that"})
_SECOND_VERB_OPENERS = frozenset({"were", "was", "had", "have", "has"})


def _kind_of_a_second_verb(text: str, end: int) -> Kind | None:
    """The kind of a second verb joined by "and" in a relative clause after counted people.

    "164 people who were taken away by men in plain clothes and have not been
    seen since": what became of them is told by the second verb.
    """
    words = words_after(text, end, 24)
    if not words or words[0][0].lower() not in _WHO | _SECOND_VERB_OPENERS:
        return None  # "who were taken ...", or a main clause: "were taken away ... and have
        # never been found"
    for j in range(2, len(words) - 1):
        word = words[j][0].lower()
        if word in _RELATIVES or word in _WHO:
            return None
        if word == "and":
            kind = predicate_kind(words, j + 1)
            return kind if kind in PEOPLE_KINDS else None
    return None


_SLEPT_IN = re.compile(
    r" (?:" + "|".join(map(re.escape, K.SLEEP_VERBS)) + "|" + _NIGHTS_AWAY + r") "
    r"(?:in|into|inside|at|under) (?:[a-z0-9,-]+ ){0,3}?(?:"
    + "|".join(map(re.escape, K.NIGHT_SHELTERS))
    + r") "
)


_RELATIVE_CLAUSE = re.compile(r"\s+(?:whose|who)\s[^,;.:()]{0,120}")


def _lodged_past_a_relative(text: str, end: int) -> bool:
    """Whether people described by a relative clause are then said to stay in a shelter.

    "some 300 people whose houses lie closest to the plant spent a second
    night in emergency shelters": the lodging verb is the main clause's.
    """
    m = _RELATIVE_CLAUSE.match(text, end)
    if m is None:
        return False
    clause = " " + " ".join(m.group(0).lower().split()) + " "
    if _SLEPT_IN.search(clause):
        return True  # "140 people whose flats were damaged were sleeping in a school hall"
    return any(lodged.group("verb") for lodged in _LODGED.finditer(clause))


_PHRASE_OPENERS = frozenset({"from", "of", "in", "at", "on", "across"})
_JOINS = frozenset({"and", "or", "but"})
_RELATIVES = frozenset({"that", "which"})


def _kind_past_a_phrase(words: Words, k: int) -> Kind | None:
    """The verb's kind past a phrase after the subject: "from the opposition Civic Union"."""
    if k >= len(words) or words[k][0].lower() not in _PHRASE_OPENERS:
        return None
    for j in range(k + 2, min(len(words), k + 9)):
        if words[j][0].lower() in _JOINS and _joins_a_place(words, j + 1):
            continue  # "residents of Brenna and two nearby hamlets are being told to leave"
        if words[j][0].lower() == "in" and words[j - 1][0].lower() in K.PLACE_NOUNS:
            continue  # "residents of two care homes in the south were moved": where they are
        if words[j][0].lower() in _PHRASE_OPENERS - {"of"} or words[j][0].lower() in _JOINS:
            return None  # "of" names the phrase's place: "from 14 villages north of the dam"
        if words[j][0].lower() in _RELATIVES and not is_people(words[j - 1][0]):
            return None  # "freed 300 inmates in an attack that killed 23": the attack's verb
        if words[j - 1][0].lower() in _DETERMINERS:
            continue  # "supporters of the jailed leader": an adjective, not the verb
        kind = predicate_kind(words, j)
        if kind is not None:
            return kind
    return None


def _joins_a_place(words: Words, k: int) -> bool:
    """Whether ``words[k:]`` after "and" names one more place a group comes from, not people.

    "residents of Brenna and two nearby hamlets", "people from Kanzo and the next
    village": a proper name, or a determiner or figure and up to two modifiers before a
    noun that is not a word for people.  "12 deputies from the opposition and three
    independents" joins a second group, told by its own noun.
    """
    if k >= len(words):
        return False
    first = words[k][0]
    if first[:1].isupper() and not is_people(first):
        return True
    if first.lower() not in _DETERMINERS and first.lower() not in _SMALL_FIGURES:
        return False
    for j in range(k + 1, min(len(words), k + 4)):
        word = words[j][0].lower()
        if is_people(word) or word in _PHRASE_STOPS_HERE:
            return False
        if word in K.PLACE_NOUNS:
            return True
    return False


# Figures written out that may open a joined place: "and two nearby hamlets".
_SMALL_FIGURES = frozenset({"one", "four", "five", "six", "seven", "eight", "nine", "ten"})
_PHRASE_STOPS_HERE = frozenset({"were", "was", "are", "is", "had", "have", "has", "who"})


# Auxiliaries and adverbs between a counted subject and its verb.
# Modals and "believed to be" are read past too: "as many as 35 fishermen could be
# unaccounted for", "7,000 people may have died", "600 are believed to be trapped".
_VERB_ZONE = re.compile(
    r"\s(?:(?:have|has|had|were|was|are|is|been|being|so|far|reportedly|also|now|already|since|"
    r"who|that|still|all|had|later|then|allegedly|remain|remained|remains|slightly|seriously|"
    r"critically|badly|severely|lightly|could|may|might|must|would|will|be|probably|likely|"
    r"officially|currently|apparently|formally|in\s+fact|indeed|by\s+then|by\s+now|"
    # any other adverb: "were arbitrarily detained", "were forcibly evicted"
    r"(?!only\s|early\s|family\s|daily\s|weekly\s|monthly\s|yearly\s)[a-z][a-z-]{3,}ly|"
    r"(?:believed|feared|thought|said|reported|presumed|understood|known|estimated) to be|"
    r"(?:believed|feared|thought|said|reported|presumed|known|estimated) to have)\s)*"
)
_AUXILIARIES = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "been", "being", "remain", "remained",
     "remains", "who", "that", "be"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"the", "a", "an", "their", "his", "her", "its", "our", "two", "three", "several", "more"}
)


def _acts_on_an_object(verb: str, after: str) -> bool:
    """Whether a participle-like verb with no auxiliary takes an object: it is active.

    "12 people killed in clashes" counts the dead; "five gunmen killed three
    guards" and "two candidates held rallies" count who acted.
    """
    if verb not in K.ACTIVE_TOO_VERBS:
        return False
    following = after.split()[:1]
    if not following:
        return False
    word = following[0]
    return (
        word in _DETERMINERS
        or word[:1].isdigit()
        or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))
    )


# Verbs of harm done by a counted subject to others: "five gunmen killed three guards".
_HARM_VERBS = (
    frozenset(v for kind in (Kind.DEATHS, Kind.INJURIES) for v in K.KIND_VERBS[kind])
    & K.ACTIVE_TOO_VERBS
)


def harms_others(text: str, end: int) -> bool:
    """Whether the people counted before ``end`` killed or wounded someone named after.

    "Five gunmen killed three guards": the claim is the guards' deaths, and who
    did it is told about them; "some 40 attackers stormed the village" counts
    the attackers.
    """
    words = words_after(text, end, 3)
    if not words:
        return False
    verb = words[0][0].lower()
    rest = " ".join(w[0].lower() for w in words[1:])
    return verb in _HARM_VERBS and _acts_on_an_object(verb, rest)


# An aside between a counted subject and its verb: ", including six children,".
# Also a part told against the subject: ", two of them children,", ", most of whom were women,".
_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}"
_ASIDE = re.compile(
    r"\s*,\s*(?:(?:including|among them|among whom|(?:[\w-]+\s+){1,2}of\s+(?:them|whom))\b"
    r"[^,;.]{1,90}"
    # the people named: ", Rosa Penhallow and Idris Carver,"
    r"|" + _NAME + r"(?:(?:,\s*|\s+and\s+)" + _NAME + r"){0,4}"
    # who the people are: ", aged 41 and 58,", ", both from the town,", ", all in their 20s,"
    r"|(?:aged|ages|both|all|each|most|many|some|mostly)\b[^,;.()“”\"]{1,50}"
    # the same people counted again: "37 households, about 110 people, are"
    r"|(?:or\s+)?(?:about|around|roughly|some|nearly|almost|more\s+than|at\s+least)?\s*"
    r"\d[\d,.]*\s+(?:people|persons|residents|individuals))\s*,"
)


_BEFORE_FILL = r"(?:\s+[\"“]?(?:all|has|have|had|rose|risen|climbed|jumped|increased|reached|stood|stands|stand|is|was|were|of|at|to|now|hit|surpassed|passed|some|an|estimated|the|a|total|least|more|than|over|about|nearly|around|almost|roughly|up)){0,4}\s*[\"“]?$"  # noqa: E501


# Per kind: any of its ``K.KIND_BEFORE`` phrases, then filler up to the figure.
_KIND_BEFORE = {
    kind: re.compile(
        # a verb may be quoted on its own: 'troops had "neutralised" 11 attackers'
        r"\b(?:" + "|".join(re.escape(p) for p in K.KIND_BEFORE[kind]) + r")[\"”]?" + _BEFORE_FILL
    )
    for kind in PEOPLE_KINDS
}


def _other_kind_before(text: str, start: int, kind: Kind) -> bool:
    """Whether a phrase of another kind than ``kind`` leads up to the figure at ``start``.

    People named by their state ("migrants", "detainees") are counted by what
    the phrase says happened to them: "the deaths of 12 detainees" are deaths.
    Phrases of displacement are too loose ("forced") to overrule a noun.
    """
    before = text[max(0, start - 60) : start].lower()
    return any(
        _KIND_BEFORE[k].search(before) for k in PEOPLE_KINDS if k not in (kind, Kind.DISPLACED)
    )


def rule_kind_before(s: Sentence) -> Iterable[Found]:
    """What is counted named first: "the arrest of 700 people", "death toll rose to 45", "killing 12"."""  # noqa: E501
    for q in s.quantities:
        if q.unit is not None:
            continue
        driven = _driven_from_home(s.text, q.span.start, q.span.end) or _moved_to_shelter(
            s.text, q.span.start, q.span.end
        )
        if driven is not None:
            yield make_found(
                q, Kind.DISPLACED, driven, "people", subject_in(s.text[q.span.start : driven])
            )
            continue
        before = s.text[max(0, q.span.start - 60) : q.span.start].lower()
        rest = _SEARCH_FOR_THE_REST.search(s.text, max(0, q.span.start - 40), q.span.start)
        if rest is not None:
            found = make_found(q, Kind.DISAPPEARANCES, q.span.end, "people", None)
            yield replace(found, start=rest.start("rest"))  # "the search for the other 13"
            continue
        lost = _lost_people(s.text, q.span.start, q.span.end)
        if lost is not None:
            yield make_found(
                q, Kind.DISAPPEARANCES, lost, "people", subject_in(s.text[q.span.start : lost])
            )
            continue
        put = _put_in_a_state(s.text, q.span.start, q.span.end)
        if put is not None:
            yield make_found(q, put[0], put[1], "people", subject_in(s.text[q.span.start : put[1]]))
            continue
        buried = _laid_in_graves(s.text, q.span.start, q.span.end)
        if buried is not None:
            yield make_found(
                q, Kind.DEATHS, buried, "people", subject_in(s.text[q.span.start : buried])
            )
            continue
        victims = _victims_of_harm(s.text, q.span.start, words_after(s.text, q.span.end, 4))
        if victims is not None:
            kind, noun = victims
            yield make_found(q, kind, noun[2], "people", subject_in(noun[0]))
            continue
        if _counts_things(words_after(s.text, q.span.end, 4)) and not _arrested_agents(
            before, words_after(s.text, q.span.end, 3)
        ):
            continue  # "the coast guard has detained 47 fishing boats": not people
        if seized_before(s.text, q.span.start):
            after = words_after(s.text, q.span.end, 1)
            end = after[0][2] if after and is_people(after[0][0]) else q.span.end
            yield make_found(q, Kind.ARRESTS, end, "people", None)  # "police held 700 people"
            continue
        hospital = _taken_to_hospital(s.text, q.span.start, q.span.end)
        if hospital is not None:
            subject = subject_in(s.text[q.span.start : hospital])
            yield make_found(q, Kind.INJURIES, hospital, "people", subject)
            continue
        listed = _LISTED_OBJECT.search(s.text, max(0, q.span.start - 90), q.span.start)
        if listed is not None and not _NOT_A_LIST.search(listed.group("list")):
            words = words_after(s.text, q.span.end, 4)
            k = skip_modifiers(words)
            if k < len(words) and is_people(words[k][0]):
                kind = _LISTING_VERBS[listed.group("verb").lower()]
                yield make_found(q, kind, words[k][2], "people", subject_in(words[k][0]))
                continue  # "arrested the owner, Hendra Wijaya, 58, and two managers"
        for kind in PEOPLE_KINDS:
            if _KIND_BEFORE[kind].search(before):
                words = words_after(s.text, q.span.end, 4)
                k = skip_modifiers(words)
                end = q.span.end
                if k < len(words) - 1 and _named_people(words, k):
                    end = words[k + 1][2]  # "three Hidro employees"
                elif k < len(words) and (is_people(words[k][0]) or _a_people(words[k][0])):
                    end = words[k][2]  # "27 civilians", "12 million Syrians"
                elif (
                    k > 0
                    and words[k - 1][0].lower() in _PRONOUN_MORE
                    and (
                        k == len(words)
                        or (words[k][0].lower() != "than" and not is_plural_noun(words[k][0]))
                    )
                ):
                    end = words[k - 1][2]  # "detained 12 more"; not "three more towns"
                elif kind is Kind.DISPLACED and not (
                    k < len(words)
                    and (words[k][0].lower() in K.PEOPLE_NOUNS or _a_people(words[k][0]))
                ):
                    continue
                if (
                    kind is Kind.ARRESTS
                    and _SENTENCED.search(before)
                    and _A_TERM.match(s.text, end)
                ):
                    kind = Kind.COUNT  # "a court jailed 16 protesters for ten days"
                if kind is Kind.INJURIES and _sick_patients(s, words, k):
                    kind = Kind.COUNT  # "treated more than 260 patients" in an outbreak
                if kind is Kind.INJURIES and (fell_ill(s.text, end) or _A_RATE.match(s.text, end)):
                    # "treated 40 runners for dehydration", "treating 400 patients a day": the
                    # sick, or a caseload
                    kind = Kind.COUNT
                yield make_found(
                    q, kind, end, "people", subject_in(s.text[q.span.start : end + 40])
                )
                break


# Verbs whose object can only be a living being: "killed 54 scavengers", "wounding 30
# stallholders" count people whatever their noun, unless animals are named.
_HARMED_BEFORE = re.compile(
    r"\b(?:(?P<death>killing|killed|murdered|murdering|executed|executing|neutrali[sz]ed|"
    r"neutrali[sz]ing|massacred|slaughtered)|injuring|injured|wounding|wounded|maiming|maimed)"
    r"[\"”]?(?:\s+(?:some|an|estimated|another|a\s+further|at\s+least|more\s+than|over|about|"
    r"nearly|around|almost|roughly|up\s+to)\b)*\s*[\"“]?$",
    re.IGNORECASE,
)


def _victims_of_harm(
    text: str, start: int, words: Words
) -> tuple[Kind, tuple[str, int, int]] | None:
    """The kind and the noun of a plural a verb of killing or wounding acts on, when the noun
    is not listed as people ("killed 54 scavengers"); None for animals and measures."""
    m = _HARMED_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    k = skip_modifiers(words)
    if k < len(words) and not is_people(words[k][0]) and words[k][0][:1].isupper():
        k += 1  # "killed 40 Kurdish fighters"
    if k >= len(words) or not is_plural_noun(words[k][0]) or is_people(words[k][0]):
        return None
    noun = words[k][0].lower()
    if noun in K.ANIMAL_NOUNS or noun in K.MEASURE_NOUNS or noun in K.COUNTED_TIME_UNITS:
        return None
    if any(noun in nouns for nouns in K.KIND_NOUNS.values()):
        return None  # "killed 12 and injured 30": read as ever
    return (Kind.DEATHS if m.group("death") else Kind.INJURIES), words[k]


_LEFT_BEFORE = re.compile(
    r"\bleft\s+(?:(?:some|an|about|around|nearly|almost|more|than|over|at|least|roughly|"
    r"estimated|another|a|further)\s+){0,3}$",
    re.IGNORECASE,
)
_TO_DEATH = re.compile(r"\s+to\s+death\b")


def _put_in_a_state(text: str, start: int, end: int) -> tuple[Kind, int] | None:
    """The kind and the quote's end of people a verb put in a state: "crushed 31 pilgrims to
    death" (deaths), "left 12 people in hospital" (what the state after "left" says)."""
    words = words_after(text, end, 12)
    k = skip_modifiers(words)
    if k >= len(words) or not is_people(words[k][0]):
        return None
    noun_end = words[k][2]
    if _TO_DEATH.match(text, noun_end) and start > 0:
        return Kind.DEATHS, noun_end
    if not _LEFT_BEFORE.search(text, max(0, start - 40), start):
        return None
    state = predicate_kind((("were", 0, 0), *words[k + 1 :]))  # "left 12 people in hospital"
    return (state, noun_end) if state in PEOPLE_KINDS else None


_BURIED_BEFORE = re.compile(
    r"\bburied\s+(?:(?:some|an|about|around|nearly|almost|more|than|over|at|least|roughly|"
    r"estimated|another|a|further)\s+){0,3}$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[a-z-]+")


def _laid_in_graves(text: str, start: int, end: int) -> int | None:
    """The quote's end when people are said to have been buried by others ("villagers had
    buried 71 people"), else None; a landslide or rubble that buried them left them missing."""
    m = _BURIED_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return None
    clause = re.split(r"[.;:,]", text[max(0, m.start() - 60) : m.start()])[-1].lower()
    if K.BURYING_THINGS & set(_WORDS.findall(clause)):
        return None
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    return words[k][2] if k < len(words) and is_people(words[k][0]) else None


_PEOPLE_ENDINGS = ("ians", "eans", "ans", "ese", "qis", "nis", "lis")


def _a_people(word: str) -> bool:
    """A nation or people named in the plural after a figure: "12 million Syrians",
    "300 Sudanese"."""
    return (
        len(word) > 5
        and word[0].isupper()
        and word[1:].islower()
        and word.endswith(_PEOPLE_ENDINGS)
    )


# The rest of a group still searched for: "the search for the other 13", "searching for
# the remaining four".  Not "searching for three suspects": a new group, maybe not lost.
_SEARCH_FOR_THE_REST = re.compile(
    r"\b(?:search|searches|searched|searching|hunt|looking)\s+for\s+"
    r"(?P<rest>the\s+(?:other|remaining|last))\s+$",
    re.IGNORECASE,
)
_SEARCHED_FOR = re.compile(
    r"\b(?:search|searches|searched|searching)\s+for\s+(?:(?:some|about|around|nearly|"
    r"almost|more|than|over|at|least|another|a|further|roughly|up|to)\s+){0,3}$",
    re.IGNORECASE,
)
_FATE_OF = re.compile(
    r"\b(?:fate|whereabouts)\s+of\s+(?:(?:some|about|around|nearly|almost|more|than|over|"
    r"at|least|another|a|further|roughly|the|up|to)\s+){0,3}$",
    re.IGNORECASE,
)
_UNKNOWN = re.compile(r"[^.;]{0,60}?\b(?:unknown|unclear|not known|uncertain|a mystery)\b")


def _lost_people(text: str, start: int, end: int) -> int | None:
    """The quote's end when a figure counts people searched for or whose fate is unknown
    ("rescuers were still searching for 23 people", "the fate of 40 others remains
    unknown"), else None; not people hunted or hired ("searching for three suspects")."""
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    if k >= len(words) or not is_people(words[k][0]):
        return None
    noun = words[k][0].lower()
    if noun in K.SOUGHT_NOT_LOST:
        return None
    if _SEARCHED_FOR.search(text, max(0, start - 40), start):
        return words[k][2]
    if _FATE_OF.search(text, max(0, start - 40), start) and _UNKNOWN.match(text, words[k][2]):
        return words[k][2]
    return None


# A sentence passed on people, not their arrest: "jailed 48 of the detainees for 15 days".
_SENTENCED = re.compile(r"\b(?:jailed|imprisoned|sentenced)\b[^,;.]*$")
_A_TERM = re.compile(
    r"\s+for\s+(?:between\s+|up\s+to\s+|at\s+least\s+)?[\w-]+(?:\s+(?:and|to)\s+[\w-]+)?"
    r"\s+(?:days|weeks|months|years)\b"
)
# What a passage tells of: harm done to bodies, or illness.  Patients are the injured in
# a story of burns and blasts, the sick in one of an outbreak.
_HARM_WORDS = re.compile(
    r"\b(?:injur(?:y|ies|ed)|wounded|wounds|burns|burned|burnt|hurt|fractures?|gunshot|"
    r"trauma|crush|blast|explosion)\b",
    re.IGNORECASE,
)
_ILLNESS_TOPIC = re.compile(
    r"\b(?:outbreak|disease|infections?|infected|cholera|diphtheria|dengue|measles|mpox|"
    r"virus|fever|epidemic|illness|malaria|tuberculosis|heatstroke|dehydration)\b",
    re.IGNORECASE,
)


def _hurt(s: Sentence) -> bool:
    """Whether the passage tells of harm to bodies and not of illness."""
    passage = s.context or s.text
    return bool(_HARM_WORDS.search(passage)) and not _ILLNESS_TOPIC.search(passage)


def _sick_patients(s: Sentence, words: Words, k: int) -> bool:
    """Patients counted in a passage about an illness, not harm: a count of the sick."""
    if k >= len(words) or words[k][0].lower() not in K.ILLNESS_NOUNS:
        return False
    passage = s.context or s.text
    return bool(_ILLNESS_TOPIC.search(passage)) and not _HARM_WORDS.search(passage)


# A rate after a count: "400 patients a day", "60 cases per week".
_A_RATE = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|night|hour)\b")


# An active verb of a kind whose objects are listed, a figure last: "arrested the
# factory's owner, Hendra Wijaya, 58, and two managers".
_LISTING_VERBS = {
    "arrested": Kind.ARRESTS, "detained": Kind.ARRESTS, "killed": Kind.DEATHS,
    "injured": Kind.INJURIES, "wounded": Kind.INJURIES,
}  # fmt: skip
_LISTED_OBJECT = re.compile(
    r"\b(?P<verb>arrested|detained|killed|injured|wounded)\s+(?P<list>(?:the|a|an|his|her|its|"
    r"their)\s[^.;:]{1,70}?),?\s+and\s+(?:(?:at\s+least|some|about|another)\s+)?$",
    re.IGNORECASE,
)
_NOT_A_LIST = re.compile(
    r"\b(?:said|says|were|was|is|are|who|which|that|had|has|have|when|after|before|while|"
    r"then|and)\b|\d+\s+(?:people|others|[a-z]+s)\b",
    re.IGNORECASE,
)


# People taken by the police: "police had taken at least two of them from the ward".
_SEIZED_BY = re.compile(
    r"\b(?:police|policemen|officers|soldiers|troops|agents|security\s+forces)\s+"
    r"(?:(?:had|have|has|also|then|later|reportedly)\s+){0,2}(?:taken|took|seized|dragged|"
    r"hauled|led|bundled|snatched|held|holding|hold|picked\s+up|rounded\s+up)\s+(?:away\s+)?(?:(?:some|about|around|nearly|almost|more|"
    r"than|over|at|least|another|a|further)\s+){0,3}$",
    re.IGNORECASE,
)


def seized_before(text: str, start: int) -> bool:
    """Whether the figure at ``start`` counts people the police took away."""
    return _SEIZED_BY.search(text, max(0, start - 60), start) is not None


_TAKEN_BEFORE = re.compile(
    r"\b(?:took|taken|taking|rushed|ferried|airlifted|flew|flown|brought|transferred|"
    r"transported|carried)\s+(?:(?:some|about|around|nearly|almost|more|than|over|at|least|"
    r"another|a|further)\s+){0,3}$",
    re.IGNORECASE,
)
_TO_PLACE = re.compile(r"\s+to\s+(?P<place>(?:[\w&'’-]+\s*){1,6})")


def _taken_to_hospital(text: str, start: int, end: int) -> int | None:
    """The quote's end when a figure is of people taken to hospital ("took five to the
    Royal Infirmary", "airlifted 12 people to hospital"), else None."""
    if not _TAKEN_BEFORE.search(text, max(0, start - 40), start):
        return None
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    noun_end = words[k][2] if k < len(words) and is_people(words[k][0]) else end
    m = _TO_PLACE.match(text, noun_end)
    if m is None or not K.HOSPITAL_NOUNS & set(m.group("place").lower().split()):
        return None
    return noun_end


_FOR_ILLNESS = re.compile(r"\s(?:for|with|from)\s+(?:[\w-]+\s+){0,3}?(?P<ill>[\w-]+)")


def fell_ill(text: str, end: int) -> bool:
    """Whether people counted as treated or admitted are said to be ill, not hurt.

    "admitted to hospital with heat-related illness", "treated 40 runners for
    dehydration": a count of the sick, not injuries.
    """
    clause = re.split(r"[;.,]", text[end : end + 120], maxsplit=1)[0]
    if K.HARM_NOUNS & set(clause.lower().split()):
        return False  # "with hypothermia and injuries": hurt as well as ill
    return any(m.group("ill").lower() in K.ILLNESS_WORDS for m in _FOR_ILLNESS.finditer(clause))


def _named_people(words: Words, k: int) -> bool:
    """A name before people: "three Acme employees", "40 Kurdish fighters"."""
    return (
        k + 1 < len(words)
        and words[k][0][:1].isupper()
        and words[k][0].isalpha()
        and is_people(words[k + 1][0])
    )


# Endings of nouns for people by what they do ("journalists", "students", "migrants",
# "trainees"); "-ers" and "-ors" name machines and vessels too ("trawlers", "containers"),
# so only "arrested", which takes nothing but people, reads them ("arrested 17 traders").
_AGENT_PLURAL_ENDINGS = ("ists", "ians", "ants", "ents", "ees")
_DOER_PLURAL_ENDINGS = ("ers", "ors")
_ARRESTED = re.compile(r"\b(?:arrested|arresting|arrest\s+of|arrests\s+of)\b")


def _arrested_agents(before: str, words: Words) -> bool:
    """Whether an arrest verb takes a plural noun for people by what they do: "arrested 17
    traders", "detained 40 students"; "detained 47 fishing boats" names things."""
    if not _KIND_BEFORE[Kind.ARRESTS].search(before):
        return False
    for word, _start, _end in words[:3]:
        low = word.lower()
        if is_plural_noun(low):
            if low in K.COUNT_UNITS:
                return False
            if low.endswith(_DOER_PLURAL_ENDINGS):
                return _ARRESTED.search(before) is not None
            return low.endswith(_AGENT_PLURAL_ENDINGS)
    return False


def _counts_things(words: Words) -> bool:
    """Whether a figure's noun, past up to two modifiers, is a plural thing, not people."""
    for i, (word, _start, _end) in enumerate(words[:3]):
        low = word.lower()
        if (
            is_people(word)
            or _a_people(word)
            or low in K.MODIFIERS
            or not low.isalpha()
            or _named_people(words, i)
        ):
            return False
        if is_plural_noun(low):
            return not any(low in nouns for nouns in K.KIND_NOUNS.values())
    return False


_DRIVE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(K.DRIVE_VERBS)) + r")\s+(?:(?:some|an|about|around|nearly|almost|"
    r"more|than|over|at|least|up|to|roughly|estimated)\s+){0,3}$",
    re.IGNORECASE,
)
_FROM_HOME = re.compile(
    r"\s+(?:from|out\s+of)\s+(?:their|its|his|her)\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(K.HOMES))
    + r")\b"
)


def _driven_from_home(text: str, start: int, end: int) -> int | None:
    """The quote's end when a figure is of people driven from home ("drove tens of thousands
    from their homes", "has forced 40,000 residents out of their villages"), else None."""
    if not _DRIVE_BEFORE.search(text, max(0, start - 50), start):
        return None
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    noun_end = end
    if k < len(words) and is_people(words[k][0]):
        noun_end = words[k][2]
    return noun_end if _FROM_HOME.match(text, noun_end) else None


_MOVED_BEFORE = re.compile(
    r"\b(?:moved|moving|took|taken|taking|bused|bussed|ferried|relocated|relocating|"
    r"rehoused|rehousing|evacuated|evacuating)\s+(?:(?:some|an|about|around|nearly|almost|"
    r"more|than|over|at|least|up|to|roughly|estimated)\s+){0,3}$",
    re.IGNORECASE,
)
_TO_SHELTER = re.compile(
    r"\s+(?:to|into)\s+(?:an?\s+|the\s+|nearby\s+|local\s+)*(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(map(re.escape, K.SHELTER_PLACES), key=len, reverse=True))
    + r")\b"
)


def _moved_to_shelter(text: str, start: int, end: int) -> int | None:
    """The quote's end when a figure is of people moved to a place of refuge ("moved about
    350 people to a sports centre", "bused 200 residents to emergency shelters"), else None.
    People in custody moved are transferred, not displaced."""
    if not _MOVED_BEFORE.search(text, max(0, start - 50), start):
        return None
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    if k < len(words) and words[k][0].lower() in K.CUSTODY_NOUNS:
        return None
    noun_end = words[k][2] if k < len(words) and is_people(words[k][0]) else end
    return noun_end if _TO_SHELTER.match(text, noun_end) else None


_TOLL = re.compile(
    r"\b(?P<what>death toll|toll|number (?:of (?:the )?)?(?P<noun>[a-z-]+(?: [a-z-]+){0,2}))"
    r"\b(?P<gap>(?:[^,;.]|[.,](?=\d)|,\s+(?=[a-z]+\s+(?:and|or)\s)|,\s+(?=from\s)){0,150}?)"
    r"\b(?:rose|risen|climbed|jumped|reached|hit|stood|stands|increased|is|was|at|put|from|"
    r"to|fell|dropped|declined)\b(?:\s+(?:to|at))?\s*[\"“]?$"
)


def _lodged_in(said: str) -> bool:
    """Whether words say people stay in a lodging for the displaced ("living in temporary
    accommodation", "sleeping in shelters"), with a verb of staying."""
    said = " " + " ".join(said.lower().split()) + " "
    return _SLEPT_IN.search(said) is not None or any(
        lodged.group("verb") for lodged in _LODGED.finditer(said)
    )


_LEVEL = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(K.LEVEL_NOUNS)) + r")\s+(?:(?:has|have|had|now|so\s+far"
    r"|also|already)\s+){0,2}(?:" + "|".join(v.replace(" ", r"\s+") for v in K.LEVEL_VERBS) + r")"
    r"\s+[\"“]?$",
    re.IGNORECASE,
)


def _level_of_a_kind(s: Sentence, start: int, end: int) -> tuple[Kind, int] | None:
    """A kind's noun with the figure it stands at: "put the dead at 29", "injuries stand at
    212" (the kind and the quote's end); not "the injured at 12 hospitals"."""
    m = _LEVEL.search(s.text, max(0, start - 60), start)
    if m is None:
        return None
    words = words_after(s.text, end, 2)
    if words and is_people(words[0][0]):
        return K.LEVEL_NOUNS[m.group("noun").lower()], words[0][2]
    if words and (is_plural_noun(words[0][0]) or words[0][0].lower() in ("per", "a", "an")):
        return None  # "the wounded at 12 hospitals", "deaths at 40 a day"
    return K.LEVEL_NOUNS[m.group("noun").lower()], end


# A kind's noun moving between two figures: "Road deaths fell from 618 in 2005 to 436",
# "serious injuries rose by 7% over the period, from 5,980 to 6,410", "car occupant deaths
# have almost halved since, from 401 to 214".  The figure comes right after "from" or "to".
_TREND = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(K.LEVEL_NOUNS)) + r")\s+(?:(?:have|has|had|also|"
    r"already|now|almost|nearly|more\s+than|roughly|steadily|sharply)\s+){0,3}"
    r"(?:rose|risen|rising|fell|fallen|falling|climbed|dropped|declined|increased|decreased|"
    r"grew|grown|jumped|halved|doubled|tripled|soared|plunged|went\s+(?:up|down)|"
    r"came\s+down)\b(?:[^;.:]|[.](?=\d)){0,80}?\b(?:from|to)\s+(?:a\s+(?:peak|high|low|"
    r"record)\s+of\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|"
    r"more\s+than\s+|over\s+|under\s+|fewer\s+than\s+)?$",
    re.IGNORECASE,
)


def _trend_of_a_kind(s: Sentence, q: Quantity) -> Kind | None:
    """The kind of a figure a kind's noun moved from or to, else None."""
    if not _TREND_WORDS.search(s.text):
        return None  # most sentences tell no trend: skip the long pattern
    m = _TREND.search(s.text, max(0, q.span.start - 160), q.span.start)
    if m is None:
        return None
    words = words_after(s.text, q.span.end, 5)
    head = plural_head(words, skip_modifiers(words))
    if head is not None and not is_people(words[head][0]):
        return None  # "deaths rose ... from Alva to 30 other towns": a noun of its own
    return K.LEVEL_NOUNS[m.group("noun").lower()]


_TO_THE_SECOND = re.compile(r"\s+to\s+")


def _both_ends(s: Sentence, q: Quantity, kind: Kind) -> list[Found]:
    """A trend's "from 5,980 to 6,410", read by the numbers as one range: the two figures,
    each a claim of its own (where it started and where it got to)."""
    if q.qualifier is not Qualifier.RANGE or q.value.low is None or q.value.high is None:
        return [make_found(q, kind, q.span.end, "people", None)]
    to = _TO_THE_SECOND.search(s.text, q.span.start, q.span.end)
    if to is None:
        return [make_found(q, kind, q.span.end, "people", None)]
    low, high = q.value.low, q.value.high
    first_end = to.start()
    return [
        Found(
            kind, Interval(low=low, high=low), Qualifier.EXACT, q.span.start, first_end, "people"
        ),
        Found(kind, Interval(low=high, high=high), Qualifier.EXACT, to.end(), q.span.end, "people"),
    ]


_TREND_WORDS = re.compile(r"\b(?:from|to)\s", re.IGNORECASE)


def rule_toll(s: Sentence) -> Iterable[Found]:
    """A toll given at a distance: "the death toll from the quake has risen to 312".

    "The number of suspected cholera cases has risen to 1,246" counts cases.  A kind's
    own noun may stand for its toll: "the report put the dead at 29 and the missing at 34".
    """
    for q in s.quantities:
        if q.unit is not None:
            continue
        level = _level_of_a_kind(s, q.span.start, q.span.end)
        if level is not None:
            yield make_found(q, level[0], level[1], "people", None)
            continue
        trend = _trend_of_a_kind(s, q)
        if trend is not None:
            yield from _both_ends(s, q, trend)
            continue
        m = _TOLL.search(s.text[max(0, q.span.start - 220) : q.span.start])
        if not m:
            continue
        nouns = (m.group("noun") or "dead").split()
        kind = next((k for k in PEOPLE_KINDS for n in nouns if n in K.KIND_NOUNS[k]), None)
        if kind is None and nouns[0] in K.PEOPLE_NOUNS:
            # "the number of people forced from their homes by war, violence and persecution"
            said = " " + " ".join(nouns[1:]) + m.group("gap") + " "
            kind = next(
                (k for k in PEOPLE_KINDS for v in K.KIND_VERBS[k] if f" {v} " in said), None
            )
            if kind is None and _lodged_in(said):
                kind = Kind.DISPLACED  # "the number of families living in temporary housing"
            if kind is None:
                # "the number of people ordered from their homes", "... moved out of the
                # valley": the people's own predicate, read as for a counted subject
                told = predicate_kind(words_after(said, 0, 12))
                kind = told if told in PEOPLE_KINDS else None
        if m.group("what").endswith("toll"):
            kind = Kind.DEATHS
        if kind is not None:
            yield make_found(q, kind, q.span.end, "people", subject_in(m.group(0)))
            continue
        plural = [n for n in nouns if is_plural_noun(n) and n not in K.MEASURE_NOUNS]
        if plural:
            yield make_found(q, Kind.COUNT, q.span.end, plural[-1], plural[-1])


_SHELTER_HOLDS = re.compile(
    r"\b(?:" + "|".join(sorted(K.SHELTER_NOUNS)) + r")\b[^.;:]{0,60}?\b"
    r"(?:(?:is|was|were|are|now)\s+){0,2}(?:holds?|held|holding|houses?|housed|housing|hosts?|hosted|"
    r"hosting|shelters?|sheltered|sheltering|accommodates|accommodated|accommodating)"
    r"\s+$",
    re.IGNORECASE,
)


# A shelter, then where people stayed in it: "opened a shelter at the high school, where
# 114 people spent Tuesday night".
_SHELTER_WHERE = re.compile(
    r"\b(?:"
    + "|".join(sorted(K.SHELTER_NOUNS | {"evacuation centre", "evacuation center"}))
    + r")\b[^;:]{0,80}?,?\s+where\s+$",
    re.IGNORECASE,
)
_STAYED = re.compile(
    r"\s+(?:(?:have|had|has|were|are|was|is|still|now)\s+){0,2}(?:spent|spend|spending|slept|"
    r"sleep|sleeping|stayed|stay|staying|sheltered|sheltering|remain|remained|took\s+refuge|"
    r"camped|live|lived|living)\b"
)


def rule_sheltered(s: Sentence) -> Iterable[Found]:
    """People a camp or shelter holds: "the main camp now holds between 65,000 and 70,000"."""
    for q in s.quantities:
        if q.unit is not None:
            continue
        if _SHELTER_WHERE.search(s.text, max(0, q.span.start - 120), q.span.start):
            words = words_after(s.text, q.span.end, 4)
            k = skip_modifiers(words)
            end = words[k][2] if k < len(words) and is_people(words[k][0]) else q.span.end
            if _STAYED.match(s.text, end):
                subject = subject_in(s.text[q.span.start : end])
                yield make_found(q, Kind.DISPLACED, end, "people", subject)
            continue
        if not _SHELTER_HOLDS.search(s.text, max(0, q.span.start - 100), q.span.start):
            continue
        words = words_after(s.text, q.span.end, 4)
        k = skip_modifiers(words)
        end = words[k][2] if k < len(words) and is_people(words[k][0]) else q.span.end
        if end == q.span.end and plural_head(words) is not None:
            continue  # "the camp houses 40 tents"
        yield make_found(q, Kind.DISPLACED, end, "people", subject_in(s.text[q.span.start : end]))


# "Of the 163 people, 118 later reappeared": the group is introduced, not known before.
_GROUP_FIRST_OF = re.compile(r"(?:^|[.;:]\s*)Of\s+the\s+$")
_THE_KNOWN = re.compile(r"\b(?:the|these|those|all|both)(?:\s+other)?\s+$", re.IGNORECASE)


def rule_people_count(s: Sentence) -> Iterable[Found]:
    """Any other count of people: "410,000 people need assistance", "17 truck drivers"."""
    s = figure_line(s)  # "- 17: people who have died"
    for q in s.quantities:
        if q.unit is not None:
            continue
        if a_rank(s.text, q.span.start):
            continue  # "the top 10 earners": a rank
        words = words_after(s.text, q.span.end, 6)
        k = _people_noun_at(words, skip_modifiers(words))
        if k is not None and _own_family(s.text, q.span.start, words[k][0]):
            continue  # "she hid with her three children": who someone is, not a claim
        if k is not None:
            if not _whole(q.value.low):
                continue  # "the average is now 2.41 people": a mean, not a count
            if _THE_KNOWN.search(s.text, 0, q.span.start) and not _GROUP_FIRST_OF.search(
                s.text, 0, q.span.start
            ):
                continue  # "the seven men were buried": a group told before, not a new count
            if harms_others(s.text, words[k][2]):
                continue  # "five gunmen killed three guards": the guards are the claim
            if A_RATE_PER.match(s.text, words[k][2]) or A_RATE_BASE.search(
                s.text, max(0, q.span.start - 20), q.span.start
            ):
                continue  # "two people in every 10,000 die each day": a rate and its base
            noun = words[k][0].lower()
            subject = subject_in(s.text[q.span.start : words[k][2]]) or noun
            yield make_found(q, Kind.COUNT, words[k][2], "people", subject)


_FAMILY_NOUNS = frozenset({"children", "kids", "sons", "daughters", "grandchildren"})
_HER_FAMILY = re.compile(
    r"\b(?:his|her|their|my|our|your)\s+(?:(?:husband|wife|partner|parents?|mother|father)"
    r"\s+and\s+)?$",
    re.IGNORECASE,
)


def _own_family(text: str, start: int, noun: str) -> bool:
    """A person's own children: "with her husband and six children", "her three sons"."""
    return noun.lower() in _FAMILY_NOUNS and bool(
        _HER_FAMILY.search(text, max(0, start - 40), start)
    )


_NOT_IN_A_NAME = frozenset(
    {"of", "the", "a", "an", "or", "in", "on", "at", "to", "for", "with", "by", "from", "were",
     "was", "are", "is", "had", "have", "has", "who", "that", "which", "than", "more", "each"}
)  # fmt: skip


def _people_noun_at(words: Words, k: int) -> int | None:
    """Index of the word for people heading ``words[k:]``, past up to three lower-case words:
    "17 truck drivers", "412 severely malnourished children", "1,150 production and
    maintenance workers", "22 fishermen"."""
    for j in range(k, min(len(words), k + 4)):
        word = words[j][0]
        low = word.lower()
        if low in K.PEOPLE_NOUNS or (is_people(word) and low not in K.KINSHIP_NOUNS):
            # listed, or a compound of "-men": "five gunmen" as "five attackers"
            return j if j == k or word.islower() else None
        bare = word[:-2] if word.endswith(("'s", "’s")) else word  # "the plant's employees"
        if not bare.isalpha() or not word.islower() or low in _NOT_IN_A_NAME:
            return None
    return None


_CROWD_AFTER = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(c) for c in sorted(K.CROWD_WORDS)) + r")\b"
)
_CROWD_BEFORE = re.compile(
    r"\b(?:crowds? of|crowd at|rally of|march of|released|freed|rescued|evacuated|mobilized|mobilised|drew|gathered|estimated)(?:\s+(?:some|an|about|around|at|least|more|than|over|nearly|almost|roughly|up|to)){0,3}\s*$"  # noqa: E501
)


def rule_crowd(s: Sentence) -> Iterable[Found]:
    """People counted at a protest, rally, release or rescue: "thousands marched"."""
    for q in s.quantities:
        if q.unit is not None:
            continue
        words = words_after(s.text, q.span.end, 10)
        k = 1 if words and words[0][0].lower() == "of" else 0
        k = skip_modifiers(words, k)
        end, subject = q.span.end, None
        if k < len(words) and (
            words[k][0].lower() in K.PEOPLE_NOUNS
            or (words[k][0].endswith("ans") and words[k][0][0].isupper())
        ):
            end, subject = words[k][2], words[k][0]
            k += 1
        rest = " ".join(w[0].lower() for w in words[k : k + 6])
        before = s.text[max(0, q.span.start - 40) : q.span.start].lower()
        crowd_after = _CROWD_AFTER.search(" " + rest) is not None
        crowd_before = _CROWD_BEFORE.search(before)
        if crowd_before and "crowd at" in crowd_before.group(0):
            yield make_found(q, Kind.COUNT, end, "people", subject)
            continue
        if (crowd_after and (subject or rest.split()[:1] != [""])) or (crowd_before and subject):
            if not crowd_after and not subject:
                continue
            yield make_found(
                q,
                Kind.COUNT,
                end,
                "people",
                subject_in(s.text[q.span.start : end]) or (subject or "").lower() or None,
            )
