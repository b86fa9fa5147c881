"""Choosing the day a figure holds for (its ``AsOf``) and carrying days through the narration.

Owns ``choose_as_of`` and ``back_references``: the date a sentence or its
paragraph gives a figure, words referring back to an earlier day or period
("that morning", "since then", "the audit"), and when a day told earlier
does not carry ("now", "later", a day still to come).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from dossier.date_events import (
    _QUOTED,
    _WHEN_AFTER,
    _another_figures,
    _attributive,
    _beyond_other,
    _clause_apart,
    _distance,
    _event_dated,
    _names_a_vote,
    _names_event,
    narrated_in_the_past,
)
from dossier.date_periods import DateMention, _period
from dossier.date_reading import find_dates, spoken_date, story_period
from dossier.date_words import _SAME_PERIOD_OF, _TOLD_PAST, WEEKDAYS
from dossier.model import AsOf, AsOfBasis, DateRange, Span


def choose_as_of(
    sentence: str,
    figure: int,
    earlier: Sequence[str],
    published: date | None,
    reference: date | None,
    years: Sequence[int] = (),
    *,
    others: Sequence[int] = (),
    figure_end: int | None = None,
    anchor: date | None = None,
    vote_day: DateRange | None = None,
    period: DateRange | None = None,
    measure: bool = False,
) -> AsOf | None:
    """The as-of date of a figure at ``figure``..``figure_end`` of ``sentence``.

    Tries the sentence (nearest date that is not merely naming an event, like
    "the July 28 election", nor sitting in a clause of its own, like "after
    the boat capsized on Sunday"), then ``earlier`` sentences of the
    paragraph, nearest first, then the publication date.  ``others`` are the
    offsets of the sentence's other figures: a date with another figure
    between it and this one belongs to that figure ("$14 million, up from
    $11 million last year").  ``anchor`` is the story's last stated day,
    for "two days earlier"; ``period`` the story's last stated period, for
    "in the quarter".  ``measure`` marks a sum or a rate, which a sentence
    narrating in the past reports for the period its paragraph gave before.

    ``vote_day``, given for a figure a ballot produced (votes cast, a share
    of the vote, turnout), is the day of the vote the story told last: the
    figure holds for it when its paragraph states no other date.  A date
    naming a vote in the figure's own sentence ("since the 2023 election,
    when the party won 31.8 per cent") is that vote's.
    """
    ref = published or reference
    inferred = published is None
    # An undated story is told no earlier than its inferred day: a date written with its
    # month soon after that day ("by 17 March") is told, not still to come.
    soon = ref + timedelta(days=_SOON) if inferred and ref is not None else ref
    end = figure if figure_end is None else figure_end
    texts = (sentence, *reversed(earlier))
    said_on: date | None = None  # the day the figure's sentence says it was told on
    # A sum or a rate (``measure``) narrated in the past goes on with the period the
    # paragraph reported on: "Revenue fell 18%" after "a loss for the year to March".
    past = measure and narrated_in_the_past(sentence)
    for k, text in enumerate(texts):
        if k == 1 and (
            _NOW.search(sentence) or _PRESENT_AFTER.match(sentence, end) or _told_now(sentence)
        ):
            break  # "48 were later freed", "3,000 more are stranded": not the day told before
        mentions = [
            m
            for m in (
                *find_dates(text, ref, inferred=inferred, years=years, anchor=anchor),
                *back_references(text, texts[k + 1 :], ref, anchor, period),
            )
            if m.range is not None and (k == 0 or m.has_day or (past and _a_told_period(m, ref)))
        ]
        if k == 0 and vote_day is not None:
            ballot = [m for m in mentions if _names_a_vote(text, m)]
            if ballot:
                mention = min(ballot, key=lambda m: _distance(m, figure, end, others))
                assert mention.range is not None
                return AsOf(range=mention.range, basis=mention.basis)
        if k == 0:
            mentions = [
                m
                for m in mentions
                if not _still_to_come(text, m, _horizon(m, ref, soon), inferred)
                and not _compared(text, m, end)
                and not _attributive(text, m, figure, end)
                and not _beyond_other(text, figure, m, others)
                and not _another_figures(text, m, figure)
                and _clause_apart(text, figure, end, m) < 2
                and not _now_between(text, m, figure)
                and not _record_since(text, m, end)
            ]
            # "the office said on Thursday that 1,246 cases had been recorded since the
            # outbreak was declared on December 28": from December 28 to Thursday
            said_on = next(
                (m.range.start for m in mentions if m.range and spoken_date(text, m)), None
            )
            own = [
                m
                for m in mentions
                if not _clause_apart(text, figure, end, m) and not _event_dated(text, m, figure)
            ]
            mentions = own or mentions
            if _PRESENT_AFTER.match(text, end):
                mentions = _now_or_spoken(text, mentions, end)
            if _STILL_AFTER.match(text, end):
                # "... between 2016 and 2020, and 418 of them have still not been seen"
                mentions = [m for m in mentions if _still_dates(text, m, figure)]
            # A statement's date ("the officer announced on Friday") dates the
            # figure only when no other date in the sentence does.
            unspoken = [m for m in mentions if not spoken_date(text, m)]
            if (
                not unspoken
                and vote_day is not None
                and _held_by(vote_day, ref)
                and all(m.range is not None and m.range.start >= vote_day.start for m in mentions)
            ):
                # "the commission said on Monday that the party had won 31.4%": the
                # result holds for the ballot, whenever it was announced
                return AsOf(range=vote_day, basis=AsOfBasis.STATED)
            mentions = unspoken or mentions
        else:
            # A day still to come is when something will happen, not when a figure held.
            # A "since" range is its own clause's; a day still to come is when
            # something will happen, not when a figure held.
            mentions = [
                m
                for m in mentions
                if not _attributive(text, m)
                and not m.since_event
                and not _after(m, _horizon(m, ref, soon))
            ]
        if not mentions:
            continue
        if k == 0:
            mention = min(mentions, key=lambda m: _distance(m, figure, end, others))
        else:
            mention = min(mentions, key=lambda m: abs(m.span.start - len(text)))
        assert mention.range is not None
        rng = mention.range
        when = k == 0 and _WHEN_AFTER.match(text[mention.span.end :]) and figure > mention.span.end
        since = (
            mention.since or mention.since_event or (k == 0 and _kept_since(text, mention, figure))
        )
        if since and ref is not None and ref > rng.start and not when:
            # a count "since" a day runs to the statement's day, if told, or to now
            last = said_on if k == 0 and said_on and rng.start < said_on < ref else ref
            rng = DateRange(start=rng.start, end=last)
        return AsOf(range=rng, basis=mention.basis)
    if vote_day is not None and _held_by(vote_day, ref):
        return AsOf(range=vote_day, basis=AsOfBasis.STATED)
    if published is not None:
        return AsOf(
            range=DateRange(start=published, end=published), basis=AsOfBasis.PUBLICATION_DATE
        )
    if reference is not None:
        return AsOf(range=DateRange(start=reference, end=reference), basis=AsOfBasis.INFERRED)
    return None


def _a_told_period(mention: DateMention, ref: date | None) -> bool:
    """Whether a date is a reporting period over by ``ref``: a quarter, a half, "the year to
    March", "the nine months to September".

    A calendar year or a month is not: the sentences after "in 2019" or "in
    March" often tell of other times.
    """
    rng = mention.range
    if rng is None or mention.since or mention.since_event or (ref and rng.end > ref):
        return False
    if _COMPARED_OFFSET.search(mention.text):
        return False  # "compared with $12 million a year earlier": what it was set against
    days = (rng.end - rng.start).days
    whole_years = rng.start.month == rng.start.day == 1 and (rng.end.month, rng.end.day) == (12, 31)
    return 31 < days < 370 and not whole_years


_COMPARED_OFFSET = re.compile(r"\b(?:earlier|before|previous|prior|ago)\b", re.IGNORECASE)


_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")", re.IGNORECASE)
_SOON = 60  # days after an undated story's inferred day that it may still narrate
_MONTH_WRITTEN = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.IGNORECASE
)


def _after(mention: DateMention, day: date | None) -> bool:
    """Whether a date starts after ``day`` (a day still to come when ``day`` is now)."""
    return day is not None and mention.range is not None and mention.range.start > day


def _horizon(mention: DateMention, ref: date | None, soon: date | None) -> date | None:
    """The last day a date may name and still be told: ``soon`` for a day written with its
    month ("17 March"), ``ref`` otherwise (a bare weekday after it is still to come)."""
    return soon if _MONTH_WRITTEN.search(mention.text) else ref


# A count in the present perfect: "Police have arrested 47 people".
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\s+"
    r"(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AFTER_BEFORE = re.compile(r"\bafter\s+(?:the\s+|last\s+)?$", re.IGNORECASE)


def _kept_since(text: str, mention: DateMention, figure: int) -> bool:
    """Whether a count in the present perfect runs on from the day after which it began.

    "Police have arrested 47 people after Sunday's derby": the arrests since
    Sunday, to the time of writing, not Sunday's alone.
    """
    rng = mention.range
    if rng is None or rng.start != rng.end or mention.span.start < figure:
        return False
    if not _AFTER_BEFORE.search(text, max(0, mention.span.start - 12), mention.span.start):
        return False
    return bool(_PERFECT_BEFORE.search(text, max(0, figure - 60), figure))


def _held_by(ballot: DateRange, ref: date | None) -> bool:
    """Whether a ballot had been held by the time of writing."""
    return ref is None or ballot.start <= ref


def _still_to_come(
    text: str, mention: DateMention, ref: date | None, inferred: bool = False
) -> bool:
    """A deadline or a start still to come, not when a figure held.

    "will cut 6,800 jobs by the end of 2026", "savings of €620 million a year
    from 2027": the figure is told as of now.  A future period of its own
    ("a deficit of 3.1% in 2024", "next week") is the one the figure is for,
    unless the sentence narrates the past ("four were remanded to appear next
    month").  An ``inferred`` ``ref`` is only the earliest the story can have
    been told: a later date it narrates in the past ("went on trial in
    2018") had come by then.
    """
    if ref is None or mention.range is None or mention.range.start <= ref:
        return False
    lead = _DEADLINE_LEAD.search(text, max(0, mention.span.start - 30), mention.span.start)
    told = inferred and not _WEEKDAY.search(mention.text)  # a bare weekday is read forward
    return bool(lead) or (not told and narrated_in_the_past(text))


# Words making a "since" the measure of a record: "its highest level since 2011".
_RECORD_WORDS = (
    "highest", "lowest", "worst", "best", "biggest", "largest", "smallest", "deadliest",
    "strongest", "weakest", "fastest", "slowest", "sharpest", "steepest", "first", "record",
    "greatest", "heaviest", "longest", "shortest",
)  # fmt: skip
_RECORD_BEFORE = re.compile(
    r"\b(?:" + "|".join(_RECORD_WORDS) + r")\b[^,;.]{0,60}?\bsince\b[^,;.]*$", re.IGNORECASE
)


def _record_since(text: str, mention: DateMention, end: int) -> bool:
    """Whether a "since" date after the figure measures a record it set, not its period.

    "Turnout was 61.4%, the highest since 1998", "its worst result since the
    party was founded in 1991": the figure holds for its own day.  A figure
    after the date is another's ("since March 1991, when 23 people died").
    """
    if not (mention.since or mention.since_event) or mention.span.start < end:
        return False
    return bool(_RECORD_BEFORE.search(text, max(0, mention.span.start - 120), mention.span.start))


# Words telling a clause as of the time of writing: "and are now worth 9%".
_NOW_WORDS = re.compile(r"\b(?:now|currently|today)\b", re.IGNORECASE)


def _now_between(text: str, mention: DateMention, figure: int) -> bool:
    """Whether the figure's own clause, after an earlier date, is told as of now.

    "Remittances reached $3.1 billion in the first nine months, and are now
    worth about 9% of GDP": the share holds at the time of writing.
    """
    return mention.span.end <= figure and bool(_NOW_WORDS.search(text, mention.span.end, figure))


def _compared(text: str, mention: DateMention, end: int) -> bool:
    """Whether a date after the figure dates what it is compared with, not the figure.

    "five fewer than when the seats were last fought in 2022", "6.2% lower
    than a year earlier", "compared with 2023", "up 22% over the same period
    last year": the figure holds for now.
    """
    if end > mention.span.start:
        return False
    if _SAME_PERIOD_OF.match(text, mention.span.start) and _a_change_over(text, end, mention):
        return True  # "an increase of 22% over the same period last year"
    return bool(_COMPARISON.search(text, end, mention.span.start))


_COMPARISON = re.compile(r"\b(?:than|compared\s+(?:with|to))\b", re.IGNORECASE)
# A change measured against a period told again: "up 12% on the same period of 2023".
_CHANGE_OVER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:over|on|from|against|versus)\s+", re.IGNORECASE
)
_CHANGE_WORDS = re.compile(
    r"\b(?:up|down|rise|rose|risen|increase[sd]?|fall|fell|fallen|drop(?:ped)?|decline[sd]?"
    r"|higher|lower|more|fewer|less|growth|grew|jump(?:ed)?)\b",
    re.IGNORECASE,
)


def _a_change_over(text: str, end: int, mention: DateMention) -> bool:
    """Whether the figure is a change set against the period the date names again.

    "Up 12% on the same period of 2023", "an increase of 22% over the same
    period last year": the change holds for now; "412 cases over the same
    period last year" is a count of that period.
    """
    if not _CHANGE_OVER.fullmatch(text, end, mention.span.start):
        return False
    return bool(_CHANGE_WORDS.search(text, max(0, end - 40), mention.span.start))


# Words making a later date a deadline or a start: "by 2026", "from 2027", "until June".
_DEADLINE_LEAD = re.compile(
    r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$"
    r"|\b(?:by|before)\s+$"
    # a yearly sum starting later is told as of now: "€620 million a year from 2027"
    r"|\b(?:a|per|each)\s+year\s+(?:from|starting\s+in|beginning\s+in)\s+$",
    re.IGNORECASE,
)


# Words that put a figure at the time of writing, whatever day the sentences before told.
_NOW = re.compile(r"\b(?:now|later|currently|so far|to date|still)\b", re.IGNORECASE)
# A figure whose own verb is in the present: a state at the time of writing.
_PRESENT_AFTER = re.compile(
    r"(?:\s+[a-z][\w’'-]*){0,3}?\s+(?:is|are|remain|remains)\b(?!\s+(?:thought|believed|said))"
)


# A finite verb in the present or the present perfect: "has trucked in", "the appeal is".
_PRESENT_VERB = re.compile(r"\b(?:is|are|has|have|says|say|remains|remain)\b", re.IGNORECASE)


def _told_now(sentence: str) -> bool:
    """Whether a sentence is told wholly in the present: a state at the time of writing.

    "UNHCR has trucked in 1,200 tents and says it needs 3,400 more" after a
    sentence about Wednesday is told as of now, not of Wednesday.
    """
    plain = _PERFECT.sub(" has ", _QUOTED.sub(" ", sentence))
    return bool(_PRESENT_VERB.search(plain)) and not _TOLD_PAST.search(plain)


# "has trucked in", "have been moved": the participle is no past tense.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:not\s+|also\s+|already\s+)?(?:been\s+)?[\w’'-]+")


# A figure whose own verb tells a state still holding: "have still not been seen".
_STILL_AFTER = re.compile(
    r"(?:\s+[a-z][\w’'-]*){0,3}?\s+(?:is|are|has|have|remain|remains)\s+(?:still|now|yet)\b"
    r"|(?:\s+[a-z][\w’'-]*){0,3}?\s+(?:remain|remains)\b",
    re.IGNORECASE,
)
# Where one clause ends and another begins: ", and", ", but", ";".
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while)\b|;")


def _still_dates(text: str, mention: DateMention, figure: int) -> bool:
    """Whether a date may date a figure told as still holding: its own clause's, a "since".

    "418 of them have still not been seen" after "between 2016 and 2020, and":
    the figure holds now, not over the years of another clause.
    """
    if mention.since or mention.since_event or spoken_date(text, mention):
        return True
    return mention.span.end <= figure and not _CLAUSE_BREAK.search(text, mention.span.end, figure)


def _now_or_spoken(text: str, mentions: list[DateMention], end: int) -> list[DateMention]:
    """The dates a figure told in the present keeps: before it, since-ranges, statements.

    "Three people are still missing, among them two hikers last seen on
    Tuesday": a day after a present-tense figure dates another clause.
    """
    return [
        m
        for m in mentions
        if m.span.start < end or m.since or m.since_event or spoken_date(text, m)
    ]


# Words that refer back to a day or a period told before.
_SAME_DAY = re.compile(
    r"\b(?:(?:that|the same)\s+(?:day|morning|afternoon|evening|night)|on the day)\b",
    re.IGNORECASE,
)
_SAME_PERIOD = re.compile(
    r"\b(?:(?P<since>since then)|(?:that|the same|that same)\s+(?P<unit>year|month)"
    r"|(?:in|at|during)\s+that\s+(?P<event>election|vote|referendum|poll|ballot|census))\b",
    re.IGNORECASE,
)
# A period told before, named again: "in the quarter", "over the period", "during the
# same five years"; not the same period of another year ("the same period last year").
_THE_PERIOD = re.compile(
    r"\b(?:in|over|during|for|across|throughout)\s+(?:the|that)\s+(?:same\s+)?"
    r"(?:quarter|period|half|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]+"
    r"(?:years?|months?)(?:\s+period)?))\b"
    r"(?!\s*(?:,\s*)?(?:of|in|last|a\s+year|the\s+previous|the\s+year\s+before"
    r"|to|ended|ending|through|from|since|before|after)\b)",
    re.IGNORECASE,
)
# Events that last a spell of days, named again: "arrested during the operation", "fled
# during the fighting": the spell the story dated ("between May 2 and May 9").
_SPELL_NOUNS = (
    "offensive", "operation", "fighting", "campaign", "siege", "bombardment", "crackdown",
    "unrest", "protests", "clashes", "riots", "raids", "heatwave", "outbreak", "blockade",
    "strike", "occupation", "assault", "incursion",
)  # fmt: skip
_DURING_THE_SPELL = re.compile(
    r"\b(?:during|throughout|in)\s+the\s+(?:(?:week|month)[\s-]long\s+)?(?:"
    + "|".join(_SPELL_NOUNS)
    + r")\b(?!\s+(?:of|in|on|at|against)\b)",
    re.IGNORECASE,
)
# A length of time, not a period of the calendar: "a raise over three years".
_DURATION = re.compile(
    r"\b(?:over|for|within|across)\s+(?:the\s+next\s+)?(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|\d{1,2})\s+(?:years|months|weeks)\b",
    re.IGNORECASE,
)
# A study named again: "The audit counted 17 contractors" after "a 2023 audit by ...".
_STUDY_NOUNS = ("audit", "survey", "census", "study", "poll", "review", "analysis", "assessment")
_STUDY_AGAIN = re.compile(r"\bthe\s+(?P<noun>" + "|".join(_STUDY_NOUNS) + r")\b", re.IGNORECASE)
_BACK_WORDS = ("that ", "same ", "since then", "on the day")
_PERIOD_WORDS = ("quarter", "period", "half", "year", "month")


def back_references(
    text: str,
    before: Sequence[str],
    ref: date | None,
    anchor: date | None,
    period: DateRange | None = None,
) -> tuple[DateMention, ...]:
    """Dates ``text`` gives by referring back: "that morning", "that same year", "since then".

    A day ("that morning", "on the day") is the story's last stated day,
    ``anchor``; a year, a month or an event ("in that election") is that of
    the last date written before, in ``text`` or in ``before`` (the
    sentences before it, nearest first); a study named again ("the audit
    counted") is of the year it was named with ("a 2023 audit"); a period
    named again ("in the quarter", "over the period") is the last period of
    several days told before, in ``text``, ``before`` or, failing those, the
    story's last, ``period``.
    """
    low = text.lower()
    found: list[DateMention] = []
    if any(word in low for word in _PERIOD_WORDS):
        for m in _THE_PERIOD.finditer(text):
            told = _last_period((text[: m.start()], *before), ref)
            if told is _A_DURATION:
                continue
            told = told or period
            if told is not None:
                found.append(_referred(m, text, told, False))
    if any(noun in low for noun in _SPELL_NOUNS):
        for m in _DURING_THE_SPELL.finditer(text):
            told = _last_period(before, ref)  # told before: its own sentence's is another's
            told = period if told is None or told is _A_DURATION else told
            if told is not None:
                found.append(_referred(m, text, told, False))
    if any(noun in low for noun in _STUDY_NOUNS):
        for m in _STUDY_AGAIN.finditer(text):
            year = _year_of_study((text[: m.start()], *before), m.group("noun"))
            if year is not None:
                found.append(_referred(m, text, _period("year", 0, date(year, 1, 1)), False))
    if not any(word in low for word in _BACK_WORDS):
        return tuple(found)
    if anchor is not None:
        for m in _SAME_DAY.finditer(text):
            found.append(_referred(m, text, DateRange(start=anchor, end=anchor), True))
    for m in _SAME_PERIOD.finditer(text):
        told = _last_told((text[: m.start()], *before), ref, m.group("event"))
        if told is None:
            continue
        if m.group("since"):
            end = ref if ref is not None and ref > told.start else told.end
            rng = DateRange(start=told.start, end=end)
        elif m.group("unit"):
            unit = "year" if m.group("unit").lower() == "year" else "month"
            rng = _period(unit, 0, told.start)
        else:
            rng = told
        found.append(_referred(m, text, rng, rng.start == rng.end))
    return tuple(found)


@lru_cache(maxsize=64)
def _study_year_pattern(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b", re.IGNORECASE)


def _year_of_study(texts: Sequence[str], noun: str) -> int | None:
    """The year a study was first named with ("a 2023 audit by ..."), nearest first."""
    pattern = _study_year_pattern(noun.lower())
    for text in texts:
        found = pattern.findall(text)
        if found:
            return int(found[-1])
    return None


def _referred(m: re.Match[str], text: str, rng: DateRange, has_day: bool) -> DateMention:
    return DateMention(
        span=Span(start=m.start(), end=m.end()),
        text=text[m.start() : m.end()],
        range=rng,
        basis=AsOfBasis.STATED,
        since=False,
        has_day=has_day,
    )


def _last_period(texts: Sequence[str], ref: date | None) -> DateRange | None:
    """The last period of several days written in ``texts`` (nearest first).

    A length of time told first ("a raise over three years ... 5.5 per cent
    over the same period") is what "the period" means: no calendar period.
    """
    for text in texts:
        told = story_period(text, ref)
        if told is not None:
            return told
        if _DURATION.search(text):
            return _A_DURATION
    return None


_A_DURATION = DateRange(start=date.min, end=date.min)  # "the period" meant a length of time


def _last_told(texts: Sequence[str], ref: date | None, event: str | None) -> DateRange | None:
    """The last date written in ``texts`` (nearest first); naming ``event``, if one is given."""
    for text in texts:
        mentions = [m for m in find_dates(text, ref) if m.range is not None]
        if event is not None:
            mentions = [m for m in mentions if _names_event(text, m, event)]
        if mentions:
            last = max(mentions, key=lambda m: m.span.start).range
            assert last is not None
            return last
    return None
