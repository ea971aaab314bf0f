"""The edition's sections as tabs above the page; choosing one jumps to its first article.

Tab 0 is the edition's front page (its contents). Left/Right move between tabs
when the bar has focus. Tabs that do not fit (a narrow window, many sections)
are not scrolled behind small arrows: they move into a "more sections" menu at
the bar's right end, and the tab of the section being read always stays on
the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QMenu, QTabBar, QToolButton, QWidget

from edicola.core.model import Section

FRONT_PAGE = ""
MORE_PX = 36


class SectionBar(QTabBar):
    sectionChosen = Signal(str)  # section id, "" for the front page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionBar")
        self.setAccessibleName(self.tr("Sections"))
        self.setExpanding(False)
        self.setDrawBase(False)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self._ids: list[str] = []
        self._updating = False
        self._menu_for: list[int] | None = None  # the tabs the "more" menu lists now
        self.more = QToolButton(self)
        self.more.setObjectName("sectionOverflow")
        self.more.setText("»")
        self.more.setToolTip(self.tr("More sections"))
        self.more.setAccessibleName(self.tr("More sections"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.more.setMenu(QMenu(self.more))
        self.more.hide()
        self.currentChanged.connect(self._on_self_current_changed)

    def set_sections(self, sections: list[Section]) -> None:
        titles = [self.tr("Contents")] + [s.title for s in sections]
        ids = [FRONT_PAGE] + [s.id for s in sections]
        if ids == self._ids and titles == [self.tabText(i) for i in range(self.count())]:
            # The next edition of the same paper: same tabs, only the front page current
            # (rebuilding them relaid and repainted the bar, about 0.3 ms an open).
            if self.currentIndex() != 0:
                self._updating = True
                self.setCurrentIndex(0)
                self._updating = False
                self.fit()
            return
        self._menu_for = None
        self._updating = True
        while self.count() > len(titles):
            self.removeTab(self.count() - 1)
        for index, title in enumerate(titles):  # the tabs there are, renamed; then new ones
            if index >= self.count():
                self.addTab(title)
            elif self.tabText(index) != title:
                self.setTabText(index, title)
        self._ids = ids
        self.setCurrentIndex(0)
        self._updating = False
        self.fit()

    def set_current_section(self, section_id: str) -> None:
        """Show which section the reader is in, without emitting ``sectionChosen``."""
        index = self._ids.index(section_id) if section_id in self._ids else -1
        if index >= 0 and index != self.currentIndex():
            self._updating = True
            self.setCurrentIndex(index)
            self._updating = False
            self.fit()

    def current_section(self) -> str:
        index = self.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else FRONT_PAGE

    def overflow(self) -> list[str]:
        """The sections (ids) in the "more sections" menu, in order."""
        return [self._ids[i] for i in range(self.count()) if not self.isTabVisible(i)]

    # -- fitting --------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        """Narrow: tabs that do not fit go into the menu (the bar never widens the window)."""
        return QSize(MORE_PX, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Show the tabs that fit, in order (and the current one); the rest in the menu."""
        count, current = self.count(), self.currentIndex()
        widths = [self.tabSizeHint(i).width() for i in range(count)]
        room = self.width()
        if sum(widths) <= room:
            shown = set(range(count))
        else:
            room -= MORE_PX
            shown = {i for i in (0, current) if 0 <= i < count}
            used = sum(widths[i] for i in shown)
            for i in range(count):
                if i in shown:
                    continue
                if used + widths[i] > room:
                    break
                shown.add(i)
                used += widths[i]
        for i in range(count):
            if self.isTabVisible(i) != (i in shown):
                self.setTabVisible(i, i in shown)
        self._fill_menu([i for i in range(count) if i not in shown])

    def _fill_menu(self, hidden: list[int]) -> None:
        if hidden != self._menu_for:  # the same tabs hidden: the menu is right already
            self._menu_for = hidden
            menu = self.more.menu()
            menu.clear()
            for index in hidden:
                action = QAction(self.tabText(index), menu)
                action.triggered.connect(lambda _checked=False, i=index: self.setCurrentIndex(i))
                menu.addAction(action)
            self.more.setVisible(bool(hidden))
        if hidden:
            self.more.setGeometry(self.width() - MORE_PX, 0, MORE_PX, self.height())
            self.more.raise_()

    def _on_self_current_changed(self, index: int) -> None:
        if not self._updating and 0 <= index < len(self._ids):
            self.sectionChosen.emit(self._ids[index])
            self.fit()
