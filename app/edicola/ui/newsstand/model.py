"""What the Newsstand view shows, as plain values, and how states read in words.

The controller builds a :class:`CatalogPage` from the catalog client, the
library and the downloader; the view only draws it. Keeping the page a value
makes the view easy to test and lets one function decide how every state of
an edition is worded ("available", "downloading 42%", "in library" …).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from edicola.core.catalog.opds import EditionEntry, EditionState, PublicationInfo


@dataclass(frozen=True)
class EditionItem:
    entry: EditionEntry
    state: EditionState  # the catalog's revision against the library's
    download: str | None = None  # a DownloadState value while the downloader knows it
    received: int = 0
    new: bool = False  # appeared in a followed publication since the last look

    @property
    def busy(self) -> bool:
        return self.download in ("queued", "downloading", "waiting", "verifying", "importing")


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


def edition_actions(item: EditionItem) -> list[tuple[str, str]]:
    """``(label, kind)`` of the buttons that fit the edition's state, first the main one.

    ``kind`` is one of open, download, pause, resume, cancel, retry; the list
    rows and the wall of covers offer the same buttons.
    """
    if item.download == "importing":
        return []  # one transaction on a worker thread: it cannot be paused or cut
    if item.busy:
        return [
            (QCoreApplication.translate("Newsstand", "Pause"), "pause"),
            (QCoreApplication.translate("Newsstand", "Cancel"), "cancel"),
        ]
    if item.download == "paused":
        return [
            (QCoreApplication.translate("Newsstand", "Resume"), "resume"),
            (QCoreApplication.translate("Newsstand", "Cancel"), "cancel"),
        ]
    if item.download == "failed":
        return [(QCoreApplication.translate("Newsstand", "Retry"), "retry")]
    if item.state == EditionState.DOWNLOADED:
        return [(QCoreApplication.translate("Newsstand", "Open"), "open")]
    if item.state == EditionState.UPDATE:
        return [(QCoreApplication.translate("Newsstand", "Update"), "download")]
    return [(QCoreApplication.translate("Newsstand", "Download"), "download")]


def activation(item: EditionItem) -> str | None:
    """What Enter (or a double click) does to an edition: open it if it is in the
    library, otherwise fetch it; nothing while a download is running."""
    if item.busy:
        return None
    if item.download == "paused":
        return "resume"
    if item.download == "failed":
        return "retry"
    if item.state == EditionState.DOWNLOADED:
        return "open"
    return "download"


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
    if download == "importing":
        return QCoreApplication.translate("Newsstand", "importing")
    if download == "failed":
        return QCoreApplication.translate("Newsstand", "failed")
    if item.state == EditionState.DOWNLOADED:
        return QCoreApplication.translate("Newsstand", "in library")
    if item.state == EditionState.UPDATE:
        return QCoreApplication.translate("Newsstand", "update available")
    return QCoreApplication.translate("Newsstand", "available")
