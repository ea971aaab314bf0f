"""Search-as-you-type in the reader: the search box, the worker and the results view.

The window knows nothing about searching; this controller connects the
frame's seams (``search_box``, ``add_view``) and the reader's ``open_article``
to a :class:`SearchWorker` and a :class:`SearchPanel`. Typing restarts a short
debounce timer; when it fires the query goes to the worker, and only the
newest query's results are shown. Down moves from the box into the results,
Enter on a result opens the article with the matched words highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from edicola.store.search_query import SearchPage
from edicola.ui.reader.controller import ReaderController
from edicola.ui.search.help import SearchHelpButton
from edicola.ui.search.highlight import hit_ranges
from edicola.ui.search.panel import SearchPanel
from edicola.ui.search.worker import RESULT_LIMIT, SearchWorker
from edicola.ui.shell.seam import Frame

DEBOUNCE_MS = 150


class SearchController(QObject):
    def __init__(
        self,
        frame: Frame,
        reader: ReaderController,
        worker: SearchWorker,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.worker = worker
        self.box = frame.search_box
        self.panel = SearchPanel(frame.as_widget())
        self.view_action = frame.add_view(self.panel, self.tr("Search results"))
        self.help_button = SearchHelpButton(frame.as_widget())
        frame.add_search_widget(self.help_button)
        self.page = SearchPage([], frozenset(), frozenset())
        self._enter_pending = False
        self._quiet: int | None = None  # a refresh's generation: update in place
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.box.textChanged.connect(self._on_box_text_changed)
        self.box.installEventFilter(self)
        worker.pageReady.connect(self._on_worker_page_ready)
        self.panel.articleChosen.connect(self._on_panel_article_chosen)
        self.panel.leaveRequested.connect(self._on_panel_leave_requested)

    # -- typing ----------------------------------------------------------------
    def _on_box_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.worker.cancel()
            self.panel.clear()
            if self.frame.current_view() is self.panel:
                self.frame.show_view(None)
            return
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.search_now()

    def search_now(self) -> int:
        """Send the box's text to the worker at once (Enter does this)."""
        self._timer.stop()
        return self.worker.submit(self.box.text())

    def refresh(self) -> None:
        """Search again (the library changed): results already shown are updated where
        they are, without bringing the results view to the front."""
        if not self.box.text().strip():
            return
        shown = self.panel.query == self.box.text() and not self._timer.isActive()
        generation = self.search_now()
        self._quiet = generation if shown else None

    def stop(self) -> None:
        """Stop the worker (the application is shutting down)."""
        self.worker.stop()

    def _on_worker_page_ready(self, generation: int, text: str, page: object) -> None:
        if not self.worker.is_current(generation) or not isinstance(page, SearchPage):
            return  # a newer query is on its way
        if text != self.box.text():
            return
        self.page = page
        self.panel.show_page(text, page, RESULT_LIMIT)
        if generation != self._quiet:
            self.frame.show_view(self.panel)
        if self._enter_pending:
            self._enter_pending = False
            self.panel.focus_results()

    # -- keys --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.box or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
            event.accept()
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        if key == Qt.Key.Key_Down:
            self._enter_results()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.box.text().strip():
                if self._timer.isActive() or self.panel.query != self.box.text():
                    self._enter_pending = True
                    self.search_now()
                else:
                    self._enter_results()
            return True
        if key == Qt.Key.Key_Escape:
            self._leave_box()
            return True
        return False

    def _enter_results(self) -> None:
        if self.panel.query == self.box.text() and self.panel.model.rowCount():
            self.frame.show_view(self.panel)
            self.panel.focus_results()
        elif self.box.text().strip():
            self._enter_pending = True
            if not self._timer.isActive():
                self.search_now()

    def _leave_box(self) -> None:
        """Esc in the box: back to the reader (results stay for Down/Enter)."""
        self._timer.stop()
        self._enter_pending = False
        self.worker.cancel()
        self.frame.show_view(None)
        self.reader.focus_reading()

    def _on_panel_leave_requested(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening -------------------------------------------------------------------
    def _on_panel_article_chosen(self, article_id: str) -> None:
        self.open_result(article_id)

    def open_result(self, article_id: str) -> int:
        """Open a result with the words the search matched highlighted; returns their count."""
        if not self.reader.open_article(article_id):
            return 0
        view = self.reader.article_view
        count = view.highlight_ranges(
            hit_ranges(view.toPlainText(), self.page.terms, self.page.prefixes)
        )
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return count
