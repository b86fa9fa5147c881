"""Unicode and line-ending normalisation."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that only ever cause trouble in article text:
# zero-width spaces/joiners, bidi embeddings/overrides/isolates, BOMs.
_INVISIBLE = dict.fromkeys(
    [
        0x200B,
        0x200C,
        0x200D,
        0x2060,
        0xFEFF,
        0x00AD,
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)
_CONTROL = {c: None for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F: None}


_NEEDS_TRANSLATION = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in (*_INVISIBLE, *_CONTROL)) + "]"
)


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, no BOM/zero-width/bidi/control characters, tabs as spaces.

    Typographic quotes and dashes are preserved: they are part of what was
    written and quotes must match the article.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_TRANSLATION.search(text):  # translate() is slow; most texts need none
        text = text.translate(_INVISIBLE).translate(_CONTROL)
    text = text.replace("\t", " ").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", text)


# Characters that make ``text.lower()`` a poor stand-in for ``text`` in case-blind
# matching: İ lowers to two characters; ı, ſ and the Kelvin sign match ASCII
# letters case-blind; Ÿ, ẞ, the Kelvin and the Angstrom sign lower into
# [A-Za-zÀ-ÿ] from outside it.  (tests/test_text.py derives this set afresh.)
LOWER_UNSAFE = "\u0130\u0131\u017f\u0178\u1e9e\u212a\u212b"
_LOWER_UNSAFE = re.compile(f"[{LOWER_UNSAFE}]")


def lower_for_matching(text: str) -> str | None:
    """``text.lower()`` when it can stand in for ``text`` in case-blind matching, else None.

    Without the characters of ``LOWER_UNSAFE``, ``text.lower()`` has the same
    length as ``text``, each character keeps its class (word, space, digit,
    [A-Za-zÀ-ÿ]), and a case-sensitive pattern written in lower case matches
    it exactly where the same pattern, case-blind, matches ``text``.  Plain
    substring tests and case-sensitive patterns are much faster.
    """
    return None if _LOWER_UNSAFE.search(text) else text.lower()
