"""The Newsstand in the reader, against a real static server on 127.0.0.1.

A signed catalog is published into the served folder; the reader adds it by
URL, downloads editions (two at a time, the rest queued), meets a tampered
bundle and an unreachable host, follows a publication and pages back months.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from edicola.servers.static_server import Fault, StaticServer
from edicola.store.library import Library
from edicola.testing.newsstand_catalog import bundle_path, publish_editions
from edicola.ui.app import EdicolaApp
from edicola.ui.newsstand.controller import NewsstandController

DATES = ["2026-05-04", "2026-05-05", "2026-05-06"]
IDS = [f"gazzetta-{d}" for d in DATES]


@pytest.fixture
def app(empty_library_app: EdicolaApp) -> EdicolaApp:
    return empty_library_app


def newsstand(app: EdicolaApp) -> NewsstandController:
    controller = app.newsstand
    assert isinstance(controller, NewsstandController)
    return controller


def add_catalog(qtbot: QtBot, app: EdicolaApp, server: StaticServer) -> NewsstandController:
    controller = newsstand(app)
    app.window.show_view(controller.view)
    controller.view.addCatalogRequested.emit(server.url + "catalog.json", False)
    qtbot.waitUntil(lambda: bool(controller.view.state_of(IDS[0])), timeout=10_000)
    return controller


def button(controller: NewsstandController, name: str) -> QPushButton:
    # Rows are rebuilt on changes; let the old rows' widgets really go first.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = controller.view.findChild(QPushButton, name)
    assert found is not None, name
    return found


def no_dialogs() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_add_catalog_shows_publications_covers_sizes_states(qtbot, tmp_path, server, key, app):  # type: ignore[no-untyped-def]
    publish_editions(tmp_path, server.root, key, DATES)
    controller = add_catalog(qtbot, app, server)
    view = controller.view
    assert view.catalogs.count() == 1 and view.catalogs.item(0).text() == "Test catalog"
    assert [view.state_of(i) for i in IDS] == ["available"] * 3
    publication = view.tree.topLevelItem(0)
    assert publication is not None and publication.text(0) == "La Gazzetta di Prova"
    editions = [publication.child(i) for i in range(publication.childCount())]
    # Long dates in the interface language, as the library shows them; ISO on hover.
    assert [e.text(1) for e in editions] == ["6 May 2026", "5 May 2026", "4 May 2026"]
    assert [e.toolTip(1) for e in editions] == sorted(DATES, reverse=True)
    assert all(e.text(2).endswith("kB") for e in editions)
    qtbot.waitUntil(lambda: not view.tree.topLevelItem(0).icon(0).isNull(), timeout=5000)
    assert record_key(controller) is not None


def record_key(controller: NewsstandController) -> str | None:
    (record,) = controller.store.all()
    return record.public_key


def test_three_downloads_two_run_one_queued(qtbot, tmp_path, server, key, app):  # type: ignore[no-untyped-def]
    window, reader = app.window, app.reader
    publish_editions(tmp_path, server.root, key, DATES)
    controller = add_catalog(qtbot, app, server)
    for edition_id in IDS:
        server.fault(bundle_path(server.root, edition_id), Fault("stall", after=600))
    for edition_id in IDS:
        button(controller, f"download_{edition_id}").click()
    qtbot.waitUntil(lambda: controller.view.state_of(IDS[0]).startswith("downloading"))
    states = [controller.view.state_of(i) for i in IDS]
    assert sum(s.startswith("downloading") for s in states) == 2
    assert states.count("queued") == 1
    qtbot.waitUntil(lambda: controller.view.overall_label.text() == "2 downloading · 1 queued")
    first = next(i for i in IDS if controller.view.state_of(i).startswith("downloading"))
    qtbot.waitUntil(lambda: controller.view.state_of(first) != "downloading 0%", timeout=5000)
    assert controller.view.findChild(QPushButton, f"pause_{first}") is not None
    server.release()
    qtbot.waitUntil(
        lambda: [controller.view.state_of(i) for i in IDS] == ["in library"] * 3, timeout=15_000
    )
    assert controller.view.overall_label.text() == ""
    assert reader.library_tree.topLevelItemCount() >= 1
    button(controller, f"open_{IDS[1]}").click()
    assert reader.current_edition is not None and reader.current_edition.id == IDS[1]
    assert window.view_stack.currentWidget() is reader.main_splitter


def test_tampered_bundle_shows_reason_and_retry(qtbot, tmp_path, server, key, app):  # type: ignore[no-untyped-def]
    publish_editions(tmp_path, server.root, key, DATES[:1])
    controller = add_catalog(qtbot, app, server)
    server.fault(bundle_path(server.root, IDS[0]), Fault("tamper", after=200))
    button(controller, f"download_{IDS[0]}").click()
    qtbot.waitUntil(lambda: controller.view.message_text(IDS[0]) is not None, timeout=10_000)
    message = controller.view.message_text(IDS[0])
    assert message is not None and message.startswith(IDS[0]) and "SHA-256" in message
    assert controller.library.editions.edition(IDS[0]) is None
    assert no_dialogs()
    button(controller, f"messageRetry_{IDS[0]}").click()
    qtbot.waitUntil(lambda: controller.view.state_of(IDS[0]) == "in library", timeout=10_000)
    assert controller.view.message_text(IDS[0]) is None


def test_unreachable_catalog_shows_cached_snapshot_offline(qtbot, tmp_path, server, key, app):  # type: ignore[no-untyped-def]
    publish_editions(tmp_path, server.root, key, DATES)
    controller = add_catalog(qtbot, app, server)
    server.stop()
    failures: list[str] = []
    controller.client.failed.connect(lambda _u, message, _r: failures.append(message))
    controller.refresh(server.url + "catalog.json")
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert controller.view.status.text().startswith("offline · last updated ")
    assert [controller.view.state_of(i) for i in IDS] == ["available"] * 3
    assert controller.view.message_text("catalog:" + server.url + "catalog.json") is None
    assert no_dialogs()


def test_follow_announces_and_auto_downloads_new_editions(qtbot, tmp_path, server, key, app):  # type: ignore[no-untyped-def]
    window = app.window
    publish_editions(tmp_path, server.root, key, DATES[:2])
    controller = add_catalog(qtbot, app, server)
    button(controller, "follow_gazzetta").click()
    url = server.url + "catalog.json"
    (subscription,) = controller.store.subscriptions(url)
    controller.store.subscribe(url, "gazzetta", auto_download=True, keep_last=2)
    publish_editions(tmp_path, server.root, key, DATES[2:])
    refreshed: list[str] = []
    controller.client.refreshed.connect(refreshed.append)
    controller.refresh(url)
    qtbot.waitUntil(lambda: bool(refreshed), timeout=10_000)
    assert "New in the newsstand" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: controller.view.state_of(IDS[2]) == "in library", timeout=10_000)
    assert subscription.publication_id == "gazzetta"


def test_older_months_load_on_demand(qtbot, tmp_path, server, key, app):  # type: ignore[no-untyped-def]
    publish_editions(tmp_path, server.root, key, ["2026-03-30", "2026-04-15", *DATES])
    controller = add_catalog(qtbot, app, server)
    assert controller.view.state_of("gazzetta-2026-04-15") == ""
    button(controller, "older_gazzetta").click()
    qtbot.waitUntil(lambda: controller.view.state_of("gazzetta-2026-04-15") == "available")
    assert controller.view.state_of("gazzetta-2026-03-30") == ""
    button(controller, "older_gazzetta").click()
    qtbot.waitUntil(
        lambda: (
            controller.view.state_of("gazzetta-2026-03-30") == "available"
            or controller.view.message_text("older:gazzetta") is not None
        )
    )
    assert controller.view.message_text("older:gazzetta") is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert controller.view.findChild(QPushButton, "older_gazzetta") is None
    button(controller, "download_gazzetta-2026-03-30").click()
    qtbot.waitUntil(
        lambda: controller.view.state_of("gazzetta-2026-03-30") == "in library", timeout=10_000
    )


def test_a_download_cut_short_resumes_when_the_app_starts_again(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, server, key, settings
):
    """Close (or kill) the reader mid-download: the next start takes it up with Range."""
    publish_editions(tmp_path, server.root, key, DATES[:1])
    bundle = bundle_path(server.root, IDS[0])
    library = Library.open(tmp_path / "library")
    first_app = EdicolaApp(library, settings)
    first = first_app.window
    qtbot.addWidget(first)
    first.show()
    controller = add_catalog(qtbot, first_app, server)
    server.fault(bundle, Fault("stall", after=600))
    button(controller, f"download_{IDS[0]}").click()
    qtbot.waitUntil(lambda: controller.downloader.received(IDS[0]) >= 600, timeout=10_000)
    controller.stop()  # what quitting does; a kill leaves the same .part behind
    first.close()
    server.release()
    assert controller.downloader.part_path(IDS[0]).exists()

    again_app = EdicolaApp(library, settings)
    again = again_app.window
    qtbot.addWidget(again)
    again.show()
    try:
        qtbot.waitUntil(lambda: library.editions.edition(IDS[0]) is not None, timeout=15_000)
        ranges = [r.headers.get("Range") for r in server.requests_for(bundle) if r.method == "GET"]
        assert ranges[-1] is not None and ranges[-1].startswith("bytes=")
        assert not controller.downloader.part_path(IDS[0]).exists()
    finally:
        newsstand(again_app).stop()
        again.close()
        library.close()
