"""Extraction cache: keys follow bytes and code only; entries are atomic and self-checking."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from dossier import cache, pipeline
from dossier.config import Config
from dossier.loader import RawArticle
from dossier.model import Severity

TEXT = b"Police said 30 protesters were arrested outside the council on Tuesday.\n"
RAW = RawArticle(path="a.txt", data=TEXT, sidecar_path="a.yaml", sidecar=b"title: A\n")


def test_key_follows_bytes_sidecar_and_path_only() -> None:
    assert cache.key(RAW) == cache.key(RawArticle(**{f: getattr(RAW, f) for f in RAW.__slots__}))
    variants = [
        RawArticle(path="b.txt", data=TEXT, sidecar_path="b.yaml", sidecar=b"title: A\n"),
        RawArticle(path="a.txt", data=TEXT + b" ", sidecar_path="a.yaml", sidecar=b"title: A\n"),
        RawArticle(path="a.txt", data=TEXT, sidecar_path="a.yaml", sidecar=b"title: B\n"),
        RawArticle(path="a.txt", data=TEXT),
        RawArticle(path="a.txt", data=TEXT, sidecar_path="a.yaml", sidecar=b""),
    ]
    keys = {cache.key(v) for v in variants} | {cache.key(RAW)}
    assert len(keys) == len(variants) + 1


def test_key_follows_the_extractor_code(monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.key(RAW)
    monkeypatch.setattr(cache, "code_version", lambda: "extractor 2")
    assert cache.key(RAW) != before


def test_code_version_covers_loader_and_extractor_modules_only() -> None:
    modules = set(cache.code_modules())
    assert {"loader", "frontmatter", "extractor", "numbers", "dates", "model"} <= modules
    assert not modules & {"reconciler", "site", "render", "output", "pipeline", "writer"}


def test_entry_round_trip_and_purity() -> None:
    key, data = cache.extract_to_cache(RAW)
    assert (key, data) == cache.extract_to_cache(RAW)
    entry = cache.decode(data)
    assert entry.article is not None and entry.article.source.meta.title == "A"
    assert entry.claims and all(c.source_id == "a" for c in entry.claims)
    assert entry == cache.extract(RAW)
    claim = entry.claims[0]
    assert type(claim.span) is type(cache.extract(RAW).claims[0].span)
    with pytest.raises(AttributeError):  # records come back frozen
        claim.span.start = 0  # type: ignore[misc]


def test_key_from_digests_is_the_key_from_bytes() -> None:
    digest = cache.content_digest
    assert cache.key(RAW) == cache.key_of("a.txt", digest(TEXT), "a.yaml", digest(b"title: A\n"))
    plain = RawArticle(path="a.txt", data=TEXT)
    assert cache.key(plain) == cache.key_of("a.txt", digest(TEXT), None, None)


def test_unusable_file_is_an_entry_with_its_error() -> None:
    entry = cache.extract(RawArticle(path="bin.txt", data=b"\0\1\2"))
    assert entry.article is None and entry.error is not None
    assert entry.error.severity is Severity.ERROR


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d[:-5],
        lambda d: d[:20] + bytes([d[20] ^ 1]) + d[21:],
        lambda d: b"something else",
        lambda d: b"",
    ],
)
def test_damaged_entry_is_refused(damage: object) -> None:
    _key, data = cache.extract_to_cache(RAW)
    with pytest.raises(ValueError):
        cache.decode(damage(data))  # type: ignore[operator]


def test_store_writes_atomically_and_prunes(tmp_path: Path) -> None:
    store = cache.Store(tmp_path)
    key, data = cache.extract_to_cache(RAW)
    store.write(key, data)
    store.write("stale", data)
    assert sorted(p.name for p in store.folder.iterdir()) == sorted([f"{key}.bin", "stale.bin"])
    entry, note = store.load(key)
    assert entry is not None and note is None
    assert store.load("missing") == (None, None)
    assert store.prune({key}) == 1
    assert [p.name for p in store.folder.iterdir()] == [f"{key}.bin"]


def _one_article_project(tmp_path: Path) -> Config:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_bytes(TEXT)
    return Config(articles=articles, output=tmp_path / "site", cache=tmp_path / "cache")


def _next_process(config: Config) -> None:
    """Forget what this process knows, so the next build reads the cache as a new command."""
    (config.cache / pipeline.LAST_BUILD).unlink()  # else nothing is read at all
    cache.forget_decoded()


def test_corrupted_entry_is_rebuilt_with_a_warning(tmp_path: Path) -> None:
    config = _one_article_project(tmp_path)
    first = pipeline.build(config, jobs=1)
    assert first.ok and not first.diagnostics
    (entry,) = (config.cache / "sources").iterdir()
    entry.write_bytes(entry.read_bytes()[:-10])
    pack = config.cache / cache.PACK
    pack.write_bytes(pack.read_bytes()[:-10])  # the pack's copy is cut short too
    _next_process(config)
    again = pipeline.build(config, jobs=1)
    assert [d.severity for d in again.diagnostics] == [Severity.WARNING]
    assert "damaged" in again.diagnostics[0].message
    assert (again.claims, again.pages_written) == (first.claims, 0)
    third = pipeline.build(config, jobs=1)
    assert not third.diagnostics  # the entry was written again


def _fail_on_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(raw: RawArticle) -> cache.Entry:
        raise AssertionError("extracted again")

    monkeypatch.setattr(cache, "extract", fail)


def test_entries_are_read_from_the_pack_in_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _one_article_project(tmp_path)
    first = pipeline.build(config, jobs=1)
    for entry in (config.cache / "sources").iterdir():
        entry.unlink()  # only the pack is left
    _next_process(config)
    _fail_on_extract(monkeypatch)
    again = pipeline.build(config, jobs=1)
    assert (again.claims, again.pages_written, again.diagnostics) == (first.claims, 0, ())


def test_a_damaged_copy_in_the_pack_is_read_from_its_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _one_article_project(tmp_path)
    first = pipeline.build(config, jobs=1)
    pack = config.cache / cache.PACK
    data = pack.read_bytes()
    pack.write_bytes(data[:-30] + bytes([data[-30] ^ 1]) + data[-29:])  # one bit flipped
    _next_process(config)
    _fail_on_extract(monkeypatch)
    again = pipeline.build(config, jobs=1)
    assert (again.claims, again.diagnostics) == (first.claims, ())
    assert pack.read_bytes() == data  # and the pack was mended


def test_pack_is_written_only_when_its_entries_change(tmp_path: Path) -> None:
    store = cache.Store(tmp_path)
    key, data = cache.extract_to_cache(RAW)
    store.add(key, data)
    assert store.pack([key])
    again = cache.Store(tmp_path)
    assert list(again.packed()) == [key]
    cache.forget_decoded()
    assert again.load_all([key]) == ({key: cache.decode(data)}, [])
    assert not again.pack([key])
    assert again.pack([])  # the entry left the build
    assert cache.Store(tmp_path).packed() == {}


def test_pack_cut_short_keeps_the_entries_before_the_cut(tmp_path: Path) -> None:
    store = cache.Store(tmp_path)
    other = RawArticle(path="b.txt", data=TEXT.replace(b"30", b"40"))
    made = dict(cache.extract_to_cache(raw) for raw in (RAW, other))
    for key, data in made.items():
        store.write(key, data)
    store.pack(list(made))
    pack = tmp_path / cache.PACK
    pack.write_bytes(pack.read_bytes()[:-1])
    assert list(cache.Store(tmp_path).packed()) == list(made)[:1]


def test_second_build_reads_the_cache_instead_of_extracting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _one_article_project(tmp_path)
    pipeline.build(config, jobs=1)
    _fail_on_extract(monkeypatch)
    _next_process(config)
    assert pipeline.build(config, jobs=1).claims == 1


def test_entries_stay_decoded_between_builds_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_bytes(TEXT)
    config = Config(articles=articles, output=tmp_path / "site", cache=tmp_path / "cache")
    pipeline.build(config, jobs=1)
    (articles / "b.txt").write_bytes(TEXT.replace(b"30", b"40"))

    def fail(self: cache.Store, entry_key: str) -> bytes | None:
        raise AssertionError("read from disk again")

    real_read = cache.Store.read
    monkeypatch.setattr(cache.Store, "read", fail)
    with pytest.raises(AssertionError):  # b.txt is new: its entry is looked up on disk
        pipeline.build(config, jobs=1)
    monkeypatch.setattr(cache.Store, "read", real_read)
    assert pipeline.build(config, jobs=1).claims == 2
    monkeypatch.setattr(cache.Store, "read", fail)
    (articles / "b.txt").unlink()
    assert pipeline.build(config, jobs=1).claims == 1  # a.txt: decoded already


def test_a_pack_of_another_format_is_not_read(tmp_path: Path) -> None:
    store = cache.Store(tmp_path)
    key, data = cache.extract_to_cache(RAW)
    store.add(key, data)
    store.pack([key])
    pack = tmp_path / cache.PACK
    older = pack.read_bytes().replace(cache.PACK_FORMAT, b"dossier-pack 2\n", 1)
    pack.write_bytes(older)
    assert cache.Store(tmp_path).packed() == {}
    cache.forget_decoded()
    assert cache.Store(tmp_path).load_all([key]) == ({key: cache.decode(data)}, [])  # its file


def test_a_pack_record_is_its_crc_and_its_pickle(tmp_path: Path) -> None:
    store = cache.Store(tmp_path)
    key, data = cache.extract_to_cache(RAW)
    store.add(key, data)
    store.pack([key])
    record = bytes(cache.Store(tmp_path).packed()[key])
    pickled = record[cache.PACK_CHECK :]
    assert record[: cache.PACK_CHECK] == zlib.crc32(pickled).to_bytes(4, "little")
    assert cache.records.loads(pickled) == cache.decode(data)
