"""A one-line progress bar on stderr, drawn only on a terminal.

``ProgressBar(stream)`` is called with ``(stage, done, total)`` by the
pipeline.  It stays silent for the first moment of a build (so quick
rebuilds print nothing extra), redraws at most ten times a second, and
clears its line when closed so the summary prints on a clean line.
"""

from __future__ import annotations

import time
from typing import TextIO

DELAY = 0.5  # seconds before the first drawing
INTERVAL = 0.1  # seconds between drawings
WIDTH = 30


class ProgressBar:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.visible = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        last = done >= total
        if now - self.started < DELAY or (now - self.drawn_at < INTERVAL and not last):
            return
        self.drawn_at = now
        self.visible = True
        self.stream.write("\r" + line(stage, done, total))
        self.stream.flush()

    def close(self) -> None:
        if self.visible:
            self.stream.write("\r" + " " * (WIDTH + 40) + "\r")
            self.stream.flush()
            self.visible = False


def line(stage: str, done: int, total: int) -> str:
    """``extract [#######.......]  512/5000``"""
    share = done / total if total else 1.0
    filled = round(WIDTH * share)
    bar = "#" * filled + "." * (WIDTH - filled)
    return f"{stage:<8} [{bar}] {done:>{len(str(total))}}/{total}"


def wanted(stream: TextIO, quiet: bool) -> bool:
    """A bar is drawn on a terminal only, and never with ``--quiet``."""
    return not quiet and stream.isatty()
