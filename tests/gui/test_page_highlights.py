"""Highlights on the printed page: drawn in their article's region, made from words there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.core.annotations.article_text import article_text
from edicola.core.print.text_types import Box, union
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.pages.page_highlights import PageHighlights

MakeApp = Callable[..., EdicolaApp]
pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")

EDITION = "il-faro-2026-11-24"
ARTICLE = f"{EDITION}/caro-affitti"
WAIT = 20_000  # timing-ok: a hang guard (PDFium runs in the jail), >= 10x idle


def pages_of(app: EdicolaApp) -> PageHighlights:
    found = app.pages.highlights
    assert found is not None
    return found


def show_page_of(qtbot: QtBot, app: EdicolaApp, article_id: str) -> int:
    """Open the article, press P; the page number shown."""
    assert app.reader.open_article(article_id, position=0.0)
    app.reader.article_view.setFocus()
    qtbot.waitUntil(app.reader.article_view.hasFocus)
    qtbot.keyClick(app.reader.article_view, Qt.Key.Key_P)
    assert app.window.view_stack.currentWidget() is app.pages.view
    return app.pages.view.canvas.current_pages()[0]


def regions(app: EdicolaApp, number: int, article_id: str) -> list[Box]:
    page = app.pages.view.canvas.pages[number - 1]
    return [r.rect for r in page.regions if r.article_id == article_id]


def inside(box: Box, areas: list[Box]) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(a[0] - 4 <= x <= a[2] + 4 and a[1] - 4 <= y <= a[3] + 4 for a in areas)


def words_box(app: EdicolaApp, number: int, text: str, count: int) -> Box:
    """The box of the first ``count`` words of the page's line that starts with ``text``."""
    highlights = pages_of(app)
    layer = highlights._layer(app.pages.view.canvas.pages[number - 1])
    assert layer is not None
    line = next(line for line in layer.lines if line.text.startswith(text))
    return union([w.box for w in line.words[:count]])


def shift_drag(app: EdicolaApp, qtbot: QtBot, number: int, box: Box) -> None:
    """Shift+drag over ``box`` (points) on the page, waiting for its text layer."""
    canvas = app.pages.view.canvas
    area = canvas.region_rect(number, box).adjusted(-1, -1, 1, 1)
    viewport = canvas.viewport()
    left, shift = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier
    steps = (
        (QEvent.Type.MouseButtonPress, area.topLeft(), left),
        (QEvent.Type.MouseMove, area.center(), left),
        (QEvent.Type.MouseMove, area.bottomRight(), left),
        (QEvent.Type.MouseButtonRelease, area.bottomRight(), Qt.MouseButton.NoButton),
    )
    for kind, point, buttons in steps:
        event = QMouseEvent(kind, QPointF(point), viewport.mapToGlobal(point), left, buttons, shift)
        QApplication.sendEvent(viewport, event)
        if kind == QEvent.Type.MouseButtonPress:
            qtbot.waitUntil(lambda: pages_of(app).text_ready(number), timeout=WAIT)


def test_a_highlight_made_in_the_text_is_drawn_in_its_region_only(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    # "per cento" is printed in other articles of the page too: only this one's count.
    sample_library.highlights.add(ARTICLE, quote="per cento", color="pink")
    sample_library.highlights.add(ARTICLE, quote="Cercare casa in affitto", color="green")
    app = make_app()
    number = show_page_of(qtbot, app, ARTICLE)
    highlights = pages_of(app)
    qtbot.waitUntil(lambda: len(highlights.drawn) == 2, timeout=WAIT)
    own = regions(app, number, ARTICLE)
    pink = highlights.drawn[(number, ARTICLE, "pink")]
    green = highlights.drawn[(number, ARTICLE, "green")]
    assert pink and green
    assert all(inside(box, own) for box in pink + green)
    page = app.pages.view.canvas.pages[number - 1]
    others = [r.rect for r in page.regions if r.article_id != ARTICLE]
    assert others and not any(inside(box, others) for box in pink)


def test_words_selected_on_the_page_highlight_the_article_and_undo(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    app = make_app()
    number = show_page_of(qtbot, app, ARTICLE)
    highlights = pages_of(app)
    canvas = app.pages.view.canvas
    highlights._read_text(canvas.pages[number - 1])
    qtbot.waitUntil(lambda: highlights.text_ready(number), timeout=WAIT)
    assert not app.highlights.highlight_action.isEnabled()
    shift_drag(app, qtbot, number, words_box(app, number, "Cercare casa in affitto", 4))
    quote = highlights.page_quote()
    assert quote is not None and quote.quote == "Cercare casa in affitto"
    assert quote.article_id == ARTICLE and quote.page == number
    assert app.highlights.highlight_action.isEnabled()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_H)
    [mark] = sample_library.highlights.for_article(ARTICLE)
    assert mark.quote == "Cercare casa in affitto" and mark.page == number
    article = sample_library.editions.article(ARTICLE)
    assert article is not None and mark.anchor is not None
    text = article_text(article.html, article.title)
    assert text[mark.anchor.start : mark.anchor.end] == mark.quote  # anchored to the text
    assert highlights.page_quote() is None  # the selection became the highlight
    qtbot.waitUntil(lambda: (number, ARTICLE, "yellow") in highlights.drawn, timeout=WAIT)

    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sample_library.highlights.for_article(ARTICLE) == []
    assert (number, ARTICLE, "yellow") not in highlights.drawn

    app.reader.open_article(ARTICLE)  # the text shows the page's highlight too
    qtbot.keyClick(app.reader.article_view, Qt.Key.Key_Z, redo := _redo())
    assert [s.exact for s in app.highlights.marks.spans] == ["Cercare casa in affitto"]
    del redo


def _redo() -> Qt.KeyboardModifier:
    return Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_words_outside_every_article_are_anchored_to_the_page_alone(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    app = make_app()
    window = app.window
    assert app.reader.open_edition(EDITION)
    qtbot.keyClick(app.reader.front_page, Qt.Key.Key_P)
    canvas = app.pages.view.canvas
    highlights = pages_of(app)
    highlights._read_text(canvas.pages[0])
    qtbot.waitUntil(lambda: highlights.text_ready(1), timeout=WAIT)
    app.pages.view.findChild(type(highlights.select_button), "pagesSelectText").click()
    masthead = words_box(app, 1, "Il Faro —", 2)
    assert highlights.select_area(1, masthead) is not None
    quote = highlights.page_quote()
    assert quote is not None and quote.article_id == "" and quote.quote == "Il Faro"
    app.highlights.note_action.trigger()  # N: highlighted, and its note opens
    qtbot.waitUntil(lambda: app.highlights.dialog is not None)
    dialog = app.highlights.dialog
    assert dialog is not None
    dialog.note_edit.setPlainText("la testata")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: app.highlights.dialog is None)
    [mark] = sample_library.marks.marks(kinds=("highlight",))
    assert (mark.article_id, mark.page, mark.quote, mark.note) == ("", 1, "Il Faro", "la testata")
    qtbot.waitUntil(lambda: (1, "", "yellow") in highlights.drawn, timeout=WAIT)
    assert highlights.drawn[(1, "", "yellow")]

    app.bookmarks.view_action.trigger()  # listed as the printed page, opened on it
    view = app.bookmarks.view
    assert view.model.index(0, 3).data() == "Printed page 1"
    canvas.show_page(3)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert window.view_stack.currentWidget() is app.pages.view
    assert canvas.current_pages() == [1]
