"""The Newsstand's small rows of buttons: under the catalogs, in the list, in messages.

One way to lay them out (left-aligned, tight margins) and one way to name a
button (object name for tests, accessible name without the mnemonic), so the
catalog bar, the list and the messages line up alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def named_button(parent: QWidget, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    """A push button called ``name``, read by screen readers as its text without ``&``."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(slot)
    return button


def button_row(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` side by side, left-aligned, in a new child of ``parent``."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(2, 0, 2, 0)
    layout.setSpacing(4)
    for widget in widgets:
        widget.setParent(box)
        layout.addWidget(widget)
    layout.addStretch(1)
    return box
