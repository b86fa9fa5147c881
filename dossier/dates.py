"""Dates in news prose, resolved against the article's publication date.

A figure is only comparable with another once we know when it held, so each
claim gets an ``AsOf``: the day or range its sentence (or, failing that, its
paragraph) names — "on Wednesday", "Thursday morning", "since Monday",
"July 28", "this past November 17", "in 2019", "last year" — resolved
against the publication date; the publication date itself when the text
names nothing.  Without a publication date, the year is inferred from
evidence in the text (a weekday named with a date fixes the year) and the
result is flagged ``INFERRED``.  Calendar arithmetic uses python-dateutil.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from dossier.model import AsOf, AsOfBasis, DateRange, Span
from dossier.numbers import MONTHS

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# Words that make a bare date point forward ("will meet on December 1").
FUTURE_MARKERS = frozenset(
    {"will", "scheduled", "due", "set", "next", "upcoming", "planned", "expected", "coming"}
)
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
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
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
    ("month_year", re.compile(_MONTH + r",?\s+(?P<year>(?:1[89]|20)\d\d)\b", re.IGNORECASE)),
    (
        "weekday",
        re.compile(r"(?:(?P<rel>last|this|next|this past)\s+)?" + _WEEKDAY + _PART, re.IGNORECASE),
    ),
    (
        "relative_day",
        re.compile(r"\b(?P<rel>" + "|".join(RELATIVE_DAYS) + r")\b", re.IGNORECASE),
    ),
    (
        "relative_period",
        re.compile(r"\b(?P<rel>" + "|".join(RELATIVE_PERIODS) + r")\b", re.IGNORECASE),
    ),
    (
        "year",
        re.compile(r"(?<![\d,.$])\b(?P<year>(?:1[89]|20)\d\d)\b(?![.,]\d|\d|%|\s*percent|-year)"),
    ),
)
_SINCE = re.compile(r"\b(since|from)\s+(?:the\s+)?$", re.IGNORECASE)
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
    return DateRange(start=monday, end=min(monday + timedelta(days=6), max(ref, monday)))


def _direction(text: str, start: int) -> int:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return 1 if words & FUTURE_MARKERS else -1


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(
    text: str, reference: date | None, *, inferred: bool = False, years: Iterable[int] = ()
) -> tuple[DateMention, ...]:
    """Date expressions in ``text`` resolved against ``reference``.

    ``inferred`` marks the reference as a guess (no publication date);
    ``years`` are years the article mentions, used with weekday evidence.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    direction = _direction(text, 0)
    basis = AsOfBasis.INFERRED if inferred else AsOfBasis.STATED
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            local = _direction(text[max(0, m.start() - 60) : m.start()], 0)
            resolved = _resolve(name, m, reference, min(direction, local), tuple(years))
            if resolved is None:
                continue
            rng, guess, has_day = resolved
            since = bool(_SINCE.search(text[max(0, m.start() - 12) : m.start()]))
            taken.append((m.start(), m.end()))
            found.append(
                DateMention(
                    span=Span(start=m.start(), end=m.end()),
                    text=m.group(0),
                    range=rng,
                    basis=AsOfBasis.INFERRED if guess else basis,
                    since=since,
                    has_day=has_day,
                )
            )
    return tuple(sorted(found, key=lambda d: d.span.start))


def _resolve(
    name: str, m: re.Match[str], ref: date | None, direction: int, years: tuple[int, ...]
) -> tuple[DateRange | None, bool, bool] | None:
    """(range, year was guessed, names a day) for one match, or None to skip."""
    groups = m.groupdict()
    if name in ("month_day", "day_month"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
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
    if name == "month_year":
        if not groups["month"][0].isupper():
            return None
        month = MONTHS[groups["month"].lower().rstrip(".")]
        year = int(groups["year"])
        last = calendar.monthrange(year, month)[1]
        return DateRange(start=date(year, month, 1), end=date(year, month, last)), False, False
    if name == "year":
        year = int(groups["year"])
        return DateRange(start=date(year, 1, 1), end=date(year, 12, 31)), False, False
    if ref is None:
        return None
    if name == "weekday":
        rel = (groups.get("rel") or "").lower()
        weekday = WEEKDAYS[groups["weekday"].lower()]
        way = 1 if rel == "next" else -1 if rel in ("last", "this past") else direction
        day_ = _weekday_from(ref, weekday, way)
        return DateRange(start=day_, end=day_), False, True
    if name == "relative_day":
        day_ = ref + timedelta(days=RELATIVE_DAYS[groups["rel"].lower()])
        return DateRange(start=day_, end=day_), False, True
    unit, offset = RELATIVE_PERIODS[groups["rel"].lower()]
    return _period(unit, offset, ref), False, False


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
        way = -1 if groups.get("past") else direction if direction > 0 else 0
        cand = _nearest_year(month, day, ref, way) or _nearest_year(month, day, ref, 0)
        return (cand.year, False) if cand else None
    pool = sorted({y + d for y in years for d in (0, 1, -1)}, reverse=True)
    if weekday is not None:
        for year in pool or range(date.today().year, 1950, -1):
            cand = _day(year, month, day)
            if cand is not None and cand.weekday() == weekday:
                return year, True
    return None


def infer_reference(text: str) -> date | None:
    """A stand-in publication date from evidence: the latest fully dated day.

    A day is fully dated when it carries a year, or a weekday that fixes the
    year among the years the text mentions (or the years around them).
    """
    years = tuple(int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text))
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
) -> AsOf | None:
    """The as-of date of a figure at offset ``figure`` of ``sentence``.

    Tries the sentence (nearest date that is not merely naming an event, like
    "the July 28 election"), then ``earlier`` sentences of the paragraph,
    nearest first, then the publication date.  ``others`` are the offsets of
    the sentence's other figures: a date with another figure between it and
    this one belongs to that figure ("$14 million, up from $11 million last
    year").
    """
    ref = published or reference
    inferred = published is None
    for k, text in enumerate((sentence, *reversed(earlier))):
        mentions = [
            m
            for m in find_dates(text, ref, inferred=inferred, years=years)
            if m.range is not None and not _attributive(text, m) and (k == 0 or m.has_day)
        ]
        if k == 0:
            mentions = [m for m in mentions if not _beyond_other(text, figure, m, others)]
        if not mentions:
            continue
        pos = figure if k == 0 else len(text)
        mention = min(mentions, key=lambda m: abs(m.span.start - pos))
        assert mention.range is not None
        rng = mention.range
        if mention.since and ref is not None and ref > rng.start:
            rng = DateRange(start=rng.start, end=ref)
        return AsOf(range=rng, basis=mention.basis)
    if published is not None:
        return AsOf(
            range=DateRange(start=published, end=published), basis=AsOfBasis.PUBLICATION_DATE
        )
    if reference is not None:
        return AsOf(range=DateRange(start=reference, end=reference), basis=AsOfBasis.INFERRED)
    return None


# Words that set a second figure against the first: its date is its own.
_CONTRAST = re.compile(
    r"\b(?:up from|down from|from|compared with|compared to|than|versus|vs\.?|against)\s+"
    r"(?:the\s+|just\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)


def _beyond_other(sentence: str, figure: int, mention: DateMention, others: Sequence[int]) -> bool:
    """Whether a contrasted figure sits between ``figure`` and a date after it."""
    return any(
        figure < o < mention.span.start and _CONTRAST.search(sentence[max(0, o - 20) : o])
        for o in others
    )


_ATTRIBUTIVE_AFTER = re.compile(
    r"^\s*(?:presidential\s+|general\s+|parliamentary\s+|local\s+|municipal\s+)?"
    r"(?:election|elections|vote|referendum|poll|ballot|earthquake|quake|attack|deadline|"
    r"runoff|meeting|summit|talks|letter|report|statement|decree|ruling|massacre)\b",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|by|to|before|after)\s+$", re.IGNORECASE)
_EVENT_BEFORE = re.compile(
    r"\b(?:election|elections|vote|referendum|earthquake|quake|collapse|since the \w+|"
    r"(?:took|take) place|(?:was|were) held|held|born|escaping|escape|arrested|established|"
    r"founded|withdrew|in power|scheduled to meet|will meet|meet)\b[^.,;]{0,30}$",
    re.IGNORECASE,
)


def _attributive(text: str, mention: DateMention) -> bool:
    """Whether a date only names when another event happened ("the July 28 election")."""
    if _ATTRIBUTIVE_AFTER.match(text[mention.span.end :]):
        return True
    if not mention.has_day and _BOUND_BEFORE.search(text[: mention.span.start]):
        return True
    before = text[max(0, mention.span.start - 45) : mention.span.start]
    return bool(_EVENT_BEFORE.search(before)) and not mention.since


def event_dates(
    text: str, published: date | None, reference: date | None, years: Sequence[int] = ()
) -> tuple[DateMention, ...]:
    """Day-precise date mentions of ``text`` (candidates for event dates)."""
    ref = published or reference
    return tuple(
        m
        for m in find_dates(text, ref, inferred=published is None, years=years)
        if m.has_day and m.range is not None and not m.since
    )
