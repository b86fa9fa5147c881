"""Marks claims up in a source's text: each figure's words link to its page.

Claims may nest or overlap; the body is cut at every span boundary and each
segment knows which claims cover it and which start at it.  ``marked_blocks``
writes each block's segments as markup, every text escaped: a source page does
this for every paragraph, which cost several times more through a template.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from dossier import present, site
from dossier.markup import escape_text
from dossier.model import Block, Claim, Source


class Segment(NamedTuple):
    """A stretch of a block that the same claims cover (a tuple: pages make thousands)."""

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
    if not inside:
        return (Segment(text=body[start:end], claims=(), starts=(), ends=()),)
    cuts = sorted({start, end, *(c.span.start for c in inside), *(c.span.end for c in inside)})
    result: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        covering = tuple(c for c in inside if c.span.start <= left and right <= c.span.end)
        starting = tuple(c for c in inside if c.span.start == left)
        ending = tuple(c for c in inside if c.span.end == right)
        result.append(Segment(text=body[left:right], claims=covering, starts=starting, ends=ending))
    return tuple(result)


def marked_blocks(
    root: str, source: Source, claims: Sequence[Claim]
) -> Iterator[tuple[Block, str]]:
    """Each of ``source``'s blocks with its text as markup (``block_markup``).

    Claims are handed to the block their span starts in, so each block sorts
    and cuts only its own.
    """
    starts = [block.span.start for block in source.blocks]
    of_block: dict[int, list[Claim]] = {}
    for claim in claims:
        index = bisect.bisect_right(starts, claim.span.start) - 1
        if index >= 0:
            of_block.setdefault(index, []).append(claim)
    for index, block in enumerate(source.blocks):
        yield block, block_markup(root, source.body, block, of_block.get(index, ()))


def block_markup(root: str, body: str, block: Block, claims: Sequence[Claim]) -> str:
    """``block``'s text with each claim's words linked to its page, as markup.

    A linked stretch is the innermost claim's: it carries the claim's kind as a
    class and its figure as a title, and the id of the claim starting there (an
    empty anchor for each further claim starting at the same place); a kind
    label follows every claim that ends there.
    """
    e = escape_text
    root = e(root)
    out: list[str] = []
    for segment in segments(body, block, claims):
        out.extend(f'<span class="anchor" id="{e(c.id)}"></span>' for c in segment.starts[1:])
        claim = segment.innermost
        if claim is None:
            out.append(e(segment.text))
            continue
        anchor = f' id="{e(segment.starts[0].id)}"' if segment.starts else ""
        href = root + e(site.claim_url(claim.id))
        title = f"{e(present.KIND_LABELS[claim.kind])}: {e(present.figure(claim))}"
        out.append(
            f'<a class="claim kind-{e(claim.kind.value)}" href="{href}"{anchor} title="{title}">'
            f"{e(segment.text)}</a>"
        )
        out.extend(
            f'<sup class="tag kind-{e(end.kind.value)}">{e(present.KIND_LABELS[end.kind])}</sup>'
            for end in segment.ends
        )
    return "".join(out)
