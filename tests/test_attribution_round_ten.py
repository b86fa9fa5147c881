"""Attribution: an interview set out as questions on lines of their own gives the
answers' figures to the person its opening says was interviewed."""

from __future__ import annotations

import pytest

from dossier.attribution import attribute_sentence
from dossier.attribution_carry import interviewee
from dossier.extractor import extract_claims
from dossier.model import Kind
from tests.test_extractor import _source

_HEADED = """\
Floods cut the northern railway last month. Professor Anna Kovac, 61, leads the \
regional water authority. She spoke to the Gazette in her office.

## How bad is the damage?

We counted 320 damaged bridges along the line, and repairs will take a year.

## Who pays for it?

The treasury has not said. Our engineers need about 45 million dollars.
"""

_Q_LINES = """\
Mayor Tom Reyes has led the city through two hard winters. In an interview with the \
Courier, he talked about housing.

Q: How many people are sleeping outside?

About 400 people, by our last count in March.

Q: Is that more than last year?

Yes, it is up by 12 percent.
"""

_BOLD = """\
The harbour strike entered its third week on Monday. We sat down with union leader \
Marta Elling, 47, on the picket line.

**What do your members want?**

A raise of 9 percent, nothing less.

**How long can they hold out?**

The strike fund can pay 1,300 members for another month.
"""

# Questions for headings, but nobody interviewed: the article's own voice.
_EXPLAINER = """\
Dr. Lena Brandt, 52, runs the reservoir at Holm. Here is what the drought means.

## How low is the water?

The reservoir holds 38 percent of its capacity.

## What happens next?

Rationing may start in May.
"""

# An interview mentioned in a news story with no questions set out.
_NEWS = """\
Police arrested 14 people on Friday. Chief Inspector Ruth Hale, 44, said in an \
interview that more arrests were likely.

Was the raid a success? Officers seized 30 kilograms of powder.
"""


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (_HEADED, "Anna Kovac"),
        (_Q_LINES, "Tom Reyes"),
        (_BOLD, "Marta Elling"),
    ],
)
def test_an_interview_names_the_person_answering(text: str, person: str) -> None:
    assert interviewee(text) == person


@pytest.mark.parametrize("text", [_EXPLAINER, _NEWS])
def test_no_interview_without_both_questions_and_an_interview(text: str) -> None:
    assert interviewee(text) is None


def _attributions(text: str) -> dict[str, str | None]:
    claims = extract_claims(_source(text))
    return {c.quote: c.attributed_to for c in claims if c.kind is not Kind.EVENT_DATE}


def test_the_answers_figures_are_the_interviewees() -> None:
    got = _attributions(_BOLD)
    assert [who for quote, who in got.items() if "1,300" in quote] == ["Marta Elling"]


def test_an_explainer_keeps_its_own_voice() -> None:
    got = _attributions(_EXPLAINER)
    assert [who for quote, who in got.items() if "38 percent" in quote] == [None]


@pytest.mark.parametrize(
    ("sentence", "figure", "owner"),
    [
        (
            "The regional water directorate recorded 212 burst mains, according to its "
            "quarterly bulletin.",
            "212",
            "regional water directorate",
        ),
        (
            "The Harlow Food Bank handed out 9,200 parcels last year, according to its own "
            "annual report.",
            "9,200",
            "Harlow Food Bank",
        ),
        (
            "The city council approved 12 new schools, according to their latest figures.",
            "12",
            "city council",
        ),
    ],
)
def test_its_own_document_is_the_subjects(sentence: str, figure: str, owner: str) -> None:
    assert attribute_sentence(sentence, sentence.index(figure)) == owner


def test_a_figure_as_subject_is_not_the_documents_owner() -> None:
    sentence = "Deaths climbed to 40 last week, according to its bulletin."
    assert attribute_sentence(sentence, sentence.index("40")) != "Deaths"
