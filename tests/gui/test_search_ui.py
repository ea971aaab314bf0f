"""Search as you type in the reader: results while typing, keyboard, highlights, hostile text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.core.search.query import help_text
from edicola.core.search.text_fold import fold
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.search.highlight import hit_ranges, utf16_offsets
from edicola.ui.search.panel import snippet_html

MakeApp = Callable[..., EdicolaApp]
BLNS = Path(__file__).resolve().parent.parent / "data" / "blns" / "blns.json"
FURGONI = "il-faro-2026-11-24/furgoni-elettrici"
# The offscreen platform cannot honour size hints, raise() or popup keyboard grabs.
pytestmark = pytest.mark.qt_log_ignore(
    r".*propagateSizeHints.*", r".*does not support raise.*", r".*grabbing the keyboard.*"
)


def type_query(qtbot: QtBot, app: EdicolaApp, text: str) -> None:
    box = app.window.search_box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, text)


def wait_for_results(qtbot: QtBot, app: EdicolaApp, text: str) -> list[str]:
    panel = app.search.panel
    qtbot.waitUntil(lambda: panel.query == text, timeout=5000)
    return panel.article_ids()


@pytest.fixture
def app(make_app: MakeApp) -> EdicolaApp:
    made = make_app()
    made.reader.restore_session()
    return made


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("furgon", FURGONI), ("elettr", FURGONI), ("citta vecchia", "il-faro-2026-11-23/")],
)
def test_results_appear_while_typing(
    qtbot: QtBot, app: EdicolaApp, typed: str, expected: str
) -> None:
    window = app.window
    type_query(qtbot, app, typed)
    ids = wait_for_results(qtbot, app, typed)
    assert any(i.startswith(expected) for i in ids), ids
    panel = app.search.panel
    assert window.view_stack.currentWidget() is panel
    assert window.search_box.hasFocus()  # typing is never interrupted
    assert "article" in panel.status.text()


def test_keyboard_into_results_and_enter_opens_with_highlights(
    qtbot: QtBot, app: EdicolaApp
) -> None:
    window, reader = app.window, app.reader
    type_query(qtbot, app, "furgon")
    ids = wait_for_results(qtbot, app, "furgon")
    assert len(ids) >= 2
    panel = app.search.panel
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    assert panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 1
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.current_article is not None)
    assert reader.current_article is not None and reader.current_article.id == ids[0]
    view = reader.article_view
    assert window.view_stack.currentWidget() is reader.main_splitter
    assert view.hasFocus()
    assert view.match_count() >= 1
    assert view.current_match() == 1
    words = {fold(c.selectedText()) for c in view._matches}
    assert words <= {"furgone", "furgoni", "furgon"}, words
    assert view.viewport().rect().intersects(view.cursorRect())  # first match on screen


def test_escape_goes_back_to_box_then_reader(qtbot: QtBot, app: EdicolaApp) -> None:
    window, reader = app.window, app.reader
    type_query(qtbot, app, "tram")
    wait_for_results(qtbot, app, "tram")
    panel = app.search.panel
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Escape)
    assert window.search_box.hasFocus()
    assert window.view_stack.currentWidget() is panel
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.view_stack.currentWidget() is reader.main_splitter
    assert not window.search_box.hasFocus()


def test_enter_in_box_searches_at_once_and_enters_results(qtbot: QtBot, app: EdicolaApp) -> None:
    window = app.window
    window.search_box.setFocus()
    window.search_box.setText("furgoni")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    panel = app.search.panel
    qtbot.waitUntil(panel.results.hasFocus, timeout=5000)
    assert panel.article_ids()[0] == FURGONI


def test_no_results_is_said_gently(qtbot: QtBot, app: EdicolaApp) -> None:
    type_query(qtbot, app, "zzqxw")
    assert wait_for_results(qtbot, app, "zzqxw") == []
    assert "zzqxw" in app.search.panel.status.text()


def test_clearing_the_box_returns_to_the_reader(qtbot: QtBot, app: EdicolaApp) -> None:
    window, reader = app.window, app.reader
    type_query(qtbot, app, "tram")
    wait_for_results(qtbot, app, "tram")
    window.search_box.clear()
    assert window.view_stack.currentWidget() is reader.main_splitter
    assert app.search.panel.model.rowCount() == 0


def test_only_the_newest_query_is_shown(qtbot: QtBot, app: EdicolaApp) -> None:
    window = app.window
    search = app.search
    window.search_box.setText("tram")
    search.search_now()
    window.search_box.setText("furgoni")
    with qtbot.waitSignal(search.worker.pageReady, timeout=5000) as blocker:
        last = search.search_now()
    assert blocker.args is not None and blocker.args[0] == last
    qtbot.waitUntil(lambda: search.panel.query == "furgoni")
    assert search.panel.article_ids()[0] == FURGONI


def naughty_strings() -> list[str]:
    blns = json.loads(BLNS.read_text(encoding="utf-8"))
    picked = [s for s in blns if any(c in s for c in "\"'<>&\\%*") or not s.isascii()][:25]
    return [
        *picked,
        '"unbalanced',
        'a "b',
        '""',
        "-",
        "OR",
        "author:",
        'section:"',
        "a\x00b",
        "\x00",
        "<b>bold</b> &amp;",
        "x" * 10_000,
        "città " * 2000,
        "🚋 tram 👍🏽",
        "after:9999-99-99 before:0000-00-00",
    ]


def test_naughty_strings_never_raise(qtbot: QtBot, app: EdicolaApp) -> None:
    window = app.window
    search = app.search
    for text in naughty_strings():
        window.search_box.setText(text)
        shown = window.search_box.text()  # the box may drop some characters (NUL)
        if not shown.strip():
            continue
        with qtbot.waitSignal(search.worker.pageReady, timeout=10_000):
            search.search_now()
        qtbot.waitUntil(lambda t=shown: search.panel.query == t, timeout=5000)  # type: ignore[misc]
        assert search.panel.status.text()
        search.panel.results.viewport().repaint()  # painting hostile snippets is safe too
    window.search_box.setText("x" * 10_000)
    qtbot.keyClicks(window.search_box, '"<')  # QTest cannot type NUL: insert it
    window.search_box.insert("\x00'")
    qtbot.waitUntil(lambda: search.panel.query == window.search_box.text(), timeout=10_000)


def test_help_button_shows_the_syntax(qtbot: QtBot, app: EdicolaApp) -> None:
    button = app.search.help_button
    assert button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popover = button.popover
    qtbot.waitUntil(popover.isVisible)
    assert popover.text.text() == help_text().rstrip()
    popover.close()
    QApplication.processEvents()


def test_snippet_markup_is_escaped() -> None:
    runs = (("<script>a & b</script> ", False), ("<b>", True))
    assert snippet_html(runs) == "&lt;script&gt;a &amp; b&lt;/script&gt; <b>&lt;b&gt;</b>"


def test_hit_ranges_follow_folding_and_utf16() -> None:
    text = "🚋 La Città e la città"
    assert utf16_offsets("abc") is None
    ranges = hit_ranges(text, {"citta"})
    assert ranges == [(6, 11), (17, 22)]  # the tram emoji is two UTF-16 units


def test_result_opens_with_accented_highlight(
    qtbot: QtBot, app: EdicolaApp, sample_library: Library
) -> None:
    reader = app.reader
    type_query(qtbot, app, "citta")
    ids = wait_for_results(qtbot, app, "citta")
    assert ids
    count = app.search.open_result(ids[0])
    assert count >= 1
    view = reader.article_view
    assert all(fold(c.selectedText()) == "citta" for c in view._matches)
