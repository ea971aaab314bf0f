"""Highlights for ``make screenshots``: in the article (light, dark), on the page, the view.

A passage in each of the four colours (one with a note) is highlighted near the
top of an article; the article is grabbed in the light and dark themes (its
printed page with the same highlights by ``ui/pages/screenshots.py``, the
*Highlights and bookmarks* view by the main script with the bookmarks).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from edicola.core.annotations.article_text import OBJECT, article_text
from edicola.core.annotations.marks import COLORS
from edicola.ui.reader.library_browser import settle_pictures

if TYPE_CHECKING:
    from edicola.store.library import Library
    from edicola.ui.app import EdicolaApp

NOTES = {
    "en": "Check the figures with the council office",
    "it": "Verificare i dati con l'ufficio comunale",
}
_PHRASE = re.compile(r"(?:^|(?<=[.!?,;:] ))\w[^\n,;:]{19,140}?(?=[.!?,;:](?:\s|$))")
"""A phrase of a line: 20 to 140 characters between punctuation followed by a
space (so "£1.8" does not end one)."""


def highlight_article(library: Library, article_id: str, language: str) -> list[str]:
    """Every other phrase of the first paragraphs highlighted, a colour each (the
    second with a note), so all four show on the first screen; their ids."""
    article = library.editions.article(article_id)
    if article is None:
        return []
    text = article_text(article.html, article.title)
    sentences = []
    offset = 0
    for line in text.split("\n"):
        if OBJECT not in line:
            sentences += [(offset + m.start(), offset + m.end()) for m in _PHRASE.finditer(line)]
        offset += len(line) + 1
    made = []
    for color, (start, end) in zip(COLORS, sentences[::2], strict=False):
        note = NOTES.get(language, NOTES["en"]) if color == "green" else ""
        mark = library.highlights.add(article_id, span=(start, end), color=color, note=note)
        made.append(mark.id)
    return made


def _wait(app: QApplication, done: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def grab_highlights(
    app: QApplication, edicola: EdicolaApp, out: Path, article_id: str, ids: list[str]
) -> None:
    """``highlights-light.png`` and ``highlights-dark.png`` (the page: ``ui/pages/``)."""
    window, reader = edicola.window, edicola.reader
    for theme in ("light", "dark"):
        window.set_theme(theme)
        reader.open_article(article_id, position=0.0)
        app.processEvents()
        if ids:
            edicola.highlights.marks.reveal(ids[0])
        _wait(app, lambda: bool(reader.article_view.extraSelections()), 5)
        settle_pictures(window)  # pictures decode on worker threads
        window.grab().save(str(out / f"highlights-{theme}.png"))
    window.set_theme("light")
