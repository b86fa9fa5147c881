"""Who a figure is attributed to."""

from __future__ import annotations

import pytest

from dossier.attribution import (
    attribute_block,
    attribute_sentence,
    context_names,
    expand_agent,
    expand_name,
    last_organisation,
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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officers seized 40 rifles in the raid on Monday, investigators said.", "investigators"),
        ("Turnout reached 61 percent in the recall vote, the state board announced Friday.",
         "state board"),
        ("Some 300 homes were flooded, the regional water authority said.",
         "regional water authority"),
        ("A 2021 census found 12,000 residents in the valley.", "2021 census"),
        ("The 5% raise sought by nurses was refused.", "nurses"),
        ("Nearly 900 people were treated, according to the agency's weekly bulletin.", "agency"),
        ("Only 30 percent, according to figures released by the transport office on Monday.",
         "transport office"),
    ],
)  # fmt: skip
def test_speaker_after_a_clause(sentence: str, expected: str) -> None:
    figure = next(i for i, c in enumerate(sentence) if c.isdigit())
    assert attribute_sentence(sentence, figure) == expected


def test_unnamed_body_expands_to_fullest_form() -> None:
    before = "The regional water authority opened shelters. Later the authority said"
    assert expand_agent("authority", before) == "regional water authority"
    assert last_organisation("The harbour office closed the port. ") == "harbour office"


def test_passive_report_has_no_speaker() -> None:
    s = "11 civilians have been killed, while a soldier was reported as the twelfth victim."
    assert attribute_sentence(s, s.index("the twelfth")) is None


def test_weekday_after_speech_verb_is_no_speaker() -> None:
    s = (
        "Foro Penal, a Venezuelan non-governmental organization, stated that as of Thursday "
        "morning it has confirmed 11 deaths."
    )
    assert attribute_sentence(s, s.index("11 deaths")) == "Foro Penal"
