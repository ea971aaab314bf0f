"""The status bar's line of text (where the reader is), changed without a relayout.

A ``QLabel`` asks for a new geometry at every ``setText``: in the status bar
that lays the bar out again, and the bar's layout then asks the main window
for one (a layout that has run always does), so every article opened laid out
the whole window once more, about 0.3 ms. This line's size hint never changes:
a new text only repaints the line, elided to the room the bar gives it, with
the whole text in its tooltip and accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class StatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # QLabel's name: its callers need not change
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        self._tip_if_elided()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tip_if_elided()

    def _tip_if_elided(self) -> None:
        elided = self.fontMetrics().horizontalAdvance(self._text) > self.width()
        self.setToolTip(self._text if elided else "")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), left, shown)
