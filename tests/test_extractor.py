"""Claim extraction: hard cases one by one, the labelled set, and properties."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extractor import EXTRACTOR_VERSION, RULES, extract_claims
from dossier.model import Block, BlockRole, Claim, Kind, Source, SourceMeta, Span
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
