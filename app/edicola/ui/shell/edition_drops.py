"""Edition files dragged onto the window: each is opened as ``edicola FILE`` would.

An event filter on the window (the frame stays free of it): a drag that
carries local files is accepted anywhere a widget does not take it itself,
and on the drop every bundle goes to the opener, which imports them one
after another through the application's import queue. Dropped files fail
quietly (a line in the status bar, no message box per file), and files that
are not bundles at all are named together in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

SUFFIX = ".edicola"
_ZIP = b"PK\x03\x04"


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (folders and remote URLs left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if not path.is_dir()]


def looks_like_bundle(path: Path) -> bool:
    """Named ``*.edicola``, or a zip file under another name (the import checks the rest)."""
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with path.open("rb") as file:
            return file.read(4) == _ZIP
    except OSError:
        return False


class EditionDrops(QObject):
    """Accepts files dropped on ``window``; ``open_file(path, quiet)`` opens a bundle,
    ``say(line)`` reports the files that are not editions."""

    def __init__(
        self,
        window: QWidget,
        open_file: Callable[[Path, bool], None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._open = open_file
        self._say = say
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = dropped_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.drop(files)
                return True
        return super().eventFilter(watched, event)

    def drop(self, files: list[Path]) -> None:
        """Open the bundles among ``files``; name the others in one line."""
        others = [path.name for path in files if not looks_like_bundle(path)]
        for path in files:
            if looks_like_bundle(path):
                self._open(path, True)
        if others:
            self._say(
                QCoreApplication.translate(
                    "EditionDrops", "Not an edition (a .edicola file): %1"
                ).replace("%1", ", ".join(others))
            )
