"""Snapshot of a small hand-written corpus's site, so template changes are seen in review.

Run ``pytest tests/test_golden.py --update-golden`` after an intended change and
review the diff of ``tests/golden/expected``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from dossier.config import Config
from dossier.pipeline import build

HERE = Path(__file__).resolve().parent / "golden"
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"
# Vendored third-party assets and the stylesheet are not reviewed page by page.
SKIPPED_PREFIXES = ("static/",)


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not path.name.startswith(".")
        and not path.relative_to(folder).as_posix().startswith(SKIPPED_PREFIXES)
    }


def test_golden_site(tmp_path: Path, update_golden: bool) -> None:
    out = tmp_path / "site"
    report = build(
        Config(
            title="Golden corpus",
            description="Two reports on one earthquake.",
            articles=CORPUS,
            output=out,
            cache=tmp_path / "cache",
        )
    )
    assert report.ok
    actual = _snapshot(out)
    if update_golden:
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for relative, text in actual.items():
            target = EXPECTED / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    expected = _snapshot(EXPECTED)
    assert sorted(actual) == sorted(expected), "pages added or removed: run --update-golden"
    changed = [path for path in actual if actual[path] != expected[path]]
    assert changed == [], f"pages changed (run --update-golden and review): {changed}"
