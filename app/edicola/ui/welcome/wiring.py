"""The welcome view in the window: shown while the library is empty, gone once it is not.

The application object makes one and tells it of every ``libraryChanged``.
While the library holds no edition, the reader's home view has nothing to
show, so whenever it would come on screen the welcome view does instead (Esc,
Back, the first start); as soon as an edition arrives the reader takes its
place again, and when the last edition is removed the welcome view returns.
Its four actions are the File menu's: "Open edition…" (the frame's
``openEditionAction``, Ctrl+O), "Try the sample papers" (made here),
"Add a publisher's catalog…" (made here: the Newsstand and its dialog) and
"Follow news sites…" (the feeds' ``addFeedsAction``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from edicola.tasks.import_queue import ImportQueue
from edicola.ui.common.library_port import EditionReader
from edicola.ui.shell.seam import Frame
from edicola.ui.welcome.samples import SampleImport
from edicola.ui.welcome.view import WelcomeView


class WelcomeController(QObject):
    def __init__(
        self,
        frame: Frame,
        editions: EditionReader,
        imports: ImportQueue,
        *,
        in_reader: Callable[[], bool],
        open_edition: Callable[[str], bool],
        newsstand: QWidget,
        ask_for_catalog: Callable[[], None],
        add_feeds: QAction,
        samples_folder: Path,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self._editions = editions
        self._in_reader = in_reader
        window = frame.as_widget()
        self.samples = SampleImport(frame, imports, editions, open_edition, samples_folder)
        self.try_samples_action = QAction(self.tr("&Try the sample papers"), window)
        self.try_samples_action.setObjectName("trySamplesAction")
        self.add_catalog_action = QAction(self.tr("Add a publisher's &catalog…"), window)
        self.add_catalog_action.setObjectName("addCatalogAction")
        self.open_action = frame.commands["open_edition"]
        self.add_feeds_action = add_feeds
        for action in (self.try_samples_action, self.add_catalog_action, add_feeds):
            frame.add_menu_action("file", action, before="print")  # after "Open edition…"
        self.view = WelcomeView(
            [
                (self.try_samples_action, ""),
                (self.add_catalog_action, ""),
                (add_feeds, ""),
                (self.open_action, self.tr("Open an edition file…")),
            ],
            window,
        )
        frame.add_hidden_view(self.view)
        self.try_samples_action.triggered.connect(self._on_try_samples_triggered)
        self._newsstand = newsstand
        self._ask_for_catalog = ask_for_catalog
        self.add_catalog_action.triggered.connect(self._on_add_catalog_triggered)
        frame.viewChanged.connect(self._on_frame_view_changed)
        self.empty = False
        self.library_changed()

    def library_changed(self, _change: object = None) -> None:
        """The library changed (or the window was just made): come or go."""
        self.empty = not self._editions.editions(counted=False)
        on_screen = self.frame.current_view() is self.view
        if self.empty and (on_screen or self._in_reader()):
            self._show()
        elif not self.empty and on_screen:
            self.frame.show_view(None)

    def stop(self) -> None:
        """The application's shutdown: no sample import starts or goes on."""
        self.samples.stop()

    def _on_frame_view_changed(self) -> None:
        if self.empty and self._in_reader():
            self._show()  # an empty reader has nothing to show

    def _show(self) -> None:
        self.frame.show_view(self.view)
        self.view.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)  # Enter tries the samples

    def _on_add_catalog_triggered(self) -> None:
        self.frame.show_view(self._newsstand)  # where catalogs live
        self._ask_for_catalog()

    def _on_try_samples_triggered(self) -> None:
        self.samples.start()
