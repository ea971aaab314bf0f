"""The article on screen: the page, find-in-article, and the accessible text.

Everything about loading and links is in :class:`LibraryBrowser`; this adds
what only an article needs: which article it shows and highlighting every
match of a search term (extra selections), with a current match the reader
steps through. Extra selections are drawn in layers (:meth:`ArticleView.set_layer`):
the reader's highlights under find matches, so one never wipes the other.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from edicola.core.model import Article
from edicola.core.themes import Theme
from edicola.ui.reader.article_accessible import PageStructure
from edicola.ui.reader.library_browser import ImageSource, LibraryBrowser
from edicola.ui.reader.structure import article_description

FIND_LAYER = 100
"""The find matches' layer: over everything else drawn on the text."""


class ArticleView(LibraryBrowser):
    articleShown = Signal()
    """An article was (re)drawn: layers were cleared; features draw theirs again."""

    def __init__(self, image_source: ImageSource, parent: QWidget | None = None) -> None:
        super().__init__(image_source, parent)
        self.setObjectName("articleView")
        self.article: Article | None = None
        self._matches: list[QTextCursor] = []
        self._current = -1
        self._theme: Theme | None = None
        self._layers: dict[str, tuple[int, list[QTextEdit.ExtraSelection]]] = {}
        self.setAccessibleName(self.tr("Article"))
        self.page_structure = PageStructure(self)  # headings, figures for screen readers

    def show_article(self, article: Article, html: str, css: str, font: QFont, t: Theme) -> None:
        self.article = article
        self._theme = t
        self._matches = []
        self._current = -1
        self._layers = {}
        self.setExtraSelections([])
        self.set_page(html, css, font)
        self.page_structure.page_changed(html)
        self.setAccessibleName(self.tr("Article: %1").replace("%1", article.title))
        captions = html.count('class="caption"')
        self.setAccessibleDescription(
            article_description(self.document(), article.standfirst, captions)
        )
        self.articleShown.emit()

    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection], z: int = 0) -> None:
        """Draw ``selections`` as the layer ``name`` (replacing it); higher ``z`` on top."""
        self._layers[name] = (z, selections)
        ordered = sorted(self._layers.values(), key=lambda layer: layer[0])
        self.setExtraSelections([s for _z, layer in ordered for s in layer])

    # -- find ----------------------------------------------------------------
    def find_all(self, text: str) -> int:
        """Highlight every match of ``text`` (case-insensitive); returns the count."""
        self._matches = []
        self._current = -1
        doc = self.document()
        if text:
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(text, cursor)
                if cursor.isNull():
                    break
                self._matches.append(QTextCursor(cursor))
        if self._matches:
            self._current = 0
            self._show_current()
        self._paint_matches()
        return len(self._matches)

    def highlight_ranges(self, ranges: list[tuple[int, int]]) -> int:
        """Highlight document ranges (search hits) like find matches; shows the first."""
        doc = self.document()
        self._matches = []
        for start, end in ranges:
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._matches.append(cursor)
        self._current = 0 if self._matches else -1
        if self._matches:
            self._show_current()
        self._paint_matches()
        return len(self._matches)

    def find_step(self, backward: bool = False) -> int:
        """Move to the next (or previous) match; returns its 1-based index, 0 if none."""
        if not self._matches:
            return 0
        step = -1 if backward else 1
        self._current = (self._current + step) % len(self._matches)
        self._show_current()
        self._paint_matches()
        return self._current + 1

    def match_count(self) -> int:
        return len(self._matches)

    def current_match(self) -> int:
        return self._current + 1 if self._matches else 0

    def clear_find(self) -> None:
        self._matches = []
        self._current = -1
        self.set_layer("find", [], FIND_LAYER)
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def _show_current(self) -> None:
        cursor = QTextCursor(self._matches[self._current])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _paint_matches(self) -> None:
        t = self._theme
        background = QColor(t.find_highlight if t else "#ffe27a")
        foreground = QColor(t.find_highlight_text if t else "#000000")
        current_bg = QColor(t.selection if t else "#1f4f8f")
        current_fg = QColor(t.selection_text if t else "#ffffff")
        selections = []
        for i, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = selection.format
            is_current = i == self._current
            fmt.setBackground(current_bg if is_current else background)
            fmt.setForeground(current_fg if is_current else foreground)
            selection.format = fmt
            selections.append(selection)
        self.set_layer("find", selections, FIND_LAYER)

    def plain_text(self) -> str:
        return self.document().toPlainText()
