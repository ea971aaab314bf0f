"""An article is marked read by reading it, not by opening or restyling it.

Issue 21 changed how a page is laid out when it opens (once, with its margins)
and when it is restyled; the reading tracker looks at the scroll bar right after
both, so a long article opened at its top must stay unread through themes and
window widths, and be read when its end is reached.
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.library_browser import LibraryBrowser
from edicola.ui.reader.reading_progress import ReadingState


def _open_longest(qtbot: QtBot, app: EdicolaApp, library: Library) -> tuple[str, LibraryBrowser]:
    """The longest sample article, opened at its top and laid out: its id and view."""
    row = library.db.execute("SELECT id FROM articles ORDER BY word_count DESC LIMIT 1").fetchone()
    app.reader.open_article(row[0], position=0.0)
    view = app.reader.article_view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    return str(row[0]), view


def test_a_long_article_is_unread_when_it_opens_and_read_at_its_end(
    qtbot: QtBot,
    sample_library: Library,
    reading_state: ReadingState,
    make_app: Callable[..., EdicolaApp],
) -> None:
    article_id, view = _open_longest(qtbot, make_app(), sample_library)
    assert view.seen_fraction() < 0.5
    assert not reading_state.is_read(article_id)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: reading_state.is_read(article_id))


def test_themes_and_widths_do_not_mark_an_article_read(
    qtbot: QtBot,
    sample_library: Library,
    reading_state: ReadingState,
    make_app: Callable[..., EdicolaApp],
) -> None:
    """A page styled or laid out again (a theme, a narrower window) is not read by it."""
    app = make_app()
    article_id, view = _open_longest(qtbot, app, sample_library)
    for theme in ("dark", "sepia", "light"):
        app.window.set_theme(theme)
        for width in (760, 1280):
            app.window.resize(width, 800)
            qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    assert view.seen_fraction() < 0.5
    assert not reading_state.is_read(article_id)
