"""Opening an article of another edition reads its article list once (not three times)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp


def test_an_open_reads_the_edition_once_and_remembers_nothing_after(
    qtbot: QtBot, sample_library: Library, settings: QSettings
) -> None:
    store = sample_library.editions
    calls: list[str] = []
    real = store.articles

    def counted(edition_id: str) -> list[object]:
        calls.append(edition_id)
        return list(real(edition_id))

    store.articles = counted  # type: ignore[method-assign,assignment]
    app = EdicolaApp(sample_library, settings)
    reader = app.reader
    qtbot.addWidget(app.window)
    editions = [e.id for e in store.editions(counted=False)]
    assert len(editions) >= 2
    for edition_id in editions[:2]:
        article = real(edition_id)[1]
        calls.clear()
        assert reader.open_article(article.id)
        assert calls == [edition_id]  # window order, library panel and read marks share it
        assert reader.library_tree.currentItem().text(0) == article.title  # type: ignore[union-attr]
    calls.clear()
    reader.reading.read_ids(editions[0])  # outside an open: the store is asked again
    assert calls == [editions[0]]
