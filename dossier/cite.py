"""Ready-to-paste citations for a claim: plain text, BibTeX, CSL-JSON, JSON-LD."""

from __future__ import annotations

import json
from typing import Any

from dossier import present, site
from dossier.config import Config
from dossier.model import Claim, Source


def claim_address(config: Config, claim: Claim) -> str:
    """Absolute claim URL when a base URL is configured, else its site-relative path."""
    return (config.base_url or "") + site.claim_permalink(claim.id)


def plain(config: Config, claim: Claim, source: Source) -> str:
    meta = source.meta
    parts = [meta.outlet or "Unknown outlet", f"“{source.title}”"]
    if meta.author:
        parts.insert(0, meta.author)
    if meta.published:
        parts.append(present.day(meta.published))
    if meta.url:
        parts.append(meta.url)
    figure = present.figure(claim)
    return (
        ", ".join(parts) + f". Figure: {figure} ({present.KIND_LABELS[claim.kind]}). "
        f"In: {config.title}, {claim_address(config, claim)}"
    )


def _bibtex_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "{}\\":
            out.append("\\" + ch if ch != "\\" else "\\textbackslash{}")
        elif ch in "&%$#_":
            out.append("\\" + ch)
        elif ch in "~^":
            out.append(f"\\{ch}{{}}")
        else:
            out.append(ch)
    return "".join(out)


def bibtex(config: Config, claim: Claim, source: Source) -> str:
    meta = source.meta
    fields: list[tuple[str, str]] = [("title", source.title)]
    if meta.author:
        fields.append(("author", meta.author))
    if meta.outlet:
        fields.append(("journal", meta.outlet))
    if meta.published:
        fields.append(("date", meta.published.isoformat()))
    if meta.url:
        fields.append(("url", meta.url))
    fields.append(
        ("note", f"Claim {claim.id}: {present.figure(claim)}; {claim_address(config, claim)}")
    )
    body = ",\n".join(f"  {name} = {{{_bibtex_escape(value)}}}" for name, value in fields)
    return f"@article{{{source.id.replace('-', '_')}_{claim.id},\n{body}\n}}"


def csl_json(config: Config, claim: Claim, source: Source) -> str:
    meta = source.meta
    item: dict[str, Any] = {
        "id": f"{source.id}/{claim.id}",
        "type": "article-newspaper",
        "title": source.title,
    }
    if meta.outlet:
        item["container-title"] = meta.outlet
    if meta.author:
        item["author"] = [{"literal": name.strip()} for name in meta.author.split(",")]
    if meta.published:
        d = meta.published
        item["issued"] = {"date-parts": [[d.year, d.month, d.day]]}
    if meta.url:
        item["URL"] = meta.url
    item["note"] = f"{present.figure(claim)}; {claim_address(config, claim)}"
    return json.dumps([item], ensure_ascii=False, indent=2)


def json_ld(config: Config, claim: Claim, source: Source) -> dict[str, Any]:
    """schema.org ``Claim`` describing the figure and where it appeared."""
    meta = source.meta
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": source.title}
    if meta.url:
        appearance["url"] = meta.url
    if meta.published:
        appearance["datePublished"] = meta.published.isoformat()
    if meta.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": meta.outlet}
    if meta.author:
        appearance["author"] = {"@type": "Person", "name": meta.author}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "text": claim.sentence,
        "appearance": appearance,
        "url": claim_address(config, claim),
    }
    if claim.attributed_to:
        data["author"] = {"@type": "Thing", "name": claim.attributed_to}
    if meta.published:
        data["datePublished"] = meta.published.isoformat()
    return data
