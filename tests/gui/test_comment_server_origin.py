"""The comments panel says where comments go and holds a server change for the reader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from edicola.store.comments import CommentStore
from edicola.ui.comments.fetch import ThreadFetcher
from edicola.ui.comments.panel import CommentsPanel
from tests.helpers.comment_library import ARTICLE, PUBLICATION, THREAD_URI, seed_library


def test_origin_and_pending_server_are_shown_and_accepted(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    db = seed_library(tmp_path / "lib", server="http://127.0.0.1:9/owner/")
    db.execute(
        "UPDATE publications SET owner = 'local', comments_server_pending = ? WHERE id = ?",
        ["http://127.0.0.1:9/new/", PUBLICATION],
    )
    store = CommentStore(db)
    fetcher = ThreadFetcher()
    panel = CommentsPanel(store, settings, fetcher, auto_fetch=False)
    qtbot.addWidget(panel)
    panel.resize(640, 360)
    panel.show()
    panel.set_article(ARTICLE, PUBLICATION, THREAD_URI, None, "Il Faro")
    assert not panel.pending.isVisible()  # collapsed: only the header
    assert panel.as_of.text() == "New comment server to confirm"
    panel.toggle.click()
    qtbot.waitUntil(panel.pending.isVisible)
    assert "http://127.0.0.1:9/owner/" in panel.origin.text()
    assert "a local import" in panel.origin.text()
    assert "http://127.0.0.1:9/new/" in panel.pending_label.text()
    panel.grab().save(str(tmp_path / "pending.png"))
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert store.settings(PUBLICATION).server == "http://127.0.0.1:9/new/"
    assert not panel.pending.isVisible() and "/new/" in panel.origin.text()
    # The reader's own override says so.
    panel.apply_server_choice("http://127.0.0.1:9/mine/")
    assert "set by you" in panel.origin.text()
    fetcher.wait()
    db.close()


def test_a_catalogs_server_on_this_machine_is_refused_in_one_line(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    """Issue 19: the panel and the outbox say why, and nothing is fetched."""
    from edicola.net.comment_delivery import CommentDelivery
    from edicola.ui.comments.outbox_view import OutboxView

    server = "http://127.0.0.1:9/catalogs/"  # the discard port: nothing must try it
    db = seed_library(tmp_path / "lib", server=server, owner="catalog:https://news.example/c")
    store = CommentStore(db)
    fetcher = ThreadFetcher()
    panel = CommentsPanel(store, settings, fetcher, auto_fetch=False)
    qtbot.addWidget(panel)
    panel.set_article(ARTICLE, PUBLICATION, THREAD_URI, None, "Il Faro")
    with qtbot.waitSignal(fetcher.failed, timeout=10_000) as failed:
        panel.refresh()
    said = "is on a private address and came from the catalog, not from you; not contacted"
    assert said in failed.args[2] and said in panel.as_of.text()
    local_id = store.save_draft(ARTICLE, "Bel tram", author="Ann")
    store.queue(local_id)
    CommentDelivery(store, timeout=5).run_pass(force=True)
    outbox = OutboxView(store)
    qtbot.addWidget(outbox)
    outbox.reload()
    item = outbox.tree.topLevelItem(0)
    assert item is not None and said in item.text(1)
    fetcher.wait()
    db.close()
