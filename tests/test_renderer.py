"""The renderer keeps its templates' compiled code in the cache folder."""

from __future__ import annotations

from pathlib import Path

from dossier import pipeline
from dossier.config import Config
from tests.test_incremental import ONE, OTHER, files_of


def _build(tmp_path: Path, name: str, articles: Path) -> dict[str, bytes]:
    config = Config(articles=articles, output=tmp_path / name / "site", cache=tmp_path / name / "c")
    pipeline.build(config, jobs=1)
    return files_of(config.output)


def test_compiled_templates_are_kept_and_give_the_same_pages(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(ONE, encoding="utf-8")
    (articles / "other.txt").write_text(OTHER, encoding="utf-8")
    first = _build(tmp_path, "a", articles)
    compiled = tmp_path / "a" / "c" / pipeline.TEMPLATE_CODE
    kept = sorted(p.name for p in compiled.iterdir())
    assert kept and all(name.endswith(".cache") for name in kept)
    # A second cache folder seeded with the compiled code: pages read it, bytes unchanged.
    seeded = tmp_path / "b" / "c" / pipeline.TEMPLATE_CODE
    seeded.mkdir(parents=True)
    for path in compiled.iterdir():
        (seeded / path.name).write_bytes(path.read_bytes())
    assert _build(tmp_path, "b", articles) == first
    assert sorted(p.name for p in seeded.iterdir()) == kept


def test_a_damaged_compiled_template_is_compiled_again(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(ONE, encoding="utf-8")
    first = _build(tmp_path, "a", articles)
    compiled = tmp_path / "b" / "c" / pipeline.TEMPLATE_CODE
    compiled.mkdir(parents=True)
    for path in (tmp_path / "a" / "c" / pipeline.TEMPLATE_CODE).iterdir():
        (compiled / path.name).write_bytes(b"damaged")
    assert _build(tmp_path, "b", articles) == first


def test_templates_loaded_ahead_render_what_a_fresh_renderer_renders(tmp_path: Path) -> None:
    from dossier import render
    from dossier.model import Page

    compiled = tmp_path / "compiled"
    ahead = render.loaded(compiled)
    assert ahead.cache is not None
    assert {"claim.html", "source.html"} <= {name for _, name in ahead.cache}
    assert sorted(p.name for p in compiled.iterdir())  # compiled code kept for the next build
    page = Page(path="verbatim/x.txt", template=render.site.VERBATIM, context={"text": "a < b"})
    assert render.renderer(compiled, ahead)(page) == render.renderer()(page)
