#!/usr/bin/env python3
"""Reconciling from scratch vs with the memo of the build before, after adding one article.

    python benchmarks/reconcile_incremental.py [-n 1000] [--repeat 3]

Reads the first ``-n`` articles of the synthetic corpus (``benchmarks/out/
corpus-<n>``, made by ``benchmarks/corpus.py`` if missing), extracts their
claims (kept in ``benchmarks/out/claims-<n>.pkl`` for the next run), and
writes one more article about an existing story.  Then it times:

* ``reconcile`` over all claims and the added article's (a cold build);
* ``reconcile_incremental`` over the same claims with the memo of the
  corpus without the added article, kept as bytes and read back as a build
  would (``reconcile_memo.dumps`` and ``loads``),
  once keyed by a digest of each source's claims and once with keys given
  by the caller (as the extraction cache's keys would be);
* the same with nothing added;

and prints the memo's size and the time to write it and read it back, and
whether every reconciliation equals the cold one.  Times are the best of
``--repeat`` runs, wall clock and CPU of this process.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from dossier.extractor import extract_claims  # noqa: E402
from dossier.loader import find_articles, parse_articles, read_raw  # noqa: E402
from dossier.model import Claim, Source  # noqa: E402
from dossier.reconcile_memo import dumps, loads  # noqa: E402
from dossier.reconciler import reconcile, reconcile_incremental  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
T = TypeVar("T")


def best(repeat: int, fn: Callable[[], T]) -> tuple[T, float, float]:
    """``fn()``'s result and its best wall and CPU seconds over ``repeat`` runs."""
    walls, cpus = [], []
    result: T
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, min(walls), min(cpus)


def load(folder: Path, n: int | None = None) -> tuple[list[Claim], dict[str, Source]]:
    paths = find_articles(folder)[:n]
    loaded = parse_articles([read_raw(folder, p) for p in paths])
    sources = {a.source.id: a.source for a in loaded.articles}
    claims = [c for a in loaded.articles for c in extract_claims(a.source)]
    return claims, sources


def corpus_claims(n: int) -> tuple[list[Claim], dict[str, Source]]:
    folder = OUT / f"corpus-{n}"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        corpus.generate(folder, n)
        (folder / "done").write_text("")
    cached = OUT / f"claims-{n}.pkl"
    if cached.exists():
        return pickle.loads(cached.read_bytes())  # type: ignore[no-any-return]
    print(f"extracting {n} articles (kept in {cached.relative_to(ROOT)})...", flush=True)
    result = load(folder, n)
    cached.write_bytes(pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles in the corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing")
    args = parser.parse_args()

    claims, sources = corpus_claims(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        corpus.extra_article(Path(tmp), args.n)
        added_claims, added_sources = load(Path(tmp))
    all_claims = claims + added_claims
    all_sources = {**sources, **added_sources}
    # What the extraction cache would key each source by: its bytes and the extractor.
    keys = {sid: f"{s.content_hash}:{s.path}" for sid, s in all_sources.items()}
    print(f"{len(all_sources)} articles, {len(all_claims)} claims (one article added)")

    cold, wall, cpu = best(args.repeat, lambda: reconcile(all_claims, all_sources))
    print(f"cold reconcile:                 {wall:6.2f}s wall {cpu:6.2f}s CPU")
    print(f"  {len(cold.questions)} questions, {len(cold.entities)} entities")

    for label, given in (("digest of claims", None), ("keys given", keys)):
        _, before = reconcile_incremental(claims, sources, source_keys=given)
        blob, dump_wall, dump_cpu = best(args.repeat, lambda before=before: dumps(before))
        memo, load_wall, load_cpu = best(args.repeat, lambda blob=blob: loads(blob))
        (got, after), wall, cpu = best(
            args.repeat,
            lambda memo=memo, given=given: reconcile_incremental(
                all_claims, all_sources, memo, source_keys=given
            ),
        )
        same = got == cold and _reprs(got) == _reprs(cold)
        (again, _), wall2, cpu2 = best(
            args.repeat,
            lambda after=after, given=given: reconcile_incremental(
                all_claims, all_sources, after, source_keys=given
            ),
        )
        same = same and _reprs(again) == _reprs(cold)
        print(f"with memo ({label}):")
        size = len(blob) / 1e6
        print(f"  memo: {size:.1f} MB, load {load_wall:.2f}s wall {load_cpu:.2f}s CPU")
        print(f"        dump {dump_wall:.2f}s wall {dump_cpu:.2f}s CPU")
        print(f"  add one article:              {wall:6.2f}s wall {cpu:6.2f}s CPU")
        print(f"  nothing added:                {wall2:6.2f}s wall {cpu2:6.2f}s CPU")
        print(f"  same as cold: {'yes' if same else 'NO'}")


def _reprs(result: object) -> list[str]:
    """Every field, in order (dict order included), as text."""
    return [repr(getattr(result, name)) for name in result.__dataclass_fields__]  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
