"""Sync in the reader against a real WebDAV server (wsgidav on 127.0.0.1): Settings → Sync,
the status bar's states, a pass shortly after a change, *On your other devices*."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from edicola.net.sync_session import Session
from edicola.ui.app import EdicolaApp
from edicola.ui.sync.settings_page import SyncSettingsPage
from tests.helpers.sync_fixtures import CHEAP_KDF, PASSPHRASE, PASSWORD, USER, Device
from tests.helpers.webdav_server import WebDav

Make = Callable[..., Device]
AppOn = Callable[[Device], EdicolaApp]
WAIT_MS = 20_000  # timing-ok: a hang guard, far above a loopback pass


@pytest.fixture
def app_on(qtbot: QtBot, settings: QSettings) -> Iterator[AppOn]:
    made: list[EdicolaApp] = []

    def make(device: Device) -> EdicolaApp:
        app = EdicolaApp(device.library, settings)
        app.sync.kdf = CHEAP_KDF
        made.append(app)
        qtbot.addWidget(app.window)
        app.window.resize(1100, 760)
        app.window.show()
        return app

    yield make
    for app in made:
        app.window.close()
        app.shutdown()


def _article(device: Device) -> str:
    return str(device.library.db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0])


def _label(app: EdicolaApp) -> str:
    return app.sync.label.text() if app.sync.label.isVisible() else ""


def _page(app: EdicolaApp) -> SyncSettingsPage:
    return SyncSettingsPage(app.sync, app.window)


def test_settings_sync_sets_up_against_the_real_server(
    qtbot: QtBot, make_device: Make, app_on: AppOn, dav: WebDav
) -> None:
    other = make_device("other")
    other.library.bookmarks.add(_article(other), note="dall'altro computer")
    other.sync()
    device = make_device("here", set_up=False)
    app = app_on(device)
    assert not app.sync.label.isVisible()
    page = _page(app)
    assert page.setup_box.isVisibleTo(page) and not page.status_box.isVisibleTo(page)
    page.url.setText(dav.url())
    page.user.setText(USER)
    page.password.setText(PASSWORD)
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(app.sync.runner.passFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].ok, finished.args[0].message
    assert page.status_box.isVisibleTo(page) and not page.setup_box.isVisibleTo(page)
    assert dav.url() in page.status.text()
    assert _label(app) == "Synced just now"
    notes = {b.note for b in device.library.bookmarks.list()}
    assert "dall'altro computer" in notes


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    qtbot: QtBot, make_device: Make, app_on: AppOn, dav: WebDav
) -> None:
    make_device("first")  # made the folder's key with the right passphrase
    device = make_device("here", set_up=False)
    app = app_on(device)
    page = _page(app)
    page.url.setText(dav.url())
    page.user.setText(USER)
    page.password.setText(PASSWORD)
    page.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(app.sync.setupFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
    error = finished.args[0]
    assert error and "\n" not in error and "passphrase" in error.lower()
    assert page.message.text() == error
    assert not device.store.is_set_up()
    assert device.library.db.execute("SELECT count(*) FROM sync_config").fetchone()[0] == 0
    assert page.setup_box.isVisibleTo(page) and not app.sync.label.isVisible()


def test_status_bar_states(qtbot: QtBot, make_device: Make, app_on: AppOn, dav: WebDav) -> None:
    device = make_device("here")
    app = app_on(device)
    qtbot.waitUntil(lambda: _label(app) == "Synced just now", timeout=WAIT_MS)

    dav.relay.down()
    with qtbot.waitSignal(app.sync.runner.passStarted, timeout=WAIT_MS):
        app.sync.sync_now()
    assert _label(app) == "Syncing…"
    qtbot.waitUntil(lambda: _label(app) == "Sync: server unreachable", timeout=WAIT_MS)
    assert "cannot reach" in app.sync.label.toolTip()
    dav.relay.up()

    other = make_device("other")
    Session.open(other.library.db, other.folder, keyring=None).change_passphrase(
        "una nuova frase", CHEAP_KDF
    )
    with qtbot.waitSignal(app.sync.runner.passFinished, timeout=WAIT_MS):
        app.sync.sync_now()
    assert _label(app) == "Sync: enter the new passphrase"
    page = _page(app)
    assert page.new_passphrase.isVisibleTo(page)
    page.new_passphrase.setText("una nuova frase")
    with qtbot.waitSignal(app.sync.runner.passFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(page.use_passphrase, Qt.MouseButton.LeftButton)
    assert finished.args[0].ok
    assert _label(app) == "Synced just now"
    assert not page.new_passphrase.isVisibleTo(page)


def test_a_pass_runs_shortly_after_a_change(qtbot: QtBot, make_device: Make, app_on: AppOn) -> None:
    device, other = make_device("here"), make_device("other")
    app = app_on(device)
    qtbot.waitUntil(lambda: _label(app) == "Synced just now", timeout=WAIT_MS)
    app.sync.debounce.setInterval(10)
    article = _article(device)
    with qtbot.waitSignal(app.sync.runner.passFinished, timeout=WAIT_MS) as finished:
        app.reader.open_article(article)  # opening it is a change: last opened, history
    assert finished.args[0].ok and finished.args[0].done.sent > 0
    other.sync()
    state = other.library.reading.state(article)
    assert state is not None and state.last_opened is not None


def test_on_your_other_devices_is_one_click_from_its_catalog(
    qtbot: QtBot, make_device: Make, app_on: AppOn
) -> None:
    other, device = make_device("other"), make_device("here")
    catalog = "http://127.0.0.1:9/catalog.json"
    other.library.db.execute("UPDATE publications SET owner = ?", [f"catalog:{catalog}"])
    other.library.db.execute("UPDATE sync_config SET device_name = 'portatile'")
    other.library.db.conn.commit()
    other.sync()
    edition = str(device.library.db.execute("SELECT id FROM editions").fetchone()[0])
    device.library.editions.delete_edition(edition)
    app = app_on(device)
    panel = app.sync.elsewhere
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=WAIT_MS)
    assert panel.isVisibleTo(app.newsstand.view)
    item = panel.list.item(0)
    assert item.text().endswith("on portatile")
    rect = panel.list.visualItemRect(item)
    app.window.show_view(app.newsstand.view)
    qtbot.waitUntil(panel.list.isVisible)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert app.window.current_view() is app.newsstand.view
    assert app.newsstand.view.current_url() == catalog
