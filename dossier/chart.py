"""An inline SVG chart of the figures that answer one question, drawn at build time.

x is the as-of date, y the value.  Each figure is a mark with its interval as a
vertical bar; an open-ended interval ("more than 700") runs to the edge of the
plot, fades, and ends in an arrow.  Marks are coloured *and* shaped by who gave
the figure, with a legend in words, so colour is never the only cue.  The
chart carries ``role="img"``, a ``<title>`` and a ``<desc>`` listing every
figure, and each mark has its own ``<title>``.  No JavaScript; all text comes
from articles and is escaped.  Output is a pure function of its input.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import ROUND_CEILING, Decimal
from html import escape

from dossier.model import Claim, Kind, Question, Source
from dossier.reconciler import number

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 190, 36, 56
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
SHAPES = ("circle", "square", "triangle", "diamond")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ONE_PLACE = Decimal("0.1")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _c(value: Decimal) -> str:
    """A coordinate with one decimal place, deterministic across platforms."""
    return str(value.quantize(_ONE_PLACE))


def _day(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _when(claim: Claim, sources: Mapping[str, Source]) -> date | None:
    if claim.as_of is not None:
        return claim.as_of.range.end
    source = sources.get(claim.source_id)
    return source.meta.published if source else None


def _who(claim: Claim, sources: Mapping[str, Source], names: Mapping[str, str]) -> str:
    if claim.id in names:
        return names[claim.id]
    if claim.attributed_to:
        return claim.attributed_to
    source = sources.get(claim.source_id)
    return (source.meta.outlet or source.title) if source else claim.source_id


def _bounds(claim: Claim) -> tuple[Decimal | None, Decimal | None]:
    if claim.kind is Kind.EVENT_DATE and claim.date is not None:
        return Decimal(claim.date.start.toordinal()), Decimal(claim.date.end.toordinal())
    return claim.value.low, claim.value.high


def _label(value: Decimal, kind: Kind, unit: str) -> str:
    if kind is Kind.EVENT_DATE:
        return _day(date.fromordinal(int(value)))
    return number(value) + ("%" if unit.casefold() in {"%", "percent", "per cent"} else "")


def _figure(claim: Claim) -> str:
    low, high = _bounds(claim)
    if low is not None and high is not None:
        if low == high:
            return _label(low, claim.kind, claim.unit)
        return f"{_label(low, claim.kind, claim.unit)}–{_label(high, claim.kind, claim.unit)}"
    if low is not None:
        return f"≥ {_label(low, claim.kind, claim.unit)}"
    if high is not None:
        return f"≤ {_label(high, claim.kind, claim.unit)}"
    return "?"


def _nice_ceiling(value: Decimal) -> Decimal:
    """The next "round" number at or above ``value`` (1, 2, 2.5, 5 times a power of ten)."""
    if value <= 0:
        return Decimal(1)
    exponent = value.adjusted()
    base = Decimal(10) ** exponent
    for step in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        if value <= step * base:
            return (
                (step * base).quantize(Decimal(1), rounding=ROUND_CEILING)
                if exponent >= 0
                else step * base
            )
    return Decimal(10) * base


def _marker(shape: str, x: Decimal, y: Decimal, colour: str) -> str:
    r = Decimal(5)
    if shape == "square":
        return f'<rect x="{_c(x - r)}" y="{_c(y - r)}" width="10" height="10" fill="{colour}"/>'
    if shape == "triangle":
        points = f"{_c(x)},{_c(y - r - 1)} {_c(x - r - 1)},{_c(y + r)} {_c(x + r + 1)},{_c(y + r)}"
        return f'<polygon points="{points}" fill="{colour}"/>'
    if shape == "diamond":
        points = " ".join(
            f"{_c(px)},{_c(py)}"
            for px, py in ((x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y))
        )
        return f'<polygon points="{points}" fill="{colour}"/>'
    return f'<circle cx="{_c(x)}" cy="{_c(y)}" r="{r}" fill="{colour}"/>'


def svg_chart(
    question: Question,
    claims: Iterable[Claim] | Mapping[str, Claim],
    sources: Mapping[str, Source],
    *,
    names: Mapping[str, str] | None = None,
) -> str:
    """The chart for ``question`` as an ``<svg>`` element (a string of markup).

    ``claims`` may hold more claims than the question's; only its members are
    drawn.  ``names`` (claim id -> who gave it, e.g. the reconciler's
    ``reported_by``) overrides the raw attribution in labels and legend.
    """
    pool = claims.values() if isinstance(claims, Mapping) else claims
    wanted = set(question.claim_ids)
    members = [c for c in pool if c.id in wanted]
    names = names or {}
    rows = sorted(
        ((_when(c, sources), c) for c in members),
        key=lambda r: (r[0] or date.max, r[1].id),
    )
    # Who gave each figure, its bounds and its label, worked out once per figure.
    who_of = {c.id: _who(c, sources, names) for _, c in rows}
    bounds_of = {c.id: _bounds(c) for _, c in rows}
    figure_of = {c.id: _figure(c) for _, c in rows}
    bodies = list(dict.fromkeys(who_of[c.id] for _, c in rows))
    index_of = {body: i for i, body in enumerate(bodies)}
    style = {b: (PALETTE[i % len(PALETTE)], SHAPES[i % len(SHAPES)]) for i, b in enumerate(bodies)}

    finite = [v for _, c in rows for v in bounds_of[c.id] if v is not None]
    is_date = question.kind is Kind.EVENT_DATE
    y_min = (min(finite) - 1) if is_date and finite else Decimal(0)
    y_max = (
        (max(finite) + 1)
        if is_date and finite
        else _nice_ceiling(max(finite, default=Decimal(1)) * Decimal("1.1"))
    )
    plot_w, plot_h = Decimal(WIDTH - LEFT - RIGHT), Decimal(HEIGHT - TOP - BOTTOM)

    def y_of(value: Decimal) -> Decimal:
        span = (y_max - y_min) or Decimal(1)
        return Decimal(TOP) + plot_h - (value - y_min) / span * plot_h

    dates = sorted({d for d, _ in rows if d is not None})
    has_undated = any(d is None for d, _ in rows)
    slots = Decimal(len(dates) + (1 if has_undated else 0)) or Decimal(1)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    day_span = Decimal((last - first).days) if first and last else Decimal(0)
    usable = plot_w - (plot_w / slots if has_undated else 0)

    def x_of(d: date | None) -> Decimal:
        if d is None:
            return Decimal(LEFT) + plot_w - plot_w / slots / 2
        if not day_span or first is None:
            return Decimal(LEFT) + usable / 2
        return Decimal(LEFT) + 24 + (usable - 48) * Decimal((d - first).days) / day_span

    uid = _e(question.id)
    desc = "; ".join(
        f"{who_of[c.id]}: {figure_of[c.id]} ({_day(d) if d else 'undated'})" for d, c in rows
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" class="question-chart" '
        f'aria-labelledby="{uid}-title {uid}-desc">',
        f'<title id="{uid}-title">{_e(question.event)}: reported figures over time</title>',
        f'<desc id="{uid}-desc">{_e(desc)}</desc>',
        "<defs>",
        f'<marker id="{uid}-arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" '
        'markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="context-stroke"/></marker>',
    ]
    for i, body in enumerate(bodies):
        colour = style[body][0]
        for direction, (y1, y2) in (("up", ("1", "0")), ("down", ("0", "1"))):
            out.append(
                f'<linearGradient id="{uid}-fade-{direction}-{i}" '
                f'x1="0" y1="{y1}" x2="0" y2="{y2}">'
                f'<stop offset="0" stop-color="{colour}" stop-opacity="1"/>'
                f'<stop offset="1" stop-color="{colour}" stop-opacity="0.15"/></linearGradient>'
            )
    out.append("</defs>")
    # Axes and grid.
    x0, y0 = Decimal(LEFT), Decimal(TOP) + plot_h
    out.append(
        f'<g class="axes" stroke="#555" stroke-width="1">'
        f'<line x1="{x0}" y1="{TOP}" x2="{x0}" y2="{_c(y0)}"/>'
        f'<line x1="{x0}" y1="{_c(y0)}" x2="{_c(x0 + plot_w)}" y2="{_c(y0)}"/></g>'
    )
    out.append('<g class="ticks" font-size="11" font-family="sans-serif" fill="#333">')
    for k in range(5):
        value = y_min + (y_max - y_min) * Decimal(k) / 4
        if not is_date:
            value = (
                value.quantize(Decimal(1))
                if value == value.to_integral_value() or value > 10
                else value
            )
        y = y_of(value)
        out.append(
            f'<line x1="{LEFT - 4}" y1="{_c(y)}" x2="{_c(x0 + plot_w)}" y2="{_c(y)}" '
            'stroke="#ddd"/>'
        )
        label = (
            _day(date.fromordinal(int(value)))
            if is_date
            else _label(value, question.kind, question.unit)
        )
        out.append(f'<text x="{LEFT - 8}" y="{_c(y + 4)}" text-anchor="end">{_e(label)}</text>')
    for d in dates:
        out.append(
            f'<text x="{_c(x_of(d))}" y="{_c(y0 + 18)}" text-anchor="middle">{_e(_day(d))}</text>'
        )
    if has_undated:
        out.append(
            f'<text x="{_c(x_of(None))}" y="{_c(y0 + 18)}" text-anchor="middle">undated</text>'
        )
    out.append(
        f'<text x="{_c(x0 + plot_w / 2)}" y="{HEIGHT - 8}" text-anchor="middle">as of</text>'
    )
    out.append("</g>")
    # Marks: figures sharing a date sit side by side.
    out.append('<g class="marks" font-size="11" font-family="sans-serif">')
    seen: dict[date | None, int] = {}
    on_date = Counter(d for d, _ in rows)
    for d, c in rows:
        n = seen.get(d, 0)
        seen[d] = n + 1
        x = x_of(d) + Decimal(14) * (Decimal(n) - Decimal(on_date[d] - 1) / 2)
        who = who_of[c.id]
        colour, shape = style[who]
        index = index_of[who]
        low, high = bounds_of[c.id]
        top = y_of(high) if high is not None else Decimal(TOP)
        bottom = y_of(low) if low is not None else y0
        point = (
            (low + high) / 2
            if low is not None and high is not None
            else (low if low is not None else high)
        )
        out.append(
            f'<g class="mark"><title>{_e(who)}: {_e(c.quote)} ({_e(_day(d) if d else "undated")})'
            "</title>"
        )
        if high is None and low is not None:
            out.append(
                f'<line x1="{_c(x)}" y1="{_c(bottom)}" x2="{_c(x)}" y2="{_c(top + 4)}" '
                f'stroke="url(#{uid}-fade-up-{index})" stroke-width="3" '
                f'marker-end="url(#{uid}-arrow)"/>'
            )
        elif low is None and high is not None:
            out.append(
                f'<line x1="{_c(x)}" y1="{_c(top)}" x2="{_c(x)}" y2="{_c(bottom - 4)}" '
                f'stroke="url(#{uid}-fade-down-{index})" stroke-width="3" '
                f'marker-end="url(#{uid}-arrow)"/>'
            )
        elif low is not None and high is not None and low != high:
            out.append(
                f'<line x1="{_c(x)}" y1="{_c(bottom)}" x2="{_c(x)}" y2="{_c(top)}" '
                f'stroke="{colour}" stroke-width="3"/>'
            )
        if point is not None:
            y = y_of(point)
            out.append(_marker(shape, x, y, colour))
            label = _e(figure_of[c.id])
            out.append(f'<text x="{_c(x + 9)}" y="{_c(y - 7)}" fill="#222">{label}</text>')
        out.append("</g>")
    out.append("</g>")
    # Legend: shape, colour and name.
    out.append('<g class="legend" font-size="12" font-family="sans-serif" fill="#222">')
    lx = Decimal(WIDTH - RIGHT + 16)
    for i, body in enumerate(bodies):
        ly = Decimal(TOP + 8 + 20 * i)
        colour, shape = style[body]
        out.append(_marker(shape, lx, ly, colour))
        short = body if len(body) <= 26 else body[:25] + "…"
        out.append(f'<text x="{_c(lx + 12)}" y="{_c(ly + 4)}">{_e(short)}</text>')
    out.append("</g></svg>")
    return "".join(out)
