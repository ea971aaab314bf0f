"""The Pages view for ``make screenshots``: an article shown on its page, light and dark,
and with its highlights."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from edicola.ui.pages.page_canvas import FIT_PAGE, FIT_WIDTH
from edicola.ui.pages.view import PagesView

if TYPE_CHECKING:
    from edicola.ui.app import EdicolaApp


def _settle(app: QApplication, view: PagesView, seconds: float = 20.0) -> None:
    """Run the event loop until every tile and thumbnail wished for is drawn."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        thumbs = all(
            not view.strip.item(i).icon().isNull() or i + 1 in view.canvas.failed
            for i in range(view.strip.count())
        )
        if thumbs and view.worker.pending() == 0 and not view._timer.isActive():
            app.processEvents()
            return
        time.sleep(0.01)


def grab_pages(app: QApplication, edicola: EdicolaApp, out: Path, article_id: str) -> None:
    """``pages-light.png`` and ``pages-dark.png``: the article's region outlined."""
    pages, window = edicola.pages, edicola.window
    for theme in ("light", "dark"):
        window.set_theme(theme)
        edicola.reader.open_article(article_id, position=0.0)
        if not pages.show_article(article_id):
            return
        _settle(app, pages.view)
        window.grab().save(str(out / f"pages-{theme}.png"))
    window.set_theme("light")
    window.show_view(None)


def grab_highlighted_page(
    app: QApplication, edicola: EdicolaApp, out: Path, article_id: str
) -> None:
    """``highlights-page.png``: the article's page as wide as the window, its
    highlights found on it (``page_highlights.py``)."""
    pages = edicola.pages
    pages.view.canvas.set_fit(FIT_WIDTH)
    if pages.show_article(article_id) and pages.highlights is not None:
        highlights = pages.highlights
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (
            highlights.drawn and all(highlights.drawn.values()) and pages.view.worker.pending() == 0
        ):
            app.processEvents()
            time.sleep(0.01)
        _settle(app, pages.view)
        edicola.window.grab().save(str(out / "highlights-page.png"))
    pages.view.canvas.set_fit(FIT_PAGE)
    edicola.window.show_view(None)
