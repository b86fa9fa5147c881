"""Cold builds with pages rendered on worker processes.

A build rendering on forked workers gives the same site, byte for byte, as a
build rendering everything in one process; a failure in a worker leaves the
previous site as it was and nothing beside it; a reader that stops early
leaves no worker behind.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from dossier import parallel
from dossier.config import Config
from dossier.model import Page
from dossier.pipeline import build
from dossier.writer import MARKER, write_site

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to start workers"
)


def site_bytes(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_rendering_on_workers_gives_the_site_one_process_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 5)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 3)
    sites = {}
    for jobs in (1, 2):
        out = tmp_path / f"site-{jobs}"
        config = Config(articles=ROOT / "seeds", output=out, cache=tmp_path / f"cache-{jobs}")
        report = build(config, jobs=jobs)
        assert report.ok, [str(d) for d in report.diagnostics]
        sites[jobs] = site_bytes(out)
    assert sites[1] == sites[2] and len(sites[1]) > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache-1", "cache-2", "site-1", "site-2"]
    assert multiprocessing.active_children() == []


def _pages(count: int) -> list[Page]:
    return [Page(path=f"p/{n:04d}/index.html", template="t") for n in range(count)]


def _render(page: Page) -> bytes:
    return f"new {page.path}".encode()


def _failing(page: Page) -> bytes:
    if page.path == "p/0031/index.html":
        raise RuntimeError("a template failed")
    return _render(page)


def test_pages_come_back_in_order_from_batches_dealt_in_turn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 5)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 4)
    pages = _pages(61)  # the last batch is short
    for jobs in (2, 3):
        rendered = list(parallel.render_pages(pages, lambda: _render, jobs))
        assert rendered == [(page.path, _render(page)) for page in pages]
    assert multiprocessing.active_children() == []


def test_a_failure_in_a_worker_leaves_the_old_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 5)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 4)
    out = tmp_path / "site"
    old = {page.path: b"old" for page in _pages(40)}
    write_site(out, old)
    with pytest.raises(RuntimeError, match="a template failed"):
        write_site(out, parallel.render_pages(_pages(40), lambda: _failing, 2))
    assert site_bytes(out) == {**old, MARKER: b""}
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
    assert multiprocessing.active_children() == []


def test_a_reader_stopping_early_leaves_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 5)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 2)
    pages = parallel.render_pages(_pages(400), lambda: _render, 2)
    assert next(pages) == ("p/0000/index.html", b"new p/0000/index.html")
    pages.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []
