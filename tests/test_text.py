"""The characters for which lower-case matching stands in badly for case-blind matching."""

from __future__ import annotations

import re
import sys

from dossier.text import LOWER_UNSAFE, lower_for_matching


def test_lower_unsafe_characters_are_exactly_those_that_break_lower_case_matching() -> None:
    ascii_blind = re.compile(r"[a-z]", re.IGNORECASE)
    classes = [re.compile(p) for p in (r"\w", r"\s", r"\d", r"[A-Za-zÀ-ÿ]")]
    unsafe = set()
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        low = char.lower()
        if low == char:
            if code > 127 and ascii_blind.fullmatch(char):
                unsafe.add(char)  # matches an ASCII letter case-blind
            continue
        if len(low) != 1:
            unsafe.add(char)
        elif code > 127 and ascii_blind.fullmatch(char):
            unsafe.add(char)  # matches an ASCII letter case-blind
        elif any(bool(c.fullmatch(char)) != bool(c.fullmatch(low)) for c in classes):
            unsafe.add(char)  # changes class when lowered
    assert unsafe == set(LOWER_UNSAFE)


def test_lower_for_matching() -> None:
    assert lower_for_matching("On Sunday, July 28 “Forty”") == "on sunday, july 28 “forty”"
    assert lower_for_matching("Auguſt 5") is None
    assert lower_for_matching("İstanbul") is None
