"""A yearless day governed by a verb in the past tense is the one before the article.

Articles are published on 1 August 2024 (``test_event_dates_broad.PUBLISHED``).
"""

from __future__ import annotations

import pytest

from tests.test_event_dates_broad import _event_dates as _dates


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("The governor ordered the release of emergency funds on Christmas Eve.",
         "Christmas Eve", "2023-12-24"),
        ("The regulator fined the airline on 12 November.", "12 November", "2023-11-12"),
        ("Rebels captured the border town on December 3.", "December 3", "2023-12-03"),
    ],
)  # fmt: skip
def test_a_past_verb_puts_a_far_day_in_the_past(text: str, quote: str, want: str) -> None:
    assert _dates(text).get(quote) == want


@pytest.mark.parametrize(
    "text",
    [
        "The council agreed that the vote on 24 December would go ahead.",
        "The union voted to strike on 12 November.",
        "The minister waited until 3 December for the report.",
    ],
)
def test_a_past_verb_handing_the_date_to_another_clause_does_not(text: str) -> None:
    assert _dates(text) == {}


def test_a_participle_describing_people_is_no_past_verb() -> None:
    from dossier.date_reading import _done_before

    assert not _done_before("vaccinate children aged between nine months and 14 years in ")
    assert _done_before("the governor ordered the release of emergency funds on ")
    assert not _done_before("it found 2,870 excess deaths between ")
