"""Highlights and notes in the reader: ``H``, ``N``, the colours, the note dialog, undo.

Select a passage of the article (or words on a printed page) and press ``H``
to highlight it in the current colour (Bookmarks → Highlight colour), or ``N``
to highlight it and write a note; ``N`` on a passage already highlighted opens
its note. Clicking a highlight opens the same dialog, to edit the note,
recolour or delete. Every change goes through the family's
:class:`~edicola.ui.common.mark_edits.MarkEdits`, so Edit → Undo (``Ctrl+Z``)
takes it back and every view showing marks redraws.

Words on a page anchor to the article's text when their region belongs to an
article (found by their quote, approximately if the print differs a little)
and to the page alone otherwise (:mod:`edicola.ui.common.page_selection`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from edicola.core.annotations.anchoring import Text, locate
from edicola.core.annotations.article_text import article_text
from edicola.core.annotations.marks import COLORS, DEFAULT_COLOR, Mark
from edicola.core.annotations.selectors import Anchor, find_quote
from edicola.store.highlights import HighlightError, HighlightStore
from edicola.ui.common.highlight_colors import color_name, swatch
from edicola.ui.common.mark_edits import MarkEdits
from edicola.ui.common.messages import error_text
from edicola.ui.common.page_selection import PageQuote, PageSelection
from edicola.ui.highlights.article_marks import ArticleMarks
from edicola.ui.highlights.note_dialog import DELETE, SAVE, NoteDialog
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.seam import Frame


class HighlightsController(QObject):
    def __init__(
        self, frame: Frame, reader: ReaderController, store: HighlightStore, edits: MarkEdits
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.store = store
        self.edits = edits
        self.color = DEFAULT_COLOR
        self.dialog: NoteDialog | None = None
        self.pages: PageSelection | None = None
        self.marks = ArticleMarks(reader.article_view, store, lambda: frame.theme)
        self.highlight_action: QAction = frame.commands["highlight"]
        self.note_action: QAction = frame.commands["add_note"]
        self._add_color_menu()
        self._add_undo_actions()
        self._connect_signals()
        self.update_actions()

    def _add_color_menu(self) -> None:
        window = self.frame.as_widget()
        self.color_menu = QMenu(self.tr("Highlight &colour"), window)
        self.color_menu.setObjectName("highlightColorMenu")
        group = QActionGroup(self)
        self.color_actions: dict[str, QAction] = {}
        for color in COLORS:
            action = self.color_menu.addAction(swatch(color), color_name(color))
            action.setObjectName(f"action_highlight_{color}")
            action.setCheckable(True)
            action.setChecked(color == self.color)
            action.triggered.connect(lambda _on=False, c=color: self._on_color_triggered(c))
            group.addAction(action)
            self.color_actions[color] = action
        self.frame.add_menu_action("bookmarks", self.color_menu.menuAction())

    def _add_undo_actions(self) -> None:
        window = self.frame.as_widget()
        stack = self.edits.undo_stack
        self.undo_action = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setObjectName("action_redo")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            self.frame.add_menu_action("edit", action, before="find")
        self.frame.add_menu_separator("edit", before="find")

    def _connect_signals(self) -> None:
        self.highlight_action.triggered.connect(self._on_highlight_triggered)
        self.note_action.triggered.connect(self._on_note_triggered)
        self.reader.article_view.selectionChanged.connect(self.update_actions)
        self.reader.articleOpened.connect(self._on_reader_article_opened)
        self.frame.viewChanged.connect(self.update_actions)
        self.marks.clicked.connect(self._on_marks_clicked)
        self.edits.changed.connect(self._on_edits_changed)
        self.edits.revealRequested.connect(self.reveal)

    def attach_pages(self, pages: PageSelection) -> None:
        """Let ``H`` and ``N`` act on words selected on the printed pages too."""
        self.pages = pages
        for action in (self.highlight_action, self.note_action):
            pages.scope().addAction(action)
        pages.selectionChanged.connect(self.update_actions)
        self.update_actions()

    # -- state -------------------------------------------------------------------
    def _page_shown(self) -> bool:
        return self.pages is not None and self.pages.is_shown()

    def update_actions(self) -> None:
        """H and N act on a selection: in the article on screen, or on the page shown."""
        if self._page_shown():
            assert self.pages is not None
            enabled = self.pages.page_quote() is not None
        else:
            enabled = (
                self.reader.in_reader()
                and self.reader.current_article is not None
                and self.reader.article_view.textCursor().hasSelection()
            )
        self.highlight_action.setEnabled(enabled)
        self.note_action.setEnabled(enabled)

    # -- making ------------------------------------------------------------------------
    def highlight(self, color: str | None = None, with_note: bool = False) -> Mark | None:
        """Highlight the selection (the article's, or the page's when pages are shown)."""
        chosen = color or self.color
        try:
            if self._page_shown():
                mark = self._highlight_page(chosen)
            else:
                mark = self._highlight_article(chosen)
        except HighlightError as exc:
            self.frame.show_message(error_text(exc), 6000)
            return None
        if mark is None:
            return None
        self.edits.made(mark)
        self.frame.show_message(self.tr("Highlighted."), 3000)
        if with_note:
            self.open_note(mark.id)
        return mark

    def _highlight_article(self, color: str) -> Mark | None:
        article = self.reader.current_article
        span = self.marks.selected_span() if article is not None else None
        if article is None or span is None:
            self.frame.show_message(self.tr("Select a passage of the article first."), 5000)
            return None
        mark = self.store.add(article.id, span=span, color=color)
        cursor = self.reader.article_view.textCursor()
        cursor.clearSelection()  # so the new colour shows
        self.reader.article_view.setTextCursor(cursor)
        return mark

    def _highlight_page(self, color: str) -> Mark | None:
        assert self.pages is not None
        quote = self.pages.page_quote()
        if quote is None:
            self.frame.show_message(self.tr("Select words on the page first."), 5000)
            return None
        mark = self._anchor_in_article(quote, color) if quote.article_id else None
        if mark is None:
            anchor = Anchor(quote.quote, quote.prefix, quote.suffix, quote.start, quote.end)
            mark = self.store.add_on_page(quote.edition_id, quote.page, anchor, "", color)
        self.pages.clear_selection()
        return mark

    def _anchor_in_article(self, quote: PageQuote, color: str) -> Mark | None:
        """The page's words found in their article's text (approximately when the print
        differs a little: hyphens, a word changed), or None."""
        article = self.reader.editions.article(quote.article_id)
        if article is None:
            return None
        text = article_text(article.html, article.title)
        anchor = find_quote(text, quote.quote)
        if anchor is None:
            found = locate(Text(text), Anchor(quote.quote, "", "", 0, 0))
            anchor = found.anchor if found is not None else None
        if anchor is None:
            return None
        return self.store.add(
            article.id, span=(anchor.start, anchor.end), color=color, page=quote.page
        )

    # -- the note dialog -------------------------------------------------------------------
    def open_note(self, highlight_id: str) -> NoteDialog | None:
        """Open the note dialog of a highlight (non-blocking)."""
        mark = self.store.get(highlight_id)
        if mark is None or self.dialog is not None:
            return None
        dialog = NoteDialog(mark.quote, mark.note, mark.color, mark.state, self.frame.as_widget())
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._on_dialog_finished(dialog, mark))
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: NoteDialog, mark: Mark) -> None:
        self.dialog = None
        dialog.deleteLater()
        try:
            if dialog.choice == SAVE:
                self.edits.edit(mark, dialog.note(), dialog.color())
            elif dialog.choice == DELETE:
                self.edits.remove_highlight(mark)
                self.frame.show_message(self.tr("Highlight deleted (Ctrl+Z to undo)."), 5000)
        except HighlightError as exc:
            self.frame.show_message(error_text(exc), 6000)
        if self.reader.in_reader() and self.reader.current_article is not None:
            self.reader.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing ----------------------------------------------------------------------
    def reveal(self, highlight_id: str) -> bool:
        """Open a highlight's article and scroll to it (orphaned: say why not)."""
        mark = self.store.get(highlight_id)
        if mark is None or not mark.article_id:
            return False
        if not self.reader.open_article(mark.article_id):
            return False
        self.reader.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.marks.reveal(highlight_id):
            return True
        self.frame.show_message(
            self.tr("This passage is not in the article's current revision: “%1”").replace(
                "%1", " ".join(mark.quote.split())[:120]
            ),
            8000,
        )
        return False

    # -- slots ---------------------------------------------------------------------------
    def _on_highlight_triggered(self) -> None:
        self.highlight()

    def _on_note_triggered(self) -> None:
        inside = None if self._page_shown() else self.marks.highlight_in_selection()
        if inside is not None:
            cursor = self.reader.article_view.textCursor()
            cursor.clearSelection()
            self.reader.article_view.setTextCursor(cursor)
            self.open_note(inside.id)
            return
        self.highlight(with_note=True)

    def _on_color_triggered(self, color: str) -> None:
        """Choosing a colour makes it the one H uses, and highlights a selection in it."""
        self.color = color
        if self.highlight_action.isEnabled():
            self.highlight(color)

    def _on_marks_clicked(self, highlight_id: str) -> None:
        self.open_note(highlight_id)

    def _on_reader_article_opened(self, _article_id: str) -> None:
        self.update_actions()

    def _on_edits_changed(self, _edition_id: str, article_id: str) -> None:
        if self.marks.article_id and article_id == self.marks.article_id:
            self.marks.reload()

    def library_changed(self, _change: object) -> None:
        """A revision re-anchored highlights: draw those of the article on screen again."""
        if self.marks.article_id:
            self.marks.reload()
        self.update_actions()
