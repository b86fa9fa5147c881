"""How figures, dates and kinds read on the page.

One place decides the wording, so the claim page, the conflict table, the
search index and the exports say the same thing the same way.  Wordings that
pages repeat (dates, figures in words) are remembered once made, and a claim's
figure is kept for the next call with the same claim: a claim page asks for it
several times.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from dossier.memo import same_as_last
from dossier.model import AsOf, Claim, DateRange, Interval, Kind, Qualifier, Status

KIND_LABELS: dict[Kind, str] = {
    Kind.DEATHS: "deaths",
    Kind.INJURIES: "injuries",
    Kind.ARRESTS: "arrests and detentions",
    Kind.DISAPPEARANCES: "disappearances",
    Kind.DISPLACED: "displaced people",
    Kind.VOTE_SHARE: "vote share",
    Kind.VOTES: "votes",
    Kind.EVENT_DATE: "event date",
    Kind.COUNT: "other count",
    Kind.PERCENT: "percentage",
    Kind.MONEY: "money",
}

QUALIFIER_LABELS: dict[Qualifier, str] = {
    Qualifier.EXACT: "exact figure",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.ABOUT: "about",
    Qualifier.FEWER_THAN: "fewer than",
    Qualifier.AT_MOST: "at most",
    Qualifier.RANGE: "range",
    Qualifier.VAGUE: "vague quantity",
}

STATUS_LABELS: dict[Status, str] = {
    Status.SINGLE: "single source",
    Status.CONSISTENT: "consistent",
    Status.CONFLICT: "conflict",
    Status.UPDATE: "update",
    Status.SCOPE: "different scope",
}

STATUS_MEANINGS: dict[Status, str] = {
    Status.SINGLE: "Only one figure answers this question so far.",
    Status.CONSISTENT: "The figures' ranges overlap: they can all be true at once.",
    Status.CONFLICT: "The figures cannot all be true for the dates they are given for.",
    Status.UPDATE: "A running count grew over time: the later, larger figure supersedes.",
    Status.SCOPE: "The figures count different things or come from different counting bodies.",
}


def number(value: Decimal) -> str:
    """``Decimal('1062')`` -> ``'1,062'``; ``Decimal('51.20')`` -> ``'51.2'``."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


@same_as_last
def figure(claim: Claim) -> str:
    """The value as a reader says it: "more than 700", "11–17", "about 12"."""
    if claim.kind is Kind.EVENT_DATE and claim.date is not None:
        return date_range(claim.date)
    text = interval_text(claim.value, claim.qualifier)
    if claim.unit == "percent":
        text = text.replace("–", "–") + "%"
    return text


def interval_text(value: Interval, qualifier: Qualifier) -> str:
    low = number(value.low) if value.low is not None else None
    high = number(value.high) if value.high is not None else None
    if low is not None and low == high:
        prefix = {
            Qualifier.ABOUT: "about ",
            Qualifier.AT_LEAST: "at least ",
            Qualifier.AT_MOST: "at most ",
        }.get(qualifier, "")
        return f"{prefix}{low}"
    if low is not None and high is None:
        return f"more than {low}" if qualifier is Qualifier.MORE_THAN else f"at least {low}"
    if low is None and high is not None:
        return f"fewer than {high}" if qualifier is Qualifier.FEWER_THAN else f"at most {high}"
    if low is None and high is None:
        return "unknown"
    return f"{low}–{high}"


def bounds(value: Interval) -> str:
    """The interval spelled out: "exactly 12", "from 11 to 17", "from 700 with no upper bound"."""
    low, high = value.low, value.high
    if low is not None and low == high:
        return f"exactly {number(low)}"
    lower = f"from {number(low)}" if low is not None else "no lower bound"
    upper = f"to {number(high)}" if high is not None else "with no upper bound"
    return f"{lower} {upper}"


def in_words(claim: Claim) -> str | None:
    """The figure's bounds in words ("one thousand and sixty-two")."""
    low, high = claim.value.low, claim.value.high
    if claim.kind is Kind.EVENT_DATE or (low is None and high is None):
        return None
    if low is None or high is None or low == high:
        return number_in_words(high if low is None else low)
    return f"{number_in_words(low)} to {number_in_words(high)}"


# fmt: off
_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# fmt: on
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def number_in_words(value: Decimal) -> str:
    """``value`` in words, the way ``num2words`` writes it, which is asked for what
    this does not write itself (fractions, negatives, a quadrillion and more)."""
    if value == value.to_integral_value() and 0 <= value < 10**15:
        return _whole_in_words(int(value))
    return _num2words(str(value))


def _whole_in_words(n: int) -> str:
    if n < 1000:
        return _below_thousand(n)
    parts = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            parts.append(f"{_below_thousand(count)} {name}")
    text = ", ".join(parts)
    if not n:
        return text
    return f"{text}{' and ' if n < 100 else ', '}{_below_thousand(n)}"


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if rest < 20:
        tail = _ONES[rest]
    else:
        tens, ones = divmod(rest, 10)
        tail = f"{_TENS[tens]}-{_ONES[ones]}" if ones else _TENS[tens]
    if not hundreds:
        return tail
    return f"{_ONES[hundreds]} hundred and {tail}" if rest else f"{_ONES[hundreds]} hundred"


@functools.lru_cache(maxsize=1024)
def _num2words(text: str) -> str:
    # Imported here: most builds never need it, and importing it costs every build.
    from num2words import num2words

    value = Decimal(text)
    return num2words(value if value != value.to_integral_value() else int(value))


@functools.lru_cache(maxsize=4096)
def day(value: dt.date) -> str:
    """``2024-08-01`` -> ``'1 August 2024'``."""
    return f"{value.day} {value:%B %Y}"


def short_day(value: dt.date) -> str:
    """``2024-07-31`` -> ``'31 Jul 2024'``."""
    return f"{value.day} {value:%b %Y}"


def date_range(value: DateRange | None) -> str:
    if value is None:
        return "no date"
    if value.is_day:
        return day(value.start)
    if (
        value.start.day == 1
        and value.start.month == 1
        and (value.end.month, value.end.day)
        == (
            12,
            31,
        )
    ):
        years = {value.start.year, value.end.year}
        return str(value.start.year) if len(years) == 1 else f"{value.start.year}–{value.end.year}"
    return f"{day(value.start)} – {day(value.end)}"


def as_of(value: AsOf | None) -> str:
    if value is None:
        return "undated"
    text = date_range(value.range)
    if value.basis.value == "publication_date":
        return f"{text} (publication date)"
    if value.basis.value == "inferred":
        return f"{text} (inferred)"
    return text


def iso(value: DateRange | None) -> str | dict[str, str] | None:
    return None if value is None else value.iso()
