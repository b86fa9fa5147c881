"""Reconciler: grouping claims into questions and the verdict on each.

Corpora are built from ``Claim`` records directly, written the way the
extractor fills them, so these tests pin the reconciler alone.
"""

# ruff: noqa: E501  (the corpus below quotes whole article sentences)
from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from dossier.entities import build_entities
from dossier.ids import claim_id
from dossier.model import (
    AsOf,
    AsOfBasis,
    Claim,
    DateRange,
    Interval,
    Kind,
    Qualifier,
    Source,
    SourceMeta,
    Span,
    Status,
)
from dossier.reconciler import Reconciliation, reconcile

D = Decimal


def src(sid: str, published: date | None, outlet: str | None = None) -> Source:
    return Source(
        id=sid,
        path=f"{sid}.txt",
        meta=SourceMeta(title=sid, outlet=outlet or sid.title(), published=published),
        body="",
        blocks=(),
        content_hash=sid,
    )


def claim(
    source: str,
    sentence: str,
    quote: str,
    kind: Kind,
    low: str | None,
    high: str | None = "same",
    *,
    qualifier: Qualifier = Qualifier.EXACT,
    subject: str | None = None,
    by: str | None = None,
    as_of: date | tuple[date, date] | None = None,
    basis: AsOfBasis = AsOfBasis.STATED,
    names: tuple[str, ...] = (),
    unit: str = "people",
    event: str | None = None,
    when: DateRange | None = None,
) -> Claim:
    start = sentence.index(quote)
    lo = D(low) if low is not None else None
    hi = lo if high == "same" else (D(high) if high is not None else None)
    if isinstance(as_of, tuple):
        rng = DateRange(start=as_of[0], end=as_of[1])
    else:
        rng = DateRange(start=as_of, end=as_of) if as_of else None
    return Claim(
        id=claim_id(source, sentence, quote, kind.value),
        source_id=source,
        kind=kind,
        value=Interval(low=lo, high=hi),
        qualifier=qualifier,
        unit=unit,
        subject=subject,
        quote=quote,
        span=Span(start=start, end=start + len(quote)),
        sentence=sentence,
        sentence_span=Span(start=0, end=len(sentence)),
        attributed_to=by,
        as_of=AsOf(range=rng, basis=basis) if rng else None,
        event=event,
        date=when,
        context_names=names,
    )


JUL31, AUG1, AUG10 = date(2024, 7, 31), date(2024, 8, 1), date(2024, 8, 10)
SOURCES = {
    "breitbart": src("breitbart", AUG1, "Breitbart News"),
    "tanea": src("tanea", AUG1, "Ta Nea"),
    "jurist": src("jurist", AUG10, "JURIST"),
    "blog2017": src("blog2017", date(2017, 11, 24), "In Venezuela"),
}

VENEZUELA = (
    claim("breitbart", "“Maduro announced a bloodbath. He delivered, he’s delivering, 17 dead,” Almagro said.",
          "17 dead", Kind.DEATHS, "17", by="Luis Almagro", as_of=JUL31,
          names=("Maduro", "Almagro", "Organization of American States", "Luis Almagro", "Washington")),
    claim("breitbart", "Foro Penal, a Venezuelan non-governmental organization, stated that as of Thursday morning it has confirmed 11 deaths and 672 arbitrary arrests.",
          "11 deaths", Kind.DEATHS, "11", by="Foro Penal", as_of=AUG1, subject="deaths",
          names=("Foro Penal", "Venezuelan", "Anzoátegui", "Carabobo")),
    claim("breitbart", "Foro Penal, a Venezuelan non-governmental organization, stated that as of Thursday morning it has confirmed 11 deaths and 672 arbitrary arrests.",
          "672 arbitrary arrests", Kind.ARRESTS, "672", by="Foro Penal", as_of=AUG1,
          names=("Foro Penal", "Venezuelan", "Anzoátegui", "Carabobo")),
    claim("breitbart", "The Maduro regime’s Attorney General Tarek William Saab claimed on Wednesday that 1,062 people have so far been arrested for their participation in the nationwide protests.",
          "1,062 people", Kind.ARRESTS, "1062", by="Attorney General Tarek William Saab",
          as_of=JUL31, names=("Maduro", "Tarek William Saab", "Foro Penal")),
    claim("tanea", "Since Monday, 11 civilians have been killed, according to NGOs, while a soldier was reported as the twelfth victim, shot dead during the protests.",
          "11 civilians", Kind.DEATHS, "11", by="NGOs", as_of=(date(2024, 7, 29), JUL31),
          names=("NGOs",)),
    claim("tanea", "The prosecutor’s office reported 77 injuries among security forces and over 1,000 arrests.",
          "over 1,000 arrests", Kind.ARRESTS, "1000", None, qualifier=Qualifier.MORE_THAN,
          by="prosecutor’s office", as_of=JUL31, basis=AsOfBasis.PUBLICATION_DATE),
    claim("tanea", "Machado, updating the death toll, spoke of “16 murders” and “11 enforced disappearances”.",
          "16 murders", Kind.DEATHS, "16", by="Machado", as_of=AUG1,
          basis=AsOfBasis.PUBLICATION_DATE,
          names=("María Corina Machado", "Nicolás Maduro", "Venezuelan")),
    claim("tanea", "The electoral commission declared him the winner of the recent elections, securing 51.2% of the vote against 44.2% for González Urrutia.",
          "51.2%", Kind.VOTE_SHARE, "51.2", unit="%", as_of=AUG1, basis=AsOfBasis.PUBLICATION_DATE,
          names=("González Urrutia", "Hugo Chávez", "Maduro", "Edmundo González Urrutia")),
    claim("tanea", "The electoral commission declared him the winner of the recent elections, securing 51.2% of the vote against 44.2% for González Urrutia.",
          "44.2%", Kind.VOTE_SHARE, "44.2", unit="%", as_of=AUG1, basis=AsOfBasis.PUBLICATION_DATE,
          names=("González Urrutia", "Hugo Chávez", "Maduro"), by="electoral commission"),
    claim("jurist", "González’s opposition coalition also accused the government of electoral fraud, claiming that González had secured more than 73 percent of the votes.",
          "more than 73 percent", Kind.VOTE_SHARE, "73", None, qualifier=Qualifier.MORE_THAN,
          unit="%", as_of=AUG10, basis=AsOfBasis.PUBLICATION_DATE,
          names=("Edmundo González", "González", "Nicolás Maduro"), by="opposition coalition"),
    claim("jurist", "The protests, sparked by opposition leader María Corina Machado’s call for mass mobilization, resulted in 11 deaths, over 100 injuries and the arrest of more than 700 people, including opposition leader Freddy Superlano.",
          "11 deaths", Kind.DEATHS, "11", as_of=AUG10, basis=AsOfBasis.PUBLICATION_DATE,
          subject="deaths", names=("María Corina Machado", "Freddy Superlano", "Caracas")),
    claim("jurist", "The protests, sparked by opposition leader María Corina Machado’s call for mass mobilization, resulted in 11 deaths, over 100 injuries and the arrest of more than 700 people, including opposition leader Freddy Superlano.",
          "more than 700 people", Kind.ARRESTS, "700", None, qualifier=Qualifier.MORE_THAN,
          as_of=AUG10, basis=AsOfBasis.PUBLICATION_DATE,
          names=("María Corina Machado", "Freddy Superlano", "Caracas")),
    claim("blog2017", "The OAS withdrew Venezuela in 2017 as 17 died in protests in Caracas.",
          "17", Kind.DEATHS, "17", as_of=date(2017, 7, 31), names=("OAS", "Venezuela", "Caracas")),
)  # fmt: skip


def by_claim(result: Reconciliation, quote: str, source: str | None = None):
    for c in VENEZUELA:
        if c.quote == quote and (source is None or c.source_id == source):
            return result.question(result.question_of[c.id])
    raise KeyError(quote)


def test_every_claim_has_exactly_one_question() -> None:
    result = reconcile(VENEZUELA, SOURCES)
    assert set(result.question_of) == {c.id for c in VENEZUELA}
    members = [cid for q in result.questions for cid in q.claim_ids]
    assert sorted(members) == sorted(c.id for c in VENEZUELA)


def test_deaths_conflict_names_figures_bodies_and_dates() -> None:
    result = reconcile(VENEZUELA, SOURCES)
    q = by_claim(result, "17 dead")
    assert q.status is Status.CONFLICT
    assert "Luis Almagro: 17 dead (31 Jul 2024)" in q.explanation
    assert "Foro Penal: 11 deaths (1 Aug 2024)" in q.explanation
    assert q.summary.startswith("11–17 killed")
    assert "as of 10 August 2024" in q.summary or "as of 1 August 2024" in q.summary


def test_year_apart_never_merge() -> None:
    result = reconcile(VENEZUELA, SOURCES)
    assert by_claim(result, "17", "blog2017").id != by_claim(result, "17 dead").id
    assert by_claim(result, "17", "blog2017").status is Status.SINGLE


def test_vote_shares_of_different_candidates_are_different_questions() -> None:
    result = reconcile(VENEZUELA, SOURCES)
    gonzalez = by_claim(result, "44.2%")
    assert gonzalez.id == by_claim(result, "more than 73 percent").id
    assert gonzalez.status is Status.CONFLICT
    assert by_claim(result, "51.2%").id != gonzalez.id
    assert "Edmundo González Urrutia" in gonzalez.event


def test_lower_bounds_agree_with_exact_figures_and_scope_is_told_apart() -> None:
    result = reconcile(VENEZUELA, SOURCES)
    q = by_claim(result, "1,062 people")
    assert (
        q.id
        == by_claim(result, "more than 700 people").id
        == by_claim(result, "over 1,000 arrests").id
    )
    assert q.id == by_claim(result, "672 arbitrary arrests").id
    assert q.status is Status.SCOPE
    assert result.scope_of[VENEZUELA[2].id] == "arbitrary"


def test_attributions_are_canonical() -> None:
    result = reconcile(VENEZUELA, SOURCES)
    assert result.canonical_attribution[VENEZUELA[6].id] == "María Corina Machado"
    assert result.canonical_attribution[VENEZUELA[3].id] == "Tarek William Saab"
    assert result.reported_by[VENEZUELA[10].id] == "JURIST"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_order_independent(seed: int) -> None:
    shuffled = list(VENEZUELA)
    random.Random(seed).shuffle(shuffled)
    assert reconcile(shuffled, SOURCES) == reconcile(VENEZUELA, SOURCES)


def test_question_ids_survive_adding_an_article() -> None:
    before = reconcile(VENEZUELA, SOURCES)
    later = claim(
        "later",
        "Foro Penal now counts 23 deaths in the protests in Venezuela.",
        "23 deaths",
        Kind.DEATHS,
        "23",
        by="Foro Penal",
        as_of=date(2024, 8, 8),
        names=("Foro Penal", "Venezuela"),
    )
    after = reconcile((*VENEZUELA, later), {**SOURCES, "later": src("later", date(2024, 8, 8))})
    assert set(before.question_of.values()) <= set(after.question_of.values())
    for cid, qid in before.question_of.items():
        assert after.question_of[cid] == qid
    assert after.question_of[later.id] == before.question_of[VENEZUELA[0].id]


def test_update_when_a_running_total_grows_on_clearly_different_days() -> None:
    a = claim(
        "a",
        "Police said 700 people were arrested in the protests in Lima.",
        "700 people",
        Kind.ARRESTS,
        "700",
        as_of=date(2023, 1, 2),
        names=("Lima",),
    )
    b = claim(
        "b",
        "The arrests in the Lima protests reached 1,062, prosecutors said.",
        "1,062",
        Kind.ARRESTS,
        "1062",
        as_of=date(2023, 1, 4),
        names=("Lima",),
        by="prosecutors",
    )
    sources = {"a": src("a", date(2023, 1, 2)), "b": src("b", date(2023, 1, 4))}
    q = reconcile([a, b], sources).questions[0]
    assert q.status is Status.UPDATE
    assert q.summary == "1,062 arrested, as of 4 January 2023 (up from 700 on 2 January 2023)"


def test_unrelated_numbers_in_one_sentence_stay_apart() -> None:
    s = "The quake killed 2,000 people, injured 2,000 more and left 30,000 homeless in Nepal."
    parts = [
        claim("n", s, "killed 2,000 people", Kind.DEATHS, "2000", as_of=date(2015, 4, 26)),
        claim("n", s, "injured 2,000 more", Kind.INJURIES, "2000", as_of=date(2015, 4, 26)),
        claim("n", s, "30,000 homeless", Kind.DISPLACED, "30000", as_of=date(2015, 4, 26)),
    ]
    result = reconcile(parts, {"n": src("n", date(2015, 4, 27))})
    assert len(set(result.question_of.values())) == 3


def test_same_number_different_meanings_and_count_subjects() -> None:
    s = "About 300 schools closed and 300 teachers joined the march in Paris."
    schools = claim(
        "p",
        s,
        "300 schools",
        Kind.COUNT,
        "300",
        subject="schools closed",
        as_of=date(2023, 1, 19),
        unit="count",
    )
    teachers = claim(
        "p",
        s,
        "300 teachers",
        Kind.COUNT,
        "300",
        subject="teachers joined the march",
        as_of=date(2023, 1, 19),
        unit="count",
    )
    votes = claim(
        "v",
        "The resolution got 17 of the 18 votes it needed.",
        "17",
        Kind.VOTES,
        "17",
        subject="resolution",
        unit="votes",
        as_of=JUL31,
    )
    result = reconcile(
        [schools, teachers, votes, VENEZUELA[0]],
        SOURCES | {"p": src("p", None), "v": src("v", JUL31)},
    )
    assert len(set(result.question_of.values())) == 4


def test_same_date_string_in_different_years() -> None:
    a = claim(
        "y1",
        "On July 30, at least 10 people were killed in Venezuela.",
        "at least 10 people",
        Kind.DEATHS,
        "10",
        None,
        as_of=date(2017, 7, 30),
        names=("Venezuela",),
    )
    b = claim(
        "y2",
        "On July 30, 11 people were killed in Venezuela.",
        "11 people",
        Kind.DEATHS,
        "11",
        as_of=date(2024, 7, 30),
        names=("Venezuela",),
    )
    result = reconcile(
        [a, b], {"y1": src("y1", date(2017, 7, 31)), "y2": src("y2", date(2024, 7, 31))}
    )
    assert result.question_of[a.id] != result.question_of[b.id]


def test_undated_claims_group_among_themselves() -> None:
    a = claim(
        "u1",
        "The landslide in Nepal killed 40 people.",
        "40 people",
        Kind.DEATHS,
        "40",
        names=("Nepal",),
    )
    b = claim(
        "u2",
        "About 40 people died in Nepal.",
        "About 40 people",
        Kind.DEATHS,
        "35",
        "45",
        names=("Nepal",),
    )
    result = reconcile(
        [a, b, VENEZUELA[0]], SOURCES | {"u1": src("u1", None), "u2": src("u2", None)}
    )
    assert (
        result.question_of[a.id] == result.question_of[b.id] != result.question_of[VENEZUELA[0].id]
    )
    assert result.question(result.question_of[a.id]).status is Status.CONSISTENT  # type: ignore[union-attr]


# ------------------------------------------------- traps seen on extractor output


def _statuses(result: Reconciliation) -> dict[str, Status]:
    return {q.id: q.status for q in result.questions}


def test_figures_of_one_sentence_are_never_one_question() -> None:
    day = date(2021, 5, 3)
    s = "Copper exports have collapsed from over 900,000 tonnes a year to less than 200,000."
    s2 = "Rescuers freed 23 of the 25 miners trapped in the shaft near Oruro."
    parts = [
        claim("m", s, "over 900,000 tonnes a year", Kind.COUNT, "900000", None,
              subject="tonnes", unit="tonnes", as_of=day, basis=AsOfBasis.PUBLICATION_DATE),
        claim("m", s, "less than 200,000", Kind.COUNT, None, "200000",
              subject="tonnes", unit="tonnes", as_of=day, basis=AsOfBasis.PUBLICATION_DATE),
        claim("m", s2, "23", Kind.COUNT, "23", subject="miners", as_of=day, names=("Oruro",)),
        claim("m", s2, "25 miners", Kind.COUNT, "25", subject="miners", as_of=day, names=("Oruro",)),
    ]  # fmt: skip
    result = reconcile(parts, {"m": src("m", day)})
    assert len(set(result.question_of.values())) == 4
    assert Status.CONFLICT not in _statuses(result).values()


def test_counts_group_only_on_the_same_subject_and_action() -> None:
    day = date(2022, 3, 14)
    a = claim(
        "a",
        "Twelve African states also asked for an independent audit of the results.",
        "Twelve African states",
        Kind.COUNT,
        "12",
        subject="states",
        as_of=day,
        basis=AsOfBasis.PUBLICATION_DATE,
    )
    b = claim(
        "b",
        "The junta responded by suspending flights to five African states.",
        "five African states",
        Kind.COUNT,
        "5",
        subject="states",
        as_of=day,
        basis=AsOfBasis.PUBLICATION_DATE,
    )
    c = claim(
        "a",
        "It later expelled the ambassadors of four of these twelve states.",
        "four of these twelve states",
        Kind.COUNT,
        "4",
        subject="states",
        as_of=day,
        basis=AsOfBasis.PUBLICATION_DATE,
    )
    d = claim(
        "c",
        "Police said 85,000 people marched through Santiago on Saturday.",
        "85,000 people",
        Kind.COUNT,
        "85000",
        subject="people",
        by="police",
        as_of=date(2022, 3, 12),
        names=("Santiago",),
    )
    e = claim(
        "d",
        "Organisers said 400,000 people marched in Santiago.",
        "400,000 people",
        Kind.COUNT,
        "400000",
        subject="people",
        by="organisers",
        as_of=date(2022, 3, 12),
        names=("Santiago",),
    )
    sources = {k: src(k, day) for k in "abcd"}
    result = reconcile([a, b, c, d, e], sources)
    assert len({result.question_of[x.id] for x in (a, b, c)}) == 3
    crowd = result.question(result.question_of[d.id])
    assert crowd is not None and result.question_of[e.id] == crowd.id
    assert crowd.status is Status.CONFLICT


def test_an_article_does_not_contradict_itself_in_its_own_voice() -> None:
    day = date(2020, 9, 2)
    a = claim(
        "x",
        "About 40 schools stayed shut in the district.",
        "About 40 schools",
        Kind.COUNT,
        "35",
        "45",
        subject="schools",
        as_of=day,
    )
    b = claim(
        "x",
        "Another 300 schools stayed shut across the province.",
        "300 schools",
        Kind.COUNT,
        "300",
        subject="schools",
        as_of=day,
    )
    result = reconcile([a, b], {"x": src("x", day)})
    assert result.question_of[a.id] != result.question_of[b.id]
    assert Status.CONFLICT not in _statuses(result).values()


def test_perpetrators_do_not_set_the_scope() -> None:
    day = date(2019, 11, 20)
    a = claim(
        "r",
        "Witnesses reported the deaths of 23 people at the hands of soldiers in Cochabamba.",
        "23 people",
        Kind.DEATHS,
        "23",
        subject="soldiers",
        as_of=day,
        names=("Cochabamba",),
    )
    b = claim(
        "s",
        "Nine protesters were killed by police near Cochabamba.",
        "Nine protesters",
        Kind.DEATHS,
        "9",
        as_of=day,
        names=("Cochabamba",),
    )
    c = claim(
        "t",
        "At least 14 civilians were fired on by troops in Cochabamba and died.",
        "At least 14 civilians",
        Kind.DEATHS,
        "14",
        None,
        as_of=day,
        names=("Cochabamba",),
    )
    result = reconcile([a, b, c], {k: src(k, day) for k in "rst"})
    assert result.scope_of[a.id] == "all"
    assert result.scope_of[b.id] == "protesters"
    assert result.scope_of[c.id] == "civilians"


def test_vote_shares_resolve_their_candidate_from_the_sentence() -> None:
    day, later = date(2021, 6, 7), date(2021, 6, 9)
    s = "The electoral board declared her the winner with 50.1% of the vote against 49.9% for Pérez Olmedo, extending Ruiz’s rule."
    names = ("Pérez Olmedo", "Ana Ruiz", "Ruiz")
    ruiz = claim(
        "e",
        s,
        "50.1% of the vote",
        Kind.VOTE_SHARE,
        "50.1",
        unit="percent",
        by="electoral board",
        as_of=day,
        basis=AsOfBasis.PUBLICATION_DATE,
        names=names,
    )
    perez = claim(
        "e",
        s,
        "49.9%",
        Kind.VOTE_SHARE,
        "49.9",
        unit="percent",
        by="electoral board",
        as_of=day,
        basis=AsOfBasis.PUBLICATION_DATE,
        names=names,
    )
    camp = claim(
        "f",
        "The opposition alliance insisted that Rosa Pérez had won more than 65 percent of the votes.",
        "more than 65 percent of the votes",
        Kind.PERCENT,
        "65",
        None,
        unit="percent",
        by="opposition alliance",
        as_of=later,
        basis=AsOfBasis.PUBLICATION_DATE,
        names=("Rosa Pérez",),
    )
    aide = claim(
        "g",
        "Luis Vega, who ran the campaign, claimed he received “66% of the votes” and demanded a recount.",
        "66% of the votes",
        Kind.VOTE_SHARE,
        "66",
        unit="percent",
        by="Luis Vega",
        as_of=later,
        basis=AsOfBasis.PUBLICATION_DATE,
        names=("Luis Vega", "Pérez Olmedo"),
    )
    turnout = claim(
        "g",
        "Turnout reached 61% of registered voters.",
        "61%",
        Kind.PERCENT,
        "61",
        unit="percent",
        as_of=later,
        basis=AsOfBasis.PUBLICATION_DATE,
    )
    sources = {"e": src("e", day), "f": src("f", later), "g": src("g", later)}
    result = reconcile([ruiz, perez, camp, aide, turnout], sources)
    q = result.question(result.question_of[perez.id])
    assert q is not None and q.kind is Kind.VOTE_SHARE and q.status is Status.CONFLICT
    assert set(q.claim_ids) == {perez.id, camp.id, aide.id}
    assert "Rosa Pérez Olmedo" in q.event
    winner = result.question(result.question_of[ruiz.id])
    assert winner is not None and winner.id != q.id and "Ana Ruiz" in winner.event
    assert result.question(result.question_of[turnout.id]).kind is Kind.PERCENT  # type: ignore[union-attr]


def test_a_later_report_that_the_toll_has_risen_is_an_update() -> None:
    early = claim(
        "m",
        "The health ministry said at least 214 people had died in the floods in Sindh.",
        "at least 214 people",
        Kind.DEATHS,
        "214",
        None,
        qualifier=Qualifier.AT_LEAST,
        by="health ministry",
        as_of=date(2022, 3, 9),
        names=("Sindh",),
    )
    late = claim(
        "n",
        "By Friday the death toll from the Sindh floods has risen to 312.",
        "312",
        Kind.DEATHS,
        "312",
        as_of=date(2022, 3, 11),
        names=("Sindh",),
    )
    sources = {"m": src("m", date(2022, 3, 9)), "n": src("n", date(2022, 3, 11))}
    q = reconcile([early, late], sources).questions[0]
    assert q.status is Status.UPDATE
    assert q.summary.startswith("312 killed, as of 11 March 2022")


def test_summaries_cite_the_as_of_of_the_figures_they_quote() -> None:
    a = claim(
        "p",
        "Officials said over 1,000 people were injured in the riots in Dakar.",
        "over 1,000 people",
        Kind.INJURIES,
        "1000",
        None,
        qualifier=Qualifier.MORE_THAN,
        by="officials",
        as_of=date(2023, 3, 9),
        names=("Dakar",),
    )
    b = claim(
        "q",
        "Hospitals in Dakar treated 1,500 people injured in the riots.",
        "1,500 people",
        Kind.INJURIES,
        "1500",
        by="hospitals",
        as_of=date(2023, 3, 11),
        names=("Dakar",),
    )
    c = claim(
        "p",
        "Voting in the Senegal runoff took place on 5 March.",
        "5 March",
        Kind.EVENT_DATE,
        None,
        None,
        unit="date",
        event="runoff",
        when=DateRange(start=date(2023, 3, 5), end=date(2023, 3, 5)),
        as_of=date(2023, 3, 9),
        names=("Senegal",),
    )
    d = claim(
        "q",
        "The Senegal runoff was held on 5 March.",
        "5 March",
        Kind.EVENT_DATE,
        None,
        None,
        unit="date",
        event="runoff",
        when=DateRange(start=date(2023, 3, 5), end=date(2023, 3, 5)),
        as_of=date(2023, 3, 11),
        names=("Senegal",),
    )
    sources = {"p": src("p", date(2023, 3, 9)), "q": src("q", date(2023, 3, 11))}
    result = reconcile([a, b, c, d], sources)
    injured = result.question(result.question_of[b.id])
    assert injured is not None and injured.status is Status.CONSISTENT
    assert injured.summary == "1,500 injured, as of 11 March 2023"
    when = result.question(result.question_of[c.id])
    assert when is not None and when.summary == "5 March 2023"


def _benchmark_corpus():  # type: ignore[no-untyped-def]
    """``benchmarks/corpus.py``, the generator of the synthetic benchmark corpus."""
    import importlib.util
    import sys
    from pathlib import Path

    name = "_benchmark_corpus"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def test_stories_reported_in_the_same_weeks_never_share_a_question(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Eight synthetic stories, each in its own town, all in one fortnight.

    Figures with no place in their sentence ("Our teams are still searching
    for 57 people") belong to their article's story; none may join another
    story's question on kind and month alone.
    """
    from dataclasses import replace

    from dossier.extractor import extract_claims
    from dossier.loader import find_articles, parse_articles, read_raw

    corpus = _benchmark_corpus()
    rng = random.Random(7)
    stories = [replace(corpus._story(rng, i), start=date(2022, 7, 1 + i)) for i in range(8)]
    for n in range(32):
        corpus.write_article(tmp_path, n, rng, stories)
    loaded = parse_articles([read_raw(tmp_path, p) for p in find_articles(tmp_path)])
    sources = {a.source.id: a.source for a in loaded.articles}
    claims = [c for a in loaded.articles for c in extract_claims(a.source)]
    story_of = {c.id: sources[c.source_id].title.split(":")[0] for c in claims}
    result = reconcile(claims, sources)
    mixed = [
        (q.event, sorted({story_of[c] for c in q.claim_ids}))
        for q in result.questions
        if len({story_of[c] for c in q.claim_ids}) > 1
    ]
    assert mixed == []
    assert max(len(q.claim_ids) for q in result.questions) > 4  # stories still gather


@pytest.mark.parametrize("kind", [Kind.DEATHS, Kind.DISPLACED, Kind.VOTES, Kind.MONEY])
def test_verdicts_count_pairs_as_if_every_pair_were_compared(kind: Kind) -> None:
    """Claims repeating a figure are compared once; the counts stay those of all pairs."""
    from dossier.reconcile_features import _item
    from dossier.reconcile_tables import BEHAVIOUR
    from dossier.reconcile_wording import _compare, _Facts, _gap, _relations

    rng = random.Random(11)
    entities = build_entities([])
    items = []
    for n in range(60):
        day = date(2024, 8, rng.choice((1, 1, 2, 5, 9)))
        low = rng.choice(("11", "11", "17", "30", "100"))
        high = rng.choice(("same", "same", None))
        scope = rng.choice(("", "", "", " civilians"))
        sentence = f"Report {n} counted {low}{scope} dead, the toll has risen."
        basis = rng.choice((AsOfBasis.STATED, AsOfBasis.PUBLICATION_DATE))
        c = claim(f"s{n}", sentence, low, kind, low, high, as_of=day, basis=basis)
        items.append(_item(c, src(f"s{n}", day), entities))
    items.sort(key=lambda i: i.order)
    facts = [_Facts(n, i) for n, i in enumerate(items)]
    behaviour = BEHAVIOUR[kind]
    pairs = [(a, b, _compare(a, b, behaviour)) for k, a in enumerate(facts) for b in facts[k + 1 :]]
    got = _relations(items)
    conflicts = sorted((-_gap(a, b), a.number, b.number) for a, b, r in pairs if r == "conflict")
    assert got.conflicts == len(conflicts)
    assert [(items[a], items[b]) for _, a, b in conflicts[:3]] == got.shown
    assert got.scope == {f.number for a, b, r in pairs if r == "scope" for f in (a, b)}
    assert got.update == {f.number for a, b, r in pairs if r == "update" for f in (a, b)}


def _storm_deaths(count_11_by: str, other: str, low: str, qualifier: Qualifier) -> Status:
    day = date(2023, 5, 2)
    a = claim(
        "a",
        "The storm in Dhaka killed 11 people, officials said.",
        "11 people",
        Kind.DEATHS,
        "11",
        as_of=day,
        names=("Dhaka",),
        by=count_11_by,
    )
    b = claim(
        "b",
        f"The storm in Dhaka left {other} dead, the Red Crescent said.",
        other,
        Kind.DEATHS,
        low,
        qualifier=qualifier,
        as_of=day,
        names=("Dhaka",),
        by="Red Crescent",
    )
    sources = {"a": src("a", day), "b": src("b", day)}
    result = reconcile([a, b], sources)
    assert result.question_of[a.id] == result.question_of[b.id]
    return result.question(result.question_of[a.id]).status


def test_an_approximate_figure_agrees_with_a_figure_near_it() -> None:
    assert _storm_deaths("officials", "roughly a dozen", "12", Qualifier.ABOUT) is Status.CONSISTENT
    assert _storm_deaths("officials", "about 17 people", "17", Qualifier.ABOUT) is Status.CONFLICT
