"""The status-bar word on the outbox: "2 comments waiting", click to see them.

Hidden until there is something to say: comments waiting to be delivered, or
refused ones to fix. Once everything waiting has gone out it says "All
comments sent" for the rest of the session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget


class OutboxIndicator(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxIndicator")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolTip(self.tr("Show the comment outbox"))
        self.waiting = 0
        self.refused = 0
        self._had_waiting = False
        self.hide()

    def show_counts(self, waiting: int, refused: int) -> None:
        self.waiting, self.refused = waiting, refused
        if waiting:
            self._had_waiting = True
            text = self.tr("%n comment(s) waiting", "", waiting)
        elif refused:
            text = self.tr("%n comment(s) not accepted", "", refused)
        elif self._had_waiting:
            text = self.tr("All comments sent")
        else:
            self.hide()
            return
        self.setText(text)
        self.setAccessibleName(text)
        self.show()
