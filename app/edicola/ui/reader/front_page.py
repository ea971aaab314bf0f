"""An edition's front page: masthead, date, cover and a scannable table of contents.

Each article title is a link: click it, or Tab to it and press Enter, to open
the article. Read articles are shown in a lighter weight.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QWidget

from edicola.core.model import Edition
from edicola.ui.reader.article_accessible import PageStructure
from edicola.ui.reader.library_browser import ImageSource, LibraryBrowser

NARROW = 640  # px of page: below it the contents go without the cover
_COVER = re.compile(r'<img class="cover"[^>]*>')


class FrontPage(LibraryBrowser):
    image_width_share = 0.42  # the cover is a picture of the paper, not a hero image

    def __init__(self, image_source: ImageSource, parent: QWidget | None = None) -> None:
        super().__init__(image_source, parent)
        self.setObjectName("frontPage")
        self.edition: Edition | None = None
        self._page: tuple[str, str, QFont] | None = None
        self._narrow = False
        self.setAccessibleName(self.tr("Front page"))
        self.page_structure = PageStructure(self)  # its sections and list of articles

    def show_edition(self, edition: Edition, html: str, css: str, font: QFont) -> None:
        self.edition = edition
        self._page = (html, css, font)
        self._narrow = self._is_narrow()
        self.set_page(self._fitted(html), css, font)
        self.page_structure.page_changed(html)
        self.setAccessibleName(
            self.tr("Front page: %1").replace("%1", f"{edition.publication_title} {edition.date}")
        )
        self.verticalScrollBar().setValue(0)

    def _is_narrow(self) -> bool:
        return self.viewport().width() < NARROW

    def _fitted(self, html: str) -> str:
        """In a narrow window the contents leave out the cover: beside it a headline
        would break inside its words. (The Newsstand shows the cover.)"""
        return _COVER.sub("", html) if self._narrow else html

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._page is not None and self._is_narrow() != self._narrow:
            self._narrow = not self._narrow
            html, css, font = self._page
            fraction = self.scroll_fraction()
            self.set_page(self._fitted(html), css, font)
            self.page_structure.page_changed(html)
            self.set_scroll_fraction(fraction)

    def first_link_focus(self) -> None:
        """Put keyboard focus on the first article link (Enter opens it)."""
        self.setFocus()
        self.focusNextChild()
