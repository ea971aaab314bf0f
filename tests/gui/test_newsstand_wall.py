"""The Newsstand's wall of covers, drawn from a CatalogPage value (no network).

The wall is the default mode; covers come newest first with their badge; the
arrow keys move between covers and Enter opens what is in the library and
downloads what is not; the list stays one click away and keeps its columns.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.core.catalog.opds import EditionEntry, EditionState, PublicationInfo
from edicola.core.themes import DARK, LIGHT, SEPIA, contrast_ratio, theme
from edicola.ui.newsstand.edition_list import COL_PROGRESS, _without_prefix
from edicola.ui.newsstand.model import CatalogPage, EditionItem, PublicationItem, activation
from edicola.ui.newsstand.view import LIST, WALL, NewsstandView
from edicola.ui.newsstand.wall_delegate import badge
from edicola.ui.newsstand.wall_model import TILE_ROLE, Tile
from edicola.ui.shell.theming import apply_theme


def entry(pub: str, date: str, size: int = 200_000) -> EditionEntry:
    return EditionEntry(
        edition_id=f"{pub}-{date}",
        publication_id=pub,
        date=date,
        title=f"{pub.title()} — {date}",
        revision=1,
        language="en",
        bundle_href=f"{pub}-{date}.edicola",
        size=size,
        sha256="0" * 64,
        cover_href=f"covers/{pub}-{date}.png",
    )


def page() -> CatalogPage:
    courier = PublicationItem(
        info=PublicationInfo("courier", "Courier", "en"),
        editions=(
            EditionItem(entry("courier", "2026-11-25"), EditionState.AVAILABLE, new=True),
            EditionItem(entry("courier", "2026-11-24"), EditionState.DOWNLOADED),
        ),
        followed=True,
    )
    faro = PublicationItem(
        info=PublicationInfo("faro", "Il Faro", "it"),
        editions=(
            EditionItem(entry("faro", "2026-11-25"), EditionState.UPDATE),
            EditionItem(entry("faro", "2026-11-23"), EditionState.AVAILABLE, "downloading", 50_000),
        ),
        older_months=1,
    )
    return CatalogPage("https://x.example/catalog.json", "Test", True, False, "", (courier, faro))


def cover(_url: str) -> QPixmap:
    pixmap = QPixmap(60, 80)
    pixmap.fill(QColor("#336699"))
    return pixmap


def make_view(qtbot: QtBot) -> NewsstandView:
    view = NewsstandView(cover)
    qtbot.addWidget(view)
    view.set_catalogs([("https://x.example/catalog.json", "Test")], None)
    view.show_page(page())
    view.resize(1100, 700)
    view.show()
    return view


def tile_ids(view: NewsstandView) -> list[str]:
    return [t.edition_id for t in view.wall.model.tiles()]


def test_the_wall_is_the_default_mode_newest_first(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.mode() == WALL and view.modes.currentWidget() is view.wall
    assert tile_ids(view) == [
        "courier-2026-11-25",
        "faro-2026-11-25",
        "courier-2026-11-24",
        "faro-2026-11-23",
    ]
    first = view.wall.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert first == "Courier · 25 November 2026 · 200 kB · available · new"


def test_badges_say_the_state_in_a_word() -> None:
    words = {}
    for pub in page().publications:
        for edition in pub.editions:
            found = badge(Tile(edition, pub.info.id, pub.info.title))
            words[edition.entry.edition_id] = None if found is None else found[0]
    assert words == {
        "courier-2026-11-25": "New",
        "courier-2026-11-24": "✓ In library",
        "faro-2026-11-25": "Update",
        "faro-2026-11-23": None,  # the bar over the cover says it
    }


def test_arrows_move_and_enter_opens_or_downloads(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    grid = view.wall.grid
    grid.setFocus()
    assert view.wall.current_tile().edition_id == "courier-2026-11-25"  # type: ignore[union-attr]
    with qtbot.waitSignal(view.downloadRequested) as download:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert download.args == ["courier-2026-11-25"]
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.wall.current_tile().edition_id == "courier-2026-11-24"  # type: ignore[union-attr]
    with qtbot.waitSignal(view.openRequested) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == ["courier-2026-11-24"]
    assert view.wall.findChild(type(view.refresh_button), "wall_open") is not None


def test_a_running_download_is_not_started_again(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.wall.select("faro-2026-11-23")
    signals: list[str] = []
    view.downloadRequested.connect(signals.append)
    view.openRequested.connect(signals.append)
    view.wall.grid.activated.emit(view.wall.grid.currentIndex())
    assert signals == []
    assert activation(page().publications[1].editions[1]) is None


def test_progress_repaints_one_tile_and_keeps_text_off_the_bars(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.wall.select("faro-2026-11-23")
    changed: list[int] = []
    view.wall.model.dataChanged.connect(lambda a, _b: changed.append(a.row()))
    view.set_progress("faro-2026-11-23", 150_000, 200_000)
    assert changed == [3]
    tile = view.wall.model.index(3).data(TILE_ROLE)
    assert tile.edition.received == 150_000
    assert "downloading 75%" in view.wall.details.text()
    assert view.state_of("faro-2026-11-23") == "downloading 75%"
    assert not view.overall.isTextVisible()
    bar = view.findChild(type(view.overall), "progress_faro-2026-11-23")
    assert bar is not None and not bar.isTextVisible()


def test_the_filter_shows_one_publication_and_the_bar_follows_the_choice(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.wall.filter.setCurrentIndex(view.wall.filter.findData("faro"))
    assert tile_ids(view) == ["faro-2026-11-25", "faro-2026-11-23"]
    assert view.wall.older.isVisibleTo(view) and view.wall.follow.text() == "Follow Il Faro"
    with qtbot.waitSignal(view.olderRequested) as older:
        view.wall.older.click()
    assert older.args == ["faro"]
    view.show_page(page())  # a redraw keeps the filter and the chosen cover
    assert tile_ids(view) == ["faro-2026-11-25", "faro-2026-11-23"]


def test_the_list_stays_as_a_second_mode(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    with qtbot.waitSignal(view.modeChanged) as changed:
        view.list_button.click()
    assert changed.args == [LIST] and view.modes.currentWidget() is view.tree
    publication = view.tree.topLevelItem(0)
    assert publication is not None
    child = publication.child(0)
    assert child is not None and child.text(0) == "2026-11-25"  # not "Courier — 2026-11-25"
    assert child.text(1) == "25 November 2026" and child.toolTip(1) == "2026-11-25"
    assert not view.tree.header().isSectionHidden(COL_PROGRESS)  # something downloads
    view.set_mode(WALL)
    assert view.wall_button.isChecked()


def test_the_new_editions_mark_follows_the_theme(qtbot: QtBot) -> None:
    """The "● 1 new" mark is the theme's accent text, readable on every theme's base
    (a literal red was 2.3:1 on the dark theme), and recoloured on a theme switch."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, sheet = app.palette(), app.styleSheet()
    view = make_view(qtbot)
    view.show_page(replace(page(), publications=(replace(page().publications[0], new_count=1),)))
    publication = view.tree.topLevelItem(0)
    assert publication is not None and "1 new" in publication.text(0)
    try:
        for name in (DARK, SEPIA, LIGHT):
            t = theme(name)
            apply_theme(app, t)  # as the window's theme commands do
            qtbot.waitUntil(lambda t=t: publication.foreground(0).color().name() == t.accent_text)
            assert contrast_ratio(t.accent_text, t.background) >= 4.5
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(before)


def test_without_prefix() -> None:
    assert _without_prefix("Il Faro — lunedì 23 novembre", "Il Faro") == "lunedì 23 novembre"
    assert _without_prefix("Weekend", "Il Faro") == "Weekend"
    assert _without_prefix("Il Faro — ", "Il Faro") == "Il Faro — "


def test_an_empty_model_index_has_no_tile(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.wall.model.data(QModelIndex(), TILE_ROLE) is None
