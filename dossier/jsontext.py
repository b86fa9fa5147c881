"""Indented JSON text, the same bytes as ``json.dumps(value, indent=n, ensure_ascii=False)``.

With ``indent`` set, ``json.dumps`` falls back to the standard library's
pure-Python encoder, which cost more than everything else in a claim page's
citations; this writer does the same job directly for the types citations
hold (dicts with string keys, lists, tuples, strings, integers, booleans,
``None``) and hands any other value to ``json.dumps``.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _string  # the C encoder when available


def dumps(value: object, *, indent: int, sort_keys: bool = False) -> str:
    """``value`` as JSON, one item a line, nested items indented by ``indent`` spaces."""
    out: list[str] = []
    _write(value, out, "\n", " " * indent, sort_keys)
    return "".join(out)


def _write(value: object, out: list[str], newline: str, step: str, sort_keys: bool) -> None:
    if isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + step
        items = sorted(value.items()) if sort_keys else value.items()
        separator = "{" + inner
        for key, item in items:
            if not isinstance(key, str):
                raise TypeError(f"keys must be strings, not {type(key).__name__}")
            out.append(separator)
            out.append(_string(key))
            out.append(": ")
            _write(item, out, inner, step, sort_keys)
            separator = "," + inner
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + step
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, out, inner, step, sort_keys)
            separator = "," + inner
        out.append(newline + "]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    else:
        out.append(json.dumps(value, ensure_ascii=False))
