"""Big ``{path: (value, ...)}`` tables kept between builds, stored by column.

The output folder's state and the page manifest have an entry per page
(90,000 at 5,000 articles).  Pickled as dicts they take a tenth of a second
each way; as one string of paths, one of text values and arrays of numbers
they take a few hundredths: splitting a string and reading an array are
single calls, where a dict of tuples is unpickled object by object.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping
from typing import Any

SEPARATOR = "\0"  # never in a path, nor in the text values stored here

Row = tuple[Any, ...]
Columns = tuple[str, int, tuple[Any, ...]]


def to_columns(table: Mapping[str, Row]) -> Columns:
    """``table`` as (paths, row length, one column per position); rows must be of one length."""
    rows = list(table.values())
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("rows of different lengths")
    return of_columns(list(table), *([row[n] for row in rows] for n in range(width)))


def of_columns(paths: list[str], *values: list[Any]) -> Columns:
    """The table of ``paths`` whose rows are the ``values`` lists taken side by side."""
    if any(len(column) != len(paths) for column in values):
        raise ValueError("columns of different lengths")
    return _joined(paths), len(values), tuple(_column(column) for column in values)


def from_columns(columns: Columns) -> dict[str, Row]:
    joined, width, stored = columns
    paths = joined.split(SEPARATOR) if joined else []
    values = [_values(column, len(paths)) for column in stored]
    if width == 0:
        return dict.fromkeys(paths, ())
    return dict(zip(paths, zip(*values, strict=True), strict=True))


def _joined(texts: list[str]) -> str:
    joined = SEPARATOR.join(texts)
    if joined.count(SEPARATOR) != max(0, len(texts) - 1) or texts == [""]:
        raise ValueError("a text holds the separator, or is the only one and empty")
    return joined


def _column(values: list[Any]) -> tuple[str, Any]:
    if values and all(type(v) is int for v in values):
        try:
            return "q", array("q", values).tobytes()
        except OverflowError:
            pass
    if values and all(type(v) is str for v in values):
        try:
            return "s", _joined(values)
        except ValueError:
            pass
    return "o", values


def _values(column: tuple[str, Any], count: int) -> list[Any]:
    kind, stored = column
    if kind == "q":
        numbers = array("q")
        numbers.frombytes(stored)
        values: list[Any] = numbers.tolist()
    elif kind == "s":
        values = stored.split(SEPARATOR)
    else:
        values = list(stored)
    if len(values) != count:
        raise ValueError("a column of another length")
    return values
