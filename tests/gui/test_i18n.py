"""The reader speaks Italian: every string translated, dates per locale."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.i18n_build import release
from edicola.paths import resource
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source
from edicola.ui.app import EdicolaApp
from edicola.ui.common.dates import long_date
from edicola.ui.shell.translations import choose_language, install_translations

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")


@pytest.fixture
def italian(qapp: QApplication) -> Iterator[None]:
    if not resource("translations", "edicola_it.qm").exists():
        release()
    translators = install_translations(qapp, "it")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def _translated(message: ET.Element) -> bool:
    """Text, or for a %n plural every form filled."""
    forms = [f.text for f in message.iter("numerusform")]
    if message.get("numerus") == "yes":
        return bool(forms) and all(f and f.strip() for f in forms)
    return bool((message.findtext("translation") or "").strip())


def test_every_italian_string_is_translated() -> None:
    tree = ET.parse(resource("translations", "edicola_it.ts"))
    missing = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if not _translated(m) or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert missing == []


def test_italian_interface(italian: None, make_app: Callable[..., EdicolaApp]) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    reader.restore_session()
    assert window.commands["next_article"].text() == "Articolo &successivo"
    assert window.menus["go"].title() == "V&ai"
    assert window.search_box.placeholderText().startswith("Cerca")
    assert "novembre 2026" in reader.front_page.toPlainText()


def test_dates_follow_the_locale() -> None:
    assert long_date("2026-11-24", QLocale("it")) == "24 novembre 2026"
    assert long_date("2026-11-24", QLocale("en")) == "24 November 2026"
    assert long_date("not a date", QLocale("en")) == "not a date"


def test_language_choice() -> None:
    assert choose_language("it") == "it"
    assert choose_language("", QLocale("it_IT")) == "it"
    assert choose_language("", QLocale("de_DE")) == "en"


def test_an_import_failure_is_said_in_italian(
    italian: None, make_app: Callable[..., EdicolaApp], qtbot: QtBot, tmp_path: Path
) -> None:
    # The words come from below the UI (the zip check in core), the sentence from the UI.
    app = make_app()
    bad = tmp_path / "rotto.edicola"
    bad.write_bytes(b"this is not a zip archive")
    with qtbot.waitSignal(app.opener.failed, timeout=20_000) as failed:  # timing-ok: hang guard
        app.opener.open(bad)
    [message] = failed.args
    assert message.startswith("Impossibile aprire rotto.edicola: non è un file zip, o è troncato")
    assert app.window.statusBar().currentMessage() == message
    for box in app.window.findChildren(QMessageBox, "openBundleFailed"):
        assert box.text() == message
        box.close()


def test_an_imported_edition_is_announced_in_italian(
    italian: None, make_app: Callable[..., EdicolaApp], qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app()
    bundle = build_edition(make_edition_source(tmp_path / "source"), tmp_path).path
    with qtbot.waitSignal(app.opener.opened, timeout=20_000):  # timing-ok: hang guard
        app.opener.open(bundle)
    status = app.window.statusBar().currentMessage()
    assert status == "gazzetta-2026-05-04 importata (3 articoli)"


def test_an_article_the_library_cannot_show_says_so_in_italian(
    italian: None, make_app: Callable[..., EdicolaApp], sample_library: Library
) -> None:
    newest = sample_library.editions.editions()[0]
    article_id = sample_library.editions.articles(newest.id)[0].id
    with sample_library.db.atomic():  # a body damaged on disk
        sample_library.db.execute(
            "UPDATE articles SET markdown = ? WHERE id = ?", [b"x\x9c" + bytes(20), article_id]
        )
    app = make_app()
    app.reader.open_article(article_id)
    text = app.reader.article_view.toPlainText()
    assert "Questo articolo non può essere mostrato." in text
    assert "an article body is damaged (zlib:" in text  # the library's own words, below
