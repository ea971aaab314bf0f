"""The reading area: section bar over a stack of the front page and the article.

The article sits in ``articleSplitter`` with the find bar under it; other
panels (comments) are added below it by the window. Actions with ``reader``
scope are attached here, so their single-key shortcuts only fire while focus
is inside this area.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from edicola.ui.reader.article_view import ArticleView
from edicola.ui.reader.find_bar import FindBar
from edicola.ui.reader.front_page import FrontPage
from edicola.ui.reader.library_browser import ImageSource
from edicola.ui.reader.section_bar import SectionBar


class ReaderArea(QWidget):
    def __init__(self, image_source: ImageSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerArea")
        self.section_bar = SectionBar(self)
        self.section_bar.hide()
        self.front_page = FrontPage(image_source, self)
        self.article_view = ArticleView(image_source, self)
        self.find_bar = FindBar(self)

        article_box = QWidget(self)
        article_box.setObjectName("articleBox")
        box_layout = QVBoxLayout(article_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(0)
        box_layout.addWidget(self.article_view, 1)
        box_layout.addWidget(self.find_bar)
        self.article_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.article_splitter.setObjectName("articleSplitter")
        self.article_splitter.addWidget(article_box)
        self.article_splitter.setChildrenCollapsible(False)

        self.reader_stack = QStackedWidget(self)
        self.reader_stack.setObjectName("readerStack")
        self.reader_stack.addWidget(self.front_page)
        self.reader_stack.addWidget(self.article_splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.reader_stack, 1)
