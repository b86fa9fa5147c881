"""Incremental rebuilds, round 7: what a build costs after its own work is done."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs a build in a fresh interpreter; an exit handler registered before the build runs
# after the build's own (last registered, first run) and reports what the collector sees.
_BUILD_THEN_EXIT = """
import atexit, gc, sys
from pathlib import Path

import pytest
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0, flush=True))
from dossier.config import Config
from dossier.pipeline import build
articles, output, cache = map(Path, sys.argv[1:4])
build(Config(articles=articles, output=output, cache=cache), jobs=1)
print("frozen after build:", gc.get_freeze_count() > 0, flush=True)
"""


def _build_in_child(tmp_path: Path) -> list[str]:
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    (articles / "a.txt").write_text("Police said 30 protesters were arrested on Tuesday.\n")
    done = subprocess.run(
        [sys.executable, "-c", _BUILD_THEN_EXIT, str(articles), str(tmp_path / "site"),
         str(tmp_path / "cache")],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return done.stdout.splitlines()


def test_a_build_leaves_the_collector_as_it_found_it_until_the_process_ends(
    tmp_path: Path,
) -> None:
    lines = _build_in_child(tmp_path)
    assert lines == ["frozen after build: False", "frozen at exit: True"]
    assert (tmp_path / "site" / "index.html").is_file()


def test_a_build_with_nothing_to_do_registers_nothing(tmp_path: Path) -> None:
    _build_in_child(tmp_path)
    lines = _build_in_child(tmp_path)  # the same articles into the same site: nothing to do
    assert lines == ["frozen after build: False", "frozen at exit: False"]


# ---------------------------------------------------------------- start-up: the feed's escaping

_AWKWARD = [
    "",
    "plain",
    "Tom & Jerry <b>bold</b> > less",
    'say "hi"',
    "it's",
    "both \"double\" and 'single'",
    "tabs\tand\nnew\rlines",
    "&amp; already escaped",
    "ünïcödé — “quotes”",
]


def test_the_feed_escapes_text_and_attributes_as_the_standard_library_does() -> None:
    from xml.sax.saxutils import escape, quoteattr

    from dossier import feeds

    for text in _AWKWARD:
        assert feeds.escape(text) == escape(text)
        assert feeds.quoteattr(text) == quoteattr(text)


def test_loading_the_build_does_not_import_the_web_client_modules() -> None:
    code = (
        "import sys, dossier.cli, dossier.output, dossier.pipeline, dossier.feeds\n"
        "print(sorted(m for m in ('urllib.request', 'http.client') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"


# ---------------------------------------------------------------- cache keys made once


def test_a_build_makes_each_articles_cache_key_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dossier import cache, pipeline
    from dossier.config import Config

    articles = tmp_path / "articles"
    articles.mkdir()
    for n, figure in enumerate((30, 12, 40)):
        (articles / f"a{n}.txt").write_text(f"Police said {figure} protesters were arrested.\n")
    config = Config(articles=articles, output=tmp_path / "site", cache=tmp_path / "cache")
    first = pipeline.build(config, jobs=1)
    (config.cache / pipeline.LAST_BUILD).unlink()  # the next build goes through every stage
    made: list[str] = []
    key_of = cache.key_of
    monkeypatch.setattr(cache, "key_of", lambda *args: made.append(args[0]) or key_of(*args))
    again = pipeline.build(config, jobs=1)
    assert sorted(made) == ["a0.txt", "a1.txt", "a2.txt"]
    assert (again.sources, again.claims, again.pages_written) == (first.sources, first.claims, 0)
