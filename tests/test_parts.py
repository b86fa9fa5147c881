"""Pieces of the data files kept between builds: a base and the pieces added to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import parts, pipeline
from dossier.config import Config
from dossier.parts import Parts
from tests.test_incremental import ONE, OTHER, TWO, files_of, fresh_build


def _made(store: Parts, keys: list[str]) -> list[str]:
    """The keys whose piece ``store`` had to make."""
    made: list[str] = []
    for key in keys:
        store.get(key, lambda key=key: made.append(key) or key.encode())
    return made


def _stored(keys: list[str], version: str = "v") -> Parts:
    store = Parts(version)
    _made(store, keys)
    return store


def test_a_base_gives_back_its_pieces_under_its_version_only() -> None:
    base = _stored(["a", "b"]).to_bytes()
    assert _made(Parts.from_bytes(base, "v"), ["a", "b", "c"]) == ["c"]
    assert _made(Parts.from_bytes(base, "other"), ["a"]) == ["a"]
    for damaged in (b"", base[:-3], b"not a record", base.replace(b"parts 2", b"parts 9")):
        assert _made(Parts.from_bytes(damaged, "v"), ["a"]) == ["a"]


def test_pieces_added_to_a_base_are_kept_apart_and_found_again() -> None:
    keys = [f"k{n}" for n in range(40)]
    base = _stored(keys).to_bytes()
    store = Parts.from_bytes(base, "v")
    assert _made(store, [*keys, "new"]) == ["new"]
    added = store.added_bytes()
    assert added is not None and len(added) < len(base) / 4
    assert _made(Parts.from_bytes(base, "v", added), [*keys, "new"]) == []


def test_added_pieces_of_another_base_are_ignored() -> None:
    keys = [f"k{n}" for n in range(20)]
    store = Parts.from_bytes(_stored(keys).to_bytes(), "v")
    _made(store, [*keys, "new"])
    added = store.added_bytes()
    assert added is not None
    other_base = _stored(["a"]).to_bytes()  # another token
    assert _made(Parts.from_bytes(other_base, "v", added), ["new"]) == ["new"]
    assert _made(Parts.from_bytes(other_base, "v", added[:-2]), ["new"]) == ["new"]


def test_added_pieces_past_their_share_ask_for_a_new_base() -> None:
    store = Parts.from_bytes(_stored([f"k{n}" for n in range(10)]).to_bytes(), "v")
    _made(store, [f"k{n}" for n in range(10)] + ["x", "y"])  # 2 of 12 added: over a tenth
    assert store.added_bytes() is None
    base = store.to_bytes()
    empty = store.added_bytes()
    assert empty is not None
    assert _made(Parts.from_bytes(base, "v", empty), ["x", "y", "k3"]) == []
    assert Parts("v").added_bytes() is None  # nothing stored yet: a base first


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setattr(parts, "ADDED_MAX_SHARE", 1.0)  # a tiny corpus: added pieces stay apart
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(ONE, encoding="utf-8")
    (articles / "other.txt").write_text(OTHER, encoding="utf-8")
    return Config(articles=articles, output=tmp_path / "site", cache=tmp_path / "cache")


def test_a_build_that_adds_an_article_leaves_the_base_alone(
    project: Config, tmp_path: Path
) -> None:
    pipeline.build(project, jobs=1)
    base = (project.cache / pipeline.PARTS).read_bytes()
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    assert pipeline.build(project, jobs=1).ok
    assert (project.cache / pipeline.PARTS).read_bytes() == base
    added = (project.cache / pipeline.PARTS_ADDED).read_bytes()
    assert len(added) > len(parts.ADDED_MAGIC) + parts.TOKEN_SIZE + 20
    expected = fresh_build(project, tmp_path, "scratch")
    assert files_of(project.output) == expected
    # The next build reads base and added pieces: nothing to make, nothing rewritten.
    (project.output / "data" / "claims.json").unlink()
    assert pipeline.build(project, jobs=1).ok
    assert (project.cache / pipeline.PARTS_ADDED).read_bytes() == added
    assert files_of(project.output) == expected


def test_damaged_added_pieces_give_the_same_site(project: Config, tmp_path: Path) -> None:
    pipeline.build(project, jobs=1)
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    pipeline.build(project, jobs=1)
    added = project.cache / pipeline.PARTS_ADDED
    added.write_bytes(added.read_bytes()[:-10])
    (project.articles / "other.txt").unlink()
    assert pipeline.build(project, jobs=1).ok
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")
