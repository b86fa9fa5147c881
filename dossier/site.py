"""The URL map: records in, ``Page`` records out.

This module owns every public URL.  URLs are a contract with readers who
link to them, so they are derived only from stable ids:

    index.html                         sources/<source-id>/index.html
    claims/index.html                  claims/<claim-id>/index.html
    conflicts/index.html               conflicts/<question-id>/index.html
    entities/index.html                entities/<entity-id>/index.html
    timeline/index.html   search/index.html   about/index.html
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from dossier import chart, cite, mentions
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

STATUS_ORDER = (Status.CONFLICT, Status.SCOPE, Status.UPDATE, Status.CONSISTENT, Status.SINGLE)


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


class Lookup:
    """Indexes over ``SiteData`` that templates use to follow links."""

    def __init__(self, data: SiteData) -> None:
        self.sources = {s.id: s for s in data.sources}
        self.claims = {c.id: c for c in data.claims}
        self.questions = {q.id: q for q in data.questions}
        self.entities = {e.id: e for e in data.entities}
        self.question_of = data.question_of
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for claim in data.claims:
            by_source[claim.source_id].append(claim)
        self.claims_of_source = {k: tuple(v) for k, v in by_source.items()}
        self.links = mentions.link(
            data.entities,
            data.claims,
            data.sources,
            attributed=data.attributed or None,
            mentions=data.mentions or None,
        )
        self.attributed = self.links.speaker
        self._keys: dict[int, tuple[object, str]] = {}
        self._source_keys: dict[str, str] = {}

    def key(self, record: object) -> str:
        """A digest of ``repr(record)``, computed once per record.

        Pages share claims, questions, speakers and sources, and a question
        lists every claim id it holds: fingerprints are made of these short
        keys, so planning costs the same per page however large the records.
        The record is kept with its key, so its id cannot be reused meanwhile.
        """
        found = self._keys.get(id(record))
        if found is None:
            digest = hashlib.blake2b(repr(record).encode("utf-8"), digest_size=16).hexdigest()
            found = self._keys[id(record)] = (record, digest)
        return found[1]

    def source_key(self, source: Source) -> str:
        """``key`` of what identifies a source's content: its bytes' digest and its metadata."""
        found = self._source_keys.get(source.id)
        if found is None:
            found = self._source_keys[source.id] = fingerprint(_source_key(source))
        return found

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


def sort_questions(questions: tuple[Question, ...]) -> tuple[Question, ...]:
    rank = {status: i for i, status in enumerate(STATUS_ORDER)}
    return tuple(
        sorted(questions, key=lambda q: (rank[q.status], -len(q.claim_ids), q.kind.value, q.id))
    )


def fingerprint(*records: object) -> str:
    """Digest of the records a page shows (their reprs are deterministic)."""
    digest = hashlib.blake2b(digest_size=16)
    for record in records:
        digest.update(repr(record).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def plan(data: SiteData, lookup: Lookup | None = None) -> tuple[Page, ...]:
    """Every HTML page of the site, in a stable order."""
    lookup = lookup or Lookup(data)
    common = {"site": data.config, "lookup": lookup}
    compared = tuple(q for q in sort_questions(data.questions) if len(q.claim_ids) > 1)
    kind_counts = Counter(c.kind for c in data.claims)
    entities = sorted(data.entities, key=lambda e: (e.name.casefold(), e.id))
    pages: list[Page] = [
        Page(
            path="index.html",
            template="index.html",
            context={
                **common,
                "sources": by_date(data.sources),
                "kind_counts": [(k, kind_counts[k]) for k in Kind if kind_counts[k]],
                "claim_count": len(data.claims),
                "entity_count": len(data.entities),
                "questions": compared,
                "conflicts": tuple(q for q in compared if q.status is Status.CONFLICT),
                "skipped": data.skipped,
            },
        ),
        Page(
            path="sources/index.html",
            template="sources.html",
            context={**common, "sources": by_date(data.sources)},
        ),
        Page(
            path="claims/index.html",
            template="claims.html",
            context={**common, "claims": claims_in_order(data)},
        ),
        Page(
            path="conflicts/index.html",
            template="conflicts.html",
            context={
                **common,
                "questions": compared,
                "kinds": sorted({q.kind for q in compared}, key=lambda k: k.value),
            },
        ),
        Page(
            path="entities/index.html",
            template="entities.html",
            context={
                **common,
                "groups": [
                    (kind, label, [e for e in entities if e.kind == kind])
                    for kind, label in ENTITY_KINDS
                    if any(e.kind == kind for e in entities)
                ]
                + [
                    ("other", "Other names", [e for e in entities if e.kind not in _KNOWN_KINDS])
                    for _ in (1,)
                    if any(e.kind not in _KNOWN_KINDS for e in entities)
                ],
            },
        ),
        Page(
            path="timeline/index.html",
            template="timeline.html",
            context={**common, "years": timeline(data, lookup)},
        ),
        Page(
            path="search/index.html",
            template="search.html",
            context={
                **common,
                "kinds": [k for k in Kind if kind_counts[k]],
            },
            fingerprint=fingerprint(data.config, sorted(kind_counts.items())),
        ),
        Page(
            path="about/index.html",
            template="about.html",
            context={**common, **method_examples(data, lookup)},
        ),
    ]
    pages += _source_pages(data, lookup, common)
    pages += _claim_pages(data, lookup, common)
    pages += _question_pages(data, lookup, common)
    pages += _entity_pages(data, lookup, common)
    return tuple(pages)


def page_paths(data: SiteData) -> tuple[str, ...]:
    """The path of every page ``plan`` makes, without building any context."""
    fixed = (
        "index.html",
        "sources/index.html",
        "claims/index.html",
        "conflicts/index.html",
        "entities/index.html",
        "timeline/index.html",
        "search/index.html",
        "about/index.html",
    )
    return (
        *fixed,
        *(source_url(s.id) for s in data.sources),
        *(claim_url(c.id) for c in data.claims),
        *(question_url(q.id) for q in data.questions if len(q.claim_ids) > 1),
        *(entity_url(e.id) for e in data.entities),
    )


ENTITY_KINDS = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"))
_KNOWN_KINDS = {kind for kind, _ in ENTITY_KINDS}


def _source_pages(data: SiteData, lookup: Lookup, common: dict[str, object]) -> list[Page]:
    pages = []
    for source in data.sources:
        claims = lookup.claims_of_source.get(source.id, ())
        pages.append(
            Page(
                path=source_url(source.id),
                template="source.html",
                context={
                    **common,
                    "source": source,
                    "claims": claims,
                    "note": data.notes.get(source.id),
                },
                fingerprint=fingerprint(
                    lookup.key(data.config),
                    lookup.source_key(source),
                    data.notes.get(source.id),
                    [
                        (
                            lookup.key(c),
                            lookup.key(lookup.question(c)),
                            lookup.key(lookup.speaker(c)),
                        )
                        for c in claims
                    ],
                ),
            )
        )
    return pages


def _claim_pages(data: SiteData, lookup: Lookup, common: dict[str, object]) -> list[Page]:
    pages = []
    for claim in data.claims:
        source = lookup.source(claim)
        question = lookup.question(claim)
        pages.append(
            Page(
                path=claim_url(claim.id),
                template="claim.html",
                context={
                    **common,
                    "claim": claim,
                    "source": source,
                    "question": question,
                    "speaker": lookup.speaker(claim),
                    "passage": passage(source, claim),
                    "cite": Citations(data.config, claim, source),
                },
                fingerprint=fingerprint(
                    lookup.key(data.config),
                    lookup.key(claim),
                    lookup.source_key(source),
                    lookup.key(question),
                    lookup.key(lookup.speaker(claim)),
                ),
            )
        )
    return pages


def _question_pages(data: SiteData, lookup: Lookup, common: dict[str, object]) -> list[Page]:
    pages = []
    for question in data.questions:
        if len(question.claim_ids) < 2:
            continue
        claims = lookup.claims_of(question)
        pages.append(
            Page(
                path=question_url(question.id),
                template="conflict.html",
                context={
                    **common,
                    "question": question,
                    "claims": claims,
                    "chart": Chart(question, claims, lookup.sources),
                },
                fingerprint=fingerprint(
                    lookup.key(data.config),
                    lookup.key(question),
                    [
                        (
                            lookup.key(c),
                            lookup.key(lookup.source(c).meta),
                            lookup.key(lookup.speaker(c)),
                        )
                        for c in claims
                    ],
                ),
            )
        )
    return pages


def _entity_pages(data: SiteData, lookup: Lookup, common: dict[str, object]) -> list[Page]:
    pages = []
    links = lookup.links
    for entity in data.entities:
        said = lookup.claims_by_id(links.said.get(entity.id, ()))
        mentioned = lookup.claims_by_id(links.mentioned.get(entity.id, ()))
        in_sources = [
            (lookup.sources[sid], count)
            for sid, count in links.in_sources.get(entity.id, ())
            if sid in lookup.sources
        ]
        shown = [*said, *mentioned]
        pages.append(
            Page(
                path=entity_url(entity.id),
                template="entity.html",
                context={
                    **common,
                    "entity": entity,
                    "said": said,
                    "mentioned": mentioned,
                    "in_sources": in_sources,
                },
                fingerprint=fingerprint(
                    lookup.key(data.config),
                    lookup.key(entity),
                    [
                        (
                            lookup.key(c),
                            lookup.key(lookup.source(c).meta),
                            lookup.key(lookup.question(c)),
                        )
                        for c in shown
                    ],
                    [(s.id, lookup.key(s.meta), n) for s, n in in_sources],
                ),
            )
        )
    return pages


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """One dated figure: an event date, or the date a figure holds for."""

    when: DateRange
    claim: Claim
    event: bool  # True for event dates, False for as-of dates of figures
    basis: str | None  # how the as-of date was found (None for event dates)


def timeline(data: SiteData, lookup: Lookup) -> list[tuple[int, list[TimelineEntry]]]:
    """Dated entries grouped by the year they start in, oldest first."""
    entries: list[TimelineEntry] = []
    for claim in data.claims:
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
    years: dict[int, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        years[entry.when.start.year].append(entry)
    return sorted(years.items())


def method_examples(data: SiteData, lookup: Lookup) -> dict[str, object]:
    """Examples from this dossier for the method page: one per kind, qualifier, basis, verdict."""
    ordered = claims_in_order(data)
    by_kind: dict[Kind, Claim] = {}
    by_qualifier: dict[Qualifier, Claim] = {}
    by_basis: dict[str, Claim] = {}
    for claim in ordered:
        by_kind.setdefault(claim.kind, claim)
        by_qualifier.setdefault(claim.qualifier, claim)
        if claim.as_of is not None and claim.date is None:
            by_basis.setdefault(claim.as_of.basis.value, claim)
    by_status: dict[Status, Question] = {}
    for question in sort_questions(data.questions):
        if len(question.claim_ids) > 1 or question.status is Status.SINGLE:
            by_status.setdefault(question.status, question)
    return {
        "kind_examples": [(k, by_kind[k]) for k in Kind if k in by_kind],
        "qualifier_examples": [(q, by_qualifier[q]) for q in Qualifier if q in by_qualifier],
        "basis_examples": [(b.value, by_basis[b.value]) for b in AsOfBasis if b.value in by_basis],
        "status_examples": {s.value: by_status.get(s) for s in Status},
        "statuses": list(STATUS_ORDER),
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class Passage:
    """A claim's sentence cut around its quote, with the paragraph around it."""

    before: str  # paragraph text before the sentence
    lead: str  # sentence text before the quote
    quote: str
    tail: str  # sentence text after the quote
    after: str  # paragraph text after the sentence


class Chart:
    """The question's SVG chart, drawn only when a page is rendered.

    Jinja calls ``__html__`` when it prints the object; ``chart.svg_chart``
    escapes every text it draws, so its output is trusted markup.
    """

    def __init__(
        self, question: Question, claims: tuple[Claim, ...], sources: Mapping[str, Source]
    ) -> None:
        self.question, self.claims, self.sources = question, claims, sources

    def __bool__(self) -> bool:
        return bool(self.claims)

    def __html__(self) -> str:
        return str(Markup(chart.svg_chart(self.question, self.claims, self.sources)))


class Citations:
    """A claim's citations, made only when a page is rendered (skipped pages never pay)."""

    def __init__(self, config: Config, claim: Claim, source: Source) -> None:
        self.config, self.claim, self.source = config, claim, source

    @property
    def plain(self) -> str:
        return cite.plain(self.config, self.claim, self.source)

    @property
    def bibtex(self) -> str:
        return cite.bibtex(self.config, self.claim, self.source)

    @property
    def csl_json(self) -> str:
        return cite.csl_json(self.config, self.claim, self.source)

    @property
    def json_ld(self) -> dict[str, Any]:
        return cite.json_ld(self.config, self.claim, self.source)


def passage(source: Source, claim: Claim) -> Passage:
    body = source.body
    sentence = claim.sentence_span
    block = next(
        (b.span for b in source.blocks if b.span.start <= sentence.start < b.span.end),
        sentence,
    )
    return Passage(
        before=body[min(block.start, sentence.start) : sentence.start],
        lead=body[sentence.start : claim.span.start],
        quote=body[claim.span.start : claim.span.end],
        tail=body[claim.span.end : sentence.end],
        after=body[sentence.end : max(block.end, sentence.end)],
    )


def _source_key(source: Source) -> tuple[str, str, object]:
    """What identifies a source's content: its bytes' digest and its metadata."""
    return (source.id, source.content_hash, source.meta)


def by_date(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    return tuple(
        sorted(sources, key=lambda s: (s.meta.published is None, s.meta.published or 0, s.id))
    )


def claims_in_order(data: SiteData) -> tuple[Claim, ...]:
    order = {s.id: i for i, s in enumerate(by_date(data.sources))}
    return tuple(sorted(data.claims, key=lambda c: (order.get(c.source_id, 0), c.span.start, c.id)))
