"""Pictures are decoded at the size they are shown, and the cache is bounded in bytes."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from edicola.ui.reader import library_browser
from edicola.ui.reader.library_browser import LibraryBrowser
from tests.helpers.png_image import png_bytes


def test_large_pictures_are_decoded_at_column_width(qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    big = png_bytes(4000, 3000)
    browser = LibraryBrowser(lambda _e, _p: (big, "image/png"))
    qtbot.addWidget(browser)
    browser.resize(800, 600)
    browser.show()
    monkeypatch.setattr(library_browser, "IMAGE_CACHE_BYTES", 1024 * 1024)
    html = "".join(f'<p><img src="edicola:image/x-2026-01-01/{i}.png"></p>' for i in range(6))
    browser.set_page(html, "", QFont())
    limit = browser._image_width() * browser.devicePixelRatioF() + 1
    for i in range(6):
        image = browser.image_for(QUrl(f"edicola:image/x-2026-01-01/{i}.png"))
        assert image is not None and image.width() <= limit and image.width() < 4000
        # the aspect ratio is kept
        assert abs(image.height() / image.width() - 0.75) < 0.01
    assert browser.natural_size(QUrl("edicola:image/x-2026-01-01/0.png")).width() == 4000  # type: ignore[union-attr]
    assert browser._cache_bytes <= 1024 * 1024 or len(browser._images) == 1
    assert len(browser._images) < 6


def test_covers_are_decoded_off_the_gui_thread_at_wall_size(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtNetwork import QNetworkAccessManager

    from edicola.ui.newsstand.covers import THUMB_HEIGHT, WALL_HEIGHT, CoverCache

    nam = QNetworkAccessManager()
    covers = CoverCache(nam, tmp_path / "covers")
    url = "http://127.0.0.1:9/covers/big.png"
    (tmp_path / "covers").mkdir()
    covers._file(url).write_bytes(png_bytes(3000, 4000))
    with qtbot.waitSignal(covers.ready, timeout=10_000):
        assert covers.thumbnail(url) is None  # decoding on a worker, not here
    thumb, large = covers.thumbnail(url), covers.cover(url)
    assert thumb is not None and thumb.height() == THUMB_HEIGHT
    assert large is not None and large.height() == WALL_HEIGHT and large.width() == 300
    covers._file("http://127.0.0.1:9/covers/junk.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    covers.thumbnail("http://127.0.0.1:9/covers/junk.png")
    qtbot.waitUntil(lambda: covers.pending() == 0)
    assert covers.thumbnail("http://127.0.0.1:9/covers/junk.png") is None
    covers.wait()
    nam.deleteLater()
