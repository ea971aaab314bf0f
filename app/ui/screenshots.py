"""Screenshots of the reader for the docs: ``python -m edicola.ui.screenshots docs/screenshots``.

Builds every sample edition in ``editions/`` into a throw-away library, opens
the reader offscreen with throw-away settings, and grabs the front page, one
article in each theme, the shortcuts help and the Italian interface.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from edicola.core.edition_source import build_all
from edicola.paths import EDITIONS
from edicola.store.library import Library
from edicola.ui.shell.application import create_main_window
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.translations import install_translations

SIZE = (1280, 820)


def _library(folder: Path) -> Library:
    library = Library.open(folder / "library")
    for bundle in build_all(EDITIONS, folder / "bundles"):
        library.editions.import_bundle(bundle)
    return library


def _window(app: QApplication, library: Library, folder: Path, name: str) -> MainWindow:
    settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
    window = create_main_window(library, settings)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    return window


def _grab(app: QApplication, window: MainWindow, path: Path) -> None:
    app.processEvents()
    window.grab().save(str(path))
    print(path)


def _search(app: QApplication, window: MainWindow, text: str) -> None:
    """Type a query and wait (briefly) for the search worker's results."""
    panel = window.panels.search.panel  # type: ignore[attr-defined]
    window.search_box.setText(text)
    window.panels.search.search_now()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while panel.query != text and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    panel.focus_results()


def _bookmarks(app: QApplication, window: MainWindow, library: Library) -> None:
    """A few bookmarks, one of an article no longer in the library, in the Bookmarks view."""
    editions = library.editions.editions()
    picked = [library.editions.articles(e.id)[i] for i, e in enumerate(editions[:3])]
    notes = ("Ask the council office about the new figures", "", "Per l'articolo di venerdì")
    for summary, note in zip(picked, notes, strict=False):
        library.bookmarks.add(summary.id, note, 0.3)
    gone = {
        "format": "edicola-bookmarks",
        "version": 1,
        "bookmarks": [
            {
                "article_id": "riverside-courier-2026-10-01/harvest-fair",
                "title": "Harvest fair draws record crowds",
                "publication": "The Riverside Courier",
                "date": "2026-10-01",
                "url": "https://courier.example/2026/10/01/harvest-fair",
                "note": "Removed with its edition",
                "position": 0.0,
                "created_at": "2026-10-01T08:00:00+00:00",
            }
        ],
    }
    library.bookmarks.import_json(json.dumps(gone))
    window.search_box.clear()
    window.panels.bookmarks.view_action.trigger()  # type: ignore[attr-defined]
    app.processEvents()


def _comments(app: QApplication, window: MainWindow, library: Library, article_id: str) -> None:
    """An article with its thread (as cached), one comment waiting and a reply being typed."""
    from edicola.store.comments import thread_uri_for
    from edicola.ui.comments.wiring import CommentsController

    article = library.editions.article(article_id)
    controller = window.findChild(CommentsController, "commentsController")
    if article is None or controller is None:
        return
    server = "http://127.0.0.1:9/"  # nothing listens: the comment waits, as offline
    library.comments.set_server(article.publication_id, server)
    now = time.time()
    thread = {
        "id": 1,
        "total_replies": 3,
        "replies": [
            {
                "id": 1,
                "parent": None,
                "author": "Margaret Okafor",
                "text": "Good to see the figures at last. The council promised them in spring.",
                "created": now - 7200,
                "mode": 1,
                "replies": [
                    {
                        "id": 3,
                        "parent": 1,
                        "author": "Tom &amp; Jerry's Bakery",
                        "text": "They were in the minutes, page 14 <b>if</b> you look.",
                        "created": now - 3600,
                        "mode": 1,
                        "replies": [],
                    }
                ],
            },
            {
                "id": 2,
                "parent": None,
                "author": "",
                "text": "Will there be a public meeting about this?",
                "created": now - 5400,
                "mode": 1,
                "replies": [],
            },
        ],
    }
    library.comments.cache_thread(server, thread_uri_for(article.url), thread)
    waiting = library.comments.save_draft(
        article_id, "Thank you for explaining the numbers so clearly.", author="Ada Reader"
    )
    library.comments.queue(waiting)
    controller.update_outbox()
    window.open_article(article_id, position=0.0)
    window.article_splitter.setSizes([300, 480])
    panel = controller.panel
    panel.composer.author.setText("Ada Reader")
    panel.reply_to(1, "Margaret Okafor")
    panel.composer.box.setPlainText("The spring report is on the council website.")
    app.processEvents()
    panel.list.verticalScrollBar().setValue(panel.list.verticalScrollBar().maximum())


def _newsstand(app: QApplication, folder: Path, out: Path) -> None:
    """The demo newsstand, one edition downloaded, one download in progress (held at 45%)."""
    import threading

    from edicola.cli.demo_setup import catalog_url, follow_demo_catalog, prepare_demo
    from edicola.core.minisign import PublicKey
    from edicola.net.static_host import StaticHandler, StaticHost

    held = threading.Event()

    class Holding(StaticHandler):
        def send_limit(self, claimed: int) -> int:
            slow = self.path.endswith(".edicola") and "riverside-courier-2026-11-25" in self.path
            return claimed * 45 // 100 if slow else claimed

        def after_body(self) -> None:
            if self.path.endswith(".edicola") and "riverside-courier-2026-11-25" in self.path:
                self.wfile.flush()
                held.wait(30)
                self.close_connection = True

    class HoldingHost(StaticHost):
        handler = Holding

    demo = prepare_demo(folder / "demo", EDITIONS, lambda _line: None)
    host = HoldingHost(demo.catalog).start()
    library = Library.open(demo.library)
    try:
        url = catalog_url(host.port)
        follow_demo_catalog(library.catalogs, url, PublicKey.load(demo.public_key).to_base64())
        library.catalogs.subscribe(url, "riverside-courier", auto_download=True)
        window = _window(app, library, folder, "newsstand")
        controller = window.newsstand  # type: ignore[attr-defined]
        window.show_view(controller.view)

        def wait(check: Callable[[], bool]) -> None:
            deadline = time.monotonic() + 15
            while not check() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)

        wait(lambda: controller.view.state_of("il-faro-2026-11-25") != "")
        controller.download("il-faro-2026-11-25")
        wait(lambda: controller.view.state_of("il-faro-2026-11-25") == "in library")
        controller.download("riverside-courier-2026-11-25")
        wait(lambda: controller.view.state_of("riverside-courier-2026-11-25") == "downloading 45%")
        wait(lambda: controller.covers.pending() == 0)
        _grab(app, window, out / "newsstand.png")
        controller.shutdown()
        window.close()
    finally:
        held.set()
        host.stop()
        library.close()


def _featured(library: Library, publication: str) -> tuple[str, str]:
    """(edition id, an article with a picture) of a publication's newest edition."""
    edition = next(e for e in library.editions.editions() if e.publication_id == publication)
    articles = library.editions.articles(edition.id)
    for summary in articles:
        article = library.editions.article(summary.id)
        if article is not None and "edicola:image/" in article.html:
            return edition.id, summary.id
    return edition.id, articles[0].id


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = _library(folder)
        publications = [p.id for p in library.editions.publications()]
        english = "riverside-courier" if "riverside-courier" in publications else publications[0]
        edition_id, article_id = _featured(library, english)
        install_translations(app, "en")
        window = _window(app, library, folder, "en")
        window.set_theme("light")
        window.open_edition(edition_id)
        _grab(app, window, out / "front-page.png")
        for theme in ("light", "sepia", "dark"):
            window.set_theme(theme)
            window.open_article(article_id, position=0.0)
            _grab(app, window, out / f"article-{theme}.png")
        window.set_theme("light")
        window.find_bar.open_bar()
        window.find_bar.edit.setText("the")
        _grab(app, window, out / "find-in-article.png")
        window.find_bar.close_bar()
        _search(app, window, "flood council")
        _grab(app, window, out / "search-results.png")
        _bookmarks(app, window, library)
        _grab(app, window, out / "bookmarks.png")
        _comments(app, window, library, article_id)
        _grab(app, window, out / "comments.png")
        window.close()
        _newsstand(app, folder, out)

        translators = install_translations(app, "it")
        italian = "il-faro" if "il-faro" in publications else english
        edition_id, article_id = _featured(library, italian)
        window = _window(app, library, folder, "it")
        window.set_theme("sepia")
        window.open_edition(edition_id)
        _grab(app, window, out / "italian-front-page.png")
        window.open_article(article_id, position=0.0)
        _grab(app, window, out / "italian-article.png")
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
