"""The Jinja environment: autoescape on, undefined names are errors.

Templates live in the top-level ``templates/`` folder, shipped inside the
package as ``dossier/templates`` so an installed copy still finds them.
Templates are read once per environment (no reload checks: a build makes a
new environment), and fragments that many pages print identically are
rendered once per build (``fragments.Shared``).  Compiling the templates
takes a few tenths of a second, more than rendering the hundred pages a new
article changes, so a build keeps their compiled code in its cache folder
(``renderer``; Jinja's own bytecode cache, checked against each template's
source and written atomically).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    select_autoescape,
)
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Expr, Template
from markupsafe import Markup

from dossier import cite, jsontext, present, site
from dossier.fragments import Shared
from dossier.highlight import marked_blocks
from dossier.model import Block, Claim, Page, Source, Status
from dossier.static import TEMPLATES


class PageCode(CodeGenerator):
    """Jinja's code generator, printing each ``{{ value }}`` through ``markup.escape_output``.

    Jinja prints a value as ``escape(value)``, which makes a ``Markup`` object of
    every string it escapes (two Python calls); the printed pieces are only
    joined into the page or a ``Markup`` of the whole, so the escaped text alone
    does (the same characters, one C call for a string).
    """

    def visit_Template(self, node: Template, frame: Frame | None = None) -> None:
        self.writeline("from dossier.markup import escape_output")
        super().visit_Template(node, frame)

    def _output_child_pre(self, node: Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write("escape_output(")
        if finalize.src is not None:
            self.write(finalize.src)


class PageEnvironment(Environment):
    """An ``Environment`` whose templates see the globals as one plain dict.

    Jinja layers a template's globals over the environment's in a ``ChainMap``
    so later changes to ``globals`` still show; every page render copies them
    into its context, and copying a ``ChainMap`` costs a Python call per name.
    ``environment`` sets every global before a template is loaded.
    """

    code_generator_class = PageCode

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def environment(templates: Path = TEMPLATES, compiled: BytecodeCache | None = None) -> Environment:
    env = PageEnvironment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=compiled,
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


def renderer(
    compiled: Path | None = None, env: Environment | None = None
) -> Callable[[Page], bytes]:
    """Page -> its bytes, with the templates' compiled code kept in the folder ``compiled``.

    ``env`` is an environment to render with (``loaded``), made for this build.
    """
    if env is None:
        env = environment(compiled=_compiled_code(compiled))
    ready = env
    return lambda page: render_page(ready, page).encode("utf-8")


def loaded(compiled: Path | None = None) -> Environment:
    """An ``environment`` with every template loaded (compiled, or read from ``compiled``).

    A build makes it while worker processes extract its new articles, so that
    rendering does not wait for the templates to compile.
    """
    env = environment(compiled=_compiled_code(compiled))
    for name in env.list_templates():
        if name.endswith((".html", ".xml", ".txt")):
            env.get_template(name)
    return env


CODE_PATTERN = "page-code-1-%s.cache"  # files of compiled templates (``PageCode``)


def _compiled_code(folder: Path | None) -> BytecodeCache | None:
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    # Named for the code generator, so code compiled by another one is not read
    return FileSystemBytecodeCache(str(folder), CODE_PATTERN)


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
