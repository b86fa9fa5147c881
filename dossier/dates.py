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

The rest of the package imports from here; the code lives in ``date_words``
(tables of date words and the patterns), ``date_periods`` (an expression
resolved to a day or period), ``date_reading`` (``find_dates`` and statement
days), ``date_events`` (ballot and event days) and ``date_asof`` (choosing an
``AsOf`` and carrying days through the narration).
"""

from __future__ import annotations

from dossier.date_asof import back_references, choose_as_of
from dossier.date_events import (
    ballot_day,
    dateline_date,
    event_dates,
    event_day_of,
    event_words,
    heading_day,
    narrated_in_the_past,
    tells_the_events_dead,
)
from dossier.date_periods import FIXING_VERBS, PAST_MARKERS, DateMention
from dossier.date_reading import (
    STATEMENT_VERBS,
    find_dates,
    infer_reference,
    measured_since,
    mentioned_years,
    opening_day,
    spoken_date,
    statement_day,
    story_anchor,
    story_period,
)
from dossier.date_words import (
    FUTURE_MARKERS,
    MONTH_LEADS,
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
from dossier.model import DateRange

__all__ = [
    "FIXING_VERBS",
    "FUTURE_MARKERS",
    "MONTH_LEADS",
    "NAMED_DAYS",
    "OFFSET_WORDS",
    "ORDINAL_PARTS",
    "PART_DAYS",
    "PART_MONTHS",
    "PAST_MARKERS",
    "RELATIVE_DAYS",
    "RELATIVE_PERIODS",
    "RELATIVE_YEARS",
    "SEASONS",
    "STATEMENT_VERBS",
    "WEEKDAYS",
    "DateMention",
    "DateRange",
    "back_references",
    "ballot_day",
    "choose_as_of",
    "dateline_date",
    "event_dates",
    "event_day_of",
    "event_words",
    "find_dates",
    "heading_day",
    "infer_reference",
    "measured_since",
    "mentioned_years",
    "narrated_in_the_past",
    "opening_day",
    "spoken_date",
    "statement_day",
    "story_anchor",
    "story_period",
    "tells_the_events_dead",
]
