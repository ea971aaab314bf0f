"""The Highlights and bookmarks view: one list, searched, sorted, opened, exported, paged."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from edicola.core.annotations.article_text import article_text
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.bookmarks.marks_model import PAGE

MakeApp = Callable[..., EdicolaApp]
pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")

EDITION = "il-faro-2026-11-24"
ARTICLE = f"{EDITION}/caro-affitti"
OTHER = f"{EDITION}/tram-orari-tariffe"
END_QUOTE = "Servono alloggi veri, non solo incentivi"


def marks(library: Library) -> dict[str, str]:
    """A bookmark and three highlights in two articles; their ids by a short name."""
    library.bookmarks.add(OTHER, "leggere stasera", 0.4)
    first = library.highlights.add(ARTICLE, quote="Cercare casa in affitto", color="green")
    noted = library.highlights.add(
        ARTICLE, quote=END_QUOTE, note="citazione per il pezzo", color="pink"
    )
    tram = library.highlights.add(OTHER, quote="il consiglio comunale", color="green")
    return {"first": first.id, "noted": noted.id, "tram": tram.id}


def shown_ids(app: EdicolaApp) -> list[str]:
    view = app.bookmarks.view
    return [view.row(i).id for i in range(view.row_count())]


def test_one_list_searched_by_passage_and_note_and_narrowed_by_colour(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    ids = marks(sample_library)
    app = make_app()
    qtbot.keyClick(app.window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    view = app.bookmarks.view
    assert app.window.view_stack.currentWidget() is view
    assert view.row_count() == 4 and shown_ids(app)[0] == ids["tram"]  # newest first
    assert "4 marks" in view.empty.text()
    qtbot.keyClicks(view.filter, "alloggi")  # words of a passage
    assert shown_ids(app) == [ids["noted"]]
    view.filter.clear()
    qtbot.keyClicks(view.filter, "citazione")  # words of a note
    assert shown_ids(app) == [ids["noted"]]
    view.filter.clear()
    qtbot.keyClicks(view.filter, "stasera")  # a bookmark's note
    assert [view.row(0).kind] == ["bookmark"]
    view.filter.clear()
    view.color_box.setCurrentIndex(view.color_box.findData("green"))
    assert sorted(shown_ids(app)) == sorted([ids["first"], ids["tram"]])
    view.color_box.setCurrentIndex(0)
    view.kind_box.setCurrentIndex(view.kind_box.findData("highlight"))
    view.order_box.setCurrentIndex(view.order_box.findData("color"))
    assert [view.row(i).color for i in range(view.row_count())] == ["green", "green", "pink"]
    view.order_box.setCurrentIndex(view.order_box.findData("edition"))
    order = shown_ids(app)  # by the articles' place in the edition, then the text
    assert order.index(ids["tram"]) < order.index(ids["first"]) < order.index(ids["noted"])
    model = view.model
    assert model.index(0, 1).data() == "“il consiglio comunale”"
    assert model.index(0, 0).data() == "Green"


def test_opening_a_highlight_scrolls_its_article_to_it(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    ids = marks(sample_library)
    app = make_app()
    app.window.resize(1000, 420)  # short: the last paragraph is off screen at the top
    reader = app.reader
    app.bookmarks.view_action.trigger()
    view = app.bookmarks.view
    row = shown_ids(app).index(ids["noted"])
    view.list.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.current_article is not None)
    assert reader.current_article is not None and reader.current_article.id == ARTICLE
    article_view = reader.article_view
    assert article_view.verticalScrollBar().value() > 0
    shown = app.highlights.marks
    place = shown.place(next(s for s in shown.spans if s.id == ids["noted"]))
    assert place is not None
    cursor = article_view.textCursor()
    cursor.setPosition(place[0])
    assert article_view.viewport().rect().contains(article_view.cursorRect(cursor).center())

    def drawn() -> list[str]:
        return [s.cursor.selectedText() for s in article_view.extraSelections()]

    qtbot.waitUntil(lambda: END_QUOTE in drawn())


def test_remove_from_the_view_and_undo(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    ids = marks(sample_library)
    app = make_app()
    app.bookmarks.view_action.trigger()
    view = app.bookmarks.view
    view.list.setCurrentIndex(view.model.index(shown_ids(app).index(ids["noted"]), 0))
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert ids["noted"] not in shown_ids(app)
    assert sample_library.highlights.get(ids["noted"]) is None
    bookmark_row = next(i for i in range(view.row_count()) if view.row(i).kind == "bookmark")
    view.list.setCurrentIndex(view.model.index(bookmark_row, 0))
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert not sample_library.bookmarks.contains(OTHER)
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    found = sample_library.bookmarks.get(OTHER)
    assert found is not None and found.note == "leggere stasera" and found.position == 0.4
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = sample_library.highlights.get(ids["noted"])
    assert restored is not None and restored.note == "citazione per il pezzo"
    assert len(shown_ids(app)) == 4


def test_exports_from_the_view_write_the_three_formats(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library, tmp_path: Path
) -> None:
    marks(sample_library)
    app = make_app()
    controller = app.bookmarks
    controller.view_action.trigger()
    assert controller.export_marks("markdown", tmp_path / "vault") == 4
    [note] = list((tmp_path / "vault").glob("*.md"))
    text = note.read_text(encoding="utf-8")
    assert text.startswith("---\n") and f"> {END_QUOTE}" in text
    assert "citazione per il pezzo" in text
    assert controller.export_marks("web-annotation", tmp_path / "marks.jsonld") == 4
    document = json.loads((tmp_path / "marks.jsonld").read_text(encoding="utf-8"))
    assert document["type"] == "AnnotationCollection" and document["total"] == 4
    assert controller.export_marks("readwise-csv", tmp_path / "marks.csv") == 3  # highlights
    with (tmp_path / "marks.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["Note"] for row in rows} == {"", "citazione per il pezzo"}
    controller.view.color_box.setCurrentIndex(controller.view.color_box.findData("pink"))
    assert controller.export_marks("readwise-csv", tmp_path / "pink.csv") == 1  # as listed
    assert controller.export_marks("web-annotation", tmp_path / "vault") is None  # a folder
    assert "vault" in controller.last_error and "\n" not in controller.last_error
    for box in app.window.findChildren(QMessageBox, "bookmarksWarning"):
        box.close()


def test_rows_are_read_a_page_at_a_time(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    article = sample_library.editions.article(ARTICLE)
    assert article is not None
    text = article_text(article.html, article.title)
    with sample_library.db.atomic():
        for n in range(PAGE * 2 + 50):
            start = (n * 7) % (len(text) - 20)
            sample_library.highlights.add(ARTICLE, span=(start, start + 15))
    app = make_app()
    app.bookmarks.view_action.trigger()
    view = app.bookmarks.view
    assert view.model.total == PAGE * 2 + 50
    assert view.row_count() == PAGE  # the first page only
    bar = view.list.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: bar.value() < bar.maximum() or view.row_count() == view.model.total)
    qtbot.waitUntil(lambda: view.row_count() == view.model.total)
    assert len(set(shown_ids(app))) == PAGE * 2 + 50
