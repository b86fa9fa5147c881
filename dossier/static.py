"""Static assets (stylesheet, scripts) copied from ``templates/static``."""

from __future__ import annotations

from functools import cache

from dossier.render import TEMPLATES


@cache
def static_files() -> dict[str, bytes]:
    folder = TEMPLATES / "static"
    return {
        f"static/{path.relative_to(folder).as_posix()}": path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
