"""Listings split by calendar keys: thresholds, finer levels, labels, stable parts."""

from __future__ import annotations

import datetime as dt

from dossier import sections


def _days(*counts: tuple[str, int]) -> list[tuple[dt.date, int]]:
    return [(dt.date.fromisoformat(day), rows) for day, rows in counts]


def _split(groups: list[tuple[dt.date, int]], limit: int) -> sections.Section[tuple[dt.date, int]]:
    return sections.split(
        groups, keys=lambda g: sections.date_keys(g[0]), rows=lambda g: g[1], limit=limit
    )


def test_a_listing_within_the_limit_is_one_page() -> None:
    root = _split(_days(("2024-07-01", 3), ("2025-01-02", 4)), limit=7)
    assert root.is_leaf and root.key == "" and root.rows == 7
    assert [leaf.key for leaf in root.leaves()] == [""]


def test_only_parts_over_the_limit_are_split_further() -> None:
    groups = _days(
        ("2023-05-01", 2),
        ("2024-07-01", 5),
        ("2024-07-02", 5),
        ("2024-08-03", 1),
    )
    root = _split(groups, limit=10)
    assert [part.key for part in root.parts] == ["2023", "2024"]
    year_2023, year_2024 = root.parts
    assert year_2023.is_leaf and year_2023.rows == 2
    assert [part.key for part in year_2024.parts] == ["2024-07", "2024-08"]
    assert year_2024.parts[0].is_leaf  # 10 rows: not over the limit
    tight = _split(groups, limit=6)
    july = tight.parts[1].parts[0]
    assert [part.key for part in july.parts] == ["2024-07-01", "2024-07-02"]
    assert [leaf.key for leaf in tight.leaves()] == [
        "2023",
        "2024-07-01",
        "2024-07-02",
        "2024-08",
    ]


def test_the_finest_level_is_never_split() -> None:
    root = _split(_days(("2024-07-01", 50)), limit=10)
    assert [leaf.key for leaf in root.leaves()] == ["2024-07-01"]
    assert [node.key for node in root.walk()] == ["", "2024", "2024-07", "2024-07-01"]


def test_a_part_keeps_its_groups_whatever_is_added_elsewhere() -> None:
    groups = _days(("2024-07-01", 4), ("2024-08-01", 4), ("2024-09-01", 4))
    before = {leaf.key: leaf.groups for leaf in _split(groups, limit=4).leaves()}
    grown = sorted([*groups, (dt.date(2024, 9, 20), 1)])
    after = {leaf.key: leaf.groups for leaf in _split(grown, limit=4).leaves()}
    assert {k: v for k, v in after.items() if not k.startswith("2024-09")} == {
        k: v for k, v in before.items() if not k.startswith("2024-09")
    }
    # September went over the limit: its page stays, as the list of its days.
    assert "2024-09" in [node.key for node in _split(grown, limit=4).walk()]


def test_publication_keys_and_labels() -> None:
    assert sections.published_keys(dt.date(2024, 7, 28), "x") == ("2024-07", "2024-07-28")
    undated = sections.published_keys(None, "some-source")
    assert undated[0] == "undated" and undated == sections.published_keys(None, "some-source")
    parts = {sections.published_keys(None, f"s{n}")[1] for n in range(200)}
    assert len(parts) == sections.UNDATED_PARTS
    assert sections.label("2024") == "2024"
    assert sections.label("2024-07") == "July 2024"
    assert sections.label("2024-07-28") == "28 July 2024"
    assert sections.label("undated") == "Undated"
    assert sections.short_label("2024-07") == "July"
    assert sections.short_label("2024-07-08") == "8"
    assert sections.path("claims", "") == "claims/index.html"
    assert sections.path("claims", "2024-07") == "claims/2024-07/index.html"


def test_keys_never_look_like_record_ids() -> None:
    """Claim ids are twelve hex digits and question ids start with q-: no key is either."""
    keys = [*sections.date_keys(dt.date(2024, 7, 28)), *sections.published_keys(None, "a")]
    for key in keys:
        is_claim_id = len(key) == 12 and all(ch in "0123456789abcdef" for ch in key)
        assert not is_claim_id and not key.startswith("q-")
