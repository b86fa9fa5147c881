"""An article cannot report as done what happens after it was published."""

from __future__ import annotations

from datetime import date

from dossier.model import Kind
from tests.test_extractor import _claims


def _dates(text: str, published: date | None) -> dict[str, str]:
    return {
        c.quote: c.date.iso()
        for c in _claims(text, published)
        if c.kind is Kind.EVENT_DATE and c.date is not None
    }


def test_a_date_after_publication_is_no_event() -> None:
    text = "The regional assembly was dissolved on 14 September 2031."
    assert _dates(text, date(2031, 9, 20)) == {"14 September 2031": "2031-09-14"}
    assert _dates(text, date(2031, 9, 1)) == {}


def test_the_day_of_publication_is_still_an_event() -> None:
    text = "The regional assembly was dissolved on 14 September 2031."
    assert _dates(text, date(2031, 9, 14)) == {"14 September 2031": "2031-09-14"}


def test_without_a_publication_date_the_event_stays() -> None:
    text = "The regional assembly was dissolved on 14 September 2031."
    assert _dates(text, None) == {"14 September 2031": "2031-09-14"}


def test_other_figures_of_the_sentence_stay() -> None:
    text = "Police arrested 31 people at the march on 2 May 2030."
    claims = _claims(text, date(2030, 4, 1))
    assert [c.kind for c in claims] == [Kind.ARRESTS]
