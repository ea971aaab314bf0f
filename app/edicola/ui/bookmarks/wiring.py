"""Bookmarks, the *Highlights and bookmarks* view and reading history in the reader.

Connects the frame's ``bookmark`` command (Ctrl+D, also a tool-bar toggle)
to a note dialog and the bookmark store, adds the *Highlights and bookmarks*
view (Ctrl+B: highlights and bookmarks are one family), the Recently read
view, and the File menu's bookmark export and import. Bookmarks are saved
with the article's current scroll position and reopen there; a highlight
opens its article scrolled to it, one made on a page alone opens the page.
The view's removals go through :class:`~edicola.ui.common.mark_edits.MarkEdits`
(Ctrl+Z takes them back); its exports write what it lists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox

from edicola.core.annotations.marks import HIGHLIGHT
from edicola.store.bookmarks import BookmarkError, BookmarkStore, MergeResult
from edicola.store.marks import MarkList, MarkSummary
from edicola.store.reading_state import ReadingStateStore
from edicola.ui.bookmarks.dialog import CANCEL, REMOVE, SAVE, BookmarkDialog
from edicola.ui.bookmarks.history_view import HistoryView
from edicola.ui.bookmarks.mark_export import MARKDOWN, SUFFIXES, write_marks
from edicola.ui.bookmarks.view import BookmarksView
from edicola.ui.common.mark_edits import MarkEdits
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.commands import apply_icons
from edicola.ui.shell.seam import Frame

HTML_SUFFIXES = (".html", ".htm")


class BookmarkController(QObject):
    def __init__(
        self,
        frame: Frame,
        reader: ReaderController,
        store: BookmarkStore,
        reading: ReadingStateStore,
        marks: MarkList,
        edits: MarkEdits,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.store = store
        self.edits = edits
        self.dialog: BookmarkDialog | None = None
        self.last_error = ""
        self.action: QAction = frame.commands["bookmark"]
        self._icon_key: tuple[bool, int] | None = None
        self.action.setCheckable(True)
        self._add_to_toolbar()
        self.view = BookmarksView(marks, frame.as_widget())
        self.view_action = frame.add_view(self.view, self.tr("Highlights and bookmarks"), "Ctrl+B")
        frame.add_menu_action("bookmarks", self.view_action)
        self.history = HistoryView(reading, frame.as_widget())
        self.history_action = frame.add_view(self.history, self.tr("Recently read"), "Ctrl+H")
        frame.add_menu_separator("go")
        frame.add_menu_action("go", self.history_action)
        self._add_file_actions()
        self.action.triggered.connect(self._on_action_triggered)
        reader.articleOpened.connect(self._on_reader_article_opened)
        reader.editionOpened.connect(self._on_reader_article_opened)  # no article now
        frame.viewChanged.connect(self._on_frame_view_changed)
        self.view.markChosen.connect(self._on_view_mark_chosen)
        self.view.unavailableChosen.connect(self._on_view_unavailable_chosen)
        self.view.removeRequested.connect(self._on_view_remove_requested)
        self.view.exportRequested.connect(self._on_view_export_requested)
        edits.changed.connect(self._on_edits_changed)
        self.history.openRequested.connect(self._on_history_open_requested)
        self.sync()

    def _add_to_toolbar(self) -> None:
        button = self.frame.add_tool_bar_action(self.action)
        button.setObjectName("toolButton_bookmark")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button = button

    def _add_file_actions(self) -> None:
        self.export_action = QAction(self.tr("E&xport bookmarks…"), self.frame.as_widget())
        self.export_action.setObjectName("action_export_bookmarks")
        self.import_action = QAction(self.tr("&Import bookmarks…"), self.frame.as_widget())
        self.import_action.setObjectName("action_import_bookmarks")
        self.frame.add_menu_action("file", self.export_action, before="settings")
        self.frame.add_menu_action("file", self.import_action, before="settings")
        self.frame.add_menu_separator("file", before="settings")
        self.export_action.triggered.connect(self._on_export_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)

    # -- the toggle ------------------------------------------------------------------
    def sync(self) -> None:
        """Show whether the article on screen is bookmarked."""
        article = self.reader.current_article
        marked = article is not None and self.store.contains(article.id)
        self.action.setChecked(marked)
        self.action.setIconText(self.tr("Bookmarked") if marked else self.tr("Bookmark"))
        palette = self.frame.as_widget().palette()
        # Drawing the icon renders four SVG pixmaps: only when its state or colour changed.
        key = (marked, palette.color(QPalette.ColorRole.ButtonText).rgba())
        if key != self._icon_key:
            self._icon_key = key
            apply_icons({"bookmark": self.action}, palette)
        label = self.tr("Edit bookmark") if marked else self.tr("Bookmark this article")
        self.button.setAccessibleName(label)
        self.action.setToolTip(f"{label} (Ctrl+D)")

    def _on_action_triggered(self) -> None:
        self.request()

    def request(self) -> BookmarkDialog | None:
        """Open the note dialog for the article on screen (non-blocking)."""
        self.sync()  # the action toggled itself; the store decides
        article = self.reader.current_article
        if article is None or self.dialog is not None:
            return None
        existing = self.store.get(article.id)
        self.dialog = BookmarkDialog(
            article.title,
            existing.note if existing else "",
            existing is not None,
            self.frame.as_widget(),
        )
        dialog, article_id = self.dialog, article.id
        position = self.reader.article_view.scroll_fraction()
        dialog.finished.connect(
            lambda _code: self._on_dialog_finished(dialog, article_id, position)
        )
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: BookmarkDialog, article_id: str, position: float) -> None:
        self.dialog = None
        dialog.deleteLater()
        if dialog.choice == SAVE:
            self.bookmark(article_id, dialog.note(), position)
        elif dialog.choice == REMOVE:
            self.store.remove(article_id)
            self.frame.show_message(self.tr("Bookmark removed."), 4000)
        elif dialog.choice == CANCEL:
            pass
        self.sync()
        if self.reader.current_article is not None:
            self.reader.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def bookmark(self, article_id: str, note: str, position: float) -> bool:
        try:
            self.store.add(article_id, note, position)
        except (BookmarkError, ValueError) as exc:
            self.frame.show_message(str(exc), 6000)
            return False
        self.frame.show_message(self.tr("Bookmarked."), 4000)
        self.sync()
        return True

    # -- views ----------------------------------------------------------------------
    def library_changed(self, _change: object) -> None:
        """Editions came or went: the toggle, and the list on screen, say so."""
        current = self.frame.current_view()
        if current is self.view:
            self.view.reload()
        elif current is self.history:
            self.history.reload()
        self.sync()

    def _on_reader_article_opened(self, _article_id: str) -> None:
        self.sync()

    def _on_frame_view_changed(self) -> None:
        current = self.frame.current_view()
        if current is self.view:
            self.view.reload()
            self.view.focus_list()
        elif current is self.history:
            self.history.reload()
            self.history.focus_list()
        else:
            self.sync()

    def _on_view_mark_chosen(self, mark: MarkSummary) -> None:
        """A bookmark opens where it was left; a highlight in its article, scrolled to
        it (the highlights feature does that); one on a page alone, on the page."""
        if mark.kind == HIGHLIGHT and not mark.article_id:
            self.edits.pageRequested.emit(mark.edition_id, mark.page or 1)
        elif mark.kind == HIGHLIGHT:
            self.edits.revealRequested.emit(mark.id)
        else:
            bookmark = self.store.get(mark.article_id)
            position = bookmark.position if bookmark is not None else None
            if self.reader.open_article(mark.article_id, position=position):
                self.reader.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_view_remove_requested(self, mark: MarkSummary) -> None:
        if mark.kind == HIGHLIGHT:
            found = self.edits.highlights.get(mark.id)
            if found is not None:
                self.edits.remove_highlight(found)
        else:
            bookmark = self.store.get(mark.article_id)
            if bookmark is not None:
                self.edits.remove_bookmark(bookmark)
        self.frame.show_message(self.tr("Removed (Ctrl+Z to undo)."), 4000)

    def _on_edits_changed(self, _edition_id: str, _article_id: str) -> None:
        if self.frame.current_view() is self.view:
            self.view.reload()
        self.sync()

    def _on_view_export_requested(self, fmt: str) -> None:
        parent = self.frame.as_widget()
        if fmt == MARKDOWN:
            chosen = QFileDialog.getExistingDirectory(
                parent, self.tr("Export as Markdown into a folder"), str(Path.home())
            )
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                parent,
                self.tr("Export highlights and bookmarks"),
                str(Path.home() / f"edicola-highlights{SUFFIXES[fmt]}"),
            )
        if chosen:
            self.export_marks(fmt, Path(chosen))

    def export_marks(self, fmt: str, target: Path) -> int | None:
        """Write what the view lists as ``fmt`` to ``target``; how many, None on failure."""
        try:
            count = write_marks(self.view.model.marks, fmt, target, self.view.filters())
        except OSError as exc:
            self._warn(
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        self.frame.show_message(
            self.tr("%n mark(s) exported to %1", "", count).replace("%1", str(target)), 6000
        )
        return count

    def _on_view_unavailable_chosen(self, _article_id: str) -> None:
        self.frame.show_message(self.tr("This article is no longer in the library."), 5000)

    def _on_history_open_requested(self, article_id: str) -> None:
        if self.reader.open_article(article_id):
            self.reader.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- export and import ---------------------------------------------------------------
    def _filters(self) -> str:
        return ";;".join(
            (
                self.tr("Edicola bookmarks (*.json)"),
                self.tr("Browser bookmarks (*.html *.htm)"),
            )
        )

    def _on_export_triggered(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.frame.as_widget(),
            self.tr("Export bookmarks"),
            str(Path.home() / "edicola-bookmarks.json"),
            self._filters(),
        )
        if path:
            target = Path(path)
            if not target.suffix and "html" in chosen:
                target = target.with_suffix(".html")
            self.export_to(target)

    def export_to(self, path: Path) -> bool:
        """Write every bookmark: Netscape HTML for ``.html``/``.htm``, else JSON."""
        as_html = path.suffix.lower() in HTML_SUFFIXES
        text = self.store.export_html() if as_html else self.store.export_json()
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self._warn(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        self.frame.show_message(self.tr("Bookmarks exported to %1").replace("%1", str(path)), 5000)
        return True

    def _on_import_triggered(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self.frame.as_widget(), self.tr("Import bookmarks"), str(Path.home()), self._filters()
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> MergeResult | None:
        """Merge a JSON or Netscape HTML bookmarks file; problems get one line."""
        try:
            text = path.read_text(encoding="utf-8")
            if path.suffix.lower() in HTML_SUFFIXES:
                result = self.store.import_html(text, source=path.name)
            else:
                result = self.store.import_json(text, source=path.name)
        except (OSError, UnicodeDecodeError) as exc:
            self._warn(
                self.tr("Could not read %1: %2").replace("%1", path.name).replace("%2", str(exc))
            )
            return None
        except BookmarkError as exc:
            self._warn(str(exc))
            return None
        self.frame.show_message(
            self.tr("Bookmarks imported: %n added", "", result.added)
            + ", "
            + self.tr("%n updated", "", result.updated)
            + ", "
            + self.tr("%n unchanged", "", result.unchanged)
            + ", "
            + self.tr("%n skipped", "", result.skipped),
            8000,
        )
        if self.frame.current_view() is self.view:
            self.view.reload()
        self.sync()
        return result

    def _warn(self, message: str) -> None:
        self.last_error = message
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Bookmarks"),
            message,
            QMessageBox.StandardButton.Ok,
            self.frame.as_widget(),
        )
        box.setObjectName("bookmarksWarning")
        box.open()
