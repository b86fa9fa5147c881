"""Group claims into questions and say whether their sources agree.

A question is one thing several claims can answer: a measure (kind and unit),
an event (what, where, roughly when) and, for vote shares and generic counts,
what exactly is counted (the candidate, the subject).  The steps:

1. **Read** each source's claims: dates, places, event families, entities
   (names resolved over the whole corpus: aliases, acronyms, partial names),
   scope, who gave the figure and its signature (candidate, a party's seats,
   subject with what one side demands or offers, event text; near spellings
   merged with rapidfuzz).
2. **Block** claims by kind, unit and signature, then by time: claims sorted
   by as-of date are cut wherever two neighbours are more than ``_GAP_DAYS``
   apart (``_SLOW_GAP_DAYS`` for sums of money and percentages, which the
   news comes back to over months), so a 2017 figure never meets a 2024 one.
   Claims with no date at all form their own blocks and never join dated ones.
3. **Group** inside a block on evidence from the text: countries named in the
   sentence (or, failing that, in the paragraph), event families (protest,
   earthquake, mine collapse...) and resolved entities.  Claims naming
   different countries or different kinds of event are never grouped, nor
   are a day's count and a running total ("on Saturday alone" against
   "since February"), a figure for one year and any other (an earlier
   event named by its year is that year's), soldiers and civilians with no
   figure for everyone beside them, two armies' soldiers, the first round
   of a vote and its runoff, or a national total and a region it names as
   one of its parts.  Places a sentence writes inside other names ("the
   Assembly of Veldra") or as adjectives ("Veldran") count as named, and two
   spellings of a small place a letter apart ("Kessarin", "Kesarin") that no
   text names side by side are one place.  Fighters outside a state's forces
   are kept apart from civilians and soldiers like soldiers from civilians.
   Measures of one day's event (a crowd, a poll's turnout) are cut into
   days first.  Each claim joins the best-matching group; a claim with no
   evidence either way joins the only group it could belong to, or starts
   its own.
4. **Judge** each question with interval logic ("over 1,000" agrees with
   1,062) and the as-of dates: ``conflict``, ``scope``, ``update``,
   ``consistent`` or ``single``.  A later value of a fixed measure said to
   have been changed to ("cut the fine to") updates the earlier one.

Modules: :mod:`~dossier.reconcile_sources` reads one source's claims (with
:mod:`~dossier.reconcile_features` and :mod:`~dossier.reconcile_signature`),
:mod:`~dossier.reconcile_grouping` blocks and groups,
:mod:`~dossier.reconcile_wording` judges and words each question,
:mod:`~dossier.reconcile_run` runs the steps in order and
:mod:`~dossier.reconcile_memo` holds what a run keeps for the next.

``reconcile_incremental`` does the same with a memo from an earlier call
(:mod:`~dossier.reconcile_memo`): a source whose claims are unchanged and
whose names the index still resolves the same way is not read again, a
part of a time block whose claims are unchanged is not grouped again, and an
unchanged group's question is not judged again.  Only what a memo entry's
digest stands for is reused, so the result is always that of ``reconcile``.

Every step orders its input by content, so the output does not depend on
the order claims arrive in.  Work is linear in the number of claims apart
from sorting and comparisons inside one question.  Question ids come from
the measure and a key of the event (main country, event family, signature,
month it starts), never from the member claims, so adding an article keeps
existing ids.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dossier.model import Claim, Source
from dossier.reconcile_memo import ReconcileMemo
from dossier.reconcile_result import Reconciliation
from dossier.reconcile_run import _Run
from dossier.reconcile_tables import number


def reconcile(claims: Sequence[Claim], sources: Mapping[str, Source]) -> Reconciliation:
    """Group ``claims`` into questions and give each a verdict."""
    return _Run(claims, sources, None, None, keep=False).reconcile()


def reconcile_incremental(
    claims: Sequence[Claim],
    sources: Mapping[str, Source],
    memo: ReconcileMemo | None = None,
    *,
    source_keys: Mapping[str, str] | None = None,
) -> tuple[Reconciliation, ReconcileMemo]:
    """``reconcile``, reusing what ``memo`` (returned by an earlier call) still holds.

    The reconciliation is always the one ``reconcile`` gives; the memo
    returned is for the next call.  ``source_keys`` may map a source id to a
    string that changes whenever the source or any of its claims (in order)
    does, such as the extraction cache key its claims were read under; a
    source without one is keyed by a digest of its claims, which costs about
    ten microseconds a claim.
    """
    run = _Run(claims, sources, memo, source_keys, keep=True)
    return run.reconcile(), run.memo()


__all__ = ["ReconcileMemo", "Reconciliation", "number", "reconcile", "reconcile_incremental"]
