"""Record pickling: the same records back, frozen, by a maker per class."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass, field
from datetime import date
from decimal import Decimal

import pytest

from dossier import records
from dossier.model import AsOf, AsOfBasis, DateRange, Interval, Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Plain:
    name: str
    values: tuple[int, ...] = ()
    hidden: int = field(default=0, compare=False)


@dataclass(frozen=True, kw_only=True)
class WithDict:  # not slotted
    span: Span
    note: str | None = None


def test_records_come_back_equal_and_frozen() -> None:
    value = (
        Span(start=1, end=4),
        Interval(low=Decimal("1.5"), high=None),
        AsOf(range=DateRange(start=date(2024, 3, 1), end=date(2024, 3, 2)), basis=AsOfBasis.STATED),
        WithDict(span=Span(start=0, end=0), note="x"),
        Plain(name="p", values=(1, 2), hidden=7),
    )
    back = records.loads(records.dumps(value))
    assert back == value
    assert back[4].hidden == 7  # every field, compared or not
    with pytest.raises(FrozenInstanceError):
        back[0].start = 2  # type: ignore[misc]


def test_a_maker_stands_in_for_setstate() -> None:
    data = records.dumps(Span(start=1, end=2))
    assert b"_make__dossier__model__Span" in data
    assert b"__setstate__" not in data and b"Span" in pickle.dumps(Span(start=1, end=2))


def test_classes_a_maker_name_cannot_stand_for_are_pickled_as_usual() -> None:
    @dataclass(frozen=True)
    class Local:
        x: int

    assert records._maker_of(Local) is None  # qualified name holds dots
    with pytest.raises((pickle.PicklingError, AttributeError)):
        records.dumps(Local(1))  # as plain pickle would refuse it


def test_unknown_maker_names_are_refused() -> None:
    with pytest.raises(AttributeError):
        records.__getattr__("something_else")


def test_enum_members_are_pickled_by_name() -> None:
    data = records.dumps((AsOfBasis.STATED, AsOfBasis.INFERRED))
    assert records.loads(data) == (AsOfBasis.STATED, AsOfBasis.INFERRED)
    assert b"STATED" in data and b"builtins" in data  # getattr(AsOfBasis, "STATED")
