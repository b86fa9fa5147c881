"""Tables stored by column give back the same table."""

from __future__ import annotations

import pickle

import pytest

from dossier import tables


@pytest.mark.parametrize(
    "table",
    [
        {},
        {"index.html": (12, 1_700_000_000_123_456_789)},
        {"a/index.html": ("f1", 3, -4), "b/index.html": ("", 2**62, 0), "c": ("x\0y", 1, 1)},
        {"a": (1, "mixed"), "b": ("kinds", 2)},
        {"a": (2**70,), "b": (None,)},
        {"a": (), "b": ()},
        {"only": ("",)},
    ],
)
def test_round_trip(table: dict[str, tuple[object, ...]]) -> None:
    columns = tables.to_columns(table)
    back = tables.from_columns(pickle.loads(pickle.dumps(columns)))
    assert back == table and list(back) == list(table)


def test_numbers_and_texts_are_stored_as_columns() -> None:
    kinds = [kind for kind, _ in tables.to_columns({"a": ("f", 1), "b": ("g", 2)})[2]]
    assert kinds == ["s", "q"]


def test_paths_holding_the_separator_are_refused() -> None:
    with pytest.raises(ValueError):
        tables.to_columns({"a\0b": (1,)})


def test_damaged_columns_are_refused() -> None:
    joined, width, columns = tables.to_columns({"a": (1,), "b": (2,)})
    with pytest.raises(ValueError):
        tables.from_columns((joined + "\0c", width, columns))
