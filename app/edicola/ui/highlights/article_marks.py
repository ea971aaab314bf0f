"""The highlights of the article on screen: drawn in its text, clicked, revealed.

Each time the view shows an article (``articleShown``: opened, or drawn again
for a theme or a text size) its anchored highlights are read
(``HighlightStore.spans``, a lean query) and those near the screen are drawn as
a layer of extra selections, in the theme's colours, a note shown by a dotted
underline. Drawing is kept to about three screens around what is visible and
follows the scroll bar, so an article with 200 highlights opens about as fast
as one without (``bench/bench_highlights.py``). A click on a highlight (not a
drag, not a link) emits ``clicked`` with its id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from edicola.core.annotations.anchoring import Text, locate
from edicola.core.annotations.selectors import Anchor
from edicola.core.themes import Theme
from edicola.store.highlights import HighlightStore, Span
from edicola.ui.common.highlight_colors import background
from edicola.ui.highlights.text_map import TextMap
from edicola.ui.reader.article_view import ArticleView

LAYER = "highlights"
PREFIX = 8192
"""Characters of the text mapped when an article opens (its first screens)."""
AHEAD = 1.0
"""Screens drawn beyond the one shown once the reader scrolls (opening draws the
screen shown only: an article opens as fast with highlights as without)."""


class ArticleMarks(QObject):
    clicked = Signal(str)
    """A highlight's id: the reader clicked it."""

    def __init__(
        self, view: ArticleView, store: HighlightStore, theme: Callable[[], Theme]
    ) -> None:
        super().__init__(view)
        self.view = view
        self.store = store
        self._theme = theme
        self.article_id = ""
        self.spans: list[Span] = []
        self._map: TextMap | None = None
        self._placed: dict[str, tuple[int, int]] = {}
        """Each highlight's place in the document (Qt positions), once looked for."""
        self._window: tuple[int, int] | None = None
        """The document positions drawn now (None: nothing drawn yet)."""
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(0)
        self._retry.timeout.connect(self._draw_visible)
        view.articleShown.connect(self._on_view_article_shown)
        view.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        view.viewport().installEventFilter(self)

    # -- reading and drawing -------------------------------------------------------
    def reload(self) -> None:
        """Read the article's highlights again (one was made, edited or removed)."""
        article = self.view.article
        self.article_id = article.id if article is not None else ""
        self.spans = self.store.spans(self.article_id) if self.article_id else []
        self._placed = {}
        if self._window is not None:
            self.view.set_layer(LAYER, [])  # (a new page starts with no layers)
        self._window = None
        self._draw_visible()

    def text_map(self, end: int | None = None) -> TextMap:
        """The document's text, mapped once per drawing of the article: as far as body
        offset ``end`` (a first screen's worth at first), or whole."""
        found = self._map
        if found is not None and (found.complete or (end is not None and found.covers(end))):
            return found
        first = found is None and end is not None and end < PREFIX // 2
        self._map = TextMap(self.view.document(), PREFIX if first else None)
        if end is not None and not self._map.covers(end):
            self._map = TextMap(self.view.document())
        return self._map

    def _visible(self, screens: float = 0.0) -> tuple[int, int]:
        """Document positions of the blocks on screen, and ``screens`` more each way.

        Read from the blocks' rectangles, which lay the document out as far as
        asked: a long article is laid out lazily, and a hit test beyond what is
        laid out answers nonsense."""
        height = self.view.viewport().height()
        value = self.view.verticalScrollBar().value()
        top, bottom = value - height * screens, value + height * (1 + screens)
        document = self.view.document()
        layout = document.documentLayout()
        first, last = -1, 0
        block = document.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom:
                break
            if first < 0 and rect.bottom() >= top:
                first = block.position()
            last = block.position() + block.length()
            block = block.next()
        return max(first, 0), last

    def _draw_visible(self) -> None:
        if not self.spans or not self.view.viewport().isVisible():
            return  # drawn when the viewport is shown
        top, bottom = self._visible()
        if bottom <= top + 1:
            self._retry.start()  # not laid out yet: once the event loop has done so
            return
        window = self._window
        if window is not None and window[0] <= top and bottom <= window[1]:
            return
        # Once scrolled, a screen more each way: a few lines' scroll draws nothing again.
        self._window = self._visible(AHEAD) if window is not None else (top, bottom)
        self._draw()

    def _draw(self) -> None:
        assert self._window is not None
        first, last = self._window
        theme = self._theme()
        text_color = QColor(theme.text)
        selections = []
        for span in self.spans:
            place = self.place(span)
            if place is None or place[1] < first:
                continue
            if place[0] > last:
                break
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(background(theme.name, span.color)))
            fmt.setForeground(text_color)
            if span.has_note:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            selections += self._selections(place, fmt)
        self.view.set_layer(LAYER, selections)

    def _selections(
        self, place: tuple[int, int], fmt: QTextCharFormat
    ) -> list[QTextEdit.ExtraSelection]:
        """One extra selection per paragraph the highlight covers: Qt lays out the
        whole document to repaint a selection that spans paragraphs."""
        document = self.view.document()
        start, end = place
        out = []
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            first = max(start, block.position())
            last = min(end, block.position() + block.length() - 1)
            if last > first:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(document)
                cursor.setPosition(first)
                cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = fmt
                out.append(selection)
            block = block.next()
        return out

    def place(self, span: Span) -> tuple[int, int] | None:
        """Where a highlight is in the document, or None when its text is not there.

        Its offsets hold for the text the article shows now (the store re-anchors
        them on every import), so they are only checked; a passage that does not
        read as stored is looked for (it would be a change in how the page is set).
        """
        if span.id in self._placed:
            return self._placed[span.id]
        text = self.text_map(span.end)
        body = text.body_text
        start, end = span.start, span.end
        if body[start:end] != span.exact:
            found = locate(Text(body), Anchor(span.exact, "", "", start, end))
            if found is None:
                return None
            start, end = found.anchor.start, found.anchor.end
        place = text.to_document(start, end)
        self._placed[span.id] = place
        return place

    # -- the selection, clicks and revealing -------------------------------------------
    def selected_span(self) -> tuple[int, int] | None:
        """The view's selection as body offsets the store understands, or None."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection() or self.view.article is None:
            return None
        return self.text_map().from_document(cursor.selectionStart(), cursor.selectionEnd())

    def highlight_at(self, position: int) -> Span | None:
        """The drawn highlight holding document ``position`` (the innermost if nested)."""
        found: Span | None = None
        for span in self.spans:
            place = self._placed.get(span.id)
            inside = place is not None and place[0] <= position <= place[1]
            if inside and (found is None or self._size(span) < self._size(found)):
                found = span
        return found

    def highlight_in_selection(self) -> Span | None:
        """A highlight the selection lies inside (``N`` then opens its note)."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for span in self.spans:
            place = self.place(span)
            if place is not None and place[0] <= start and end <= place[1]:
                return span
        return None

    def _size(self, span: Span) -> int:
        place = self._placed.get(span.id, (0, 1 << 30))
        return place[1] - place[0]

    def reveal(self, highlight_id: str) -> bool:
        """Scroll so the highlight stands a third of the way down the screen."""
        span = next((s for s in self.spans if s.id == highlight_id), None)
        place = self.place(span) if span is not None else None
        if place is None:
            return False
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(place[0])
        bar = self.view.verticalScrollBar()
        top = self.view.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self.view.viewport().height() // 3)
        self._draw_visible()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._draw_visible()
        elif (
            isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and self.spans
        ):
            point = event.position().toPoint()
            if not self.view.textCursor().hasSelection() and not self.view.anchorAt(point):
                span = self._clicked(point)
                if span is not None:
                    self.clicked.emit(span.id)
        return False

    def _clicked(self, point: QPoint) -> Span | None:
        layout = self.view.document().documentLayout()
        offset = QPoint(
            self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value()
        )
        if layout.hitTest(point + offset, Qt.HitTestAccuracy.ExactHit) < 0:
            return None  # in a margin, between paragraphs
        return self.highlight_at(self.view.cursorForPosition(point).position())

    # -- slots ---------------------------------------------------------------------
    def _on_view_article_shown(self) -> None:
        self._map = None
        self._window = None  # the view cleared its layers
        self.reload()

    def _on_scroll_value_changed(self, _value: int) -> None:
        self._draw_visible()
