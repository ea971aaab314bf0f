"""How lists show an article that is no longer in the library (bookmarks, history).

Such rows are kept — never silently dropped — but greyed and italic, with the
title saying why, so they read as a record rather than something to open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTreeWidgetItem, QWidget


def unavailable_title(title: str) -> str:
    return QCoreApplication.translate("UnavailableRow", "%1 (no longer in the library)").replace(
        "%1", title
    )


def mark_unavailable(item: QTreeWidgetItem, widget: QWidget) -> None:
    """Grey and italicise every column of ``item`` in ``widget``'s palette."""
    grey = widget.palette().color(QPalette.ColorRole.PlaceholderText)
    for column in range(item.columnCount()):
        item.setForeground(column, grey)
        font = item.font(column)
        font.setItalic(True)
        item.setFont(column, font)
