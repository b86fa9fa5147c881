"""A speaker carried to sentences that go on with their statement, and not to the writer's own."""

from __future__ import annotations

import pytest

from dossier.attribution import carried_speaker

_TOLL = "The toll rose to 22, the coastal rescue service said on Monday."
_INDIRECT = "The labour ministry said 310 workers had been laid off at the port."


def _carry(earlier: tuple[str, ...], sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return carried_speaker(earlier, sentence, at, at + len(figure))


@pytest.mark.parametrize(
    ("earlier", "sentence", "figure", "want"),
    [
        # the count goes on in the clause of the first figure
        ((_TOLL,), "Five people are still missing, among them a diver.", "Five",
         "coastal rescue service"),
        # a bare count refers back to the one before
        (("Thirty were detained, the port police said.",), "Nine were charged with theft.", "Nine",
         "port police"),
        # a pronoun going on with what the speaker found
        (("According to the audit, 40 clinics had no doctor.",), "It found that 12 had no nurse.",
         "12", "audit"),
        # reported tense after an indirect statement
        ((_INDIRECT,), "About 90 of them had worked there for over a decade.", "90",
         "labour ministry"),
        # carried through a sentence that itself goes on
        ((_TOLL, "It also listed 40 injured."), "Of those, 6 are in hospital.", "6",
         "coastal rescue service"),
    ],
)  # fmt: skip
def test_a_sentence_going_on_with_a_statement_takes_its_speaker(
    earlier: tuple[str, ...], sentence: str, figure: str, want: str
) -> None:
    assert _carry(earlier, sentence, figure) == want


@pytest.mark.parametrize(
    ("earlier", "sentence", "figure"),
    [
        # the writer moves on: no sign of going on
        ((_TOLL,), "About 300 homes lost power.", "300"),
        ((_INDIRECT,), "The port opened in 1962 and employs 2,000 people.", "2,000"),
        # a pronoun describing, not speaking
        ((_TOLL,), "It is one of 14 stations on the coast.", "14"),
        # reported tense, but the sentence has a speaker of its own
        ((_INDIRECT,), "A union official said 40 had been offered other jobs.", "40"),
        # reported tense after a statement that is not indirect
        ((_TOLL,), "Divers had searched 12 wrecks.", "12"),
        # nothing to carry
        ((), "Of those, 6 are in hospital.", "6"),
        (("The storm hit at dawn.",), "Of those, 6 are in hospital.", "6"),
    ],
)
def test_the_writer_s_own_sentence_keeps_no_speaker(
    earlier: tuple[str, ...], sentence: str, figure: str
) -> None:
    assert _carry(earlier, sentence, figure) is None


def test_he_or_she_going_on_is_left_for_the_article_to_name() -> None:
    said = "Mayor Ines Vidal said the city would borrow money."
    assert _carry((said,), "She blamed a 4% rise in costs.", "4%") == "she"
