"""Static assets (stylesheet, scripts) copied from ``templates/static``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# Top-level templates/, shipped inside the package as dossier/templates (a link).
TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def static_files() -> dict[str, bytes]:
    folder = TEMPLATES / "static"
    return {
        f"static/{path.relative_to(folder).as_posix()}": path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
