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

from dossier import cite
from dossier.config import Config
from dossier.model import Claim, Entity, Kind, Page, Question, Source, Status

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
        self.attributed = data.attributed
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for claim in data.claims:
            by_source[claim.source_id].append(claim)
        self.claims_of_source = {k: tuple(v) for k, v in by_source.items()}

    def question(self, claim: Claim) -> Question | None:
        qid = self.question_of.get(claim.id)
        return self.questions.get(qid) if qid else None

    def source(self, claim: Claim) -> Source:
        return self.sources[claim.source_id]

    def claims_of(self, question: Question) -> tuple[Claim, ...]:
        return tuple(self.claims[c] for c in question.claim_ids if c in self.claims)


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


def plan(data: SiteData) -> tuple[Page, ...]:
    """Every HTML page of the site, in a stable order."""
    lookup = Lookup(data)
    common = {"site": data.config, "lookup": lookup}
    compared = tuple(q for q in sort_questions(data.questions) if len(q.claim_ids) > 1)
    kind_counts = Counter(c.kind for c in data.claims)
    pages: list[Page] = [
        Page(
            path="index.html",
            template="index.html",
            context={
                **common,
                "sources": _by_date(data.sources),
                "kind_counts": [(k, kind_counts[k]) for k in Kind if kind_counts[k]],
                "claim_count": len(data.claims),
                "questions": compared,
                "conflicts": tuple(q for q in compared if q.status is Status.CONFLICT),
                "skipped": data.skipped,
            },
        ),
        Page(
            path="sources/index.html",
            template="sources.html",
            context={**common, "sources": _by_date(data.sources)},
        ),
        Page(
            path="claims/index.html",
            template="claims.html",
            context={**common, "claims": _claims_in_order(data)},
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
        Page(path="about/index.html", template="about.html", context={**common}),
    ]
    for source in data.sources:
        pages.append(
            Page(
                path=source_url(source.id),
                template="source.html",
                context={
                    **common,
                    "source": source,
                    "claims": lookup.claims_of_source.get(source.id, ()),
                    "note": data.notes.get(source.id),
                },
                fingerprint=fingerprint(
                    data.config,
                    _source_key(source),
                    data.notes.get(source.id),
                    [(c, lookup.question(c)) for c in lookup.claims_of_source.get(source.id, ())],
                ),
            )
        )
    for claim in data.claims:
        pages.append(
            Page(
                path=claim_url(claim.id),
                template="claim.html",
                context={
                    **common,
                    "claim": claim,
                    "source": lookup.source(claim),
                    "question": lookup.question(claim),
                    "passage": passage(lookup.source(claim), claim),
                    **citations(data.config, claim, lookup.source(claim)),
                },
                fingerprint=fingerprint(
                    data.config,
                    claim,
                    _source_key(lookup.source(claim)),
                    lookup.question(claim),
                ),
            )
        )
    for question in data.questions:
        if len(question.claim_ids) > 1:
            pages.append(
                Page(
                    path=question_url(question.id),
                    template="conflict.html",
                    context={
                        **common,
                        "question": question,
                        "claims": lookup.claims_of(question),
                        "chart": "",
                    },
                    fingerprint=fingerprint(
                        data.config,
                        question,
                        [(c, lookup.source(c).meta) for c in lookup.claims_of(question)],
                    ),
                )
            )
    return tuple(pages)


@dataclass(frozen=True, slots=True, kw_only=True)
class Passage:
    """A claim's sentence cut around its quote, with the paragraph around it."""

    before: str  # paragraph text before the sentence
    lead: str  # sentence text before the quote
    quote: str
    tail: str  # sentence text after the quote
    after: str  # paragraph text after the sentence


def citations(config: Config, claim: Claim, source: Source) -> dict[str, object]:
    return {
        "citation": cite.plain(config, claim, source),
        "bibtex": cite.bibtex(config, claim, source),
        "csl_json": cite.csl_json(config, claim, source),
        "claim_json_ld": cite.json_ld(config, claim, source),
    }


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


def _by_date(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    return tuple(
        sorted(sources, key=lambda s: (s.meta.published is None, s.meta.published or 0, s.id))
    )


def _claims_in_order(data: SiteData) -> tuple[Claim, ...]:
    order = {s.id: i for i, s in enumerate(_by_date(data.sources))}
    return tuple(sorted(data.claims, key=lambda c: (order.get(c.source_id, 0), c.span.start, c.id)))
