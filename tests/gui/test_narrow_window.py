"""A narrow window (760 px) keeps the article readable (issue 27): the library panel
folds to its toggle, section tabs that do not fit go into a menu, and the comments
pane takes at most a third of the window unless the reader drags it taller."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.panel_fold import ARTICLE_MEASURE_PX

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")


def _open_article(app: EdicolaApp) -> str:
    edition = app.library.editions.editions()[0]
    article = app.library.editions.articles(edition.id)[0]
    assert app.reader.open_article(article.id, position=0.0)
    return edition.id


def test_the_library_panel_folds_in_a_narrow_window_and_comes_back(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    toggle = window.commands["library_panel"]
    window.resize(1280, 800)
    qtbot.waitUntil(reader.library_tree.isVisible)
    window.resize(760, 800)
    qtbot.waitUntil(lambda: not reader.library_tree.isVisible())
    assert not toggle.isChecked() and app.reader_commands.fold.folded
    assert reader.reader_area.width() >= ARTICLE_MEASURE_PX
    button = window.nav_toolbar.widgetForAction(toggle)
    assert button is not None and button.isVisible()  # the fold is a toggle on the tool bar
    window.resize(1280, 800)
    qtbot.waitUntil(reader.library_tree.isVisible)
    assert toggle.isChecked()
    # Closed by the reader, it stays closed whatever the width.
    toggle.trigger()
    window.resize(760, 800)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: reader.main_splitter.width() > 1000)
    assert not reader.library_tree.isVisible() and not toggle.isChecked()


SECTIONS = ("Politica interna", "Esteri", "Economia e finanza", "Cronaca cittadina",
            "Cultura e spettacoli", "Scienza", "Sport", "Lettere al direttore")  # fmt: skip


def _many_sections(tmp_path: Path) -> Path:
    """A bundle with more sections than a narrow window has room for."""
    ids = [f"s{i}" for i in range(len(SECTIONS))]
    articles = {
        f"a{i}.md": (section_id, f"Articolo {i}", "Sommario.", "Testo dell'articolo.\n")
        for i, section_id in enumerate(ids)
    }
    source = make_edition_source(tmp_path / "many", articles=articles, publication_id="molte")
    edition = json.loads((source / "edition.json").read_text("utf-8"))
    edition["sections"] = [{"id": i, "title": t} for i, t in zip(ids, SECTIONS, strict=True)]
    (source / "edition.json").write_text(json.dumps(edition), "utf-8")
    return build_edition(source, tmp_path).path


def test_section_tabs_that_do_not_fit_go_into_a_menu(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    result = sample_library.editions.import_bundle(_many_sections(tmp_path))
    app = make_app()
    window, reader = app.window, app.reader
    bar = reader.section_bar
    edition_id = result.edition_id
    first = app.library.editions.articles(edition_id)[0]
    assert reader.open_article(first.id, position=0.0)
    window.resize(760, 800)
    qtbot.waitUntil(lambda: bool(bar.overflow()))
    shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
    assert 0 in shown and bar.currentIndex() in shown
    assert sum(bar.tabRect(i).width() for i in shown) <= bar.width() - bar.more.width()
    assert bar.more.isVisible() and bar.more.geometry().right() <= bar.width()
    sections = {s.id: s.title for s in app.library.editions.sections(edition_id)}
    menu = bar.more.menu()
    assert [a.text() for a in menu.actions()] == [sections[s] for s in bar.overflow()]
    hidden = bar.overflow()[-1]
    with qtbot.waitSignal(reader.articleOpened, timeout=5000):
        menu.actions()[-1].trigger()
    assert bar.current_section() == hidden and hidden not in bar.overflow()
    assert reader.current_article is not None and reader.current_article.section_id == hidden
    # Wide again: every tab on the bar, no menu.
    window.resize(1900, 800)
    qtbot.waitUntil(lambda: not bar.overflow())
    assert not bar.more.isVisible()


def test_the_comments_pane_takes_a_third_unless_dragged(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    window.resize(760, 800)
    _open_article(app)
    panel = app.comments.panel
    panel.toggle.setChecked(True)
    qtbot.waitUntil(lambda: panel.height() > 100)
    assert panel.height() <= window.height() // 3 + 2
    # The reader drags it taller: it stays as they left it.
    splitter = reader.article_splitter
    handle = splitter.handle(splitter.indexOf(panel))
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start - QPoint(0, 150))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 150))
    qtbot.waitUntil(lambda: panel.height() > window.height() // 3 + 50)
    dragged = panel.height()
    panel.toggle.setChecked(False)
    panel.toggle.setChecked(True)
    qtbot.waitUntil(lambda: abs(panel.height() - dragged) < 60)
