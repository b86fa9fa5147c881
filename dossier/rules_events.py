"""The rule for event dates: a day tied to what happened on it ("the election held on Sunday").

An event date records when something notable the story reports happened: an
attack, a disaster, deaths, arrests, a vote, a ruling, a signing, a release.
What ties a date to an event:

- the event named just before the date ("the election held on", "the
  explosion early on", "the Baldia factory fire of 2012"), or as the subject
  of a verb saying it happened ("the earthquake that struck the province on
  Tuesday");
- the event the date names as its possessive ("Monday's air strike",
  "organisers of Saturday's march", "last year's election"), unless the
  sentence looks ahead to it or compares with it;
- the nearest past verb of happening before the date, across an aside set
  off by commas ("police detained 43 people on Thursday", "the camp had been
  built in 2011"), or right after it ("the court on Wednesday convicted");
- a date opening its clause, then what happened ("In 2019 the organiser was
  fined", "On Tuesday, the typhoon made landfall"), or the clause after the
  date telling it ("since this past March 3, when parliament passed the
  decree");
- an event noun with its date set beside it ("the night of the vote, Sunday,
  November 2,"), a state put in place and kept since a date ("have been
  closed since 6 March"), an inquiry that reported ("the inquiry, which
  reported in June 2006") and what a release did "today" on its dateline.

Not events: a plan, a schedule or a deadline ("will reopen on", "are due to
meet in", "have called a rally for Saturday"); the day of a statement or a
publication ("said on Thursday", "results released on Monday", a dateline);
a figure's own date, for a movement or a share ("shares fell 6.1% on
Monday"), a year's tally ("arrested 1,204 people in 2023", "in June alone",
"300 flights were cancelled between Friday and Tuesday") or a toll's update
("found five more bodies on Wednesday"); a state that lasted ("was held in
port for three weeks in March", "schools remained closed on Friday") or a
death only feared; comparisons ("the highest since 2019", "since a peak in
July 2024"), loose periods and everyday doings ("relatives gathered at the
gates on Wednesday").

A verb is read with its subject and its object: a participle standing before
its noun is an adjective ("ran at reduced capacity on Tuesday"); a measured
quantity moving over a month dates a figure ("inflation eased in January");
some verbs tell a happening only with their object ("returned its verdict",
"put into effect") and a publication for an object makes a statement ("sent
an open letter on Friday").  A date told from another one ("May this year",
"two years later", "the following day") reaches the timeline like any other.

"Overnight", "today", "tonight", "this morning", "yesterday" and "tomorrow"
are told from the time of writing, not named for the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier import kinds as K
from dossier.dates import RELATIVE_DAYS, DateMention
from dossier.event_words import (
    ACTS_ON_THINGS,
    AMOUNT_UNITS,
    AVERAGE_WORDS,
    CLAUSE_OPENERS,
    CONTINUING_WORDS,
    DECIDED_AMOUNTS,
    DECISION_PAST,
    DONE_BEFORE_TO,
    DURATION_UNITS,
    FIGURE_LEVELS,
    HAPPENING_OBJECTS,
    HAPPENING_PHRASES,
    HARM_PAST,
    HELD_PROTESTS,
    HOLIDAYS,
    INQUIRY_NOUNS,
    INTENT_NOUNS,
    INTRANSITIVE_PAST,
    IRREGULAR_PAST,
    LEADING_PARTICIPLES,
    LEVEL_PAST,
    LOOKING_AHEAD,
    MEASURE_WORDS,
    MEASURED_NOUNS,
    MORE_EVENT_NOUNS,
    MOVEMENT_PAST,
    NOT_HAPPENING_PAST,
    PASSIVE_EVENT_PARTICIPLES,
    PLACE_COMPOUNDS,
    PUBLICATION_NOUNS,
    PUBLISHING_PAST,
    RECORD_KEEPING,
    REPORTING_VERBS,
    SERVED_PAPERS,
    SETTING_PREPOSITIONS,
    SPEECH_ACTS,
    SPEECH_INFINITIVES,
    STARTED_STATES,
    STATE_KEEPING,
    SUPPOSED_WORDS,
    TERM_VERBS,
    TO_AFTER_PARTICIPLES,
    TO_RECIPIENTS,
)
from dossier.model import Interval, Kind, Qualifier, Quantity
from dossier.rules import (
    Found,
    Sentence,
    is_people,
    plural_head,
    skip_modifiers,
    words_after,
)


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases as one regular-expression alternation, longest first, spaces flexible."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


_EVENT_NOUNS = _alternation(K.EVENT_NOUNS)
_HAPPENING = _alternation(K.EVENT_HAPPENING_VERBS)
_EVENT_MODIFIERS = (
    r"(?:(?:[a-z]+-)?(?:presidential|parliamentary|general|local|regional|municipal|legislative"
    r"|constituent|national|snap|runoff|first|second|final|deadly|magnitude|[\d.]+-magnitude"
    r"|mass|fatal)\s+)*"
)
# Leads a noun takes before its date ("talks scheduled for"): not "by" (a deadline), "from", "in".
_NOUN_LEADS = _alternation(
    [lead for lead in K.EVENT_DATE_LEADS if lead not in ("by", "from", "in")] + ["of", "for"]
)
_FILLER = (
    r"(?:was|were|had|has|been|is|be|held|took|place|happened|occurred|struck|hit|began"
    r"|started|erupted|broke|out|scheduled|due|set|to|take|will|expected|are)"
)
# An event noun, then (read from just after it) a name, auxiliaries and a lead
# up to the date: "the vote for the Constituent Assembly took place on".
_ANY_EVENT_NOUN = re.compile(rf"\b(?i:{_EVENT_NOUNS})\b")
_EVENT_TAIL = re.compile(
    rf"(?P<named>\s+(?:for|of|on|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+"
    rf"|\s+(?:on|at|against)\s+(?:the|a)\s+[a-z][\w’'-]*)?"
    rf"\s+(?:(?:{_FILLER}\s+){{0,4}}(?:{_NOUN_LEADS})"
    rf"|(?:{_FILLER}\s+){{0,3}}(?:{_HAPPENING}))\s+"
)
_MODIFIERS_BEFORE = re.compile(rf"(?i:{_EVENT_MODIFIERS})$")
# The event as the subject of a clause, its verb, and no clause break up to the date.
_EVENT_SUBJECT = re.compile(
    rf"(?:(?:^|[,;:—–]\s*|\b(?:when|after|as|before|while|and)\s+)"
    rf"(?:(?:a|an|the|its|this)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<event>{_EVENT_NOUNS})\s+"
    rf"|\b(?P<relative>{_EVENT_NOUNS}),?\s+(?:that|which)\s+)"
    rf"(?:{_HAPPENING})\b[^,;:—–()“”\"]*$",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(
    r"^(?:’s|'s)?\s*(?P<purpose>(?:for|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?)?"
    rf"{_EVENT_MODIFIERS}(?P<event>{_EVENT_NOUNS})\b"
)
_HAPPENED_AFTER = re.compile(rf"^\s+(?:{_HAPPENING})\b")
# Verbs that report an event's outcome with it as their object: "won Sunday's election".
_OUTCOME_VERBS = ("won", "lost", "wins", "loses", "swept", "topped")
# Words telling that the event is over: "after Sunday's election", "following Monday's blast".
_OVER_WORDS = ("after", "following")
_PLACED_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted((*K.EVENT_PLACING_WORDS, *_OUTCOME_VERBS, *_OVER_WORDS)))
    + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_ANY_EVENT_VERB = re.compile(r"\b(?:" + _alternation(K.EVENT_VERBS) + r")\b", re.IGNORECASE)
_EVENT_VERB = re.compile(
    r"(?:\b(?P<subject>[a-z][\w’'-]+)\s+)?\b(?P<verb>"
    + _alternation(K.EVENT_VERBS)
    + r")\b(?P<gap>(?:\s+[£$€]?[\w’'-]+(?:\.\d+[a-z]*)?){0,6}?)(?:\s+(?:"
    + _alternation(K.EVENT_DATE_LEADS)
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
# Words for a day told from the time of writing: a story's "now", not a day for the timeline.
_NO_SINGLE_DAY = frozenset({"overnight", *RELATIVE_DAYS})


def _counts_a_noun(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts a noun ("four people", "12 homes")."""
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    return plural_head(words, k) is not None or (k < len(words) and is_people(words[k][0]))


def _dates_a_figure(
    s: Sentence,
    d: DateMention,
    verb: str,
    start: int,
    end: int | None = None,
    *,
    year_tally: bool = True,
) -> bool:
    """Whether a figure after an event's verb makes the date the figure's, not the event's.

    A figure's movement or share ("shares fell 6.1% on Monday", "won 38% in
    2021") and a year's tally of people ("police arrested 1,204 people in
    2023") are figures with a date; an arrest, a release or a fine on a day
    or in a month is an event ("police detained 43 people on Thursday",
    "the firm was fined £340,000 in March").
    """
    end = d.span.start if end is None else end
    if _BODIES.search(s.text, start, end):
        return True  # "rescuers pulled more bodies from the mud on Tuesday": a toll's day
    particle = _NEXT_WORD.match(s.text, start)
    if particle is not None and f"{verb} {particle.group(1)}" in MOVEMENT_PAST:
        verb = f"{verb} {particle.group(1)}"  # "paid out £2 million in claims in 2023"
    for q in s.quantities:
        if not start <= q.span.start < end:
            continue
        if _AVERAGE.search(s.text, start, q.span.start):
            return True  # "paid an average of £4.20 for a loaf in June": a statistic
        if q.unit == "percent" and verb not in DECISION_PAST:
            return True  # "shares fell 6.1%"; not "the bank raised its rate by 1.5 points"
        if verb in ACTS_ON_THINGS and _object_count(s, start, q):
            continue  # "authorities closed 14 primary schools on May 13": a closure
        if verb in MOVEMENT_PAST and not _a_measure(s.text, q.span.end):
            return True
        if year_tally and _a_year(d) and _counts_people(s.text, q.span.end):
            return True
        if _counts_the_dead(s.text, q.span.end):
            return True  # "rescuers found five more bodies on Wednesday": a toll's day
    return False


_AVERAGE = re.compile(r"\b(?:" + _alternation(AVERAGE_WORDS) + r")\b", re.IGNORECASE)
_OBJECT_GAP = re.compile(r"\s+(?:(?:a|an|the|its|their|some|about|nearly|more\s+than)\s+)*$")


def _object_count(s: Sentence, verb_end: int, q: Quantity) -> bool:
    """Whether a figure right after a verb counts the things it acts on ("closed 14 schools").

    Not a level after a preposition: "the index closed at 7,412 points".
    """
    gap = _OBJECT_GAP.fullmatch(s.text, verb_end, q.span.start) or verb_end == q.span.start
    return bool(gap) and _counts_a_noun(s.text, q.span.end)


_BODIES = re.compile(r"\b(?:bodies|corpses|remains of)\b", re.IGNORECASE)
_THE_DEAD = frozenset({"bodies", "body", "remains", "dead", "corpses", "victims", "deaths"})


def _counts_the_dead(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts bodies ("three more bodies")."""
    words = words_after(text, end, 3)
    return any(word.lower() in _THE_DEAD for word, _, _ in words[:3])


def _a_measure(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a distance ("150 feet", "four metres")."""
    words = words_after(text, end, 1)
    return bool(words) and words[0][0].lower() in MEASURE_WORDS


def _an_amount(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is an amount ("9,000 hectares", "40 tonnes")."""
    words = words_after(text, end, 1)
    return bool(words) and words[0][0].lower() in AMOUNT_UNITS


def _subject_of(text: str, figure_end: int, verb: int) -> bool:
    """Whether a figure is in the subject of the verb at ``verb``: no verb or clause between.

    "jade worth $12bn was extracted" is; "the firm was fined £340,000 after
    a worker lost his hand" is not the subject of "lost".
    """
    for m in _WORD.finditer(text, figure_end, verb):
        word = m.group(0).lower()
        if word in CLAUSE_OPENERS or (word not in _COPULAS and _past_form(word)):
            return False
    return True


def _a_tally(s: Sentence, d: DateMention, verb: str, start: int, end: int) -> bool:
    """Whether a counted subject makes a month's or a year's verb a tally.

    "11 people died on the network in 2024" and "1.8 million passengers
    crossed it in 2023" count over the period; "two managers were convicted
    in 2021" are the people of one event.
    """
    if d.has_day and (d.range is None or (d.range.end - d.range.start).days < _FEW_DAYS):
        return False  # "two children died on October 11 and 13": deaths of a few named days
    for q in s.quantities:
        if not start <= q.span.start < end or not _subject_of(s.text, q.span.end, end):
            continue  # "has pulled 2,300 people from the water since it began work in March"
        if _HYPHENED.search(s.text, q.span.start, q.span.end):
            continue  # "a 22-million-euro flood scheme was shelved": a modifier, no tally
        big = q.value.low is not None and q.value.low >= _TALLY_FLOOR
        if (big and _counts_people(s.text, q.span.end)) or q.unit == "percent":
            return True
        if q.unit is not None or _an_amount(s.text, q.span.end):
            return True  # "exports worth $2bn went", "9,000 hectares were irrigated last year"
        if verb in HARM_PAST and _counts_a_noun(s.text, q.span.end):
            return True
    return False


_TALLY_FLOOR = 50
# A span of named days shorter than this tells one episode, not a period's tally.
_FEW_DAYS = 7
# A figure joined to its unit by hyphens describes the noun after it: "a 22-million-euro
# scheme", "a 40-tonne truck".
_HYPHENED = re.compile(r"\d-[a-z]|[a-z]-[a-z]", re.IGNORECASE)


def _a_year(d: DateMention) -> bool:
    """Whether a date is a whole year or longer ("2023", "last year")."""
    return d.range is not None and (d.range.end - d.range.start).days >= 360


def _counts_people(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts people ("1,204 people", "12 soldiers")."""
    words = words_after(text, end, 4)
    k = skip_modifiers(words)
    return k < len(words) and is_people(words[k][0])


def _event_by_verb(s: Sentence, d: DateMention, start: int) -> str | None:
    """The event a verb names just before a date: "the mine collapsed on" -> "mine collapsed"."""
    before = s.text[start : d.span.start]
    m = _EVENT_VERB.search(before) if _ANY_EVENT_VERB.search(before) else None
    if m is None or _CLAUSE_PUNCTUATION.search(m.group("gap")):
        return None
    verb = " ".join(m.group("verb").lower().split())
    if _dates_a_figure(s, d, verb.split()[-1], start + m.end("verb")):
        return None  # "arrested 1,204 people in 2023": a year's tally
    if _lasted(s.text, verb.split()[-1], start + m.end("verb"), d.span.start):
        return None  # "the road was closed for six hours on Friday"
    if _supposed(s.text, start + m.start("verb")):
        return None  # "schools remained closed on Friday", "feared killed on Monday"
    written = m.group("subject") or ""
    subject = written.lower() if written[:1].islower() else ""
    if verb == "broke out" and written.lower() not in _NOT_SUBJECTS and not subject:
        subject = written.lower()  # "Fighting broke out": what broke out, opening the sentence
    if written.lower() in _ADJECTIVAL and " " not in verb:
        return None  # "those arrested on Thursday" names people, not an event
    if subject and subject not in _NOT_SUBJECTS and not subject.endswith("ly"):
        return f"{subject} {verb}"  # not an adverb: "narrowly approved" is an approval
    return K.EVENT_VERBS[verb] if K.EVENT_VERBS[verb] != "event" else verb


def _event_named_after(s: Sentence, d: DateMention) -> str | None:
    """The event named after a day: "on December 1 for the talks", "in Tuesday's election"."""
    m = _EVENT_AFTER.match(s.text[d.span.end :])
    if m is None:
        return _possessive_event(s, d)
    if m.group("purpose"):
        return m.group("event")
    placed = _PLACED_BEFORE.search(s.text[: d.span.start])
    happened = _HAPPENED_AFTER.match(s.text[d.span.end + m.end() :])
    return m.group("event") if placed or happened else _possessive_event(s, d)


# A date as an event's possessive: "Monday's air strike", "last year's presidential
# election", "Saturday night's National Cup final".
_POSSESSIVE_EVENT = re.compile(
    r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}?(?P<event>(?i:"
    + _alternation({*K.EVENT_NOUNS, *MORE_EVENT_NOUNS})
    + r"))\b"
)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|until|till|for)\s+$", re.IGNORECASE)


def _possessive_event(s: Sentence, d: DateMention) -> str | None:
    """The event a date names as its possessive, unless it is still to come ("ahead of")."""
    m = _POSSESSIVE_EVENT.match(s.text, d.span.end)
    if m is None or _AHEAD_OF.search(s.text, max(0, d.span.start - 12), d.span.start):
        return None
    if _COMPARING.search(s.text, _clause_before(s, d), d.span.start):
        return None  # "a third more than at last year's final"
    return m.group("event")


def _event_named_before(before: str) -> str | None:
    """The event named just before a date, with its modifiers: "the deadly quake struck on"."""
    for noun in _ANY_EVENT_NOUN.finditer(before):
        tail = _EVENT_TAIL.fullmatch(before, noun.end())
        if tail is None or _names_a_place(before, noun.start(), noun.group(0)):
            continue
        modifiers = _MODIFIERS_BEFORE.search(before, max(0, noun.start() - 60), noun.start())
        start = modifiers.start() if modifiers else noun.start()
        return before[start : tail.end("named") if tail.group("named") else noun.end()]
    return None


def _names_a_place(text: str, start: int, noun: str) -> bool:
    """Whether an event noun ends a compound naming a place or a body ("stock exchange")."""
    before = _WORD_JUST_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and f"{before.group(1)} {noun.lower()}" in PLACE_COMPOUNDS


# "It was 3 November 1986, and an explosion had ripped through": the day a story opens on.
_IT_WAS = re.compile(
    r"(?:^|[.;:]\s+)(?:it|this|that)\s+was\s+(?:the\s+(?:morning|afternoon|evening|night)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
# "..., when parliament passed the decree", "... as fighting broke out": the clause
# after a day that says what happened on it.  After "when" any verb in the past
# will do; after "as", which also joins what merely went on, only a verb of happening.
_PAST = r"[a-z]+ed|" + "|".join(sorted(K.IRREGULAR_PAST | IRREGULAR_PAST, key=len, reverse=True))
_WHEN_AFTER = re.compile(
    r",?\s+when\s+(?P<event>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,7}?(?:"
    + _PAST
    + r")(?:\s+(?:the|a|an|its|their))?(?:\s+[a-z][\w’'-]*){0,2})\b"
    r"|\s+as\s+(?P<happened>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?(?:"
    + _HAPPENING
    + r"|returned|ruled|convicted|acquitted|sentenced|voted|approved|passed))\b"
)
# "have called another rally for", "has balloted for a further 10 days of action in":
# what was called for is still to come.
_CALLED_FOR = re.compile(
    r"\b(?:called|calling|calls|balloted|booked|appealed|appealing|appeals)\b"
    r"(?:\s+[\w’'-]+){0,6}?\s+for\b",
    re.IGNORECASE,
)
# "is to be sworn in on", "plans to return to the village in June".
_TO_BE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+to|(?:plans?|planning|planned|intends?|aims?|hopes?|wants?)"
    r"\s+to)\s+(?!(?:the|a|an|his|her|their|its|"
    + _alternation(TO_RECIPIENTS)
    + r")\b)(?:be\s+)?[a-z]+\b",
    re.IGNORECASE,
)


def _it_was(s: Sentence, d: DateMention) -> str | None:
    """The event a sentence opening "It was <day>" goes on to name."""
    if not _IT_WAS.search(s.text, max(0, d.span.start - 50), d.span.start):
        return None
    noun = _ANY_EVENT_NOUN.search(s.text, d.span.end)
    return noun.group(0) if noun else None


# A day opening the sentence: "On Tuesday, the typhoon made landfall near the port."
_OPENING = re.compile(
    r"\s*(?:(?:early|late)\s+)?(?:on\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?",
    re.IGNORECASE,
)
_CLAUSE_AFTER = re.compile(r",\s+(?P<clause>[^,;:—–()“”\"]{3,120})")


def _opening_day(s: Sentence, d: DateMention) -> str | None:
    """The event of the main clause after a day that opens the sentence ("On Tuesday, ...")."""
    if _OPENING.fullmatch(s.text, _after_dateline(s.text), d.span.start) is None:
        return None
    after = _CLAUSE_AFTER.match(s.text, d.span.end)
    if after is None:
        return None
    clause = after.group("clause")
    happened = _EVENT_SUBJECT.search(clause)
    if happened is not None:
        return happened.group("event") or happened.group("relative")
    verb = _ANY_EVENT_VERB.search(clause)
    if verb is None:
        return None
    word = " ".join(verb.group(0).lower().split())
    if _dates_a_figure(s, d, word.split()[-1], after.start("clause") + verb.end(), len(s.text)):
        return None
    return K.EVENT_VERBS.get(" ".join(verb.group(0).lower().split()))


_CLAUSE_OR_AND = re.compile(r"[.;:—–“”\"(),]|\s(?:and|but)\s")


def _event_in_clause_after(s: Sentence, d: DateMention) -> str | None:
    """What happened on a day, told by the clause after it: "March 3, when parliament passed".

    A verb of speech or tally there tells of a figure, not an event ("2016,
    when the agency counted 3,104 dead").
    """
    m = _WHEN_AFTER.match(s.text, d.span.end)
    if m is None:
        return None
    if m.group("happened"):
        return m.group("happened")  # "as fighting broke out", "as the jury returned"
    event = m.group("event")
    if any(word in NOT_HAPPENING_PAST for word in event.lower().split()):
        return None
    clause = _CLAUSE_OR_AND.search(s.text, m.end("event") - 1)
    end = clause.start() if clause else len(s.text)
    if _DURATION.search(s.text, m.start("event"), end):
        return None  # "since 2020, when clinics were closed for several months": a state
    if _share_or_movement(s, m.start("event"), end):
        return None  # "since 2013, when it won 4.9%": the share is dated, not an event
    return event


def _share_or_movement(s: Sentence, start: int, end: int) -> bool:
    """Whether a clause tells a share or a figure's movement ("won 4.9%", "fell 12%")."""
    return any(start <= q.span.start < end and q.unit == "percent" for q in s.quantities)


# A verb of speech governing the date: the day of a statement ("the service said on
# Thursday morning as teams began searching", "declared Friday a day of mourning").
_SAID_BEFORE = re.compile(
    r"\b(?:said|told|announced|reported|stated|added|confirmed|warned|wrote|tweeted|posted"
    r"|declared|estimated|disclosed|revealed)\s+(?:(?:late|early)\s+)?(?:(?:on|in|at)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _statement_day(s: Sentence, d: DateMention) -> bool:
    """Whether a verb of speech in the active voice governs the date ("said on Thursday").

    In the passive it tells an event ("the outbreak was declared on July 24").
    """
    said = _SAID_BEFORE.search(s.text, max(0, d.span.start - 40), d.span.start)
    return said is not None and not _PASSIVE_BEFORE.search(s.text, 0, said.start())


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)


# Rejecting or disputing what others said is a statement, not a ruling or a vote:
# "the minister rejected the report on Tuesday evening".
_ANSWER_TO_WORDS = re.compile(
    r"\b(?:rejected|dismissed|disputed|contested|questioned)\s+(?:the|a|an|these|those|its|their"
    r"|his|her)?\s*(?:[\w’'-]+\s+){0,2}?(?:report|reports|claim|claims|allegation|allegations"
    r"|accusation|accusations|findings|figures|criticism|account|estimate|estimates)\b",
    re.IGNORECASE,
)


def _answer_to_words(s: Sentence, d: DateMention) -> bool:
    """Whether the clause before a date answers what others said ("rejected the report")."""
    return bool(_ANSWER_TO_WORDS.search(s.text, _clause_before(s, d), d.span.start))


# A dateline: "Geneva / Port Solano, 23 June 2021 - Security forces ...".
_DATELINE_BEFORE = re.compile(r"^\W*(?:[A-Z][\w’'.-]*[\s/,]*){1,6},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[-—–]\s")


def _dateline(s: Sentence, d: DateMention) -> bool:
    """Whether a date is the dateline a release or a wire story opens on."""
    return bool(
        _DATELINE_AFTER.match(s.text, d.span.end)
        and _DATELINE_BEFORE.search(s.text[: d.span.start])
    )


def _dated_between(s: Sentence, start: int, d: DateMention) -> bool:
    """Whether another date sits between an event's mention and ``d``: the event has its own.

    "the fire that swept the camp on Tuesday ... spent a second night in the
    open on Wednesday": the fire is Tuesday's, not Wednesday's.  A date that
    is a bound or a purpose dates nothing ("presented the budget for 2025 to
    parliament on Tuesday").
    """
    return any(
        start <= o.span.start
        and o.span.end <= d.span.start
        and not _NOT_EVENT_LEAD.search(s.text, max(0, o.span.start - 40), o.span.start)
        for o in s.dates
    )


def _looks_ahead(s: Sentence, d: DateMention) -> bool:
    """Whether the clause before a date tells a plan, a schedule or a deadline.

    "will reopen on January 13", "are due to meet in Geneva on", "the new
    assembly meets for the first time on", "have called a rally for
    Saturday": still to come when the story was written, so no event date.
    A clause opening between the plan word and the date tells something
    else ("would not say whether the bus was speeding when it crashed on").
    """
    start = _continued_clause(s, _clause_before(s, d))
    words = [w.group(0).lower() for w in _WORD.finditer(s.text, start, d.span.start)]
    for word in reversed(words):
        if word in CLAUSE_OPENERS:
            break
        if word in LOOKING_AHEAD:
            return True
    clause = s.text[start : d.span.start]
    return bool(_CALLED_FOR.search(clause) or _TO_BE.search(clause))


def _continued_clause(s: Sentence, start: int) -> int:
    """Where a clause starts, taking in the one before when it only goes on with it.

    "will announce 12 strike days, starting with a walkout on April 16": the
    clause after the comma continues the plan told before it.
    """
    first = _WORD.search(s.text, start)
    if start == 0 or first is None or first.group(0).lower() not in CONTINUING_WORDS:
        return start
    return max((m.end() for m in _BACK_STOP.finditer(s.text, 0, start - 1)), default=0)


# A figure's level a date is the other term of: "since a peak in July 2024".
_FIGURE_LEVEL_BEFORE = re.compile(
    r"\bsince\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z-]+\s+)?(?:"
    + _alternation(FIGURE_LEVELS)
    + r")\s+(?:in|on|of|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "alone" after a date: what follows is a tally over it ("in June alone", "On Sunday
# alone the coastguard rescued 212 people"), not "alone in the woods".
_ALONE_AFTER = re.compile(
    r"\s+alone\b(?!\s+(?:in|at|on|with|near|inside|outside|for|to)\b)", re.IGNORECASE
)


_TODAY_DONE = re.compile(
    r"\btoday\s+(?:(?:formally|officially|also|finally)\s+)?(?:(?:was|were)\s+)?([a-z]+)\b"
)


def _done_on_the_dateline(s: Sentence, d: DateMention) -> str | None:
    """What a release says was done "today", the day of its dateline.

    "Dunmarrow, 11 February 2025 - The ministry today launched a campaign":
    the launch is the dateline's day; "today announced" is still a statement.
    """
    if not _dateline(s, d):
        return None
    m = _TODAY_DONE.search(s.text, d.span.end)
    if m is None or not _is_past(m.group(1)) or m.group(1) in PUBLISHING_PAST:
        return None
    return m.group(1)


_SPAN_WORDS = re.compile(r"^(?:between|from)\b|\s(?:and|to|until)\s|[–-]", re.IGNORECASE)


def _a_span_tally(s: Sentence, d: DateMention) -> bool:
    """Whether a span of days or years has a sum or a large count before it: a tally.

    "300 flights were cancelled between Friday and Tuesday", "contracts
    worth 44 million marks that the city awarded between 2016 and 2019";
    a few things of one event keep it ("three graves exhumed between 2019
    and 2021").
    """
    if d.range is None or d.range.start == d.range.end or not _SPAN_WORDS.search(d.text):
        return False
    start = _clause_before(s, d)
    return any(start <= q.span.start < d.span.start and _a_sum_or_many(s, q) for q in s.quantities)


def _a_sum_or_many(s: Sentence, q: Quantity) -> bool:
    """Whether a figure is a sum of money or a count of many things ("3,812 responses")."""
    if q.unit is not None:
        return True
    many = q.value.low is not None and q.value.low >= _TALLY_FLOOR
    return many and _counts_a_noun(s.text, q.span.end)


_BEGAN_RECORDS = re.compile(
    r"\b(?:began|begun|started|first\s+began)\s+(?:"
    + _alternation(RECORD_KEEPING)
    + r")\b[^,;:]*$|\brecords\s+(?:began|started|begin)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)


_SPEECH_SCAN_WORDS = 14
# Words that end the stretch of nouns and prepositions a speech verb reaches a date over.
_VERB_WORDS = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would",
     "can", "could", "may", "might", "must", "should", "did", "do", "does"}
)  # fmt: skip


def _speech_governs(s: Sentence, d: DateMention) -> bool:
    """Whether a verb of speech governs a date across an object and a setting.

    "The president condemned the bombing in a televised address on Tuesday",
    "the mayor said at a vigil in the square on Sunday": between the verb and
    the date there are only nouns and prepositions, so the date is the
    speech's.  A verb of reporting followed by a noun opens the clause it
    reports ("said the explosion at the depot on Monday killed four"), and a
    verb right after the date makes the date part of such a clause.
    """
    after = _VERB_AFTER.match(s.text, d.span.end)
    if after is not None and (_past_form(after.group(1)) or after.group(1) in _VERB_WORDS):
        return False  # "told reporters the raid on Monday had failed"
    words = list(_WORD.finditer(s.text, _clause_before(s, d), d.span.start))
    for i in range(len(words) - 1, max(-1, len(words) - 1 - _SPEECH_SCAN_WORDS), -1):
        m = words[i]
        word = m.group(0).lower()
        if word in SPEECH_ACTS:  # not "blamed the result on the decision in February"
            return i + 1 < len(words) and not _dated_event_noun(words[i + 1 :])
        if word in REPORTING_VERBS:
            nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
            return nxt in SETTING_PREPOSITIONS and i + 2 < len(words)
        if word in _VERB_WORDS or word in CLAUSE_OPENERS or word in _RELATIVES:
            return False
        if m.group(0)[:1].islower() and _past_form(word) and not _attributive(s.text, m):
            return False  # another verb governs: "condemned the men who attacked ... on"
    return False


_DATE_LEAD_WORDS = frozenset({"on", "in", "at", "during", "of", "the", "early", "late"})
_EVENT_NOUN_WORDS = frozenset(
    noun.split()[-1].lower() for noun in {*K.EVENT_NOUNS, *MORE_EVENT_NOUNS}
)


def _dated_event_noun(words: list[re.Match[str]]) -> bool:
    """Whether the noun a date's lead hangs on is an event's ("the decision in February")."""
    for m in reversed(words):
        word = m.group(0).lower()
        if word not in _DATE_LEAD_WORDS:
            return word in _EVENT_NOUN_WORDS
    return False


def _not_a_happening(s: Sentence, d: DateMention) -> bool:
    """Whether a date is a plan's, a statement's, a figure level's or a tally's."""
    clause = s.text[_clause_before(s, d) : d.span.start]
    return (
        _looks_ahead(s, d)
        or _a_span_tally(s, d)
        or bool(_BEGAN_RECORDS.search(clause))
        or _statement_day(s, d)
        or _speech_governs(s, d)
        or _answer_to_words(s, d)
        or _dateline(s, d)
        or bool(_FIGURE_LEVEL_BEFORE.search(s.text, max(0, d.span.start - 50), d.span.start))
        or bool(_ALONE_AFTER.match(s.text, d.span.end))
    )


# A body that reported its findings on a date: "the inquiry, which reported in June 2006".
_FINDINGS_REPORTED = re.compile(
    r"\b(?P<body>"
    + _alternation(INQUIRY_NOUNS)
    + r")(?:,?\s+(?:"
    + _alternation(LEADING_PARTICIPLES)
    + r")\s+by(?:\s+[\w’'.-]+){1,6}?,?)?"  # "chaired by Judge Anna Berg", ", led by X,"
    r"(?:,?\s+(?:which|that))?\s+(?:(?:first|finally|eventually)\s+)?reported\s+"
    r"(?:(?:early|late)\s+)?(?:in|on|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _findings_reported(s: Sentence, d: DateMention) -> str | None:
    """An inquiry or a commission reporting on a date: its findings published, an event.

    "Reported" after anyone else is a statement ("police reported on Monday").
    """
    m = _FINDINGS_REPORTED.search(s.text, max(0, d.span.start - 120), d.span.start)
    return f"{m.group('body').lower()} reported" if m else None


# An event noun and its date set beside it: "on the night of the vote, Sunday, November
# 2,", "In the last major outbreak, between 2011 and 2012,".
_APPOSED_BEFORE = re.compile(rf"\b(?P<event>{_EVENT_NOUNS}),\s+$", re.IGNORECASE)
_APPOSED_AFTER = re.compile(r"\s*(?:[,;:)—–]|\.\s|\.?$)")
_NOT_APPOSED = frozenset({"budget", "deadline", "count", "offer", "deal"})


_NOUN_LEAD_WORDS = re.compile(r"((?:[\w’'-]+\s+){0,2})$")


def _ahead_noun(text: str, noun: int) -> bool:
    """Whether an event noun is still to come: "the next election", "the upcoming vote"."""
    lead = _NOUN_LEAD_WORDS.search(text, max(0, noun - 30), noun)
    return lead is not None and any(w.lower() in LOOKING_AHEAD for w in lead.group(1).split())


def _apposed_event(s: Sentence, d: DateMention) -> str | None:
    """An event noun with its date beside it, set off by commas: "the vote, Sunday, Nov 2,"."""
    m = _APPOSED_BEFORE.search(s.text, max(0, d.span.start - 40), d.span.start)
    if m is None or m.group("event").lower() in _NOT_APPOSED or _ahead_noun(s.text, m.start()):
        return None
    return m.group("event") if _APPOSED_AFTER.match(s.text, d.span.end) else None


def _event_of(s: Sentence, d: DateMention) -> str | None:
    if _looks_ahead(s, d):
        return None
    found = _findings_reported(s, d) or _done_on_the_dateline(s, d)
    if found is not None:
        return found
    if _not_a_happening(s, d):
        return None
    apposed = _apposed_event(s, d)
    if apposed is not None:
        return apposed
    if d.since or not d.has_day:  # "since this past March 3, when ...", a month or a year
        return _possessive_event(s, d) or _event_in_clause_after(s, d) or _broad_event(s, d)
    start = max(0, d.span.start - 100)
    before = s.text[start : d.span.start]
    if _ANY_EVENT_NOUN.search(s.text, 0, d.span.start):
        event = _event_named_before(before)
        if event is not None:
            return event
        subject = _EVENT_SUBJECT.search(s.text[: d.span.start])
        if subject is not None and not _dated_between(s, subject.start(), d):
            return subject.group("event") or subject.group("relative")
    return (
        _event_named_after(s, d)
        or _event_by_verb(s, d, start)
        or _it_was(s, d)
        or _opening_day(s, d)
        or _event_in_clause_after(s, d)
        or _broad_event(s, d)
    )


_BY_THE_END = re.compile(r"\bby\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$", re.IGNORECASE)


def _deadline(s: Sentence, d: DateMention) -> bool:
    """A deadline for a period: "by the end of 2026", "by September" (not a day's plan)."""
    period = not d.has_day or d.text.lower().startswith("the end of")
    return period and bool(_BY_THE_END.search(s.text, max(0, d.span.start - 30), d.span.start))


_DIGITS_AFTER = re.compile(r"\s?\d")


def rule_event_date(s: Sentence) -> Iterable[Found]:
    """A day tied to an event: "the presidential election held on Sunday, July 28"."""
    for d in s.dates:
        if d.range is None or d.text.lower() in _NO_SINGLE_DAY or _deadline(s, d):
            continue
        if _DIGITS_AFTER.match(s.text, d.span.end):
            continue  # "a hotline has been set up on 1800 226 226": a number, not a year
        event = _event_of(s, d)
        if event is None:
            continue
        event = " ".join(event.split())
        yield Found(
            Kind.EVENT_DATE,
            Interval(low=None, high=None),
            Qualifier.EXACT,
            d.span.start,
            d.span.end,
            "date",
            None,
            event.lower() if not any(c.isupper() for c in event[1:]) else event,
            d.range,
        )


# --- A past verb or an event noun telling what happened on a date -------------------------

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Where a clause holding a date starts: the last break before it.
_BACK_STOP = re.compile(r"[;—–“”\"]|(?<!\d):(?!\d)|,(?!\d)")  # not a clock's "2:40"
# A modal or a present tense between a verb and a date makes the date a plan's
# or a state's ("would arrive over the weekend", "is due to return in October").
_FORWARD_WORDS = frozenset(
    {"will", "would", "shall", "could", "can", "may", "might", "should", "must", "is", "are",
     "am", "says", "say", "expects", "plans", "due", "to"}
)  # fmt: skip
# "-ed" words that are not past tenses.
_NOT_PAST_ED = frozenset(
    {"hundred", "need", "speed", "seed", "feed", "red", "bed", "shed", "indeed", "united",
     "proceed", "exceed", "succeed", "wed", "bred", "greed", "deed", "sacred", "naked",
     "wicked", "beloved", "aged", "related", "detailed", "limited", "advanced", "skilled",
     "injured", "wounded", "displaced", "televised", "suspected", "malnourished", "unarmed",
     "armed", "alleged", "so-called", "masked", "named", "unnamed", "elected", "combined",
     "reinforced", "qualified", "experienced", "organised", "organized", "registered"}
)  # fmt: skip
# A lead before a date that makes it a bound, a comparison or a span, not a day
# something happened on: "by the end of 2026", "than in 2021", "a budget for 2025".
_NOT_EVENT_LEAD = re.compile(
    r"\b(?:by|until|till|through|to|than|from|for|between|as\s+of|compared\s+(?:with|to)"
    r"|versus|vs|every|each|per|after|before)(?:\s+(?:the\s+)?(?:end|start|beginning|middle"
    r"|summer|winter|spring|autumn)\s+of)?"
    r"(?:\s+(?:in|on|at))?(?:\s+the)?\s*$"
    r"|\b(?:on|in)\s+(?:a|an|one|any)\s+$"
    r"|\b(?:every|each)\s+(?:year|month|week|spring|summer|autumn|winter)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
# A comparison in the clause: the date is the other term's ("down from 68 percent
# at the last election in 2019", "five fewer than when the seats were last fought in 2022").
_COMPARING = re.compile(
    r"\b(?:than(?!\s+(?:about\s+|some\s+)?(?:[\d£$€]|(?:a|an|half|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b))|from\s+(?:about\s+)?(?!(?:19|20)\d\d\b)[\d£$€][\w.,]*|up\s+from|down\s+from|compared\s+(?:with|to)|as\s+many\s+as|as\s+much\s+as)\b",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"^(?:’s|'s)")
# Periods told loosely from the time of writing; a week, a weekend or a month
# is when figures or moods held, not a day for the timeline.
_LOOSE_PERIOD = re.compile(
    r"\b(?:week|weeks|weekend|month|months|fortnight|earlier|later|ago|this\s+year|half"
    r"|quarter|season|full-year)\b",
    re.IGNORECASE,
)
# A calendar name or a year: what a date on the timeline is written with.
_CALENDAR = re.compile(
    r"\d|\b(?:"
    + _alternation(HOLIDAYS)
    + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May"
    r"|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sept?|Oct|Nov|Dec|[Ll]ast\s+year)\b"
)
_MONTHS_AND_DAYS = (
    r"January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
# A month or a day named, then told from the time of writing: "May this year",
# "27 October this year", "Thursday last week" are calendar dates all the same.
_NAMED_THEN_ANCHORED = re.compile(
    rf"(?:\d{{1,2}}\s+)?(?:{_MONTHS_AND_DAYS})\b(?:\s+\d{{1,2}}\b)?(?:\s+(?:of\s+)?"
    r"(?:this|last)\s+(?:year|month|week))?$"
)
# A day, a month or a year told from the one the story narrated last: "two years
# later", "19 days later", "the following day", "the next evening".
_NARRATIVE = re.compile(
    r"^(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty)\s+(?:days?|weeks?|months?|years?)\s+later"
    r"|the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night|year))$",
    re.IGNORECASE,
)
# A span before such a date makes it a stretch of time: "over the following week".
_SPAN_BEFORE = re.compile(
    r"\b(?:over|within|during|throughout|in|for|by|until)\s+(?:the\s+)?$", re.IGNORECASE
)


def _narrative_date(s: Sentence, d: DateMention) -> bool:
    """Whether a date is told from the story's last event ("shelved two years later").

    Not a stretch of time after it: "over the following week", "within days".
    """
    return bool(
        _NARRATIVE.match(d.text)
        and not _SPAN_BEFORE.search(s.text, max(0, d.span.start - 30), d.span.start)
    )


# Participles describing people, not an event: "those arrested on Thursday".
_ADJECTIVAL_BEFORE = re.compile(r"\b(?:those|these|anyone|people|persons)\s+$", re.IGNORECASE)
_PAST_SCAN_WORDS = 24


# "last" before a past participle: the last time something was done, a milestone
# the story dates ("it had last been inspected on May 28", "which it last did in 2011").
_LAST_BEFORE = re.compile(r"\blast\s+(?:(?:been|fully|formally)\s+)?$", re.IGNORECASE)
_NOT_LAST_VERBS = frozenset({"said", "told", "spoke", "spoken", "reported", "updated"})


def _past_form(word: str) -> bool:
    """Whether a word is a past tense or participle ("inspected", "did", "raised")."""
    if word in _NOT_LAST_VERBS or word in _NOT_PAST_ED:
        return False
    return word in IRREGULAR_PAST or word == "did" or (word.endswith("ed") and len(word) > 4)


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _happening_phrase(text: str, m: re.Match[str]) -> str | None:
    """A phrase of happening at a word: "made landfall", "gave way", "was called"."""
    word = m.group(0).lower()
    after = _NEXT_WORD.match(text, m.end())
    if after is not None and f"{word} {after.group(1)}" in HAPPENING_PHRASES:
        return f"{word} {after.group(1)}"
    before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if before is not None and f"{before.group(1)} {word}" in HAPPENING_PHRASES:
        return f"{before.group(1)} {word}"
    return None


_COPULAS = frozenset({"was", "were"})
_PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:also|then|later|first|still|not)\s+)?([a-z]+)")


def _participle_after(text: str, end: int) -> bool:
    """Whether a past participle follows a copula ("was fined", "were first elected")."""
    m = _PARTICIPLE_AFTER.match(text, end)
    return m is not None and (_past_form(m.group(1)) or m.group(1) in NOT_HAPPENING_PAST)


def _published_thing(text: str, verb: int) -> bool:
    """Whether a participle describes a publication ("a statement released on Sunday")."""
    words = [w.group(0).lower() for w in _WORD.finditer(text, max(0, verb - 40), verb)]
    return any(word in PUBLICATION_NOUNS for word in words[-4:])


def _publishes(text: str, verb_end: int) -> bool:
    """Whether a verb's object is a publication ("issued a statement", "sent a letter")."""
    words = [w.group(0).lower() for w in _WORD.finditer(text, verb_end, verb_end + 40)]
    return any(word in PUBLICATION_NOUNS for word in words[:4])


def _is_past(word: str) -> bool:
    """Whether a lower-case word is a past tense or participle of a verb of happening.

    A compound with a hyphen is an adjective ("mud-choked", "Russian-backed").
    """
    if word in NOT_HAPPENING_PAST or word in _NOT_PAST_ED or "-" in word:
        return False
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _clause_before(s: Sentence, d: DateMention) -> int:
    """Where the clause holding a date starts (after a dateline opening the sentence)."""
    start = _after_dateline(s.text)
    for stop in _BACK_STOP.finditer(s.text, start, d.span.start):
        start = stop.end()
    return start


# A wire story's dateline before its first sentence: "KORVEL, Estrania (CNS) - ",
# "MORAKAND — ", "Geneva / Port Solano -".  Its commas end no clause of the sentence.
_DATELINE_LEAD = re.compile(
    r"\W*[A-Z][\w’'.-]*(?:[\s/,]+[A-Z][\w’'.-]*){0,5}\s*(?:\([^)]{1,40}\)\s*)?[-—–]\s+"
)


def _after_dateline(text: str) -> int:
    """Where a sentence starts after a dateline opening it, or 0."""
    m = _DATELINE_LEAD.match(text)
    return m.end() if m else 0


def _figure_between(s: Sentence, start: int, end: int, *, counted: bool = False) -> bool:
    """Whether a figure (one counting a noun, if ``counted``) sits between two offsets."""
    return any(
        start <= q.span.start < end and (not counted or _counts_a_noun(s.text, q.span.end))
        for q in s.quantities
    )


def _timeline_date(s: Sentence, d: DateMention) -> bool:
    """Whether a date can go on a timeline: a calendar name or a year, not a loose period.

    A bound, a comparison, a span or a possessive ("by the end of 2026",
    "than in 2021", "between 2019 and 2024", "last year's final") is not one.
    """
    if not _narrative_date(s, d):
        if _LOOSE_PERIOD.search(d.text) and not _NAMED_THEN_ANCHORED.match(d.text):
            return False
        if not _CALENDAR.search(d.text):
            return False
    if _NOT_EVENT_LEAD.search(s.text, max(0, d.span.start - 40), d.span.start):
        return False
    if _POSSESSIVE_AFTER.match(s.text[d.span.end :]):
        return False
    if not _COMPARING.search(s.text, _clause_before(s, d), d.span.start):
        return True
    return bool(_EVENT_OF_DATE.search(s.text, max(0, d.span.start - 60), d.span.start))


# An event noun the date names: "the parliamentary election of October 2016", "the floods
# of 1998".  In a comparison it names the earlier event compared with, which the story
# dates all the same; a year only placing the other term is not ("down from 66 percent at
# the election in 2020"), nor a bare year ("the highest since 2019").
_EVENT_OF_DATE = re.compile(
    rf"\b(?i:{_EVENT_NOUNS})(?:\s+[A-Z][\w’'-]*){{0,3}}\s+of\s+(?:the\s+)?$"
)


def _past_verb_event(s: Sentence, d: DateMention) -> str | None:
    """A past verb of happening governing a date: "approved the treaty on Wednesday night".

    The nearest verb before the date in its clause must tell of a happening,
    not a speech, a state or a plan ("police said on Sunday", "remained
    admitted Thursday morning", "would arrive over the weekend").  A figure
    between the verb and the date, or counting the verb's subject, makes the
    date that figure's ("shares fell 7.4% on Wednesday", "1.7 lakh people
    died in road accidents in 2023").  A clause with no verb at all is an
    aside set off by commas, and the verb is read before it ("Police
    arrested the owner, Hendra Wijaya, 58, and two managers late on Tuesday").
    """
    end = d.span.start
    start = _clause_before(s, d)
    for _ in range(_ASIDES + 1):
        found = _past_verb_in(s, d, start, end)
        if found is not _NO_VERB:
            return found
        if _GERUND.search(s.text, start, end):
            return None  # "before reaching the outskirts in the early hours": a verb of its own
        if start == 0 or s.text[start - 1] != ",":
            return None
        end = start - 1
        start = max((m.end() for m in _BACK_STOP.finditer(s.text, 0, end)), default=0)
    return None


_ASIDES = 3  # the most comma-set asides read back across
# Water rising by a height: a flood, not a figure's movement.
_RISE_WORDS = frozenset({"rose", "risen", "surged", "swelled", "climbed"})
_HEIGHT_AFTER = re.compile(
    r"\s+(?:by\s+)?(?:(?:more\s+than|about|nearly|almost|some|over|up\s+to)\s+)?"
    r"[\w.,]+\s+(?:metres|meters|feet|foot|ft|m|cm|centimetres|inches)\b",
    re.IGNORECASE,
)
# The rate, price or tax a decision sets: "raised its main interest rate", "cut fares".
_RATE_OBJECT = re.compile(
    r"\s+(?:(?:its|their|the|a)\s+)?"
    r"(?:(?!(?:about|over|on|of|with|for|to|in|at|by|from)\s)[a-z-]+\s+){0,2}?(?i:"  # "VAT"
    + _alternation(DECIDED_AMOUNTS)
    + r")\b"
)
_FIGURE_AFTER = re.compile(
    r"\s+(?:(?:about|around)\s+)?(?:[\d£$€]|half\b|a\s+(?:third|quarter|half)\b|zero\b)"
)
_GERUND = re.compile(
    r"\b(?!(?:morning|evening|during|building|meeting|spring|ceiling|something|king|ring"
    r"|thing|wing|string|sibling|sterling)\b)[a-z]{2,}ing\b"
)
# Words opening a clause of their own: a verb before them is another clause's.
_RELATIVES = frozenset({"which", "who", "whom", "whose", "where", "whether", "because", "while"})
_NO_VERB = "-"  # no verb at all in a stretch of words


def _past_verb_in(s: Sentence, d: DateMention, start: int, end: int) -> str | None:
    """The past verb of happening nearest ``end`` in ``s.text[start:end]`` (see above)."""
    words = list(_WORD.finditer(s.text, start, end))[-_PAST_SCAN_WORDS:]
    for m in reversed(words):
        word = m.group(0).lower()
        if word in _NOT_PAST_ED:
            continue
        if _LAST_BEFORE.search(s.text, max(0, m.start() - 20), m.start()) and _past_form(word):
            return f"last {word}"  # "had last been inspected on May 28": the last time
        phrase = _happening_phrase(s.text, m)
        if phrase is not None:
            return phrase
        elected = _PARTICIPLE_AFTER.match(s.text, m.end())
        if word in _COPULAS and elected and elected.group(1) in PASSIVE_EVENT_PARTICIPLES:
            return elected.group(1)  # "who was first elected in 2015"
        if word in _COPULAS and not _participle_after(s.text, m.end()):
            return None  # "was in a stable condition on Monday": a state
        if _served_papers(s.text, word, m.end()) or _happening_object(s.text, word, m.end()):
            return word  # "served the firm with a notice", "the jury returned its verdict"
        if word in _RISE_WORDS and _HEIGHT_AFTER.match(s.text, m.end()):
            return word  # "the river rose more than four metres in a few hours on Tuesday"
        if word in DECISION_PAST and _RATE_OBJECT.match(s.text, m.end()):
            return word  # "the central bank raised its main interest rate ... on Tuesday"
        if word == "to" and _FIGURE_AFTER.match(s.text, m.end()):
            continue  # "by 1.5 points to 21.5% on Tuesday", "cut rations to half in May""
        done = _DONE_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
        if word == "to" and done is not None:
            said = _NEXT_WORD.match(s.text, done.end(1) + 3)
            if said is not None and said.group(1) in SPEECH_INFINITIVES:
                return None  # "a spokesman refused to comment on Tuesday"
            return done.group(1)  # "three trawlers that failed to return to port on Monday"
        before = _WORD_JUST_BEFORE.search(s.text, max(0, m.start() - 16), m.start())
        if word == "to" and before is not None and before.group(1) in TO_AFTER_PARTICIPLES:
            continue  # "was sentenced to six years in prison on Monday": no plan's "to"
        body = _NEXT_WORD.match(s.text, m.end())
        if word == "to" and body is not None and body.group(1) in TO_RECIPIENTS:
            continue  # "presented a spending plan to parliament on Tuesday"
        if word in NOT_HAPPENING_PAST or word in _FORWARD_WORDS or word in _RELATIVES:
            return None
        if not m.group(0)[:1].islower() or not _is_past(word) or _attributive(s.text, m):
            continue
        if not d.has_day and _measured_subject(s.text, start, m.start(), word):
            return None  # "inflation eased in January", "the peak came in October"
        if _dated_between(s, m.end(), d):
            return None  # "fled when the fire swept through on Tuesday slept ... on Wednesday"
        if word in PUBLISHING_PAST and _published_thing(s.text, m.start()):
            return None  # "results released by the electoral authority on Monday"
        if word in PUBLISHING_PAST and _publishes(s.text, m.end()):
            return None  # "sent an open letter to the court on Friday": a statement
        if _dates_a_figure(s, d, word, m.end()):
            return None
        if _a_tally(s, d, word, start, m.start()):
            return None  # "1.7 lakh people died in road accidents in 2023"
        if word not in INTRANSITIVE_PAST and _ADJECTIVAL_BEFORE.search(
            s.text, max(0, m.start() - 12), m.start()
        ):
            return None  # "those arrested on Thursday"; not "people marched on Saturday"
        if _supposed(s.text, m.start()) or _lasted(s.text, word, m.end(), d.span.start):
            return None  # "feared drowned on Thursday", "was halted for hours on Tuesday"
        return word
    return _NO_VERB


_WORD_JUST_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# Words before a participle that make it describe the noun after it ("the permitted
# limit", "at reduced capacity"), and words after it that are no such noun.
_ATTRIBUTIVE_LEADS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
     "at", "with", "of", "under", "into", "without", "newly", "recently"}
)  # fmt: skip
_FUNCTION_WORDS = frozenset(
    {"on", "in", "at", "by", "for", "from", "to", "of", "with", "and", "or", "but", "as",
     "after", "before", "during", "since", "until", "when", "while", "that", "which", "who",
     "the", "a", "an", "was", "were", "is", "are", "had", "has", "have", "be", "been", "it",
     "off", "out", "up", "down", "over", "into", "onto", "through", "last", "early", "late"}
)  # fmt: skip


def _attributive(text: str, m: re.Match[str]) -> bool:
    """Whether a participle stands before its noun as an adjective ("the permitted limit").

    After a determiner or a preposition and before a word that is not a
    preposition, an article or a verb, it describes that word: "ran at
    reduced capacity on Tuesday", "recorded twice the permitted level on
    Monday"; "the wounded on Monday" and "were arrested on Monday" stay verbs.
    """
    before = _WORD_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if before is None or before.group(1) not in _ATTRIBUTIVE_LEADS:
        return False
    after = _NEXT_WORD.match(text, m.end())
    return after is not None and after.group(1) not in _FUNCTION_WORDS


def _measured_subject(text: str, start: int, verb: int, word: str) -> bool:
    """Whether a verb of movement or arrival has a measured quantity for its subject.

    "Inflation in the country eased again in January" and "the peak came in
    October" date a figure over a month; "the government fell in March" is an
    event.  Only months and years are read so: a level reached on one day
    ("the heat peaked on July 29") is a moment the story dates.
    """
    if word not in LEVEL_PAST:
        return False
    words = [w.group(0).lower() for w in _WORD.finditer(text, start, verb)]
    return any(w in MEASURED_NOUNS for w in words) and not any(_past_form(w) for w in words)


def _happening_object(text: str, word: str, end: int) -> bool:
    """Whether a verb's object makes it a happening ("returned its verdict", "put into effect")."""
    objects = HAPPENING_OBJECTS.get(word)
    if objects is None:
        return False
    after = [w.group(0).lower() for w in _WORD.finditer(text, end, min(len(text), end + 40))]
    return any(w in objects for w in after[:4])


# What was done or left undone before a "to": "failed", or "failed to return" before
# the "to" of a place ("failed to return to the port").
_DONE_BEFORE = re.compile(
    r"\b(" + _alternation(DONE_BEFORE_TO) + r")\s+(?:to\s+[a-z]+(?:\s+[\w’'-]+){0,2}\s+)?$"
)
_DURATION = re.compile(
    r"\bfor\s+(?:(?:about|around|nearly|almost|more\s+than|over|up\s+to|at\s+least|some"
    r"|the\s+next|the\s+first)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|a\s+few|few|many|some|\d+)(?:\s+or\s+\w+)?(?:\s+more)?\s+(?:"
    + _alternation(DURATION_UNITS)
    + r")\b",
    re.IGNORECASE,
)


_PAPERS_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + _alternation(SERVED_PAPERS)
    + r")\b",
    re.IGNORECASE,
)


def _served_papers(text: str, word: str, end: int) -> bool:
    """Whether "served" tells papers served ("served Norvale with a notice"), a legal step."""
    return word == "served" and bool(_PAPERS_AFTER.match(text, end))


def _supposed(text: str, verb: int) -> bool:
    """Whether a participle is supposed or a state kept ("feared drowned", "remained shut")."""
    before = _WORD_JUST_BEFORE.search(text, max(0, verb - 12), verb)
    return before is not None and (
        before.group(1) in SUPPOSED_WORDS or before.group(1) in STATE_KEEPING
    )


def _lasted(text: str, verb: str, start: int, end: int) -> bool:
    """Whether a duration after a verb tells how long a state lasted, not an event.

    "the ship was held in port for three weeks in March", "the figure was
    repeated for several hours on Saturday"; a term handed down is an event
    ("the court jailed him for six years on Monday").
    """
    return verb not in TERM_VERBS and bool(_DURATION.search(text, start, end))


# A date opening its clause, with its lead: "In 2019", "On the night of December 14,
# 1982,", "and in February last year", "Last year".
_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:and|but|then)\s+)?(?:(?:at|during)\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:at\s+(?:about\s+|around\s+|precisely\s+|exactly\s+)?\d{1,2}(?:[.:]\d\d)?\s*"
    r"(?:[ap]\.?m\.?|hours|h)?,?\s+)?"  # a clock time first: "At 6.52 on the morning of"
    r"(?:(?:early|late)\s+)?(?:(?:on|in|during|at|by)\s+(?P<the>the\s+)?)?"
    r"(?:the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+)?",
    re.IGNORECASE,
)
_OF_PERIOD = re.compile(r"[a-z]+\s+of\b", re.IGNORECASE)
# A speech set off by commas after an opening date: "On Tuesday, he said, a boat came in".
_SPEECH_ASIDE = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,4}?(?:said|says|added|recalled|explained|remembered|wrote)\s*,"
)
_CLAUSE_END = re.compile(r"[.;—–“”\"()]|(?<!\d):(?!\d)|,\s+(?:and|but|while|although|though)\b")
_OPENING_SCAN_WORDS = 16


def _opening_date(s: Sentence, d: DateMention) -> str | None:
    """The main verb after a date that opens its clause: "In 2019 the organiser was fined".

    The first verb after the date must tell a happening in the past ("In
    March 2024 a fire destroyed about 600 shelters"); a present tense, a
    plan, a speech or a state tells none ("In 2019 everyone said").  A
    figure for the subject of a month or a year is a tally ("In 2023, 1.8
    million passengers crossed it").
    """
    start = _clause_before(s, d)
    lead = _OPENS_CLAUSE.fullmatch(s.text, start, d.span.start)
    if lead is None or (lead.group("the") and not _OF_PERIOD.match(d.text)):
        return None  # "In the summer of 2014" opens a clause; "in the 2019 election" does not
    aside = _SPEECH_ASIDE.match(s.text, d.span.end)
    first = aside.end() if aside else d.span.end  # "On Tuesday, he said, a boat came in"
    stop = _CLAUSE_END.search(s.text, first)
    end = stop.start() if stop else len(s.text)
    lower = [m for m in _WORD.finditer(s.text, first, end) if m.group(0)[:1].islower()]
    for m in lower[:_OPENING_SCAN_WORDS]:  # names do not count: "Delmont Athletic and ..."
        word = m.group(0).lower()
        if not m.group(0)[:1].islower() or word in _NOT_PAST_ED or _completes_a_noun(s.text, m):
            continue
        if _served_papers(s.text, word, m.end()) or _happening_object(s.text, word, m.end()):
            return word  # "last year the regulator served it with an improvement notice"
        phrase = _happening_phrase(s.text, m)
        if phrase is not None:
            return phrase  # "On 2 May, the spillway gave way"
        if word in NOT_HAPPENING_PAST or word in _FORWARD_WORDS or word in LOOKING_AHEAD:
            return None
        if not _is_past(word):
            continue
        if _a_tally(s, d, word, d.span.end, m.start()):
            return None
        comma = _BACK_STOP.search(s.text, m.end(), end)
        phrase_end = comma.start() if comma else end
        if _dates_a_figure(
            s, d, word, m.end(), phrase_end, year_tally=False
        ) and not _event_for_subject(s.text, first, m.start()):
            return None  # "In 2024 prosecutors charged 12 former soldiers" is still an event
        return word
    return None


def _event_for_subject(text: str, start: int, verb: int) -> bool:
    """Whether the subject before a verb is an event ("an assault on the market left 40 dead").

    What an event did on its day dates the event, whatever figure it left
    behind; "rescuers found five more bodies" dates a toll's update.
    """
    return bool(_ANY_MORE_EVENT_NOUN.search(text, start, verb))


_NOUN_LEADS_OF_INTENT = frozenset({"against", "over", "about", "for", "on", "despite", "amid"})


def _completes_a_noun(text: str, m: re.Match[str]) -> bool:
    """Whether a word is a noun of intent or the "to" completing it ("against plans to").

    Such a "to" belongs to the subject, not to a plan of the clause's own verb.
    """
    word = m.group(0).lower()
    before = _WORD_JUST_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if before is None:
        return False
    if word in INTENT_NOUNS:  # "against plans to", "the plans to": a noun, not "plans to"
        return before.group(1) in _ATTRIBUTIVE_LEADS or before.group(1) in _NOUN_LEADS_OF_INTENT
    return word == "to" and before.group(1) in INTENT_NOUNS


# A date between a subject and its verb: "A court in Korvath on Wednesday convicted",
# "Parliament last year approved".
_VERB_AFTER = re.compile(r"\s+(?:(?:also|formally|finally|narrowly)\s+)?([a-z][\w’'-]*)")


def _verb_after_date(s: Sentence, d: DateMention) -> str | None:
    """A past verb of happening right after a date: "the court on Wednesday convicted"."""
    m = _VERB_AFTER.match(s.text, d.span.end)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in NOT_HAPPENING_PAST or word in _NOT_PAST_ED or not _is_past(word):
        return None
    if word in PUBLISHING_PAST and _published_thing(s.text, d.span.start):
        return None
    end = _CLAUSE_END.search(s.text, m.end())
    if _dates_a_figure(s, d, word, m.end(), end.start() if end else len(s.text)):
        return None
    if _a_tally(s, d, word, _clause_before(s, d), d.span.start):
        return None  # "exports worth $11.8 billion last year went mainly to Europe"
    return word


_SUPERLATIVE_OF_HARM = re.compile(
    r"\b(?:deadliest|worst|bloodiest|most\s+(?:destructive|devastating|deadly|violent|lethal"
    r"|damaging|severe|serious))\b",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(
    r"\s+(?:year|month|week|day|weekend|period|season|quarter|decade|summer|winter)\b",
    re.IGNORECASE,
)
_SINCE_LEAD = re.compile(r"\bsince\s+$", re.IGNORECASE)
# The noun a superlative of harm measures, a word or two on: "the worst natural disaster".
_EVENT_HEAD = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:"
    + _alternation({*K.EVENT_NOUNS, *MORE_EVENT_NOUNS, "disaster", "tornado", "storm"})
    + r")\b",
    re.IGNORECASE,
)


def _since_event(s: Sentence, d: DateMention) -> str | None:
    """A "since" date naming an earlier disaster: "the deadliest tornado since May 1987".

    Any other "since" runs a figure or a state from the day ("312 people had
    been arrested since Thursday", "the biggest drop since March 2020").
    """
    if not _SINCE_LEAD.search(s.text, max(0, d.span.start - 8), d.span.start):
        return None
    clause = s.text[_clause_before(s, d) : d.span.start]
    harm = _SUPERLATIVE_OF_HARM.search(clause)
    if harm is None or _PERIOD_AFTER.match(clause, harm.end()):
        return None  # "the deadliest year on the route since 2019": no event then
    head = _NEXT_WORD.match(clause, harm.end())
    named = head is not None and head.group(1) not in _FUNCTION_WORDS
    if named and not _EVENT_HEAD.match(clause, harm.end()):
        return None  # "its worst result since 1991": a figure compared, not a disaster
    return "earlier disaster"


_MORE_EVENT_NOUNS = _alternation({*K.EVENT_NOUNS, *MORE_EVENT_NOUNS})
_ANY_MORE_EVENT_NOUN = re.compile(rf"\b(?i:{_MORE_EVENT_NOUNS})\b")
# An event noun, a place or a "the ..." phrase at most, a comma, and "in" or "on"
# before a date: "the Mount Corra fire in 1997", "the last strike at Kessick
# Lake, in 2009", "an ambush near Bahr Tana on July 22", "the council's decision in February".
_NOUN_THEN_DATE = re.compile(
    rf"\b(?P<event>{_MORE_EVENT_NOUNS}|(?:Tropical\s+)?Storm|Typhoon|Hurricane|Cyclone)"
    r"(?:\s+[A-Z][\w’'-]*){0,3}"
    r"(?:\s+(?:at|near|in|on|outside|off|of|against)\s+(?:the\s+)?(?:(?!(?:since|than)\s)"
    r"[\w’'-]+\s+){0,3}?[\w’'-]+)?,?\s+(?:(?:early|late)\s+)?(?P<lead>in|on|during|of)\s+(?:the\s+(?:night"
    r"|morning|afternoon|evening|early\s+hours)\s+of\s+)?$"
)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:[a-z]+est|most\s+[a-z]+|worst|best)\s+(?:[a-z]+\s+)?$")
# Event nouns that name no happening of their own before "of": "the budget of 2024".
_NOT_OF_NOUNS = frozenset({"budget", "deadline", "count", "ballot", "offer", "deal", "visit"})


# Between a figure and the noun it counts: a few modifiers ("612 killings", "40 armed raids").
_COUNTS_NOUN_AHEAD = re.compile(r"\s+(?:(?!(?:at|in|on|of|by|to)\s)[a-z-]+\s+){0,2}")


def _event_noun_then_date(s: Sentence, d: DateMention) -> str | None:
    """An event noun dated by the phrase after it: "the last strike at Kessick Lake, in 2009"."""
    start = _clause_before(s, d)
    if start and s.text[start - 1] == ",":
        start = s.text.rfind(",", 0, start - 1) + 1  # "the last strike at X, in 2009"
    m = _NOUN_THEN_DATE.search(s.text, max(start, d.span.start - 80), d.span.start)
    if m is None or _figure_between(s, m.end("event"), d.span.start):
        return None
    if _names_a_place(s.text, m.start("event"), m.group("event")):
        return None  # "fell 8% on the stock exchange on Wednesday"
    if _ahead_noun(s.text, m.start("event")):
        return None  # "the next election, in 2027"
    if m.group("lead") == "of" and (
        d.has_day
        or m.group("event").lower() in _NOT_OF_NOUNS
        or _SUPERLATIVE_BEFORE.search(s.text, max(0, m.start() - 30), m.start())
    ):
        return None  # "the fire of 2012" names an event; "the deadliest incident of 2025" a year
    if any(
        _COUNTS_NOUN_AHEAD.fullmatch(s.text, q.span.end, m.start("event")) for q in s.quantities
    ):
        return None  # "the network counted 612 killings in 2024": a tally
    return m.group("event")


_ATTRIBUTIVE_NOUN = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}?(?P<event>{_MORE_EVENT_NOUNS})\b")
# "the" or a possessive before a date naming its event: "the 2011 campaign", "the army's
# 2011 campaign".
_THE_BEFORE = re.compile(r"\b(?:the|[A-Za-z]+(?:’s|'s|s’|s'))\s+$", re.IGNORECASE)


def _attributive_event(s: Sentence, d: DateMention) -> str | None:
    """A month or a year naming the event it comes before: "followed the June 2024 protests"."""
    m = _ATTRIBUTIVE_NOUN.match(s.text, d.span.end)
    if m is None or not _THE_BEFORE.search(s.text, max(0, d.span.start - 24), d.span.start):
        return None
    return m.group("event")


# A state put in place and kept since a date: "have been closed since", "has been in
# force since", "has been pending with the Public Works Department since"; only a place
# or a body may come between, not an object ("has been running the firm since 2015").
_STATE_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|already|also|effectively)\s+)?(?:been\s+(?:[a-z]+ly\s+)?"
    r"(?P<state>"
    + _alternation(STARTED_STATES)
    + r")|(?P<held>"
    + _alternation(HELD_PROTESTS)
    + r")(?:\s+(?:the|a|an|its|their|his|her)(?:\s+(?!since\b)[\w’'-]+){1,3}?)?)"
    r"(?:\s+(?:in|at|on|with|outside|near|across|along|for|from|by|to|throughout)"
    r"(?:\s+(?!since\b)[\w’'-]+){1,5}?)?\s+since\s+$",
    re.IGNORECASE,
)


def _state_since(s: Sentence, d: DateMention) -> str | None:
    """The start of a state kept since a date: "universities have been closed since 6 March".

    Since a month or a year, a count in the clause is a tally kept since
    then ("1,200 shops have been shut since 2020"); since a day, it is what
    the day's closure shut ("four universities have been closed since 6 March").
    """
    start = _clause_before(s, d)
    m = _STATE_SINCE.search(s.text, max(start, d.span.start - 120), d.span.start)
    if m is None or (not d.has_day and _figure_between(s, start, d.span.start, counted=True)):
        return None
    return f"{(m.group('state') or m.group('held')).lower()} since"


def _broad_event(s: Sentence, d: DateMention) -> str | None:
    """The general rules, after the strict ones: a past verb, an event noun, a "since" day."""
    if d.since:  # "since May 1987", "stem from the May 2022 riots"
        return (
            _since_event(s, d)
            or _state_since(s, d)
            or (None if d.has_day else _attributive_event(s, d))
        )
    if not _timeline_date(s, d):
        return None
    return (
        _event_noun_then_date(s, d)
        or _opening_date(s, d)
        or _verb_after_date(s, d)
        or _past_verb_event(s, d)
        or (None if d.has_day else _attributive_event(s, d))
    )
