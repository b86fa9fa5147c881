"""Round six: a subject with one more qualifying word names the same measure."""

from __future__ import annotations

import pytest

from dossier.model import Kind
from dossier.reconcile_signature import _settle


@pytest.mark.parametrize(
    ("longer", "shorter"),
    [
        ("subject:suspected cholera case", "subject:cholera case"),
        ("subject:key interest rate", "subject:key rate"),
        ("subject:registered asylum seeker", "subject:asylum seeker"),
        ("subject:homes flood damaged ~hit", "subject:homes damaged ~hit"),
    ],
)
def test_one_more_qualifier_joins_the_shorter_subject(longer: str, shorter: str) -> None:
    settled = _settle(Kind.COUNT, [longer, shorter])
    assert settled[longer] == settled[shorter]


@pytest.mark.parametrize(
    "keys",
    [
        # two rival qualifiers of one subject: neither joins it
        [
            "subject:cholera case",
            "subject:confirmed cholera case",
            "subject:suspected cholera case",
        ],
        # a one-word subject says too little to join on
        ["subject:case", "subject:measles case"],
        # what the counted things did must match too
        ["subject:miners trapped ~trap", "subject:miners trapped below ~rescue"],
    ],
)
def test_ambiguous_or_thin_subjects_stay_apart(keys: list[str]) -> None:
    settled = _settle(Kind.COUNT, keys)
    assert len(set(settled.values())) == len(keys)
