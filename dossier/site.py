"""The URL map, what a build knows (``SiteData``) and the keys pages are fingerprinted by.

This module owns every public URL.  URLs are a contract with readers who
link to them, so they are derived only from stable ids:

    index.html                         sources/<source-id>/index.html
    claims/index.html                  claims/<claim-id>/index.html
    conflicts/index.html               conflicts/<question-id>/index.html
    entities/index.html                entities/<entity-id>/index.html
    timeline/index.html   search/index.html   about/index.html

Pages are laid out in ``listings`` (indexes), ``record_pages`` (a page per
source, claim and question), ``entity_pages`` and ``search``.  Listings that
grow with the dossier are split into pages keyed by dates (``sections``):
``claims/<yyyy-mm>/``, ``conflicts/<yyyy-mm>/``, ``timeline/<yyyy>/`` and
``entities/<entity-id>/<yyyy-mm>/``.  Those keys never look like a record's
id (claim ids are twelve hex digits, question ids start with ``q-``), so
the two kinds of page cannot meet at one address.  The sitemap is split
above 50,000 pages (``feeds``), the search index always (``search``).

Planning is cheap because nothing a page shows is built until it is
rendered (``Context``), and a page's fingerprint is a digest of short keys
made once per record (``Lookup``).  A claim is a pure function of its
source's content and the extractor's code, and the code is part of the
page manifest's version, so a claim's key is its id with its source's key.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import groupby, repeat
from operator import attrgetter
from typing import Any

from dossier import mentions, sections
from dossier.config import Config
from dossier.model import (
    AsOfBasis,
    Claim,
    DateRange,
    Entity,
    Kind,
    Page,
    Qualifier,
    Question,
    Source,
    Status,
)
from dossier.name_scan import SourceScans

# The template of files made whole in Python (search shards, sitemaps): it prints ``text``.
VERBATIM = "verbatim.txt"
STATUS_ORDER = (Status.CONFLICT, Status.SCOPE, Status.UPDATE, Status.CONSISTENT, Status.SINGLE)
_ID, _SOURCE_ID = attrgetter("id"), attrgetter("source_id")
_READING_ORDER = attrgetter("span.start", "id")  # a source's claims in reading order


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteData:
    """Everything a build knows, ready to be laid out as pages."""

    config: Config
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    questions: tuple[Question, ...]
    entities: tuple[Entity, ...]
    question_of: Mapping[str, str]
    notes: Mapping[str, str] = field(default_factory=dict)  # source id -> note
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason)
    mentions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # entity -> claim ids
    attributed: Mapping[str, str] = field(default_factory=dict)  # claim id -> entity id


def source_url(source_id: str) -> str:
    return f"sources/{source_id}/index.html"


def claim_url(claim_id: str) -> str:
    return f"claims/{claim_id}/index.html"


def question_url(question_id: str) -> str:
    return f"conflicts/{question_id}/index.html"


def entity_url(entity_id: str) -> str:
    return f"entities/{entity_id}/index.html"


def claim_permalink(claim_id: str) -> str:
    """The claim's public address relative to the site root (as in data/claims.json)."""
    return f"claims/{claim_id}/"


def digest(text: str) -> str:
    """A short, stable digest of ``text`` (fingerprints and record keys)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def fingerprint(*records: object) -> str:
    """Digest of the records a page shows (their reprs are deterministic)."""
    return digest("\0".join(repr(record) for record in records))


class Context(Mapping[str, Any]):
    """A page's template variables, made the first time the page is rendered.

    Pages whose fingerprint did not change are never rendered, so they never
    pay for their context (a claim's passage, a question's chart).
    """

    __slots__ = ("_args", "_made", "_make")

    def __init__(self, make: Callable[..., dict[str, Any]], *args: Any) -> None:
        self._make, self._args = make, args
        self._made: dict[str, Any] | None = None

    def _context(self) -> dict[str, Any]:
        if self._made is None:
            self._made = self._make(*self._args)
        return self._made

    def __getitem__(self, key: str) -> Any:
        return self._context()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._context())

    def __len__(self) -> int:
        return len(self._context())


@dataclass(frozen=True, slots=True)
class PageRun:
    """Pages of one template planned as columns; each ``Page`` is made only when asked for.

    A large dossier has a page per claim, and making 80,000 page records to find
    the few whose fingerprint changed costs more than the rest of the plan: a run
    carries their paths, fingerprints and owners (the record the sitemap files
    each page with), and ``make(n)`` makes the n-th page when it is to be rendered.
    """

    template: str
    paths: Sequence[str]
    fingerprints: Sequence[str | None]
    owners: Sequence[str]
    make: Callable[[int], Page]

    def __len__(self) -> int:
        return len(self.paths)

    def pages(self) -> Iterator[Page]:
        return map(self.make, range(len(self.paths)))


def expand(planned: Iterable[Page | PageRun]) -> Iterator[Page]:
    """Every page of ``planned``, runs made into pages."""
    for item in planned:
        if isinstance(item, PageRun):
            yield from item.pages()
        else:
            yield item


class Lookup:
    """Indexes over ``SiteData`` that templates use to follow links, and record keys.

    Keys are short digests made once per record; fingerprints are made of
    them, so planning costs about the same per page however large the records.
    """

    def __init__(self, data: SiteData, scans: SourceScans | None = None) -> None:
        self.data = data
        self.sources = {s.id: s for s in data.sources}
        self.claims = dict(zip(map(_ID, data.claims), data.claims, strict=True))
        self.questions = {q.id: q for q in data.questions}
        self.entities = {e.id: e for e in data.entities}
        self.question_of = dict(data.question_of)  # a plain dict: read once per claim, often
        self.claims_of_source = _by_source(data.claims)
        self.links = mentions.link(
            data.entities,
            data.claims,
            data.sources,
            attributed=data.attributed or None,
            mentions=data.mentions or None,
            scans=scans,
        )
        self.attributed = self.links.speaker
        self._keys: dict[int, tuple[object, str]] = {}
        self._question_keys: dict[str, str] = {}

    @cached_property
    def config_key(self) -> str:
        """What of the configuration pages show: its title, description and address.

        Not its folders: building the same articles into the same output, named
        by another path (relative or absolute), renders nothing again.
        """
        config = self.data.config
        return digest(repr((config.title, config.description, config.base_url)))

    @cached_property
    def sources_by_date(self) -> tuple[Source, ...]:
        return by_date(self.data.sources)

    @cached_property
    def published_keys(self) -> dict[str, tuple[str, str]]:
        """Source id -> month and day it was published, as ``sections.published_keys``."""
        return {s.id: sections.published_keys(s.meta.published, s.id) for s in self.data.sources}

    @cached_property
    def source_of(self) -> dict[str, str]:
        """Claim id -> id of its source."""
        return {c.id: c.source_id for c in self.data.claims}

    @cached_property
    def claim_published(self) -> dict[str, tuple[str, str]]:
        """Claim id -> month and day its source was published (``published_keys``)."""
        keys = self.published_keys
        return {c.id: keys[c.source_id] for c in self.data.claims if c.source_id in keys}

    @cached_property
    def source_keys(self) -> dict[str, str]:
        """Source id -> what identifies its content: its bytes' digest and its metadata."""
        return {s.id: fingerprint(_source_key(s)) for s in self.data.sources}

    @cached_property
    def row_keys(self) -> dict[str, str]:
        """Claim id -> what a claim's row in a table shows: the claim (a function of its
        source), its source, its question's verdict and whom it is attributed to."""
        verdicts = {
            q.id: f"{q.id} {q.status._value_} {len(q.claim_ids) > 1}" for q in self.data.questions
        }
        # Columns made with ``map`` over bound lookups: no Python code runs per claim.
        claims = self.data.claims
        ids = list(map(_ID, claims))
        sources = map(self.source_keys.get, map(_SOURCE_ID, claims), repeat("None"))
        verdict = map(verdicts.get, map(self.question_of.get, ids, repeat("")), repeat("-"))
        speaker = map(dict(self.links.speaker).get, ids, repeat("-"))
        return dict(
            zip(ids, map(" ".join, zip(ids, sources, verdict, speaker, strict=True)), strict=True)
        )

    @cached_property
    def source_rows(self) -> dict[str, str]:
        """Source id -> the row keys of its claims, joined: a part of many fingerprints."""
        row = self.row_keys.__getitem__
        return {sid: " ".join(map(row, map(_ID, claims))) for sid, claims in self.ordered.items()}

    @cached_property
    def ordered(self) -> dict[str, tuple[Claim, ...]]:
        """Source id -> its claims in reading order (as in ``claims_in_order``)."""
        return {
            sid: tuple(sorted(claims, key=_READING_ORDER))
            for sid, claims in self.claims_of_source.items()
        }

    @cached_property
    def periods(self) -> sections.Section[Source]:
        """Sources by the month (or day) they were published, split as ``sections`` says.

        One period is one page of the claims listing and one shard of the search index.
        """
        counts = self.claims_of_source
        keys = self.published_keys
        return sections.split(
            self.sources_by_date,
            keys=lambda s: keys[s.id],
            rows=lambda s: 1 + len(counts.get(s.id, ())),
            limit=sections.PAGE_ROWS,
        )

    @cached_property
    def period_of_source(self) -> dict[str, str]:
        """Source id -> key of the period (a leaf of ``periods``) it is listed in."""
        return {s.id: leaf.key for leaf in self.periods.leaves() for s in leaf.groups}

    @cached_property
    def compared_questions(self) -> tuple[Question, ...]:
        """Questions answered by more than one claim, conflicts first (``sort_questions``)."""
        return tuple(q for q in self.sorted_questions if len(q.claim_ids) > 1)

    @cached_property
    def sorted_questions(self) -> tuple[Question, ...]:
        """Every question, conflicts first (``sort_questions``)."""
        return sort_questions(self.data.questions)

    @cached_property
    def period_of_question(self) -> dict[str, str]:
        """Compared question id -> the period of its earliest-listed claim's source."""
        leaves = [leaf.key for leaf in self.periods.leaves()]
        rank = {s.id: n for n, leaf in enumerate(self.periods.leaves()) for s in leaf.groups}
        claims = self.data.claims
        claim_rank = dict(
            zip(map(_ID, claims), map(rank.get, map(_SOURCE_ID, claims)), strict=True)
        )
        found: dict[str, str] = {}
        for question in self.compared_questions:
            ranks = [r for r in map(claim_rank.get, question.claim_ids) if r is not None]
            if ranks:
                found[question.id] = leaves[min(ranks)]
        return found

    def key(self, record: object) -> str:
        """A digest of ``repr(record)``, computed once per record (for small records)."""
        found = self._keys.get(id(record))
        if found is None:
            found = self._keys[id(record)] = (record, digest(repr(record)))
        return found[1]

    def source_key(self, source: Source) -> str:
        return self.source_keys[source.id]

    def question_key(self, question: Question | None) -> str:
        """Digest of every field of ``question`` ("" for none)."""
        if question is None:
            return ""
        found = self._question_keys.get(question.id)
        if found is None:
            found = self._question_keys[question.id] = digest(question_text(question))
        return found

    def row_key(self, claim: Claim) -> str:
        return self.row_keys[claim.id]

    def rows(self, claim_ids: Iterable[str]) -> str:
        """The row keys of ``claim_ids`` (unknown ids left out), joined: part of a fingerprint."""
        return " ".join(filter(None, map(self.row_keys.get, claim_ids)))

    def question(self, claim: Claim) -> Question | None:
        qid = self.question_of.get(claim.id)
        return self.questions.get(qid) if qid else None

    def compared(self, claim: Claim) -> Question | None:
        """The claim's question when more than one figure answers it."""
        question = self.question(claim)
        return question if question is not None and len(question.claim_ids) > 1 else None

    def source(self, claim: Claim) -> Source:
        return self.sources[claim.source_id]

    def speaker(self, claim: Claim) -> Entity | None:
        """The entity the claim is attributed to, when it resolved to one."""
        entity_id = self.links.speaker.get(claim.id)
        return self.entities.get(entity_id) if entity_id else None

    def claims_of(self, question: Question) -> tuple[Claim, ...]:
        return tuple(self.claims[c] for c in question.claim_ids if c in self.claims)

    def claims_by_id(self, claim_ids: tuple[str, ...]) -> tuple[Claim, ...]:
        return tuple(self.claims[c] for c in claim_ids if c in self.claims)

    def ordered_claims(self, source_id: str) -> tuple[Claim, ...]:
        """A source's claims in reading order (as in ``claims_in_order``)."""
        return self.ordered.get(source_id, ())


def _by_source(claims: Iterable[Claim]) -> dict[str, tuple[Claim, ...]]:
    """Source id -> its claims, in order.  A build lists each source's claims together,
    so this goes by runs of claims, not claim by claim."""
    by_source: dict[str, list[Claim]] = {}
    for source_id, run in groupby(claims, key=_SOURCE_ID):
        found = by_source.get(source_id)
        if found is None:
            by_source[source_id] = list(run)
        else:
            found.extend(run)
    return {k: tuple(v) for k, v in by_source.items()}


def question_text(question: Question) -> str:
    """Every field of a question as one string (its key is a digest of this)."""
    return "\0".join(
        (
            question.id,
            question.kind.value,
            question.unit,
            question.event,
            "\1" if question.scope is None else question.scope,
            question.status.value,
            question.explanation,
            question.summary,
            str(len(question.claim_ids)),
            *question.claim_ids,
        )
    )


def sort_questions(questions: tuple[Question, ...]) -> tuple[Question, ...]:
    rank = {status: i for i, status in enumerate(STATUS_ORDER)}
    return tuple(
        sorted(questions, key=lambda q: (rank[q.status], -len(q.claim_ids), q.kind._value_, q.id))
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """One dated figure: an event date, or the date a figure holds for."""

    when: DateRange
    claim: Claim
    event: bool  # True for event dates, False for as-of dates of figures
    basis: str | None  # how the as-of date was found (None for event dates)


def dated(claim: Claim) -> DateRange | None:
    """The date a claim puts on the timeline: its event date, else its as-of date."""
    if claim.date is not None:
        return claim.date
    return claim.as_of.range if claim.as_of is not None else None


def timeline_entries(claims: Iterator[Claim] | tuple[Claim, ...]) -> list[TimelineEntry]:
    """The dated ones of ``claims`` as timeline entries, oldest first."""
    entries: list[TimelineEntry] = []
    for claim in claims:
        if claim.date is not None:
            entries.append(TimelineEntry(when=claim.date, claim=claim, event=True, basis=None))
        elif claim.as_of is not None:
            entries.append(
                TimelineEntry(
                    when=claim.as_of.range,
                    claim=claim,
                    event=False,
                    basis=claim.as_of.basis.value,
                )
            )
    entries.sort(key=lambda e: (e.when.start, e.when.end, not e.event, e.claim.kind, e.claim.id))
    return entries


def timeline(data: SiteData, lookup: Lookup) -> list[tuple[int, list[TimelineEntry]]]:
    """Dated entries grouped by the year they start in, oldest first."""
    return by_year(timeline_entries(data.claims))


def by_year(entries: list[TimelineEntry]) -> list[tuple[int, list[TimelineEntry]]]:
    years: dict[int, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        years[entry.when.start.year].append(entry)
    return sorted(years.items())


def method_examples(data: SiteData, lookup: Lookup) -> dict[str, object]:
    """Examples from this dossier for the method page: one per kind, qualifier, basis, verdict."""
    by_kind: dict[Kind, Claim] = {}
    by_qualifier: dict[Qualifier, Claim] = {}
    by_basis: dict[str, Claim] = {}
    wanted = (  # how many examples there are to find, to stop once all are found
        len(set(map(attrgetter("kind"), data.claims)))
        + len(set(map(attrgetter("qualifier"), data.claims)))
        + len({c.as_of.basis for c in data.claims if c.as_of is not None and c.date is None})
    )
    for claim in claims_in_order(data, lookup):
        by_kind.setdefault(claim.kind, claim)
        by_qualifier.setdefault(claim.qualifier, claim)
        if claim.as_of is not None and claim.date is None:
            by_basis.setdefault(claim.as_of.basis.value, claim)
        if len(by_kind) + len(by_qualifier) + len(by_basis) == wanted:
            break
    by_status: dict[Status, Question] = {}
    for question in lookup.sorted_questions:
        if len(question.claim_ids) > 1 or question.status is Status.SINGLE:
            by_status.setdefault(question.status, question)
    return {
        "kind_examples": [(k, by_kind[k]) for k in Kind if k in by_kind],
        "qualifier_examples": [(q, by_qualifier[q]) for q in Qualifier if q in by_qualifier],
        "basis_examples": [(b.value, by_basis[b.value]) for b in AsOfBasis if b.value in by_basis],
        "status_examples": {s.value: by_status.get(s) for s in Status},
        "statuses": list(STATUS_ORDER),
    }


def _source_key(source: Source) -> tuple[str, str, object]:
    """What identifies a source's content: its bytes' digest and its metadata."""
    return (source.id, source.content_hash, source.meta)


def by_date(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    return tuple(
        sorted(sources, key=lambda s: (s.meta.published is None, s.meta.published or 0, s.id))
    )


def claims_in_order(data: SiteData, lookup: Lookup | None = None) -> tuple[Claim, ...]:
    """Every claim: sources by publication date, each source's claims in reading order."""
    if lookup is not None:
        return tuple(c for s in lookup.sources_by_date for c in lookup.ordered_claims(s.id))
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in data.claims:
        by_source[claim.source_id].append(claim)
    return tuple(
        c
        for s in by_date(data.sources)
        for c in sorted(by_source.get(s.id, ()), key=lambda c: (c.span.start, c.id))
    )
