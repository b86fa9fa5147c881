"""Attribution: roles set off before their holders, pronouns for people, bodies named later.

Every sentence here is written for these tests.  Each rule is checked on
what it must catch and on what it must leave alone.
"""

from __future__ import annotations

from dossier import attribution as attr
from dossier.attribution_names import named_body, referred_body
from dossier.model import Kind
from tests.test_extractor import _claims


def _who(text: str, quote: str) -> str | None:
    """Who the claim quoting ``quote`` in ``text`` is attributed to."""
    for claim in _claims(text):
        if claim.kind is not Kind.EVENT_DATE and claim.quote.startswith(quote):
            return claim.attributed_to
    raise AssertionError(f"no claim {quote!r} in {[c.quote for c in _claims(text)]}")


# A role held of or in somewhere, then its holder set off by commas.


def test_holder_of_a_role_of_a_place_speaks() -> None:
    assert _who("The mayor of Port Avel, Jonas Kirre, said 300 homes were flooded.", "300") == (
        "Jonas Kirre"
    )


def test_holder_of_a_role_in_a_party_speaks() -> None:
    text = (
        "The leader of the opposition Green Front, Ana Dobre, said her party had found "
        "problems at more than 300 polling stations."
    )
    assert _who(text, "more than 300") == "Ana Dobre"


def test_holder_of_a_role_in_a_place_speaks() -> None:
    text = "Its representative in Marsa, Peter Lund, told reporters 400 families had arrived."
    assert _who(text, "400") == "Peter Lund"


def test_body_described_by_its_place_is_named_after() -> None:
    text = "The water agency in Port Avel, Kessel Water, said 300 homes had no supply."
    assert _who(text, "300") == "Kessel Water"


def test_people_in_a_place_are_not_the_place() -> None:
    assert _who("Officials in the capital, Kastelli, said 40 shops were closed.", "40") == (
        "Officials"
    )


def test_a_body_described_after_its_name_keeps_its_name() -> None:
    text = "The Harbour Trust, a charity in Port Avel, said 300 boats were damaged."
    assert _who(text, "300") == "Harbour Trust"


# "He" and "she": the person the story named last.


def test_she_is_the_role_holder_named_after_said() -> None:
    text = (
        '"Nobody was spared," said the committee\'s chair, the former diplomat Anna Ferro. '
        "She said the committee had recorded 60 deaths."
    )
    assert _who(text, "60") == "Anna Ferro"


def test_he_is_the_titled_person_who_argued() -> None:
    text = (
        "In a dissent, Justice Rolf Brenner argued that the ruling was wrong. "
        "Fewer than 50 ballots were forged, he wrote."
    )
    assert _who(text, "Fewer than 50") == "Rolf Brenner"


def test_he_is_the_surname_that_denied() -> None:
    text = (
        "Martin Osei, the plant manager, was questioned for two days. Osei denied the charges. "
        "Giving evidence in May, he told the court that the firm had spent £200,000 on safety."
    )
    assert _who(text, "£200,000") == "Martin Osei"


def test_she_is_not_the_body_that_spoke_before() -> None:
    text = (
        "The Rights League said it had documented abuses. Lina Haddad, a lawyer, spoke to "
        "reporters. She said 30 people had been tortured."
    )
    assert _who(text, "30") == "Lina Haddad"


def test_he_is_not_a_country_that_rejected_a_claim() -> None:
    text = (
        "Pavel Dunn said the port was closed. South Sudan rejected the claim. "
        "He said 300 ships were waiting."
    )
    assert _who(text, "300") == "Pavel Dunn"


def test_last_speaker_is_not_a_body() -> None:
    assert attr.last_speaker("The Kessel Rights League said it was worried. ") is None


# "The group": the body named as a document's author or a speaker, never a month.


def test_a_month_is_never_the_group() -> None:
    before = "Troops have held 900 people since March, a rights group said on Friday. "
    assert named_body("group", before) == "group"


def test_the_group_is_the_author_of_the_report() -> None:
    before = (
        "A rights group said on Friday that 900 people were held. The report by the "
        "Oslo-based Institute for Prison Studies draws on 80 interviews, the group said."
    )
    assert named_body("group", before) == "Institute for Prison Studies"


def test_the_group_is_no_public_body() -> None:
    before = "The report by the Kessel Fire and Rescue Service found 40 faults. "
    assert referred_body("group", before) is None


def test_a_court_named_on_a_day_is_the_court() -> None:
    before = "The Supreme Court on Tuesday annulled the vote. "
    assert referred_body("court", before) == "Supreme Court"


# An aside describing the subject is the writer's, whoever the sentence quotes.


def test_a_relative_aside_on_the_speaker_is_the_writers() -> None:
    text = (
        "The Harbour Workers Union, which represents about 12,000 dockers, said on Monday "
        "that 300 members had been laid off."
    )
    assert _who(text, "about 12,000") is None
    assert _who(text, "300") == "Harbour Workers Union"


def test_a_whose_aside_on_a_person_is_the_writers() -> None:
    text = "Senator Maria Lopes, whose party won 41 seats last year, has said she will vote no."
    assert _who(text, "41") is None


def test_a_participle_aside_is_the_writers_even_with_a_source_for_the_rest() -> None:
    text = (
        "The Westland Relief Trust, set up in 2015 with £3 million, had paid out half of "
        "that by 2020, according to its annual report."
    )
    assert _who(text, "£3 million") is None
    assert _who(text, "half") == "Westland Relief Trust"


def test_an_aside_that_says_something_gives_its_figure() -> None:
    assert _who("The agency, which said 40 people had died, called for calm.", "40") == "agency"


def test_an_aside_that_acts_gives_its_figure() -> None:
    text = "Police, who arrested 40 people on Sunday, said the protest was illegal."
    assert _who(text, "40") == "Police"


def test_an_aside_telling_how_a_body_counted_is_its_own() -> None:
    text = "The monitoring mission, which deployed 60 observers, said the vote was calm."
    assert _who(text, "60") == "monitoring mission"


def test_an_aside_inside_a_source_closing_the_sentence_is_the_sources() -> None:
    text = (
        "Exports, which peaked at 4 billion euros in May, fell by 12% in June, "
        "the statistics office said last week."
    )
    assert _who(text, "4 billion") == "statistics office"


def test_an_aside_after_a_clause_is_not_a_subjects() -> None:
    text = "Crews pulled 30 people from the tower, which had 200 flats, said fire chief Ana Holm."
    assert _who(text, "200") == "Ana Holm"


def test_an_aside_inside_reported_speech_is_the_speakers() -> None:
    text = "Officials said the miners, who had been trapped with 12 colleagues, were safe."
    assert _who(text, "12") == "Officials"


def test_a_described_subject_keeps_its_aside_out() -> None:
    text = (
        "The state-funded Kessel Housing Trust, founded in 2010 with £5 million, had rehoused "
        "400 families by May, according to its own figures."
    )
    assert _who(text, "£5 million") is None
    assert _who(text, "400") == "Kessel Housing Trust"


# A finding set off mid-sentence, and a speaker's clause opened by "where".


def test_it_found_set_off_mid_sentence_gives_the_finding() -> None:
    text = (
        "The Kessel Inquiry published its findings on Monday. "
        "In the first week, it found, soldiers detained more than 300 people."
    )
    assert _who(text, "more than 300") == "Kessel Inquiry"


def test_found_with_an_object_is_still_an_act() -> None:
    text = "Divers found 12 bodies in the lake, the coast guard said."
    assert _who(text, "12") == "coast guard"


def test_a_where_clause_speaker_gives_only_what_follows() -> None:
    text = (
        "Smaller rallies took place in nine towns, including Brill, where police "
        "estimated the crowd at 4,000."
    )
    assert _who(text, "nine") is None
    assert _who(text, "4,000") == "police"


def test_the_subject_of_the_last_sentence_is_it() -> None:
    before = "The Kessel Mining Company said on Monday that it was worried. "
    assert attr.last_organisation(before) == "Kessel Mining Company"
