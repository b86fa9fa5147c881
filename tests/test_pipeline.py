"""Pipeline: cached loading equals the loader's, parallel equals serial, page plan."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dossier import cache, inputs, parallel, pipeline
from dossier.config import Config
from dossier.extractor import extract_claims
from dossier.loader import load_folder
from dossier.model import Page
from dossier.site import PageRun

ARTICLES: dict[str, str | bytes] = {
    "a.txt": "Police said 30 protesters were arrested on Tuesday.\n",
    "a.md": "# Other\n\nOfficials said 12 people were killed in the flood on Monday.\n",
    "copy.txt": "Police said 30 protesters were arrested on Tuesday.\n",
    "bad.txt": b"\0binary",
    "nested/b.txt": "At least 40 people were injured in the fire, the fire service said.\n",
    "c.txt": "---\ntitle: C\npublished: 2024-01-05\n---\nSome 2,000 people fled the town.\n",
}
Writer = Callable[[dict[str, str | bytes]], Path]


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """``extract_all`` freezes what it decoded for the build, which unfreezes it: so do we."""
    yield
    gc.unfreeze()


def test_cached_loading_gives_what_the_loader_gives(write_articles: Writer, tmp_path: Path) -> None:
    folder = write_articles(ARTICLES)
    expected = load_folder(folder)
    store = cache.Store(tmp_path / "cache")
    for _ in range(3):  # read and computed, then from the cache, then not even read
        gathered = inputs.gather(folder, tmp_path / "index.bin")
        entries, notes = pipeline.extract_all(gathered.inputs, store, jobs=1)
        loaded = pipeline.assemble(gathered.inputs, entries)
        assert not notes
        assert loaded.articles == expected.articles
        assert gathered.diagnostics + loaded.diagnostics == expected.diagnostics
        assert gathered.skipped + loaded.skipped == expected.skipped
        assert loaded.claims == tuple(c for s in expected.sources for c in extract_claims(s))
        cache.forget_decoded()  # as the next command's process would start
    ids = [a.source.id for a in loaded.articles]
    assert len(ids) == len(set(ids))  # a.txt and a.md got distinct ids


def test_parallel_build_is_byte_identical_to_serial(
    write_articles: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(
        {
            f"s{n:02d}.txt": f"Officials said {n + 3} people were killed in Town{n}.\n"
            for n in range(12)
        }
    )
    monkeypatch.setattr(parallel, "MIN_PER_WORKER", 1)
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 1)  # render on workers too
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 3)
    assert parallel.workers_for(12, 2) == 2
    sites = []
    for jobs in (1, 2):
        out = tmp_path / f"site{jobs}"
        pipeline.build(Config(articles=folder, output=out, cache=tmp_path / f"c{jobs}"), jobs=jobs)
        sites.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert sites[0] == sites[1]
    caches = [sorted(p.name for p in (tmp_path / f"c{j}" / "sources").iterdir()) for j in (1, 2)]
    assert caches[0] == caches[1]


def test_small_corpora_stay_in_process() -> None:
    assert parallel.workers_for(3, 8) == 1
    assert parallel.workers_for(1000, 1) == 1
    assert parallel.workers_for(1000, 4) == 4


def test_split_pages() -> None:
    pages = [
        Page(path="index.html", template="index.html"),
        Page(path="a/index.html", template="x", fingerprint="1"),
        Page(path="b/index.html", template="x", fingerprint="2"),
        Page(path="c/index.html", template="x", fingerprint="3"),
        Page(path="d/index.html", template="x", fingerprint="4"),
    ]
    previous = {
        pipeline.manifest_line(path, fingerprint, (1, 1))
        for path, fingerprint in [
            ("index.html", "0"),
            ("a/index.html", "1"),
            ("b/index.html", "changed"),
            ("c/index.html", "3"),
            ("d/index.html", "4"),
        ]
    }
    existing = {p: (1, 1) for p in ("index.html", "a/index.html", "b/index.html")}
    existing["d/index.html"] = (1, 2)  # touched since it was written
    render, keep = pipeline.split_pages(pages, previous, existing)
    rendered = [p.path for p in render]
    assert rendered == ["index.html", "b/index.html", "c/index.html", "d/index.html"]
    assert keep == ["a/index.html"]


def test_pages_planned_twice_at_one_path_are_kept_once_with_a_warning() -> None:
    pages = [
        Page(path="a/index.html", template="x", fingerprint="1"),
        Page(path="b/index.html", template="x", fingerprint="2"),
        Page(path="a/index.html", template="y", fingerprint="3"),
    ]
    unique, clashes = pipeline.unique_pages(pages)
    assert [(p.path, p.template) for p in unique] == [("a/index.html", "y"), ("b/index.html", "x")]
    assert [d.path for d in clashes] == ["a/index.html"]


def test_a_run_of_pages_is_made_only_for_the_pages_to_render() -> None:
    made: list[int] = []
    paths = [f"claims/c{n}/index.html" for n in range(4)]

    def make(n: int) -> Page:
        made.append(n)
        return Page(path=paths[n], template="claim.html", fingerprint=str(n))

    run = PageRun("claim.html", paths, ["0", "1", "2", "3"], ["s"] * 4, make)
    planned = [Page(path="index.html", template="index.html"), run]
    plan, clashes = pipeline.unique_pages(planned)
    assert not clashes and list(plan.paths) == ["index.html", *paths]
    previous = {pipeline.manifest_line(p, str(n), (1, 1)) for n, p in enumerate(paths)}
    existing = {p: (1, 1) for p in paths}
    existing[paths[2]] = (1, 2)  # touched since it was written
    render, keep = pipeline.split_pages(plan, previous, existing)
    assert [p.path for p in render] == ["index.html", paths[2]]
    assert keep == [paths[0], paths[1], paths[3]]
    assert made == [2]


def test_a_page_of_a_run_planned_again_at_its_path_replaces_it() -> None:
    run = PageRun(
        "claim.html",
        ["a/index.html", "b/index.html"],
        ["1", "2"],
        ["s", "s"],
        lambda n: Page(path="ab"[n] + "/index.html", template="claim.html", fingerprint="12"[n]),
    )
    later = Page(path="a/index.html", template="redirect.html", fingerprint="3")
    plan, clashes = pipeline.unique_pages([run, later])
    assert [(p.path, p.template) for p in plan] == [
        ("a/index.html", "redirect.html"),
        ("b/index.html", "claim.html"),
    ]
    assert [d.path for d in clashes] == ["a/index.html"]


def test_the_plan_holds_the_pages_output_lays_out() -> None:
    from dossier import output, site
    from tests.sitedata import grown_data

    data = grown_data(40)
    planned = output.plan(data)
    assert any(isinstance(item, site.PageRun) for item in planned)
    expected = [(p.path, p.template, p.fingerprint) for p in output.pages(data)]
    assert [(p.path, p.template, p.fingerprint) for p in site.expand(planned)] == expected
    plan, _ = pipeline.unique_pages(planned)
    assert [(p.path, p.template, p.fingerprint) for p in plan] == expected


def test_output_does_not_depend_on_hash_seed_or_file_order(
    write_articles: Writer, tmp_path: Path
) -> None:
    folder = write_articles({k: v for k, v in ARTICLES.items() if k != "bad.txt"})
    sites = []
    for seed in ("1", "2"):
        out = tmp_path / f"site{seed}"
        script = (
            "import sys; from pathlib import Path; from dossier.config import Config; "
            "from dossier.pipeline import build; "
            "build(Config(articles=Path(sys.argv[1]), output=Path(sys.argv[2]), "
            "cache=Path(sys.argv[3])), jobs=1)"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", script, str(folder), str(out), str(tmp_path / seed)]
        subprocess.run(command, check=True, env=env)
        sites.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert sites[0] == sites[1]


def test_rendering_on_workers_keeps_page_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES_PER_WORKER", 1)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 2)
    pages = [Page(path=f"p{n}/index.html", template="x") for n in range(9)]

    def make() -> Callable[[Page], bytes]:
        return lambda page: f"{page.path} in {os.getpid()}".encode()

    serial = list(parallel.render_pages(pages, make, 1))
    forked = list(parallel.render_pages(pages, make, 2))
    assert [p for p, _ in forked] == [p for p, _ in serial] == [p.path for p in pages]
    assert all(str(os.getpid()) not in data.decode() for _, data in forked)


def test_manifest_keeps_fingerprinted_pages_with_their_files(tmp_path: Path) -> None:
    site = tmp_path / "site"
    pages = [
        Page(path="index.html", template="index.html"),  # no fingerprint: always rendered
        Page(path="a/index.html", template="x", fingerprint="1"),
        Page(path="b/index.html", template="x", fingerprint="2"),
        Page(path="c/index.html", template="x", fingerprint="bad\nline"),
    ]
    state = {p.path: (10, 20) for p in pages if p.path != "b/index.html"}
    where = tmp_path / "pages.bin"
    pipeline.write_manifest(where, site, pages, state)
    recorded = pipeline.read_manifest(where, site)
    assert recorded == {pipeline.manifest_line("a/index.html", "1", (10, 20))}
    render, keep = pipeline.split_pages(pages, recorded, {**state, "b/index.html": (10, 20)})
    assert [p.path for p in render] == ["index.html", "b/index.html", "c/index.html"]
    assert keep == ["a/index.html"]
    assert pipeline.read_manifest(where, tmp_path / "elsewhere") == frozenset()
    where.write_bytes(where.read_bytes()[:-3])  # damaged: nothing is trusted
    assert pipeline.read_manifest(where, site) == frozenset()


def test_new_files_are_extracted_while_the_kept_entries_are_decoded(
    write_articles: Writer, tmp_path: Path
) -> None:
    folder = write_articles({"old.txt": "The museum said 300 paintings were restored.\n"})
    store = cache.Store(tmp_path / "cache")
    gathered = inputs.gather(folder, tmp_path / "index.bin")
    pipeline.extract_all(gathered.inputs, store, jobs=2)
    store.pack(item.key for item in gathered.inputs)
    cache.forget_decoded()
    write_articles({"new.txt": "The library said 45 volumes were missing.\n"})
    gathered = inputs.gather(folder, tmp_path / "index.bin")
    calls: list[int] = []
    store = cache.Store(tmp_path / "cache")
    assert [store.has(item.key) for item in gathered.inputs] == [False, True]
    entries, notes = pipeline.extract_all(
        gathered.inputs, store, jobs=2, meanwhile=lambda: calls.append(1)
    )
    assert calls == [1] and not notes
    loaded = pipeline.assemble(gathered.inputs, entries)
    assert loaded.articles == load_folder(folder).articles


@pytest.mark.parametrize("enabled", [True, False])
def test_build_leaves_the_garbage_collector_as_it_found_it(
    write_articles: Writer, tmp_path: Path, enabled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build pauses the collector while it makes its long-lived records; the caller's
    setting comes back afterwards, and after a build that fails."""
    folder = write_articles({k: v for k, v in ARTICLES.items() if k != "bad.txt"})
    config = Config(articles=folder, output=tmp_path / "site", cache=tmp_path / "cache")
    seen: list[bool] = []
    render_and_write = pipeline.render_and_write

    def split_pages(*args: object) -> object:
        seen.append(gc.isenabled())
        raise RuntimeError("planning failed")

    def rendering(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return render_and_write(*args, **kwargs)  # type: ignore[arg-type]

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        monkeypatch.setattr(pipeline, "render_and_write", rendering)
        pipeline.build(config, jobs=1)
        assert seen == [enabled]  # running again for rendering, if it ran before
        assert gc.isenabled() is enabled
        seen.clear()
        (folder / "new.txt").write_text("Police said 7 people were hurt on Friday.\n")
        monkeypatch.setattr(pipeline, "split_pages", split_pages)
        with pytest.raises(RuntimeError, match="planning failed"):
            pipeline.build(config, jobs=1)
        assert seen == [False]  # paused while planning
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
