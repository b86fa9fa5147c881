"""The page of each source, claim, compared question and entity.

A page's template context is made when it is rendered (``site.Context``),
so planning costs a few short keys per page.  A claim page's fingerprint
joins three digests made once each (of the config with the claim's source,
of what the page shows of its question, of its speaker), with no digest of
its own: a claim is a function of its source's content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import repeat
from operator import add, attrgetter
from typing import Any

from markupsafe import Markup

from dossier import chart, cite, entity_pages
from dossier.config import Config
from dossier.model import Claim, Page, Question, Source
from dossier.site import (
    Context,
    Lookup,
    PageRun,
    SiteData,
    digest,
    expand,
    question_url,
    source_url,
)


def pages(data: SiteData, lookup: Lookup) -> list[Page]:
    """The page of every source, claim, compared question and entity, in a stable order."""
    return list(expand(plan(data, lookup)))


def plan(data: SiteData, lookup: Lookup) -> list[Page | PageRun]:
    """``pages``, with the claims' pages as one run (made only when rendered)."""
    common = {"site": data.config, "lookup": lookup}
    planned: list[Page | PageRun] = []
    planned += _source_pages(data, lookup, common)
    planned.append(_claim_pages(data, lookup, common))
    planned += _question_pages(data, lookup, common)
    planned += entity_pages.pages(data, lookup, common)
    return planned


def _source_pages(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> list[Page]:
    pages = []
    config_key = lookup.config_key
    for source in data.sources:
        claims = lookup.claims_of_source.get(source.id, ())
        note = data.notes.get(source.id)
        rows = lookup.source_rows.get(source.id, "")
        pages.append(
            Page(
                path=source_url(source.id),
                template="source.html",
                context=Context(_source_context, common, source, claims, note),
                fingerprint=digest(f"{config_key}\0{lookup.source_key(source)}\0{note!r}\0{rows}"),
            )
        )
    return pages


def _source_context(
    common: dict[str, Any], source: Source, claims: tuple[Claim, ...], note: str | None
) -> dict[str, Any]:
    return {**common, "source": source, "claims": claims, "note": note}


def _claim_pages(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> PageRun:
    """One page per claim.  Its fingerprint joins three short digests made once each: of
    the config with the claim's source, of what the page shows of its question, and of
    its speaker (a claim is a function of its source; see the module docstring).

    The columns are made with ``map`` over bound lookups, with no Python code run per
    claim: this is the largest part of the plan.
    """
    config_key = lookup.config_key
    by_source = {sid: _short(f"{config_key} {key}") for sid, key in lookup.source_keys.items()}
    shown = {
        q.id: _short(f"{q.id}\1{q.status.value}\1{q.event}\1{q.scope!r}\1{len(q.claim_ids)}")
        for q in data.questions
    }
    speakers = {e.id: _short(f"{e.id}\1{e.name}") for e in data.entities}
    claims = data.claims
    ids = list(map(attrgetter("id"), claims))
    sources = list(map(attrgetter("source_id"), claims))
    none, blank = repeat("-" * 16), repeat("")
    questions = map(shown.get, map(lookup.question_of.get, ids, blank), none)
    speaker_of = dict(lookup.links.speaker).get
    spoken = map(speakers.get, map(speaker_of, ids, blank), none)
    fingerprints = list(map(add, map(add, map(by_source.get, sources, none), questions), spoken))
    paths = [f"claims/{claim_id}/index.html" for claim_id in ids]

    def make(n: int) -> Page:
        return Page(
            path=paths[n],
            template="claim.html",
            context=Context(_claim_context, common, claims[n]),
            fingerprint=fingerprints[n],
        )

    owners = list(map(lookup.source_of.__getitem__, ids))
    return PageRun("claim.html", paths, fingerprints, owners, make)


def _short(text: str) -> str:
    """A 16-hex-digit digest, for fingerprints joined from several."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _claim_context(common: dict[str, Any], claim: Claim) -> dict[str, Any]:
    lookup: Lookup = common["lookup"]
    source = lookup.source(claim)
    return {
        **common,
        "claim": claim,
        "source": source,
        "question": lookup.question(claim),
        "speaker": lookup.speaker(claim),
        "passage": passage(source, claim),
        "cite": Citations(common["site"], claim, source),
    }


def _question_pages(data: SiteData, lookup: Lookup, common: dict[str, Any]) -> list[Page]:
    pages = []
    config_key = lookup.config_key
    for question in data.questions:
        if len(question.claim_ids) < 2:
            continue
        rows = lookup.rows(question.claim_ids)
        pages.append(
            Page(
                path=question_url(question.id),
                template="conflict.html",
                context=Context(_question_context, common, question),
                fingerprint=digest(f"{config_key}\0{lookup.question_key(question)}\0{rows}"),
            )
        )
    return pages


def _question_context(common: dict[str, Any], question: Question) -> dict[str, Any]:
    lookup: Lookup = common["lookup"]
    claims = lookup.claims_of(question)
    return {
        **common,
        "question": question,
        "claims": claims,
        "chart": Chart(question, claims, lookup.sources),
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
