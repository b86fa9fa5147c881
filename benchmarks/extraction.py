"""Precision and recall of the claim extractor on the labelled set, with a baseline.

Run ``.venv/bin/python benchmarks/extraction.py`` from the project root;
``-v`` lists every miss, ``--heldout`` scores only the held-out articles
(front matter ``heldout: true``: written and labelled after the rules, so
they measure the rules on text they were not tuned on), ``--seen`` only
the others, and ``--only PREFIX`` only the articles whose file stem starts
with PREFIX (``--only unseen2-`` scores one batch of held-out articles on
its own); ``--only`` combines with ``--heldout`` or ``--seen``.
``--dir PATH`` scores the labelled articles in PATH (same layout: article
files with front matter, labels in ``<stem>.labels.yaml`` beside them)
instead of ``tests/corpus/labelled``, for a set kept apart from the one the
rules are tuned on; a relative PATH is taken from the current directory, then
from the project root.  It combines with every other option, e.g.
``--dir tests/corpus/sealed --only unseen3- -v``.

A predicted claim matches a labelled one when the kind is the same, the
spans overlap and the value is the same (low and high; for event dates, the
date).  Matching is one-to-one, in span order.  Attribution and as-of are
then scored over matched claims: an attribution is right when the two names
are equal after case, "the" and apostrophes are set aside, or when one is the
other with words added at either end ("ministry" / "foreign ministry");
an as-of is right when the date or range is identical.

The baseline is quantulum3, a general quantity extractor.  It has no notion
of deaths or arrests, so it is scored on value + span only (kind ignored):
its recall per labelled kind, and its precision over everything it emits.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from labelled import LabelledArticle, load_labelled  # noqa: E402

from dossier.extractor import extract_claims  # noqa: E402
from dossier.model import Claim, Kind, Span  # noqa: E402

KINDS = [k.value for k in Kind]


@dataclass(frozen=True)
class Label:
    kind: str
    span: Span
    low: Decimal | None
    high: Decimal | None
    attributed_to: str | None
    as_of: Any
    date: Any


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def label_spans(article: LabelledArticle) -> list[Label]:
    """Labels with their spans located in the article body."""
    body = article.source.body
    out: list[Label] = []
    for raw in article.labels:
        base = 0
        if raw.get("within"):
            base = body.find(raw["within"])
            if base < 0:
                raise ValueError(f"{article.source.id}: within {raw['within']!r} not found")
        start = body.find(raw["quote"], base)
        if start < 0:
            raise ValueError(f"{article.source.id}: quote {raw['quote']!r} not found")
        out.append(
            Label(
                kind=raw["kind"],
                span=Span(start=start, end=start + len(raw["quote"])),
                low=_dec(raw.get("low")),
                high=_dec(raw.get("high")),
                attributed_to=raw.get("attributed_to"),
                as_of=raw.get("as_of"),
                date=raw.get("date"),
            )
        )
    return out


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _iso(value: Any) -> Any:
    if isinstance(value, dict):
        return {"from": str(value["from"]), "to": str(value["to"])}
    return None if value is None else str(value)


def _claim_matches(claim: Claim, label: Label) -> bool:
    if claim.kind.value != label.kind or not _overlap(claim.span, label.span):
        return False
    if label.kind == "event_date":
        return claim.date is not None and claim.date.iso() == _iso(label.date)
    return claim.value.low == label.low and claim.value.high == label.high


def _norm_name(name: str | None) -> list[str]:
    if not name:
        return []
    name = name.casefold().replace("’", "'")
    name = re.sub(r"^the\s+", "", name.strip())
    return name.split()


def attribution_ok(predicted: str | None, expected: str | None) -> bool:
    a, b = _norm_name(predicted), _norm_name(expected)
    if not a or not b:
        return a == b
    short, long_ = sorted((a, b), key=len)
    return long_[: len(short)] == short or long_[-len(short) :] == short


def as_of_ok(claim: Claim, label: Label) -> bool:
    got = claim.as_of.range.iso() if claim.as_of else None
    return got == _iso(label.as_of)


@dataclass
class Tally:
    tp: Counter[str]
    fp: Counter[str]
    fn: Counter[str]


def score_dossier(articles: tuple[LabelledArticle, ...], verbose: bool) -> tuple[Tally, list[str]]:
    tally = Tally(Counter(), Counter(), Counter())
    attr_right = attr_total = asof_right = asof_total = 0
    notes: list[str] = []
    for article in articles:
        labels = label_spans(article)
        claims = list(extract_claims(article.source))
        used: set[int] = set()
        for label in labels:
            hit = next(
                (i for i, c in enumerate(claims) if i not in used and _claim_matches(c, label)),
                None,
            )
            if hit is None:
                tally.fn[label.kind] += 1
                notes.append(
                    f"  FN {article.source.id}: {label.kind} {_quote(article, label.span)!r}"
                )
                continue
            used.add(hit)
            tally.tp[label.kind] += 1
            claim = claims[hit]
            if label.kind == "event_date":
                continue
            attr_total += 1
            asof_total += 1
            if attribution_ok(claim.attributed_to, label.attributed_to):
                attr_right += 1
            else:
                notes.append(
                    f"  ATTR {article.source.id}: {claim.quote!r} got {claim.attributed_to!r} "
                    f"want {label.attributed_to!r}"
                )
            if as_of_ok(claim, label):
                asof_right += 1
            else:
                got = claim.as_of.range.iso() if claim.as_of else None
                notes.append(
                    f"  ASOF {article.source.id}: {claim.quote!r} got {got} want {label.as_of}"
                )
        for i, claim in enumerate(claims):
            if i not in used:
                tally.fp[claim.kind.value] += 1
                told = (
                    f"{claim.date.start}..{claim.date.end} ({claim.event})"
                    if claim.date is not None
                    else f"{claim.value.low}-{claim.value.high}"
                )
                notes.append(f"  FP {article.source.id}: {claim.kind.value} {claim.quote!r} {told}")
    summary = [
        f"attribution correct: {attr_right}/{attr_total} = {_pct(attr_right, attr_total)}",
        f"as-of correct:       {asof_right}/{asof_total} = {_pct(asof_right, asof_total)}",
    ]
    return tally, (notes if verbose else []) + summary


def _quote(article: LabelledArticle, span: Span) -> str:
    return span.slice(article.source.body)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def score_quantulum(articles: tuple[LabelledArticle, ...]) -> tuple[Counter[str], int, int]:
    """Recall per labelled kind and (matched, emitted) for quantulum3 on value + span."""
    from quantulum3 import parser  # optional test dependency

    recall: Counter[str] = Counter()
    matched = emitted = 0
    for article in articles:
        body = article.source.body
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(body)
        emitted += len(quantities)
        used: set[int] = set()
        for label in label_spans(article):
            if label.kind == "event_date":
                continue
            for i, q in enumerate(quantities):
                if i in used:
                    continue
                span = Span(start=q.span[0], end=q.span[1])
                values = {Decimal(str(q.value)).normalize()}
                want = {v.normalize() for v in (label.low, label.high) if v is not None}
                if _overlap(span, label.span) and values & want:
                    used.add(i)
                    recall[label.kind] += 1
                    break
        matched += len(used)
    return recall, matched, emitted


def _option(argv: list[str], name: str, metavar: str, example: str) -> str | None:
    """The value of ``NAME VALUE`` (or ``NAME=VALUE``) in argv, None without it."""
    for i, arg in enumerate(argv):
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
        if arg == name:
            if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                raise SystemExit(f"{name} needs a {metavar} (e.g. {name} {example})")
            return argv[i + 1]
    return None


def _only_prefix(argv: list[str]) -> str | None:
    """The PREFIX of ``--only PREFIX`` (or ``--only=PREFIX``), None without it."""
    return _option(argv, "--only", "PREFIX", "unseen2-")


def _labelled_dir(argv: list[str]) -> Path | None:
    """The folder of ``--dir PATH`` (or ``--dir=PATH``), None without it."""
    value = _option(argv, "--dir", "PATH", "tests/corpus/sealed")
    if value is None:
        return None
    path = Path(value).expanduser()
    if not path.is_absolute() and not path.is_dir() and (ROOT / path).is_dir():
        path = ROOT / path
    if not path.is_dir():
        raise SystemExit(f"--dir {value}: no such folder")
    return path


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    prefix = _only_prefix(argv)
    folder = _labelled_dir(argv)
    articles = load_labelled() if folder is None else load_labelled(folder)
    if folder is not None and not articles:
        raise SystemExit(f"--dir {folder}: no labelled articles (.txt or .md) in it")
    if "--heldout" in argv:
        articles = tuple(a for a in articles if a.heldout)
    elif "--seen" in argv:
        articles = tuple(a for a in articles if not a.heldout)
    if prefix is not None:
        articles = tuple(a for a in articles if a.source.id.startswith(prefix))
        if not articles:
            raise SystemExit(f"--only {prefix}: no labelled article's file stem starts with it")
    tally, notes = score_dossier(articles, verbose)
    q_recall, q_matched, q_emitted = score_quantulum(articles)
    labelled: Counter[str] = Counter()
    for article in articles:
        for raw in article.labels:
            labelled[raw["kind"]] += 1
    for line in notes[:-2]:
        print(line)
    which = "held-out" if "--heldout" in argv else "seen" if "--seen" in argv else "whole"
    if prefix is not None:
        which += f", only {prefix}*"
    if folder is not None:
        shown = folder.resolve()
        which += f", in {shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown}"
    print(
        f"labelled set ({which}): {len(articles)} articles, "
        f"{sum(labelled.values())} labelled claims"
    )
    print(
        f"{'kind':15} {'n':>4} | {'P':>6} {'R':>6} {'F1':>6} {'tp/fp/fn':>10} | quantulum3 R (value+span)"  # noqa: E501
    )
    all_tp = all_fp = all_fn = 0
    q_all = 0
    for kind in KINDS:
        tp, fp, fn = tally.tp[kind], tally.fp[kind], tally.fn[kind]
        if not (tp or fp or fn):
            continue
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        q_all += q_recall[kind]
        p, r, f = _prf(tp, fp, fn)
        qr = "n/a" if kind == "event_date" else f"{q_recall[kind] / labelled[kind]:.2f}"
        print(
            f"{kind:15} {labelled[kind]:>4} | {p:6.2f} {r:6.2f} {f:6.2f} {f'{tp}/{fp}/{fn}':>10} | {qr}"  # noqa: E501
        )
    p, r, f = _prf(all_tp, all_fp, all_fn)
    n_q = sum(v for k, v in labelled.items() if k != "event_date")
    print(
        f"{'all':15} {sum(labelled.values()):>4} | {p:6.2f} {r:6.2f} {f:6.2f} "
        f"{f'{all_tp}/{all_fp}/{all_fn}':>10} | R {q_all / n_q:.2f}, "
        f"P {q_matched / max(q_emitted, 1):.2f} ({q_emitted} emitted)"
    )
    for line in notes[-2:]:
        print(line)
    return 0


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
