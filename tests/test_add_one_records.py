"""Makers set a slotted record's fields through the slots' own setters (decoding the
cache is the largest cost of adding one article), and give the record a plain
``object.__setattr__`` would."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from dossier import records
from dossier.model import AsOf, AsOfBasis, Claim, DateRange, Interval, Kind, Qualifier, Span


@dataclass(frozen=True, slots=True)
class Base:
    first: int


@dataclass(frozen=True, slots=True)
class Derived(Base):  # a field held by a slot of the base class
    second: str


@dataclass(frozen=True)
class Unslotted:  # fields in the instance's __dict__: no slot to set
    value: int


def _claim() -> Claim:
    return Claim(
        id="c1",
        source_id="s1",
        kind=Kind.DEATHS,
        value=Interval(low=Decimal(12), high=Decimal(12)),
        qualifier=Qualifier.EXACT,
        unit="people",
        subject="people",
        quote="12",
        span=Span(start=5, end=7),
        sentence="Some 12 people died.",
        sentence_span=Span(start=0, end=20),
        attributed_to=None,
        as_of=AsOf(range=DateRange(start=date(2024, 3, 1), end=None), basis=AsOfBasis.STATED),
        context_names=("Kesra",),
    )


def test_slots_are_set_through_their_descriptors() -> None:
    assert records._slot_setter(Span, "start") is not None
    assert records._slot_setter(Derived, "first") is not None  # found on the base class
    assert records._slot_setter(Unslotted, "value") is None


def test_records_of_every_shape_come_back_whole() -> None:
    value = (_claim(), Derived(1, "two"), Unslotted(3))
    back = records.loads(records.dumps(value))
    assert back == value
    claim = back[0]
    assert isinstance(claim, Claim)
    assert all(
        getattr(claim, f.name) == getattr(value[0], f.name) for f in fields(Claim)
    )  # context_names too, though it is left out of comparisons
    assert back[2].__dict__ == {"value": 3}
