"""Rules for money, percentages and other counted things ("seven countries", "40 generators")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from dossier import kinds as K
from dossier.model import Interval, Kind, Qualifier, Quantity
from dossier.numbers import CURRENCY_SYMBOLS, MONEY_UNITS, find_ordinals
from dossier.rules import (
    A_RATE_BASE,
    A_RATE_PER,
    PEOPLE_KINDS,
    Found,
    Sentence,
    Words,
    a_rank,
    figure_line,
    in_quotation,
    is_people,
    is_plural_noun,
    make_found,
    phrase_at,
    plural_head,
    words_after,
)
from dossier.rules_people import harms_others, part_of_a_whole, predicate_kind, seized_before


def rule_money(s: Sentence) -> Iterable[Found]:
    """Amounts of money: "$2.5 billion", "US$300m", "5 million euros"."""
    for q in s.quantities:
        if q.unit in MONEY_UNITS:
            words = words_after(s.text, q.span.end, 2)
            subject = (
                words[0][0].lower()
                if words and words[0][0].isalpha() and words[0][0].islower()
                else None
            )
            if subject in (
                "in",
                "of",
                "to",
                "for",
                "and",
                "a",
                "the",
                "on",
                "from",
                "per",
                "was",
                "were",
                "is",
            ):
                subject = None
            found = make_found(q, Kind.MONEY, q.span.end, q.unit, subject)
            yield _in_whole_units(found, s) if q.unit in K.SUBUNITS else found
        elif q.unit is None and q.qualifier is not Qualifier.VAGUE:
            currency = _unknown_currency(s, q) or _a_share_price(s, q)
            if currency is not None:
                yield make_found(q, Kind.MONEY, currency[0], currency[1], None)


# A price per share told bare: "a dividend of 0.40 per share", "cut his price target to 38
# from 52", "the shares closed down 9.7 per cent at 41.20".
_PER_SHARE = re.compile(r"\s+(?:a|per)\s+share\b")
_PRICED_BEFORE = re.compile(
    r"\b(?:price\s+target|target\s+price|share\s+price|shares|stock|dividend|payout)\b"
    r"(?:[^.;:]|[.,](?=\d)){0,60}?\b(?:at|to|from|of)\s+$",
    re.IGNORECASE,
)
_SYMBOL = re.compile("|".join(re.escape(sym) for sym in sorted(CURRENCY_SYMBOLS, key=len)[::-1]))


def _a_share_price(s: Sentence, q: Quantity) -> tuple[int, str] | None:
    """The quote's end and the currency of a bare price of a share, else None.

    The currency is that of the money told in the sentence or its paragraph.
    """
    if q.value.low is None or q.value.low <= 0:
        return None
    per_share = _PER_SHARE.match(s.text, q.span.end)
    if per_share is not None:
        end = per_share.end()
    elif _PRICED_BEFORE.search(s.text, max(0, q.span.start - 90), q.span.start):
        words = words_after(s.text, q.span.end, 2)
        if words and (words[0][0][:1].isalpha() and words[0][0] not in ("from", "in", "on")):
            return None  # "shares of 40 companies", "stock to 300 investors"
        end = q.span.end
    else:
        return None
    told = next((t.unit for t in s.quantities if t.unit in MONEY_UNITS), None)
    symbol = _SYMBOL.search(s.context or s.text) if told is None else None
    if told is None and symbol is None:
        return None  # no currency told near it: a price cannot be read
    return end, told or CURRENCY_SYMBOLS[symbol.group()]


def _in_whole_units(found: Found, s: Sentence) -> Found:
    """Money told in a hundredth of a currency, in units of the currency: "44 cents a share"
    is 0.44 of the currency another amount in the sentence is in (dollars when none is),
    "1,412 pence" is 14.12 pounds."""
    cents, currency = K.SUBUNITS[found.unit]
    if currency is None:
        currency = next(
            (q.unit for q in s.quantities if q.unit in MONEY_UNITS and q.unit not in K.SUBUNITS),
            "USD",
        )
    low, high = (None if v is None else v / cents for v in (found.value.low, found.value.high))
    return replace(found, value=Interval(low=low, high=high), unit=currency)


# An amount in a currency the tables do not know ("14,500 tamars"): told by what is said
# around it.  Before it, a verb or noun of paying or costing ("costs", "fines of up to",
# "cash payments of"); after it, a gloss in a known currency (", about $26 million") or
# what the money is for ("in compensation", "in emergency funds").
_PAID_WORDS = (
    r"\b(?:costs?(?:\s+(?:the|its|their)\s+[a-z]+)?|costing|priced at|fines? of|payments? of|"
    r"paid|pay|paying|"
    r"compensation of|salary of|salaries of|wages? of|bail of|worth|budget of|loans? of|"
    r"grants? of|a bill of|bribes? of|ransom of|allowance of|pension of|fee of|fees of)"
    r"(?:\s+(?:a\s+total\s+of|an?\s+extra|up\s+to|just|only|about|around|some|nearly|"
    r"almost|roughly|more\s+than|over|at\s+least))?\s+"
)
_PAID_BEFORE = re.compile(_PAID_WORDS + "$", re.IGNORECASE)
# Verbs of saving, raising or losing that take money as often as anything else ("save 7.2
# billion lorins", "raised 38 million korels", "lost 2 billion crowns"): money only for a
# figure written with a scale, in a unit no table knows.
_GAINED_BEFORE = re.compile(
    r"\b(?:save|saves|saved|saving|raise|raises|raised|raising|bring\s+in|brings\s+in|"
    r"brought\s+in|generate|generates|generated|earn|earns|earned|lose|loses|lost|losing|"
    r"cut|cuts|cutting|borrow|borrows|borrowed|spend|spends|spent|receive|receives|received)"
    r"(?:\s+(?:an?\s+)?(?:additional|extra|further|another|about|around|some|nearly|almost|"
    r"roughly|more\s+than|over|up\s+to|at\s+least|just\s+over|just\s+under))?\s+$",
    re.IGNORECASE,
)
# Plurals that a scaled figure after such a verb counts as things, not money.
_NOT_CURRENCIES = K.ANIMAL_NOUNS | K.ABSTRACT_NOUNS | K.IRREGULAR_PLURALS | frozenset(
    {"doses", "vaccines", "tickets", "visitors", "viewers", "subscribers", "users",
     "followers", "votes", "hits", "views", "downloads", "copies", "units", "items",
     "trees", "meals", "bags", "parcels", "packages", "masks", "tests", "bottles"}
)  # fmt: skip
# An amount paid in a named unit: the unit is a currency for the rest of the passage.
_PAID_IN = re.compile(
    _PAID_WORDS + r"\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?\s+([a-z]{3,}s?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _currencies_paid_in(passage: str) -> frozenset[str]:
    """Units an amount is paid in somewhere in ``passage``: "a loaf costs 38 marks"."""
    return frozenset(m.group(1).lower() for m in _PAID_IN.finditer(passage))


_MONEY_FOR_AFTER = re.compile(
    r"\s+in\s+(?:[a-z]+\s+)?(?:compensation|funds|funding|aid|damages|fines|loans|revenue|"
    r"bail|salaries|wages|subsidies|grants|payments|bribes|ransom|relief|fees|taxes|"
    r"investment|credit|reparations|assistance|spending)\b"
)
_CURRENCY_NOUN = re.compile(r"\s+([a-z]{3,}s?)\b")


# Every noun of a kind, and the first word of every unit of a count, in one table each.
_KIND_NOUNS = frozenset().union(*K.KIND_NOUNS.values())
_COUNT_UNIT_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in K.COUNT_UNITS)


def _unknown_currency(s: Sentence, q: Quantity) -> tuple[int, str] | None:
    """The end and name of an unknown currency after a bare figure that is money."""
    m = _CURRENCY_NOUN.match(s.text, q.span.end)
    if m is None:
        return None
    noun = m.group(1)
    following = words_after(s.text, m.end(), 1)
    if (
        noun.endswith(("ed", "ing", "ly"))
        or (following and is_people(following[0][0]))
        or noun in K.PEOPLE_NOUNS
        or noun in K.MEASURE_NOUNS
        or noun in K.NOT_PLURAL_NOUNS
        or noun in _PHRASE_WORDS
        or noun in _KIND_NOUNS
        or noun in _COUNT_UNIT_FIRST_WORDS
    ):
        return None
    after = s.text[m.end() :]
    gloss = any(
        g.unit in MONEY_UNITS and 0 < g.span.start - m.end() <= 20 for g in s.quantities
    ) and re.match(
        r",\s+(?:or\s+|about\s+|roughly\s+|around\s+|some\s+|nearly\s+|"
        r"approximately\s+|almost\s+)?\S",
        after,
    )
    before = s.text[max(0, q.span.start - 60) : q.span.start]
    if gloss or _PAID_BEFORE.search(before) or _MONEY_FOR_AFTER.match(s.text, m.end()):
        return m.end(), noun
    if (
        _scaled(s.text, q)
        and _GAINED_BEFORE.search(before)
        and noun not in _NOT_CURRENCIES
        and not (following and following[0][0] == "of")  # "3 million head of cattle"
    ):
        return m.end(), noun  # "will save 7.2 billion lorins a year", "raised 38 million korels"
    if noun in _currencies_paid_in(s.text) or noun in _currencies_paid_in(s.context):
        return m.end(), noun  # "up from 22 marks" after "a loaf now costs 38 marks"
    if noun in K.AMBIGUOUS_CURRENCIES and (_scaled(s.text, q) or _money_told(s.text)):
        return m.end(), K.AMBIGUOUS_CURRENCIES[noun]  # "fined 9.5 million marks"
    if _MONEY_IS.search(s.text, max(0, q.span.start - 80), q.span.start):
        return m.end(), noun  # "the standard fine for taking part is 20,000 kron"
    return None


_SCALE_IN_FIGURE = re.compile(r"\b(?:thousand|million|billion|trillion|m|bn)\b", re.IGNORECASE)
_A_WORD = re.compile(r"[a-z]+")


def _scaled(text: str, q: Quantity) -> bool:
    """Whether the figure is written with a scale: "9.5 million", "120m"."""
    return _SCALE_IN_FIGURE.search(text, q.span.start, q.span.end) is not None


@lru_cache(maxsize=512)
def _money_told(text: str) -> bool:
    """Whether a word of ``K.MONEY_CUES`` is in the sentence."""
    return not K.MONEY_CUES.isdisjoint(_A_WORD.findall(text.lower()))


# A word for an amount of money, then (past its complement) a verb saying what it is: "the
# standard fine for taking part is", "compensation per family came to"; or "of" right after
# a word that an amount can follow so ("a fine of", "bail of"; not "the cost of 600 staff").
_AMOUNT_LEAD = (
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+|"
    r"more\s+than\s+|over\s+|at\s+least\s+)?$"
)
_MONEY_IS = re.compile(
    r"\b(?:fines?|penalty|penalties|compensation|budget|salary|salaries|wages?|price|cost|"
    r"bail|ransom|fee|fees|payout|bill|levy|award|settlement)\b[^.;:,\d]{0,60}?\b(?:is|was|are|"
    r"were|totalled|totaled|totals|amounted\s+to|amounts\s+to|came\s+to|comes\s+to|"
    r"stood\s+at|stands\s+at|set\s+at|rose\s+to|fell\s+to|reached)\s+"
    + _AMOUNT_LEAD
    + r"|\b(?:fines?|penalty|bail|ransom|fee|salary|wage|levy|payout|bribe)\s+of\s+"
    + _AMOUNT_LEAD,
    re.IGNORECASE,
)


_PHRASE_WORDS = frozenset(
    {"and", "or", "but", "the", "for", "from", "with", "per", "more", "than", "each", "who",
     "which", "that", "were", "are", "was", "had", "have", "has", "will", "would", "into",
     "over", "under", "since", "after", "before", "during", "times", "this", "those", "these",
     "other", "others", "less", "fewer", "days", "weeks", "months", "years", "hours",
     "visits", "calls", "tributes", "respects"}
)  # fmt: skip


_OF_THE_WORD = re.compile(r"\s+of\s+(?:(?:the|these|those|its)\s+|(?=\d))\S+\s*")
_COUNT_UNITS_LONGEST_FIRST = tuple(
    (phrase, phrase.split()[0]) for phrase in sorted(K.COUNT_UNITS, key=len, reverse=True)
)
_JOINED_TO_PREVIOUS = re.compile(
    r"\s*(?:to|and|from)\s*|(?:\s+[a-z]+){1,3}\s+and\s+(?:another\s+|a further\s+)?"
)


def rule_count_unit(s: Sentence) -> Iterable[Found]:
    """Other counted things with a unit: "seven countries", "three million barrels per day"."""
    previous: Found | None = None
    for q in s.quantities:
        if q.unit is not None:
            continue
        words = words_after(s.text, q.span.end, 8)
        m = _OF_THE_WORD.match(s.text[q.span.end :])
        offset = m.end() if m else 0
        if m:
            words = words_after(s.text, q.span.end + offset, 8)
        k = 0
        while (
            k < len(words)
            and k < 3
            and (words[k][0][0].isupper() or words[k][0].lower() in K.MODIFIERS)
        ):
            k += 1
        hit = None
        # Only a phrase opening with the word at 0 or at k can be there.
        firsts = {words[i][0].lower() for i in (0, k) if i < len(words)}
        for phrase, first in _COUNT_UNITS_LONGEST_FIRST:
            if first not in firsts:
                continue
            for start in {0, k}:
                j = phrase_at(words, start, phrase)
                if j > 0:
                    hit = (phrase, words[j - 1][2])
                    break
            if hit:
                break
        if hit:
            found = make_found(q, Kind.COUNT, hit[1], K.COUNT_UNITS[hit[0]], hit[0].split()[0])
            previous = found
            yield found
        elif previous is not None and _JOINED_TO_PREVIOUS.fullmatch(
            s.text[previous.end : q.span.start]
        ):
            yield make_found(q, Kind.COUNT, q.span.end, previous.unit, previous.subject)


_PERCENT_SUBJECT = re.compile(
    r"\b(GDP|turnout|inflation|unemployment|poverty|production|approval|support|participation|economy|growth|prices?|turnover|budget|output|revenue|exports?|imports?)\b",
    re.IGNORECASE,
)


_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?")
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def of_a_whole(text: str, end: int) -> tuple[int, str] | None:
    """The whole a share is of, just after it: "of respondents", "of GDP" (its end, its noun)."""
    m = _OF_A_WHOLE.match(text, end)
    if m is None:
        return None
    words = words_after(text, m.end(), 5)
    if words and _ACRONYM.fullmatch(words[0][0]):
        return words[0][2], words[0][0]
    head = plural_head(words)
    if head is None:
        return None
    return words[head][2], words[head][0].lower()


def rule_percent(s: Sentence) -> Iterable[Found]:
    """Any other percentage ("GDP has shrunk by 80%", "64% of respondents").

    The quote runs on to the whole the share is of, where one is written
    after it; the subject is the thing measured ("GDP", "turnout") or that whole.
    """
    for q in s.quantities:
        if q.unit in ("percent", "percentage points"):
            m = _PERCENT_SUBJECT.search(s.text[: q.span.start])
            whole = of_a_whole(s.text, q.span.end)
            end, subject = whole if whole else (q.span.end, None)
            yield make_found(q, Kind.PERCENT, end, q.unit, m.group(1) if m else subject)
        elif q.unit is None and _POLL.search(s.text):
            lead = _POINTS_LEAD.match(s.text, q.span.end)
            if lead is not None:  # "a poll had Voss eight points ahead"
                yield make_found(q, Kind.PERCENT, lead.end("points"), "percentage points")


# A lead in a poll or a count, in points of percent: "eight points ahead", "a 12-point lead"
# is read by the numbers as a measure.  Only where a poll or a vote is told of: a game's
# points are its score.
_POLL = re.compile(
    r"\b(?:polls?|polling|survey|surveys|pollsters?|ballot|election|vote)\b", re.IGNORECASE
)
_POINTS_LEAD = re.compile(
    r"(?P<points>\s+(?:percentage\s+)?points)\s+(?:ahead|behind|clear|adrift|in\s+front)\b"
)


# A set already known: "the three main crossing points", "the other two towers", "all
# three towers", "both".
_DEFINITE = re.compile(
    r"\b(?:(?:the|these|those)(?:\s+(?:other|remaining|same|last|first|next))?|all|both)\s+$",
    re.IGNORECASE,
)
# A group named first, its part told after: "Of the 64 aid convoys that asked, only 19 were
# let through".  The group is introduced here, not a set known before: a figure of its own.
GROUP_FIRST = re.compile(r"(?:^|[.;:]\s*)Of\s+the\s+$")
# "visited the mine eleven times in 2024": how often; "three times as many": a multiplier.
_MULTIPLIER_AFTER = frozenset(
    {"as", "more", "less", "higher", "lower", "larger", "smaller", "bigger", "greater", "the",
     "faster", "slower", "over", "than", "that", "longer", "cheaper", "dearer", "a", "an",
     "per", "its", "their", "what"}
)  # fmt: skip
# Words before "points" that keep them a score or a move of a rate: "percentage points".
_SCORE_WORDS = frozenset({"percentage", "ranking", "bonus", "match", "penalty", "more", "fewer"})
_PARTITIVE_OF_THE = re.compile(r"[\d\w]\s+of\s+the\s+$", re.IGNORECASE)
_SPREAD = re.compile(r"\b(?:across|throughout|among|between|into)\s+$", re.IGNORECASE)


# The most doses (or jabs) a course of treatment is given in.
_A_REGIMEN = 4


def rule_counted_noun(s: Sentence) -> Iterable[Found]:
    """A figure counting a concrete plural noun: "17 contractors", "two patrol vessels".

    The noun is recorded as the unit.  A definite group ("the three main
    crossing points") names a set already known, a spread ("across three
    provinces") says where, measures ("40 metres") are not counts, and a
    figure inside a quotation is speech, often hypothetical: none is
    recorded unless given in digits.  The whole of a part ("9 of the 14 exits") only when it is
    told as a figure of its own ("48 of the 73 drones launched").
    """
    s = figure_line(s)  # "- 17: people who have died"
    yield from _ordinal_counts(s)
    for q in s.quantities:
        if q.unit is not None or q.value.low == 1 or a_rank(s.text, q.span.start):
            continue  # "the top 10 companies": a rank
        before = s.text[: q.span.start]
        partitive = _PARTITIVE_OF_THE.search(before)
        if _DEFINITE.search(before) and not partitive and not GROUP_FIRST.search(before):
            continue
        if _SPREAD.search(before) or (
            in_quotation(s.text, q.span.start)
            and not _quoted_alone(s.text, q)
            and not _stated_in_figures(s.text, q)
        ):
            continue
        words = words_after(s.text, q.span.end, 6)
        if _how_often(q, words):
            yield make_found(q, Kind.COUNT, words[0][2], "times", "times")
            continue
        if words and words[0][0].lower() == "times":
            continue  # "three times as many faults": a multiplier
        vague_of = q.qualifier is Qualifier.VAGUE and words[:1] and words[0][0] == "of"
        head = plural_head(words, 1 if vague_of else 0)  # "hundreds of boats"
        if head is None:
            continue
        noun = words[head][0].lower()
        # "basis points" move a rate: counted as a central bank tells them, unlike "points"
        basis = noun == "points" and head > 0 and words[head - 1][0].lower() == "basis"
        # "14 monitoring points", "six crossing points": places named by what is done there
        basis = basis or (
            noun == "points" and head > 0 and words[head - 1][0].lower() not in _SCORE_WORDS
        )
        if (noun in K.MEASURE_NOUNS and not basis) or (
            partitive and not whole_told(s.text, words[head][2])
        ):
            continue
        if noun in K.KINSHIP_NOUNS:
            continue  # "lost his father and two sisters": who someone is, not a claim
        if noun in K.ABSTRACT_NOUNS:
            continue  # "two reasons", "in two phases": how a thing is told, not a claim
        if noun in K.REGIMEN_NOUNS and q.value.high is not None and q.value.high <= _A_REGIMEN:
            continue  # "children need two doses": how a vaccine is given
        if q.value.low is not None and q.value.low != q.value.low.to_integral_value():
            continue  # "1.7 cars per household": a mean
        if A_RATE_PER.match(s.text, words[head][2]) or A_RATE_BASE.search(before[-20:]):
            continue  # "1.9 lost-time injuries per million hours": a rate
        if harms_others(s.text, words[head][2]):
            continue  # "five attackers killed three guards": the guards are the claim
        yield make_found(q, Kind.COUNT, words[head][2], noun, noun)


# An ordinal that implies a count: "a fourth district" (there are now four), "its fourth
# increase since June", "the third large fire at the camp since 2024".  The indefinite
# article says one more of a kind has come; "the"/"its" only with a period counted over.
_ORDINAL_LEAD = re.compile(r"\b(?P<lead>an?|the|its|their|his|her)\s+$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:since|this\s+year|so\s+far|in\s+(?:a|two|three)\s+)")
_A_PERIOD = re.compile(r"\b(?:since|this\s+year|so\s+far|in\s+(?:a|two|three)\s)")
_ORDINAL_NOT_COUNTED = frozenset(
    {"time", "times", "term", "round", "half", "quarter", "floor", "storey", "place", "day",
     "week", "month", "year", "night", "leg", "stage", "phase", "season", "generation",
     "chance", "opinion", "look", "thought", "try", "attempt", "option", "language", "home",
     "wife", "husband", "marriage", "row", "class", "grade", "hand", "instance", "reading",
     "vote", "tier", "degree", "edition", "level", "line", "division", "party", "world",
     "way", "wave", "string", "nature", "sight", "glance", "person", "victim", "death",
     "deaths", "fatality", "man", "woman", "child", "boy", "girl", "anniversary", "largest",
     "biggest", "most", "highest", "lowest", "straight", "consecutive", "successive",
     "century", "decade", "minute", "hour", "amendment", "reich", "estate",
     "official", "sex", "cousin", "son", "daughter", "grader", "tranche", "batch", "draft"}
)  # fmt: skip


def _ordinal_counts(s: Sentence) -> Iterable[Found]:
    """Counts an ordinal implies: "a third cooling tower", "its fourth increase since June"."""
    if not _A_PERIOD.search(s.text):
        return  # the ordinal counts only over a period: most sentences have none
    for span, n in find_ordinals(s.text):
        if n < 2 or n > 100 or s.text[span.end : span.end + 1] == "-":
            continue  # "first", "second-largest"
        lead = _ORDINAL_LEAD.search(s.text, max(0, span.start - 8), span.start)
        if lead is None:
            continue
        words = words_after(s.text, span.end, 4)
        head = _ordinal_head(words)
        if head is None:
            continue
        definite = lead.group("lead").lower() not in ("a", "an")
        if not _SINCE_AFTER.match(s.text, words[head][2]):
            continue  # "a second warehouse", "the third estimate": which one, not how many
        start = lead.start() if not definite else span.start
        value = Interval(low=Decimal(n), high=Decimal(n))
        noun = words[head][0].lower()
        yield Found(Kind.COUNT, value, Qualifier.EXACT, start, words[head][2], noun, noun)


_AFTER_A_NOUN = frozenset(
    {"of", "and", "or", "to", "in", "on", "at", "since", "this", "so", "for", "by", "from",
     "near", "across", "along", "inside", "outside", "within"}
)  # fmt: skip
_NOT_NOUNS = frozenset(
    {"more", "fewer", "less", "than", "since", "under", "over", "of", "the", "a", "an", "as",
     "and", "or", "to", "in", "on", "at", "by", "for", "from", "this", "that", "so", "up",
     "down", "off", "out", "about", "after", "before", "such", "which", "who", "was", "were",
     "is", "are", "had", "has", "have", "it", "its", "their"}
)  # fmt: skip


def _ordinal_head(words: Words) -> int | None:
    """The singular noun an ordinal qualifies, past up to two lower-case modifiers: the last
    lower-case word before a preposition ("a third cooling tower on the estate")."""
    for j in range(min(3, len(words))):
        word = words[j][0]
        if not word.isalpha() or not word.islower() or word in _NOT_NOUNS:
            return None  # "a third more than", "a third since the start": a fraction
        if word in _ORDINAL_NOT_COUNTED or is_people(word):
            return None
        if j + 1 == len(words) or words[j + 1][0] in _AFTER_A_NOUN:
            return j
        if not words[j + 1][0].isalpha() or not words[j + 1][0].islower():
            return j
    return None


def _stated_in_figures(text: str, q: Quantity) -> bool:
    """A figure a speaker gives in digits ("we have sampled 46 cooling towers") is a claim;
    one in words ("the alternative was closing two libraries") is mostly talk."""
    return q.qualifier is not Qualifier.VAGUE and text[q.span.start : q.span.end][-1:].isdigit()


def _quoted_alone(text: str, q: Quantity) -> bool:
    """A figure quoted on its own, not speech: 'to seek "at least 35" orders'.

    Not a vague one ('"several hundred" disputed ballots'): a disputed guess.
    """
    if q.qualifier is Qualifier.VAGUE:
        return False
    return text[q.span.start - 1 : q.span.start] in ('"', "“") and text[
        q.span.end : q.span.end + 1
    ] in ('"', "”")


def _how_often(q: Quantity, words: Words) -> bool:
    """ "visited the mine eleven times in 2024": a count of occasions, not a multiplier."""
    if not words or words[0][0].lower() != "times" or q.qualifier is Qualifier.VAGUE:
        return False
    if q.value.low is None or q.value.low < 2:
        return False
    return len(words) == 1 or words[1][0].lower() not in _MULTIPLIER_AFTER


# A size named before a bare figure: "a licensed capacity of 28,000", "the population
# of the valley fell from 23,000 in 1981 to about 11,500".
_SIZE_BEFORE = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(K.SIZE_NOUNS)) + r")\b(?:(?:[^,;.:()“”]|[,.](?=\d)"
    # "has grown by 38% since 2015, to about 61,000": a comma before the figure it moved to
    r"|,\s+(?=(?:to|from)\s)){0,80}?\b(?:of|at|to|from|was|is|stood at|reached|hit)\s+"
    # "Red Spruce, population about 4,800": the figure right after the noun
    r"|(?P<bare>\b)\s+)$",
    re.IGNORECASE,
)


# A capacity told by what a place was made for: "designed for 800", "built to hold 1,200".
_BUILT_FOR = re.compile(
    r"\b(?:designed|built|meant|intended|planned|constructed)\s+(?:for|to\s+(?:hold|house|"
    r"accommodate|seat|take))\s+$",
    re.IGNORECASE,
)


def rule_size(s: Sentence) -> Iterable[Found]:
    """A bare figure giving a size: a population, a capacity, an attendance.

    Only a bare figure: "a capacity of 500 megawatts" measures something else.
    """
    for q in s.quantities:
        if q.unit is not None:
            continue
        if _BUILT_FOR.search(s.text, max(0, q.span.start - 40), q.span.start) and not (
            plural_head(words_after(s.text, q.span.end, 4))
        ):
            yield make_found(q, Kind.COUNT, q.span.end, "people", "capacity")
            continue
        m = _SIZE_BEFORE.search(s.text, max(0, q.span.start - 120), q.span.start)
        if m is None or plural_head(words_after(s.text, q.span.end, 4)) is not None:
            continue
        unit = K.SIZE_NOUNS[m.group("noun").lower()]
        kind = _size_of_a_kind(s.text, m.start("noun"))
        yield make_found(q, kind, q.span.end, unit, m.group("noun").lower())


_WORD_BEFORE = re.compile(r"([a-z-]+)\s+$")


def _size_of_a_kind(text: str, noun_start: int) -> Kind:
    """A size named by a kind's word is of that kind: "a displaced population of 200,000",
    "the refugee population stood at 80,000"; any other size is a count."""
    m = _WORD_BEFORE.search(text, max(0, noun_start - 30), noun_start)
    word = m.group(1).lower() if m else ""
    return K.SIZE_KINDS.get(word, Kind.COUNT)


_PARTITIVE = re.compile(
    r"\s+of\s+(?:them|whom|(?:those|these)(?!\s+(?:\d|[a-z]+\s+[a-z]+s\b))"
    r"|(?:the\s+[\w-]+['’]s|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?P<owned>\d[\d,.]*)"
    r"|(?:the\s+|(?=\d))(?P<total>\d[\d,.]*|[a-z-]+))\b"  # "9 of the 14 exits", "78 of 150 seats"
)
# "Of them, 14 have been charged": the group named first, the part after.
_PART_AFTER_OF_THEM = re.compile(
    r"(?:^|[.;:]\s*)(?:of\s+(?:them|those|these|whom))\s*,\s*$", re.IGNORECASE
)


def rule_partitive(s: Sentence) -> Iterable[Found]:
    """Part of a group: "Ninety-one of them", "Of them, 14 ...", "9 of the 14 exits".

    The part is a count of its own; a grade of the injured ("two of them
    seriously") is not, nor is "one of them", which points at one person.
    A part whose own verb says what happened to it ("41 of those patients
    have died") is left to the rules that read that verb.  The quote runs
    on to the whole's noun ("9 of the 14 exits") unless the whole is told
    as a figure of its own ("48 of the 73 drones launched").
    """
    for q in s.quantities:
        if q.unit is not None or q.value.high == 1:
            continue
        if _PART_AFTER_OF_THEM.search(s.text, 0, q.span.start):
            yield make_found(q, Kind.COUNT, q.span.end, "people", None)
            continue
        m = _PARTITIVE.match(s.text[q.span.end :])
        if m is None or seized_before(s.text, q.span.start):
            continue  # "police took two of them": arrests, read by ``rule_kind_before``
        if part_of_a_whole(s, q.span.end) is not None:
            continue  # "1,012 of the 1,098 members who cast ballots": the whole's kind
        kind_of_whole = _whole_of_a_kind(s.text, q.span.end + m.end(), m.group("total"))
        if kind_of_whole is not None:
            yield make_found(q, kind_of_whole[0], kind_of_whole[1], "people", None)
            continue
        unit, end = "people", q.span.end
        words = words_after(s.text, q.span.end + m.end(), 5)
        if m.group("owned"):
            # "2,300 of the airline's 2,900 cabin crew": an owner's large whole is a figure of
            # its own; a small one only says which set the part is of ("31 of the country's
            # 98 municipalities", "six of its 41 depots"), and stays in the part's quote
            head = plural_head(words)
            unit = words[head][0].lower() if head is not None else "people"
            if head is not None and _a_small_set(m.group("owned"), s.text, words[head][2]):
                end = words[head][2]
        elif m.group("total") and not m.group("total")[0].isdigit():
            named = _named_whole(s.text, q.span.end + m.end(), m.group("total"), words)
            if named is None:
                continue
            yield make_found(q, Kind.COUNT, named[0], named[1], None)
            continue
        elif m.group("total"):
            head = plural_head(words)
            if head is None or not any(
                t.span.start == q.span.end + m.start("total") for t in s.quantities
            ):
                continue
            unit = words[head][0].lower()
            told = whole_told(s.text, words[head][2])
            if not told and " ".join(w[0].lower() for w in words[: head + 1]) in K.COUNT_UNITS:
                continue  # "71 of the 150 seats": read whole by rule_count_unit
            if not told:
                end = words[head][2]
        else:
            k = 1 if words and is_people(words[0][0]) else 0
            if m.group(0).rstrip().endswith(("those", "these")) and _NAMING_PARTICIPLE.fullmatch(
                words[0][0] if words else ""
            ):
                k = 1  # "31 of those arrested had been released": the group's name, not its verb
            if k < len(words) and predicate_kind(words, k) not in (None, Kind.COUNT):
                continue  # "Forty-one of those patients have died", "four of whom later died"
        if {w[0].lower() for w in words} & K.SEVERITY_WORDS:
            continue
        yield make_found(q, Kind.COUNT, end, unit, None)


# Below this an owner's whole is the size of a set of places, units or seats it is made of
# ("the country's 16 provinces", "the assembly's 90 seats"), not a population of its own.
_SMALL_SET = 1000


def _a_small_set(owned: str, text: str, noun_end: int) -> bool:
    """Whether an owner's whole ("of the city's 18 wards") only names the set a part is of."""
    try:
        size = Decimal(owned.replace(",", ""))
    except ArithmeticError:
        return False
    return size < _SMALL_SET and not whole_told(text, noun_end)


def _whole_of_a_kind(text: str, end: int, total: str | None) -> tuple[Kind, int] | None:
    """A part of a whole counted by a kind's noun ("29 of those deaths", "40 of the arrests")
    is of that kind: the kind and the quote's end."""
    if total is not None:
        noun, noun_end = total.lower(), end
    else:
        words = words_after(text, end, 1)
        if not words:
            return None
        noun, noun_end = words[0][0].lower(), words[0][2]
    if not is_plural_noun(noun) or noun in K.PEOPLE_NOUNS:
        return None
    kind = next((k for k in PEOPLE_KINDS if noun in K.KIND_NOUNS[k]), None)
    return None if kind is None else (kind, noun_end)


def _named_whole(text: str, end: int, total: str, words: Words) -> tuple[int, str] | None:
    """A part of a set named by a noun: "Up to 700 of the posts will go", "two of the most
    badly burned" (the quote's end, the unit); not a part whose verb has a kind."""
    if total == "most":  # "two of the most badly burned": up to the participle
        for word, _start, word_end in words[:3]:
            if _NAMING_PARTICIPLE.fullmatch(word.lower()):
                return word_end, "people"
        return None
    if not is_plural_noun(total) or total in K.MEASURE_NOUNS or is_people(total):
        return None
    if plural_head(words) is not None or predicate_kind(words, 0) is not None:
        return None
    return end, total


_NAMING_PARTICIPLE = re.compile(r"[a-z]+ed|" + "|".join(sorted(K.IRREGULAR_PARTICIPLES)))
_PARTICIPLE = re.compile(
    r"\s+(?:[a-z]+ed|" + "|".join(sorted(K.IRREGULAR_PARTICIPLES)) + r")\b"
    r"|\s+(?:that|which|who)\s"  # "the 73 drones that were launched"
    r"|\s+(?:it|they|he|she|we)\s+(?:had|has|have)\s+[a-z]+ed\b"  # "flights it had scheduled"
)


# Words that may follow a participle saying something of a whole: "launched at", "held in",
# "scheduled for", "killed so far".
_AFTER_A_PARTICIPLE = frozenset(
    {"at", "in", "on", "by", "for", "from", "to", "into", "since", "during", "over", "under",
     "across", "near", "so", "last", "this", "earlier", "before", "after", "between", "with",
     "until", "up", "out", "off", "down", "away", "there", "here", "overnight", "yesterday",
     "today", "and", "or", "but", "as", "when", "while", "within", "without", "inside"}
)  # fmt: skip


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "it", "they", "he", "she", "we"})


def whole_told(text: str, noun_end: int) -> bool:
    """Whether the whole of "48 of the 73 drones launched" is a figure told in its own right.

    A participle or a relative clause after its noun says something of the
    whole ("73 drones launched at the region", "the 1,040 inmates held at the
    jail", "the 1,150 flights it had scheduled"); otherwise it only names the
    set the part is taken from ("9 of the 14 exits too narrow").
    """
    m = _PARTICIPLE.match(text, noun_end)
    if m is None:
        return False
    if m.group(0).split()[0] in _CLAUSE_OPENERS:
        return True  # "the 73 drones that were launched", "the flights it had scheduled"
    after = words_after(text, m.end(), 1)
    # "11 of the 14 provinces lost population": the part's own verb, then its object
    object_after = bool(after) and after[0][0].isalpha() and after[0][0].islower()
    return not object_after or after[0][0] in _AFTER_A_PARTICIPLE
