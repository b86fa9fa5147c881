"""Entity resolution: aliases, acronyms, partial person names, accents."""

from __future__ import annotations

import random

from dossier.entities import acronym_pairs, build_entities, country_of, guess_kind

S_CENTER = "The Venezuelan National Electoral Center (CNE) claims that Maduro won."
S_COUNCIL = (
    "Thousands protested after the National Electoral Council (CNE) declared Maduro the winner."
)
S_CONSEJO = "The rectors of the Consejo Nacional Electoral (CNE) must be replaced."
S_CPI = "Almagro urged on Thursday International Criminal Court (CPI) to investigate."

NAMES = [
    ("Edmundo González", ""),
    ("González Urrutia", ""),
    ("Edmundo González Urrutia", ""),
    ("González", ""),
    ("CNE", S_CENTER),
    ("National Electoral Council", S_COUNCIL),
    ("Consejo Nacional Electoral", S_CONSEJO),
    ("ICC", ""),
    ("International Criminal Court", ""),
    ("CPI", S_CPI),
    ("Almagro", ""),
    ("Luis Almagro", ""),
    ("Attorney General Tarek William Saab", ""),
    ("Caracas", ""),
    ("Nicolás Maduro", ""),
    ("Maduro", ""),
    ("OAS", ""),
    ("Organization of American States", ""),
]


def test_partial_person_names_merge_into_the_full_name() -> None:
    index = build_entities(NAMES)
    for name in (
        "Edmundo González",
        "González Urrutia",
        "González",
        "gonzalez",
        "Mr. González Urrutia",
    ):
        entity = index.resolve(name)
        assert entity is not None and entity.id == "edmundo-gonzalez-urrutia", name
    assert index.resolve("Almagro's").name == "Luis Almagro"  # type: ignore[union-attr]


def test_acronyms_link_long_forms_across_languages() -> None:
    index = build_entities(NAMES)
    cne = index.resolve("the CNE")
    assert cne is not None and cne.kind == "organisation"
    for name in (
        "National Electoral Council",
        "National Electoral Center",
        "Consejo Nacional Electoral",
    ):
        assert index.resolve(name) == cne, name
    icc = index.resolve("ICC")
    assert icc is not None and icc.name == "International Criminal Court"
    assert index.resolve("CPI") == icc and index.resolve("Corte Penal Internacional") == icc


def test_initials_link_an_acronym_without_parentheses() -> None:
    index = build_entities([("OAS", ""), ("Organization of American States", ""), ("WFP", "")])
    assert index.resolve("OAS") == index.resolve("Organization of American States")
    assert index.resolve("WFP") is not None


def test_ambiguous_surname_is_left_alone() -> None:
    index = build_entities([("Felipe González", ""), ("Edmundo González", ""), ("González", "")])
    lone = index.resolve("González")
    assert lone is not None and lone.name == "González"


def test_kinds_and_titles() -> None:
    index = build_entities(NAMES)
    assert index.resolve("Tarek William Saab").kind == "person"  # type: ignore[union-attr]
    assert index.resolve("Caracas").kind == "place"  # type: ignore[union-attr]
    assert guess_kind("Foro Penal") == "organisation"
    assert country_of("Caracas") == "Venezuela" and country_of("Venezuelan") == "Venezuela"


def test_acronym_pairs_pick_the_right_long_form() -> None:
    assert acronym_pairs(S_CENTER) == (("National Electoral Center", "CNE"),)
    assert acronym_pairs("the Organization of American States (OAS), Luis Almagro") == (
        ("Organization of American States", "OAS"),
    )


def test_ids_are_stable_and_order_independent() -> None:
    shuffled = list(NAMES)
    random.Random(7).shuffle(shuffled)
    assert build_entities(shuffled).entities == build_entities(NAMES).entities


def test_two_surname_forms_chain_into_one_person() -> None:
    index = build_entities([("Rosa Pérez", ""), ("Pérez Olmedo", ""), ("Pérez", "")])
    full = index.resolve("Rosa Pérez Olmedo")
    assert full is not None and full.name == "Rosa Pérez Olmedo"
    for name in ("Rosa Pérez", "Pérez Olmedo", "Pérez"):
        assert index.resolve(name) == full, name
    # Two first-name forms make the chain ambiguous: nothing is merged.
    index = build_entities([("Ana Pérez", ""), ("Rosa Pérez", ""), ("Pérez Olmedo", "")])
    assert index.resolve("Ana Pérez") != index.resolve("Pérez Olmedo")
    assert index.resolve("Rosa Pérez") != index.resolve("Pérez Olmedo")


def test_kinds_from_cues_and_acronyms() -> None:
    index = build_entities(
        [
            ("Mesa de la Unidad Democratica (MUD)", "the Mesa de la Unidad Democratica (MUD)"),
            ("Anzoátegui", "in the states of Anzoátegui and Carabobo"),
            ("Carabobo", "in the states of Anzoátegui and Carabobo"),
            ("SmartMatic", ""),
            ("Rosas", "Rosas added that the office was silent."),
        ]
    )
    kind = {e.name: e.kind for e in index.entities}
    assert kind["Mesa de la Unidad Democratica"] == "organisation"
    assert kind["Anzoátegui"] == kind["Carabobo"] == "place"
    assert kind["SmartMatic"] == "organisation"
    assert kind["Rosas"] == "person"


def test_same_acronym_same_country_is_one_body() -> None:
    index = build_entities(
        [
            ("Venezuelan National Electoral Center (CNE)", S_CENTER),
            ("National Electoral Council (CNE)", S_COUNCIL + " Venezuelans marched."),
        ]
    )
    center = index.resolve("Venezuelan National Electoral Center")
    assert center is not None and center is index.resolve("National Electoral Council")


def test_same_acronym_other_country_stays_apart() -> None:
    index = build_entities(
        [
            (
                "Kenyan National Electoral Center (NEC)",
                "The Kenyan National Electoral Center (NEC)",
            ),
            ("National Electoral Council (NEC)", "In Nigeria the National Electoral Council (NEC)"),
        ]
    )
    assert index.resolve("Kenyan National Electoral Center") is not index.resolve(
        "National Electoral Council"
    )


def test_generic_acronyms_are_not_entities() -> None:
    index = build_entities([("GDP", ""), ("NGOs", "")])
    assert index.entities == ()


def test_words_of_geography_make_a_name_a_place() -> None:
    for name in ("Port Almira", "Lake Meruva", "Mount Kessel", "Cape Ardel", "Gulf of Sarn"):
        assert guess_kind(name) == "place", name
    for name in ("the Orun River", "Tarsk Valley", "Red Sea", "Kessel Islands"):
        assert guess_kind(name) == "place", name


def test_a_body_named_with_a_word_of_geography_stays_a_body() -> None:
    assert guess_kind("Port Authority") == "organisation"
    assert guess_kind("River Basin Commission") == "organisation"
    # Leading, the words that only close a place's name start bodies' names too.
    assert guess_kind("Sea Watchers") != "place"
    assert guess_kind("River Trust") != "place"
