"""Bare figures that take their kind from a figure named before them."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier import kinds as K
from dossier.model import Kind, Quantity
from dossier.rules import (
    PEOPLE_KINDS,
    PHRASE_STOPS,
    Found,
    Sentence,
    in_quotation,
    is_people,
    is_plural_noun,
    words_after,
)
from dossier.rules_people import predicate_kind

# Kinds a later bare figure can take over from the figure it refers back to.
_REFERABLE = (*PEOPLE_KINDS, Kind.COUNT, Kind.VOTES)
_NOT_ELLIPSIS = re.compile(
    r"\b(?:instead of|rather than|not|aged|age|ages|than|of|per|in|from|to|by|between)\s+$",
    re.IGNORECASE,
)
_ELLIPSIS_AFTER = re.compile(
    r"^(?:\s*(?:[.,;:]|$)|\s+(?:would|will|could|might|should)\b|\s+[a-z]+ed\b(?!\s+by\b))"
)
# A figure after a preposition of place says where ("in 200 towns"); not after a word for
# a figure ("put the toll at eleven deaths", "the number held at 311").
_LOCATIVE = re.compile(
    r"(?<!toll )(?<!figure )(?<!number )(?<!total )(?<!tally )(?<!count )(?<!held )"
    r"\b(?:in|at|across|into|on|throughout|near)\s+$",
    re.IGNORECASE,
)
_MORE = re.compile(r"^\s+(?:more|others|further)\b(?!\s+than)")
_AND_BEFORE = re.compile(r"\band\s+$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;,]|$)")
_AND_OR_OF = re.compile(r"\s(?:and|of)\s")


def _more_ends_clause(text: str, q: Quantity, more: re.Match[str]) -> bool:
    """ "N more" closing a clause joined on to a figure told before in the sentence:
    "verified 34 deaths and was checking reports of dozens more"."""
    return bool(_CLAUSE_END_AFTER.match(text, q.span.end + more.end())) and bool(
        _AND_OR_OF.search(text[max(0, q.span.start - 40) : q.span.start])
    )


_MORE_THAN_BEFORE = re.compile(r"\s+(?P<word>more|fewer|less)\s+than\b")
_COMMA_BEFORE = re.compile(r",\s*$")
# "including 87 minors and at least 30 journalists": a list of parts, each after the opener.
_INCLUDING = re.compile(
    r"(?:\b(?:including|among them)|\b(?:that|which|it|this|the\s+figure|the\s+toll|the\s+total)"
    r"\s+(?:also\s+)?(?:includes|included|include))\s+(?P<list>(?:(?:[\w'’-]+\s+){0,5}?[\w'’-]+"
    r"(?:,\s+and\s+|,\s+|\s+and\s+)){0,5})$",
    re.IGNORECASE,
)
_NOT_IN_A_LIST = re.compile(
    r"\b(?:said|says|told|was|were|is|are|had|has|have|who|which|that|while)\b", re.IGNORECASE
)


# A verb right after a figure makes it a clause's subject, not a listed part ("including nine
# children, and 310 patients are being treated").
_VERB_AFTER = re.compile(r"\s+(?:are|were|was|is|have|has|had|will|would|remain|[a-z]{3,}ed)\b")


def _included(before: str) -> bool:
    """Whether the figure after ``before`` is one of the parts "including" lists."""
    m = _INCLUDING.search(before, max(0, len(before) - 200))
    return m is not None and not _NOT_IN_A_LIST.search(m.group("list"))


# A figure named again by a word for it: "put the figure at 87", "the figure stood at",
# "The official figure for the same six years, released in March, was 874", "By Wednesday
# night that number had dropped to 76".  The verb must come right before the figure.
_FIGURE_WORDS = r"(?:figure|number|total|tally|count|toll)"
_FIGURE_VERBS = (
    "stood", "stands", "was", "is", "rose", "reached", "climbed", "fell", "dropped", "declined",
    "grew", "increased", "decreased", "jumped", "risen", "climbed", "fallen", "dropped", "grown",
)  # fmt: skip
_THE_FIGURE = re.compile(
    r"\b(?:put|puts|putting|placed|places)\s+the\s+" + _FIGURE_WORDS + r"\s+at\s+$"
    r"|\b(?:the|that|this|its|their)\s+(?:[a-z]+\s+){0,2}?"
    + _FIGURE_WORDS
    + r"\b(?:,[^.;,]{1,80},|\s+for\s+[^.;,]{1,40}?)?\s+(?:(?:has|had|have)\s+(?:since\s+|now\s+)?)?"
    r"(?:" + "|".join(sorted(set(_FIGURE_VERBS))) + r")\s+(?:at\s+|to\s+)?$"
    r"|\b(?:it|this|that)\s+(?:stood|stands|had risen|has risen|had climbed|has climbed)"
    r"\s+(?:at|to)\s+$",
    re.IGNORECASE,
)


# A figure given for the same count by another source, or revised: "local leaders gave a
# figure of 86", "a figure revised to 15 the next week", "put the toll at 61".
_A_FIGURE_OF = re.compile(
    r"\b(?:gave|gives|give|giving|offered|offers|cited|cites|reported|released|published|"
    r"provided|issued|has|had)\s+(?:a|an|its\s+own|their\s+own)\s+(?:[a-z]+\s+){0,2}?"
    + _FIGURE_WORDS
    + r"\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$"
    r"|\ba\s+figure\s+(?:later\s+|since\s+|subsequently\s+)?(?:revised|raised|lowered|"
    r"corrected|updated|increased|cut)\s+(?:up\s+|down\s+|upwards\s+|downwards\s+)?to\s+$",
    re.IGNORECASE,
)


def _noun_after(text: str, q: Quantity) -> bool:
    """Whether a noun follows the figure, for the noun rules to read ("a figure of 86 dead")."""
    words = words_after(text, q.span.end, 1)
    return bool(words) and (is_people(words[0][0]) or is_plural_noun(words[0][0]))


# A projection of a figure named before: "the number could reach as many as 350,000 if ...".
_PROJECTED = re.compile(
    r"\b(?:figure|number|total|tally|count|toll)\s+(?:could|may|might|will|would|is\s+expected"
    r"\s+to|is\s+likely\s+to|was\s+expected\s+to)\s+(?:reach|rise\s+to|climb\s+to|top|hit|"
    r"exceed|double\s+to|grow\s+to)\s+$",
    re.IGNORECASE,
)


def refer_back(s: Sentence, accepted: list[Found], previous: Found | None) -> list[Found]:
    """Figures that take their kind from a figure named before them.

    - "including nine children" after "23 people have died": the same kind;
    - "five bodies ... and four more": the same kind and unit;
    - "put the figure at 87" after "dozens were arrested": the same kind;
    - a bare figure standing for a noun already counted ("874 new cases,
      double the 402 recorded in December", "18,214 votes to Moritz's
      15,147", "filed 212 lawsuits. Courts have ruled on 38.").  The noun is
      taken from the nearest figure before it in the sentence that does not
      say where ("in 200 towns"), else from the previous sentence's last.
    """
    out = [
        _case_of_disappearance(f, s) for f in accepted if not _places_joined_to_a_name(s.text, f)
    ]
    for q in s.quantities:
        if q.unit is not None or _a_fraction(q):
            continue  # "from 1.4 a year earlier": a rate or a measure, never a head count
        mine = next((f for f in out if f.start <= q.span.start < f.end), None)
        before = s.text[: q.span.start]
        if mine is None and _an_age(s.text, q):
            continue
        after = s.text[q.span.end :]
        earlier = [
            f for f in out if f.end <= q.span.start and f.kind in _REFERABLE and f.unit != "percent"
        ]
        who = _who_they_were(s.text, q, mine, earlier, previous)
        if who is not None:
            out.append(who)  # "29 people remained in hospital. Four were children."
            continue
        befallen = _of_those_befallen(s.text, q, mine)
        if befallen is not None:
            if mine is not None:
                out[out.index(mine)] = befallen
            else:
                out.append(befallen)
            continue
        part = _part_of_a_group(s.text, q, mine, earlier, previous)
        if part is not None:
            if mine is not None:
                out[out.index(mine)] = part
            else:
                out.append(part)
            continue
        restated = _restated(s.text, q.span.start, mine, earlier)
        if restated is not None:
            out[out.index(mine)] = restated
            continue
        if mine is None and _included(before):
            head = next((f for f in reversed(earlier) if f.kind in PEOPLE_KINDS), None)
            words = words_after(s.text, q.span.end, 1)
            if head is not None and words and is_people(words[0][0]):
                out.append(_like(q, head, words[0][2]))  # "but that includes 12 gunmen"
                continue
        if mine is not None:
            if (
                _included(before)
                and mine.kind in _PART_KINDS
                and not _VERB_AFTER.match(s.text, mine.end)
            ):
                head = next((f for f in reversed(earlier) if _counts_people(f)), None)
                if head is not None and head.kind is not mine.kind:
                    # "5.1 million returned home, including 1.1 million refugees": returnees
                    out[out.index(mine)] = _retyped(mine, head.kind)
            continue
        estimate = _ESTIMATE_OF.search(before)
        if earlier and estimate is not None:
            # "between 2,600 and 3,600, with a central estimate of 3,100": the same figure
            out.append(replace(_like(q, earlier[-1], q.span.end), start=estimate.start()))
            continue
        rest = _the_rest(s.text, q, earlier[-1] if earlier else previous)
        if rest is not None:
            out.append(rest)
            continue
        if earlier and _SET_AGAINST.search(before):
            # "412 cases, up from 286"; not the place it is in ("148,000 sheltering in 312
            # centres, down from a peak of 160,000": people)
            plain = [f for f in earlier if not _LOCATIVE.search(s.text[: f.start])]
            out.append(_like(q, (plain or earlier)[-1], q.span.end))
            continue
        gapped = _gapped(s.text, q.span.start, q.span.end, earlier)
        if gapped is not None:
            out.append(_like(q, gapped, q.span.end))  # "14 charged with rioting, six with assault"
            continue
        more = _MORE.match(after)
        if more and earlier and (_AND_BEFORE.search(before) or _more_ends_clause(s.text, q, more)):
            head = earlier[-1]
            out.append(_like(q, head, q.span.end + more.end()))
            continue
        than = _MORE_THAN_BEFORE.match(after)
        if than and earlier and earlier[-1].kind is Kind.COUNT and _COMMA_BEFORE.search(before):
            # "taking 29 seats, ten more than last time": a difference in the same unit; not
            # for people ("arrested 40 people, 12 more than on Monday" are not 12 arrests)
            out.append(_like(q, earlier[-1], q.span.end + than.end("word")))
            continue
        if _PROJECTED.search(before):
            head = earlier[-1] if earlier else previous
            if head is not None and head.kind in _REFERABLE:
                out.append(_like(q, head, q.span.end))
            continue
        if _A_FIGURE_OF.search(before, max(0, len(before) - 60)) and not _noun_after(s.text, q):
            head = earlier[-1] if earlier else previous
            if head is not None and head.kind in _REFERABLE:
                out.append(_like(q, head, q.span.end))  # "local leaders gave a figure of 86"
            continue
        if _THE_FIGURE.search(before) and (
            _ELLIPSIS_AFTER.match(after) or _dated_after(s, q.span.end)
        ):
            head = earlier[-1] if earlier else previous
            if head is not None and head.kind in _REFERABLE:
                out.append(_like(q, head, q.span.end))
            continue
        if _NOT_ELLIPSIS.search(before):
            continue
        if in_quotation(s.text, q.span.start) or not (
            _ELLIPSIS_AFTER.match(after) or _dated_after(s, q.span.end)
        ):
            continue
        plain = [f for f in earlier if not _LOCATIVE.search(s.text[: f.start])]
        head = plain[-1] if plain else previous if not earlier else None
        if head is not None and head.kind in _REFERABLE:
            if head.kind in PEOPLE_KINDS and (
                _PEOPLE_VERB_BEFORE.search(before) or _a_second_verb_before(before)
            ):
                head = _retyped(head, Kind.COUNT)  # "arrested 14 people and charged nine"
            out.append(_like(q, head, q.span.end))
    out = [_told_by_its_predicate(s.text, f) for f in out]
    return sorted(out, key=lambda f: (f.start, f.end))


# Words that end a predicate: another clause, or who or what it is about.
_PREDICATE_ENDS = frozenset(
    {"and", "but", "or", "while", "whereas", "who", "which", "that", "when", "after",
     "before", "because", "although", "though", "if", "unless", "said", "says", "say"}
)  # fmt: skip
# Words before a cue that make it name something else than the subject's state: "protested
# against the arrests", "those detained", "the missing".
_CUE_OWNERS = frozenset(
    {"the", "those", "their", "his", "her", "its", "of", "against", "over", "about", "for",
     "no", "not", "never", "without", "any", "a", "an", "these", "other", "others"}
)  # fmt: skip
# What a court decides about people: told before a cue, the predicate is about that
# ("sentenced to administrative detention", "remanded in custody"), as with "jailed".
_COURT_FATES = frozenset(
    {"remanded", "charged", "sentenced", "convicted", "bailed", "released", "freed",
     "jailed", "fined", "tried", "indicted", "prosecuted", "acquitted", "deported"}
)  # fmt: skip
_VERB_OPENERS = frozenset(
    {"had", "have", "has", "were", "was", "are", "is", "remain", "remained", "remains",
     "been", "being", "still"}
)  # fmt: skip


def _told_by_its_predicate(text: str, found: Found) -> Found:
    """A plain count of people whose predicate says what befell them further in than the
    phrase rules read: "200 people were still being held in detention" (arrests), "some
    40 residents had been reported to police as missing" (disappearances)."""
    if found.kind is not Kind.COUNT or found.unit != "people":
        return found
    words = [w[0].lower() for w in words_after(text, found.end, 12)]
    if not words or words[0] not in _VERB_OPENERS:
        return found  # no predicate of the subject's own: "40 people in the square"
    for i, word in enumerate(words[1:9], start=1):
        if word in _PREDICATE_ENDS or word in _COURT_FATES:
            return found  # "were remanded in custody": a court's decision, counted plainly
        kind = next((k for k, stems in K.PREDICATE_CUES.items() if word.startswith(stems)), None)
        if kind is None:
            continue
        if words[i - 1] in _CUE_OWNERS or (
            i + 1 < len(words) and words[i + 1] in K.CUE_PLACE_NOUNS
        ):
            return found  # "were taken to the detention centre", "protested the arrests"
        return _retyped(found, kind)
    return found


# A verb done to people right before a bare figure: what befell them is that verb's, not
# the kind of the people counted before ("arrested 14 people and charged nine").
_PEOPLE_VERB_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(v) for v in K.PEOPLE_VERBS if " " not in v) + r")\s+$"
)


# A second verb joined by "and" right before a bare figure: "has killed 12 and sickened 300"
# tells what befell the 300, not that they died.
_AND_A_VERB_BEFORE = re.compile(r"\band\s+(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+ed)\s+$")
# Verbs that carry on the same figure: "rose to 40 and reached 52".
_SAME_FIGURE_VERBS = frozenset(
    {"reached", "climbed", "jumped", "increased", "passed", "topped", "exceeded", "surpassed",
     "totalled", "totaled", "numbered", "raised", "revised", "updated", "confirmed"}
)  # fmt: skip


def _a_second_verb_before(before: str) -> bool:
    """Whether a verb of its own, joined by "and", comes right before a bare figure."""
    m = _AND_A_VERB_BEFORE.search(before[-40:])
    if m is None:
        return False
    verb = m.group("verb").lower()
    kind_verbs = {v for vs in K.KIND_VERBS.values() for v in vs} | set(K.ACTIVE_TOO_VERBS)
    return verb not in _SAME_FIGURE_VERBS and verb not in kind_verbs


# A bare figure opening a sentence, said to be people of some sort: "Four were children",
# "About 1,200 are women".
_WERE_PEOPLE = re.compile(r"\s+(?:were|are|was)\s+(?:all\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\b")
_OPENS = re.compile(r"^[\s\"“]*$")


def _who_they_were(
    text: str, q: Quantity, mine: Found | None, earlier: list[Found], previous: Found | None
) -> Found | None:
    """A part of the people just counted, told by who they were: "29 people remained in
    hospital. Four were children." takes the group's kind."""
    if mine is not None or not _OPENS.match(text[: q.span.start]):
        return None
    m = _WERE_PEOPLE.match(text, q.span.end)
    if m is None or not is_people(m.group("noun")) or m.group("noun") in _NOT_A_SORT:
        return None
    group = earlier[-1] if earlier else previous
    if group is None or group.kind not in PEOPLE_KINDS:
        return None
    return _like(q, group, q.span.end)


# People nouns that say what became of people, not who they were: "Four were survivors".
_NOT_A_SORT = frozenset({"survivors", "victims", "others", "evacuees", "returnees", "detainees"})


# A figure restated in other terms: "1,870 households had lost their shelters, or roughly
# 9,300 people".
_OR_BEFORE = re.compile(r",\s+or\s+$")


def _restated(text: str, start: int, mine: Found | None, earlier: list[Found]) -> Found | None:
    """A count of people that restates the people figure just before it, given its kind."""
    if mine is None or mine.kind is not Kind.COUNT or mine.unit != "people" or not earlier:
        return None
    head = earlier[-1]
    if head.kind not in PEOPLE_KINDS or start - head.end > 60:
        return None
    if not (
        _OR_BEFORE.search(text, head.end, start)
        or (
            _APPOSED.fullmatch(text, head.end, start)
            and _CLOSED.match(text, mine.end)
            and _HOUSEHOLDS.search(text, head.start, head.end)
        )
    ):
        return None
    return _retyped(mine, head.kind)


# The same group counted again between commas: "37 households, about 110 people, are".
_APPOSED = re.compile(r",\s+")
_CLOSED = re.compile(r"\s*,")
# Groups counted by the home they share, restated in people.
_HOUSEHOLDS = re.compile(r"\b(?:households|families|homes|flats|houses|dwellings)$")


# A place named after a preposition, then others joined to it: "people from Kanzo and two
# neighbouring villages", "raids across Qaderan and two neighbouring districts" say where,
# not how many places ("destroyed Palu and 12 nearby villages" still counts them, and so
# does "residents of Marlow and two nearby hamlets", the places the residents are of).
_NAME_AND = re.compile(
    r"\b(?:from|in|across|through|throughout|near|around|at|to|into|between|outside|"
    r"inside|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}and\s+$"
)


def _places_joined_to_a_name(text: str, found: Found) -> bool:
    """Whether a count of places is joined by "and" to a place named before it."""
    if found.kind in (Kind.MONEY, Kind.PERCENT, Kind.VOTE_SHARE, Kind.EVENT_DATE):
        return False
    if not _NAME_AND.search(text, max(0, found.start - 60), found.start):
        return False
    for word, _start, _end in words_after(text, found.start, 6)[1:5]:
        low = word.lower()
        if low in K.PLACE_NOUNS and is_plural_noun(low):
            return True
        if low in PHRASE_STOPS or is_people(low):
            return False
    return False


# A passage about enforced disappearances, where "cases" are cases of them ("The CDD
# recorded 52 cases in 2023"), not of an illness or before a court.
_DISAPPEARANCES_TOPIC = re.compile(r"\bdisappear(?:ance|ances|ed)\b", re.IGNORECASE)
_OTHER_CASES = re.compile(
    r"\b(?:outbreak|infection|infections|disease|virus|court|courts|lawsuits?|trial)\b",
    re.IGNORECASE,
)


def _case_of_disappearance(found: Found, s: Sentence) -> Found:
    if found.kind is not Kind.COUNT or found.unit != "cases":
        return found
    passage = s.context or s.text
    if _DISAPPEARANCES_TOPIC.search(passage) and not _OTHER_CASES.search(passage):
        return _retyped(found, Kind.DISAPPEARANCES)
    return found


def _a_fraction(q: Quantity) -> bool:
    low = q.value.low
    return low is not None and low != low.to_integral_value()


_AGE_BOUND = re.compile(r"(?:under|over|below|above|aged)\s", re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z-]+)\s+(?:(?:are|were|is|was)\s+)?$")
_GROUP_PRONOUNS = frozenset({"those", "them", "whom"})
# People said to be under or over an age: "were under 18", "are all over 60" (not a figure
# that "was below 60": a level).
_BE_BEFORE = re.compile(r"\b(?:were|are)\s+(?:all\s+|still\s+)?$", re.IGNORECASE)
_PEOPLE_AGED = re.compile(r"(?:under|over|aged)\s", re.IGNORECASE)
# "his mother, now 88,": a person, a comma, then an age.
_AGE_AFTER_A_PERSON = re.compile(r"([A-Za-z-]+),\s+(?:now|then|aged)\s+$")


def _an_age(text: str, q: Quantity) -> bool:
    """A bare figure that is an age: "children under five", "four of them are under 18",
    "his mother, now 88,"."""
    person = _AGE_AFTER_A_PERSON.search(text, max(0, q.span.start - 40), q.span.start)
    if person is not None and re.match(r"\s*[,.;]", text[q.span.end :]):
        word = person.group(1)
        return word.lower() in K.PERSON_NOUNS or word[:1].isupper()
    if not _AGE_BOUND.match(text, q.span.start):
        return False
    if _PEOPLE_AGED.match(text, q.span.start) and _BE_BEFORE.search(
        text, max(0, q.span.start - 20), q.span.start
    ):
        return True  # "Sixteen of those detained were under 18"
    last = _LAST_WORD.search(text, max(0, q.span.start - 30), q.span.start)
    return last is not None and (
        is_people(last.group(1)) or last.group(1).lower() in _GROUP_PRONOUNS
    )


# A bare figure set against one named before it: "412 cases, up from 286", "42 stewards,
# against the 90 required", "down to seven from the nine it reported", "to 23, from 14".
_SET_AGAINST = re.compile(
    r"(?:\b(?:up|down)\s+(?:(?:slightly|sharply|steeply|only|just|a\s+little)\s+)?from\s+"
    r"(?:the\s+|a\s+(?:peak|high|low|record|total|maximum|minimum)"
    r"\s+of\s+)?|\bfrom\s+the\s+|,\s*from\s+|,\s*(?:against|compared\s+with|compared\s+to)\s+"
    r"|\b(?:against|compared\s+with|compared\s+to|versus)\s+the\s+)$",
    re.IGNORECASE,
)
# The central value of a range given before: "with a central estimate of 3,100".
_ESTIMATE_OF = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:central|best|median|mid-?point|middle|most\s+likely)\s+"
    r"(?:estimate|figure|value)\s+(?:of|at)\s+$",
    re.IGNORECASE,
)
# The rest of a group counted before: "the remaining 11", "the other 13".
_THE_REST = re.compile(r"\b(?:the|The)\s+(?:remaining|other)\s+$")


def _the_rest(text: str, q: Quantity, head: Found | None) -> Found | None:
    """ "The trial of the remaining 11 is due to open": the rest of a group of people
    counted before, a count of its own (what became of the rest is told by its verb)."""
    m = _THE_REST.search(text, max(0, q.span.start - 20), q.span.start)
    if m is None or head is None or not _counts_people(head):
        return None
    words = words_after(text, q.span.end, 1)
    if words and (is_people(words[0][0]) or is_plural_noun(words[0][0])):
        return None  # "the other two towers": a noun of its own, read by the noun rules
    return Found(Kind.COUNT, q.value, q.qualifier, m.start(), q.span.end, "people", head.subject)


# A list joined on to a figure: ", six with assault and three with ...".
_LIST_JOIN = re.compile(r"(?:,|\band)\s+$")
_PREPOSITION_AFTER = re.compile(r"\s+(with|for|in|on|at|to|from)\s")
_DATE_LEADS = re.compile(r"\s+(?:by|on|as of|at|in|since)\s+")


def _gapped(text: str, start: int, end: int, earlier: list[Found]) -> Found | None:
    """The figure a list item leaves its verb out after: "14 charged with rioting, six with theft".

    The item is a bare figure and a preposition; the figure before it, in
    the same sentence, is followed by a verb and that same preposition.
    """
    if not earlier or not _LIST_JOIN.search(text, max(0, start - 6), start):
        return None
    prep = _PREPOSITION_AFTER.match(text, end)
    if prep is None:
        return None
    head = earlier[-1]
    between = text[head.end : start]
    if re.search(rf"^\s+(?:[a-z]+\s+){{0,3}}{prep.group(1)}\s", between) is None:
        return None
    return head


# "11 of them", "dozens of those", "19 of whom": a part of a group named before; a general
# noun may name the group again ("dozens of those cases", "12 of these people"), and
# "the victims" are those of the harm just told ("Eleven of the victims were from Podul").
_OF_THE_GROUP = re.compile(
    r"\s+of\s+(?:them|whom|(?:those|these)(?:\s+(?:cases|people|persons|individuals|victims)\b"
    r"|\b(?!\s+(?:\d|[a-z]+s\b)))|the\s+victims\b)"
)
# The group named before its part: "Of the 40 injured, 12 are in critical condition".
_GROUP_FIRST = re.compile(
    r"(?:^|[.;:]\s*)Of\s+(?:(?:the|those|these)\s+[^,;:]{1,60}|(?P<pronoun>those|these|them))"
    r",\s*(?:only\s+|just\s+)?$"
)
# Words between a part and its own verb: "64 of them had since been recaptured".
_BEFORE_A_VERB = frozenset(
    {"were", "are", "was", "is", "have", "has", "had", "been", "being", "still", "also",
     "later", "since", "reportedly", "all", "then", "now", "subsequently", "already",
     *K.SEVERITY_WORDS}
)  # fmt: skip


def _part_of_a_group(
    text: str, q: Quantity, mine: Found | None, earlier: list[Found], previous: Found | None
) -> Found | None:
    """A part of a group counted before it, given the group's kind.

    "63 police officers were injured, 11 of them seriously", "treated 140
    injured people, 19 of them children", "41 bodies ... at least two dozen
    of them were inmates": the part counts the same thing as the group.  A
    part with a verb of its own ("64 of them had been recaptured", "12 of
    them have been charged") is told by that verb, not by the group.
    """
    if q.value.high == 1:
        return None
    of = _OF_THE_GROUP.match(text, q.span.end)
    verbless = of is not None and _STATE_AFTER.match(text, of.end()) is not None
    if mine is not None and mine.kind is not Kind.COUNT and not verbless:
        widen = of is not None and mine.start == q.span.start and mine.end < of.end()
        if widen and of is not None and not _own_verb(text, of.end()):
            return replace(mine, end=of.end())  # "Six of them are in a critical condition"
        return None
    named_first = _GROUP_FIRST.search(text, 0, q.span.start)
    if of is not None:
        plain = [f for f in earlier if not _LOCATIVE.search(text[: f.start]) and _counts_people(f)]
        group = plain[-1] if plain else previous if not earlier else None
        part_end = of.end()
    elif named_first is not None and named_first.group("pronoun"):
        group = previous if not earlier else None  # "... 86 people. Of those, 31 were children"
        part_end = q.span.end
    elif named_first is not None:  # "Of the 40 injured, 12 are in critical condition"
        group = next((f for f in earlier if f.start >= named_first.start()), None)
        part_end = q.span.end
        if group is None:
            group = _group_named_by_kind(named_first.group(0), q)  # "Of the dead, nine were"
    else:
        return None
    if (
        mine is None
        and of is None
        and named_first is not None
        and group is not None
        and group.kind is Kind.COUNT
    ):
        # "Of the 64 aid convoys that asked, only 19 were let through": a part of a counted
        # group, with no kind of its own, counts what the group counts
        return Found(Kind.COUNT, q.value, q.qualifier, q.span.start, q.span.end, group.unit)
    if _own_verb(text, part_end):
        return None
    if group is None or not (group.kind in PEOPLE_KINDS or (verbless and _counts_people(group))):
        return None
    if group.kind is Kind.COUNT and mine is not None and mine.kind in PEOPLE_KINDS:
        return None  # "Eight people were pulled out, two of them with serious injuries"
    words = words_after(text, part_end, 1)  # "19 of them children": the quote runs on
    noun_end = words[0][2] if words and is_people(words[0][0]) else part_end
    end = max(noun_end, mine.end if mine is not None else 0)
    return Found(group.kind, q.value, q.qualifier, q.span.start, end, "people", group.subject)


# A part of a group named by what befell it: "Sixteen of those detained", "two of those
# evacuated"; the participle's kind, from the kinds' one-word verbs.
_OF_THOSE_PARTICIPLE = re.compile(r"\s+of\s+those\s+(?P<verb>[a-z]+)\b")
_PARTICIPLE_KINDS: dict[str, Kind] = {
    verb: kind
    for kind in reversed(PEOPLE_KINDS)
    for verb in K.KIND_VERBS[kind]
    if " " not in verb and verb.endswith(("ed", "held", "hurt", "fled", "missing"))
}


def _of_those_befallen(text: str, q: Quantity, mine: Found | None) -> Found | None:
    """A part of the people something befell, told by its participle: "Sixteen of those
    detained had been carrying knives" (arrests).  A part with a verb of its own ("31 of
    those arrested were released") is a count of what then became of it, as labelled."""
    if mine is not None and (mine.kind is not Kind.COUNT or mine.start != q.span.start):
        return None
    m = _OF_THOSE_PARTICIPLE.match(text, q.span.end)
    if m is None or q.value.high == 1:
        return None
    kind = _PARTICIPLE_KINDS.get(m.group("verb"))
    if kind is None or _own_verb(text, m.end()) or _main_verb_tells(text, m.end()):
        return None
    return Found(kind, q.value, q.qualifier, q.span.start, m.end(), "people")


_MAIN_VERB_OPENERS = frozenset(
    {"had", "have", "has", "were", "was", "are", "is", "would", "will", "could", "may",
     "might", "remain", "remained", "remains"}
)  # fmt: skip


def _main_verb_tells(text: str, pos: int) -> bool:
    """Whether the clause's main verb, past a phrase ("31 of those arrested on Thursday had
    been released"), says what became of the part: a kind or a count of its own."""
    words = words_after(text, pos, 12)
    j = next((i for i, w in enumerate(words) if w[0].lower() in _MAIN_VERB_OPENERS), None)
    return j is not None and predicate_kind(words, j) is not None


_OF_THE_KIND = re.compile(r"\bOf\s+the\s+(?P<noun>[a-z]+)\s*,\s*$")


def _group_named_by_kind(opening: str, q: Quantity) -> Found | None:
    """The group a part is told against when it is named by its kind alone: "Of the dead,
    at least nine were children" (the figure stands in for the group)."""
    m = _OF_THE_KIND.search(opening)
    if m is None:
        return None
    noun = m.group("noun")
    kind = next((k for k in PEOPLE_KINDS if noun in K.KIND_NOUNS[k]), None)
    if kind is None:
        return None
    return Found(kind, q.value, q.qualifier, q.span.start, q.span.end, "people")


def _own_verb(text: str, pos: int) -> bool:
    """Whether the words after a part are its own verb with a kind: "had been recaptured".

    A passive that says nothing of the kind ("14 of them were shot after they
    had been detained") leaves the part in its group; an active verb ("1,800
    of them spent the night in shelters") tells something of its own.
    """
    words = words_after(text, pos, 12)
    k = 1 if words and is_people(words[0][0]) else 0
    start = k
    while k < len(words) and words[k][0].lower() in _BEFORE_A_VERB:
        k += 1
    if k >= len(words):
        return False
    word = words[k][0].lower()
    verb = (len(word) > 4 and word.endswith("ed")) or word in K.IRREGULAR_PARTICIPLES
    return verb and (k == start or predicate_kind(words, start) is not None)


# A part in a state, with no verb: "eight of them in intensive care", "two of them in a coma".
_STATE_AFTER = re.compile(r"\s+(?:in|on|at|with|under)\s")


def _dated_after(s: Sentence, end: int) -> bool:
    """Whether a date follows the figure as its own: "38 on Sunday and 45 by Thursday"."""
    lead = _DATE_LEADS.match(s.text, end)
    return lead is not None and any(d.span.start == lead.end() for d in s.dates)


# What a group "including" a part can be read as: the whole's kind when it counts people.
_PART_KINDS = (*PEOPLE_KINDS, Kind.COUNT)


def _counts_people(found: Found) -> bool:
    return found.kind in PEOPLE_KINDS or (found.kind is Kind.COUNT and found.unit == "people")


def _like(q: Quantity, head: Found, end: int) -> Found:
    return Found(head.kind, q.value, q.qualifier, q.span.start, end, head.unit, head.subject)


def _retyped(found: Found, kind: Kind) -> Found:
    return Found(
        kind, found.value, found.qualifier, found.start, found.end, found.unit, found.subject
    )
