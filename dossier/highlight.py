"""Splits a source's blocks into segments so claim spans can be marked up.

Claims may nest or overlap; the body is cut at every span boundary and each
segment knows which claims cover it and which start at it.  Templates turn
segments into markup, so all text stays escaped by Jinja.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.model import Block, Claim


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    text: str
    claims: tuple[Claim, ...]  # claims covering this segment, outermost first
    starts: tuple[Claim, ...]  # claims whose span starts here (get an anchor)
    ends: tuple[Claim, ...]  # claims whose span ends here (get a kind label)

    @property
    def innermost(self) -> Claim | None:
        return self.claims[-1] if self.claims else None


def segments(body: str, block: Block, claims: Sequence[Claim]) -> tuple[Segment, ...]:
    """Cut ``block`` at claim boundaries. ``claims`` may include claims of other blocks."""
    start, end = block.span.start, block.span.end
    inside = sorted(
        (
            c
            for c in claims
            if start <= c.span.start and c.span.end <= end and c.span.end > c.span.start
        ),
        key=lambda c: (c.span.start, -c.span.end, c.id),
    )
    cuts = sorted({start, end, *(c.span.start for c in inside), *(c.span.end for c in inside)})
    result: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        covering = tuple(c for c in inside if c.span.start <= left and right <= c.span.end)
        starting = tuple(c for c in inside if c.span.start == left)
        ending = tuple(c for c in inside if c.span.end == right)
        result.append(Segment(text=body[left:right], claims=covering, starts=starting, ends=ending))
    return tuple(result)
