"""The window's tool bar and status bar: icons, narrow widths, actions per view.

Icons come from the bundled Lucide set and recolour with the theme; at 760 px
everything fits, narrower the commands fold into a chevron while the search
box and its help stay; the search box does not move when the article is
bookmarked. Article actions are off outside the reader and the status bar
names the view on screen.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from edicola.paths import resource
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.commands import TOOLBAR
from edicola.ui.shell.icons import COMMAND_ICONS
from tests.helpers.tooltips import hover_tip

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
MakeApp = Callable[..., EdicolaApp]

ARTICLE_ACTIONS = ("next_article", "previous_article", "front_page", "text_larger", "bookmark")


def open_first_article(reader: ReaderController) -> None:
    reader.restore_session()
    edition = reader.current_edition
    assert edition is not None
    reader.open_article(reader.editions.articles(edition.id)[0].id, position=0.0)


def test_icons_are_bundled_with_their_licence_and_shown_without_text(
    make_app: MakeApp,
) -> None:
    app = make_app()
    window = app.window
    assert resource("icons", "LUCIDE-LICENSE.txt").read_text().startswith("ISC License")
    for name in COMMAND_ICONS.values():
        assert resource("icons", f"{name}.svg").exists(), name
    for name in TOOLBAR:
        button = window.nav_toolbar.findChild(QToolButton, f"toolButton_{name}")
        assert button is not None and not button.icon().isNull(), name
        label = window.commands[name].text().replace("&", "")
        assert button.toolTip().startswith(label + " (")  # the text, on hover
    assert window.nav_toolbar.toolButtonStyle().name == "ToolButtonIconOnly"


def test_icons_follow_the_theme(make_app: MakeApp) -> None:
    app = make_app()
    window = app.window
    window.set_theme("light")
    light = window.commands["back"].icon().pixmap(20, 20).toImage()
    window.set_theme("dark")
    dark = window.commands["back"].icon().pixmap(20, 20).toImage()
    ink = window.palette().color(QPalette.ColorRole.ButtonText)
    assert light != dark and ink.lightness() > 128  # light strokes on the dark theme


def test_at_760_px_search_and_help_stay_and_do_not_move(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    open_first_article(reader)
    window.resize(760, 700)
    help_button = window.toolbar.findChild(QToolButton, "searchHelpButton")
    assert help_button is not None
    qtbot.waitUntil(lambda: window.width() == 760)
    assert window.search_box.isVisible() and help_button.isVisible()
    x = window.search_box.mapTo(window, window.search_box.rect().topLeft()).x()
    app.bookmarks.bookmark(reader.current_article.id, "", 0.0)  # type: ignore[union-attr]
    assert window.commands["bookmark"].isChecked()
    assert window.search_box.mapTo(window, window.search_box.rect().topLeft()).x() == x
    assert window.search_box.geometry().right() <= window.width()


def test_when_commands_overflow_they_fold_into_a_chevron(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window = app.window
    window.resize(760, 700)
    more = window.nav_toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is not None
    qtbot.waitUntil(lambda: window.width() == 760)
    assert not more.isVisible()  # at 760 px every command fits
    for i in range(16):  # more commands than fit (as other modules may add)
        window.nav_toolbar.addAction(QAction(f"Extra {i}", window))
    qtbot.waitUntil(more.isVisible)
    assert not more.icon().isNull() and more.toolTip() == "More commands"
    assert window.search_box.isVisible() and window.search_box.width() >= 200
    help_button = window.toolbar.findChild(QToolButton, "searchHelpButton")
    assert help_button is not None and help_button.isVisible()
    assert window.search_box.geometry().right() <= window.toolbar.width()


def test_article_actions_are_off_outside_the_reader(make_app: MakeApp) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    open_first_article(reader)
    assert all(window.commands[n].isEnabled() for n in ARTICLE_ACTIONS)
    for view in (app.newsstand.view, app.bookmarks.view):
        window.show_view(view)
        assert not any(window.commands[n].isEnabled() for n in ARTICLE_ACTIONS), view
        assert window.status_read.text() == ""
    assert window.status_position.text() == "Highlights and bookmarks"
    window.show_view(app.newsstand.view)
    assert window.status_position.text() == "Newsstand"  # no catalog yet
    window.show_view(None)
    assert all(window.commands[n].isEnabled() for n in ARTICLE_ACTIONS)
    assert " · article 1 of " in window.status_position.text()


def test_the_status_bar_names_the_contents_as_the_tab_does(make_app: MakeApp) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    reader.restore_session()
    edition = reader.current_edition
    assert edition is not None
    reader.open_edition(edition.id)
    count = len(reader.editions.articles(edition.id))
    assert reader.section_bar.tabText(0) == "Contents"
    assert window.status_position.text() == f"Contents · {count} articles"


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")
def test_tree_items_show_their_full_title_on_hover(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    reader = app.reader
    open_first_article(reader)
    article = reader.current_article
    assert article is not None
    tree = reader.library_tree
    item = tree._articles[article.id]
    assert item.text(0) == article.title
    assert article.title in hover_tip(qtbot, tree, tree.visualItemRect(item))
    publication = tree.topLevelItem(0)
    assert publication is not None
    assert hover_tip(qtbot, tree, tree.visualItemRect(publication)) == publication.text(0)


def test_a_narrow_front_page_leaves_the_cover_out(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    reader.restore_session()
    edition = reader.current_edition
    assert edition is not None and edition.cover
    reader.open_edition(edition.id)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: edition.cover in reader.front_page.toHtml())
    window.resize(760, 760)  # the library panel folds away: the page keeps its measure
    qtbot.waitUntil(lambda: not reader.library_tree.isVisible())
    assert edition.cover in reader.front_page.toHtml()
    window.commands["library_panel"].trigger()  # the reader wants the panel: a narrow page
    qtbot.waitUntil(lambda: edition.cover not in reader.front_page.toHtml())
    assert "</a>" in reader.front_page.toHtml()  # the contents are all there
