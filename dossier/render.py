"""The Jinja environment: autoescape on, undefined names are errors.

Templates live in the top-level ``templates/`` folder, shipped inside the
package as ``dossier/templates`` so an installed copy still finds them.
Templates are read once per environment (no reload checks: a build makes a
new environment), and fragments that many pages print identically are
rendered once per build (``Shared``).
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from dossier import cite, jsontext, present, rows, site
from dossier.config import Config
from dossier.highlight import marked_blocks
from dossier.model import Block, Claim, Page, Question, Source, Status
from dossier.rows import RowLookup
from dossier.static import TEMPLATES


class PageEnvironment(Environment):
    """An ``Environment`` whose templates see the globals as one plain dict.

    Jinja layers a template's globals over the environment's in a ``ChainMap``
    so later changes to ``globals`` still show; every page render copies them
    into its context, and copying a ``ChainMap`` costs a Python call per name.
    ``environment`` sets every global before a template is loaded.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def environment(templates: Path = TEMPLATES) -> Environment:
    env = PageEnvironment(
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
        highlighted=highlighted,
        json_ld=cite.json_ld_text,
        lookup_status=Status,
        shared=Shared(env),
    )
    return env


class Shared:
    """Fragments that many pages print identically, each rendered once per build.

    The links in ``<head>``, the header and the footer (``_chrome.html``)
    depend only on the way back to the site root, the page's section and the
    site's title; a source's line and a claim's question line (macros of
    ``_macros.html``) only on their record and the way back to the root.
    Claim rows are written by ``rows.claim_row``, with the sources' lines from here.  A
    record's fragment is kept with the record itself, so its ``id`` cannot be
    reused by another record while the fragment is remembered.
    """

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._chrome: dict[tuple[str, ...], Markup] = {}
        self._records: dict[tuple[str, str, int], tuple[object, Markup]] = {}
        self._macros: dict[str, Any] = {}  # root -> _macros.html made with that root

    def head(self, root: str, site: Config) -> Markup:
        return self._chrome_part("head", root, site.title)

    def header(self, root: str, page_path: str, site: Config) -> Markup:
        section = page_path.split("/", 1)[0] if "/" in page_path else ""
        return self._chrome_part("header", root, section, site.title)

    def footer(self, root: str) -> Markup:
        return self._chrome_part("footer", root)

    def source_line(self, root: str, source: Source) -> Markup:
        return self._record_part("source_line", root, source)

    def question_line(self, root: str, question: Question) -> Markup:
        return self._record_part("question_line", root, question)

    def claim_rows(
        self, root: str, claims: Iterable[Claim], lookup: RowLookup, show_source: bool = True
    ) -> Markup:
        """Table rows for ``claims``, one a line (see ``rows.claim_row``)."""
        line = functools.partial(self.source_line, root) if show_source else None
        return Markup("\n".join(rows.claim_row(root, claim, lookup, line) for claim in claims))

    def _chrome_part(self, name: str, *args: str) -> Markup:
        key = (name, *args)
        found = self._chrome.get(key)
        if found is None:
            macro = getattr(self._env.get_template("_chrome.html").module, name)
            found = self._chrome[key] = Markup(macro(*args))
        return found

    def _record_part(self, name: str, root: str, record: object) -> Markup:
        key = (name, root, id(record))
        found = self._records.get(key)
        if found is None:
            module = self._macros.get(root)
            if module is None:
                template = self._env.get_template("_macros.html")
                module = self._macros[root] = template.make_module({"root": root})
            found = self._records[key] = (record, Markup(getattr(module, name)(record)))
        return found[1]


def highlighted(
    root: str, source: Source, claims: Sequence[Claim]
) -> Iterator[tuple[Block, Markup]]:
    """``highlight.marked_blocks`` for templates."""
    for block, markup in marked_blocks(root, source, claims):
        yield block, Markup(markup)


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


# Percent-encoding of every ASCII character but letters, digits and "_.~" (what
# ``quote(text, safe="")`` leaves, less "-"), as a table for ``str.translate``.
_FRAGMENT_ESCAPES = {
    i: f"%{i:02X}" for i in range(128) if not (chr(i).isalnum() or chr(i) in "_.~")
}


def _fragment_text(text: str) -> str:
    # '-', ',' and '&' are syntax inside a text directive and must be encoded.
    if text.isascii():
        return text.translate(_FRAGMENT_ESCAPES)
    return quote(text, safe="").replace("-", "%2D")
