"""Reconciler, third round: rules read from stories the rules were never tuned on.

A figure naming only things a place-pinned story never names stays out of it;
a country that speaks still names its story; an earlier event named by its
year is not today's; who was killed is read before the clause saying how;
election rounds, bodies named after a place, demonyms, refugees against the
internally displaced, and national totals against a region's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dossier.model import AsOf, AsOfBasis, DateRange, Kind, Status
from dossier.reconcile_features import same_side
from tests.test_reconciler_generalising import _claim, _run, _status, _together

AUG1, AUG5, AUG9 = date(2024, 8, 1), date(2024, 8, 5), date(2024, 8, 9)


def test_a_figure_naming_only_a_vessel_stays_out_of_a_story_pinned_to_a_country() -> None:
    pinned = _claim(
        "p1",
        "Rights groups in Peru said 14 activists had disappeared.",
        "14 activists",
        Kind.DISAPPEARANCES,
        14,
        on=AUG1,
        by="Rights groups",
        names=("Peru",),
    )
    vessel = _claim(
        "p2",
        "The coastguard said 60 people were still missing from the Marlow Star.",
        "60 people",
        Kind.DISAPPEARANCES,
        60,
        on=AUG9,
        by="coastguard",
        names=("Marlow Star",),
    )
    assert not _together(_run([pinned, vessel]), pinned, vessel)


def test_a_nameless_follow_up_still_joins_the_pinned_story() -> None:
    pinned = _claim(
        "p3",
        "Floods in Peru left 40 people missing, the civil defence said.",
        "40 people",
        Kind.DISAPPEARANCES,
        40,
        on=AUG1,
        by="civil defence",
        names=("Peru",),
    )
    later = _claim(
        "p4",
        "Rescuers said 22 people were still missing.",
        "22 people",
        Kind.DISAPPEARANCES,
        22,
        on=AUG5,
        by="Rescuers",
    )
    assert _together(_run([pinned, later]), pinned, later)


def test_a_country_that_speaks_still_names_its_story() -> None:
    cholera = _claim(
        "s1",
        "Cholera has killed 40 people in Dunmere this year, the health ministry said.",
        "40 people",
        Kind.DEATHS,
        40,
        on=AUG1,
        by="health ministry",
        names=("Dunmere",),
    )
    border = _claim(
        "s2",
        "Vallory acknowledged the loss of 4 of its own troops.",
        "4 of its own troops",
        Kind.DEATHS,
        4,
        on=AUG5,
        by="Vallory",
        names=("Vallory",),
    )
    result = _run([cholera, border])
    assert not _together(result, cholera, border)


JUN2, JUN4 = date(2025, 6, 2), date(2025, 6, 4)


def test_an_earlier_disaster_named_by_its_year_is_not_todays() -> None:
    today = _claim(
        "y1",
        "The landslide buried 30 people in Korrin, the governor said.",
        "30 people",
        Kind.DEATHS,
        30,
        on=JUN2,
        by="governor",
        names=("Korrin",),
    )
    earlier = _claim(
        "y2",
        "The town's worst tragedy, the 2014 landslide, killed 12 people in Korrin.",
        "12 people",
        Kind.DEATHS,
        12,
        on=JUN4,
        names=("Korrin",),
    )
    assert not _together(_run([today, earlier]), today, earlier)


def test_a_figure_telling_what_an_earlier_years_event_did_is_that_years() -> None:
    today = _claim(
        "y3",
        "The bus plunged into the gorge near Ostra, killing 18 people.",
        "18 people",
        Kind.DEATHS,
        18,
        on=JUN2,
        names=("Ostra",),
    )
    earlier = _claim(
        "y4",
        "Another bus left the same road in 2016, killing 9 people near Ostra.",
        "9 people",
        Kind.DEATHS,
        9,
        on=JUN4,
        names=("Ostra",),
    )
    assert not _together(_run([today, earlier]), today, earlier)


def test_a_year_set_beside_the_figure_does_not_date_it() -> None:
    first = _claim(
        "y5",
        "The fire killed 25 people in Marsh End, the fire service said.",
        "25 people",
        Kind.DEATHS,
        25,
        on=JUN2,
        by="fire service",
        names=("Marsh End",),
    )
    later = _claim(
        "y6",
        "The worst blaze since the 2009 fire has now killed 31 people in Marsh End.",
        "31 people",
        Kind.DEATHS,
        31,
        on=JUN4,
        names=("Marsh End",),
    )
    elected = _claim(
        "y7",
        "Elected in 2019, the mayor said 31 people had died in Marsh End.",
        "31 people",
        Kind.DEATHS,
        31,
        on=JUN4,
        by="mayor",
        names=("Marsh End",),
    )
    result = _run([first, later, elected])
    assert _together(result, first, later)
    assert _together(result, first, elected)


def test_whose_deaths_are_read_before_the_clause_saying_how() -> None:
    inmates = _claim(
        "k2",
        "Officials said 11 inmates were killed when guards stormed Calder Hill prison.",
        "11 inmates",
        Kind.DEATHS,
        11,
        on=JUN2,
        by="Officials",
        names=("Calder Hill",),
    )
    more = _claim(
        "k3",
        "A rights group said at least 17 inmates died in the Calder Hill riot.",
        "at least 17 inmates",
        Kind.DEATHS,
        17,
        None,
        on=JUN4,
        by="A rights group",
        names=("Calder Hill",),
    )
    guard_deaths = _claim(
        "k4",
        "Two guards were killed in the Calder Hill riot, the prison service said.",
        "Two guards",
        Kind.DEATHS,
        2,
        on=JUN4,
        by="prison service",
        names=("Calder Hill",),
    )
    result = _run([inmates, more, guard_deaths])
    assert _together(result, inmates, more)
    assert not _together(result, inmates, guard_deaths)
    assert result.scope_of[inmates.id] == "inmates"
    assert result.scope_of[guard_deaths.id] == "security forces"


def test_the_actors_of_a_when_clause_set_no_scope() -> None:
    fire = _claim(
        "k1",
        "Three people died when prisoners set fire to the Calder Hill laundry.",
        "Three people",
        Kind.DEATHS,
        3,
        on=JUN2,
        names=("Calder Hill",),
    )
    assert _run([fire]).scope_of[fire.id] == "all"


def test_villagers_killed_are_civilians_and_never_soldiers() -> None:
    civilians = _claim(
        "v1",
        "Six civilians were killed when shells hit a hamlet near Borrow Gap.",
        "Six civilians",
        Kind.DEATHS,
        6,
        on=JUN2,
        names=("Borrow Gap",),
    )
    villagers = _claim(
        "v2",
        "At least 6 villagers died in the shelling near Borrow Gap.",
        "At least 6 villagers",
        Kind.DEATHS,
        6,
        None,
        on=JUN2,
        names=("Borrow Gap",),
    )
    soldiers = _claim(
        "v3",
        "The army said 9 of its soldiers were killed at Borrow Gap.",
        "9 of its soldiers",
        Kind.DEATHS,
        9,
        on=JUN2,
        by="army",
        names=("Borrow Gap",),
    )
    result = _run([civilians, villagers, soldiers])
    assert _together(result, civilians, villagers)
    assert _status(result, civilians) is Status.CONSISTENT
    assert not _together(result, soldiers, villagers)


OCT5, OCT6, OCT19, OCT20 = (
    date(2025, 10, 5),
    date(2025, 10, 6),
    date(2025, 10, 19),
    date(2025, 10, 20),
)


def _share(source: str, sentence: str, quote: str, value: str, on: date) -> object:
    return _claim(
        source,
        sentence,
        quote,
        Kind.VOTE_SHARE,
        value,
        on=on,
        unit="%",
        names=("Anna Dulbe", "Olek Ravic", "Sarnow"),
    )


def test_the_first_round_is_not_the_runoff() -> None:
    first = _share(
        "r1",
        "Anna Dulbe led the first round in Sarnow with 41.3% of the vote, ahead of Olek Ravic.",
        "41.3%",
        "41.3",
        OCT5,
    )
    runoff = _share(
        "r2",
        "Final results gave Olek Ravic 52.4% in the runoff against 47.6% for Anna Dulbe.",
        "47.6%",
        "47.6",
        OCT20,
    )
    result = _run([first, runoff])
    assert not _together(result, first, runoff)


def test_a_runoff_still_to_come_leaves_the_figure_in_the_first_round() -> None:
    first = _share(
        "r3",
        "Anna Dulbe led the first round in Sarnow with 41.3% of the vote, ahead of Olek Ravic.",
        "41.3%",
        "41.3",
        OCT5,
    )
    same = _share(
        "r4",
        "Anna Dulbe took 41.28 percent on Sunday and will face Olek Ravic in a runoff in Sarnow.",
        "41.28 percent",
        "41.28",
        OCT6,
    )
    counting = _share(
        "r5",
        "With half the ballots counted in the runoff, Anna Dulbe had 46.1% of the vote in Sarnow.",
        "46.1%",
        "46.1",
        OCT19,
    )
    final = _share(
        "r6",
        "Final results gave Olek Ravic 52.4% in the runoff against 47.6% for Anna Dulbe.",
        "47.6%",
        "47.6",
        OCT20,
    )
    result = _run([first, same, counting, final])
    assert _together(result, first, same)
    assert _status(result, first) is Status.CONSISTENT
    assert _together(result, counting, final)
    assert not _together(result, same, counting)


def test_a_rival_named_after_the_figure_does_not_take_it() -> None:
    both = (
        "Anna Dulbe led the first round in Sarnow with 41.3% of the vote, "
        "ahead of Olek Ravic on 35.2%."
    )
    leader = _share("r7", both, "41.3%", "41.3", OCT5)
    rival = _share("r7", both, "35.2%", "35.2", OCT5)
    hers = _share("r8", "Anna Dulbe won 41.3% in the first round in Sarnow.", "41.3%", "41.3", OCT6)
    his = _share("r9", "Olek Ravic won 35.2% in the first round in Sarnow.", "35.2%", "35.2", OCT6)
    result = _run([leader, rival, hers, his])
    assert _together(result, leader, hers)
    assert _together(result, rival, his)
    assert not _together(result, leader, rival)


DEC10, DEC11 = date(2025, 12, 10), date(2025, 12, 11)


def _votes(source: str, sentence: str, quote: str, value: int, on: date, names: tuple) -> object:
    return _claim(
        source,
        sentence,
        quote,
        Kind.VOTES,
        value,
        on=on,
        unit="votes",
        subject="in favour",
        names=names,
    )


def test_a_body_named_after_a_place_and_a_places_adjective_name_that_place() -> None:
    elsewhere = _votes(
        "b1",
        "The Dornholm parliament passed the 2026 budget by 180 votes to 150.",
        "180 votes",
        180,
        DEC10,
        ("Dornholm",),
    )
    here = _votes(
        "b2",
        "The Council of Tarsia passed the 2026 budget by 61 votes to 40.",
        "61 votes",
        61,
        DEC11,
        ("Council of Tarsia",),
    )
    adjective = _votes(
        "b3",
        "The budget won 59 votes in favour in the Tarsian parliament on Thursday.",
        "59 votes",
        59,
        DEC11,
        ("Tarsia",),
    )
    result = _run([elsewhere, here, adjective])
    assert not _together(result, elsewhere, here)
    assert _together(result, here, adjective)
    assert _status(result, here) is Status.CONFLICT


def test_a_capitalised_first_word_is_not_read_as_a_place() -> None:
    fire = _claim(
        "h1",
        "The fire brigade said 18 people died in the blaze at the Hotel Vendra in Sabrook.",
        "18 people",
        Kind.DEATHS,
        18,
        on=DEC10,
        by="fire brigade",
        names=("Hotel Vendra", "Sabrook"),
    )
    doctors = _claim(
        "h2",
        "Doctors at the main hospital said 23 people were killed in the hotel fire.",
        "23 people",
        Kind.DEATHS,
        23,
        on=DEC10,
        by="Doctors",
    )
    place_named_doctors = _claim(
        "h3",
        "Floods cut the road to Doctors, where 2 people drowned.",
        "2 people",
        Kind.DEATHS,
        2,
        on=DEC11,
        names=("Doctors",),
    )
    result = _run([fire, doctors, place_named_doctors])
    assert _together(result, fire, doctors)


JUL14, JUL17, JUL20 = date(2025, 7, 14), date(2025, 7, 17), date(2025, 7, 20)


def test_people_who_crossed_a_border_are_not_people_displaced_at_home() -> None:
    fled = _claim(
        "d1",
        "The UNHCR said more than 12,000 people had fled from Tarsia into Vellmar.",
        "more than 12,000 people",
        Kind.DISPLACED,
        12000,
        None,
        on=JUL14,
        by="UNHCR",
        names=("UNHCR", "Tarsia", "Vellmar"),
    )
    crossing = _claim(
        "d2",
        "The number of refugees crossing from Tarsia into Vellmar has risen to 27,000, "
        "the UN refugee agency said.",
        "27,000",
        Kind.DISPLACED,
        27000,
        on=JUL17,
        by="UN refugee agency",
        names=("Tarsia", "Vellmar"),
    )
    home = _claim(
        "d3",
        "Inside Tarsia, a further 8,000 people have been displaced from border villages.",
        "8,000 people",
        Kind.DISPLACED,
        8000,
        on=JUL20,
        names=("Tarsia",),
    )
    result = _run([fled, crossing, home])
    assert _together(result, fled, crossing)
    assert _status(result, fled) is not Status.CONFLICT
    assert not _together(result, crossing, home)
    assert result.scope_of[fled.id] == "refugees"
    assert result.scope_of[home.id] == "internally displaced"


def test_a_refugee_agency_speaking_does_not_make_its_figure_refugees() -> None:
    said = _claim(
        "d4",
        "Some 3,000 people were displaced by the floods in Orrin, the refugee agency said.",
        "Some 3,000 people",
        Kind.DISPLACED,
        3000,
        on=JUL14,
        by="the refugee agency",
        names=("Orrin",),
    )
    assert _run([said]).scope_of[said.id] == "all"


def _published(c: object, on: date) -> object:
    """``c`` dated only by its article's publication on ``on``."""
    return replace(
        c,
        as_of=AsOf(range=DateRange(start=on, end=on), basis=AsOfBasis.PUBLICATION_DATE),
    )


AUG12, AUG13 = date(2024, 8, 12), date(2024, 8, 13)


def _bodies(source: str, sentence: str, quote: str, value: int, on: date) -> object:
    return _claim(source, sentence, quote, Kind.DEATHS, value, on=on, names=("Lake Tamor",))


def test_a_later_report_saying_the_toll_rose_is_an_update_even_a_day_on() -> None:
    first = _published(
        _bodies("u1", "Nine bodies have been recovered from Lake Tamor.", "Nine bodies", 9, AUG12),
        AUG12,
    )
    risen = _bodies(
        "u2",
        "The death toll from the ferry sinking on Lake Tamor rose to 25 on Tuesday.",
        "25",
        25,
        AUG13,
    )
    result = _run([first, risen])
    assert _together(result, first, risen)
    assert _status(result, first) is Status.UPDATE


def test_a_higher_figure_a_day_on_that_says_nothing_of_a_rise_still_conflicts() -> None:
    first = _published(
        _bodies("u3", "Nine bodies have been recovered from Lake Tamor.", "Nine bodies", 9, AUG12),
        AUG12,
    )
    other = _published(
        _bodies("u4", "Twenty-five people drowned on Lake Tamor.", "Twenty-five people", 25, AUG13),
        AUG13,
    )
    same_day = _bodies("u5", "The toll on Lake Tamor rose to 25 on Monday.", "25", 25, AUG12)
    assert _status(_run([first, other]), first) is Status.CONFLICT
    assert _status(_run([first, same_day]), first) is Status.CONFLICT


APR8, APR9, APR22 = date(2025, 4, 8), date(2025, 4, 9), date(2025, 4, 22)


def _cases(source: str, sentence: str, quote: str, value: int, on: date) -> object:
    return _claim(
        source,
        sentence,
        quote,
        Kind.COUNT,
        value,
        on=on,
        by="health ministry",
        subject="dengue cases",
        unit="cases",
        names=("Velmora",),
    )


def test_a_national_total_that_includes_a_region_is_not_the_regions() -> None:
    region = _cases(
        "n1",
        "The health ministry has recorded 900 dengue cases in Velmora since January.",
        "900 dengue cases",
        900,
        APR8,
    )
    national = _cases(
        "n2",
        "Nationwide, 1,700 dengue cases have been confirmed since January, "
        "including those in Velmora.",
        "1,700 dengue cases",
        1700,
        APR9,
    )
    later = _cases(
        "n3",
        "The health ministry said dengue cases in Velmora had climbed to 1,050 since January.",
        "1,050",
        1050,
        APR22,
    )
    result = _run([region, national, later])
    assert not _together(result, region, national)
    assert _together(result, region, later)


def test_a_part_told_beside_a_national_total_stays_with_its_region() -> None:
    region = _cases(
        "n4",
        "The health ministry has recorded 900 dengue cases in Velmora since January.",
        "900 dengue cases",
        900,
        APR8,
    )
    both = "Nationwide the ministry has confirmed 1,700 dengue cases, including 950 in Velmora."
    part = _cases("n5", both, "950", 950, APR9)
    whole = _cases("n6", both, "1,700 dengue cases", 1700, APR9)
    crowd = _claim(
        "n7",
        "Unions put the number of marchers nationwide at 500,000.",
        "500,000",
        Kind.COUNT,
        500000,
        on=APR9,
        by="Unions",
        subject="marchers",
    )
    other = _claim(
        "n8",
        "Police said 150,000 people marched across Velmora on Wednesday.",
        "150,000 people",
        Kind.COUNT,
        150000,
        on=APR9,
        by="Police",
        subject="people marched",
        names=("Velmora",),
    )
    result = _run([region, part, whole, crowd, other])
    assert _together(result, region, part)
    assert not _together(result, part, whole)
    # a national figure naming no part may still meet the figure for a place
    assert _together(result, crowd, other)


def _troops(source: str, sentence: str, quote: str, value: int, by: str, names: tuple) -> object:
    return _claim(source, sentence, quote, Kind.DEATHS, value, on=JUL14, by=by, names=names)


def test_each_armys_dead_are_its_own_question() -> None:
    own = _troops(
        "w1",
        "Tarsia's defence ministry said 8 of its soldiers were killed at the Oren Gap.",
        "8 of its soldiers",
        8,
        "defence ministry",
        ("Tarsia", "Oren Gap"),
    )
    claimed = _troops(
        "w2",
        "Vellmar's army said it had killed 30 Tarsian soldiers at the Oren Gap.",
        "30 Tarsian soldiers",
        30,
        "Vellmar's army",
        ("Vellmar", "Tarsia", "Oren Gap"),
    )
    other_side = _troops(
        "w2",
        "Vellmar acknowledged the loss of 3 of its own troops at the Oren Gap.",
        "3 of its own troops",
        3,
        "Vellmar",
        ("Vellmar", "Oren Gap"),
    )
    result = _run([own, claimed, other_side])
    assert _together(result, own, claimed)
    assert _status(result, own) is Status.CONFLICT
    assert not _together(result, own, other_side)


def test_soldiers_of_no_named_side_still_meet() -> None:
    first = _troops(
        "w3",
        "The army said 12 soldiers were killed in the ambush at the Oren Gap.",
        "12 soldiers",
        12,
        "army",
        ("Oren Gap",),
    )
    second = _troops(
        "w4",
        "Officials said 12 Tarsian troops died in the ambush at the Oren Gap.",
        "12 Tarsian troops",
        12,
        "Officials",
        ("Tarsia", "Oren Gap"),
    )
    result = _run([first, second])
    assert _together(result, first, second)


def test_a_place_and_its_adjective_name_one_side_and_near_names_two() -> None:
    assert same_side("ukraine", "ukrainian")
    assert same_side("mali", "malian")
    assert not same_side("iraq", "iran")
    assert not same_side("russia", "ukraine")


def _count(source: str, sentence: str, quote: str, value: int, subject: str, by=None) -> object:
    return _claim(
        source,
        sentence,
        quote,
        Kind.COUNT,
        value,
        on=APR8,
        by=by,
        subject=subject,
        names=("Gorran",),
    )


def test_one_action_told_with_different_verbs_is_one_question() -> None:
    taken = _count(
        "c1",
        "Rioting inmates took five warders hostage in Gorran's north wing.",
        "five warders",
        5,
        "warders taken hostage",
    )
    held = _count(
        "c2",
        "The ministry said 5 warders were being held hostage at Gorran.",
        "5 warders",
        5,
        "warders held hostage",
        by="ministry",
    )
    escaped = _count(
        "c3", "About 30 inmates escaped from Gorran.", "About 30 inmates", 30, "inmates escaped"
    )
    broke_out = _count(
        "c4",
        "Officials said 31 inmates broke out of Gorran prison on Monday.",
        "31 inmates",
        31,
        "inmates escaped",
        by="Officials",
    )
    result = _run([taken, held, escaped, broke_out])
    assert _together(result, taken, held)
    assert _together(result, escaped, broke_out)
    assert not _together(result, taken, escaped)


def test_people_taken_to_hospital_are_not_people_held() -> None:
    hospital = _count(
        "c5",
        "Medics said 12 people were taken to hospital in Gorran.",
        "12 people",
        12,
        "people taken to hospital",
        by="Medics",
    )
    held = _count(
        "c6",
        "Police said 12 people were held in Gorran overnight.",
        "12 people",
        12,
        "people held",
        by="Police",
    )
    assert not _together(_run([hospital, held]), hospital, held)


def test_a_figure_naming_who_gave_the_groups_figures_is_no_stranger_to_it() -> None:
    said = _claim(
        "j1",
        "Halvor Steel said it will cut 900 jobs, including 300 at its Dunmore mill.",
        "900 jobs",
        Kind.COUNT,
        900,
        on=APR8,
        by="Halvor Steel",
        subject="jobs cut",
        names=("Halvor Steel", "Dunmore"),
    )
    reported = _claim(
        "j2",
        "The steelmaker Halvor Steel is shedding about 900 jobs across its plants.",
        "about 900 jobs",
        Kind.COUNT,
        900,
        on=APR9,
        subject="jobs cut",
        names=("Halvor Steel",),
    )
    other = _claim(
        "j3",
        "Brantwood Mining is shedding 900 jobs across its pits.",
        "900 jobs",
        Kind.COUNT,
        900,
        on=APR9,
        subject="jobs cut",
        names=("Brantwood Mining",),
    )
    assert _together(_run([said, reported]), said, reported)
    assert not _together(_run([said, other]), said, other)


def test_people_named_only_by_what_was_done_to_them_are_that_count() -> None:
    rescued = _count(
        "g1",
        "Fishermen rescued 40 people from the water off Gorran.",
        "40 people",
        40,
        "people rescued",
    )
    survivors = _count(
        "g2",
        "The coastguard said it had pulled 40 survivors from the sea off Gorran.",
        "40 survivors",
        40,
        "survivors",
        by="coastguard",
    )
    crew = _count(
        "g3",
        "The coastguard said it had pulled 40 crew members from the sea off Gorran.",
        "40 crew members",
        40,
        "crew members",
        by="coastguard",
    )
    result = _run([rescued, survivors, crew])
    assert _together(result, rescued, survivors)
    assert not _together(result, rescued, crew)


def test_a_displacement_count_said_to_have_risen_past_an_open_figure_is_an_update() -> None:
    early = _claim(
        "x1",
        "The UNHCR said more than 9,000 people had fled from Tarsia into Vellmar.",
        "more than 9,000 people",
        Kind.DISPLACED,
        9000,
        None,
        on=JUL14,
        by="UNHCR",
        names=("UNHCR", "Tarsia", "Vellmar"),
    )
    risen = _claim(
        "x2",
        "The number of refugees crossing from Tarsia into Vellmar has risen to 20,000.",
        "20,000",
        Kind.DISPLACED,
        20000,
        on=JUL20,
        names=("Tarsia", "Vellmar"),
    )
    plain = _claim(
        "x3",
        "Some 20,000 refugees from Tarsia are sheltering in Vellmar.",
        "Some 20,000 refugees",
        Kind.DISPLACED,
        20000,
        on=JUL20,
        names=("Tarsia", "Vellmar"),
    )
    assert _status(_run([early, risen]), early) is Status.UPDATE
    # without words saying it rose, a figure inside "more than 9,000" agrees with it
    assert _status(_run([early, plain]), early) is Status.CONSISTENT
