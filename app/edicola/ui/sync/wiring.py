"""Sync in the reader: when passes run, what the status bar says, Settings → Sync.

:class:`SyncController` owns the :class:`~edicola.ui.sync.runner.SyncRunner`
and decides *when* a pass runs: at start, shortly after a change (the app
calls :meth:`changed` for the reader's edits, follows and library changes: a
debounce), every ``interval_ms``, and when the network comes back
(``QNetworkInformation`` reachability where the platform has a backend; the
interval covers the rest). It does what ``edicola sync setup``, ``status`` and
``forget`` do, for the Settings page, on the app's one writer of the library.
Reader settings (theme, text size) sync only while the reader has chosen so
(:mod:`edicola.store.sync_settings`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from edicola.core.sync.engine import SyncFailed
from edicola.net.sync_session import Session, setup
from edicola.store import sync_settings
from edicola.store.changes import LibraryChange
from edicola.store.library import Library
from edicola.store.sync_credentials import KeyringLike
from edicola.store.sync_state import SyncStore
from edicola.store.sync_status import ElsewhereEdition, SyncStatus
from edicola.tasks.import_queue import ImportQueue
from edicola.tasks.outcome import Done, Outcome
from edicola.ui.common.messages import error_text
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.seam import Frame
from edicola.ui.sync.elsewhere_panel import ElsewherePanel
from edicola.ui.sync.runner import PassReport, SyncRunner
from edicola.ui.sync.settings_page import SyncSettingsPage
from edicola.ui.sync.status_label import (
    FAILED,
    OFF,
    OK,
    PASSPHRASE,
    SYNCING,
    UNREACHABLE,
    SyncState,
    SyncStatusLabel,
)

INTERVAL_MS = 10 * 60 * 1000
DEBOUNCE_MS = 15 * 1000


@dataclass(frozen=True)
class ReaderSettings:
    """How the controller reads and applies the reader's shared settings."""

    current: Callable[[], dict[str, Any]]
    apply: Callable[[dict[str, Any]], None]


class SyncController(QObject):
    stateChanged = Signal(object)  # SyncState
    setupFinished = Signal(str)  # "" when it worked, else one line
    forgetFinished = Signal(str)

    def __init__(
        self,
        frame: Frame,
        library: Library,
        imports: ImportQueue,
        reader_settings: ReaderSettings,
        *,
        keyring: KeyringLike | bool | None = True,
        kdf: dict[str, int] | None = None,
        interval_ms: int = INTERVAL_MS,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(frame.as_widget())
        self.setObjectName("syncController")
        self.frame = frame
        self.library = library
        self.store = SyncStore(library.db, library.folder)
        self.imports = imports
        self.reader_settings = reader_settings
        self._keyring = keyring
        self.kdf = kdf
        self.runner = SyncRunner(library.folder, imports, keyring=keyring, parent=self)
        self.label = SyncStatusLabel(frame.as_widget())
        frame.add_status_widget(self.label)
        self.elsewhere = ElsewherePanel(frame.as_widget())
        frame.add_settings_page(lambda dialog: SyncSettingsPage(self, dialog))
        self.interval = QTimer(self)
        self.interval.setInterval(interval_ms)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self._network: QNetworkInformation | None = None
        self._last: PassReport | None = None
        self._stopped = False
        self.interval.timeout.connect(self.sync_now)
        self.debounce.timeout.connect(self.sync_now)
        self.runner.passStarted.connect(self._on_runner_pass_started)
        self.runner.passFinished.connect(self._on_runner_pass_finished)
        self.label.clicked.connect(self._on_label_clicked)
        self._show_state()
        self.elsewhere.show_editions(self.editions_elsewhere())

    # -- when ------------------------------------------------------------------------

    def start(self, *, watch_network: bool = True) -> None:
        """Sync now (if set up), then every interval and when the network comes back."""
        self.interval.start()
        if watch_network:
            self._watch_network()
        self.sync_now()

    def changed(self) -> None:
        """Something that syncs changed here: a pass shortly (the debounce)."""
        if not self._stopped and self.store.is_set_up():
            self.debounce.start()

    def changed_settings(self) -> None:
        """The theme or text size changed: a change to sync if they are shared."""
        if self.sharing_settings():
            self.changed()

    def library_changed(self, change: LibraryChange) -> None:
        """Editions came or went (the list of those elsewhere changes); a merge's own
        announcement starts no pass."""
        self.elsewhere.show_editions(self.editions_elsewhere())
        if change.editions:
            self.changed()

    def sync_now(self) -> None:
        if self._stopped or not self.store.is_set_up():
            return
        self.debounce.stop()
        if self.sharing_settings():
            current = self.reader_settings.current()
            if sync_settings.read(self.library.folder) != current:
                sync_settings.write(self.library.folder, current)
        self.runner.run_pass()

    def stop(self) -> None:
        """The application's shutdown: no pass starts; one under way is let go."""
        self._stopped = True
        self.interval.stop()
        self.debounce.stop()
        self.runner.stop()

    # -- what the page and the Newsstand show -------------------------------------------

    def status(self) -> SyncStatus | None:
        return self.store.status() if self.store.is_set_up() else None

    @property
    def last_report(self) -> PassReport | None:
        return self._last

    def editions_elsewhere(self) -> list[ElsewhereEdition]:
        return self.store.elsewhere() if self.store.is_set_up() else []

    def sharing_settings(self) -> bool:
        return sync_settings.read(self.library.folder) is not None

    def set_sharing_settings(self, on: bool) -> None:
        if on == self.sharing_settings():
            return
        if on:
            sync_settings.write(self.library.folder, self.reader_settings.current())
            self.changed()
        else:
            sync_settings.stop_sharing(self.library.folder)

    # -- set up, passphrase, forget (on the one writer) ---------------------------------

    def set_up(self, url: str, user: str, password: str, passphrase: str) -> None:
        """Check the server and the passphrase and keep them; ``setupFinished`` says how."""

        def work(library: Library) -> None:
            setup(
                library.db, library.folder, url, user, password, passphrase,
                kdf=self.kdf, keyring=self._keyring,
            )  # fmt: skip

        self.imports.submit_write(work, self._on_setup_done)

    def enter_passphrase(self, passphrase: str) -> None:
        """The passphrase changed on another device: set up again with the new one."""

        def work(library: Library) -> None:
            status = SyncStore(library.db, library.folder).status()
            try:
                secret = Session.open(library.db, library.folder, keyring=self._keyring).secret
            except SyncFailed:
                secret = {}
            password = str(secret.get("password", ""))
            setup(
                library.db, library.folder, status.url, status.user, password, passphrase,
                kdf=self.kdf, keyring=self._keyring,
            )  # fmt: skip

        self.imports.submit_write(work, self._on_setup_done)

    def forget(self, *, delete_remote: bool = False) -> None:
        def work(library: Library) -> None:
            session = Session.open(library.db, library.folder, keyring=self._keyring)
            session.forget(delete_remote=delete_remote)

        self.imports.submit_write(work, self._on_forget_done)

    def _on_setup_done(self, outcome: Outcome[None]) -> None:
        if isinstance(outcome, Done):
            self._last = None
            self.setupFinished.emit("")
            self._show_state()
            self.sync_now()
        else:
            self.setupFinished.emit(_one_line(outcome.error))

    def _on_forget_done(self, outcome: Outcome[None]) -> None:
        self.forgetFinished.emit("" if isinstance(outcome, Done) else _one_line(outcome.error))
        self._last = None
        self._show_state()
        self.elsewhere.show_editions(self.editions_elsewhere())

    # -- state --------------------------------------------------------------------------

    def state(self) -> SyncState:
        status = self.status()
        if status is None:
            return SyncState(OFF)
        if self.runner.running:
            return SyncState(SYNCING, status.last_sync_at)
        if status.state == "passphrase":
            return SyncState(PASSPHRASE, status.last_sync_at, status.message)
        if status.state == "failed":
            unreachable = self._last is not None and self._last.unreachable
            if self._last is None:
                unreachable = status.message.startswith("cannot reach")
            return SyncState(UNREACHABLE if unreachable else FAILED, status.last_sync_at,
                             status.message)  # fmt: skip
        return SyncState(OK, status.last_sync_at)

    def _show_state(self) -> None:
        state = self.state()
        self.label.show_state(state)
        self.stateChanged.emit(state)

    def _on_runner_pass_started(self) -> None:
        self._show_state()

    def _on_runner_pass_finished(self, report: PassReport) -> None:
        self._last = report
        if report.ok and self.sharing_settings():
            shared = sync_settings.read(self.library.folder) or {}
            current = self.reader_settings.current()
            if any(current.get(k) != v for k, v in shared.items()):
                self.reader_settings.apply(shared)
        self._show_state()
        self.elsewhere.show_editions(self.editions_elsewhere())

    def _on_label_clicked(self) -> None:
        action = self.frame.commands.get("settings")
        if action is not None:
            action.trigger()

    def _watch_network(self) -> None:
        if self._network is not None:
            return
        if not QNetworkInformation.instance() and not QNetworkInformation.loadBackendByFeatures(
            QNetworkInformation.Feature.Reachability
        ):
            return  # no backend here: the interval covers it
        network = QNetworkInformation.instance()
        if network is None:
            return
        self._network = network
        network.reachabilityChanged.connect(self._on_network_reachability_changed)

    def _on_network_reachability_changed(self, reachability: object) -> None:
        if reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
        ):
            self.sync_now()


def _one_line(error: BaseException) -> str:
    text = error_text(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def install_sync(
    frame: Frame,
    library: Library,
    imports: ImportQueue,
    reader: ReaderController,
    *,
    keyring: KeyringLike | bool | None = True,
    kdf: dict[str, int] | None = None,
    interval_ms: int = INTERVAL_MS,
    debounce_ms: int = DEBOUNCE_MS,
) -> SyncController:
    """Build sync into the window; the reader's positions (saved as articles change)
    and its theme and text size are its changes to listen to. Call ``start()``."""
    prefs = reader.preferences

    def current() -> dict[str, Any]:
        return {"theme": prefs.theme, "text_size": prefs.text_size}

    def apply(values: dict[str, Any]) -> None:
        theme = values.get("theme")
        action = frame.commands.get(f"theme_{theme}") if isinstance(theme, str) else None
        if action is not None and theme != prefs.theme:
            action.trigger()  # the frame applies it, the reader renders again
        size = values.get("text_size")
        if isinstance(size, int) and size != prefs.text_size:
            reader.set_text_size(size)

    controller = SyncController(
        frame,
        library,
        imports,
        ReaderSettings(current, apply),
        keyring=keyring,
        kdf=kdf,
        interval_ms=interval_ms,
        debounce_ms=debounce_ms,
    )
    reader.articleOpened.connect(lambda _article: controller.changed())
    frame.themeChanged.connect(lambda _name: controller.changed_settings())
    return controller
