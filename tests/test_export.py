"""Whole-corpus data files made of remembered pieces: same bytes, fewer pieces made."""

from __future__ import annotations

from dataclasses import replace

from dossier import export, output, site
from dossier.parts import Parts
from tests.sitedata import grown_data, seed_data


def _files(data: site.SiteData, parts: Parts) -> dict[str, bytes]:
    output._last.clear()
    return output.other_files(data, parts)


def test_claim_files_are_the_records_of_every_claim() -> None:
    for data in (seed_data(), grown_data(30)):
        lookup = site.Lookup(data)
        records = [export.claim_record(c, lookup.question(c)) for c in data.claims]
        claims_json, claims_csv = export.claims_files(
            data.claims, data.question_of, lookup.questions, lookup.source_keys, Parts()
        )
        assert claims_json == export.json_lines_array(records).encode()
        assert claims_csv == export.claims_csv(records).encode()
    empty = export.claims_files((), {}, {}, {}, Parts())
    assert empty == (b"[]\n", export.claims_csv([]).encode())


def test_remembered_pieces_give_the_same_bytes_and_only_new_ones_are_made() -> None:
    data = grown_data(40)
    first = Parts("v1")
    cold = _files(data, first)
    assert first.made > 0
    warm_parts = Parts.from_bytes(first.to_bytes(), "v1")
    assert _files(data, warm_parts) == cold
    assert warm_parts.made == 0
    grown = grown_data(41)
    again = Parts.from_bytes(warm_parts.to_bytes(), "v1")
    assert _files(grown, again) == _files(grown, Parts("v1"))
    # The new source's claims (JSON and CSV), its sources.json line, and the
    # conflicts.json lines of the questions its figures joined.
    added = grown.sources[-1].id
    joined = {grown.question_of[c.id] for c in grown.claims if c.source_id == added}
    assert again.made == 3 + len(joined)


def test_stored_pieces_are_used_only_under_their_version_and_never_fail() -> None:
    parts = Parts("v1")
    parts.get("k", lambda: b"piece")
    stored = parts.to_bytes()
    assert Parts.from_bytes(stored, "v1").get("k", lambda: b"made") == b"piece"
    assert Parts.from_bytes(stored, "v2").get("k", lambda: b"made") == b"made"
    assert Parts.from_bytes(stored[:-5], "v1").get("k", lambda: b"made") == b"made"
    assert Parts.from_bytes(b"junk", "v1").get("k", lambda: b"made") == b"made"


def test_pieces_not_used_by_a_build_are_dropped() -> None:
    parts = Parts()
    parts.get("old", lambda: b"1")
    parts = parts.fresh()
    parts.get("new", lambda: b"2")
    kept = Parts.from_bytes(parts.to_bytes(), "")
    assert kept.get("new", lambda: b"made") == b"2"
    assert kept.get("old", lambda: b"made") == b"made"


def test_a_claim_whose_verdict_changed_is_written_anew() -> None:
    data = seed_data()
    parts = Parts()
    before = _files(data, parts)
    question = next(q for q in data.questions if len(q.claim_ids) > 1)
    other = next(s for s in type(question.status) if s != question.status)
    changed = replace(
        data,
        questions=tuple(replace(q, status=other) if q is question else q for q in data.questions),
    )
    after = _files(changed, parts.fresh())
    assert after == _files(changed, Parts())
    assert after["data/claims.json"] != before["data/claims.json"]
