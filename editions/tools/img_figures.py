"""Studio-style illustrations (portrait, still life, pattern) and the front-page cover."""

from __future__ import annotations

import random

from img_base import (
    AL,
    SERIF,
    Spec,
    font,
    poly,
    shade,
)
from img_scenes import draw_landscape, draw_skyline
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)


def draw_portrait(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    p.fillRect(r, pal.accent(rng.randrange(6)))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(shade(pal.bg, 100))
    cx = r.left() + r.width() * rng.uniform(0.4, 0.6)
    p.drawEllipse(QPointF(cx, r.center().y()), r.height() * 0.46, r.height() * 0.46)
    for i in range(8):
        p.fillRect(
            QRectF(r.left() + 20 + i * 14, r.top() + 20, 6, r.height() * 0.25),
            shade(pal.accents[i % 3], 120),
        )
    skin = QColor(rng.choice(["#f1c9a5", "#d9a066", "#a86b4c", "#7a4a32", "#f4d7bf"]))
    head_y, head_r = r.top() + r.height() * 0.4, r.height() * 0.15
    body = QPainterPath(QPointF(cx - r.height() * 0.36, r.bottom()))
    body.cubicTo(
        QPointF(cx - r.height() * 0.34, head_y + head_r * 1.6),
        QPointF(cx - head_r, head_y + head_r * 1.5),
        QPointF(cx, head_y + head_r * 1.5),
    )
    body.cubicTo(
        QPointF(cx + head_r, head_y + head_r * 1.5),
        QPointF(cx + r.height() * 0.34, head_y + head_r * 1.6),
        QPointF(cx + r.height() * 0.36, r.bottom()),
    )
    body.closeSubpath()
    p.fillRect(QRectF(cx - head_r * 0.4, head_y, head_r * 0.8, head_r * 1.7), shade(skin, 90))
    p.fillPath(body, pal.accent(rng.randrange(6)).darker(130))
    p.setBrush(QColor(pal.bg))
    p.drawPolygon(
        poly(
            [
                (cx - head_r * 0.5, head_y + head_r * 1.5),
                (cx + head_r * 0.5, head_y + head_r * 1.5),
                (cx, head_y + head_r * 2.4),
            ]
        )
    )
    hair = QColor(rng.choice(["#2b1d14", "#5a3825", "#b0a89c", "#1b1b1b", "#a0522d"]))
    style = rng.randrange(4)
    p.setBrush(hair)
    if style == 1:
        p.drawRoundedRect(
            QRectF(cx - head_r * 1.25, head_y - head_r * 1.1, head_r * 2.5, head_r * 3.0),
            head_r,
            head_r,
        )
    if style == 2:
        p.drawEllipse(QPointF(cx, head_y - head_r * 1.15), head_r * 0.45, head_r * 0.4)
    if style != 3:
        p.drawEllipse(QPointF(cx, head_y - head_r * 0.12), head_r * 1.0, head_r * 1.08)
    p.setBrush(skin)
    for dx in (-0.92, 0.92):
        p.drawEllipse(QPointF(cx + dx * head_r, head_y + head_r * 0.1), head_r * 0.14, head_r * 0.2)
    face = QPainterPath()
    face.addEllipse(QPointF(cx, head_y), head_r * 0.92, head_r * 1.1)
    p.fillPath(face, skin)
    if style != 3:
        side = rng.choice((-1, 1))
        fringe = QPainterPath()
        fringe.addEllipse(
            QPointF(cx + side * head_r * 0.35, head_y - head_r * 0.95), head_r * 1.25, head_r * 0.7
        )
        p.fillPath(face.intersected(fringe), hair)
    p.setBrush(shade(skin, 85))
    p.drawEllipse(QPointF(cx, head_y + head_r * 0.6), head_r * 0.18, head_r * 0.06)
    if rng.random() < 0.5:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(pal.ink), 3))
        for dx in (-0.4, 0.4):
            p.drawEllipse(QPointF(cx + dx * head_r, head_y), head_r * 0.28, head_r * 0.22)
        p.drawLine(QPointF(cx - head_r * 0.12, head_y), QPointF(cx + head_r * 0.12, head_y))


def draw_still_life(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    table_y = r.top() + r.height() * 0.68
    p.fillRect(r, QColor(pal.bg))
    p.fillRect(QRectF(r.left(), r.top(), r.width() * 0.5, table_y - r.top()), shade(pal.bg, 94))
    p.fillRect(QRectF(r.left(), table_y, r.width(), r.bottom() - table_y), pal.accent(4))
    p.fillRect(QRectF(r.left(), table_y, r.width(), 8), shade(pal.accents[4], 80))
    x = r.left() + r.width() * 0.14
    while x < r.right() - r.width() * 0.12:
        kind = rng.randrange(5)
        color = pal.accent(rng.randrange(6))
        w = r.width() * rng.uniform(0.08, 0.13)
        shadow = QColor(0, 0, 0, 40)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(shadow)
        p.drawEllipse(QPointF(x + w * 0.2, table_y + 18), w * 0.7, 10)
        p.setBrush(color)
        base = table_y + 16
        if kind == 0:  # vase
            h = r.height() * rng.uniform(0.35, 0.5)
            path = QPainterPath(QPointF(x - w * 0.25, base - h))
            path.cubicTo(
                QPointF(x - w * 0.2, base - h * 0.6),
                QPointF(x - w * 0.8, base - h * 0.5),
                QPointF(x - w * 0.35, base),
            )
            path.lineTo(x + w * 0.35, base)
            path.cubicTo(
                QPointF(x + w * 0.8, base - h * 0.5),
                QPointF(x + w * 0.2, base - h * 0.6),
                QPointF(x + w * 0.25, base - h),
            )
            path.closeSubpath()
            p.drawPath(path)
        elif kind == 1:  # bottle
            h = r.height() * rng.uniform(0.4, 0.55)
            p.drawRoundedRect(QRectF(x - w * 0.3, base - h * 0.65, w * 0.6, h * 0.65), 8, 8)
            p.drawRect(QRectF(x - w * 0.1, base - h, w * 0.2, h * 0.4))
        elif kind == 2:  # cup
            p.drawRoundedRect(QRectF(x - w * 0.35, base - w * 0.7, w * 0.7, w * 0.7), 6, 6)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(color, 7))
            p.drawEllipse(QPointF(x + w * 0.42, base - w * 0.38), w * 0.15, w * 0.17)
        elif kind == 3:  # fruit
            for k in range(3):
                p.setBrush(pal.accent(rng.randrange(6)))
                p.drawEllipse(
                    QPointF(x + (k - 1) * w * 0.45, base - w * 0.28 - (k == 1) * w * 0.3),
                    w * 0.28,
                    w * 0.28,
                )
        else:  # books
            for k in range(rng.randint(2, 4)):
                p.setBrush(pal.accent(rng.randrange(6)))
                p.drawRect(
                    QRectF(x - w * 0.6 + rng.uniform(-6, 6), base - (k + 1) * 22, w * 1.2, 20)
                )
        x += w * 1.5 + rng.uniform(0, r.width() * 0.05)


def draw_pattern(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    p.fillRect(r, QColor(pal.bg))
    cell = r.height() / rng.choice((3, 4, 5))
    p.setPen(Qt.PenStyle.NoPen)
    y = r.top()
    while y < r.bottom():
        x = r.left()
        while x < r.right():
            box = QRectF(x, y, cell, cell)
            p.fillRect(box, pal.accent(rng.randrange(6)) if rng.random() < 0.5 else QColor(pal.bg))
            p.setBrush(pal.accent(rng.randrange(6)))
            motif = rng.randrange(6)
            if motif == 0:
                p.drawEllipse(box.adjusted(8, 8, -8, -8))
            elif motif == 1:
                p.drawPie(
                    box.adjusted(0, 0, cell, cell).translated(
                        -cell * rng.randrange(2), -cell * rng.randrange(2)
                    ),
                    0,
                    360 * 16,
                )
            elif motif == 2:
                corner = rng.randrange(4)
                pts = [
                    (box.left(), box.top()),
                    (box.right(), box.top()),
                    (box.right(), box.bottom()),
                    (box.left(), box.bottom()),
                ]
                del pts[corner]
                p.drawPolygon(poly(pts))
            elif motif == 3:
                for k in range(4):
                    p.fillRect(
                        QRectF(x, y + k * cell / 4, cell, cell / 8), pal.accent(rng.randrange(6))
                    )
            elif motif == 4:
                p.drawChord(box.adjusted(0, cell / 2, 0, cell / 2), 0, 180 * 16)
            x += cell
        y += cell


def draw_cover(p: QPainter, r: QRectF, spec: Spec, rng: random.Random) -> None:
    pal = spec.palette
    paper, ink = QColor("#fbf9f3"), QColor("#1b1b1b")
    p.fillRect(r, paper)
    m = 28.0
    p.setPen(ink)
    p.setFont(font(SERIF, 62, bold=True))
    title_font = font(SERIF, 62, bold=True)
    width = QFontMetricsF(title_font).horizontalAdvance(spec.title)
    if width > r.width() - 2 * m:
        p.setFont(font(SERIF, 62 * (r.width() - 2 * m) / width, bold=True))
    p.drawText(QRectF(m, 24, r.width() - 2 * m, 84), AL.AlignCenter, spec.title)
    p.fillRect(QRectF(m, 114, r.width() - 2 * m, 3), ink)
    p.fillRect(QRectF(m, 121, r.width() - 2 * m, 1), ink)
    p.setFont(font(SERIF, 16, italic=True))
    p.drawText(QRectF(m, 124, r.width() - 2 * m, 28), AL.AlignCenter, spec.subtitle)
    p.fillRect(QRectF(m, 154, r.width() - 2 * m, 1), ink)
    heads = [*spec.labels[:3], "", "", ""][:3]
    wrap = AL.AlignLeft | AL.AlignTop | Qt.TextFlag.TextWordWrap
    head = QRectF(m, 166, r.width() - 2 * m, 130)
    for size in (34, 30, 27, 24, 21):
        p.setFont(font(SERIF, size, bold=True))
        used = QFontMetricsF(p.font()).boundingRect(head, wrap, heads[0])
        if used.height() <= head.height():
            break
    p.drawText(head, wrap, heads[0])
    art = QRectF(m, max(250.0, used.bottom() + 14), r.width() - 2 * m, 0)
    art.setBottom(570)
    p.save()
    p.setClipRect(art)
    drawer = rng.choice([draw_skyline, draw_landscape, draw_pattern])
    drawer(p, art, spec, random.Random(f"{spec.seed}:cover-art"))
    p.restore()
    col_w = (r.width() - 2 * m - 20) / 2
    for i, text in enumerate(heads[1:]):
        x = m + i * (col_w + 20)
        p.setPen(ink)
        p.setFont(font(SERIF, 21, bold=True))
        p.drawText(
            QRectF(x, 584, col_w, 84), AL.AlignLeft | AL.AlignTop | Qt.TextFlag.TextWordWrap, text
        )
        for k in range(6):
            w = col_w * (0.6 if k == 5 else rng.uniform(0.88, 1.0))
            p.fillRect(QRectF(x, 676 + k * 16, w, 6), QColor("#c9c6bd"))
    p.fillRect(QRectF(m + col_w + 9, 584, 1, 180), QColor("#c9c6bd"))
    p.fillRect(QRectF(m, r.bottom() - 22, r.width() - 2 * m, 2), pal.accent(0))
