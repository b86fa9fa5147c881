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

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dossier.loader import RawArticle, parse_article
from dossier.model import Source
from dossier.text import normalise

LABELLED_DIR = Path(__file__).parent / "corpus" / "labelled"
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


@dataclass(frozen=True)
class LabelledArticle:
    source: Source
    labels: tuple[dict[str, Any], ...]
    heldout: bool = False


def build_source(path: Path) -> Source:
    """The ``Source`` a real build makes of an article file (``loader.parse_article``).

    Blocks come from the same reader (``dossier.blocks``): headings, titles
    and boilerplate reach the extractor as they would on a built site.
    Metadata the loader does not know (``heldout``) is ignored there.
    """
    return parse_article(RawArticle(path=path.name, data=path.read_bytes())).source


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
