"""Incremental builds: only what changed is rendered and written, and the result
is byte for byte what a build from scratch gives."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from dossier import cache, inputs, pipeline, sitestate, writer
from dossier.config import Config
from dossier.errors import DossierError
from dossier.model import BuildReport

ONE = """---
title: Quake kills 12 in Kesra
outlet: Daily Planet
published: 2024-03-02
---
Officials said 12 people were killed when the earthquake struck Kesra province on Friday.

Rescue teams were still searching the rubble on Saturday.
"""
TWO = """---
title: Kesra quake toll disputed
outlet: Morning Ledger
published: 2024-03-02
---
Hospital officials said 45 people were killed when the earthquake struck Kesra province on Friday.

Aid groups said roads remained blocked.
"""
OTHER = """---
title: Riverside council vote
outlet: City Herald
published: 2024-05-10
---
Police said 30 protesters were arrested outside the Riverside council on Tuesday.
"""


def files_of(site: Path) -> dict[str, bytes]:
    """The site's files, less the redirects that only a site with a history has.

    A rebuild keeps old addresses of moved claims and questions as redirects
    (``data/redirects.json``); a build from scratch has no old addresses.
    """
    moved = {r["from"] for r in json.loads((site / "data/redirects.json").read_text())}
    return {
        path: p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
        and (path := p.relative_to(site).as_posix()) not in moved
        and path != "data/redirects.json"
    }


def fresh_build(config: Config, tmp_path: Path, name: str) -> dict[str, bytes]:
    """The site a build from scratch (no cache, no earlier output) gives."""
    clean = Config(
        articles=config.articles, output=tmp_path / name / "site", cache=tmp_path / name / "c"
    )
    pipeline.build(clean, jobs=1)
    return files_of(clean.output)


def claims(site: Path) -> dict[str, dict[str, object]]:
    return {c["id"]: c for c in json.loads((site / "data/claims.json").read_text())}


def forget_last_build(config: Config) -> None:
    """Make the next build run every stage (as if an input had changed and changed back)."""
    (config.cache / pipeline.LAST_BUILD).unlink()


def test_no_change_rebuild_writes_and_renders_nothing(project: Config) -> None:
    first = pipeline.build(project, jobs=1)
    assert first.pages_written > 0 and first.removed == 0
    again = pipeline.build(project, jobs=1)
    assert (again.pages_rendered, again.pages_written, again.removed) == (0, 0, 0)
    assert again.unchanged == first.pages_written
    assert (again.sources, again.claims, again.questions) == (
        first.sources,
        first.claims,
        first.questions,
    )
    assert [name for name, _ in again.timings] == list(pipeline.STAGES)


def test_full_pass_without_changes_renders_only_unfingerprinted_pages(project: Config) -> None:
    first = pipeline.build(project, jobs=1)
    fingerprinted = pipeline.read_manifest(project.cache / pipeline.MANIFEST, project.output)
    assert fingerprinted
    forget_last_build(project)
    again = pipeline.build(project, jobs=1)
    assert (again.pages_written, again.removed) == (0, 0)
    assert again.pages_rendered == first.pages_rendered - len(fingerprinted)
    assert [name for name, _ in again.timings] == list(pipeline.STAGES)


@pytest.mark.parametrize("elsewhere", [False, True], ids=["here", "other-process"])
@pytest.mark.parametrize("change", ["edit", "delete", "add"])
def test_a_touched_output_folder_is_repaired(
    project: Config, change: str, elsewhere: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if elsewhere:  # the output folder is checked in another process, as for large sites
        monkeypatch.setattr(sitestate, "BACKGROUND_MIN_FILES", 1)
    pipeline.build(project, jobs=1)
    before = files_of(project.output)
    page = project.output / "sources/one/index.html"
    if change == "edit":
        page.write_bytes(b"edited by hand")
    elif change == "delete":
        page.unlink()
    else:
        (project.output / "stray.html").write_bytes(b"x")
    report = pipeline.build(project, jobs=1)
    assert files_of(project.output) == before
    assert report.pages_written + report.removed == 1


def test_added_article_that_flips_a_verdict_updates_every_page_showing_it(
    project: Config, tmp_path: Path
) -> None:
    pipeline.build(project, jobs=1)
    before = files_of(project.output)
    old_claims = claims(project.output)
    (claim_id,) = [k for k, c in old_claims.items() if c["quote"] == "12 people"]
    assert old_claims[claim_id]["status"] == "single"

    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    report = pipeline.build(project, jobs=1)
    after = files_of(project.output)
    new_claims = claims(project.output)
    assert new_claims[claim_id]["status"] != "single"
    # The old claim's page shows its question's verdict, so it was rendered again.
    page = f"claims/{claim_id}/index.html"
    assert after[page] != before[page]
    # Pages of the unrelated article were left alone.
    (other_id,) = [k for k, c in new_claims.items() if c["quote"] == "30 protesters"]
    assert after[f"claims/{other_id}/index.html"] == before[f"claims/{other_id}/index.html"]
    assert report.pages_written == sum(1 for p in after if before.get(p) != after[p])
    # And the result is exactly what a build from scratch gives.
    assert after == fresh_build(project, tmp_path, "scratch")


def test_removed_article_pages_are_deleted(project: Config, tmp_path: Path) -> None:
    pipeline.build(project, jobs=1)
    source_pages = [p for p in files_of(project.output) if p.startswith("sources/other/")]
    assert source_pages
    (project.articles / "other.txt").unlink()
    report = pipeline.build(project, jobs=1)
    assert report.removed > 0
    assert not (project.output / "sources/other").exists()
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")


def test_edited_article_rebuilds_its_pages(project: Config, tmp_path: Path) -> None:
    pipeline.build(project, jobs=1)
    (project.articles / "other.txt").write_text(OTHER.replace("30", "31"), encoding="utf-8")
    report = pipeline.build(project, jobs=1)
    assert report.pages_written > 0
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")


def test_template_or_code_change_renders_every_page(
    project: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = pipeline.build(project, jobs=1)
    monkeypatch.setattr(pipeline, "render_version", lambda: "another version")
    forget_last_build(project)
    again = pipeline.build(project, jobs=1)
    assert again.pages_rendered == first.pages_rendered
    assert again.pages_written == 0  # same bytes: nothing written


@pytest.fixture
def digests_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds of these few pages keep the site's digests, as large builds do."""
    monkeypatch.setattr(pipeline, "DIGESTS_MIN_PAGES", 1)


def test_after_a_code_change_old_pages_are_known_by_digest_not_read(
    project: Config, monkeypatch: pytest.MonkeyPatch, digests_kept: None
) -> None:
    first = pipeline.build(project, jobs=1)
    monkeypatch.setattr(pipeline, "render_version", lambda: "another version")
    forget_last_build(project)

    def unread(path: str, data: bytes) -> bool:
        raise AssertionError(f"old file read: {path}")

    monkeypatch.setattr(writer, "_same_bytes", unread)
    again = pipeline.build(project, jobs=1)
    assert (again.pages_rendered, again.pages_written) == (first.pages_rendered, 0)


def test_a_page_edited_by_hand_is_read_not_known_by_its_digest(
    project: Config, monkeypatch: pytest.MonkeyPatch, digests_kept: None
) -> None:
    pipeline.build(project, jobs=1)
    expected = files_of(project.output)
    page = project.output / "about" / "index.html"
    page.write_bytes(b"X" * len(expected["about/index.html"]))  # same size, new time
    monkeypatch.setattr(pipeline, "render_version", lambda: "another version")
    forget_last_build(project)
    again = pipeline.build(project, jobs=1)
    assert again.pages_written == 1
    assert files_of(project.output) == expected


def test_a_build_rendering_few_pages_leaves_the_digests_as_they_were(
    project: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, digests_kept: None
) -> None:
    pipeline.build(project, jobs=1)
    kept = (project.cache / pipeline.DIGESTS).read_bytes()
    monkeypatch.setattr(pipeline, "DIGESTS_MIN_PAGES", 10**6)
    (project.articles / "two.txt").write_text(TWO, encoding="utf-8")
    added = pipeline.build(project, jobs=1)
    assert added.pages_written > 0
    assert (project.cache / pipeline.DIGESTS).read_bytes() == kept
    # The pages it rewrote are no longer known by their old digests: they are read.
    monkeypatch.setattr(pipeline, "DIGESTS_MIN_PAGES", 1)
    monkeypatch.setattr(pipeline, "render_version", lambda: "another version")
    forget_last_build(project)
    again = pipeline.build(project, jobs=1)
    assert again.pages_written == 0
    assert files_of(project.output) == fresh_build(project, tmp_path, "fresh")


def test_interrupted_build_does_not_trust_the_manifest(project: Config) -> None:
    first = pipeline.build(project, jobs=1)
    (project.cache / pipeline.MANIFEST).unlink()  # as a build killed while writing leaves it
    forget_last_build(project)
    again = pipeline.build(project, jobs=1)
    assert again.pages_rendered == first.pages_rendered and again.pages_written == 0


def test_manifest_for_another_output_folder_is_ignored(project: Config, tmp_path: Path) -> None:
    pipeline.build(project, jobs=1)
    elsewhere = Config(articles=project.articles, output=tmp_path / "other", cache=project.cache)
    report = pipeline.build(elsewhere, jobs=1)
    assert files_of(elsewhere.output) == files_of(project.output)
    # every file but the marker is written; files_of leaves out data/redirects.json
    assert report.pages_written == len(files_of(elsewhere.output)) - 1 + 1


def test_rebuild_is_byte_identical_to_first_build(project: Config, tmp_path: Path) -> None:
    pipeline.build(project, jobs=1)
    first = files_of(project.output)
    shutil.rmtree(project.cache)
    report: BuildReport = pipeline.build(project, jobs=1)
    assert report.pages_written == 0
    assert files_of(project.output) == first


def test_cache_inside_the_output_is_refused(project: Config) -> None:
    inside = Config(articles=project.articles, output=project.output, cache=project.output / "c")
    with pytest.raises(DossierError):
        pipeline.build(inside, jobs=1)


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds run long after the articles were written: the index vouches for every file."""
    monkeypatch.setattr(inputs, "_now", lambda: time.time_ns() + 60 * 10**9)


def test_article_rewritten_keeping_its_size_and_mtime_is_rebuilt(
    project: Config, tmp_path: Path, settled: None
) -> None:
    pipeline.build(project, jobs=1)
    path = project.articles / "other.txt"
    stat = path.stat()
    path.write_text(OTHER.replace("30", "31"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    report = pipeline.build(project, jobs=1)
    assert report.pages_written > 0
    assert "31 protesters" in json.dumps(claims(project.output))
    assert files_of(project.output) == fresh_build(project, tmp_path, "scratch")


def test_touched_but_unchanged_article_rebuilds_nothing(project: Config, settled: None) -> None:
    first = pipeline.build(project, jobs=1)
    os.utime(project.articles / "one.txt")
    again = pipeline.build(project, jobs=1)
    assert (again.pages_rendered, again.pages_written, again.removed) == (0, 0, 0)
    assert again.unchanged == first.pages_written


@pytest.mark.parametrize(
    "record", [inputs.INDEX, pipeline.LAST_BUILD, pipeline.MANIFEST, pipeline.DIGESTS]
)
def test_damaged_record_means_more_work_and_no_error(
    project: Config, record: str, settled: None, digests_kept: None
) -> None:
    first = pipeline.build(project, jobs=1)
    path = project.cache / record
    data = path.read_bytes()
    path.write_bytes(data[:40] + bytes([data[40] ^ 1]) + data[41:])
    again = pipeline.build(project, jobs=1)
    assert (again.pages_written, again.removed, again.diagnostics) == (0, 0, ())
    assert again.unchanged == first.pages_written


def test_cache_entries_gone_with_the_index_kept(
    project: Config, tmp_path: Path, settled: None
) -> None:
    pipeline.build(project, jobs=1)
    before = files_of(project.output)
    shutil.rmtree(project.cache / "sources")
    (project.cache / cache.PACK).unlink()
    forget_last_build(project)
    cache.forget_decoded()  # as the next command's process would start
    report = pipeline.build(project, jobs=1)
    assert (report.pages_written, report.removed, report.diagnostics) == (0, 0, ())
    assert files_of(project.output) == before


def test_output_folder_of_another_build_is_scanned_not_trusted(
    project: Config, tmp_path: Path
) -> None:
    pipeline.build(project, jobs=1)
    elsewhere = Config(articles=project.articles, output=tmp_path / "other", cache=project.cache)
    pipeline.build(elsewhere, jobs=1)
    (elsewhere.output / "stray.html").write_bytes(b"x")  # not in this cache's record
    (elsewhere.output / "sources/one/index.html").write_bytes(b"edited")
    report = pipeline.build(elsewhere, jobs=1)
    assert (report.pages_written, report.removed) == (1, 1)
    assert files_of(elsewhere.output) == files_of(project.output)
