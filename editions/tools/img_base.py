"""Shared vocabulary of the edition image generator: palettes, the validated spec, small
painting helpers and the sky/sea/hill pieces that several kinds reuse.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

SERIF = "DejaVu Serif"


SANS = "DejaVu Sans"


AL = Qt.AlignmentFlag


@dataclass(frozen=True)
class Palette:
    bg: str
    ink: str
    muted: str
    accents: tuple[str, ...]
    sky: tuple[str, str]
    sea: str
    land: str
    green: str

    def accent(self, i: int) -> QColor:
        return QColor(self.accents[i % len(self.accents)])


PALETTES = {
    "harbour": Palette(
        "#eef3f6",
        "#1d2b36",
        "#6b7c88",
        ("#1f5f8b", "#e0a458", "#c44536", "#3d9bd1", "#7fb7be", "#2e4057"),
        ("#9fcfea", "#eaf5fb"),
        "#2f6f9f",
        "#e6dfcb",
        "#9cc08f",
    ),
    "terracotta": Palette(
        "#fbf1e6",
        "#3b2418",
        "#8a6a58",
        ("#c8553d", "#588b8b", "#f28f3b", "#2d3047", "#93452f", "#e8b04b"),
        ("#f3b487", "#fde9d4"),
        "#4f8a8b",
        "#efd9b8",
        "#a9b47a",
    ),
    "forest": Palette(
        "#eef2e8",
        "#1f2d1f",
        "#5f6f5a",
        ("#2d6a4f", "#b7924a", "#52b788", "#74512d", "#40916c", "#95d5b2"),
        ("#b9ddc6", "#f0f7ef"),
        "#3c7d8c",
        "#d6e2c0",
        "#7fa76a",
    ),
    "night": Palette(
        "#141b2d",
        "#eef0f6",
        "#9aa3b8",
        ("#f4c95d", "#5fa8d3", "#e76f51", "#8e7dbe", "#2a9d8f", "#f1faee"),
        ("#0b1026", "#33386a"),
        "#1b2a4a",
        "#232c45",
        "#2f4a3a",
    ),
}


@dataclass(frozen=True)
class Spec:
    file: str
    kind: str
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    seed: int
    palette: Palette
    subtitle: str = ""
    decimal: str = "."


def font(family: str, px: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(family)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def pen(color: str | QColor, width: float, cap: Qt.PenCapStyle = Qt.PenCapStyle.SquareCap) -> QPen:
    result = QPen(QColor(color), width)
    result.setCapStyle(cap)
    return result


def poly(points: list[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def shade(color: str | QColor, factor: int) -> QColor:
    """Lighter (factor > 100) or darker (factor < 100) version of a colour."""
    c = QColor(color)
    return c.lighter(factor) if factor >= 100 else c.darker(round(10000 / factor))


def fmt_number(v: float, decimal: str) -> str:
    text = f"{v:,.0f}" if abs(v - round(v)) < 1e-9 else f"{v:,.1f}"
    if decimal == ",":
        text = text.replace(",", "\u2009").replace(".", ",")
    else:
        text = text.replace(",", "\u2009")
    return text


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    span = (hi - lo) or abs(hi) or 1.0
    raw = span / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    t = start
    while t < hi + step * 0.999:
        ticks.append(round(t, 10))
        t += step
    return ticks


def sky(p: QPainter, r: QRectF, pal: Palette, horizon: float) -> None:
    g = QLinearGradient(QPointF(0, r.top()), QPointF(0, horizon))
    g.setColorAt(0, QColor(pal.sky[0]))
    g.setColorAt(1, QColor(pal.sky[1]))
    p.fillRect(QRectF(r.left(), r.top(), r.width(), horizon - r.top()), g)


def sun(p: QPainter, center: QPointF, radius: float, pal: Palette) -> None:
    night = pal is PALETTES["night"]
    glow = QColor("#fff6d5" if night else "#fffbe8")
    for k, alpha in ((2.2, 50), (1.6, 70)):
        glow.setAlpha(alpha)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(glow)
        p.drawEllipse(center, radius * k, radius * k)
    p.setBrush(QColor("#fdf3c8" if night else "#fff4d6"))
    p.drawEllipse(center, radius, radius)


def ridge(rng: random.Random, r: QRectF, base: float, amp: float) -> QPainterPath:
    waves = [(rng.uniform(0.5, 3.5), rng.uniform(0, 6.28), rng.uniform(0.3, 1.0)) for _ in range(3)]
    path = QPainterPath(QPointF(r.left(), r.bottom()))
    steps = 48
    for s in range(steps + 1):
        x = r.left() + r.width() * s / steps
        t = s / steps * math.pi
        y = base - amp * sum(a * math.sin(f * t + ph) for f, ph, a in waves) / 2
        path.lineTo(x, y)
    path.lineTo(r.right(), r.bottom())
    path.closeSubpath()
    return path


def water(p: QPainter, r: QRectF, top: float, pal: Palette, rng: random.Random) -> None:
    p.fillRect(QRectF(r.left(), top, r.width(), r.bottom() - top), QColor(pal.sea))
    p.setPen(pen(shade(pal.sea, 130), 2, Qt.PenCapStyle.RoundCap))
    for _ in range(int(r.width() / 18)):
        x = rng.uniform(r.left(), r.right())
        y = rng.uniform(top + 8, r.bottom() - 4)
        w = rng.uniform(10, 50)
        p.drawLine(QPointF(x, y), QPointF(x + w, y))
