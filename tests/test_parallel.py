"""Pages rendered on forked processes: the same bytes in the same order, the collector restored."""

from __future__ import annotations

import gc
import multiprocessing

import pytest

from dossier import parallel
from dossier.cache import extract_to_cache
from dossier.loader import RawArticle
from dossier.model import Page


def _render(page: Page) -> bytes:
    return f"{page.path}:{page.template}".encode()


def _pages(count: int) -> list[Page]:
    return [Page(path=f"p/{n:04d}/index.html", template=f"t{n % 3}") for n in range(count)]


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to start workers"
)
def test_pages_rendered_on_workers_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 10)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 7)
    pages = _pages(95)
    expected = [(page.path, _render(page)) for page in pages]
    assert gc.get_freeze_count() == 0
    assert list(parallel.render_pages(pages, lambda: _render, 2)) == expected
    assert gc.get_freeze_count() == 0  # what was frozen for the workers is unfrozen after


def test_a_caller_s_frozen_objects_stay_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 10)
    held = [object() for _ in range(10)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert len(list(parallel.render_pages(_pages(40), lambda: _render, 2))) == 40
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
    assert held


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to start workers"
)
def test_extraction_started_at_once_gives_what_extracting_here_gives() -> None:
    raws = [
        RawArticle(path=f"n{n}.txt", data=f"Rangers said {n + 4} hikers were rescued.\n".encode())
        for n in range(3)
    ]
    started = parallel.map_entries(raws, 2, at_once=True)
    assert list(started) == [extract_to_cache(raw) for raw in raws]
    assert list(parallel.map_entries([], 2, at_once=True)) == []
