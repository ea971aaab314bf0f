"""One edition download: what the catalog promises, where the download stands, and
the mutable record the queue keeps while the bytes arrive.

The states and the request are what the Newsstand and the CLI see; ``DownloadJob``
is the queue's own bookkeeping, shared with the checks that judge a transfer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QNetworkReply

from edicola.core.catalog.provenance import Announcement, Source
from edicola.net.fetch import CappedFetch


class DownloadState(StrEnum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    WAITING = "waiting"  # for a retry after a network problem
    PAUSED = "paused"
    VERIFYING = "verifying"
    IMPORTING = "importing"  # on the importer's worker: cannot be paused or cancelled
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATES = frozenset({DownloadState.DOWNLOADING, DownloadState.VERIFYING})
# Pause and cancel leave these alone; an import is one transaction and is never cut.
SETTLED_STATES = frozenset({DownloadState.DONE, DownloadState.CANCELLED, DownloadState.IMPORTING})


@dataclass(frozen=True)
class DownloadRequest:
    """What the catalog promises about one bundle."""

    edition_id: str
    url: str
    size: int
    sha256: str
    signature_url: str | None = None
    public_key: str | None = None
    allow_unsigned: bool = False
    title: str = ""
    publication_id: str | None = None
    """With ``revision``: what the catalog announced; the bundle must carry exactly that."""
    revision: int | None = None
    catalog_url: str | None = None
    """The catalog it comes from: with ``public_key``, the source that must own the publication."""
    accept_new_publisher: bool = False
    """The user's explicit decision to let this catalog take over a publication owned elsewhere."""

    def source(self) -> Source | None:
        if self.catalog_url is None:
            return None
        return Source.catalog(self.catalog_url, self.public_key)

    def announcement(self) -> Announcement | None:
        if self.publication_id is None or self.revision is None:
            return None
        return Announcement(self.publication_id, self.edition_id, self.revision)


@dataclass
class DownloadJob:
    """The queue's record of one download while it runs (Qt objects included)."""

    request: DownloadRequest
    state: DownloadState = DownloadState.QUEUED
    received: int = 0
    attempt: int = 0
    restarted: bool = False
    reply: QNetworkReply | None = None
    handle: BinaryIO | None = None
    sha256: Any = field(default_factory=hashlib.sha256)
    blake2b: Any = field(default_factory=lambda: hashlib.blake2b(digest_size=64))
    accepting: bool = False
    abort_reason: str | None = None
    timer: QTimer | None = None
    deadline: QTimer | None = None
    fetch: CappedFetch | None = None


class Importer(Protocol):
    """``EditionStore.import_bundle``: gets the SHA-256 the downloader already computed,
    the source (the catalog's key) and what the catalog announced."""

    def __call__(
        self,
        path: Path,
        *,
        bundle_sha256: str | None = None,
        origin: Source | None = None,
        expect: Announcement | None = None,
        accept_new_publisher: bool = False,
    ) -> object: ...
