"""Attribution: statements that go on, studies and their authors, "he"/"she" resolved."""

from __future__ import annotations

import pytest

from dossier.attribution import attribute_sentence, carried_speaker, last_speaker

_SAID = "The regional water board said on Monday that 2,300 wells had been tested."


def _carry(earlier: tuple[str, ...], sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return carried_speaker(earlier, sentence, at, at + len(figure))


def _attr(sentence: str, figure: str) -> str | None:
    return attribute_sentence(sentence, sentence.index(figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a part of the group the statement counted
        ("Two of the worst affected were in the hill villages.", "Two"),
        ("Most live in 12 villages near the old tannery.", "12"),
        ("Many fled to 3 camps in the south.", "3"),
        ("Some of the 40 deepest were sealed.", "40"),
        # the time or the things the statement told of, referred back to
        ("In those three weeks, 180 failed a first test.", "180"),
        ("Over the same period 64 new wells were drilled.", "64"),
        # a pronoun going on in a continuous or reported tense
        ("It has been testing about 90 wells a day.", "90"),
        ("They had found arsenic in 31 of them.", "31"),
    ],
)
def test_a_sentence_referring_back_to_the_statement_takes_its_speaker(
    sentence: str, figure: str
) -> None:
    assert _carry((_SAID,), sentence, figure) == "regional water board"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # narration that moves on
        ("Seven bridges were swept away in the storm.", "Seven"),
        ("The town's mayor won 62% of the vote in 2021.", "62%"),
        # "those" opening a description, not referring back
        ("Those displaced by the flood number about 4,000.", "4,000"),
        ("The court ordered those convicted to pay 2 million marks.", "2 million"),
        # "nine of the" inside the sentence, not opening it
        ("The mayor carried nine of the 15 wards.", "nine"),
        # a pronoun describing
        ("It has 40 staff.", "40"),
    ],
)
def test_narration_after_a_statement_keeps_no_speaker(sentence: str, figure: str) -> None:
    assert _carry((_SAID,), sentence, figure) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a person introduced by age or a relative clause after the last speaker
        (
            "The union said talks had failed. Maria Okonkwo, 37, has driven buses for a decade.",
            "Maria Okonkwo",
        ),
        (
            "The ministry said roads were shut. Tomas Berg, who runs the depot, has just told "
            "reporters",
            "Tomas Berg",
        ),
        # a titled person acting, not speaking
        (
            "The agency said 12 had died. Health Minister Ana Ruiz rejected the figure.",
            "Ana Ruiz",
        ),
        # a place is not a person: the speaker stays
        ("Dr Lena Holt said beds were full. Callis General has closed a ward.", "Dr Lena Holt"),
    ],
)
def test_he_or_she_is_the_person_named_last(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        ("A poll by Ferrand Research for the Daily Post last week found 58% in favour.", "58%",
         "Ferrand Research"),
        ("An opinion poll published by the Halden Institute on May 2 found that 61% backed it.",
         "61%", "Halden Institute"),
        ("In a survey by the polling firm Opiniao Norte, 44% of respondents said they agreed.",
         "44%", "Opiniao Norte"),
        ("In a study published in June by the Centre for Road Safety, 12% of drivers admitted "
         "speeding.", "12%", "Centre for Road Safety"),
        ("The 2021 census counted 41,200 people in the district.", "41,200", "2021 census"),
        ("A damage assessment carried out with the Red Cross counted 900 homes destroyed.", "900",
         "damage assessment"),
        # the study's sponsor is not its author
        ("A 2019 review commissioned by the council found 6 of the 20 bridges unsafe.", "6",
         "2019 review"),
        # the author named after its description
        ("Some 300 stalls burned, according to an assessment by the market's managing body, "
         "the Harbour Trust.", "300", "Harbour Trust"),
    ],
)  # fmt: skip
def test_a_study_s_findings_take_its_author(sentence: str, figure: str, want: str) -> None:
    assert _attr(sentence, figure) == want


def test_a_speaker_named_after_a_study_that_is_theirs_speaks() -> None:
    sentence = "In its annual report, the fisheries agency said 3,100 boats were licensed."
    assert _attr(sentence, "3,100") == "fisheries agency"


def test_said_by_phone_is_still_said() -> None:
    sentence = "Ana Lopes, a nurse, said by phone that 14 patients had arrived overnight."
    assert _attr(sentence, "14") == "Ana Lopes"
