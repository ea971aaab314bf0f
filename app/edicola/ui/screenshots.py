"""Screenshots of the reader for the docs: ``python -m edicola.ui.screenshots docs/screenshots``.

Builds every sample edition in ``editions/`` into a throw-away library, opens
the reader offscreen with throw-away settings, and grabs every view (the
welcome view of an empty library, front page, article, find, search,
bookmarks, recently read, comments, outbox, the Feeds view with a paper
built from a local feed, the Newsstand's wall of covers and its list, the
shortcuts and settings dialogs)
in English and Italian, light and dark, at 1280×800 and 760 px wide: into
``OUT/matrix/LANG-THEME-WIDTH-VIEW.png``. The pictures the docs show
(``OUT/*.png``) are the English, light, 1280×800 ones and a few others.
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
from PySide6.QtWidgets import QApplication, QWidget

from edicola.core.bundle.edition_source import build_all
from edicola.paths import EDITIONS
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.highlights.screenshots import grab_highlights, highlight_article
from edicola.ui.pages.screenshots import grab_highlighted_page, grab_pages
from edicola.ui.reader.library_browser import settle_pictures
from edicola.ui.shell.translations import install_translations
from edicola.ui.speech.screenshots import grab_read_aloud
from edicola.ui.sync.screenshots import grab_sync_settings

SIZE = (1280, 800)
WIDTHS = (1280, 760)
THEMES = ("light", "dark")
LANGUAGES = ("en", "it")


def _library(folder: Path) -> Library:
    library = Library.open(folder / "library")
    for bundle in build_all(EDITIONS, folder / "bundles"):
        library.editions.import_bundle(bundle)
    return library


def _window(app: QApplication, library: Library, folder: Path, name: str) -> EdicolaApp:
    settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
    edicola = EdicolaApp(library, settings)
    edicola.window.resize(*SIZE)
    edicola.window.show()
    app.processEvents()
    return edicola


def _grab(app: QApplication, window: QWidget, path: Path) -> None:
    app.processEvents()
    settle_pictures(window)  # pictures decode on worker threads
    window.grab().save(str(path))
    print(path)


def _search(app: QApplication, edicola: EdicolaApp, text: str) -> None:
    """Type a query and wait (briefly) for the search worker's results."""
    panel = edicola.search.panel
    edicola.window.search_box.setText(text)
    edicola.search.search_now()
    deadline = time.monotonic() + 10
    while panel.query != text and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    panel.focus_results()


def _bookmarks(app: QApplication, edicola: EdicolaApp, library: Library) -> None:
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
                "note": "For the autumn round-up",
                "position": 0.0,
                "created_at": "2026-10-01T08:00:00+00:00",
            }
        ],
    }
    library.bookmarks.import_json(json.dumps(gone))
    edicola.window.search_box.clear()
    edicola.bookmarks.view_action.trigger()
    app.processEvents()


def _comments(app: QApplication, edicola: EdicolaApp, library: Library, article_id: str) -> None:
    """An article with its thread (as cached), one comment waiting and a reply being typed."""
    from edicola.store.comment_records import thread_uri_for

    article = library.editions.article(article_id)
    controller = edicola.comments
    if article is None:
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
    edicola.reader.open_article(article_id, position=0.0)
    edicola.reader.article_splitter.setSizes([300, 480])
    panel = controller.panel
    panel.composer.author.setText("Ada Reader")
    panel.reply_to(1, "Margaret Okafor")
    panel.composer.box.setPlainText("The spring report is on the council website.")
    app.processEvents()
    panel.list.verticalScrollBar().setValue(panel.list.verticalScrollBar().maximum())


def _welcome(app: QApplication, folder: Path, out: Path, language: str) -> None:
    """The reader on an empty library: the welcome view."""
    library = Library.open(folder / "empty-library")
    try:
        edicola = _window(app, library, folder, f"welcome-{language}")
        _matrix(app, edicola, out, language, "welcome")
        if language == "en":
            _grab(app, edicola.window, out / "welcome.png")
        edicola.window.close()
    finally:
        library.close()


_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{site}</title><id>tag:{site}</id>
<updated>{now}</updated>{entries}</feed>"""
_ENTRY = """<entry><title>{title}</title><link href="{url}{n}"/><id>tag:e,{n}</id>
<updated>{now}</updated><content type="html">&lt;p&gt;{text}&lt;/p&gt;</content></entry>"""


def _feeds(app: QApplication, edicola: EdicolaApp, folder: Path, out: Path, language: str) -> None:
    """The Feeds view: a paper made from a feed served on 127.0.0.1, built and ready."""
    from datetime import UTC, datetime

    from edicola.servers.static_host import StaticHost

    italian = language == "it"
    site = "Cronache dal porto" if italian else "Harbour Notes"
    titles = (
        ("Il mercato del pesce apre alle sei", "Nuove panchine sul lungomare", "Il faro restaurato")
        if italian
        else ("Fish market opens at six", "New benches on the promenade", "The lighthouse restored")
    )
    www = folder / f"feeds-www-{language}"
    www.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    host = StaticHost(www).start()
    try:
        entries = "".join(
            _ENTRY.format(title=t, url=f"{host.url}s/", n=n, now=now, text="Parole. " * 120)
            for n, t in enumerate(titles, 1)
        )
        (www / "feed.xml").write_text(_FEED.format(site=site, now=now, entries=entries), "utf-8")
        controller = edicola.feeds
        paper = controller.add_paper(
            "Rassegna del mattino" if italian else "Morning digest",
            [f"{host.url}feed.xml", f"{host.url}missing.xml"],
            language,
        )
        _wait(app, lambda: controller.newest_edition(paper.id) is not None, 30)
        _wait(app, lambda: "…" not in controller.view.paper_state(paper.id))
        edicola.window.show_view(controller.view)
        _matrix(app, edicola, out, language, "feeds")
        if language == "en":
            _grab(app, edicola.window, out / "feeds.png")
    finally:
        host.stop()


def _newsstand(app: QApplication, folder: Path, out: Path, language: str) -> None:
    """The demo newsstand, one edition downloaded, one download in progress (held at 45%)."""
    import threading

    from edicola.cli.demo_setup import catalog_url, follow_demo_catalog, prepare_demo
    from edicola.core.catalog.minisign import PublicKey
    from edicola.servers.static_host import StaticHandler, StaticHost

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
        edicola = _window(app, library, folder, "newsstand")
        window, controller = edicola.window, edicola.newsstand
        window.show_view(controller.view)
        _wait(app, lambda: controller.view.state_of("il-faro-2026-11-25") != "")
        controller.download("il-faro-2026-11-25")
        _wait(app, lambda: controller.view.state_of("il-faro-2026-11-25") == in_library())
        controller.download("riverside-courier-2026-11-25")
        _wait(app, lambda: "45" in controller.view.state_of("riverside-courier-2026-11-25"))
        _wait(app, lambda: controller.covers.pending() == 0)
        controller.view.focus_editions()
        for mode in ("wall", "list"):
            controller.view.set_mode(mode)
            name = "newsstand" if mode == "wall" else "newsstand-list"
            _matrix(app, edicola, out, language, name)
            if language == "en":
                window.set_theme("light")
                window.resize(*SIZE)
                _grab(app, window, out / f"{name}.png")
        controller.view.set_mode("wall")
        controller.stop()
        window.close()
    finally:
        held.set()
        host.stop()
        library.close()


def in_library() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Newsstand", "in library")


def _wait(app: QApplication, check: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _matrix(app: QApplication, edicola: EdicolaApp, out: Path, language: str, view: str) -> None:
    """``view`` as it is now, in each theme and width, into ``out/matrix``."""
    window = edicola.window
    folder = out / "matrix"
    folder.mkdir(parents=True, exist_ok=True)
    for theme in THEMES:
        window.set_theme(theme)
        for width in WIDTHS:
            window.resize(width, SIZE[1])
            _grab(app, window, folder / f"{language}-{theme}-{width}-{view}.png")
    window.set_theme("light")
    window.resize(*SIZE)


def _dialogs(app: QApplication, edicola: EdicolaApp, out: Path, language: str) -> None:
    """The keyboard shortcuts (grouped by task), the settings dialog, Send to device's
    question."""
    window = edicola.window
    from edicola.ui.export.device_prompt import NoReaderBox
    from edicola.ui.shell.settings_dialog import SettingsDialog, SettingsValues
    from edicola.ui.shell.shortcuts_dialog import ShortcutsDialog

    folder = out / "matrix"
    settings = SettingsDialog(SettingsValues(language, "system", 14, 150), window)
    window.add_settings_pages(settings)  # the features' parts (e-readers …)
    no_reader = NoReaderBox([], window)  # Send to device… with no e-reader mounted
    for name, dialog in (
        ("shortcuts", ShortcutsDialog(window)),
        ("settings", settings),
        ("export-no-reader", no_reader),
    ):
        for theme in THEMES:
            window.set_theme(theme)
            dialog.show()
            app.processEvents()
            _grab(app, dialog, folder / f"{language}-{theme}-{name}.png")
            if name == "settings":
                grab_sync_settings(app, dialog, out, language, theme)  # ui/sync/
            if language == "en" and theme == "light":
                _grab(app, dialog, out / f"{name}.png")
        dialog.close()
    window.set_theme("light")


def _featured(library: Library, publication: str) -> tuple[str, str]:
    """(edition id, an article with a picture) of a publication's newest edition."""
    edition = next(e for e in library.editions.editions() if e.publication_id == publication)
    articles = library.editions.articles(edition.id)
    for summary in articles:
        article = library.editions.article(summary.id)
        if article is not None and "edicola:image/" in article.html:
            return edition.id, summary.id
    return edition.id, articles[0].id


def _reader_views(
    app: QApplication, edicola: EdicolaApp, library: Library, out: Path, language: str
) -> None:
    """Every view of the reader window, each in both themes and widths."""
    publications = [p.id for p in library.editions.publications()]
    mine = "il-faro" if language == "it" else "riverside-courier"
    publication = mine if mine in publications else publications[0]
    edition_id, article_id = _featured(library, publication)
    named = language == "en"
    window, reader = edicola.window, edicola.reader

    def shot(view: str, docs: str | None = None) -> None:
        _matrix(app, edicola, out, language, view)
        if docs:
            _grab(app, window, out / docs)

    reader.open_edition(edition_id)
    shot("front-page", "front-page.png" if named else "italian-front-page.png")
    reader.open_article(article_id, position=0.0)
    shot("article", "article-light.png" if named else "italian-article.png")
    if named:
        for theme in ("sepia", "dark"):
            window.set_theme(theme)
            _grab(app, window, out / f"article-{theme}.png")
        window.set_theme("light")
    reader.find_bar.open_bar()
    reader.find_bar.edit.setText("the" if named else "il")
    shot("find", "find-in-article.png" if named else None)
    reader.find_bar.close_bar()
    ids = highlight_article(library, article_id, language)  # highlights (ui/highlights/)
    reader.open_article(article_id, position=0.0)
    if ids:
        edicola.highlights.marks.reveal(ids[0])
    shot("highlights")
    if named:
        grab_highlights(app, edicola, out, article_id, ids)
        grab_highlighted_page(app, edicola, out, article_id)
    _search(app, edicola, "flood council" if named else "tram")
    shot("search", "search-results.png" if named else None)
    _bookmarks(app, edicola, library)
    shot("bookmarks", "bookmarks.png" if named else None)
    edicola.bookmarks.history_action.trigger()
    shot("history", "history.png" if named else None)
    _comments(app, edicola, library, article_id)
    shot("comments", "comments.png" if named else None)
    window.show_view(edicola.comments.outbox)
    shot("outbox", "outbox.png" if named else None)
    window.show_view(None)
    if named:
        grab_pages(app, edicola, out, article_id)  # the print replica (ui/pages/)
        grab_read_aloud(app, library, out, article_id)  # read aloud, comfort (ui/speech/)
    _dialogs(app, edicola, out, language)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for language in LANGUAGES:
        translators = install_translations(app, language)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            library = _library(folder)
            edicola = _window(app, library, folder, language)
            edicola.window.set_theme("light")
            _reader_views(app, edicola, library, out, language)
            _feeds(app, edicola, folder, out, language)
            edicola.window.close()
            library.close()
            _newsstand(app, folder, out, language)
            _welcome(app, folder, out, language)
        for translator in translators:
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
