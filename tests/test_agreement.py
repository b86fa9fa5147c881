"""``benchmarks/agreement.py``: agreement between two labellers of the same articles."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "agreement.py"

ARTICLE = """---
title: Storm toll rises
published: 2024-03-08
---
The storm killed 12 people on Tuesday, the civil protection agency said.
About 300 homes were damaged.
"""

REFERENCE = """\
- {kind: deaths, low: 12, high: 12, qualifier: exact, quote: "12 people",
   attributed_to: civil protection agency, as_of: "2024-03-05"}
- {kind: count, low: 270, high: 330, qualifier: about, quote: "About 300 homes",
   attributed_to: null, as_of: "2024-03-08"}
"""

# The second labeller agrees on the deaths but dates them to publication, and
# records the homes as displaced: the same figure, another kind.
OTHER = """\
- {kind: deaths, low: 12, high: 12, qualifier: exact, quote: "12 people",
   attributed_to: agency, as_of: "2024-03-08"}
- {kind: displaced, low: 270, high: 330, qualifier: about, quote: "About 300 homes",
   attributed_to: null, as_of: "2024-03-08"}
"""


def _folder(root: Path, name: str, labels: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "storm.txt").write_text(ARTICLE, "utf-8")
    (folder / "storm.labels.yaml").write_text(labels, "utf-8")
    return folder


def _run(*args: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_two_labellers_are_scored_like_the_extractor(tmp_path: Path) -> None:
    other = tmp_path / "b"
    other.mkdir()  # labels alone, read against the reference's article
    (other / "storm.labels.yaml").write_text(OTHER, "utf-8")
    out = _run(_folder(tmp_path, "a", REFERENCE), other)
    lines = {line.split("|")[0].strip(): line for line in out.splitlines()}
    assert "0.50   0.50   0.50" in lines["all"]  # the homes differ in kind
    assert "1.00   1.00   1.00" in lines["value+span"]  # ... but not in which figures
    assert "attribution agrees: 1/1" in out  # "agency" is the agency named in full
    assert "as-of agrees:       0/1" in out


def test_a_folder_agrees_with_itself(tmp_path: Path) -> None:
    a = _folder(tmp_path, "a", REFERENCE)
    b = tmp_path / "b"
    shutil.copytree(a, b)
    out = _run(a, b)
    assert "all             |   1.00   1.00   1.00" in out
    assert "as-of agrees:       2/2 = 100.0%" in out
