"""Every record type passed between the stages of a build.

Records are frozen, slotted and keyword-only; collections are tuples so a
record can be hashed, cached and shared across processes.  Numbers are
``Decimal`` (never float) so "51.2%" stays 51.2.  This module imports nothing
else from the package.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Kind(StrEnum):
    """What a figure measures."""

    DEATHS = "deaths"
    INJURIES = "injuries"
    ARRESTS = "arrests"
    DISAPPEARANCES = "disappearances"
    DISPLACED = "displaced"
    VOTE_SHARE = "vote_share"
    VOTES = "votes"
    EVENT_DATE = "event_date"
    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"


class Qualifier(StrEnum):
    """How the text bounds a figure ("more than 2,000", "roughly a dozen")."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    ABOUT = "about"
    FEWER_THAN = "fewer_than"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"


class AsOfBasis(StrEnum):
    """Where an as-of date comes from."""

    STATED = "stated"  # the sentence or paragraph names the date
    PUBLICATION_DATE = "publication_date"  # nothing stated: the article's date
    INFERRED = "inferred"  # derived from indirect evidence (e.g. a year guessed)


class Status(StrEnum):
    """Verdict on a question answered by one or more claims."""

    SINGLE = "single"  # only one claim answers it
    CONSISTENT = "consistent"
    CONFLICT = "conflict"
    UPDATE = "update"
    SCOPE = "scope"


class BlockRole(StrEnum):
    """What a block of the clean body is."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    BOILERPLATE = "boilerplate"


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into ``Source.body``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRange:
    """An inclusive range of calendar days; a single day has start == end."""

    start: date
    end: date

    @property
    def is_day(self) -> bool:
        return self.start == self.end

    def iso(self) -> str | dict[str, str]:
        if self.is_day:
            return self.start.isoformat()
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceMeta:
    """What is known about an article. Unknown is ``None``, never a guess."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """A paragraph, heading, quote or boilerplate line of the clean body."""

    role: BlockRole
    span: Span
    level: int = 0  # heading level for headings, 0 otherwise


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One article, loaded and normalised.

    ``body`` is the clean text (NFC, ``\\n`` line ends); every span in the
    project points into it.  ``blocks`` cover the body in order.
    """

    id: str
    path: str  # relative to the articles folder, POSIX separators
    meta: SourceMeta
    body: str
    blocks: tuple[Block, ...]
    content_hash: str  # sha256 of the raw bytes plus metadata
    format: str = "text"  # "text" or "markdown"

    @property
    def title(self) -> str:
        return self.meta.title or self.id

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """Blocks that are article text (mined for claims)."""
        return tuple(
            b
            for b in self.blocks
            if b.role in (BlockRole.PARAGRAPH, BlockRole.QUOTE, BlockRole.LIST_ITEM)
        )

    @property
    def sections(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role is BlockRole.HEADING)

    @property
    def boilerplate(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role is BlockRole.BOILERPLATE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Interval:
    """A closed interval; ``None`` means unbounded on that side."""

    low: Decimal | None
    high: Decimal | None

    def overlaps(self, other: Interval) -> bool:
        lo_ok = self.high is None or other.low is None or other.low <= self.high
        hi_ok = self.low is None or other.high is None or self.low <= other.high
        return lo_ok and hi_ok


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A figure read from text, with the surface it was read from."""

    value: Interval
    qualifier: Qualifier
    surface: str
    span: Span  # offsets into the text that was parsed
    unit: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AsOf:
    """The date (or range) a figure holds for, and how it was found."""

    range: DateRange
    basis: AsOfBasis


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One figure in one sentence of one source."""

    id: str
    source_id: str
    kind: Kind
    value: Interval
    qualifier: Qualifier
    unit: str
    subject: str | None
    quote: str  # == Source.body[span.start:span.end]
    span: Span
    sentence: str
    sentence_span: Span
    attributed_to: str | None
    as_of: AsOf | None
    event: str | None = None  # for event_date claims: what happened
    date: DateRange | None = None  # for event_date claims: when it happened
    # Names of places, organisations and people in the sentence and its
    # paragraph, as written; the reconciler resolves them to entities.
    context_names: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A person, organisation or place, with every alias it appears under."""

    id: str
    name: str
    kind: str  # "person", "organisation", "place"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """One thing several claims can answer, with a verdict across them."""

    id: str
    kind: Kind
    unit: str
    event: str  # plain-language description of what is measured
    scope: str | None  # e.g. "civilians", "security forces"; None = all
    claim_ids: tuple[str, ...]
    status: Status
    explanation: str
    summary: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """A problem with an input, printed as ``path:line:col: severity: message``."""

    severity: Severity
    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity.value}: {self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One output file: where it goes and what renders it."""

    path: str  # POSIX path relative to the output root, e.g. "claims/x/index.html"
    template: str
    context: Mapping[str, object] = field(default_factory=dict, compare=False)
    # Digest of every record the page shows; equal digests (and templates)
    # mean equal bytes, so the page need not be rendered again.  None: always render.
    fingerprint: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildReport:
    sources: int
    claims: int
    questions: int
    conflicts: int
    pages_rendered: int
    pages_written: int
    unchanged: int
    removed: int
    diagnostics: tuple[Diagnostic, ...]
    timings: tuple[tuple[str, float], ...]
    skipped: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)
