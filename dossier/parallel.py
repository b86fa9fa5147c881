"""Extraction over worker processes, results in input order.

``cache.extract_to_cache`` is a pure function of one article file, so the
same call runs in a worker process as in the main one and the results are
identical whatever the number of processes.  A handful of files is
extracted in the main process: starting workers costs more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from dossier.cache import extract_to_cache
from dossier.loader import RawArticle

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


def map_entries(raws: Sequence[RawArticle], jobs: int | None) -> Iterator[tuple[str, bytes]]:
    """``extract_to_cache`` over ``raws``, in order, on up to ``jobs`` processes."""
    workers = workers_for(len(raws), jobs)
    if workers == 1:
        yield from map(extract_to_cache, raws)
        return
    import dossier.extractor  # noqa: F401  (workers started by fork inherit it, imported once)

    chunk = max(1, min(16, len(raws) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(extract_to_cache, raws, chunksize=chunk)
