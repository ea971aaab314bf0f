"""Start-up in two steps (issue 21): what the first frame needs, then the rest.

``run_reader`` builds the app with ``defer_rest`` and calls ``build_rest`` after
the first paint. These tests hold it to its promise: the same menus, shortcuts,
tool bar and status bar in the same order as an app built at once, features
built on first use when asked for earlier, and a clean shutdown of an app whose
rest was never built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.shell.application import run_reader
from tests.helpers.render_count import counted_renders

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
MakeApp = Callable[..., EdicolaApp]
WATCHDOG_MS = 60_000


def _menu(menu: QMenu) -> list[str]:
    return [
        f"{a.objectName()}|{a.text()}|{a.shortcut().toString()}"
        + (f"[{','.join(_menu(a.menu()))}]" if isinstance(a.menu(), QMenu) else "")
        for a in menu.actions()
    ]


def _shape(app: EdicolaApp) -> dict[str, list[str]]:
    """What a person can reach: menus, window shortcuts, tool bar, status bar, views."""
    window = app.window
    shape = {name: _menu(menu) for name, menu in window.menus.items()}
    shape["window actions"] = sorted(
        f"{a.objectName()}|{a.shortcut().toString()}" for a in window.actions()
    )
    shape["tool bar"] = [a.objectName() for a in window.nav_toolbar.actions()]
    shape["status bar"] = [
        w.objectName() or type(w).__name__
        for w in window.statusBar().findChildren(QWidget)
        if w.parent() is window.statusBar()
    ]
    stack = window.view_stack
    shape["views"] = [stack.widget(i).objectName() for i in range(stack.count())]
    return shape


def test_the_rest_built_later_gives_the_same_window(make_app: MakeApp) -> None:
    at_once = make_app()
    expected = _shape(at_once)
    at_once.window.close()

    later = make_app(defer_rest=True)
    assert not later.rest_built
    later.reader.restore_session()
    focused, shown = later.window.focusWidget(), later.window.current_view()
    before = _shape(later)
    assert len(before["views"]) < len(expected["views"])  # the rest is really left out
    later.build_rest()
    assert later.rest_built
    assert (later.window.focusWidget(), later.window.current_view()) == (focused, shown)
    assert _shape(later) == expected
    later.build_rest()  # once only
    assert _shape(later) == expected


def test_a_feature_asked_for_early_is_built_then(make_app: MakeApp) -> None:
    app = make_app(defer_rest=True)
    assert not app.rest_built
    pages = app.pages
    assert app.rest_built and app.pages is pages
    assert isinstance(app.newsstand.action, QAction)


def test_an_app_whose_rest_was_never_built_shuts_down_cleanly(
    qtbot: QtBot, sample_library: Library, settings: QSettings
) -> None:
    app = EdicolaApp(sample_library, settings, defer_rest=True)
    qtbot.addWidget(app.window)
    app.window.show()
    app.reader.restore_session()
    app.window.close()  # shutdown, in its order, without the features never built
    assert not app.rest_built
    app.build_rest()  # a late timer after shutdown builds nothing
    assert not app.rest_built


def _close_when_built(app: EdicolaApp) -> None:
    """Close the window once the rest is built (checked from the event loop)."""
    timer = QTimer(app.window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: app.rest_built and app.window.close())
    timer.start()
    watchdog = QTimer(app.window)  # a run that reaches it has failed: never decides a pass
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(app.window.close)
    watchdog.start(WATCHDOG_MS)


def test_run_reader_paints_first_then_builds_the_rest(
    qapp: QApplication, sample_library: Library
) -> None:
    folder = sample_library.folder
    sample_library.close()
    seen: list[bool] = []
    built: list[bool] = []

    def on_shown(app: EdicolaApp) -> None:
        seen.append(app.rest_built)
        app.window.closing.connect(lambda: built.append(app.rest_built))
        _close_when_built(app)

    assert run_reader(folder, on_shown=on_shown) == 0
    assert seen == [False]  # the window was shown with the reader only
    assert built == [True]  # and the rest came from the event loop


def test_an_empty_library_is_built_whole_before_the_first_frame(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Nothing to restore: the welcome view is the first frame, so everything is built."""
    seen: list[tuple[bool, bool]] = []

    def on_shown(app: EdicolaApp) -> None:
        seen.append((app.rest_built, app.window.current_view() is app.welcome.view))
        _close_when_built(app)

    assert run_reader(tmp_path / "library", on_shown=on_shown) == 0
    assert seen == [(True, True)]


def test_a_restart_shows_the_page_closed_on_without_a_render(
    make_app: MakeApp, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_app()
    newest = sample_library.editions.editions()[0]
    article_id = sample_library.editions.articles(newest.id)[1].id
    assert first.reader.open_article(article_id)
    shown = first.reader.current_article
    assert shown is not None and shown.html
    first.window.close()  # the shutdown saves the session and keeps the page
    sample_library.editions.forget_rendered()  # as in a new process
    renders = counted_renders(monkeypatch)
    second = make_app(defer_rest=True)
    second.reader.restore_session()
    article = second.reader.current_article
    assert article is not None and article.id == article_id and article.html == shown.html
    assert renders == []  # the first paint waits for no jail worker
