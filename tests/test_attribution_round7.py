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
