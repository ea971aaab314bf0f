"""``edicola FILE.edicola``: the reader imports the bundle off the GUI thread, with
progress, and shows its front page; a bad file gets one line, not a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from edicola.core.bundle.edition_source import build_edition
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source
from edicola.ui.app import EdicolaApp
from edicola.ui.shell.application import run_reader
from edicola.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
# A watchdog only: a run that reaches it has failed (nothing was seen), so it never
# decides a pass.
WATCHDOG_MS = 60_000


def _close_after(window: MainWindow, ms: int) -> None:
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(window.close)
    timer.start(ms)


def test_bundle_is_imported_with_progress_and_its_front_page_shown(
    qapp: QApplication, tmp_path: Path
) -> None:
    bundle = build_edition(make_edition_source(tmp_path / "source"), tmp_path).path
    library_dir = tmp_path / "lib"
    seen: list[tuple[str, bool, bool]] = []
    progress: list[bool] = []

    def on_shown(app: EdicolaApp) -> None:
        window, reader = app.window, app.reader
        progress.append(window.findChild(QProgressDialog, "openBundleProgress") is not None)

        def on_opened(edition_id: str) -> None:
            front = reader.reader_stack.currentWidget() is reader.front_page
            seen.append((edition_id, front, window.isVisible()))
            window.close()

        reader.editionOpened.connect(on_opened)
        _close_after(window, WATCHDOG_MS)

    assert run_reader(library_dir, on_shown=on_shown, open_bundle=bundle) == 0
    assert progress == [True]
    assert seen == [("gazzetta-2026-05-04", True, True)]
    library = Library.open(library_dir)
    try:
        assert [e.id for e in library.editions.editions()] == ["gazzetta-2026-05-04"]
    finally:
        library.close()


def test_a_bad_file_is_reported_in_one_line(qapp: QApplication, tmp_path: Path) -> None:
    bad = tmp_path / "broken.edicola"
    bad.write_bytes(b"this is not a zip archive")
    messages: list[str] = []

    def on_shown(app: EdicolaApp) -> None:
        window = app.window

        def on_message(text: str) -> None:
            if text and not messages:
                messages.append(text)
                window.close()

        window.statusBar().messageChanged.connect(on_message)
        _close_after(window, WATCHDOG_MS)

    assert run_reader(tmp_path / "lib", on_shown=on_shown, open_bundle=bad) == 0
    [message] = messages
    assert message.startswith("Cannot open broken.edicola: ") and "\n" not in message
