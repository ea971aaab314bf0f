"""Highlights in the article: H and N on a selection, the note dialog, undo, drawing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.common.highlight_colors import background

MakeApp = Callable[..., EdicolaApp]
pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")

EDITION = "il-faro-2026-11-24"
ARTICLE = f"{EDITION}/caro-affitti"
QUOTE = "registra un aumento medio dei canoni dell‘11 per cento in un anno"
LATER = "«Servono alloggi veri, non solo incentivi»"


def open_article(qtbot: QtBot, app: EdicolaApp, article_id: str = ARTICLE) -> None:
    assert app.reader.open_article(article_id, position=0.0)
    view = app.reader.article_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def place_of(app: EdicolaApp, quote: str) -> tuple[int, int]:
    """Where ``quote`` is in the article view's document (Qt positions)."""
    text = app.highlights.marks.text_map()
    start = text.body_text.index(quote)
    return text.to_document(start, start + len(quote))


def drag_select(qtbot: QtBot, app: EdicolaApp, quote: str) -> None:
    """Select ``quote`` with the mouse: press on its first letter, drag to its last."""
    view = app.reader.article_view
    start, end = place_of(app, quote)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    view.ensureCursorVisible()
    first = view.cursorRect(cursor)
    cursor.setPosition(end)
    last = view.cursorRect(cursor)
    begin = QPointF(first.left() + 1, first.center().y())
    finish = QPointF(last.left(), last.center().y())
    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind, point, buttons in (
        (QEvent.Type.MouseButtonPress, begin, left),
        (QEvent.Type.MouseMove, (begin + finish) / 2, left),
        (QEvent.Type.MouseMove, finish, left),
        (QEvent.Type.MouseButtonRelease, finish, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), left, buttons, none)
        QApplication.sendEvent(viewport, event)
    assert view.textCursor().selectedText().replace("\u2029", "\n") == quote


def select(app: EdicolaApp, quote: str) -> None:
    view = app.reader.article_view
    start, end = place_of(app, quote)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def drawn(app: EdicolaApp) -> list[tuple[str, str, bool]]:
    """The highlights drawn in the article: (text, background, has a note's underline)."""
    out = []
    for selection in app.reader.article_view.extraSelections():
        fmt = selection.format
        underline = fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        out.append((selection.cursor.selectedText(), fmt.background().color().name(), underline))
    return out


def click_on(qtbot: QtBot, app: EdicolaApp, quote: str) -> None:
    view = app.reader.article_view
    start, end = place_of(app, quote)
    cursor = QTextCursor(view.document())
    cursor.setPosition((start + end) // 2)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def wait_dialog(qtbot: QtBot, app: EdicolaApp) -> None:
    qtbot.waitUntil(lambda: app.highlights.dialog is not None and app.highlights.dialog.isVisible())


def press(qtbot: QtBot, app: EdicolaApp, button: QDialogButtonBox.StandardButton) -> None:
    dialog = app.highlights.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.highlights.dialog is None)
    app.window.activateWindow()  # offscreen has no window manager to do it after a dialog
    qtbot.waitUntil(app.window.isActiveWindow)


def test_h_highlights_a_mouse_selection_and_ctrl_z_takes_it_back(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    app = make_app()
    open_article(qtbot, app)
    view = app.reader.article_view
    assert not app.highlights.highlight_action.isEnabled()  # nothing selected
    drag_select(qtbot, app, QUOTE)
    assert app.highlights.highlight_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_H)
    [mark] = sample_library.highlights.for_article(ARTICLE)
    assert mark.quote == QUOTE and mark.color == "yellow" and mark.note == ""
    assert not view.textCursor().hasSelection()  # so the colour shows
    assert drawn(app) == [(QUOTE, background("light", "yellow"), False)]

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sample_library.highlights.for_article(ARTICLE) == []
    assert drawn(app) == []
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Z, redo)
    assert [m.id for m in sample_library.highlights.for_article(ARTICLE)] == [mark.id]
    assert drawn(app) == [(QUOTE, background("light", "yellow"), False)]


def test_the_colour_menu_sets_the_colour_h_uses(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    app = make_app()
    open_article(qtbot, app)
    select(app, QUOTE)
    app.highlights.color_actions["blue"].trigger()  # with a selection: highlights in blue
    select(app, LATER)
    qtbot.keyClick(app.reader.article_view, Qt.Key.Key_H)  # blue is now the colour H uses
    colours = {m.quote: m.color for m in sample_library.highlights.for_article(ARTICLE)}
    assert colours == {QUOTE: "blue", LATER: "blue"}
    menu = [a.text() for a in app.window.menus["bookmarks"].actions()]
    assert "&Highlight" in menu and "Add &note" in menu and "Highlight &colour" in menu


def test_n_writes_a_note_and_a_click_edits_recolours_and_deletes(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    app = make_app()
    open_article(qtbot, app)
    view = app.reader.article_view
    select(app, QUOTE)
    qtbot.keyClick(view, Qt.Key.Key_N)
    wait_dialog(qtbot, app)
    dialog = app.highlights.dialog
    assert dialog is not None and QUOTE in dialog.quote.text()
    qtbot.waitUntil(dialog.note_edit.hasFocus)
    qtbot.keyClicks(dialog.note_edit, "da verificare")
    press(qtbot, app, QDialogButtonBox.StandardButton.Save)
    [mark] = sample_library.highlights.for_article(ARTICLE)
    assert mark.note == "da verificare"
    assert drawn(app) == [(QUOTE, background("light", "yellow"), True)]

    click_on(qtbot, app, QUOTE)
    wait_dialog(qtbot, app)
    dialog = app.highlights.dialog
    assert dialog is not None and dialog.note_edit.toPlainText() == "da verificare"
    dialog.color_buttons["green"].click()
    dialog.note_edit.setPlainText("verificato")
    press(qtbot, app, QDialogButtonBox.StandardButton.Save)
    found = sample_library.highlights.get(mark.id)
    assert found is not None and (found.note, found.color) == ("verificato", "green")
    assert drawn(app) == [(QUOTE, background("light", "green"), True)]

    select(app, QUOTE[5:20])  # N inside a highlight opens its note, makes no other
    qtbot.keyClick(view, Qt.Key.Key_N)
    wait_dialog(qtbot, app)
    dialog = app.highlights.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.highlights.dialog is None)
    assert sample_library.highlights.for_article(ARTICLE) == []
    assert drawn(app) == []

    app.highlights.undo_action.trigger()  # Edit → Undo puts it back as it was
    restored = sample_library.highlights.get(mark.id)
    assert restored is not None and (restored.note, restored.color) == ("verificato", "green")
    app.highlights.undo_action.trigger()  # … then the recolouring is undone
    found = sample_library.highlights.get(mark.id)
    assert found is not None and (found.note, found.color) == ("da verificare", "yellow")


def test_cancel_keeps_the_highlight_as_it_was(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    app = make_app()
    open_article(qtbot, app)
    mark = sample_library.highlights.add(ARTICLE, quote=QUOTE, note="prima", color="pink")
    app.highlights.marks.reload()
    click_on(qtbot, app, QUOTE)
    wait_dialog(qtbot, app)
    dialog = app.highlights.dialog
    assert dialog is not None
    dialog.note_edit.setPlainText("dopo")
    press(qtbot, app, QDialogButtonBox.StandardButton.Cancel)
    found = sample_library.highlights.get(mark.id)
    assert found is not None and (found.note, found.color) == ("prima", "pink")


def test_highlights_are_drawn_in_each_theme_and_under_find_matches(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    sample_library.highlights.add(ARTICLE, quote=QUOTE, color="pink")
    app = make_app()
    window, reader = app.window, app.reader
    open_article(qtbot, app)
    for theme in ("light", "sepia", "dark"):
        window.set_theme(theme)
        assert drawn(app) == [(QUOTE, background(theme, "pink"), False)]
        [selection] = reader.article_view.extraSelections()
        assert selection.format.foreground().color() == QColor(window.theme.text)
    window.set_theme("light")
    assert reader.article_view.find_all("canoni") >= 1
    selections = drawn(app)
    assert selections[0] == (QUOTE, background("light", "pink"), False)  # under the matches
    assert len(selections) > 1
    reader.article_view.clear_find()
    assert drawn(app) == [(QUOTE, background("light", "pink"), False)]


def test_many_highlights_are_drawn_near_the_screen_as_it_scrolls(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    edition = next(e for e in sample_library.editions.editions() if e.publication_id == "il-faro")
    article_id = max(
        (a.id for a in sample_library.editions.articles(edition.id)),
        key=lambda a: len(sample_library.editions.article(a).html),  # type: ignore[union-attr]
    )
    article = sample_library.editions.article(article_id)
    assert article is not None
    from edicola.core.annotations.article_text import article_text

    text = article_text(article.html, article.title)
    for start in range(0, len(text) - 12, 40):
        sample_library.highlights.add(article_id, span=(start, start + 12))
    total = len(sample_library.highlights.spans(article_id))
    app = make_app()
    app.window.resize(900, 420)
    open_article(qtbot, app, article_id)
    view = app.reader.article_view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: len(view.extraSelections()) > 0)
    assert len(view.extraSelections()) < total  # the screens around the one shown
    bar.setValue(bar.maximum())
    last = sample_library.highlights.spans(article_id)[-1]
    assert last.exact in [s for s, _, _ in drawn(app)]
