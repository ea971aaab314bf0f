"""One writer for the whole reader: the application's import queue.

Downloads, an opened bundle file and a feed edition that all finish at the
same moment are written one after another, never two at once, each followed
by one ``libraryChanged``; a removal by retention goes through the same queue
and the views that show the library (search results, "Recently read")
follow it without being refreshed by hand.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import SecretKey
from edicola.net.download_job import DownloadState
from edicola.servers.static_server import StaticServer
from edicola.store.changes import LibraryChange
from edicola.store.editions import EditionStore
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source
from edicola.testing.newsstand_catalog import publish_editions
from edicola.ui.app import EdicolaApp
from edicola.ui.bookmarks.history_view import ARTICLE_ID, AVAILABLE, HistoryView
from tests.helpers.feed_site import ATOM, FeedSite, serve_site

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
DOWNLOADS = ["gazzetta-2026-05-04", "gazzetta-2026-05-05"]
HANG_GUARD_S = 60  # only a run that has already failed waits this long


@pytest.fixture
def site() -> Iterator[FeedSite]:
    yield from serve_site(FeedSite())


def _atom(url: str) -> str:
    now = datetime.now(UTC)
    entries = "".join(
        f"""<entry><title>Story {i}</title><link href="{url}/s/{i}"/><id>tag:s,{i}</id>
<updated>{(now - timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>
<content type="html">&lt;p&gt;{"Words here. " * 200}&lt;/p&gt;</content></entry>"""
        for i in (1, 2)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Site</title><id>tag:s</id><updated>2026-11-29T10:00:00Z</updated>{entries}</feed>"""


class Gate:
    """Holds every import at its start until opened, and counts how many run at once."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open = threading.Event()
        self.started: list[str] = []
        self.peak = 0
        self._running = 0
        self._lock = threading.Lock()
        real: Callable[..., Any] = EditionStore.import_bundle

        def gated(store: EditionStore, path: Path, *args: Any, **kwargs: Any) -> Any:
            with self._lock:
                self._running += 1
                self.peak = max(self.peak, self._running)
                self.started.append(path.name)
            try:
                self.open.wait(HANG_GUARD_S)  # timing-ok: a hang guard; the test opens it
                return real(store, path, *args, **kwargs)
            finally:
                with self._lock:
                    self._running -= 1

        monkeypatch.setattr(EditionStore, "import_bundle", gated)


def test_downloads_a_file_and_a_feed_edition_are_written_one_at_a_time(
    qtbot: QtBot,
    tmp_path: Path,
    server: StaticServer,
    key: SecretKey,
    site: FeedSite,
    empty_library_app: EdicolaApp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = empty_library_app
    publish_editions(tmp_path, server.root, key, [d.removeprefix("gazzetta-") for d in DOWNLOADS])
    source = make_edition_source(tmp_path / "file", publication_id="foglio")
    bundle = build_edition(source, tmp_path / "built").path
    site.add("/a.atom", _atom(site.url), ATOM)
    newsstand = app.newsstand
    app.window.show_view(newsstand.view)
    newsstand.view.addCatalogRequested.emit(server.url + "catalog.json", False)
    qtbot.waitUntil(lambda: newsstand.view.state_of(DOWNLOADS[-1]) == "available", timeout=10_000)
    gate = Gate(monkeypatch)
    changes: list[LibraryChange] = []
    app.imports.libraryChanged.connect(changes.append)

    for edition_id in DOWNLOADS:
        newsstand.download(edition_id)
    app.opener.open(bundle)
    paper = app.feeds.add_paper("Sera", [f"{site.url}/a.atom"], "it")
    # All four are handed to the queue while the first waits at the gate.
    qtbot.waitUntil(
        lambda: (
            all(newsstand.downloader.state(e) == DownloadState.IMPORTING for e in DOWNLOADS)
            and app.opener.busy
            and app.feeds.view.paper_state(paper.id) == "importing…"
        ),
        timeout=20_000,
    )
    assert len(gate.started) == 1 and app.imports.busy
    gate.open.set()

    qtbot.waitUntil(lambda: len(changes) == 4, timeout=20_000)
    assert gate.peak == 1  # never two writers
    assert len(gate.started) == 4
    expected = {*DOWNLOADS, "foglio-2026-05-04", f"{paper.id}-{date.today().isoformat()}"}
    assert [len(c.added) for c in changes] == [1, 1, 1, 1]
    assert {c.added[0] for c in changes} == expected
    assert {e.id for e in app.library.editions.editions()} == expected
    assert app.reader.library_tree.topLevelItemCount() == 3  # each publication, refreshed


def _history_availability(history: HistoryView) -> dict[str, bool]:
    items = (history.list.topLevelItem(i) for i in range(history.list.topLevelItemCount()))
    return {
        str(item.data(0, ARTICLE_ID)): bool(item.data(0, AVAILABLE))
        for item in items
        if item is not None
    }


def test_a_retention_removal_updates_open_search_results_and_history(
    qtbot: QtBot,
    make_app: Callable[..., EdicolaApp],
    sample_library: Library,
    server: StaticServer,
) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    faro = [e.id for e in sample_library.editions.editions() if e.publication_id == "il-faro"]
    assert len(faro) >= 2
    doomed = faro[-1]  # the oldest: keeping the newest len - 1 removes it
    article = sample_library.editions.articles(doomed)[0]
    assert reader.open_article(article.id)  # now in "Recently read"
    query = max(article.title.split(), key=len)
    window.search_box.setText(query)
    app.search.search_now()
    qtbot.waitUntil(lambda: app.search.panel.query == query, timeout=10_000)
    assert article.id in app.search.panel.article_ids()
    app.bookmarks.history_action.trigger()
    history = app.bookmarks.history
    assert window.view_stack.currentWidget() is history
    assert _history_availability(history)[article.id] is True

    url = server.url + "catalog.json"  # an empty site: the catalog stays unfetched
    app.newsstand.add_catalog(url)
    with qtbot.waitSignal(app.imports.libraryChanged, timeout=10_000) as changed:
        app.newsstand.view.subscriptionChanged.emit("il-faro", False, len(faro) - 1, 0)
    assert changed.args == [LibraryChange(removed=(doomed,))]
    assert sample_library.editions.edition(doomed) is None

    assert window.view_stack.currentWidget() is history  # no view jumps to the front
    assert _history_availability(history).get(article.id) is not True
    qtbot.waitUntil(lambda: article.id not in app.search.panel.article_ids(), timeout=10_000)
    assert app.search.panel.query == query
    assert reader.library_tree._edition_item(doomed) is None
