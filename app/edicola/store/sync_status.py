"""What ``sync status`` and Settings → Sync show: this device, the others, the last pass."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from edicola.core.sync.payload import EditionCard


@dataclass(frozen=True)
class OtherDevice:
    device_id: str
    name: str
    seen_at: str
    editions: int


@dataclass(frozen=True)
class ElsewhereEdition:
    """An edition another device has and this library lacks."""

    card: EditionCard
    device: str


@dataclass(frozen=True)
class SyncStatus:
    url: str
    user: str
    device_id: str
    device_name: str
    state: str
    message: str
    last_sync_at: str | None
    pending: int
    summary: dict[str, Any]
    devices: list[OtherDevice] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "user": self.user,
            "device": {"id": self.device_id, "name": self.device_name},
            "state": self.state,
            "message": self.message,
            "last_sync_at": self.last_sync_at,
            "pending": self.pending,
            "last": self.summary,
            "devices": [d.__dict__ for d in self.devices],
            "problems": self.problems,
        }
