"""Fragments that many pages print identically, rendered once per build.

A claim page, a row and a question page each print a source's line; every
page prints the same header and footer for its depth and section.  Rendering
them once and printing the result is much cheaper than a macro call per page.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple

from jinja2 import Environment
from markupsafe import Markup

from dossier import rows
from dossier.config import Config
from dossier.model import Claim, Question, Source, Status
from dossier.rows import RowLookup


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
        line = functools.partial(self.source_line, root=root) if show_source else None
        return Markup("\n".join(rows.claim_row(root, claim, lookup, line) for claim in claims))

    def _render(self, name: str, key: tuple[object, ...], *args: object) -> Markup:
        """Macro ``name`` of ``_shared.html`` called with ``args``, once per ``key``."""
        found = self._parts.get((name, *key))
        if found is None:
            macro = getattr(self._env.get_template("_shared.html").module, name)
            found = self._parts[(name, *key)] = (args, Markup(macro(*args)))
        return found[1]
