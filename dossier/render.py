"""The Jinja environment: autoescape on, undefined names are errors.

Templates live in the top-level ``templates/`` folder, shipped inside the
package as ``dossier/templates`` so an installed copy still finds them.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from dossier import present, site
from dossier.highlight import segments
from dossier.model import Page, Status
from dossier.static import TEMPLATES


def environment(templates: Path = TEMPLATES) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        figure=present.figure,
        in_words=present.in_words,
        day=present.day,
        short_day=present.short_day,
        date_range=present.date_range,
        as_of=present.as_of,
        number=present.number,
        kind_label=lambda k: present.KIND_LABELS[k],
        qualifier_label=lambda q: present.QUALIFIER_LABELS[q],
        status_label=lambda s: present.STATUS_LABELS[s],
        status_meaning=lambda s: present.STATUS_MEANINGS[s],
        json_script=json_script,
        text_fragment=text_fragment,
    )
    env.globals.update(
        source_url=site.source_url,
        claim_url=site.claim_url,
        question_url=site.question_url,
        entity_url=site.entity_url,
        segments=segments,
        lookup_status=Status,
    )
    return env


def render_page(env: Environment, page: Page) -> str:
    depth = page.path.count("/")
    context: dict[str, Any] = dict(page.context)
    context["root"] = "../" * depth
    context["page_path"] = page.path
    return env.get_template(page.template).render(context)


def relative(from_page: str, target: str) -> str:
    """Link from one output path to another, as a relative URL."""
    return posixpath.relpath(target, posixpath.dirname(from_page) or ".")


def json_script(value: object) -> Markup:
    """JSON safe to embed in a ``<script>`` element (no ``</script>`` breakout)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def text_fragment(url: str, sentence: str) -> str:
    """``url#:~:text=start,end`` pointing the browser at ``sentence`` in the original."""
    words = sentence.split()
    if not words:
        return url
    if len(words) <= 8:
        directive = _fragment_text(" ".join(words))
    else:
        start, end = " ".join(words[:4]), " ".join(words[-4:])
        directive = f"{_fragment_text(start)},{_fragment_text(end)}"
    return f"{url.split('#')[0]}#:~:text={directive}"


def _fragment_text(text: str) -> str:
    # '-', ',' and '&' are syntax inside a text directive and must be encoded.
    return quote(text, safe="").replace("-", "%2D")
