"""The window's commands that are not navigation: print, export, copy link, find,
text size, theme, panels, settings and help.

A part of :class:`~edicola.ui.shell.main_window.MainWindow`, mixed in like
:mod:`edicola.ui.shell.navigation`; ``MainWindow._connect_signals`` connects
these slots.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from edicola.core.themes import LIGHT, theme
from edicola.ui.reader import article_page
from edicola.ui.reader.image_dialog import ImageDialog
from edicola.ui.reader.printing import export_pdf, print_with_dialog, printable_document
from edicola.ui.shell.preferences import TEXT_SIZE_DEFAULT
from edicola.ui.shell.settings_dialog import SettingsDialog, SettingsValues
from edicola.ui.shell.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from edicola.ui.shell.main_window import MainWindow


class WindowCommandSlots:
    """Slots of the File, Edit, View and Help menus."""

    def __init__(self, window: MainWindow) -> None:
        self._w = window

    def on_print_triggered(self) -> None:
        document = self._printable()
        if document is not None:
            print_with_dialog(document, self._w)

    def on_export_pdf_triggered(self) -> None:
        article = self._w.current_article
        if article is None:
            return
        suggested = str(Path.home() / f"{article.id.replace('/', '-')}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self._w, self._w.tr("Export as PDF"), suggested, self._w.tr("PDF documents (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> bool:
        document = self._printable()
        if document is None:
            return False
        export_pdf(document, path)
        self._w.statusBar().showMessage(self._w.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def _printable(self) -> QTextDocument | None:
        article = self._w.current_article
        if article is None:
            return None
        return printable_document(
            article_page.article_html(article),
            self._w._css(theme(LIGHT)),
            self._w._body_font(),
            self._w.article_view.page_images(),
        )

    def on_copy_link_triggered(self) -> None:
        article = self._w.current_article
        if article is not None:
            QGuiApplication.clipboard().setText(article.url)
            self._w.statusBar().showMessage(
                self._w.tr("Link copied: %1").replace("%1", article.url), 4000
            )

    def on_settings_triggered(self) -> None:
        values = SettingsValues(
            self._w._prefs.language,
            self._w._prefs.theme,
            self._w._prefs.text_size,
            self._w._prefs.line_spacing,
        )
        dialog = SettingsDialog(values, self._w)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.values()
        language_changed = chosen.language != self._w._prefs.language
        self._w._prefs.language = chosen.language
        self._w._prefs.text_size = chosen.text_size
        self._w._prefs.line_spacing = chosen.line_spacing
        self._w.set_theme(chosen.theme)
        if language_changed:
            self._w.statusBar().showMessage(
                self._w.tr("The new language will be used when Edicola restarts."), 8000
            )

    def on_find_triggered(self) -> None:
        if self._w.current_article is not None:
            self._w.find_bar.open_bar()

    def on_search_triggered(self) -> None:
        self._w.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._w.search_box.selectAll()

    def on_escape_triggered(self) -> None:
        if self._w.find_bar.isVisible():
            self._w.find_bar.close_bar()
        elif self._w.isFullScreen():
            self._w.commands["full_screen"].setChecked(False)
        elif self._w.view_stack.currentWidget() is not self._w.main_splitter:
            self._w.show_view(None)
        else:
            self._focus_reader()

    def _focus_reader(self) -> None:
        if self._w.reader_stack.currentWidget() is self._w.front_page:
            self._w.front_page.setFocus()
        else:
            self._w.article_view.setFocus()

    def on_text_larger_triggered(self) -> None:
        self._w.set_text_size(self._w._prefs.text_size + 1)

    def on_text_smaller_triggered(self) -> None:
        self._w.set_text_size(self._w._prefs.text_size - 1)

    def on_text_reset_triggered(self) -> None:
        self._w.set_text_size(TEXT_SIZE_DEFAULT)

    def on_library_panel_toggled(self, visible: bool) -> None:
        self._w.library_tree.setVisible(visible)

    def on_full_screen_toggled(self, full: bool) -> None:
        if full:
            self._w.showFullScreen()
        else:
            self._w.showNormal()

    def on_shortcuts_triggered(self) -> None:
        ShortcutsDialog(self._w).exec()

    def on_about_triggered(self) -> None:
        QMessageBox.about(
            self._w,
            self._w.tr("About Edicola"),
            self._w.tr(
                "Edicola — a digital newsstand. Editions are read offline from your library."
            ),
        )

    def on_browser_image_requested(self, edition_id: str, path: str) -> None:
        found = self._w._editions.image(edition_id, path)
        if found is None:
            return
        dialog = ImageDialog.from_data(found[0], path.rsplit("/", 1)[-1], self._w)
        dialog.open()

    def on_find_bar_search_changed(self, text: str) -> None:
        total = self._w.article_view.find_all(text)
        self._w.find_bar.show_count(self._w.article_view.current_match(), total)

    def on_find_bar_step_requested(self, backward: bool) -> None:
        current = self._w.article_view.find_step(backward)
        self._w.find_bar.show_count(current, self._w.article_view.match_count())

    def on_find_bar_closed(self) -> None:
        self._w.article_view.clear_find()
        self._w.article_view.setFocus()

    def on_style_hints_changed(self, _scheme: object) -> None:
        if self._w._prefs.theme == "system":
            self._w._apply_theme()
