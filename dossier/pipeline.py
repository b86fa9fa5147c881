"""Runs the stages of a build in order: load, extract, reconcile, plan, render, write.

A build is incremental without asking for it:

* load + extract: each article file is looked up in the extraction cache
  (``cache``) under a key of its bytes, its sidecar and the extractor's
  code; only misses are parsed and extracted, over worker processes when
  there are many (``parallel``).  Files whose stat is what the last build
  recorded are not even read (``inputs``).
* reconcile: always answers for every claim, so adding one figure can change
  a question's verdict everywhere it is shown, but it lends itself what the
  last build worked out (``reconcile-memo.bin``, keyed by content, see
  ``reconciler.reconcile_incremental``), so only what a changed article
  touches is worked out again.
* plan + render: a manifest in the cache folder records each page's
  fingerprint from the last build, with a digest of the templates and the
  code that renders them.  A page is rendered only when its fingerprint
  changed, its file is missing, or it has no fingerprint.
* write: only files whose bytes changed are written (``writer``).

And when nothing the build reads has changed since the last build (the
articles' bytes, the config, the code and templates) and the output folder
is as that build left it (same files, sizes and modification times, as
``sitestate`` finds them again from the last build's record, in another
process while this one reads the articles), the last build's report stands
and nothing is decoded, reconciled or rendered: the site is a pure function
of those inputs.

The pieces of the whole-corpus data files are kept too (``parts.bin``, and
the pieces added since in ``parts-added.bin``), and so is the templates'
compiled code (``templates/``).  The records kept between builds
(``pages.bin``, ``last-build.bin``) are checksummed pickles, their per-page
tables stored by column (``tables``) or, for the page plan, as one string of
lines: with tens of thousands of pages they load several times faster than
JSON.  In a large build the entries' pack and
the reconciler's memo are written by forked processes while the build goes
on (``background``), and the build waits for them before it returns.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import os
import pickle
import time
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache as memo
from pathlib import Path
from typing import TYPE_CHECKING

from dossier import background, cache, inputs, records, sitestate
from dossier.config import Config, check_paths
from dossier.errors import DossierError, error, warning
from dossier.inputs import Gathered, Input
from dossier.loader import Admission, Article, RawArticle, unreadable
from dossier.model import BuildReport, Claim, Diagnostic, Page, Status
from dossier.sitestate import FileState, SiteState
from dossier.static import TEMPLATES
from dossier.writer import MARKER, Recorded, WriteReport, write_site

if TYPE_CHECKING:
    from jinja2 import Environment

    from dossier.parts import Parts
    from dossier.site import PageRun, SiteData

# The extraction, reconciliation and rendering stacks, the worker processes and
# the redirects are imported when a build needs them, so a build with nothing
# to do does not pay for them.

MANIFEST = "pages.bin"
MANIFEST_FORMAT = b"dossier-pages 3\n"
STAGES = ("load", "extract", "reconcile", "plan", "render", "write")
LAST_BUILD = "last-build.bin"
RECONCILE_MEMO = "reconcile-memo.bin"  # what the last reconciliation can lend the next
PARTS = "parts.bin"  # pieces of the whole-corpus data files (see parts)
PARTS_ADDED = "parts-added.bin"  # ... and the pieces added to them since
TEMPLATE_CODE = "templates"  # folder of the templates' compiled code (see render.renderer)
LAST_BUILD_FORMAT = b"dossier-last-build 2\n"
DIGESTS = "digests.bin"  # the digest of each file of the site, with its size and time
DIGESTS_FORMAT = b"dossier-digests 1\n"
# Builds rendering this many pages use and renew the digests; one rendering fewer (adding
# an article) reads the few old files it compares and leaves the record as it was.
DIGESTS_MIN_PAGES = 1000
# From this many articles the entries' pack and the reconciler's memo are written by
# a forked process while the build goes on (``background``); below, forking costs more.
BACKGROUND_MIN_ARTICLES = 500

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
class LastBuild:
    """What a build leaves for the next one to tell whether it has anything to do."""

    output: str  # absolute path of the output folder
    inputs: str  # ``inputs_digest``
    report: BuildReport
    state: SiteState  # the output folder as the build left it


@dataclass(frozen=True, slots=True, kw_only=True)
class Loaded:
    """Articles and their claims, with what went wrong reading the folder."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    diagnostics: tuple[Diagnostic, ...]
    skipped: tuple[tuple[str, str], ...]
    # source id -> a key that changes whenever the source or its claims do
    # (its cache entry's key and its id), for the reconciler's memo.
    source_keys: Mapping[str, str] = field(default_factory=dict)


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
        last = read_last_build(config.cache / LAST_BUILD, config.output)
        output_now = output_state(config.output, last.state if last is not None else None)
        gathered = inputs.gather(config.articles, config.cache / inputs.INDEX)
        digest = inputs_digest(config, gathered)
        unchanged = last is not None and last.inputs == digest and output_now() == last.state
    if last is not None and unchanged:
        skipped_stages = [(name, 0.0) for name in STAGES if name != "load"]
        return replace(
            last.report,
            pages_rendered=0,
            pages_written=0,
            unchanged=last.report.pages_written + last.report.unchanged,
            removed=0,
            timings=(*timer.timings, *skipped_stages),
        )
    (config.cache / LAST_BUILD).unlink(missing_ok=True)
    _freeze_at_exit()
    try:
        collect = gc.isenabled()
        with records.paused_gc():
            return _build_all(config, gathered, digest, output_now, timer, report, jobs, collect)
    finally:
        background.wait_all()
        gc.unfreeze()


@memo
def _freeze_at_exit() -> None:
    """At the end of this process, put every object out of the cyclic collector's sight.

    The interpreter runs a full collection as it shuts down, and after a large
    build it would walk every record still held (the decoded entries kept for
    ``serve --watch``, the last plan) only to find them alive: about a second at
    5,000 articles, three on a loaded machine.  Frozen, they are skipped, and
    freed as the modules holding them are cleared.  Registered once, by the
    first build that has work to do; nothing of the build changes.
    """
    atexit.register(gc.freeze)


def _build_all(
    config: Config,
    gathered: Gathered,
    digest: str,
    output_now: Callable[[], SiteState],
    timer: _Timer,
    report: Progress,
    jobs: int | None,
    collect: bool,
) -> BuildReport:
    """Every stage after loading, for a build that has something to do.

    The caller pauses the garbage collector: up to the page plan the build makes
    long-lived records (entries, questions, pages), and its passes over them would find
    nothing (0.6-0.8 s at 5,000 articles).  With ``collect`` it runs again for
    rendering, which makes short-lived garbage, with what was made frozen out of
    its sight (``build`` unfreezes it).
    """
    diagnostics, skipped = gathered.diagnostics, gathered.skipped
    keys = [item.key for item in gathered.inputs]
    big = len(keys) >= BACKGROUND_MIN_ARTICLES
    templates: list[Environment] = []
    with timer.stage("extract"):
        store = cache.Store(config.cache)
        entries, cache_notes = extract_all(
            gathered.inputs,
            store,
            jobs=jobs,
            progress=report,
            meanwhile=lambda: templates.append(_prepare(config)),
            keys=keys,
        )
        loaded = assemble(gathered.inputs, entries, keys)
        gc.freeze()  # as extract_all does: all this lives to the end of the build
        packed = background.later(lambda: store.pack(keys), worth_a_process=big)
    from dossier import output, reconcile_memo, redirects, site
    from dossier.parts import Parts
    from dossier.reconciler import reconcile_incremental

    with timer.stage("reconcile"):
        sources = {a.source.id: a.source for a in loaded.articles}
        memo = reconcile_memo.loads(_read_or_empty(config.cache / RECONCILE_MEMO))
        reconciled, memo = reconcile_incremental(
            loaded.claims, sources, memo, source_keys=loaded.source_keys
        )
        memo_path = config.cache / RECONCILE_MEMO
        memo_kept = background.later(
            lambda: cache.write_atomic(memo_path, reconcile_memo.dumps(memo)),
            worth_a_process=big,
        )
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
            redirects.read_previous(config.output, config.cache),
            loaded.claims,
            reconciled.questions,
        )
        from dossier import name_scan

        scans = name_scan.SourceScans.from_bytes(
            _read_or_empty(config.cache / name_scan.CACHE_FILE)
        )
        planned = [*output.plan(data, scans), *redirects.pages(moved, {"site": config})]
        pages, clashes = unique_pages(planned)
        manifest_path = config.cache / MANIFEST
        previous = read_manifest(manifest_path, config.output)
        before = output_now()
        to_render, keep = split_pages(pages, previous, before.files)
        parts = Parts.from_bytes(
            _read_or_empty(config.cache / PARTS),
            render_version(),
            _read_or_empty(config.cache / PARTS_ADDED),
        )
    manifest_path.unlink(missing_ok=True)  # a build killed while writing trusts no page
    extra = {redirects.REDIRECTS_FILE: redirects.redirects_json(moved)}
    many = len(to_render) >= DIGESTS_MIN_PAGES
    digests = FileDigests.read(config.cache / DIGESTS, config.output) if many else None
    if collect:
        gc.freeze()
        gc.enable()
    written, after, seconds = render_and_write(
        config, data, to_render, keep, before, report, jobs, extra, parts, *templates,
        recorded=digests.recorded if digests is not None else None,
    )  # fmt: skip
    start = time.perf_counter()
    if digests is not None:
        digests.update(written.digests, after.files)
        digests.write(config.cache / DIGESTS, config.output)
    if parts.made:
        keep_parts(config.cache, parts)
    if scans.changed:
        cache.write_atomic(config.cache / name_scan.CACHE_FILE, scans.to_bytes())
    shown = redirects.published(loaded.claims, reconciled.questions, moved)
    redirects.keep_published(config.cache, config.output, shown)
    write_manifest(manifest_path, config.output, pages, after.files)
    store.prune(set(keys))
    packed()
    memo_kept()
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
        timings=(),
        skipped=tuple(path for path, _ in data.skipped),
    )
    saved = replace(result, diagnostics=tuple(diagnostics) + loaded.diagnostics + clashes)
    last = LastBuild(output=_where(config.output), inputs=digest, report=saved, state=after)
    write_last_build(config.cache / LAST_BUILD, last)
    seconds[-1] = ("write", seconds[-1][1] + time.perf_counter() - start)  # the records too
    timer.timings.extend(seconds)
    return replace(result, timings=tuple(timer.timings))


def render_and_write(
    config: Config,
    data: SiteData,
    to_render: Sequence[Page],
    keep: Sequence[str],
    before: SiteState,
    progress: Progress,
    jobs: int | None,
    extra: Mapping[str, bytes] | None = None,
    parts: Parts | None = None,
    templates: Environment | None = None,
    *,
    recorded: Recorded | None = None,
) -> tuple[WriteReport, SiteState, list[tuple[str, float]]]:
    """Render pages as the writer asks for them, so they are never all in memory.

    Pages are rendered on up to ``jobs`` processes when there are many.
    ``templates`` is an environment with the templates loaded already
    (``render.loaded``), made fresh for this build; ``recorded``, digests of
    old files the writer may compare new ones with (``FileDigests``).  Returns what was
    written, the output folder's state afterwards, and the render and write
    times (render: time spent waiting for rendered pages).
    """
    from dossier import output, parallel, render

    rendering = 0.0

    def rendered() -> Iterator[tuple[str, bytes]]:
        nonlocal rendering
        compiled = config.cache / TEMPLATE_CODE
        make = lambda: render.renderer(compiled, templates)  # noqa: E731
        pages = parallel.render_pages(to_render, make, jobs)
        for n in range(1, len(to_render) + 1):
            start = time.perf_counter()
            path, content = next(pages)
            rendering += time.perf_counter() - start
            yield path, content
            if n % 200 == 0 or n == len(to_render):
                progress("render", n, len(to_render))
        start = time.perf_counter()
        others = {**output.other_files(data, parts), **(extra or {})}
        rendering += time.perf_counter() - start
        yield from sorted(others.items())

    started = time.perf_counter()
    written = write_site(config.output, rendered(), keep, old=before.files, recorded=recorded)
    after = sitestate.after_write(config.output, before, written.changed, written.deleted)
    seconds = [("render", rendering), ("write", time.perf_counter() - started - rendering)]
    return written, after, seconds


def _prepare(config: Config) -> Environment:
    """What the build needs after extracting, made while worker processes extract:
    the reconciling and page-making code imported, the templates loaded."""
    from dossier import output, reconciler, redirects, render  # noqa: F401

    return render.loaded(config.cache / TEMPLATE_CODE)


def keep_parts(folder: Path, parts: Parts) -> None:
    """Store the pieces in ``folder``: only those added, until they outgrow their share.

    A new base is written before its (empty) added record, so a build killed
    between the two leaves added pieces naming the old base, which are ignored.
    """
    added = parts.added_bytes()
    if added is None:
        cache.write_atomic(folder / PARTS, parts.to_bytes())
        added = parts.added_bytes()
    if added is not None:
        cache.write_atomic(folder / PARTS_ADDED, added)


def _silent(stage: str, done: int, total: int) -> None:
    return None


def _read_or_empty(path: Path) -> bytes:
    """A kept record's bytes, or b"" when there is none (the build then starts afresh)."""
    try:
        return path.read_bytes()
    except OSError:
        return b""


# ---------------------------------------------------------------- load + extract


def extract_all(
    items: Sequence[Input],
    store: cache.Store,
    *,
    jobs: int | None = None,
    progress: Progress = _silent,
    meanwhile: Callable[[], object] | None = None,
    keys: Sequence[str] | None = None,
) -> tuple[list[cache.Entry], list[Diagnostic]]:
    """One cache entry per article file, in order: read from the cache or computed.

    Files with no entry are extracted in worker processes started first, while
    this process decodes the kept entries and then runs ``meanwhile`` (work
    the build needs later); an entry found damaged is extracted afterwards.
    Files the load stage did not read (unchanged since the last build) are
    read here if their entry is missing or damaged.  ``keys`` are the items' cache
    keys if the caller has them (``Input.key`` makes one each time it is asked).
    """
    from dossier import parallel

    keys = [item.key for item in items] if keys is None else keys
    entries: dict[str, cache.Entry] = {}
    unique = dict(zip(keys, items, strict=True))
    first = _read_misses([item for key, item in unique.items() if not store.has(key)], entries)
    started = parallel.map_entries([raw for _, raw in first], jobs, at_once=True)
    with records.paused_gc():
        found, notes = store.load_all(k for k in unique if k not in entries)
        entries.update(found)
        # The entries live to the end of the build (``build`` unfreezes): the garbage
        # collector need not scan them, neither now nor in its later full passes
        # (together a second at 5,000 articles).
        gc.freeze()
    if meanwhile is not None:
        meanwhile()
    asked = {key for key, _ in first}
    late = _read_misses(
        [i for k, i in unique.items() if k not in entries and k not in asked], entries
    )
    done = len(items) - len(first) - len(late)
    progress("extract", done, len(items))
    results = [(first, started), (late, parallel.map_entries([raw for _, raw in late], jobs))]
    for misses, made in results:
        for (entry_key, data), (wanted, _) in zip(made, misses, strict=True):
            entries[wanted] = store.add(entry_key, data)
            done += 1
            progress("extract", done, len(items))
    return [entries[k] for k in keys], notes


def _read_misses(
    items: Sequence[Input], entries: dict[str, cache.Entry]
) -> list[tuple[str, RawArticle]]:
    """``(key, raw article)`` of each of ``items`` to extract; a file that cannot be read
    (gone or changed since the load stage) gets an entry saying so in ``entries``."""
    misses: list[tuple[str, RawArticle]] = []
    for item in items:
        try:
            read = inputs.read(item)
        except (DossierError, OSError) as exc:
            entries[item.key] = cache.Entry(
                article=None, claims=(), error=unreadable(item.found, exc)
            )
            continue
        if read.raw is not None:
            misses.append((item.key, read.raw))
    return misses


def assemble(
    items: Sequence[Input], entries: Sequence[cache.Entry], keys: Sequence[str] | None = None
) -> Loaded:
    """Articles and claims from cache entries, as ``loader.parse_articles`` would give them.

    Duplicate texts are built once (from the first file by path) and a source
    id taken by an earlier file gets a suffix; claims of a renamed source are
    extracted again, since claim ids derive from the source id.  ``keys`` as for
    ``extract_all``.
    """
    articles: list[Article] = []
    claims: list[Claim] = []
    diagnostics: list[Diagnostic] = []
    skipped: list[tuple[str, str]] = []
    source_keys: dict[str, str] = {}
    admission = Admission()
    keys = [item.key for item in items] if keys is None else keys
    rows = sorted(zip(items, entries, keys, strict=True), key=lambda row: row[0].path)
    for raw, entry, key in rows:
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
        source_keys[article.source.id] = f"{key}/{article.source.id}"
    return Loaded(
        articles=tuple(articles),
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        skipped=tuple(skipped),
        source_keys=source_keys,
    )


# ---------------------------------------------------------------- page plan


@memo
def render_version() -> str:
    """Digest of the templates, static files and package code that shape a page."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parent
    files = sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
    files += sorted(package.glob("*.py"))
    for path in files:  # named from the package, so a moved install renders nothing again
        name = path.relative_to(package).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_manifest(path: Path, site_folder: Path) -> frozenset[str]:
    """The pages of the last build into ``site_folder``, as ``manifest_line``s.

    Empty if there is none or it was written for other templates, code or output.
    Kept as one string of lines: splitting it and making a set of the lines are
    single calls, where a table of 100,000 rows is built row by row.
    """
    record = _read_record(path, MANIFEST_FORMAT)
    if not isinstance(record, tuple) or len(record) != 3:
        return frozenset()
    render, where, lines = record
    if render != render_version() or where != _where(site_folder) or not isinstance(lines, str):
        return frozenset()
    return frozenset(lines.split("\n")) if lines else frozenset()


def manifest_line(path: str, fingerprint: str, state: FileState) -> str:
    """A page as the manifest records it: path, fingerprint, size and time of its file."""
    size, mtime = state
    return f"{path}\0{fingerprint}\0{size}\0{mtime}"


def write_manifest(
    path: Path,
    site_folder: Path,
    pages: Plan | Sequence[Page],
    state: Mapping[str, FileState],
) -> None:
    """Record each page's fingerprint with the size and time of the file it was written to.

    A fingerprint holding a line end or a NUL (never one of ours) is left out:
    its page is then always rendered, never mistaken for another.
    """
    plan = pages if isinstance(pages, Plan) else Plan.of(pages)
    get = state.get
    lines = "\n".join(
        f"{page}\0{fingerprint}\0{found[0]}\0{found[1]}"
        for page, fingerprint in zip(plan.paths, plan.fingerprints, strict=True)
        if fingerprint is not None
        and (found := get(page)) is not None
        and "\n" not in fingerprint
        and "\0" not in fingerprint
    )
    _write_record(path, MANIFEST_FORMAT, (render_version(), _where(site_folder), lines))


@dataclass(frozen=True, slots=True)
class Plan:
    """The planned pages as columns, one per path: what the manifest compares and records.

    Pages of a run (``site.PageRun``) are made only when asked for (``page``),
    for the few to render.
    """

    paths: Sequence[str]
    fingerprints: Sequence[str | None]
    at: Callable[[int], Page]  # n -> the page at ``paths[n]``

    @classmethod
    def of(cls, pages: Iterable[Page]) -> Plan:
        return unique_pages(pages)[0]

    def __len__(self) -> int:
        return len(self.paths)

    def __iter__(self) -> Iterator[Page]:
        return map(self.at, range(len(self.paths)))

    def page(self, n: int) -> Page:
        return self.at(n)


def unique_pages(planned: Iterable[Page | PageRun]) -> tuple[Plan, tuple[Diagnostic, ...]]:
    """The plan with one page per path (the last planned wins), and a warning per clash.

    Pages keep the place where their path was first planned.
    """
    paths: list[str] = []
    fingerprints: list[str | None] = []
    starts: list[int] = []  # where each item of ``planned`` starts in ``paths``
    items: list[Page | PageRun] = []
    for item in planned:
        starts.append(len(paths))
        items.append(item)
        if isinstance(item, Page):
            paths.append(item.path)
            fingerprints.append(item.fingerprint)
        else:
            paths.extend(item.paths)
            fingerprints.extend(item.fingerprints)

    def at(n: int) -> Page:
        where = bisect_right(starts, n) - 1
        item = items[where]
        return item if isinstance(item, Page) else item.make(n - starts[where])

    last = dict(zip(paths, range(len(paths)), strict=True))
    if len(last) == len(paths):
        return Plan(paths, fingerprints, at), ()
    clashes: list[Diagnostic] = []
    order: list[int] = []
    for path in paths:
        if path in last:
            order.append(last.pop(path))
        else:
            clashes.append(warning(path, "two pages planned at this path; the last is kept"))
    return (
        Plan(
            [paths[n] for n in order],
            [fingerprints[n] for n in order],
            lambda k: at(order[k]),
        ),
        tuple(clashes),
    )


def split_pages(
    pages: Plan | Sequence[Page], previous: Collection[str], existing: Mapping[str, FileState]
) -> tuple[list[Page], list[str]]:
    """Pages to render, and paths of pages whose file is already up to date.

    A page is up to date when its fingerprint is the one recorded and its
    file is still the one written then (same size and modification time):
    when its ``manifest_line`` is one of ``previous``.
    """
    plan = pages if isinstance(pages, Plan) else Plan.of(pages)
    render: list[int] = []
    keep: list[str] = []
    get = existing.get
    for n, (path, fingerprint) in enumerate(zip(plan.paths, plan.fingerprints, strict=True)):
        state = get(path)
        if (
            fingerprint is not None
            and state is not None
            and f"{path}\0{fingerprint}\0{state[0]}\0{state[1]}" in previous
        ):
            keep.append(path)
        else:
            render.append(n)
    return [plan.page(n) for n in render], keep


# ---------------------------------------------------------------- file digests


@dataclass(slots=True)
class FileDigests:
    """The digest of each file of the output folder as the last build left it.

    Each is kept with the size and time of the file then, and used only while
    the file still has them: the writer then knows an old file's bytes without
    reading them (``writer.Recorded``).  Unlike the page manifest it holds
    across changes of code and templates, when every page is rendered again.
    Only builds that render many pages read and renew it (``DIGESTS_MIN_PAGES``):
    the entries of files a smaller build rewrote no longer match those files'
    size and time, so they are never trusted, and the next large build renews them.
    Kept as two strings of lines (paths, and size, time and digest), so
    reading and writing it are a few calls, not one per file.
    """

    table: dict[str, str] = field(default_factory=dict)  # path -> "size time hexdigest"

    @classmethod
    def read(cls, path: Path, site_folder: Path) -> FileDigests:
        """The digests kept at ``path`` for ``site_folder``; none if missing or damaged."""
        record = _read_record(path, DIGESTS_FORMAT)
        if not isinstance(record, tuple) or len(record) != 3:
            return cls()
        where, paths, rows = record
        if where != _where(site_folder) or not isinstance(paths, str) or not isinstance(rows, str):
            return cls()
        names, values = paths.split("\n"), rows.split("\n")
        if not paths or len(names) != len(values):
            return cls()
        return cls(dict(zip(names, values, strict=True)))

    def recorded(self, path: str, state: FileState) -> bytes | None:
        """The digest of the file at ``path`` if it still has the size and time kept with it."""
        row = self.table.get(path)
        stamp = f"{state[0]} {state[1]} "
        if row is None or not row.startswith(stamp) or len(row) != len(stamp) + 32:
            return None
        try:
            return bytes.fromhex(row[len(stamp) :])
        except ValueError:
            return None

    def update(self, digests: Mapping[str, bytes], files: Mapping[str, FileState]) -> None:
        """Take the digests of the files just given to the writer; forget files now gone."""
        table = {p: row for p, row in self.table.items() if p in files}
        for p, found in digests.items():
            state = files.get(p)
            if state is not None:
                table[p] = f"{state[0]} {state[1]} {found.hex()}"
        self.table = table

    def write(self, path: Path, site_folder: Path) -> None:
        rows = "\n".join(self.table.values())
        _write_record(path, DIGESTS_FORMAT, (_where(site_folder), "\n".join(self.table), rows))


# ---------------------------------------------------------------- unchanged builds


def inputs_digest(config: Config, gathered: Gathered) -> str:
    """Digest of everything a build reads: articles, config, code, templates, environment."""
    digest = hashlib.blake2b(digest_size=20)
    parts = [
        repr(config),
        _where(config.output),
        render_version(),
        cache.code_version(),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
        *(str(d) for d in gathered.diagnostics),
    ]
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    for item in gathered.inputs:  # what the cache keys are made of, less the code version
        names = f"{item.path}\0{item.found.sidecar_path}\0".encode("utf-8", "surrogatepass")
        digest.update(names + item.digest + (item.sidecar_digest or b"-"))
    return digest.hexdigest()


def output_state(folder: Path, last: SiteState | None = None) -> Callable[[], SiteState]:
    """Files of the output folder with their sizes and times (found from ``last`` if given).

    Found while the build goes on (``sitestate.refresh_later``): call the result for them.
    """
    return sitestate.refresh_later(folder, last, skip=(MARKER,))


def read_last_build(path: Path, output: Path) -> LastBuild | None:
    """The record the last build into ``output`` left; None if there is none or it is damaged."""
    record = _read_record(path, LAST_BUILD_FORMAT)
    if not isinstance(record, LastBuild) or record.output != _where(output):
        return None
    return record


def write_last_build(path: Path, record: LastBuild) -> None:
    _write_record(path, LAST_BUILD_FORMAT, record)


def _read_record(path: Path, magic: bytes) -> object:
    """The object pickled in the record at ``path``; None if missing, foreign or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    check, payload = data[len(magic) : len(magic) + 16], data[len(magic) + 16 :]
    if not data.startswith(magic) or hashlib.blake2b(payload, digest_size=16).digest() != check:
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # a damaged record only means a full build
        return None


def _write_record(path: Path, magic: bytes, record: object) -> None:
    payload = pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
    check = hashlib.blake2b(payload, digest_size=16).digest()
    cache.write_atomic(path, magic + check + payload)


def _where(folder: Path) -> str:
    return os.path.abspath(folder)
