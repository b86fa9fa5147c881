"""The inline SVG chart: well-formed, accessible, escaped and deterministic."""

from __future__ import annotations

import sys
import xml.dom.minidom
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_reconciler import SOURCES, VENEZUELA, claim

from dossier.chart import svg_chart
from dossier.model import Kind, Qualifier
from dossier.reconciler import reconcile


def _deaths_chart() -> str:
    result = reconcile(VENEZUELA, SOURCES)
    question = result.question(result.question_of[VENEZUELA[0].id])
    assert question is not None
    return svg_chart(question, VENEZUELA, SOURCES, names=result.reported_by)


def test_chart_is_well_formed_and_accessible() -> None:
    svg = _deaths_chart()
    doc = xml.dom.minidom.parseString(svg)
    root = doc.documentElement
    assert root.tagName == "svg" and root.getAttribute("role") == "img"
    assert root.getElementsByTagName("title") and root.getElementsByTagName("desc")
    desc = root.getElementsByTagName("desc")[0].firstChild.data
    assert "Luis Almagro: 17 (31 Jul 2024)" in desc
    assert "Foro Penal: 11 (1 Aug 2024)" in desc


def test_legend_names_every_counting_body_in_words() -> None:
    svg = _deaths_chart()
    for body in ("Luis Almagro", "Foro Penal", "NGOs", "María Corina Machado", "JURIST"):
        assert f">{body}</text>" in svg


def test_open_interval_gets_an_arrow() -> None:
    result = reconcile(VENEZUELA, SOURCES)
    question = result.question(result.question_of[VENEZUELA[3].id])  # arrests
    assert question is not None
    svg = svg_chart(question, VENEZUELA, SOURCES)
    assert "marker-end=" in svg and "fade-up" in svg


def test_text_from_articles_is_escaped() -> None:
    evil = claim(
        "evil",
        'The <script>alert(1)</script> group "X&Y" said 40 people died in the protests.',
        "40 people",
        Kind.DEATHS,
        "40",
        by='<b onload="x">X&Y</b>',
        as_of=date(2024, 7, 31),
        qualifier=Qualifier.EXACT,
    )
    result = reconcile([evil], SOURCES)
    svg = svg_chart(result.questions[0], [evil], SOURCES)
    assert "<script" not in svg and "<b " not in svg
    assert "&lt;b onload=&quot;x&quot;&gt;X&amp;Y&lt;/b&gt;" in svg
    xml.dom.minidom.parseString(svg)


def test_chart_is_deterministic() -> None:
    assert _deaths_chart() == _deaths_chart()
    result = reconcile(VENEZUELA, SOURCES)
    question = result.question(result.question_of[VENEZUELA[0].id])
    assert question is not None
    reversed_claims = list(reversed(VENEZUELA))
    assert (
        svg_chart(question, reversed_claims, SOURCES, names=result.reported_by) == _deaths_chart()
    )
