"""Adding a catalog (issue 27): one that fails on its first fetch is not added (and
"Fetching…" does not stay beside its error), a news feed's address is recognised and
offered to "Follow news sites…", and a catalog that loaded stays through failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from edicola.core.catalog.minisign import SecretKey
from edicola.servers.static_server import StaticServer
from edicola.testing.newsstand_catalog import publish_editions
from edicola.ui.app import EdicolaApp
from edicola.ui.feeds.dialog import AddFeedsDialog

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
RSS = """<?xml version="1.0" encoding="utf-8"?>
<!-- a news site's feed -->
<rss version="2.0"><channel><title>Notizie</title><link>https://n.example/</link>
<item><title>Uno</title><link>https://n.example/1</link></item></channel></rss>"""


def _add(qtbot: QtBot, app: EdicolaApp, url: str) -> None:
    controller = app.newsstand
    app.window.show_view(controller.view)
    failed: list[str] = []
    controller.client.failed.connect(lambda _u, message, _r: failed.append(message))
    controller.view.addCatalogRequested.emit(url, False)
    assert controller.view.empty.text() == "Fetching the catalog…"
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)  # timing-ok: hang guard


def test_a_catalog_that_fails_its_first_fetch_is_not_added(
    qtbot: QtBot, empty_library_app: EdicolaApp, server: StaticServer
) -> None:
    app = empty_library_app
    view = app.newsstand.view
    url = server.url + "missing/catalog.json"
    _add(qtbot, app, url)
    assert app.library.catalogs.get(url) is None
    assert not view.catalog_bar.has_catalogs()
    message = view.message_text("add")
    assert message is not None and url in message and "404" in message
    assert view.message_text("catalog:" + url) is None
    assert "Fetching" not in view.empty.text()  # nothing is on its way any more


def test_a_news_feed_given_as_a_catalog_is_offered_to_follow(
    qtbot: QtBot, empty_library_app: EdicolaApp, server: StaticServer
) -> None:
    app = empty_library_app
    view = app.newsstand.view
    (server.root / "feed.xml").write_text(RSS, "utf-8")
    url = server.url + "feed.xml"
    _add(qtbot, app, url)
    message = view.message_text("add")
    assert message == (
        f"{url}: this is a news feed (RSS or Atom), not a catalog: follow it with "
        "Follow news sites…"
    )
    assert "web page" not in message and app.library.catalogs.get(url) is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    follow = view.findChild(QPushButton, "messageFollowFeed_add")
    assert follow is not None and follow.text() == "Follow news sites…"
    seen: list[list[str]] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AddFeedsDialog)
        seen.append(dialog.feeds())
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, check)
    follow.click()
    assert seen == [[url]]


def test_a_catalog_that_loaded_stays_when_a_later_fetch_fails(
    qtbot: QtBot,
    empty_library_app: EdicolaApp,
    server: StaticServer,
    key: SecretKey,
    tmp_path: Path,
) -> None:
    app = empty_library_app
    controller = app.newsstand
    publish_editions(tmp_path, server.root, key, ["2026-05-04"])
    url = server.url + "catalog.json"
    app.window.show_view(controller.view)
    controller.view.addCatalogRequested.emit(url, False)
    qtbot.waitUntil(lambda: bool(controller.view.state_of("gazzetta-2026-05-04")))
    (server.root / "catalog.json").write_text("<html>moved</html>", "utf-8")
    failed: list[str] = []
    controller.client.failed.connect(lambda _u, message, _r: failed.append(message))
    controller.refresh(url)
    qtbot.waitUntil(lambda: bool(failed))
    assert app.library.catalogs.get(url) is not None
    assert "web page (HTML)" in (controller.view.message_text("catalog:" + url) or "")
