"""Following feeds from the reader: "Add feeds…", a build off the GUI thread with a line
per feed (a failing feed on its own line), the edition in the library, OPML both ways."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from edicola.core.feeds.opml import read_opml
from edicola.core.feeds.recipe import load_recipe
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.feeds.dialog import AddFeedsDialog
from edicola.ui.feeds.paper_dialog import EditPaperDialog
from edicola.ui.feeds.view import FeedsView
from tests.helpers.feed_site import ATOM, FeedSite, serve_site


@pytest.fixture
def site() -> Iterator[FeedSite]:
    site = FeedSite()
    yield from serve_site(site)


def atom(u: str, n: int, title: str = "Site", age_hours: int = 0, key: str = "s") -> str:
    now = datetime.now(UTC) - timedelta(hours=age_hours)
    entries = "".join(
        f"""<entry><title>Story {key} {i}</title><link href="{u}/{key}/{i}"/><id>tag:{key},{i}</id>
<updated>{(now - timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>
<content type="html">&lt;p&gt;{"Words here. " * 200}&lt;/p&gt;</content></entry>"""
        for i in range(1, n + 1)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>{title}</title><id>tag:{key}</id><updated>2026-11-29T10:00:00Z</updated>{entries}</feed>"""


def test_add_feeds_builds_a_paper(
    qtbot: QtBot,
    make_app: Callable[..., EdicolaApp],
    sample_library: Library,
    site: FeedSite,
    tmp_path: Path,
) -> None:
    site.add("/a.atom", atom(site.url, 2), ATOM)
    app = make_app()
    window = app.window
    controller = app.feeds
    assert window.findChild(object, "addFeedsAction") is not None
    assert window.findChild(object, "newsstandAddFeeds") is not None
    good, dead = f"{site.url}/a.atom", f"{site.url}/dead.xml"
    with qtbot.waitSignal(controller.paperBuilt, timeout=20000) as built:
        recipe = controller.add_paper("Morning paper", [good, dead], "en")
    paper_id, edition_id = built.args
    assert paper_id == recipe.id == "feeds-morning-paper"
    assert window.view_stack.currentWidget() is controller.view
    view = controller.view
    assert view.feed_state(paper_id, good) == "2 items, 2 new items"
    assert view.feed_state(paper_id, dead) == "error: HTTP 404 Not Found"
    assert view.paper_state(paper_id).startswith("revision 1 ready: 2 new articles")
    assert sample_library.editions.edition(edition_id) is not None
    assert not list((sample_library.folder / "feeds" / paper_id).glob("*.edicola"))
    controller.view.grab().save(str(tmp_path / "feeds-view.png"))

    # A scheduled or manual update with nothing new imports nothing.
    with qtbot.waitSignal(controller.paperBuilt, timeout=20000) as again:
        controller.update_all()
    assert again.args == [paper_id, ""]
    assert view.paper_state(paper_id) == "nothing new"
    assert view.feed_state(paper_id, good) == "no change since the last update"

    # OPML out, and back in through the dialog.
    opml = tmp_path / "feeds.opml"
    controller.export_opml(opml)
    assert [f.url for f in read_opml(opml.read_bytes())] == [good, dead]
    dialog = AddFeedsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.import_opml(opml)
    assert dialog.feeds() == [good, dead] and dialog.paper_name() == "Feeds"


def test_add_feeds_dialog_checks_its_input(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AddFeedsDialog(None, "it")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.paper_language() == "it"
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisible() and "name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Rassegna")
    dialog.buttons.accepted.emit()
    assert "feed address" in dialog.error.text()
    dialog.urls.setPlainText("https://example.org/a.xml\nftp://example.org/b.xml\n")
    dialog.buttons.accepted.emit()
    assert "ftp://example.org/b.xml" in dialog.error.text() and dialog.isVisible()
    bad = tmp_path / "bad.opml"
    bad.write_text("<html/>")
    assert not dialog.import_opml(bad) and "not an OPML file" in dialog.error.text()
    dialog.urls.setPlainText("https://example.org/a.xml\n")
    dialog.grab().save(str(tmp_path / "dialog.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.buttons.accepted.emit()


def test_papers_are_built_on_start_and_scheduled(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library, site: FeedSite
) -> None:
    from edicola.core.feeds.papers import new_paper, save_paper

    site.add("/a.atom", atom(site.url, 1), ATOM)
    paper = new_paper(sample_library.folder, "Sera", [f"{site.url}/a.atom"], "it", set())
    save_paper(sample_library.folder, paper)
    app = make_app()
    controller = app.feeds
    assert controller.timer.isActive() and controller.timer.interval() == 180 * 60_000
    edition_id = f"{paper.id}-{date.today().isoformat()}"
    # The start-up build was queued when the window was made (it may be done already).
    qtbot.waitUntil(lambda: sample_library.editions.edition(edition_id) is not None, timeout=20000)
    qtbot.waitUntil(lambda: "revision 1 ready" in controller.view.paper_state(paper.id))


def test_closing_abandons_a_build_in_flight(qtbot: QtBot, site: FeedSite, tmp_path: Path) -> None:
    from edicola.core.feeds.recipe import load_recipe
    from edicola.ui.feeds.runner import FeedsRunner
    from tests.helpers.feed_site import Route

    site.routes["/slow.xml"] = Route(kind="trickle")
    recipe_path = tmp_path / "slow.toml"
    recipe_path.write_text(
        '[publication]\nid = "slow"\ntitle = "Slow"\n[fetch]\ndeadline = 1\n'
        f'[[sections]]\nid = "a"\ntitle = "A"\nfeeds = ["{site.url}/slow.xml"]\n'
    )
    runner = FeedsRunner(tmp_path / "library")
    ended: list[str] = []
    runner.built.connect(lambda *args: ended.append("built"))
    runner.failed.connect(lambda *args: ended.append("failed"))
    with qtbot.waitSignal(runner.feedProgressed, timeout=5000):
        assert runner.build(load_recipe(recipe_path))
    runner.stop(timeout=10)
    assert not runner.is_running("slow")
    QCoreApplication.processEvents()  # deliver what the joined thread queued: nothing
    assert ended == []
    assert not (tmp_path / "library" / "feeds" / "slow" / ".edicola-feeds").exists()


def _paper_item(view: FeedsView, paper_id: str) -> QTreeWidgetItem:
    for index in range(view.tree.topLevelItemCount()):
        item = view.tree.topLevelItem(index)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == paper_id:
            return item
    raise AssertionError(paper_id)


def test_a_paper_gets_a_section_per_feed_named_after_the_feed_and_is_read_from_the_view(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library, site: FeedSite
) -> None:
    site.add("/a.atom", atom(site.url, 2, "Il Post", key="a"), ATOM)
    site.add("/b.atom", atom(site.url, 1, "BBC News - World", key="b"), ATOM)
    app = make_app()
    controller, view, reader = app.feeds, app.feeds.view, app.reader
    feeds = [f"{site.url}/a.atom", f"{site.url}/b.atom"]
    with qtbot.waitSignal(controller.paperBuilt, timeout=20000) as built:
        recipe = controller.add_paper("Rassegna", feeds, "it")
    paper_id, edition_id = built.args
    saved = load_recipe(sample_library.folder / "feeds" / paper_id / "recipe.toml")
    assert [(s.title, s.feeds) for s in saved.sections] == [
        ("Il Post", (feeds[0],)),
        ("BBC News - World", (feeds[1],)),
    ]
    assert [s.title for s in sample_library.editions.sections(edition_id)] == [
        "Il Post",
        "BBC News - World",
    ]
    assert recipe.sections[0].title == "127.0.0.1"  # until the first build named it
    item = _paper_item(view, paper_id)
    assert [item.child(i).text(0) for i in range(item.childCount())] == [
        "Il Post",
        "BBC News - World",
    ]
    assert "Esc" in view.hint.text()

    def read_with(act: Callable[[], None]) -> None:
        app.window.show_view(view)
        view.tree.setCurrentItem(item)
        with qtbot.waitSignal(reader.editionOpened, timeout=5000) as opened:
            act()
        assert opened.args == [edition_id]
        assert reader.in_reader() and reader.reader_stack.currentWidget() is reader.front_page

    def enter() -> None:
        view.tree.setFocus()
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)

    def double_click() -> None:
        # As a mouse does it: press and release, then the second press is the double-click.
        centre = view.tree.visualItemRect(item).center()
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    read_with(enter)
    read_with(double_click)
    read_with(lambda: qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton))
    # Esc leaves the view (the status bar says so too).
    app.window.show_view(view)
    assert "Esc" in app.window.status_position.text()
    app.window.commands["escape"].trigger()
    assert reader.in_reader()


def test_a_paper_without_an_edition_says_why(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], site: FeedSite
) -> None:
    site.add("/old.atom", atom(site.url, 3, "Old news", age_hours=24 * 10, key="o"), ATOM)
    site.add("/empty.atom", atom(site.url, 0, "Quiet", key="q"), ATOM)
    app = make_app()
    controller, view = app.feeds, app.feeds.view
    cases = [
        ("Old", [f"{site.url}/old.atom"], "3 items, all older than 3 days (max_age_days)"),
        ("Quiet", [f"{site.url}/empty.atom"], "the feeds have no items"),
        ("Dead", [f"{site.url}/dead.xml"], "every feed failed"),
    ]
    for name, feeds, why in cases:
        with qtbot.waitSignal(controller.runner.reported, timeout=20000):
            recipe = controller.add_paper(name, feeds, "en")
        qtbot.waitUntil(lambda r=recipe: not controller.runner.is_running(r.id))
        assert not controller.open_paper(recipe.id)
        assert why in view.note.text(), (name, view.note.text())
        assert app.window.statusBar().currentMessage() == view.note.text()
        assert app.window.view_stack.currentWidget() is view


def test_a_paper_is_edited_in_place(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library, site: FeedSite
) -> None:
    site.add("/a.atom", atom(site.url, 1, "Il Post", key="a"), ATOM)
    site.add("/b.atom", atom(site.url, 1, "Valigia Blu", key="b"), ATOM)
    app = make_app()
    controller, view = app.feeds, app.feeds.view
    with qtbot.waitSignal(controller.paperBuilt, timeout=20000) as built:
        recipe = controller.add_paper("Sera", [f"{site.url}/a.atom"], "it")
    paper_id = built.args[0]
    view.tree.setCurrentItem(_paper_item(view, paper_id))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = app.window.findChild(EditPaperDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.sections.item(0, 0).text() == "Il Post"
    dialog.name.setText("Sera e mattina")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.schedule.setCurrentIndex(dialog.schedule.findData(60))
    dialog.sections.item(0, 0).setText("Politica")
    assert not dialog.add_feed("ftp://example.org/x") and "ftp://" in dialog.error.text()
    qtbot.keyClicks(dialog.new_feed, f"{site.url}/b.atom")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.sections.rowCount() == 2
    with qtbot.waitSignal(controller.paperBuilt, timeout=20000):  # the feeds changed
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    saved = load_recipe(sample_library.folder / "feeds" / paper_id / "recipe.toml")
    assert saved.id == recipe.id and saved.title == "Sera e mattina" and saved.language == "en"
    assert saved.refresh_minutes == 60 and controller.timer.interval() == 60 * 60_000
    assert [s.title for s in saved.sections] == ["Politica", "Valigia Blu"]
    assert _paper_item(view, paper_id).text(0) == "Sera e mattina"

    # Removing a feed, and a paper needs one at least.
    dialog = controller.edit_paper(paper_id)
    assert dialog is not None
    dialog.remove_row(0)
    dialog.remove_row(0)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "at least one feed" in dialog.error.text()
    dialog.reject()
