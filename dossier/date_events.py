"""Event days: the day a ballot, an event or a heading tells of.

Owns ``ballot_day``, ``event_dates``, ``event_day_of``, ``dateline_date``,
``heading_day``, the reading of whether a sentence tells the event's dead
or is narrated in the past, and the clause helpers that find which date in
a sentence belongs to a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from dossier.date_periods import DateMention, _day
from dossier.date_reading import find_dates, spoken_date
from dossier.date_words import _MONTH, _TOLD_PAST, RELATIVE_DAYS
from dossier.kinds import EVENT_NOUNS as EVENT_WORDS
from dossier.kinds import EVENT_VERBS as EVENT_VERB_NOUNS
from dossier.model import DateRange
from dossier.numbers import MONTHS

_VOTE_AFTER = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:election|elections|by-election|vote|referendum|ballot|runoff|poll)\b",
    re.IGNORECASE,
)


def _names_a_vote(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` names a ballot: "the 2023 election", "that election"."""
    if _VOTE_AFTER.match(text, mention.span.end, mention.span.end + 40):
        return True
    return mention.text.lower().endswith(("election", "vote", "referendum", "ballot", "poll"))


# A ballot told before its day: "the election on Sunday", "polls closed on September 21".
_VOTE_BEFORE = re.compile(
    r"\b(?:election|elections|by-election|vote|referendum|ballot|runoff|polls\s+(?:closed|opened)"
    r"|went\s+to\s+the\s+polls|voted|voting)\s+(?:(?:was\s+|were\s+)?held\s+)?"
    r"(?:on\s+|late\s+on\s+|in\s+)?$",
    re.IGNORECASE,
)


def ballot_day(text: str, mentions: Sequence[DateMention], ref: date | None) -> date | None:
    """The past day ``text`` says a ballot was held on, if it names one.

    "Voters went to the polls on Sunday", "when polls closed on September 21",
    "six days after a vote", "Sunday's election": results told anywhere in
    the story hold for that day.
    """
    for m in mentions:
        rng = m.range
        if rng is None or rng.start != rng.end or m.since or m.since_event:
            continue
        if (ref is not None and rng.start > ref) or m.text.lower() in RELATIVE_DAYS:
            continue  # "voted for us tonight": the speaker's day, not a date told
        before = text[max(0, m.span.start - 50) : m.span.start]
        if _names_a_vote(text, m) or _VOTE_BEFORE.search(before):
            return rng.start
    return None


def _names_event(text: str, mention: DateMention, event: str) -> bool:
    """Whether ``mention`` dates ``event``: "the 2023 election", "the election in 2023"."""
    after = text[mention.span.end : mention.span.end + 40].lower()
    before = text[max(0, mention.span.start - 40) : mention.span.start].lower()
    return bool(re.match(r"\W*(?:\w+\s+){0,2}?" + event, after)) or event in before


# "since 1999, when ...": the clause after it tells what happened that year.
_WHEN_AFTER = re.compile(r"^\s*,\s*when\b", re.IGNORECASE)


def _distance(mention: DateMention, start: int, end: int, others: Sequence[int]) -> tuple[int, int]:
    """How far a date is from a figure; one with another figure between counts as farther."""
    if mention.span.start >= end:
        lo, hi, gap = end, mention.span.start, mention.span.start - end
        if mention.since:  # "at least 140 since January 1": the lead is the date's own
            gap = max(0, gap - len("since "))
    else:
        lo, hi, gap = mention.span.end, start, max(0, start - mention.span.end)
    return (int(any(lo <= o < hi for o in others)), gap)


# Words opening a clause of its own: a date inside it dates that clause's event.
# A temporal clause ("after the boat capsized on Sunday") still dates the
# figure when the sentence names no other day; a relative or "since" clause
# ("where rains have fallen since August 14") never does.
_TEMPORAL = frozenset({"after", "when", "following", "before", "until", "while"})
_SUBORDINATE = re.compile(
    r"\b(?:after|since|when|where|while|following|because|before|until|which|who"
    r"|that(?=\s+[a-z]+ed\b))\b",
    re.IGNORECASE,
)
_AND_CLAUSE = re.compile(r",\s*and\b")
_COMMA = re.compile(r",(?!\d)")  # not the one in "40,000"
# The main clause's verb right after a parenthetical participle: "The convoy, carrying ..., was".
_VERB_AFTER_ASIDE = re.compile(r"\s*(?:was|were|is|are|has|have|had|will|would)\b")
# A parenthetical clause: relative (", which peaked in January,") or a participle
# (", carrying food aid for some 40,000 people,"); not ", including ...".
_RELATIVE_OPEN = re.compile(
    r",\s*(?:which|who|whose|where|(?!including\b|according\b)[a-z]+ing)\b", re.IGNORECASE
)


def _clause_apart(sentence: str, start: int, end: int, mention: DateMention) -> int:
    """Whether a date sits in another clause than the figure: 0 no, 1 temporal, 2 other.

    After the figure: "41 are missing after a boat capsized on Sunday" (a
    subordinate clause opened between them and not closed before the date).
    Either side: a parenthetical relative clause (", which peaked in
    January,") holding the date but not the figure, or holding the figure
    but not the date (unless the clause speaks of the future, "which will
    have seven members", and so shares the main clause's date).
    """
    if (
        mention.span.end <= start
        and (mention.since or mention.since_event)
        and _AND_CLAUSE.search(sentence, mention.span.end, start)
    ):
        return 2  # "... since the fighting began on January 4, and that it had recorded 2,340"
    if mention.span.start >= end:
        between = sentence[end : mention.span.start]
        if ";" in between:
            return 2  # "the appeal asks for $1.2 billion; by the end of July donors had ..."
        if spoken_date(sentence, mention) and _AND_CLAUSE.search(between):
            return 2  # "has acknowledged 412 arrests, and said on Monday that ..."
        for m in _SUBORDINATE.finditer(between):
            if m.group(0).lower() == "since" and (mention.since or mention.since_event):
                return 0  # "17 had been damaged since the fighting began on January 4"
            rest = between[m.end() :]
            if rest.strip() and not re.search(r"[,;:—–(]", rest):
                return 1 if m.group(0).lower() in _TEMPORAL else 2
    for m in _RELATIVE_OPEN.finditer(sentence):
        comma = _COMMA.search(sentence, m.end())
        if comma is None:
            continue
        close = comma.start()
        if m.group(0).endswith("ing") and not _VERB_AFTER_ASIDE.match(sentence, close + 1):
            continue  # "elected ..., winning 54.6%, according to": the main clause goes on
        inside_fig = m.start() < start < close
        inside_date = m.start() < mention.span.start < close
        if inside_date and not inside_fig:
            return 2
        if inside_fig and not inside_date and not re.search(r"\bwill\b", sentence[m.end() : close]):
            return 2
    return 0


# Words that set a second figure against the first: its date is its own.
_CONTRAST = re.compile(
    r"\b(?:(?:up from|down from|from|compared with|compared to|than|versus|vs\.?|against)\s+"
    r"(?:the\s+|just\s+|about\s+|some\s+)?|of\s+the\s+)$",
    re.IGNORECASE,
)


# A clause joined on to the figure's own: ", and 23 were missing by Tuesday".
# Or a plan joined on to it: "had shipped 50,000 doses and would send 12 experts next week".
_NEXT_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)\b|;|\band\s+(?:will|would)\b)", re.IGNORECASE
)


def _beyond_other(sentence: str, figure: int, mention: DateMention, others: Sequence[int]) -> bool:
    """Whether another figure between ``figure`` and a date after it owns the date.

    It does when it is set against the first ("$14 million, up from $11
    million last year") or opens a clause of its own that runs on to the
    date ("4,500 were told to leave, and 1,800 of them spent Tuesday night in
    shelters"); a date after a further comma (", according to results
    released on Monday") is the whole sentence's.
    """
    return any(
        figure < o < mention.span.start
        and (
            _CONTRAST.search(sentence[max(0, o - 20) : o])
            or (
                _NEXT_CLAUSE.search(sentence, figure, o)
                and ", " not in sentence[o : mention.span.start]
            )
        )
        for o in others
    )


# A date right after a figure, before ours: "fell from 23,000 in 1981 to about 11,500".
_FIGURE_THEN_LEAD = re.compile(r"(?<![-–])\b\d[\d,.]*(?:\s+[a-z]+)?\s+in\s+$")


def _another_figures(text: str, mention: DateMention, figure: int) -> bool:
    """Whether a date before the figure is told right after another figure, so is that one's."""
    if mention.span.end > figure:
        return False
    start = max(0, mention.span.start - 40)
    return bool(
        _FIGURE_THEN_LEAD.search(text, start, mention.span.start)
        or _FROM_FIGURE_LEAD.search(text, start, mention.span.start)
    )


# A date dating the figure a change started from: "rising to 27.9% from 19.4% four years ago".
_FROM_FIGURE_LEAD = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|some\s+)?[$€£]?\d[\d,.]*\s*(?:%|per\s*cent|percent)?"
    r"(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)


_ATTRIBUTIVE_AFTER = re.compile(
    r"^\s*(?:presidential\s+|general\s+|parliamentary\s+|local\s+|municipal\s+)?"
    r"(?:election|elections|vote|referendum|poll|ballot|earthquake|quake|attack|deadline|"
    r"runoff|meeting|summit|talks|letter|report|statement|decree|ruling|massacre|"
    r"budget|law|act|bill|plan|strategy|treaty|agreement|deal|accord|constitution)\b",
    re.IGNORECASE,
)
# A year set against a figure as its base ("up 31% on 2022", "down 4% on last year"),
# or a financial year a sum is for ("a budget for 2025-26"): never when a figure held.
_BASE_YEAR_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_FINANCIAL_YEAR = re.compile(r"\s*[-/–]\s*\d\d\b")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?(?:financial\s+|fiscal\s+)?(?:year\s+)?$")
_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|by|to|before|after)\s+$", re.IGNORECASE)
_EVENT_BEFORE = re.compile(
    r"\b(?:election|elections|vote|referendum|earthquake|quake|collapse|since the \w+|"
    r"(?:took|take) place|(?:was|were) held|held|born|escaping|escape|arrested|established|"
    r"founded|withdrew|in power|scheduled to \w+|will meet|meet|broke out|capsized|sank|"
    r"erupted|struck|began|started|opened|collapsed|crashed)\b[^.,;]{0,30}$",
    re.IGNORECASE,
)


def _attributive(
    text: str, mention: DateMention, figure: int | None = None, end: int | None = None
) -> bool:
    """Whether a date only names when another event happened ("the July 28 election").

    A figure stated at the event ("68 percent at the last election in
    2019") takes the event's date; a date of a comparison base ("over the
    same period last year") or of a dateline ("KYIV, March 3 (Reuters) -")
    is never a figure's own.
    """
    before_text = text[: mention.span.start]
    if _COMPARISON_BEFORE.search(before_text) or _DATELINE.match(text[mention.span.end :]):
        return True
    if not mention.has_day and _a_base_or_budget_year(text, mention):
        return True
    at_event = (
        figure is not None
        and end is not None
        and end <= mention.span.start
        and _AT_EVENT.match(text[end : mention.span.start])
    )
    if at_event:
        return False
    if _ATTRIBUTIVE_AFTER.match(text[mention.span.end :]):
        return True
    if (
        figure is not None
        and figure < mention.span.start
        and _SCHEDULED.search(text[max(0, mention.span.start - 45) : mention.span.start])
        and not re.search(r"\b(?:will|would)\b", text[max(0, figure - 40) : figure])
    ):
        return True  # "a grant will fund a warehouse, scheduled to open in January"
    if not mention.has_day and _BOUND_BEFORE.search(before_text):
        return True
    return figure is None and _event_dated(text, mention, None)


def _a_base_or_budget_year(text: str, mention: DateMention) -> bool:
    """Whether a period is a comparison base ("on 2022") or a financial year ("for 2025-26")."""
    before = text[max(0, mention.span.start - 30) : mention.span.start]
    if _BASE_YEAR_BEFORE.search(before):
        return True
    return bool(_FINANCIAL_YEAR.match(text, mention.span.end)) and bool(_FOR_BEFORE.search(before))


def _event_dated(text: str, mention: DateMention, figure: int | None) -> bool:
    """Whether a date follows an event word ("the mine collapsed on Tuesday").

    Such a date still dates a figure the sentence ties to nothing else; a
    figure after the event word is the event's own ("arrested four people
    on Wednesday").
    """
    start = max(0, mention.span.start - 45)
    event = _EVENT_BEFORE.search(text, start, mention.span.start)
    if event is None or mention.since or mention.since_event:
        return False
    if figure is None or event.start() >= figure:
        return True
    # "the quake that struck on Tuesday has killed 312": the relative clause
    # dates the quake, not the figure after it.
    return figure >= mention.span.end and bool(_RELATIVE_BEFORE.search(text, 0, event.start()))


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[\w’'-]+\s+)?$", re.IGNORECASE)


_COMPARISON_BEFORE = re.compile(
    r"\b(?:the\s+same\s+(?:period|time|month|quarter|week|day)|a\s+year\s+(?:earlier|ago))"
    r"(?:\s+(?:of|in))?\s*$",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(
    r"\b(?:scheduled|due|expected|set|planned)\s+to\s+\w+(?:\s+\w+)?\s+(?:on|in|by)\s+$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-—–]\s")
_AT_EVENT = re.compile(
    r"^(?:\s+of\s+the\s+vote)?\s*(?:at|in|during|for)\s+(?:the|its|their|a)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:election|elections|vote|referendum|poll|census|count|runoff)"
    r"(?:\s+(?:of|in|on))?\s*$",
    re.IGNORECASE,
)


def event_dates(
    text: str,
    published: date | None,
    reference: date | None,
    years: Sequence[int] = (),
    *,
    anchor: date | None = None,
) -> tuple[DateMention, ...]:
    """Resolved date mentions of ``text``, candidates for event dates.

    Most events are dated to the day; a month or a year, and a day after
    "since", date one only in a few shapes (``rules_events``).
    """
    ref = published or reference
    return tuple(
        m
        for m in find_dates(text, ref, inferred=published is None, years=years, anchor=anchor)
        if m.range is not None
    )


# A wire dateline opening the story: "KYIV, March 3 (Reuters) -", "HARBOUR CITY, Oct. 15, 2024 —".
_DATELINE_OPEN = re.compile(
    r"\A\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?,\s+(?i:"
    + _MONTH
    + r")\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-—–]\s"
)


def dateline_date(body: str) -> date | None:
    """The day a dateline gives the story, when the dateline names its year."""
    m = _DATELINE_OPEN.match(body)
    if m is None or not m.group("year"):
        return None
    month = MONTHS[m.group("month").casefold().rstrip(".")]
    return _day(int(m.group("year")), month, int(m.group("day")))


# A figure an event produced, the event named before it: "the crush ... that killed 21".
_EVENT_OUTCOME = re.compile(
    r"\b(?:that|which)\s+(?:killed|injured|wounded|left|claimed(?:\s+the\s+lives\s+of)?)\s+$",
    re.IGNORECASE,
)
_WORD_RUN = re.compile(r"[A-Za-z]+")
# A count running from an event: "since the cyclone made landfall", "since the fighting".
_SINCE_AN_EVENT = re.compile(
    r"\bsince\s+(?:the|a|an|its|their)\s+(?P<event>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    r"(?=\s*(?:[,.;:]|$))",
    re.IGNORECASE,
)
_NOT_EVENT_WORDS = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "made", "began", "started", "was", "were", "had"}
)


def event_day_of(
    sentence: str,
    figure: int,
    events: Sequence[tuple[str, DateRange]],
    ref: date | None,
) -> DateRange | None:
    """The day of the event ``sentence`` ties the figure at ``figure`` to, from ``events``.

    ``events`` are the article's dated events, (what happened, when).  The
    event is matched by a word of its name ("landfall", "crush"); an event
    the article dates only once stands for "the disaster", "the crush" when
    no name matches.  A count since the event runs from it to ``ref``.
    """
    if figure < 0:
        return None
    outcome = _EVENT_OUTCOME.search(sentence, max(0, figure - 40), figure)
    since = None if outcome is not None else _SINCE_AN_EVENT.search(sentence, figure)
    if (outcome is None and since is None) or find_dates(sentence, ref):
        return None
    if outcome is not None:
        before = sentence[max(0, outcome.start() - 80) : outcome.start()]
        noun = next((w for w in _WORD_RUN.findall(before) if w.lower() in EVENT_WORDS), None)
        return None if noun is None else _event_named(noun, events, ref, one=True)
    if since is not None and ref is not None:
        words = [w for w in since.group("event").lower().split() if w not in _NOT_EVENT_WORDS]
        day = next((d for w in reversed(words) if (d := _event_named(w, events))), None)
        if day is None and any(w in EVENT_WORDS for w in words):
            # "since the attack" when the article dated it as a raid: its one past event
            day = _event_named(words[-1], events, ref, one=True) or _first_recent(events, ref)
        if day is not None and day.start < ref:
            return DateRange(start=day.start, end=ref)
    return None


def _first_recent(events: Sequence[tuple[str, DateRange]], ref: date) -> DateRange | None:
    """The first of the days the article dates its recent events on: where a count began.

    "23 people have been treated since the fire began", in a story that dates
    the fire breaking out on Sunday and a death on Monday: since Sunday.
    """
    recent = [
        d for _e, d in events if d.start == d.end and 0 < (ref - d.start).days <= _RECENT_DAYS
    ]
    return min(recent, key=lambda d: d.start) if recent else None


_RECENT_DAYS = 30


def _event_named(
    word: str,
    events: Sequence[tuple[str, DateRange]],
    ref: date | None = None,
    *,
    one: bool = False,
) -> DateRange | None:
    """The date of the event ``word`` names ("strike" for "workers walked off the job" too).

    With ``one``, failing a name, the one past event the article dates
    (before ``ref``, if given) stands for "the disaster", "the crush".
    """
    word = word.lower()
    named = [d for e, d in events if _names_word(word, event_words(e))]
    if named:
        return named[0]
    if not one:
        return None
    past = {d for _e, d in events if ref is None or d.end <= ref}
    return past.pop() if len(past) == 1 else None


def _names_word(word: str, words: frozenset[str]) -> bool:
    """Whether an event's ``words`` name ``word``: "fire" names a "wildfire", a "bushfire"."""
    return word in words or (len(word) >= 4 and any(w.endswith(word) for w in words))


@lru_cache(maxsize=256)
def event_words(event: str) -> frozenset[str]:
    """The words of an event's name and the nouns of its verbs ("walked off the job": strike)."""
    low = event.lower()
    nouns = {noun for verb, noun in EVENT_VERB_NOUNS.items() if verb in low}
    return frozenset(low.split()) | nouns


# The event's dead told by who they were: "the dead included nine guards",
# "among the victims were two children", "those killed included".
_THE_EVENTS_DEAD = re.compile(
    r"\b(?:(?:the|those)\s+(?:dead|victims|killed|casualties)\s+(?:included|were)"
    r"|among\s+(?:the|those)\s+(?:dead|victims|killed)\s+(?:was|were))\b",
    re.IGNORECASE,
)
_RUNNING = re.compile(r"\b(?:since|so far|now|still|have|has|is|are)\b", re.IGNORECASE)


def tells_the_events_dead(sentence: str, start: int) -> bool:
    """Whether a figure breaks down, in the past tense, who an event killed.

    The dead of an event are its own: the figure holds for the event's day,
    not for the day the story was written.
    """
    lead = _THE_EVENTS_DEAD.search(sentence, 0, start)
    if lead is None:
        return False
    between = sentence[lead.end() : start]
    return ";" not in between and not _RUNNING.search(sentence, lead.start(), start)


# What a dated heading may hold besides its day: a time, "Updated", "Update:", a zone.
_HEADING_EXTRAS = re.compile(
    r"(?:\b(?:last\s+)?updated?\b|\b(?:at|on|local\s+time|[ap]\.?m\.?|gmt|bst|cet|cest|utc)\b"
    r"|\b\d{1,2}[:.h]\d\d\b|[\s,.:;|*()—–-])*",
    re.IGNORECASE,
)


def heading_day(text: str, ref: date | None, years: Sequence[int] = ()) -> date | None:
    """The day a dated heading or update line names ("Thursday, 30 October, 10:15").

    A live blog or an update-by-update report heads each part with the day
    it was written: what follows is told as of that day, and "this morning"
    or "on Tuesday" are read from it.  The line must hold nothing but one
    day, a time and words like "Updated".
    """
    if len(text) > 60:
        return None
    days = [m for m in find_dates(text, ref, years=years) if m.range is not None]
    if len(days) != 1 or not days[0].has_day or days[0].range is None:
        return None
    day = days[0]
    rest = text[: day.span.start] + " " + text[day.span.end :]
    if not _HEADING_EXTRAS.fullmatch(rest):
        return None
    if ref is not None and day.range.end > ref:
        return None
    return day.range.end


# A sentence told at the time of writing: present, perfect, future, or a state now.
_TOLD_NOW = re.compile(
    r"\b(?:is|are|am|has|have|remain|remains|now|still|so\s+far|currently|to\s+date|will"
    r"|would|could|may|might|expects?|says|say|plans?|continues?|since|yet|expected|due"
    r"|ongoing|being|today|this\s+(?:week|month|year))\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def narrated_in_the_past(sentence: str) -> bool:
    """Whether a sentence narrates what happened, in the past, with nothing told as of now.

    A story that opens on a past event ("stormed the prison on Monday") goes
    on narrating it: "Guards fired on the crowd and 40 were arrested" holds
    for that day.  "Has", "are", "now", "still", "since" tell a state at the
    time of writing instead.
    """
    plain = _QUOTED.sub(" ", sentence)
    return bool(_TOLD_PAST.search(plain)) and not _TOLD_NOW.search(plain)
