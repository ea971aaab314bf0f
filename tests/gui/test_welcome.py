"""The first day (issue 27): on an empty library the reader shows the welcome view, whose
four actions each fill the library or lead to where it is filled; editions dropped on
the window or chosen with Ctrl+O are imported through the one import queue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from edicola.core.bundle.samples import build_samples
from edicola.paths import EDITIONS
from edicola.ui.app import EdicolaApp
from edicola.ui.feeds.dialog import AddFeedsDialog
from edicola.ui.newsstand.dialogs import AddCatalogDialog

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
ACTIONS = ("trySamplesAction", "addCatalogAction", "addFeedsAction", "openEditionAction")
HANG_GUARD_MS = 30_000  # timing-ok: hang guard, an import of six samples takes ~1 s


@pytest.fixture
def bundles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return build_samples(tmp_path_factory.mktemp("bundles"))


def _action(app: EdicolaApp, name: str) -> QAction:
    action = app.window.findChild(QAction, name)
    assert action is not None, name
    return action


def _on_screen(app: EdicolaApp) -> str:
    view = app.window.view_stack.currentWidget()
    return view.objectName() if view is not None else ""


def _when_modal(check: Callable[[QWidget], None]) -> None:
    """Run ``check`` on the modal dialog once it is up (it closes it)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)  # timing-ok: polls for the dialog; decides nothing
            return
        check(dialog)

    QTimer.singleShot(0, look)


def test_an_empty_library_opens_on_the_welcome_view_with_four_actions(
    empty_library_app: EdicolaApp, qtbot: QtBot
) -> None:
    app = empty_library_app
    assert _on_screen(app) == "welcomeView"
    file_menu = app.window.menus["file"].actions()
    for name in ACTIONS:
        action = _action(app, name)
        assert action in file_menu, name  # the same actions are in the menus
        button = app.welcome.view.findChild(QPushButton, f"welcome_{name}")
        assert button is not None and button.isEnabled(), name
    assert _action(app, "openEditionAction").shortcut().toString() == "Ctrl+O"
    # Nothing to print or export: no article is on screen.
    assert not app.window.commands["print"].isEnabled()
    assert not app.window.commands["export_pdf"].isEnabled()
    # Esc, Back or another view's way home lead back here while the library is empty.
    app.window.show_view(app.newsstand.view)
    app.window.commands["escape"].trigger()
    assert _on_screen(app) == "welcomeView"


def test_try_the_sample_papers_imports_them_and_opens_the_newest_front_page(
    empty_library_app: EdicolaApp, qtbot: QtBot
) -> None:
    app = empty_library_app
    button = app.welcome.view.findChild(QPushButton, "welcome_trySamplesAction")
    assert button is not None
    changes: list[object] = []
    app.imports.libraryChanged.connect(changes.append)
    with qtbot.waitSignal(app.welcome.samples.finished, timeout=HANG_GUARD_MS) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert app.window.findChild(QWidget, "samplesProgress") is not None
    edition_id = finished.args[0]
    editions = app.library.editions.editions()
    shipped = len(list(EDITIONS.rglob("edition.json")))
    assert len(editions) == shipped and len(changes) == shipped  # a libraryChanged each
    # The newest day's edition opens; of two as new, the one in the reader's language.
    newest = max(e.date for e in editions)
    opened = next(e for e in editions if e.id == edition_id)
    assert opened.date == newest
    if any(e.date == newest and e.language == "en" for e in editions):
        assert opened.language == "en"
    assert app.reader.current_edition is not None
    assert app.reader.current_edition.id == edition_id
    assert app.reader.reader_stack.currentWidget() is app.reader.front_page
    assert app.reader.in_reader() and _on_screen(app) != "welcomeView"
    assert not (app.library.folder / "cache" / "samples").exists()  # the built bundles went


def test_the_welcome_view_comes_back_when_the_library_is_empty_again(
    empty_library_app: EdicolaApp, qtbot: QtBot, bundles: list[Path]
) -> None:
    app = empty_library_app
    with qtbot.waitSignal(app.opener.opened, timeout=HANG_GUARD_MS):
        app.opener.open(bundles[0])
    assert app.reader.in_reader()
    edition_ids = [e.id for e in app.library.editions.editions()]
    with qtbot.waitSignal(app.imports.libraryChanged, timeout=HANG_GUARD_MS):
        app.imports.submit_removal(edition_ids, lambda _outcome: None)
    assert _on_screen(app) == "welcomeView"


def test_add_a_publishers_catalog_shows_the_newsstand_and_its_dialog(
    empty_library_app: EdicolaApp, qtbot: QtBot
) -> None:
    app = empty_library_app
    seen: list[str] = []

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, AddCatalogDialog)
        seen.append(dialog.example.text())
        dialog.reject()

    _when_modal(check)
    button = app.welcome.view.findChild(QPushButton, "welcome_addCatalogAction")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["For example: https://news.example/catalog.json"]
    assert app.window.view_stack.currentWidget() is app.newsstand.view


def test_follow_news_sites_opens_the_add_feeds_dialog(
    empty_library_app: EdicolaApp, qtbot: QtBot
) -> None:
    app = empty_library_app
    seen: list[str] = []

    def check(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    _when_modal(check)
    button = app.welcome.view.findChild(QPushButton, "welcome_addFeedsAction")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [AddFeedsDialog.__name__]
    assert _on_screen(app) == "welcomeView"  # nothing was added


def test_ctrl_o_opens_an_edition_file(
    empty_library_app: EdicolaApp,
    qtbot: QtBot,
    bundles: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file dialog is the platform's; what it returns is imported and shown."""
    from edicola.ui.shell import open_bundle

    asked: list[str] = []

    def choose(_parent: QWidget, title: str, *_args: object) -> tuple[list[str], str]:
        asked.append(title)
        return [str(bundles[-1])], ""

    monkeypatch.setattr(open_bundle.QFileDialog, "getOpenFileNames", staticmethod(choose))
    app = empty_library_app
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    with qtbot.waitSignal(app.opener.opened, timeout=HANG_GUARD_MS) as opened:
        qtbot.keyClick(app.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Open edition"]
    assert opened.args == [bundles[-1].name.removesuffix("-r1.edicola")]
    assert app.reader.in_reader()
    # The welcome view's button is the same action.
    button = app.welcome.view.findChild(QPushButton, "welcome_openEditionAction")
    assert button is not None and button.text() == "Open an edition file…"


def _drop(target: QWidget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(20, 20), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return drop


def test_editions_dropped_on_the_window_are_imported_one_after_another(
    empty_library_app: EdicolaApp, qtbot: QtBot, bundles: list[Path], tmp_path: Path
) -> None:
    app = empty_library_app
    notes = tmp_path / "notes.txt"
    notes.write_text("not an edition")
    opened: list[str] = []
    app.opener.opened.connect(opened.append)
    drop = _drop(app.window, [bundles[0], bundles[-1], notes])
    assert drop.isAccepted()
    # The file that is not a bundle: one line in the status bar, at once.
    assert app.window.statusBar().currentMessage() == (
        "Not an edition (a .edicola file): notes.txt"
    )
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=HANG_GUARD_MS)
    assert opened == [b.name.removesuffix("-r1.edicola") for b in (bundles[0], bundles[-1])]
    assert {e.id for e in app.library.editions.editions()} == set(opened)


def test_a_dropped_file_that_fails_gets_one_line_and_no_dialog(
    empty_library_app: EdicolaApp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = empty_library_app
    broken = tmp_path / "broken.edicola"
    broken.write_bytes(b"this is not a zip archive")
    with qtbot.waitSignal(app.opener.failed, timeout=HANG_GUARD_MS) as failed:
        _drop(app.welcome.view, [broken])  # dropped anywhere on the window
    message = failed.args[0]
    assert message.startswith("Cannot open broken.edicola: ") and "\n" not in message
    assert app.window.statusBar().currentMessage() == message
    assert app.window.findChild(QMessageBox) is None
    assert _on_screen(app) == "welcomeView"


def test_a_missing_file_is_named_without_any_option(
    empty_library_app: EdicolaApp, qtbot: QtBot, tmp_path: Path
) -> None:
    """A double-clicked file moved meanwhile: the reader says so, naming no ``--open``."""
    app = empty_library_app
    with qtbot.waitSignal(app.opener.failed, timeout=HANG_GUARD_MS) as failed:
        app.opener.open(tmp_path / "gone.edicola", quiet=True)
    assert failed.args == ["Cannot open gone.edicola: the file is not there (moved or deleted?)"]
    assert "--open" not in failed.args[0]


def test_print_and_export_wait_for_an_article_on_screen(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app()
    commands = app.window.commands
    edition = app.library.editions.editions()[0]
    assert app.reader.open_edition(edition.id)
    assert not commands["print"].isEnabled() and not commands["export_pdf"].isEnabled()
    article = app.library.editions.articles(edition.id)[0]
    assert app.reader.open_article(article.id)
    assert commands["print"].isEnabled() and commands["export_pdf"].isEnabled()
    assert _on_screen(app) != "welcomeView"
    assert not app.welcome.empty
