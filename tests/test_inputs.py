"""Article index: unchanged files are not read; any change, even one a stat hides, is."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from dossier import cache, inputs, loader
from dossier.loader import ArticleFile, RawArticle

TEXT = b"Police said 30 protesters were arrested outside the council on Tuesday.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_bytes(TEXT)
    (articles / "a.yaml").write_bytes(b"title: A\n")
    (articles / "b.md").write_bytes(TEXT.replace(b"30", b"40"))
    return articles


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds run long after the files were written: no file is racy."""
    monkeypatch.setattr(inputs, "_now", lambda: time.time_ns() + 60 * 10**9)


def gather(folder: Path) -> inputs.Gathered:
    return inputs.gather(folder, folder.parent / "cache" / inputs.INDEX)


def keys(gathered: inputs.Gathered) -> dict[str, str]:
    return {item.path: item.key for item in gathered.inputs}


def no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(found: ArticleFile) -> RawArticle:
        raise AssertionError(f"{found.path} was read")

    monkeypatch.setattr(inputs, "read_article_file", fail)


def keep_mtime_rewrite(path: Path, data: bytes) -> None:
    """Rewrite ``path`` in place with ``data`` and put its modification time back."""
    before = path.stat()
    assert len(data) == before.st_size
    path.write_bytes(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_keys_are_the_keys_of_the_bytes(folder: Path) -> None:
    first = gather(folder)
    raws, _, _ = loader.read_folder(folder)
    assert keys(first) == {raw.path: cache.key(raw) for raw in raws}
    assert first.files_read == 2 and all(item.raw is not None for item in first.inputs)


def test_unchanged_files_are_not_read(
    folder: Path, settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = gather(folder)
    no_reading(monkeypatch)
    again = gather(folder)
    assert keys(again) == keys(first)
    assert again.files_read == 0 and all(item.raw is None for item in again.inputs)


def test_file_rewritten_with_same_size_and_mtime_is_read_again(folder: Path, settled: None) -> None:
    first = gather(folder)
    keep_mtime_rewrite(folder / "a.txt", TEXT.replace(b"30", b"31"))
    again = gather(folder)
    assert again.files_read == 1
    assert keys(again)["a.txt"] != keys(first)["a.txt"]
    assert keys(again)["b.md"] == keys(first)["b.md"]


def test_sidecar_rewritten_with_same_size_and_mtime_changes_the_key(
    folder: Path, settled: None
) -> None:
    first = gather(folder)
    keep_mtime_rewrite(folder / "a.yaml", b"title: B\n")
    assert keys(gather(folder))["a.txt"] != keys(first)["a.txt"]


def test_touched_file_is_read_and_keeps_its_key(folder: Path, settled: None) -> None:
    first = gather(folder)
    os.utime(folder / "b.md")
    again = gather(folder)
    assert again.files_read == 1 and keys(again) == keys(first)


def test_files_changed_just_before_the_stat_are_not_vouched_for(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = (folder / "a.txt").stat().st_ctime_ns
    monkeypatch.setattr(inputs, "_now", lambda: written + inputs.RACY_NS // 2)
    gather(folder)
    index = inputs.read_index(folder.parent / "cache" / inputs.INDEX, folder)
    assert "a.txt" not in index and "a.yaml" not in index  # racy: read again next time
    monkeypatch.setattr(inputs, "_now", lambda: written + inputs.RACY_NS * 2)
    assert gather(folder).files_read == 2
    assert gather(folder).files_read == 0


def test_added_removed_and_renamed_files(folder: Path, settled: None) -> None:
    first = gather(folder)
    (folder / "b.md").rename(folder / "c.md")
    (folder / "a.yaml").unlink()
    (folder / "d.txt").write_bytes(TEXT)  # same text as a.txt
    again = gather(folder)
    assert sorted(keys(again)) == ["a.txt", "c.md", "d.txt"]
    assert again.files_read == 2  # c.md (a new path) and d.txt; a.txt's digest is known
    raws, _, _ = loader.read_folder(folder)
    assert keys(again) == {raw.path: cache.key(raw) for raw in raws}
    assert keys(again)["a.txt"] != keys(first)["a.txt"]  # its sidecar is gone
    index = inputs.read_index(folder.parent / "cache" / inputs.INDEX, folder)
    assert sorted(index) == ["a.txt", "c.md", "d.txt"]


def test_sidecar_added_to_an_unchanged_article(folder: Path, settled: None) -> None:
    gather(folder)
    (folder / "b.yaml").write_bytes(b"title: B\n")
    again = gather(folder)
    raws, _, _ = loader.read_folder(folder)
    assert keys(again) == {raw.path: cache.key(raw) for raw in raws}


@pytest.mark.parametrize(
    "damage", [lambda d: d[:-3], lambda d: d[:30] + bytes([d[30] ^ 1]) + d[31:], lambda d: b"x"]
)
def test_damaged_index_means_every_file_is_read(
    folder: Path, settled: None, damage: object
) -> None:
    first = gather(folder)
    index = folder.parent / "cache" / inputs.INDEX
    index.write_bytes(damage(index.read_bytes()))  # type: ignore[operator]
    assert inputs.read_index(index, folder) == {}
    again = gather(folder)
    assert again.files_read == 2 and keys(again) == keys(first)
    assert inputs.read_index(index, folder) != {}  # and written again


def test_index_of_another_folder_is_not_used(folder: Path, settled: None) -> None:
    gather(folder)
    copy = folder.parent / "copy"
    folder.rename(copy)  # same files, same stamps, another folder
    assert inputs.read_index(folder.parent / "cache" / inputs.INDEX, copy) == {}
    assert inputs.gather(copy, folder.parent / "cache" / inputs.INDEX).files_read == 2


def test_unreadable_and_oversized_files_are_reported_in_path_order(
    folder: Path, settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 100)
    (folder / "0-big.txt").write_bytes(b"x" * 101)
    (folder / "z-gone.txt").symlink_to(folder / "missing.txt")
    gathered = gather(folder)
    assert [path for path, _ in gathered.skipped] == ["0-big.txt", "z-gone.txt"]
    assert "limit" in gathered.skipped[0][1] and "cannot read" in gathered.skipped[1][1]
    _raws, diagnostics, skipped = loader.read_folder(folder)
    assert (gathered.diagnostics, gathered.skipped) == (tuple(diagnostics), tuple(skipped))
