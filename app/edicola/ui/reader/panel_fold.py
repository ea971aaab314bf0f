"""The library panel gives way in a narrow window, so the article keeps its measure.

Below the width where the article column would drop under a comfortable
measure (about 560 px, some 66 characters of body text) next to the panel,
the panel folds away: the "Library panel" toggle (F9, the tool bar's first
button, the View menu) shows it is off and brings it back on demand. When the
window grows wide enough again, a panel folded here comes back by itself; one
the reader closed stays closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

ARTICLE_MEASURE_PX = 560


class PanelFold(QObject):
    """Watches ``splitter`` (panel | reading area) and folds ``panel`` through ``toggle``."""

    def __init__(self, splitter: QSplitter, panel: QWidget, toggle: QAction) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._panel = panel
        self._toggle = toggle
        self._width = 260  # the panel's width when last open
        self.folded = False
        """The panel is hidden because the window is narrow (not by the reader)."""
        self._folding = False
        self._narrow = False
        toggle.toggled.connect(self._on_toggle_toggled)
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Fold or unfold for the splitter's width now."""
        width = self._splitter.width()
        if self._panel.isVisible() and self._panel.width() > 0:
            self._width = self._panel.width()
        narrow = width < self._width + ARTICLE_MEASURE_PX
        if narrow and not self._narrow and self._toggle.isChecked():
            self._set(False)
            self.folded = True
        elif not narrow and self._narrow and self.folded and not self._toggle.isChecked():
            self._set(True)
            self.folded = False
        self._narrow = narrow  # folds when the window becomes narrow, not on every resize

    def _set(self, shown: bool) -> None:
        self._folding = True
        try:
            self._toggle.setChecked(shown)
        finally:
            self._folding = False

    def _on_toggle_toggled(self, _shown: bool) -> None:
        if not self._folding:
            self.folded = False  # the reader chose: leave it as they set it
