"""The sentence being read, and its word, painted on the article and kept in view.

Drawn as extra selections in the theme's ``speech_sentence`` / ``speech_word``
colours (contrast-checked in core/themes.py), on their own layer of the
article view so find-in-article keeps its own. The sentence is kept in view by
scrolling only when it leaves the middle of the page (never animated, so the
reduced-motion setting has nothing to follow here).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from edicola.core.themes import Theme

Paint = Callable[[list[QTextEdit.ExtraSelection]], None]
MARGIN = 48  # px kept between the sentence and the page's top and bottom


class SentenceHighlight:
    def __init__(self, view: QTextEdit, paint: Paint, theme: Callable[[], Theme]) -> None:
        self.view = view
        self._paint = paint
        self._theme = theme

    def show(self, sentence: tuple[int, int] | None, word: tuple[int, int] | None = None) -> None:
        if sentence is None:
            self.clear()
            return
        t = self._theme()
        selections = [self._selection(sentence, t.speech_sentence, t.speech_sentence_text)]
        if word is not None:
            selections.append(self._selection(word, t.speech_word, t.speech_word_text))
        self._paint(selections)
        self.keep_in_view(sentence)

    def clear(self) -> None:
        self._paint([])

    def _selection(
        self, span: tuple[int, int], background: str, foreground: str
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = selection.format
        fmt.setBackground(QColor(background))
        fmt.setForeground(QColor(foreground))
        selection.format = fmt
        return selection

    def keep_in_view(self, span: tuple[int, int]) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(span[0])
        top = self.view.cursorRect(cursor).top()
        cursor.setPosition(span[1])
        bottom = self.view.cursorRect(cursor).bottom()
        height = self.view.viewport().height()
        bar = self.view.verticalScrollBar()
        if top < MARGIN or bottom > height - MARGIN:
            bar.setValue(bar.value() + top - max(MARGIN, height // 3))
