"""Reconciler, seventh round: how news tells an earlier event, who is counted, and where.

A story about this year's flood often recalls the last one in the same
place, by its year ("a 2016 landslide", "the last major quake, in 1987"),
by how long ago it was ("A year earlier,", "two years ago") or by pointing
back to it ("That flood", "the previous quake"); such a figure is never part
of the current toll.  Hostages are counted apart from the men who held them,
and a name written where things happen ("in Sant Amaro") is a place.
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.entity_names import guess_kind, place_shaped
from dossier.model import Kind, Status
from dossier.reconcile_features import _period_at, _scope
from dossier.reconcile_grouping import _event_day, _local_opening, _share_a_place
from dossier.reconcile_signature import (
    _other_measure,
    _settle,
    _subject_key,
    _tells_action,
    _without_anyone,
)
from dossier.reconcile_tables import COMBATANTS
from tests.test_reconciler_generalising import _claim, _run, _status, _together

NOW = 2026


@pytest.mark.parametrize(
    ("sentence", "quote", "period"),
    [
        ("A 2016 landslide in the valley killed 12 people.", "12 people", "year:2016"),
        ("Kelvar's 2003 heatwave killed some 900 people.", "some 900 people", "year:2003"),
        ("The region's worst storm, in 1998, left 64 dead.", "64 dead", "year:1998"),
        (
            "A similar 2019 attack on the same road killed nine soldiers.",
            "nine soldiers",
            "year:2019",
        ),
        ("A year earlier, unemployment stood at 6.1%.", "6.1%", "year:2025"),
        ("The festival drew 80,000 people two years ago.", "80,000 people", "year:2024"),
        ("Inflation averaged 7.2% last year.", "7.2%", "year:2025"),
        ("That flood destroyed 400 homes and killed 31 people.", "31 people", "year:earlier"),
        ("The previous earthquake in the area killed 17 people.", "17 people", "year:earlier"),
        (
            "The last big outbreak in Kelvar, in 2018, infected 640 people.",
            "640 people",
            "year:2018",
        ),
        ("Their last major strike walked out 9,000 dockers.", "9,000 dockers", "year:earlier"),
    ],
)
def test_an_earlier_event_or_time_is_set_apart(sentence: str, quote: str, period: str) -> None:
    assert _period_at(sentence, sentence.index(quote), NOW) == period


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # a year-on-year change is this year's figure
        ("Consumer prices rose 6.3% in March from a year earlier.", "6.3%"),
        ("Exports grew 4% on the previous year.", "4%"),
        # an earlier event named only as a comparison
        ("Unlike the 2011 floods, this year's have killed 40 people.", "40 people"),
        (
            "It was the deadliest toll since the last major quake, with 212 people killed.",
            "212 people",
        ),
        # the story's own event
        ("The flood has killed 40 people, officials said.", "40 people"),
        ("The 2026 floods have killed 40 people.", "40 people"),
        # a vehicle or a building pointed to is no earlier event
        ("The last train out of the city carried 900 people.", "900 people"),
        ("That building housed 64 families.", "64 families"),
        # an earlier event whose day the as-of date already holds
        ("The last major floods, on 3 May 2026, killed 38 people.", "38 people"),
    ],
)
def test_the_current_event_and_comparisons_are_not_set_apart(sentence: str, quote: str) -> None:
    assert _period_at(sentence, sentence.index(quote), NOW) in (None, "running", "in:2026")


def test_an_earlier_disaster_in_the_same_town_is_its_own_question() -> None:
    on = date(NOW, 4, 3)
    first = _claim(
        "e1", "Floods killed 23 people in Tarvel on Monday, the mayor said.", "23 people",
        Kind.DEATHS, 23, on=on, by="mayor", names=("Tarvel",),
    )  # fmt: skip
    later = _claim(
        "e2", "The toll in Tarvel rose to 31 on Wednesday, officials said.", "31",
        Kind.DEATHS, 31, on=date(NOW, 4, 5), by="officials", names=("Tarvel",),
    )  # fmt: skip
    old = _claim(
        "e3", "A 2009 flood in Tarvel killed 140 people.", "140 people",
        Kind.DEATHS, 140, on=date(NOW, 4, 5), names=("Tarvel",),
    )  # fmt: skip
    result = _run([first, later, old])
    assert _together(result, first, later)
    assert not _together(result, first, old)
    assert _status(result, first) is Status.UPDATE


# ------------------------------------------------------------ who is counted

MAR = date(NOW, 3, 8)


@pytest.mark.parametrize(
    ("sentence", "quote", "scope"),
    [
        ("Two hostages were killed when soldiers stormed the bank.", "Two hostages", "hostages"),
        ("Five of the captives died in the rescue.", "Five of the captives", "hostages"),
        ("Both attackers were shot dead by police.", "Both attackers", COMBATANTS),
        ("The three assailants died in an exchange of fire.", "The three assailants", COMBATANTS),
        # who killed is not who is counted
        ("Gunmen killed 14 villagers near the border.", "14 villagers", "civilians"),
        # suspects arrested for a crime are not fighters
        ("Police arrested 19 suspected kidnappers.", "19 suspected kidnappers", None),
    ],
)
def test_hostages_and_their_captors_are_counted_apart(
    sentence: str, quote: str, scope: str | None
) -> None:
    kind = Kind.ARRESTS if "arrested" in sentence else Kind.DEATHS
    assert _scope(_claim("h", sentence, quote, kind, 3, on=MAR)) == scope


def test_hostages_killed_and_attackers_killed_are_two_questions() -> None:
    hostages = _claim(
        "h1", "Two hostages died when troops stormed the embassy, officials said.", "Two hostages",
        Kind.DEATHS, 2, on=MAR, by="officials",
    )  # fmt: skip
    captives = _claim(
        "h2", "Two of the captives were killed in the raid.", "Two of the captives",
        Kind.DEATHS, 2, on=date(NOW, 3, 9),
    )  # fmt: skip
    attackers = _claim(
        "h2", "All five attackers were killed, police said.", "All five attackers",
        Kind.DEATHS, 5, on=date(NOW, 3, 9), by="police",
    )  # fmt: skip
    result = _run([hostages, captives, attackers])
    assert _together(result, hostages, captives)
    assert not _together(result, hostages, attackers)
    assert _status(result, hostages) is Status.CONSISTENT


# ------------------------------------------------------------ names of places


@pytest.mark.parametrize("name", ["Sant Amaro", "Nueva Brenta", "Villa Corsa"])
def test_a_name_written_where_things_happen_is_a_place(name: str) -> None:
    assert guess_kind(name, cue="place") == "place"


@pytest.mark.parametrize(
    ("name", "titled", "cue"),
    [("Maria Lopez", False, None), ("Maria Lopez", False, "person"), ("Ana Brenta", True, "place")],
)
def test_people_stay_people(name: str, titled: bool, cue: str | None) -> None:
    assert guess_kind(name, titled=titled, cue=cue) == "person"


# ------------------------------------------------------------ what is counted


@pytest.mark.parametrize(
    ("key", "tells"),
    [
        ("oil spilled", True),
        ("bird found dead", True),
        ("home destroyed", True),
        ("tree fallen", True),
        ("oiled bird", False),  # a participle before the noun only describes it
        ("confirmed case", False),
        ("worker", False),
    ],
)
def test_a_subject_may_say_what_was_done_to_what_it_counts(key: str, tells: bool) -> None:
    assert _tells_action(key) is tells


@pytest.mark.parametrize(
    "keys",
    [
        # one subject of two words, whatever verb the sentence used
        ["subject:fuel leaked ~estimat", "subject:fuel leaked ~leak"],
        ["subject:prison year ~jail", "subject:prison year ~sentence"],
        # one verb said and one not
        ["subject:measle case", "subject:measle case ~sinc"],
        ["subject:case", "subject:case ~record"],
    ],
)
def test_one_subject_told_with_other_verbs_is_one_measure(keys: list[str]) -> None:
    assert len(set(_settle(Kind.COUNT, keys).values())) == 1


@pytest.mark.parametrize(
    "keys",
    [
        # the prefix shared is not a word shared
        ["subject:inmate escape", "subject:inmate recaptured"],
        ["subject:vessel sunk", "subject:vessel seized"],
        # one word and two verbs: two things
        ["subject:person ~march", "subject:person ~trap"],
    ],
)
def test_other_subjects_stay_apart(keys: list[str]) -> None:
    assert len(set(_settle(Kind.COUNT, keys).values())) == 2


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("crew members airlifted", "seafarers airlifted"),
        ("asylum applications", "asylum claims"),
        ("houses without power", "homes without power"),
        ("jobs cut", "posts cut"),
        ("students kept home", "pupils kept home"),
    ],
)
def test_plain_synonyms_of_what_is_counted_read_alike(one: str, other: str) -> None:
    assert _subject_key(one) == _subject_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("fans", "supporters"),  # supporters may be a party's
        ("wagons derailed", "cars derailed"),  # cars may be anyone's
        ("homes destroyed", "schools destroyed"),
    ],
)
def test_other_nouns_stay_themselves(one: str, other: str) -> None:
    assert _subject_key(one) != _subject_key(other)


# ------------------------------------------------------------ a part of the area


@pytest.mark.parametrize(
    ("sentence", "local"),
    [
        ("In the southern district of Marvo, 14 people died.", "marvo"),
        ("In the capital, Telk, turnout reached 61%.", "telk"),
        ("In Orsk itself, 40 homes were destroyed.", "orsk"),
        ("In the Riverside ward, the Labour slate took 44%.", "riverside"),
        ("In neighbouring Vessa province, 6 people died.", "vessa"),
        # a plain place, a place later in the sentence, a round: no part told
        ("In Marvo, rescuers pulled 12 people from the rubble.", None),
        ("Floods killed 17 people in Kessarin district.", None),
        ("In the first round, Varo took 41%.", None),
    ],
)
def test_a_sentence_may_open_on_a_part_of_the_area(sentence: str, local: str | None) -> None:
    assert _local_opening(sentence) == local


def test_a_provinces_share_is_not_the_national_share() -> None:
    on = date(NOW, 5, 11)
    national = _claim(
        "v1", "Final results gave Iva Ostrova 52.1% of the vote and Ana Pelin 44.0%.", "44.0%",
        Kind.VOTE_SHARE, "44.0", on=on, unit="%", names=("Iva Ostrova", "Ana Pelin", "Darsk"),
    )  # fmt: skip
    province = _claim(
        "v2", "In the eastern province of Darsk, Ana Pelin took 61% of the vote.", "61%",
        Kind.VOTE_SHARE, 61, on=on, unit="%", names=("Darsk", "Ana Pelin"),
    )  # fmt: skip
    again = _claim(
        "v3", "Ana Pelin carried Darsk with 61.2%, officials said.", "61.2%",
        Kind.VOTE_SHARE, "61.2", on=date(NOW, 5, 12), by="officials", unit="%",
        names=("Darsk", "Ana Pelin"),
    )  # fmt: skip
    result = _run([national, province, again])
    assert not _together(result, national, province)
    assert _together(result, province, again)
    assert _status(result, national) is Status.SINGLE


# ------------------------------------------------------------ other measures, other days


@pytest.mark.parametrize(
    ("sentence", "quote", "measure"),
    [
        (
            "Statisticians estimated 2,300 excess deaths during the cold snap.",
            "2,300",
            "measure:excess",
        ),
        ("The ministry counted 310 indirect deaths.", "310", "measure:indirect"),
        ("The storm killed 41 people, officials said.", "41 people", ""),
        ("Excess rainfall caused floods that killed 12 people.", "12 people", ""),
    ],
)
def test_an_excess_deaths_estimate_is_another_measure(
    sentence: str, quote: str, measure: str
) -> None:
    assert _other_measure(_claim("x", sentence, quote, Kind.DEATHS, 1, on=MAR)) == measure


TUESDAY = date(NOW, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Police detained 48 people at Saturday's march.", date(NOW, 3, 7)),
        ("The toll from Monday's quake rose to 126.", date(NOW, 3, 9)),
        ("Tuesday's strike closed 300 schools.", TUESDAY),
        ("Police said on Saturday that 48 people were detained.", None),
        ("Saturday's paper reported 48 arrests.", None),
    ],
)
def test_an_event_named_by_its_weekday_is_dated(sentence: str, day: date | None) -> None:
    assert _event_day(sentence, TUESDAY) == (day.toordinal() if day else None)


def test_arrests_at_two_days_events_are_two_questions() -> None:
    friday = _claim(
        "d1", "Police said 210 people were detained at Friday's protest in Velm.", "210 people",
        Kind.ARRESTS, 210, on=date(NOW, 3, 6), by="police", names=("Velm",),
    )  # fmt: skip
    friday_again = _claim(
        "d2", "A monitoring group said 260 people were held after Friday's rally in Velm.",
        "260 people", Kind.ARRESTS, 260, on=date(NOW, 3, 8), by="monitoring group",
        names=("Velm",),
    )  # fmt: skip
    sunday = _claim(
        "d2", "Police detained 35 people at Sunday's march in Velm.", "35 people",
        Kind.ARRESTS, 35, on=date(NOW, 3, 8), by="police", names=("Velm",),
    )  # fmt: skip
    result = _run([friday, friday_again, sunday])
    assert _together(result, friday, friday_again)
    assert not _together(result, friday, sunday)
    assert _status(result, sunday) is Status.SINGLE


# ------------------------------------------------------------ who the first dead were


@pytest.mark.parametrize(
    ("first", "quote", "verdict"),
    [
        # the first report says who all the dead were: the toll then grew
        (
            "Two elderly women have died of the infection, the clinic said.",
            "Two elderly women",
            Status.UPDATE,
        ),
        (
            "Three protesters were killed when police fired on the crowd.",
            "Three protesters",
            Status.UPDATE,
        ),
        # a part of the dead, said so: another scope
        ("Two of the dead were children, the clinic said.", "Two of the dead", Status.SCOPE),
        ("Two children were among the dead, the clinic said.", "Two children", Status.SCOPE),
    ],
)
def test_a_first_report_naming_who_died_is_updated_by_a_larger_toll(
    first: str, quote: str, verdict: Status
) -> None:
    early = _claim(
        "w1", first, quote, Kind.DEATHS, 2 if quote.startswith("Two") else 3,
        on=date(NOW, 6, 2), by="clinic", names=("Marsk",),
    )  # fmt: skip
    later = _claim(
        "w2", "The death toll in Marsk has risen to five, the ministry said.", "five",
        Kind.DEATHS, 5, on=date(NOW, 6, 6), by="ministry", names=("Marsk",),
    )  # fmt: skip
    result = _run([early, later])
    assert _together(result, early, later)
    assert _status(result, later) is verdict


def test_a_later_smaller_toll_is_not_an_update_of_who_died() -> None:
    early = _claim(
        "w1", "Four protesters died in the clashes in Marsk, medics said.", "Four protesters",
        Kind.DEATHS, 4, on=date(NOW, 6, 2), by="medics", names=("Marsk",),
    )  # fmt: skip
    later = _claim(
        "w2", "The ministry said two people were killed in Marsk.", "two people",
        Kind.DEATHS, 2, on=date(NOW, 6, 6), by="ministry", names=("Marsk",),
    )  # fmt: skip
    assert _status(_run([early, later]), later) is not Status.UPDATE


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("found guilty", "people convicted"),
        ("convictions", "defendants convicted"),
        ("crossings", "people arrived"),
        ("migrant arrivals", "migrants landed"),
        ("residents rescued", "rescued"),
    ],
)
def test_one_action_told_by_other_words_reads_alike(one: str, other: str) -> None:
    assert _without_anyone(_subject_key(one)) == _without_anyone(_subject_key(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("bodies found dead", "found guilty"),
        ("defendants", "defendants convicted"),  # who, not what was done to them
        ("residents", "residents evacuated"),
    ],
)
def test_other_actions_or_none_stay_apart(one: str, other: str) -> None:
    assert _without_anyone(_subject_key(one)) != _without_anyone(_subject_key(other))


def test_convicted_and_found_guilty_are_one_question() -> None:
    on = date(NOW, 9, 14)
    convicted = _claim(
        "c1", "The court convicted nine of the twelve defendants on Monday.",
        "nine of the twelve defendants", Kind.COUNT, 9,
        on=on, subject="defendants convicted", names=("Harl",),
    )  # fmt: skip
    guilty = _claim(
        "c2", "Nine people were found guilty of fraud, the prosecutor said.", "Nine people",
        Kind.COUNT, 9, on=on, by="prosecutor", subject="found guilty", names=("Harl",),
    )  # fmt: skip
    result = _run([convicted, guilty])
    assert _together(result, convicted, guilty)
    assert _status(result, guilty) is Status.CONSISTENT


@pytest.mark.parametrize(
    ("one", "other", "shared"),
    [
        ({"@ardel"}, {"@cape-ardel"}, True),
        ({"@halsey-bay"}, {"@halsey"}, True),
        ({"@port-selm", "@orun"}, {"@lake-orun"}, True),
        ({"@ardel"}, {"@ardelo"}, False),
        ({"@san"}, {"@san-telmo"}, False),  # too short to tell
        ({"@marvo"}, {"@telk-district"}, False),
    ],
)
def test_a_shortened_place_name_names_the_same_place(
    one: set[str], other: set[str], shared: bool
) -> None:
    assert _share_a_place(one, other) is shared


@pytest.mark.parametrize(
    ("key", "shaped"),
    [
        ("orun river", True),
        ("red sea", True),
        ("port almira", True),
        ("lake meruva", True),
        ("sea watchers", False),  # leading, such words start bodies' names too
        ("river trust", False),
        ("ana pelin", False),
    ],
)
def test_names_shaped_like_places(key: str, shaped: bool) -> None:
    assert place_shaped(key) is shaped
