"""What a reconciliation decides: questions, entities, and per-claim maps.

The per-claim maps a build does not read (who gave each figure, the label
to credit it with, its scope) are made the first time they are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from dossier.model import Entity, Question


@dataclass(frozen=True, slots=True, kw_only=True)
class Reconciliation:
    """Everything the reconciler decides about a corpus of claims.

    ``question_of`` maps every claim id to its question id;
    ``canonical_attribution`` maps each attributed claim to the canonical
    name of who gave the figure; ``reported_by`` maps every claim to the
    label to show for it (the attribution, else the outlet, else the source
    title); ``scope_of`` maps every claim to its scope ("all" when none);
    ``summary_claims`` lists, per question, the claims whose figures the
    summary quotes, so a page can cite each.
    """

    questions: tuple[Question, ...]
    entities: tuple[Entity, ...]
    question_of: Mapping[str, str] = field(default_factory=dict)
    canonical_attribution: Mapping[str, str] = field(default_factory=dict)
    reported_by: Mapping[str, str] = field(default_factory=dict)
    scope_of: Mapping[str, str] = field(default_factory=dict)
    summary_claims: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None


class Later(Mapping[str, str]):
    """A read-only mapping made the first time it is read.

    The per-claim maps of a reconciliation (attribution, label, scope) take
    a sort of every claim id to make, and a build does not read them.
    """

    __slots__ = ("_made", "_make")

    def __init__(self, make: Callable[[], dict[str, str]]) -> None:
        self._make: Callable[[], dict[str, str]] | None = make
        self._made: Mapping[str, str] | None = None

    def _data(self) -> Mapping[str, str]:
        if self._made is None:
            assert self._make is not None
            self._made, self._make = MappingProxyType(self._make()), None
        return self._made

    def __getitem__(self, key: str) -> str:
        return self._data()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __eq__(self, other: object) -> bool:
        return self._data() == (other._data() if isinstance(other, Later) else other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._data())
