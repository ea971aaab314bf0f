"""Tab through the front page's and the article's links tells which link it is.

Qt tells a screen reader nothing useful when Tab selects a link inside a
``QTextBrowser``; while a link is focused the view's accessible description
(which Orca reads for the focused object) is the link, and its page's own
description comes back when Tab leaves the links.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from edicola.ui.app import EdicolaApp
from edicola.ui.reader.library_browser import LibraryBrowser


def told(widget: QWidget) -> tuple[str, str]:
    """(name, description) as Qt hands them to AT-SPI."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def riverside(app: EdicolaApp) -> str:
    return next(
        e.id for e in app.library.editions.editions() if e.publication_id == "riverside-courier"
    )


def focus(view: LibraryBrowser, qtbot: QtBot) -> None:
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)


def tab(view: LibraryBrowser, qtbot: QtBot) -> None:
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)


def test_tab_on_the_front_page_tells_each_article(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app(speech_engine="mock")
    edition = riverside(app)
    titles = {a.title for a in app.library.editions.articles(edition)}
    app.reader.open_edition(edition)
    front = app.reader.front_page
    page_name, page_description = told(front)
    assert page_description.startswith("A list of ")
    focus(front, qtbot)
    heard = []
    for _ in range(3):
        tab(front, qtbot)
        name, description = told(front)
        assert name == page_name  # the page keeps its name
        heard.append(description)
    assert heard[0] == "Flood scheme faces £1.8m shortfall as costs climb, link"
    assert heard[-1] == f"{front.textCursor().selectedText()}, link"
    assert len(set(heard)) == 3, heard  # each Tab a different article
    assert {text.removesuffix(", link") for text in heard} <= titles


def test_leaving_the_links_gives_the_page_its_description_back(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app(speech_engine="mock")
    edition = riverside(app)
    app.reader.open_edition(edition)
    front = app.reader.front_page
    page = told(front)
    focus(front, qtbot)
    tab(front, qtbot)
    assert told(front) != page
    for _ in range(60):  # more links than the front page has
        if not front.hasFocus():
            break
        tab(front, qtbot)
    assert not front.hasFocus(), "Tab never left the front page"
    assert told(front) == page
    # Another page describes itself, and its links are told as before.
    other = next(e.id for e in app.library.editions.editions() if e.id != edition)
    app.reader.open_edition(other)
    other_page = told(front)
    assert other_page != page
    focus(front, qtbot)
    tab(front, qtbot)
    assert told(front)[1].endswith(", link")


def test_article_links_and_pictures_are_told(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app(speech_engine="mock")
    edition = riverside(app)
    article = app.library.editions.articles(edition)[0]
    app.reader.open_article(article.id)
    view = app.reader.article_view
    focus(view, qtbot)
    heard = []
    for _ in range(4):
        tab(view, qtbot)
        heard.append(told(view)[1])
    assert "Picture, opens large" in heard
    assert "we reported yesterday, link" in heard
