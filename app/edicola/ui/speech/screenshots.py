"""Read aloud and reading comfort for ``make screenshots``.

``read-aloud.png``: an article being read on Qt's silent ``mock`` engine (the
same highlight and bar as the real engine; no daemon needed), paused on an
early sentence so the highlight holds still. ``reading-comfort.png``: the
Settings dialog's reading-comfort part with Atkinson Hyperlegible and wider
spacing chosen, and ``reading-comfort-article.png``, the article drawn so.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from edicola.core.reading_comfort import HYPERLEGIBLE, Comfort
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.comfort_page import ComfortSettingsPage
from edicola.ui.reader.library_browser import settle_pictures
from edicola.ui.shell.settings_dialog import SettingsDialog, SettingsValues
from edicola.ui.speech.controller import PAUSED, PLAYING

SIZE = (1280, 800)


def _wait(app: QApplication, check: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def grab_read_aloud(app: QApplication, library: Library, out: Path, article_id: str) -> None:
    """Into ``out/read-aloud.png``, ``out/reading-comfort.png`` and
    ``out/reading-comfort-article.png`` (English, light)."""
    with tempfile.TemporaryDirectory(prefix="edicola-shots-") as tmp:
        settings = QSettings(str(Path(tmp) / "read-aloud.ini"), QSettings.Format.IniFormat)
        _grab_all(app, EdicolaApp(library, settings, speech_engine="mock"), out, article_id)


def _grab_all(app: QApplication, edicola: EdicolaApp, out: Path, article_id: str) -> None:
    try:
        window = edicola.window
        window.resize(*SIZE)
        window.show()
        window.set_theme("light")
        edicola.reader.open_article(article_id, position=0.0)
        aloud = edicola.read_aloud
        aloud.toggle()
        _wait(app, lambda: aloud.speech.state == PLAYING and aloud.speech.index >= 4)
        aloud.toggle()  # pause: the highlight holds still
        _wait(app, lambda: aloud.speech.state == PAUSED)
        window.statusBar().clearMessage()
        app.processEvents()
        settle_pictures(window)  # pictures decode on worker threads
        window.grab().save(str(out / "read-aloud.png"))
        print(out / "read-aloud.png")
        aloud.stop()
        dialog = SettingsDialog(SettingsValues("en", "light", 14, 150), window)
        window.add_settings_pages(dialog)
        page = dialog.findChild(ComfortSettingsPage)
        if page is not None:
            chosen = Comfort(HYPERLEGIBLE, letter_spacing=6, word_spacing=16, line_length=60)
            for combo, value in (
                (page.typeface, chosen.typeface),
                (page.letter_spacing, chosen.letter_spacing),
                (page.word_spacing, chosen.word_spacing),
                (page.line_length, chosen.line_length),
            ):
                combo.setCurrentIndex(combo.findData(value))
            dialog.show()
            app.processEvents()
            page.grab().save(str(out / "reading-comfort.png"))
            print(out / "reading-comfort.png")
            page.apply()
            dialog.close()
            edicola.reader.article_view.set_scroll_fraction(0.0)
            app.processEvents()
            settle_pictures(window)
            window.grab().save(str(out / "reading-comfort-article.png"))
            print(out / "reading-comfort-article.png")
    finally:
        edicola.window.close()
        edicola.shutdown()
