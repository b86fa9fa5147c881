"""Who a figure is attributed to."""

from __future__ import annotations

import pytest

from dossier.attribution import (
    attribute_block,
    attribute_sentence,
    context_names,
    expand_name,
    name_index,
)


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        ("Since Monday, 11 civilians have been killed, according to NGOs, while", "11", "NGOs"),
        (
            "The prosecutor’s office reported 77 injuries among security forces.",
            "77",
            "prosecutor’s office",
        ),
        ("He delivered, he’s delivering, 17 dead,” Almagro said.", "17", "Almagro"),
        (
            "Foro Penal, a Venezuelan non-governmental organization, stated that it has confirmed 11 deaths.",  # noqa: E501
            "11",
            "Foro Penal",
        ),
        ("Machado, updating the death toll, spoke of “16 murders” via X.", "16", "Machado"),
        ("The protests have so far left roughly a dozen dead.", "dozen", None),
        ("Firefighters rescued 74 residents, said fire chief Lena Brandt.", "74", "Lena Brandt"),
    ],
)
def test_attribute_sentence(sentence: str, figure: str, want: str | None) -> None:
    assert attribute_sentence(sentence, sentence.index(figure)) == want


def test_block_quote_speaker() -> None:
    assert (
        attribute_block("Senior Director Erika Guevara-Rosas criticized him. Rosas added:")
        == "Rosas"
    )


def test_expand_short_names() -> None:
    body = (
        "The secretary-general of the OAS, Luis Almagro, spoke. Senior Director at Amnesty "
        "International Erika Guevara-Rosas said. Attorney General Tarek William Saab claimed."
    )
    names = name_index(body)
    assert expand_name("Almagro", names) == "Luis Almagro"
    assert expand_name("Rosas", names) == "Erika Guevara-Rosas"
    assert expand_name("Attorney General Tarek William Saab", names) == "Tarek William Saab"


def test_context_names() -> None:
    names = context_names("The OAS met in Washington on Wednesday with Luis Almagro.")
    assert names == ("OAS", "Washington", "Luis Almagro")
