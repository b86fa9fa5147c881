"""Runs the stages of a build in order: load, extract, reconcile, plan, render, write.

A build is incremental without asking for it:

* load + extract: each article file is looked up in the extraction cache
  (``cache``) under a key of its bytes, its sidecar and the extractor's
  code; only misses are parsed and extracted, over worker processes when
  there are many (``parallel``).
* reconcile: always runs over every claim (it is whole-corpus by nature and
  fast compared with extraction), so adding one figure can change a
  question's verdict everywhere it is shown.
* plan + render: a manifest in the cache folder records each page's
  fingerprint from the last build, with a digest of the templates and the
  code that renders them.  A page is rendered only when its fingerprint
  changed, its file is missing, or it has no fingerprint.
* write: only files whose bytes changed are written (``writer``).

And when nothing the build reads has changed since the last build (the
articles' bytes, the config, the code and templates) and the output folder
is as that build left it (same files, sizes and modification times), the
last build's report stands and nothing is decoded, reconciled or rendered:
the site is a pure function of those inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache as memo
from pathlib import Path
from typing import TYPE_CHECKING

from dossier import cache, parallel, redirects
from dossier.config import Config, check_paths
from dossier.errors import DossierError, error, warning
from dossier.loader import Admission, Article, RawArticle, read_folder
from dossier.model import BuildReport, Claim, Diagnostic, Page, Status
from dossier.static import TEMPLATES
from dossier.writer import WriteReport, scan, write_site

if TYPE_CHECKING:
    from dossier.site import SiteData

# The extraction, reconciliation and rendering stacks are imported when a
# build needs them, so a build with nothing to do does not pay for them.

MANIFEST = "pages.json"
MANIFEST_FORMAT = 1
STAGES = ("load", "extract", "reconcile", "plan", "render", "write")
LAST_BUILD = "last-build.bin"
LAST_BUILD_FORMAT = b"dossier-last-build 1\n"

# progress(stage, done, total): called as work advances; the command line draws it.
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class _Timer:
    timings: list[tuple[str, float]]

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.timings.append((name, time.perf_counter() - start))


@dataclass(frozen=True, slots=True, kw_only=True)
class Loaded:
    """Articles and their claims, with what went wrong reading the folder."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    diagnostics: tuple[Diagnostic, ...]
    skipped: tuple[tuple[str, str], ...]


def build(
    config: Config, *, jobs: int | None = None, progress: Progress | None = None
) -> BuildReport:
    """Build the site described by ``config``; see ``BuildReport`` for the outcome.

    ``jobs`` is the number of processes for extraction (default: one per core).
    """
    check_paths(config)
    if config.cache.resolve().is_relative_to(config.output.resolve()):
        where = str(config.cache)
        raise DossierError(error(where, "the cache folder must not be inside the output folder"))
    timer = _Timer([])
    report = progress or _silent
    with timer.stage("load"):
        raws, diagnostics, skipped = read_folder(config.articles)
        inputs = inputs_digest(config, raws, diagnostics)
        before = output_state(config.output)
        last = read_last_build(config.cache / LAST_BUILD, inputs, before)
    if last is not None:
        skipped_stages = [(name, 0.0) for name in STAGES if name != "load"]
        return replace(
            last,
            pages_rendered=0,
            pages_written=0,
            unchanged=last.pages_written + last.unchanged,
            removed=0,
            timings=(*timer.timings, *skipped_stages),
        )
    (config.cache / LAST_BUILD).unlink(missing_ok=True)
    from dossier import output, site
    from dossier.reconciler import reconcile

    with timer.stage("extract"):
        store = cache.Store(config.cache)
        entries, cache_notes = extract_all(raws, store, jobs=jobs, progress=report)
        loaded = assemble(raws, entries)
    with timer.stage("reconcile"):
        sources = {a.source.id: a.source for a in loaded.articles}
        reconciled = reconcile(loaded.claims, sources)
    data = site.SiteData(
        config=config,
        sources=tuple(a.source for a in loaded.articles),
        claims=loaded.claims,
        questions=reconciled.questions,
        entities=reconciled.entities,
        question_of=reconciled.question_of,
        notes={a.source.id: a.notes for a in loaded.articles if a.notes},
        skipped=tuple(skipped) + loaded.skipped,
    )
    with timer.stage("plan"):
        moved = redirects.plan(
            redirects.read_previous(config.output),
            loaded.claims,
            reconciled.questions,
        )
        planned = [*output.pages(data), *redirects.pages(moved, {"site": config})]
        pages, clashes = unique_pages(planned)
        manifest_path = config.cache / MANIFEST
        previous = read_manifest(manifest_path, config.output)
        to_render, keep = split_pages(pages, previous, before)
    manifest_path.unlink(missing_ok=True)  # a build killed while writing trusts no page
    extra = {redirects.REDIRECTS_FILE: redirects.redirects_json(moved)}
    written, after, seconds = render_and_write(
        config, data, to_render, keep, before, report, jobs, extra
    )
    write_manifest(manifest_path, config.output, pages, after)
    store.prune({cache.key(raw) for raw in raws})
    timer.timings.extend(seconds)
    result = BuildReport(
        sources=len(sources),
        claims=len(loaded.claims),
        questions=len(reconciled.questions),
        conflicts=sum(1 for q in reconciled.questions if q.status is Status.CONFLICT),
        pages_rendered=len(to_render),
        pages_written=written.written,
        unchanged=written.unchanged,
        removed=written.removed,
        diagnostics=tuple(diagnostics) + loaded.diagnostics + tuple(cache_notes) + clashes,
        timings=tuple(timer.timings),
        skipped=tuple(path for path, _ in data.skipped),
    )
    saved = replace(
        result, diagnostics=tuple(diagnostics) + loaded.diagnostics + clashes, timings=()
    )
    write_last_build(config.cache / LAST_BUILD, inputs, saved, after)
    return result


def render_and_write(
    config: Config,
    data: SiteData,
    to_render: Sequence[Page],
    keep: Sequence[str],
    before: Mapping[str, tuple[int, int]],
    progress: Progress,
    jobs: int | None,
    extra: Mapping[str, bytes] | None = None,
) -> tuple[WriteReport, dict[str, tuple[int, int]], list[tuple[str, float]]]:
    """Render pages as the writer asks for them, so they are never all in memory.

    Pages are rendered on up to ``jobs`` processes when there are many.
    Returns what was written, the output folder's state afterwards, and the
    render and write times (render: time spent waiting for rendered pages).
    """
    from dossier import output

    rendering = 0.0

    def rendered() -> Iterator[tuple[str, bytes]]:
        nonlocal rendering
        pages = parallel.render_pages(to_render, lambda: output.Renderer().render, jobs)
        for n in range(1, len(to_render) + 1):
            start = time.perf_counter()
            path, content = next(pages)
            rendering += time.perf_counter() - start
            yield path, content
            if n % 200 == 0 or n == len(to_render):
                progress("render", n, len(to_render))
        start = time.perf_counter()
        others = {**output.other_files(data), **(extra or {})}
        rendering += time.perf_counter() - start
        yield from sorted(others.items())

    started = time.perf_counter()
    root = os.fspath(config.output)
    old = {path: os.path.join(root, path) for path in before}
    written = write_site(config.output, rendered(), keep, old=old)
    seconds = [("render", rendering), ("write", time.perf_counter() - started - rendering)]
    return written, output_state(config.output), seconds


def _silent(stage: str, done: int, total: int) -> None:
    return None


# ---------------------------------------------------------------- load + extract


def extract_all(
    raws: Sequence[RawArticle],
    store: cache.Store,
    *,
    jobs: int | None = None,
    progress: Progress = _silent,
) -> tuple[list[cache.Entry], list[Diagnostic]]:
    """One cache entry per raw article, in order: read from the cache or computed."""
    keys = [cache.key(raw) for raw in raws]
    entries: dict[str, cache.Entry] = {}
    notes: list[Diagnostic] = []
    for entry_key in dict.fromkeys(keys):
        entry, note = store.load(entry_key)
        if entry is not None:
            entries[entry_key] = entry
        if note is not None:
            notes.append(note)
    misses = [raw for raw, k in zip(raws, keys, strict=True) if k not in entries]
    done = len(raws) - len(misses)
    progress("extract", done, len(raws))
    for n, (entry_key, data) in enumerate(parallel.map_entries(misses, jobs), 1):
        store.write(entry_key, data)
        entries[entry_key] = store.remember(entry_key, cache.decode(data))
        progress("extract", done + n, len(raws))
    return [entries[k] for k in keys], notes


def assemble(raws: Sequence[RawArticle], entries: Sequence[cache.Entry]) -> Loaded:
    """Articles and claims from cache entries, as ``loader.parse_articles`` would give them.

    Duplicate texts are built once (from the first file by path) and a source
    id taken by an earlier file gets a suffix; claims of a renamed source are
    extracted again, since claim ids derive from the source id.
    """
    articles: list[Article] = []
    claims: list[Claim] = []
    diagnostics: list[Diagnostic] = []
    skipped: list[tuple[str, str]] = []
    admission = Admission()
    for raw, entry in sorted(zip(raws, entries, strict=True), key=lambda pair: pair[0].path):
        if entry.article is None:
            if entry.error is not None:
                diagnostics.append(entry.error)
                skipped.append((raw.path, entry.error.message))
            continue
        article, left_out = admission.admit(raw.path, entry.article)
        if article is None:
            diagnostics.append(warning(raw.path, str(left_out)))
            skipped.append((raw.path, str(left_out)))
            continue
        found = entry.claims
        if article.source.id != entry.article.source.id:  # renamed: claim ids change too
            from dossier.extractor import extract_claims

            found = extract_claims(article.source)
        diagnostics.extend(article.diagnostics)
        articles.append(article)
        claims.extend(found)
    return Loaded(
        articles=tuple(articles),
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        skipped=tuple(skipped),
    )


# ---------------------------------------------------------------- page plan


@memo
def render_version() -> str:
    """Digest of the templates, static files and package code that shape a page."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parent
    files = sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
    files += sorted(package.glob("*.py"))
    for path in files:
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_manifest(path: Path, site_folder: Path) -> dict[str, list[object]]:
    """Page path -> [fingerprint, size, mtime] from the last build into ``site_folder``.

    {} if there is none or it was written for other templates, code or output.
    """
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return {}
    if data.get("render") != render_version() or data.get("output") != _where(site_folder):
        return {}
    pages = data.get("pages")
    return pages if isinstance(pages, dict) else {}


def write_manifest(
    path: Path, site_folder: Path, pages: Sequence[Page], state: Mapping[str, tuple[int, int]]
) -> None:
    """Record each page's fingerprint with the size and time of the file it was written to."""
    data = {
        "format": MANIFEST_FORMAT,
        "render": render_version(),
        "output": _where(site_folder),
        "pages": {
            p.path: [p.fingerprint, *state[p.path]]
            for p in pages
            if p.fingerprint is not None and p.path in state
        },
    }
    cache.write_atomic(path, json.dumps(data, sort_keys=True, separators=(",", ":")).encode())


def unique_pages(pages: Sequence[Page]) -> tuple[list[Page], tuple[Diagnostic, ...]]:
    """Pages with one page per path (the last planned wins), and a warning per clash."""
    by_path: dict[str, Page] = {}
    clashes: list[Diagnostic] = []
    for page in pages:
        if page.path in by_path:
            clashes.append(warning(page.path, "two pages planned at this path; the last is kept"))
        by_path[page.path] = page
    return list(by_path.values()), tuple(clashes)


def split_pages(
    pages: Sequence[Page],
    previous: Mapping[str, list[object]],
    existing: Mapping[str, tuple[int, int]],
) -> tuple[list[Page], list[str]]:
    """Pages to render, and paths of pages whose file is already up to date.

    A page is up to date when its fingerprint is the one recorded and its
    file is still the one written then (same size and modification time).
    """
    render: list[Page] = []
    keep: list[str] = []
    for page in pages:
        recorded = previous.get(page.path)
        state = existing.get(page.path)
        if (
            page.fingerprint is not None
            and state is not None
            and recorded == [page.fingerprint, *state]
        ):
            keep.append(page.path)
        else:
            render.append(page)
    return render, keep


# ---------------------------------------------------------------- unchanged builds


def inputs_digest(config: Config, raws: Sequence[RawArticle], notes: Sequence[Diagnostic]) -> str:
    """Digest of everything a build reads: articles, config, code, templates, environment."""
    digest = hashlib.blake2b(digest_size=20)
    parts = [
        repr(config),
        _where(config.output),
        render_version(),
        cache.code_version(),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
        *(str(d) for d in notes),
        *(cache.key(raw) for raw in raws),
    ]
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def output_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file in the output folder."""
    return scan(folder)


def read_last_build(
    path: Path, inputs: str, state: Mapping[str, tuple[int, int]]
) -> BuildReport | None:
    """The last build's report if its inputs were ``inputs`` and its output is untouched."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(LAST_BUILD_FORMAT):
        return None
    try:
        saved_inputs, report, files = pickle.loads(data[len(LAST_BUILD_FORMAT) :])
    except Exception:  # a damaged record only means a full build
        return None
    if saved_inputs != inputs or not isinstance(report, BuildReport):
        return None
    if files != state:
        return None
    return report


def write_last_build(
    path: Path, inputs: str, report: BuildReport, state: Mapping[str, tuple[int, int]]
) -> None:
    record = (inputs, report, dict(state))
    cache.write_atomic(path, LAST_BUILD_FORMAT + pickle.dumps(record, pickle.HIGHEST_PROTOCOL))


def _where(folder: Path) -> str:
    return os.path.abspath(folder)
