"""The Jinja environment: autoescape on, undefined names are errors.

Templates live in the top-level ``templates/`` folder, shipped inside the
package as ``dossier/templates`` so an installed copy still finds them.
Templates are read once per environment (no reload checks: a build makes a
new environment), and fragments that many pages print identically are
rendered once per build (``Shared``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple
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
    shared = Shared(env)
    urls = {
        "source_url": site.source_url,
        "claim_url": site.claim_url,
        "question_url": site.question_url,
        "entity_url": site.entity_url,
    }
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
        json_ld=lambda claim, config, source: cite.json_ld_text(config, claim, source),
        script_safe=script_safe,
        text_fragment=text_fragment,
        source_line=shared.source_line,
        question_line=shared.question_line,
        status_badge=shared.status_badge,
        claim_rows=shared.claim_rows,
        **urls,  # also filters: "claim.id | claim_url" is a direct call
    )
    env.globals.update(
        **urls,
        highlighted=highlighted,
        lookup_status=Status,
        shared=shared,
    )
    return env


class Chrome(NamedTuple):
    """What ``base.html`` prints around a page's own content."""

    head: Markup  # links in <head>
    header: Markup
    footer: Markup


class Shared:
    """Fragments that many pages print identically, each rendered once per build.

    They are the macros of ``_shared.html``: the links in ``<head>``, the
    header and the footer depend only on the way back to the site root, the
    page's section and the site's title; a source's line, a verdict's badge
    and a claim's question line only on their record and that way back.  A
    fragment keyed by a record's ``id`` keeps the record, so the id cannot be
    reused meanwhile.  Claim rows are written by ``rows.claim_row``, with the
    sources' lines from here.  Templates call the record fragments as filters
    (``source | source_line(root)``): Jinja calls a filter directly, a global
    function through a check of what it wants passed.
    """

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._parts: dict[tuple[object, ...], tuple[tuple[object, ...], Markup]] = {}

    def chrome(self, root: str, page_path: str, site: Config) -> Chrome:
        section = page_path.split("/", 1)[0] if "/" in page_path else ""
        return Chrome(
            head=self._render("head", (root, site.title), root, site.title),
            header=self._render("header", (root, section, site.title), root, section, site.title),
            footer=self._render("footer", (root,), root),
        )

    def status_badge(self, status: Status, root: str) -> Markup:
        return self._render("status_badge", (root, status), root, status)

    def source_line(self, source: Source, root: str) -> Markup:
        return self._render("source_line", (root, id(source)), root, source)

    def question_line(self, question: Question, root: str) -> Markup:
        if len(question.claim_ids) < 2:
            # No other figure answers it: the line shows only the verdict.
            return self._render("question_line", (root, question.status), root, question)
        return self._render("question_line", (root, id(question)), root, question)

    def claim_rows(
        self, claims: Iterable[Claim], root: str, lookup: RowLookup, show_source: bool = True
    ) -> Markup:
        """Table rows for ``claims``, one a line (see ``rows.claim_row``)."""
        if show_source:
            return Markup(
                "\n".join(
                    rows.claim_row(root, claim, lookup, lambda s: self.source_line(s, root))
                    for claim in claims
                )
            )
        return Markup("\n".join(rows.claim_row(root, claim, lookup) for claim in claims))

    def _render(self, name: str, key: tuple[object, ...], *args: object) -> Markup:
        """Macro ``name`` of ``_shared.html`` called with ``args``, once per ``key``."""
        found = self._parts.get((name, *key))
        if found is None:
            macro = getattr(self._env.get_template("_shared.html").module, name)
            found = self._parts[(name, *key)] = (args, Markup(macro(*args)))
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


class _FragmentEscapes(dict[int, str]):
    """Each character as ``quote(char, safe="")`` writes it, with "-" encoded too.

    A table for ``str.translate``, filled as characters are first met: the
    same text as quoting the whole string, without a Python call per byte.
    """

    def __missing__(self, code: int) -> str:
        escaped = self[code] = quote(chr(code), safe="").replace("-", "%2D")
        return escaped


_FRAGMENT_ESCAPES = _FragmentEscapes()


def _fragment_text(text: str) -> str:
    # '-', ',' and '&' are syntax inside a text directive and must be encoded.
    return text.translate(_FRAGMENT_ESCAPES)
