"""Reading figures from text: the case table in extraction_cases/numbers.yaml."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from dossier.numbers import find_ordinals, find_quantities

CASES = yaml.safe_load((Path(__file__).parent / "extraction_cases" / "numbers.yaml").read_text())


def _dec(v: object) -> Decimal | None:
    return None if v is None else Decimal(str(v))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_number_cases(case: dict) -> None:
    got = [
        (q.surface, q.value.low, q.value.high, q.qualifier.value, q.unit)
        for q in find_quantities(case["text"])
    ]
    want = [(s, _dec(lo), _dec(hi), qual, unit) for s, lo, hi, qual, unit in case["want"]]
    assert got == want


def test_ordinals() -> None:
    text = "the twelfth victim, the 3rd floor, the twenty-first day"
    assert [n for _, n in find_ordinals(text)] == [12, 3, 21]


@given(st.text(max_size=200))
def test_any_text_spans_slice_back(text: str) -> None:
    for q in find_quantities(text):
        assert q.span.slice(text) == q.surface
