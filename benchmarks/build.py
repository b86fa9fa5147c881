#!/usr/bin/env python3
"""Build-speed benchmark over a synthetic corpus (``benchmarks/corpus.py``).

For each corpus size it prints: the cold build's wall time (whole process)
and stage split, pages per second for render + write, peak memory, the
no-change rebuild's time and files written, the add-one-article rebuild's
time and files written, and the speed-up of ``--jobs 2`` over ``--jobs 1``
on a cold build.  Every build runs in a fresh process so times include
start-up and memory is that build's own peak.

    python benchmarks/build.py                  # 100, 1,000 and 5,000 articles
    python benchmarks/build.py --sizes 100 1000
    python benchmarks/build.py --large          # also 10,000
    python benchmarks/build.py --seeds          # only the seeds' cold build

Corpora and sites go to ``benchmarks/out/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402


def child(articles: Path, output: Path, cache: Path, jobs: int) -> None:
    """Run one build in this process and print its report as JSON."""
    from dossier.config import Config
    from dossier.pipeline import build

    report = build(Config(articles=articles, output=output, cache=cache), jobs=jobs)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "sources": report.sources,
                "claims": report.claims,
                "questions": report.questions,
                "rendered": report.pages_rendered,
                "written": report.pages_written,
                "unchanged": report.unchanged,
                "removed": report.removed,
                "timings": dict(report.timings),
                "peak_mb": max(peak_kb, kids_kb) / 1024,
            }
        )
    )


def run(articles: Path, output: Path, cache: Path, jobs: int) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", str(articles), str(output), str(cache)]
    start = time.perf_counter()
    done = subprocess.run(
        [*command, str(jobs)], check=True, capture_output=True, text=True, cwd=ROOT
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - start
    return result


def stages(result: dict[str, object]) -> str:
    timings = result["timings"]
    assert isinstance(timings, dict)
    return ", ".join(f"{name} {secs:.2f}s" for name, secs in timings.items())


def corpus_folder(size: int) -> Path:
    """The synthetic corpus of ``size`` articles, generated once."""
    folder = OUT / f"corpus-{size}"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        corpus.generate(folder, size)
        (folder / "done").write_text("")
    return folder


def bench(size: int, jobs: int, compare: bool = True) -> None:
    folder = corpus_folder(size)
    work = OUT / f"work-{size}"
    shutil.rmtree(work, ignore_errors=True)
    articles = work / "articles"
    shutil.copytree(folder, articles)
    site, cache = work / "site", work / "cache"

    cold = run(articles, site, cache, jobs)
    timings = cold["timings"]
    assert isinstance(timings, dict)
    render_write = timings["render"] + timings["write"]
    print(f"\n== {size:,} articles: {cold['sources']} sources, {cold['claims']} claims, "
          f"{cold['questions']} questions, {cold['written']} files")  # fmt: skip
    print(f"cold build (--jobs {jobs}):  {cold['wall']:.2f}s wall  ({stages(cold)})")
    print(
        f"render+write:          {cold['rendered']} pages in {render_write:.2f}s = "
        f"{cold['rendered'] / render_write:,.0f} pages/s"
    )
    print(f"peak memory:           {cold['peak_mb']:,.0f} MB")

    again = run(articles, site, cache, jobs)
    print(
        f"no-change rebuild:     {again['wall']:.2f}s wall, {again['written']} files written, "
        f"{again['rendered']} pages rendered  ({stages(again)})"
    )

    corpus.extra_article(articles, size)
    added = run(articles, site, cache, jobs)
    print(
        f"add one article:       {added['wall']:.2f}s wall, {added['written']} files written, "
        f"{added['rendered']} pages rendered, {added['removed']} removed  ({stages(added)})"
    )

    if jobs != 1 and compare:
        print(jobs_speedup(articles, work, jobs))


def jobs_speedup(articles: Path, work: Path, jobs: int) -> str:
    """Cold extraction (every article parsed and extracted) with ``jobs`` processes and with 1."""
    seconds = {}
    for n in (1, jobs):
        scratch = work / f"extract-{n}"
        shutil.rmtree(scratch, ignore_errors=True)
        command = [sys.executable, __file__, "--extract", str(articles), str(scratch), str(n)]
        done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        seconds[n] = float(done.stdout.strip().splitlines()[-1])
        shutil.rmtree(scratch, ignore_errors=True)
    return (
        f"--jobs {jobs} vs --jobs 1:    cold extraction {seconds[jobs]:.2f}s vs "
        f"{seconds[1]:.2f}s = {seconds[1] / seconds[jobs]:.2f}x"
    )


def extract_only(articles: Path, cache: Path, jobs: int) -> None:
    """Time reading and extracting every article into an empty cache."""
    from dossier import cache as extraction_cache
    from dossier import inputs
    from dossier.pipeline import extract_all

    start = time.perf_counter()
    gathered = inputs.gather(articles, cache / inputs.INDEX)
    extract_all(gathered.inputs, extraction_cache.Store(cache), jobs=jobs)
    print(time.perf_counter() - start)


def seeds() -> None:
    """The seeds' cold build, timed as a user sees it: the whole command."""
    work = OUT / "seeds"
    shutil.rmtree(work, ignore_errors=True)
    command = [
        str(Path(sys.executable).parent / "dossier"),
        "build",
        str(ROOT / "seeds"),
        "-o",
        str(work / "site"),
        "-q",
    ]
    config = work / "dossier.yaml"
    work.mkdir(parents=True)
    config.write_text(f"cache: {work / 'cache'}\narticles: {ROOT / 'seeds'}\n")
    command += ["--config", str(config)]
    start = time.perf_counter()
    subprocess.run(command, check=False, cwd=ROOT)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(command, check=False, cwd=ROOT)
    warm = time.perf_counter() - start
    print(f"seeds: cold build {cold:.2f}s, no-change rebuild {warm:.2f}s (whole process)")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        articles, output, cache, jobs = sys.argv[2:6]
        child(Path(articles), Path(output), Path(cache), int(jobs))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--extract":
        articles, cache, jobs = sys.argv[2:5]
        extract_only(Path(articles), Path(cache), int(jobs))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 5000])
    parser.add_argument("--large", action="store_true", help="also 10,000 articles")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the builds (2)")
    parser.add_argument("--seeds", action="store_true", help="only time the seeds' build")
    parser.add_argument(
        "--no-compare", action="store_true", help="skip the --jobs N vs --jobs 1 extractions"
    )
    parser.add_argument(
        "--extract-only",
        type=int,
        nargs="*",
        default=[],
        metavar="SIZE",
        help="sizes for which only cold extraction (--jobs N vs 1) is timed",
    )
    args = parser.parse_args()
    seeds()
    if args.seeds:
        return
    for size in [*args.sizes, *([10000] if args.large else [])]:
        bench(size, args.jobs, compare=not args.no_compare)
    for size in args.extract_only:
        articles = corpus_folder(size)
        print(f"\n== {size:,} articles, extraction only")
        print(jobs_speedup(articles, OUT / f"work-{size}", args.jobs))


if __name__ == "__main__":
    main()
