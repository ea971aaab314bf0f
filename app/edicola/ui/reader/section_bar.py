"""The edition's sections as tabs above the page; choosing one jumps to its first article.

Tab 0 is the edition's front page (its contents). Left/Right move between tabs
when the bar has focus.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabBar, QWidget

from edicola.core.model import Section

FRONT_PAGE = ""


class SectionBar(QTabBar):
    sectionChosen = Signal(str)  # section id, "" for the front page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionBar")
        self.setAccessibleName(self.tr("Sections"))
        self.setExpanding(False)
        self.setDrawBase(False)
        self.setUsesScrollButtons(True)
        self._ids: list[str] = []
        self._updating = False
        self.currentChanged.connect(self._on_self_current_changed)

    def set_sections(self, sections: list[Section]) -> None:
        self._updating = True
        while self.count():
            self.removeTab(0)
        self._ids = [FRONT_PAGE]
        self.addTab(self.tr("Contents"))
        for section in sections:
            self._ids.append(section.id)
            self.addTab(section.title)
        self.setCurrentIndex(0)
        self._updating = False

    def set_current_section(self, section_id: str) -> None:
        """Show which section the reader is in, without emitting ``sectionChosen``."""
        if section_id in self._ids:
            self._updating = True
            self.setCurrentIndex(self._ids.index(section_id))
            self._updating = False

    def current_section(self) -> str:
        index = self.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else FRONT_PAGE

    def _on_self_current_changed(self, index: int) -> None:
        if not self._updating and 0 <= index < len(self._ids):
            self.sectionChosen.emit(self._ids[index])
