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
