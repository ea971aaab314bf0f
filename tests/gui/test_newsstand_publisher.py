"""The Newsstand offers to accept a new publisher, and imports off the GUI thread.

Two signed catalogs on two real static servers on 127.0.0.1 list the same
publication under different keys (issue 11 §1): the second is refused, the
message offers "Accept the new publisher…", and only the confirmation's
Accept lets it replace the owner. Closing the reader while a download
imports waits for that one transaction (issue 11 §2).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import SecretKey
from edicola.core.catalog.provenance import key_id
from edicola.core.catalog.publisher import publish
from edicola.servers.static_server import StaticServer, serve
from edicola.store.database import DATABASE_NAME
from edicola.testing.editions import make_edition_source
from edicola.ui.app import EdicolaApp
from edicola.ui.newsstand.controller import NewsstandController

EDITION = "gazzetta-2026-05-04"


@pytest.fixture
def other_server(tmp_path: Path) -> Iterator[StaticServer]:
    yield from serve(tmp_path / "www-b")


@pytest.fixture
def app(empty_library_app: EdicolaApp) -> EdicolaApp:
    return empty_library_app


def newsstand(app: EdicolaApp) -> NewsstandController:
    controller = app.newsstand
    assert isinstance(controller, NewsstandController)
    return controller


def publish_revision(
    tmp_path: Path, server: StaticServer, key: SecretKey, revision: int, title: str
) -> str:
    source = make_edition_source(tmp_path / f"src-r{revision}", revision=revision)
    out = tmp_path / f"built-r{revision}"
    out.mkdir()
    built = build_edition(source, out)
    publish(server.root, [built.path], key=key, now=datetime.now(UTC), title=title)
    return server.url + "catalog.json"


def add_catalog(qtbot: QtBot, controller: NewsstandController, url: str, state: str) -> None:
    controller.view.addCatalogRequested.emit(url, False)
    qtbot.waitUntil(lambda: controller.view.current_url() == url, timeout=10_000)
    qtbot.waitUntil(lambda: controller.view.state_of(EDITION) == state, timeout=10_000)


def button(controller: NewsstandController, name: str) -> QPushButton:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = controller.view.findChild(QPushButton, name)
    assert found is not None, name
    return found


def open_box(qtbot: QtBot, controller: NewsstandController) -> QMessageBox:
    button(controller, f"messageAcceptPublisher_{EDITION}").click()
    qtbot.waitUntil(lambda: visible_box() is not None)
    box = visible_box()
    assert box is not None
    return box


def visible_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        for box in [widget, *widget.findChildren(QMessageBox)]:
            named = isinstance(box, QMessageBox) and box.objectName() == "newPublisherBox"
            if named and box.isVisible():
                return box  # type: ignore[return-value]
    return None


def test_accept_a_new_publisher_after_a_confirmation(  # type: ignore[no-untyped-def]
    qtbot: QtBot, tmp_path, server, other_server, app
) -> None:
    window = app.window
    key_a, key_b = SecretKey.generate(), SecretKey.generate()
    url_a = publish_revision(tmp_path, server, key_a, 1, "Catalog A")
    url_b = publish_revision(tmp_path, other_server, key_b, 2, "Catalog B")
    controller = newsstand(app)
    library = controller.library
    window.show_view(controller.view)
    add_catalog(qtbot, controller, url_a, "available")
    button(controller, f"download_{EDITION}").click()
    qtbot.waitUntil(lambda: controller.view.state_of(EDITION) == "in library", timeout=10_000)
    owner_a = "key:" + key_a.public_key.to_base64()
    assert library.editions.owner("gazzetta") == owner_a

    # Catalog B lists revision 2 of the same publication, signed with its own key.
    add_catalog(qtbot, controller, url_b, "update available")
    button(controller, f"download_{EDITION}").click()
    qtbot.waitUntil(lambda: controller.view.message_text(EDITION) is not None, timeout=10_000)
    message = controller.view.message_text(EDITION)
    assert message is not None and "belongs to the catalog signed with key" in message
    assert library.catalogs.library_revisions() == {EDITION: 1}

    # The confirmation names both sources: catalog titles and key ids.
    box = open_box(qtbot, controller)
    text = box.text()
    assert "La Gazzetta di Prova" in text
    assert "Catalog A" in text and key_id(key_a.public_key.to_base64()) in text
    assert "Catalog B" in text and key_id(key_b.public_key.to_base64()) in text
    assert box.defaultButton() is box.findChild(QPushButton, "newPublisherCancel")

    # Cancel: nothing changes.
    cancel = box.findChild(QPushButton, "newPublisherCancel")
    assert cancel is not None
    cancel.click()
    qtbot.waitUntil(lambda: visible_box() is None)
    assert library.editions.owner("gazzetta") == owner_a
    assert library.catalogs.library_revisions() == {EDITION: 1}
    assert controller.view.message_text(EDITION) == message
    assert controller.downloader.state(EDITION) is not None
    assert controller.downloader.state(EDITION).value == "failed"  # type: ignore[union-attr]

    # Accept: downloaded again with acceptance; B owns the publication now.
    box = open_box(qtbot, controller)
    accept = box.findChild(QPushButton, "newPublisherAccept")
    assert accept is not None
    accept.click()
    qtbot.waitUntil(lambda: library.catalogs.library_revisions() == {EDITION: 2}, timeout=10_000)
    qtbot.waitUntil(lambda: controller.view.state_of(EDITION) == "in library", timeout=10_000)
    assert library.editions.owner("gazzetta") == "key:" + key_b.public_key.to_base64()
    assert controller.view.message_text(EDITION) is None


def test_other_failures_do_not_offer_a_new_publisher(  # type: ignore[no-untyped-def]
    qtbot: QtBot, tmp_path, server, app
) -> None:
    window = app.window
    from edicola.servers.static_server import Fault
    from edicola.testing.newsstand_catalog import bundle_path

    url = publish_revision(tmp_path, server, SecretKey.generate(), 1, "Catalog A")
    controller = newsstand(app)
    window.show_view(controller.view)
    add_catalog(qtbot, controller, url, "available")
    server.fault(bundle_path(server.root, EDITION), Fault("tamper", after=200))
    button(controller, f"download_{EDITION}").click()
    qtbot.waitUntil(lambda: controller.view.message_text(EDITION) is not None, timeout=10_000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert controller.view.findChild(QPushButton, f"messageAcceptPublisher_{EDITION}") is None


class _ReleaseOnClose(QObject):
    """Lets the held write lock go the moment the window starts closing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.conn.in_transaction:
            self.conn.execute("COMMIT")
        return False


def test_closing_while_an_import_runs_waits_for_it_whole(  # type: ignore[no-untyped-def]
    qtbot: QtBot, tmp_path, server, app
) -> None:
    window = app.window
    url = publish_revision(tmp_path, server, SecretKey.generate(), 1, "Catalog A")
    controller = newsstand(app)
    library = controller.library
    window.show_view(controller.view)
    add_catalog(qtbot, controller, url, "available")
    conn = sqlite3.connect(library.folder / DATABASE_NAME, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")  # the import will wait on its worker
        button(controller, f"download_{EDITION}").click()
        qtbot.waitUntil(lambda: controller.view.state_of(EDITION) == "importing", timeout=10_000)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert controller.view.findChild(QPushButton, f"pause_{EDITION}") is None
        finished: list[str] = []
        controller.downloader.finished.connect(finished.append)
        # Installed last, so it sees the Close first: the import is still under way
        # when the Newsstand shuts down, and must complete as one transaction.
        release = _ReleaseOnClose(conn)
        window.installEventFilter(release)
        window.close()
        assert not conn.in_transaction
    finally:
        conn.close()
    assert finished == []  # nothing reaches a closing window
    edition = library.editions.edition(EDITION)
    assert edition is not None
    assert library.catalogs.library_revisions() == {EDITION: 1}
    assert sorted(p.name for p in (library.folder / "downloads").iterdir()) == []
