"""Names in article text: sentence-initial words, titles, run-on names, headlines."""

from __future__ import annotations

import pytest

from dossier.names import find_names, is_title_case, name_evidence

ARTICLE = (
    "Former Caracas mayor Antonio Ledezma has requested asylum in Spain.\n"
    "Ledezma was arrested in 2015. Days after the vote, protests began.\n"
    "Exact death tolls have not been confirmed. Demonstrators filled the streets on Thursday.\n"
    "Nationwide protests erupted. Supporters of Maduro also marched, said Nicolás Maduro.\n"
    "Senior Director at Amnesty International Erika Guevara-Rosas criticized the court.\n"
    "Rosas added: the silence is alarming.\n"
    "Brazil and Colombia, led by the Maduro-friendly leftist Presidents Luiz Inácio Lula da "
    "Silva and Gustavo Petro, abstained. Nine Latin American countries objected.\n"
    "The Venezuelan National Electoral Center (CNE) claims that Maduro won, per the Rome "
    "Statute. GDP shrank. OAS Secretary General Luis Almagro spoke."
)


@pytest.fixture(scope="module")
def names() -> tuple[str, ...]:
    return find_names(ARTICLE, name_evidence(ARTICLE))


@pytest.mark.parametrize(
    "junk",
    [
        "Days",
        "Exact",
        "Demonstrators",
        "Nationwide",
        "Thursday",
        "Supporters of Maduro",
        "Director",
        "Senior Director",
        "Maduro-friendly",
        "Latin American",
        "Presidents Luiz Inácio Lula da Silva",
        "Amnesty International Erika Guevara-Rosas",
        "Rome Statute",
        "GDP",
        "Former Caracas",
        "OAS Secretary General",
    ],
)
def test_not_a_name(names: tuple[str, ...], junk: str) -> None:
    assert junk not in names


@pytest.mark.parametrize(
    "name",
    [
        "Antonio Ledezma",
        "Ledezma",  # opens a sentence, but written capitalised mid-sentence too
        "Rosas",  # part of "Guevara-Rosas"
        "Amnesty International",
        "Erika Guevara-Rosas",
        "Maduro",
        "Luiz Inácio Lula da Silva",
        "Gustavo Petro",
        "Venezuelan National Electoral Center (CNE)",
        "OAS",
        "Luis Almagro",
    ],
)
def test_a_name(names: tuple[str, ...], name: str) -> None:
    assert name in names


def test_headline_keeps_only_words_prose_capitalises() -> None:
    body = (
        "Billboard of Maduro Set Ablaze Amid Venezuelan Election Protests\n"
        "Crowds cheered Maduro in Caracas."
    )
    assert is_title_case(body.splitlines()[0])
    assert not is_title_case(body.splitlines()[1])
    assert find_names(body, name_evidence(body)) == ("Maduro", "Caracas")


def test_without_evidence_the_tables_decide() -> None:
    assert find_names("Thursday was calm. Officials in Kyiv said 3 died.") == ("Kyiv",)
