"""Bare figures that take their kind from a figure named before them."""

from __future__ import annotations

import re

from dossier.model import Kind, Quantity
from dossier.rules import PEOPLE_KINDS, Found, Sentence, in_quotation

# Kinds a later bare figure can take over from the figure it refers back to.
_REFERABLE = (*PEOPLE_KINDS, Kind.COUNT, Kind.VOTES)
_NOT_ELLIPSIS = re.compile(
    r"\b(?:instead of|rather than|not|aged|age|ages|than|of|per|in|from|to|by|between)\s+$",
    re.IGNORECASE,
)
_ELLIPSIS_AFTER = re.compile(
    r"^(?:\s*(?:[.,;:]|$)|\s+(?:would|will|could|might|should)\b|\s+[a-z]+ed\b(?!\s+by\b))"
)
_LOCATIVE = re.compile(r"\b(?:in|at|across|into|on|throughout|near)\s+$", re.IGNORECASE)
_MORE = re.compile(r"^\s+(?:more|others|further)\b(?!\s+than)")
_AND_BEFORE = re.compile(r"\band\s+$")
_INCLUDING = re.compile(r"\b(?:including|among them)\s+$", re.IGNORECASE)
_THE_FIGURE = re.compile(
    r"\b(?:put|puts|putting|placed|places)\s+the\s+(?:figure|number|total|tally|count)\s+at\s+$"
    r"|\bthe\s+(?:figure|number|total|tally|count)\s+(?:stood|stands|was|is|rose|reached|"
    r"climbed|has risen|had risen)\s+(?:at\s+|to\s+)?$",
    re.IGNORECASE,
)


def refer_back(s: Sentence, accepted: list[Found], previous: Found | None) -> list[Found]:
    """Figures that take their kind from a figure named before them.

    - "including nine children" after "23 people have died": the same kind;
    - "five bodies ... and four more": the same kind and unit;
    - "put the figure at 87" after "dozens were arrested": the same kind;
    - a bare figure standing for a noun already counted ("874 new cases,
      double the 402 recorded in December", "18,214 votes to Moritz's
      15,147", "filed 212 lawsuits. Courts have ruled on 38.").  The noun is
      taken from the nearest figure before it in the sentence that does not
      say where ("in 200 towns"), else from the previous sentence's last.
    """
    out = list(accepted)
    for q in s.quantities:
        if q.unit is not None:
            continue
        mine = next((f for f in out if f.start <= q.span.start < f.end), None)
        before = s.text[: q.span.start]
        after = s.text[q.span.end :]
        earlier = [
            f for f in out if f.end <= q.span.start and f.kind in _REFERABLE and f.unit != "percent"
        ]
        if mine is not None:
            if _INCLUDING.search(before) and mine.kind is Kind.COUNT:
                head = next((f for f in reversed(earlier) if f.kind in PEOPLE_KINDS), None)
                if head is not None:
                    out[out.index(mine)] = _retyped(mine, head.kind)
            continue
        more = _MORE.match(after)
        if more and _AND_BEFORE.search(before) and earlier:
            head = earlier[-1]
            out.append(_like(q, head, q.span.end + more.end()))
            continue
        if _THE_FIGURE.search(before):
            head = earlier[-1] if earlier else previous
            if head is not None and head.kind in _REFERABLE:
                out.append(_like(q, head, q.span.end))
            continue
        if _NOT_ELLIPSIS.search(before):
            continue
        if not _ELLIPSIS_AFTER.match(after) or in_quotation(s.text, q.span.start):
            continue
        plain = [f for f in earlier if not _LOCATIVE.search(s.text[: f.start])]
        head = plain[-1] if plain else previous if not earlier else None
        if head is not None and head.kind in _REFERABLE:
            out.append(_like(q, head, q.span.end))
    return sorted(out, key=lambda f: (f.start, f.end))


def _like(q: Quantity, head: Found, end: int) -> Found:
    return Found(head.kind, q.value, q.qualifier, q.span.start, end, head.unit, head.subject)


def _retyped(found: Found, kind: Kind) -> Found:
    return Found(
        kind, found.value, found.qualifier, found.start, found.end, found.unit, found.subject
    )
