"""Escaping for markup written in Python, with the entities Jinja's autoescape uses.

``markupsafe.escape`` makes a ``Markup`` object per call, which costs more than
the escaping itself; fragments printed by the hundred thousand (claim rows,
highlighted article text) escape each text with ``escape_text`` and wrap the
finished fragment in ``Markup`` once.  Templates print values through
``escape_output`` (see ``render.PageCode``) for the same reason.
"""

from __future__ import annotations

from markupsafe import escape

try:  # markupsafe 3: the escaping alone, without a ``Markup`` made around it
    from markupsafe import _escape_inner
except ImportError:  # pragma: no cover - older markupsafe
    _escape_inner = None


def escape_output(value: object) -> str:
    """``markupsafe.escape(value)`` as text to print: a string escaped, markup as it is."""
    if type(value) is str and _escape_inner is not None:
        return _escape_inner(value)  # type: ignore[no-any-return]
    return escape(value)


def escape_text(value: object) -> str:
    """``str(value)`` with ``& > < ' "`` replaced as ``markupsafe.escape`` replaces them."""
    text = value if isinstance(value, str) else str(value)
    if type(text) is str and _escape_inner is not None:
        return _escape_inner(text)  # type: ignore[no-any-return]  (the same five entities)
    return (
        text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )
