"""What the rules share: the sentence they read, the verdict they give, word helpers.

Each rule reads one ``Sentence`` (its text, the figures ``numbers`` found in
it and its dates) and yields a ``Found`` for every figure it recognises:
the kind, the value, the quote's offsets, the unit and the subject.  Rules
are pure functions, kept by what they count: ``rules_people`` (deaths,
injuries, arrests, disappearances, displaced and crowds), ``rules_votes``,
``rules_counts`` (money, percentages and other counted things) and
``rules_events`` (event dates); ``rules_refer`` gives bare figures the kind
of one named before them.  ``extractor.RULES`` orders them, and the first
rule to accept a figure wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from dossier import kinds as K
from dossier.dates import DateMention
from dossier.model import DateRange, Interval, Kind, Qualifier, Quantity, Span

PEOPLE_KINDS = (Kind.DEATHS, Kind.INJURIES, Kind.ARRESTS, Kind.DISAPPEARANCES, Kind.DISPLACED)
# A word does not end in an apostrophe: "2 million containers' worth" counts containers.
_WORD = re.compile(r"[A-Za-zÀ-ÿ’'\-]*[A-Za-zÀ-ÿ\-]|\d(?:[\d,.]*\d)?|[^\sA-Za-zÀ-ÿ\d]")
_CLOSING_QUOTES = frozenset({"”", '"'})
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


def words_after(text: str, pos: int, limit: int = 10) -> Words:
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
        if word in _CLOSING_QUOTES and m.start() == pos:
            continue  # a figure quoted on its own: '"around 900" people had been detained'

        out.append((word, m.start(), m.end()))
    return tuple(out)


def phrase_at(words: Words, k: int, phrase: str) -> int:
    parts = phrase.split()
    got = [w[0].lower() for w in words[k : k + len(parts)]]
    return k + len(parts) if got == parts else -1


def make_found(q: Quantity, kind: Kind, end: int, unit: str, subject: str | None = None) -> Found:
    return Found(kind, q.value, q.qualifier, q.span.start, max(end, q.span.end), unit, subject)


# Each subject as a whole word; ``_ANY_SUBJECT`` finds whether any is there at all.
_SUBJECT_PATTERNS = tuple(
    (subject, re.compile(rf"\b{re.escape(subject)}\b")) for subject in K.SUBJECTS
)
_ANY_SUBJECT = re.compile(r"\b(?:" + "|".join(map(re.escape, K.SUBJECTS)) + r")\b")


def subject_in(text: str) -> str | None:
    """The first of ``K.SUBJECTS`` (in table order) written in ``text`` as a whole word."""
    low = text.lower()
    if not _ANY_SUBJECT.search(low):
        return None
    for subject, pattern in _SUBJECT_PATTERNS:
        if subject in low and pattern.search(low):
            return subject
    return None


def is_people(word: str) -> bool:
    """A plural for people: listed, or a compound of "-men" ("fishermen", "gunmen")."""
    low = word.lower()
    return (
        low in K.PEOPLE_NOUNS
        or low in K.KINSHIP_NOUNS
        or (low.endswith("men") and len(low) > 4 and word.islower())
    )


def skip_modifiers(words: Words, k: int = 0) -> int:
    while k < len(words) and k < 4 and words[k][0].lower() in K.MODIFIERS:
        k += 1
    return k


_PHRASE_STOPS = frozenset(
    {
        "of", "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for", "with",
        "by", "from", "into", "were", "was", "are", "is", "be", "been", "had", "have", "has",
        "will", "would", "could", "may", "might", "who", "that", "which", "than", "per",
        "each", "more", "other", "this", "these", "those", "their", "its", "not", "no",
        "while", "whereas", "although", "though", "because", "if", "when", "unless",
    }
)  # fmt: skip


# Words that never sit inside a noun phrase between a figure and its noun.
PHRASE_STOPS = _PHRASE_STOPS
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_SUPERLATIVE = re.compile(r"(?:bigg|larg|small|great|high|low|long|old|new|rich|poor|bus)est|most")


def is_plural_noun(word: str) -> bool:
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


def plural_head(words: Words, k: int = 0) -> int | None:
    """Index of the plural noun heading ``words[k:]``: up to three lower-case modifiers first."""
    for j in range(k, min(len(words), k + 4)):
        word = words[j][0]
        if not word[:1].islower() or not _LOWER_WORD.fullmatch(word):
            return None
        if j == k and _SUPERLATIVE.fullmatch(word):
            return None  # "the three biggest federations": a rank, not a count
        if word in K.PEOPLE_NOUNS and not is_plural_noun(word):
            if j + 1 < len(words) and words[j + 1][0] in K.ANIMAL_NOUNS:
                continue  # "three police horses": people name whose animals they are
            return None  # "a handful of people suffered cuts": people head the phrase
        if is_plural_noun(word):
            return j
        if word in _PHRASE_STOPS:
            return None
    return None


# A figure told per so many of something is a rate, not a count: "1.9 injuries per million
# hours", "two people in every 10,000 die each day", "one for every 1,000 residents".
A_RATE_PER = re.compile(
    r"\s+(?:per|(?:for|in|out\s+of)\s+every)\s+"
    r"(?:\d[\d,]*|a|one|ten|hundred|thousand|million|capita)\b"
)

# The base of such a rate: "one doctor for every 5,000 residents".
A_RATE_BASE = re.compile(r"\b(?:per|(?:for|in|out\s+of)\s+every)\s+$", re.IGNORECASE)


# A rank, not a count: "the top 10 companies", "its bottom five schools".
_A_RANK_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|a)\s+(?:top|bottom)\s+$", re.I)


def a_rank(text: str, start: int) -> bool:
    """Whether the figure at ``start`` ranks ("the top 10 companies") rather than counts."""
    return _A_RANK_BEFORE.search(text, max(0, start - 12), start) is not None


# A line of a box of figures: the figure, a colon, then what it counts ("- 17: people who
# have died of heat-related illness", "62: villages supplied by tanker").
_FIGURE_THEN_COLON = re.compile(
    r"^\s*(?:[-*•–]\s*)?(?P<figure>[^:]{0,30}?\d[^:]{0,20}?)\s*:\s+(?=[a-z])"
)


def figure_line(s: Sentence) -> Sentence:
    """``s`` with the colon after a line's opening figure read as a space, so that what the
    figure counts follows it as in prose; any other sentence unchanged (same offsets)."""
    m = _FIGURE_THEN_COLON.match(s.text)
    if m is None or not any(q.span.end == m.end("figure") for q in s.quantities):
        return s
    colon = s.text.index(":", m.end("figure"))
    return replace(s, text=s.text[:colon] + " " + s.text[colon + 1 :])


def in_quotation(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
