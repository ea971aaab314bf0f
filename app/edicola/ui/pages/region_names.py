"""The Pages view's regions for screen readers: each focused region named after its headline.

The canvas paints the pages itself, so the regions are not widgets. When Tab
moves to a region, the canvas's accessible name becomes the article's
headline and page ("Rain brings the river up, article on page 3") and a focus
event is sent, so Orca announces the region as an item; Enter opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def region_name(headline: str, number: int) -> str:
    if not headline:
        return QCoreApplication.translate("PageCanvas", "Article on page %1").replace(
            "%1", str(number)
        )
    name = QCoreApplication.translate("PageCanvas", "%1, article on page %2")
    return name.replace("%1", headline).replace("%2", str(number))


def announce_region(canvas: QWidget, headline: str, number: int) -> None:
    """Name ``canvas`` after the focused region and tell assistive technology."""
    canvas.setAccessibleName(region_name(headline, number))
    QAccessible.updateAccessibility(QAccessibleEvent(canvas, QAccessible.Event.NameChanged))
    QAccessible.updateAccessibility(QAccessibleEvent(canvas, QAccessible.Event.Focus))
