"""The labelled extraction set: articles with the claims a careful reader records.

Shared by the extraction tests and ``benchmarks/extraction.py``.  Each article
is a ``.txt`` or ``.md`` file in ``tests/corpus/labelled`` with YAML front
matter (title, outlet, author, url, published, language, and ``heldout: true``
for articles written and labelled after the rules, kept apart to measure how
the rules do on unseen text); its labels sit next
to it in ``<stem>.labels.yaml`` as a list of claims (kind, low, high,
qualifier, quote, attributed_to, as_of, and event/date for event dates).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dossier.model import Block, BlockRole, Source, SourceMeta, Span
from dossier.text import normalise

LABELLED_DIR = Path(__file__).parent / "corpus" / "labelled"
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


@dataclass(frozen=True)
class LabelledArticle:
    source: Source
    labels: tuple[dict[str, Any], ...]
    heldout: bool = False


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return None


def build_source(path: Path) -> Source:
    """A ``Source`` for an article file: front matter for metadata, one block per line."""
    raw = path.read_bytes()
    text = normalise(raw.decode("utf-8"))
    meta: dict[str, Any] = {}
    m = _FRONT.match(text)
    if m:
        meta = yaml.safe_load(m.group(1)) or {}
        text = text[m.end() :]
    blocks: list[Block] = []
    for line in re.finditer(r"[^\n]+", text):
        if line.group(0).strip():
            blocks.append(
                Block(role=BlockRole.PARAGRAPH, span=Span(start=line.start(), end=line.end()))
            )
    return Source(
        id=path.stem,
        path=path.name,
        meta=SourceMeta(
            title=meta.get("title"),
            outlet=meta.get("outlet"),
            author=meta.get("author"),
            url=meta.get("url"),
            published=_date(meta.get("published")),
            language=meta.get("language"),
        ),
        body=text,
        blocks=tuple(blocks),
        content_hash=hashlib.sha256(raw).hexdigest(),
    )


def _front_matter(path: Path) -> dict[str, Any]:
    m = _FRONT.match(normalise(path.read_text("utf-8")))
    return (yaml.safe_load(m.group(1)) or {}) if m else {}


def load_labelled(directory: Path = LABELLED_DIR) -> tuple[LabelledArticle, ...]:
    """Every labelled article in ``directory``, sorted by file name."""
    out: list[LabelledArticle] = []
    for path in sorted(directory.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        labels_path = path.with_name(path.stem + ".labels.yaml")
        labels = yaml.safe_load(labels_path.read_text("utf-8")) if labels_path.exists() else []
        heldout = bool(_front_matter(path).get("heldout"))
        out.append(LabelledArticle(build_source(path), tuple(labels or ()), heldout))
    return tuple(out)
