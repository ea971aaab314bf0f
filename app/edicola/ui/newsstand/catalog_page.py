"""What the Newsstand shows for one catalog: its publications, editions and their state.

Built from the catalog client's snapshot (and the months of archive loaded),
the library's revisions, the subscriptions and the downloads under way, as
plain records (:mod:`edicola.ui.newsstand.model`) the view draws, and the
downloads' overall progress. Kept apart from the controller, which decides
*when* to draw; this decides *what*.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from edicola.core.catalog.opds import EditionEntry, EditionState, edition_state
from edicola.net.catalog_client import CatalogClient
from edicola.net.download_job import DownloadRequest, DownloadState
from edicola.net.downloader import Downloader
from edicola.store.catalogs import CatalogStore
from edicola.ui.newsstand.model import CatalogPage, EditionItem, PublicationItem

HIDDEN_DOWNLOADS = (None, DownloadState.DONE, DownloadState.CANCELLED)
"""Download states the page does not show (none, finished, cancelled)."""


def last_updated(fetched_at: str | None) -> str:
    """``fetched_at`` (ISO, UTC) as local time: ``14:02`` today, else ``2026-11-24 14:02``."""
    if not fetched_at:
        return QCoreApplication.translate("Newsstand", "never")
    try:
        when = datetime.fromisoformat(fetched_at).astimezone()
    except ValueError:
        return fetched_at
    if when.date() == datetime.now().astimezone().date():
        return when.strftime("%H:%M")
    return when.strftime("%Y-%m-%d %H:%M")


def edition_item(
    entry: EditionEntry, library_revision: int | None, new: bool, downloader: Downloader
) -> EditionItem:
    """One edition's tile: in the library or not, new, and its download if one runs."""
    state = edition_state(entry.revision, library_revision)
    new = new and state != EditionState.DOWNLOADED
    download = downloader.state(entry.edition_id)
    if download in HIDDEN_DOWNLOADS:
        return EditionItem(entry, state, new=new)
    assert download is not None
    received = downloader.received(entry.edition_id)
    return EditionItem(entry, state, download.value, received, new)


def catalog_page(
    url: str | None,
    store: CatalogStore,
    client: CatalogClient,
    downloader: Downloader,
    new: dict[tuple[str, str], set[str]],
    offline: bool,
) -> CatalogPage | None:
    """The page of the catalog at ``url``; None before its first fetch.

    ``new`` holds, per (catalog, publication), the editions announced as new;
    ``offline`` says the last refresh failed (the page says when it was fetched)."""
    record = store.get(url) if url else None
    snapshot = client.snapshot(url) if url else None
    if record is None or snapshot is None or url is None:
        return None
    revisions = store.library_revisions()
    subscriptions = {s.publication_id: s for s in store.subscriptions(url)}
    publications = []
    for info, _link in snapshot.root.publications:
        feed = snapshot.feeds.get(info.id)
        entries = list(feed.editions) if feed else []
        entries += client.archived_editions(url, info.id)
        seen_new = new.get((url, info.id), set())
        items = tuple(
            edition_item(e, revisions.get(e.edition_id), e.edition_id in seen_new, downloader)
            for e in entries
        )
        sub = subscriptions.get(info.id)
        fresh = {i.entry.edition_id for i in items if i.new}
        publications.append(
            PublicationItem(
                info=info,
                editions=items,
                cover_url=next((e.cover_href for e in entries if e.cover_href), None),
                followed=sub is not None,
                auto_download=bool(sub and sub.auto_download),
                keep_last=sub.keep_last if sub else None,
                keep_days=sub.keep_days if sub else None,
                new_count=len(fresh),
                older_months=int(client.next_archive(url, info.id) is not None),
                loading_older=client.archive_loading(url, info.id),
            )
        )
    status = ""
    if offline:
        status = QCoreApplication.translate("Newsstand", "offline · last updated %1").replace(
            "%1", last_updated(record.fetched_at)
        )
    return CatalogPage(
        url=url,
        title=snapshot.root.title,
        signed=snapshot.signed,
        allow_unsigned=record.allow_unsigned,
        status=status,
        publications=tuple(publications),
    )


def overall_progress(
    downloader: Downloader, requests: Mapping[str, DownloadRequest]
) -> tuple[int, int]:
    """Bytes received and expected over the downloads still to finish."""
    live = [
        (downloader.received(eid), r.size)
        for eid, r in requests.items()
        if downloader.state(eid) not in HIDDEN_DOWNLOADS
    ]
    return sum(a for a, _ in live), sum(b for _, b in live)


def downloads_summary(downloader: Downloader, requests: Mapping[str, DownloadRequest]) -> str:
    """ "2 downloading · 1 queued" beside the overall bar; "" with nothing to do."""
    states = [downloader.state(eid) for eid in requests]
    active = (DownloadState.DOWNLOADING, DownloadState.VERIFYING, DownloadState.IMPORTING)
    running = sum(1 for s in states if s in active)
    queued = sum(1 for s in states if s in (DownloadState.QUEUED, DownloadState.WAITING))
    if not (running or queued):
        return ""
    parts = [QCoreApplication.translate("Newsstand", "%n downloading", "", running)]
    if queued:
        parts.append(QCoreApplication.translate("Newsstand", "%n queued", "", queued))
    return " · ".join(parts)
