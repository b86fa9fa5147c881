"""How far two people agree when they label the same articles: the ceiling for the extractor.

Run ``.venv/bin/python benchmarks/agreement.py REFERENCE OTHER`` from the
project root.  Both folders hold labelled articles in the layout of
``tests/corpus/labelled`` (article files with front matter, labels in
``<stem>.labels.yaml`` beside them); OTHER may hold label files alone, read
against REFERENCE's articles of the same stem.  The articles both label are
compared.  OTHER's labels are scored against REFERENCE's
exactly as ``benchmarks/extraction.py`` scores the extractor: a label
matches when the kind is the same, the spans overlap and the value (or, for
event dates, the date) is the same; attribution and as-of agreement are
then counted over matched labels.  A second line matches on value and span
alone, so disagreement about which figures to record is told apart from
disagreement about their kind.

With one labeller's answers taken as truth, the other's "precision" and
"recall" are the agreement between the two: an extractor cannot be expected
to agree with one labeller more than a second careful labeller does.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction import KINDS, Label, _iso, _prf, attribution_ok, label_spans  # noqa: E402
from labelled import LabelledArticle, load_labelled  # noqa: E402


def _same_figure(a: Label, b: Label, *, kind: bool) -> bool:
    if not (a.span.start < b.span.end and b.span.start < a.span.end):
        return False
    if kind and a.kind != b.kind:
        return False
    if a.kind == "event_date" or b.kind == "event_date":
        return a.kind == b.kind and _iso(a.date) == _iso(b.date)
    return a.low == b.low and a.high == b.high


def _pair(
    reference: list[Label], other: list[Label], *, kind: bool
) -> tuple[list[tuple[Label, Label]], list[Label], list[Label]]:
    """One-to-one matches in reading order, and the labels each side has alone."""
    used: set[int] = set()
    matched: list[tuple[Label, Label]] = []
    alone: list[Label] = []
    for ref in reference:
        hit = next(
            (i for i, o in enumerate(other) if i not in used and _same_figure(ref, o, kind=kind)),
            None,
        )
        if hit is None:
            alone.append(ref)
        else:
            used.add(hit)
            matched.append((ref, other[hit]))
    return matched, alone, [o for i, o in enumerate(other) if i not in used]


def compare(
    reference: tuple[LabelledArticle, ...], other: tuple[LabelledArticle, ...]
) -> list[str]:
    """The report: agreement per kind, on value and span alone, then on attribution and as-of."""
    by_id = {a.source.id: a for a in reference}
    pairs = [(by_id[o.source.id], o) for o in other if o.source.id in by_id]
    if not pairs:
        raise SystemExit("no article of the second folder is in the first")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    loose_tp = loose_fp = loose_fn = 0
    attr = asof = matched_figures = 0
    for ref_article, other_article in pairs:
        ref, oth = label_spans(ref_article), label_spans(other_article)
        matched, ref_alone, other_alone = _pair(ref, oth, kind=True)
        for a, b in matched:
            tp[a.kind] += 1
            if a.kind == "event_date":
                continue
            matched_figures += 1
            attr += attribution_ok(b.attributed_to, a.attributed_to)
            asof += _iso(a.as_of) == _iso(b.as_of)
        for a in ref_alone:
            fn[a.kind] += 1
        for b in other_alone:
            fp[b.kind] += 1
        loose, ref_loose, other_loose = _pair(ref, oth, kind=False)
        loose_tp += len(loose)
        loose_fn += len(ref_loose)
        loose_fp += len(other_loose)
    lines = [
        f"{len(pairs)} articles: {sum((tp + fn).values())} reference labels, "
        f"{sum((tp + fp).values())} other labels",
        f"{'kind':15} | {'P':>6} {'R':>6} {'F1':>6} {'tp/fp/fn':>10}",
    ]
    for kind in KINDS:
        if tp[kind] or fp[kind] or fn[kind]:
            p, r, f = _prf(tp[kind], fp[kind], fn[kind])
            lines.append(
                f"{kind:15} | {p:6.2f} {r:6.2f} {f:6.2f} {f'{tp[kind]}/{fp[kind]}/{fn[kind]}':>10}"
            )
    p, r, f = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    lines.append(f"{'all':15} | {p:6.2f} {r:6.2f} {f:6.2f}")
    p, r, f = _prf(loose_tp, loose_fp, loose_fn)
    lines.append(f"{'value+span':15} | {p:6.2f} {r:6.2f} {f:6.2f} (kind set aside)")
    share = max(matched_figures, 1)
    lines.append(f"attribution agrees: {attr}/{matched_figures} = {attr / share:.1%}")
    lines.append(f"as-of agrees:       {asof}/{matched_figures} = {asof / share:.1%}")
    return lines


def load_labels_for(
    folder: Path, reference: tuple[LabelledArticle, ...]
) -> tuple[LabelledArticle, ...]:
    """The labels in ``folder``, each on the reference article of its stem."""
    by_stem = {a.source.id: a for a in reference}
    out: list[LabelledArticle] = []
    for path in sorted(folder.glob("*.labels.yaml")):
        stem = path.name.removesuffix(".labels.yaml")
        if stem in by_stem:
            labels = yaml.safe_load(path.read_text("utf-8")) or []
            out.append(replace(by_stem[stem], labels=tuple(labels)))
    return tuple(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        raise SystemExit("usage: benchmarks/agreement.py REFERENCE_FOLDER OTHER_FOLDER")
    folders = [Path(a) if Path(a).is_dir() else ROOT / a for a in argv]
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"{folder}: no such folder")
    reference = load_labelled(folders[0])
    other = load_labels_for(folders[1], reference)
    for line in compare(reference, other):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
