"""The rules that decide what a figure in a sentence counts.

Each rule reads one ``Sentence`` (its text, the figures ``numbers`` found in
it and its dates) and yields a ``Found`` for every figure it recognises:
the kind, the value, the quote's offsets, the unit and the subject.  Rules
are pure functions; ``extractor.RULES`` orders them, and the first rule to
accept a figure wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from dossier import kinds as K
from dossier.dates import DateMention
from dossier.model import DateRange, Interval, Kind, Qualifier, Quantity, Span
from dossier.numbers import find_ordinals

PEOPLE_KINDS = (Kind.DEATHS, Kind.INJURIES, Kind.ARRESTS, Kind.DISAPPEARANCES, Kind.DISPLACED)
_WORD = re.compile(r"[A-Za-zÀ-ÿ’'\-]+|\d[\d,.]*|[^\sA-Za-zÀ-ÿ\d]")
_CLAUSE_END = frozenset({",", ";", ":", ".", "(", ")", "?", "!", "—", "–"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with everything rules look at; offsets are sentence-relative."""

    text: str
    span: Span  # in the body
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    context: str = ""  # the paragraph and the one before it


@dataclass(frozen=True, slots=True)
class Found:
    """A rule's verdict on one figure: what it counts and the quote to cite."""

    kind: Kind
    value: Interval
    qualifier: Qualifier
    start: int
    end: int
    unit: str
    subject: str | None = None
    event: str | None = None
    date: DateRange | None = None


Rule = Callable[[Sentence], Iterable[Found]]


Words = Sequence[tuple[str, int, int]]  # (word, start, end) in the sentence
_MOST_WORDS_AFTER = 14  # the most any rule reads past a figure


def _words_after(text: str, pos: int, limit: int = 10) -> Words:
    """Up to ``limit`` words (and symbols) from ``pos`` on, stopping at a clause's end."""
    if limit > _MOST_WORDS_AFTER:
        return _read_words(text, pos, limit)
    return _read_words(text, pos, _MOST_WORDS_AFTER)[:limit]


@lru_cache(maxsize=1024)
def _read_words(text: str, pos: int, limit: int) -> tuple[tuple[str, int, int], ...]:
    # Remembered: the rules read the words after the same figure many times.
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text, pos):
        word = m.group()
        if word in _CLAUSE_END or len(out) >= limit:
            break
        out.append((word, m.start(), m.end()))
    return tuple(out)


def _phrase_at(words: Words, k: int, phrase: str) -> int:
    parts = phrase.split()
    got = [w[0].lower() for w in words[k : k + len(parts)]]
    return k + len(parts) if got == parts else -1


def _found(q: Quantity, kind: Kind, end: int, unit: str, subject: str | None = None) -> Found:
    return Found(kind, q.value, q.qualifier, q.span.start, max(end, q.span.end), unit, subject)


# Each subject as a whole word; ``_ANY_SUBJECT`` finds whether any is there at all.
_SUBJECT_PATTERNS = tuple(
    (subject, re.compile(rf"\b{re.escape(subject)}\b")) for subject in K.SUBJECTS
)
_ANY_SUBJECT = re.compile(r"\b(?:" + "|".join(map(re.escape, K.SUBJECTS)) + r")\b")


def _subject_in(text: str) -> str | None:
    """The first of ``K.SUBJECTS`` (in table order) written in ``text`` as a whole word."""
    low = text.lower()
    if not _ANY_SUBJECT.search(low):
        return None
    for subject, pattern in _SUBJECT_PATTERNS:
        if subject in low and pattern.search(low):
            return subject
    return None


def _is_people(word: str) -> bool:
    """A plural for people: listed, or a compound of "-men" ("fishermen", "gunmen")."""
    low = word.lower()
    return low in K.PEOPLE_NOUNS or (low.endswith("men") and len(low) > 4 and word.islower())


def _skip_modifiers(words: Words, k: int = 0) -> int:
    while k < len(words) and k < 4 and words[k][0].lower() in K.MODIFIERS:
        k += 1
    return k


_TO_DIE = re.compile(r"\s+(?:to die|killed)")
_ORDINAL_NOUNS = ("victim", "death", "fatality", "person")


def rule_ordinal_victim(s: Sentence) -> Iterable[Found]:
    """ "the twelfth victim", "the 12th death": deaths, at least that many."""
    low = s.text.lower()
    if not any(noun in low for noun in _ORDINAL_NOUNS):
        return
    for span, n in find_ordinals(s.text):
        if n < 2:
            continue
        words = _words_after(s.text, span.end, 4)
        if not words or words[0][0].lower() not in _ORDINAL_NOUNS:
            continue
        if words[0][0].lower() == "person" and not _TO_DIE.match(s.text[words[0][2] :]):
            continue
        start = (
            span.start - 4
            if s.text[max(0, span.start - 4) : span.start].lower() == "the "
            else span.start
        )
        value = Interval(low=_dec(n), high=None)
        yield Found(
            Kind.DEATHS,
            value,
            Qualifier.AT_LEAST,
            start,
            words[0][2],
            "people",
            _subject_in(s.text),
        )


def _dec(n: int) -> object:
    from decimal import Decimal

    return Decimal(n)


_OF_REQUIRED_VOTES = re.compile(
    r"\s+of\s+(?:the|these|those|its|a)?\s*[\d\w,.]+\s+(?:\w+\s+){0,2}?(votes|ballots)\b"
)


def rule_votes_of_required(s: Sentence) -> Iterable[Found]:
    """ "17 of the 18 required votes": a vote count (the second number is absorbed)."""
    for q in s.quantities:
        m = _OF_REQUIRED_VOTES.match(s.text[q.span.end :])
        if m and q.unit is None:
            yield _found(q, Kind.VOTES, q.span.end + m.end(), "votes")


_VOTING = re.compile(
    r"\b(?:vote|votes|voted|ballot|motion|resolution|council|assembly|parliament|lawmakers|senate)\b"
)
_OF = re.compile(r"\s+of\b")
_AGAINST_OR_IN_FAVOUR = re.compile(r"\b(?:against|in favou?r)\b")


def rule_vote_tally(s: Sentence) -> Iterable[Found]:
    """ "31 votes", "passed 31 to 12", "7 in favour, 2 against, 1 abstention": vote counts."""
    low = s.text.lower()
    voting = _VOTING.search(low)
    for q in s.quantities:
        if q.unit is not None:
            continue
        words = _words_after(s.text, q.span.end, 4)
        first = words[0][0].lower() if words else ""
        if first in ("votes", "vote") and not _OF.match(s.text[words[0][2] :]):
            yield _found(q, Kind.VOTES, words[0][2], "votes")
        elif voting and first in ("in", "against", "abstentions", "abstained", "for", "opposed"):
            if first == "in" and not (
                len(words) > 1 and words[1][0].lower() in ("favour", "favor")
            ):
                continue
            if first == "for" and not _AGAINST_OR_IN_FAVOUR.search(low):
                continue
            end = words[1][2] if first == "in" else words[0][2]
            yield _found(q, Kind.VOTES, end, "votes")


_SCORE = re.compile(
    r"(?:\bvoted\s+|\bvote of\s+|\bby\s+|\bon a\s+|\bin a\s+)(\d{1,3})\s*[-–]\s*(\d{1,3})\b"
    r"|\b(\d{1,3})\s*[-–]\s*(\d{1,3})\s+(?:vote|decision|majority|margin)\b"
)


def rule_vote_score(s: Sentence) -> Iterable[Found]:
    """A tally written as a score: "voted 7-2", "failed on a 4-5 vote"."""
    for m in _SCORE.finditer(s.text):
        groups = (1, 2) if m.group(1) else (3, 4)
        for g in groups:
            value = Interval(low=Decimal(m.group(g)), high=Decimal(m.group(g)))
            yield Found(Kind.VOTES, value, Qualifier.EXACT, m.start(g), m.end(g), "votes")


_VOTE_CONTEXT = re.compile(
    r"\b(?:vote|votes|voted|voting|ballots?|election|elections|referendum|runoff|won|polls)\b"
)
_OF_THE_VOTE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:valid\s+|popular\s+|total\s+)?(?:votes?|ballots)(?:\s+cast)?\b"
)
_TURNOUT_BEFORE = re.compile(r"\bturnout\b[^.]{0,30}$")
_WON_BEFORE = re.compile(
    r"\b(?:won|winning|secured|securing|received|receiving|garnered|obtained|took|taking|got|with|against|down from|up from)\s+(?:just\s+|only\s+|some\s+)?$"  # noqa: E501
)
_VOTED_AFTER = re.compile(r"\s+(?:voted|backed|supported|in favou?r|against|for\s+[A-ZÀ-Þ])")


def rule_vote_share(s: Sentence) -> Iterable[Found]:
    """A percentage of a vote: "51.2% of the vote", "won 58 percent", "52% voted yes"."""
    if not any(q.unit == "percent" for q in s.quantities):
        return
    low = (s.text + " " + s.context).lower()
    if not _VOTE_CONTEXT.search(low):
        return
    for q in s.quantities:
        if q.unit != "percent":
            continue
        after = s.text[q.span.end :]
        before = s.text[: q.span.start].lower()
        m = _OF_THE_VOTE.match(after)
        if m:
            yield _found(q, Kind.VOTE_SHARE, q.span.end + m.end(), "percent")
            continue
        if _TURNOUT_BEFORE.search(before):
            continue
        won = _WON_BEFORE.search(before)
        tail = _VOTED_AFTER.match(after)
        if won or tail:
            yield _found(q, Kind.VOTE_SHARE, q.span.end, "percent")


def rule_money(s: Sentence) -> Iterable[Found]:
    """Amounts of money: "$2.5 billion", "US$300m", "5 million euros"."""
    for q in s.quantities:
        if q.unit and q.unit.isupper() and len(q.unit) == 3:
            words = _words_after(s.text, q.span.end, 2)
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
            yield _found(q, Kind.MONEY, q.span.end, q.unit, subject)


def rule_kind_noun_after(s: Sentence) -> Iterable[Found]:
    """A figure followed by what it counts: "11 deaths", "672 arbitrary arrests", "17 dead"."""
    for q in s.quantities:
        if q.unit is not None:
            continue
        words = _words_after(s.text, q.span.end, 6)
        k = _skip_modifiers(words)
        if k >= len(words):
            continue
        noun = words[k][0].lower()
        for kind in PEOPLE_KINDS:
            if noun in K.KIND_NOUNS[kind]:
                if (
                    noun in ("held", "missing", "killed", "dead")
                    and k > 0
                    and words[k - 1][0].lower() in ("the", "of")
                ):
                    break
                subject = _subject_in(s.text[q.span.end : words[k][2] + 40])
                yield _found(q, kind, words[k][2], "people", subject)
                break


def rule_subject_then_verb(s: Sentence) -> Iterable[Found]:
    """A counted subject and its verb: "11 civilians have been killed", "thousands fled".

    An aside between subject and verb (", including six children,") is
    read past; a group in custody that is moved ("31 inmates were moved")
    is transferred, not displaced.
    """
    for q in s.quantities:
        if q.unit is not None:
            continue
        words = _words_after(s.text, q.span.end, 14)
        k = _skip_modifiers(words)
        end = q.span.end
        subject = None
        if (
            k < len(words) - 1
            and words[k][0].islower()
            and words[k][0].lower() not in K.PEOPLE_NOUNS
            and words[k + 1][0].lower() in K.PEOPLE_NOUNS
        ):
            k += 1  # "60 union members"
        if k < len(words) and _is_people(words[k][0]):
            subject, end = words[k][0].lower(), words[k][2]
            k += 1
        elif k < len(words) and words[k][0][0].isupper() and words[k][0].lower().endswith("ans"):
            subject, end = words[k][0], words[k][2]  # "thousands of Venezuelans"
            k += 1
        if k == len(words) and subject is not None:
            aside = _ASIDE.match(s.text[end:])
            if aside:
                words, k = _words_after(s.text, end + aside.end(), 14), 0
        rest = " " + " ".join(w[0].lower() for w in words[k:]) + " "
        verb_zone = _VERB_ZONE.match(rest)
        tail = rest[verb_zone.end() - 1 :] if verb_zone else rest
        for kind in PEOPLE_KINDS:
            if any(
                tail.startswith(f" {v} ")
                or (tail.startswith(f" {v}") and tail[len(v) + 1 :].startswith(" "))
                for v in K.KIND_VERBS[kind]
            ):
                if kind is Kind.DISPLACED and subject in K.CUSTODY_NOUNS:
                    yield _found(q, Kind.COUNT, end, "people", subject)
                    break
                yield _found(
                    q,
                    kind,
                    end,
                    "people",
                    _subject_in(s.text[q.span.start : q.span.end + 60]) or subject,
                )
                break


# Auxiliaries and adverbs between a counted subject and its verb.
_VERB_ZONE = re.compile(
    r"\s(?:(?:have|has|had|were|was|are|is|been|being|so|far|reportedly|also|now|already|since|who|that|still|all|had|later|then|allegedly|remain|remained|remains|slightly|seriously|critically|badly|severely|lightly)\s)*"
)
# An aside between a counted subject and its verb: ", including six children,".
_ASIDE = re.compile(r"\s*,\s*(?:including|among them|most of them|many of them)\b[^,;.]{1,60},")


_BEFORE_FILL = r"(?:\s+(?:has|have|had|rose|risen|climbed|jumped|increased|reached|stood|stands|stand|is|was|were|of|at|to|now|hit|surpassed|passed|some|an|estimated|the|a|total|least|more|than|over|about|nearly|around|almost|roughly|up)){0,4}\s*$"  # noqa: E501


# Per kind: any of its ``K.KIND_BEFORE`` phrases, then filler up to the figure.
_KIND_BEFORE = {
    kind: re.compile(
        r"\b(?:" + "|".join(re.escape(p) for p in K.KIND_BEFORE[kind]) + ")" + _BEFORE_FILL
    )
    for kind in PEOPLE_KINDS
}


def rule_kind_before(s: Sentence) -> Iterable[Found]:
    """What is counted named first: "the arrest of 700 people", "death toll rose to 45", "killing 12"."""  # noqa: E501
    for q in s.quantities:
        if q.unit is not None:
            continue
        before = s.text[max(0, q.span.start - 60) : q.span.start].lower()
        for kind in PEOPLE_KINDS:
            if _KIND_BEFORE[kind].search(before):
                words = _words_after(s.text, q.span.end, 4)
                k = _skip_modifiers(words)
                end = q.span.end
                if k < len(words) and words[k][0].lower() in K.PEOPLE_NOUNS:
                    end = words[k][2]
                elif kind is Kind.DISPLACED and not (
                    k < len(words) and words[k][0].lower() in K.PEOPLE_NOUNS
                ):
                    continue
                yield _found(q, kind, end, "people", _subject_in(s.text[q.span.start : end + 40]))
                break


_TOLL = re.compile(
    r"\b(?P<what>death toll|toll|number of (?:the )?(?P<noun>[a-z-]+(?: [a-z-]+){0,2}))"
    r"\b(?:[^,;.]|\.(?=\d)){0,100}?"
    r"\b(?:rose|risen|climbed|jumped|reached|hit|stood|stands|increased|is|was|at|put|from|"
    r"to|fell|dropped|declined)\b(?:\s+(?:to|at))?\s*$"
)


def rule_toll(s: Sentence) -> Iterable[Found]:
    """A toll given at a distance: "the death toll from the quake has risen to 312".

    "The number of suspected cholera cases has risen to 1,246" counts cases.
    """
    for q in s.quantities:
        if q.unit is not None:
            continue
        m = _TOLL.search(s.text[max(0, q.span.start - 160) : q.span.start])
        if not m:
            continue
        nouns = (m.group("noun") or "dead").split()
        kind = next((k for k in PEOPLE_KINDS for n in nouns if n in K.KIND_NOUNS[k]), None)
        if m.group("what").endswith("toll"):
            kind = Kind.DEATHS
        if kind is not None:
            yield _found(q, kind, q.span.end, "people", _subject_in(m.group(0)))
            continue
        plural = [n for n in nouns if _is_plural_noun(n) and n not in K.MEASURE_NOUNS]
        if plural:
            yield _found(q, Kind.COUNT, q.span.end, plural[-1], plural[-1])


def rule_people_count(s: Sentence) -> Iterable[Found]:
    """Any other count of people: "410,000 people need assistance", "17 truck drivers"."""
    for q in s.quantities:
        if q.unit is not None:
            continue
        words = _words_after(s.text, q.span.end, 4)
        k = _skip_modifiers(words)
        if (
            k < len(words) - 1
            and words[k][0].islower()
            and words[k + 1][0].lower() in K.PEOPLE_NOUNS
        ):
            k += 1  # "17 truck drivers", "60 union members"
        if k < len(words) and words[k][0].lower() in K.PEOPLE_NOUNS:
            noun = words[k][0].lower()
            subject = _subject_in(s.text[q.span.start : words[k][2]]) or noun
            yield _found(q, Kind.COUNT, words[k][2], "people", subject)


_OF_THE_WORD = re.compile(r"\s+of\s+(?:the|these|those|its)\s+\S+\s*")
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
        words = _words_after(s.text, q.span.end, 8)
        m = _OF_THE_WORD.match(s.text[q.span.end :])
        offset = m.end() if m else 0
        if m:
            words = _words_after(s.text, q.span.end + offset, 8)
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
                j = _phrase_at(words, start, phrase)
                if j > 0:
                    hit = (phrase, words[j - 1][2])
                    break
            if hit:
                break
        if hit:
            found = _found(q, Kind.COUNT, hit[1], K.COUNT_UNITS[hit[0]], hit[0].split()[0])
            previous = found
            yield found
        elif previous is not None and _JOINED_TO_PREVIOUS.fullmatch(
            s.text[previous.end : q.span.start]
        ):
            yield _found(q, Kind.COUNT, q.span.end, previous.unit, previous.subject)


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
        words = _words_after(s.text, q.span.end, 10)
        k = 1 if words and words[0][0].lower() == "of" else 0
        k = _skip_modifiers(words, k)
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
            yield _found(q, Kind.COUNT, end, "people", subject)
            continue
        if (crowd_after and (subject or rest.split()[:1] != [""])) or (crowd_before and subject):
            if not crowd_after and not subject:
                continue
            yield _found(
                q,
                Kind.COUNT,
                end,
                "people",
                _subject_in(s.text[q.span.start : end]) or (subject or "").lower() or None,
            )


_PERCENT_SUBJECT = re.compile(
    r"\b(GDP|turnout|inflation|unemployment|poverty|production|approval|support|participation|economy|growth|prices?|turnover|budget|output|revenue|exports?|imports?)\b",
    re.IGNORECASE,
)


def rule_percent(s: Sentence) -> Iterable[Found]:
    """Any other percentage ("GDP has shrunk by 80%"), with a subject where one is named."""
    for q in s.quantities:
        if q.unit in ("percent", "percentage points"):
            m = _PERCENT_SUBJECT.search(s.text[: q.span.start])
            yield _found(q, Kind.PERCENT, q.span.end, q.unit, m.group(1) if m else None)


_EVENT_NOUNS = "|".join(sorted(K.EVENT_NOUNS, key=len, reverse=True))
_EVENT_BEFORE = re.compile(
    rf"(?P<event>(?:(?:[a-z]+-)?(?:presidential|parliamentary|general|local|regional|municipal|legislative|constituent|national|snap|runoff|first|second|final|deadly|magnitude|[\d.]+-magnitude|mass|fatal)\s+)*(?:{_EVENT_NOUNS})(?:\s+(?:for|of|on|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+)?)"
    r"\s+(?:(?:was|were|had|has|been|is|be|held|took|place|happened|occurred|struck|hit|began|started|erupted|broke|out|scheduled|due|set|to|take)\s+){0,4}(?:on|of)\s+$",
)
_EVENT_AFTER = re.compile(
    rf"^(?:’s|'s)?\s*(?:,\s*)?(?:(?:for|of)\s+(?:the\s+)?(?:[a-z]+\s+){{0,3}}?)?(?:presidential\s+|parliamentary\s+|general\s+|local\s+)?(?P<event>{_EVENT_NOUNS})\b"
)


_EVENT_VERB = re.compile(
    r"(?:\b(?P<subject>[a-z][\w’'-]+)\s+)?\b(?P<verb>"
    + "|".join(re.escape(v) for v in sorted(K.EVENT_VERBS, key=len, reverse=True))
    + r")\b(?P<gap>(?:\s+[\w’'-]+){0,6}?)(?:\s+(?:"
    + "|".join(re.escape(w) for w in sorted(K.EVENT_DATE_LEADS, key=len, reverse=True))
    + r"))?\s*$",
    re.IGNORECASE,
)
_NOT_SUBJECTS = frozenset(
    {"the", "a", "an", "that", "which", "who", "and", "or", "but", "to", "be", "been",
     "was", "were", "is", "are", "has", "have", "had", "will", "would", "it", "they"}
)  # fmt: skip


# Words before a bare participle that make it describe people ("those arrested").
_ADJECTIVAL = frozenset({"those", "these", "the", "of", "people", "persons", "anyone"})


_CLAUSE_PUNCTUATION = re.compile(r"[,;:]")


def _event_by_verb(before: str) -> str | None:
    """The event a verb names just before a date: "the mine collapsed on" -> "mine collapsed"."""
    m = _EVENT_VERB.search(before)
    if m is None or _CLAUSE_PUNCTUATION.search(m.group("gap")):
        return None
    verb = m.group("verb").lower()
    written = m.group("subject") or ""
    subject = written.lower() if written[:1].islower() else ""
    if subject in _ADJECTIVAL and " " not in verb:
        return None  # "those arrested on Thursday" names people, not an event
    if subject and subject not in _NOT_SUBJECTS:
        return f"{subject} {verb}"
    return K.EVENT_VERBS[verb] if K.EVENT_VERBS[verb] != "event" else verb


def rule_event_date(s: Sentence) -> Iterable[Found]:
    """A day tied to an event: "the presidential election held on Sunday, July 28"."""
    for d in s.dates:
        if d.range is None:
            continue
        before = s.text[max(0, d.span.start - 80) : d.span.start]
        m = _EVENT_BEFORE.search(before)
        after = _EVENT_AFTER.match(s.text[d.span.end :])
        event = m.group("event") if m else after.group("event") if after else None
        if event is None:
            event = _event_by_verb(before)
        if event is None:
            continue
        value = Interval(low=None, high=None)
        yield Found(
            Kind.EVENT_DATE,
            value,
            Qualifier.EXACT,
            d.span.start,
            d.span.end,
            "date",
            None,
            event.lower() if not any(c.isupper() for c in event[1:]) else event,
            d.range,
        )


# Words that end a noun phrase: a counted noun's modifiers never include them.
_PHRASE_STOPS = frozenset(
    {
        "of", "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for", "with",
        "by", "from", "into", "were", "was", "are", "is", "be", "been", "had", "have", "has",
        "will", "would", "could", "may", "might", "who", "that", "which", "than", "per",
        "each", "more", "other", "this", "these", "those", "their", "its", "not", "no",
    }
)  # fmt: skip


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    if low in K.IRREGULAR_PLURALS:
        return True
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
        and low not in K.NOT_PLURAL_NOUNS
        and _LOWER_WORD.fullmatch(low) is not None
    )


def _plural_head(words: Words, k: int = 0) -> int | None:
    """Index of the plural noun heading ``words[k:]``: up to three lower-case modifiers first."""
    for j in range(k, min(len(words), k + 4)):
        word = words[j][0]
        if not word[:1].islower() or not _LOWER_WORD.fullmatch(word):
            return None
        if _is_plural_noun(word):
            return j
        if word in _PHRASE_STOPS:
            return None
    return None


def _in_quotation(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
_PARTITIVE_OF_THE = re.compile(r"[\d\w]\s+of\s+the\s+$", re.IGNORECASE)
_SPREAD = re.compile(r"\b(?:across|throughout|among|between|into)\s+$", re.IGNORECASE)


def rule_counted_noun(s: Sentence) -> Iterable[Found]:
    """A figure counting a concrete plural noun: "17 contractors", "two patrol vessels".

    The noun is recorded as the unit.  A definite group ("the three main
    crossing points") names a set already known, a spread ("across three
    provinces") says where, measures ("40 metres") are not counts, and a
    figure inside a quotation is speech, often hypothetical: none is
    recorded.  "48 of the 73 drones" records the 73.
    """
    for q in s.quantities:
        if q.unit is not None or q.value.low == 1:
            continue
        before = s.text[: q.span.start]
        if _DEFINITE.search(before) and not _PARTITIVE_OF_THE.search(before):
            continue
        if _SPREAD.search(before) or _in_quotation(s.text, q.span.start):
            continue
        words = _words_after(s.text, q.span.end, 6)
        head = _plural_head(words)
        if head is None:
            continue
        noun = words[head][0].lower()
        if noun in K.MEASURE_NOUNS:
            continue
        yield _found(q, Kind.COUNT, words[head][2], noun, noun)


_PARTITIVE = re.compile(
    r"\s+of\s+(?:them|whom|(?:those|these)(?!\s+(?:\d|[a-z]+\s+[a-z]+s\b))|the\s+(?P<total>\d[\d,.]*|[a-z-]+))\b"
)


def rule_partitive(s: Sentence) -> Iterable[Found]:
    """Part of a group: "Ninety-one of them", "31 of those arrested", "48 of the 73 drones".

    The part is a count of its own; a grade of the injured ("two of them
    seriously") is not.
    """
    for q in s.quantities:
        if q.unit is not None:
            continue
        m = _PARTITIVE.match(s.text[q.span.end :])
        if m is None:
            continue
        unit = "people"
        if m.group("total"):
            words = _words_after(s.text, q.span.end + m.end(), 5)
            head = _plural_head(words)
            if head is None or not any(
                t.span.start == q.span.end + m.start("total") for t in s.quantities
            ):
                continue
            unit = words[head][0].lower()
            if " ".join(w[0].lower() for w in words[: head + 1]) in K.COUNT_UNITS:
                continue  # "71 of the 150 seats": read whole by rule_count_unit
        after = {w[0].lower() for w in _words_after(s.text, q.span.end + m.end(), 5)}
        if after & K.SEVERITY_WORDS:
            continue
        yield _found(q, Kind.COUNT, q.span.end, unit, None)


_SPLIT_VOTE = re.compile(
    r"\bby\s+(?P<a>[\d.]+\s*(?:%|percent|per cent))\s+to\s+(?P<b>[\d.]+\s*(?:%|percent|per cent))"
)


_SPLIT_VOTE_CONTEXT = re.compile(
    r"\b(?:vote|votes|voted|voters|voting|ballot|ballots|referendum|election|approved|"
    r"rejected|passed|elected|won)\b"
)


def rule_split_vote(s: Sentence) -> Iterable[Found]:
    """A vote won "by 58.3 percent to 41.7 percent": both are shares of the vote."""
    if not _SPLIT_VOTE_CONTEXT.search(s.text.lower()):
        return
    for m in _SPLIT_VOTE.finditer(s.text):
        for g in ("a", "b"):
            q = next((q for q in s.quantities if q.span.start == m.start(g)), None)
            if q is not None and q.unit == "percent":
                yield _found(q, Kind.VOTE_SHARE, q.span.end, "percent")


# Kinds a later bare figure can take over from the figure it refers back to.
_REFERABLE = (*PEOPLE_KINDS, Kind.COUNT, Kind.VOTES)
_NOT_ELLIPSIS = re.compile(
    r"\b(?:instead of|rather than|not|aged|age|ages|than|of|per|in|from|to|by|between)\s+$",
    re.IGNORECASE,
)
_ELLIPSIS_AFTER = re.compile(
    r"^(?:\s*(?:[.,;:]|$)|\s+(?:would|will|could|might|should)\b|\s+[a-z]+ed\b(?!\s+by\b))"
)
_LOCATIVE = re.compile(r"\b(?:in|at|across|into|on|throughout|near)\s+$", re.IGNORECASE)
_MORE = re.compile(r"^\s+(?:more|others|further)\b(?!\s+than)")
_AND_BEFORE = re.compile(r"\band\s+$")
_INCLUDING = re.compile(r"\b(?:including|among them)\s+$", re.IGNORECASE)
_THE_FIGURE = re.compile(
    r"\b(?:put|puts|putting|placed|places)\s+the\s+(?:figure|number|total|tally|count)\s+at\s+$"
    r"|\bthe\s+(?:figure|number|total|tally|count)\s+(?:stood|stands|was|is|rose|reached|"
    r"climbed|has risen|had risen)\s+(?:at\s+|to\s+)?$",
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
    out = list(accepted)
    for q in s.quantities:
        if q.unit is not None:
            continue
        mine = next((f for f in out if f.start <= q.span.start < f.end), None)
        before = s.text[: q.span.start]
        after = s.text[q.span.end :]
        earlier = [
            f for f in out if f.end <= q.span.start and f.kind in _REFERABLE and f.unit != "percent"
        ]
        if mine is not None:
            if _INCLUDING.search(before) and mine.kind is Kind.COUNT:
                head = next((f for f in reversed(earlier) if f.kind in PEOPLE_KINDS), None)
                if head is not None:
                    out[out.index(mine)] = _retyped(mine, head.kind)
            continue
        more = _MORE.match(after)
        if more and _AND_BEFORE.search(before) and earlier:
            head = earlier[-1]
            out.append(_like(q, head, q.span.end + more.end()))
            continue
        if _THE_FIGURE.search(before):
            head = earlier[-1] if earlier else previous
            if head is not None and head.kind in _REFERABLE:
                out.append(_like(q, head, q.span.end))
            continue
        if _NOT_ELLIPSIS.search(before):
            continue
        if not _ELLIPSIS_AFTER.match(after) or _in_quotation(s.text, q.span.start):
            continue
        plain = [f for f in earlier if not _LOCATIVE.search(s.text[: f.start])]
        head = plain[-1] if plain else previous if not earlier else None
        if head is not None and head.kind in _REFERABLE:
            out.append(_like(q, head, q.span.end))
    return sorted(out, key=lambda f: (f.start, f.end))


def _like(q: Quantity, head: Found, end: int) -> Found:
    return Found(head.kind, q.value, q.qualifier, q.span.start, end, head.unit, head.subject)


def _retyped(found: Found, kind: Kind) -> Found:
    return Found(
        kind, found.value, found.qualifier, found.start, found.end, found.unit, found.subject
    )
