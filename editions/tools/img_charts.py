"""Bar, line and pie charts: the kinds whose numbers must read correctly at a glance."""

from __future__ import annotations

import math
import random

from img_base import (
    AL,
    SANS,
    Palette,
    Spec,
    fmt_number,
    font,
    nice_ticks,
    poly,
)
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)


def draw_title(p: QPainter, r: QRectF, text: str, pal: Palette) -> float:
    """Draw a chart title at the top of r; return its height."""
    if not text:
        return 0.0
    for size in (26, 24, 22, 20):
        p.setFont(font(SANS, size, bold=True))
        if QFontMetricsF(p.font()).horizontalAdvance(text) <= r.width():
            break
    p.setPen(QColor(pal.ink))
    box = QRectF(r.left(), r.top(), r.width(), 44)
    p.drawText(
        box,
        AL.AlignLeft | AL.AlignVCenter,
        QFontMetricsF(p.font()).elidedText(text, Qt.TextElideMode.ElideRight, r.width()),
    )
    p.fillRect(QRectF(r.left(), r.top() + 48, 60, 4), pal.accent(0))
    return 62.0


def value_axis(p: QPainter, plot: QRectF, spec: Spec) -> tuple[float, float]:
    """Draw horizontal grid lines and tick labels; return the (lo, hi) of the scale."""
    lo, hi = min(0.0, *spec.values), max(0.0, *spec.values)
    ticks = nice_ticks(lo, hi)
    lo, hi = ticks[0], ticks[-1]
    p.setFont(font(SANS, 15))
    for t in ticks:
        y = plot.bottom() - (t - lo) / (hi - lo) * plot.height()
        p.setPen(
            QPen(
                QColor(spec.palette.muted),
                2 if t == 0 else 1,
                Qt.PenStyle.SolidLine if t == 0 else Qt.PenStyle.DotLine,
            )
        )
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor(spec.palette.muted))
        p.drawText(
            QRectF(plot.left() - 90, y - 10, 82, 20),
            AL.AlignRight | AL.AlignVCenter,
            fmt_number(t, spec.decimal),
        )
    return lo, hi


def category_labels(p: QPainter, plot: QRectF, spec: Spec, xs: list[float], slot: float) -> None:
    p.setFont(font(SANS, 15))
    p.setPen(QColor(spec.palette.ink))
    every = max(1, math.ceil(len(xs) * 70 / plot.width()))
    metrics = QFontMetricsF(p.font())
    for i, (x, label) in enumerate(zip(xs, spec.labels, strict=True)):
        if i % every:
            continue
        width = max(slot * every, 60)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 4)
        p.drawText(QRectF(x - width / 2, plot.bottom() + 8, width, 24), AL.AlignHCenter, text)


def draw_bar_chart(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    top = draw_title(p, r, spec.title, pal)
    plot = QRectF(r.left() + 90, r.top() + top + 30, r.width() - 110, r.height() - top - 80)
    lo, hi = value_axis(p, plot, spec)
    n = len(spec.values)
    slot = plot.width() / n
    best = max(range(n), key=lambda i: spec.values[i])
    zero = plot.bottom() - (0 - lo) / (hi - lo) * plot.height()
    p.setFont(font(SANS, 15, bold=True))
    for i, v in enumerate(spec.values):
        x = plot.left() + slot * i + slot * 0.19
        y = plot.bottom() - (v - lo) / (hi - lo) * plot.height()
        bar = QRectF(x, min(y, zero), slot * 0.62, abs(zero - y))
        p.fillRect(bar, pal.accent(1) if i == best else pal.accent(0))
        p.setPen(QColor(pal.ink))
        label_y = bar.top() - 24 if v >= 0 else bar.bottom() + 2
        p.drawText(
            QRectF(bar.left() - 20, label_y, bar.width() + 40, 22),
            AL.AlignCenter,
            fmt_number(v, spec.decimal),
        )
    xs = [plot.left() + slot * (i + 0.5) for i in range(n)]
    category_labels(p, plot, spec, xs, slot)


def draw_line_chart(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    top = draw_title(p, r, spec.title, pal)
    plot = QRectF(r.left() + 90, r.top() + top + 30, r.width() - 120, r.height() - top - 80)
    lo, hi = value_axis(p, plot, spec)
    n = len(spec.values)
    slot = plot.width() / max(1, n - 1) if n > 1 else plot.width()
    xs = [plot.left() + slot * i if n > 1 else plot.center().x() for i in range(n)]
    ys = [plot.bottom() - (v - lo) / (hi - lo) * plot.height() for v in spec.values]
    zero = plot.bottom() - (0 - lo) / (hi - lo) * plot.height()
    area = QPainterPath(QPointF(xs[0], zero))
    for x, y in zip(xs, ys, strict=True):
        area.lineTo(x, y)
    area.lineTo(xs[-1], zero)
    fill = pal.accent(0)
    fill.setAlpha(45)
    p.fillPath(area, fill)
    p.setPen(
        QPen(
            pal.accent(0),
            4,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    p.drawPolyline(poly(list(zip(xs, ys, strict=True))))
    marks = {0, n - 1, max(range(n), key=lambda i: spec.values[i])}
    p.setFont(font(SANS, 15, bold=True))
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        p.setPen(QPen(QColor(pal.bg), 2))
        p.setBrush(pal.accent(1) if i in marks else pal.accent(0))
        p.drawEllipse(QPointF(x, y), 7 if i in marks else 5, 7 if i in marks else 5)
        if i in marks:
            p.setPen(QColor(pal.ink))
            p.drawText(
                QRectF(x - 60, y - 34, 120, 22),
                AL.AlignCenter,
                fmt_number(spec.values[i], spec.decimal),
            )
    category_labels(p, plot, spec, xs, slot)


def draw_pie_chart(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    top = draw_title(p, r, spec.title, pal)
    total = sum(spec.values)
    size = min(r.height() - top - 40, r.width() * 0.5)
    pie = QRectF(r.left() + 40, r.top() + top + 20, size, size)
    angle = 90 * 16
    p.setPen(QPen(QColor(pal.bg), 3))
    for i, v in enumerate(spec.values):
        span = -round(v / total * 360 * 16)
        p.setBrush(pal.accent(i))
        p.drawPie(pie, angle, span)
        angle += span
    p.setBrush(QColor(pal.bg))
    p.drawEllipse(pie.center(), size * 0.22, size * 0.22)
    legend_x = pie.right() + 60
    row = min(44.0, (r.bottom() - pie.top()) / max(1, len(spec.values)))
    metrics = QFontMetricsF(font(SANS, 18))
    for i, (label, v) in enumerate(zip(spec.labels, spec.values, strict=True)):
        y = pie.top() + 10 + row * i
        p.fillRect(QRectF(legend_x, y + 4, 22, 22), pal.accent(i))
        p.setPen(QColor(pal.ink))
        p.setFont(font(SANS, 18, bold=True))
        share = fmt_number(round(v / total * 100, 1), spec.decimal) + "%"
        p.drawText(QRectF(legend_x + 34, y, 90, 30), AL.AlignLeft | AL.AlignVCenter, share)
        p.setFont(font(SANS, 18))
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, r.right() - legend_x - 140)
        p.drawText(
            QRectF(legend_x + 124, y, r.right() - legend_x - 124, 30),
            AL.AlignLeft | AL.AlignVCenter,
            text,
        )
