"""Ready-to-paste citations for a claim: plain text, BibTeX, CSL-JSON, JSON-LD.

A source's claims share every part of their citations but the figure, the
claim's id and its address, so what comes from the source is made once per
source (``_source_parts``, asked again only when the source changes: a
source's claims come one after another) and each claim only fills in its own
values.  The
JSON is defined once, as dicts (``csl_item``, ``json_ld``); the text forms are
those dicts written once per source with holes where the claim's values go.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from json.encoder import encode_basestring as _json_string
from typing import Any

from dossier import jsontext, present, site
from dossier.config import Config
from dossier.memo import same_as_last
from dossier.model import Claim, Source, SourceMeta


def claim_address(config: Config, claim: Claim) -> str:
    """Absolute claim URL when a base URL is configured, else its site-relative path."""
    return (config.base_url or "") + site.claim_permalink(claim.id)


def plain(config: Config, claim: Claim, source: Source) -> str:
    return (
        _parts_of(source).plain
        + f". Figure: {present.figure(claim)} ({present.KIND_LABELS[claim.kind]}). "
        f"In: {config.title}, {claim_address(config, claim)}"
    )


_BIBTEX_ESCAPES = str.maketrans(
    {
        "{": "\\{",
        "}": "\\}",
        "\\": "\\textbackslash{}",
        **{ch: "\\" + ch for ch in "&%$#_"},
        **{ch: f"\\{ch}{{}}" for ch in "~^"},
    }
)


def _bibtex_escape(text: str) -> str:
    return text.translate(_BIBTEX_ESCAPES)


def bibtex(config: Config, claim: Claim, source: Source) -> str:
    parts = _parts_of(source)
    note = f"Claim {claim.id}: {present.figure(claim)}; {claim_address(config, claim)}"
    return (
        f"@article{{{parts.bibtex_key}_{claim.id},\n"
        f"{parts.bibtex_fields}  note = {{{_bibtex_escape(note)}}}\n}}"
    )


def csl_item(config: Config, claim: Claim, source: Source) -> dict[str, Any]:
    """The claim's CSL-JSON item (``csl_json`` writes a list of this one item)."""
    return _csl_item(source.id, source.meta, **_csl_values(config, claim, source))


def csl_json(config: Config, claim: Claim, source: Source) -> str:
    """``csl_item`` as a one-item JSON list, indented by two spaces."""
    values = _csl_values(config, claim, source)
    holed = _parts_of(source).csl
    if holed is None or _has_hole_mark(values):
        return jsontext.dumps([_csl_item(source.id, source.meta, **values)], indent=2)
    return holed.fill(values)


def json_ld(config: Config, claim: Claim, source: Source) -> dict[str, Any]:
    """schema.org ``Claim`` describing the figure and where it appeared."""
    return _json_ld(source.id, source.meta, **_json_ld_values(config, claim))


def json_ld_text(config: Config, claim: Claim, source: Source) -> str:
    """``json_ld`` as JSON text, keys sorted, indented by one space."""
    values = _json_ld_values(config, claim)
    parts = _parts_of(source)
    holed = parts.json_ld_attributed if "author" in values else parts.json_ld
    if holed is None or _has_hole_mark(values):
        return jsontext.dumps(_json_ld(source.id, source.meta, **values), indent=1, sort_keys=True)
    return holed.fill(values)


def _csl_values(config: Config, claim: Claim, source: Source) -> dict[str, str]:
    return {
        "item_id": f"{source.id}/{claim.id}",
        "note": f"{present.figure(claim)}; {claim_address(config, claim)}",
    }


def _csl_item(source_id: str, meta: SourceMeta, *, item_id: str, note: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": item_id,
        "type": "article-newspaper",
        "title": meta.title or source_id,
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
    item["note"] = note
    return item


def _json_ld_values(config: Config, claim: Claim) -> dict[str, str]:
    values = {"text": claim.sentence, "url": claim_address(config, claim)}
    if claim.attributed_to:
        values["author"] = claim.attributed_to
    return values


def _json_ld(
    source_id: str, meta: SourceMeta, *, text: str, url: str, author: str | None = None
) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": meta.title or source_id}
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
        "text": text,
        "appearance": appearance,
        "url": url,
    }
    if author:
        data["author"] = {"@type": "Thing", "name": author}
    if meta.published:
        data["datePublished"] = meta.published.isoformat()
    return data


# ---------------------------------------------------------------- per source


def _hole(name: str) -> str:
    return f"\0{name}\0"


def _has_hole_mark(values: dict[str, str]) -> bool:
    return any("\0" in value for value in values.values())


@dataclass(frozen=True, slots=True)
class _Holed:
    """JSON text with a hole for each named string value, filled in per claim."""

    text: str
    names: tuple[str, ...]

    @classmethod
    def make(cls, text: str, names: tuple[str, ...]) -> _Holed | None:
        """None when the text does not hold each hole exactly once (a value looked like one)."""
        if any(text.count(_json_string(_hole(name))) != 1 for name in names):
            return None
        return cls(text, names)

    def fill(self, values: dict[str, str]) -> str:
        text = self.text
        for name in self.names:
            text = text.replace(_json_string(_hole(name)), _json_string(values[name]), 1)
        return text


@dataclass(frozen=True, slots=True)
class _SourceParts:
    plain: str  # "Author, Outlet, “Title”, 1 August 2024, https://…"
    bibtex_key: str
    bibtex_fields: str  # escaped field lines before the claim's note
    csl: _Holed | None
    json_ld: _Holed | None  # for claims attributed to no one
    json_ld_attributed: _Holed | None


@same_as_last
def _parts_of(source: Source) -> _SourceParts:
    return _source_parts(source.id, source.meta)


@functools.lru_cache(maxsize=1024)
def _source_parts(source_id: str, meta: SourceMeta) -> _SourceParts:
    title = meta.title or source_id
    parts = [meta.outlet or "Unknown outlet", f"“{title}”"]
    if meta.author:
        parts.insert(0, meta.author)
    if meta.published:
        parts.append(present.day(meta.published))
    if meta.url:
        parts.append(meta.url)

    fields: list[tuple[str, str]] = [("title", title)]
    if meta.author:
        fields.append(("author", meta.author))
    if meta.outlet:
        fields.append(("journal", meta.outlet))
    if meta.published:
        fields.append(("date", meta.published.isoformat()))
    if meta.url:
        fields.append(("url", meta.url))

    csl = _csl_item(source_id, meta, item_id=_hole("item_id"), note=_hole("note"))
    ld = _json_ld(source_id, meta, text=_hole("text"), url=_hole("url"))
    ld_attributed = _json_ld(
        source_id, meta, text=_hole("text"), url=_hole("url"), author=_hole("author")
    )
    return _SourceParts(
        plain=", ".join(parts),
        bibtex_key=source_id.replace("-", "_"),
        bibtex_fields="".join(
            f"  {name} = {{{_bibtex_escape(value)}}},\n" for name, value in fields
        ),
        csl=_Holed.make(jsontext.dumps([csl], indent=2), ("item_id", "note")),
        json_ld=_Holed.make(jsontext.dumps(ld, indent=1, sort_keys=True), ("text", "url")),
        json_ld_attributed=_Holed.make(
            jsontext.dumps(ld_attributed, indent=1, sort_keys=True), ("author", "text", "url")
        ),
    )
