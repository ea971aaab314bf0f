"""Outdoor scenes of a harbour town: skyline, landscape and the stylised district map."""

from __future__ import annotations

import math
import random

from img_base import (
    AL,
    PALETTES,
    SANS,
    Palette,
    Spec,
    font,
    pen,
    poly,
    ridge,
    shade,
    sky,
    sun,
    water,
)
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)


def boat(p: QPainter, x: float, y: float, s: float, pal: Palette, rng: random.Random) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(pal.accent(rng.randrange(6)))
    p.drawPolygon(
        poly([(x - 30 * s, y), (x + 30 * s, y), (x + 22 * s, y + 10 * s), (x - 22 * s, y + 10 * s)])
    )
    p.setBrush(QColor("#fbfbf7"))
    p.drawPolygon(poly([(x, y - 2), (x, y - 44 * s), (x + 24 * s, y - 4)]))
    p.setPen(QPen(QColor(pal.ink), 2))
    p.drawLine(QPointF(x, y), QPointF(x, y - 46 * s))


def lighthouse(p: QPainter, x: float, base: float, h: float, pal: Palette) -> None:
    w0, w1 = h * 0.16, h * 0.1
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#f6f4ee"))
    p.drawPolygon(poly([(x - w0, base), (x + w0, base), (x + w1, base - h), (x - w1, base - h)]))
    p.setBrush(QColor("#c44536"))
    for k in (0.2, 0.55):
        y0, y1 = base - h * k, base - h * (k + 0.16)
        a, b = w0 - (w0 - w1) * k, w0 - (w0 - w1) * (k + 0.16)
        p.drawPolygon(poly([(x - a, y0), (x + a, y0), (x + b, y1), (x - b, y1)]))
    beam = QColor("#ffe9a0")
    beam.setAlpha(90)
    p.setBrush(beam)
    p.drawPolygon(
        poly([(x, base - h - 14), (x - h * 1.4, base - h - 60), (x - h * 1.4, base - h + 20)])
    )
    p.setBrush(QColor("#ffe27a"))
    p.drawRect(QRectF(x - w1 * 0.8, base - h - 22, w1 * 1.6, 22))
    p.setBrush(QColor(pal.ink))
    p.drawPolygon(
        poly([(x - w1 * 1.1, base - h - 22), (x + w1 * 1.1, base - h - 22), (x, base - h - 40)])
    )


def draw_skyline(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    night = pal is PALETTES["night"]
    horizon = r.top() + r.height() * 0.72
    sky(p, r, pal, horizon)
    sun(
        p,
        QPointF(r.left() + r.width() * rng.uniform(0.55, 0.85), r.top() + r.height() * 0.2),
        r.height() * 0.07,
        pal,
    )
    for layer, tone in ((0, 125 if night else 80), (1, 100)):
        x = r.left() - rng.uniform(0, 30)
        base_color = shade(pal.muted if layer == 0 else pal.ink, tone)
        if not night and layer == 0:
            base_color = shade(pal.accents[5], 160)
        while x < r.right():
            w = rng.uniform(0.04, 0.09) * r.width()
            h = rng.uniform(0.12, 0.38 if layer == 0 else 0.28) * r.height()
            p.fillRect(QRectF(x, horizon - h, w - 3, h), base_color)
            if layer == 1:
                lit = QColor("#ffd36e") if night else shade(pal.sky[1], 95)
                for wy in range(int(horizon - h + 10), int(horizon - 12), 16):
                    for wx in range(int(x + 6), int(x + w - 12), 12):
                        if rng.random() < (0.35 if night else 0.6):
                            p.fillRect(QRectF(wx, wy, 5, 8), lit)
            x += w
    for _ in range(2):
        cx = r.left() + rng.uniform(0.1, 0.5) * r.width()
        p.setPen(QPen(pal.accent(1), 5))
        top = horizon - r.height() * rng.uniform(0.35, 0.45)
        p.drawLine(QPointF(cx, horizon), QPointF(cx, top))
        p.drawLine(QPointF(cx - 40, top + 10), QPointF(cx + 130, top + 10))
        p.setPen(QPen(pal.accent(1), 1))
        p.drawLine(QPointF(cx + 110, top + 10), QPointF(cx + 110, top + 90))
    water(p, r, horizon, pal, rng)
    lighthouse(
        p, r.left() + r.width() * rng.uniform(0.82, 0.92), horizon + 6, r.height() * 0.3, pal
    )
    for _ in range(rng.randint(2, 3)):
        boat(
            p,
            r.left() + rng.uniform(0.08, 0.7) * r.width(),
            horizon + rng.uniform(0.06, 0.18) * r.height(),
            rng.uniform(0.6, 1.0),
            pal,
            rng,
        )


def draw_landscape(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    horizon = r.top() + r.height() * rng.uniform(0.55, 0.65)
    sky(p, r, pal, r.bottom())
    sun(
        p,
        QPointF(r.left() + r.width() * rng.uniform(0.2, 0.8), horizon - r.height() * 0.22),
        r.height() * 0.08,
        pal,
    )
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 150))
    for _ in range(3):
        cx, cy = r.left() + rng.uniform(0, r.width()), r.top() + rng.uniform(0.08, 0.3) * r.height()
        for k in range(4):
            p.drawEllipse(QPointF(cx + k * 26, cy + (k % 2) * 6), 34 - k * 3, 16)
    water(p, r, horizon, pal, rng)
    p.setPen(Qt.PenStyle.NoPen)
    above = QPainterPath()
    above.addRect(QRectF(r.left(), r.top(), r.width(), horizon - r.top() + 1))
    p.fillPath(ridge(rng, r, horizon, r.height() * 0.16).intersected(above), shade(pal.green, 130))
    left = rng.random() < 0.5
    share, shore = rng.uniform(0.35, 0.55), horizon + 2
    edge = r.left() if left else r.right()
    inner = edge + (1 if left else -1) * r.width() * share
    amp, wobble = r.height() * rng.uniform(0.12, 0.2), rng.uniform(0, 6.28)
    headland = QPainterPath(QPointF(edge, r.bottom()))
    for step in range(33):
        t = step / 32
        y = shore - amp * (1 - t) ** 1.4 * (1 + 0.15 * math.sin(t * 9 + wobble))
        headland.lineTo(edge + (inner - edge) * t, y)
    headland.quadTo(
        QPointF(inner, r.bottom() - r.height() * 0.1),
        QPointF(edge + (inner - edge) * 0.55, r.bottom()),
    )
    headland.closeSubpath()
    p.fillPath(headland, shade(pal.green, 100))
    p.fillPath(
        ridge(rng, r, r.bottom() - r.height() * 0.08, r.height() * 0.1), shade(pal.green, 75)
    )
    p.setPen(pen(QColor(pal.ink), 2, Qt.PenCapStyle.RoundCap))
    for _ in range(rng.randint(3, 6)):
        x, y = (
            r.left() + rng.uniform(0.3, 0.9) * r.width(),
            r.top() + rng.uniform(0.1, 0.35) * r.height(),
        )
        s = rng.uniform(6, 11)
        path = QPainterPath(QPointF(x - s, y - s / 2))
        path.quadTo(QPointF(x - s / 2, y - s), QPointF(x, y))
        path.quadTo(QPointF(x + s / 2, y - s), QPointF(x + s, y - s / 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)


def draw_map(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    p.fillRect(r, QColor(pal.land))
    cols = [r.left() + r.width() * (i + rng.uniform(-0.25, 0.25)) / 9 for i in range(10)]
    rows = [r.top() + r.height() * (j + rng.uniform(-0.25, 0.25)) / 6 for j in range(7)]
    for i in range(len(cols) - 1):
        for j in range(len(rows) - 1):
            cell = QRectF(cols[i], rows[j], cols[i + 1] - cols[i], rows[j + 1] - rows[j])
            roll = rng.random()
            color = QColor(pal.green) if roll < 0.12 else shade(pal.land, 92 if roll < 0.6 else 86)
            p.fillRect(cell.adjusted(6, 6, -6, -6), color)
    coast = r.top() + r.height() * 0.8
    sea = ridge(rng, r, coast, 18)
    river = QPainterPath(QPointF(r.left() + r.width() * rng.uniform(0.2, 0.4), r.top()))
    river.cubicTo(
        QPointF(r.left() + r.width() * rng.uniform(0.5, 0.8), r.height() * 0.3),
        QPointF(r.left() + r.width() * rng.uniform(0.1, 0.4), r.height() * 0.6),
        QPointF(r.left() + r.width() * rng.uniform(0.4, 0.6), r.bottom()),
    )
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(pen(QColor(pal.sea).lighter(130), 22, Qt.PenCapStyle.FlatCap))
    p.drawPath(river)
    street = QPen(QColor("#fdfcf8") if pal is not PALETTES["night"] else QColor("#44507a"), 7)
    p.setPen(street)
    for x in cols[1:-1]:
        p.drawLine(QPointF(x, r.top()), QPointF(x + rng.uniform(-20, 20), r.bottom()))
    for y in rows[1:-1]:
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y + rng.uniform(-15, 15)))
    p.setPen(pen(pal.accent(1), 11, Qt.PenCapStyle.RoundCap))
    p.drawLine(
        QPointF(r.left(), r.top() + r.height() * rng.uniform(0.1, 0.4)),
        QPointF(r.right(), r.top() + r.height() * rng.uniform(0.3, 0.7)),
    )
    p.fillPath(sea, QColor(pal.sea))
    p.setPen(QPen(shade(pal.sea, 130), 2))
    p.drawPath(sea)
    points: list[QPointF] = []
    for _ in spec.labels[:9]:
        for _ in range(40):
            pt = QPointF(
                r.left() + rng.uniform(0.1, 0.72) * r.width(),
                r.top() + rng.uniform(0.22, 0.7) * r.height(),
            )
            if all(abs(pt.x() - q.x()) > 200 or abs(pt.y() - q.y()) > 50 for q in points):
                break
        points.append(pt)
    points.sort(key=lambda q: q.x())
    if len(points) > 1:
        route = pen(shade(pal.accents[2], 80), 5, Qt.PenCapStyle.RoundCap)
        route.setStyle(Qt.PenStyle.DashLine)
        p.setPen(route)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(QPolygonF(points))
    for i, (label, pt) in enumerate(zip(spec.labels, points, strict=False)):
        p.setPen(QPen(QColor("#ffffff"), 3))
        p.setBrush(pal.accent(2))
        p.drawEllipse(pt, 15, 15)
        p.setFont(font(SANS, 15, bold=True))
        p.setPen(QColor("#ffffff"))
        p.drawText(QRectF(pt.x() - 15, pt.y() - 15, 30, 30), AL.AlignCenter, str(i + 1))
        p.setFont(font(SANS, 16, bold=True))
        metrics = QFontMetricsF(p.font())
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 220)
        box = QRectF(pt.x() + 22, pt.y() - 14, metrics.horizontalAdvance(text) + 16, 28)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(box, 6, 6)
        p.setPen(QColor("#1d2b36"))
        p.drawText(box, AL.AlignCenter, text)
    if spec.title:
        p.setFont(font(SANS, 22, bold=True))
        metrics = QFontMetricsF(p.font())
        text = metrics.elidedText(spec.title, Qt.TextElideMode.ElideRight, r.width() - 80)
        box = QRectF(r.left() + 20, r.top() + 20, metrics.horizontalAdvance(text) + 30, 44)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(pal.ink))
        p.drawRect(box)
        p.setPen(QColor(pal.bg))
        p.drawText(box, AL.AlignCenter, text)
    nx, ny = r.right() - 50, r.top() + 60
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(pal.ink))
    p.drawPolygon(poly([(nx, ny - 28), (nx + 11, ny + 8), (nx, ny), (nx - 11, ny + 8)]))
    p.setFont(font(SANS, 16, bold=True))
    p.setPen(QColor(pal.ink))
    p.drawText(QRectF(nx - 15, ny + 10, 30, 22), AL.AlignCenter, "N")
