"""The only reader of article files: a folder becomes ``Source`` records.

Reading (I/O) is kept apart from parsing: ``parse_article`` is a pure
function of the bytes, so one bad file is a diagnostic and never stops the
rest of the folder from loading.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from dossier import ids
from dossier.errors import DossierError, error, warning
from dossier.model import Diagnostic, Severity, Source
from dossier.text import normalise

if TYPE_CHECKING:
    from dossier.frontmatter import Metadata

# Parsing (Markdown, YAML) is imported by the first article parsed: a build that
# finds every article in its cache does not load it.

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
SIDECAR_SUFFIXES = (".yaml", ".yml")
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One source record and what was said about its file while reading it."""

    source: Source
    notes: str | None
    diagnostics: tuple[Diagnostic, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class LoadResult:
    articles: tuple[Article, ...]
    diagnostics: tuple[Diagnostic, ...]  # every diagnostic, articles' included
    skipped: tuple[tuple[str, str], ...]  # (path, reason) of files not used

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(a.source for a in self.articles)


@dataclass(frozen=True, slots=True, kw_only=True)
class RawArticle:
    """An article's bytes and its sidecar's bytes, as read from disk."""

    path: str  # relative, POSIX
    data: bytes
    sidecar_path: str | None = None
    sidecar: bytes | None = None


Stamp = tuple[int, int, int, int]  # size, mtime (ns), ctime (ns), inode: what stat says of a file


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleFile:
    """An article file found in the folder, and its sidecar, before either is read."""

    path: str  # relative, POSIX, as shown (``RawArticle.path``)
    relative: str  # relative POSIX path on disk
    file: str  # path to open
    stamp: Stamp
    sidecar_path: str | None = None
    sidecar_relative: str | None = None
    sidecar_file: str | None = None
    sidecar_stamp: Stamp | None = None


def stamp_of(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


def find_articles(folder: Path) -> list[Path]:
    """Article files under ``folder`` in a stable order, hidden files skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        found.extend(Path(root) / name for name in files if _is_article_name(name))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _is_article_name(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")


Problem = tuple[str, Diagnostic]  # relative path on disk, what is wrong with the file


def find_article_files(folder: Path) -> tuple[list[ArticleFile], list[Problem]]:
    """The files ``find_articles`` finds, with their sidecars and stat stamps; nothing is read.

    One ``scandir`` per folder and one ``stat`` per file: this runs on every
    build.  Files that cannot be used whatever their bytes (gone, too large)
    are returned as problems, by path.
    """
    found: list[ArticleFile] = []
    problems: list[Problem] = []
    base = os.path.join(folder, "")
    folders = [""]
    while folders:
        prefix = folders.pop()
        try:
            with os.scandir(base + prefix) as listing:
                entries = {entry.name: entry for entry in listing}
        except OSError:  # as os.walk: an unreadable folder is passed over
            continue
        for name, entry in entries.items():
            if _is_folder(entry):
                if not name.startswith((".", "_")) and not entry.is_symlink():
                    folders.append(f"{prefix}{name}/")
                continue
            if not _is_article_name(name):
                continue
            relative = prefix + name
            try:
                stamp = stamp_of(entry.stat())
            except OSError as exc:
                problems.append((relative, _unreadable(relative, exc)))
                continue
            if stamp[0] > MAX_ARTICLE_BYTES:
                problems.append((relative, _too_large(display_path(relative))))
                continue
            found.append(_with_sidecar(base, prefix, name, stamp, entries))
    problems.sort(key=lambda pair: pair[0])
    return sorted(found, key=lambda f: f.relative), problems


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _with_sidecar(
    base: str, prefix: str, name: str, stamp: Stamp, entries: dict[str, os.DirEntry[str]]
) -> ArticleFile:
    """The article file ``prefix + name`` and its sidecar (``name.yaml`` next to it), if any."""
    relative = prefix + name
    stem = name.rpartition(".")[0]
    for suffix in SIDECAR_SUFFIXES:
        entry = entries.get(stem + suffix)
        try:
            if entry is None or not entry.is_file():
                continue
            sidecar_stamp = stamp_of(entry.stat())
        except OSError:
            continue
        sidecar = prefix + stem + suffix
        return ArticleFile(
            path=display_path(relative),
            relative=relative,
            file=base + relative,
            stamp=stamp,
            sidecar_path=display_path(sidecar),
            sidecar_relative=sidecar,
            sidecar_file=base + sidecar,
            sidecar_stamp=sidecar_stamp,
        )
    return ArticleFile(
        path=display_path(relative), relative=relative, file=base + relative, stamp=stamp
    )


def read_article_file(found: ArticleFile) -> RawArticle:
    """The bytes of an article file and of its sidecar; raises ``OSError`` or ``DossierError``."""
    data = _read_limited(found.file)
    if len(data) > MAX_ARTICLE_BYTES:
        raise DossierError(_too_large(found.path))
    if found.sidecar_file is None:
        return RawArticle(path=found.path, data=data)
    sidecar = _read_limited(found.sidecar_file)
    return RawArticle(path=found.path, data=data, sidecar_path=found.sidecar_path, sidecar=sidecar)


def _read_limited(file: str) -> bytes:
    with open(file, "rb") as handle:
        return handle.read(MAX_ARTICLE_BYTES + 1)


def _too_large(path: str) -> Diagnostic:
    limit = MAX_ARTICLE_BYTES // (1024 * 1024)
    return error(path, f"file is larger than the {limit} MB article limit")


def _unreadable(relative: str, exc: OSError) -> Diagnostic:
    return error(display_path(relative), f"cannot read file: {exc.strerror}")


def read_raw(folder: Path, path: Path) -> RawArticle:
    """Read an article file and its sidecar (``name.yaml`` next to it), if any."""
    relative = display_path(path.relative_to(folder).as_posix())
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise DossierError(_too_large(relative))
    data = path.read_bytes()
    for suffix in SIDECAR_SUFFIXES:
        sidecar = path.with_suffix(suffix)
        if sidecar.is_file():
            rel = display_path(sidecar.relative_to(folder).as_posix())
            return RawArticle(
                path=relative, data=data, sidecar_path=rel, sidecar=sidecar.read_bytes()
            )
    return RawArticle(path=relative, data=data)


def display_path(relative: str) -> str:
    """A file name as shown to people: no invisible, bidi or control characters."""
    if relative.isascii() and relative.isprintable():
        return relative  # what normalise would give
    return normalise(relative).replace("\n", " ")


def read_folder(folder: Path) -> tuple[list[RawArticle], list[Diagnostic], list[tuple[str, str]]]:
    """Every article file's bytes; files that cannot be read become diagnostics."""
    found, problems = find_article_files(folder)
    raws: list[RawArticle] = []
    for article in found:
        try:
            raws.append(read_article_file(article))
        except (DossierError, OSError) as exc:
            problems.append((article.relative, unreadable(article, exc)))
    return (raws, *reported(problems))


def reported(problems: list[Problem]) -> tuple[list[Diagnostic], list[tuple[str, str]]]:
    """Diagnostics and (path, reason) of skipped files, in path order."""
    diagnostics = [d for _, d in sorted(problems, key=lambda pair: pair[0])]
    return diagnostics, [(d.path, d.message) for d in diagnostics]


def unreadable(article: ArticleFile, exc: DossierError | OSError) -> Diagnostic:
    """The diagnostic for an article file that ``read_article_file`` could not read."""
    if isinstance(exc, DossierError):
        return exc.diagnostic
    return _unreadable(article.relative, exc)


def load_folder(folder: Path) -> LoadResult:
    """Load every article under ``folder``; bad files become diagnostics."""
    raws, diagnostics, skipped = read_folder(folder)
    result = parse_articles(raws)
    return LoadResult(
        articles=result.articles,
        diagnostics=tuple(diagnostics) + result.diagnostics,
        skipped=tuple(skipped) + result.skipped,
    )


class Admission:
    """Admits parsed articles in path order: the same text once, every id unique.

    Shared by ``parse_articles`` and the build pipeline (which admits
    articles it took from the extraction cache), so both report duplicates
    and id collisions the same way.
    """

    def __init__(self) -> None:
        self._bodies: dict[str, str] = {}
        self._ids: set[str] = set()

    def admit(self, path: str, article: Article) -> tuple[Article | None, str | None]:
        """The article to use (maybe with a new id), or None and why it is left out."""
        source = article.source
        body_key = hashlib.sha256(source.body.encode("utf-8")).hexdigest()
        if body_key in self._bodies:
            return None, f"same text as {self._bodies[body_key]}; built once, from that file"
        self._bodies[body_key] = path
        if source.id in self._ids:
            new_id = f"{source.id}-{ids.short_hash(path, length=6)}"
            message = f"id {source.id!r} is taken by another file; this one is {new_id!r}"
            article = replace(
                article,
                source=replace(source, id=new_id),
                diagnostics=(*article.diagnostics, warning(path, message)),
            )
        self._ids.add(article.source.id)
        return article, None


def parse_articles(raws: list[RawArticle]) -> LoadResult:
    """Parse raw articles, reporting duplicates and id collisions once each."""
    articles: list[Article] = []
    diagnostics: list[Diagnostic] = []
    skipped: list[tuple[str, str]] = []
    admission = Admission()
    for raw in sorted(raws, key=lambda r: r.path):
        try:
            parsed = parse_article(raw)
        except DossierError as exc:
            diagnostics.append(exc.diagnostic)
            skipped.append((raw.path, exc.diagnostic.message))
            continue
        article, left_out = admission.admit(raw.path, parsed)
        if article is None:
            diagnostics.append(warning(raw.path, str(left_out)))
            skipped.append((raw.path, str(left_out)))
            continue
        diagnostics.extend(article.diagnostics)
        articles.append(article)
    return LoadResult(
        articles=tuple(articles), diagnostics=tuple(diagnostics), skipped=tuple(skipped)
    )


def parse_article(raw: RawArticle) -> Article:
    """Bytes (and sidecar bytes) -> ``Article``; raises ``DossierError`` if unusable."""
    from dossier.blocks import markdown_body, plain_text_body
    from dossier.frontmatter import split_front_matter

    text, decode_notes = decode(raw.data, raw.path)
    text = normalise(text)
    split = split_front_matter(text, raw.path)
    problems = list(decode_notes) + list(split.diagnostics)
    metadata = _metadata(raw, split.front_matter, split.front_matter_line)
    problems.extend(metadata.diagnostics)
    fatal = next((d for d in problems if d.severity is Severity.ERROR), None)
    if fatal is not None:
        raise DossierError(fatal)
    body_text = split.body
    if not body_text.strip():
        raise DossierError(error(raw.path, "article has no text"))
    meta = metadata.meta
    is_markdown = raw.path.lower().endswith((".md", ".markdown"))
    if is_markdown:
        body = markdown_body(body_text, title=meta.title, author=meta.author)
    else:
        body = plain_text_body(body_text, title=meta.title, author=meta.author)
    if meta.title is None:
        first_title = next((b for b in body.blocks if b.role.value == "title"), None)
        if first_title is not None:
            meta = replace(meta, title=" ".join(first_title.span.slice(body.text).split()))
    digest = hashlib.sha256(raw.data)
    digest.update(b"\0" + (raw.sidecar or b""))
    source = Source(
        id=ids.source_id(raw.path),
        path=raw.path,
        meta=meta,
        body=body.text,
        blocks=body.blocks,
        content_hash=digest.hexdigest(),
        format="markdown" if is_markdown else "text",
    )
    return Article(source=source, notes=metadata.notes, diagnostics=tuple(problems))


def _metadata(raw: RawArticle, front_matter: str | None, first_line: int) -> Metadata:
    """Sidecar values, overridden field by field by front matter values."""
    from dossier.frontmatter import Metadata, parse_metadata

    from_front = parse_metadata(front_matter, raw.path, first_line)
    if raw.sidecar is None or raw.sidecar_path is None:
        return from_front
    sidecar_text, notes = decode(raw.sidecar, raw.sidecar_path)
    from_sidecar = parse_metadata(normalise(sidecar_text), raw.sidecar_path, 1)
    merged = {
        field: getattr(from_front.meta, field) or getattr(from_sidecar.meta, field)
        for field in ("title", "outlet", "author", "url", "published", "language")
    }
    return Metadata(
        meta=replace(from_sidecar.meta, **merged),
        notes=from_front.notes or from_sidecar.notes,
        diagnostics=tuple(notes) + from_sidecar.diagnostics + from_front.diagnostics,
    )


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode article bytes: BOM-marked UTF-8/16/32, UTF-8, or unmistakable Windows-1252.

    Raises ``DossierError`` for binary data or bytes whose encoding is uncertain.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), ()
            except UnicodeDecodeError as exc:
                raise DossierError(error(path, f"invalid {encoding} text: {exc.reason}")) from exc
    if b"\0" in data:
        raise DossierError(error(path, "binary file (contains NUL bytes), not an article"))
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _looks_like_cp1252(data):
        note = warning(path, "not UTF-8; read as Windows-1252 (Latin-1) text")
        return data.decode("cp1252"), (note,)
    line = data[: utf8_error.start].count(b"\n") + 1
    message = f"not UTF-8 text (byte 0x{data[utf8_error.start]:02x}); save it as UTF-8"
    raise DossierError(error(path, message, line=line))


def _looks_like_cp1252(data: bytes) -> bool:
    """True when every non-ASCII byte is a Latin letter or common punctuation in cp1252."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    non_ascii = [ch for ch in text if ord(ch) > 127]
    allowed = set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a0\u00ab\u00bb\u00b0")
    return all(ch.isalpha() or ch in allowed for ch in non_ascii)
