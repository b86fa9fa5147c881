"""Reconciler, fifth round: how coverage of one event varies between outlets.

Outlets spell a small place differently ("Kessarin", "Kesarin"); such
spellings are one place unless one text names both.  Sums of money and rates
are told again over months, not days; a later value said to have been changed
to ("cut the fine to") updates an earlier one instead of contradicting it.
Fighters outside a state's forces, named by the figure's own noun, are
counted apart from civilians and soldiers; a strike that kills is not a
walkout unless the sentence says it is one.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.model import Claim, Kind, Status
from dossier.reconcile_features import PART_OF_TOTAL, _families, _period_at, _scope
from dossier.reconcile_signature import _subject_key
from dossier.reconcile_spelling import spelling_map
from dossier.reconcile_tables import COMBATANTS
from tests.test_reconciler_generalising import _claim, _run, _status, _together

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


JAN10, FEB20, APR25 = date(2027, 1, 10), date(2027, 2, 20), date(2027, 4, 25)


def _money(source: str, sentence: str, quote: str, value: int, on: date, **kw: object) -> Claim:
    return _claim(
        source, sentence, quote, Kind.MONEY, value, on=on, unit="EUR", subject="fine", **kw
    )


def test_a_sum_told_again_months_later_is_one_question() -> None:
    # Sums and rates are told again as a case or a policy moves on, months apart.
    imposed = _money(
        "m1",
        "The competition watchdog fined Halvek Air 55 million euros for price fixing.",
        "55 million euros",
        55_000_000,
        JAN10,
        names=("Halvek Air",),
    )
    recalled = _money(
        "m2",
        "Halvek Air is still contesting the 55 million euros fine in court.",
        "55 million euros",
        55_000_000,
        APR25,
        names=("Halvek Air",),
    )
    result = _run([imposed, recalled])
    assert _together(result, imposed, recalled)
    assert _status(result, imposed) is Status.CONSISTENT


def test_a_death_toll_months_later_is_another_question() -> None:
    first = _claim(
        "d1",
        "The blast at the Varnet refinery killed 12 workers.",
        "12 workers",
        Kind.DEATHS,
        12,
        on=JAN10,
        names=("Varnet",),
    )
    later = _claim(
        "d2",
        "A fire at the Varnet refinery killed 3 workers.",
        "3 workers",
        Kind.DEATHS,
        3,
        on=APR25,
        names=("Varnet",),
    )
    assert not _together(_run([first, later]), first, later)


@pytest.mark.parametrize(
    "later_sentence",
    [
        "An appeals court later trimmed the fine on Halvek Air to 40 million euros.",
        "Judges reduced Halvek Air's penalty on appeal to 40 million euros.",
        "The fine on Halvek Air was cut by the court to 40 million euros.",
        "After the appeal, Halvek Air's fine was revised down to 40 million euros.",
    ],
)
def test_a_value_said_to_have_been_changed_updates_the_earlier_one(later_sentence: str) -> None:
    imposed = _money(
        "m1",
        "The competition watchdog fined Halvek Air 55 million euros for price fixing.",
        "55 million euros",
        55_000_000,
        JAN10,
        names=("Halvek Air",),
    )
    cut = _money("m2", later_sentence, "40 million euros", 40_000_000, FEB20, names=("Halvek Air",))
    result = _run([imposed, cut])
    assert _together(result, imposed, cut)
    assert _status(result, imposed) is Status.UPDATE


@pytest.mark.parametrize(
    "later_sentence",
    [
        "Halvek Air says the fine is really 40 million euros.",
        "Lawyers for Halvek Air told the court the fine should have been 40 million euros.",
        "Halvek Air paid a fine of 40 million euros, its filings show.",
    ],
)
def test_two_values_of_a_fixed_sum_with_no_change_said_conflict(later_sentence: str) -> None:
    imposed = _money(
        "m1",
        "The competition watchdog fined Halvek Air 55 million euros for price fixing.",
        "55 million euros",
        55_000_000,
        JAN10,
        names=("Halvek Air",),
    )
    other = _money(
        "m2", later_sentence, "40 million euros", 40_000_000, FEB20, names=("Halvek Air",)
    )
    result = _run([imposed, other])
    assert _together(result, imposed, other)
    assert _status(result, imposed) is Status.CONFLICT


def _scope_of(sentence: str, quote: str, subject: str | None = None) -> str | None:
    claim = _claim("s1", sentence, quote, Kind.DEATHS, 1, on=MAR3, subject=subject)
    return _scope(claim)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Government troops killed 25 militants in the hills, the army said.", "25 militants"),
        ("The rebels said 9 of their fighters were killed in the ambush.", "9 of their fighters"),
        ("Officials said 31 insurgents died when their convoy was hit.", "31 insurgents"),
        ("At least 40 were rebel fighters, the monitors said.", "At least 40"),
    ],
)
def test_fighters_named_by_the_figures_own_noun_are_combatants(sentence: str, quote: str) -> None:
    assert _scope_of(sentence, quote) == COMBATANTS


@pytest.mark.parametrize(
    ("sentence", "quote", "expected"),
    [
        # who did the killing is not who was killed
        ("Gunmen killed 14 people at a market in the north.", "14 people", None),
        ("Militants killed 20 villagers overnight, residents said.", "20 villagers", "civilians"),
        ("Rebels killed 12 soldiers at a checkpoint.", "12 soldiers", "security forces"),
    ],
)
def test_fighters_who_did_the_killing_do_not_set_the_scope(
    sentence: str, quote: str, expected: str | None
) -> None:
    assert _scope_of(sentence, quote) == expected


def test_fighters_and_civilians_killed_in_one_raid_are_two_questions() -> None:
    fighters = _claim(
        "f1",
        "The army said its raid on Orvek killed 25 militants.",
        "25 militants",
        Kind.DEATHS,
        25,
        on=MAR3,
        by="army",
        names=("Orvek",),
    )
    civilians = _claim(
        "f2",
        "Medics in Orvek said 12 civilians died in the raid.",
        "12 civilians",
        Kind.DEATHS,
        12,
        on=MAR4,
        by="medics",
        names=("Orvek",),
    )
    assert not _together(_run([fighters, civilians]), fighters, civilians)


@pytest.mark.parametrize(
    "sentence",
    [
        "Medics said 27 civilians were killed in strikes on Tselin.",
        "At least 22 people died in Monday's strikes, the monitors said.",
        "The mission confirmed 31 deaths from the January 19 strikes.",
        "A drone strike hit the convoy, killing 6.",
    ],
)
def test_a_strike_that_kills_is_not_read_as_a_walkout(sentence: str) -> None:
    assert "labour" not in _families(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dockers went on strike on Monday, and 91% stayed away.",
        "The teachers' strike closed 300 schools.",
        "A general strike shut the capital for a day.",
        "The strike by rail workers entered its third week.",
    ],
)
def test_a_walkout_said_in_so_many_words_is_labour(sentence: str) -> None:
    assert "labour" in _families(sentence)


@pytest.mark.parametrize(
    ("sentence", "quote", "expected"),
    [
        # a year after another figure is that figure's
        ("The party's 212 seats compare with 180 in 2019.", "212 seats", None),
        ("The party's 212 seats compare with 180 in 2019.", "180", "year:2019"),
        ("Exports rose to 4.1 billion dollars from 3.2 billion in 2024.", "4.1 billion", None),
        (
            "Exports rose to 4.1 billion dollars from 3.2 billion in 2024.",
            "3.2 billion",
            "year:2024",
        ),
        # a year before another figure is not the next one's
        ("Floods killed 40 people in 2019 and 12 in this storm.", "12", None),
        # dates, lengths of time and hedges are no other figure
        ("Floods killed 40 people in 2 days in 2019.", "40 people", "year:2019"),
        ("Floods killed 40 people on 3 March in 2019.", "40 people", "year:2019"),
        ("More than 1,100 people have been arrested since February.", "More than 1,100", "running"),
        (
            "Police held at least 300 people in 2019, the ministry said.",
            "at least 300",
            "year:2019",
        ),
    ],
)
def test_a_years_figure_is_the_one_it_follows(
    sentence: str, quote: str, expected: str | None
) -> None:
    assert _period_at(sentence, sentence.index(quote), 2026) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("nurses walked out", "nurses on strike"),
        ("teachers stayed away", "teachers on strike"),
        ("hospital staff struck", "hospital workers on strike"),
        ("employees downed tools", "striking workers"),
        ("dockers were out", "dockers on strike"),
    ],
)
def test_ways_of_saying_people_stopped_work_are_one_subject(one: str, other: str) -> None:
    assert sorted(_subject_key(one).split()) == sorted(_subject_key(other).split())


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("workers evacuated", "workers on strike"),
        ("staff injured", "staff on strike"),
        ("nurses out of work", "nurses on strike"),
    ],
)
def test_other_things_done_by_workers_stay_other_subjects(one: str, other: str) -> None:
    assert sorted(_subject_key(one).split()) != sorted(_subject_key(other).split())


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The city morgue received 19 of the bodies.", "19"),
        ("Relatives have identified 12 of the dead.", "12"),
    ],
)
def test_a_part_of_the_bodies_or_the_dead_is_told_as_a_part(sentence: str, quote: str) -> None:
    claim = _claim("p1", sentence, quote, Kind.DEATHS, int(quote), on=MAR3)
    assert _scope(claim) == PART_OF_TOTAL
