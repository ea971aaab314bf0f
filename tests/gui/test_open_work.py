"""What an article open does, counted (issue 21: an open in one frame).

The edition's reading order is built once and shared with the library panel; the
section tabs are kept when the next edition has the same sections (renamed, not
rebuilt, when it has others); the page covers its view, so nothing beneath it is
painted first; the status line's new text lays nothing out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.edition_order import EditionOrder
from tests.helpers.event_count import EventCount


def _first_article(library: Library, edition_id: str) -> str:
    return library.editions.articles(edition_id)[0].id


def test_the_order_is_built_once_per_open(
    qtbot: QtBot, sample_library: Library, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[str] = []
    real = EditionOrder.build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[EditionOrder], edition_id: str, *args: Any) -> EditionOrder:
        builds.append(edition_id)
        return real(cls, edition_id, *args)  # type: ignore[no-any-return]

    monkeypatch.setattr(EditionOrder, "build", classmethod(counted))
    app = EdicolaApp(sample_library, settings)
    qtbot.addWidget(app.window)
    for edition_id in ("il-faro-2026-11-25", "riverside-courier-2026-11-24"):
        builds.clear()
        article_id = _first_article(sample_library, edition_id)
        assert app.reader.open_article(article_id)
        assert builds == [edition_id]  # the window's order, shared with the library panel
        item = app.reader.library_tree.currentItem()
        assert item is not None and item.text(0) == app.reader.current_article.title  # type: ignore[union-attr]


def test_section_tabs_are_kept_or_renamed_not_rebuilt(
    qtbot: QtBot, sample_library: Library, settings: QSettings
) -> None:
    app = EdicolaApp(sample_library, settings)
    qtbot.addWidget(app.window)
    reader = app.reader
    bar = reader.section_bar
    changes: list[str] = []

    def counting(name: str) -> Callable[..., Any]:
        method = getattr(bar, name)

        def call(*args: Any) -> Any:
            changes.append(name)
            return method(*args)

        return call

    for name in ("addTab", "removeTab", "insertTab", "setTabText"):
        setattr(bar, name, counting(name))

    def tabs() -> list[str]:
        return [bar.tabText(i) for i in range(bar.count())]

    def opened(edition_id: str) -> list[str]:
        changes.clear()
        assert reader.open_article(_first_article(sample_library, edition_id))
        sections = sample_library.editions.sections(edition_id)
        assert tabs() == ["Contents"] + [s.title for s in sections]
        assert bar.current_section() == reader.current_article.section_id  # type: ignore[union-attr]
        return list(changes)

    opened("il-faro-2026-11-25")
    assert opened("il-faro-2026-11-24") == []  # the same sections: the tabs stay
    renamed = opened("riverside-courier-2026-11-24")  # six sections for six: renamed
    assert renamed and set(renamed) == {"setTabText"}
    assert "removeTab" in opened("il-faro-2026-11-26")  # five sections: one tab fewer


def test_the_page_paints_all_of_its_view(
    qtbot: QtBot, sample_library: Library, settings: QSettings
) -> None:
    """The view is marked opaque (Qt paints nothing beneath it): its own painting must
    then cover every pixel of it, below a short page's end too."""
    app = EdicolaApp(sample_library, settings)
    window = app.window
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    reader = app.reader
    view = reader.article_view.viewport()
    short = sample_library.editions.articles("il-faro-2026-11-25")[0].id
    assert reader.open_article(short)
    assert view.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    for fraction in (0.0, 1.0):  # the top of the page, and its end (below the text)
        reader.article_view.set_scroll_fraction(fraction)
        shown = QImage(view.size(), QImage.Format.Format_ARGB32)
        shown.fill(QColor("magenta"))
        # The view's own painting only: no background, nothing beneath, no children.
        view.render(shown, QPoint(0, 0), QRegion(), QWidget.RenderFlag(0))
        magenta = QColor("magenta").rgb()
        assert not any(
            shown.pixel(x, y) == magenta
            for y in range(0, shown.height(), 7)
            for x in range(0, shown.width(), 7)
        )


def test_the_status_line_changes_without_a_relayout(
    qtbot: QtBot, sample_library: Library, settings: QSettings
) -> None:
    """The status line takes the next article's position without asking for a new
    geometry: a label there laid the status bar out, and then the whole window (a
    layout that has run asks its widget's parent for one), at every open."""
    app = EdicolaApp(sample_library, settings)
    window = app.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reader = app.reader
    first, second = [a.id for a in sample_library.editions.articles("il-faro-2026-11-25")][:2]
    assert reader.open_article(first)
    QApplication.processEvents()
    before = window.status_position.text()
    counted = EventCount(QEvent.Type.LayoutRequest)
    window.statusBar().installEventFilter(counted)
    try:
        assert reader.open_article(second)
        QApplication.processEvents()
    finally:
        window.statusBar().removeEventFilter(counted)
    assert window.status_position.text() not in ("", before)
    assert window.status_position.accessibleName() == window.status_position.text()
    assert counted.count == 0
