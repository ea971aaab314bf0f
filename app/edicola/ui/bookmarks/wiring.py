"""Bookmarks and reading history in the reader window.

Connects the window's ``bookmark`` command (Ctrl+D, also a tool-bar toggle)
to a note dialog and the bookmark store, adds the Bookmarks and Recently
read views, and the File menu's bookmark export and import. Bookmarks are
saved with the article's current scroll position and reopen there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from edicola.store.bookmarks import BookmarkError, BookmarkStore, MergeResult
from edicola.store.reading_state import ReadingStateStore
from edicola.ui.bookmarks.dialog import CANCEL, REMOVE, SAVE, BookmarkDialog
from edicola.ui.bookmarks.history_view import HistoryView
from edicola.ui.bookmarks.view import BookmarksView
from edicola.ui.shell.commands import apply_icons
from edicola.ui.shell.main_window import MainWindow

HTML_SUFFIXES = (".html", ".htm")


class BookmarkController(QObject):
    def __init__(
        self, window: MainWindow, store: BookmarkStore, reading: ReadingStateStore
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.dialog: BookmarkDialog | None = None
        self.last_error = ""
        self.action: QAction = window.commands["bookmark"]
        self.action.setCheckable(True)
        self._add_to_toolbar()
        self.view = BookmarksView(store, window)
        self.view_action = window.add_view(self.view, self.tr("Bookmarks"), "Ctrl+B")
        window.menus["bookmarks"].addAction(self.view_action)
        self.history = HistoryView(reading, window)
        self.history_action = window.add_view(self.history, self.tr("Recently read"), "Ctrl+H")
        window.menus["go"].addSeparator()
        window.menus["go"].addAction(self.history_action)
        self._add_file_actions()
        self.action.triggered.connect(self._on_action_triggered)
        window.articleOpened.connect(self._on_window_article_opened)
        window.view_stack.currentChanged.connect(self._on_view_stack_current_changed)
        self.view.openRequested.connect(self._on_view_open_requested)
        self.view.unavailableChosen.connect(self._on_view_unavailable_chosen)
        self.history.openRequested.connect(self._on_history_open_requested)
        self.sync()

    def _add_to_toolbar(self) -> None:
        toolbar = self.window.nav_toolbar
        toolbar.addAction(self.action)
        button = toolbar.widgetForAction(self.action)
        button.setObjectName("toolButton_bookmark")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button = button

    def _add_file_actions(self) -> None:
        menu = self.window.menus["file"]
        before = self.window.commands["settings"]
        self.export_action = QAction(self.tr("E&xport bookmarks…"), self.window)
        self.export_action.setObjectName("action_export_bookmarks")
        self.import_action = QAction(self.tr("&Import bookmarks…"), self.window)
        self.import_action.setObjectName("action_import_bookmarks")
        menu.insertAction(before, self.export_action)
        menu.insertAction(before, self.import_action)
        menu.insertSeparator(before)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)

    # -- the toggle ------------------------------------------------------------------
    def sync(self) -> None:
        """Show whether the article on screen is bookmarked."""
        article = self.window.current_article
        marked = article is not None and self.store.contains(article.id)
        self.action.setChecked(marked)
        self.action.setIconText(self.tr("Bookmarked") if marked else self.tr("Bookmark"))
        apply_icons({"bookmark": self.action}, self.window.palette())
        label = self.tr("Edit bookmark") if marked else self.tr("Bookmark this article")
        self.button.setAccessibleName(label)
        self.action.setToolTip(f"{label} (Ctrl+D)")

    def _on_action_triggered(self) -> None:
        self.request()

    def request(self) -> BookmarkDialog | None:
        """Open the note dialog for the article on screen (non-blocking)."""
        self.sync()  # the action toggled itself; the store decides
        article = self.window.current_article
        if article is None or self.dialog is not None:
            return None
        existing = self.store.get(article.id)
        self.dialog = BookmarkDialog(
            article.title, existing.note if existing else "", existing is not None, self.window
        )
        dialog, article_id = self.dialog, article.id
        position = self.window.article_view.scroll_fraction()
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
            self.window.statusBar().showMessage(self.tr("Bookmark removed."), 4000)
        elif dialog.choice == CANCEL:
            pass
        self.sync()
        if self.window.current_article is not None:
            self.window.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def bookmark(self, article_id: str, note: str, position: float) -> bool:
        try:
            self.store.add(article_id, note, position)
        except (BookmarkError, ValueError) as exc:
            self.window.statusBar().showMessage(str(exc), 6000)
            return False
        self.window.statusBar().showMessage(self.tr("Bookmarked."), 4000)
        self.sync()
        return True

    # -- views ----------------------------------------------------------------------
    def _on_window_article_opened(self, _article_id: str) -> None:
        self.sync()

    def _on_view_stack_current_changed(self, _index: int) -> None:
        current = self.window.view_stack.currentWidget()
        if current is self.view:
            self.view.reload()
            self.view.focus_list()
        elif current is self.history:
            self.history.reload()
            self.history.focus_list()
        else:
            self.sync()

    def _on_view_open_requested(self, article_id: str, position: float) -> None:
        if self.window.open_article(article_id, position=position):
            self.window.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_view_unavailable_chosen(self, _article_id: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("This article is no longer in the library."), 5000
        )

    def _on_history_open_requested(self, article_id: str) -> None:
        if self.window.open_article(article_id):
            self.window.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

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
            self.window,
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
        self.window.statusBar().showMessage(
            self.tr("Bookmarks exported to %1").replace("%1", str(path)), 5000
        )
        return True

    def _on_import_triggered(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self.window, self.tr("Import bookmarks"), str(Path.home()), self._filters()
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
        self.window.statusBar().showMessage(
            self.tr("Bookmarks imported: %n added", "", result.added)
            + ", "
            + self.tr("%n updated", "", result.updated)
            + ", "
            + self.tr("%n unchanged", "", result.unchanged)
            + ", "
            + self.tr("%n skipped", "", result.skipped),
            8000,
        )
        if self.window.view_stack.currentWidget() is self.view:
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
            self.window,
        )
        box.setObjectName("bookmarksWarning")
        box.open()
