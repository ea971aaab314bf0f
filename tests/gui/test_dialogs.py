"""Settings, shortcuts help and the reader's start-up, without blocking dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.core import jail
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.shell.actions import SPECS
from edicola.ui.shell.application import run_reader
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.settings_dialog import SettingsDialog, SettingsValues
from edicola.ui.shell.shortcuts_dialog import ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")


def test_shortcuts_dialog_lists_every_shortcut(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    keys = [keys for keys, _action in dialog.rows()]
    assert len(keys) == sum(1 for s in SPECS if s.shortcuts)
    assert dialog.groups()[:3] == ["Reading", "Finding", "Text and screen"]  # by task
    joined = " ".join(keys)
    for key in ("J", "K", "Space", "[", "]", "Ctrl+F", "Ctrl+L", "F11", "F1", "Ctrl+D"):
        assert key in joined


def test_settings_dialog_round_trip(qtbot: QtBot) -> None:
    values = SettingsValues(language="it", theme="sepia", text_size=17, line_spacing=170)
    dialog = SettingsDialog(values)
    qtbot.addWidget(dialog)
    assert dialog.values() == values
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setValue(12)
    assert dialog.values().theme == "dark"
    assert dialog.values().text_size == 12


def test_run_reader_opens_and_closes(
    qapp: QApplication, qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    folder = sample_library.folder
    sample_library.close()
    shown: list[EdicolaApp] = []

    warm: list[list[int]] = []

    def close_when_shown(app: EdicolaApp) -> None:
        shown.append(app)
        # The front page needs no worker: none is started before the first paint
        # (issue 21), one is warm once the rest is built, before the first article
        # is opened (issue 19).
        warm.append(jail.live_workers())
        qtbot.waitUntil(lambda: app.rest_built)
        warm.append(jail.live_workers())
        QTimer.singleShot(0, app.window.close)

    hook = sys.excepthook
    jail.shutdown()  # building the sample library left a worker
    assert run_reader(folder, on_shown=close_when_shown) == 0
    assert shown
    assert warm and warm[0] == [], "a jail worker started before the first paint"
    assert warm[1], "no warm worker in the jail once the window had painted"
    assert jail.live_workers() == []  # the app's shutdown ended them: no child left
    assert sys.excepthook is hook
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
