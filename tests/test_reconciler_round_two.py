"""Reconciler: more rules a careful researcher follows, on stories unlike the benchmark's.

A figure that shares nothing with a group joins it only when neither names
things the other does not; a bar a rule sets is not the figure reached;
refugees abroad are not people displaced inside their country.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dossier.model import AsOfBasis, Claim, Kind, Status
from tests.test_reconciler_generalising import _claim, _run, _status, _together

JUN3, JUN6, JUN12 = date(2024, 6, 3), date(2024, 6, 6), date(2024, 6, 12)


def test_figures_from_texts_naming_different_unknown_names_stay_apart() -> None:
    ferry = _claim(
        "f1",
        "Harbour police detained 5 crew members at Point Rellan after the ferry sank.",
        "5 crew members",
        Kind.ARRESTS,
        5,
        on=JUN3,
        by="Harbour police",
        names=("Point Rellan",),
    )
    march = _claim(
        "f2",
        "Some 40 marchers were arrested in Ostrevo.",
        "Some 40 marchers",
        Kind.ARRESTS,
        40,
        on=JUN12,
        names=("Ostrevo",),
    )
    result = _run([ferry, march])
    assert not _together(result, ferry, march)


def test_an_unnamed_follow_up_still_joins_the_only_group_it_fits() -> None:
    first = _claim(
        "g1",
        "Floods in Vessaly left 31 people missing, the civil defence said.",
        "31 people",
        Kind.DISAPPEARANCES,
        31,
        on=JUN3,
        by="civil defence",
        subject="missing",
        names=("Vessaly",),
    )
    later = _claim(
        "g2",
        "Rescuers said 12 people were still missing.",
        "12 people",
        Kind.DISAPPEARANCES,
        12,
        on=JUN6,
        by="Rescuers",
        subject="missing",
    )
    result = _run([first, later])
    assert _together(result, first, later)
    assert _status(result, first) is Status.UPDATE


def test_the_share_a_rule_requires_is_not_the_share_reached() -> None:
    reached = _claim(
        "h1",
        "Turnout in the Dorvish plebiscite was 38.5%, the election board said.",
        "38.5%",
        Kind.PERCENT,
        "38.5",
        on=JUN3,
        by="election board",
        subject="turnout",
        unit="%",
        names=("Dorvish",),
    )
    bar = _claim(
        "h2",
        "Under Dorvish law the plebiscite required a turnout of 40% to be binding.",
        "40%",
        Kind.PERCENT,
        40,
        on=JUN3,
        subject="turnout",
        unit="%",
        names=("Dorvish",),
    )
    result = _run([reached, bar])
    assert not _together(result, reached, bar)
    question = result.question(result.question_of[bar.id])
    assert question is not None and "required" in question.event


def test_refugees_abroad_are_not_people_displaced_at_home() -> None:
    abroad = _claim(
        "k1",
        "The UN refugee agency said 85,000 refugees had fled Marrowen into Tessaly.",
        "85,000 refugees",
        Kind.DISPLACED,
        85000,
        on=JUN6,
        by="UN refugee agency",
        subject="refugees",
        names=("Marrowen", "Tessaly"),
    )
    abroad_too = _claim(
        "k2",
        "Tessaly's government put the number of refugees from Marrowen at 90,000.",
        "90,000",
        Kind.DISPLACED,
        90000,
        on=JUN6,
        by="Tessaly's government",
        subject="refugees",
        names=("Tessaly", "Marrowen"),
    )
    at_home = _claim(
        "k3",
        "A further 400,000 people are internally displaced in Marrowen.",
        "400,000 people",
        Kind.DISPLACED,
        400000,
        on=JUN12,
        subject="internally displaced",
        names=("Marrowen",),
    )
    result = _run([abroad, abroad_too, at_home])
    assert _together(result, abroad, abroad_too)
    assert not _together(result, abroad, at_home)
    assert _status(result, at_home) is Status.SINGLE


def test_an_events_toll_in_a_named_town_is_not_the_armys_monthly_toll() -> None:
    soldiers = _claim(
        "m1",
        "The Haldric army said 60 of its soldiers were killed in April.",
        "60 of its soldiers",
        Kind.DEATHS,
        60,
        on=JUN3,
        by="Haldric army",
        names=("Haldria",),
    )
    bombing = _claim(
        "m2",
        "The toll from the Korvel bus station bombing rose to 23 on Monday.",
        "23",
        Kind.DEATHS,
        23,
        on=JUN6,
        names=("Korvel",),
    )
    context = _claim(
        "m2",
        "Fighting has displaced 70,000 people across Haldria.",
        "70,000 people",
        Kind.DISPLACED,
        70000,
        on=JUN6,
        names=("Haldria",),
    )
    result = _run([soldiers, bombing, context])
    assert not _together(result, soldiers, bombing)


def test_a_regions_share_of_the_toll_stays_with_the_national_toll() -> None:
    national = _claim(
        "n1",
        "Dengue has killed 88 people in Sorvia since January, the health ministry said.",
        "88 people",
        Kind.DEATHS,
        88,
        on=JUN6,
        by="health ministry",
        names=("Sorvia",),
    )
    region = _claim(
        "n2",
        "The Pellan district accounts for 41 of the deaths, officials said.",
        "41",
        Kind.DEATHS,
        41,
        on=JUN6,
        by="officials",
        names=("Pellan", "Sorvia"),
    )
    context = _claim(
        "n2",
        "Sorvia has recorded 12,000 dengue infections since January.",
        "12,000",
        Kind.COUNT,
        12000,
        on=JUN6,
        subject="dengue infections",
        names=("Sorvia",),
    )
    result = _run([national, region, context])
    assert _together(result, national, region)
    assert _status(result, national) is Status.SCOPE
    question = result.question(result.question_of[national.id])
    assert question is not None and "(41 in one part)" in question.summary


def test_a_part_of_another_measure_is_not_a_part_of_the_toll() -> None:
    cases = _claim(
        "s1",
        "Officials have recorded 900 measles cases in Dunmark this year.",
        "900",
        Kind.COUNT,
        900,
        on=JUN3,
        subject="measles cases",
        names=("Dunmark",),
    )
    died = _claim(
        "s1",
        "Of those, 14 children have died, the health office said.",
        "14 children",
        Kind.DEATHS,
        14,
        on=JUN3,
        by="health office",
        names=("Dunmark",),
    )
    later = _claim(
        "s2",
        "Measles has killed 19 people in Dunmark this year, the health office said.",
        "19 people",
        Kind.DEATHS,
        19,
        on=JUN12,
        by="health office",
        names=("Dunmark",),
    )
    result = _run([cases, died, later])
    assert result.scope_of[died.id] == "children"
    adults = replace(
        died, id="s1-b", sentence=died.sentence.replace("children", "people"), quote="14 people"
    )
    result = _run([cases, adults, later])
    assert result.scope_of[adults.id] == "all"
    assert _status(result, later) is Status.UPDATE


def test_a_share_told_while_ballots_are_counted_is_updated_by_the_final_share() -> None:
    early = _claim(
        "p1",
        "With 35% of precincts counted, Ilse Marran had 47.9% in the Tovaro mayoral race.",
        "47.9%",
        Kind.VOTE_SHARE,
        "47.9",
        on=JUN3,
        subject="Ilse Marran",
        unit="%",
        names=("Ilse Marran", "Tovaro"),
    )
    final = _claim(
        "p2",
        "Ilse Marran won 44.2% in the Tovaro mayoral race, the city election office said.",
        "44.2%",
        Kind.VOTE_SHARE,
        "44.2",
        on=JUN6,
        by="city election office",
        subject="Ilse Marran",
        unit="%",
        names=("Ilse Marran", "Tovaro"),
    )
    rival_final = _claim(
        "p3",
        "Official results gave Ilse Marran 45.0% in the Tovaro mayoral race.",
        "45.0%",
        Kind.VOTE_SHARE,
        "45.0",
        on=JUN6,
        subject="Ilse Marran",
        unit="%",
        names=("Ilse Marran", "Tovaro"),
    )
    result = _run([early, final])
    assert _together(result, early, final)
    assert _status(result, early) is Status.UPDATE
    assert _status(_run([early, final, rival_final]), final) is Status.CONFLICT


def _published(claim: Claim) -> Claim:
    """``claim`` dated only by its article's publication."""
    assert claim.as_of is not None
    return replace(claim, as_of=replace(claim.as_of, basis=AsOfBasis.PUBLICATION_DATE))


def test_a_later_report_of_a_moving_toll_updates_a_figure_pinned_to_its_day() -> None:
    pinned = _claim(
        "q1",
        "Rescuers said 8 workers were killed when the Ostra dam gave way on Monday.",
        "8 workers",
        Kind.DEATHS,
        8,
        on=JUN3,
        by="Rescuers",
        names=("Ostra",),
    )
    next_day = _published(
        _claim(
            "q2",
            "With 15 workers dead, the Ostra dam failure is the region's worst in decades.",
            "15 workers",
            Kind.DEATHS,
            15,
            on=date(2024, 6, 4),
            names=("Ostra",),
        )
    )
    result = _run([pinned, next_day])
    assert _together(result, pinned, next_day)
    assert _status(result, pinned) is Status.UPDATE


def test_two_reports_dated_only_by_publication_a_day_apart_still_conflict() -> None:
    first = _published(
        _claim(
            "r1",
            "The Ostra dam failure killed 8 workers, the regional council said.",
            "8 workers",
            Kind.DEATHS,
            8,
            on=JUN3,
            by="regional council",
            names=("Ostra",),
        )
    )
    second = _published(
        _claim(
            "r2",
            "The Ostra dam failure killed 15 workers, the builders' union said.",
            "15 workers",
            Kind.DEATHS,
            15,
            on=date(2024, 6, 4),
            by="builders' union",
            names=("Ostra",),
        )
    )
    result = _run([first, second])
    assert _together(result, first, second)
    assert _status(result, first) is Status.CONFLICT


def test_a_share_of_voters_who_cast_a_ballot_is_the_turnout() -> None:
    turnout = _claim(
        "t1",
        "Turnout in the Valmoor by-election was 58.3%, the returning officer said.",
        "58.3%",
        Kind.PERCENT,
        "58.3",
        on=JUN6,
        by="returning officer",
        subject="turnout",
        unit="%",
        names=("Valmoor",),
    )
    cast = _claim(
        "t2",
        "Some 58.3 percent of voters in Valmoor cast a ballot, officials said.",
        "58.3 percent",
        Kind.PERCENT,
        "58.3",
        on=JUN6,
        by="officials",
        subject="turnout",
        unit="percent",
        names=("Valmoor",),
    )
    result = _run([turnout, cast])
    assert _together(result, turnout, cast)
    assert _status(result, turnout) is Status.CONSISTENT


def test_a_subject_that_says_what_happened_outweighs_the_verb() -> None:
    pulled = _claim(
        "u1",
        "Divers brought 6 workers out alive from the flooded Kesh tunnel.",
        "6 workers",
        Kind.COUNT,
        6,
        on=JUN3,
        subject="workers rescued",
        names=("Kesh",),
    )
    rescued = _claim(
        "u2",
        "The transport ministry said 6 workers had been rescued from the Kesh tunnel.",
        "6 workers",
        Kind.COUNT,
        6,
        on=JUN6,
        by="transport ministry",
        subject="workers rescued",
        names=("Kesh",),
    )
    trapped = _claim(
        "u2",
        "Another 4 workers remained trapped in the Kesh tunnel.",
        "4 workers",
        Kind.COUNT,
        4,
        on=JUN6,
        subject="workers trapped",
        names=("Kesh",),
    )
    result = _run([pulled, rescued, trapped])
    assert _together(result, pulled, rescued)
    assert not _together(result, rescued, trapped)


def test_the_building_a_march_went_to_is_not_the_event() -> None:
    police = _claim(
        "v1",
        "In Harrowgate, police said 12,000 people marched from the square to the parliament.",
        "12,000 people",
        Kind.COUNT,
        12000,
        on=JUN6,
        by="police",
        subject="people marched",
        names=("Harrowgate",),
    )
    organisers = _claim(
        "v2",
        "Organisers said 40,000 people joined the Harrowgate march.",
        "40,000 people",
        Kind.COUNT,
        40000,
        on=JUN6,
        by="Organisers",
        subject="people marched",
        names=("Harrowgate",),
    )
    result = _run([police, organisers])
    assert _together(result, police, organisers)
    assert _status(result, police) is Status.CONFLICT


def test_one_count_told_once_for_everyone_and_once_naming_who_they_were_agrees() -> None:
    everyone = _claim(
        "w1",
        "Police detained 31 people in Tarrow after the stadium clashes.",
        "31 people",
        Kind.ARRESTS,
        31,
        on=JUN6,
        by="Police",
        names=("Tarrow",),
    )
    fans = _claim(
        "w2",
        "Some 30 protesters were arrested in Tarrow, the city said.",
        "Some 30 protesters",
        Kind.ARRESTS,
        27,
        34,
        on=JUN6,
        by="city",
        names=("Tarrow",),
    )
    among = _claim(
        "w3",
        "Police detained 31 people in Tarrow, among them 29 protesters.",
        "29 protesters",
        Kind.ARRESTS,
        29,
        on=JUN6,
        by="Police",
        names=("Tarrow",),
    )
    result = _run([everyone, fans])
    assert _together(result, everyone, fans)
    assert _status(result, everyone) is Status.CONSISTENT
    result = _run([everyone, among])
    assert _together(result, everyone, among)
    assert _status(result, everyone) is Status.SCOPE


def test_a_missile_strike_is_an_attack_not_a_walkout() -> None:
    strike = _claim(
        "x1",
        "A missile strike on the hospital in Tellin killed 11 people, officials said.",
        "11 people",
        Kind.DEATHS,
        11,
        on=JUN6,
        by="officials",
        names=("Tellin",),
    )
    attack = _claim(
        "x2",
        "Medics said the attack on the hospital in Tellin killed 16 people.",
        "16 people",
        Kind.DEATHS,
        16,
        on=JUN6,
        by="Medics",
        names=("Tellin",),
    )
    result = _run([strike, attack])
    assert _together(result, strike, attack)
    assert _status(result, strike) is Status.CONFLICT


def test_a_candidate_named_in_another_sentence_is_not_taken_from_this_one() -> None:
    won = _claim(
        "y1",
        "Marta Ruel won 61.3% of the vote in the Brennick mayoral race.",
        "61.3%",
        Kind.VOTE_SHARE,
        "61.3",
        on=JUN6,
        subject="Marta Ruel",
        unit="%",
        names=("Marta Ruel", "Brennick"),
    )
    returned = _claim(
        "y1",
        "Incumbent Ruel was returned with 61.3 percent of all ballots cast.",
        "61.3 percent",
        Kind.VOTE_SHARE,
        "61.3",
        on=JUN6,
        unit="percent",
        names=("Ruel",),
    )
    result = _run([won, returned])
    assert _together(result, won, returned)
