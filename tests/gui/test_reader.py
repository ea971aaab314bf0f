"""The reader driven through keys and clicks on a library of the sample editions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.core.render import smart_text
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.controller import ReaderController
from edicola.ui.reader.edition_order import EditionOrder

MakeApp = Callable[..., EdicolaApp]
# The offscreen platform plugin warns about window size hints it cannot honour.
pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")


def _newest_order(library: Library) -> EditionOrder:
    edition = next(
        e for e in library.editions.editions() if e.publication_id == "riverside-courier"
    )
    return EditionOrder.build(
        edition.id, library.editions.sections(edition.id), library.editions.articles(edition.id)
    )


def _image_article(library: Library, order: EditionOrder) -> str:
    for summary in order.articles:
        article = library.editions.article(summary.id)
        if article is not None and "edicola:image/" in article.html:
            return summary.id
    pytest.skip("no sample article with an image yet")


def _open_from_tree(qtbot, reader: ReaderController, article_id: str) -> None:
    tree = reader.library_tree
    reader.library_tree.reveal_article(article_id.split("/")[0], article_id)
    item = tree.currentItem()
    assert item is not None
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: reader.current_article is not None)
    assert reader.current_article.id == article_id


def test_first_start_shows_newest_front_page(make_app: MakeApp, sample_library: Library) -> None:
    app = make_app()
    reader = app.reader
    reader.restore_session()
    listed = sample_library.editions.editions()
    newest = listed[0]
    assert len(listed) > 2
    assert sample_library.editions.editions(limit=1) == [newest]  # what start-up reads
    assert [e.id for e in sample_library.editions.editions(counted=False, limit=2)] == [
        e.id for e in listed[:2]
    ]
    assert reader.current_edition is not None and reader.current_edition.id == newest.id
    assert reader.reader_stack.currentWidget() is reader.front_page
    text = reader.front_page.toPlainText()
    assert newest.publication_title in text
    first = sample_library.editions.articles(newest.id)[0]
    assert first.title in text


def test_front_page_link_opens_article_with_keyboard(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    app = make_app()
    reader = app.reader
    reader.restore_session()
    front = reader.front_page
    front.setFocus()
    qtbot.keyClick(front, Qt.Key.Key_Tab)
    assert front.textCursor().hasSelection()
    qtbot.keyClick(front, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.current_article is not None)
    newest = sample_library.editions.editions()[0]
    assert reader.current_article.id == sample_library.editions.articles(newest.id)[0].id


def test_quitting_stops_decoding_pictures(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    """Shutting down waits for the decodes under way and accepts no more: a decode
    still running while Qt and Python tear down crashed the process at exit."""
    article_id = _image_article(sample_library, _newest_order(sample_library))
    app = make_app()
    _open_from_tree(qtbot, app.reader, article_id)
    view = app.reader.article_view
    html = view.document().toHtml()
    view.clear_image_cache()
    view.prepare_pictures(html)  # while reading: the pictures are decoded ahead
    assert view.pictures_pending() > 0
    app.window.close()  # the app's shutdown
    assert view.pictures_pending() == 0
    view.clear_image_cache()
    view.prepare_pictures(html)  # after it: refused
    assert view.pictures_pending() == 0


def test_article_text_and_image(qtbot: QtBot, make_app: MakeApp, sample_library: Library) -> None:
    order = _newest_order(sample_library)
    article_id = _image_article(sample_library, order)
    app = make_app()
    reader = app.reader
    _open_from_tree(qtbot, reader, article_id)
    article = sample_library.editions.article(article_id)
    assert article is not None
    text = reader.article_view.toPlainText()
    assert article.title in text
    assert article.standfirst not in text  # the page shows it with smart quotes, as the body
    assert smart_text(article.standfirst, article.language) in text
    assert "Millbridge’s flood defences" in text
    assert article.section_title.upper() in text
    src = article.html.split('src="', 1)[1].split('"', 1)[0]
    # Painting asks for the picture: a blank stands in while a worker decodes it,
    # then the page holds the picture.
    view = reader.article_view
    kind = QTextDocument.ResourceType.ImageResource.value
    view.document().resource(kind, QUrl(src))
    qtbot.waitUntil(lambda: view.pictures_pending() == 0)
    image = view.document().resource(kind, QUrl(src))
    assert isinstance(image, QImage) and image.width() > 1
    assert image == view.image_for(QUrl(src))  # decoded once, at the column's width
    # images are fitted to the reading column, keeping their aspect ratio
    fmt = view.document().find("\ufffc").charFormat().toImageFormat()
    assert (
        0
        < fmt.width()
        <= view.viewport().width() - 2 * view.document().rootFrame().frameFormat().leftMargin()
    )
    assert fmt.height() / fmt.width() == pytest.approx(image.height() / image.width(), rel=0.02)


def test_resources_outside_the_library_are_refused(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    reader = app.reader
    local = tmp_path / "x.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(local))
    view = reader.article_view
    kind = QTextDocument.ResourceType.ImageResource.value
    assert view.loadResource(kind, QUrl.fromLocalFile(str(local))) is None
    assert view.loadResource(kind, QUrl("https://example.com/a.png")) is None
    assert view.loadResource(kind, QUrl("edicola:image/nope/../../etc/passwd")) is None
    assert (
        view.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl("a.css"))
        is None
    )


def test_external_link_asks_first(make_app: MakeApp) -> None:
    app = make_app()
    reader = app.reader
    view = reader.article_view
    opened: list[QUrl] = []
    view.open_external = lambda url: opened.append(url) or True
    view.confirm_external = lambda _parent, _url: False
    view.anchorClicked.emit(QUrl("https://example.com/story"))
    assert opened == []
    view.confirm_external = lambda _parent, _url: True
    view.anchorClicked.emit(QUrl("https://example.com/story"))
    assert opened == [QUrl("https://example.com/story")]


def test_j_and_k_walk_across_a_section_boundary(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    order = _newest_order(sample_library)
    app = make_app()
    reader = app.reader
    _open_from_tree(qtbot, reader, order.articles[0].id)
    view = reader.article_view
    view.setFocus()
    boundary = next(
        i
        for i in range(1, len(order.articles))
        if order.articles[i].section_id != order.articles[i - 1].section_id
    )
    for i in range(1, boundary + 1):
        qtbot.keyClick(view, Qt.Key.Key_J)
        assert reader.current_article.id == order.articles[i].id
    assert reader.section_bar.current_section() == order.articles[boundary].section_id
    qtbot.keyClick(reader.article_view, Qt.Key.Key_K)
    assert reader.current_article.id == order.articles[boundary - 1].id
    assert reader.section_bar.current_section() == order.articles[boundary - 1].section_id
    qtbot.keyClick(reader.article_view, Qt.Key.Key_BracketRight)
    assert reader.current_article.id == order.articles[boundary].id
    # Alt+Left goes back through reading history
    qtbot.keyClick(reader.article_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.current_article.id == order.articles[boundary - 1].id
    qtbot.keyClick(reader.article_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert reader.current_article.id == order.articles[boundary].id


def test_space_at_the_end_continues_into_the_next_article(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    order = _newest_order(sample_library)
    app = make_app()
    reader = app.reader
    _open_from_tree(qtbot, reader, order.articles[0].id)
    view = reader.article_view
    view.setFocus()
    for _ in range(200):
        if reader.current_article.id != order.articles[0].id:
            break
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert reader.current_article.id == order.articles[1].id
    assert view.at_start()


def test_find_in_article_counts_and_highlights(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    order = _newest_order(sample_library)
    app = make_app()
    reader = app.reader
    _open_from_tree(qtbot, reader, order.articles[0].id)
    reader.article_view.setFocus()
    qtbot.keyClick(reader.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_bar.isVisible()
    word = "the"
    expected = reader.article_view.toPlainText().lower().count(word)
    qtbot.keyClicks(reader.find_bar.edit, word)
    assert len(reader.article_view.extraSelections()) == expected > 1
    assert reader.find_bar.count.text() == f"1 of {expected}"
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.find_bar.count.text() == f"2 of {expected}"
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Escape)
    assert not reader.find_bar.isVisible()
    assert reader.article_view.extraSelections() == []


def test_switching_theme_recolours_window_and_page(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library, settings
) -> None:
    order = _newest_order(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    _open_from_tree(qtbot, reader, order.articles[0].id)
    window.commands["theme_dark"].trigger()
    assert window.theme.name == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == "#1b1c1e"
    view = reader.article_view  # the window style paints with the palette
    assert view.grab().toImage().pixelColor(1, view.height() // 2).name() == "#1b1c1e"
    assert "#1b1c1e" in view.document().defaultStyleSheet()
    window.commands["theme_sepia"].trigger()
    assert "#f5ecd9" in reader.article_view.document().defaultStyleSheet()
    assert settings.value("reader/theme") == "sepia"


def test_text_size_keys(qtbot: QtBot, make_app: MakeApp, settings) -> None:
    app = make_app()
    reader = app.reader
    reader.restore_session()
    reader.front_page.setFocus()
    before = int(settings.value("reader/textSize", 14))
    qtbot.keyClick(reader.front_page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert int(settings.value("reader/textSize")) == before + 1
    qtbot.keyClick(reader.front_page, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert int(settings.value("reader/textSize")) == 14


def test_reopens_at_the_same_article_and_position(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    order = _newest_order(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    _open_from_tree(qtbot, reader, order.articles[2].id)
    bar = reader.article_view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    fraction = reader.article_view.scroll_fraction()
    window.close()

    again_app = make_app()
    again_reader = again_app.reader
    again_reader.restore_session()
    assert again_reader.current_article is not None
    assert again_reader.current_article.id == order.articles[2].id
    assert again_reader.article_view.scroll_fraction() == pytest.approx(fraction, abs=0.02)


def test_read_after_dwell_is_shown_in_the_list(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    order = _newest_order(sample_library)
    app = make_app(read_dwell_ms=30)
    reader = app.reader
    _open_from_tree(qtbot, reader, order.articles[1].id)
    qtbot.waitUntil(lambda: reader.library_tree.is_shown_read(order.articles[1].id) is True)
    assert reader.library_tree.is_shown_read(order.articles[3].id) is False


def test_slash_focuses_the_search_box_and_esc_returns(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    reader.restore_session()
    reader.front_page.setFocus()
    qtbot.keyClick(reader.front_page, Qt.Key.Key_Slash)
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert reader.front_page.hasFocus()


def test_export_pdf(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library, tmp_path: Path
) -> None:
    order = _newest_order(sample_library)
    app = make_app()
    reader = app.reader
    _open_from_tree(qtbot, reader, order.articles[0].id)
    out = tmp_path / "article.pdf"
    assert reader.export_pdf(out)
    assert out.read_bytes().startswith(b"%PDF")


def test_every_widget_has_an_object_name(make_app: MakeApp) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTextBrowser, QTreeView

    app = make_app()
    window = app.window
    for cls in (QTextBrowser, QLineEdit, QTreeView, QAbstractButton):
        for widget in window.findChildren(cls):
            if isinstance(widget.parent(), QLineEdit):
                continue  # Qt's own clear button inside a line edit
            assert widget.objectName(), f"{cls.__name__} without objectName under {widget.parent()}"


def test_image_click_opens_it_large(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library
) -> None:
    from edicola.ui.reader.image_dialog import ImageDialog

    order = _newest_order(sample_library)
    article_id = _image_article(sample_library, order)
    app = make_app()
    window, reader = app.window, app.reader
    _open_from_tree(qtbot, reader, article_id)
    view = reader.article_view
    doc = view.document()
    cursor = doc.find("\ufffc")  # object replacement character: an image
    assert not cursor.isNull()
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() - 5, rect.center().y())
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(ImageDialog)))
    dialog = window.findChildren(ImageDialog)[0]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
