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


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a body or group that speaks in a relative clause holding the figure
        ("The toll is lower than that of the Lakeside Rights Forum, which documented 74 deaths.",
         "74", "Lakeside Rights Forum"),
        ("It is below the count given by relatives, who have always said more than 90 died.",
         "90", "relatives"),
        ("The figure was disputed by the Harbour Prison Watch, an independent monitor, which "
         "said on Friday that at least 31 inmates had died.", "31", "Harbour Prison Watch"),
        # a relative clause that tells no statement, or about a place, is not a speaker
        ("The town, which has 40,000 residents, lost power on Monday.", "40,000", None),
        ("Aid reached the camp, which holds 300 families.", "300", None),
        # a toll argued for is the arguer's
        ("The defence had argued for a toll of 52, citing the autopsy records.", "52",
         "defence"),
    ],
)  # fmt: skip
def test_speakers_in_relative_clauses(sentence: str, figure: str, want: str | None) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("the ") if got else got) == want


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a figure joined to the speaker's figure goes with it
        ("The Coastal Emergency Agency (CEA) now puts the toll at 17, with 9 people missing.",
         "9", "Coastal Emergency Agency"),
        ("The ministry estimates that 8,000 people were killed and some 40,000 displaced.",
         "40,000", "ministry"),
        # an acronym in brackets does not cut the body off from its verb
        ("The Coastal Emergency Agency (CEA) now puts the toll at 17.", "17",
         "Coastal Emergency Agency"),
        # a figure joined to one told in the writer's voice stays the writer's
        ("The storm killed 12 people and destroyed 40 homes.", "40", None),
        ("About 300 people live in the village, with 40 more in the hills.", "40", None),
    ],
)  # fmt: skip
def test_a_figure_joined_to_the_one_before(sentence: str, figure: str, want: str | None) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("The ").removeprefix("the ") if got else got) == want


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # "it" after a break in a sentence that opened on a body is that body
        ("The Coastal Rights Network has a higher count: it says its monitors recorded 64 "
         "arrests.", "64", "Coastal Rights Network"),
        ("The Harbour Board met on Monday, and it said 40 berths were closed.", "40",
         "Harbour Board"),
        # a person opening the sentence is not what "it" stands for
        ("Ana Ruiz visited the camp on Monday: it said 40 people were hurt.", "40", "it"),
        # an acronym with a hyphen in brackets does not cut the body off from its verb
        ("The General Union of Dockers (GUD-N), which called the strike, says 9,000 joined.",
         "9,000", "General Union of Dockers"),
        # an appeal launched for a sum is the appealer's
        ("The Red Crescent has launched an emergency appeal for $4 million.", "$4 million",
         "Red Crescent"),
    ],
)  # fmt: skip
def test_a_body_named_at_the_sentence_s_opening(
    sentence: str, figure: str, want: str | None
) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("The ").removeprefix("the ") if got else got) == want


@pytest.mark.parametrize(
    ("speaker", "want"),
    [
        # a document made by a body is the body's
        ("figures supplied to the paper by the Port Authority in May", "Port Authority"),
        ("a consensus compiled by the company", "company"),
        ("figures the prison service provided to the committee", "prison service"),
        ("the final Kvist Research poll", "Kvist Research"),
        ("the agency's morning", "the agency"),
        ("the Ombudsman's preliminary findings", "Ombudsman"),
        # a part of a body speaks for the body named before
        ("Its legal committee", "it"),
        ("its press office", "it"),
        # a document seen or obtained by a newspaper is not the newspaper's
        ("court records seen by the Valley Herald", "court records seen by the Valley Herald"),
        # people of a body, and a body's office, speak for themselves
        ("its operators", "its operators"),
        ("the UN's humanitarian office", "the UN's humanitarian office"),
        ("residents reached by telephone", "residents reached by telephone"),
    ],
)
def test_a_document_s_maker_speaks(speaker: str, want: str) -> None:
    from dossier.attribution_speakers import _owner

    assert _owner(speaker) == want


def test_it_after_a_body_s_own_document() -> None:
    from dossier.attribution import last_organisation

    assert last_organisation("The union's own count found 80 arrests. ") == "union"


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a capitalised office before its holder's name set off by commas: the holder
        ("The Transport Secretary, Ruth Okafor, told MPs the line cost £90 million.",
         "£90 million", "Ruth Okafor"),
        ("The Chief Constable, Mark Ellis, said 40 officers were hurt.", "40", "Mark Ellis"),
        # a short rank before the name does not end the sentence
        ("The toll could reach 50, a navy spokeswoman, Lt. Ana Varga, told reporters.", "50",
         "Ana Varga"),
        # a body's name set off after another body is not a holder
        ("Kessler-Lund, Maria Lund, said 40 jobs would go.", "40", "Kessler-Lund"),
    ],
)  # fmt: skip
def test_an_office_and_its_holder(sentence: str, figure: str, want: str) -> None:
    assert _attr(sentence, figure) == want


def test_the_bank_is_not_the_bank_it_is_called() -> None:
    before = "The National Bank of Arveland held rates. The Bank now forecasts growth of 2%."
    assert named_body("bank", before) == "National Bank of Arveland"


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # an opening conjunction or subordinator is no part of the speaker
        ("But the agency says that some 205,000 remain in the country.", "205,000", "agency"),
        ("Most homes were rebuilt, though the housing ministry says around 1,450 families "
         "never returned.", "1,450", "housing ministry"),
        ("Since the ministry reported 40 deaths, aid has doubled.", "40", "ministry"),
        # a speaker in a clause opened by "since" does not give the figure after that clause
        ("Since a truth commission reported in 2018, prosecutors have opened 37 inquiries.",
         "37", None),
        # "last" before a verb is when, not who
        ("The board last raised the levy by 4 per cent in 2012.", "4", "board"),
        # a place set off after "in the capital" is not a spokesperson
        ("Its office in the capital, Dravik, said more than 55 were missing.", "55", "it"),
        ("The mayor of the city, Ana Ruiz, said 40 homes were lost.", "40", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_words_that_are_not_the_speaker(sentence: str, figure: str, want: str | None) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("the ") if got else got) == want


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a figure inside a clause that tells when or after what, following its verb
        ("The strike began in May, after the government announced fee rises of up to 40 "
         "percent.", "40", "government"),
        ("The walkout peaked on 3 March, when the education department estimated that 61% of "
         "schools were shut.", "61%", "education department"),
        # ... but not a figure before that clause, or after its end
        ("Thousands marched on Sunday after the electoral council declared the result.",
         "Thousands", None),
        # an aside closed by a comma before "also" still sets off the speaker
        ("The agency's noon bulletin, its ninth since the storm, also listed 212 people "
         "injured.", "212", "agency"),
        # a body described as one pledges in the writer's voice; a person promises
        ("Gavi, the vaccine alliance, has pledged $1.2 million to cover vaccines.", "$1.2",
         None),
        ("Ana Ruiz, the mayor, has pledged 3,000 new homes.", "3,000", "Ana Ruiz"),
        # claiming responsibility is an act, not a count
        ("The Northern Front has claimed responsibility for at least six attacks this year.",
         "six", None),
    ],
)  # fmt: skip
def test_clauses_and_asides(sentence: str, figure: str, want: str | None) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("the ") if got else got) == want


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a live blog entry carrying on someone's words
        ("15:05 More from Ferrante: 23 people have been treated for burns.", "23", "Ferrante"),
        ("More from the fire chief: 40 homes have been lost.", "40", "fire chief"),
        # "more than" is no entry heading
        ("More than 40 people came from the villages.", "40", None),
        # a commission credits a candidate with votes
        ("The commission credited Ana Ruiz with 48,213 votes.", "48,213", "commission"),
        # ... but someone credited with a deed is not a source
        ("He is credited with saving 40 lives.", "40", None),
    ],
)  # fmt: skip
def test_entries_and_credits(sentence: str, figure: str, want: str | None) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("the ") if got else got) == want


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a part of the group the speaker counted, joined by ", and"
        ("The toll was put at 112 by the inquiry, and the bodies of 30 of those victims were "
         "never found.", "30", "inquiry"),
        ("Police said 40 people were arrested, and 12 of them were charged.", "12", "Police"),
        # a part of a group told in the writer's voice stays the writer's
        ("The storm killed 40 people, and 12 of them were children.", "12", None),
    ],
)  # fmt: skip
def test_a_part_of_the_group_counted_before(sentence: str, figure: str, want: str | None) -> None:
    got = _attr(sentence, figure)
    assert (got.removeprefix("the ") if got else got) == want
