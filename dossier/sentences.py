"""Sentence splitting over spans of the clean body.

Claims cite their sentence, so sentence boundaries must be right on news
prose: abbreviations ("U.S.", "Mr.", "Gen.", "No. 17"), initials ("K."),
decimals ("51.2"), closing quotes after the full stop and ellipses inside a
quotation must not end a sentence.  Offsets are returned, never copies, so
every sentence stays tied to ``Source.body``.
"""

from __future__ import annotations

import re

from dossier.model import Span

# Words that end with a full stop without ending the sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft",
        "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "cpl", "pvt",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det",
        "no", "nos", "vol", "p", "pp", "art", "sec", "fig", "ch", "para",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "est", "approx",
        "vs", "v", "cf", "al", "e.g", "i.e", "ca",
    }
)  # fmt: skip

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# A candidate end: terminal punctuation, optional closing quotes/brackets.
_END = re.compile(r"(?:[.!?]+|…)[\"'”’)\]»]*")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if match is None:
        return False
    word = match.group(1)
    if "." in word:  # U.S., U.N., e.g., a.m.
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Christian K. Caruzo"
        return True
    return word.lower() in ABBREVIATIONS


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the text at ``pos`` (after spaces) can begin a new sentence."""
    for ch in text[pos : pos + 3]:
        if ch in _OPENERS:
            continue
        return ch.isupper() or ch.isdigit()
    return False


def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Sentences of ``text[start:end]`` as spans into ``text``, trimmed of spaces.

    Line breaks always end a sentence (blocks are paragraphs already).
    """
    stop = len(text) if end is None else min(end, len(text))
    if stop < 0:  # as the slice text[:stop] reads it
        stop = max(0, len(text) + stop)
    spans: list[Span] = []
    # Lines of text[start:stop] (the first and last may be parts of lines), found in
    # place: the extractor splits each block of a body, and scanning the body from its
    # start (or copying it up to ``stop``) for every block costs more than the split.
    for line in _LINE.finditer(text, max(0, start), stop):
        _split_line(text, line.start(), line.end(), spans)
    return tuple(spans)


def _split_line(text: str, start: int, stop: int, out: list[Span]) -> None:
    cursor = start
    for match in _END.finditer(text, start, stop):
        after = match.end()
        if after < stop and not text[after].isspace():
            continue  # "51.2", "U.S.-backed", "…”he"
        nxt = after
        while nxt < stop and text[nxt] == " ":
            nxt += 1
        if nxt < stop and not _starts_sentence(text, nxt):
            continue
        punct = match.group(0)
        if (
            punct.startswith(".")
            and len(punct.rstrip(_CLOSERS)) == 1
            and _is_abbreviation(text, match.start())
            and nxt < stop
        ):
            continue
        if punct in ("…", "...") and nxt < stop:
            continue  # an ellipsis without a closing quote continues the sentence
        _emit(text, cursor, after, out)
        cursor = nxt
    _emit(text, cursor, stop, out)


def _emit(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start=start, end=end))
