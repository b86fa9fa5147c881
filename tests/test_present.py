"""How figures read: numbers in words as num2words writes them, bounds spelled out."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from dossier.model import Interval
from dossier.present import bounds, number_in_words


@given(st.integers(min_value=0, max_value=10**16))
def test_whole_numbers_in_words_as_num2words_writes_them(n: int) -> None:
    assert number_in_words(Decimal(n)) == num2words(n)


@given(st.integers(min_value=0, max_value=10**16), st.integers(min_value=0, max_value=5))
def test_scaled_values_in_words_as_num2words_writes_them(n: int, places: int) -> None:
    value = Decimal(n).scaleb(-places)  # "1062", "51.2", "1.50", "7.000"
    expected = num2words(int(value) if value == value.to_integral_value() else value)
    assert number_in_words(value) == expected


def test_round_figures_and_and() -> None:
    assert number_in_words(Decimal("1062")) == "one thousand and sixty-two"
    assert number_in_words(Decimal("101000")) == "one hundred and one thousand"
    assert number_in_words(Decimal("1000100")) == "one million, one hundred"
    assert number_in_words(Decimal("12.0")) == "twelve"


def test_bounds_spell_out_the_interval() -> None:
    assert bounds(Interval(low=Decimal(12), high=Decimal(12))) == "exactly 12"
    assert bounds(Interval(low=Decimal(11), high=Decimal(17))) == "from 11 to 17"
    assert bounds(Interval(low=Decimal(700), high=None)) == "from 700 with no upper bound"
    assert bounds(Interval(low=None, high=Decimal("1062"))) == "no lower bound to 1,062"


def test_num2words_is_imported_only_when_a_figure_needs_it() -> None:
    """Importing it costs every build; most builds write every figure without it."""
    script = (
        "import sys; import dossier.present as p; "
        "from decimal import Decimal; "
        "assert p.number_in_words(Decimal(12)) == 'twelve'; "
        "assert 'num2words' not in sys.modules; "
        "p.number_in_words(Decimal('2.5')); "
        "assert 'num2words' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
