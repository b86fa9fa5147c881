"""The rule for event dates: a day tied to what happened on it ("the election held on Sunday")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier import kinds as K
from dossier.model import Interval, Kind, Qualifier
from dossier.rules import Found, Sentence

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
