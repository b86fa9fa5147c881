#!/usr/bin/env python3
"""Time extraction, reconciliation and page planning separately, in one process.

    python benchmarks/profile_stages.py FOLDER [-n 400] [--digest OUT] [--render]
                                        [--profile STAGE] [--claims PKL] [--stories]

FOLDER holds article files (for example a corpus from ``benchmarks/corpus.py``);
the first ``-n`` of them (by path) are read, parsed and extracted in this
process, with no cache and no workers, then reconciled and laid out as pages.

``--digest OUT`` writes a digest of everything those stages produce (every
claim's repr, every question, entity and link, each planned page's path,
template and fingerprint, and which pages share a fingerprint; with
``--render`` also every rendered page's bytes and the other files), one line
per part and a total, so two versions of the code can be shown to give the
same output.  ``--profile STAGE`` runs that
stage under cProfile and prints the 40 costliest functions.  ``--stories``
checks, on a corpus from ``benchmarks/corpus.py``, that no question mixes
claims of different stories.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.config import Config  # noqa: E402
from dossier.loader import find_articles, parse_articles, read_raw  # noqa: E402

T = TypeVar("T")


def timed(name: str, profile: str | None, fn: Callable[[], T]) -> tuple[T, float]:
    profiler = cProfile.Profile() if profile == name else None
    start = time.perf_counter()
    result = profiler.runcall(fn) if profiler is not None else fn()
    seconds = time.perf_counter() - start
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(40)
        stats.sort_stats("cumulative").print_stats(30)
    return result, seconds


def digest_of(lines: list[str]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for line in lines:
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=None, help="number of articles (default: all)")
    parser.add_argument("--digest", type=Path, help="write a digest of the outputs here")
    parser.add_argument("--render", action="store_true", help="digest rendered pages too")
    parser.add_argument("--profile", choices=("extract", "reconcile", "plan"))
    parser.add_argument(
        "--claims",
        type=Path,
        help="pickle of the extracted claims: read if it exists (extraction skipped), else written",
    )
    parser.add_argument(
        "--stories",
        action="store_true",
        help="count questions mixing stories of a benchmarks/corpus.py corpus",
    )
    args = parser.parse_args()

    from dossier import output, site
    from dossier.extractor import extract_claims
    from dossier.reconciler import reconcile

    paths = find_articles(args.folder)[: args.n]
    raws = [read_raw(args.folder, p) for p in paths]
    loaded = parse_articles(raws)
    sources = [a.source for a in loaded.articles]

    def extract() -> list:
        return [c for s in sources for c in extract_claims(s)]

    if args.claims is not None and args.claims.exists():
        claims, t_extract = pickle.loads(args.claims.read_bytes()), 0.0
    else:
        claims, t_extract = timed("extract", args.profile, extract)
        if args.claims is not None:
            args.claims.write_bytes(pickle.dumps(claims, pickle.HIGHEST_PROTOCOL))
    by_id = {s.id: s for s in sources}
    reconciled, t_reconcile = timed("reconcile", args.profile, lambda: reconcile(claims, by_id))
    config = Config(articles=args.folder, output=Path("_profile_site"), cache=Path("_unused"))
    data = site.SiteData(
        config=config,
        sources=tuple(sources),
        claims=tuple(claims),
        questions=reconciled.questions,
        entities=reconciled.entities,
        question_of=reconciled.question_of,
        notes={a.source.id: a.notes for a in loaded.articles if a.notes},
        skipped=loaded.skipped,
    )
    pages, t_plan = timed("plan", args.profile, lambda: output.pages(data))

    n, c = len(sources), len(claims)
    print(f"articles {n}  claims {c}  questions {len(reconciled.questions)}  pages {len(pages)}")
    print(f"extract   {t_extract:8.2f} s  {1000 * t_extract / max(n, 1):7.2f} ms/article")
    print(f"reconcile {t_reconcile:8.2f} s  {1e6 * t_reconcile / max(c, 1):7.1f} µs/claim")
    print(f"plan      {t_plan:8.2f} s  {1e6 * t_plan / max(len(pages), 1):7.1f} µs/page")
    if args.stories:
        print(_story_check(claims, by_id, reconciled.questions))

    if args.digest is None:
        return
    classes: dict[str | None, int] = {None: -1}
    parts: dict[str, list[str]] = {
        "claims": [repr(x) for x in claims],
        "questions": [repr(x) for x in reconciled.questions],
        "entities": [repr(x) for x in reconciled.entities],
        "question_of": [f"{k} {v}" for k, v in sorted(reconciled.question_of.items())],
        "reconciled": [repr(x) for x in _other_fields(reconciled)],
        # Which pages share a fingerprint, whatever the fingerprints' spelling.
        "pages": [
            f"{p.path} {p.template} {classes.setdefault(p.fingerprint, len(classes))}"
            for p in pages
        ],
        "fingerprints": [f"{p.path} {p.fingerprint}" for p in pages],
    }
    if args.render:
        renderer = output.Renderer()
        parts["rendered"] = [
            f"{p.path} {hashlib.blake2b(renderer.render(p), digest_size=16).hexdigest()}"
            for p in pages
        ]
        parts["other_files"] = [
            f"{path} {hashlib.blake2b(data, digest_size=16).hexdigest()}"
            for path, data in sorted(output.other_files(data).items())
        ]
    lines = [f"{name} {len(items)} {digest_of(items)}" for name, items in parts.items()]
    lines.append(f"total {digest_of(lines)}")
    args.digest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def _story_check(claims: list, sources: dict, questions: tuple) -> str:
    """How many questions hold claims of more than one synthetic story.

    ``benchmarks/corpus.py`` titles every article "<Event> in <Place>: ...",
    one place per story, so the title before the colon names the story.
    """
    story = {c.id: sources[c.source_id].title.split(":")[0] for c in claims}
    mixed = [q for q in questions if len({story[c] for c in q.claim_ids}) > 1]
    largest = max((len(q.claim_ids) for q in questions), default=0)
    return f"questions mixing stories: {len(mixed)}  largest question: {largest} claims"


def _other_fields(reconciled: object) -> list[object]:
    """Fields of the reconciliation other than those digested one by one."""
    names = getattr(reconciled, "__dataclass_fields__", {})
    skip = {"questions", "entities", "question_of"}
    return [(name, getattr(reconciled, name)) for name in names if name not in skip]


if __name__ == "__main__":
    main()
