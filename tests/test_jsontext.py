"""The indented JSON writer gives exactly ``json.dumps``'s text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier import jsontext

SCALARS = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=False)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(VALUES, st.integers(min_value=0, max_value=4), st.booleans())
def test_same_text_as_json_dumps(value: object, indent: int, sort_keys: bool) -> None:
    expected = json.dumps(value, indent=indent, ensure_ascii=False, sort_keys=sort_keys)
    assert jsontext.dumps(value, indent=indent, sort_keys=sort_keys) == expected


def test_non_string_keys_are_refused() -> None:
    with pytest.raises(TypeError):
        jsontext.dumps({1: "one"}, indent=1)
