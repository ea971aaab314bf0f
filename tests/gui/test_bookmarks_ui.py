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
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.panels import ReaderPanels

MakeWindow = Callable[..., MainWindow]
pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")


def panels(window: MainWindow) -> ReaderPanels:
    found = window.panels  # type: ignore[attr-defined]
    assert isinstance(found, ReaderPanels)
    return found


def long_article(library: Library) -> str:
    """An article of the newest Il Faro edition (long enough to scroll)."""
    edition = next(e for e in library.editions.editions() if e.publication_id == "il-faro")
    return library.editions.articles(edition.id)[0].id


def open_scrolled(qtbot: QtBot, window: MainWindow, article_id: str, fraction: float) -> float:
    assert window.open_article(article_id, position=0.0)
    view = window.article_view
    view.setFocus()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.set_scroll_fraction(fraction)
    return view.scroll_fraction()


def bookmark_with_keys(qtbot: QtBot, window: MainWindow, note: str) -> None:
    controller = panels(window).bookmarks
    window.activateWindow()  # offscreen has no window manager to do it after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.article_view.hasFocus)
    qtbot.keyClick(window.article_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
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
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    window = make_window()
    saved = open_scrolled(qtbot, window, article_id, 0.5)
    assert 0.3 < saved < 0.7
    assert not panels(window).bookmarks.action.isChecked()
    bookmark_with_keys(qtbot, window, "per la riunione")
    assert panels(window).bookmarks.action.isChecked()
    window.close()

    window = make_window()
    window.open_article(
        sample_library.editions.articles(sample_library.editions.editions()[-1].id)[0].id,
        position=0.0,
    )
    qtbot.keyClick(window.article_view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    view = panels(window).bookmarks.view
    assert window.view_stack.currentWidget() is view
    assert view.list.topLevelItemCount() == 1
    item = view.list.topLevelItem(0)
    assert item is not None and item.text(3) == "per la riunione"
    assert view.list.hasFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.current_article is not None and window.current_article.id == article_id
    )
    assert window.view_stack.currentWidget() is window.main_splitter
    assert abs(window.article_view.scroll_fraction() - saved) < 0.05
    assert panels(window).bookmarks.action.isChecked()


def test_ctrl_d_on_bookmarked_article_edits_or_removes(
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    window = make_window()
    open_scrolled(qtbot, window, article_id, 0.0)
    bookmark_with_keys(qtbot, window, "primo")
    bookmark_with_keys(qtbot, window, " secondo")
    found = sample_library.bookmarks.get(article_id)
    assert found is not None and found.note == "primo secondo"
    controller = panels(window).bookmarks
    window.activateWindow()  # offscreen has no window manager to do it after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.article_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    assert controller.dialog is not None and controller.dialog.remove_button is not None
    qtbot.mouseClick(controller.dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert not sample_library.bookmarks.contains(article_id)
    assert not controller.action.isChecked()


def test_cancel_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    window = make_window()
    open_scrolled(qtbot, window, long_article(sample_library), 0.0)
    controller = panels(window).bookmarks
    controller.action.trigger()
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    assert controller.dialog is not None
    qtbot.keyClick(controller.dialog.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert sample_library.bookmarks.list() == []
    assert not controller.action.isChecked()


def test_filter_box_filters_bookmarks(
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    ids = [
        a.id for a in sample_library.editions.articles(sample_library.editions.editions()[0].id)
    ][:3]
    for n, article_id in enumerate(ids):
        sample_library.bookmarks.add(article_id, f"nota {n}" if n else "Perché sì")
    window = make_window()
    controller = panels(window).bookmarks
    controller.view_action.trigger()
    view = controller.view
    assert view.list.topLevelItemCount() == 3
    first = view.list.topLevelItem(0)
    assert first is not None and first.data(0, Qt.ItemDataRole.UserRole) == ids[-1]  # newest
    qtbot.keyClicks(view.filter, "perche")
    assert view.list.topLevelItemCount() == 1
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_article is not None)
    assert window.current_article is not None and window.current_article.id == ids[0]


def test_removing_an_edition_keeps_its_bookmark_as_unavailable(
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    edition_id = article_id.split("/")[0]
    sample_library.bookmarks.add(article_id, "tenere")
    window = make_window()
    window.open_article(article_id)
    window.library_tree.reveal_edition(edition_id)
    removal = panels(window).removal
    removal.action.trigger()
    qtbot.waitUntil(lambda: removal.dialog is not None and removal.dialog.isVisible())
    dialog = removal.dialog
    assert dialog is not None and dialog.keep_bookmarks.isChecked()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_library.editions.edition(edition_id) is None)
    assert window.library_tree._edition_item(edition_id) is None
    assert window.current_edition is not None and window.current_edition.id != edition_id

    controller = panels(window).bookmarks
    controller.view_action.trigger()
    view = controller.view
    assert view.is_available(article_id) is False
    item = view.list.topLevelItem(0)
    assert item is not None and item.text(3) == "tenere"
    assert not view.open_button.isEnabled()
    shown = window.current_article
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert window.current_article == shown  # not openable
    assert window.view_stack.currentWidget() is view
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.list.topLevelItemCount() == 0
    assert not sample_library.bookmarks.contains(article_id)


def test_removing_an_edition_can_drop_its_bookmarks(
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    edition_id = article_id.split("/")[0]
    sample_library.bookmarks.add(article_id, "via")
    window = make_window()
    removal = panels(window).removal
    removal.request(edition_id)
    qtbot.waitUntil(lambda: removal.dialog is not None and removal.dialog.isVisible())
    assert removal.dialog is not None
    removal.dialog.keep_bookmarks.setChecked(False)
    qtbot.mouseClick(removal.dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_library.editions.edition(edition_id) is None)
    assert not sample_library.bookmarks.contains(article_id)


def test_cancelling_removal_keeps_the_edition(
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    edition_id = sample_library.editions.editions()[0].id
    window = make_window()
    removal = panels(window).removal
    removal.request(edition_id)
    qtbot.waitUntil(lambda: removal.dialog is not None and removal.dialog.isVisible())
    assert removal.dialog is not None
    qtbot.keyClick(removal.dialog, Qt.Key.Key_Return)  # Cancel is the default button
    qtbot.waitUntil(lambda: removal.dialog is None)
    assert sample_library.editions.edition(edition_id) is not None


def test_export_and_import_bookmarks(
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library, tmp_path: Path
) -> None:
    article_id = long_article(sample_library)
    sample_library.bookmarks.add(article_id, "nota", 0.25)
    window = make_window()
    controller = panels(window).bookmarks
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
    qtbot: QtBot, make_window: MakeWindow, sample_library: Library
) -> None:
    edition = sample_library.editions.editions()[0]
    first, second = (a.id for a in sample_library.editions.articles(edition.id)[:2])
    window = make_window()
    window.open_article(first)
    window.open_article(second)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = panels(window).bookmarks.history
    assert window.view_stack.currentWidget() is history
    assert history.article_ids()[:2] == [second, first]
    qtbot.keyClick(history.list, Qt.Key.Key_Down)
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.current_article is not None and window.current_article.id == first
    )


def test_continue_reading_reopens_the_last_article(
    make_window: MakeWindow, sample_library: Library
) -> None:
    article_id = long_article(sample_library)
    window = make_window()
    window.open_article(article_id)
    window.close()
    window = make_window()
    window.restore_session()
    assert window.current_article is not None and window.current_article.id == article_id
