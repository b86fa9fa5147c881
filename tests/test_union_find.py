"""``UnionFind``: groups named by their smallest key, whatever the order of joins."""

from __future__ import annotations

from itertools import permutations

from dossier.union_find import UnionFind


def test_a_group_is_named_by_its_smallest_key_in_any_order_of_joins() -> None:
    pairs = [("kessarin", "kesarin"), ("kesarin", "kesarine"), ("pelmar", "pellmar")]
    for order in permutations(pairs):
        groups = UnionFind()
        for a, b in order:
            groups.union(a, b)
        assert {k: groups.find(k) for k in ("kessarin", "kesarine", "pellmar")} == {
            "kessarin": "kesarin",
            "kesarine": "kesarin",
            "pellmar": "pellmar",  # "pell" sorts before "pelm"
        }


def test_a_key_never_joined_is_a_group_of_its_own() -> None:
    groups = UnionFind()
    groups.add("berenza")
    assert groups.find("berenza") == "berenza"
    assert groups.find("talvesh") == "talvesh"
