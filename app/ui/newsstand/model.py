"""What the Newsstand view shows, as plain values, and how states read in words.

The controller builds a :class:`CatalogPage` from the catalog client, the
library and the downloader; the view only draws it. Keeping the page a value
makes the view easy to test and lets one function decide how every state of
an edition is worded ("available", "downloading 42%", "in library" …).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from edicola.core.catalog import EditionEntry, EditionState, PublicationInfo


@dataclass(frozen=True)
class EditionItem:
    entry: EditionEntry
    state: EditionState  # the catalog's revision against the library's
    download: str | None = None  # a DownloadState value while the downloader knows it
    received: int = 0

    @property
    def busy(self) -> bool:
        return self.download in ("queued", "downloading", "waiting", "verifying")


@dataclass(frozen=True)
class PublicationItem:
    info: PublicationInfo
    editions: tuple[EditionItem, ...]
    cover_url: str | None = None
    followed: bool = False
    auto_download: bool = False
    keep_last: int | None = None
    keep_days: int | None = None
    new_count: int = 0
    older_months: int = 0  # archive pages not loaded yet
    loading_older: bool = False


@dataclass(frozen=True)
class CatalogPage:
    url: str
    title: str
    signed: bool
    allow_unsigned: bool
    status: str  # "" when fresh; the quiet "offline · last updated …" otherwise
    publications: tuple[PublicationItem, ...]


def format_size(size: int) -> str:
    if size >= 1_000_000:
        return QCoreApplication.translate("Newsstand", "{n} MB").format(n=f"{size / 1_000_000:.1f}")
    return QCoreApplication.translate("Newsstand", "{n} kB").format(n=max(1, round(size / 1000)))


def percent(received: int, total: int) -> int:
    return int(100 * received / total) if total > 0 else 0


def state_text(item: EditionItem) -> str:
    """The edition's state in words, as the State column shows it."""
    download = item.download
    if download == "downloading":
        return QCoreApplication.translate("Newsstand", "downloading {p}%").format(
            p=percent(item.received, item.entry.size)
        )
    if download == "queued":
        return QCoreApplication.translate("Newsstand", "queued")
    if download == "waiting":
        return QCoreApplication.translate("Newsstand", "waiting to retry")
    if download == "paused":
        return QCoreApplication.translate("Newsstand", "paused at {p}%").format(
            p=percent(item.received, item.entry.size)
        )
    if download == "verifying":
        return QCoreApplication.translate("Newsstand", "verifying")
    if download == "failed":
        return QCoreApplication.translate("Newsstand", "failed")
    if item.state == EditionState.DOWNLOADED:
        return QCoreApplication.translate("Newsstand", "in library")
    if item.state == EditionState.UPDATE:
        return QCoreApplication.translate("Newsstand", "update available")
    return QCoreApplication.translate("Newsstand", "available")
