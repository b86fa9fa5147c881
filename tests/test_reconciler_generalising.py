"""Reconciler: which figures answer one question, on stories unlike the benchmark's.

Each test builds a few claims the way the extractor fills them and checks one
rule a careful researcher follows: the period a figure covers, whose figure
it is (a party's seats, one side's demand), who is counted (soldiers or
civilians), the day a crowd or a poll's turnout holds for, and how a count
moves over time (partial tallies, people still missing).
"""

# ruff: noqa: E501  (claims quote whole sentences)
from __future__ import annotations

from datetime import date

from dossier.model import (
    Claim,
    Kind,
    Qualifier,
    Source,
    SourceMeta,
    Status,
)
from dossier.reconciler import Reconciliation, reconcile
from tests.test_reconciler import claim


def _claim(
    source: str,
    sentence: str,
    quote: str,
    kind: Kind,
    low: int | str | None,
    high: int | str | None = "same",
    *,
    on: date,
    by: str | None = None,
    subject: str | None = None,
    unit: str = "people",
    names: tuple[str, ...] = (),
) -> Claim:
    """A claim stated for the day ``on``; an open upper bound reads as "at least"."""
    lo = None if low is None else str(low)
    hi = lo if high == "same" else (None if high is None else str(high))
    return claim(
        source,
        sentence,
        quote,
        kind,
        lo,
        hi,
        qualifier=Qualifier.EXACT if lo == hi else Qualifier.AT_LEAST,
        subject=subject,
        by=by,
        as_of=on,
        names=names,
        unit=unit,
    )


def _run(claims: list[Claim]) -> Reconciliation:
    sources = {
        c.source_id: Source(
            id=c.source_id,
            path=f"{c.source_id}.txt",
            meta=SourceMeta(title=c.source_id, outlet=c.source_id.upper(), published=None),
            body="",
            blocks=(),
            content_hash=c.source_id,
        )
        for c in claims
    }
    return reconcile(claims, sources)


def _together(result: Reconciliation, a: Claim, b: Claim) -> bool:
    return result.question_of[a.id] == result.question_of[b.id]


def _status(result: Reconciliation, c: Claim) -> Status:
    question = result.question(result.question_of[c.id])
    assert question is not None
    return question.status


MAY2, MAY5, MAY9 = date(2025, 5, 2), date(2025, 5, 5), date(2025, 5, 9)


def test_a_days_arrests_are_not_the_running_total() -> None:
    day = _claim(
        "a1",
        "Police detained 80 people in Korvel on Tuesday alone.",
        "80 people",
        Kind.ARRESTS,
        80,
        on=MAY2,
        by="police",
        names=("Korvel",),
    )
    since = _claim(
        "a2",
        "Rights monitors say 310 people have been detained in Korvel since the strikes began.",
        "310 people",
        Kind.ARRESTS,
        310,
        on=MAY5,
        by="rights monitors",
        names=("Korvel",),
    )
    later = _claim(
        "a3",
        "The monitors now count 402 people detained in Korvel since the strikes began.",
        "402 people",
        Kind.ARRESTS,
        402,
        on=MAY9,
        by="rights monitors",
        names=("Korvel",),
    )
    result = _run([day, since, later])
    assert not _together(result, day, since)
    assert _together(result, since, later)
    assert _status(result, since) is Status.UPDATE


def test_a_figure_for_one_year_is_not_the_total_since_an_earlier_year() -> None:
    year = _claim(
        "b1",
        "In 2024 alone, 52 people were killed in Lurn, the monitor said.",
        "52 people",
        Kind.DEATHS,
        52,
        on=date(2024, 12, 31),
        by="monitor",
        names=("Lurn",),
    )
    total = _claim(
        "b2",
        "Since 2021, 190 people have been killed in Lurn, the monitor said.",
        "190 people",
        Kind.DEATHS,
        190,
        on=date(2025, 1, 10),
        by="monitor",
        names=("Lurn",),
    )
    assert not _together(_run([year, total]), year, total)


def test_soldiers_killed_are_not_civilians_killed() -> None:
    civilians = _claim(
        "c1",
        "The mayor said 9 civilians were killed when rockets hit Palvo.",
        "9 civilians",
        Kind.DEATHS,
        9,
        on=MAY2,
        by="mayor",
        subject="civilians",
        names=("Palvo",),
    )
    rival = _claim(
        "c2",
        "Medics counted 12 civilians killed in Palvo.",
        "12 civilians",
        Kind.DEATHS,
        12,
        on=MAY2,
        by="medics",
        subject="civilians",
        names=("Palvo",),
    )
    soldiers = _claim(
        "c3",
        "The army said 4 soldiers were killed in Palvo.",
        "4 soldiers",
        Kind.DEATHS,
        4,
        on=MAY2,
        by="army",
        subject="soldiers",
        names=("Palvo",),
    )
    result = _run([civilians, rival, soldiers])
    assert _together(result, civilians, rival)
    assert _status(result, civilians) is Status.CONFLICT
    assert not _together(result, civilians, soldiers)


def test_soldiers_and_civilians_are_parts_of_a_total() -> None:
    total = _claim(
        "d1",
        "Officials said 20 people were killed in Palvo.",
        "20 people",
        Kind.DEATHS,
        20,
        on=MAY2,
        by="officials",
        names=("Palvo",),
    )
    civilians = _claim(
        "d2",
        "Medics said 14 civilians died in Palvo.",
        "14 civilians",
        Kind.DEATHS,
        14,
        on=MAY2,
        by="medics",
        subject="civilians",
        names=("Palvo",),
    )
    soldiers = _claim(
        "d3",
        "The army said 6 soldiers died in Palvo.",
        "6 soldiers",
        Kind.DEATHS,
        6,
        on=MAY2,
        by="army",
        subject="soldiers",
        names=("Palvo",),
    )
    result = _run([civilians, soldiers, total])
    assert _together(result, total, civilians) and _together(result, total, soldiers)
    assert _status(result, total) is Status.SCOPE


def test_what_one_side_seeks_is_not_what_the_other_offers() -> None:
    sought = _claim(
        "e1",
        "The dockers' union is seeking $12 million in back pay.",
        "$12 million",
        Kind.MONEY,
        12_000_000,
        on=MAY2,
        by="union",
        subject="back pay",
        unit="USD",
    )
    offered = _claim(
        "e2",
        "The port company has offered $4 million in back pay.",
        "$4 million",
        Kind.MONEY,
        4_000_000,
        on=MAY2,
        by="port company",
        subject="back pay",
        unit="USD",
    )
    result = _run([sought, offered])
    assert not _together(result, sought, offered)
    assert _status(result, sought) is Status.SINGLE


def test_seats_belong_to_a_party() -> None:
    farmers = _claim(
        "f1",
        "The Farmers League won 31 seats in the assembly.",
        "31 seats",
        Kind.COUNT,
        31,
        on=MAY2,
        subject="seats",
        unit="seats",
        names=("Farmers League",),
    )
    liberals = _claim(
        "f2",
        "The Liberal Alliance took 27 seats.",
        "27 seats",
        Kind.COUNT,
        27,
        on=MAY2,
        subject="seats",
        unit="seats",
        names=("Liberal Alliance",),
    )
    again = _claim(
        "f3",
        "Final results confirmed the Farmers League's 31 seats.",
        "31 seats",
        Kind.COUNT,
        31,
        on=MAY2,
        subject="seats",
        unit="seats",
        names=("Farmers League",),
    )
    result = _run([farmers, liberals, again])
    assert not _together(result, farmers, liberals)
    assert _together(result, farmers, again)


def test_crowds_of_one_day_meet_whatever_the_noun_and_another_day_is_another_crowd() -> None:
    police = _claim(
        "g1",
        "Police said 12,000 people marched through Perrin on Saturday.",
        "12,000 people",
        Kind.COUNT,
        12000,
        on=MAY2,
        by="police",
        subject="people marched",
        names=("Perrin",),
    )
    organisers = _claim(
        "g2",
        "Organisers said 40,000 demonstrators filled the streets of Perrin.",
        "40,000 demonstrators",
        Kind.COUNT,
        40000,
        on=MAY2,
        by="organisers",
        subject="demonstrators",
        names=("Perrin",),
    )
    next_week = _claim(
        "g3",
        "A week later, police counted 9,000 marchers in Perrin.",
        "9,000 marchers",
        Kind.COUNT,
        9000,
        on=MAY9,
        by="police",
        subject="marchers",
        names=("Perrin",),
    )
    result = _run([police, organisers, next_week])
    assert _together(result, police, organisers)
    assert _status(result, police) is Status.CONFLICT
    assert not _together(result, police, next_week)


def test_turnouts_of_two_polls_a_month_apart_are_two_questions() -> None:
    first = _claim(
        "h1",
        "Turnout was 58 percent, the commission said.",
        "58 percent",
        Kind.PERCENT,
        58,
        on=date(2025, 3, 2),
        by="commission",
        subject="turnout",
        unit="percent",
        names=("Ardenia",),
    )
    second = _claim(
        "h2",
        "Turnout in the referendum reached 49 percent.",
        "49 percent",
        Kind.PERCENT,
        49,
        on=date(2025, 3, 30),
        subject="turnout",
        unit="percent",
        names=("Belmark",),
    )
    assert not _together(_run([first, second]), first, second)


def test_one_sentence_may_set_two_bodies_figures_side_by_side() -> None:
    sentence = "The ministry put the cost of the repairs at €80 million, while the opposition put it at €200 million."
    ministry = _claim(
        "i1",
        sentence,
        "€80 million",
        Kind.MONEY,
        80_000_000,
        on=MAY2,
        by="ministry",
        subject="cost of the repairs",
        unit="EUR",
    )
    opposition = _claim(
        "i1",
        sentence,
        "€200 million",
        Kind.MONEY,
        200_000_000,
        on=MAY2,
        by="opposition",
        subject="cost of the repairs",
        unit="EUR",
    )
    result = _run([ministry, opposition])
    assert _together(result, ministry, opposition)
    assert _status(result, ministry) is Status.CONFLICT


def test_one_sentence_may_give_a_whole_and_its_part() -> None:
    sentence = "Twenty-three people, including six children, died when the ferry sank off Kessa, the coastguard said."
    whole = _claim(
        "j1",
        sentence,
        "Twenty-three people",
        Kind.DEATHS,
        23,
        on=MAY2,
        by="coastguard",
        names=("Kessa",),
    )
    part = _claim(
        "j1",
        sentence,
        "six children",
        Kind.DEATHS,
        6,
        on=MAY2,
        by="coastguard",
        subject="children",
        names=("Kessa",),
    )
    result = _run([whole, part])
    assert _together(result, whole, part)
    assert _status(result, whole) is Status.SCOPE


def test_a_partial_tally_is_updated_and_final_tallies_conflict() -> None:
    partial = _claim(
        "k1",
        "With 70% of precincts counted, Amara Okafor had 1,200,400 votes.",
        "1,200,400 votes",
        Kind.VOTES,
        1200400,
        on=MAY2,
        subject="Amara Okafor",
        unit="votes",
        names=("Amara Okafor",),
    )
    final = _claim(
        "k2",
        "Final results gave Amara Okafor 1,710,220 votes, the commission said.",
        "1,710,220 votes",
        Kind.VOTES,
        1710220,
        on=MAY5,
        by="commission",
        subject="Amara Okafor",
        unit="votes",
        names=("Amara Okafor",),
    )
    rival = _claim(
        "k3",
        "Her campaign said Amara Okafor had received 1,900,000 votes.",
        "1,900,000 votes",
        Kind.VOTES,
        1900000,
        on=MAY9,
        by="campaign",
        subject="Amara Okafor",
        unit="votes",
        names=("Amara Okafor",),
    )
    assert _status(_run([partial, final]), final) is Status.UPDATE
    assert _status(_run([final, rival]), final) is Status.CONFLICT


def test_people_still_missing_fall_as_they_are_found() -> None:
    first = _claim(
        "l1",
        "The coastguard said 40 people were missing after the ferry sank off Kessa.",
        "40 people",
        Kind.DISAPPEARANCES,
        40,
        on=MAY2,
        by="coastguard",
        subject="missing",
        names=("Kessa",),
    )
    later = _claim(
        "l2",
        "Eleven people remain unaccounted for off Kessa, divers said.",
        "Eleven people",
        Kind.COUNT,
        11,
        on=MAY5,
        by="divers",
        subject="unaccounted for",
        names=("Kessa",),
    )
    result = _run([first, later])
    assert _together(result, first, later)
    assert _status(result, first) is Status.UPDATE


def test_a_month_named_march_and_legal_cases_are_not_events() -> None:
    relatives = _claim(
        "m1",
        "The families' association said 150 people have gone missing in Tarvo since March 2023.",
        "150 people",
        Kind.DISAPPEARANCES,
        150,
        on=MAY2,
        by="families' association",
        names=("Tarvo",),
    )
    ombudsman = _claim(
        "m2",
        "The ombudsman has recorded 40 cases of enforced disappearance in Tarvo over the same period.",
        "40 cases of enforced disappearance",
        Kind.DISAPPEARANCES,
        40,
        on=MAY2,
        by="ombudsman",
        subject="cases of enforced disappearance",
        names=("Tarvo",),
    )
    result = _run([relatives, ombudsman])
    assert _together(result, relatives, ombudsman)
    assert _status(result, relatives) is Status.CONFLICT


def test_the_sides_of_a_motion_are_named_many_ways() -> None:
    favour = _claim(
        "n1",
        "The assembly passed the motion by 41 votes in favour to 30.",
        "41 votes",
        Kind.VOTES,
        41,
        on=MAY2,
        subject="in favour",
        unit="votes",
        names=("Lessa",),
    )
    backed = _claim(
        "n2",
        "Forty-one deputies supported the motion.",
        "Forty-one deputies",
        Kind.VOTES,
        41,
        on=MAY2,
        subject="deputies supported the motion",
        unit="votes",
        names=("Lessa",),
    )
    against = _claim(
        "n2",
        "Thirty deputies opposed it.",
        "Thirty deputies",
        Kind.VOTES,
        30,
        on=MAY2,
        subject="deputies opposed",
        unit="votes",
        names=("Lessa",),
    )
    result = _run([favour, backed, against])
    assert _together(result, favour, backed)
    assert not _together(result, favour, against)


def test_a_town_the_sentence_puts_a_figure_in_is_its_own_place() -> None:
    nationwide = _claim(
        "o1",
        "Unions said 300,000 people marched across Ardenia on Thursday.",
        "300,000 people",
        Kind.COUNT,
        300000,
        on=MAY2,
        by="unions",
        subject="people marched",
        names=("Ardenia",),
    )
    town = _claim(
        "o2",
        "In Dorn alone, police counted 20,000 marchers.",
        "20,000 marchers",
        Kind.COUNT,
        20000,
        on=MAY2,
        by="police",
        subject="marchers",
        names=("Dorn", "Ardenia"),
    )
    assert not _together(_run([nationwide, town]), nationwide, town)


def test_seats_a_party_gained_are_not_the_seats_it_holds() -> None:
    holds = _claim(
        "p1",
        "The Farmers League won 31 seats in the assembly.",
        "31 seats",
        Kind.COUNT,
        31,
        on=MAY2,
        subject="seats",
        unit="seats",
        names=("Farmers League",),
    )
    gained = _claim(
        "p2",
        "The Farmers League gained 9 seats.",
        "9 seats",
        Kind.COUNT,
        9,
        on=MAY2,
        subject="seats",
        unit="seats",
        names=("Farmers League",),
    )
    assert not _together(_run([holds, gained]), holds, gained)


def test_an_earlier_year_in_another_clause_does_not_date_the_figure() -> None:
    now = _claim(
        "q1",
        "Turnout was 61 percent in Ardenia, up from 55 percent in 2019, the commission said.",
        "61 percent",
        Kind.PERCENT,
        61,
        on=MAY2,
        by="commission",
        subject="turnout",
        unit="percent",
        names=("Ardenia",),
    )
    again = _claim(
        "q2",
        "Observers put turnout in Ardenia at 61 percent.",
        "61 percent",
        Kind.PERCENT,
        61,
        on=MAY2,
        by="observers",
        subject="turnout",
        unit="percent",
        names=("Ardenia",),
    )
    result = _run([now, again])
    assert _together(result, now, again)
    assert _status(result, now) is Status.CONSISTENT


def test_figures_from_texts_naming_different_unknown_places_stay_apart() -> None:
    north = _claim(
        "r1",
        "The storm killed 12 people, the civil protection agency said.",
        "12 people",
        Kind.DEATHS,
        12,
        on=MAY2,
        by="civil protection agency",
        names=("Norvia",),
    )
    south = _claim(
        "r2",
        "The landslide killed 9 people, rescuers said.",
        "9 people",
        Kind.DEATHS,
        9,
        on=MAY5,
        by="rescuers",
        names=("Kalmar",),
    )
    assert not _together(_run([north, south]), north, south)


def test_an_earlier_event_named_by_its_year_is_not_todays_toll() -> None:
    today = _claim(
        "s1",
        "Rescuers said 48 people died when the river burst its banks in Orsk.",
        "48 people",
        Kind.DEATHS,
        48,
        on=MAY2,
        by="rescuers",
        names=("Orsk",),
    )
    past = _claim(
        "s2",
        "Some 300 people died in the 2011 floods in Orsk.",
        "Some 300 people",
        Kind.DEATHS,
        300,
        on=MAY5,
        names=("Orsk",),
    )
    result = _run([today, past])
    assert not _together(result, today, past)
    assert _status(result, today) is Status.SINGLE


def test_a_weekends_arrests_are_not_the_running_total() -> None:
    weekend = _claim(
        "t1",
        "Police arrested 140 people in Sarn over the weekend.",
        "140 people",
        Kind.ARRESTS,
        140,
        on=MAY5,
        by="police",
        names=("Sarn",),
    )
    total = _claim(
        "t2",
        "Lawyers say 900 people have been arrested in Sarn so far.",
        "900 people",
        Kind.ARRESTS,
        900,
        on=MAY5,
        by="lawyers",
        names=("Sarn",),
    )
    assert not _together(_run([weekend, total]), weekend, total)


def test_question_titles_say_whose_seats_and_whose_wish() -> None:
    seats = _claim(
        "u1",
        "The National Bloc won 48 seats.",
        "48 seats",
        Kind.COUNT,
        48,
        on=MAY2,
        subject="seats",
        unit="seats",
        names=("National Bloc",),
    )
    sought = _claim(
        "u2",
        "Nurses are demanding a 9% pay rise.",
        "9%",
        Kind.PERCENT,
        9,
        on=MAY2,
        by="nurses",
        subject="pay rise",
        unit="%",
    )
    result = _run([seats, sought])
    seats_q = result.question(result.question_of[seats.id])
    sought_q = result.question(result.question_of[sought.id])
    assert seats_q is not None and "National Bloc" in seats_q.event
    assert sought_q is not None and "(demanded)" in sought_q.event


def test_a_count_told_on_two_stated_days_is_updated() -> None:
    first = _claim(
        "v1",
        "Thirty-eight workers were trapped in the tunnel at Brask.",
        "Thirty-eight workers",
        Kind.COUNT,
        38,
        on=MAY2,
        subject="workers trapped",
        names=("Brask",),
    )
    later = _claim(
        "v2",
        "Officials said 12 workers were still trapped at Brask.",
        "12 workers",
        Kind.COUNT,
        12,
        on=date(2025, 5, 3),
        by="officials",
        subject="workers trapped",
        names=("Brask",),
    )
    result = _run([first, later])
    assert _together(result, first, later)
    assert _status(result, first) is Status.UPDATE


def test_the_speakers_name_is_not_the_event() -> None:
    company = _claim(
        "w1",
        "The company said 9 workers died in the collapse at Brask.",
        "9 workers",
        Kind.DEATHS,
        9,
        on=MAY2,
        by="company",
        names=("Brask",),
    )
    union = _claim(
        "w2",
        "The builders' union put the death toll at 13.",
        "13",
        Kind.DEATHS,
        13,
        on=MAY2,
        by="builders' union",
        names=("Brask",),
    )
    result = _run([company, union])
    assert _together(result, company, union)
    assert _status(result, company) is Status.CONFLICT


def test_a_crowd_of_protesters_is_one_crowd_with_people_who_rallied() -> None:
    police = _claim(
        "x1",
        "Police estimated the crowd in Osk at 20,000 protesters.",
        "20,000 protesters",
        Kind.COUNT,
        20000,
        on=MAY2,
        by="police",
        subject="protesters",
        names=("Osk",),
    )
    organisers = _claim(
        "x2",
        "Organisers said 90,000 people rallied in Osk.",
        "90,000 people",
        Kind.COUNT,
        90000,
        on=MAY2,
        by="organisers",
        subject="people rallied",
        names=("Osk",),
    )
    result = _run([police, organisers])
    assert _together(result, police, organisers)
    assert _status(result, police) is Status.CONFLICT


def test_a_subject_that_says_what_happened_needs_no_verb() -> None:
    first = _claim(
        "y1",
        "Mbali has recorded 2,400 suspected cases and 310 confirmed cases.",
        "310 confirmed cases",
        Kind.COUNT,
        310,
        on=MAY2,
        subject="confirmed cases",
        unit="cases",
        names=("Mbali",),
    )
    suspected = _claim(
        "y1",
        "Mbali has recorded 2,400 suspected cases and 310 confirmed cases.",
        "2,400 suspected cases",
        Kind.COUNT,
        2400,
        on=MAY2,
        subject="suspected cases",
        unit="cases",
        names=("Mbali",),
    )
    later = _claim(
        "y2",
        "Confirmed cases in Mbali have risen to 455.",
        "455",
        Kind.COUNT,
        455,
        on=MAY9,
        subject="confirmed cases",
        unit="cases",
        names=("Mbali",),
    )
    result = _run([first, suspected, later])
    assert _together(result, first, later)
    assert not _together(result, suspected, later)
    assert _status(result, first) is Status.UPDATE


def test_a_month_set_apart_is_not_the_running_total() -> None:
    month = _claim(
        "z1",
        "In April alone, 260 people were killed in Dhara, the monitor said.",
        "260 people",
        Kind.DEATHS,
        260,
        on=date(2025, 4, 30),
        by="monitor",
        names=("Dhara",),
    )
    total = _claim(
        "z2",
        "The monitor said 1,900 people had been killed in Dhara.",
        "1,900 people",
        Kind.DEATHS,
        1900,
        on=MAY2,
        by="monitor",
        names=("Dhara",),
    )
    assert not _together(_run([month, total]), month, total)


def test_a_year_merely_named_does_not_set_a_figure_apart() -> None:
    named = _claim(
        "z3",
        "The cyclone that struck Dhara in 2025 killed 74 people, officials said.",
        "74 people",
        Kind.DEATHS,
        74,
        on=MAY2,
        by="officials",
        names=("Dhara",),
    )
    plain = _claim(
        "z4",
        "Red Cross teams counted 90 people killed by the cyclone in Dhara.",
        "90 people",
        Kind.DEATHS,
        90,
        on=MAY2,
        by="Red Cross",
        names=("Dhara",),
    )
    result = _run([named, plain])
    assert _together(result, named, plain)
    assert _status(result, named) is Status.CONFLICT
