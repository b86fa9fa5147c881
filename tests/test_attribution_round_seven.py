"""Attribution: a body's document speaks for its owner, publishers named in other words,
articles that set out one body's document, and bodies called by a noun with a modifier."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.attribution import attribute_sentence, named_body, publisher
from dossier.attribution_carry import document_publisher
from dossier.extractor import extract_claims
from dossier.model import Kind, SourceMeta
from tests.test_extractor import _source


def _attr(sentence: str, figure: str) -> str | None:
    return attribute_sentence(sentence, sentence.index(figure))


def _attributions(text: str, outlet: str | None = None) -> dict[str, str | None]:
    source = _source(text)
    if outlet is not None:
        source = replace(source, meta=SourceMeta(outlet=outlet))
    return {
        c.quote: c.attributed_to for c in extract_claims(source) if c.kind is not Kind.EVENT_DATE
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # what a body made or keeps is the body's word
        ("The water board's monthly tally found 61 wells dry.", "61", "water board"),
        ("The Harbour Trust's analysis found that 230 tenancies had ended.", "230",
         "Harbour Trust"),
        ("Enrolment fell to 83 percent, according to the ministry's vaccination programme.",
         "83", "ministry"),
        ("The airline's passenger manifest listed 112 names.", "112", "airline"),
        ("The Inspector General's preliminary findings put the losses at 9 million euros.",
         "9 million", "Inspector General"),
        # an office, an agency or a named programme is a body of its own
        ("The UN's humanitarian office said 400 families had arrived.", "400",
         "UN's humanitarian office"),
        ("The city's health department said 14 people were treated.", "14",
         "city's health department"),
        # experts, analysts and academics can give a figure
        ("Public health experts estimate that 95 percent coverage is needed.", "95",
         "Public health experts"),
        ("Market analysts say revenue will reach $3 billion.", "$3 billion",
         "Market analysts"),
        # ... but the narrator's own sentence about them stays the narrator's
        ("Some 40 analysts attended the briefing.", "40", None),
    ],
)  # fmt: skip
def test_a_document_speaks_for_its_owner(sentence: str, figure: str, want: str | None) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("the ") if got else got) == want


@pytest.mark.parametrize(
    ("outlet", "body", "want"),
    [
        # the same words in another order, and a few more
        ("Norland Ministry of Transport",
         "The Ministry of Transport of the Kingdom of Norland today opened 14 bridges.",
         "Ministry of Transport of the Kingdom of Norland"),
        ("Kessa Water Authority", "Today the Water Authority of Kessa tested 300 wells.",
         "Water Authority of Kessa"),
        # a name missing one of the outlet's words is not the outlet
        ("Kessa Ministry", "The Ministry of Health said 30 clinics had opened.", None),
        # a name holding only some of the outlet's words is another body
        ("Norland Ministry of Transport", "The Ministry of Health of Norland said 20 died.",
         None),
    ],
)  # fmt: skip
def test_an_outlet_named_in_other_words(outlet: str, body: str, want: str | None) -> None:
    assert publisher(outlet, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The first results of the 2021 farm census, released by the Rural Statistics Office "
         "on Monday, show a country with fewer and larger farms. Here is what they say.",
         "Rural Statistics Office"),
        ("A report published on Tuesday by Harbour Watch says 300 boats were seized.",
         "Harbour Watch"),
        ("A new survey by the Lindqvist Institute shows that 54% of tenants pay too much.",
         "Lindqvist Institute"),
        ("PORTVALE — A study carried out by the Coastal Research Unit found that 40 percent "
         "of the dunes had gone.", "Coastal Research Unit"),
        # a report named after the figures does not make the article the report's
        ("At least 230 people drowned last year, according to a report published on Monday "
         "by the Sea Rescue Office.", None),
        ("The report was released as police found 40 bodies near the river on Monday.", None),
        # a document with no issuer named, or the issuer named only by a day
        ("A new survey shows that 54% of tenants in the city pay more than they can afford.",
         None),
        ("The figures, published by Thursday's deadline, show that 20 schools will close.",
         None),
    ],
)  # fmt: skip
def test_an_article_that_sets_out_a_document(body: str, want: str | None) -> None:
    assert document_publisher(body) == want


def test_the_document_s_issuer_speaks_for_the_article_s_own_figures() -> None:
    text = (
        "The first results of the 2022 housing census, released by the Norland Statistics "
        "Agency on Monday, show a country that rents more than it owns.\n"
        "The country had 2,140,000 homes on census night, up 6% from 2012.\n"
        "Mayor Ana Ruiz said 3,000 new homes would be built in the capital."
    )
    got = _attributions(text, outlet="The Norland Courier")
    assert got["2,140,000 homes"] == "Norland Statistics Agency"
    assert got["3,000 new homes"] == "Ana Ruiz"


def test_a_news_story_citing_a_report_keeps_its_own_voice() -> None:
    text = (
        "At least 230 people drowned off the coast last year, according to a report "
        "published on Monday by the Sea Rescue Office.\n"
        "The town has 40,000 residents and two lifeboats."
    )
    got = _attributions(text, outlet="The Norland Courier")
    assert got["40,000 residents"] is None


@pytest.mark.parametrize(
    ("np", "before", "want"),
    [
        ("bus company", "The coach, run by the private company Andes Rutas, crashed.",
         "Andes Rutas"),
        ("state agency", "The Coastal Migration Office said on Monday.",
         "Coastal Migration Office"),
        # with no such body named, the phrase stays as written
        ("bus company", "The coach crashed on a bend.", "bus company"),
        # a body of another kind is not the one meant
        ("bus company", "The Coastal Migration Office said on Monday.", "bus company"),
    ],
)  # fmt: skip
def test_a_body_called_by_a_noun_with_a_modifier(np: str, before: str, want: str) -> None:
    assert named_body(np, before) == want
