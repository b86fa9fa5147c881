"""Calendar arithmetic: a matched date expression resolved to a day or a period.

Owns ``DateMention`` and the resolution of each pattern's groups against a
reference date: nearest years and weekdays, months, weekends, offsets,
parts of a period, seasons, reporting periods and years told in the text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from dossier.date_words import (
    _PATTERNS,
    _TOLD_PAST,
    FUTURE_MARKERS,
    NAMED_DAYS,
    OFFSET_WORDS,
    ORDINAL_PARTS,
    PART_DAYS,
    PART_MONTHS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    RELATIVE_YEARS,
    SEASONS,
    WEEKDAYS,
)
from dossier.model import AsOfBasis, DateRange, Span
from dossier.numbers import MONTHS


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


def in_year(rng: DateRange, year: int) -> DateRange | None:
    """The same days of the calendar in ``year``; None when one does not exist (29 February)."""
    try:
        return DateRange(start=rng.start.replace(year=year), end=rng.end.replace(year=year))
    except ValueError:
        return None


def _in_the_storys_year(rng: DateRange, anchor: date | None, ref: date | None) -> DateRange:
    """A day told without its year, in a story narrating a day long past: that year's.

    "The protests began on June 3, 2024 ... Nine people were killed on the
    night of June 9", told in October 2026: June 9, 2024, not 2026.
    """
    if anchor is None or ref is None or (ref - anchor).days <= 180:
        return rng
    moved = in_year(rng, anchor.year)
    if moved is None or abs((moved.start - anchor).days) > 120 or moved.start > ref:
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


# Verbs whose past form is spelled like the present ("Protesters set up roadblocks on
# Friday", "the minister quit on Monday"): read as past unless the words around make
# them a present, an infinitive, a participle or a noun (``_same_form_past``).
SAME_FORM_PAST = frozenset(
    {"set", "put", "cut", "shut", "hit", "let", "quit", "spread", "upset", "cast", "hurt",
     "burst", "shed", "split", "struck"}
)  # fmt: skip
# Words just before such a verb that make it no simple past: a modal, "to", "do", a
# form of "be" ("is set for", "are cut"), a determiner or a figure ("a cut", "the hit").
_NOT_PAST_BEFORE = frozenset(
    {"to", "will", "would", "shall", "can", "could", "should", "may", "might", "must",
     "do", "does", "don't", "doesn't", "won't", "is", "are", "am", "be", "being", "a",
     "an", "the", "this", "that", "its", "their", "his", "her", "our", "your", "any", "no",
     "each", "every", "of", "per", "another", "further", "deep", "big", "new"}
)  # fmt: skip
_SAME_FORM = re.compile(
    r"(?P<before>[\w’'%]+\s+)?\b(?P<verb>" + "|".join(sorted(SAME_FORM_PAST)) + r")\b"
    r"(?P<after>\s+(?:to|for)\b)?",
    re.IGNORECASE,
)


def _same_form_past(text: str) -> bool:
    """Whether ``text`` tells something done with a past spelled like the present.

    "Villagers set up roadblocks", "the minister quit": past.  "Will set up",
    "plans to cut", "is set for", "set to open" (set to or for: a plan),
    "a 5% cut" and "the spread of" are not.
    """
    for m in _SAME_FORM.finditer(text):
        before = (m.group("before") or "").strip().lower()
        if before in _NOT_PAST_BEFORE or before[-1:].isdigit() or before.endswith("%"):
            continue
        if m.group("verb").lower() == "set" and m.group("after"):
            continue
        return True
    return False


def _direction(text: str, start: int) -> int:
    words = set(_WORD.findall(text.lower()))
    future = words & FUTURE_MARKERS
    if future == {"set"} and _same_form_past(text) and not _set_ahead(text):
        return -1  # "set up roadblocks on Friday": done, not planned
    return 1 if future else -1


def _set_ahead(text: str) -> bool:
    """Whether some "set" in ``text`` is a plan: "set to", "set for", "is set"."""
    for m in _SAME_FORM.finditer(text):
        if m.group("verb").lower() != "set":
            continue
        before = (m.group("before") or "").strip().lower()
        if m.group("after") or before in _NOT_PAST_BEFORE:
            return True
    return False


# Verbs that fix a thing for a coming day: "called a protest for Sunday", "announced a
# strike for Friday" point forward, though told in the past tense.
FIXING_VERBS = (
    "called", "calls", "call", "announced", "announces", "convened", "convenes", "organised",
    "organized", "fixed", "summoned", "booked", "slated", "declared", "proclaimed", "set",
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


def _month_end(
    groups: dict[str, str | None], ref: date | None, direction: int
) -> tuple[DateRange | None, bool, bool] | None:
    """ "At the end of December": the month's last day, a stock told as of then."""
    name = groups["month"] or ""
    if not name[:1].isupper():
        return None
    month = MONTHS[name.casefold().rstrip(".")]
    if groups.get("year"):
        year = int(groups["year"] or 0)
    elif ref is None:
        return None
    else:
        year = _month_only(month, ref, direction).start.year
    last = date(year, month, calendar.monthrange(year, month)[1])
    return DateRange(start=last, end=last), False, True


def _months_between(
    groups: dict[str, str | None], ref: date, direction: int
) -> tuple[DateRange | None, bool, bool] | None:
    """ "Between January and June" without a year: the latest such months ended by the month
    of ``ref`` (the next ones if told of the future), cut at ``ref`` if still running."""
    first, second = groups["month"] or "", groups["month2"] or ""
    if not (first[:1].isupper() and second[:1].isupper()):
        return None
    month, month2 = MONTHS[first.casefold().rstrip(".")], MONTHS[second.casefold().rstrip(".")]
    if month == month2:
        return None
    end_year = _month_only(month2, ref, direction).start.year
    start_year = end_year if month < month2 else end_year - 1  # "from November to February"
    last = date(end_year, month2, calendar.monthrange(end_year, month2)[1])
    return _so_far(DateRange(start=date(start_year, month, 1), end=last), ref), False, False


def _past_span(groups: dict[str, str | None], ref: date) -> DateRange:
    """ "The past three years", "the last 12 months", "the past month": back from ``ref``."""
    raw = (groups.get("n") or "one").lower()
    n = int(raw) if raw.isdigit() else OFFSET_WORDS[raw]
    unit = (groups.get("unit") or groups.get("unit1") or "month").lower()
    return DateRange(start=ref - relativedelta(**{f"{unit}s": n}), end=ref)


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


def _days_between(groups: dict[str, str | None], ref: date, direction: int) -> DateRange | None:
    """ "Between February 17 and March 3" without a year: the whole range read like one day.

    Told in the past, the latest such range begun by ``ref``; told of the
    future, the first not over by then.  Each end read alone could fall in
    different years.
    """
    month = MONTHS[(groups["month"] or "").casefold().rstrip(".")]
    month2 = MONTHS[(groups["month2"] or "").casefold().rstrip(".")]
    day, day2 = int(groups["day"] or 0), int(groups["day2"] or 0)
    wraps = (month, day) > (month2, day2)  # "from December 28 to January 4"
    spans: list[DateRange] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        start, end = _day(year - wraps, month, day), _day(year, month2, day2)
        if start is not None and end is not None:
            spans.append(DateRange(start=start, end=end))
    if groups.get("past") or direction == _PAST:
        begun = [r for r in spans if r.start <= ref]
        return begun[-1] if begun else None
    if direction > 0:
        ahead = [r for r in spans if r.end >= ref]
        return ahead[0] if ahead else None

    # else the one holding ``ref``, or the one whose last day is nearest ("between April 1
    # and June 30" told in November: this year's, though next April 1 is nearer)
    return min(
        spans, key=lambda r: (not r.start <= ref <= r.end, abs((r.end - ref).days)), default=None
    )


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
        if ref is not None and not groups.get("year"):
            return _days_between(groups, ref, direction), False, True
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
        first = int(groups["year"] or groups["year0"] or groups["year1"] or 0)
        last = int(groups["year2"] or 0)
        # two years joined by "and" span only when they run on ("in 2015 and 2016");
        # "in 2012 and 2016" names two separate years
        if last <= first or (groups["year1"] and last != first + 1):
            return None
        return DateRange(start=date(first, 1, 1), end=date(last, 12, 31)), False, False
    if name == "full_year" and ref is not None and _results_told(m.string):
        return _period("year", -1, ref), False, False
    if name in ("months_to", "quarter", "full_year"):
        return _reporting_period(name, groups, ref)
    if name == "year":
        year = int(groups["year"])
        return DateRange(start=date(year, 1, 1), end=date(year, 12, 31)), False, False
    if name == "month_end":
        return _month_end(groups, ref, direction)
    if ref is None:
        return None
    if name == "month_range":
        return _months_between(groups, ref, direction)
    if name == "past_span":
        return _past_span(groups, ref), False, False
    if name == "month_label":
        if not groups["month"][0].isupper():
            return None
        return (
            _month_only(MONTHS[groups["month"].casefold().rstrip(".")], ref, direction),
            False,
            False,
        )
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
    """ "The first nine months of the year": January to the end of the ninth month.

    "The final three months of 2022" (or "last") are the year's last months:
    October to December.
    """
    n_text = (groups["n"] or "").lower()
    n = _MONTH_COUNTS.get(n_text) or (int(n_text) if n_text.isdigit() else 0)
    if not 1 <= n <= 11:
        return None
    first = (groups.get("which") or "first").lower() == "first"
    if groups.get("year"):
        year = int(groups["year"] or 0)
    elif ref is None:
        return None
    elif "last year" in m.group(0).lower():
        year = ref.year - 1
    elif first:  # the latest such months that ended by the time of writing
        year = ref.year if n <= ref.month else ref.year - 1
    else:
        year = ref.year if "this year" in m.group(0).lower() else ref.year - 1
    if not first:
        return DateRange(start=date(year, 13 - n, 1), end=date(year, 12, 31)), False, False
    end = date(year, n, calendar.monthrange(year, n)[1])
    return DateRange(start=date(year, 1, 1), end=end), False, False


# Words of a forecast: a full year told with one is the year under way.
_OUTLOOK = re.compile(
    r"\b(?:guidance|forecasts?|outlook|expects?|expected|expectations|targets?|projections?"
    r"|predicts?|sees|will|would|could)\b",
    re.IGNORECASE,
)


def _results_told(sentence: str) -> bool:
    """Whether a sentence reports results already in (past tense, no forecast).

    "For the full year, the company reported revenue of $14.1 billion": the
    full year is the last one over; "it expects full-year profit of $2
    billion" and "kept its full-year guidance" are of the year under way.
    """
    return bool(_TOLD_PAST.search(sentence)) and not _OUTLOOK.search(sentence)


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
        n = _MONTHS_IN.get((groups["n"] or "").lower()) or int(groups["n"] or 12)
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
