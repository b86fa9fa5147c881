"""The Jinja environment: autoescape on, undefined names are errors.

Templates live in the top-level ``templates/`` folder, shipped inside the
package as ``dossier/templates`` so an installed copy still finds them.
Templates are read once per environment (no reload checks: a build makes a
new environment), and what every page shares around its content is rendered
once per folder depth and section (``Chrome``).
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from dossier import cite, jsontext, present, site
from dossier.config import Config
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
        auto_reload=False,
    )
    env.filters.update(
        figure=present.figure,
        in_words=present.in_words,
        day=present.day,
        short_day=present.short_day,
        date_range=present.date_range,
        as_of=present.as_of,
        number=present.number,
        bounds=present.bounds,
        kind_label=lambda k: present.KIND_LABELS[k],
        qualifier_label=lambda q: present.QUALIFIER_LABELS[q],
        status_label=lambda s: present.STATUS_LABELS[s],
        status_meaning=lambda s: present.STATUS_MEANINGS[s],
        json_script=json_script,
        script_safe=script_safe,
        text_fragment=text_fragment,
    )
    env.globals.update(
        source_url=site.source_url,
        claim_url=site.claim_url,
        question_url=site.question_url,
        entity_url=site.entity_url,
        segments=segments,
        json_ld=cite.json_ld_text,
        lookup_status=Status,
        chrome=Chrome(env),
    )
    return env


class Chrome:
    """The parts of ``base.html`` around a page's content, from ``_chrome.html``.

    They depend only on the way back to the site root, the section a page is
    in and the site's title, so each is rendered once per build and reused.
    """

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._parts: dict[tuple[str, ...], Markup] = {}

    def head(self, root: str, site: Config) -> Markup:
        return self._part("head", root, site.title)

    def header(self, root: str, page_path: str, site: Config) -> Markup:
        section = page_path.split("/", 1)[0] if "/" in page_path else ""
        return self._part("header", root, section, site.title)

    def footer(self, root: str) -> Markup:
        return self._part("footer", root)

    def _part(self, name: str, *args: str) -> Markup:
        key = (name, *args)
        found = self._parts.get(key)
        if found is None:
            macro = getattr(self._env.get_template("_chrome.html").module, name)
            found = self._parts[key] = Markup(macro(*args))
        return found


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
    return script_safe(jsontext.dumps(value, indent=1, sort_keys=True))


def script_safe(json_text: str) -> Markup:
    """JSON text with ``<``, ``>`` and ``&`` escaped, to embed in a ``<script>`` element."""
    text = json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
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
