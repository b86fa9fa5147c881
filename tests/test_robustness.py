"""Bad input: a clear error naming the file (and line), the rest of the site still builds."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.config import Config
from dossier.model import Severity
from dossier.pipeline import build

GOOD = (
    "---\ntitle: Good story\npublished: 2024-03-01\n---\n"
    "At least 12 people died in the flood on Monday, officials said.\n"
)


def _build(tmp_path: Path, files: dict[str, bytes | str]):
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    for name, content in {"good.md": GOOD, **files}.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (articles / name).write_bytes(data)
    out = tmp_path / "site"
    report = build(Config(articles=articles, output=out, cache=tmp_path / "cache"))
    sources = json.loads((out / "data/sources.json").read_text())
    return report, {s["id"] for s in sources}, out


def _errors_for(report, path: str):
    return [d for d in report.diagnostics if d.path == path and d.severity is Severity.ERROR]


BAD_FILES = {
    "invalid-yaml.md": ("---\ntitle: ok\nauthor: [a, b\n---\nText.\n", 3),
    "unclosed.md": ("---\ntitle: never closed\nText without end.\n", 1),
    "list-title.md": ("---\ntitle: [a, b]\n---\nText.\n", 2),
    "bad-date.md": ("---\npublished: 2024-02-30\n---\nText.\n", None),
    "python-tag.md": ("---\ntitle: !!python/object/apply:os.system [ls]\n---\nText.\n", None),
    "alias-bomb.md": ("---\na: &a [x, x]\nb: &b [*a, *a]\ntitle: *b\n---\nText.\n", 2),
    "empty.txt": ("", None),
    "blank.txt": ("  \n\n \t \n", None),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_article_is_skipped_with_a_clear_error(tmp_path: Path, name: str) -> None:
    content, line = BAD_FILES[name]
    report, built, out = _build(tmp_path, {name: content})
    assert not report.ok
    (problem,) = _errors_for(report, name)
    if line is not None:
        assert problem.line == line
    assert built == {"good"}
    assert name in (out / "index.html").read_text()


def test_unknown_key_warns_and_builds(tmp_path: Path) -> None:
    report, built, _ = _build(tmp_path, {"extra.md": "---\ntitle: T\nmood: grim\n---\nText.\n"})
    assert report.ok and "extra" in built
    assert any(d.path == "extra.md" and d.line == 3 for d in report.diagnostics)


def test_encodings(tmp_path: Path) -> None:
    files = {
        "bom8.txt": codecs.BOM_UTF8 + "Ciudad: 3 muertos, dijo la policía.".encode(),
        "utf16.txt": "Quake kills 9 in the valley, officials said.".encode("utf-16"),
        "latin1.txt": "El año pasado murieron 4 personas en Mérida.".encode("latin-1"),
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "garbage.txt": b"ok line\n\x81\x8d\x8f\x90\x9d mixed \xff\xfe bytes\n",
    }
    report, built, _ = _build(tmp_path, files)
    assert {"bom8", "utf16", "latin1", "good"} <= built
    assert "binary" not in built and "garbage" not in built
    assert _errors_for(report, "binary.txt") and _errors_for(report, "garbage.txt")
    assert _errors_for(report, "garbage.txt")[0].line == 2


def test_invisible_and_bidi_characters_are_kept_out_of_ids(tmp_path: Path) -> None:
    name = "evil\u202e\u200btxt.md"
    _, built, out = _build(tmp_path, {name: "Text with 3 deaths\u202e and\u200b more.\n"})
    assert "eviltxt" in built
    page = (out / "sources/eviltxt/index.html").read_text()
    assert "\u202e" not in page and "\u200b" not in page


def test_oversized_article_is_a_clear_limit(tmp_path: Path) -> None:
    big = ("Twenty people died in the storm, police said. " * 500 + "\n\n") * 250
    report, built, _ = _build(tmp_path, {"huge.txt": big})
    assert len(big.encode()) > 5 * 1024 * 1024
    assert "limit" in _errors_for(report, "huge.txt")[0].message
    assert built == {"good"}


def test_same_article_twice_is_built_once(tmp_path: Path) -> None:
    report, built, _ = _build(tmp_path, {"copy.md": GOOD})
    assert len(built) == 1
    assert any(
        d.path in ("copy.md", "good.md") and "same text" in d.message for d in report.diagnostics
    )


def test_names_that_would_collide_or_escape_stay_safe(tmp_path: Path) -> None:
    files = {
        "Report 1.txt": "First report: 4 deaths.\n",
        "report-1.txt": "Second report: 5 deaths.\n",
        "CON.txt": "Device name: 6 deaths.\n",
        "a..%2F..%2Fetc.txt": "Encoded traversal: 7 deaths.\n",
        ("x" * 200) + ".txt": "Long name: 8 deaths.\n",
    }
    _, built, out = _build(tmp_path, files)
    assert len(built) == 6
    for source_id in built:
        assert all(ch.isalnum() or ch in "-_" for ch in source_id) and len(source_id) <= 80
        assert (out / "sources" / source_id / "index.html").is_file()
    produced = {p.resolve() for p in tmp_path.rglob("*")}
    assert all(str(p).startswith(str(tmp_path.resolve())) for p in produced)


def test_huge_title_gives_safe_pages(tmp_path: Path) -> None:
    title = "../../" + "A" * 5000
    _, built, out = _build(tmp_path, {"t.md": f"---\ntitle: '{title}'\n---\n2 deaths.\n"})
    assert "t" in built
    assert all(len(p.name) < 100 for p in out.rglob("*"))


def test_thousands_of_tiny_files(tmp_path: Path) -> None:
    files = {f"n{i:04d}.txt": f"Item {i}: {i % 50 + 1} people were arrested." for i in range(1500)}
    report, built, _ = _build(tmp_path, files)
    assert report.ok and len(built) == 1501


def test_exit_status_is_non_zero_when_an_article_is_skipped(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.md").write_text(GOOD)
    (articles / "bad.md").write_text("---\ntitle: [x\n---\nText\n")
    result = subprocess.run(
        [sys.executable, "-m", "dossier.cli", "build", str(articles), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "bad.md:2" in result.stderr
    assert (tmp_path / "out" / "index.html").is_file()


def test_a_fault_in_the_rules_costs_one_article_its_figures_not_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dossier.extractor

    real = dossier.extractor.extract_claims

    def faulty(source):  # type: ignore[no-untyped-def]
        if source.id == "cursed":
            raise KeyError("a case no rule expected")
        return real(source)

    monkeypatch.setattr(dossier.extractor, "extract_claims", faulty)
    report, built, out = _build(tmp_path, {"cursed.txt": "Police said 40 people died.\n"})
    assert built == {"good", "cursed"}
    assert not report.ok
    (problem,) = _errors_for(report, "cursed.txt")
    assert "KeyError" in problem.message
    assert (out / "sources/cursed/index.html").is_file()
