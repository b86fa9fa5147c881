"""Reconciler, fifth round: how coverage of one event varies between outlets.

Outlets spell a small place differently ("Berenza", "Berensa"); such
spellings are one place unless one text names both.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.model import Kind
from dossier.reconcile_spelling import spelling_map
from tests.test_reconciler_generalising import _claim, _run, _together

MAR3, MAR4, MAR6 = date(2027, 3, 3), date(2027, 3, 4), date(2027, 3, 6)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("@kessarin", "@kesarin"),  # a doubled letter dropped
        ("@oluvka", "@oluwka"),  # one letter transliterated otherwise
        ("@port-emmis", "@port-emis"),  # inside a two-word name
        ("@dravec", "@dravecz"),  # a letter added at the end
    ],
)
def test_two_spellings_a_letter_apart_are_one_place(one: str, other: str) -> None:
    canon = spelling_map([frozenset({one}), frozenset({other})])
    assert canon.get(one, one) == canon.get(other, other)


@pytest.mark.parametrize(
    "wheres",
    [
        # one text names both: two places
        [frozenset({"@kessarin", "@kesarin"}), frozenset({"@kesarin"})],
        # two letters apart
        [frozenset({"@dravec"}), frozenset({"@drovek"})],
        # too short to tell a spelling from another name
        [frozenset({"@lima"}), frozenset({"@lira"})],
        # countries are never respelled
        [frozenset({"iran"}), frozenset({"iraq"})],
        # another first letter
        [frozenset({"@malden"}), frozenset({"@walden"})],
    ],
)
def test_names_that_are_not_one_place_spelled_twice_stay_apart(
    wheres: list[frozenset[str]],
) -> None:
    assert spelling_map(wheres) == {}


def test_a_toll_reported_under_two_spellings_is_one_question() -> None:
    first = _claim(
        "w1",
        "Flash floods killed 17 people in Kessarin district, the relief agency said.",
        "17 people",
        Kind.DEATHS,
        17,
        on=MAR3,
        by="relief agency",
        names=("Kessarin",),
    )
    later = _claim(
        "w2",
        "The number of dead in Kesarin has climbed to 29, officials said.",
        "29",
        Kind.DEATHS,
        29,
        on=MAR6,
        by="officials",
        names=("Kesarin",),
    )
    assert _together(_run([first, later]), first, later)


def test_two_places_one_text_names_side_by_side_stay_two_questions() -> None:
    # The paragraph of the first figure names both towns: a reporter who
    # knows of both means two places.
    north = _claim(
        "w1",
        "Floods killed 17 people in Kessarin, officials said.",
        "17 people",
        Kind.DEATHS,
        17,
        on=MAR3,
        by="officials",
        names=("Kessarin", "Kesarin"),
    )
    south = _claim(
        "w2",
        "In Kesarin, 4 people died when the river burst its banks.",
        "4 people",
        Kind.DEATHS,
        4,
        on=MAR4,
        names=("Kesarin",),
    )
    assert not _together(_run([north, south]), north, south)
