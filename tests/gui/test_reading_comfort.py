"""Reading comfort in the reader: typeface, letter and word spacing, line length.

Each is chosen in the Settings dialog's "Reading comfort" part (the frame's
``add_settings_page``), changes the article and the front page as drawn
(their QTextDocument), and is there again in the next session. The system's
"more contrast" preference draws secondary text at the body's contrast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.core.reading_comfort import HYPERLEGIBLE, SANS, Comfort
from edicola.store.library import Library
from edicola.testing.reader import ReaderDriver
from edicola.ui.reader import controller as reader_controller
from edicola.ui.reader import structure
from edicola.ui.reader.comfort_page import ComfortSettingsPage
from edicola.ui.shell.preferences import Preferences
from edicola.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def make_driver(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> Iterator[Callable[[], ReaderDriver]]:
    made: list[ReaderDriver] = []

    def make() -> ReaderDriver:
        driver = ReaderDriver(qtbot, sample_library, tmp_path / "settings.ini")
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.close()


def _open_article(driver: ReaderDriver) -> None:
    edition = driver.library.editions.editions()[0].id
    article = driver.library.editions.articles(edition)[0].id
    assert driver.reader.open_article(article)


def _choose(driver: ReaderDriver, **choices: int | str) -> None:
    """Open Settings, set the comfort combos to ``choices`` (by their data), press OK."""
    seen: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        page = dialog.findChild(ComfortSettingsPage)
        assert page is not None and page.isVisible()
        for name, value in choices.items():
            combo = getattr(page, name)
            index = combo.findData(value)
            assert index >= 0, (name, value)
            combo.setCurrentIndex(index)
        seen.append(True)
        dialog.accept()

    QTimer.singleShot(0, answer)
    driver.window.commands["settings"].trigger()
    assert seen == [True]


def _body_format(doc: QTextDocument) -> tuple[list[str], float, float]:
    """Families, letter and word spacing of the document's last paragraph of body text."""
    block = doc.lastBlock()
    while block.isValid() and len(block.text()) < 40:
        block = block.previous()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    fmt = cursor.charFormat()
    return list(fmt.fontFamilies() or []), fmt.fontLetterSpacing(), fmt.fontWordSpacing()


def test_typeface_changes_article_and_front_page(make_driver: Callable[[], ReaderDriver]) -> None:
    driver = make_driver()
    _open_article(driver)
    view, front = driver.reader.article_view, driver.reader.front_page
    assert _body_format(view.document())[0][0] == "Source Serif 4"
    _choose(driver, typeface=HYPERLEGIBLE)
    assert _body_format(view.document())[0][0] == "Atkinson Hyperlegible"
    assert view.document().defaultFont().family() == "Atkinson Hyperlegible"
    assert front.document().defaultFont().family() == "Atkinson Hyperlegible"
    _choose(driver, typeface=SANS)
    assert "Atkinson Hyperlegible" not in _body_format(view.document())[0]
    assert view.document().defaultFont().family() != "Source Serif 4"


def test_spacing_and_line_length_change_the_page(make_driver: Callable[[], ReaderDriver]) -> None:
    driver = make_driver()
    _open_article(driver)
    view = driver.reader.article_view
    size_px = driver.app.preferences.text_size * 4 / 3
    assert _body_format(view.document())[1:] == (0.0, 0.0)
    margin = view.document().rootFrame().frameFormat().leftMargin()
    _choose(driver, letter_spacing=12, word_spacing=16, line_length=50)
    _families, letters, words = _body_format(view.document())
    assert letters == pytest.approx(size_px * 0.12, abs=0.01)
    assert words == pytest.approx(size_px * 0.16, abs=0.01)
    assert view.column_chars == 50 and driver.reader.front_page.column_chars == 50
    # A shorter line: wider margins either side of the column.
    assert view.document().rootFrame().frameFormat().leftMargin() > margin
    driver.reader.open_edition(driver.reader.current_edition.id)  # type: ignore[union-attr]
    assert _body_format(driver.reader.front_page.document())[1] == pytest.approx(
        size_px * 0.12, abs=0.01
    )


def test_choices_persist_into_the_next_session(
    make_driver: Callable[[], ReaderDriver], tmp_path: Path
) -> None:
    driver = make_driver()
    _choose(driver, typeface=HYPERLEGIBLE, letter_spacing=6, word_spacing=8, line_length=75)
    driver.close()
    stored = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert stored.comfort == Comfort(HYPERLEGIBLE, 6, 8, 75)
    again = make_driver()
    _open_article(again)
    assert again.reader.article_view.document().defaultFont().family() == "Atkinson Hyperlegible"
    assert again.reader.article_view.column_chars == 75
    page_shown: list[ComfortSettingsPage] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        page = dialog.findChild(ComfortSettingsPage)
        assert page is not None
        page_shown.append(page)
        assert page.chosen() == Comfort(HYPERLEGIBLE, 6, 8, 75)
        dialog.reject()

    QTimer.singleShot(0, look)
    again.window.commands["settings"].trigger()
    assert len(page_shown) == 1


def test_more_contrast_draws_secondary_text_at_full_contrast(
    make_driver: Callable[[], ReaderDriver], monkeypatch: pytest.MonkeyPatch
) -> None:
    driver = make_driver()
    _open_article(driver)
    theme = driver.window.theme
    assert theme.muted_text != theme.text
    assert f"color: {theme.muted_text}" in driver.reader.article_view.document().defaultStyleSheet()
    # Qt reads the preference from the platform and offers no setter: stand in for
    # the platform, and send the change as Qt does.
    monkeypatch.setattr(reader_controller, "prefers_more_contrast", lambda: True)
    style_hints = QGuiApplication.styleHints()
    style_hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    css = driver.reader.article_view.document().defaultStyleSheet()
    assert f"color: {theme.muted_text}" not in css


def _article_by_title(library: Library, words: str) -> str:
    for edition in library.editions.editions():
        for article in library.editions.articles(edition.id):
            if words in article.title.lower() or words in article.id:
                return article.id
    raise AssertionError(words)


def test_structure_is_told_in_the_accessible_description(
    make_driver: Callable[[], ReaderDriver],
) -> None:
    driver = make_driver()
    reader = driver.reader
    assert reader.open_article(_article_by_title(driver.library, "tram-orari"))
    doc = reader.article_view.document()
    sections = [text for level, text in structure.headings(doc) if level == 2]
    assert sections
    description = reader.article_view.accessibleDescription()
    assert "Sections: " + "; ".join(sections) in description
    assert reader.open_article(_article_by_title(driver.library, "dark-skies"))
    description = reader.article_view.accessibleDescription()
    assert "1 picture, 1 with a caption." in description
    assert reader.current_edition is not None
    reader.open_edition(reader.current_edition.id)
    listed = len(driver.library.editions.articles(reader.current_edition.id))
    described = reader.front_page.accessibleDescription()
    assert described.startswith(f"A list of {listed} articles;")
