#!/usr/bin/env python3
"""Pages per second for each kind of page, rendered in one process.

    python benchmarks/render.py FOLDER [-n 300] [--claims PKL] [--kinds claim source ...]
                                [--profile KIND] [--digest OUT] [--repeat 3]

The first ``-n`` articles of FOLDER (by path) are read, extracted (or taken
from ``--claims PKL``, written on first use), reconciled and laid out as
pages, as ``benchmarks/profile_stages.py`` does; then every page of each
kind (claim, source, entity, question) is rendered with one ``Renderer`` in
this process, after a few warm-up pages have compiled the templates.  Times
are CPU time of this process (``time.process_time``), which a busy machine
disturbs less than wall time; the best of ``--repeat`` runs is shown.

``--freeze`` moves the loaded data out of the cyclic collector's sight
first (``gc.freeze``), to show what collections of it cost while rendering.
``--digest OUT`` writes ``path digest`` of every page of the chosen kinds,
so two versions of the templates can be shown to render the same bytes
(compare the files with ``diff``).  ``--profile KIND`` renders that kind
once under cProfile and prints the costliest functions.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import pickle
import pstats
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier import output, site  # noqa: E402
from dossier.config import Config  # noqa: E402
from dossier.loader import find_articles, parse_articles, read_raw  # noqa: E402
from dossier.model import Page  # noqa: E402

KINDS = {
    "claim": "claim.html",
    "source": "source.html",
    "entity": "entity.html",
    "question": "conflict.html",
}


def site_data(folder: Path, n: int | None, claims_pickle: Path | None) -> site.SiteData:
    """Load, extract and reconcile the first ``n`` articles of ``folder``."""
    from dossier.reconciler import reconcile

    raws = [read_raw(folder, p) for p in find_articles(folder)[:n]]
    loaded = parse_articles(raws)
    sources = [a.source for a in loaded.articles]
    if claims_pickle is not None and claims_pickle.exists():
        claims = pickle.loads(claims_pickle.read_bytes())
    else:
        from dossier.extractor import extract_claims

        claims = [c for s in sources for c in extract_claims(s)]
        if claims_pickle is not None:
            claims_pickle.write_bytes(pickle.dumps(claims, pickle.HIGHEST_PROTOCOL))
    reconciled = reconcile(claims, {s.id: s for s in sources})
    return site.SiteData(
        config=Config(articles=folder, output=Path("_render_bench"), cache=Path("_unused")),
        sources=tuple(sources),
        claims=tuple(claims),
        questions=reconciled.questions,
        entities=reconciled.entities,
        question_of=reconciled.question_of,
        notes={a.source.id: a.notes for a in loaded.articles if a.notes},
        skipped=loaded.skipped,
    )


def render_all(renderer: output.Renderer, pages: Sequence[Page]) -> float:
    """CPU seconds to render ``pages`` once."""
    start = time.process_time()
    for page in pages:
        renderer.render(page)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=300, help="number of articles (default: 300)")
    parser.add_argument("--claims", type=Path, help="pickle of extracted claims (read or written)")
    parser.add_argument("--kinds", nargs="+", choices=sorted(KINDS), default=list(KINDS))
    parser.add_argument("--repeat", type=int, default=3, help="runs per kind; best is shown")
    parser.add_argument("--profile", choices=sorted(KINDS), help="cProfile one kind's rendering")
    parser.add_argument("--digest", type=Path, help="write each page's path and digest here")
    parser.add_argument(
        "--freeze",
        action="store_true",
        help="gc.freeze() the loaded site data before rendering (the collector skips it)",
    )
    args = parser.parse_args()

    data = site_data(args.folder, args.n, args.claims)
    pages = output.pages(data)
    by_kind = {kind: [p for p in pages if p.template == KINDS[kind]] for kind in args.kinds}
    if args.freeze:
        gc.collect()
        gc.freeze()
    renderer = output.Renderer()
    for kind_pages in by_kind.values():
        for page in kind_pages[:5]:
            renderer.render(page)  # compile the templates before timing

    print(f"articles {len(data.sources)}  claims {len(data.claims)}  pages {len(pages)}")
    total_pages, total_seconds = 0, 0.0
    for kind, kind_pages in by_kind.items():
        if not kind_pages:
            continue
        best = min(render_all(renderer, kind_pages) for _ in range(max(1, args.repeat)))
        total_pages += len(kind_pages)
        total_seconds += best
        rate = len(kind_pages) / best if best else float("inf")
        per_page = 1e6 * best / len(kind_pages)
        print(f"{kind:9} {len(kind_pages):6} pages {rate:9.0f} pages/s {per_page:8.0f} µs/page")
    if total_seconds:
        print(f"{'all':9} {total_pages:6} pages {total_pages / total_seconds:9.0f} pages/s")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(render_all, renderer, by_kind.get(args.profile, []))
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(35)
        stats.sort_stats("cumulative").print_stats(35)

    if args.digest:
        lines = [
            f"{p.path} {hashlib.blake2b(renderer.render(p), digest_size=16).hexdigest()}"
            for kind_pages in by_kind.values()
            for p in kind_pages
        ]
        args.digest.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
