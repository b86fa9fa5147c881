"""Attribution as a reader follows it: an account told on over the sentences after its
source, names kept to well-formed noun phrases, and short references ("the agency",
"the company") read as the body the article introduced."""

from __future__ import annotations

import pytest

from dossier.attribution import acronyms, attribute_sentence
from dossier.attribution_carry import same_account
from dossier.attribution_names import referred_body
from dossier.attribution_speakers import well_formed
from dossier.extractor import extract_claims
from dossier.model import Kind
from tests.test_extractor import _source


def _attributions(text: str) -> dict[str, str | None]:
    return {
        c.quote: c.attributed_to
        for c in extract_claims(_source(text))
        if c.kind is not Kind.EVENT_DATE
    }


def _who(text: str, figure: str) -> str | None:
    found = {q: a for q, a in _attributions(text).items() if figure in q}
    assert found, f"no claim for {figure!r} in {_attributions(text)}"
    return next(iter(found.values()))


# --- an account told on over the next sentence -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        (
            "Exports fell 4.1% in the second quarter, the customs bureau said. "
            "Shipments of machinery were down 9.3% on a year earlier.",
            "9.3%",
            "customs bureau",
        ),
        (
            "According to the Lakeside Water Authority, the reservoir was at 41% of capacity "
            "on Monday. Reservoirs in the hill country stood at 28%.",
            "28%",
            "Lakeside Water Authority",
        ),
        (
            "The Dunmore Ambulance Trust said it answered 812 calls over the weekend. "
            "Night shifts handled 164 calls, up from 120 a week earlier.",
            "164 calls",
            "Dunmore Ambulance Trust",
        ),
    ],
)
def test_the_next_sentence_goes_on_with_the_account(text: str, figure: str, want: str) -> None:
    assert _who(text, figure) == want


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a quotation is the speaker's statement whole; what follows is the writer's
        (
            '"We have never seen numbers like this," said Ona Petraitis, who runs the shelter. '
            "Rents in the district rose 14% last year.",
            "14%",
        ),
        # a count of something new is the writer's narration
        (
            "The flood killed 31 people, the regional health office said. "
            "Seven bridges were swept away.",
            "Seven bridges",
        ),
        # another time: the writer recalls an earlier event
        (
            "The fire killed 23 people, the fire brigade said on Friday. "
            "In March 2019, a blaze in the same street killed 11 people.",
            "11 people",
        ),
        (
            "The port authority said 40 ships were waiting at anchor. "
            "That same year the harbour handled 3,200 ships.",
            "3,200 ships",
        ),
    ],
)
def test_narration_after_a_statement_stays_the_writers(text: str, figure: str) -> None:
    assert _who(text, figure) is None


def test_a_sentence_with_its_own_speech_verb_is_another_statement() -> None:
    assert not same_account(
        "The agency said prices rose 3%.", "Unions say pay rose only 1% over the period."
    )
    assert same_account("The agency said prices rose 3%.", "Rents were up 5.2%.")


# --- a speaker's phrase is one well-formed noun phrase ------------------------------


def _attr(sentence: str, figure: str) -> str | None:
    return attribute_sentence(sentence, sentence.index(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a time before the subject is not part of it
        ("Later that night the company said 14 flights had been cancelled.", "14", "the company"),
        ("At first light the ministry said 9 villages had been cut off.", "9", "the ministry"),
        # a year left before a document's owner
        ("A 2019 council report warned that 30% of the bridges were unsafe.", "30%", "council"),
        # the relative word closing the phrase
        (
            "He quoted from a 2018 audit by the water board which found that 41 pipes leaked.",
            "41",
            "water board",
        ),
        # a study noun inside a capitalised name is part of the name
        (
            "According to the charity Harbour Review, 312 boats were stopped last year.",
            "312",
            "charity Harbour Review",
        ),
        # a study published at some time by its author
        (
            "A poll published on Monday by the Meridian Institute found 58% support.",
            "58%",
            "Meridian Institute",
        ),
        # filings with a body are the body's records
        ("Filings with the regulator show the firm paid $2 million in fines.", "$2", "regulator"),
    ],
)
def test_a_speaker_is_a_well_formed_noun_phrase(sentence: str, figure: str, want: str) -> None:
    assert _attr(sentence, figure) == want


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a relative clause speaks of the clause before it, not the figure
        ("Exports grew 8% last year, which analysts say cannot last.", "8%"),
        # a speech verb used as a noun after a preposition
        ("A march against plans to close the port drew 3,000 people.", "3,000"),
        ("There was a rise in reports of 40 thefts a week.", "40"),
    ],
)
def test_no_speaker_from_a_broken_phrase(sentence: str, figure: str) -> None:
    assert _attr(sentence, figure) is None


def test_well_formed_keeps_names_and_acronyms() -> None:
    assert well_formed("WHO") == "WHO"
    assert well_formed("Lawyers for Justice") == "Lawyers for Justice"
    assert well_formed("officials at the ministry") == "officials at the ministry"
    assert well_formed("2021 census") == "2021 census"
    assert well_formed("which economists") is None


def test_an_acronym_set_off_after_a_description_is_the_name() -> None:
    text = (
        "The dockers' union, DWF, said 1,200 members had walked out. "
        "The UN's refugee agency (UNHCR) said 400 people had arrived."
    )
    found = acronyms(text)
    assert "DWF" not in found  # "the dockers' union" describes it; DWF names it
    assert found["UNHCR"] == "UN's refugee agency"


# --- a short reference is the body the article introduced ------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # a bare noun that only refers back: the last body named as a source
        (
            "Retail sales fell 2.1% in May, Norland Statistics said.\n\n"
            "Wages rose 4.4% in the same period, the agency said.",
            "4.4%",
            "Norland Statistics",
        ),
        (
            "The Vesna Rights Observatory said it had recorded 57 deaths in the region.\n\n"
            "The group says a further 12 people are missing.",
            "12 people",
            "Vesna Rights Observatory",
        ),
        # a reference whose words the full name holds
        (
            "The blaze started in a kitchen, according to the Calder and Mersey Fire "
            "and Rescue Service.\n\nThe fire service said 31 residents were moved out.",
            "31 residents",
            "Calder and Mersey Fire and Rescue Service",
        ),
        # a document named with its authors set off by commas
        (
            "A report came out on Monday.\n\n"
            "The report, by the Danube Monitoring Centre, lists 412 incidents.\n\n"
            "The report says 96 of them involved children.",
            "96",
            "Danube Monitoring Centre",
        ),
        # "and" inside a capitalised name keeps the name whole
        (
            "According to the Electoral and Boundaries Board, turnout was 61%.",
            "61%",
            "Electoral and Boundaries Board",
        ),
    ],
)
def test_a_short_reference_is_the_body_named_before(text: str, figure: str, want: str) -> None:
    assert _who(text, figure) == want


@pytest.mark.parametrize(
    ("np", "before", "want"),
    [
        # a reference with a modifier of its own names another body
        ("interior ministry", "The Kessel Rights Network said 40 people were held.", None),
        # "the company" is not a public body that spoke before it
        ("company", "The fire started at 2 a.m., the Aske Fire and Rescue Service said.", None),
        # people are not bodies
        ("agency", "Prices rose 3%, Maria Lind said.", None),
    ],
)
def test_a_reference_is_not_read_as_an_unrelated_body(
    np: str, before: str, want: str | None
) -> None:
    assert referred_body(np, before) == want


# --- a person named as the speaker, and a body called by its short name ---------------


def test_he_is_the_person_a_title_introduced() -> None:
    text = (
        "Halden Foods said it would shut two plants.\n\n"
        "Managing director Ingrid Aasheim-Berg described the decision as hard. "
        "The remaining plant would take on 300 workers, she said."
    )
    assert _who(text, "300 workers") == "Ingrid Aasheim-Berg"


def test_it_is_the_body_its_short_name_stands_for() -> None:
    text = (
        "Norwick Group, a maker of ceramic tiles, said on Monday it would cut jobs.\n\n"
        "Norwick said staff would be offered retraining. "
        "It expects the cuts to save 14 million euros a year."
    )
    assert _who(text, "14 million euros") == "Norwick"


def test_a_passive_report_goes_on_with_the_account() -> None:
    text = (
        "According to the weekly bulletin of the Ministry of Health, the port district has "
        "recorded 840 cases. The hill district follows, where 310 cases have been reported."
    )
    assert _who(text, "310 cases") == "Ministry of Health"
    assert same_account("The ministry said 840 cases were recorded.", "310 cases were reported.")
    assert not same_account("The ministry said 840 cases.", "Doctors reported 310 cases.")


# --- findings heard, studies as subjects, documents listing figures -----------------


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        ("The tribunal heard that 9 guards had been on duty that night.", "9", "tribunal"),
        ("The driver had been paid £400, the court heard, and had lied.", "£400", "court"),
        ("The coastguard's second update of the night: 31 rescued, 4 missing.", "31",
         "coastguard"),
        ("The health ministry's weekly bulletin: 85 cases, 2 deaths.", "85", "health ministry"),
    ],
)  # fmt: skip
def test_findings_heard_and_documents_listing_figures(
    sentence: str, figure: str, want: str
) -> None:
    assert _attr(sentence, figure) == want


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Neighbours heard 12 shots just after midnight.", "12"),
        ("The main points: 40 shelters are open.", "40"),
    ],
)
def test_what_was_heard_or_listed_by_no_one_has_no_speaker(sentence: str, figure: str) -> None:
    assert _attr(sentence, figure) is None


def test_it_is_the_author_of_the_study_that_opened_the_sentence_before() -> None:
    text = (
        "Many of the miners never worked again.\n\n"
        "A study by the Institute of Mining Health, published in 2021, followed 300 of "
        "them. It found that 41% had lung damage."
    )
    assert _who(text, "41%") == "Institute of Mining Health"


def test_who_blames_a_figure_gives_it() -> None:
    assert _attr("The operator blamed a 14% rise in fuel prices for the losses.", "14%") == (
        "operator"
    )
    assert _attr("The firm was blamed for 12 deaths.", "12") is None  # passive: no speaker
