"""Records for the next build, written by a forked process while this build goes on.

Pickling the reconciler's memo and packing the extraction cache's entries
take the best part of a second each at 5,000 articles, and nothing in the
rest of the build reads what they write.  ``later`` runs such a task in a
forked child (which sees the build's objects as they were at the fork,
without copying them) so the build's own process goes on planning and
rendering on the other core; the build waits for the child before it
returns, so the next build finds the records written.

The records are written with ``cache.write_atomic``: a build killed at any
moment leaves the old file or the whole new one, never half of one.  A child
that fails leaves the old record in place, which the records' readers already
treat as stale or damaged (a slower build, never a different one).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable

Wait = Callable[[], bool]  # waits for the task; True if it ran to the end

_RUNNING: list[multiprocessing.process.BaseProcess] = []  # started and not yet waited for


def later(task: Callable[[], object], *, worth_a_process: bool = True) -> Wait:
    """Start ``task`` in a forked process; call the result to wait for it.

    Small tasks (``worth_a_process`` false), and every task where processes
    cannot be forked, run here and now.
    """
    if not worth_a_process or "fork" not in multiprocessing.get_all_start_methods():
        task()
        return _done
    child = multiprocessing.get_context("fork").Process(target=_quietly, args=(task,), daemon=True)
    child.start()
    _RUNNING.append(child)

    def wait() -> bool:
        child.join()
        if child in _RUNNING:
            _RUNNING.remove(child)
        return child.exitcode == 0

    return wait


def wait_all() -> None:
    """Wait for every task still running (a build that fails must not leave one behind)."""
    while _RUNNING:
        _RUNNING.pop().join()


def _done() -> bool:
    return True


def _quietly(task: Callable[[], object]) -> None:
    """Run ``task`` in the child; a failure only sets the exit status (the record stays old)."""
    try:
        task()
    except Exception:
        sys.exit(1)
