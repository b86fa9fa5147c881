"""Dates in news prose, resolved against the article's publication date.

A figure is only comparable with another once we know when it held, so each
claim gets an ``AsOf``: the day or range its sentence (or, failing that, its
paragraph) names — "on Wednesday", "Thursday morning", "since Monday",
"July 28", "this past November 17", "in 2019", "last year" — resolved
against the publication date; the publication date itself when the text
names nothing.  Without a publication date, the year is inferred from
evidence in the text (a weekday named with a date fixes the year) and the
result is flagged ``INFERRED``.  Calendar arithmetic uses python-dateutil.

Beyond dates written out: named days ("New Year's Eve", "since
Christmas"), weekends, "last November", spans of years; a "since" clause
runs from the day it names ("since the fighting began on January 4");
words referring back ("that morning" is the story's last day, "that same
year", "since then", "in that election", "the audit" named with its year);
and what a ballot gave (votes, shares, turnout) holds for the ballot's
day.  A day told in an earlier sentence does not carry to a figure told
"now", "later" or in the present, nor does a day still to come.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from dossier.kinds import EVENT_NOUNS as EVENT_WORDS
from dossier.kinds import EVENT_VERBS as EVENT_VERB_NOUNS
from dossier.kinds import IRREGULAR_PAST
from dossier.model import AsOf, AsOfBasis, DateRange, Span
from dossier.numbers import MONTHS
from dossier.text import lower_for_matching

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# Words that make a bare date point forward ("will meet on December 1").
FUTURE_MARKERS = frozenset(
    {
        "will", "would", "scheduled", "due", "set", "next", "upcoming", "planned", "expected",
        "coming",
    }
)  # fmt: skip
# Relative day words: offset in days from the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "overnight": 0, "tomorrow": 1,
}  # fmt: skip
# Relative periods: (unit, offset) from the reference date.
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "last year": ("year", -1), "this year": ("year", 0), "next year": ("year", 1),
    "last month": ("month", -1), "this month": ("month", 0), "next month": ("month", 1),
    "last week": ("week", -1), "this week": ("week", 0), "earlier this week": ("week", 0),
    "past week": ("week", 0), "next week": ("week", 1), "past decade": ("decade", 0),
    "so far this year": ("year_to_date", 0), "this year so far": ("year_to_date", 0),
    "year to date": ("year_to_date", 0), "since the start of the year": ("year_to_date", 0),
    "since the beginning of the year": ("year_to_date", 0),
    "so far this month": ("month_to_date", 0), "this month so far": ("month_to_date", 0),
}  # fmt: skip
# Offsets from the story's own date: "two days earlier", "a week later".
OFFSET_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Prepositions that make a bare month name a date ("in January", "since March").
# "last", "this past" and "next" name the nearest such month before or after.
MONTH_LEADS = (
    "in", "during", "since", "until", "till", "through", "by", "from", "of", "early",
    "late", "mid", "mid-", "end of", "start of", "beginning of", "for", "last",
    "this past", "next",
)  # fmt: skip
# Days known by name: (month, day).
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31),
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_OFFSET_N = r"(?P<n>\d{1,2}|" + "|".join(OFFSET_WORDS) + r")"
# Reporting periods: "the first quarter", "Q1 2026", "the first half", "full-year".
ORDINAL_PARTS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
_YEAR_AFTER = r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?"
# A year told relative to the time of writing: "March 9 last year", "April of this year".
RELATIVE_YEARS: dict[str, int] = {"last": -1, "this": 0, "next": 1}
_REL_YEAR = r"(?P<ryear>" + "|".join(RELATIVE_YEARS) + r")\s+year\b"
# Parts of a month or a year: "early May" is May 1-10, "mid-May" May 11-20,
# "late May" May 21 to the month's end; "early 2018" is January to March,
# "mid-2018" April to September and "late 2018" October to December.
PART_DAYS: dict[str, tuple[int, int]] = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PART_MONTHS: dict[str, tuple[int, int]] = {"early": (1, 3), "mid": (4, 9), "late": (10, 12)}
# Seasons, northern hemisphere, by whole months (meteorological): winter runs from
# December of the year named into February of the next.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}  # fmt: skip
_YEAR_TOLD = r"(?:(?P<year>(?:19|20)\d\d)\b(?![.,]\d|\d|%)|(?:of\s+)?" + _REL_YEAR + r")"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # "the three months to March 31", "the six months to June": the months ending then
        "months_to",
        re.compile(
            r"\b(?P<n>three|six|nine|twelve|3|6|9|12)\s+months\s+(?:to|ended|ending|through)\s+"
            + _MONTH
            + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?"
            + _YEAR_AFTER,
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half)"
            r"|(?P<short>q[1-4]|h[12]))\b"
            + _YEAR_AFTER
            # "the first half of the match", "the second quarter of the game": not a period
            + r"(?!\s+of\s+(?:the|a|an|its|his|her|their|this|that)\b)",
            re.IGNORECASE,
        ),
    ),
    ("full_year", re.compile(r"\bfull[\s-]year\b", re.IGNORECASE)),
    (
        # "March 9 last year", "9 March last year", "March of last year", "April this year"
        "month_rel_year",
        re.compile(
            r"\b(?:(?P<dday>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
            + _MONTH
            + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?"
            + _REL_YEAR,
            re.IGNORECASE,
        ),
    ),
    (
        # "late May", "mid-March 2021", "early 2018", "late last year", "early in 2019"
        "part_of",
        re.compile(
            r"\b(?P<part>early|mid|late)(?:\s*-\s*|\s+)(?:in\s+)?(?:(?:"
            + _MONTH
            + r"\b(?!\s*\d{1,2}\b(?!\d))(?:,?\s+(?:of\s+)?"
            + _YEAR_TOLD
            + r")?)|"
            + _YEAR_TOLD.replace("year>", "year2>").replace("ryear>", "ryear2>")
            + r")",
            re.IGNORECASE,
        ),
    ),
    (
        # "spring of 2019", "the summer of last year", "winter 2021", "last autumn"
        "season",
        re.compile(
            r"\b(?:(?P<rel>last|this|next|this\s+past)\s+)?(?P<season>"
            + "|".join(SEASONS)
            + r")\b(?:,?\s+(?:of\s+)?"
            + _YEAR_TOLD
            + r")?",
            re.IGNORECASE,
        ),
    ),
    (
        "day_range",
        re.compile(
            r"\b(?:between|from)\s+"
            + _MONTH
            + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|through|until)\s+"
            + _MONTH.replace("month", "month2")
            + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        # "between 14 July and 3 August", "from 28 February to 2 March 2024"
        "day_range_dm",
        re.compile(
            r"\b(?:between|from)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH
            + r"\s+(?:and|to|through|until)\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH.replace("month", "month2")
            + r"\b(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "month_day",
        re.compile(
            r"(?:(?P<past>this past|last)\s+)?(?:"
            + _WEEKDAY
            + r",?\s+(?:the\s+)?)?"
            + _MONTH
            + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
            r"(?:\s*(?:and|-|–|to)\s*(?P<day2>\d{1,2})\b)?(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "day_month",
        re.compile(
            r"(?:" + _WEEKDAY + r",?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2}))?\s+(?:of\s+)?"
            + _MONTH
            + r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        # "between January 2020 and the end of 2024", "from March 2021 to June 2023"
        "month_year_span",
        re.compile(
            r"\b(?:between|from)\s+"
            + _MONTH
            + r",?\s+(?P<year>(?:1[89]|20)\d\d)\s+(?:and|to|until|through)\s+"
            r"(?:(?P<closing>the\s+end\s+of)\s+)?(?:"
            + _MONTH.replace("month", "month2")
            + r",?\s+)?(?P<year2>(?:1[89]|20)\d\d)\b(?![.,]\d|%)",
            re.IGNORECASE,
        ),
    ),
    (
        # "the first nine months of the year", "the first six months of 2024"
        "first_months",
        re.compile(
            r"\bfirst\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
            r"\s+months\s+of\s+(?:the\s+year|(?:this|last)\s+year|(?P<year>(?:19|20)\d\d))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year_range",
        re.compile(
            r"(?:\b(?:between|from)\s+(?P<year>(?:1[89]|20)\d\d)\s+(?:and|to|until)\s+"
            r"|(?<![\d,.$£€])\b(?P<year0>(?:1[89]|20)\d\d)\s*[-–]\s*)"  # "2016-2020"
            r"(?P<year2>(?:1[89]|20)\d\d)\b(?![.,]\d|%)",
            re.IGNORECASE,
        ),
    ),
    (
        "year_end",
        re.compile(r"\bthe\s+end\s+of\s+(?P<year>(?:1[89]|20)\d\d)\b(?![.,]\d|%)", re.IGNORECASE),
    ),
    (
        # "in April and May 2023", "from March to June 2022": one span of whole months
        "month_range_year",
        re.compile(
            r"(?:\b(?:between|from)\s+)?"
            + _MONTH
            + r"\s+(?:and|to|through|until|-|–)\s+"
            + _MONTH.replace("month", "month2")
            + r",?\s+(?P<year>(?:1[89]|20)\d\d)\b",
            re.IGNORECASE,
        ),
    ),
    ("month_year", re.compile(_MONTH + r",?\s+(?P<year>(?:1[89]|20)\d\d)\b", re.IGNORECASE)),
    (
        "month",
        re.compile(
            r"\b(?P<lead>"
            + "|".join(sorted(MONTH_LEADS, key=len, reverse=True))
            + r")(?:\s+|(?<=-))(?:the\s+)?"
            + _MONTH
            + r"(?!\s*\d)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "named_day",
        re.compile(
            r"\b(?P<named>"
            + "|".join(n.replace("'", "['’]") for n in sorted(NAMED_DAYS, key=len, reverse=True))
            + r")(?![’'\w])",
            re.IGNORECASE,
        ),
    ),
    (
        "weekend",
        re.compile(
            r"\b(?:(?P<rel>last|this|next|this past|past)\s+|(?:over|during|at)\s+the\s+"
            r"|(?<=since )the\s+)weekend\b",
            re.IGNORECASE,
        ),
    ),
    (
        "offset",
        re.compile(
            r"\b" + _OFFSET_N + r"\s+(?P<unit>day|week|month|year)s?\s+"
            r"(?P<way>earlier|later|before(?=\s*[,.;]|$)|previously|ago)",
            re.IGNORECASE,
        ),
    ),
    (
        # "on Saturday, six days after a vote": the event that many days before the day told
        "offset_event",
        re.compile(
            r"\b" + _OFFSET_N + r"\s+(?P<unit>day|week)s?\s+(?P<way>after)"
            r"(?=\s+(?:a|an|the|its|their)\s)",
            re.IGNORECASE,
        ),
    ),
    (
        # "the following month", "the next evening", "the day before", "the previous year"
        # ("that morning", "the same day" are read as references back: back_references)
        "offset_the",
        re.compile(
            r"\b(?:the\s+(?:(?P<way>following|previous|preceding)\s+"
            r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)"
            r"|(?P<way2>next)\s+(?P<unit2>day|morning|afternoon|evening|night)"
            r"|(?P<unit3>day|night|evening)\s+(?P<way3>before|after)(?!\s+(?:the|a|an|his|her|its|their)\b)))\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "overnight Tuesday", "overnight on Wednesday": the night from that day to the next
        "overnight_day",
        re.compile(r"\bovernight\s+(?:on\s+)?" + _WEEKDAY + r"\b", re.IGNORECASE),
    ),
    (
        # "on Sunday and Monday", "between Friday and Tuesday": the days from one to the other
        "weekday_range",
        re.compile(
            r"\b(?:(?:between|from)\s+)?"
            + _WEEKDAY
            + _PART
            + r"\s+(?:and|to|through|until)\s+"
            + _WEEKDAY.replace("weekday", "weekday2")
            + _PART,
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"(?:(?:early|small|wee)\s+hours\s+of\s+)?(?:(?P<rel>last|this|next|this past)\s+)?"
            + _WEEKDAY
            + _PART,
            re.IGNORECASE,
        ),
    ),
    (
        "relative_day",
        re.compile(r"\b(?P<rel>" + "|".join(RELATIVE_DAYS) + r")\b", re.IGNORECASE),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?P<rel>" + "|".join(sorted(RELATIVE_PERIODS, key=len, reverse=True)) + r")\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(r"(?<![\d,.$])\b(?P<year>(?:1[89]|20)\d\d)\b(?![.,]\d|\d|%|\s*percent|-year)"),
    ),
)
_SINCE = re.compile(
    r"\b(since|from)\s+(?:the\s+)?(?:(?:start|beginning|middle|end)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# A day closing a "since" clause: "since the fighting began on January 4".
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){1,5}?"
    r"(?:on|in|at|early\s+on|late\s+on)\s+$",
    re.IGNORECASE,
)
_STARTS = ("since", "from")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text, resolved if possible."""

    span: Span
    text: str
    range: DateRange | None
    basis: AsOfBasis
    since: bool  # "since Monday": the range runs to the reference date
    has_day: bool  # names a calendar day (month and day), not just a period
    # The day a "since" clause starts from ("since the fighting began on January 4").
    since_event: bool = False


def _nearest_year(month: int, day: int, ref: date, direction: int) -> date | None:
    """The ``month``/``day`` nearest to ``ref``; ``direction`` -1 past, 1 future, 0 either."""
    best: date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        if (direction < 0 and cand > ref) or (direction > 0 and cand < ref):
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def _weekday_from(ref: date, weekday: int, direction: int) -> date:
    if direction > 0:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _happened_in(text: str, start: int) -> bool:
    """Whether a period at ``start`` is when something told in the past happened.

    "A survey published this month", "seven were killed this year": so far
    this month or year.  "A deficit of 4.4% this year" names the whole year.
    """
    window = text[max(0, start - 40) : start]
    if window.lower().endswith("earlier "):
        return True  # "earlier this month"
    verbs = list(_TOLD_PAST.finditer(window))
    return bool(verbs) and not _DIGIT.search(window, verbs[-1].end())


def _in_the_storys_year(rng: DateRange, anchor: date | None, ref: date | None) -> DateRange:
    """A day told without its year, in a story narrating a day long past: that year's.

    "The protests began on June 3, 2024 ... Nine people were killed on the
    night of June 9", told in October 2026: June 9, 2024, not 2026.
    """
    if anchor is None or ref is None or (ref - anchor).days <= 180:
        return rng
    try:
        moved = DateRange(
            start=rng.start.replace(year=anchor.year), end=rng.end.replace(year=anchor.year)
        )
    except ValueError:  # February 29
        return rng
    if abs((moved.start - anchor).days) > 120 or moved.start > ref:
        return rng
    return moved


def _so_far(rng: DateRange, ref: date | None) -> DateRange:
    """A period running on past ``ref``, cut at ``ref``."""
    if ref is None or not rng.start <= ref < rng.end:
        return rng
    return DateRange(start=rng.start, end=ref)


def _period(unit: str, offset: int, ref: date) -> DateRange:
    if unit == "year":
        year = ref.year + offset
        return DateRange(start=date(year, 1, 1), end=date(year, 12, 31))
    if unit == "month":
        first = ref.replace(day=1) + relativedelta(months=offset)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return DateRange(start=first, end=last)
    if unit == "decade":
        return DateRange(start=ref - relativedelta(years=10), end=ref)
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
    sunday = monday + timedelta(days=6)
    if offset:  # "last week", "next week": the whole week
        return DateRange(start=monday, end=sunday)
    return DateRange(start=monday, end=min(sunday, max(ref, monday)))  # "this week": so far


_WORD = re.compile(r"[a-z]+")


def _direction(text: str, start: int) -> int:
    words = set(_WORD.findall(text.lower()))
    return 1 if words & FUTURE_MARKERS else -1


# Verbs that fix a thing for a coming day: "called a protest for Sunday", "announced a
# strike for Friday" point forward, though told in the past tense.
FIXING_VERBS = (
    "called", "calls", "call", "announced", "announces", "convened", "convenes", "organised",
    "organized", "fixed", "summoned", "booked", "slated", "declared", "proclaimed",
)  # fmt: skip
_FIXED_FOR = re.compile(
    r"\b(?:" + "|".join(FIXING_VERBS) + r")\s+(?:a|an|the|its|their|his|her|new|fresh)\s+"
    r"(?:[\w’'-]+\s+){0,3}?for\s+(?:this\s+|next\s+)?(?:coming\s+)?$",
    re.IGNORECASE,
)
_PAST = -2  # a direction: told in the past tense, so a day without a year is the one before
# Words that put the clause before a date in the past ("was held on December 1").
PAST_MARKERS = frozenset({"was", "were", "had", "did", "ago", "earlier", "previously"})
_PAST_WORD = re.compile(r"\b(?:" + "|".join(sorted(PAST_MARKERS)) + r")\b", re.IGNORECASE)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Text every match of a pattern must contain: a text without it is not searched
# with that pattern (the same regular-expression engine decides both, so case
# folding agrees).  Patterns not listed are always searched.
_DIGIT = re.compile(r"\d")
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
    "months_to": ("months",),
    "first_months": ("first",),
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
            start = m.start("month") if name == "month" else m.start()
            if any(a < m.end() and start < b for a, b in taken):
                continue
            if name in ("offset", "offset_the", "offset_event"):
                taken.append((start, m.end()))
                offsets.append(m)
                continue
            local = _direction(text[max(0, start - 60) : start], 0)
            way = min(direction, local)
            if name in ("weekday", "month_day", "day_month") and _FIXED_FOR.search(
                text, max(0, start - 60), start
            ):
                way = 1  # "called a protest for Sunday": the Sunday to come
            if inferred and name in ("weekday", "weekday_range") and way < 0:
                way = 1
            lead = _SINCE.search(text[max(0, start - 30) : start])
            since = lead is not None
            if (since and lead.group(1).lower() == "since") or (
                way < 0 and _PAST_WORD.search(text, max(0, start - 60), start)
            ):
                way = _PAST  # "since Christmas", "talks were held on December 1": the one before
            try:
                resolved = _resolve(name, m, reference, way, years)
            except (KeyError, ValueError, OverflowError):
                continue  # written like a date, but no calendar day: not a date
            if resolved is None:
                continue
            rng, guess, has_day = resolved
            if name in ("month_day", "day_month") and not m.group("year") and rng is not None:
                rng = _in_the_storys_year(rng, anchor, reference)
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
    return tuple(sorted(found, key=lambda d: d.span.start))


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
        and not m.since
        and not m.since_event
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


def _anchor_before(text: str, found: Sequence[DateMention], pos: int) -> date | None:
    return story_anchor(text, [m for m in found if m.span.end <= pos])


_OFFSET_EVENT = dict(_PATTERNS)["offset_event"]
_A_DAY_ON = re.compile(r"the\s+(?:next|following|previous|preceding|day|night|evening)\b", re.I)
_FORWARD = frozenset({"later", "following", "next", "after"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _offset_parts(m: re.Match[str]) -> tuple[int, int, str]:
    """(how many, +1 forward or -1 back, unit) of "two days earlier" or "the following month"."""
    groups = m.groupdict()
    raw = (groups.get("n") or "one").lower()
    n = int(raw) if raw.isdigit() else OFFSET_WORDS[raw]
    way = next(groups[k] for k in ("way", "way2", "way3") if groups.get(k)).lower()
    unit = next(groups[k] for k in ("unit", "unit2", "unit3") if groups.get(k)).lower()
    unit = "day" if unit in _DAY_PARTS else unit
    forward = way in _FORWARD and m.re is not _OFFSET_EVENT  # "six days after a vote": back
    return n, 1 if forward else -1, unit


def _period_a_year_off(m: re.Match[str], found: Sequence[DateMention]) -> DateRange | None:
    """ "A year earlier" after a period told in the sentence: the same period that year.

    "A first-quarter loss of $212 million, against a profit of $485 million a
    year earlier": the first quarter of the year before, not the whole year.
    """
    n, sign, unit = _offset_parts(m)
    if unit != "year" or m.group(0).lower().startswith("the"):
        return None  # "the previous year" is the whole year
    periods = [
        d.range
        for d in found
        if d.span.end <= m.start()
        and d.range is not None
        and d.range.start < d.range.end
        and not d.since
    ]
    if not periods:
        return None
    last = periods[-1]
    shift = relativedelta(years=sign * n)
    return DateRange(start=last.start + shift, end=last.end + shift)


def _offset(m: re.Match[str], base: date) -> DateRange:
    """ "two days earlier" from ``base``: a day, or the month or year it falls in.

    From the last day of a year or a month ("the end of 2023") the offset
    keeps to that day: "a year earlier" is the end of 2022.
    """
    n, sign, unit = _offset_parts(m)
    if unit in ("day", "week"):
        day_ = base + timedelta(days=sign * n * (7 if unit == "week" else 1))
        return DateRange(start=day_, end=day_)
    moved = base + relativedelta(**{f"{unit}s": sign * n})
    if base == _period(unit, 0, base).end:
        return DateRange(start=moved, end=moved)  # "a year earlier" than the end of 2023
    return _period(unit, 0, moved)


def _month_named_relative(month: int, ref: date, way: int) -> DateRange:
    """ "last November", "next March": the nearest such month strictly before or after ``ref``."""
    year = ref.year
    if way < 0 and month >= ref.month:
        year -= 1
    elif way > 0 and month <= ref.month:
        year += 1
    last = calendar.monthrange(year, month)[1]
    return DateRange(start=date(year, month, 1), end=date(year, month, last))


def _weekend(ref: date, rel: str, direction: int) -> DateRange:
    """The Saturday and Sunday meant by "over the weekend", "last weekend", "next weekend"."""
    if rel == "next" or (rel != "last" and not rel.endswith("past") and direction > 0):
        saturday = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
        return DateRange(start=saturday, end=saturday + timedelta(days=1))
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
    if rel == "last" and saturday == ref:
        saturday -= timedelta(days=7)
    return DateRange(start=saturday, end=min(saturday + timedelta(days=1), max(ref, saturday)))


def _weekday_range(groups: dict[str, str | None], ref: date, direction: int) -> DateRange:
    """The days from one weekday to the next one named, the last read like a lone weekday."""
    first = WEEKDAYS[(groups["weekday"] or "").casefold()]
    last = WEEKDAYS[(groups["weekday2"] or "").casefold()]
    end = _weekday_from(ref, last, direction)
    return DateRange(start=end - timedelta(days=(last - first) % 7), end=end)


def _month_only(month: int, ref: date, direction: int) -> DateRange:
    """A month named without a year: the latest one not after ``ref`` (the next if future)."""
    year = ref.year
    if direction > 0 and month < ref.month:
        year += 1
    elif direction <= 0 and month > ref.month:
        year -= 1
    last = calendar.monthrange(year, month)[1]
    return DateRange(start=date(year, month, 1), end=date(year, month, last))


def _month_range(groups: dict[str, str | None]) -> tuple[DateRange | None, bool, bool] | None:
    """ "April and May 2023": from the first month's first day to the second's last."""
    first, second = groups["month"] or "", groups["month2"] or ""
    if not (first[:1].isupper() and second[:1].isupper()):
        return None
    year = int(groups["year"] or 0)
    month, month2 = MONTHS[first.casefold().rstrip(".")], MONTHS[second.casefold().rstrip(".")]
    start_year = year if month < month2 else year - 1  # "December and January 2024"
    if month == month2:
        return None
    last = calendar.monthrange(year, month2)[1]
    return DateRange(start=date(start_year, month, 1), end=date(year, month2, last)), False, False


def _resolve(
    name: str, m: re.Match[str], ref: date | None, direction: int, years: tuple[int, ...]
) -> tuple[DateRange | None, bool, bool] | None:
    """(range, year was guessed, names a day) for one match, or None to skip."""
    groups = m.groupdict()
    if name == "month_rel_year":
        return _month_rel_year(groups, ref)
    if name == "part_of":
        return _part_of(groups, ref, direction)
    if name == "season":
        return _season(groups, ref)
    if name in ("day_range", "day_range_dm"):
        if not (groups["month"][0].isupper() and groups["month2"][0].isupper()):
            return None
        first = _resolve_day(groups, groups["month"], int(groups["day"]), ref, direction, years)
        second = _resolve_day(groups, groups["month2"], int(groups["day2"]), ref, direction, years)
        if first is None or second is None or first[0] is None or second[0] is None:
            return None
        start = first[0]
        if second[0] < start and not groups.get("year"):
            # each day alone read to its nearest year: "between April 1 and June 30" told
            # in November is this year's, though April 1 alone is nearer next year's
            start = start - relativedelta(years=1)
        if second[0] < start:
            return None
        return DateRange(start=start, end=second[0]), first[1], True
    if name in ("month_day", "day_month"):
        month = MONTHS[groups["month"].casefold().rstrip(".")]
        if not groups["month"][0].isupper():
            return None
        day, day2 = int(groups["day"]), int(groups["day2"] or groups["day"])
        if not 1 <= day <= 31 or not day <= day2 <= 31:
            return None
        guess = False
        if groups.get("year"):
            year = int(groups["year"])
        else:
            weekday = WEEKDAYS.get((groups.get("weekday") or "").lower())
            year_or_none = _year_for(month, day, weekday, ref, direction, groups, years)
            if year_or_none is None:
                return None, True, True
            year, guess = year_or_none
        start, end = _day(year, month, day), _day(year, month, day2)
        if start is None or end is None:
            return None
        return DateRange(start=start, end=end), guess, True
    if name == "month_range_year":
        return _month_range(groups)
    if name == "month_year_span":
        return _month_year_span(groups)
    if name == "first_months":
        return _first_months(m, groups, ref)
    if name == "month_year":
        if not groups["month"][0].isupper():
            return None
        month = MONTHS[groups["month"].casefold().rstrip(".")]
        year = int(groups["year"])
        last = calendar.monthrange(year, month)[1]
        return DateRange(start=date(year, month, 1), end=date(year, month, last)), False, False
    if name == "year_end":  # "at the end of 2023": a stock as of the year's last day
        last = date(int(groups["year"]), 12, 31)
        return DateRange(start=last, end=last), False, True
    if name == "year_range":
        first, last = int(groups["year"] or groups["year0"] or 0), int(groups["year2"] or 0)
        if last <= first:
            return None
        return DateRange(start=date(first, 1, 1), end=date(last, 12, 31)), False, False
    if name in ("months_to", "quarter", "full_year"):
        return _reporting_period(name, groups, ref)
    if name == "year":
        year = int(groups["year"])
        return DateRange(start=date(year, 1, 1), end=date(year, 12, 31)), False, False
    if ref is None:
        return None
    if name == "month":
        if not groups["month"][0].isupper():
            return None
        month = MONTHS[groups["month"].casefold().rstrip(".")]
        lead = groups["lead"].lower()
        if lead in ("last", "this past", "next"):
            return _month_named_relative(month, ref, 1 if lead == "next" else -1), False, False
        return _month_only(month, ref, direction), False, False
    if name == "named_day":
        month, day = NAMED_DAYS[groups["named"].casefold().replace("’", "'")]
        found = _year_for(month, day, None, ref, direction, groups, years)
        if found is None:
            return None
        return (
            DateRange(start=date(found[0], month, day), end=date(found[0], month, day)),
            False,
            True,
        )
    if name == "weekend":
        return _weekend(ref, (groups.get("rel") or "").lower(), direction), False, True
    if name == "weekday_range":
        return _weekday_range(groups, ref, direction), False, True
    if name == "overnight_day":
        night = _weekday_from(ref, WEEKDAYS[groups["weekday"].casefold()], direction)
        return DateRange(start=night, end=night + timedelta(days=1)), False, True
    if name == "weekday":
        rel = (groups.get("rel") or "").lower()
        weekday = WEEKDAYS[groups["weekday"].casefold()]
        way = 1 if rel == "next" else -1 if rel in ("last", "this past") else direction
        day_ = _weekday_from(ref, weekday, way)
        return DateRange(start=day_, end=day_), False, True
    if name == "relative_day":
        day_ = ref + timedelta(days=RELATIVE_DAYS[groups["rel"].casefold()])
        return DateRange(start=day_, end=day_), False, True
    unit, offset = RELATIVE_PERIODS[groups["rel"].casefold()]
    if unit.endswith("_to_date"):
        first = date(ref.year, 1, 1) if unit == "year_to_date" else ref.replace(day=1)
        return DateRange(start=first, end=ref), False, False
    return _period(unit, offset, ref), False, False


def _told_year(year: str | None, rel: str | None, ref: date | None) -> int | None:
    """The year written ("2019") or told from the time of writing ("last year")."""
    if year:
        return int(year)
    if rel and ref is not None:
        return ref.year + RELATIVE_YEARS[rel.casefold()]
    return None


def _whole_months(year: int, first: int, last: int) -> DateRange:
    """From the first day of month ``first`` to the end of ``last`` (of the next year if
    ``last`` comes before ``first``, as in a winter)."""
    end_year = year + 1 if last < first else year
    return DateRange(
        start=date(year, first, 1),
        end=date(end_year, last, calendar.monthrange(end_year, last)[1]),
    )


def _month_rel_year(
    groups: dict[str, str | None], ref: date | None
) -> tuple[DateRange | None, bool, bool] | None:
    """ "March 9 last year", "March of last year": the month (or day) in the year told."""
    name = groups["month"] or ""
    year = _told_year(None, groups["ryear"], ref)
    if not name[:1].isupper() or year is None or (groups["day"] and groups["dday"]):
        return None
    month = MONTHS[name.casefold().rstrip(".")]
    day_text = groups["day"] or groups["dday"]
    if day_text:
        day_ = _day(year, month, int(day_text))
        return (DateRange(start=day_, end=day_), False, True) if day_ else None
    return _whole_months(year, month, month), False, False


def _part_of(
    groups: dict[str, str | None], ref: date | None, direction: int
) -> tuple[DateRange | None, bool, bool] | None:
    """ "Late May" (May 21-31), "early 2018" (January to March): see PART_DAYS, PART_MONTHS."""
    part = (groups["part"] or "").casefold()
    name = groups["month"]
    if name is None:
        year = _told_year(groups["year2"], groups["ryear2"], ref)
        if year is None:
            return None
        return _whole_months(year, *PART_MONTHS[part]), False, False
    if not name[:1].isupper():
        return None
    month = MONTHS[name.casefold().rstrip(".")]
    year = _told_year(groups["year"], groups["ryear"], ref)
    if year is None:
        if ref is None:
            return None
        year = _month_only(month, ref, direction).start.year
    first, last = PART_DAYS[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return DateRange(start=date(year, month, first), end=date(year, month, last)), False, False


def _season(
    groups: dict[str, str | None], ref: date | None
) -> tuple[DateRange | None, bool, bool] | None:
    """ "Spring of 2019" (March to May 2019), "last summer" (the latest summer over by ``ref``).

    A season named with neither a year nor "last"/"this"/"next" is no date.
    """
    first, last = SEASONS[(groups["season"] or "").casefold()]
    year = _told_year(groups["year"], groups["ryear"], ref)
    rel = " ".join((groups["rel"] or "").casefold().split())
    if year is not None:
        if rel:
            return None  # "last spring of 2019": no reading
        return _whole_months(year, first, last), False, False
    if not rel or ref is None:
        return None
    # the season of the current year (winter: the one that began last December or this one)
    year = ref.year - 1 if last < first and ref.month <= last else ref.year
    this = _whole_months(year, first, last)
    if rel == "next":
        return (_whole_months(year + 1, first, last) if this.start <= ref else this), False, False
    if rel == "this":
        return this, False, False
    # "last summer", "this past winter": the latest one begun before now
    return (this if this.end < ref else _whole_months(year - 1, first, last)), False, False


_MONTHS_IN = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
_MONTH_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11,
}  # fmt: skip


def _month_year_span(groups: dict[str, str | None]) -> tuple[DateRange | None, bool, bool] | None:
    """ "Between January 2020 and the end of 2024": the first month's start to the last's end."""
    if not groups["month"] or not groups["month"][0].isupper():
        return None
    first = date(int(groups["year"] or 0), MONTHS[groups["month"].casefold().rstrip(".")], 1)
    year2 = int(groups["year2"] or 0)
    month2 = 12
    if groups.get("month2"):
        if not groups["month2"][0].isupper():
            return None
        month2 = MONTHS[groups["month2"].casefold().rstrip(".")]
    last = date(year2, month2, calendar.monthrange(year2, month2)[1])
    return (DateRange(start=first, end=last), False, False) if first < last else None


def _first_months(
    m: re.Match[str], groups: dict[str, str | None], ref: date | None
) -> tuple[DateRange | None, bool, bool] | None:
    """ "The first nine months of the year": January to the end of the ninth month."""
    n_text = (groups["n"] or "").lower()
    n = _MONTH_COUNTS.get(n_text) or (int(n_text) if n_text.isdigit() else 0)
    if not 1 <= n <= 11:
        return None
    if groups.get("year"):
        year = int(groups["year"] or 0)
    elif ref is None:
        return None
    elif "last year" in m.group(0).lower():
        year = ref.year - 1
    else:  # the latest such months that ended by the time of writing
        year = ref.year if n <= ref.month else ref.year - 1
    end = date(year, n, calendar.monthrange(year, n)[1])
    return DateRange(start=date(year, 1, 1), end=end), False, False


def _reporting_period(
    name: str, groups: dict[str, str | None], ref: date | None
) -> tuple[DateRange | None, bool, bool] | None:
    """A company's reporting period: a quarter, a half, the months to a day, the full year.

    Without a year it is the latest such period that ended by ``ref`` (results
    are reported after the period), or for "full-year" the year of ``ref``.
    """
    if name == "full_year":
        return (None if ref is None else _period("year", 0, ref)), False, False
    if name == "months_to":
        month = MONTHS[(groups["month"] or "").casefold().rstrip(".")]
        n = _MONTHS_IN.get((groups["n"] or "").lower()) or int(groups["n"] or 3)
        months = n
        last_month = month
    else:
        short = (groups.get("short") or "").lower()
        part = "quarter" if short.startswith("q") else "half" if short else groups["part"] or ""
        k = int(short[1]) if short else ORDINAL_PARTS[(groups["ordinal"] or "").lower()]
        months = 3 if part.lower() == "quarter" else 6
        last_month = k * months
        if last_month > 12:
            return None
    if groups.get("year"):
        year = int(groups["year"] or 0)
    elif ref is None:
        return None
    else:
        year = ref.year if last_month <= ref.month else ref.year - 1
    end = date(year, last_month, calendar.monthrange(year, last_month)[1])
    start = end.replace(day=1) - relativedelta(months=months - 1)
    return DateRange(start=start, end=end), False, False


def _resolve_day(
    groups: dict[str, str | None],
    month_name: str,
    day: int,
    ref: date | None,
    direction: int,
    years: tuple[int, ...],
) -> tuple[date | None, bool] | None:
    """One end of a day range ("between July 1 and September 30")."""
    month = MONTHS[month_name.casefold().rstrip(".")]
    if groups.get("year"):
        return _day(int(groups["year"]), month, day), False
    found = _year_for(month, day, None, ref, direction, groups, years)
    if found is None:
        return None
    return _day(found[0], month, day), found[1]


def _year_for(
    month: int,
    day: int,
    weekday: int | None,
    ref: date | None,
    direction: int,
    groups: dict[str, str | None],
    years: tuple[int, ...],
) -> tuple[int, bool] | None:
    """The year of a month/day written without one, and whether it was guessed."""
    if ref is not None:
        way = -1 if groups.get("past") or direction == _PAST else direction if direction > 0 else 0
        cand = _nearest_year(month, day, ref, way) or _nearest_year(month, day, ref, 0)
        return (cand.year, False) if cand else None
    pool = sorted({y + d for y in years for d in (0, 1, -1)}, reverse=True)
    if weekday is not None:
        # Only years the text itself mentions: never the build's own date, so
        # the same article reads the same on any day.
        for year in pool:
            cand = _day(year, month, day)
            if cand is not None and cand.weekday() == weekday:
                return year, True
    return None


def infer_reference(text: str, years: Sequence[int] | None = None) -> date | None:
    """A stand-in publication date from evidence: the latest fully dated day.

    A day is fully dated when it carries a year, or a weekday that fixes the
    year among ``years`` (by default the years ``text`` mentions) or the
    years around them.
    """
    if years is None:
        years = mentioned_years(text)
    best: date | None = None
    for mention in find_dates(text, None, inferred=True, years=years):
        if mention.range is not None and mention.has_day:
            best = mention.range.end if best is None else max(best, mention.range.end)
    return best


def mentioned_years(text: str) -> tuple[int, ...]:
    return tuple(int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text))


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
    "in the quarter".

    ``vote_day``, given for a figure a ballot produced (votes cast, a share
    of the vote, turnout), is the day of the vote the story told last: the
    figure holds for it when its paragraph states no other date.  A date
    naming a vote in the figure's own sentence ("since the 2023 election,
    when the party won 31.8 per cent") is that vote's.
    """
    ref = published or reference
    inferred = published is None
    end = figure if figure_end is None else figure_end
    texts = (sentence, *reversed(earlier))
    said_on: date | None = None  # the day the figure's sentence says it was told on
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
            if m.range is not None and (k == 0 or m.has_day)
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
                if not _still_to_come(text, m, ref)
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
                and not (ref is not None and m.range is not None and m.range.start > ref)
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


def _still_to_come(text: str, mention: DateMention, ref: date | None) -> bool:
    """A deadline or a start still to come, not when a figure held.

    "will cut 6,800 jobs by the end of 2026", "savings of €620 million a year
    from 2027": the figure is told as of now.  A future period of its own
    ("a deficit of 3.1% in 2024", "next week") is the one the figure is for,
    unless the sentence narrates the past ("four were remanded to appear next
    month").
    """
    if ref is None or mention.range is None or mention.range.start <= ref:
        return False
    lead = _DEADLINE_LEAD.search(text, max(0, mention.span.start - 30), mention.span.start)
    return bool(lead) or narrated_in_the_past(text)


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
    than a year earlier", "compared with 2023": the figure holds for now.
    """
    return end <= mention.span.start and bool(_COMPARISON.search(text, end, mention.span.start))


_COMPARISON = re.compile(r"\b(?:than|compared\s+(?:with|to))\b", re.IGNORECASE)


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
_TOLD_PAST = re.compile(
    r"\b(?:was|were|had|did|[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b",
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
