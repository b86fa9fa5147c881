"""The search page and its index: every source, claim, question and entity as a small document.

The index ships as scripts under ``static/search/``, one shard per period of
the claims listing (``site.Lookup.periods``: the sources published in a
month or a day, with their claims and the questions first answered there)
and one shard of names (``names.js``).  A small dossier has a single period,
``all.js``.  Adding an article rewrites the shard of its period and, when it
changes a question or a name, the shards that list those; the others keep
their bytes and are not even rendered (each shard is a fingerprinted page).

Each shard is a script that appends its documents to one global array
(``DOSSIER_SEARCH``) and is loaded with a ``<script>`` tag from the search
page, which lists every shard.  Scripts work when the site is served and
when it is opened from disk, where ``fetch`` of a JSON file is refused.  The
search page feeds the documents to the vendored MiniSearch library in the
browser; results are built from DOM text nodes, so indexed text is never
parsed as markup.

Document fields are short to keep the shards compact; ``u`` is also the
document's id:

    t  type: source, claim, question or entity     u  page path from the site root
    h  heading (title, figure, question, name)      b  body text searched (not shown)
    s  snippet shown under the heading              f  the figure, for claims
    w  who said it (attribution or outlet)          d  when (as-of or publication date)
    k  kind value (deaths, arrests...)              l  kind or entity-kind label
    q  verdict of the claim's question, when it is compared with others
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from markupsafe import Markup

from dossier import present, site
from dossier.model import Claim, Entity, Kind, Page, Question, Source

GLOBAL_NAME = "DOSSIER_SEARCH"
FORMAT = 2
SHARD_FOLDER = "static/search"
NAMES = "names"  # the shard of entities
WHOLE = "all"  # the one period of a dossier whose claims listing is not split
TYPES = ("claim", "question", "source", "entity")


def shard_path(name: str) -> str:
    return f"{SHARD_FOLDER}/{name}.js"


def shard_names(lookup: site.Lookup) -> list[str]:
    """Every shard, in the order the search page loads them."""
    return [leaf.key or WHOLE for leaf in lookup.periods.leaves()] + [NAMES]


def pages(data: site.SiteData, lookup: site.Lookup) -> list[Page]:
    """The search page and one page (a script) per shard of the index."""
    names = shard_names(lookup)
    kinds = Counter(c.kind for c in data.claims)
    page = Page(
        path="search/index.html",
        template="search.html",
        context={
            "site": data.config,
            "lookup": lookup,
            "kinds": [k for k in Kind if kinds[k]],
            "shards": [shard_path(n) for n in names],
        },
        fingerprint=site.fingerprint(lookup.config_key, [k.value for k in Kind if kinds[k]], names),
    )
    questions = _questions_by_period(lookup)
    shards = [
        Page(
            path=shard_path(leaf.key or WHOLE),
            template=site.VERBATIM,
            context=site.Context(
                _period_context, lookup, leaf.key or WHOLE, leaf.groups, questions[leaf.key]
            ),
            fingerprint=site.digest(
                repr(
                    [
                        [lookup.source_key(s) for s in leaf.groups],
                        " ".join([lookup.source_rows.get(s.id, "") for s in leaf.groups]),
                        [lookup.question_key(q) for q in questions[leaf.key]],
                    ]
                )
            ),
        )
        for leaf in lookup.periods.leaves()
    ]
    said = lookup.links.said
    shards.append(
        Page(
            path=shard_path(NAMES),
            template=site.VERBATIM,
            context=site.Context(_names_context, lookup),
            fingerprint=site.digest(
                repr([(lookup.key(e), len(said.get(e.id, ()))) for e in _entities(data)])
            ),
        )
    )
    return [page, *shards]


def _questions_by_period(lookup: site.Lookup) -> dict[str, list[Question]]:
    found: dict[str, list[Question]] = defaultdict(list)
    for question in lookup.compared_questions:
        period = lookup.period_of_question.get(question.id)
        if period is not None:
            found[period].append(question)
    return found


def _period_context(
    lookup: site.Lookup, name: str, sources: tuple[Source, ...], questions: list[Question]
) -> dict[str, Any]:
    docs = [_claim_doc(c, s, lookup) for s in sources for c in lookup.ordered_claims(s.id)]
    docs += [_question_doc(q) for q in questions]
    docs += [_source_doc(s) for s in sources]
    return {"text": Markup(shard_script(name, docs))}


def _names_context(lookup: site.Lookup) -> dict[str, Any]:
    docs = [_entity_doc(e, lookup) for e in _entities(lookup.data)]
    return {"text": Markup(shard_script(NAMES, docs))}


def _entities(data: site.SiteData) -> list[Entity]:
    return sorted(data.entities, key=lambda e: e.id)


def documents(data: site.SiteData, lookup: site.Lookup | None = None) -> list[dict[str, Any]]:
    """Every document of every shard, in the order the search page loads them."""
    lookup = lookup or site.Lookup(data)
    questions = _questions_by_period(lookup)
    docs: list[dict[str, Any]] = []
    for leaf in lookup.periods.leaves():
        docs += [_claim_doc(c, s, lookup) for s in leaf.groups for c in lookup.ordered_claims(s.id)]
        docs += [_question_doc(q) for q in questions[leaf.key]]
        docs += [_source_doc(s) for s in leaf.groups]
    docs += [_entity_doc(e, lookup) for e in _entities(data)]
    return docs


def _claim_doc(claim: Claim, source: Source, lookup: site.Lookup) -> dict[str, Any]:
    question = lookup.question(claim)
    who = claim.attributed_to or source.meta.outlet or source.title
    figure = present.figure(claim)
    doc: dict[str, Any] = {
        "t": "claim",
        "u": site.claim_url(claim.id),
        "h": " ".join(p for p in (figure, claim.subject or claim.event) if p),
        "s": claim.sentence,
        "b": " ".join(p for p in (claim.quote, source.title, source.meta.outlet or "") if p),
        "f": figure,
        "w": who,
        "d": present.as_of(claim.as_of),
        "k": claim.kind.value,
        "l": present.KIND_LABELS[claim.kind],
    }
    if question is not None and len(question.claim_ids) > 1:
        doc["q"] = present.STATUS_LABELS[question.status]
    return doc


def _question_doc(question: Question) -> dict[str, Any]:
    return {
        "t": "question",
        "u": site.question_url(question.id),
        "h": question.event + (f" ({question.scope})" if question.scope else ""),
        "s": question.summary,
        "b": question.explanation,
        "w": present.STATUS_LABELS[question.status],
        "k": question.kind.value,
        "l": present.KIND_LABELS[question.kind],
    }


def _source_doc(source: Source) -> dict[str, Any]:
    meta = source.meta
    return {
        "t": "source",
        "u": site.source_url(source.id),
        "h": source.title,
        "s": ", ".join(p for p in (meta.outlet, meta.author) if p),
        "b": source.body,
        "w": meta.outlet or "",
        "d": present.day(meta.published) if meta.published else "",
    }


def _entity_doc(entity: Entity, lookup: site.Lookup) -> dict[str, Any]:
    said = len(lookup.links.said.get(entity.id, ()))
    return {
        "t": "entity",
        "u": site.entity_url(entity.id),
        "h": entity.name,
        "s": ("also written " + ", ".join(entity.aliases)) if entity.aliases else "",
        "b": " ".join(entity.aliases),
        "w": f"{said} figure{'s' if said != 1 else ''} attributed" if said else "",
        "l": entity.kind,
    }


def shard_script(name: str, docs: list[dict[str, Any]]) -> str:
    """A script appending one shard's documents to ``window.DOSSIER_SEARCH``."""
    payload = json.dumps(
        {"version": FORMAT, "shard": name, "docs": docs},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    # Safe inside any script context, and never closes a <script> element.
    payload = (
        payload.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )
    return f"(window.{GLOBAL_NAME} = window.{GLOBAL_NAME} || []).push({payload});\n"
