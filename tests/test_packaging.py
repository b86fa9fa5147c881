"""The installed package finds its templates, and the README documents the declared tables."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from dossier.config import CONFIG_KEYS
from dossier.export import CLAIM_FIELDS, QUESTION_FIELDS, SOURCE_FIELDS
from dossier.frontmatter import METADATA_FIELDS

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_every_template(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("dossier-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    templates = ROOT / "templates"
    for path in templates.rglob("*"):
        if path.is_file():
            assert f"dossier/templates/{path.relative_to(templates).as_posix()}" in shipped


def test_readme_documents_every_declared_field() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.splitlines()[3].startswith("make site")
    assert readme.splitlines()[4].startswith("make test")
    for table in (CLAIM_FIELDS, SOURCE_FIELDS, QUESTION_FIELDS, METADATA_FIELDS, CONFIG_KEYS):
        for key in table:
            assert f"| `{key}` |" in readme, key
