"""Output integrity: deterministic bytes, valid HTML5, atomic replacement."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import html5lib
import pytest

from dossier.config import Config
from dossier.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _build_in_subprocess(articles: Path, out: Path, hash_seed: str) -> None:
    env = {
        **os.environ,
        "PYTHONHASHSEED": hash_seed,
        "PYTHONPATH": str(ROOT),
        "TZ": "Pacific/Kiritimati",
    }
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "build", str(articles), "-o", str(out), "-q"],
        env=env,
        cwd=out.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_same_inputs_give_byte_identical_output(tmp_path: Path) -> None:
    first_articles = tmp_path / "a"
    shutil.copytree(ROOT / "seeds", first_articles)
    second_articles = tmp_path / "b"
    second_articles.mkdir()
    for path in sorted((ROOT / "seeds").iterdir(), reverse=True):  # another creation order
        shutil.copy(path, second_articles / path.name)
    _build_in_subprocess(first_articles, tmp_path / "one", "1")
    _build_in_subprocess(second_articles, tmp_path / "two", "987654")
    one, two = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert one.keys() == two.keys()
    different = [path for path in one if one[path] != two[path]]
    assert different == []


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("valid") / "site"
    build(Config(articles=ROOT / "seeds", output=out, cache=out.parent / "cache"))
    return out


def test_every_page_is_valid_html5(seeds_site: Path) -> None:
    pages = sorted(seeds_site.rglob("*.html"))
    assert pages
    for page in pages:
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            parser.parse(page.read_bytes())
        except html5lib.html5parser.ParseError as exc:  # pragma: no cover - shown on failure
            pytest.fail(f"{page.relative_to(seeds_site)}: {exc}")


def test_failed_build_keeps_the_previous_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    config = Config(articles=ROOT / "seeds", output=out, cache=tmp_path / "cache")
    build(config)
    before = _tree(out)

    import dossier.writer as writer

    real_write = writer._write_file
    calls = {"n": 0}

    def failing_write(where: str, data: bytes) -> tuple[int, int]:
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(28, "No space left on device")
        return real_write(where, data)

    articles = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", articles)
    (articles / "new.md").write_text("---\ntitle: New\n---\nAt least 9 people died on Monday.\n")
    monkeypatch.setattr(writer, "_write_file", failing_write)
    with pytest.raises(OSError):
        build(Config(articles=articles, output=out, cache=tmp_path / "cache"))
    monkeypatch.undo()
    assert calls["n"] > 3, "the build never wrote a file: the failure was not exercised"
    assert _tree(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert writer.MARKER in {p.name for p in out.iterdir()}
