"""The large title at the top of a full-window view (Newsstand, Bookmarks, …)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def view_heading(text: str, parent: QWidget) -> QLabel:
    """A bold heading 1.4× the UI font, styled by the theme as ``viewHeading``."""
    heading = QLabel(text, parent)
    heading.setObjectName("viewHeading")
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    return heading
