#!/usr/bin/env python3
"""What adding one article costs the site layout: planning, whole-corpus files, pages redone.

    python benchmarks/site_layout.py FOLDER [-n 1000] [--claims PKL] [--repeat 3]

The first ``n - 1`` and ``n`` articles of FOLDER (by path) are read and
extracted in this process (or the claims read from ``--claims``, a pickle
that ``benchmarks/profile_stages.py --claims`` writes for the same ``-n``:
this script then extracts only the claims of the ``n - 1`` articles, by
leaving the last article's out) and reconciled.  For each, it times in CPU
seconds (``time.process_time``, which a machine shared with other work
disturbs less than the wall clock): the ``Lookup`` (links between entities,
claims and sources), planning every page (``output.pages``) and making the
other files (``output.other_files``) from scratch and, for the second, with
the pieces the first call kept in memory.  Then it renders the pages whose
fingerprint differs between the two plans and prints how many there are, of
which kinds, their size and their render time.  With ``--repeat`` the
timings are the least of that many runs.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.config import Config  # noqa: E402
from dossier.loader import find_articles, parse_articles, read_raw  # noqa: E402

T = TypeVar("T")


def cpu(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


def site_data(folder: Path, count: int, claims_file: Path | None) -> object:
    from dossier import site
    from dossier.extractor import extract_claims
    from dossier.reconciler import reconcile

    paths = find_articles(folder)[:count]
    loaded = parse_articles([read_raw(folder, p) for p in paths])
    sources = [a.source for a in loaded.articles]
    known = {s.id for s in sources}
    if claims_file is not None and claims_file.exists():
        claims = [c for c in pickle.loads(claims_file.read_bytes()) if c.source_id in known]
    else:
        claims = [c for s in sources for c in extract_claims(s)]
    reconciled = reconcile(claims, {s.id: s for s in sources})
    return site.SiteData(
        config=Config(articles=folder, output=Path("_layout_site"), cache=Path("_unused")),
        sources=tuple(sources),
        claims=tuple(claims),
        questions=reconciled.questions,
        entities=reconciled.entities,
        question_of=reconciled.question_of,
        notes={a.source.id: a.notes for a in loaded.articles if a.notes},
        skipped=loaded.skipped,
    )


def kind(path: str) -> str:
    """A page path with its ids and dates replaced by X, to count pages by kind."""
    return re.sub(r"(?<=/)[^/]+(?=/)", "X", path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="articles after adding one")
    parser.add_argument("--claims", type=Path, help="pickle of the n articles' claims")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    from dossier import output, site
    from dossier.parts import Parts

    before = site_data(args.folder, args.n - 1, args.claims)
    after = site_data(args.folder, args.n, args.claims)
    best: dict[str, float] = {}
    plans = []
    for _ in range(args.repeat):
        parts = Parts()
        plans = []
        for label, data in (("n-1", before), ("n", after)):
            output._last.clear()
            lookup, t_lookup = cpu(lambda data=data: site.Lookup(data))
            output._last[:] = [(data, lookup)]
            planned, t_plan = cpu(lambda data=data: output.pages(data))
            _, t_cold = cpu(lambda data=data: output.other_files(data, Parts()))
            _, t_warm = cpu(lambda data=data, kept=parts: output.other_files(data, kept))
            parts = parts.fresh()
            plans.append(planned)
            for name, value in (
                (f"lookup {label}", t_lookup),
                (f"plan {label}", t_plan),
                (f"other files, made anew {label}", t_cold),
                (f"other files, with kept pieces {label}", t_warm),
            ):
                best[name] = min(best.get(name, value), value)
    print(f"{len(after.sources)} articles, {len(after.claims)} claims, {len(plans[1])} pages")
    for name, value in best.items():
        print(f"  {name:40s} {value:7.3f} s CPU")
    previous = {p.path: p.fingerprint for p in plans[0]}
    redone = [p for p in plans[1] if p.fingerprint is None or previous.get(p.path) != p.fingerprint]
    renderer = output.Renderer()
    for page in redone[:5]:  # templates compiled before timing
        renderer.render(page)
    rendered, seconds = cpu(lambda: [renderer.render(p) for p in redone])
    size = sum(map(len, rendered))
    print(f"pages to render after adding one: {len(redone)}, {size / 1e6:.1f} MB, {seconds:.2f} s")
    for name, count in Counter(kind(p.path) for p in redone).most_common():
        print(f"  {count:5d}  {name}")


if __name__ == "__main__":
    main()
