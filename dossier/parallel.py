"""Extraction and rendering over worker processes, results in input order.

``cache.extract_to_cache`` is a pure function of one article file, so the
same call runs in a worker process as in the main one and the results are
identical whatever the number of processes.  A handful of files is
extracted in the main process: starting workers costs more than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from dossier.cache import extract_to_cache
from dossier.loader import RawArticle
from dossier.model import Page

MIN_PER_WORKER = 8  # fewer files than this per process: not worth a process


def default_jobs() -> int:
    """One process per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def workers_for(count: int, jobs: int | None) -> int:
    """How many processes to use for ``count`` files when ``jobs`` are allowed."""
    allowed = default_jobs() if jobs is None else max(1, jobs)
    return max(1, min(allowed, count // MIN_PER_WORKER))


def map_entries(
    raws: Sequence[RawArticle], jobs: int | None, *, at_once: bool = False
) -> Iterator[tuple[str, bytes]]:
    """``extract_to_cache`` over ``raws``, in order, on up to ``jobs`` processes.

    With ``at_once``, the work starts before this returns, in worker processes
    even for a handful of files (one process then), so the caller gets on with
    other work (decoding the cached entries, importing the rest of the build)
    on the other core while the extractor is imported and run.
    """
    if not raws:
        return iter(())
    workers = workers_for(len(raws), jobs)
    forking = "fork" in multiprocessing.get_all_start_methods()
    if not forking or (workers == 1 and not at_once):
        return map(extract_to_cache, raws)
    if workers > 1:
        import dossier.extractor  # noqa: F401  (workers started by fork inherit it, imported once)
    chunk = max(1, min(16, len(raws) // (workers * 8)))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    results = pool.map(extract_to_cache, raws, chunksize=chunk)  # submitted now
    return _drained(pool, results)


def _drained(
    pool: ProcessPoolExecutor, results: Iterator[tuple[str, bytes]]
) -> Iterator[tuple[str, bytes]]:
    """``results`` one by one, then ``pool`` shut down (also when the caller stops early)."""
    try:
        yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------- rendering

# Pages to render and how, set in the parent just before worker processes are
# forked: the workers inherit them and nothing but page numbers and rendered
# bytes crosses between processes.
_PAGES: Sequence[Page] = ()
_RENDER: Callable[[], Callable[[Page], bytes]] | None = None
_RENDERER: list[Callable[[Page], bytes]] = []  # one renderer per worker, made on first use

MIN_PAGES_PER_WORKER = 200
PAGES_PER_TASK = 50


def render_pages(
    pages: Sequence[Page], make_renderer: Callable[[], Callable[[Page], bytes]], jobs: int | None
) -> Iterator[tuple[str, bytes]]:
    """``(path, bytes)`` of each page, in order, rendered on up to ``jobs`` processes.

    Workers are forked, so they share the site data without copying it;
    where processes cannot be forked, or for few pages, pages are rendered here.
    """
    allowed = default_jobs() if jobs is None else max(1, jobs)
    workers = max(1, min(allowed, len(pages) // MIN_PAGES_PER_WORKER))
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        render = make_renderer()
        for page in pages:
            yield page.path, render(page)
        return
    global _PAGES, _RENDER
    _PAGES, _RENDER = pages, make_renderer
    # What the workers inherit (the site's records, the planned pages) lives as long
    # as they do: out of the collector's sight, its pages are neither scanned again
    # in each worker nor copied into it by the collector writing to their headers.
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        bounds = [
            (start, min(start + PAGES_PER_TASK, len(pages)))
            for start in range(0, len(pages), PAGES_PER_TASK)
        ]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for batch in pool.imap(_render_range, bounds):
                yield from batch
    finally:
        _PAGES, _RENDER = (), None
        if not frozen_before:  # a caller that froze objects unfreezes them itself
            gc.unfreeze()


def _render_range(bounds: tuple[int, int]) -> list[tuple[str, bytes]]:
    if not _RENDERER:
        assert _RENDER is not None
        _RENDERER.append(_RENDER())
    render = _RENDERER[0]
    start, stop = bounds
    return [(page.path, render(page)) for page in _PAGES[start:stop]]
