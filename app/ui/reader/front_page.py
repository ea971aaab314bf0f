"""An edition's front page: masthead, date, cover and a scannable table of contents.

Each article title is a link: click it, or Tab to it and press Enter, to open
the article. Read articles are shown in a lighter weight.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from edicola.core.model import Edition
from edicola.ui.reader.library_browser import ImageSource, LibraryBrowser


class FrontPage(LibraryBrowser):
    image_width_share = 0.42  # the cover is a picture of the paper, not a hero image

    def __init__(self, image_source: ImageSource, parent: QWidget | None = None) -> None:
        super().__init__(image_source, parent)
        self.setObjectName("frontPage")
        self.edition: Edition | None = None
        self.setAccessibleName(self.tr("Front page"))

    def show_edition(self, edition: Edition, html: str, css: str, font: QFont) -> None:
        self.edition = edition
        self.set_page(html, css, font)
        self.setAccessibleName(
            self.tr("Front page: %1").replace("%1", f"{edition.publication_title} {edition.date}")
        )
        self.verticalScrollBar().setValue(0)

    def first_link_focus(self) -> None:
        """Put keyboard focus on the first article link (Enter opens it)."""
        self.setFocus()
        self.focusNextChild()
