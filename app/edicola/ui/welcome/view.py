"""The welcome view: the central view while the library holds no edition.

Two lines say what Edicola is; four buttons offer the ways to fill the
library. Each button triggers a ``QAction`` that is also in the File menu, so
the view adds no command of its own and the menus and the view never
disagree. It follows the window's theme (the style sheet) and language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from edicola.ui.common.view_heading import view_heading

COLUMN_PX = 520


class WelcomeView(QWidget):
    """``welcomeView``: a short text and one button per action, in a centred column."""

    def __init__(self, actions: list[tuple[QAction, str]], parent: QWidget | None = None) -> None:
        """``actions``: each with the words its button says ("" for the action's own)."""
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.setAccessibleName(self.tr("Welcome to Edicola"))
        heading = view_heading(self.tr("Welcome to Edicola"), self)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.intro = QLabel(
            self.tr(
                "Edicola keeps newspaper editions in your library and reads them offline.\n"
                "Your library is empty: try the sample papers, or bring editions in."
            ),
            self,
        )
        self.intro.setObjectName("welcomeIntro")
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.buttons: list[QPushButton] = []
        column = self.column = QWidget(self)
        column.setObjectName("welcomeColumn")
        column.setFixedWidth(COLUMN_PX)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(heading)
        inner.addWidget(self.intro)
        inner.addSpacing(12)
        for action, text in actions:
            inner.addWidget(self._button(action, text))
        self.hint = QLabel(self.tr("You can also drop .edicola files on this window."), column)
        self.hint.setObjectName("welcomeHint")
        self.hint.setProperty("hint", True)  # muted, as the dialogs' hints
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.setWordWrap(True)
        inner.addSpacing(6)
        inner.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.column.setFixedWidth(max(200, min(COLUMN_PX, self.width() - 48)))

    def _button(self, action: QAction, text: str) -> QPushButton:
        button = ActionButton(action, text, self)
        self.buttons.append(button)
        return button

    def status_text(self) -> str:
        """What the status bar says while the welcome view is on screen."""
        return self.tr("The library is empty")


class ActionButton(QPushButton):
    """A button that triggers ``action`` and reads as it does (its text, its state)."""

    def __init__(self, action: QAction, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._action = action
        self._text = text
        self.setObjectName("welcome_" + action.objectName())
        self.setMinimumHeight(36)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._on_action_changed)
        self._on_action_changed()

    def _on_action_changed(self) -> None:
        action = self._action
        words = self._text or action.text()
        self.setText(words.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        self.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.setEnabled(action.isEnabled())
