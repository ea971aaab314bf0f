"""Bookmarks, reading history and removing editions, driven through the reader window."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp

MakeApp = Callable[..., EdicolaApp]
pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")


def long_article(library: Library) -> str:
    """An article of the newest Il Faro edition (long enough to scroll)."""
    edition = next(e for e in library.editions.editions() if e.publication_id == "il-faro")
    return library.editions.articles(edition.id)[0].id


def open_scrolled(qtbot: QtBot, app: EdicolaApp, article_id: str, fraction: float) -> float:
    reader = app.reader
    assert reader.open_article(article_id, position=0.0)
    view = reader.article_view
    view.setFocus()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.set_scroll_fraction(fraction)
    return view.scroll_fraction()


def bookmark_with_keys(qtbot: QtBot, app: EdicolaApp, note: str) -> None:
    window, reader = app.window, app.reader
    controller = app.bookmarks
    window.activateWindow()  # offscreen has no window manager to do it after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(reader.article_view.hasFocus)
    qtbot.keyClick(reader.article_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.note_edit.hasFocus)
    qtbot.keyClicks(dialog.note_edit, note)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: controller.dialog is None)


def test_bookmark_survives_restart_and_reopens_at_position(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    saved = open_scrolled(qtbot, app, article_id, 0.5)
    assert 0.3 < saved < 0.7
    assert not app.bookmarks.action.isChecked()
    bookmark_with_keys(qtbot, app, "per la riunione")
    assert app.bookmarks.action.isChecked()
    window.close()

    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(
        sample_library.editions.articles(sample_library.editions.editions()[-1].id)[0].id,
        position=0.0,
    )
    qtbot.keyClick(reader.article_view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    view = app.bookmarks.view
    assert window.view_stack.currentWidget() is view
    assert view.row_count() == 1
    assert view.row(0).note == "per la riunione"
    assert view.list.hasFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: reader.current_article is not None and reader.current_article.id == article_id
    )
    assert window.view_stack.currentWidget() is reader.main_splitter
    assert abs(reader.article_view.scroll_fraction() - saved) < 0.05
    assert app.bookmarks.action.isChecked()


def test_ctrl_d_on_bookmarked_article_edits_or_removes(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    open_scrolled(qtbot, app, article_id, 0.0)
    bookmark_with_keys(qtbot, app, "primo")
    bookmark_with_keys(qtbot, app, " secondo")
    found = sample_library.bookmarks.get(article_id)
    assert found is not None and found.note == "primo secondo"
    controller = app.bookmarks
    window.activateWindow()  # offscreen has no window manager to do it after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(reader.article_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    assert controller.dialog is not None and controller.dialog.remove_button is not None
    qtbot.mouseClick(controller.dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert not sample_library.bookmarks.contains(article_id)
    assert not controller.action.isChecked()


def test_cancel_changes_nothing(qtbot: QtBot, make_app: MakeApp, sample_library: Library) -> None:
    app = make_app()
    open_scrolled(qtbot, app, long_article(sample_library), 0.0)
    controller = app.bookmarks
    controller.action.trigger()
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    assert controller.dialog is not None
    qtbot.keyClick(controller.dialog.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert sample_library.bookmarks.list() == []
    assert not controller.action.isChecked()


def test_filter_box_filters_bookmarks(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    ids = [
        a.id for a in sample_library.editions.articles(sample_library.editions.editions()[0].id)
    ][:3]
    for n, article_id in enumerate(ids):
        sample_library.bookmarks.add(article_id, f"nota {n}" if n else "Perché sì")
    app = make_app()
    reader = app.reader
    controller = app.bookmarks
    controller.view_action.trigger()
    view = controller.view
    assert view.row_count() == 3
    assert view.row(0).article_id == ids[-1]  # newest
    qtbot.keyClicks(view.filter, "perche")
    assert view.row_count() == 1
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.current_article is not None)
    assert reader.current_article is not None and reader.current_article.id == ids[0]


def test_removing_an_edition_keeps_its_bookmark_as_unavailable(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    edition_id = article_id.split("/")[0]
    sample_library.bookmarks.add(article_id, "tenere")
    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(article_id)
    reader.library_tree.reveal_edition(edition_id)
    removal = app.removal
    removal.action.trigger()
    qtbot.waitUntil(lambda: removal.dialog is not None and removal.dialog.isVisible())
    dialog = removal.dialog
    assert dialog is not None and dialog.keep_bookmarks.isChecked()
    with qtbot.waitSignal(app.imports.libraryChanged):  # the removal runs on the import queue
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_library.editions.edition(edition_id) is None)
    assert reader.library_tree._edition_item(edition_id) is None
    assert reader.current_edition is not None and reader.current_edition.id != edition_id

    controller = app.bookmarks
    controller.view_action.trigger()
    view = controller.view
    assert view.is_available(article_id) is False
    assert view.row(0).note == "tenere"
    assert not view.open_button.isEnabled()
    shown = reader.current_article
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert reader.current_article == shown  # not openable
    assert window.view_stack.currentWidget() is view
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.row_count() == 0
    assert not sample_library.bookmarks.contains(article_id)


def test_removing_an_edition_can_drop_its_bookmarks(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    edition_id = article_id.split("/")[0]
    sample_library.bookmarks.add(article_id, "via")
    app = make_app()
    removal = app.removal
    removal.request(edition_id)
    qtbot.waitUntil(lambda: removal.dialog is not None and removal.dialog.isVisible())
    assert removal.dialog is not None
    removal.dialog.keep_bookmarks.setChecked(False)
    with qtbot.waitSignal(app.imports.libraryChanged):  # the removal runs on the import queue
        qtbot.mouseClick(removal.dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_library.editions.edition(edition_id) is None)
    assert not sample_library.bookmarks.contains(article_id)


def test_cancelling_removal_keeps_the_edition(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    edition_id = sample_library.editions.editions()[0].id
    app = make_app()
    removal = app.removal
    removal.request(edition_id)
    qtbot.waitUntil(lambda: removal.dialog is not None and removal.dialog.isVisible())
    assert removal.dialog is not None
    qtbot.keyClick(removal.dialog, Qt.Key.Key_Return)  # Cancel is the default button
    qtbot.waitUntil(lambda: removal.dialog is None)
    assert sample_library.editions.edition(edition_id) is not None


def test_export_and_import_bookmarks(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library, tmp_path: Path
) -> None:
    article_id = long_article(sample_library)
    sample_library.bookmarks.add(article_id, "nota", 0.25)
    app = make_app()
    window = app.window
    controller = app.bookmarks
    assert controller.export_to(tmp_path / "b.json")
    assert controller.export_to(tmp_path / "b.html")
    assert json.loads((tmp_path / "b.json").read_text())["bookmarks"][0]["note"] == "nota"
    assert "NETSCAPE" in (tmp_path / "b.html").read_text()
    sample_library.bookmarks.remove(article_id)
    result = controller.import_from(tmp_path / "b.html")
    assert result is not None and result.added == 1
    result = controller.import_from(tmp_path / "b.json")
    assert result is not None and result.unchanged == 1
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    assert controller.import_from(tmp_path / "bad.json") is None
    assert "bad.json" in controller.last_error and "\n" not in controller.last_error
    assert controller.import_from(tmp_path / "missing.json") is None
    names = [a.objectName() for a in window.menus["file"].actions()]
    assert "action_export_bookmarks" in names and "action_import_bookmarks" in names
    warnings = window.findChildren(QMessageBox, "bookmarksWarning")
    assert len(warnings) == 2 and all(box.isVisible() for box in warnings)
    for box in warnings:
        box.close()


def test_recently_read_lists_and_opens(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    edition = sample_library.editions.editions()[0]
    first, second = (a.id for a in sample_library.editions.articles(edition.id)[:2])
    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(first)
    reader.open_article(second)
    reader.article_view.setFocus()
    qtbot.keyClick(reader.article_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = app.bookmarks.history
    assert window.view_stack.currentWidget() is history
    assert history.article_ids()[:2] == [second, first]
    qtbot.keyClick(history.list, Qt.Key.Key_Down)
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: reader.current_article is not None and reader.current_article.id == first
    )


def test_continue_reading_reopens_the_last_article(
    make_app: MakeApp, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(article_id)
    window.close()
    app = make_app()
    reader = app.reader
    reader.restore_session()
    assert reader.current_article is not None and reader.current_article.id == article_id
