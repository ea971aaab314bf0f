"""EPUB export in the reader: File ▸ Export edition as EPUB…, Send to device…, and the
export folder setting (issue 26). Real exports into tmp folders; e-readers are found
through a mounts table the core reads, written by the test."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.core.epub.devices import linux_volumes
from edicola.core.epub.folder import exported_revision
from edicola.store.changes import LibraryChange
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source
from edicola.ui.app import EdicolaApp
from edicola.ui.export.device_prompt import DeviceChoice, NoReaderBox
from edicola.ui.export.export_settings import ExportSettings
from edicola.ui.export.settings_page import ExportSettingsPage
from edicola.ui.shell.settings_dialog import SettingsDialog

EDITION = "il-faro-2026-11-24"
WAIT = 20_000  # timing-ok: a hang guard, far above an export's well-under-a-second


def _mounts(tmp_path: Path, *volumes: tuple[str, tuple[str, ...]]) -> Path:
    """A mounts table (as /proc/self/mounts) of vfat volumes below tmp_path/media,
    each made with its folders; returns the table's path."""
    lines = ["proc /proc proc rw 0 0", "/dev/sda1 / ext4 rw 0 0"]
    for i, (name, folders) in enumerate(volumes):
        mount = tmp_path / "media" / name
        mount.mkdir(parents=True)
        for folder in folders:
            (mount / folder).mkdir(parents=True)
        lines.append(f"/dev/sd{'bcdef'[i]}1 {mount} vfat rw 0 0")
    table = tmp_path / "mounts"
    table.write_text("\n".join(lines) + "\n", "utf-8")
    return table


def _opened(make_app: Callable[..., EdicolaApp], table: Path | None = None) -> EdicolaApp:
    app = make_app()
    assert app.reader.open_edition(EDITION)
    if table is not None:
        app.export.volumes = lambda: linux_volumes(table)
    return app


def _finished(qtbot: QtBot, app: EdicolaApp, start: Callable[[], object]) -> tuple[bool, str]:
    with qtbot.waitSignal(app.export.exportFinished, timeout=WAIT) as blocker:
        start()
    ok, text = blocker.args
    assert app.window.statusBar().currentMessage() == text  # one line in the status bar
    return ok, text


def _book_id(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        assert book.read("mimetype") == b"application/epub+zip"
        opf = book.read("EPUB/package.opf").decode()
    assert "<dc:title>" in opf
    return opf


def test_no_edition_no_commands(empty_library_app: EdicolaApp) -> None:
    export = empty_library_app.export
    assert empty_library_app.reader.current_edition is None
    assert not export.export_action.isEnabled() and not export.send_action.isEnabled()


def test_commands_only_with_an_edition_on_screen(make_app: Callable[..., EdicolaApp]) -> None:
    app = make_app()
    menu = [a.objectName() for a in app.window.menus["file"].actions()]
    assert menu.index("action_export_epub") < menu.index("action_send_to_device")
    assert app.reader.open_edition(EDITION)
    assert app.export.export_action.isEnabled() and app.export.send_action.isEnabled()
    app.window.show_view(app.newsstand.view)  # another view on screen: not "the edition"
    assert not app.export.export_action.isEnabled()
    app.window.show_view(None)
    assert app.export.send_action.isEnabled()


def test_export_edition_as_epub_through_the_file_dialog(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], tmp_path: Path
) -> None:
    app = _opened(make_app)
    app.export.export_action.trigger()
    dialog = app.export.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith(f"{EDITION}.epub")  # the edition's name
    target = tmp_path / "out" / "faro.epub"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    ok, text = _finished(qtbot, app, dialog.accept)
    assert ok and text.startswith("Exported “") and str(target) in text
    assert "Il Faro" in _book_id(target)
    assert app.export.dialog is None
    # The next export starts where this one went.
    assert ExportSettings(app.settings).last_dir() == target.parent


def test_an_export_that_cannot_be_written_says_why_in_one_line(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], tmp_path: Path
) -> None:
    app = _opened(make_app)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    edition = app.reader.current_edition
    assert edition is not None
    ok, text = _finished(qtbot, app, lambda: app.export.export_to_file(edition, blocker / "x.epub"))
    assert not ok and text.startswith("Could not export “") and "cannot write" in text
    assert "\n" not in text and not (blocker.parent / "x.epub").exists()


def test_send_to_the_mounted_kobo(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], tmp_path: Path
) -> None:
    table = _mounts(tmp_path, ("KOBOeReader", (".kobo",)), ("STICK", ("music",)))
    app = _opened(make_app, table)
    edition = app.reader.current_edition
    assert edition is not None
    ok, text = _finished(qtbot, app, app.export.send_action.trigger)
    book = tmp_path / "media" / "KOBOeReader" / "Edicola" / f"{EDITION}.epub"
    assert ok and text == f"Sent “{edition.title}” to Kobo (KOBOeReader)."
    assert exported_revision(book) == 1
    assert app.export.dialog is None  # one e-reader: nothing to ask
    ok, text = _finished(qtbot, app, app.export.send_action.trigger)
    assert ok and text.endswith("is already on Kobo (KOBOeReader).")
    assert not (tmp_path / "media" / "STICK" / "Edicola").exists()


def test_no_e_reader_offers_a_folder(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], tmp_path: Path
) -> None:
    app = _opened(make_app, _mounts(tmp_path, ("STICK", ("documents",))))
    app.export.send_action.trigger()
    qtbot.waitUntil(lambda: isinstance(app.export.dialog, NoReaderBox), timeout=WAIT)
    box = app.export.dialog
    assert isinstance(box, NoReaderBox)
    assert box.text() == "No e-reader is mounted (Kobo, PocketBook, tolino)."
    box.choose_button.click()
    chooser = app.export.dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    folder = tmp_path / "synced"
    folder.mkdir()
    chooser.selectFile(str(folder))
    ok, text = _finished(qtbot, app, chooser.accept)
    assert ok and text.endswith(f"to {folder}.")
    assert exported_revision(folder / f"{EDITION}.epub") == 1


def test_a_kindle_is_refused_with_the_reason(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], tmp_path: Path
) -> None:
    table = _mounts(tmp_path, ("Kindle", ("documents", "system")))
    app = _opened(make_app, table)
    app.export.send_action.trigger()
    qtbot.waitUntil(lambda: isinstance(app.export.dialog, NoReaderBox), timeout=WAIT)
    box = app.export.dialog
    assert isinstance(box, NoReaderBox)
    assert box.text().startswith("Kindle (Kindle): a Kindle does not open EPUB files")
    box.reject()
    qtbot.waitUntil(lambda: app.export.dialog is None, timeout=WAIT)
    assert not (tmp_path / "media" / "Kindle" / "Edicola").exists()


def test_several_e_readers_ask_which(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], tmp_path: Path
) -> None:
    table = _mounts(tmp_path, ("KOBOeReader", (".kobo",)), ("usb", ("system/config",)))
    app = _opened(make_app, table)
    app.export.send_action.trigger()
    qtbot.waitUntil(lambda: isinstance(app.export.dialog, DeviceChoice), timeout=WAIT)
    choice = app.export.dialog
    assert isinstance(choice, DeviceChoice)
    assert [d.kind for d in choice.devices] == ["Kobo", "PocketBook"]
    choice.setTextValue(choice.comboBoxItems()[1])
    ok, text = _finished(qtbot, app, choice.accept)
    assert ok and text.endswith("to PocketBook (usb).")
    assert (tmp_path / "media" / "usb" / "Edicola" / f"{EDITION}.epub").is_file()
    assert not (tmp_path / "media" / "KOBOeReader" / "Edicola").exists()


def test_the_settings_dialog_sets_the_export_folder(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], settings: QSettings, tmp_path: Path
) -> None:
    app = make_app()
    folder = tmp_path / "sync"
    seen: list[str] = []

    def answer(check: bool, path: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        page = dialog.findChild(ExportSettingsPage)
        assert page is not None and page.isVisible()
        seen.append(page.folder.text() if page.enabled.isChecked() else "")
        assert page.folder.isEnabled() == page.enabled.isChecked()
        page.enabled.setChecked(check)
        page.folder.setText(path)
        dialog.accept()

    QTimer.singleShot(0, lambda: answer(True, str(folder)))
    app.window.commands["settings"].trigger()
    assert ExportSettings(settings).folder() == folder
    QTimer.singleShot(0, lambda: answer(False, str(folder)))
    app.window.commands["settings"].trigger()
    assert seen == ["", str(folder)]
    assert ExportSettings(settings).folder() is None


@pytest.fixture
def gazzetta_followed(sample_library: Library) -> None:
    url = "http://127.0.0.1:9/catalog.json"  # never fetched: the subscription is what counts
    sample_library.catalogs.add(url)
    sample_library.catalogs.subscribe(url, "gazzetta")


def test_new_editions_of_followed_publications_go_to_the_export_folder(
    qtbot: QtBot,
    make_app: Callable[..., EdicolaApp],
    settings: QSettings,
    tmp_path: Path,
    gazzetta_followed: None,
) -> None:
    folder = tmp_path / "sync"
    ExportSettings(settings).set_folder(folder)
    app = make_app()
    followed = build_edition(
        make_edition_source(tmp_path / "g", publication_id="gazzetta"), tmp_path / "b1"
    ).path
    other = build_edition(
        make_edition_source(tmp_path / "f", publication_id="foglio"), tmp_path / "b2"
    ).path
    passes: list[object] = []
    app.export.new_editions.passFinished.connect(passes.append)
    with qtbot.waitSignal(app.export.new_editions.passFinished, timeout=WAIT) as blocker:
        app.imports.submit(other, lambda _outcome: None)
    assert not blocker.args[0].written and not blocker.args[0].failed  # not followed
    assert not folder.exists()
    with qtbot.waitSignal(app.export.new_editions.passFinished, timeout=WAIT):
        app.imports.submit(followed, lambda _outcome: None)
    assert sorted(p.name for p in folder.iterdir()) == ["gazzetta-2026-05-04.epub"]
    message = app.window.statusBar().currentMessage()
    assert message == f"Exported 1 new edition to {folder}."
    # A new revision replaces the file; the same revision again leaves it alone.
    revised = build_edition(
        make_edition_source(tmp_path / "g2", publication_id="gazzetta", revision=2),
        tmp_path / "b3",
    ).path
    with qtbot.waitSignal(app.export.new_editions.passFinished, timeout=WAIT):
        app.imports.submit(revised, lambda _outcome: None)
    assert exported_revision(folder / "gazzetta-2026-05-04.epub") == 2
    with qtbot.waitSignal(app.export.new_editions.passFinished, timeout=WAIT) as blocker:
        app.export.library_changed(LibraryChange(revised=("gazzetta-2026-05-04",)))
    assert blocker.args[0].current == ["gazzetta-2026-05-04"]
    assert len(passes) == 4  # one pass per change


def test_no_export_folder_no_export(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], tmp_path: Path, gazzetta_followed: None
) -> None:
    app = make_app()
    bundle = build_edition(
        make_edition_source(tmp_path / "g", publication_id="gazzetta"), tmp_path / "b"
    ).path
    with qtbot.waitSignal(app.imports.libraryChanged, timeout=WAIT):
        app.imports.submit(bundle, lambda _outcome: None)
    assert not app.export.new_editions.busy() and app.export.jobs.pending() == 0
