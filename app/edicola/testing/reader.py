"""Driving the real reader window the way a person does, for the ``edicola_reader`` fixture.

Every method goes through what a reader touches: clicks in the library panel,
the ``J``/``K`` keys, typing into the ``searchBox``, ``Ctrl+D`` and the note
dialog. It waits on conditions (``qtbot.waitUntil``), never on time, so it
holds on a busy CI machine. Importing a bundle is the one exception: the
window has no import command (people get editions from the Newsstand), so
``import_bundle`` hands the file to the app's import queue, as a finished
download does, and every view refreshes on its ``libraryChanged``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from edicola.core.annotations.selectors import find_quote
from edicola.core.bundle.check import check_editions
from edicola.core.bundle.edition_text import EditionText, load_bundle, load_library_edition
from edicola.store.editions import ImportResult
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.library_browser import settle_pictures
from edicola.ui.reader.library_tree import ID

WAIT_MS = 10_000
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_IMAGE_SRC = re.compile(r"""\bsrc\s*=\s*["'](edicola:image/[^"']+)["']""", re.IGNORECASE)
_ARTICLE_HREF = re.compile(r"""\bhref\s*=\s*["']edicola:article/([^"'#]+)""", re.IGNORECASE)


class ReaderDriver:
    """The reader window on a library, and the actions a person takes in it.

    ``app`` is the application object (:class:`~edicola.ui.app.EdicolaApp`: the
    reader, search, bookmarks, the Newsstand …), ``window`` its window.
    """

    def __init__(
        self, qtbot: QtBot, library: Library, settings_file: Path, speech_engine: str = ""
    ) -> None:
        self.qtbot: Any = qtbot  # pytest-qt's methods carry no type hints
        self.library = library
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        self.app = EdicolaApp(library, self.settings, speech_engine=speech_engine)
        self.window = self.app.window
        self.reader = self.app.reader
        qtbot.addWidget(self.window)
        self.window.resize(1100, 760)
        self.window.show()
        qtbot.waitExposed(self.window)
        self._activate()

    def close(self) -> None:
        """Close the window: the app's shutdown stops downloads, fetches, imports and
        the search and comment threads."""
        if self.window.isVisible():
            self.window.close()
        self.app.shutdown()  # already done by closing, unless the window was hidden
        self.settings.sync()

    # -- helpers ---------------------------------------------------------------
    def _activate(self) -> None:
        """Offscreen there is no window manager to give focus back after a dialog."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=WAIT_MS)

    def _focus_reading(self) -> None:
        self._activate()
        reader = self.reader
        view: QWidget = reader.article_view
        if reader.current_article is None:
            view = reader.front_page
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)

    def _type(self, widget: QWidget, text: str) -> None:
        """Type ``text`` key by key. QTest only knows ASCII keys (it aborts on "è"),
        so other characters arrive as a key event carrying the text, as an input
        method delivers them."""
        for char in text:
            if char.isascii() and char.isprintable():
                self.qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    def _article_item(self, article_id: str) -> QTreeWidgetItem:
        tree = self.reader.library_tree
        edition_id = article_id.rpartition("/")[0]
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                edition = top.child(j) if top is not None else None
                if edition is None or edition.data(0, ID) != edition_id:
                    continue
                edition.setExpanded(True)  # the reader clicks the arrow
                for k in range(edition.childCount()):
                    section = edition.child(k)
                    for n in range(section.childCount() if section is not None else 0):
                        item = section.child(n) if section is not None else None
                        if item is not None and item.data(0, ID) == article_id:
                            return item
        raise LookupError(f"no article {article_id!r} in the library panel")

    # -- what a person does ------------------------------------------------------
    def import_bundle(self, path: Path | str) -> str:
        """Import a bundle into the library (as ``edicola import``, through the app's
        import queue); returns the edition id, or raises the import's error."""
        outcomes: list[object] = []
        self.app.imports.submit(Path(path), outcomes.append)
        self.qtbot.waitUntil(lambda: bool(outcomes), timeout=WAIT_MS)
        outcome = outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        assert isinstance(outcome, ImportResult)
        return outcome.edition_id

    def open(self, article_id: str) -> None:
        """Click the article in the library panel and wait until it is on screen."""
        if not self.window.commands["library_panel"].isChecked():
            self.window.commands["library_panel"].trigger()
        self.window.show_view(None)
        tree = self.reader.library_tree
        item = self._article_item(article_id)
        tree.scrollToItem(item)
        self.qtbot.waitUntil(lambda: tree.visualItemRect(item).isValid(), timeout=WAIT_MS)
        rect = tree.visualItemRect(item)
        self.qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.qtbot.waitUntil(lambda: self.current_article() == article_id, timeout=WAIT_MS)

    def current_article(self) -> str:
        """The id of the article on screen; "" on a front page or another view."""
        article = self.reader.current_article
        return article.id if article is not None else ""

    def text(self) -> str:
        """The visible article's text (headline, standfirst, byline and body)."""
        if self.reader.current_article is None:
            return self.reader.front_page.toPlainText()
        return self.reader.article_view.toPlainText()

    def next_article(self) -> str:
        """Press ``J``; returns the article now on screen."""
        self._focus_reading()
        self.qtbot.keyClick(self.window.focusWidget(), Qt.Key.Key_J)
        return self.current_article()

    def previous_article(self) -> str:
        """Press ``K``; returns the article now on screen."""
        self._focus_reading()
        self.qtbot.keyClick(self.window.focusWidget(), Qt.Key.Key_K)
        return self.current_article()

    def read_aloud(self) -> None:
        """Press ``Ctrl+Shift+R`` (start, or pause/resume) and wait until the engine
        answers: reading, paused, or a one-line message saying what to install
        (raised as ``RuntimeError``)."""
        speech = self.app.read_aloud.speech
        before = speech.state
        problems: list[str] = []
        speech.failed.connect(problems.append)
        try:
            self._activate()
            self.qtbot.keyClick(self.window, Qt.Key.Key_R, _CTRL_SHIFT)
            self.qtbot.waitUntil(
                lambda: bool(problems) or speech.state not in (before, "starting", "idle"),
                timeout=WAIT_MS,
            )
        finally:
            speech.failed.disconnect(problems.append)
        if problems:
            raise RuntimeError(problems[0])

    def spoken(self) -> list[str]:
        """The sentences read aloud so far, in the order the engine began them."""
        return list(self.app.read_aloud.spoken)

    def search(self, query: str) -> list[str]:
        """Type ``query`` into the search box, press Enter; the result ids in order."""
        self._activate()
        box = self.window.search_box
        panel = self.app.search.panel
        self.qtbot.keyClick(self.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.waitUntil(box.hasFocus, timeout=WAIT_MS)
        box.selectAll()
        self.qtbot.keyClick(box, Qt.Key.Key_Delete)
        self.qtbot.waitUntil(lambda: panel.query == "", timeout=WAIT_MS)
        self._type(box, query)
        self.qtbot.keyClick(box, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: panel.query == query, timeout=WAIT_MS)
        return list(panel.article_ids())

    def bookmark(self, note: str = "") -> None:
        """``Ctrl+D`` on the article, type the note, press OK."""
        controller = self.app.bookmarks
        if self.reader.current_article is None:
            raise RuntimeError("open an article before bookmarking it")
        self._focus_reading()
        self.qtbot.keyClick(
            self.reader.article_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
        )
        self.qtbot.waitUntil(
            lambda: controller.dialog is not None and controller.dialog.isVisible(),
            timeout=WAIT_MS,
        )
        dialog = controller.dialog
        assert dialog is not None
        self.qtbot.waitUntil(dialog.note_edit.hasFocus, timeout=WAIT_MS)
        dialog.note_edit.selectAll()
        if note:
            self._type(dialog.note_edit, note)
        else:
            self.qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Delete)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: controller.dialog is None, timeout=WAIT_MS)
        self._activate()

    def highlight(self, quote: str, note: str | None = None, color: str | None = None) -> str:
        """Select ``quote`` in the article (quotes and spaces folded: ``'`` finds ``’``),
        pick ``color`` in Bookmarks → Highlight colour, press ``H`` (or ``N``, type the
        note and Save); returns the new highlight's id."""
        controller = self.app.highlights
        if self.reader.current_article is None:
            raise RuntimeError("open an article before highlighting in it")
        self._focus_reading()
        view = self.reader.article_view
        if color is not None:
            view.setTextCursor(QTextCursor(view.document()))  # no selection: only chooses
            controller.color_actions[color].trigger()
        text = controller.marks.text_map()
        found = find_quote(text.body_text, quote)
        if found is None:
            raise LookupError(f"{quote!r} is not in the article on screen")
        start, end = text.to_document(found.start, found.end)
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)  # what a drag over the words does
        before = {s.id for s in controller.marks.spans}
        self.qtbot.keyClick(view, Qt.Key.Key_N if note else Qt.Key.Key_H)
        if note:
            self.qtbot.waitUntil(lambda: controller.dialog is not None, timeout=WAIT_MS)
            dialog = controller.dialog
            assert dialog is not None
            self.qtbot.waitUntil(dialog.note_edit.hasFocus, timeout=WAIT_MS)
            self._type(dialog.note_edit, note)
            save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
            self.qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
            self.qtbot.waitUntil(lambda: controller.dialog is None, timeout=WAIT_MS)
            self._activate()
        made = [s.id for s in controller.marks.spans if s.id not in before]
        if not made:
            raise RuntimeError(f"no highlight was made of {quote!r}")
        return made[0]

    def highlights(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Every highlight (or one article's), newest first, as ``edicola highlights list
        --json`` gives them: ``id``, ``article_id``, ``quote``, ``note``, ``color``,
        ``state``, ``created`` …"""
        found = self.library.marks.marks(kinds=("highlight",), article_id=article_id)
        return [mark.to_json() for mark in found]

    def screenshot(self, path: Path | str) -> Path:
        """Save the whole window as a PNG."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        settle_pictures(self.window)  # pictures decode on worker threads
        if not self.window.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        return target

    # -- what a tester checks ------------------------------------------------------
    def images(self) -> dict[str, bool]:
        """Each image of the article on screen, and whether the view could load it."""
        article = self.reader.current_article
        if article is None:
            return {}
        view = self.reader.article_view
        return {
            src: view.image_for(QUrl(src)) is not None for src in _IMAGE_SRC.findall(article.html)
        }

    def links(self) -> list[str]:
        """The article ids the article on screen links to (``edicola:article/…``)."""
        article = self.reader.current_article
        return [] if article is None else _ARTICLE_HREF.findall(article.html)

    def check(self, bundle: Path | str | None = None) -> list[str]:
        """What ``edicola check`` finds: in one bundle, or in every edition of the library."""
        store = self.library.editions
        library = {e.id: load_library_edition(store, e.id) for e in store.editions()}
        known = {eid: edition.article_ids() for eid, edition in library.items()}
        targets: list[EditionText] = (
            [load_bundle(Path(bundle))] if bundle is not None else list(library.values())
        )
        return [str(f) for f in check_editions(targets, known)]
