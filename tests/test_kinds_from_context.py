"""Kinds read from a figure's context: its clause, its line, its paragraph.

Sentences written for these tests (none from the labelled corpus): each rule
is tried on wordings it must read and on wordings it must leave alone.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from dossier.extractor import extract_claims
from dossier.model import Block, BlockRole, Source, SourceMeta, Span
from dossier.text import normalise


def _claims(text: str) -> dict[str, tuple[str, Decimal | None]]:
    """Quote -> (kind, low) for every figure; each line of ``text`` is a paragraph."""
    body = normalise(text.strip())
    blocks = tuple(
        Block(role=BlockRole.PARAGRAPH, span=Span(start=m.start(), end=m.end()))
        for m in re.finditer(r"[^\n]+", body)
    )
    source = Source(
        id="s",
        path="s.txt",
        meta=SourceMeta(published=date(2025, 3, 1)),
        body=body,
        blocks=blocks,
        content_hash="h",
    )
    return {
        c.quote: (c.kind.value, c.value.low)
        for c in extract_claims(source)
        if c.kind.value != "event_date"
    }


def _kind_of(text: str, quote: str) -> str | None:
    found = _claims(text)
    return found[quote][0] if quote in found else None


# --- shares of a ballot told by the story's structure ---------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Polls closed at ten.\n- Social Democrats: 22.4%, 31 seats\n", "22.4%"),
        ("Results by party:\n• People's Alliance for Change: 11%, 14 seats\n", "11%"),
        ("Mayor Olsen was re-elected.\nOlsen: 54.1%, one seat lost by her party\n", "54.1%"),
    ],
)
def test_a_line_of_results_is_a_vote_share(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "vote_share"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The election went smoothly.\nTurnout: 58%, 12 seats changed hands\n", "58%"),
        ("Inflation: 4.5%, the highest in the region.\n", "4.5%"),
    ],
)
def test_a_line_naming_a_measure_is_not_a_share_of_the_vote(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "percent"


def test_an_exit_poll_estimates_the_vote() -> None:
    text = (
        "An exit poll by the Marsh Institute was published as voting ended. "
        "It put the Greens on 18% and Labour on 31%."
    )
    found = _claims(text)
    assert found["18%"][0] == "vote_share"
    assert found["31%"][0] == "vote_share"


def test_an_opinion_poll_before_the_vote_stays_a_percentage() -> None:
    text = "A poll by the Marsh Institute last month put the Greens on 18% ahead of the vote."
    assert _kind_of(text, "18%") == "percent"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In the strike ballot, 81% of members backed walking out.", "81% of members"),
        (
            "At the party conference vote, 64% of delegates supported the motion.",
            "64% of delegates",
        ),
        ("Some 55% of shareholders voted against the pay deal.", "Some 55% of shareholders"),
    ],
)
def test_people_who_voted_one_way_in_a_ballot_are_a_share_of_it(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "vote_share"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A survey found 61% of members backed the new rules.", "61% of members"),
        ("About 70% of residents supported the park, the council said.", "About 70% of residents"),
    ],
)
def test_people_backing_something_outside_a_ballot_are_a_percentage(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "percent"


def test_turnout_named_again_by_a_pronoun_stays_a_percentage() -> None:
    text = (
        "Turnout was 57% across the country. In the north it reached 71.5%, while in the "
        "south only 44% of voters took part."
    )
    assert _kind_of(text, "71.5%") == "percent"


# --- money in currencies the tables do not know, or that are also English words --------


@pytest.mark.parametrize(
    ("text", "quote", "low"),
    [
        ("The builder was fined 2.4 million marks last year.", "2.4 million marks", 2400000),
        ("Each widow received 40,000 marks in compensation.", "40,000 marks", 40000),
        ("The penalty for late filing is 5,000 talers a month.", "5,000 talers", 5000),
        ("A loaf of bread cost 300 lira before the war.", "300 lira", 300),
        ("The bank lent the club 12 million guilders.", "12 million guilders", 12000000),
        ("A 30-million-euro bridge was cancelled.", "30-million-euro", 30000000),
    ],
)
def test_amounts_in_unlisted_or_ambiguous_currencies_are_money(
    text: str, quote: str, low: int
) -> None:
    kind, value = _claims(text)[quote]
    assert (kind, value) == ("money", Decimal(low))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("She scored 18 marks out of 20 in the final exam.", "18 marks"),
        ("The inspectors found 40 marks on the wall where the ladder stood.", "40 marks"),
    ],
)
def test_marks_that_are_not_money_are_not(text: str, quote: str) -> None:
    assert _kind_of(text, quote) != "money"


def test_a_fine_of_an_unknown_unit_is_money_but_the_cost_of_staff_is_not() -> None:
    assert _kind_of("She was handed a fine of 8,000 zorins.", "8,000 zorins") == "money"
    assert _kind_of("The grant covers the cost of some 300 cleaners.", "some 300 cleaners") == (
        "count"
    )


# --- people: what befell them, told by their predicate or the passage -----------------


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ('Officials said 85 people had been "held for questioning".', "85 people", "arrests"),
        ('The army said 40 men were "taken into custody" at dawn.', "40 men", "arrests"),
        ('Groups say 19 activists were "disappeared" last spring.', "19 activists",
         "disappearances"),
    ],
)  # fmt: skip
def test_a_quoted_predicate_is_read_as_its_words(text: str, quote: str, kind: str) -> None:
    assert _kind_of(text, quote) == kind


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Riot police held about 250 people in a stadium overnight.", "about 250 people"),
        ("Soldiers rounded up 60 men in the market town.", "60 men"),
        ("Troops had held 30 villagers for two days.", "30 villagers"),
    ],
)
def test_people_held_by_security_forces_are_arrests(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "arrests"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The arena held 18,000 people for the final.", "18,000 people"),
        ("The organisers held 12 meetings with residents.", "12 meetings"),
    ],
)
def test_held_by_anyone_else_is_not_an_arrest(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "count"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Officers arrested 23 protesters outside the embassy.", "23 protesters"),
        ("Police detained nine journalists at the airport.", "nine journalists"),
        ("Security forces arrested 14 students on Monday.", "14 students"),
    ],
)
def test_an_arrest_verb_takes_people_named_by_what_they_do(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "arrests"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The navy detained 12 trawlers off the coast.", "12 trawlers"),
        ("Customs officers detained 40 containers at the port.", "40 containers"),
    ],
)
def test_a_detention_of_things_is_not_an_arrest(text: str, quote: str) -> None:
    assert _kind_of(text, quote) != "arrests"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("About 1,200 residents were moved out of their homes before the dam gave way.",
         "About 1,200 residents"),
        ("Some 300 families were bused from their villages to the coast.", "Some 300 families"),
        ("Nearly 80 people whose houses flooded were sleeping in a church hall on Sunday.",
         "Nearly 80 people"),
    ],
)  # fmt: skip
def test_people_moved_from_home_or_sleeping_in_a_shelter_are_displaced(
    text: str, quote: str
) -> None:
    assert _kind_of(text, quote) == "displaced"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Around 40 men were taken from their homes by gunmen.", "Around 40 men"),
        ("Nearly 80 people were sleeping when the storm hit.", "Nearly 80 people"),
    ],
)
def test_moves_and_sleep_that_are_not_displacement(text: str, quote: str) -> None:
    assert _kind_of(text, quote) != "displaced"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The refugee agency counts the boats.\nIn July, 3,100 people landed on the island.",
         "3,100 people"),
        ("Migrants keep coming across the sea. Some 800 came ashore on Tuesday alone.",
         "Some 800"),
        ("Asylum claims have doubled since spring, and more than 2,000 arrived last month.",
         "more than 2,000"),
    ],
)  # fmt: skip
def test_arrivals_in_a_passage_about_refugees_are_displaced(text: str, quote: str) -> None:
    assert _kind_of(text, quote) == "displaced"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("About 40,000 fans arrived at the stadium for the final.", "About 40,000 fans"),
        ("Refugees wait in the camp. About 30 aid workers arrived on Monday.",
         "About 30 aid workers"),
        ("More than 5,000 people arrived for the festival on Friday.", "More than 5,000 people"),
    ],
)  # fmt: skip
def test_arrivals_elsewhere_or_of_others_are_not_displaced(text: str, quote: str) -> None:
    assert _kind_of(text, quote) != "displaced"


# --- parts and restatements of a group --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Troops arrested 70 men. Nine of those detained had been carrying rifles.",
         "Nine of those detained", "arrests"),
        ("The flood forced 900 people out. Forty of those evacuated were pupils.",
         "Forty of those evacuated", "displaced"),
    ],
)  # fmt: skip
def test_a_part_named_by_what_befell_the_group_takes_its_kind(
    text: str, quote: str, kind: str
) -> None:
    assert _kind_of(text, quote) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Troops arrested 70 men. Nine of those detained were later freed without charge.",
        "Troops arrested 70 men. Nine of those detained on Friday have been charged.",
    ],
)
def test_a_part_with_a_fate_of_its_own_is_a_count(text: str) -> None:
    found = _claims(text)
    part = next(kind for quote, (kind, low) in found.items() if low == 9)
    assert part == "count"


def test_people_said_to_be_under_an_age_are_not_a_count() -> None:
    found = _claims("Troops arrested 70 men. Nine of those detained were under 16.")
    assert all(low != 16 for _kind, low in found.values())


def test_households_restated_in_people_between_commas_share_the_kind() -> None:
    text = "Some 52 families, about 190 people, are still living in hotels, the council said."
    found = _claims(text)
    assert found["Some 52 families"][0] == "displaced"
    assert found["about 190 people"][0] == "displaced"


def test_people_staying_in_hotels_are_guests() -> None:
    text = "About 3,000 people are staying in hotels for the festival."
    assert _kind_of(text, "About 3,000 people") == "count"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The refugee agency says roughly 7,000 people have left the valley since March.",
         "roughly 7,000 people"),
        ("Boats of migrants keep coming. About 400 people a day landed in June.",
         "About 400 people"),
    ],
)  # fmt: skip
def test_people_leaving_or_arriving_daily_in_a_story_of_refugees_are_displaced(
    text: str, quote: str
) -> None:
    assert _kind_of(text, quote) == "displaced"


# --- a plain count told by a cue further into its predicate -----------------------------


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("About 200 people were still being held in pre-trial detention at the weekend.",
         "About 200 people", "arrests"),
        ("Some 40 residents had been reported to police as missing.", "Some 40 residents",
         "disappearances"),
        ("Nearly 600 villagers had by late evening been displaced by the water.",
         "Nearly 600 villagers", "displaced"),
    ],
)  # fmt: skip
def test_a_cue_further_into_the_predicate_gives_the_kind(text: str, quote: str, kind: str) -> None:
    assert _kind_of(text, quote) == kind


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("About 300 people were outside the detention centre.", "About 300 people"),
        ("About 500 people were protesting against the arrests.", "About 500 people"),
        ("Four more were remanded in custody, police said.", "Four more"),
        ("Around 2,000 people were told to prepare for an evacuation.", "Around 2,000 people"),
        ("Some 900 people were at the refugee camp's clinic as volunteers.", "Some 900 people"),
    ],
)
def test_a_cue_that_names_a_place_an_object_or_a_court_fate_is_not_read(
    text: str, quote: str
) -> None:
    assert _kind_of(text, quote) == "count"
