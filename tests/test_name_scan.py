"""Scanning source texts for names, and the scans kept between builds (``name_scan``)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from dossier import mentions, name_scan, pipeline
from dossier.config import Config
from dossier.model import Entity, Source, SourceMeta
from dossier.name_scan import SourceScans, name_pattern, scan_text
from tests.test_incremental import TWO, files_of, fresh_build


def _alternation(names: list[str]) -> re.Pattern[str]:
    """The plain pattern the trie stands for: every name, longest first."""
    ordered = sorted(names, key=lambda n: (-len(n), n))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")


def _source(sid: str, body: str) -> Source:
    return Source(
        id=sid, path=f"{sid}.txt", meta=SourceMeta(), body=body, blocks=(), content_hash=sid
    )


def test_the_trie_finds_what_an_alternation_of_the_names_finds() -> None:
    rng = random.Random(7)
    alphabet = "ab .-é(1"
    for _ in range(300):
        names = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(8)}
        text = "".join(rng.choice(alphabet) for _ in range(60))
        plain = [m.group(0) for m in _alternation(sorted(names)).finditer(text)]
        trie = [m.group(0) for m in name_pattern(names).finditer(text)]
        assert trie == plain, (names, text)


def test_the_longest_name_wins_and_names_stop_at_word_edges() -> None:
    pattern = name_pattern(["Luis", "Luis Almagro", "Almagro", "UN", "U.N."])
    text = "Luis Almagro met Luis; Almagros and UNICEF were not there, the U.N. was."
    assert scan_text(pattern, text) == (("Luis", 1), ("Luis Almagro", 1), ("U.N.", 1))


def test_kept_scans_are_reused_while_the_names_stay() -> None:
    sources = [_source("a", "Almagro spoke."), _source("b", "Nobody spoke.")]
    scans = SourceScans()
    first = scans.scan(sources, ["Almagro"])
    assert scans.scanned == 2 and scans.changed
    again = SourceScans.from_bytes(scans.to_bytes())
    assert again.scan(sources, ["Almagro"]) == first
    assert again.scanned == 0 and not again.changed


def test_a_new_name_rescans_only_the_texts_that_contain_it() -> None:
    sources = [_source("a", "Almagro spoke in Roskohaven."), _source("b", "Almagro spoke.")]
    scans = SourceScans()
    scans.scan(sources, ["Almagro"])
    scans.scanned = 0
    found = scans.scan(sources, ["Almagro", "Roskohaven"])
    assert scans.scanned == 1
    assert found == SourceScans().scan(sources, ["Almagro", "Roskohaven"])
    assert found["a"] == (("Almagro", 1), ("Roskohaven", 1))


def test_a_name_gone_rescans_the_texts_it_was_found_in() -> None:
    sources = [_source("a", "Luis Almagro spoke."), _source("b", "Nothing here.")]
    scans = SourceScans()
    scans.scan(sources, ["Luis Almagro", "Almagro"])
    scans.scanned = 0
    found = scans.scan(sources, ["Almagro"])
    assert scans.scanned == 1
    assert found["a"] == (("Almagro", 1),)


def test_many_new_names_are_looked_for_together() -> None:
    sources = [_source(f"s{n}", f"Name{n:02d} and Other{n:02d}.") for n in range(40)]
    scans = SourceScans()
    scans.scan(sources, [f"Name{n:02d}" for n in range(40)])
    scans.scanned = 0
    names = [f"Name{n:02d}" for n in range(40)] + [f"Other{n:02d}" for n in range(30)]
    assert scans.scan(sources, names) == SourceScans().scan(sources, names)
    assert scans.scanned == 30


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[:-5],
        lambda b: b[:40] + bytes([b[40] ^ 1]) + b[41:],
        lambda b: b"dossier-parts 1\n" + b[len(name_scan.MAGIC) :],
    ],
)
def test_a_damaged_record_reads_as_no_scans(damage) -> None:  # type: ignore[no-untyped-def]
    scans = SourceScans()
    scans.scan([_source("a", "Almagro spoke.")], ["Almagro"])
    assert SourceScans.from_bytes(scans.to_bytes()).found == scans.found
    read = SourceScans.from_bytes(damage(scans.to_bytes()))
    assert read.found == {} and read.names == frozenset()


def test_a_record_of_the_wrong_shape_reads_as_no_scans() -> None:
    payload = name_scan.pickle.dumps((["Almagro"], {b"key": (("Almagro", "one"),)}))
    data = name_scan.MAGIC + name_scan._checksum(payload) + payload
    assert SourceScans.from_bytes(data).found == {}


def test_entity_links_are_the_same_with_and_without_kept_scans() -> None:
    entities = (
        Entity(id="luis-almagro", name="Luis Almagro", kind="person", aliases=("Almagro",)),
        Entity(id="roskohaven", name="Roskohaven", kind="place"),
    )
    sources = [
        _source("a", "Luis Almagro said Roskohaven was hit. Almagro said it again."),
        _source("b", "In Roskohaven, nothing."),
    ]
    scans = SourceScans()
    scans.scan([_source("c", "Unrelated text about Roskohaven.")], ["Roskohaven", "Elsewhere"])
    with_scans = mentions.link(entities, (), sources, scans=scans)
    without = mentions.link(entities, (), sources)
    assert with_scans.in_sources == without.in_sources
    assert dict(without.in_sources) == {
        "luis-almagro": (("a", 2),),
        "roskohaven": (("a", 1), ("b", 1)),
    }


# ---------------------------------------------------------------- kept between builds


def _kept(config: Config) -> SourceScans:
    return SourceScans.from_bytes((config.cache / name_scan.CACHE_FILE).read_bytes())


def test_a_build_keeps_its_scans(project: Config) -> None:
    pipeline.build(project, jobs=1)
    assert len(_kept(project).found) == 2


@pytest.mark.parametrize("damage", [b"", b"not a record", None, "foreign"])
def test_damaged_missing_or_foreign_scans_give_the_same_site(
    project: Config, tmp_path: Path, damage: bytes | str | None
) -> None:
    pipeline.build(project, jobs=1)
    path = project.cache / name_scan.CACHE_FILE
    if damage is None:
        path.unlink()
    elif damage == "foreign":  # scans of other texts with other names
        other = SourceScans()
        other.scan([_source("x", "Some other text of Almagro.")], ["Almagro", "Zed"])
        path.write_bytes(other.to_bytes())
    else:
        assert isinstance(damage, bytes)
        path.write_bytes(damage)
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    report = pipeline.build(project, jobs=1)
    assert report.ok
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")
    assert len(_kept(project).found) == 3


def test_scans_made_with_fewer_names_are_brought_up_to_date(
    project: Config, tmp_path: Path
) -> None:
    """Scans kept for these very texts, but made when no name was known, are made again."""
    pipeline.build(project, jobs=1)
    kept = _kept(project)
    assert any(kept.found.values())
    empty = SourceScans(frozenset(), {key: () for key in kept.found})
    (project.cache / name_scan.CACHE_FILE).write_bytes(empty.to_bytes())
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    pipeline.build(project, jobs=1)
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")
    assert _kept(project).found.keys() >= kept.found.keys()
    assert _kept(project).found == fresh_scans(project, tmp_path)


def fresh_scans(config: Config, tmp_path: Path) -> dict[bytes, name_scan.Found]:
    scratch = Config(
        articles=config.articles, output=tmp_path / "again" / "site", cache=tmp_path / "again" / "c"
    )
    pipeline.build(scratch, jobs=1)
    return _kept(scratch).found
