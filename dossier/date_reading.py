"""Reading the date expressions in a text, and the days statements are made on.

Owns ``find_dates`` (every date a text names, resolved against a reference),
the inference of the publication year (``infer_reference``,
``mentioned_years``) and statement days: the day something was said
(``spoken_date``, ``statement_day``) and the story's own day and period
(``story_anchor``, ``story_period``, ``opening_day``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from dossier.date_periods import (
    _A_DAY_ON,
    _DIGIT,
    _FIXED_FOR,
    _OFFSET_EVENT,
    _PAST,
    _PAST_WORD,
    SAME_FORM_PAST,
    DateMention,
    _direction,
    _happened_in,
    _in_the_storys_year,
    _offset,
    _offset_parts,
    _period_a_year_off,
    _resolve,
    _same_form_past,
    _so_far,
    in_year,
)
from dossier.date_words import (
    _MONTH,
    _PATTERNS,
    _SAME_PERIOD_OF,
    _SINCE,
    _SINCE_CLAUSE,
    _TOLD_PAST,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    SEASONS,
    WEEKDAYS,
)
from dossier.model import AsOfBasis, DateRange, Span
from dossier.text import lower_for_matching

# "the week ending July 13", "in the week to May 17", "the seven days to Sunday".
_WEEK_ENDING = re.compile(
    r"\b(?:week|seven\s+days)\s+(?:ending|ended|to|up\s+to|through)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _week_to(rng: DateRange) -> DateRange:
    """The seven days that end on the day ``rng`` names."""
    if rng.start != rng.end:
        return rng
    return DateRange(start=rng.end - timedelta(days=6), end=rng.end)


# A date naming both ends of a range: "3 to 10 March", "2019-2021".
_BOTH_ENDS = re.compile(r"\b(?:to|until|till|through|and)\b|\d\s*[-–]\s*\d", re.IGNORECASE)
# A stay that lasts the night: "kept in hospital overnight", "stayed overnight".
_STAYING = ("kept", "keep", "stayed", "stay", "spent", "spend", "held", "remained", "slept")
_A_NIGHTS_STAY = re.compile(
    r"\b(?:" + "|".join(_STAYING) + r")\b(?:\s+[\w’'-]+){0,3}\s+$", re.IGNORECASE
)
# "the week of October 14", "the week beginning 3 June": read like "the week to", from the
# other end: the seven days that start on the day named (not a calendar week around it).
_WEEK_OF = re.compile(
    r"\bweek\s+(?:of|beginning|starting|commencing)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _week_from(rng: DateRange) -> DateRange:
    """The seven days that start on the day ``rng`` names."""
    if rng.start != rng.end:
        return rng
    return DateRange(start=rng.start, end=rng.start + timedelta(days=6))


_UNIT = re.compile(r"day|week|month|year", re.IGNORECASE)
_PERIOD = re.compile(r"year|month|week|decade", re.IGNORECASE)
_DAY = re.compile(r"day", re.IGNORECASE)
# The end of a "28 July": a day's last digit, its suffix, "of" and the month.
_DAY_BEFORE_MONTH = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH, re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
_RELATIVE_YEAR = re.compile(r"(?:last|this|next)\s+year", re.IGNORECASE)
_PART_WORD = re.compile(r"\b(?:early|mid|late)\b", re.IGNORECASE)
_NEEDS: dict[str, re.Pattern[str]] = {
    "month_rel_year": _RELATIVE_YEAR,
    "part_of": _PART_WORD,
    "months_to": _UNIT,
    "day_range": _DIGIT,
    "day_range_dm": _DIGIT,
    "month_day": _DIGIT,
    "day_month": _DAY_BEFORE_MONTH,
    "month_year": _YEAR_DIGITS,
    "year_range": _YEAR_DIGITS,
    "month_year_span": _YEAR_DIGITS,
    "first_months": _UNIT,
    "year_end": _YEAR_DIGITS,
    "past_span": _UNIT,
    "offset": _UNIT,
    "offset_event": _DAY,
    "weekday": _DAY,
    "weekday_range": _DAY,
    "relative_period": _PERIOD,
    "year": _DIGIT,
}
# Words every match of a pattern contains, in lower case: a text that, in lower
# case, contains none of them is not searched with that pattern.  Plain substring
# tests are far cheaper than a case-blind search; a text for which they could
# disagree with it (``lower_for_matching``) skips them.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WORDS_NEEDED: dict[str, tuple[str, ...]] = {
    "months_to": ("months", "year"),
    "first_months": ("first", "last", "final"),
    "month_year_span": _MONTH_STEMS,
    "quarter": ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"),
    "full_year": ("full",),
    "month_rel_year": (" year",),
    "part_of": ("early", "mid", "late"),
    "season": tuple(SEASONS),
    "named_day": ("new year", "christmas", "boxing day", "valentine", "halloween"),
    "weekend": ("weekend",),
    "day_range": _MONTH_STEMS,
    "day_range_dm": _MONTH_STEMS,
    "month_day": _MONTH_STEMS,
    "day_month": _MONTH_STEMS,
    "month_year": _MONTH_STEMS,
    "month_end": ("end of",),
    "month_range": ("between", "from"),
    "month_label": (":",),
    "past_span": ("past", "last"),
    "month": _MONTH_STEMS,
    "offset": ("earlier", "later", "before", "previously", "ago"),
    "offset_the": ("following", "previous", "preceding", "next", "before", "after"),
    "offset_event": ("after",),
    "weekday": tuple(WEEKDAYS),
    "weekday_range": tuple(WEEKDAYS),
    "overnight_day": ("overnight",),
    "relative_day": tuple(RELATIVE_DAYS),
    "relative_period": tuple(RELATIVE_PERIODS),
}
# The case-blind patterns written in lower case (named groups aside), made
# case-sensitive to run on the text in lower case (``lower_for_matching``):
# several times faster, and matching at the same places.
_LOWER_TWINS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    for name, pattern in _PATTERNS
    if pattern.flags & re.IGNORECASE
    and not any(c.isupper() for c in pattern.pattern.replace("(?P<", ""))
}


def _matches(
    name: str, pattern: re.Pattern[str], text: str, low: str | None
) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, found on ``low`` (``text`` in lower case) when it can be."""
    twin = None if low is None else _LOWER_TWINS.get(name)
    if twin is None:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    for found in twin.finditer(low):
        m = pattern.match(text, found.start())
        if m is None or m.end() != found.end():  # never: see lower_for_matching
            return list(pattern.finditer(text))
        out.append(m)
    return out


def find_dates(
    text: str,
    reference: date | None,
    *,
    inferred: bool = False,
    years: Iterable[int] = (),
    anchor: date | None = None,
) -> tuple[DateMention, ...]:
    """Date expressions in ``text`` resolved against ``reference``.

    ``inferred`` marks the reference as a guess (no publication date): it is
    then the earliest the article can have been written, so a bare weekday
    is read forward from it.  ``years`` are years the article mentions, used
    with weekday evidence.  ``anchor`` is the story's last stated day before
    ``text``: "two days earlier" counts back from it (or from a day stated
    earlier in ``text`` itself).

    Results are remembered: the extractor reads the same sentence's dates
    for the sentence and again for each figure after it.
    """
    return _find_dates(text, reference, inferred, tuple(years), anchor)


@lru_cache(maxsize=4096)
def _find_dates(
    text: str,
    reference: date | None,
    inferred: bool,
    years: tuple[int, ...],
    anchor: date | None,
) -> tuple[DateMention, ...]:
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    offsets: list[re.Match[str]] = []
    direction = _direction(text, 0)
    basis = AsOfBasis.INFERRED if inferred else AsOfBasis.STATED
    present: dict[re.Pattern[str], bool] = {}
    written: dict[tuple[str, ...], bool] = {}
    low = lower_for_matching(text)
    says_since = "since" in (low if low is not None else text.lower())
    for name, pattern in _PATTERNS:
        words = _WORDS_NEEDED.get(name)
        if low is not None and words is not None:
            if words not in written:
                written[words] = any(w in low for w in words)
            if not written[words]:
                continue
        needs = _NEEDS.get(name)
        if needs is not None:
            if needs not in present:
                present[needs] = needs.search(text) is not None
            if not present[needs]:
                continue
        for m in _matches(name, pattern, text, low):
            start = m.start("month") if name in ("month", "month_label") else m.start()
            if any(a < m.end() and start < b for a, b in taken):
                continue
            if name in ("offset", "offset_the", "offset_event"):
                taken.append((start, m.end()))
                offsets.append(m)
                continue
            if (
                name == "relative_day"
                and m.group("rel").lower() == "overnight"
                and _A_NIGHTS_STAY.search(text, max(0, start - 50), start)
            ):
                continue  # "kept in hospital overnight": how long, not when
            local = _direction(text[max(0, start - 60) : start], 0)
            way = min(direction, local)
            if name in ("weekday", "month_day", "day_month") and _FIXED_FOR.search(
                text, max(0, start - 60), start
            ):
                way = 1  # "called a protest for Sunday": the Sunday to come
            if inferred and name in ("weekday", "weekday_range") and way < 0:
                way = 1
            lead = _SINCE.search(text[max(0, start - 30) : start])
            # "from 3 to 10 March" states both ends: a closed range, not a count running on
            since = lead is not None and not (
                lead.group(1).lower() == "from" and _BOTH_ENDS.search(m.group(0))
            )
            if (since and lead.group(1).lower() == "since") or (
                way < 0
                and (
                    _PAST_WORD.search(text, max(0, start - 60), start)
                    or _same_form_past(text[max(0, start - 60) : start])
                    or _done_before(text[max(0, start - 60) : start])
                )
            ):
                # "since Christmas", "talks were held on December 1", "hit on": the one before
                way = _PAST
            elif way < 0 and _opens_past_clause(text, start, m.end()):
                way = _PAST  # "On 20 March, the two governments signed a deal ..."
            try:
                resolved = _resolve(name, m, reference, way, years)
            except (KeyError, ValueError, OverflowError):
                continue  # written like a date, but no calendar day: not a date
            if resolved is None:
                continue
            rng, guess, has_day = resolved
            if (
                name in ("month_day", "day_month", "day_range", "day_range_dm")
                and not m.group("year")
                and rng is not None
                and rng.start.year == rng.end.year
            ):
                rng = _in_the_storys_year(rng, anchor, reference)
                if inferred:
                    rng = _soon_after(rng, reference)
            if has_day and rng is not None and _WEEK_ENDING.search(text, max(0, start - 30), start):
                rng = _week_to(rng)  # "in the week to May 17": the seven days ending then
            elif has_day and rng is not None and _WEEK_OF.search(text, max(0, start - 30), start):
                rng = _week_from(rng)  # "the week of 14 October": the seven days from then
            if name == "relative_period" and rng is not None and _happened_in(text, start):
                rng = _so_far(rng, reference)  # "a survey published this month": so far
            taken.append((start, m.end()))
            found.append(
                DateMention(
                    span=Span(start=start, end=m.end()),
                    text=text[start : m.end()],
                    range=rng,
                    basis=AsOfBasis.INFERRED if guess else basis,
                    since=since,
                    has_day=has_day,
                    since_event=says_since
                    and not since
                    and bool(_SINCE_CLAUSE.search(text, max(0, start - 60), start)),
                )
            )
    for m in offsets:
        base = _anchor_before(text, found, m.start()) or anchor or reference
        if m.re is _OFFSET_EVENT:
            # "six days after a vote" counts back from the day the sentence told
            told = [
                d.range.start
                for d in found
                if d.span.end <= m.start() and d.has_day and d.range and not d.since
            ]
            if not told:
                continue
            base = told[-1]
        if m.group(0).lower().endswith("ago"):
            base = reference  # "three years ago": from the time of writing
        moved = _period_a_year_off(m, found)
        if moved is None:
            if base is None:
                continue
            moved = _offset(m, base)
        if reference is not None and moved.start > reference:
            continue  # "five years later" told from a past year: the story's now
        found.append(
            DateMention(
                span=Span(start=m.start(), end=m.end()),
                text=m.group(0),
                range=moved,
                basis=basis,
                since=False,
                has_day=_offset_parts(m)[2] in ("day", "week"),
            )
        )
    if "same" in text:
        found = _same_period_of(text, found, reference)
    return tuple(sorted(found, key=lambda d: d.span.start))


def _same_period_of(
    text: str, found: list[DateMention], reference: date | None
) -> list[DateMention]:
    """The period told before in the sentence, moved to the year "the same period of" names.

    "312 people have died since January 1, compared with 198 in the same
    period of 2020": January 1 to the time of writing, in 2020.  With no
    period before it, the year named stays the reading.
    """
    for m in _SAME_PERIOD_OF.finditer(text):
        told = [
            d
            for d in found
            if d.span.end <= m.start()
            and d.range is not None
            and (d.since or d.range.start < d.range.end)
        ]
        if not told:
            continue
        last = max(told, key=lambda d: d.span.start)
        assert last.range is not None
        end = reference if last.since and reference is not None else last.range.end
        shift = -1 if m.group("back") else int(m.group("year")) - end.year
        try:
            moved = DateRange(
                start=last.range.start + relativedelta(years=shift),
                end=end + relativedelta(years=shift),
            )
        except (ValueError, OverflowError):
            continue
        found = [d for d in found if not (d.span.start < m.end() and m.start() < d.span.end)]
        found.append(
            DateMention(
                span=Span(start=m.start(), end=m.end()),
                text=m.group(0),
                range=moved,
                basis=last.basis,
                since=False,
                has_day=False,
            )
        )
    return found


# Words between a past verb and a date that hand the date to another clause:
# "ordered the funds released on Christmas Eve" is done; "agreed that the vote on
# December 24", "voted to hold it on June 3", "waited until May 2" are not.
_HANDS_ON = re.compile(r"\b(?:that|to|until|till|for|if|whether|when|before)\b|[,;:]", re.I)


# Words ending like a past verb that describe rather than tell: "children aged nine".
_NOT_VERBS = frozenset({"aged", "based", "named", "called", "need"})


def _done_before(window: str) -> bool:
    """Whether the clause before a date is told in the past tense ("ordered ... on").

    The last past verb in the window must govern the date: nothing between
    them may open another clause, so "said that the vote on December 24" is
    left to the other readings, nor may a figure, whose own period the date
    may be ("found 870 deaths between 14 July and 3 August").
    """
    verbs = [m for m in _TOLD_PAST.finditer(window) if m.group().lower() not in _NOT_VERBS]
    if not verbs:
        return False
    after = verbs[-1].end()
    return _HANDS_ON.search(window, after) is None and not any(c.isdigit() for c in window[after:])


# A date opening a sentence: "On 20 March,", "In July", "Late on Tuesday".
_OPENING_LEAD = re.compile(r"\W*(?:(?:late|early)\s+)?(?:on|in|at|by|during)?\s*$", re.IGNORECASE)
# Words that put what follows them ahead or in the present: "will", "is due to".
_NOT_DONE = frozenset(
    {"will", "would", "could", "may", "might", "can", "shall", "is", "are", "to", "be"}
)
_CLAUSE_WORD = re.compile(r"[\w’'-]+|[;:.?!]")


def _opens_past_clause(text: str, start: int, end: int) -> bool:
    """Whether a date opening its sentence dates a main clause told in the past.

    "On 20 March, the two governments signed a deal under which migrants
    could be returned": the clause's first verb, within a few words, is past,
    so the day is the one before the time of writing, whatever "could" says
    later on.
    """
    if not _OPENING_LEAD.fullmatch(text, 0, start):
        return False
    for k, m in enumerate(_CLAUSE_WORD.finditer(text, end, min(len(text), end + 90))):
        word = m.group().lower()
        if k > 9 or word in _NOT_DONE or not word[0].isalnum():
            return False
        if _TOLD_PAST.fullmatch(word) and word not in _NOT_VERBS:
            return True
        if word in SAME_FORM_PAST and _same_form_past(text[end : m.end() + 4]):
            return True  # "On 20 March, the two governments put into effect a deal"
    return False


# A reporting verb just before a date: the day someone spoke, not story time.
# Verbs of saying: a day next to one is the day someone spoke.
STATEMENT_VERBS = (
    "said", "says", "told", "announced", "reported", "added", "confirmed", "stated", "wrote",
    "tweeted", "accused", "warned", "urged", "demanded", "criticised", "criticized",
    "condemned", "revealed", "disclosed", "insisted", "acknowledged", "pledged", "promised",
)  # fmt: skip
# Not among them, for their other senses: "admitted" (to hospital), "claimed" (lives),
# "estimated" ("an estimated 300"), "denied" (entry).
_SAYING = "|".join(STATEMENT_VERBS)
_SPOKEN = re.compile(
    r"\b(?:" + _SAYING + r")(?:\s+[\w’'-]+){0,3}?\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)
# A day opening the sentence, then who spoke: "On Wednesday, the group's leader announced".
_OPENS_A_STATEMENT = re.compile(
    r"\s*,\s*(?:[\w’'.()-]+,?\s+){1,12}?(?:" + _SAYING + r")\b", re.IGNORECASE
)
_SENTENCE_OPENING = re.compile(r"^\W*(?:on\s+|late\s+on\s+|early\s+on\s+)?$", re.IGNORECASE)


def spoken_date(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` dates a statement ("the agency said on Monday").

    So does a day opening the sentence before the speaker: "On Wednesday,
    the agency's director announced ...".
    """
    if _SPOKEN.search(text[max(0, mention.span.start - 40) : mention.span.start]):
        return True
    return _opens_a_statement(text, mention)


def statement_day(
    text: str, mentions: Sequence[DateMention], ref: date | None
) -> DateMention | None:
    """The past day a statement in ``text`` was made on ("the ministry said on Monday").

    What the rest of the story goes on reporting from that statement holds
    for that day, not for the day the story was published.
    """
    if ref is None:
        return None
    for m in mentions:
        rng = m.range
        if rng is None or not m.has_day or rng.start != rng.end or m.since or m.since_event:
            continue
        before = text[max(0, m.span.start - 50) : m.span.start]
        if rng.start > ref or _EARLIER_STATEMENT.search(before):
            continue
        if _STATED_ON.search(before) or _opens_a_statement(text, m):
            return m
    return None


def _opens_a_statement(text: str, mention: DateMention) -> bool:
    """ "On Wednesday, the agency's director announced ...": a day, then who spoke."""
    return bool(
        _SENTENCE_OPENING.match(text[: mention.span.start])
        and _OPENS_A_STATEMENT.match(text, mention.span.end, mention.span.end + 120)
    )


# Someone speaking on a day, in the active voice: "the ministry said on Monday",
# "told reporters on Wednesday morning"; not "two cases were confirmed on Tuesday".
_STATED_ON = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:" + _SAYING + r"|published|released)"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)
# A statement named inside a relative clause is an earlier one, set against
# the figure: "down to seven from the nine it reported on Monday".
_EARLIER_STATEMENT = re.compile(
    r"(?:\b(?:that|which)|\w\s+(?:it|they|he|she))\s+(?:had\s+|has\s+)?(?:\w+\s+){0,1}?"
    r"(?:said|reported|announced|confirmed|published|released|stated)\b",
    re.IGNORECASE,
)


# "since" opening the phrase a date ends: "the first strike since the general strike of
# 14 November 2012", "its worst flooding since the storms in 1998".
_SINCE_PHRASE = re.compile(r"\bsince\b[^,;.()]{0,60}$", re.IGNORECASE)


def measured_since(text: str, mention: DateMention) -> bool:
    """Whether a date is where a count or a record is measured from, not a day the story
    tells: "the first nationwide stoppage since the general strike of 14 November 2012"."""
    if mention.since or mention.since_event:
        return True
    return bool(_SINCE_PHRASE.search(text, max(0, mention.span.start - 60), mention.span.start))


def story_anchor(text: str, mentions: Sequence[DateMention]) -> date | None:
    """The last day ``text`` states for events (not for statements), if any."""
    days = [
        m
        for m in mentions
        if m.has_day
        and m.range
        and not m.since
        and not m.since_event
        and not spoken_date(text, m)
        and not _A_DAY_ON.match(m.text)  # "the next morning": in passing, not the story's day
    ]
    if not days:
        return None
    last = max(days, key=lambda m: m.span.start).range
    assert last is not None
    return last.start


def story_period(
    text: str, ref: date | None, mentions: Sequence[DateMention] | None = None
) -> DateRange | None:
    """The last period of several days ``text`` states, for "the period", "the quarter" later.

    A "since" range, a period still to come and a single day are not one:
    "in the quarter" refers back to "between July 1 and September 30" or
    "the first half", not to "on Tuesday".  ``mentions`` are its dates, if read already.
    """
    periods = [
        m.range
        for m in (find_dates(text, ref) if mentions is None else mentions)
        if m.range is not None
        and m.range.start < m.range.end
        and not m.since
        and not m.since_event
        and (ref is None or m.range.end <= ref)
        and not _COMPARED_BEFORE.search(text, max(0, m.span.start - 40), m.span.start)
        and not _SAME_PERIOD_OF.match(text, m.span.start)
    ]
    return periods[-1] if periods else None


# A period a figure is compared with: "over the same period last year", "than in 2023".
_COMPARED_BEFORE = re.compile(
    r"\b(?:same\s+(?:period|quarter|months?|time)|than|compared\s+(?:with|to)|up\s+from"
    r"|down\s+from)\b[^,;.]*$",
    re.IGNORECASE,
)


def opening_day(text: str, mentions: Sequence[DateMention], published: date | None) -> date | None:
    """The one past day an opening sentence tells its event on, read from its dates alone.

    "Twelve people were killed in a crush before Saturday night's final":
    the Saturday, whether or not the event is recognised as one.  A day
    someone spoke on, a "since" day and a day compared with are not it.
    """
    if published is None:
        return None
    days = {
        m.range.start
        for m in mentions
        if m.range is not None
        and m.has_day
        and m.range.start == m.range.end < published
        and not measured_since(text, m)
        and not spoken_date(text, m)
        and not _COMPARED_BEFORE.search(text, max(0, m.span.start - 40), m.span.start)
        and not _TALLY_ON.search(text, max(0, m.span.start - 50), m.span.start)
    }
    return days.pop() if len(days) == 1 else None


# The day a count was updated, not the event's: "the toll rose to 46 on Sunday".
_TALLY_ON = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|stood|reached|hit)\s+(?:to\s+|at\s+)?"
    r"(?:at\s+least\s+|more\s+than\s+)?[\d,.]+(?:\s+[a-z]+)?\s+(?:on|by|late\s+on|early\s+on)\s+$",
    re.IGNORECASE,
)


def _soon_after(rng: DateRange, reference: date | None) -> DateRange:
    """A day without its year in a story whose day is only inferred: its year's, if soon after.

    An undated story is told from no earlier than its inferred day, so "by
    17 March" after "14 March 2014" is three days on, not a year before.
    """
    if reference is None or rng.start >= reference:
        return rng
    moved = in_year(rng, reference.year)
    return moved if moved is not None and 0 <= (moved.start - reference).days <= 60 else rng


def _anchor_before(text: str, found: Sequence[DateMention], pos: int) -> date | None:
    return story_anchor(text, [m for m in found if m.span.end <= pos])


def infer_reference(text: str, years: Sequence[int] | None = None) -> date | None:
    """A stand-in publication date from evidence: the latest fully dated day.

    A day is fully dated when it carries a year, or a weekday that fixes the
    year among ``years`` (by default the years ``text`` mentions) or the
    years around them.  A day counted from another ("19 days later") is not
    written out: it tells how the story went on, not when it was told.
    """
    if years is None:
        years = mentioned_years(text)
    best: date | None = None
    for mention in find_dates(text, None, inferred=True, years=years):
        if _COUNTED_FROM.search(mention.text):
            continue
        if mention.range is not None and mention.has_day:
            best = mention.range.end if best is None else max(best, mention.range.end)
    return best


# A day counted from another: "19 days later", "two days earlier", "the day after".
_COUNTED_FROM = re.compile(
    r"\b(?:later|earlier|before|after|afterwards|previously|following|previous|next)\b",
    re.IGNORECASE,
)


def mentioned_years(text: str) -> tuple[int, ...]:
    return tuple(int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text))
