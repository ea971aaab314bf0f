"""The reader's commands that are not navigation: print, export, copy link, find,
text size, the library panel, Esc, and pictures opened from a page.

Connected in ``_connect_signals`` to the frame's command table and the
reader's widgets; the slots call the
:class:`~edicola.ui.reader.controller.ReaderController` and speak through the
frame. The strings keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from edicola.ui.reader.controller import ReaderController
from edicola.ui.reader.image_dialog import ImageDialog
from edicola.ui.reader.navigation import ReaderNavigation
from edicola.ui.reader.panel_fold import PanelFold
from edicola.ui.shell.preferences import TEXT_SIZE_DEFAULT
from edicola.ui.shell.seam import Frame


class ReaderCommands(QObject):
    """Slots of the File, Edit and View menus that act on what is being read."""

    def __init__(self, frame: Frame, reader: ReaderController) -> None:
        super().__init__(reader)
        self._frame = frame
        self._r = reader
        self.navigation = ReaderNavigation(reader, frame.commands)
        self._connect_signals()
        self.fold = PanelFold(
            reader.main_splitter, reader.library_tree, frame.commands["library_panel"]
        )

    def _connect_signals(self) -> None:
        a, r = self._frame.commands, self._r
        a["print"].triggered.connect(self.on_print_triggered)
        a["export_pdf"].triggered.connect(self.on_export_pdf_triggered)
        a["copy_link"].triggered.connect(self.on_copy_link_triggered)
        a["find"].triggered.connect(self.on_find_triggered)
        a["escape"].triggered.connect(self.on_escape_triggered)
        a["text_larger"].triggered.connect(self.on_text_larger_triggered)
        a["text_smaller"].triggered.connect(self.on_text_smaller_triggered)
        a["text_reset"].triggered.connect(self.on_text_reset_triggered)
        a["library_panel"].toggled.connect(self.on_library_panel_toggled)
        for browser in (r.front_page, r.article_view):
            browser.imageRequested.connect(self.on_browser_image_requested)
        r.find_bar.searchChanged.connect(self.on_find_bar_search_changed)
        r.find_bar.stepRequested.connect(self.on_find_bar_step_requested)
        r.find_bar.closed.connect(self.on_find_bar_closed)

    def on_print_triggered(self) -> None:
        document = self._r.printable()
        if document is not None:
            from edicola.ui.reader.printing import print_with_dialog  # Qt's print support

            print_with_dialog(document, self._frame.as_widget())

    def on_export_pdf_triggered(self) -> None:
        article = self._r.current_article
        if article is None:
            return
        suggested = str(Path.home() / f"{article.id.replace('/', '-')}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self._frame.as_widget(),
            QCoreApplication.translate("MainWindow", "Export as PDF"),
            suggested,
            QCoreApplication.translate("MainWindow", "PDF documents (*.pdf)"),
        )
        if path:
            self._r.export_pdf(Path(path))

    def on_copy_link_triggered(self) -> None:
        article = self._r.current_article
        if article is not None:
            QGuiApplication.clipboard().setText(article.url)
            self._frame.show_message(
                QCoreApplication.translate("MainWindow", "Link copied: %1").replace(
                    "%1", article.url
                ),
                4000,
            )

    def on_find_triggered(self) -> None:
        if self._r.current_article is not None:
            self._r.find_bar.open_bar()

    def on_escape_triggered(self) -> None:
        frame = self._frame
        if self._r.find_bar.isVisible():
            self._r.find_bar.close_bar()
        elif frame.as_widget().isFullScreen():
            frame.commands["full_screen"].setChecked(False)
        elif not self._r.in_reader():
            frame.show_view(None)
        elif self._r.reader_stack.currentWidget() is self._r.front_page:
            self._r.front_page.setFocus()
        else:
            self._r.article_view.setFocus()

    def on_text_larger_triggered(self) -> None:
        self._r.set_text_size(self._r.preferences.text_size + 1)

    def on_text_smaller_triggered(self) -> None:
        self._r.set_text_size(self._r.preferences.text_size - 1)

    def on_text_reset_triggered(self) -> None:
        self._r.set_text_size(TEXT_SIZE_DEFAULT)

    def on_library_panel_toggled(self, visible: bool) -> None:
        self._r.library_tree.setVisible(visible)

    def on_browser_image_requested(self, edition_id: str, path: str) -> None:
        found = self._r.editions.image(edition_id, path)
        if found is None:
            return
        name = path.rsplit("/", 1)[-1]
        dialog = ImageDialog.from_data(found[0], name, self._frame.as_widget())
        dialog.open()

    def on_find_bar_search_changed(self, text: str) -> None:
        view = self._r.article_view
        total = view.find_all(text)
        self._r.find_bar.show_count(view.current_match(), total)

    def on_find_bar_step_requested(self, backward: bool) -> None:
        view = self._r.article_view
        current = view.find_step(backward)
        self._r.find_bar.show_count(current, view.match_count())

    def on_find_bar_closed(self) -> None:
        self._r.article_view.clear_find()
        self._r.article_view.setFocus()
