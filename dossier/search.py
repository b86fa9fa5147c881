"""The search index: every source, claim, question and entity as a small document.

The index ships as ``static/search-index.js``, a script that assigns one
global (``DOSSIER_SEARCH``), and is loaded with a ``<script>`` tag.  That
works when the site is served and when it is opened from disk, where
``fetch`` of a JSON file is refused.  The search page feeds the documents to
the vendored MiniSearch library in the browser; results are built from DOM
text nodes, so indexed text is never parsed as markup.

Document fields are short to keep the file compact:

    t  type: source, claim, question or entity     u  page path from the site root
    h  heading (title, figure, question, name)      b  body text searched (not shown)
    s  snippet shown under the heading              f  the figure, for claims
    w  who said it (attribution or outlet)          d  when (as-of or publication date)
    k  kind value (deaths, arrests...)              l  kind or entity-kind label
"""

from __future__ import annotations

import json
from typing import Any

from dossier import present, site
from dossier.model import Claim, Source

GLOBAL_NAME = "DOSSIER_SEARCH"
INDEX_PATH = "static/search-index.js"
TYPES = ("claim", "question", "source", "entity")


def documents(data: site.SiteData, lookup: site.Lookup | None = None) -> list[dict[str, Any]]:
    """The documents, in a stable order: claims, questions, sources, entities."""
    lookup = lookup or site.Lookup(data)
    docs: list[dict[str, Any]] = []
    for claim in site.claims_in_order(data):
        docs.append(_claim_doc(claim, lookup.source(claim), lookup))
    for question in site.sort_questions(data.questions):
        if len(question.claim_ids) < 2:
            continue
        docs.append(
            {
                "t": "question",
                "u": site.question_url(question.id),
                "h": question.event + (f" ({question.scope})" if question.scope else ""),
                "s": question.summary,
                "b": question.explanation,
                "w": present.STATUS_LABELS[question.status],
                "k": question.kind.value,
                "l": present.KIND_LABELS[question.kind],
            }
        )
    for source in site.by_date(data.sources):
        meta = source.meta
        docs.append(
            {
                "t": "source",
                "u": site.source_url(source.id),
                "h": source.title,
                "s": ", ".join(p for p in (meta.outlet, meta.author) if p),
                "b": source.body,
                "w": meta.outlet or "",
                "d": present.day(meta.published) if meta.published else "",
            }
        )
    links = lookup.links
    for entity in sorted(data.entities, key=lambda e: e.id):
        said = len(links.said.get(entity.id, ()))
        docs.append(
            {
                "t": "entity",
                "u": site.entity_url(entity.id),
                "h": entity.name,
                "s": ("also written " + ", ".join(entity.aliases)) if entity.aliases else "",
                "b": " ".join(entity.aliases),
                "w": f"{said} figure{'s' if said != 1 else ''} attributed" if said else "",
                "l": entity.kind,
            }
        )
    for number, doc in enumerate(docs):
        doc["i"] = number
    return docs


def _claim_doc(claim: Claim, source: Source, lookup: site.Lookup) -> dict[str, Any]:
    question = lookup.question(claim)
    who = claim.attributed_to or source.meta.outlet or source.title
    doc: dict[str, Any] = {
        "t": "claim",
        "u": site.claim_url(claim.id),
        "h": " ".join(p for p in (present.figure(claim), claim.subject or claim.event) if p),
        "s": claim.sentence,
        "b": " ".join(p for p in (claim.quote, source.title, source.meta.outlet or "") if p),
        "f": present.figure(claim),
        "w": who,
        "d": present.as_of(claim.as_of),
        "k": claim.kind.value,
        "l": present.KIND_LABELS[claim.kind],
    }
    if question is not None and len(question.claim_ids) > 1:
        doc["q"] = present.STATUS_LABELS[question.status]
    return doc


def index_script(docs: list[dict[str, Any]]) -> str:
    """The documents as a script assigning ``window.DOSSIER_SEARCH``."""
    payload = json.dumps(
        {"version": 1, "docs": docs}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    # Safe inside any script context, and never closes a <script> element.
    payload = (
        payload.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )
    return f"window.{GLOBAL_NAME} = {payload};\n"
