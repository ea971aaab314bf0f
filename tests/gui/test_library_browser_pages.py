"""Setting page after page keeps nothing of the pages before."""

from __future__ import annotations

import gc

from PySide6.QtGui import QFont, QTextFrame
from pytestqt.qtbot import QtBot
from shiboken6 import getCppPointer

from edicola.ui.reader.library_browser import LibraryBrowser, root_frame


def _frames() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QTextFrame))


def test_pages_set_one_after_another_keep_no_frames(qtbot: QtBot) -> None:
    """Each page has a new root frame; PySide keeps every wrapper ``rootFrame()``
    returned as a child of the document's, so reading it per page kept one for each
    page ever shown."""
    browser = LibraryBrowser(lambda _e, _p: None)
    qtbot.addWidget(browser)
    browser.resize(700, 500)
    browser.set_page("<p>First page.</p>", "body { background: white; }", QFont())
    before = _frames()
    for n in range(40):
        browser.set_page(f"<h1>Page {n}</h1><p>Text.</p>", "body { background: white; }", QFont())
    assert _frames() <= before


def test_the_root_frame_is_found_before_a_leading_table(qtbot: QtBot) -> None:
    browser = LibraryBrowser(lambda _e, _p: None)
    qtbot.addWidget(browser)
    for html in ("<p>Text</p>", "<table><tr><td>Cell</td></tr></table><p>After</p>"):
        browser.setHtml(html)
        document = browser.document()
        assert getCppPointer(root_frame(document)) == getCppPointer(document.rootFrame())
