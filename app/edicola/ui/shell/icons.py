"""Tool-bar icons from the bundled Lucide set, drawn in the theme's colours.

Lucide's SVGs (resources/icons/, ISC licence, see LUCIDE-LICENSE.txt) stroke
with ``currentColor``; Qt's SVG renderer would draw that black, unreadable on
the dark theme. So each icon is rendered with the palette's button text
colour, and a disabled variant in the disabled colour, at 1x and 2x.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from edicola.paths import resource

ICON_SIZE = 20

# Command name -> Lucide icon name.
COMMAND_ICONS = {
    "library_panel": "panel-left",
    "back": "arrow-left",
    "forward": "arrow-right",
    "previous_article": "chevron-left",
    "next_article": "chevron-right",
    "front_page": "newspaper",
    "text_smaller": "a-arrow-down",
    "text_larger": "a-arrow-up",
    "bookmark": "bookmark",
    "bookmarked": "bookmark-check",
}


@cache
def _svg(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(name: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    svg = _svg(name).replace("currentColor", colour.name())
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def themed_icon(name: str, palette: QPalette, size: int = ICON_SIZE) -> QIcon:
    """The Lucide icon ``name`` in ``palette``'s button text colour (and its disabled one)."""
    icon = QIcon()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = QColor(normal)
    disabled.setAlphaF(0.38)
    for ratio in (1.0, 2.0):
        icon.addPixmap(_pixmap(name, normal, size, ratio), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(name, disabled, size, ratio), QIcon.Mode.Disabled)
    return icon
