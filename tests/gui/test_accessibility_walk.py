"""Every view reachable by a screen reader and the keyboard.

The walk shows each view (reader, front page, Pages, Newsstand, Search,
Highlights/Bookmarks, Recently read, Comments, Feeds, the comment outbox,
Settings, the welcome view) and fails on any focusable widget whose
accessible name — as Qt gives it to AT-SPI: its own, its text, or its
label's — is empty. The tab walk presses Tab through each view and checks
that focus moves through it and every stop has a name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from edicola.ui.app import EdicolaApp
from edicola.ui.shell.settings_dialog import SettingsDialog, SettingsValues

TAB_STOPS = 60  # more than any view has


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """The focusable, visible widgets under ``root`` without an accessible name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if not focusable or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy is what takes the focus
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _views(app: EdicolaApp) -> dict[str, Callable[[], QWidget]]:
    reader = app.reader
    riverside = next(
        e.id for e in app.library.editions.editions() if e.publication_id == "riverside-courier"
    )
    article = app.library.editions.articles(riverside)[0].id

    def show(widget: QWidget) -> Callable[[], QWidget]:
        def shown() -> QWidget:
            app.window.show_view(widget)
            return app.window

        return shown

    def article_view() -> QWidget:
        reader.open_article(article)
        return app.window

    def front_page() -> QWidget:
        reader.open_edition(riverside)
        return app.window

    def pages() -> QWidget:
        app.pages.show_pages(riverside)
        return app.window

    return {
        "reader": article_view,
        "front page": front_page,
        "pages": pages,
        "newsstand": show(app.newsstand.view),
        "search": show(app.search.panel),
        "highlights and bookmarks": show(app.bookmarks.view),
        "recently read": show(app.bookmarks.history),
        "comment outbox": show(app.comments.outbox),
        "feeds": show(app.feeds.view),
        "welcome": show(app.welcome.view),
    }


VIEWS = [
    "reader",
    "front page",
    "pages",
    "newsstand",
    "search",
    "highlights and bookmarks",
    "recently read",
    "comment outbox",
    "feeds",
    "welcome",
]


@pytest.mark.parametrize("view", VIEWS)
def test_every_focusable_widget_has_a_name(make_app: Callable[..., EdicolaApp], view: str) -> None:
    app = make_app(speech_engine="mock")
    root = _views(app)[view]()
    QApplication.processEvents()
    assert unnamed(root) == []


def test_settings_dialog_controls_have_names(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app(speech_engine="mock")
    dialog = SettingsDialog(SettingsValues("", "system", 14, 150), app.window)
    qtbot.addWidget(dialog)
    app.window.add_settings_pages(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []


@pytest.mark.parametrize("view", VIEWS)
def test_tab_walks_through_the_view(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot, view: str
) -> None:
    app = make_app(speech_engine="mock")
    root = _views(app)[view]()
    QApplication.processEvents()
    app.window.activateWindow()
    start = app.window.focusWidget() or app.window
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(TAB_STOPS):
        qtbot.keyClick(QApplication.focusWidget() or root, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None, "Tab lost the focus"
        assert accessible_name(focused), f"a tab stop without a name: {focused!r}"
        if seen and focused is seen[0] and len(seen) > 1:
            break
        seen.append(focused)
    assert len({id(w) for w in seen}) >= 2, "Tab does not move"


def test_the_walk_finds_an_unnamed_control(qtbot: QtBot) -> None:
    """The check itself: an icon-only button and a bare text field are caught."""
    from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button, field, named = QToolButton(root), QLineEdit(root), QLineEdit(root)
    button.setObjectName("bare")
    field.setObjectName("field")
    named.setAccessibleName("Named")
    for widget in (button, field, named):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    assert unnamed(root) == ["QToolButton 'bare'", "QLineEdit 'field'"]
