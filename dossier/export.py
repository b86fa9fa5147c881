"""Data exports (JSON and CSV) with a stable key order.

The field lists are declared once here; the README documents them and a
test checks the two agree.  The whole-corpus files are made of pieces (one
per source, one per question) that a ``parts.Parts`` remembers between
builds, keyed by what each piece shows, so adding an article makes the
pieces of that article and joins the rest.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import groupby, repeat
from operator import attrgetter
from typing import Any

from dossier import site
from dossier.model import Claim, Entity, Question, Source
from dossier.parts import Parts

CLAIM_FIELDS: dict[str, str] = {
    "id": "stable claim id (also the claim page's folder name)",
    "source": "id of the source article",
    "url": "claim page path relative to the site root",
    "kind": "deaths, injuries, arrests, disappearances, displaced, vote_share, votes, "
    "event_date, count, percent or money",
    "value": "interval {low, high}; null is unbounded; percentages as numbers of percent",
    "qualifier": "exact, more_than, at_least, about, fewer_than, at_most, range or vague",
    "unit": "people, percent, votes, countries, barrels per day, ...",
    "subject": "who or what is counted, in words from the text",
    "quote": "exact surface text of the figure; equals the source body sliced by span",
    "span": "[start, end] character offsets into the source's clean body",
    "sentence": "the whole sentence the figure is in",
    "attributed_to": "person or body the figure is attributed to; null if the article's own voice",
    "as_of": "ISO date or {from, to} the figure holds for; null if unknown",
    "as_of_basis": "stated, publication_date or inferred",
    "event": "for event_date claims: what happened",
    "date": "for event_date claims: ISO date or {from, to}",
    "question": "id of the question the claim answers",
    "status": "verdict of that question: single, consistent, conflict, update or scope",
}

SOURCE_FIELDS: dict[str, str] = {
    "id": "stable source id, from the file name",
    "path": "file path relative to the articles folder",
    "url": "source page path relative to the site root",
    "title": "headline",
    "outlet": "publication",
    "author": "byline",
    "original_url": "address of the original article",
    "published": "publication date (ISO)",
    "language": "language code",
    "claims": "number of claims extracted",
}

QUESTION_FIELDS: dict[str, str] = {
    "id": "stable question id (also the conflict page's folder name)",
    "kind": "measure, as for claims",
    "unit": "unit of the figures",
    "event": "what the question asks about",
    "scope": "who is counted (e.g. civilians); null for all",
    "status": "single, consistent, conflict, update or scope",
    "explanation": "plain-language reason for the status",
    "summary": "the figures as a range with their as-of date",
    "claim_ids": "ids of the claims answering the question",
}


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def claim_record(claim: Claim, question: Question | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": claim.id,
        "source": claim.source_id,
        "url": site.claim_permalink(claim.id),
        "kind": claim.kind.value,
        "value": {"low": _number(claim.value.low), "high": _number(claim.value.high)},
        "qualifier": claim.qualifier.value,
        "unit": claim.unit,
        "subject": claim.subject,
        "quote": claim.quote,
        "span": [claim.span.start, claim.span.end],
        "sentence": claim.sentence,
        "attributed_to": claim.attributed_to,
        "as_of": claim.as_of.range.iso() if claim.as_of else None,
        "as_of_basis": claim.as_of.basis.value if claim.as_of else None,
        "event": claim.event,
        "date": claim.date.iso() if claim.date else None,
        "question": question.id if question else None,
        "status": question.status.value if question else None,
    }
    return record


def source_record(source: Source, claim_count: int) -> dict[str, Any]:
    meta = source.meta
    return {
        "id": source.id,
        "path": source.path,
        "url": f"sources/{source.id}/",
        "title": meta.title,
        "outlet": meta.outlet,
        "author": meta.author,
        "original_url": meta.url,
        "published": meta.published.isoformat() if meta.published else None,
        "language": meta.language,
        "claims": claim_count,
    }


def question_record(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "kind": question.kind.value,
        "unit": question.unit,
        "event": question.event,
        "scope": question.scope,
        "status": question.status.value,
        "explanation": question.explanation,
        "summary": question.summary,
        "claim_ids": list(question.claim_ids),
    }


def entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "url": f"entities/{entity.id}/",
    }


def json_lines_array(records: Iterable[Mapping[str, Any]]) -> str:
    """A JSON array with one record per line: diffable and streamable."""
    return _array([_line(r) for r in records])


# One encoder for every line: json.dumps with options makes a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _line(record: Mapping[str, Any]) -> str:
    return _ENCODER.encode(record)


def _array(lines: Sequence[str]) -> str:
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def claims_files(
    claims: Iterable[Claim],
    question_of: Mapping[str, str],
    questions: Mapping[str, Question],
    source_keys: Mapping[str, str],
    parts: Parts,
) -> tuple[bytes, bytes]:
    """``data/claims.json`` and ``data/claims.csv``: the same bytes as ``json_lines_array`` and
    ``claims_csv`` of every ``claim_record``, made of one piece per run of claims of a source.

    A piece's key is its source's key (``source_keys``), its claims' ids and their
    questions' ids and verdicts: everything a claim's record shows."""
    verdicts = {q.id: f"{q.id}:{q.status.value}" for q in questions.values()}
    json_pieces: list[bytes] = []
    csv_pieces: list[bytes] = []
    for source_id, run in groupby(claims, key=attrgetter("source_id")):
        found = list(run)
        ids = [c.id for c in found]
        asked = list(map(question_of.get, ids, repeat("")))
        key = " ".join(
            (source_keys.get(source_id, ""), *ids, *map(verdicts.get, asked, repeat("-")))
        )
        pieces = _ClaimPieces(found, asked, questions)
        json_pieces.append(parts.get("claims.json " + key, pieces.json))
        csv_pieces.append(parts.get("claims.csv " + key, pieces.csv))
    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow(CSV_HEADER)
    array = b"[\n" + b",\n".join(json_pieces) + b"\n]\n" if json_pieces else b"[]\n"
    return array, header.getvalue().encode() + b"".join(csv_pieces)


class _ClaimPieces:
    """The JSON lines and CSV rows of a run of claims, records made once for both.

    Nothing is looked up until a piece is asked for: most runs' pieces are kept ones.
    """

    def __init__(
        self, claims: list[Claim], asked: list[str], questions: Mapping[str, Question]
    ) -> None:
        self.claims, self.asked, self.questions = claims, asked, questions
        self._records: list[dict[str, Any]] | None = None

    def records(self) -> list[dict[str, Any]]:
        if self._records is None:
            pairs = zip(self.claims, self.asked, strict=True)
            self._records = [claim_record(c, self.questions.get(q)) for c, q in pairs]
        return self._records

    def json(self) -> bytes:
        return ",\n".join(map(_line, self.records())).encode()

    def csv(self) -> bytes:
        return _csv_rows(self.records()).encode()


def records_file(
    items: Iterable[tuple[str, Callable[[], Mapping[str, Any]]]], name: str, parts: Parts
) -> bytes:
    """A JSON lines array of records, each remembered under its key: ``(key, make)`` pairs."""
    lines = [
        parts.get(f"{name} {key}", lambda make=make: _line(make()).encode()) for key, make in items
    ]
    return b"[\n" + b",\n".join(lines) + b"\n]\n" if lines else b"[]\n"


_CSV_COLUMNS = [f for f in CLAIM_FIELDS if f not in ("value", "span", "as_of", "date")]
CSV_HEADER = [*_CSV_COLUMNS[:4], "low", "high", *_CSV_COLUMNS[4:], "span_start", "span_end"]
CSV_HEADER += ["as_of", "date"]


def claims_csv(records: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(CSV_HEADER)
    return out.getvalue() + _csv_rows(records)


def _csv_rows(records: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = _CSV_COLUMNS
    for r in records:
        as_of = r["as_of"]
        date = r["date"]
        writer.writerow(
            [
                *(_cell(r[c]) for c in columns[:4]),
                _cell(r["value"]["low"]),
                _cell(r["value"]["high"]),
                *(_cell(r[c]) for c in columns[4:]),
                r["span"][0],
                r["span"][1],
                _cell(_range_text(as_of)),
                _cell(_range_text(date)),
            ]
        )
    return out.getvalue()


def _range_text(value: str | dict[str, str] | None) -> str | None:
    if isinstance(value, dict):
        return f"{value['from']}/{value['to']}"
    return value


def _cell(value: object) -> str:
    """CSV cell; text that a spreadsheet would run as a formula is defused."""
    if value is None:
        return ""
    text = str(value)
    if text[:1] in ("=", "+", "-", "@") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
