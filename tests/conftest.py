"""Shared fixtures: writing small article folders, and the golden-file switch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.config import Config

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files from current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def write_articles(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write ``{relative name: text or bytes}`` into a fresh articles folder."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "articles"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write


@pytest.fixture
def project(tmp_path: Path) -> Config:
    """A project of two short articles on different stories (``test_incremental``'s)."""
    from tests.test_incremental import ONE, OTHER

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(ONE, encoding="utf-8")
    (articles / "other.txt").write_text(OTHER, encoding="utf-8")
    return Config(articles=articles, output=tmp_path / "site", cache=tmp_path / "cache")
