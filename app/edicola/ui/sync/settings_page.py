"""Settings → Sync: set up, the status, a new passphrase, forget; and the settings tick.

It does what ``edicola sync setup``, ``status`` and ``forget`` do, through the
:class:`~edicola.ui.sync.wiring.SyncController` (which runs them on the app's
one writer, off the GUI thread). Built afresh each time the Settings dialog
opens; a set-up or a forget finishing after the dialog closed is simply not
shown here (the status bar says it). Any problem is one line under the
buttons, and nothing changes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edicola.store.sync_status import SyncStatus
from edicola.ui.common.dates import long_datetime
from edicola.ui.sync.status_label import PASSPHRASE, SyncState


class SyncActions(Protocol):
    """What the page asks of the sync controller (``wiring.SyncController``)."""

    @property
    def setupFinished(self) -> SignalInstance: ...
    @property
    def forgetFinished(self) -> SignalInstance: ...
    @property
    def stateChanged(self) -> SignalInstance: ...
    def status(self) -> SyncStatus | None: ...
    def state(self) -> SyncState: ...
    def sharing_settings(self) -> bool: ...
    def set_sharing_settings(self, on: bool) -> None: ...
    def sync_now(self) -> None: ...
    def set_up(self, url: str, user: str, password: str, passphrase: str) -> None: ...
    def enter_passphrase(self, passphrase: str) -> None: ...
    def forget(self, *, delete_remote: bool = False) -> None: ...


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SyncSettingsPage(QGroupBox):
    """Implements :class:`~edicola.ui.shell.seam.SettingsPage`."""

    def __init__(self, controller: SyncActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSettings")
        self.setTitle(self.tr("Sync"))
        self._c = controller
        self.setup_box = self._build_setup()
        self.status_box = self._build_status()
        self.share_settings = QCheckBox(self.tr("Sync the &theme and text size too"), self)
        self.share_settings.setObjectName("syncShareSettings")
        self.share_settings.setChecked(controller.sharing_settings())
        self.message = QLabel(self)
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.status_box)
        layout.addWidget(self.share_settings)
        layout.addWidget(self.message)
        controller.setupFinished.connect(self._on_controller_setup_finished)
        controller.forgetFinished.connect(self._on_controller_forget_finished)
        controller.stateChanged.connect(self._on_controller_state_changed)
        self.refresh()

    def _build_setup(self) -> QWidget:
        box = QWidget(self)
        self.url = QLineEdit(box)
        self.url.setObjectName("syncUrl")
        self.url.setPlaceholderText("https://cloud.example/remote.php/dav/files/anna/edicola/")
        self.user = QLineEdit(box)
        self.user.setObjectName("syncUser")
        self.password = _secret_field(box, "syncPassword")
        self.passphrase = _secret_field(box, "syncPassphrase")
        self.set_up_button = QPushButton(self.tr("&Set up sync"), box)
        self.set_up_button.setObjectName("syncSetUp")
        hint = QLabel(
            self.tr(
                "Positions, bookmarks, highlights, notes and follows go through your own "
                "WebDAV server (Nextcloud, Apache, nginx…), sealed with the passphrase: "
                "the server sees nothing readable. Use the same folder and passphrase on "
                "every device; a lost passphrase cannot be recovered."
            ),
            box,
        )
        hint.setObjectName("dialogHint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("WebDAV &folder:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.set_up_button)
        self.set_up_button.clicked.connect(self._on_set_up_clicked)
        return box

    def _build_status(self) -> QWidget:
        box = QWidget(self)
        self.status = QLabel(box)
        self.status.setObjectName("syncStatusText")
        self.status.setWordWrap(True)
        self.new_passphrase = _secret_field(box, "syncNewPassphrase")
        self.new_passphrase.setPlaceholderText(self.tr("the new passphrase"))
        self.use_passphrase = QPushButton(self.tr("&Use this passphrase"), box)
        self.use_passphrase.setObjectName("syncUsePassphrase")
        self.sync_now = QPushButton(self.tr("Sync &now"), box)
        self.sync_now.setObjectName("syncNow")
        self.forget_button = QPushButton(self.tr("&Forget sync here"), box)
        self.forget_button.setObjectName("syncForget")
        self.delete_remote = QCheckBox(self.tr("and delete the folder on the server"), box)
        self.delete_remote.setObjectName("syncDeleteRemote")
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.new_passphrase, 1)
        passphrase_row.addWidget(self.use_passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_now)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.delete_remote)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(passphrase_row)
        layout.addLayout(buttons)
        self.use_passphrase.clicked.connect(self._on_use_passphrase_clicked)
        self.sync_now.clicked.connect(self._c.sync_now)
        self.forget_button.clicked.connect(self._on_forget_clicked)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        """The dialog grows to its size hint: sized by its word-wrapped hints' height for
        width alone, Qt leaves it too short and squashes this form's fields to slivers."""
        super().showEvent(event)
        window = self.window()
        if window is not self:
            window.resize(window.size().expandedTo(window.sizeHint()))

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        self._c.set_sharing_settings(self.share_settings.isChecked())

    def refresh(self) -> None:
        """Show the set-up form, or the status of the set-up sync."""
        status = self._c.status()
        self.setup_box.setVisible(status is None)
        self.status_box.setVisible(status is not None)
        self.share_settings.setEnabled(status is not None)
        if status is None:
            return
        state = self._c.state()
        last = long_datetime(status.last_sync_at) if status.last_sync_at else self.tr("never")
        lines = [
            self.tr("Folder: %1 as %2").replace("%1", status.url).replace("%2", status.user),
            self.tr("This device: %1").replace("%1", status.device_name),
            self.tr("Last sync: %1").replace("%1", last),
            self.tr("%n change(s) waiting to be sent", "", status.pending),
        ]
        if status.message:
            lines.append(self.tr("Problem: %1").replace("%1", status.message))
        for device in status.devices:
            lines.append(self.tr("Other device: %1").replace("%1", device.name))
        for problem in status.problems:
            lines.append(self.tr("Skipped file: %1").replace("%1", problem))
        self.status.setText("\n".join(lines))
        asking = state.kind == PASSPHRASE
        self.new_passphrase.setVisible(asking)
        self.use_passphrase.setVisible(asking)

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        for button in (self.set_up_button, self.use_passphrase, self.forget_button):
            button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.message.setText(text)
        for button in (self.set_up_button, self.use_passphrase, self.forget_button):
            button.setEnabled(True)
        self.refresh()

    def _on_set_up_clicked(self) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        missing = [
            name
            for name, value in (
                (self.tr("folder"), url),
                (self.tr("user"), user),
                (self.tr("password"), self.password.text()),
                (self.tr("passphrase"), self.passphrase.text()),
            )
            if not value
        ]
        if missing:
            self.message.setText(self.tr("Please fill in: %1").replace("%1", ", ".join(missing)))
            return
        self._busy(self.tr("Checking the server and the passphrase…"))
        self._c.set_up(url, user, self.password.text(), self.passphrase.text())

    def _on_use_passphrase_clicked(self) -> None:
        if not self.new_passphrase.text():
            return
        self._busy(self.tr("Checking the passphrase…"))
        self._c.enter_passphrase(self.new_passphrase.text())

    def _on_forget_clicked(self) -> None:
        remote = self.delete_remote.isChecked()
        if remote:
            answer = QMessageBox.question(
                self,
                self.tr("Delete the sync folder"),
                self.tr(
                    "Delete the sync folder on the server? Your other devices stop syncing "
                    "too. What is in this library stays."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._busy(self.tr("Forgetting…"))
        self._c.forget(delete_remote=remote)

    def _on_controller_setup_finished(self, error: str) -> None:
        if not error:
            self.password.clear()
            self.passphrase.clear()
            self.new_passphrase.clear()
        self._idle(error or self.tr("Sync is set up; the first sync is under way."))

    def _on_controller_forget_finished(self, error: str) -> None:
        self._idle(error or self.tr("Sync forgotten here; this library keeps its contents."))

    def _on_controller_state_changed(self, _state: SyncState) -> None:
        self.refresh()
