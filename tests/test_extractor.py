"""Claim extraction: hard cases one by one, the labelled set, and properties."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extractor import EXTRACTOR_VERSION, RULES, extract_claims
from dossier.model import Block, BlockRole, Claim, Kind, Qualifier, Source, SourceMeta, Span
from dossier.text import normalise
from tests.labelled import load_labelled


def _source(text: str, published: date | None = date(2024, 8, 1)) -> Source:
    body = normalise(text)
    blocks: list[Block] = []
    start = 0
    for line in body.split("\n"):
        if line.strip():
            blocks.append(
                Block(role=BlockRole.PARAGRAPH, span=Span(start=start, end=start + len(line)))
            )
        start += len(line) + 1
    return Source(
        id="t",
        path="t.txt",
        meta=SourceMeta(published=published),
        body=body,
        blocks=tuple(blocks),
        content_hash="x",
    )


def _claims(text: str, published: date | None = date(2024, 8, 1)) -> list[Claim]:
    return list(extract_claims(_source(text, published)))


def _one(text: str, published: date | None = date(2024, 8, 1)) -> Claim:
    claims = [c for c in _claims(text, published) if c.kind is not Kind.EVENT_DATE]
    assert len(claims) == 1, claims
    return claims[0]


def test_votes_not_deaths() -> None:
    claim = _one("The resolution received 17 of the 18 required votes to pass.")
    assert claim.kind is Kind.VOTES and claim.quote == "17 of the 18 required votes"
    assert claim.value.low == claim.value.high == Decimal(17)


def test_disappearances_not_deaths() -> None:
    claim = _one("Machado spoke of “11 enforced disappearances” via X.")
    assert claim.kind is Kind.DISAPPEARANCES and claim.attributed_to == "Machado"


def test_ordinal_implies_count() -> None:
    claim = _one("A soldier was reported as the twelfth victim, shot dead during the protests.")
    assert claim.kind is Kind.DEATHS and claim.quote == "the twelfth victim"
    assert claim.value.low == 12 and claim.value.high is None


def test_displaced_and_barrels() -> None:
    claims = _claims(
        "Oil production has plummeted from over three million barrels per day to less than one "
        "million. Seven million citizens have left the country."
    )
    assert [(c.kind, c.unit, c.quote) for c in claims] == [
        (Kind.COUNT, "barrels per day", "over three million barrels per day"),
        (Kind.COUNT, "barrels per day", "less than one million"),
        (Kind.DISPLACED, "people", "Seven million citizens"),
    ]


def test_non_claims() -> None:
    text = (
        "Their candidate, 74-year-old former diplomat Edmundo González, won a six-year term in 2017. "  # noqa: E501
        "It was his first press conference in nearly two years. He was “100% ready”."
    )
    assert [c for c in _claims(text) if c.kind is not Kind.EVENT_DATE] == []


def test_attribution_and_as_of() -> None:
    text = "Tarek William Saab claimed on Wednesday that 1,062 people have so far been arrested."
    claim = _one(text)
    assert claim.kind is Kind.ARRESTS and claim.quote == "1,062 people"
    assert claim.attributed_to == "Tarek William Saab"
    assert claim.as_of is not None and claim.as_of.range.iso() == "2024-07-31"


def test_short_name_expanded() -> None:
    text = "Luis Almagro spoke in Washington.\n“He is delivering, 17 dead,” Almagro said."
    claim = _one(text)
    assert claim.attributed_to == "Luis Almagro"


def test_event_date() -> None:
    claims = _claims("Protests erupted after the presidential election held on Sunday, July 28.")
    event = [c for c in claims if c.kind is Kind.EVENT_DATE]
    assert len(event) == 1
    assert event[0].event == "presidential election" and event[0].date is not None
    assert event[0].date.iso() == "2024-07-28"


def test_vote_share() -> None:
    claim = _one("The commission declared him the winner with 51.2% of the vote.")
    assert claim.kind is Kind.VOTE_SHARE and claim.value.low == Decimal("51.2")


def test_ids_stable_when_other_paragraphs_change() -> None:
    a = _claims("Police said 12 people were arrested.\nSomething else.")
    b = _claims("A new first paragraph.\nPolice said 12 people were arrested.")
    assert [c.id for c in a] == [c.id for c in b]


def test_a_sentence_told_twice_gives_two_claims_with_their_own_ids() -> None:
    text = "Police said 12 people were arrested.\nLater.\nPolice said 12 people were arrested."
    ids = [c.id for c in _claims(text)]
    assert len(ids) == 2
    assert len(set(ids)) == 2
    # The first telling keeps the id it has when told once.
    assert ids[0] == _claims("Police said 12 people were arrested.")[0].id


def test_rules_are_named_and_documented() -> None:
    assert EXTRACTOR_VERSION
    for name, rule in RULES:
        assert name and rule.__doc__


def test_labelled_spans_slice_back() -> None:
    for article in load_labelled():
        claims = extract_claims(article.source)
        assert list(claims) == sorted(
            claims, key=lambda c: (c.span.start, c.span.end, c.kind.value)
        )
        for claim in claims:
            assert claim.span.slice(article.source.body) == claim.quote
            assert claim.sentence_span.slice(article.source.body) == claim.sentence
        assert extract_claims(article.source) == claims  # deterministic


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_no_exception_and_spans_slice(text: str) -> None:
    source = _source(text)
    for claim in extract_claims(source):
        assert claim.span.slice(source.body) == claim.quote


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "12",
                "people",
                "were",
                "killed",
                "more than",
                "1,000",
                "arrests",
                "on",
                "Monday",
                "said",
                "police",
                ",",
                ".",
                "“",
                "”",
                "dozens",
                "of",
                "51.2%",
                "vote",
                "July 28",
            ]
        ),
        max_size=40,
    )
)
def test_newsy_text(words: list[str]) -> None:
    source = _source(" ".join(words))
    for claim in extract_claims(source):
        assert claim.span.slice(source.body) == claim.quote


def test_event_date_from_a_verb() -> None:
    claims = _claims("The bridge collapsed on Thursday, engineers said.")  # 2024-08-01 is Thu
    events = [c for c in claims if c.kind is Kind.EVENT_DATE]
    assert [(c.quote, c.date.iso() if c.date else None) for c in events] == [
        ("Thursday", "2024-08-01")
    ]
    assert events[0].event == "bridge collapsed"


def test_those_arrested_is_not_an_event() -> None:
    claims = _claims("Of the 40 detained, 12 of those arrested on Tuesday were freed.")
    assert not [c for c in claims if c.kind is Kind.EVENT_DATE]


def test_as_of_belongs_to_the_contrasted_figure() -> None:
    claims = _claims("The charity raised $9 million, up from $6 million last year.")
    by_quote = {c.quote: c for c in claims if c.kind is Kind.MONEY}
    assert by_quote["$9 million"].as_of.range.iso() == "2024-08-01"
    assert by_quote["$6 million"].as_of.range.iso() == {"from": "2023-01-01", "to": "2023-12-31"}


def test_agency_named_earlier_is_spelled_out() -> None:
    text = (
        "The regional water authority opened six shelters.\n"
        "About 300 homes were flooded, the authority said."
    )
    homes = next(c for c in _claims(text) if c.quote.startswith("About 300"))
    assert homes.attributed_to == "regional water authority"


def _kinds(text: str) -> dict[str, tuple[Kind, Decimal | None]]:
    return {c.quote: (c.kind, c.value.low) for c in _claims(text) if c.kind is not Kind.EVENT_DATE}


def test_counted_concrete_nouns() -> None:
    got = _kinds("The ministry sent 40 generators and 3,500 blankets to the valley.")
    assert got == {"40 generators": (Kind.COUNT, 40), "3,500 blankets": (Kind.COUNT, 3500)}
    claim = _one("Engineers inspected two steel footbridges on Friday.")
    assert claim.unit == "footbridges" and claim.quote == "two steel footbridges"


def test_no_count_of_a_known_set_a_spread_a_measure_or_a_quotation() -> None:
    assert not _claims("Traffic resumed at the four border posts.")
    assert not _claims("Its staff are spread across five regions.")
    assert not _claims("The wave was 12 metres high.")
    assert not _claims('"We might have to sell three vans," the owner said.')


def test_partitive_counts() -> None:
    got = _kinds("The inspectors opened 60 containers. They seized 14 of the 60 containers.")
    assert got["60 containers"] == (Kind.COUNT, 60)
    assert got["14 of the 60 containers"] == (Kind.COUNT, 14)
    got = _kinds("Some 300 residents were evacuated, and 120 of them spent the night in a school.")
    assert got["120"] == (Kind.COUNT, 120)
    assert got["Some 300 residents"][0] is Kind.DISPLACED


def test_severity_of_the_injured_is_not_a_new_count() -> None:
    got = _kinds("The bus crash injured 15 passengers, four of them critically.")
    assert "four" not in got


def test_including_takes_the_kind_of_the_whole() -> None:
    got = _kinds("At least 30 villagers have died, including eight infants, officials said.")
    assert got["eight infants"] == (Kind.DEATHS, 8)
    assert got["At least 30 villagers"] == (Kind.DEATHS, 30)


def test_bare_figure_refers_back_to_the_noun_counted() -> None:
    got = _kinds("Inspectors logged 310 complaints in May, up from the 250 logged in April.")
    assert got["250"] == (Kind.COUNT, 250)
    got = _kinds("The union filed 90 grievances last year. The board has upheld 41.")
    assert got["41"] == (Kind.COUNT, 41)
    got = _kinds("Ruiz won 4,210 votes to Ortega's 3,987, the clerk said.")
    assert got["3,987"] == (Kind.VOTES, 3987)
    got = _kinds("Divers recovered three bodies on Monday and two more on Tuesday.")
    assert got["two more"] == (Kind.DEATHS, 2)


def test_counterfactual_figure_is_not_recorded() -> None:
    got = _kinds("The board will have five members instead of seven.")
    assert "seven" not in got


def test_split_vote_shares() -> None:
    got = _kinds("Residents rejected the plan by 55 percent to 45 percent in the ballot.")
    assert got == {"55 percent": (Kind.VOTE_SHARE, 55), "45 percent": (Kind.VOTE_SHARE, 45)}


def test_number_of_things_counts_them() -> None:
    got = _kinds("The number of reported measles cases has climbed to 431.")
    assert got["431"] == (Kind.COUNT, 431)


def test_remain_missing_and_ordered_to_evacuate() -> None:
    assert _one("Around 15 fishermen remain missing.").kind is Kind.DISAPPEARANCES
    assert _one("About 800 residents were ordered to evacuate.").kind is Kind.DISPLACED


def test_custody_moves_are_transfers() -> None:
    claim = _one("Officials said 45 prisoners had been moved to a jail in the north.")
    assert claim.kind is Kind.COUNT


def test_proportion_is_one_share_not_two_counts() -> None:
    claims = _claims("Nearly one in four of the households we met had no heating.")
    assert [(c.kind, c.value.low, c.value.high, c.qualifier) for c in claims] == [
        (Kind.PERCENT, 25, 25, Qualifier.ABOUT)
    ]


def test_the_figure_takes_the_kind_of_the_vague_one_before() -> None:
    got = _kinds("Dozens of protesters were arrested overnight. Police later put the figure at 87.")
    assert got["87"] == (Kind.ARRESTS, 87)


def test_quote_runs_on_to_the_counted_noun() -> None:
    quotes = [c.quote for c in _claims("“They delivered 17 dead,” she said.")]
    assert quotes == ["17 dead"]
    claim = _one("Police detained 14 striking dockworkers at the gate.")
    assert (claim.kind, claim.quote) == (Kind.ARRESTS, "14 striking dockworkers")
    claim = _one("A count found that 64% of respondents oppose the reform.")
    assert (claim.quote, claim.subject) == ("64% of respondents", "respondents")


def test_a_part_read_as_another_kind_keeps_its_own_quote() -> None:
    claim = _one("By Friday, 31 of those arrested had been released.")
    assert (claim.kind, claim.quote) == (Kind.COUNT, "31")


def test_a_winning_margin_is_a_vote_count() -> None:
    got = _kinds("Okafor took the council seat with 2,904 votes, 86 more than the runner-up.")
    assert got == {"2,904 votes": (Kind.VOTES, 2904), "86 more": (Kind.VOTES, 86)}
    assert _kinds("The mayor was re-elected by 1,150 in Sunday's runoff.") == {
        "1,150": (Kind.VOTES, 1150)
    }
    # a bare "more than" outside a ballot, and a majority of seats, are not vote margins
    assert _kinds("Police arrested 40 people, 12 more than on Monday.") == {
        "40 people": (Kind.ARRESTS, 40)
    }
    assert _kinds("The party won a majority of 12 seats in the election.") == {
        "12 seats": (Kind.COUNT, 12)
    }


def _events(text: str) -> list[tuple[str, str | None, object]]:
    return [
        (c.quote, c.event, c.date.iso() if c.date else None)
        for c in _claims(text)
        if c.kind is Kind.EVENT_DATE
    ]


def test_event_dates_with_a_part_of_the_day() -> None:
    # published Thursday 2024-08-01
    assert _events("The quake hit Tuesday morning.") == [("Tuesday morning", "quake", "2024-07-30")]
    assert _events("An explosion early on Monday damaged the depot.") == [
        ("Monday", "explosion", "2024-07-29")
    ]
    assert _events("A mudslide buried 40 homes in the valley late on Tuesday.") == [
        ("Tuesday", "mudslide", "2024-07-30")
    ]
    assert _events("A blaze tore through the market on the night of July 27.") == [
        ("July 27", "blaze", "2024-07-27")
    ]
    assert (
        _events("The deadline passed overnight, after a fire tore through the mill overnight.")
        == []
    )


def test_possessive_day_is_an_event_date_only_where_the_event_happens() -> None:
    # the organisers' statement is not dated, but the march they speak of is
    assert _events("Organisers of Saturday's march said turnout was high.") == [
        ("Saturday", "march", "2024-07-27")
    ]
    assert _events("Ahead of Monday's vote, the mayor met union leaders.") == []
    assert _events("Okafor was elected mayor in Tuesday's election.") == [
        ("Tuesday", "election", "2024-07-30")
    ]
    assert _events("Saturday's rally drew a large crowd.") == [("Saturday", "rally", "2024-07-27")]


def test_a_day_after_counted_arrests_dates_them_as_an_event() -> None:
    # arrests are events (LABELLING.md), counted or not
    assert _events("State police arrested four people outside the gates on Wednesday.") == [
        ("Wednesday", "police arrested", "2024-07-31")
    ]
    assert _events("The council voted 7-2 on Tuesday night.") == [
        ("Tuesday night", "council voted", "2024-07-30")
    ]


def _sectioned(*blocks: tuple[BlockRole, str], meta: SourceMeta | None = None) -> Source:
    """A source of the given blocks (headings among them), one paragraph a block."""
    body, spans = "", []
    for role, text in blocks:
        if body:
            body += "\n\n"
        spans.append(Block(role=role, span=Span(start=len(body), end=len(body) + len(text))))
        body += text
    return Source(
        id="t",
        path="t.md",
        meta=meta or SourceMeta(published=date(2024, 8, 1)),
        body=body,
        blocks=tuple(spans),
        content_hash="x",
    )


def _by(source: Source) -> dict[str, str | None]:
    return {
        c.quote: c.attributed_to for c in extract_claims(source) if c.kind is not Kind.EVENT_DATE
    }


P, H = BlockRole.PARAGRAPH, BlockRole.HEADING


def test_an_office_named_again_is_the_person_it_introduced() -> None:
    source = _sectioned(
        (P, "Interior Minister Jane Doe toured the flooded district on Monday."),
        (P, "The minister said 40 people had been rescued from rooftops."),
        (P, "Doe's deputy, Tom Hale, the health minister, visited a clinic."),
        (P, "At least 12 patients were moved, the health minister said."),
    )
    assert _by(source) == {"40 people": "Jane Doe", "At least 12 patients": "Tom Hale"}


def test_a_press_release_written_as_we_speaks_for_its_issuer() -> None:
    meta = SourceMeta(outlet="Valley Water Trust (press release)", published=date(2024, 8, 1))
    source = _sectioned(
        (P, "The Valley Water Trust reports on its summer."), (P, "We tested 420 wells."), meta=meta
    )
    assert _by(source) == {"420 wells": "Valley Water Trust"}
    # a newspaper's "we" is not its outlet unless the text names it
    meta = SourceMeta(outlet="Daily Planet", published=date(2024, 8, 1))
    assert _by(_sectioned((P, "We counted 420 wells."), meta=meta)) == {"420 wells": None}


def test_it_said_is_the_body_named_last() -> None:
    source = _sectioned(
        (P, "The World Food Programme warned of shortages."),
        (P, "Kivani's government appealed for help. It said it would need $75 million."),
    )
    assert _by(source) == {"$75 million": "Kivani's government"}


def test_no_speaker_is_carried_across_a_heading() -> None:
    source = _sectioned(
        (H, "Floods in the north"),
        (P, "Governor Ana Ruiz said 300 homes were flooded."),
        (P, "Ruiz added:"),
        (H, "Strike in the port"),
        (P, "She said 40 ships were waiting."),
        (P, "About 900 dockworkers walked out."),
        (P, "The minister said 12 pickets were arrested."),
    )
    got = _by(source)
    assert got["300 homes"] == "Ana Ruiz"
    assert got["40 ships"] is None and got["About 900 dockworkers"] is None
    assert got["12 pickets"] == "minister"


def test_a_figure_holds_as_of_the_day_the_paragraph_gave_before_it() -> None:
    text = (
        "On Tuesday, officials said 12 people were dead. Another 30 were injured.\n"
        "Late on Wednesday, rescuers found five more bodies. Eight people were hurt.\n"
        "Nine people were treated for smoke."
    )
    got = {
        c.quote: (c.as_of.range.iso(), c.as_of.basis.value)
        for c in _claims(text, date(2024, 8, 3))
        if c.as_of is not None
    }
    assert got == {
        "12 people": ("2024-07-30", "stated"),
        "30": ("2024-07-30", "stated"),
        "five more bodies": ("2024-07-31", "stated"),
        "Eight people": ("2024-07-31", "stated"),
        "Nine people": ("2024-08-03", "publication_date"),
    }


def test_a_subject_that_acts_on_an_object_is_not_what_the_verb_counts() -> None:
    assert _kinds("Five gunmen killed three guards.") == {"three guards": (Kind.DEATHS, 3)}
    assert _kinds("Two union leaders held talks with the board.") == {
        "Two union leaders": (Kind.COUNT, 2)
    }
    assert _kinds("Twelve protesters injured in clashes.") == {
        "Twelve protesters": (Kind.INJURIES, 12)
    }
    assert _kinds("Five students were held overnight.") == {"Five students": (Kind.ARRESTS, 5)}


def test_events_planned_or_taking_effect() -> None:
    # schedules and future plans are not event dates (LABELLING.md); a step that took effect is
    assert _events("Talks are scheduled for August 20.") == []
    assert _events("The vote will take place on August 18.") == []
    assert _events("The truce took effect at dawn on Monday.") == [
        ("Monday", "truce took effect", "2024-07-29")
    ]


def test_speakers_in_and_after_a_quotation_and_bodies_named_whole() -> None:
    got = _by(
        _sectioned(
            (P, '"We have recorded 64 cases," said Dr Amal Haddad, a spokeswoman for the clinic.'),
            (P, "Some 3,000 people fled, according to the UN refugee agency."),
            (
                P,
                "At least 90 homes burned, according to the International Organization for "
                "Migration.",
            ),
        )
    )
    assert got == {
        "64 cases": "Amal Haddad",
        "Some 3,000 people": "UN refugee agency",
        "At least 90 homes": "International Organization for Migration",
    }


def test_the_quote_stops_at_the_counted_noun() -> None:
    claim = _one("The storm killed more than 2,000 people across three provinces.")
    assert claim.quote == "more than 2,000 people"
    quotes = [c.quote for c in _claims("About 300 people in five villages need food aid.")]
    assert quotes == ["About 300 people", "five villages"]


def test_a_group_among_the_dead_is_counted_as_dead() -> None:
    got = _kinds("The toll rose to 41, with 17 children among the dead.")
    assert got == {"41": (Kind.DEATHS, 41), "17 children": (Kind.DEATHS, 17)}
    assert _kinds("Four foreigners were among the injured.") == {
        "Four foreigners": (Kind.INJURIES, 4)
    }
    assert _kinds("Three of the 12 were among the missing.") == {}


def test_a_line_written_as_a_markdown_heading_starts_a_section() -> None:
    text = "Governor Ana Ruiz said 300 homes were flooded.\n## Port strike\nShe said 40 ships left."
    assert {c.quote: c.attributed_to for c in _claims(text)} == {
        "300 homes": "Ana Ruiz",
        "40 ships": None,
    }


def test_a_plan_or_a_deadline_dates_no_event() -> None:
    # published Thursday 2024-08-01
    # plans, deadlines and schedules are not event dates (LABELLING.md): none of these dates one
    assert _events("The board is due to discuss the merger on Aug. 13.") == []
    assert _events("Clinics will reopen on September 2 as planned.") == []
    assert _events("The agency would have to cut rations by half from October 1.") == []
    assert _events("The new bridge is due to open in 2026.") == []
    assert _events("The new bridge will open in 2026.") == []
    assert _events("Output is expected to grow by 2 percent in 2025.") == []
    # a figure that is the plan's subject owns the day; "tomorrow" is no calendar day
    assert _events("Nine are expected to appear in court on Monday.") == []
    assert _events("We will be back tomorrow morning.") == []


def test_the_clause_after_a_day_says_what_happened_on_it() -> None:
    assert _events("Reporters have been held since this past March 3, when the decree passed.") == [
        ("this past March 3", "the decree passed", "2024-03-03")
    ]
    # the arrests on the day are an event themselves; the day is claimed once
    assert _events("Police arrested 31 people on Saturday as fighting broke out.") == [
        ("Saturday", "arrest", "2024-07-27")
    ]
    # "as" joins what merely went on as well: only a verb of happening makes it an event
    assert _events("The toll rose to 46 on Sunday as rescuers recovered more bodies.") == []
    assert _events("It was 3 November 1986, and an explosion had ripped through the pit.") == [
        ("3 November 1986", "explosion", "1986-11-03")
    ]
    assert _events("The disaster happened on the evening of Sunday, 14 August 2016.") == [
        ("Sunday, 14 August 2016", "disaster", "2016-08-14")
    ]


def test_an_undated_story_is_told_from_the_day_its_opening_gives() -> None:
    def as_of(text: str) -> dict[str, object]:
        return {
            c.quote: c.as_of.range.iso() if c.as_of else None
            for c in _claims(text, None)
            if c.kind is not Kind.EVENT_DATE
        }

    # a fully dated day further down is background: it dates nothing else
    text = (
        "An inquiry into the crush has concluded its work.\n"
        "The crush happened on Sunday, 14 August 2016.\n"
        "The inquiry heard from 312 witnesses.\n"
        "Ward said on Tuesday that 11 of them had been accepted."
    )
    assert as_of(text)["312 witnesses"] is None
    assert as_of(text)["11"] is None
    text = "The party lost the election held on Sunday, May 19, 2024.\nTurnout was 72 percent."
    assert as_of(text)["72 percent"] == "2024-05-19"


def test_votes_cast_hold_for_the_day_of_the_ballot() -> None:
    text = (
        "Lindqvist won the by-election on Tuesday, the returning officer announced on Wednesday.\n"
        "She took 38.6% of the vote. Turnout was 41.2 percent.\n"
        "A separate motion failed on a 4-5 vote."
    )
    got = {
        c.quote: c.as_of.range.iso() if c.as_of else None
        for c in _claims(text)
        if c.kind is not Kind.EVENT_DATE
    }
    assert got["38.6% of the vote"] == got["41.2 percent"] == "2024-07-30"
    assert got["4"] == got["5"] == "2024-08-01"  # another ballot, its day not told


def test_what_the_verb_or_the_wounds_say_of_counted_people() -> None:
    got = _kinds("Forty-one of those patients have died, a spokesperson said.")
    assert got == {"Forty-one of those patients": (Kind.DEATHS, 41)}
    got = _kinds("The Red Cross treated more than 600 people with weapon wounds.")
    assert got == {"more than 600 people": (Kind.INJURIES, 600)}
    got = _kinds("At least 70 people were injured, 22 of them with severe burns.")
    assert got["22 of them"] == (Kind.INJURIES, 22)
    assert _kinds("Three stewards were treated for smoke inhalation.") == {
        "Three stewards": (Kind.INJURIES, 3)
    }
    assert _kinds("We recorded 19 people whose whereabouts remain unknown.") == {
        "19 people": (Kind.DISAPPEARANCES, 19)
    }
    got = _kinds(
        "Twelve deputies from the opposition broke ranks, while four members voted against."
    )
    assert got == {"Twelve deputies": (Kind.VOTES, 12), "four members": (Kind.VOTES, 4)}


def test_parts_of_a_group() -> None:
    # "one of them" points at one person; a part after "Of them," is a count
    got = _kinds("Eleven officers were hurt, one of them with a broken wrist.")
    assert got == {"Eleven officers": (Kind.INJURIES, 11)}
    got = _kinds("Police arrested 31 people. Of them, 14 have been charged.")
    assert got["14"] == (Kind.COUNT, 14)
    # the whole of a part is recorded only when told as a figure of its own
    got = _kinds("An audit found 9 of the 14 exits too narrow.")
    assert got == {"9 of the 14 exits": (Kind.COUNT, 9)}
    got = _kinds("The army shot down 48 of the 73 drones launched at the city.")
    assert got == {"48": (Kind.COUNT, 48), "73 drones": (Kind.COUNT, 73)}


def test_pages_are_a_measure_not_a_count() -> None:
    assert _kinds("The full report (86 pages) runs to more than 200 pages.") == {}


def test_a_bare_figure_set_against_or_listed_after_a_counted_one() -> None:
    got = _kinds("The ministry recorded 412 cases, up from 286 in its last update.")
    assert got["286"] == (Kind.COUNT, 286)
    got = _kinds("The agency raised the death toll to 23, from 14 last night.")
    assert got["14"] == (Kind.DEATHS, 14)
    got = _kinds("Only 42 stewards were on duty, against the 90 required by the plan.")
    assert got["90"] == (Kind.COUNT, 90)
    got = _kinds("There were 38 patients in hospital on Sunday and 45 by Thursday.")
    assert got["45"] == (Kind.COUNT, 45)
    got = _kinds(
        "Of them, 14 have been charged with rioting, six with assault and three with theft."
    )
    assert (got["six"], got["three"]) == ((Kind.COUNT, 6), (Kind.COUNT, 3))


def test_sizes_and_vague_amounts_of_things() -> None:
    got = _kinds("The population fell from 23,000 in 1981 to about 11,500 in 2021.")
    assert got == {"23,000": (Kind.COUNT, 23000), "about 11,500": (Kind.COUNT, 11500)}
    got = _kinds("The site held 35,000 people, above its licensed capacity of 28,000.")
    assert got["28,000"] == (Kind.COUNT, 28000)
    assert _kinds("The plant has a capacity of 500 megawatts.") == {}
    assert _kinds("The storm wrecked hundreds of boats.") == {
        "hundreds of boats": (Kind.COUNT, 200)
    }


def test_displaced_people_where_they_went_and_where_they_sleep() -> None:
    text = (
        "The number of people forced from their homes by war, violence and persecution "
        "reached 117.3 million."
    )
    assert _kinds(text) == {"117.3 million": (Kind.DISPLACED, 117300000)}
    # people who went home are returnees, and so are those the group includes
    text = "About 5.1 million displaced people returned home, including 1.1 million refugees."
    assert _kinds(text) == {
        "About 5.1 million displaced people": (Kind.COUNT, 5100000),
        "1.1 million refugees": (Kind.COUNT, 1100000),
    }
    text = (
        "The camp, built for 40,000 people, now holds 65,000, and hundreds of new arrivals "
        "sleep in the open."
    )
    assert _kinds(text) == {
        "40,000 people": (Kind.COUNT, 40000),
        "65,000": (Kind.DISPLACED, 65000),
        "hundreds of new arrivals": (Kind.DISPLACED, 200),
    }


def test_speakers_named_by_office_pronoun_or_first_person() -> None:
    source = _sectioned(
        (P, "“Numbers matter,” said Filippo Grandi, the UN High Commissioner for Refugees."),
        (P, "The High Commissioner said 36,000 people had crossed the border."),
        (P, "Dr Leila Noor, the district's chief medical officer, met reporters."),
        (P, "About 40 new cases are reported each day, the chief medical officer said."),
    )
    assert _by(source) == {"36,000 people": "Filippo Grandi", "About 40 new cases": "Leila Noor"}
    source = _sectioned(
        (P, "Police arrested 31 people, Greater Halton Police said."),
        (P, "Eleven officers were hurt, the force said in a statement."),
        (P, "Of them, 14 have been charged, the statement said."),
    )
    assert _by(source) == {
        "31 people": "Greater Halton Police",
        "Eleven officers": "Greater Halton Police",
        "14": "Greater Halton Police",
    }
    meta = SourceMeta(outlet="Centre for Rights (press release)", published=date(2024, 8, 1))
    source = _sectioned(
        (P, "The Centre for Rights publishes its report."),
        (P, "Our researchers interviewed 214 detainees, and 23 per cent told us they were beaten."),
        meta=meta,
    )
    assert _by(source) == {"214 detainees": "Centre for Rights", "23 per cent": "Centre for Rights"}


def test_a_figure_holds_for_the_day_of_its_event_told_later() -> None:
    def as_of(text: str) -> dict[str, object]:
        return {
            c.quote: c.as_of.range.iso() if c.as_of else None
            for c in _claims(text)
            if c.kind is not Kind.EVENT_DATE
        }

    text = (
        "The crush at the festival that killed 21 people was preventable, an inquiry found.\n"
        "The disaster happened on Sunday, 14 August 2016."
    )
    assert as_of(text)["21 people"] == "2016-08-14"
    text = (
        "The hospital has treated 214 injured people since the cyclone made landfall.\n"
        "The cyclone made landfall early on Monday."
    )
    assert as_of(text)["214 injured"] == {"from": "2024-07-29", "to": "2024-08-01"}


def test_tallies_abstentions_and_shares_told_briefly() -> None:
    got = _kinds("The council approved the budget by 9 votes to 4. Two councillors abstained.")
    assert got == {
        "9 votes": (Kind.VOTES, 9),
        "4": (Kind.VOTES, 4),
        "Two councillors": (Kind.VOTES, 2),
    }
    assert _kinds("The bill passed by 214 to 187.") == {
        "214": (Kind.VOTES, 214),
        "187": (Kind.VOTES, 187),
    }
    got = _kinds("The party won 41.2% of the vote, ahead of the opposition on 33.5%.")
    assert got["33.5%"] == (Kind.VOTE_SHARE, Decimal("33.5"))


def test_the_dead_among_migrants_and_those_feared_dead() -> None:
    got = _kinds("The bodies of 12 migrants were recovered. At least 30 others are feared dead.")
    assert got == {"12 migrants": (Kind.DEATHS, 12), "At least 30 others": (Kind.DEATHS, 30)}


def test_events_named_with_a_place_a_relative_clause_or_an_opening_day() -> None:
    assert _events("The attack on the prison late on Monday killed 12 guards.") == [
        ("Monday", "attack on the prison", "2024-07-29")
    ]
    assert _events("The landslide, which hit the village on 12 May, buried 40 homes.") == [
        ("12 May", "landslide", "2024-05-12")
    ]
    assert _events("On Tuesday, the typhoon made landfall near the port.") == [
        ("Tuesday", "landfall", "2024-07-30")
    ]
    # arrests with a count on a named day are an event (LABELLING.md)
    assert _events("On Tuesday, police arrested 40 people.") == [
        ("Tuesday", "arrest", "2024-07-30")
    ]


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.kind.value, c.quote) for c in _claims(text) if c.kind is not Kind.EVENT_DATE]


def test_a_part_of_a_group_takes_the_group_kind() -> None:
    assert ("injuries", "four of them") in _read(
        "Twenty officers were hurt in the clashes, four of them seriously."
    )
    assert ("injuries", "8 of them children") in _read(
        "Medics treated 90 wounded people overnight, 8 of them children."
    )
    assert ("deaths", "at least a dozen of them") in _read(
        "Rescuers recovered 30 bodies, and at least a dozen of them were fishermen."
    )
    # the previous sentence names the group
    assert ("injuries", "Six of them") in _read(
        "The clinic treated 52 injured people. Six of them are in a critical condition."
    )


def test_a_part_with_a_verb_of_its_own_is_not_the_group() -> None:
    kinds = _read("Police arrested 150 people. By Friday 40 of them had been released on bail.")
    assert ("arrests", "150 people") in kinds
    assert not any(k == "arrests" and q.startswith("40") for k, q in kinds)
    kinds = _read(
        "About 900 residents were evacuated, and 300 of them had returned home by Friday."
    )
    assert not any(k == "displaced" and q.startswith("300") for k, q in kinds)
    # a part that slept in a shelter is still displaced
    kinds = _read("About 900 residents were evacuated, and 300 of them slept in a sports hall.")
    assert ("displaced", "300") in kinds
    # "one of them" points at one person
    assert not any(
        q.startswith("one") for _, q in _read("Nine officers were hurt, one of them badly.")
    )


def test_groups_a_total_includes_take_its_kind() -> None:
    kinds = _read(
        "The dead included six soldiers, three police officers and two of the gunmen, "
        "the army said."
    )
    assert kinds == [
        ("deaths", "six soldiers"),
        ("deaths", "three police officers"),
        ("deaths", "two of the gunmen"),
    ]
    assert _read("The missing include 14 fishermen and a dozen tourists.") == [
        ("disappearances", "14 fishermen"),
        ("disappearances", "a dozen tourists"),
    ]
    # a new clause ends the list
    kinds = _read("The injured included 12 miners and police said 30 people were detained.")
    assert ("arrests", "30 people") in kinds


def test_every_part_of_an_including_list_takes_the_whole_kind() -> None:
    kinds = _read(
        "Monitors recorded 640 arrests in nine towns, including 41 minors, 12 lawyers "
        "and at least 20 journalists."
    )
    assert [k for k, q in kinds if q.endswith(("minors", "lawyers", "journalists"))] == [
        "arrests",
        "arrests",
        "arrests",
    ]
    # a figure with a verb of its own starts a clause: not a listed part
    kinds = _read(
        "At least 40 people have died, including six children, and 200 patients are in hospital."
    )
    assert ("count", "200 patients") in kinds


def test_people_in_lodgings_for_the_displaced_are_displaced() -> None:
    for text, quote in (
        (
            "About 1,300 villagers were taken to evacuation centres overnight.",
            "About 1,300 villagers",
        ),
        ("Officials said 900 people had to leave their homes.", "900 people"),
        ("Some 140 households remain in emergency accommodation.", "Some 140 households"),
        ("Scores of families are still living in tents and caravans.", "Scores of families"),
        ("Around 60 residents were left homeless by the fire.", "Around 60 residents"),
    ):
        assert ("displaced", quote) in _read(text), text
    # who aid is for is not where they live; soldiers at a camp are not displaced
    assert _read("The trucks carried aid for 8,000 people in camps near the border.") == [
        ("count", "8,000 people")
    ]
    assert _read("About 300 soldiers at the camp were put on alert.") == [
        ("count", "About 300 soldiers")
    ]


def test_what_happened_to_people_decides_their_kind() -> None:
    assert _read("The clinic said 45 marchers had needed hospital treatment.") == [
        ("injuries", "45 marchers")
    ]
    assert _read("Lawyers said they had lost track of 17 detainees.") == [
        ("disappearances", "17 detainees")
    ]
    assert _read("Monitors documented the deaths of 9 detainees in custody.") == [
        ("deaths", "9 detainees")
    ]
    # a sentence's length is not an arrest; people charged or released are counted
    assert _read("A court said 14 people were jailed for up to 30 days.") == [
        ("count", "14 people")
    ]
    kinds = _read("Officials said 51 had been charged and 212 had been released on bail.")
    assert kinds == [("count", "51"), ("count", "212")]
    assert _read("By noon 30 of them had been recaptured.") == [("arrests", "30")]


def test_a_figure_in_quotation_marks_reads_its_noun() -> None:
    kinds = _read('The minister said that "about 600" people had been detained.')
    assert [k for k, _ in kinds] == ["arrests"]


def test_a_relative_clause_belongs_to_its_own_noun() -> None:
    kinds = _read("Rebels freed hundreds of prisoners in a raid that killed at least 12 people.")
    assert kinds == [("count", "hundreds of prisoners"), ("deaths", "at least 12 people")]


def test_a_figure_a_pronoun_refers_back_to() -> None:
    kinds = _read("On Monday officials put the toll at 31; by Friday it stood at 47.")
    assert kinds == [("deaths", "31"), ("deaths", "47")]
    kinds = _read("Police arrested 40 people; later it stood at 12 degrees.")
    assert kinds == [("arrests", "40 people")]
    kinds = _read("It said 800 people had died at sea in 2023, and at least 90 since January 1.")
    assert [k for k, _ in kinds] == ["deaths", "deaths"]


def test_a_tally_after_a_vote_verb_is_two_vote_counts() -> None:
    kinds = _read("The assembly voted 44 to 12 in favour, and the amendment was lost 18-38.")
    assert [(k, q.split()[0]) for k, q in kinds] == [
        ("votes", "44"),
        ("votes", "12"),
        ("votes", "18"),
        ("votes", "38"),
    ]
    # a game's score is not a tally
    assert _read("United won 3-1 on Saturday.") == []


def test_shares_that_are_not_a_share_of_the_vote() -> None:
    text = (
        "The Unity party took 41.5% of the vote. With 97.3% of polling stations counted, "
        "the Liberals had fallen to 18.2%, their worst result in decades, and lost 20 seats. "
        "The currency rose 0.8% against the dollar and the bond yield fell to 3.9%."
    )
    kinds = _read(text)
    assert ("vote_share", "41.5% of the vote") in kinds
    assert ("percent", "97.3% of polling stations") in kinds
    assert ("vote_share", "18.2%") in kinds
    assert ("percent", "0.8%") in kinds
    assert ("percent", "3.9%") in kinds


def test_a_whole_told_in_its_own_right_is_its_own_figure() -> None:
    kinds = _read("The airline cancelled 230 of the 900 flights it had planned for Monday.")
    assert ("count", "900 flights") in kinds and ("count", "230") in kinds
    kinds = _read("Officials said 75 of the 610 inmates held at the prison had escaped.")
    assert ("count", "610 inmates") in kinds
    kinds = _read("The union speaks for about 1,900 of the company's 2,400 drivers.")
    assert ("count", "about 1,900") in kinds and ("count", "2,400 drivers") in kinds
    # a whole that only names the set stays in the part's quote
    assert _read("It won 71 of the 150 seats.") == [("count", "71 of the 150 seats")]


def test_a_part_after_its_group_is_named_first() -> None:
    assert ("injuries", "7") in _read("Of the 52 wounded, 7 are in intensive care.")
    # a verb of its own: the part is not the group
    assert ("count", "45") in _read("Of the 300 people arrested, 45 have been charged.")
    # a part whose own verb has a kind is read by it, with or without an auxiliary
    kinds = _read("Crews pulled 19 survivors from the rubble, four of whom later died.")
    assert ("deaths", "four") in kinds
