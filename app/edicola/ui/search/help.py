"""The ``?`` button beside the search box and the syntax popover it opens.

The text is ``edicola.core.search.query.help_text()``, the same the docs and
``edicola search --help`` show, so the syntax is described in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from edicola.core.search.query import help_text


class SearchHelpPopover(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchHelpPopover")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Search syntax"))
        title = QLabel(self.tr("Search syntax"), self)
        title.setObjectName("searchHelpTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.text = QLabel(help_text(QLocale().name().split("_")[0]).rstrip(), self)
        self.text.setObjectName("searchHelpText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(title)
        layout.addWidget(self.text)

    def show_under(self, anchor: QWidget) -> None:
        self.adjustSize()
        point = anchor.mapToGlobal(anchor.rect().bottomRight())
        self.move(point.x() - self.width(), point.y() + 2)
        self.show()
        self.text.setFocus()


class SearchHelpButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchHelpButton")
        self.setText("?")
        self.setAccessibleName(self.tr("Search syntax help"))
        self.setToolTip(self.tr("How to search: words, phrases, filters"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.popover = SearchHelpPopover(self)
        self.clicked.connect(self._on_self_clicked)

    def _on_self_clicked(self) -> None:
        self.popover.show_under(self)
