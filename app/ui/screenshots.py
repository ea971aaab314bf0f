"""Screenshots of the reader for the docs: ``python -m app.ui.screenshots docs/screenshots``.

Builds every sample edition in ``editions/`` into a throw-away library, opens
the reader offscreen with throw-away settings, and grabs the front page, one
article in each theme, the shortcuts help and the Italian interface.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.core.edition_source import SourceError, build_edition
from app.paths import EDITIONS
from app.store.library import Library
from app.ui.application import create_main_window
from app.ui.main_window import MainWindow
from app.ui.translations import install_translations

SIZE = (1280, 820)


def _library(folder: Path) -> Library:
    library = Library.open(folder / "library")
    for source in sorted(p.parent for p in EDITIONS.glob("*/*/edition.json")):
        out = folder / f"{source.parent.name}-{source.name}.edicola"
        try:
            build_edition(source, out)
        except SourceError as exc:
            print(f"skipped {source}: {exc}", file=sys.stderr)
            continue
        library.editions.import_bundle(out)
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
        window.close()

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
