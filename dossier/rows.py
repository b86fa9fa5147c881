"""Claim table rows, written here rather than by a template macro.

A claim has a row on its source's page, on the page of each name it is
attributed to or mentions, and in the claim listings: about 300,000 rows for
5,000 articles.  A Jinja macro call per row cost about four times what
writing the row here does.  Every text is escaped with ``escape_text``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from dossier import present, site
from dossier.markup import escape_text
from dossier.model import Claim, Entity, Question, Source


class RowLookup(Protocol):
    """What a row follows from a claim (``site.Lookup`` provides it)."""

    def question(self, claim: Claim) -> Question | None: ...

    def speaker(self, claim: Claim) -> Entity | None: ...

    def source(self, claim: Claim) -> Source: ...


def claim_row(
    root: str,
    claim: Claim,
    lookup: RowLookup,
    source_line: Callable[[Source], str] | None = None,
) -> str:
    """One ``<tr>``: figure, kind, subject, attribution, as-of date, [source,] question.

    ``root`` leads from the page back to the site root; the source column is
    there when ``source_line`` is given, filled with its markup for the source.
    """
    e = escape_text
    root = e(root)
    low = claim.value.low
    unit = claim.unit
    unit_text = f" {e(unit)}" if unit and unit not in ("people", "percent") else ""
    speaker = lookup.speaker(claim)
    if speaker:
        attribution = (
            f'<a href="{root}{e(site.entity_url(speaker.id))}">{e(claim.attributed_to)}</a>'
        )
    else:
        attribution = e(claim.attributed_to or "the article")
    as_of = claim.as_of
    question = lookup.question(claim)
    if question and len(question.claim_ids) > 1:
        verdict = (
            f'<a href="{root}{e(site.question_url(question.id))}">'
            f"{e(present.STATUS_LABELS[question.status])}</a>"
        )
    else:
        verdict = "—"
    source = f"<td>{source_line(lookup.source(claim))}</td>  " if source_line else "  "
    return (
        "<tr>\n"
        f'  <td data-sort="{e(low if low is not None else claim.value.high)}">'
        f'<a href="{root}{e(site.claim_url(claim.id))}"><strong>{e(present.figure(claim))}'
        f"</strong></a>{unit_text}</td>\n"
        f'  <td><span class="tag kind-{e(claim.kind.value)}">'
        f"{e(present.KIND_LABELS[claim.kind])}</span></td>\n"
        f"  <td>{e(claim.subject or '')}</td>\n"
        f"  <td>{attribution}</td>\n"
        f'  <td data-sort="{e(as_of.range.start.isoformat() if as_of else "")}">'
        f"{e(present.as_of(as_of))}</td>\n"
        f"{source}<td>{verdict}</td>\n"
        "</tr>"
    )
