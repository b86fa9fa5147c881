"""Reconciling with a memo gives exactly what reconciling from scratch gives.

Corpora: the seeds, 100 articles of the synthetic benchmark corpus, the
hand-written Venezuela claims of ``test_reconciler`` and a small corpus
whose sources change how each other's names resolve.  For each, the
reconciliation of every claim is compared (every field, dict order
included) with reconciliations made with the memo of: the corpus less one
source, less several, a larger corpus, another corpus, a chain of builds,
and a pickled memo.  Other tests check that the memo is used (a build after
adding one article re-reads and regroups little) and kept lean.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from dossier import reconcile_run
from dossier.extractor import extract_claims
from dossier.loader import find_articles, parse_articles, read_raw
from dossier.model import Claim, Interval, Kind, Source
from dossier.reconcile_features import _Item
from dossier.reconcile_grouping import _group, _parts
from dossier.reconcile_memo import ReconcileMemo, dumps, loads
from dossier.reconciler import Reconciliation, reconcile, reconcile_incremental
from tests.test_reconciler import SOURCES, VENEZUELA, _benchmark_corpus, claim, src

ROOT = Path(__file__).resolve().parent.parent
Corpus = tuple[list[Claim], dict[str, Source]]


def _extracted(folder: Path) -> Corpus:
    loaded = parse_articles([read_raw(folder, p) for p in find_articles(folder)])
    sources = {a.source.id: a.source for a in loaded.articles}
    return [c for a in loaded.articles for c in extract_claims(a.source)], sources


def _aliases() -> Corpus:
    """Sources that change how each other's names resolve.

    "a-cne" introduces the acronym, so "CNE" in "b-cne" becomes the National
    Electoral Council only with it; "c-gonzalez" and "d-urrutia" together
    imply "Edmundo González Urrutia"; "e-noplace" names no place, so its
    block is grouped whole; "f-votes" ties a share to its speaker by a
    pronoun; "g-repeat" repeats a sentence (two claims, one id).
    """
    day = date(2024, 8, 1)
    sentence_a = "The National Electoral Council (CNE) said 12 people died in Caracas."
    sentence_r = "Our teams are still searching for 9 people who remain missing."
    claims = [
        claim("a-cne", sentence_a, "12 people", Kind.DEATHS, "12", as_of=day,
              by="National Electoral Council (CNE)",
              names=("National Electoral Council", "Caracas")),
        claim("b-cne", "The CNE counted 15 dead in Caracas.", "15 dead", Kind.DEATHS, "15",
              as_of=day, by="CNE", names=("CNE", "Caracas")),
        claim("b-cne", "The CNE gave Edmundo González 44.2% of the vote.", "44.2%",
              Kind.VOTE_SHARE, "44.2", unit="%", as_of=day, by="CNE",
              names=("CNE", "Edmundo González")),
        claim("c-gonzalez", "Edmundo González won 67% of the vote, his campaign said.", "67%",
              Kind.VOTE_SHARE, "67", unit="%", as_of=day, by="campaign",
              names=("Edmundo González",)),
        claim("d-urrutia", "González Urrutia said 20 people were arrested in Caracas.",
              "20 people", Kind.ARRESTS, "20", as_of=day, by="González Urrutia",
              names=("González Urrutia", "Caracas")),
        claim("e-noplace", "Officials said 40 people were arrested on Monday.", "40 people",
              Kind.ARRESTS, "40", as_of=day, by="Officials"),
        claim("e-noplace", "Officials said 3 people were arrested later.", "3 people",
              Kind.ARRESTS, "3", as_of=date(2024, 8, 2), by="Officials"),
        claim("f-votes", "María Corina Machado claimed she received 70% of the votes.", "70%",
              Kind.VOTE_SHARE, "70", unit="%", as_of=day, by="María Corina Machado",
              names=("María Corina Machado", "Edmundo González")),
        claim("g-repeat", sentence_r, "9 people", Kind.DISAPPEARANCES, "9", as_of=day,
              names=("Caracas",)),
        replace(claim("g-repeat", sentence_r, "9 people", Kind.DISAPPEARANCES, "9",
                      as_of=date(2024, 8, 2), names=("Caracas",)),
                value=Interval(low=Decimal(10), high=Decimal(10))),
        claim("h-count", "About 9,000 people marched in Caracas, organisers said.", "9,000 people",
              Kind.COUNT, "9000", subject="people", as_of=day, names=("Caracas",)),
        claim("i-count", "Some 9,500 people marched through Caracas.", "9,500 people",
              Kind.COUNT, "9500", subject="people", as_of=day, names=("Caracas",)),
    ]  # fmt: skip
    sources = {c.source_id: src(c.source_id, day) for c in claims}
    return claims, sources


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Corpus]:
    generated = tmp_path_factory.mktemp("generated")
    _benchmark_corpus().generate(generated, 100)
    return {
        "seeds": _extracted(ROOT / "seeds"),
        "generated": _extracted(generated),
        "venezuela": (list(VENEZUELA), dict(SOURCES)),
        "aliases": _aliases(),
    }


def _without(corpus: Corpus, dropped: set[str]) -> Corpus:
    claims, sources = corpus
    return [c for c in claims if c.source_id not in dropped], {
        k: v for k, v in sources.items() if k not in dropped
    }


def _union(*parts: Corpus) -> Corpus:
    claims = [c for some, _ in parts for c in some]
    return claims, {k: v for _, sources in parts for k, v in sources.items()}


def _fields(result: Reconciliation) -> list[str]:
    """Every field, dict order included, as text."""
    return [repr(getattr(result, name)) for name in result.__dataclass_fields__]


_COLD: dict[tuple[int, ...], tuple[Corpus, Reconciliation]] = {}


def _cold(corpus: Corpus) -> Reconciliation:
    """``reconcile(*corpus)``, worked out once per list of claims (and sources)."""
    key = (*map(id, corpus[0]), *map(id, corpus[1].values()))
    if key not in _COLD:
        _COLD[key] = (corpus, reconcile(*corpus))  # the corpus is kept: its ids stay its own
    return _COLD[key][1]


def _check(corpus: Corpus, memo: ReconcileMemo | None, **keys: object) -> ReconcileMemo:
    """Reconcile ``corpus`` with ``memo``; assert it equals the cold result; return the new memo."""
    claims, sources = corpus
    cold = _cold(corpus)
    warm, after = reconcile_incremental(claims, sources, memo, **keys)  # type: ignore[arg-type]
    assert warm == cold
    assert _fields(warm) == _fields(cold)
    return after


def _memo_of(corpus: Corpus, **keys: object) -> ReconcileMemo:
    return reconcile_incremental(*corpus, **keys)[1]  # type: ignore[arg-type]


def _sources(corpus: Corpus) -> list[str]:
    return sorted(corpus[1])


NAMES = ("seeds", "generated", "venezuela", "aliases")


@pytest.mark.parametrize("name", NAMES)
def test_memo_of_the_corpus_less_one_source(corpora: dict[str, Corpus], name: str) -> None:
    corpus = corpora[name]
    ids = _sources(corpus)
    dropped = ids if len(ids) <= 12 else [ids[0], ids[len(ids) // 2], ids[-1]]
    for sid in dropped:
        _check(corpus, _memo_of(_without(corpus, {sid})))


@pytest.mark.parametrize("name", NAMES)
def test_memo_of_the_corpus_less_several_sources(corpora: dict[str, Corpus], name: str) -> None:
    corpus = corpora[name]
    ids = _sources(corpus)
    for dropped in (set(ids[::3]), set(ids[1::2]), set(ids)):
        _check(corpus, _memo_of(_without(corpus, dropped)))


@pytest.mark.parametrize("name", NAMES)
def test_memo_of_a_larger_corpus(corpora: dict[str, Corpus], name: str) -> None:
    corpus = corpora[name]
    other = corpora["aliases" if name != "aliases" else "venezuela"]
    _check(corpus, _memo_of(_union(corpus, other)))
    ids = _sources(corpus)
    _check(_without(corpus, {ids[0]}), _memo_of(corpus))  # a source removed


@pytest.mark.parametrize("name", NAMES)
def test_memo_of_another_corpus(corpora: dict[str, Corpus], name: str) -> None:
    for other in NAMES:
        if other != name:
            _check(corpora[name], _memo_of(corpora[other]))


@pytest.mark.parametrize("name", NAMES)
def test_a_chain_of_builds_passing_the_memo_on(corpora: dict[str, Corpus], name: str) -> None:
    corpus = corpora[name]
    ids = _sources(corpus)
    rng = random.Random(5)
    memo = None
    for _ in range(4 if len(ids) <= 12 else 2):
        dropped = set(rng.sample(ids, k=max(1, len(ids) // 4)))
        memo = _check(_without(corpus, dropped), memo)
        memo = _check(corpus, memo)
        memo = loads(dumps(memo))


def test_memo_with_source_keys(corpora: dict[str, Corpus]) -> None:
    corpus = corpora["generated"]
    keys = {sid: source.content_hash for sid, source in corpus[1].items()}
    ids = _sources(corpus)
    memo = _memo_of(_without(corpus, {ids[7]}), source_keys=keys)
    _check(corpus, memo, source_keys=keys)
    _check(corpus, _memo_of(corpus), source_keys=keys)  # keyed otherwise: read again


def test_an_edited_claim_is_read_again(corpora: dict[str, Corpus]) -> None:
    claims, sources = corpora["aliases"]
    memo = _memo_of((claims, sources))
    edited = [replace(c, value=Interval(low=Decimal(99), high=Decimal(99))) if n == 1 else c
              for n, c in enumerate(claims)]  # fmt: skip
    _check((edited, sources), memo)
    moved = {**sources, "b-cne": src("b-cne", date(2019, 1, 1), "Another outlet")}
    _check((claims, moved), memo)


def test_the_memo_is_used(corpora: dict[str, Corpus], monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding one article to the generated corpus re-reads and regroups little."""
    corpus = corpora["generated"]
    ids = _sources(corpus)
    memo = _memo_of(_without(corpus, {ids[50]}))
    reads = _counting(monkeypatch, "read_source")
    groupings = _counting(monkeypatch, "_group")
    reconcile_incremental(*corpus, memo)
    warm_reads, warm_groupings = len(reads), len(groupings)
    reads.clear()
    groupings.clear()
    reconcile(*corpus)
    assert 1 <= warm_reads < len(reads) / 10
    assert 1 <= warm_groupings < len(groupings) / 10


def test_a_source_whose_names_now_resolve_otherwise_is_read_again(
    corpora: dict[str, Corpus], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With "National Electoral Council (CNE)" added, "CNE" in another source is read again."""
    corpus = corpora["aliases"]
    memo = _memo_of(_without(corpus, {"a-cne"}))
    reads = _counting(monkeypatch, "read_source")
    result, _ = reconcile_incremental(*corpus, memo)
    assert len(reads) == 2  # a-cne, new, and b-cne, whose "CNE" now has a long form
    assert result.reported_by[corpus[0][1].id] == "National Electoral Council"
    assert _fields(result) == _fields(_cold(corpus))


def test_the_memo_holds_only_what_the_last_build_used(corpora: dict[str, Corpus]) -> None:
    big, small = corpora["generated"], corpora["seeds"]
    memo = _memo_of(small, memo=_memo_of(big))  # type: ignore[arg-type]
    fresh = _memo_of(small)
    for name in ("names", "readings", "answers", "settled", "parts", "questions", "qids"):
        assert getattr(memo, name).keys() == getattr(fresh, name).keys(), name
    assert memo.tally == fresh.tally  # the big corpus's names taken away to the last count


def test_a_memo_of_other_code_is_not_used(
    corpora: dict[str, Corpus], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = corpora["aliases"]
    memo = replace(_memo_of(corpus), version="another")
    reads = _counting(monkeypatch, "read_source")
    reconcile_incremental(*corpus, memo)
    assert len(reads) == len(corpus[1])


def test_a_memo_kept_as_bytes(corpora: dict[str, Corpus]) -> None:
    corpus = corpora["venezuela"]
    data = dumps(_memo_of(corpus))
    memo = loads(data)
    assert memo is not None
    _check(corpus, memo)
    assert loads(data[:-100]) is None  # cut short
    assert loads(data.replace(memo.version.encode(), b"0" * len(memo.version), 1)) is None
    assert loads(b"") is None
    again = loads(dumps(reconcile_incremental(*corpus, memo)[1]))
    assert again is not None and again.parts.keys() == memo.parts.keys()


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[None]:
    """Count calls of ``reconcile_run.<name>``."""
    calls: list[None] = []
    real = getattr(reconcile_run, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(None)
        return real(*args, **kwargs)

    monkeypatch.setattr(reconcile_run, name, counted)
    return calls


@pytest.mark.parametrize("seed", range(12))
def test_parts_group_as_the_whole_block(seed: int) -> None:
    """Grouping each part of a block alone gives the groups of the block."""
    rng = random.Random(seed)
    places = ["Kesra", "Norland", "Sarav", "Tellin", "Valdera", "Morocco", "Chile"]
    items = [_random_item(rng, n, places) for n in range(rng.randrange(5, 60))]
    items.sort(key=lambda i: i.order)
    wheres = [i.where for i in items]
    whole = _group(items)
    parts = _parts(list(range(len(items))), wheres)
    split = [g for part in parts for g in _group([items[n] for n in sorted(part)])]
    key: Callable[[Sequence[_Item]], list[str]] = lambda g: [i.claim.id for i in g]  # noqa: E731
    assert sorted(map(key, whole)) == sorted(map(key, split))
    assert len(parts) == 1 or all(wheres)


def _random_item(rng: random.Random, n: int, places: list[str]) -> _Item:
    where = (
        frozenset(rng.sample(places, k=rng.choice((1, 1, 1, 2))))
        if rng.random() > 0.1
        else frozenset()
    )
    day = date(2024, 8, rng.randrange(1, 20))
    value = str(rng.choice((5, 11, 17, 40)))
    source = f"s{rng.randrange(12)}"
    c = claim(source, f"Figure {n}: {value} killed.", value, Kind.DEATHS, value, as_of=day)
    families = frozenset(rng.sample(["unrest", "weather", "war"], k=rng.randrange(0, 2)))
    return _Item(
        c, day, day, None, frozenset(p for p in where if p in ("Morocco", "Chile")),
        where, where, families, frozenset(), None, None, source, "",
    )  # fmt: skip
