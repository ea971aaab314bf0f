"""An open does its slow work off the frame (issue 21): pictures are decoded on worker
threads, and the next and previous articles are prepared while one is read, so turning
to them renders no Markdown and decodes no picture."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QThread, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader import picture_decoder
from edicola.ui.reader.library_browser import LibraryBrowser, settle_pictures
from tests.helpers.png_image import png_bytes
from tests.helpers.render_count import counted_renders

MakeApp = Callable[..., EdicolaApp]
pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
IMAGE = QTextDocument.ResourceType.ImageResource.value


def test_a_painted_picture_is_decoded_off_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    png = png_bytes(2000, 1000)
    browser = LibraryBrowser(lambda _e, _p: (png, "image/png"))
    qtbot.addWidget(browser)
    browser.resize(800, 600)
    browser.show()
    threads: list[bool] = []
    real = picture_decoder.decode

    def decode(data: bytes, width: int) -> QImage:
        threads.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        return real(data, width)

    monkeypatch.setattr(picture_decoder, "decode", decode)
    url = QUrl("edicola:image/x-2026-01-01/a.png")
    browser.set_page(f'<p>Text</p><p><img src="{url.toString()}"></p>', "", QFont())
    blank = browser.loadResource(IMAGE, url)  # what Qt paints while it decodes
    assert isinstance(blank, QImage) and blank.width() == 1
    qtbot.waitUntil(lambda: browser.pictures_pending() == 0)
    assert threads == [False]  # decoded once, and not on the GUI thread
    shown = browser.document().resource(IMAGE, url)
    assert isinstance(shown, QImage)
    assert 1 < shown.width() <= browser._image_width() * browser.devicePixelRatioF() + 1
    assert abs(shown.height() / shown.width() - 0.5) < 0.01  # the aspect ratio is kept
    assert browser.loadResource(IMAGE, url) == shown  # painted again: nothing decoded
    assert threads == [False]


def test_a_screenshot_waits_for_the_pictures(qtbot: QtBot) -> None:
    png = png_bytes(1200, 600)
    browser = LibraryBrowser(lambda _e, _p: (png, "image/png"))
    qtbot.addWidget(browser)
    browser.resize(800, 600)
    browser.show()
    url = QUrl("edicola:image/x-2026-01-01/b.png")
    browser.set_page(f'<p><img src="{url.toString()}"></p>', "", QFont())
    browser.loadResource(IMAGE, url)
    assert settle_pictures(browser)
    assert browser.pictures_pending() == 0
    shown = browser.document().resource(IMAGE, url)
    assert isinstance(shown, QImage) and shown.width() > 1


def test_bytes_that_are_no_picture_are_not_decoded_again(qtbot: QtBot) -> None:
    asked: list[str] = []

    def source(_edition: str, path: str) -> tuple[bytes, str]:
        asked.append(path)
        return b"\x89PNG\r\n\x1a\n not a picture", "image/png"

    browser = LibraryBrowser(source)
    qtbot.addWidget(browser)
    url = QUrl("edicola:image/x-2026-01-01/junk.png")
    browser.loadResource(IMAGE, url)
    qtbot.waitUntil(lambda: browser.pictures_pending() == 0)
    assert browser.loadResource(IMAGE, url) is None
    assert asked == ["junk.png"]


def _pictured_pair(library: Library) -> tuple[str, str]:
    """An article and the next one in its edition, which shows a picture."""
    for edition in library.editions.editions():
        articles = library.editions.articles(edition.id)
        for before, after in pairwise(articles):
            found = library.editions.article(after.id)
            if found is not None and "edicola:image/" in found.html:
                library.editions.forget_rendered()  # looking rendered them
                return before.id, after.id
    pytest.skip("no sample article with a picture after another")


def test_the_next_article_is_prepared_while_one_is_read(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = _pictured_pair(sample_library)
    app = make_app()
    reader = app.reader
    reader.prepare_delay_ms = 0
    renders = counted_renders(monkeypatch)
    assert reader.open_article(first)
    assert len(renders) == 1  # the article opened
    qtbot.waitUntil(lambda: not reader.preparing())
    assert len(renders) >= 2  # its neighbours, ahead of time
    renders.clear()
    view = reader.article_view
    decodes: list[int] = []
    real = picture_decoder.decode
    monkeypatch.setattr(picture_decoder, "decode", lambda d, w: decodes.append(w) or real(d, w))
    assert reader.open_article(second)
    view.viewport().repaint()
    assert renders == []  # its HTML was ready
    assert view.pictures_pending() == 0 and decodes == []  # and its pictures decoded
    article = reader.current_article
    assert article is not None
    src = article.html.split('src="', 1)[1].split('"', 1)[0]
    shown = view.document().resource(IMAGE, QUrl(src))
    assert isinstance(shown, QImage) and shown.width() > 1


def test_nothing_is_prepared_once_the_window_is_closed(
    qtbot: QtBot, make_app: MakeApp, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second = _pictured_pair(sample_library)
    app = make_app()
    reader = app.reader
    reader.prepare_delay_ms = 0
    renders = counted_renders(monkeypatch)
    assert reader.open_article(first)
    app.window.close()
    qtbot.waitUntil(lambda: not reader.preparing())
    assert len(renders) == 1
