"""Who a figure is attributed to."""

from __future__ import annotations

import pytest

from dossier.attribution import (
    attribute_block,
    attribute_sentence,
    carried_speaker,
    context_names,
    expand_agent,
    expand_name,
    last_organisation,
    name_index,
    named_body,
    without_article,
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


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # "X put the number/toll/figure at N"
        ("Port managers put the number of strikers at 2,100.", "2,100", "Port managers"),
        ("The fiscal council put growth at 1.2%.", "1.2%", "fiscal council"),
        ("Harbour officials put the toll at 40 on Friday.", "40", "Harbour officials"),
        ("Organisers counted 9,000, while police put the crowd at 3,000.", "3,000", "police"),
        # "X estimated N", "X's figures show N", "N, according to figures from X"
        ("Shipping agents estimate that 40 vessels are waiting.", "40", "Shipping agents"),
        ("The ministry's figures show 400 cholera cases.", "400", "ministry"),
        ("Red Cross figures show that 400 homes were destroyed.", "400", "Red Cross"),
        ("At least 40 people died, according to figures from the health ministry.", "40",
         "health ministry"),
        ("The fighting has killed hundreds of civilians, local rights groups say.", "hundreds",
         "local rights groups"),
        # an unnamed spokesperson speaks for the body; a named one is the speaker
        ("A spokesman for the Red Cross said 40 people died.", "40", "Red Cross"),
        ("Nine died, according to a spokeswoman for the port authority.", "Nine",
         "port authority"),
        ("A spokeswoman for the regional government said 300 homes were flooded.", "300",
         "regional government"),
        ("At least 40 people died, said Jane Doe, a spokeswoman for the Red Cross.", "40",
         "Jane Doe"),
        ("The agency's representative, Johan Lindqvist, said about 8,000 arrived.", "8,000",
         "Johan Lindqvist"),
        # the speaker is the noun heading the phrase, not a place or body after it
        ("Health officials in Kivani said at least 14 refugees had died.", "14",
         "Health officials"),
        ("Families of inmates told reporters they had counted at least 35 bodies.", "35",
         "Families of inmates"),
        ("Election observers from the regional security organisation noted problems at 35 "
         "polling stations.", "35", "Election observers"),
        ("An independent count commissioned by a group of news outlets estimated that 55,000 "
         "people took part.", "55,000", "independent count"),
        ("A 2023 audit by the national accounts office found 17 contractors had been paid "
         "twice.", "17", "national accounts office"),
        ("Harbour City Food Bank today announced that it distributed 1.4 million meals.", "1.4",
         "Harbour City Food Bank"),
        # a source at the end of the sentence speaks for every clause in it
        ("The Left won 31%, while the Greens took 12%, according to the electoral board.",
         "31%", "electoral board"),
        # a passive agent speaks only for the figure it follows
        ("Wages will rise by 4%, below the 7% demanded by unions.", "4%", None),
        ("Wages will rise by 4%, below the 7% demanded by unions.", "7%", "unions"),
    ],
)  # fmt: skip
def test_more_shapes_of_attribution(sentence: str, figure: str, expected: str | None) -> None:
    assert attribute_sentence(sentence, sentence.index(figure)) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # an acronym in brackets after the speaker's name is read past
        ("The number reached 117 million, the UN refugee agency (UNHCR) said on Thursday.",
         "117", "UN refugee agency"),
        # a role, then the person holding it
        ("At least 70 people were hurt, according to the medical director of the hospital, "
         "Dr Ana Ruiz.", "70", "Ana Ruiz"),
        # a speaker in a clause telling when or why is not the source
        ("Thousands marched on Sunday after the electoral council declared the result.",
         "Thousands", None),
        # a participle shares the sentence's subject, for the figures after it only
        ("The minister presented a €48 billion plan, pledging to cut the deficit to 3.1%.",
         "3.1%", "minister"),
        ("The minister presented a €48 billion plan, pledging to cut the deficit to 3.1%.",
         "€48", None),
        # "now", a study commissioned by someone, a belief, a recommendation
        ("The agency now puts the number of dead at 31.", "31", "agency"),
        ("A 2015 safety audit commissioned by the council found 9 of the 14 exits too narrow.",
         "9", "2015 safety audit"),
        ("Officials believe up to 3,000 more are stranded.", "3,000", "Officials"),
        ("The World Health Organization recommends coverage of at least 95%.", "95%",
         "World Health Organization"),
        # a statement still to come is none
        ("The company is due to report results, and expects to cut 500 jobs.", "500", None),
    ],
)  # fmt: skip
def test_sources_named_around_the_figure(sentence: str, figure: str, expected: str | None) -> None:
    got = attribute_sentence(sentence, sentence.index(figure))
    assert (got if got is None else without_article(got)) == expected


def test_names_a_body_or_a_document_goes_by() -> None:
    from dossier.attribution import acronyms, expand_document, introduced_by, named_body

    body = (
        "The number rose, the UN refugee agency (UNHCR) said. The World Health Organization "
        "(WHO) agreed, as did the U.N. humanitarian office (OCHA)."
    )
    assert acronyms(body) == {
        "UNHCR": "UN refugee agency",
        "WHO": "World Health Organization",
        "OCHA": "U.N. humanitarian office",
    }
    assert named_body("force", "Eleven were hurt, Greater Halton Police said.") == (
        "Greater Halton Police"
    )
    before = "The number rose, the UN refugee agency said on Thursday in its annual report."
    assert expand_document("report", before) == "UN refugee agency"
    before = "Eleven officers were hurt, the force said in a statement released on Sunday."
    assert expand_document("statement", before) == "force"
    assert introduced_by("The report also shows how unevenly the burden is shared.") == "report"
    assert introduced_by("The report shows that 40 died.") is None  # it has its own figure
    assert introduced_by("The minister said that the state would act.") is None
    assert last_organisation("The World Food Programme said it had reached them.") == (
        "World Food Programme"
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        # a new clause opened by "and" and a speaker gives the speaker only what follows
        (
            "About 200 volunteers searched the hills on Friday, and Okafor said more would come.",
            "200",
            None,
        ),
        (
            "Some 80 soldiers guarded the gates, and the interior ministry said talks had begun.",
            "80",
            None,
        ),
        # a trailing speaker still covers every clause before it
        (
            "Nine people died, and four of them were children, the district office said.",
            "four",
            "district office",
        ),
        # a relative clause describing the speaker is not what the speaker said
        ("“It is over,” said Rosa Imbert, who defended 12 of the strikers.", "12", None),
        (
            "“We are waiting,” he said outside the morgue, where about 40 families stood.",
            "40",
            None,
        ),
        # a relative clause inside what was said still is
        (
            "The agency said its appeal, which seeks $90 million, was underfunded.",
            "$90",
            "agency",
        ),
    ],
)
def test_speaker_of_another_clause(sentence: str, figure: str, want: str | None) -> None:
    assert attribute_sentence(sentence, sentence.index(figure)) == want


_SAID = "The flood killed 31 people in the valley, the regional health office said."


@pytest.mark.parametrize(
    ("sentence", "figure", "want"),
    [
        ("Of the dead, 12 were children.", "12", "regional health office"),
        ("Among them were 4 firefighters.", "4", "regional health office"),
        ("Five more are still unaccounted for.", "Five", "regional health office"),
        (
            "Six remain in hospital, two of them in a serious condition.",
            "two",
            "regional health office",
        ),
        # a sentence that moves on, or counts back only to its own figure
        ("About 2,000 volunteers joined the search on Sunday.", "2,000", None),
        ("Nine bridges were destroyed, among them three on the main road.", "three", None),
        ("More than 40 schools stayed shut.", "40", None),
    ],
)
def test_speaker_carried_to_a_sentence_going_on_with_the_count(
    sentence: str, figure: str, want: str | None
) -> None:
    first = next(k for k, c in enumerate(sentence) if c.isdigit() or c.isupper())
    end = sentence.index(" ", first)
    assert carried_speaker((_SAID,), sentence, first, end) == want


def test_nothing_carried_from_a_sentence_without_a_speaker() -> None:
    assert (
        carried_speaker(("The flood killed 31 people.",), "Of the dead, 12 were children.", 13, 15)
        is None
    )


@pytest.mark.parametrize(
    ("noun", "before", "want"),
    [
        ("company", "Tamsin-Orr, the packaging group, will close two mills.", "Tamsin-Orr"),
        ("firm", "Talks with the owner, Marrow Copper Inc. broke down.", "Marrow Copper Inc."),
        ("group", "Holt Brewing Group said sales fell.", "Holt Brewing Group"),
        ("agency", "a study by the Coastal Survey Office (CSO) found", "Coastal Survey Office"),
        # a name followed by "the company's ..." does not introduce the company
        ("company", "In Ravenna, the company's plant will shut.", "company"),
        ("company", "Output fell in March.", "company"),
    ],
)
def test_body_noun_stands_for_the_body_named(noun: str, before: str, want: str) -> None:
    assert named_body(noun, before) == want


def test_an_acronym_used_undefined_is_the_name_it_initials() -> None:
    from dossier.attribution import acronyms

    body = (
        "But the United Nations has been more cautious. The UN said it had verified 29 deaths. "
        "The World Health Organization sent a team, and the WHO said 12 had died. "
        "The EU, the UK and the US said nothing."
    )
    assert acronyms(body) == {"UN": "United Nations", "WHO": "World Health Organization"}


def test_a_report_published_by_a_body_is_that_body_s() -> None:
    from dossier.attribution import expand_document

    before = (
        "At least 400 people drowned last year, according to an annual report published on "
        "Monday by the Coastal Rescue Federation (CRF). Most were young men."
    )
    assert expand_document("report", before) == "Coastal Rescue Federation"
    before = "Deaths doubled, according to a study released by the Pell Institute, a think tank."
    assert expand_document("study", before) == "Pell Institute"


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Police have arrested 52 people after the match in Dunmore.", "52 people", "Police"),
        ("Prosecutors charged nine former guards with manslaughter.", "nine", "Prosecutors"),
        ("The mining inspectorate has opened 14 investigations.", "14", "mining inspectorate"),
        ("Local authorities closed 30 schools on Monday.", "30", "Local authorities"),
        # no actor: passive, a clause after the object, an intransitive verb, a secondary clause
        ("Eleven people were arrested on Friday.", "Eleven", None),
        ("Officials closed 8 clinics after staff fell ill at three of them.", "three", None),
        ("The inquiry opened in May and ran to 60 sittings.", "60", None),
        ("Riots broke out in 2019, when police detained 200 people.", "200", None),
        ("Rioters seized 19 guards.", "19", None),
        # a person's promise is theirs; a body's pledge is reported, not claimed
        ("Okafor has promised to build 2,000 homes a year.", "2,000", "Okafor"),
        ("The Harlow Trust has pledged $3 million to the fund.", "$3 million", None),
        ("Donors pledged $40 million in Geneva.", "$40 million", None),
        ("Denmark pledged $5 million in aid, the foreign ministry said.", "$5 million",
         "foreign ministry"),
        ("The union had asked for a 6% rise.", "6%", "union"),
    ],
)  # fmt: skip
def test_who_acted_or_asked(sentence: str, figure: str, expected: str | None) -> None:
    got = attribute_sentence(sentence, sentence.index(figure))
    assert (got if got is None else without_article(got)) == expected


def test_a_count_carried_on_or_the_speaker_s_own_thing_keeps_the_speaker() -> None:
    said = "The toll rose to 16, the regional fire service said on Friday."
    another = "Another 9 people are listed as missing."
    at = another.index("9")
    assert carried_speaker((said,), another, at, at + 1) == "regional fire service"
    its = "Its appeal for $80 million is 12% funded."
    at = its.index("$80")
    assert carried_speaker((said,), its, at, at + 3) == "regional fire service"
    own = "Nine schools were shut."
    assert carried_speaker((said,), own, 0, 4) is None


def test_a_described_body_is_found_by_its_common_noun() -> None:
    sentence = "Sales fell 8%, the Zurich-listed group said, below forecasts."
    assert attribute_sentence(sentence, sentence.index("8%")) == "group"


def test_a_conjunction_opening_the_sentence_is_not_part_of_the_speaker() -> None:
    sentence = "But Okafor said as many as 900 people were turned away."
    assert attribute_sentence(sentence, sentence.index("900")) == "Okafor"
