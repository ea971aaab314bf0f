"""The status bar's word on sync: "Synced 2 min ago", "Syncing…", what went wrong.

A small permanent widget (the frame's ``add_status_widget``); hidden while
sync is not set up. The time since the last sync is said again every minute
(a display refresh: nothing depends on it). Clicking it opens Settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

OFF, SYNCING, OK, UNREACHABLE, FAILED, PASSPHRASE = (
    "off",
    "syncing",
    "ok",
    "unreachable",
    "failed",
    "passphrase",
)


@dataclass(frozen=True)
class SyncState:
    kind: str
    last_sync_at: str | None = None
    """ISO time of the last pass that worked."""
    message: str = ""


def ago(last: str | None, now: datetime) -> str:
    """ "Synced just now", "Synced 2 min ago", "Synced 3 h ago", or the day."""
    if not last:
        return QCoreApplication.translate("Sync", "Not synced yet")
    try:
        then = datetime.fromisoformat(last)
    except ValueError:
        return QCoreApplication.translate("Sync", "Synced")
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    minutes = max(0, int((now - then).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("Sync", "Synced just now")
    if minutes < 60:
        return QCoreApplication.translate("Sync", "Synced %n min ago", None, minutes)
    hours = minutes // 60  # outside the call: lupdate reads "//" there as a comment
    if hours < 24:
        return QCoreApplication.translate("Sync", "Synced %n h ago", None, hours)
    return QCoreApplication.translate("Sync", "Synced on %1").replace(
        "%1", then.astimezone().date().isoformat()
    )


def status_text(state: SyncState, now: datetime) -> str:
    if state.kind == SYNCING:
        return QCoreApplication.translate("Sync", "Syncing…")
    if state.kind == UNREACHABLE:
        return QCoreApplication.translate("Sync", "Sync: server unreachable")
    if state.kind == PASSPHRASE:
        return QCoreApplication.translate("Sync", "Sync: enter the new passphrase")
    if state.kind == FAILED:
        return QCoreApplication.translate("Sync", "Sync: failed")
    return ago(state.last_sync_at, now)


class SyncStatusLabel(QLabel):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._state = SyncState(OFF)
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self._say)
        self.setVisible(False)

    @property
    def state(self) -> SyncState:
        return self._state

    def show_state(self, state: SyncState) -> None:
        self._state = state
        self._say()
        if state.kind == OFF:
            self._tick.stop()
        elif not self._tick.isActive():
            self._tick.start()

    def _say(self) -> None:
        state = self._state
        self.setVisible(state.kind != OFF)
        if state.kind == OFF:
            return
        self.setText(status_text(state, datetime.now(UTC)))
        self.setToolTip(
            state.message or QCoreApplication.translate("Sync", "Sync: click for Settings → Sync")
        )
        self.setAccessibleName(self.text())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
