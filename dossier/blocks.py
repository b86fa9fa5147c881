"""Clean body text and its blocks (title, headings, paragraphs, boilerplate).

Plain text and Markdown both end up as one clean ``body`` string plus a
tuple of ``Block`` spans into it; every citation in the project is an offset
into that body.  Markdown is parsed with markdown-it-py (raw HTML off) and
flattened to text, so spans stay valid whatever the markup was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from dossier import boilerplate
from dossier.model import Block, BlockRole, Span

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_SENTENCE_END = re.compile(r"[.!?\u2026:;,\"\u201d\u2019')\]]\s*$")
_WRAPPED_LINE_MAX = 100  # hard-wrapped text rarely has longer lines
_TITLE_MAX_WORDS = 25
_HEADING_MAX_WORDS = 14
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of"}
    | {"on", "or", "over", "the", "to", "up", "via", "vs", "with"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    text: str
    blocks: tuple[Block, ...]


def plain_text_body(text: str, *, title: str | None, author: str | None) -> Body:
    """Split plain text into paragraphs (blank-line or one-per-line) and classify them."""
    spans = _paragraph_spans(text)
    roles = _classify(text, spans, title=title, author=author)
    return Body(
        text=text,
        blocks=tuple(Block(role=r, span=s) for s, r in zip(spans, roles, strict=True)),
    )


def _paragraph_spans(text: str) -> list[Span]:
    """Runs of non-blank lines; a run of long lines is one paragraph per line."""
    spans: list[Span] = []
    run: list[tuple[int, int]] = []
    offset = 0
    for line in [*text.split("\n"), ""]:
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip():
            run.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
            continue
        if run:
            if not spans and len(run) > 1 and _looks_like_heading(text[run[0][0] : run[0][1]]):
                spans.append(Span(start=run[0][0], end=run[0][1]))  # a headline on top
                run = run[1:]
            spans.extend(_split_run(text, run))
            run = []
    return spans


def _split_run(text: str, run: list[tuple[int, int]]) -> list[Span]:
    long_lines = sum(1 for s, e in run if e - s > _WRAPPED_LINE_MAX)
    if len(run) > 1 and long_lines * 2 >= len(run):
        return [Span(start=s, end=e) for s, e in run]
    return [Span(start=run[0][0], end=run[-1][1])]


def _classify(
    text: str, spans: list[Span], *, title: str | None, author: str | None
) -> list[BlockRole]:
    texts = [s.slice(text) for s in spans]
    reasons = boilerplate.classify(texts, author)
    roles: list[BlockRole] = []
    for index, (block_text, reason) in enumerate(zip(texts, reasons, strict=True)):
        if reason is not None:
            roles.append(BlockRole.BOILERPLATE)
        elif index == 0 and _looks_like_title(block_text, title, len(texts)):
            roles.append(BlockRole.TITLE)
        elif index > 0 and _looks_like_heading(block_text):
            roles.append(BlockRole.HEADING)
        else:
            roles.append(BlockRole.PARAGRAPH)
    return roles


def _looks_like_title(text: str, title: str | None, count: int) -> bool:
    """A first line that repeats the known title, or reads as a headline."""
    first = " ".join(text.split())
    if title and first.casefold() == " ".join(title.split()).casefold():
        return True
    words = first.split()
    return (
        count > 1
        and "\n" not in text
        and len(words) <= _TITLE_MAX_WORDS
        and not _SENTENCE_END.search(first)
    )


def _looks_like_heading(text: str) -> bool:
    """A short single line in title case without closing punctuation."""
    if "\n" in text or _SENTENCE_END.search(text):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", text)]
    if not words or len(text.split()) > _HEADING_MAX_WORDS:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper())
    return bool(content) and capitalised / len(content) >= 0.75 and words[0][0].isupper()


# --- Markdown ---------------------------------------------------------------

_ROLE_OF_BLOCK_TOKEN = {
    "heading_open": BlockRole.HEADING,
    "paragraph_open": BlockRole.PARAGRAPH,
}


@cache
def _markdown_parser() -> MarkdownIt:
    """One parser per process, imported on first use (commands that read no Markdown skip it)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def markdown_body(source_text: str, *, title: str | None, author: str | None) -> Body:
    """Flatten Markdown into clean text blocks joined by blank lines."""
    tokens = _markdown_parser().parse(source_text)
    pieces: list[tuple[str, BlockRole, int]] = []
    containers: list[str] = []
    pending: tuple[BlockRole, int] | None = None
    for token in tokens:
        if token.type in ("blockquote_open", "list_item_open"):
            containers.append(token.type)
        elif token.type in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif token.type in _ROLE_OF_BLOCK_TOKEN:
            level = int(token.tag[1]) if token.tag.startswith("h") else 0
            pending = (_container_role(_ROLE_OF_BLOCK_TOKEN[token.type], containers), level)
        elif token.type == "inline" and pending is not None:
            flat = _flatten_inline(token)
            if flat.strip():
                pieces.append((flat.strip(), pending[0], pending[1]))
            pending = None
        elif token.type in ("fence", "code_block") and token.content.strip():
            pieces.append((token.content.strip("\n"), BlockRole.PARAGRAPH, 0))
    return _assemble(pieces, title=title, author=author)


def _container_role(role: BlockRole, containers: list[str]) -> BlockRole:
    if role is BlockRole.HEADING or not containers:
        return role
    return BlockRole.QUOTE if containers[-1] == "blockquote_open" else BlockRole.LIST_ITEM


def _flatten_inline(token: object) -> str:
    parts: list[str] = []
    for child in getattr(token, "children", None) or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def _assemble(
    pieces: list[tuple[str, BlockRole, int]], *, title: str | None, author: str | None
) -> Body:
    texts = [p[0] for p in pieces]
    reasons = boilerplate.classify(texts, author)
    body_parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for index, ((text, role, level), reason) in enumerate(zip(pieces, reasons, strict=True)):
        if reason is not None:
            role = BlockRole.BOILERPLATE
        elif index == 0 and role is BlockRole.HEADING and level == 1:
            role = BlockRole.TITLE
        elif index == 0 and role is BlockRole.PARAGRAPH and _looks_like_title(text, title, 0):
            role = BlockRole.TITLE if title else role
        blocks.append(
            Block(role=role, span=Span(start=offset, end=offset + len(text)), level=level)
        )
        body_parts.append(text)
        offset += len(text) + 2
    return Body(text="\n\n".join(body_parts), blocks=tuple(blocks))
