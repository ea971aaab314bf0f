"""The Pages view for ``make screenshots``: an article shown on its page, light and dark."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from edicola.ui.shell.main_window import MainWindow


def _settle(app: QApplication, window: MainWindow, seconds: float = 20.0) -> None:
    """Run the event loop until every tile and thumbnail wished for is drawn."""
    view = window.pages.view  # type: ignore[attr-defined]
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


def grab_pages(app: QApplication, window: MainWindow, out: Path, article_id: str) -> None:
    """``pages-light.png`` and ``pages-dark.png``: the article's region outlined."""
    pages = getattr(window, "pages", None)
    if pages is None:
        return
    for theme in ("light", "dark"):
        window.set_theme(theme)
        window.open_article(article_id, position=0.0)
        if not pages.show_article(article_id):
            return
        _settle(app, window)
        window.grab().save(str(out / f"pages-{theme}.png"))
    window.set_theme("light")
    window.show_view(None)
