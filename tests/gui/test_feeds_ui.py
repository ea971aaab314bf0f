"""Following feeds from the reader: "Add feeds…", a build off the GUI thread with a line
per feed (a failing feed on its own line), the edition in the library, OPML both ways."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from edicola.core.feeds.opml import read_opml
from edicola.store.library import Library
from edicola.ui.feeds.dialog import AddFeedsDialog
from edicola.ui.shell.main_window import MainWindow
from tests.helpers.feed_site import ATOM, FeedSite, serve_site


@pytest.fixture
def site() -> Iterator[FeedSite]:
    site = FeedSite()
    yield from serve_site(site)


def atom(u: str, n: int) -> str:
    now = datetime.now(UTC)
    entries = "".join(
        f"""<entry><title>Story {i}</title><link href="{u}/s/{i}"/><id>tag:s,{i}</id>
<updated>{(now - timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>
<content type="html">&lt;p&gt;{"Words here. " * 200}&lt;/p&gt;</content></entry>"""
        for i in range(1, n + 1)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Site</title><id>tag:s</id><updated>2026-11-29T10:00:00Z</updated>{entries}</feed>"""


def test_add_feeds_builds_a_paper(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    sample_library: Library,
    site: FeedSite,
    tmp_path: Path,
) -> None:
    site.add("/a.atom", atom(site.url, 2), ATOM)
    window = make_window()
    controller = window.feeds  # type: ignore[attr-defined]
    assert window.findChild(object, "action_add_feeds") is not None
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
    qtbot: QtBot, make_window: Callable[..., MainWindow], sample_library: Library, site: FeedSite
) -> None:
    from edicola.core.feeds.papers import new_paper, save_paper

    site.add("/a.atom", atom(site.url, 1), ATOM)
    paper = new_paper(sample_library.folder, "Sera", [f"{site.url}/a.atom"], "it", set())
    save_paper(sample_library.folder, paper)
    window = make_window()
    controller = window.feeds  # type: ignore[attr-defined]
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
