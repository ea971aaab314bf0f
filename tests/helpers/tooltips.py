"""What a view shows on hover: its tooltip, asked for as Qt asks when the pointer rests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip
from pytestqt.qtbot import QtBot


def hover_tip(qtbot: QtBot, view: QAbstractItemView, rect: QRect) -> str:
    """The tooltip the view shows for the point at ``rect``'s centre, then hidden."""
    pos = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    view.viewportEvent(event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text
