"""What the names of a corpus say about entities, read source by source and summed.

``read_names`` reads ``(name, context)`` pairs (a name as written and the
sentence it was found in) into ``NameFacts``: each name's folded key and
surface form, whether a title preceded it, what the words around it point
to, and "Long Form (ABC)" pairs.  Facts of disjoint sets of pairs add up,
and ``tally_names`` keeps their sum in a form a source can be added to or
taken from, so a build where one article changed re-reads one article's
names; :mod:`dossier.entities` clusters the sum into entities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from sys import intern
from typing import NamedTuple

from dossier.entity_names import (
    _context_kind,
    _country_in,
    _place_prefixed,
    acronym_pairs,
    clean_name,
    fold,
    strip_title,
)
from dossier.names import GENERIC_ACRONYMS


class NameFacts(NamedTuple):
    """What some ``(name, context)`` pairs say about entities, before any clustering.

    Facts read from disjoint sets of pairs add up, so a corpus can be read
    source by source (``read_names``) and the facts of sources that did not
    change kept; ``index_names`` clusters the sum.  ``forms`` holds, per
    folded key and surface form, how often it was written and the first raw
    name (in sorted order) that gave it, which orders a key's surface forms
    as if the whole corpus had been read in sorted order.
    """

    forms: tuple[tuple[str, str, int, str], ...] = ()  # key, surface, times, first raw name
    titled: frozenset[str] = frozenset()  # keys written after a title
    cues: tuple[tuple[str, str, int], ...] = ()  # key, kind the context points to, times
    pairs: frozenset[tuple[str, str, str | None]] = frozenset()  # long form, acronym, country
    prefixed: frozenset[tuple[str, str]] = frozenset()  # "venezuelan cne long form" -> long


def read_names(names: Iterable[tuple[str, str]]) -> NameFacts:
    """What ``names`` (``(name, context)`` pairs) say, each pair read once."""
    forms: dict[tuple[str, str], list] = {}  # (key, surface) -> [times, first raw name]
    titled: set[str] = set()
    cues: Counter[tuple[str, str]] = Counter()
    pairs: set[tuple[str, str, str | None]] = set()
    prefixed: set[tuple[str, str]] = set()
    # A name is read once per context it appears in, however many figures share it.
    for (raw, context), times in Counter(names).items():
        name = clean_name(raw)
        if not name or not any(c.isalpha() for c in name) or fold(name) in GENERIC_ACRONYMS:
            continue
        own_pairs = acronym_pairs(name)
        pairs.update((long, acro, _country_in(name)) for long, acro in own_pairs)
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name) or name
        bare, had_title = strip_title(name)
        key = fold(bare)
        if not key:
            continue
        prefixed.update(
            (key, fold(long)) for long, _acro in own_pairs if _place_prefixed(key, fold(long))
        )
        seen = forms.get((key, bare))
        if seen is None:
            forms[(key, bare)] = [times, raw]
        else:
            seen[0] += times
            seen[1] = min(seen[1], raw)
        if had_title:
            titled.add(key)
        cue = _context_kind(bare, context or "")
        if cue:
            cues[(key, cue)] += times
        for long_form, acro in acronym_pairs(context or ""):
            long_key = fold(long_form)
            if key in (long_key, fold(acro)) or _place_prefixed(key, long_key):
                pairs.add((long_form, acro, _country_in(context or "")))
            if _place_prefixed(key, long_key):
                prefixed.add((key, long_key))
    return NameFacts(
        forms=tuple(
            sorted((intern(k), intern(s), n, intern(first)) for (k, s), (n, first) in forms.items())
        ),
        titled=frozenset(titled),
        cues=tuple(sorted((k, c, n) for (k, c), n in cues.items())),
        pairs=frozenset(pairs),
        prefixed=frozenset(prefixed),
    )


class NameTally(NamedTuple):
    """The sum of many ``NameFacts``, counted so that facts can be taken away again.

    ``forms`` maps (key, surface form) to how often it was written and how
    many facts gave each first raw name; the other fields count how many
    facts hold each key, cue (with its times), pair and prefixed key.  The
    maps are plain dicts (a tally is pickled) and never changed once made.
    """

    forms: Mapping[tuple[str, str], tuple[int, tuple[tuple[str, int], ...]]]
    cues: Mapping[tuple[str, str], int]
    titled: Mapping[str, int]
    pairs: Mapping[tuple[str, str, str | None], int]
    prefixed: Mapping[tuple[str, str], int]


def tally_names(
    added: Iterable[NameFacts],
    removed: Iterable[NameFacts] = (),
    base: NameTally | None = None,
) -> NameTally:
    """``base`` (or nothing) with the ``added`` facts and without the ``removed`` ones.

    ``removed`` must be facts ``base`` holds.  ``base`` is left as it was.
    """
    forms: dict[tuple[str, str], tuple[int, tuple[tuple[str, int], ...]]] = dict(
        base.forms if base else {}
    )
    touched: dict[tuple[str, str], list] = {}  # (key, surface) -> [times, Counter of first raws]
    cues: Counter[tuple[str, str]] = Counter(base.cues if base else {})
    titled: Counter[str] = Counter(base.titled if base else {})
    pairs: Counter[tuple[str, str, str | None]] = Counter(base.pairs if base else {})
    prefixed: Counter[tuple[str, str]] = Counter(base.prefixed if base else {})
    for facts, sign in [*((f, 1) for f in added), *((f, -1) for f in removed)]:
        for key, surface, times, first in facts.forms:
            entry = touched.get((key, surface))
            if entry is None:
                times_before, firsts = forms.get((key, surface), (0, ()))
                entry = touched[(key, surface)] = [times_before, Counter(dict(firsts))]
            entry[0] += sign * times
            entry[1][first] += sign
        for key, cue, times in facts.cues:
            cues[(key, cue)] += sign * times
        titled.update({key: sign for key in facts.titled})
        pairs.update({pair: sign for pair in facts.pairs})
        prefixed.update({pair: sign for pair in facts.prefixed})
    for form, (times, firsts) in touched.items():
        held = tuple(sorted((raw, n) for raw, n in firsts.items() if n))
        if held:
            forms[form] = (times, held)
        else:
            forms.pop(form, None)
    return NameTally(
        forms=forms,
        cues=_positive(cues),
        titled=_positive(titled),
        pairs=_positive(pairs),
        prefixed=_positive(prefixed),
    )


def _positive(counts: Counter) -> dict:  # type: ignore[type-arg]
    return {k: n for k, n in counts.items() if n}
