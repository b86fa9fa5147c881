"""Words and patterns for dates in news prose.

Owns the tables of weekday, relative-day, period, named-day, season and
part-of-period words, and the ordered date patterns (``_PATTERNS``) built
from them, which ``date_reading`` matches and ``date_periods`` resolves.
"""

from __future__ import annotations

import re

from dossier.kinds import IRREGULAR_PAST
from dossier.numbers import MONTHS

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

# A month's name, and the full stop of an abbreviation ("Sept.", "Oct."): a full stop
# after a whole name ("on 3 June.", "in May.") closes the sentence and stays out of the quote.
_MONTH = (
    r"(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")(?:(?:(?<=\b[a-z]{3})(?<!may)|(?<=\bsept))\.)?"
)
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
        # "the three months to March 31", "the six months to June", "the year to March":
        # the months ending then
        "months_to",
        re.compile(
            r"\b(?:(?P<n>three|six|nine|twelve|3|6|9|12)\s+months|(?:financial\s+|fiscal\s+)?year)"
            r"\s+(?:to|ended|ending|through)\s+(?:(?P<dayfirst>\d{1,2})(?:st|nd|rd|th)?\s+)?"
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
        # "the first nine months of the year", "the first six months of 2024", "the final
        # three months of 2022"
        "first_months",
        re.compile(
            r"\b(?P<which>first|last|final)\s+"
            r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
            r"\s+months\s+of\s+(?:the\s+year|(?:this|last)\s+year|(?P<year>(?:19|20)\d\d))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year_range",
        re.compile(
            r"(?:\b(?:between|from)\s+(?P<year>(?:1[89]|20)\d\d)\s+(?:and|to|until)\s+"
            r"|(?<![\d,.$£€])\b(?P<year0>(?:1[89]|20)\d\d)\s*[-–]\s*"  # "2016-2020"
            # "in 2015 and 2016", "over both 2019 and 2020": two running years as one span
            r"|\b(?:in|during|over|throughout|across)\s+(?:both\s+)?"
            r"(?P<year1>(?:1[89]|20)\d\d)\s+and\s+)"
            r"(?P<year2>(?:1[89]|20)\d\d)\b(?![.,]\d|%)",
            re.IGNORECASE,
        ),
    ),
    (
        "year_end",
        re.compile(r"\bthe\s+end\s+of\s+(?P<year>(?:1[89]|20)\d\d)\b(?![.,]\d|%)", re.IGNORECASE),
    ),
    (
        # "at the end of December", "by the end of June 2021": the month's last day
        "month_end",
        re.compile(
            r"\bthe\s+end\s+of\s+" + _MONTH + r"\b(?!\s*\d{1,2}\b(?!\d))" + _YEAR_AFTER,
            re.IGNORECASE,
        ),
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
    (
        # "between January and June", "from March to May": whole months, the year not told
        "month_range",
        re.compile(
            r"\b(?:between|from)\s+"
            + _MONTH
            + r"\s+(?:and|to|through|until)\s+(?:the\s+end\s+of\s+)?"
            + _MONTH.replace("month", "month2")
            + r"\b(?!,?\s*\d)",
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
        # a timeline's entry opening on a month: "September: a 3.5% rise", "**May:** talks"
        "month_label",
        re.compile(r"^[*_\s-]*" + _MONTH + r"(?=[*_]*\s*:)", re.IGNORECASE),
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
        # "over the past three years", "in the last 12 months", "the past month": the
        # stretch of time that ends at the time of writing
        "past_span",
        re.compile(
            r"\bthe\s+(?:past|last)\s+(?:(?P<n>\d{1,2}|"
            + "|".join(w for w in OFFSET_WORDS if w not in ("a", "an", "one"))
            + r")\s+(?P<unit>day|week|month|year)s"
            r"|(?<=past\s)(?P<unit1>month|year))\b(?!\s+of\b)",
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
        # a year, not a figure ("2.5%") nor the first group of a run of digit groups,
        # such as a telephone number ("1800 226 226")
        re.compile(
            r"(?<![\d,.$])\b(?P<year>(?:1[89]|20)\d\d)\b"
            r"(?![.,]\d|\d|%|\s*percent|-year|[ -]\d{2,4}[ -]\d)"
        ),
    ),
)
# The period told before, in another year: "compared with 198 in the same period of 2020",
# "up from 2,480 in the same months last year".
_SAME_PERIOD_OF = re.compile(
    r"\bthe\s+same\s+(?:period|months?|quarter|half|weeks?|days?|time)\s+(?:(?:of|in)\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?![.,]\d|%)|(?P<back>last\s+year|a\s+year\s+(?:earlier|before|ago)"
    r"|the\s+(?:previous|preceding)\s+year|the\s+year\s+before))",
    re.IGNORECASE,
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
# A verb in the past tense: "was", "reported", "fell".
_TOLD_PAST = re.compile(
    r"\b(?:was|were|had|did|[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b",
    re.IGNORECASE,
)
